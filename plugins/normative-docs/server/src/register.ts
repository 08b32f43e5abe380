import type { Core } from '@strapi/strapi';
import batchRow from './components/batch-row';
import { PUBLIC_ACTIONS } from './permissions';
import { govCore } from './utils/get-service';
import { BATCH_ROW_COMPONENT, PLUGIN_ID, UID } from './utils/plugin-id';

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
      },
    ],
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
