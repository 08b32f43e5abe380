import type { Core } from '@strapi/strapi';
import { BATCH_OUTCOMES, VALIDITY, type ValidityKey } from '../data/validity';
import { toIsoDate, todayInShanghai, validateValidityChange, type ValidityChange } from '../domain';
import { fieldErrors, problem, type FieldError } from '@gov-portal/kit';
import { getService, govCore } from '../utils/get-service';
import { SOURCE_LOCALE, UID } from '../utils/plugin-id';
import { documentGuard, documentIdAfter, pointsAtEntry } from '../utils/relation-input';

type DocRow = {
  id: number;
  locale: string | null;
  publishedAt: string | null;
  title: string | null;
  validity: ValidityKey;
  validUntil: string | null;
  effectiveFrom: string | null;
  validityNote: string | null;
  validityBasis: string | null;
  replacedBy?: { documentId: string } | null;
  disclosure?: { documentNumber?: string | null } | null;
};

/** The reason an editor's published change is recorded with (the words of the cleanup outcomes). */
const EDITOR_REASON: Record<ValidityKey, string> = {
  effective: BATCH_OUTCOMES.continue['zh-Hans'],
  expired: BATCH_OUTCOMES.expire['zh-Hans'],
  repealed: BATCH_OUTCOMES.repeal['zh-Hans'],
  amended: BATCH_OUTCOMES.amend['zh-Hans'],
};

const blank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

const rowsOf = (strapi: Core.Strapi, documentId: string): Promise<DocRow[]> =>
  strapi.db.query(UID.document).findMany({
    where: { documentId },
    populate: { replacedBy: { select: ['documentId'] }, disclosure: { select: ['documentNumber'] } },
  });

const pick = (rows: DocRow[], published: boolean, locale?: string) => {
  const same = rows.filter((r) => Boolean(r.publishedAt) === published);
  return (
    same.find((r) => r.locale === (locale && locale !== '*' ? locale : SOURCE_LOCALE)) ??
    same.find((r) => r.locale === SOURCE_LOCALE) ??
    same[0] ??
    null
  );
};

const documentNumberRequired = (): FieldError =>
  problem('disclosure.documentNumber', 'invalid', '规范性文件必须填写发文字号（如 道政办发〔2026〕3号）');

/**
 * create / update: 发文字号 is required; a change of validity (or of what it depends on: 有效期至, replacedBy)
 * is checked against the *published* validity — the status in force — by the rules of domain/validity.ts. A
 * document never published may take any status (an old document entered as 失效).
 */
const checkWrite = async (strapi: Core.Strapi, ctx: any) => {
  const data = ctx.params.data;
  const documentId: string | undefined = ctx.params.documentId;
  const rows = documentId ? await rowsOf(strapi, documentId) : [];
  const draft = pick(rows, false, ctx.params.locale);
  const published = pick(rows, true);
  const problems: FieldError[] = [];

  if (ctx.action === 'create' || 'disclosure' in data) {
    if (blank(data.disclosure?.documentNumber)) problems.push(documentNumberRequired());
  }

  const to = data.validity !== undefined ? data.validity : (draft?.validity ?? 'effective');
  const validUntil = data.validUntil !== undefined ? data.validUntil : (draft?.validUntil ?? null);
  const effectiveFrom =
    data.effectiveFrom !== undefined ? data.effectiveFrom : (draft?.effectiveFrom ?? null);
  const pointed = pointsAtEntry(strapi, data.replacedBy, 'replacedBy');
  const replacedBy = await documentIdAfter(strapi, {
    target: UID.document,
    field: 'replacedBy',
    value: data.replacedBy,
    current: draft?.replacedBy?.documentId ?? null,
  });
  if (pointed && !replacedBy) {
    problems.push(problem('replacedBy', 'invalid', '所选的修改后文件不存在'));
  } else if (
    replacedBy &&
    (await strapi.db.query(UID.document).count({ where: { documentId: replacedBy } })) === 0
  ) {
    problems.push(problem('replacedBy', 'invalid', `修改后的文件 ${replacedBy} 不存在`));
  }
  if (replacedBy && documentId && replacedBy === documentId) {
    problems.push(problem('replacedBy', 'invalid', '修改后的文件不能是文件自身'));
  }

  const changed =
    !draft ||
    to !== draft.validity ||
    toIsoDate(validUntil) !== toIsoDate(draft.validUntil) ||
    replacedBy !== (draft.replacedBy?.documentId ?? null);
  if (changed) {
    problems.push(
      ...validateValidityChange(published?.validity ?? null, to, {
        validUntil,
        replacedBy,
        today: todayInShanghai(new Date()),
      }),
    );
  }
  const from = toIsoDate(effectiveFrom);
  const until = toIsoDate(validUntil);
  if (from && until && until < from) {
    problems.push(problem('validUntil', 'invalid', `有效期至 ${until} 不能早于施行日期 ${from}`));
  }
  if (problems.length) throw fieldErrors(problems);
};

/**
 * publish: the draft's validity must be a valid change from the published one; when it differs, the change
 * is recorded (history + audit) in the publishing transaction, decided by the publishing admin.
 */
const publishWithHistory = async (strapi: Core.Strapi, ctx: any, next: () => Promise<any>) => {
  const { documentId } = ctx.params;
  const rows = await rowsOf(strapi, documentId);
  const draft = pick(rows, false, ctx.params.locale);
  if (!draft) return next();
  const published = pick(rows, true);
  if (blank(draft.disclosure?.documentNumber)) throw fieldErrors([documentNumberRequired()]);
  const today = todayInShanghai(new Date());
  const from = published?.validity ?? null;
  const replacedBy = draft.replacedBy?.documentId ?? null;
  const problems = validateValidityChange(from, draft.validity, {
    validUntil: draft.validUntil,
    replacedBy,
    today,
  });
  if (problems.length) throw fieldErrors(problems);

  const result = await next();
  if (from !== null && from !== draft.validity) {
    const change: ValidityChange = {
      documentId,
      from,
      to: draft.validity,
      reason: EDITOR_REASON[draft.validity],
      basis: draft.validityBasis?.trim() || null,
      note: draft.validityNote?.trim() || null,
      effectiveDate: today,
      replacedBy: draft.validity === 'amended' ? replacedBy : null,
      automatic: false,
    };
    await getService(strapi, 'validity').execute(change, {
      decidedBy: 'admin',
      decisionDate: today,
      actor: govCore(strapi, 'toolkit').currentAdmin(),
      updateRows: false,
    });
  }
  return result;
};

/** Expired, repealed and amended documents stay published with their status: never silently withdrawn. */
const guardUnpublish = async (strapi: Core.Strapi, ctx: any) => {
  const published = pick(await rowsOf(strapi, ctx.params.documentId), true);
  if (published && VALIDITY[published.validity]?.final) {
    throw fieldErrors([
      problem(
        'validity',
        'invalid',
        `该文件已“${VALIDITY[published.validity]['zh-Hans']}”，应继续公开并标明有效性，不能撤回发布`,
      ),
    ]);
  }
};

const HISTORY_REFUSAL = { refuse: '有效性变更记录只增不改：不能通过接口新建、修改、复制或删除' };

export const registerDocumentMiddleware = (strapi: Core.Strapi) => {
  const write = async (ctx: any, next: () => Promise<any>) => {
    if (ctx.params?.data) await checkWrite(strapi, ctx);
    return next();
  };
  strapi.documents.use(
    documentGuard(strapi, {
      applies: (uid: string) => uid === UID.change,
      plan: {
        create: HISTORY_REFUSAL,
        update: HISTORY_REFUSAL,
        delete: HISTORY_REFUSAL,
        clone: HISTORY_REFUSAL,
        publish: HISTORY_REFUSAL,
        unpublish: HISTORY_REFUSAL,
        discardDraft: HISTORY_REFUSAL,
      },
    }),
  );
  strapi.documents.use(
    documentGuard(strapi, {
      applies: (uid: string) => uid === UID.document,
      plan: {
        create: write,
        update: write,
        publish: (ctx: any, next: () => Promise<any>) => publishWithHistory(strapi, ctx, next),
        unpublish: async (ctx: any, next: () => Promise<any>) => {
          await guardUnpublish(strapi, ctx);
          return next();
        },
        // gov-core turns the clone of a column item into a create, which checkWrite sees.
        clone: 'refuse',
        delete: 'pass',
        discardDraft: 'pass',
      },
    }),
  );
};
