import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { reachIncludes, type Reach } from '../domain/scope';
import type { Actor } from '../utils/actor';
import { fieldError } from '@gov-portal/kit';
import { getService } from '../utils/get-service';
import { versionHash } from '../utils/version-hash';
import { ROLES } from '../permissions';

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
  reviewerId: number | null;
  fourEyesOverride: boolean | null;
  authorId: number | null;
  authorEmail: string | null;
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
    // A type without drafts is never published on its own; one reviewed with another document (budget lines
    // with their report) is covered by that document's review.
    if (!this.publishes(uid) || this.reviewedWith(uid)) return false;
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

  /** 四眼原则 applies to a column type unless plugin config `review.fourEyes[uid] = false`. */
  fourEyes(uid: string): boolean {
    const fourEyes =
      (strapi.config.get('plugin::gov-core.review') as { fourEyes?: Record<string, boolean> } | undefined)
        ?.fourEyes ?? {};
    return fourEyes[uid] !== false;
  },

  /**
   * The admins who wrote the current draft version of `locale`: the authors of every `pending` row written since
   * that locale's last approval, in **any** locale of the document (an edit of a non-localized field in zh-Hant is
   * copied into the zh-Hans draft by i18n without a zh-Hans row). A version edited by A, then by B, is A's and B's;
   * what an earlier approval covered is not theirs any more. A `pending` row without an author (written before
   * authors were recorded) counts the draft's last editor, `lastEditorId`.
   */
  async authors(
    uid: string,
    documentId: string,
    locale: string | null,
    lastEditorId: number | null = null,
  ): Promise<number[]> {
    const rows: ReviewRow[] = await strapi.db.query(REVIEW).findMany({
      where: { contentType: uid, itemDocumentId: documentId },
      orderBy: [{ id: 'desc' }],
    });
    const ids = new Set<number>();
    for (const row of rows) {
      if (row.state === 'approved' && row.locale === locale) break;
      if (row.state !== 'pending') continue;
      if (row.authorId != null) ids.add(row.authorId);
      else if (lastEditorId != null) ids.add(lastEditorId);
    }
    return [...ids];
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
  /** The type whose review covers `uid` (`reviewedWith` of its registration), or null. */
  reviewedWith(uid: string): string | null {
    return getService(strapi, 'column-registry').get(uid)?.reviewedWith ?? null;
  },

  /** Whether the type has drafts and published versions (only those are reviewed). */
  publishes(uid: string): boolean {
    return (strapi.getModel(uid as never) as any)?.options?.draftAndPublish !== false;
  },

  async markPending(item: {
    uid: string;
    documentId: string;
    locale: string | null;
    title?: string | null;
    department?: string | null;
    /** The admin whose write made this version (null: the system). */
    author?: Actor | null;
  }) {
    // Nothing to review where nothing is published on its own, or where another document's review covers it.
    if (!this.publishes(item.uid) || this.reviewedWith(item.uid)) return null;
    const hash = await versionHash(strapi, item.uid, item.documentId, item.locale);
    const last = await this.latest(item.uid, item.documentId, item.locale);
    // A save that changes nothing keeps the decision (Strapi's publish saves the form first). The write and its
    // pending row commit in one transaction (governance middleware), so a decision cannot slip in between.
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
        authorId: item.author?.id ?? null,
        authorEmail: item.author?.email ?? null,
      },
    });
  },

  /**
   * The state of the current draft version: the last decision if it was taken on this very content, else
   * `pending` (a version edited since its decision waits for review again). The one rule publishing checks.
   */
  async currentState(
    uid: string,
    documentId: string,
    locale: string | null,
  ): Promise<{ state: ReviewState; last: ReviewRow | null; hash: string | null }> {
    const last = await this.latest(uid, documentId, locale);
    const hash = await versionHash(strapi, uid, documentId, locale);
    return { state: last && last.versionHash === hash ? last.state : 'pending', last, hash };
  },

  /**
   * The draft a decision or a status is about: a registered column type's draft in `requestedLocale` (zh-Hans by
   * default; null for a type that is not localized), with its last editor. 400 for another type, 404 without one.
   */
  async reviewedDraft(uid: string, documentId: string, requestedLocale: string | undefined) {
    if (!getService(strapi, 'column-registry').has(uid))
      throw fieldError('uid', `“${uid}”不是栏目内容类型`, 'registered');
    const model: any = strapi.getModel(uid as never);
    const locale = model?.pluginOptions?.i18n?.localized === true ? (requestedLocale ?? SOURCE_LOCALE) : null;
    const draft = await strapi.db.query(uid as never).findOne({
      where: { documentId, publishedAt: null, ...(locale ? { locale } : {}) },
      populate: { updatedBy: { select: ['id'] } },
    });
    if (!draft)
      throw new errors.NotFoundError(`没有找到该信息的草稿（${documentId}${locale ? `，${locale}` : ''}）`);
    return { draft, locale };
  },

  /**
   * What the edit view's 保密审查 panel shows: the current version's state, the last decision (who, when, the
   * comment), whether the caller wrote this version (四眼原则) and may override it. `locale` defaults to zh-Hans.
   */
  async status(
    uid: string,
    documentId: string,
    requestedLocale: string | undefined,
    actor: Actor,
    { showReviewer = false }: { showReviewer?: boolean } = {},
  ) {
    // The type is checked before access (a 400 tells nothing of documents), the draft after it.
    if (!getService(strapi, 'column-registry').has(uid))
      throw fieldError('uid', `“${uid}”不是栏目内容类型`, 'registered');
    await getService(strapi, 'scoping').assertCanAccess(actor, uid, documentId, 'read');
    const { draft, locale } = await this.reviewedDraft(uid, documentId, requestedLocale);
    const required = this.isRequired(uid);
    const { state, last, hash: current } = await this.currentState(uid, documentId, locale);
    const decision: ReviewRow | null = await strapi.db.query(REVIEW).findOne({
      where: {
        contentType: uid,
        itemDocumentId: documentId,
        locale,
        state: { $in: ['approved', 'rejected'] },
      },
      orderBy: [{ id: 'desc' }],
    });
    const fourEyes = this.fourEyes(uid);
    const ownVersion =
      fourEyes &&
      (await this.authors(uid, documentId, locale, draft.updatedBy?.id ?? null)).includes(actor.id);
    return {
      uid,
      documentId,
      locale,
      required,
      state,
      stateLabel: STATE_LABEL[state],
      // Sent back with a decision (`expectedVersion`): the version the reviewer saw.
      versionHash: current,
      // The last decision, even when the version changed since (then `state` is pending again).
      decision: decision
        ? {
            state: decision.state,
            stateLabel: STATE_LABEL[decision.state],
            current: decision.id === last?.id && state === decision.state,
            // Who reviewed is for reviewers and webmasters (reviews.read); an editor sees the decision and comment.
            reviewerEmail: showReviewer ? decision.reviewerEmail : null,
            decidedAt: decision.decidedAt,
            comment: decision.comment,
            fourEyesOverride: decision.fourEyesOverride === true,
          }
        : null,
      fourEyes,
      ownVersion,
      canOverride: ownVersion && (await this.isWebmaster(actor)),
    };
  },

  /**
   * Refuses a publish unless the very version of every draft being published has been approved, saying what is
   * missing: "待保密审查：须经审核员通过后发布", or "未通过" with the reviewer's comment.
   */
  async assertApproved(uid: string, drafts: { documentId: string; locale: string | null; title?: string }[]) {
    const problems: { message: string; rule: string }[] = [];
    for (const draft of drafts) {
      const { state, last } = await this.currentState(uid, draft.documentId, draft.locale);
      const name = `“${draft.title ?? draft.documentId}”（${draft.locale ?? '—'}）`;
      if (state === 'pending')
        problems.push({ message: `${name}待保密审查：须经审核员通过后发布`, rule: 'review-pending' });
      else if (state === 'rejected')
        problems.push({
          message: `${name}未通过保密审查${last?.comment ? `（审核意见：${last.comment}）` : ''}：须修改后经审核员通过再发布`,
          rule: 'review-rejected',
        });
    }
    if (problems.length) {
      const message = problems.map((p) => p.message).join('；');
      throw new errors.ValidationError(message, {
        errors: problems.map((p) => ({
          path: ['review'],
          message: p.message,
          rule: p.rule,
          name: 'ValidationError',
        })),
      });
    }
  },

  /** Webmasters (and super admins) may override 四眼原则 on their own versions. */
  async isWebmaster(actor: Actor): Promise<boolean> {
    if (actor.isSuperAdmin) return true;
    const user = await strapi.db
      .query('admin::user')
      .findOne({ where: { id: actor.id }, populate: ['roles'] });
    return (user?.roles ?? []).some((r: { code: string }) => r.code === ROLES.webmaster.code);
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
      overrideFourEyes?: boolean;
      expectedVersion?: string;
    },
    actor: Actor | null,
  ) {
    if (!getService(strapi, 'column-registry').has(input.uid))
      throw fieldError('uid', `“${input.uid}”不是栏目内容类型`, 'registered');
    if (input.decision === 'reject' && !input.comment?.trim())
      throw fieldError('comment', '审查不通过时必须填写意见', 'required');
    // The reviewer must be allowed to publish this very item (department scope included).
    await getService(strapi, 'scoping').assertCanAccess(actor, input.uid, input.documentId, 'publish');
    const { draft, locale } = await this.reviewedDraft(input.uid, input.documentId, input.locale);
    const state: ReviewState = input.decision === 'approve' ? 'approved' : 'rejected';
    // 四眼原则: an author of the version may not approve it, unless a webmaster overrides it (recorded).
    let override = false;
    // The version decided on is the one read here, before its authors: a save that lands meanwhile is refused
    // below (the hash changed) or re-opens the review (markPending).
    const hash = await versionHash(strapi, input.uid, input.documentId, locale);
    // The version the reviewer looked at (the panel sends what `status` answered): a newer one is not decided on.
    if (input.expectedVersion !== undefined && input.expectedVersion !== hash)
      throw fieldError(
        'expectedVersion',
        '该信息在您查看后已被修改，请刷新后审查最新版本',
        'version-changed',
      );
    if (input.decision === 'approve' && actor && this.fourEyes(input.uid)) {
      const authors = await this.authors(input.uid, input.documentId, locale, draft.updatedBy?.id ?? null);
      if (authors.includes(actor.id)) {
        if (input.overrideFourEyes !== true)
          throw new errors.PolicyError(
            '四眼原则：您编辑了该版本，不能审查通过自己的版本，须由其他审核员审查',
            {
              errors: [{ path: ['decision'], message: '作者不能审查通过自己的版本', rule: 'four-eyes' }],
            },
          );
        if (!(await this.isWebmaster(actor)))
          throw new errors.PolicyError('只有网站管理员可以豁免四眼原则', {
            errors: [
              { path: ['overrideFourEyes'], message: '只有网站管理员可以豁免四眼原则', rule: 'webmaster' },
            ],
          });
        override = true;
      }
    }
    return strapi.db.transaction(async () => {
      const row = await strapi.db.query(REVIEW).create({
        data: {
          contentType: input.uid,
          itemDocumentId: input.documentId,
          locale,
          state,
          versionHash: hash,
          title: draft.title ?? draft.name ?? null,
          department: draft.scopeDepartment ?? null,
          reviewerId: actor?.id ?? null,
          reviewerEmail: actor?.email ?? 'system',
          comment: input.comment ?? null,
          decidedAt: new Date(),
          fourEyesOverride: override,
        },
      });
      if ((await versionHash(strapi, input.uid, input.documentId, locale)) !== hash)
        throw fieldError('decision', '该信息在审查期间被修改，请刷新后审查最新版本', 'version-changed');
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
            ...(override ? [{ field: 'fourEyesOverride', from: null, to: true }] : []),
          ],
        },
        actor,
      );
      return row;
    });
  },

  /**
   * The homepage's 本部门最近草稿: the newest drafts of every column type the actor may read, within their
   * departments, with each one's review state (`limit` in all, newest edit first).
   */
  async recentDrafts(actor: Actor, limit = 8) {
    const registry = getService(strapi, 'column-registry');
    const scoping = getService(strapi, 'scoping');
    const departments = new Map<string, string>();
    const found: {
      uid: string;
      typeLabel: string;
      documentId: string;
      locale: string | null;
      title: string;
      department: string | null;
      updatedAt: string;
    }[] = [];
    for (const type of registry.list()) {
      const reach = await scoping.reach(actor, type.uid, 'read');
      if (reach.kind === 'none') continue;
      const model: any = strapi.getModel(type.uid as never);
      const titleField = ['title', 'name'].find((f) => model?.attributes?.[f]);
      const rows: any[] = await strapi.db.query(type.uid as never).findMany({
        select: ['documentId', 'locale', 'updatedAt', 'scopeDepartment', ...(titleField ? [titleField] : [])],
        where: {
          publishedAt: null,
          ...(reach.kind === 'departments' ? { scopeDepartment: { $in: reach.departments } } : {}),
        },
        orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
        limit,
      });
      for (const row of rows)
        found.push({
          uid: type.uid,
          typeLabel: type.label,
          documentId: row.documentId,
          locale: row.locale ?? null,
          title: (titleField && row[titleField]) || row.documentId,
          department: row.scopeDepartment ?? null,
          updatedAt: new Date(row.updatedAt).toISOString(),
        });
    }
    found.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    const newest = found.slice(0, limit);
    const ids = [...new Set(newest.map((d) => d.department).filter((d): d is string => !!d))];
    if (ids.length)
      for (const d of (await strapi.db.query('plugin::gov-core.department').findMany({
        select: ['documentId', 'name'],
        where: { documentId: { $in: ids }, locale: SOURCE_LOCALE },
      })) as { documentId: string; name: string }[])
        departments.set(d.documentId, d.name);
    const out = [];
    for (const draft of newest) {
      const required = this.isRequired(draft.uid);
      const { state } = required
        ? await this.currentState(draft.uid, draft.documentId, draft.locale)
        : { state: null };
      out.push({
        ...draft,
        departmentName: draft.department ? (departments.get(draft.department) ?? null) : null,
        reviewState: state,
        reviewStateLabel: state ? STATE_LABEL[state] : null,
      });
    }
    return out;
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
