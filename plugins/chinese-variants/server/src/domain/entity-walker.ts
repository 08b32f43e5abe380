/**
 * Schema-driven conversion of content API data: only attributes that hold human text are converted.
 * Attribute types and shapes follow Strapi 5 (`@strapi/types` Schema.Attribute; REST responses in the
 * flat v5 format, without v4's `data`/`attributes` wrappers).
 */
import { convertBlocks } from './blocks';
import { cloneData, isPlainObject, setOwn } from './clone';
import { convertLooseJson, convertMediaFile } from './loose-json';
import { convertRichText } from './markdown';
import { looksLikeIdentifierString } from './text-guards';

export const PLUGIN_ID = 'chinese-variants';
export const UPLOAD_FILE_UID = 'plugin::upload.file';

// Strapi adds these to every schema (documentId, locale as `string`), but they are identifiers.
const IDENTIFIER_KEYS = new Set(['id', 'documentId', 'locale', '__component', '__type']);

export interface AttributeSchema {
  type: string;
  /** relation */
  target?: string;
  /** component */
  component?: string;
  repeatable?: boolean;
  /** dynamiczone */
  components?: readonly string[];
  /** media */
  multiple?: boolean;
  /** set on custom fields; `type` is then the stored type */
  customField?: string;
  pluginOptions?: { [PLUGIN_ID]?: { convert?: boolean }; [plugin: string]: unknown } | null;
}

export interface ContentSchema {
  attributes: Record<string, AttributeSchema>;
}

export interface EntityWalkContext {
  /** Content-type or component schema by uid (`api::article.article`, `shared.seo`); unknown → null. */
  getSchema(uid: string): ContentSchema | null | undefined;
  convertText(text: string): string;
  /** Rich text (Markdown or HTML) converter, e.g. a memoised one. Default: convertRichText with convertText. */
  convertRichText?(value: string): string;
  /**
   * Keys of an entity that are not attributes of its schema and not identifiers (fields added by custom
   * controllers, e.g. a column's `breadcrumb` or `items`). Default: copied untouched.
   */
  convertUnknownKey?(key: string, value: unknown): unknown;
  /**
   * Share values that need no conversion with the input instead of deep-copying them (the result then
   * aliases parts of the input). For callers that discard the input, such as a response middleware.
   */
  shareUnchanged?: boolean;
  /** Called with every converted entity (content type or component) after its keys were converted. */
  onEntity?(uid: string, original: Record<string, unknown>, converted: Record<string, unknown>): void;
}

export type AttributeConversion =
  | 'text'
  | 'richtext'
  | 'blocks'
  | 'json'
  | 'media'
  | 'relation'
  | 'component'
  | 'dynamiczone'
  | 'none';

function convertOption(attribute: AttributeSchema): boolean | undefined {
  const value = attribute.pluginOptions?.[PLUGIN_ID]?.convert;
  return typeof value === 'boolean' ? value : undefined;
}

/**
 * How one attribute is treated.
 * - string/text: converted, unless `pluginOptions['chinese-variants'].convert === false` (codes such as
 *   索引号). A *custom field* stored as string/text (colour pickers, code pickers) is not converted unless
 *   marked `convert: true`.
 * - richtext (Markdown or HTML) and blocks: converted unless marked `convert: false`.
 * - json: only when marked `convert: true` (then by the schema-less heuristic of loose-json.ts).
 * - media: alternativeText and caption of each file. relation/component/dynamiczone: walked.
 * - everything else (uid, enumeration, email, password, numbers, dates, booleans): never.
 */
export function conversionOf(attribute: AttributeSchema): AttributeConversion {
  const option = convertOption(attribute);
  switch (attribute.type) {
    case 'string':
    case 'text':
      if (attribute.customField) return option === true ? 'text' : 'none';
      return option === false ? 'none' : 'text';
    case 'richtext':
      return option === false ? 'none' : 'richtext';
    case 'blocks':
      return option === false ? 'none' : 'blocks';
    case 'json':
      return option === true ? 'json' : 'none';
    case 'media':
      return 'media';
    case 'relation':
      return attribute.target === UPLOAD_FILE_UID ? 'media' : 'relation';
    case 'component':
      return 'component';
    case 'dynamiczone':
      return 'dynamiczone';
    default:
      return 'none';
  }
}

const TEXT_CONVERSIONS = new Set<AttributeConversion>(['text', 'richtext', 'blocks']);

/**
 * Names of the attributes whose values are plain text for filtering (string/text/richtext/blocks that are
 * converted): the fields whose query filter values should go through `toSimplified`.
 */
export function textAttributeNames(schema: ContentSchema): string[] {
  return Object.entries(schema.attributes)
    .filter(
      ([name, attribute]) => !IDENTIFIER_KEYS.has(name) && TEXT_CONVERSIONS.has(conversionOf(attribute)),
    )
    .map(([name]) => name);
}

function keep(value: unknown, ctx: EntityWalkContext): unknown {
  return ctx.shareUnchanged ? value : cloneData(value);
}

function mapMaybeArray(value: unknown, convert: (item: unknown) => unknown): unknown {
  if (Array.isArray(value)) return value.map(convert);
  return convert(value);
}

function convertAttribute(value: unknown, attribute: AttributeSchema, ctx: EntityWalkContext): unknown {
  if (value === null || value === undefined) return value;
  switch (conversionOf(attribute)) {
    case 'text':
      // A text field holding only a URL, path, e-mail or ISO date (canonical URLs, link fields) is kept.
      if (typeof value !== 'string') return keep(value, ctx);
      return looksLikeIdentifierString(value) ? value : ctx.convertText(value);
    case 'richtext':
      if (typeof value !== 'string') return keep(value, ctx);
      return ctx.convertRichText ? ctx.convertRichText(value) : convertRichText(value, ctx.convertText);
    case 'blocks':
      return convertBlocks(value, ctx.convertText);
    case 'json':
      return convertLooseJson(value, ctx.convertText);
    case 'media':
      return mapMaybeArray(value, (file) => convertMediaFile(file, ctx.convertText, ctx.shareUnchanged));
    case 'relation': {
      const target = attribute.target;
      // Admin users (createdBy/updatedBy) are accounts, not content.
      if (!target || target.startsWith('admin::')) return keep(value, ctx);
      // Polymorphic relations carry their own uid in `__type`.
      return mapMaybeArray(value, (entry) =>
        walk(entry, isPlainObject(entry) && typeof entry.__type === 'string' ? entry.__type : target, ctx),
      );
    }
    case 'component':
      return attribute.component
        ? mapMaybeArray(value, (entry) => walk(entry, attribute.component as string, ctx))
        : keep(value, ctx);
    case 'dynamiczone':
      return mapMaybeArray(value, (entry) =>
        isPlainObject(entry) && typeof entry.__component === 'string'
          ? walk(entry, entry.__component, ctx)
          : keep(entry, ctx),
      );
    default:
      return keep(value, ctx);
  }
}

function walk(value: unknown, uid: string, ctx: EntityWalkContext): unknown {
  if (Array.isArray(value)) return value.map((item) => walk(item, uid, ctx));
  if (!isPlainObject(value)) return keep(value, ctx);
  const schema = ctx.getSchema(uid);
  if (!schema) return keep(value, ctx);
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const attribute =
      !IDENTIFIER_KEYS.has(key) && Object.prototype.hasOwnProperty.call(schema.attributes, key)
        ? schema.attributes[key]
        : undefined;
    let converted: unknown;
    if (attribute) converted = convertAttribute(item, attribute, ctx);
    else if (ctx.convertUnknownKey && !IDENTIFIER_KEYS.has(key)) converted = ctx.convertUnknownKey(key, item);
    else converted = keep(item, ctx);
    setOwn(copy, key, converted);
  }
  ctx.onEntity?.(uid, value, copy);
  return copy;
}

/**
 * Returns a converted deep copy of an entity (or an array of entities) of content type / component `uid`.
 * Keys that are not attributes of the schema (`id`, `documentId`, `locale`, `createdAt`, fields added by
 * controllers) and data of unknown schemas are copied untouched.
 */
export function convertEntity<T>(value: T, uid: string, ctx: EntityWalkContext): T {
  return walk(value, uid, ctx) as T;
}
