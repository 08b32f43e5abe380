import type { Core } from '@strapi/strapi';
import responsibility from '../components/responsibility';
import accountability from '../components/accountability';
import { COMPONENT } from '../utils/constants';

/** Strapi 5 loads components only from the app's src/components: a plugin registers its own (as gov-core does). */
const COMPONENTS = { [COMPONENT.responsibility]: responsibility, [COMPONENT.accountability]: accountability };

const pascal = (s: string) => s.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase());

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
      globalId: `Component${pascal(category)}${pascal(modelName)}`,
    });
  }
};
