import type { Core } from '@strapi/strapi';
import responsibility from './components/responsibility';
import accountability from './components/accountability';
import { PUBLIC_ACTIONS, ROLE_GRANTS } from './permissions';
import { govCore } from './utils/get-service';
import { COMPONENT, PLUGIN_ID, UID } from './utils/constants';
import { importLimits } from './config';

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
      },
    ],
    grants: ROLE_GRANTS,
    // The import's request body is bounded before it is read (gov-core's table-file limits).
    uploads: [{ path: `/${PLUGIN_ID}/import`, limits: importLimits(strapi) }],
  });
