import { collectionType } from '@gov-portal/kit';
/** Append-only record of a webmaster's correction of a 发布日期 (publishDate can never be edited directly). */
export default collectionType({
  collectionName: 'gov_publish_date_corrections',
  info: {
    singularName: 'publish-date-correction',
    pluralName: 'publish-date-corrections',
    displayName: '发布日期更正记录',
    description: '网站管理员更正发布日期的记录（只增不改）',
  },
  localized: false,
  draftAndPublish: false,
  visible: false,
  attributes: {
    contentType: { type: 'string', required: true },
    itemDocumentId: { type: 'string', required: true },
    indexNumber: { type: 'string' },
    previousDate: { type: 'date' },
    correctedDate: { type: 'date', required: true },
    reason: { type: 'text', required: true },
    actorId: { type: 'integer' },
    actorEmail: { type: 'string' },
  },
});
