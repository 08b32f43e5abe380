import type { Core } from '@strapi/strapi';
import { PUBLIC_ACTIONS } from './permissions';
import { PLUGIN_ID, UID } from './utils/constants';
import { publicFields } from './utils/column-types';
import { importLimits } from './config';
import { govCore } from './utils/get-service';
import { ENVIRONMENT_API } from './setup/public-api';
import { environmentHooks } from './hooks/write-rules';
import { ADMIN_LAYOUTS } from './setup/admin-layout';

/** Column types of this plugin, registered with gov-core so scoping, review and audit apply to them. */
const COLUMN_TYPES = [
  { uid: UID.station, label: '空气质量监测点位', cadence: 'static' },
  { uid: UID.observation, label: '空气质量监测数据', cadence: 'news' },
  { uid: UID.forecast, label: '空气质量预报', cadence: 'news' },
  { uid: UID.water, label: '饮水安全状况', cadence: 'notice' },
  { uid: UID.polluter, label: '重点排污单位监测信息', cadence: 'notice' },
] as const;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  // Write rules (derived fields, natural keys) run by gov-core's write pipeline.
  const hooks = environmentHooks(strapi);
  govCore(strapi, 'toolkit').registerPlugin({
    id: PLUGIN_ID,
    publicActions: PUBLIC_ACTIONS,
    columnTypes: COLUMN_TYPES.map((type) => ({
      ...type,
      publicFields: publicFields(type.uid),
      api: ENVIRONMENT_API[type.uid],
      admin: ADMIN_LAYOUTS[type.uid],
      ...(hooks[type.uid] ? { hooks: hooks[type.uid] } : {}),
    })),
    // The portal roles: webmasters import (and may publish on import); reviewers follow overdue townships.
    grants: {
      webmaster: [
        'plugin::environment.import',
        'plugin::environment.import.publish',
        'plugin::environment.overdue.read',
      ],
      reviewer: ['plugin::environment.overdue.read'],
    },
    // The import's request body is bounded before it is read (gov-core's table-file limits).
    uploads: [{ path: `/${PLUGIN_ID}/import/observations`, limits: importLimits(strapi) }],
  });
};
