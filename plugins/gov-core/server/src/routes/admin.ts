const can = (action: string) => ({
  policies: [
    'admin::isAuthenticatedAdmin',
    { name: 'admin::hasPermissions', config: { actions: [`plugin::gov-core.${action}`] } },
  ],
});

const route = (method: string, path: string, handler: string, config: object) => ({
  method,
  path,
  handler,
  config,
});

/** Admin routes. `:uid` is a content-type UID, URL-encoded (plugin%3A%3Agov-core.article). */
export default {
  type: 'admin' as const,
  routes: [
    route('POST', '/disclosure/publish-date', 'disclosure.correctPublishDate', can('publish-date.correct')),
    route('GET', '/disclosure/publish-date', 'disclosure.publishDateHistory', can('publish-date.correct')),
    route('GET', '/disclosure/index-numbers', 'disclosure.indexNumbers', can('index-numbers.read')),
    route('GET', '/reviews/pending', 'governance.pendingReviews', can('reviews.read')),
    route('GET', '/reviews/:uid/:documentId', 'governance.reviewHistory', can('reviews.read')),
    route('POST', '/reviews/:uid/:documentId', 'governance.decide', can('reviews.decide')),
    route('GET', '/audit', 'governance.audit', can('audit.read')),
    route('GET', '/audit/export.csv', 'governance.auditCsv', can('audit.read')),
    route('GET', '/memberships/me', 'governance.myDepartments', {
      policies: ['admin::isAuthenticatedAdmin'],
    }),
  ],
};
