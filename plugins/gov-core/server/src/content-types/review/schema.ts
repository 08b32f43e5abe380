import { collectionType } from '@gov-portal/kit';
/**
 * 保密审查 decisions, one row per event, never updated: `pending` when a version is created or edited,
 * `approved` / `rejected` by a reviewer. The latest row of (content type, document, locale) is the state of
 * the current draft version.
 */
export default collectionType({
  collectionName: 'gov_reviews',
  info: {
    singularName: 'review',
    pluralName: 'reviews',
    displayName: '保密审查记录',
    description: '保密审查：待审 / 通过 / 不通过，按版本记录',
  },
  localized: false,
  draftAndPublish: false,
  visible: false,
  attributes: {
    contentType: { type: 'string', required: true },
    itemDocumentId: { type: 'string', required: true },
    locale: { type: 'string' },
    // Fingerprint of the draft version the row is about (see utils/version-hash.ts).
    versionHash: { type: 'string' },
    state: { type: 'enumeration', enum: ['pending', 'approved', 'rejected'], required: true },
    department: { type: 'string' },
    title: { type: 'string' },
    // Who wrote the version a `pending` row is about (null: seeds, jobs, imports run by the system).
    authorId: { type: 'integer' },
    authorEmail: { type: 'string' },
    reviewerId: { type: 'integer' },
    reviewerEmail: { type: 'string' },
    comment: { type: 'text' },
    decidedAt: { type: 'datetime' },
    // An approval by an author of the version (四眼原则 overridden by a webmaster; recorded in the audit trail too).
    fourEyesOverride: { type: 'boolean', default: false },
  },
});
