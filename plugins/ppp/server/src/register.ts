import type { Core } from '@strapi/strapi';
import milestone from './components/milestone';
import { COMPONENT, PLUGIN_ID, UID } from './constants';
import { PUBLIC_ACTIONS, ROLE_GRANTS } from './permissions';
import { govCore } from './get-service';
import { projectApi, updateApi } from './setup/api';
import { ADMIN_LAYOUTS, PROJECT_LAYOUT, UPDATE_LAYOUT } from './setup/admin-layout';
import { projectHooks } from './hooks/project-rules';
import { updateHooks } from './hooks/update-rules';

/**
 * 政府和社会资本合作（PPP）/ 特许经营: two column types on gov-core's platform (scoping, 保密审查, audit, 简繁,
 * accessibility and content checks, the public API and its OpenAPI come with the registration).
 */
export default ({ strapi }: { strapi: Core.Strapi }) =>
  govCore(strapi, 'toolkit').registerPlugin({
    id: PLUGIN_ID,
    components: { [COMPONENT.milestone]: milestone },
    publicActions: PUBLIC_ACTIONS,
    columnTypes: [
      {
        uid: UID.project,
        label: 'PPP 项目',
        cadence: 'policy',
        publicFields: [
          'name',
          'code',
          'location',
          'scope',
          'investment',
          'sector',
          'operationMode',
          'returnMechanism',
          'stage',
          'socialCapitalParty',
        ],
        api: projectApi(strapi),
        hooks: projectHooks(strapi),
        admin: PROJECT_LAYOUT,
      },
      {
        uid: UID.update,
        label: 'PPP 项目实施情况',
        cadence: 'notice',
        publicFields: ['title', 'period', 'progress', 'investmentCompleted', 'percentComplete'],
        // Never changed or deleted once published (hooks/update-rules.ts).
        appendOnly: 'once-published',
        api: updateApi(strapi),
        hooks: updateHooks(strapi),
        admin: UPDATE_LAYOUT,
      },
    ],
    adminLayouts: ADMIN_LAYOUTS,
    grants: ROLE_GRANTS,
  });
