import { ACTION } from '../permissions';

const can = (action: string) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }],
});

/** Admin routes (`/normative-docs/...`). Nothing here updates or deletes a validity-change. */
export default {
  type: 'admin' as const,
  routes: [
    { method: 'GET', path: '/batches/:id/plan', handler: 'admin.planBatch', config: can(ACTION.applyBatch) },
    {
      method: 'POST',
      path: '/batches/:id/apply',
      handler: 'admin.applyBatch',
      config: can(ACTION.applyBatch),
    },
    { method: 'POST', path: '/jobs/expire', handler: 'admin.runExpiry', config: can(ACTION.runJobs) },
  ],
};
