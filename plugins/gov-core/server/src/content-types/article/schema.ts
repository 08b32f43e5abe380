const localized = { i18n: { localized: true } };
const notLocalized = { i18n: { localized: false } };

export default {
  kind: 'collectionType',
  collectionName: 'gov_articles',
  info: {
    singularName: 'article',
    pluralName: 'articles',
    displayName: '信息 (Article)',
    description: '信息：新闻、通知公告、政策文件、政策解读、年度报告……',
  },
  options: { draftAndPublish: true },
  pluginOptions: {
    i18n: { localized: true },
    'content-manager': { visible: true },
    'content-type-builder': { visible: false },
  },
  attributes: {
    title: { type: 'string', required: true, maxLength: 200, pluginOptions: localized },
    subtitle: { type: 'string', maxLength: 200, pluginOptions: localized },
    summary: { type: 'text', maxLength: 2000, pluginOptions: localized },
    // HTML, sanitised on every write (no script, no event handlers, no javascript: URLs).
    body: { type: 'richtext', pluginOptions: localized },
    column: { type: 'relation', relation: 'manyToOne', target: 'plugin::gov-core.column' },
    department: { type: 'relation', relation: 'manyToOne', target: 'plugin::gov-core.department' },
    source: { type: 'string', maxLength: 100, pluginOptions: localized },
    author: { type: 'string', maxLength: 100, pluginOptions: localized },
    editor: { type: 'string', maxLength: 100, pluginOptions: localized },
    attachments: {
      type: 'media',
      multiple: true,
      allowedTypes: ['files', 'images', 'videos', 'audios'],
      pluginOptions: notLocalized,
    },
    cover: { type: 'media', multiple: false, allowedTypes: ['images'], pluginOptions: notLocalized },
    disclosure: {
      type: 'component',
      component: 'gov-core.disclosure',
      repeatable: false,
      pluginOptions: notLocalized,
    },
    // 政策解读 → 政策文件 it interprets; the policy reads its interpretations through `interpretedBy`.
    interprets: {
      type: 'relation',
      relation: 'manyToOne',
      target: 'plugin::gov-core.article',
      inversedBy: 'interpretedBy',
    },
    interpretedBy: {
      type: 'relation',
      relation: 'oneToMany',
      target: 'plugin::gov-core.article',
      mappedBy: 'interprets',
    },
  },
};
