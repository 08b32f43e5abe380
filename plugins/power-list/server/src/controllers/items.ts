import type { Core } from '@strapi/strapi';
import { withAdjustments } from '../setup/item-api';
import { govCore } from '../utils/get-service';
import { UID } from '../utils/constants';

/** Public reads of 权力事项 through gov-core's public content API; the single item with its adjustments. */
export default ({ strapi }: { strapi: Core.Strapi }) =>
  govCore(strapi, 'public-api').controller(UID.item, { decorateOne: withAdjustments(strapi) });
