import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ADMIN_ROUTE_SCOPES, type DocumentRoute, type Locator } from '../setup/admin-route-scope';
import { OUT_OF_SCOPE, type AdminCaller } from '../services/scoping';
import { getService } from '../utils/get-service';
import { fieldError } from '@gov-portal/kit';

const HISTORY_VERSION = 'plugin::content-manager.history-version';

type PolicyContext = {
  params?: Record<string, unknown>;
  request?: { query?: Record<string, unknown>; body?: unknown };
  state?: { user?: AdminCaller };
};

const read = (ctx: PolicyContext, locator: Locator): unknown => {
  const [where, name] = locator.split('.') as ['params' | 'query' | 'body', string];
  const source =
    where === 'params' ? ctx.params : where === 'query' ? ctx.request?.query : (ctx.request?.body as object);
  return source && typeof source === 'object' ? (source as Record<string, unknown>)[name] : undefined;
};

const field = (locator: Locator) => locator.split('.')[1];
const absent = (v: unknown) => v === undefined || v === null || v === '';
const isDocumentId = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/**
 * `plugin::gov-core.document-scope`, put on every admin route of the content-manager and i18n plugins at register
 * time (setup/admin-route-scope.ts). On a registered column type, every document the route names must be within
 * the caller's departments for the route's action (`scoping.assertCanAccess`): a scoped caller gets the same 403
 * for "not yours" and "does not exist". Callers who reach every department (webmasters, super admins) pass
 * untouched, so Strapi answers them as before. A route the table does not classify is refused to scoped callers.
 */
export default async (
  policyContext: PolicyContext,
  config: { route?: string } | undefined,
  { strapi }: { strapi: Core.Strapi },
) => {
  const user = policyContext.state?.user;
  const scoping = getService(strapi, 'scoping');
  const registry = strapi.plugin('gov-core').service('column-registry') as {
    has(uid: string): boolean;
    uids(): string[];
  };
  const scope = config?.route ? ADMIN_ROUTE_SCOPES[config.route] : undefined;

  if (!scope) {
    // Not yet classified (a route a later Strapi adds): only for callers who reach every department.
    for (const uid of registry.uids())
      if ((await scoping.reach(user, uid, 'read')).kind !== 'all') throw new errors.PolicyError(OUT_OF_SCOPE);
    return true;
  }
  if ('none' in scope) return true;
  const route = scope as DocumentRoute;

  let uid = read(policyContext, route.uid);
  let documentIds: string[] = [];

  if (route.version) {
    const versionId = read(policyContext, route.version);
    const version = /^\d+$/.test(String(versionId ?? ''))
      ? await strapi.db
          .query(HISTORY_VERSION as never)
          .findOne({ where: { id: Number(versionId) }, select: ['contentType', 'relatedDocumentId'] })
      : null;
    if (!version) {
      if (
        typeof uid === 'string' &&
        registry.has(uid) &&
        (await scoping.reach(user, uid, route.action)).kind !== 'all'
      )
        throw new errors.PolicyError(OUT_OF_SCOPE);
      return true; // Strapi answers a missing version itself
    }
    uid = (version as any).contentType;
    documentIds = [(version as any).relatedDocumentId];
  }

  if (typeof uid !== 'string' || !registry.has(uid)) return true;
  if ((await scoping.reach(user, uid, route.action)).kind === 'all') return true;

  const model = strapi.getModel(uid as never) as { kind?: string } | undefined;
  if (route.single || model?.kind === 'singleType') {
    const row = (await strapi.db.query(uid as never).findOne({ select: ['documentId'] })) as any;
    if (!row) {
      if (route.optional) return true;
      throw new errors.PolicyError(OUT_OF_SCOPE);
    }
    documentIds = [row.documentId];
  } else if (route.row) {
    const id = read(policyContext, route.row);
    if (!(typeof id === 'number' ? Number.isInteger(id) : /^\d+$/.test(String(id ?? ''))))
      throw fieldError(field(route.row), '须为条目的数字 ID', 'integer');
    const row = (await strapi.db
      .query(uid as never)
      .findOne({ where: { id: Number(id) }, select: ['documentId'] })) as any;
    if (!row) throw new errors.PolicyError(OUT_OF_SCOPE);
    documentIds = [row.documentId];
  } else if (route.document) {
    const value = read(policyContext, route.document);
    if (absent(value)) {
      if (route.optional) return true;
      throw fieldError(field(route.document), '须为文档 ID（documentId）', 'required');
    }
    if (!isDocumentId(value)) throw fieldError(field(route.document), '须为文档 ID（documentId）', 'string');
    documentIds = [value];
  } else if (route.documents) {
    const raw = read(policyContext, route.documents);
    const list = typeof raw === 'string' ? [raw] : raw;
    if (!Array.isArray(list) || !list.every(isDocumentId))
      throw fieldError(field(route.documents), '须为文档 ID（documentId）的列表', 'array');
    documentIds = list;
  }

  for (const documentId of new Set(documentIds))
    await scoping.assertCanAccess(user, uid, documentId, route.action);
  return true;
};
