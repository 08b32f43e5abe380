import type { Core } from '@strapi/strapi';
import batchRow from './components/batch-row';
import { PUBLIC_ACTIONS } from './permissions';
import { govCore } from './utils/get-service';
import { BATCH_ROW_COMPONENT, PLUGIN_ID, UID } from './utils/plugin-id';
import { documentApi } from './setup/document-api';
import { documentHooks } from './hooks/documents';
import { batchHooks } from './hooks/batches';
import { ADMIN_LAYOUTS, DOCUMENT_LAYOUT } from './setup/admin-layout';

const cm = (action: string, subject: string) => ({
  action: `plugin::content-manager.explorer.${action}`,
  subject,
});

export default ({ strapi }: { strapi: Core.Strapi }) =>
  govCore(strapi, 'toolkit').registerPlugin({
    id: PLUGIN_ID,
    components: { [BATCH_ROW_COMPONENT]: batchRow },
    publicActions: PUBLIC_ACTIONS,
    columnTypes: [
      {
        uid: UID.document,
        label: '规范性文件',
        cadence: 'policy',
        publicFields: [
          'title',
          'subtitle',
          'summary',
          'body',
          'source',
          'registrationNumber',
          'effectiveFrom',
          'validUntil',
          'validity',
          'validityNote',
        ],
        api: documentApi(strapi),
        hooks: documentHooks(strapi),
        admin: DOCUMENT_LAYOUT,
      },
    ],
    adminLayouts: ADMIN_LAYOUTS,
    // The other types' write rules, run by gov-core's write pipeline too.
    pipeline: {
      [UID.change]: {
        label: '有效性变更记录',
        refuse: '有效性变更记录只增不改：不能通过接口新建、修改、复制或删除',
      },
      [UID.batch]: {
        label: '清理批次',
        // A copy would carry appliedAt / appliedBy past the checks: a new batch is created, not copied.
        refuse: { clone: '清理批次不能复制，请新建批次' },
        hooks: batchHooks(strapi),
      },
    },
    grants: {
      webmaster: [
        'plugin::normative-docs.batches.apply',
        'plugin::normative-docs.jobs.run',
        ...['create', 'read', 'update', 'delete', 'publish'].map((a) => cm(a, UID.batch)),
        cm('read', UID.change),
      ],
      reviewer: [cm('read', UID.batch), cm('read', UID.change)],
    },
  });
