import type { Core } from '@strapi/strapi';
import { PUBLIC_ACTIONS, ROLE_GRANTS } from './permissions';
import { registerComponents } from './setup/components';
import { govCore } from './utils/get-service';
import { PLUGIN_ID, UID } from './utils/constants';
import { importLimits } from './config';
import { itemApi } from './setup/item-api';
import { itemHooks } from './hooks/write-rules';

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
    hooks: itemHooks(strapi),
  });
  // 动态调整 are recorded by publishing an item, never written through the document service.
  govCore(strapi, 'pipeline').register(UID.adjustment, {
    label: '权力清单调整情况',
    refuse: '权力清单调整情况只增不改：由发布自动记录，不能新建、修改、复制或删除',
  });
  govCore(strapi, 'roles').declareGrants?.(ROLE_GRANTS);
  // The import's request body is bounded before it is read (gov-core's table-file limits).
  govCore(strapi, 'table-files').registerUpload(`/${PLUGIN_ID}/import`, importLimits(strapi));
};
