import type { Core } from '@strapi/strapi';
import threePublicFunds from './components/three-public-funds';
import tableNote from './components/table-note';
import { COMPONENT, PLUGIN_ID, UID } from './constants';
import { PUBLIC_ACTIONS, ROLE_GRANTS } from './permissions';
import { govCore } from './get-service';
import { lineApi, reportApi } from './setup/api';
import { ADMIN_LAYOUTS, LINE_LAYOUT, REPORT_LAYOUT } from './setup/admin-layout';
import { reportHooks } from './hooks/report-rules';
import { lineHooks } from './hooks/line-rules';
import { IMPORT_LIMITS } from './services/tables';
import { linesDigest } from './setup/stored';

/**
 * 财政预决算: two column types on gov-core's platform (scoping, 保密审查, audit, 简繁, accessibility and content
 * checks, the public API and its OpenAPI come with the registration). Lines are public only with their report,
 * whose review covers them.
 */
export default ({ strapi }: { strapi: Core.Strapi }) =>
  govCore(strapi, 'toolkit').registerPlugin({
    id: PLUGIN_ID,
    components: { [COMPONENT.threePublicFunds]: threePublicFunds, [COMPONENT.tableNote]: tableNote },
    publicActions: PUBLIC_ACTIONS,
    columnTypes: [
      {
        uid: UID.report,
        label: '预决算报告',
        cadence: 'policy',
        publicFields: ['title', 'year', 'kind', 'approvedAt', 'unit', 'description'],
        api: reportApi(strapi),
        // A review of the report covers its lines: a change of a line puts an approved report back to pending.
        reviewCovers: (documentId: string) => linesDigest(strapi as never, UID.line, documentId),
        hooks: reportHooks(strapi),
        admin: REPORT_LAYOUT,
      },
      {
        uid: UID.line,
        label: '预决算明细',
        cadence: 'static',
        publicFields: ['functionCode', 'functionName', 'economicCode', 'economicName', 'item', 'amount'],
        api: lineApi(),
        // The report's 保密审查 covers its lines: they are public only with it, frozen while it is published.
        reviewedWith: UID.report,
        hooks: lineHooks(strapi),
        admin: LINE_LAYOUT,
      },
    ],
    adminLayouts: ADMIN_LAYOUTS,
    grants: ROLE_GRANTS,
    uploads: [{ path: `/${PLUGIN_ID}/reports/:documentId/import`, limits: IMPORT_LIMITS }],
  });
