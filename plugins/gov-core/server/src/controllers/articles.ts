import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';

const ARTICLE = 'plugin::gov-core.article';

/** Public reads of 信息 through the column platform's public content API. */
export default ({ strapi }: { strapi: Core.Strapi }) => getService(strapi, 'public-api').controller(ARTICLE);
