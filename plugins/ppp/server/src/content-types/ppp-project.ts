import { RICH_TEXT, collectionType, ownershipAttributes, LOCALIZED, NOT_LOCALIZED } from '@gov-portal/kit';
import { EDITION_IDS, OPERATION_MODE_KEYS, RETURN_MECHANISM_KEYS, SECTOR_KEYS, STAGE_KEYS } from '../enums';
import { COMPONENT } from '../constants';

/** A code, not words: never converted to 繁体. */
const CODE = { ...NOT_LOCALIZED, 'chinese-variants': { convert: false } };

/**
 * 政府和社会资本合作（PPP）/ 特许经营 project. Its `edition` decides the stages, what must be disclosed and by
 * when (data/editions.ts); the write rules (hooks/project-rules.ts) keep stages in order and ask for the
 * contract, the social-capital party and the return mechanism from the execution stage on.
 */
export default collectionType({
  collectionName: 'ppp_projects',
  info: {
    singularName: 'ppp-project',
    pluralName: 'ppp-projects',
    displayName: 'PPP 项目 (PPP project)',
    description:
      '政府和社会资本合作（PPP）与特许经营项目：名称、建设地址、建设内容、投资规模、运作方式、回报机制、项目阶段',
  },
  indexes: [{ name: 'ppp_projects_code_idx', columns: ['code'] }],
  attributes: {
    name: { type: 'string', required: true, maxLength: 200, pluginOptions: LOCALIZED },
    // 项目编号 (unique; e.g. the number of the national PPP information platform or the county's own)
    code: { type: 'string', required: true, maxLength: 64, pluginOptions: CODE },
    // 适用规则版本: 财金〔2017〕1号, 财金〔2021〕110号 or the 2023 特许经营新机制; by default from the dates.
    edition: { type: 'enumeration', enum: [...EDITION_IDS], pluginOptions: NOT_LOCALIZED },
    // 建设地址, the township it lies in, and optional coordinates (WGS-84)
    location: { type: 'string', required: true, maxLength: 300, pluginOptions: LOCALIZED },
    township: {
      type: 'relation',
      relation: 'manyToOne',
      target: 'plugin::gov-core.department',
    },
    latitude: { type: 'float', min: -90, max: 90, pluginOptions: NOT_LOCALIZED },
    longitude: { type: 'float', min: -180, max: 180, pluginOptions: NOT_LOCALIZED },
    // 建设内容 (HTML, sanitised by gov-core on every write)
    scope: { ...RICH_TEXT, required: true, pluginOptions: LOCALIZED },
    // 投资规模（万元）: exact, two decimals, > 0
    investment: { type: 'decimal', required: true, pluginOptions: NOT_LOCALIZED },
    sector: { type: 'enumeration', enum: [...SECTOR_KEYS], required: true, pluginOptions: NOT_LOCALIZED },
    operationMode: {
      type: 'enumeration',
      enum: [...OPERATION_MODE_KEYS],
      required: true,
      pluginOptions: NOT_LOCALIZED,
    },
    // 回报机制: required from the execution stage on
    returnMechanism: { type: 'enumeration', enum: [...RETURN_MECHANISM_KEYS], pluginOptions: NOT_LOCALIZED },
    // 合作期限（年）
    cooperationYears: { type: 'integer', pluginOptions: NOT_LOCALIZED },
    // 项目阶段: a stage of the project's edition
    stage: { type: 'enumeration', enum: [...STAGE_KEYS], required: true, pluginOptions: NOT_LOCALIZED },
    // 阶段更正原因: a webmaster's reason for a stage change out of order (kept in the audit trail)
    stageChangeReason: { type: 'text', maxLength: 500, private: true, pluginOptions: NOT_LOCALIZED },
    // 实施机构 (a department of the county)
    governmentParty: {
      type: 'relation',
      relation: 'manyToOne',
      target: 'plugin::gov-core.department',
    },
    // 社会资本方 / 特许经营者, once selected
    socialCapitalParty: { type: 'string', maxLength: 200, pluginOptions: LOCALIZED },
    // 项目合同: required from the execution stage on
    contract: { type: 'media', multiple: false, allowedTypes: ['files'], pluginOptions: NOT_LOCALIZED },
    milestones: {
      type: 'component',
      component: COMPONENT.milestone,
      repeatable: true,
      pluginOptions: LOCALIZED,
    },
    ...ownershipAttributes(),
    disclosure: {
      type: 'component',
      component: 'gov-core.disclosure',
      repeatable: false,
      pluginOptions: NOT_LOCALIZED,
    },
  },
});
