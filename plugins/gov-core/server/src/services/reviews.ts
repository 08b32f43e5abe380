import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { reachIncludes, type Reach } from '../domain/scope';
import type { Actor } from '../utils/actor';
import { fieldError } from '@gov-portal/kit';
import { getService } from '../utils/get-service';
import { versionHash } from '../utils/version-hash';

const REVIEW = 'plugin::gov-core.review';
export const SOURCE_LOCALE = 'zh-Hans';
export type ReviewState = 'pending' | 'approved' | 'rejected';
export const STATE_LABEL: Record<ReviewState, string> = {
  pending: '待审查',
  approved: '已通过',
  rejected: '未通过',
};

type ReviewRow = {
  id: number;
  contentType: string;
  itemDocumentId: string;
  locale: string | null;
  state: ReviewState;
  versionHash: string | null;
  department: string | null;
  title: string | null;
  comment: string | null;
  reviewerEmail: string | null;
  decidedAt: string | null;
  createdAt: string;
};

const keyOf = (r: Pick<ReviewRow, 'contentType' | 'itemDocumentId' | 'locale'>) =>
  `${r.contentType}|${r.itemDocumentId}|${r.locale ?? ''}`;

/** 保密审查: the state of every draft version of a column item, as an append-only series of decisions. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Plugin config `review.required[uid] = false` switches the requirement off for one column type. */
  isRequired(uid: string): boolean {
    if (!getService(strapi, 'column-registry').has(uid)) return false;
    const required =
      (strapi.config.get('plugin::gov-core.review') as { required?: Record<string, boolean> } | undefined)
        ?.required ?? {};
    return required[uid] !== false;
  },

  async latest(uid: string, documentId: string, locale: string | null): Promise<ReviewRow | null> {
    return strapi.db.query(REVIEW).findOne({
      where: { contentType: uid, itemDocumentId: documentId, locale },
      orderBy: [{ id: 'desc' }],
    });
  },

  async history(uid: string, documentId: string): Promise<ReviewRow[]> {
    return strapi.db
      .query(REVIEW)
      .findMany({ where: { contentType: uid, itemDocumentId: documentId }, orderBy: [{ id: 'desc' }] });
  },

  /**
   * After a write: a version whose content differs from the last reviewed one waits for review again
   * (one `pending` row per new version; a save that changes nothing keeps the decision).
   */
  async markPending(item: {
    uid: string;
    documentId: string;
    locale: string | null;
    title?: string | null;
    department?: string | null;
  }) {
    const hash = await versionHash(strapi, item.uid, item.documentId, item.locale);
    const last = await this.latest(item.uid, item.documentId, item.locale);
    if (last && last.versionHash === hash) return last;
    return strapi.db.query(REVIEW).create({
      data: {
        contentType: item.uid,
        itemDocumentId: item.documentId,
        locale: item.locale,
        state: 'pending',
        versionHash: hash,
        title: item.title ?? null,
        department: item.department ?? null,
      },
    });
  },

  /** Refuses a publish unless the very version of every draft being published has been approved. */
  async assertApproved(uid: string, drafts: { documentId: string; locale: string | null; title?: string }[]) {
    const problems: string[] = [];
    for (const draft of drafts) {
      const last = await this.latest(uid, draft.documentId, draft.locale);
      const current = await versionHash(strapi, uid, draft.documentId, draft.locale);
      const state: ReviewState = last && last.versionHash === current ? last.state : 'pending';
      if (state !== 'approved') {
        problems.push(
          `“${draft.title ?? draft.documentId}”（${draft.locale ?? '—'}）当前为${STATE_LABEL[state]}，须经审核员审查通过后才能发布`,
        );
      }
    }
    if (problems.length) {
      const message = `保密审查未通过: ${problems.join('；')}`;
      throw new errors.ValidationError(message, {
        errors: [{ path: ['review'], message, name: 'ValidationError' }],
      });
    }
  },

  /**
   * A reviewer's decision on the current draft of an item (`locale` defaults to zh-Hans). A rejection needs a
   * comment. Reviewers limited to their departments may decide only on those departments' items.
   */
  async decide(
    input: {
      uid: string;
      documentId: string;
      locale?: string;
      decision: 'approve' | 'reject';
      comment?: string;
    },
    actor: Actor | null,
  ) {
    const registry = getService(strapi, 'column-registry');
    if (!registry.has(input.uid)) throw fieldError('uid', `“${input.uid}”不是栏目内容类型`, 'registered');
    if (input.decision === 'reject' && !input.comment?.trim())
      throw fieldError('comment', '审查不通过时必须填写意见', 'required');
    // The reviewer must be allowed to publish this very item (department scope included).
    await getService(strapi, 'scoping').assertCanAccess(actor, input.uid, input.documentId, 'publish');
    const model: any = strapi.getModel(input.uid as never);
    const localized = model?.pluginOptions?.i18n?.localized === true;
    const locale = localized ? (input.locale ?? SOURCE_LOCALE) : null;
    const draft = await strapi.db.query(input.uid as never).findOne({
      where: { documentId: input.documentId, publishedAt: null, ...(locale ? { locale } : {}) },
    });
    if (!draft)
      throw new errors.NotFoundError(
        `没有找到该信息的草稿（${input.documentId}${locale ? `，${locale}` : ''}）`,
      );
    const state: ReviewState = input.decision === 'approve' ? 'approved' : 'rejected';
    return strapi.db.transaction(async () => {
      const row = await strapi.db.query(REVIEW).create({
        data: {
          contentType: input.uid,
          itemDocumentId: input.documentId,
          locale,
          state,
          versionHash: await versionHash(strapi, input.uid, input.documentId, locale),
          title: draft.title ?? draft.name ?? null,
          department: draft.scopeDepartment ?? null,
          reviewerId: actor?.id ?? null,
          reviewerEmail: actor?.email ?? 'system',
          comment: input.comment ?? null,
          decidedAt: new Date(),
        },
      });
      await getService(strapi, 'audit').write(
        {
          action: `review.${input.decision}`,
          uid: input.uid,
          documentId: input.documentId,
          locale,
          department: draft.scopeDepartment ?? null,
          changes: [
            { field: 'review', from: null, to: state },
            ...(input.comment ? [{ field: 'comment', from: null, to: input.comment }] : []),
          ],
        },
        actor,
      );
      return row;
    });
  },

  /** Items whose current version waits for review, newest first; scoped to the actor's departments if limited. */
  async pending(actor: Actor | null) {
    const rows: ReviewRow[] = await strapi.db.query(REVIEW).findMany({ orderBy: [{ id: 'asc' }] });
    const latest = new Map<string, ReviewRow>();
    for (const r of rows) latest.set(keyOf(r), r);
    let queue = [...latest.values()].filter((r) => r.state === 'pending');
    if (actor) {
      // Each row is shown only if the caller may read its item: a type they do not reach is hidden, and on a
      // scoped type only their departments' rows (a row without a department is outside every scope).
      const scoping = getService(strapi, 'scoping');
      const reaches = new Map<string, Reach>();
      for (const uid of new Set(queue.map((r) => r.contentType)))
        reaches.set(uid, await scoping.reach(actor, uid, 'read'));
      queue = queue.filter((r) => reachIncludes(reaches.get(r.contentType)!, r.department));
    }
    return queue.reverse().map((r) => ({
      uid: r.contentType,
      documentId: r.itemDocumentId,
      locale: r.locale,
      title: r.title,
      department: r.department,
      since: r.createdAt,
    }));
  },
});
