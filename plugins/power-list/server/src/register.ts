import type { Core } from '@strapi/strapi';
import { PUBLIC_ACTIONS, ROLE_GRANTS } from './permissions';
import { registerComponents } from './setup/components';
import { govCore } from './utils/get-service';
import { PLUGIN_ID, UID } from './utils/constants';
import { importLimits } from './config';
import { itemApi } from './setup/item-api';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  registerComponents(strapi);
  govCore(strapi, 'public-access').declare(PLUGIN_ID, PUBLIC_ACTIONS);
  govCore(strapi, 'column-registry').registerColumnType({
    uid: UID.item,
    label: '权力事项',
    cadence: 'policy',
    publicFields: [
      'code',
      'name',
      'category',
      'subItems',
      'legalBasis',
      'undertaker',
      'status',
      'serviceGuideUrl',
    ],
    api: itemApi,
  });
  govCore(strapi, 'roles').declareGrants?.(ROLE_GRANTS);
  // The import's request body is bounded before it is read (gov-core's table-file limits).
  govCore(strapi, 'table-files').registerUpload(`/${PLUGIN_ID}/import`, importLimits(strapi));
};
