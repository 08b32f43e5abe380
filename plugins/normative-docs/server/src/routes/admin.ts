import { ACTION } from '../permissions';
import { expireBody } from '../schemas/queries';
import { responses } from '../schemas/responses';

const can = (action: string) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }],
});

/** Admin routes (`/normative-docs/...`). Nothing here updates or deletes a validity-change. */
export default {
  type: 'admin' as const,
  routes: [
    {
      method: 'GET',
      path: '/batches/:id/plan',
      handler: 'admin.planBatch',
      response: responses.plan,
      config: { ...can(ACTION.applyBatch), description: '检查清理批次：逐件给出将作的有效性变更或问题' },
    },
    {
      method: 'POST',
      path: '/batches/:id/apply',
      handler: 'admin.applyBatch',
      response: responses.apply,
      config: { ...can(ACTION.applyBatch), description: '执行清理批次（逐件变更有效性，留有记录）' },
    },
    {
      method: 'POST',
      path: '/jobs/expire',
      handler: 'admin.runExpiry',
      request: { body: { 'application/json': expireBody.optional() } },
      response: responses.expiry,
      config: { ...can(ACTION.runJobs), description: '立即执行自动失效（有效期届满的文件）' },
    },
  ],
};
