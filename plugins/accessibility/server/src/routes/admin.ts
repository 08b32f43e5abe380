import { CHECK_ACTION } from '../permissions';

const policies = [
  'admin::isAuthenticatedAdmin',
  { name: 'admin::hasPermissions', config: { actions: [CHECK_ACTION] } },
];

/** Mounted under /accessibility. The toolbar assets and the demo page are public (auth: false). */
export default {
  type: 'admin' as const,
  routes: [
    { method: 'POST', path: '/check', handler: 'check.check', config: { policies } },
    { method: 'GET', path: '/documents/:uid/:documentId', handler: 'check.document', config: { policies } },
    { method: 'GET', path: '/rules', handler: 'check.rules', config: { policies } },
    { method: 'GET', path: '/toolbar.js', handler: 'toolbar.script', config: { auth: false } },
    { method: 'GET', path: '/toolbar.css', handler: 'toolbar.style', config: { auth: false } },
    { method: 'GET', path: '/demo', handler: 'toolbar.demo', config: { auth: false } },
  ],
};
