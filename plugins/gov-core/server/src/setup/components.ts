import type { Core } from '@strapi/strapi';
import disclosure from '../components/disclosure';

const pascal = (s: string) => s.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase());

/**
 * Strapi 5 loads components only from the app's src/components; a plugin registers its own here, in the
 * same shape as the app's component loader produces. Other plugins use it through the `toolkit` service.
 */
export const registerComponents = (strapi: Core.Strapi, components: Record<string, object>) => {
  const registry = strapi.get('components');
  for (const [uid, schema] of Object.entries(components)) {
    if (registry.get(uid)) continue;
    const [category, modelName] = uid.split('.');
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

export const GOV_CORE_COMPONENTS = { 'gov-core.disclosure': disclosure };
