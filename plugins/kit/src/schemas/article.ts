/**
 * Shared attribute sets of content-type schemas. A column type that "is an article plus …" (规范性文件, and
 * later 政策解读 kinds) spreads `articleAttributes()` instead of restating gov-core's article.
 */

/** `pluginOptions` of an attribute stored per locale (简体, 繁体 …). */
export const LOCALIZED = { i18n: { localized: true } } as const;
/** `pluginOptions` of an attribute shared by every locale. */
export const NOT_LOCALIZED = { i18n: { localized: false } } as const;

/**
 * 责任单位 and 栏目 of a column type: what gov-core's scoping, review gate and audit trail work on. A fresh
 * object on every call (Strapi writes column names into the attribute objects it loads).
 */
export const ownershipAttributes = () => ({
  column: { type: 'relation', relation: 'manyToOne', target: 'plugin::gov-core.column' },
  department: { type: 'relation', relation: 'manyToOne', target: 'plugin::gov-core.department' },
});

/**
 * A rich-text (HTML) attribute edited with gov-core's editor in the admin (CKEditor 5: tables with merged cells,
 * paste from Word / WPS, images from the media library); stored as `richtext`, sanitised by gov-core on every write.
 */
export const RICH_TEXT = { type: 'richtext', customField: 'plugin::gov-core.rich-text' } as const;

/**
 * What every article-like document has: title, subtitle, summary, body (HTML, sanitised on every write by
 * gov-core), its column and department, source / author / editor, attachments and the 信息公开目录
 * metadata (`gov-core.disclosure`: 索引号, 发布日期, 发文字号 …). A fresh object on every call.
 */
export const articleAttributes = () => ({
  title: { type: 'string', required: true, maxLength: 200, pluginOptions: LOCALIZED },
  subtitle: { type: 'string', maxLength: 200, pluginOptions: LOCALIZED },
  summary: { type: 'text', maxLength: 2000, pluginOptions: LOCALIZED },
  body: { ...RICH_TEXT, pluginOptions: LOCALIZED },
  ...ownershipAttributes(),
  source: { type: 'string', maxLength: 100, pluginOptions: LOCALIZED },
  author: { type: 'string', maxLength: 100, pluginOptions: LOCALIZED },
  editor: { type: 'string', maxLength: 100, pluginOptions: LOCALIZED },
  attachments: {
    type: 'media',
    multiple: true,
    allowedTypes: ['files', 'images', 'videos', 'audios'],
    pluginOptions: NOT_LOCALIZED,
  },
  disclosure: {
    type: 'component',
    component: 'gov-core.disclosure',
    repeatable: false,
    pluginOptions: NOT_LOCALIZED,
  },
});

export interface CollectionTypeSpec<A> {
  collectionName: string;
  info: { singularName: string; pluralName: string; displayName: string; description: string };
  /** Whether entries exist per locale (简体, 繁体 …); default true. */
  localized?: boolean;
  /** Drafts and publishing; default true (false for append-only records: reviews, audit, changes). */
  draftAndPublish?: boolean;
  /** Shown in the content manager; default true (false for records only services write and read). */
  visible?: boolean;
  /** Database indexes (Strapi 5 `indexes`). */
  indexes?: { name: string; columns: string[]; type?: string }[];
  attributes: A;
}

/**
 * The envelope every content type of the plugins shares: a collection type hidden from the content-type
 * builder (schemas live in code); by default localized, draft-and-publish and shown in the content manager.
 */
export const collectionType = <A>({
  collectionName,
  info,
  localized = true,
  draftAndPublish = true,
  visible = true,
  indexes,
  attributes,
}: CollectionTypeSpec<A>) => ({
  kind: 'collectionType' as const,
  collectionName,
  info,
  options: { draftAndPublish },
  pluginOptions: {
    i18n: { localized },
    'content-manager': { visible },
    'content-type-builder': { visible: false },
  },
  ...(indexes ? { indexes } : {}),
  attributes,
});
