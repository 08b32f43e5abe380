import type { Core } from '@strapi/strapi';
import { dateInShanghai } from '../domain/shanghai-time';
import { indexNumberYear } from '../domain/index-number';
import { disclosureProblems } from '../domain/disclosure';
import { fieldError, fieldErrors } from '@gov-portal/kit';
import { getService } from '../utils/get-service';
import type { DocumentHandler } from '../utils/document-guard';
import type { ActionPlan } from '../domain/document-actions';

export const DISCLOSURE_COMPONENT = 'gov-core.disclosure';
const SOURCE_LOCALE = 'zh-Hans';

type Disclosure = {
  id?: number;
  indexNumber?: string | null;
  publishDate?: string | null;
  writtenAt?: string | null;
  documentNumber?: string | null;
  openness?: string | null;
  notOpenReason?: string | null;
  publisher?: unknown;
};

/** Content types whose items carry 信息公开目录 metadata (any attribute of the disclosure component). */
export const disclosureField = (strapi: Core.Strapi, uid: string): string | null => {
  const model = strapi.getModel(uid as never) as { attributes?: Record<string, any> } | undefined;
  const entry = Object.entries(model?.attributes ?? {}).find(
    ([, a]) => a.type === 'component' && a.component === DISCLOSURE_COMPONENT,
  );
  return entry?.[0] ?? null;
};

/** The stored disclosure of a document: from its published version if any, else its draft. */
export const storedDisclosure = async (
  strapi: Core.Strapi,
  uid: string,
  field: string,
  documentId: string,
) => {
  const rows = await strapi.db.query(uid as never).findMany({
    where: { documentId },
    populate: { [field]: true },
    orderBy: [{ publishedAt: 'desc' }],
  });
  const withMeta = rows.map((r: any) => r[field] as Disclosure | null).filter(Boolean) as Disclosure[];
  return {
    indexNumber: withMeta.find((d) => d.indexNumber)?.indexNumber ?? null,
    publishDate: withMeta.find((d) => d.publishDate)?.publishDate ?? null,
    current: withMeta[0] ?? null,
  };
};

/**
 * create/update: 索引号 and 发布日期 belong to the system. A client may echo the stored value (the admin form
 * does) but never set or change it; both are then re-stamped from the stored truth, so a partial component
 * update cannot drop them. Also validates 发文字号 and the 不予公开 reason.
 */
const guardWrite = async (strapi: Core.Strapi, ctx: any, field: string) => {
  const data = ctx.params?.data;
  if (!data || !(field in data)) {
    if (ctx.action === 'create' && data) data[field] = { openness: 'proactive' };
    return;
  }
  const incoming: Disclosure | null = data[field];
  const documentId: string | undefined = ctx.params.documentId;
  const stored = documentId
    ? await storedDisclosure(strapi, ctx.uid, field, documentId)
    : { indexNumber: null, publishDate: null, current: null };
  if (incoming === null) {
    if (stored.indexNumber) throw fieldError(field, '已发布信息的信息公开目录元数据不能删除', 'immutable');
    data[field] = { openness: 'proactive' };
    return;
  }

  const errors = disclosureProblems(field, incoming, stored);
  if (errors.length) throw fieldErrors(errors);

  data[field] = { ...incoming, indexNumber: stored.indexNumber, publishDate: stored.publishDate };
};

/** organizationCode of a department entry, by id. */
const publisherCode = async (strapi: Core.Strapi, departmentId: number | null | undefined) => {
  if (!departmentId) return null;
  const dept = await strapi.db.query('plugin::gov-core.department').findOne({ where: { id: departmentId } });
  return dept?.organizationCode ?? null;
};

/**
 * publish: on first publish, allocate the 索引号 (inside the publishing transaction) and record 发布日期;
 * every later publish re-stamps the same values on the drafts being published.
 */
const stampOnPublish = async (strapi: Core.Strapi, ctx: any, field: string) => {
  const { documentId } = ctx.params;
  const locale = ctx.params.locale;
  const drafts = await strapi.db.query(ctx.uid as never).findMany({
    where: { documentId, publishedAt: null, ...(locale && locale !== '*' ? { locale } : {}) },
    populate: { [field]: { populate: { publisher: true } }, department: true },
  });
  if (!drafts.length) return;
  const stored = await storedDisclosure(strapi, ctx.uid, field, documentId);
  const numbers = getService(strapi, 'index-numbers');
  let indexNumber = await numbers.numberOf(ctx.uid, documentId);
  const publishDate = stored.publishDate ?? dateInShanghai(new Date());

  const source = drafts.find((d: any) => d.locale === SOURCE_LOCALE) ?? drafts[0];
  const disclosure: any = source[field];
  if (!disclosure) throw fieldError(field, '缺少信息公开目录元数据，无法发布', 'required');
  if (!indexNumber) {
    const publisher = disclosure.publisher ?? source.department;
    const code = await publisherCode(strapi, publisher?.id);
    if (!code) {
      throw fieldError(
        `${field}.publisher`,
        '发布前须指定发布机构（或信息的责任部门），索引号据其机构代码生成',
        'required',
      );
    }
    const year = indexNumberYear({ writtenAt: disclosure.writtenAt, publishDate });
    indexNumber = await numbers.assign({ uid: ctx.uid, documentId, organizationCode: code, year });
  }
  for (const draft of drafts) {
    const component = draft[field];
    if (!component?.id) throw fieldError(field, '缺少信息公开目录元数据，无法发布', 'required');
    await strapi.db
      .query(DISCLOSURE_COMPONENT as never)
      .update({ where: { id: component.id }, data: { indexNumber, publishDate } });
  }
};

/** The disclosure stage of the pipeline (types with the 信息公开目录 component). */
export const disclosurePlan = (strapi: Core.Strapi): ActionPlan<DocumentHandler> => {
  const guard: DocumentHandler = async (ctx, next) => {
    await guardWrite(strapi, ctx, disclosureField(strapi, ctx.uid)!);
    return next();
  };
  return {
    create: guard,
    update: guard,
    publish: (ctx, next) =>
      strapi.db.transaction(async () => {
        await stampOnPublish(strapi, ctx, disclosureField(strapi, ctx.uid)!);
        return next();
      }),
    // A copy must not take the 索引号: governance turns clone into a create of the content without it.
    clone: 'refuse',
    delete: 'pass',
    unpublish: 'pass',
    discardDraft: 'pass',
  };
};
