import type { Core } from '@strapi/strapi';
import disclosure from '../components/disclosure';

/**
 * Strapi 5 loads components only from the app's src/components; a plugin registers its own here, in the
 * same shape as the app's component loader produces.
 */
const COMPONENTS = { 'gov-core.disclosure': disclosure };

export const registerComponents = (strapi: Core.Strapi) => {
  const registry = strapi.get('components');
  for (const [uid, schema] of Object.entries(COMPONENTS)) {
    if (registry.get(uid)) continue;
    const [category, modelName] = uid.split('.');
    registry.set(uid, {
      ...schema,
      __schema__: structuredClone(schema),
      uid,
      category,
      modelType: 'component',
      modelName,
      globalId: `ComponentGovCore${modelName[0].toUpperCase()}${modelName.slice(1)}`,
    });
  }
};
