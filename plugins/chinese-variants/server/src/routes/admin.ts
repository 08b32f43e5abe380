import { PREVIEW_ACTION } from '../permissions';

const policies = [
  'admin::isAuthenticatedAdmin',
  { name: 'admin::hasPermissions', config: { actions: [PREVIEW_ACTION] } },
];

export default {
  type: 'admin' as const,
  routes: [
    { method: 'POST', path: '/preview', handler: 'preview.text', config: { policies } },
    { method: 'POST', path: '/preview/document', handler: 'preview.document', config: { policies } },
  ],
};
