// The pair itself is data: never converted when phrases are served (`traditional` is already traditional).
const data = { 'chinese-variants': { convert: false } };

/** 繁体词语覆盖: simplified → traditional pairs that win over OpenCC. Takes effect on save. */
export default {
  kind: 'collectionType',
  collectionName: 'chinese_variants_phrases',
  info: {
    singularName: 'phrase',
    pluralName: 'phrases',
    displayName: '繁体词语覆盖 (Phrase)',
    description: '简体 → 繁体 词语覆盖，优先于 OpenCC：地名、OpenCC 误转（被发明 → 被發明）等',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    i18n: { localized: false },
    'content-manager': { visible: true },
    'content-type-builder': { visible: false },
  },
  attributes: {
    // 简体词语
    simplified: { type: 'string', required: true, maxLength: 50, pluginOptions: data },
    // 繁体写法
    traditional: { type: 'string', required: true, maxLength: 100, pluginOptions: data },
    // 适用变体: zh-Hant (臺灣字形), zh-Hant-HK (香港字形); empty = both
    variant: { type: 'enumeration', enum: ['zh-Hant', 'zh-Hant-HK'] },
    // 说明 (why the pair exists, source)
    note: { type: 'text', maxLength: 500 },
  },
};
