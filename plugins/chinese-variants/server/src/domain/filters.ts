/**
 * Query filters written in traditional characters, turned back into simplified for the database, so that
 * `filters[title][$contains]=發展` finds what `发展` finds. Only values that filter text attributes are
 * converted (schema-driven); codes, slugs, document numbers and ids are compared as typed.
 */
import { isPlainObject } from './clone';
import { conversionOf, type ContentSchema } from './entity-walker';
import { isNonTextKey } from './loose-json';

const LOGICAL = new Set(['$and', '$or', '$not']);

export interface FilterConversionContext {
  getSchema(uid: string): ContentSchema | null | undefined;
  toSimplified(text: string): string;
}

function convertValues(value: unknown, ctx: FilterConversionContext): unknown {
  if (typeof value === 'string') return ctx.toSimplified(value);
  if (Array.isArray(value)) return value.map((item) => convertValues(item, ctx));
  if (isPlainObject(value)) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = convertValues(item, ctx);
    return copy;
  }
  return value;
}

function walk(node: unknown, schema: ContentSchema | null, ctx: FilterConversionContext): unknown {
  if (Array.isArray(node)) return node.map((item) => walk(item, schema, ctx));
  if (!isPlainObject(node)) {
    // A bare value under an unknown schema (custom routes): convert only what contains Chinese.
    return schema === null && typeof node === 'string' ? ctx.toSimplified(node) : node;
  }
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (LOGICAL.has(key)) {
      copy[key] = walk(value, schema, ctx);
    } else if (schema === null) {
      copy[key] = !key.startsWith('$') && isNonTextKey(key) ? value : walk(value, null, ctx);
    } else {
      const attribute = Object.prototype.hasOwnProperty.call(schema.attributes, key)
        ? schema.attributes[key]
        : undefined;
      if (!attribute) {
        copy[key] = value;
        continue;
      }
      switch (conversionOf(attribute)) {
        case 'text':
        case 'richtext':
        case 'blocks':
          copy[key] = convertValues(value, ctx);
          break;
        case 'relation':
        case 'media': {
          const target = attribute.target ? ctx.getSchema(attribute.target) : null;
          copy[key] = target ? walk(value, target, ctx) : value;
          break;
        }
        case 'component': {
          const component = attribute.component ? ctx.getSchema(attribute.component) : null;
          copy[key] = component ? walk(value, component, ctx) : value;
          break;
        }
        default:
          copy[key] = value;
      }
    }
  }
  return copy;
}

/**
 * Converts the text values of a Strapi `filters` object to simplified. With the schema of the queried
 * content type (`uid`), only text attributes (and text attributes of related types and components) are
 * converted; with `uid` null (custom routes), every string is, except under keys that name identifiers
 * (`slug`, `code`, `documentNumber`, `…Id` — the loose-json rules).
 */
export function convertFilters(filters: unknown, uid: string | null, ctx: FilterConversionContext): unknown {
  const schema = uid ? (ctx.getSchema(uid) ?? null) : null;
  return walk(filters, schema, ctx);
}
