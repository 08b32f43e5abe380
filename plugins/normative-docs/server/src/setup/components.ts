import type { Core } from '@strapi/strapi';
import batchRow from '../components/batch-row';
import { BATCH_ROW_COMPONENT } from '../utils/plugin-id';

/** Strapi 5 loads components only from the app's src/components: a plugin registers its own (as gov-core does). */
const COMPONENTS = { [BATCH_ROW_COMPONENT]: batchRow };

export const registerComponents = (strapi: Core.Strapi) => {
  const registry = strapi.get('components');
  for (const [uid, schema] of Object.entries(COMPONENTS)) {
    if (registry.get(uid)) continue;
    const [category, modelName] = uid.split('.');
    const pascal = (s: string) => s.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase());
    registry.set(uid, {
      ...schema,
      __schema__: structuredClone(schema),
      uid,
      category,
      modelType: 'component',
      modelName,
      globalId: `Component${pascal(category)}${pascal(modelName)}`,
    });
  }
};
