import type { Core } from '@strapi/strapi';
import { SCOPE_FIELD } from '../permissions';

/** Fields a copy never takes from its source: identity, timestamps, authorship, locale, the department scope. */
const SYSTEM_FIELDS = new Set([
  'id',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'firstPublishedAt',
  'createdBy',
  'updatedBy',
  'locale',
  'localizations',
  SCOPE_FIELD,
]);
/** Fields of components that belong to the system (索引号 and 发布日期 are stamped at first publish). */
export const SYSTEM_COMPONENT_FIELDS: Record<string, string[]> = {
  'gov-core.disclosure': ['indexNumber', 'publishDate'],
};
/**
 * Relations a copy may share with its source. To-one owning sides and one-to-many sides are not copied: the
 * target can belong to one entry only, so copying would take it from the source.
 */
const SHARED_RELATIONS = new Set(['manyToOne', 'manyToMany', 'oneWay', 'manyWay']);

type Attributes = Record<string, any>;
const attributesOf = (strapi: Core.Strapi, uid: string): Attributes =>
  (strapi.getModel(uid as never) as { attributes?: Attributes } | undefined)?.attributes ?? {};
const isRecord = (v: unknown): v is Record<string, any> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The populate that loads everything a copy takes (components and dynamic zones at every depth). */
export const copyPopulate = (strapi: Core.Strapi, uid: string): Record<string, unknown> => {
  const populate: Record<string, unknown> = {};
  const nested = (component: string) => {
    const inner = copyPopulate(strapi, component);
    return Object.keys(inner).length ? { populate: inner } : true;
  };
  for (const [name, a] of Object.entries(attributesOf(strapi, uid))) {
    if (a.type === 'relation' && SHARED_RELATIONS.has(a.relation)) {
      populate[name] = { select: ['id', 'documentId'] };
    } else if (a.type === 'media') populate[name] = { select: ['id'] };
    else if (a.type === 'component') populate[name] = nested(a.component);
    else if (a.type === 'dynamiczone') {
      populate[name] = { on: Object.fromEntries(a.components.map((c: string) => [c, nested(c)])) };
    }
  }
  return populate;
};

/** The editable content of a stored entry (or component), as create input: relations by documentId, no ids. */
export const copyContent = (strapi: Core.Strapi, uid: string, row: Record<string, any>) => {
  const out: Record<string, unknown> = {};
  const omitted = SYSTEM_COMPONENT_FIELDS[uid] ?? [];
  for (const [name, a] of Object.entries(attributesOf(strapi, uid))) {
    if (SYSTEM_FIELDS.has(name) || omitted.includes(name) || a.writable === false) continue;
    const v = row[name];
    if (v === undefined) continue;
    switch (a.type) {
      case 'relation':
        if (!SHARED_RELATIONS.has(a.relation)) break;
        if (Array.isArray(v)) out[name] = v.map((r) => ({ documentId: r.documentId }));
        else out[name] = v ? { documentId: v.documentId } : null;
        break;
      case 'media':
        out[name] = Array.isArray(v) ? v.map((f) => f.id) : (v?.id ?? null);
        break;
      case 'component':
        out[name] = Array.isArray(v)
          ? v.map((c) => copyContent(strapi, a.component, c))
          : v
            ? copyContent(strapi, a.component, v)
            : null;
        break;
      case 'dynamiczone':
        out[name] = (v ?? []).map((c: any) => ({
          __component: c.__component,
          ...copyContent(strapi, c.__component, c),
        }));
        break;
      default:
        out[name] = v;
    }
  }
  return out;
};

/** Component input without row ids (a copy's components are new rows, never the source's). */
const withoutIds = (strapi: Core.Strapi, component: string, value: unknown): unknown => {
  if (Array.isArray(value)) return value.map((v) => withoutIds(strapi, component, v));
  if (!isRecord(value)) return value;
  const { id: _id, ...rest } = value;
  for (const [name, a] of Object.entries(attributesOf(strapi, component))) {
    if (a.type === 'component' && name in rest) rest[name] = withoutIds(strapi, a.component, rest[name]);
    if (a.type === 'dynamiczone' && Array.isArray(rest[name])) {
      rest[name] = rest[name].map((c: any) => withoutIds(strapi, c?.__component, c));
    }
  }
  return rest;
};

const norm = (v: unknown) => (v === null || v === undefined || v === '' ? null : String(v));
/** Equal values, dates compared by day (`2026-12-01` and `2026-12-01T00:00:00.000Z`). */
const sameValue = (a: unknown, b: unknown) =>
  norm(a) === norm(b) ||
  (/^\d{4}-\d{2}-\d{2}/.test(String(a)) && String(a).slice(0, 10) === String(b).slice(0, 10));

/**
 * The create input of a copy: the source's content, overridden field by field by the submitted data (a single
 * component is merged key by key). Submitted component ids are dropped, and a system field of a component
 * that only echoes the source's value (the content manager's form sends the 索引号 back) is left out; any
 * other value stays, so the write guards refuse it as they would on a create.
 */
export const cloneInput = (
  strapi: Core.Strapi,
  uid: string,
  source: Record<string, any>,
  submitted: Record<string, any> | undefined,
) => {
  const attributes = attributesOf(strapi, uid);
  const data: Record<string, any> = copyContent(strapi, uid, source);
  for (const [name, value] of Object.entries(submitted ?? {})) {
    if (name === 'id' || name === 'documentId') continue;
    const a = attributes[name];
    if (a?.type === 'component' || a?.type === 'dynamiczone') {
      const clean =
        a.type === 'component'
          ? withoutIds(strapi, a.component, value)
          : Array.isArray(value)
            ? value.map((c) => withoutIds(strapi, c?.__component, c))
            : value;
      if (a.type === 'component' && !a.repeatable && isRecord(clean) && isRecord(data[name])) {
        const merged: Record<string, any> = { ...data[name], ...clean };
        for (const field of SYSTEM_COMPONENT_FIELDS[a.component] ?? []) {
          if (field in clean && sameValue(merged[field], source[name]?.[field])) delete merged[field];
        }
        data[name] = merged;
      } else data[name] = clean;
    } else data[name] = value;
  }
  return data;
};
