import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { SCOPE_FIELD } from '../permissions';
import { currentAdmin, type Actor } from '../utils/actor';
import { getService } from '../utils/get-service';
import { resolveDocumentId, toOneChange } from '../utils/relation-input';
import type { AuditChange } from '../services/audit';

const DEPARTMENT = 'plugin::gov-core.department';
const STRUCTURE = ['plugin::gov-core.column', 'plugin::gov-core.department', 'plugin::gov-core.membership'];
const APPEND_ONLY = ['plugin::gov-core.audit-entry', 'plugin::gov-core.review'];
const WRITES = ['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft'];
const SCALAR = new Set([
  'string',
  'text',
  'richtext',
  'email',
  'uid',
  'enumeration',
  'integer',
  'biginteger',
  'float',
  'decimal',
  'date',
  'datetime',
  'time',
  'boolean',
]);
const SOURCE_LOCALE = 'zh-Hans';

const localeOf = (strapi: Core.Strapi, uid: string, locale: unknown): string | null => {
  const localized = (strapi.getModel(uid as never) as any)?.pluginOptions?.i18n?.localized === true;
  if (!localized) return null;
  return typeof locale === 'string' && locale !== '*' ? locale : SOURCE_LOCALE;
};

const excerpt = (v: unknown) => (typeof v === 'string' && v.length > 200 ? `${v.slice(0, 200)}…` : v);

/** Scalar fields whose value changed (old → new); other attributes named when the write touched them. */
const changedFields = (
  strapi: Core.Strapi,
  uid: string,
  before: any,
  after: any,
  data: any,
): AuditChange[] => {
  const attributes: Record<string, any> = (strapi.getModel(uid as never) as any)?.attributes ?? {};
  const changes: AuditChange[] = [];
  for (const [name, attr] of Object.entries(attributes)) {
    if (
      name === SCOPE_FIELD ||
      ['createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations'].includes(
        name,
      )
    )
      continue;
    if (SCALAR.has(attr.type)) {
      const from = before?.[name] ?? null;
      const to = after?.[name] ?? null;
      if (String(from) !== String(to)) changes.push({ field: name, from: excerpt(from), to: excerpt(to) });
    } else if (data && name in data) {
      changes.push({ field: name });
    }
  }
  return changes;
};

/**
 * One document-service middleware for governance, outermost, in one transaction with the write:
 * 1. append-only types cannot be written through the document service;
 * 2. department scoping on every write path of column items (create, update as it will be, delete, publish);
 * 3. the 保密审查 gate on publish;
 * 4. the audit entry, whose failure fails the write.
 */
export const registerGovernanceMiddleware = (strapi: Core.Strapi) => {
  const registry = () => getService(strapi, 'column-registry');
  const scoping = () => getService(strapi, 'scoping');

  const departmentAfterWrite = async (ctx: any, before: any): Promise<string | null> => {
    const field = registry().get(ctx.uid)!.departmentField;
    const change = toOneChange(ctx.params.data?.[field]);
    if (change.kind === 'unchanged') return before?.[SCOPE_FIELD] ?? null;
    return resolveDocumentId(strapi, DEPARTMENT, change.ref);
  };

  const enforceScope = async (ctx: any, actor: Actor, before: any, nextDepartment: string | null) => {
    const scoped = await scoping().isScoped(actor.id, ctx.uid, ctx.action);
    if (!scoped) return;
    const mine = await scoping().departmentsOf(actor.id);
    const outside = (d: string | null) => !d || !mine.includes(d);
    if (ctx.action !== 'create' && (!before || outside(before[SCOPE_FIELD]))) {
      throw new errors.ForbiddenError('只能处理本部门的信息');
    }
    if ((ctx.action === 'create' || ctx.action === 'update') && outside(nextDepartment)) {
      throw new errors.ForbiddenError('信息的责任部门必须是您所在的部门（部门编辑不能把信息移到其他部门）');
    }
  };

  strapi.documents.use(async (ctx: any, next: () => Promise<any>) => {
    if (APPEND_ONLY.includes(ctx.uid) && WRITES.includes(ctx.action)) {
      throw new errors.ForbiddenError('审查记录和操作日志只增不改，不能修改或删除');
    }
    const isItem = registry().has(ctx.uid);
    if (!WRITES.includes(ctx.action) || (!isItem && !STRUCTURE.includes(ctx.uid))) return next();

    const actor = currentAdmin(strapi);
    const locale = localeOf(strapi, ctx.uid, ctx.params?.locale);
    const documentId: string | undefined = ctx.params?.documentId;

    return strapi.db.transaction(async () => {
      const before = documentId
        ? await strapi.db.query(ctx.uid).findOne({
            where: { documentId, publishedAt: null, ...(locale ? { locale } : {}) },
          })
        : null;

      let department: string | null = before?.[SCOPE_FIELD] ?? null;
      if (isItem) {
        if (ctx.action === 'create' || ctx.action === 'update') {
          department = await departmentAfterWrite(ctx, before);
          ctx.params.data[SCOPE_FIELD] = department;
        }
        if (actor) await enforceScope(ctx, actor, before, department);
        if (ctx.action === 'publish' && getService(strapi, 'reviews').isRequired(ctx.uid)) {
          const drafts = await strapi.db.query(ctx.uid).findMany({
            where: {
              documentId,
              publishedAt: null,
              ...(ctx.params?.locale && ctx.params.locale !== '*' ? { locale } : {}),
            },
          });
          await getService(strapi, 'reviews').assertApproved(
            ctx.uid,
            drafts.map((d: any) => ({
              documentId: d.documentId,
              locale: d.locale ?? null,
              title: d.title ?? d.name,
            })),
          );
        }
      } else if (ctx.uid === DEPARTMENT) {
        department = documentId ?? null;
      }

      const result = await next();

      const id = documentId ?? result?.documentId;
      if (isItem && (ctx.action === 'create' || ctx.action === 'update') && result) {
        await getService(strapi, 'reviews').markPending({
          uid: ctx.uid,
          documentId: id,
          locale: result.locale ?? locale,
          title: result.title ?? result.name ?? null,
          department,
        });
      }
      const changes =
        ctx.action === 'create' || ctx.action === 'update'
          ? changedFields(strapi, ctx.uid, before, result, ctx.params.data)
          : [];
      await getService(strapi, 'audit').write(
        {
          action: ctx.action,
          uid: ctx.uid,
          documentId: id,
          locale: result?.locale ?? locale,
          department: ctx.uid === DEPARTMENT ? id : department,
          changes,
        },
        actor,
      );
      return result;
    });
  });
};
