import type { Core } from '@strapi/strapi';
import { BATCH_OUTCOMES, type ValidityKey } from '../data/validity';
import {
  documentPublishProblems,
  documentUnpublishProblems,
  documentWriteProblems,
  todayInShanghai,
  type DocumentVersion,
  type ValidityChange,
} from '../domain';
import { problem, type FieldError } from '@gov-portal/kit';
import { getService, govCore } from '../utils/get-service';
import { SOURCE_LOCALE, UID } from '../utils/plugin-id';
import { documentIdAfter, pointsAtEntry } from '../utils/relation-input';

type Doc = Record<string, any>;
/** A problem as gov-core's pipeline takes it. */
export interface Problem {
  field: string;
  rule: string;
  message: string;
}
/** The parts of gov-core's WriteHookContext these rules read. */
export interface HookContext {
  action: string;
  documentId?: string | null;
  requestedLocale?: unknown;
  data?: Doc;
  state?: Record<string, unknown>;
}

type DocRow = {
  id: number;
  locale: string | null;
  publishedAt: string | null;
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

export const withRule = (list: FieldError[]): Problem[] => list.map((p) => ({ ...p, rule: 'invalid' }));

const rowsOf = (strapi: Core.Strapi, documentId: string): Promise<DocRow[]> =>
  strapi.db.query(UID.document).findMany({
    where: { documentId },
    populate: { replacedBy: { select: ['documentId'] }, disclosure: { select: ['documentNumber'] } },
  });

/** The version of a locale (else the source locale's, else any), draft or published. */
const pick = (rows: DocRow[], published: boolean, locale?: unknown) => {
  const same = rows.filter((r) => Boolean(r.publishedAt) === published);
  return (
    same.find((r) => r.locale === (typeof locale === 'string' && locale !== '*' ? locale : SOURCE_LOCALE)) ??
    same.find((r) => r.locale === SOURCE_LOCALE) ??
    same[0] ??
    null
  );
};

const versionOf = (row: DocRow): DocumentVersion => ({
  validity: row.validity,
  validUntil: row.validUntil,
  effectiveFrom: row.effectiveFrom,
  replacedBy: row.replacedBy?.documentId ?? null,
  documentNumber: row.disclosure?.documentNumber ?? null,
});

const versions = async (strapi: Core.Strapi, ctx: HookContext) => {
  const rows = ctx.documentId ? await rowsOf(strapi, ctx.documentId) : [];
  return { draft: pick(rows, false, ctx.requestedLocale), published: pick(rows, true) };
};

/**
 * The write rules of 规范性文件, run by gov-core's write pipeline: the rules of domain/document-rules.ts on the
 * draft as it will be (judged against the *published* validity, the status in force); on publish, the change
 * of validity is recorded (history + audit) in the publishing transaction, decided by the publishing admin.
 */
export const documentHooks = (strapi: Core.Strapi) => ({
  async validate(_before: Doc | null, _after: Doc, ctx: HookContext): Promise<Problem[]> {
    const data = ctx.data ?? {};
    const { draft, published } = await versions(strapi, ctx);
    const value = <K extends keyof DocRow>(key: K, fallback: DocRow[K] | null) =>
      data[key] !== undefined ? data[key] : (draft?.[key] ?? fallback);
    const replacedBy = await documentIdAfter(strapi, {
      target: UID.document,
      field: 'replacedBy',
      value: data.replacedBy,
      current: draft?.replacedBy?.documentId ?? null,
    });
    const relationProblems: FieldError[] = [];
    if (pointsAtEntry(strapi, data.replacedBy, 'replacedBy') && !replacedBy) {
      relationProblems.push(problem('replacedBy', 'invalid', '所选的修改后文件不存在'));
    } else if (
      replacedBy &&
      (await strapi.db.query(UID.document).count({ where: { documentId: replacedBy } })) === 0
    ) {
      relationProblems.push(problem('replacedBy', 'invalid', `修改后的文件 ${replacedBy} 不存在`));
    }
    return withRule(
      documentWriteProblems({
        action: ctx.action === 'create' ? 'create' : 'update',
        documentId: ctx.documentId ?? null,
        sendsDisclosure: 'disclosure' in data,
        after: {
          validity: value('validity', 'effective') as ValidityKey,
          validUntil: value('validUntil', null) as string | null,
          effectiveFrom: value('effectiveFrom', null) as string | null,
          replacedBy,
          documentNumber: data.disclosure?.documentNumber ?? null,
        },
        draft: draft ? versionOf(draft) : null,
        published: published?.validity ?? null,
        today: todayInShanghai(new Date()),
        relationProblems,
      }),
    );
  },

  async beforePublish(_document: Doc, ctx: HookContext): Promise<Problem[]> {
    const { draft, published } = await versions(strapi, ctx);
    if (!draft) return [];
    const problems = documentPublishProblems(
      versionOf(draft),
      published?.validity ?? null,
      todayInShanghai(new Date()),
    );
    if (ctx.state) ctx.state.validity = { draft, from: published?.validity ?? null };
    return withRule(problems);
  },

  async afterPublish(_document: Doc, _previous: Doc | null, ctx: HookContext): Promise<void> {
    const planned = ctx.state?.validity as { draft: DocRow; from: ValidityKey | null } | undefined;
    if (!planned || planned.from === null || planned.from === planned.draft.validity) return;
    const { draft, from } = planned;
    const today = todayInShanghai(new Date());
    const change: ValidityChange = {
      documentId: ctx.documentId!,
      from,
      to: draft.validity,
      reason: EDITOR_REASON[draft.validity],
      basis: draft.validityBasis?.trim() || null,
      note: draft.validityNote?.trim() || null,
      effectiveDate: today,
      replacedBy: draft.validity === 'amended' ? (draft.replacedBy?.documentId ?? null) : null,
      automatic: false,
    };
    await getService(strapi, 'validity').execute(change, {
      decidedBy: 'admin',
      decisionDate: today,
      actor: govCore(strapi, 'toolkit').currentAdmin(),
      updateRows: false,
    });
  },

  async beforeUnpublish(_published: Doc | null, ctx: HookContext): Promise<Problem[]> {
    const { published } = await versions(strapi, ctx);
    return withRule(documentUnpublishProblems(published?.validity ?? null));
  },
});
