import type { Core } from '@strapi/strapi';
import type { FieldError } from '../domain/errors';
import { sanitizeRichText } from '../domain/rich-text';
import { validateDocumentNumber } from '../domain/document-number';
import { isNoOpRelationInput, writesOtherDocuments } from '../domain/relation-input';
import { disclosureField } from '../middlewares/disclosure';
import type { WriteHookContext } from './column-registry';
import { SCOPE_FIELD } from '../permissions';

type Doc = Record<string, unknown>;

/**
 * The type's own write rules for one created document (its `domain/` functions), until its hooks run them:
 * the problems of `after`, after adding to it the values the type computes (as `compute` + `validate` do).
 */
export type BulkRowRule = (after: Doc, ctx: WriteHookContext) => FieldError[];

/** What the write pipeline exposes (P2's gov-core service `pipeline`). */
interface Pipeline {
  check(
    uid: string,
    action: string,
    before: Doc | null,
    after: Doc,
    ctx: WriteHookContext,
  ): Promise<{ data: Doc; errors: FieldError[] }>;
}

const blank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/**
 * The rules gov-core's document middlewares apply to every created column item, as a pure step on the
 * document as it will be: no write through another document's relations, a column is required, rich text is
 * sanitised, the 信息公开目录 metadata defaults to 主动公开 and never carries a 索引号 or 发布日期 from the client.
 */
const globalRules = (
  after: Doc,
  pipelined: boolean,
  {
    attributes,
    columnField,
    disclosure,
  }: { attributes: Record<string, any>; columnField: string; disclosure: string | null },
): FieldError[] => {
  const problems: FieldError[] = [];
  const fail = (field: string, rule: string, detail: string) =>
    problems.push({ field, rule, message: `${field}: ${detail}` });
  for (const [name, attribute] of Object.entries(attributes)) {
    if (!(name in after)) continue;
    if (writesOtherDocuments(attribute) && !isNoOpRelationInput(after[name]))
      fail(
        name,
        'cross-document',
        '此关联由对方信息保存，不能在本信息中修改（会改变其他信息的关联）：请在对方信息中设置',
      );
    if (!pipelined && attribute.type === 'richtext' && typeof after[name] === 'string')
      after[name] = sanitizeRichText(after[name] as string);
  }
  if (columnField in attributes && blank(after[columnField]))
    fail(columnField, 'required', '必须选择所属栏目');

  if (disclosure) {
    const given = after[disclosure] as Doc | null | undefined;
    // Created without metadata: 主动公开 (what the document service's create stores).
    if (!given) after[disclosure] = { openness: 'proactive' };
    else if (!pipelined) {
      if (!blank(given.indexNumber))
        fail(`${disclosure}.indexNumber`, 'immutable', '索引号由系统在首次发布时生成，不能设置或修改');
      if (!blank(given.publishDate))
        fail(`${disclosure}.publishDate`, 'immutable', '发布日期由系统在首次发布时记录，不能填写或修改');
      if (!blank(given.documentNumber)) {
        const check = validateDocumentNumber(given.documentNumber as string, {
          field: `${disclosure}.documentNumber`,
        });
        if (!check.ok) problems.push({ field: check.field, rule: check.rule, message: check.message });
      }
      if ((given.openness ?? 'proactive') === 'not-open' && blank(given.notOpenReason))
        fail(`${disclosure}.notOpenReason`, 'required', '公开方式为“不予公开”时必须填写不予公开的理由');
      after[disclosure] = { openness: 'proactive', ...given, indexNumber: null, publishDate: null };
    }
  }
  return problems;
};

/**
 * THE adapter between the bulk writer and the write rules: the document as it will be (computed values merged)
 * and every problem of it. gov-core's write pipeline (service `pipeline`) `check`s it: the column's hooks, the
 * content rules and the global rules, with `ctx.bulk` (hooks leave to the import what it checks in batches);
 * the create defaults and structural rules above complete it. Without a pipeline (a gov-core built without
 * one), those rules and the type's own rule function do.
 */
export const checkBulkRow = async (
  strapi: Core.Strapi,
  uid: string,
  after: Doc,
  ctx: WriteHookContext,
  typeRules?: BulkRowRule,
): Promise<{ data: Doc; errors: FieldError[] }> => bulkRules(strapi, uid, typeRules)(after, ctx);

/** checkBulkRow with the look-ups made once per import (the pipeline, the type, its attributes). */
export const bulkRules = (strapi: Core.Strapi, uid: string, typeRules?: BulkRowRule) => {
  const pipeline = strapi.plugin('gov-core').service('pipeline') as Pipeline | undefined;
  const type = strapi.plugin('gov-core').service('column-registry').get(uid);
  const shape = {
    attributes: ((strapi.getModel(uid as never) as any)?.attributes ?? {}) as Record<string, any>,
    columnField: (type?.columnField ?? 'column') as string,
    disclosure: disclosureField(strapi, uid),
  };
  const departmentField: string = type?.departmentField ?? 'department';
  const relationNames = Object.entries(shape.attributes)
    .filter(([, a]) => a.type === 'relation')
    .map(([name]) => name);
  return async (after: Doc, ctx: WriteHookContext): Promise<{ data: Doc; errors: FieldError[] }> => {
    if (pipeline?.check) {
      // The hooks judge the document as it will be: its scope is the department it names.
      const department = after[departmentField];
      const scope =
        typeof department === 'string'
          ? department
          : ((department as { documentId?: string } | null)?.documentId ?? null);
      // Relations as the hooks read them (`{ documentId }`), as the document service hands them over.
      const asRefs: Doc = { ...after, [SCOPE_FIELD]: scope };
      for (const name of relationNames) {
        const v = asRefs[name];
        if (typeof v === 'string') asRefs[name] = { documentId: v };
        else if (Array.isArray(v))
          asRefs[name] = v.map((x) => (typeof x === 'string' ? { documentId: x } : x));
      }
      const checked = await pipeline.check(uid, ctx.action, null, asRefs, { ...ctx, bulk: true });
      const { [SCOPE_FIELD]: _scope, ...data } = checked.data;
      return { data, errors: [...globalRules(data, true, shape), ...checked.errors] };
    }
    const data = { ...after };
    const errors = globalRules(data, false, shape);
    if (typeRules) errors.push(...typeRules(data, { ...ctx, bulk: true }));
    return { data, errors };
  };
};
