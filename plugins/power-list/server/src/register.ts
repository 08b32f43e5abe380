import type { Core } from '@strapi/strapi';
import responsibility from './components/responsibility';
import accountability from './components/accountability';
import { PUBLIC_ACTIONS, ROLE_GRANTS } from './permissions';
import { govCore } from './utils/get-service';
import { COMPONENT, PLUGIN_ID, UID } from './utils/constants';
import { importLimits } from './config';
import { itemApi } from './setup/item-api';
import { itemHooks } from './hooks/write-rules';
import { ADMIN_LAYOUTS, ITEM_LAYOUT } from './setup/admin-layout';

export default ({ strapi }: { strapi: Core.Strapi }) =>
  govCore(strapi, 'toolkit').registerPlugin({
    id: PLUGIN_ID,
    components: { [COMPONENT.responsibility]: responsibility, [COMPONENT.accountability]: accountability },
    publicActions: PUBLIC_ACTIONS,
    columnTypes: [
      {
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
        admin: ITEM_LAYOUT,
      },
    ],
    adminLayouts: ADMIN_LAYOUTS,
    pipeline: {
      // 动态调整 are recorded by publishing an item, never written through the document service.
      [UID.adjustment]: {
        label: '权力清单调整情况',
        refuse: '权力清单调整情况只增不改：由发布自动记录，不能新建、修改、复制或删除',
      },
    },
    grants: ROLE_GRANTS,
    // The import's request body is bounded before it is read (gov-core's table-file limits).
    uploads: [{ path: `/${PLUGIN_ID}/import`, limits: importLimits(strapi) }],
  });
