import { OPENNESS_KEYS, TOPIC_KEYS } from '../data/labels';

const data = { 'chinese-variants': { convert: false } };

/** 信息公开目录 metadata carried by every published item. */
export default {
  collectionName: 'components_gov_core_disclosures',
  info: {
    displayName: '信息公开目录 (Disclosure)',
    icon: 'bulletList',
    description: '索引号、发布机构、主题分类、发文字号……',
  },
  options: {},
  attributes: {
    // 索引号: assigned by the system at first publish, never changed.
    indexNumber: { type: 'string', maxLength: 40, pluginOptions: data },
    publisher: { type: 'relation', relation: 'oneToOne', target: 'plugin::gov-core.department' },
    topic: { type: 'enumeration', enum: [...TOPIC_KEYS] },
    documentNumber: { type: 'string', maxLength: 60, pluginOptions: data },
    writtenAt: { type: 'date' },
    // 发布日期: set by the system at first publish; corrected only through the recorded admin action.
    publishDate: { type: 'date' },
    keywords: { type: 'string', maxLength: 200 },
    openness: { type: 'enumeration', enum: [...OPENNESS_KEYS], required: true, default: 'proactive' },
    notOpenReason: { type: 'text', maxLength: 1000 },
  },
};
