import { articleAttributes, collectionType, NOT_LOCALIZED } from '@gov-portal/kit';

export default collectionType({
  collectionName: 'gov_articles',
  info: {
    singularName: 'article',
    pluralName: 'articles',
    displayName: '信息 (Article)',
    description: '信息：新闻、通知公告、政策文件、政策解读、年度报告……',
  },
  // The article set is the kit's (normative-docs spreads the same set); an article adds its cover and 解读 links.
  attributes: {
    ...articleAttributes(),
    cover: { type: 'media', multiple: false, allowedTypes: ['images'], pluginOptions: NOT_LOCALIZED },
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
});
