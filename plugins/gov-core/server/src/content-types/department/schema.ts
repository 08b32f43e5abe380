import { collectionType } from '@gov-portal/kit';
import { DEPARTMENT_KIND_KEYS } from '../../data/labels';

const notLocalized = { i18n: { localized: false } };
/** Codes are data, never converted to 繁体. */
const code = { ...notLocalized, 'chinese-variants': { convert: false } };

export default collectionType({
  collectionName: 'gov_departments',
  info: {
    singularName: 'department',
    pluralName: 'departments',
    displayName: '部门 (Department)',
    description: '部门/责任单位：发布机构与信息的责任单位',
  },
  attributes: {
    name: { type: 'string', required: true, maxLength: 100, pluginOptions: { i18n: { localized: true } } },
    shortName: { type: 'string', maxLength: 50, pluginOptions: { i18n: { localized: true } } },
    // ASCII slug, unique: used in URLs and filters (?department=fgw).
    code: {
      type: 'string',
      required: true,
      unique: true,
      maxLength: 64,
      regex: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
      pluginOptions: code,
    },
    // 机构代码: 9-char 组织机构代码 (GB 11714) or 18-char 统一社会信用代码 (GB 32100).
    organizationCode: { type: 'string', required: true, maxLength: 18, pluginOptions: code },
    kind: {
      type: 'enumeration',
      enum: [...DEPARTMENT_KIND_KEYS],
      required: true,
      default: 'department',
      pluginOptions: notLocalized,
    },
    order: { type: 'integer', default: 0, pluginOptions: notLocalized },
  },
});
