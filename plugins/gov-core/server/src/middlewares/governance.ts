import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { SCOPE_FIELD } from '../permissions';
import { requestAuthority, type Actor } from '../utils/actor';
import { getService } from '../utils/get-service';
import { relationAfter } from '../utils/relation-input';
import { isNoOpRelationInput, writesOtherDocuments } from '../domain/relation-input';
import { fieldError } from '@gov-portal/kit';
import type { DocumentHandler } from '../utils/document-guard';
import { localeOf, storedBefore } from '../utils/write-call';
import { cloneInput, copyPopulate } from '../utils/clone-data';
import type { ActionPlan } from '../domain/document-actions';
import { changedFields } from '../utils/audit-changes';
import { disclosureField } from './disclosure';

const DEPARTMENT = 'plugin::gov-core.department';
const COLUMN = 'plugin::gov-core.column';
export const STRUCTURE_TYPES: readonly string[] = [COLUMN, DEPARTMENT, 'plugin::gov-core.membership'];
export const APPEND_ONLY_TYPES: readonly string[] = [
  'plugin::gov-core.audit-entry',
  'plugin::gov-core.review',
];
/** Review records and the audit log are written by gov-core's services only, never by the document service. */
export const APPEND_ONLY_REFUSAL = '审查记录和操作日志只增不改，不能修改或删除';

/** The to-one relations of an item that the checks judge: department (scope), column, disclosure publisher. */
interface Governed {
  /** The department after the write: the scope of the document (shared by its locales). */
  department: string | null;
  column: string | null;
  publisher: string | null;
  /** The relations this write sets (each then verified against what Strapi stored). */
  changed: { department: boolean; column: boolean; publisher: boolean };
}

/**
 * Governance, the first stage of the write pipeline (services/pipeline.ts), in one transaction with the write.
 * Default deny: every document action on column items and structure types (columns, departments, memberships)
 * is named in a plan below; an action not named (one a later Strapi adds) is refused. The pipeline has already
 * refused every write of the append-only types (review records, audit log).
 * 1. (the pipeline) append-only types cannot be written through the document service;
 * 2. `clone` of an item becomes a scoped read of the source draft + an ordinary `create` of its content, so
 *    every guard (sanitising, scoping, 保密审查, audit, the other plugins' checks) sees a create;
 * 3. department scoping on every write path of column items (create, update as it will be, delete, publish),
 *    judged on the relation input canonicalised to the one state Strapi will store, and verified after the write;
 * 4. the 保密审查 gate on publish;
 * 5. the audit entry, whose failure fails the write.
 */
export const governancePlans = (strapi: Core.Strapi) => {
  const registry = () => getService(strapi, 'column-registry');
  const scoping = () => getService(strapi, 'scoping');

  const loadDraft = (uid: string, documentId: string, locale: string | null, populate: object = {}) =>
    strapi.db.query(uid as never).findOne({
      where: { documentId, publishedAt: null, ...(locale ? { locale } : {}) },
      populate,
    });

  /** What the item's governed relations hold now (populate for loadDraft, and the read-out). */
  const governedPopulate = (uid: string) => {
    const type = registry().get(uid)!;
    const disclosure = disclosureField(strapi, uid);
    return {
      [type.departmentField]: { select: ['documentId'] },
      [type.columnField]: { select: ['documentId'] },
      ...(disclosure ? { [disclosure]: { populate: { publisher: { select: ['documentId'] } } } } : {}),
    };
  };
  const governedOf = (uid: string, row: any): Governed => {
    const type = registry().get(uid)!;
    const disclosure = disclosureField(strapi, uid);
    return {
      department: row?.[type.departmentField]?.documentId ?? null,
      column: row?.[type.columnField]?.documentId ?? null,
      publisher: disclosure ? (row?.[disclosure]?.publisher?.documentId ?? null) : null,
      changed: { department: false, column: false, publisher: false },
    };
  };

  /**
   * Canonicalises the governed relation input (ambiguous shapes → 400 naming the field) and rewrites
   * `ctx.params.data` to the one form Strapi stores; returns the relations as they will be.
   */
  const canonicalise = async (ctx: any, before: any): Promise<Governed> => {
    const type = registry().get(ctx.uid)!;
    const data = ctx.params.data;
    const now = governedOf(ctx.uid, before);
    // Relations are localized, the scope is not: a locale version may hold no department of its own (or not
    // exist yet), and the document keeps its scope unless this write names a department.
    const documentId: string | undefined = ctx.params.documentId;
    const anyDraft =
      documentId && !before
        ? await strapi.db.query(ctx.uid).findOne({ where: { documentId, publishedAt: null } })
        : null;
    const scope: string | null = (before ?? anyDraft)?.[SCOPE_FIELD] ?? null;
    const relation = async (
      target: string,
      holder: any,
      key: string,
      field: string,
      current: string | null,
      label: string,
    ) => {
      const after = await relationAfter(strapi, { target, field, value: holder[key], current, label });
      if (after.changed) holder[key] = after.canonical;
      return after;
    };
    const department = await relation(
      DEPARTMENT,
      data,
      type.departmentField,
      type.departmentField,
      now.department,
      '所选部门',
    );
    const column = await relation(COLUMN, data, type.columnField, type.columnField, now.column, '所选栏目');
    const disclosure = disclosureField(strapi, ctx.uid);
    let publisher = { changed: false, documentId: now.publisher };
    const component = disclosure ? data[disclosure] : undefined;
    if (disclosure && component && typeof component === 'object' && !Array.isArray(component)) {
      publisher = await relation(
        DEPARTMENT,
        component,
        'publisher',
        `${disclosure}.publisher`,
        now.publisher,
        '所选发布机构',
      );
    }
    return {
      department: department.changed ? department.documentId : scope,
      column: column.documentId,
      publisher: publisher.documentId,
      changed: { department: department.changed, column: column.changed, publisher: publisher.changed },
    };
  };

  /** Defence in depth: what was stored is what was checked (else the transaction rolls back). */
  const verifyStored = async (uid: string, documentId: string, locale: string | null, expected: Governed) => {
    const type = registry().get(uid)!;
    const rows = await strapi.db.query(uid as never).findMany({
      where: { documentId, publishedAt: null, ...(locale ? { locale } : {}) },
      populate: governedPopulate(uid),
    });
    for (const row of rows) {
      const stored = governedOf(uid, row);
      const scopeDrift = (row as any)[SCOPE_FIELD] !== expected.department;
      if (scopeDrift || (expected.changed.department && stored.department !== expected.department)) {
        throw fieldError(type.departmentField, '保存后的责任部门与检查的不一致，本次保存已撤销', 'integrity');
      }
      if (expected.changed.column && stored.column !== expected.column) {
        throw fieldError(type.columnField, '保存后的所属栏目与检查的不一致，本次保存已撤销', 'integrity');
      }
      if (expected.changed.publisher && stored.publisher !== expected.publisher) {
        const field = `${disclosureField(strapi, uid)}.publisher`;
        throw fieldError(field, '保存后的发布机构与检查的不一致，本次保存已撤销', 'integrity');
      }
    }
  };

  const enforceScope = async (ctx: any, actor: Actor, before: any, next: Governed | null) => {
    const scoped = await scoping().isScoped(actor.id, ctx.uid, ctx.action);
    if (!scoped) return;
    const mine = await scoping().departmentsOf(actor.id);
    const outside = (d: string | null) => !d || !mine.includes(d);
    if (ctx.action !== 'create') {
      if (!before) throw new errors.ForbiddenError('只能处理本部门的信息');
      // Every stored version of the locale(s) concerned, draft and published: a draft moved to another
      // department leaves its published version in the first one's responsibility.
      const requested = ctx.params?.locale;
      const locale = localeOf(strapi, ctx.uid, requested);
      const versions = await strapi.db.query(ctx.uid).findMany({
        where: { documentId: ctx.params.documentId, ...(locale && requested !== '*' ? { locale } : {}) },
        select: [SCOPE_FIELD],
      });
      if ([before, ...versions].some((v: any) => outside(v[SCOPE_FIELD]))) {
        throw new errors.ForbiddenError('只能处理本部门的信息（此信息有版本属于其他部门）');
      }
    }
    if ((ctx.action === 'create' || ctx.action === 'update') && next) {
      if (outside(next.department)) {
        throw new errors.ForbiddenError('信息的责任部门必须是您所在的部门（部门编辑不能把信息移到其他部门）');
      }
      // The 索引号 is built from the publisher's code: an editor publishes under their own departments only.
      if (next.changed.publisher && next.publisher && outside(next.publisher)) {
        throw new errors.ForbiddenError('发布机构必须是您所在的部门（索引号据发布机构的机构代码生成）');
      }
    }
  };

  /**
   * Who the write acts for: an admin (any admin strategy, admin tokens included), or the system (no request).
   * A request authenticated as anything else (users-permissions, API tokens) never writes governed types.
   */
  const actorOf = (): Actor | null => {
    const authority = requestAuthority(strapi);
    if (authority.kind === 'foreign') {
      throw new errors.ForbiddenError('只有后台管理用户才能修改此类信息');
    }
    return authority.kind === 'admin' ? authority.actor : null;
  };

  /**
   * `status: 'published'` on create or update makes Strapi publish inside the write, without the publish
   * guards (保密审查, scope, audit, 索引号, validity history): publishing is only the `publish` action.
   */
  const refuseDirectPublish = (ctx: any) => {
    if (ctx.action === 'publish' || ctx.params?.status !== 'published') return;
    const message =
      ctx.action === 'create'
        ? '新建的信息不能直接发布：须经保密审查通过后再发布'
        : '保存时不能同时发布：请保存后通过“发布”操作发布（须经保密审查）';
    throw fieldError('status', message, 'review');
  };

  /**
   * A write to one document must not change another document's rows: no write through an inverse relation
   * (`interpretedBy`, `replaces`, a column's `children`) or a bidirectional to-one/one-to-many owning side — it
   * would re-link or detach the other document without its department's scope, review or audit. The link is
   * made from the owning side, in the document that holds it. Empty operations (the content manager's
   * `{ connect: [], disconnect: [] }` for an untouched field) pass.
   */
  const refuseCrossDocumentRelations = (uid: string, data: Record<string, unknown>) => {
    const attributes: Record<string, any> = (strapi.getModel(uid as never) as any)?.attributes ?? {};
    for (const [name, attribute] of Object.entries(attributes)) {
      if (!(name in data) || !writesOtherDocuments(attribute) || isNoOpRelationInput(data[name])) continue;
      throw fieldError(
        name,
        '此关联由对方信息保存，不能在本信息中修改（会改变其他信息的关联）：请在对方信息中设置',
        'cross-document',
      );
    }
  };

  /** create / update / delete / publish / unpublish / discardDraft of items and structure types. */
  const governedWrite: DocumentHandler = async (ctx, next) => {
    const isItem = registry().has(ctx.uid);
    const actor = actorOf();
    const locale = localeOf(strapi, ctx.uid, ctx.params?.locale);
    const documentId: string | undefined = ctx.params?.documentId;
    const writes = ctx.action === 'create' || ctx.action === 'update';
    if (isItem) refuseDirectPublish(ctx);
    if (writes && (!ctx.params?.data || typeof ctx.params.data !== 'object')) {
      throw fieldError('data', '缺少要保存的数据', 'required');
    }
    if (writes) refuseCrossDocumentRelations(ctx.uid, ctx.params.data);

    return strapi.db.transaction(async () => {
      // The pipeline loaded the stored draft once (every relation's documentId, components) for every stage.
      const before = documentId
        ? await storedBefore(ctx, () =>
            loadDraft(ctx.uid, documentId, locale, isItem ? governedPopulate(ctx.uid) : {}),
          )
        : null;

      let department: string | null = before?.[SCOPE_FIELD] ?? null;
      let governed: Governed | null = null;
      if (isItem) {
        if (writes) {
          governed = await canonicalise(ctx, before);
          department = governed.department;
          ctx.params.data[SCOPE_FIELD] = department;
        }
        if (actor) await enforceScope(ctx, actor, before, governed);
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
      if (isItem && writes && result) {
        await verifyStored(ctx.uid, id, result.locale ?? locale, governed!);
        await getService(strapi, 'reviews').markPending({
          uid: ctx.uid,
          documentId: id,
          locale: result.locale ?? locale,
          title: result.title ?? result.name ?? null,
          department,
          author: actor,
        });
      }
      const changes = writes ? changedFields(strapi, ctx.uid, before, result, ctx.params.data) : [];
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
  };

  /**
   * clone of an item: the source draft is read (403 outside the editor's departments, for create and for read),
   * then its editable content, overridden by the clone's data, is created as a new draft through the document
   * service — every guard sees an ordinary create (sanitised, scoped as it will be, pending 保密审查, audited,
   * 索引号 and 发布日期 left to the first publish, no scope or review state copied).
   */
  const cloneAsCreate: DocumentHandler = async (ctx) => {
    const requested = ctx.params?.locale;
    if (Array.isArray(requested) || requested === '*') {
      throw fieldError('locale', '复制信息时只能指定一个语言版本', 'single-locale');
    }
    const locale = localeOf(strapi, ctx.uid, requested);
    const documentId: string | undefined = ctx.params?.documentId;
    if (typeof documentId !== 'string' || !documentId) {
      throw fieldError('documentId', '须指定要复制的信息', 'required');
    }
    if (ctx.params?.status === 'published') refuseDirectPublish({ ...ctx, action: 'create' });
    const actor = actorOf();
    return strapi.db.transaction(async () => {
      const source = await loadDraft(ctx.uid, documentId, locale, copyPopulate(strapi, ctx.uid));
      if (!source) throw new errors.NotFoundError('要复制的信息不存在');
      if (actor) {
        const [create, read] = await Promise.all([
          scoping().isScoped(actor.id, ctx.uid, 'create'),
          scoping().isScoped(actor.id, ctx.uid, 'findOne'),
        ]);
        if (create === null || read === null) throw new errors.ForbiddenError('没有复制此类信息的权限');
        const mine = create || read ? await scoping().departmentsOf(actor.id) : null;
        if (mine && !mine.includes(source[SCOPE_FIELD])) {
          throw new errors.ForbiddenError('只能复制本部门的信息');
        }
      }
      const data = cloneInput(strapi, ctx.uid, source, ctx.params?.data);
      const created = await strapi.documents(ctx.uid).create({
        data,
        ...(locale ? { locale } : {}),
        ...(ctx.params?.populate ? { populate: ctx.params.populate } : {}),
      } as any);
      await getService(strapi, 'audit').write(
        {
          action: 'clone',
          uid: ctx.uid,
          documentId: created.documentId,
          locale: created.locale ?? locale,
          department: created[SCOPE_FIELD] ?? null,
          changes: [{ field: 'clonedFrom', from: documentId, to: created.documentId }],
        },
        actor,
      );
      return { documentId: created.documentId, entries: [created] };
    });
  };

  const structurePlan: ActionPlan<DocumentHandler> = {
    create: governedWrite,
    update: governedWrite,
    delete: governedWrite,
    clone: { refuse: '栏目、部门和部门成员不能复制，请新建' },
    publish: governedWrite,
    unpublish: governedWrite,
    discardDraft: governedWrite,
  };
  const itemPlan: ActionPlan<DocumentHandler> = {
    create: governedWrite,
    update: governedWrite,
    delete: governedWrite,
    clone: cloneAsCreate,
    publish: governedWrite,
    unpublish: governedWrite,
    discardDraft: governedWrite,
  };

  return { structurePlan, itemPlan };
};
