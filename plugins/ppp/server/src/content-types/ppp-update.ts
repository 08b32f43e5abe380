import { RICH_TEXT, collectionType, ownershipAttributes, LOCALIZED, NOT_LOCALIZED } from '@gov-portal/kit';
import { UID } from '../constants';

/**
 * 项目实施情况: one report of a project's progress for a year or a quarter. Once published it is history: it is
 * never changed or deleted (hooks/update-rules.ts), only withdrawn (a mistaken disclosure) and published again as
 * it was; a correction is a new report.
 */
export default collectionType({
  collectionName: 'ppp_updates',
  info: {
    singularName: 'ppp-update',
    pluralName: 'ppp-updates',
    displayName: 'PPP 项目实施情况 (PPP update)',
    description: '项目实施情况（按年度或季度）：进展、完成投资、完成比例、附件；发布后只增不改',
  },
  attributes: {
    // Set from the project and the period when left empty: 「道县城区供水工程 2018年度实施情况」
    title: { type: 'string', maxLength: 200, pluginOptions: LOCALIZED },
    project: { type: 'relation', relation: 'manyToOne', target: UID.project },
    // 报告期: 2018 (a year) or 2018Q3 (a quarter)
    period: { type: 'string', required: true, maxLength: 6, pluginOptions: NOT_LOCALIZED },
    progress: { ...RICH_TEXT, required: true, pluginOptions: LOCALIZED },
    // 累计完成投资（万元）, exact
    investmentCompleted: { type: 'decimal', pluginOptions: NOT_LOCALIZED },
    // 累计完成比例（%）, 0–100
    percentComplete: { type: 'decimal', pluginOptions: NOT_LOCALIZED },
    // 说明: required when the investment completed exceeds the project's investment
    note: { type: 'text', maxLength: 2000, pluginOptions: LOCALIZED },
    attachments: {
      type: 'media',
      multiple: true,
      allowedTypes: ['files', 'images'],
      pluginOptions: NOT_LOCALIZED,
    },
    ...ownershipAttributes(),
    // Set when the report is first published (by the write rules): from then on it is never changed or deleted.
    firstPublishedAt: { type: 'datetime', private: true, pluginOptions: NOT_LOCALIZED },
  },
});
