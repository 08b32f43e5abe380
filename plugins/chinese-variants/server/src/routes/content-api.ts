import { PHRASE_UID } from '../utils/plugin-id';

/**
 * Not public: API tokens (read-only) may list the overrides. Strapi core routes (filters, sort, pagination …):
 * `config.coreRoute` lets gov-core's OpenAPI generator document them from the model.
 */
export default {
  type: 'content-api' as const,
  routes: [
    {
      method: 'GET',
      path: '/phrases',
      handler: 'phrase.find',
      config: { description: '繁体词语覆盖列表', coreRoute: { uid: PHRASE_UID, kind: 'list' as const } },
    },
    {
      method: 'GET',
      path: '/phrases/:id',
      handler: 'phrase.findOne',
      config: { description: '一条繁体词语覆盖', coreRoute: { uid: PHRASE_UID, kind: 'one' as const } },
    },
  ],
};
