import { factories } from '@strapi/strapi';
import { PHRASE_UID } from '../utils/plugin-id';

/** Read-only content API of the overrides (API tokens: static-site builders apply the same pairs). */
export default factories.createCoreController(PHRASE_UID as never);
