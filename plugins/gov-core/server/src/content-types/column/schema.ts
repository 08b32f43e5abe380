import { collectionType } from '@gov-portal/kit';
import { CADENCE_KEYS, COLUMN_KIND_KEYS } from '../../data/labels';

const notLocalized = { i18n: { localized: false } };

export default collectionType({
  collectionName: 'gov_columns',
  info: {
    singularName: 'column',
    pluralName: 'columns',
    displayName: '栏目 (Column)',
    description: '栏目树：政务公开 > 政府信息公开年度报告 …',
  },
  attributes: {
    name: { type: 'string', required: true, maxLength: 100, pluginOptions: { i18n: { localized: true } } },
    slug: {
      type: 'string',
      required: true,
      unique: true,
      maxLength: 80,
      regex: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
      pluginOptions: { ...notLocalized, 'chinese-variants': { convert: false } },
    },
    parent: {
      type: 'relation',
      relation: 'manyToOne',
      target: 'plugin::gov-core.column',
      inversedBy: 'children',
    },
    children: {
      type: 'relation',
      relation: 'oneToMany',
      target: 'plugin::gov-core.column',
      mappedBy: 'parent',
    },
    order: { type: 'integer', default: 0, pluginOptions: notLocalized },
    kind: {
      type: 'enumeration',
      enum: [...COLUMN_KIND_KEYS],
      required: true,
      default: 'articles',
      pluginOptions: notLocalized,
    },
    // For thematic columns: UID of the registered column type that fills it (validated against the registry).
    contentType: {
      type: 'string',
      maxLength: 120,
      pluginOptions: { ...notLocalized, 'chinese-variants': { convert: false } },
    },
    cadence: {
      type: 'enumeration',
      enum: [...CADENCE_KEYS],
      required: true,
      default: 'news',
      pluginOptions: notLocalized,
    },
    description: { type: 'text', maxLength: 1000, pluginOptions: { i18n: { localized: true } } },
    externalUrl: {
      type: 'string',
      maxLength: 500,
      pluginOptions: { ...notLocalized, 'chinese-variants': { convert: false } },
    },
  },
});
