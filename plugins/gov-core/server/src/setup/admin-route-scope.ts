import type { Core } from '@strapi/strapi';
import type { AccessAction } from '../services/scoping';

export const DOCUMENT_SCOPE_POLICY = 'plugin::gov-core.document-scope';

/** Where a request carries a value: `params.model`, `query.documentId`, `body.documentIds` … */
export type Locator = `${'params' | 'query' | 'body'}.${string}`;

/**
 * How an admin route names its documents. `uid` is the content type; then one of: `document` (one documentId),
 * `documents` (a list of documentIds), `row` (a database row id, resolved to its documentId), `version` (a
 * content-history version id, resolved to its type and document), or `single` (a single type's one document).
 * `optional`: the route also runs without a document (a create, a relation picker for a new entry).
 */
export type DocumentRoute = {
  uid: Locator;
  action: AccessAction;
  document?: Locator;
  documents?: Locator;
  row?: Locator;
  version?: Locator;
  single?: true;
  optional?: true;
};

/** A route that names no stored document, and why (what scopes it instead). */
export type NoDocumentRoute = { none: string };

export type RouteScope = DocumentRoute | NoDocumentRoute;

const CONFIG = 'type settings (layouts, labels): no document';
const LIST = 'a list: filtered by the RBAC condition in-own-department';
const LOCALES = 'locales and i18n settings: no document';

/**
 * Every admin route of the content-manager and i18n plugins (Strapi 5.54, with the content-history, preview and
 * homepage routers), keyed `<plugin> <handler>`. A route that is not listed here is refused to every caller who
 * does not reach every department (see the policy), and tests/api/security-cm-routes.test.ts fails, so a route
 * a later Strapi adds is decided here before an editor can use it.
 */
export const ADMIN_ROUTE_SCOPES: Record<string, RouteScope> = {
  // content-manager: settings and layouts
  'content-manager init.getInitData': { none: CONFIG },
  'content-manager content-types.findContentTypes': { none: CONFIG },
  'content-manager content-types.findContentTypesSettings': { none: CONFIG },
  'content-manager content-types.findContentTypeConfiguration': { none: CONFIG },
  'content-manager content-types.updateContentTypeConfiguration': { none: CONFIG },
  'content-manager components.findComponents': { none: CONFIG },
  'content-manager components.findComponentConfiguration': { none: CONFIG },
  'content-manager components.updateComponentConfiguration': { none: CONFIG },
  // A uid value is unique across the whole type, whoever owns the entry holding it.
  'content-manager uid.generateUID': { none: 'computes a uid from the request body' },
  'content-manager uid.checkUIDAvailability': { none: 'uniqueness of a uid value is type-wide' },
  // content-manager: relations (`id` is the source entry's documentId, or a component row for components)
  'content-manager relations.findAvailable': {
    uid: 'params.model',
    document: 'query.id',
    action: 'read',
    optional: true,
  },
  'content-manager relations.findExisting': { uid: 'params.model', document: 'params.id', action: 'read' },
  // content-manager: single types
  'content-manager single-types.find': { uid: 'params.model', single: true, action: 'read', optional: true },
  'content-manager single-types.createOrUpdate': {
    uid: 'params.model',
    single: true,
    action: 'update',
    optional: true,
  },
  'content-manager single-types.delete': { uid: 'params.model', single: true, action: 'delete' },
  'content-manager single-types.publish': {
    uid: 'params.model',
    single: true,
    action: 'publish',
    optional: true,
  },
  'content-manager single-types.unpublish': { uid: 'params.model', single: true, action: 'publish' },
  'content-manager single-types.discard': { uid: 'params.model', single: true, action: 'update' },
  'content-manager single-types.countDraftRelations': {
    uid: 'params.model',
    single: true,
    action: 'read',
  },
  // content-manager: collection types
  'content-manager collection-types.find': { none: LIST },
  'content-manager collection-types.create': { none: 'a create: scoped as it will be by the write pipeline' },
  'content-manager collection-types.clone': {
    uid: 'params.model',
    document: 'params.sourceId',
    action: 'read',
  },
  'content-manager collection-types.autoClone': {
    uid: 'params.model',
    document: 'params.sourceId',
    action: 'read',
  },
  'content-manager collection-types.findOne': { uid: 'params.model', document: 'params.id', action: 'read' },
  'content-manager collection-types.update': { uid: 'params.model', document: 'params.id', action: 'update' },
  'content-manager collection-types.delete': { uid: 'params.model', document: 'params.id', action: 'delete' },
  // Two routes: with `:id` (publish a document) and without (create and publish).
  'content-manager collection-types.publish': {
    uid: 'params.model',
    document: 'params.id',
    action: 'publish',
    optional: true,
  },
  'content-manager collection-types.unpublish': {
    uid: 'params.model',
    document: 'params.id',
    action: 'publish',
  },
  'content-manager collection-types.discard': {
    uid: 'params.model',
    document: 'params.id',
    action: 'update',
  },
  'content-manager collection-types.bulkDelete': {
    uid: 'params.model',
    documents: 'body.documentIds',
    action: 'delete',
  },
  'content-manager collection-types.bulkFindForValidation': {
    uid: 'params.model',
    documents: 'body.documentIds',
    action: 'read',
  },
  'content-manager collection-types.bulkPublish': {
    uid: 'params.model',
    documents: 'body.documentIds',
    action: 'publish',
  },
  'content-manager collection-types.bulkUnpublish': {
    uid: 'params.model',
    documents: 'body.documentIds',
    action: 'publish',
  },
  'content-manager collection-types.countDraftRelations': {
    uid: 'params.model',
    document: 'params.id',
    action: 'read',
  },
  'content-manager collection-types.countManyEntriesDraftRelations': {
    uid: 'params.model',
    documents: 'query.documentIds',
    action: 'read',
  },
  // content-manager: content history (an enterprise feature; listed for when it is enabled)
  'content-manager history-version.findMany': {
    uid: 'query.contentType',
    document: 'query.documentId',
    action: 'read',
    optional: true,
  },
  'content-manager history-version.restoreVersion': {
    uid: 'body.contentType',
    version: 'params.versionId',
    action: 'update',
  },
  // content-manager: preview and homepage
  'content-manager preview.getPreviewUrl': {
    uid: 'params.contentType',
    document: 'query.documentId',
    action: 'read',
    optional: true,
  },
  'content-manager preview.getPreviewScript': { none: 'a static script' },
  'content-manager homepage.getRecentDocuments': { none: LIST },
  // Known gap: totals (draft / published / modified) over every readable type, counted in SQL without the
  // grant's conditions — numbers across departments, no document. Not filterable by a policy.
  'content-manager homepage.getCountDocuments': { none: 'aggregate counts, no document (unscoped)' },
  // i18n
  'i18n iso-locales.listIsoLocales': { none: LOCALES },
  'i18n locales.listLocales': { none: LOCALES },
  'i18n locales.createLocale': { none: LOCALES },
  'i18n locales.updateLocale': { none: LOCALES },
  'i18n locales.deleteLocale': { none: LOCALES },
  'i18n settings.getSettings': { none: LOCALES },
  'i18n settings.updateSettings': { none: LOCALES },
  // `id` is a database row id (a plain, enumerable number); single types ignore it.
  'i18n content-types.getNonLocalizedAttributes': { uid: 'body.model', row: 'body.id', action: 'read' },
  'i18n content-types.getFillFromLocaleData': {
    uid: 'params.model',
    document: 'query.documentId',
    action: 'read',
  },
  'i18n ai-localization-jobs.getJobForCollectionType': {
    uid: 'params.contentType',
    document: 'params.documentId',
    action: 'read',
  },
  'i18n ai-localization-jobs.getJobForSingleType': {
    uid: 'params.contentType',
    single: true,
    action: 'read',
  },
};

/** The plugins whose admin routes are classified above. */
export const SCOPED_ADMIN_PLUGINS = ['content-manager', 'i18n'] as const;

type Route = { method?: string; path?: string; handler?: unknown; config?: { policies?: unknown[] } };
type Router = { type?: string; routes?: Route[] };
type RouterInput = Router | Route[] | ((args: { strapi: Core.Strapi }) => Router);

export const routeKey = (plugin: string, route: Route) =>
  `${plugin} ${typeof route.handler === 'string' ? route.handler : '<function>'}`;

const isPolicy = (p: unknown) =>
  p === DOCUMENT_SCOPE_POLICY || (p as { name?: string } | null)?.name === DOCUMENT_SCOPE_POLICY;

const guard = (plugin: string, routes: Route[] | undefined) => {
  for (const route of routes ?? []) {
    route.config ??= {};
    const policies = route.config.policies ?? [];
    if (policies.some(isPolicy)) continue;
    // After authentication, before the content manager's own permission policy: a refusal is ours (in Chinese).
    const at = policies.indexOf('admin::isAuthenticatedAdmin') + 1;
    route.config.policies = [
      ...policies.slice(0, at),
      { name: DOCUMENT_SCOPE_POLICY, config: { route: routeKey(plugin, route) } },
      ...policies.slice(at),
    ];
  }
};

const guardRouter = (plugin: string, router: Router | Route[]) => {
  if (Array.isArray(router)) guard(plugin, router);
  else if (router?.type === 'admin') guard(plugin, router.routes);
  return router;
};

/**
 * Puts the department-scope policy on every admin route of the content-manager and i18n plugins (each route
 * carries its key into the policy). Runs in gov-core's register, before Strapi mounts the routes.
 */
export function guardAdminDocumentRoutes(strapi: Core.Strapi) {
  for (const plugin of SCOPED_ADMIN_PLUGINS) {
    const routes = (strapi.plugins as Record<string, { routes?: unknown }>)[plugin]?.routes as
      | Record<string, RouterInput>
      | Route[]
      | undefined;
    if (!routes) continue;
    if (Array.isArray(routes)) {
      guard(plugin, routes);
      continue;
    }
    for (const [key, input] of Object.entries(routes)) {
      routes[key] =
        typeof input === 'function'
          ? (args: { strapi: Core.Strapi }) => guardRouter(plugin, input(args)) as Router
          : guardRouter(plugin, input);
    }
  }
}
