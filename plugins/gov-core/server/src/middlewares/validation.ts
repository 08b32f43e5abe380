import type { Core } from '@strapi/strapi';
import { validateOrganizationCode } from '../domain/organization-code';
import { wouldCreateCycle } from '../domain/column-tree';
import { sanitizeRichText } from '../domain/rich-text';
import { fieldError, fromDomain } from '@gov-portal/kit';
import { resolveDocumentId, toOneChange } from '../utils/relation-input';
import { getService } from '../utils/get-service';
import type { DocumentHandler } from '../utils/document-guard';
import type { ActionPlan } from '../domain/document-actions';

const DEPARTMENT = 'plugin::gov-core.department';
const COLUMN = 'plugin::gov-core.column';

/** The draft of a document, in the source locale when it has one. */
const currentDraft = (
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  populate: Record<string, unknown> = {},
) =>
  strapi.db
    .query(uid as never)
    .findOne({ where: { documentId, publishedAt: null }, orderBy: [{ locale: 'desc' }], populate });

/** ASCII slugs for codes and URLs (Strapi's own `regex` check is not applied on every write path). */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const validateSlug = (data: any, field: string, label: string) => {
  if (data[field] !== undefined && (typeof data[field] !== 'string' || !SLUG.test(data[field]))) {
    throw fieldError(field, `${label}须由小写字母、数字和连字符组成（如 fgw、zheng-ce-wen-jian）`, 'slug');
  }
};

const validateDepartment = (data: any) => {
  validateSlug(data, 'code', '部门代码');
  if (data.organizationCode !== undefined) {
    const check = validateOrganizationCode(data.organizationCode);
    if (!check.ok) throw fromDomain(check);
  }
};

const validateColumn = async (strapi: Core.Strapi, ctx: any) => {
  const data = ctx.params.data;
  validateSlug(data, 'slug', '栏目代码');
  const documentId: string | undefined = ctx.params.documentId;
  const current = documentId ? await currentDraft(strapi, COLUMN, documentId) : null;
  const kind = data.kind ?? current?.kind ?? 'articles';
  const contentType = data.contentType !== undefined ? data.contentType : current?.contentType;
  const externalUrl = data.externalUrl !== undefined ? data.externalUrl : current?.externalUrl;

  if (kind === 'thematic') {
    const registry = getService(strapi, 'column-registry');
    if (!contentType) throw fieldError('contentType', '专题栏目必须指定填充它的内容类型', 'required');
    if (!registry.has(contentType)) {
      throw fieldError(
        'contentType',
        `“${contentType}”不是已注册的栏目内容类型（可选：${registry.uids().join('、')}）`,
        'registered',
      );
    }
  } else if (contentType && !getService(strapi, 'column-registry').has(contentType)) {
    throw fieldError('contentType', `“${contentType}”不是已注册的栏目内容类型`, 'registered');
  }
  if (kind === 'link') {
    if (!externalUrl) throw fieldError('externalUrl', '链接栏目必须填写外部链接地址', 'required');
  }
  if (externalUrl && !/^https?:\/\/[^\s/]+/i.test(externalUrl)) {
    throw fieldError('externalUrl', '外部链接须为 http:// 或 https:// 开头的完整地址', 'url');
  }

  const change = toOneChange(data.parent, 'parent');
  if (change.kind === 'set' && change.ref && documentId) {
    const parentId = await resolveDocumentId(strapi, COLUMN, change.ref);
    const all = await strapi.db
      .query(COLUMN)
      .findMany({ where: { publishedAt: null }, populate: { parent: { select: ['documentId'] } } });
    const nodes = [
      ...new Map(
        all.map((c: any) => [c.documentId, { id: c.documentId, parentId: c.parent?.documentId ?? null }]),
      ).values(),
    ];
    if (parentId && wouldCreateCycle(nodes as any, documentId, parentId)) {
      throw fieldError('parent', '不能把栏目移到它自己或它的下级栏目之下（会形成循环）', 'cycle');
    }
  }
};

/** Items of registered column types must sit in a column. */
const validateColumnItem = async (strapi: Core.Strapi, ctx: any, columnField: string) => {
  const data = ctx.params.data;
  const change = toOneChange(data[columnField], columnField);
  const cleared = change.kind === 'disconnect' || (change.kind === 'set' && !change.ref);
  if (ctx.action === 'create' && (change.kind === 'unchanged' || cleared)) {
    throw fieldError(columnField, '必须选择所属栏目', 'required');
  }
  if (ctx.action === 'update' && cleared) {
    throw fieldError(columnField, '所属栏目不能为空', 'required');
  }
  if (change.kind === 'set' && change.ref) {
    const id = await resolveDocumentId(strapi, COLUMN, change.ref);
    if (!id || !(await strapi.db.query(COLUMN).count({ where: { documentId: id } }))) {
      throw fieldError(columnField, '所选栏目不存在', 'exists');
    }
  }
};

export const sanitizeRichTextFields = (strapi: Core.Strapi, uid: string, data: any) => {
  const attributes = (strapi.getModel(uid as never) as any)?.attributes ?? {};
  for (const [name, attr] of Object.entries<any>(attributes)) {
    if (attr.type === 'richtext' && typeof data[name] === 'string') data[name] = sanitizeRichText(data[name]);
  }
};

/** Documents (not rows: a published document has a draft and a published row) matching `where`. */
const countDocuments = async (strapi: Core.Strapi, uid: string, where: Record<string, unknown>) => {
  const rows = await strapi.db.query(uid as never).findMany({ where, select: ['documentId'] });
  return new Set(rows.map((r: any) => r.documentId)).size;
};

/** Refuses to delete a column that still holds items or sub-columns (in its source locale or as a whole). */
const guardColumnDelete = async (strapi: Core.Strapi, ctx: any) => {
  const { documentId, locale } = ctx.params;
  if (locale && locale !== '*' && locale !== 'zh-Hans') return;
  const column = await currentDraft(strapi, COLUMN, documentId);
  if (!column) return;
  const counts: string[] = [];
  for (const type of getService(strapi, 'column-registry').list()) {
    const n = await countDocuments(strapi, type.uid, { [type.columnField]: { documentId } });
    if (n) counts.push(`${n} 条${type.label}`);
  }
  const children = await countDocuments(strapi, COLUMN, { parent: { documentId } });
  if (children) counts.push(`${children} 个下级栏目`);
  if (counts.length) {
    throw fieldError(
      'column',
      `栏目“${column.name}”下仍有${counts.join('、')}，不能删除；请先移走或删除它们`,
      'not-empty',
    );
  }
};

/** The validation stage of the pipeline: departments, columns, and the column of every item. */
export const validationPlan = (strapi: Core.Strapi): ActionPlan<DocumentHandler> => {
  const registry = () => getService(strapi, 'column-registry');
  const validate: DocumentHandler = async (ctx, next) => {
    const data = ctx.params?.data;
    if (!data) return next();
    if (ctx.uid === DEPARTMENT) validateDepartment(data);
    else if (ctx.uid === COLUMN) await validateColumn(strapi, ctx);
    else if (registry().has(ctx.uid)) {
      await validateColumnItem(strapi, ctx, registry().get(ctx.uid)!.columnField);
      sanitizeRichTextFields(strapi, ctx.uid, data);
    }
    return next();
  };
  // clone never reaches here: governance turns an item's clone into a create and refuses it for structure types.
  return {
    create: validate,
    update: validate,
    delete: async (ctx, next) => {
      if (ctx.uid === COLUMN) await guardColumnDelete(strapi, ctx);
      return next();
    },
    clone: 'refuse',
    publish: 'pass',
    unpublish: 'pass',
    discardDraft: 'pass',
  };
};
