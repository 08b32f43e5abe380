/**
 * The public content API's query language — Strapi 5's REST query language (`filters`, `sort`, `fields`,
 * `populate`, `pagination`, `locale`, `status`) plus our `q`, `page` / `pageSize` and each column type's
 * shortcut parameters — and the public rules it carries to every depth. Pure: no Strapi import; the
 * gov-core `public-api` service wires it to Strapi's query validator and the document service.
 *
 * - `splitQuery` names every parameter it does not know (400, never ignored);
 * - `parsePagination` reads `pagination[page|pageSize|withCount]` / `pagination[start|limit]` and the
 *   `page` / `pageSize` aliases (both given → 400), like Strapi's core service (`withDefaultPagination`);
 * - `publicPopulate` turns any populate form into objects restricted to public populatable attributes
 *   and pushes the 不予公开 filter into every populated relation (no extra query per response);
 * - `publicFilters` pushes the same filter under every relation a filter walks through (a filter on a
 *   hidden document's fields learns nothing);
 * - `publicOutput` removes every attribute that is not public and masks entries at every depth.
 */
import { isPublicAttribute, type PublicAttributeShape, type PublicModelContext } from './public-model';
import { PUBLIC_STATUS, STATUS_RULE, openFilter, type ModelShape } from './public-read';
import type { FieldError } from './errors';

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Strapi's parameters the public content API speaks (list), and those of a single read. */
export const LIST_PARAMS = [
  'filters',
  'sort',
  'fields',
  'populate',
  'pagination',
  'locale',
  'status',
] as const;
export const ONE_PARAMS = ['fields', 'populate', 'locale', 'status'] as const;
/** Our own parameters of every list: keyword search and the page aliases. */
export const LIST_EXTRA_PARAMS = ['q', 'page', 'pageSize'] as const;
export const PAGINATION_KEYS = ['page', 'pageSize', 'withCount', 'start', 'limit'] as const;

export const UNKNOWN_PARAM = '不认识的参数';
export const UNKNOWN_KEY = '不认识的字段或运算符，或该字段不公开';

export interface SplitQuery {
  /** Strapi's parameters, as given. */
  strapi: Obj;
  /** Shortcut parameters given (raw values), by name. */
  aliases: Obj;
  /** Our list extras (`q`, `page`, `pageSize`), raw. */
  extras: Obj;
  problems: FieldError[];
}

/** Sorts the top-level parameters of a public read; an unknown one is a problem naming it. */
export function splitQuery(
  query: Obj | null | undefined,
  { kind, aliases = [] }: { kind: 'list' | 'one'; aliases?: readonly string[] },
): SplitQuery {
  const out: SplitQuery = { strapi: {}, aliases: {}, extras: {}, problems: [] };
  const strapiParams: readonly string[] = kind === 'list' ? LIST_PARAMS : ONE_PARAMS;
  const extras: readonly string[] = kind === 'list' ? LIST_EXTRA_PARAMS : [];
  for (const [key, value] of Object.entries(query ?? {})) {
    if (strapiParams.includes(key)) out.strapi[key] = value;
    else if (extras.includes(key)) out.extras[key] = value;
    else if (kind === 'list' && aliases.includes(key)) out.aliases[key] = value;
    else out.problems.push({ field: key, rule: 'unknown-parameter', message: `${key}: ${UNKNOWN_PARAM}` });
  }
  const status = out.strapi.status;
  if (status !== undefined && status !== PUBLIC_STATUS) {
    out.problems.push({ field: 'status', rule: 'published-only', message: `status: ${STATUS_RULE}` });
  }
  const locale = out.strapi.locale;
  if (
    locale !== undefined &&
    (typeof locale !== 'string' || !/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(locale))
  ) {
    out.problems.push({ field: 'locale', rule: 'locale', message: 'locale: 不是有效的语言代码' });
  }
  return out;
}

export interface Pagination {
  start: number;
  limit: number;
  /** Page-based (`page`, `pageSize` in the meta) or offset-based (`start`, `limit`), as Strapi answers. */
  paged: boolean;
  withCount: boolean;
}

export interface PaginationOptions {
  defaultPageSize: number;
  maxLimit: number;
  withCount: boolean;
}

const TRUE = ['true', 't', '1'];
/** The largest page number or offset a public list accepts (the database would fail on larger ones). */
const MAX_OFFSET = 1_000_000_000;
const FALSE = ['false', 'f', '0'];

/** `pagination[…]` and the `page` / `pageSize` aliases, checked (integers in range, one style only). */
export function parsePagination(
  pagination: unknown,
  extras: { page?: unknown; pageSize?: unknown },
  options: PaginationOptions,
): { value?: Pagination; problems: FieldError[] } {
  const problems: FieldError[] = [];
  const bad = (field: string, rule: string, detail: string) =>
    problems.push({ field, rule, message: `${field}: ${detail}` });
  if (pagination !== undefined && !isObject(pagination)) {
    bad('pagination', 'object', '须为 pagination[page]、pagination[pageSize] 等参数');
    return { problems };
  }
  const p: Obj = { ...(pagination ?? {}) };
  for (const key of Object.keys(p)) {
    if (!(PAGINATION_KEYS as readonly string[]).includes(key))
      bad(`pagination.${key}`, 'unknown-parameter', UNKNOWN_PARAM);
  }
  for (const alias of ['page', 'pageSize'] as const) {
    if (extras[alias] === undefined) continue;
    if (p[alias] !== undefined) {
      bad(alias, 'duplicate', `与 pagination[${alias}] 重复，只能给出一个`);
      continue;
    }
    p[alias] = extras[alias];
  }
  const int = (key: string, field: string, min: number, max: number | null): number | undefined => {
    const raw = p[key];
    if (raw === undefined) return undefined;
    const n =
      typeof raw === 'number' ? raw : typeof raw === 'string' && /^-?\d+$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isSafeInteger(n)) bad(field, 'integer', '须为整数');
    else if (n > MAX_OFFSET) bad(field, 'max', `不能超过 ${MAX_OFFSET}`);
    else if (n < min)
      bad(field, 'min', max === null ? `须为不小于 ${min} 的整数` : `须在 ${min}–${max} 之间`);
    else if (max !== null && n > max) bad(field, 'max', `须在 ${min}–${max} 之间`);
    else return n;
    return undefined;
  };
  const fieldOf = (key: string) => (extras[key as 'page'] !== undefined ? key : `pagination.${key}`);
  const page = int('page', fieldOf('page'), 1, null);
  const pageSize = int('pageSize', fieldOf('pageSize'), 1, options.maxLimit);
  const start = int('start', 'pagination.start', 0, null);
  const limit = int('limit', 'pagination.limit', 1, options.maxLimit);
  let withCount = options.withCount;
  if (p.withCount !== undefined) {
    const w = String(p.withCount);
    if (TRUE.includes(w)) withCount = true;
    else if (FALSE.includes(w)) withCount = false;
    else bad('pagination.withCount', 'boolean', '须为 true 或 false');
  }
  const paged = p.page !== undefined || p.pageSize !== undefined;
  const offset = p.start !== undefined || p.limit !== undefined;
  if (paged && offset)
    bad('pagination', 'one-style', '不能同时使用 page/pageSize 与 start/limit 两种分页方式');
  if (problems.length) return { problems };
  if (offset)
    return {
      value: { start: start ?? 0, limit: limit ?? options.defaultPageSize, paged: false, withCount },
      problems,
    };
  const size = pageSize ?? options.defaultPageSize;
  return { value: { start: ((page ?? 1) - 1) * size, limit: size, paged: true, withCount }, problems };
}

/** Strapi's `meta.pagination` for a list read with `pagination` (page- or offset-based). */
export function paginationMeta(p: Pagination, total: number | undefined): Obj {
  if (p.paged) {
    const meta: Obj = { page: Math.floor(p.start / p.limit) + 1, pageSize: p.limit };
    if (total !== undefined) Object.assign(meta, { pageCount: Math.ceil(total / p.limit), total });
    return meta;
  }
  return { start: p.start, limit: p.limit, ...(total !== undefined ? { total } : {}) };
}

/** `q`: a non-empty keyword of at most 100 characters. */
export function parseKeyword(q: unknown): { value?: string; problems: FieldError[] } {
  if (q === undefined) return { problems: [] };
  const s = typeof q === 'string' ? q.trim() : '';
  if (typeof q !== 'string')
    return { problems: [{ field: 'q', rule: 'string', message: 'q: 须为一个关键词' }] };
  if (!s) return { problems: [{ field: 'q', rule: 'min', message: 'q: 关键词不能为空' }] };
  if (s.length > 100) return { problems: [{ field: 'q', rule: 'max', message: 'q: 关键词不超过 100 字' }] };
  return { value: s, problems: [] };
}

/** The filter of `q`: any of the fields contains the keyword (case-insensitive). */
export function keywordFilter(q: string, fields: readonly string[]): Obj {
  return {
    $or: fields.map((f) => f.split('.').reduceRight<unknown>((acc, k) => ({ [k]: acc }), { $containsi: q })),
  };
}

/**
 * The search paths `q` may use: those that reach no masked field (`api.mask`) of the type, of a relation's
 * target or of a component — a keyword search on one would tell a guess of the real value from the count.
 */
export function searchablePaths(uid: string, paths: readonly string[], ctx: PublicModelContext): string[] {
  return [...new Set(paths)].filter((path) =>
    relationQueryProblems(uid, { filters: keywordFilter('?', [path]) }, ctx).every(
      (problem) => problem.rule !== 'masked',
    ),
  );
}

/** `$and` of the non-empty filters, or undefined. */
export function allOf(...filters: (Obj | undefined | null)[]): Obj | undefined {
  const list = filters.filter((f): f is Obj => isObject(f) && Object.keys(f).length > 0);
  if (list.length === 0) return undefined;
  return list.length === 1 ? list[0] : { $and: list };
}

type Schema = ModelShape & { attributes: Record<string, PublicAttributeShape> };
const schemaOf = (ctx: PublicModelContext, uid: string) => ctx.schemaOf(uid) as Schema | null | undefined;
const POPULATABLE = new Set(['relation', 'component', 'media', 'dynamiczone']);
const MEDIA = 'plugin::upload.file';

const targetOf = (attribute: PublicAttributeShape): string | undefined =>
  attribute.type === 'media'
    ? MEDIA
    : attribute.type === 'component'
      ? attribute.component
      : attribute.target;

/** The 不予公开 filter of a relation target ({} when it has no disclosure). */
const openOf = (ctx: PublicModelContext, target: string | undefined) =>
  target ? openFilter(schemaOf(ctx, target)) : {};

/**
 * Published rows only, for a relation a filter walks through: a published row's relations point at published
 * rows, but `localizations` joins on the documentId and reaches drafts (whose text must not be searchable).
 */
const publishedOf = (ctx: PublicModelContext, target: string | undefined): Obj => {
  const model = target ? (ctx.schemaOf(target) as { options?: { draftAndPublish?: boolean } } | null) : null;
  return model?.options?.draftAndPublish ? { publishedAt: { $notNull: true } } : {};
};

/** A populate value in any Strapi form (`*`, `a,b.c`, arrays, objects) as nested objects. */
export function populateObject(uid: string, populate: unknown, ctx: PublicModelContext): Obj {
  if (populate === undefined || populate === null || populate === false || populate === 'false') return {};
  if (populate === '*' || populate === true || populate === 'true') {
    const out: Obj = {};
    for (const [name, attribute] of Object.entries(schemaOf(ctx, uid)?.attributes ?? {})) {
      if (POPULATABLE.has(attribute.type) && isPublicAttribute(uid, name, attribute)) out[name] = true;
    }
    return out;
  }
  if (typeof populate === 'string' || Array.isArray(populate)) {
    const out: Obj = {};
    const items = (Array.isArray(populate) ? populate : [populate]).flatMap((p) =>
      typeof p === 'string' ? p.split(',') : [p],
    );
    for (const item of items) {
      if (typeof item !== 'string') continue;
      const [head, ...rest] = item.trim().split('.');
      if (!head) continue;
      if (head === '*') {
        Object.assign(out, populateObject(uid, '*', ctx));
        continue;
      }
      const prev = out[head];
      if (!rest.length) {
        if (prev === undefined) out[head] = true;
        continue;
      }
      const nested = isObject(prev) ? prev : {};
      const inner = isObject(nested.populate) ? nested.populate : {};
      out[head] = { ...nested, populate: { ...inner, ...dotPath(rest) } };
    }
    return out;
  }
  return isObject(populate) ? populate : {};
}

const dotPath = (segments: string[]): Obj => {
  const [head, ...rest] = segments;
  return rest.length ? { [head]: { populate: dotPath(rest) } } : { [head]: true };
};

/**
 * `populate` as objects, where every populated relation (in components and dynamic zones too, at every
 * depth) carries the 不予公开 filter of its target. Call after validation (names are public attributes).
 */
export function publicPopulate(uid: string, populate: unknown, ctx: PublicModelContext): Obj | undefined {
  const object = populateObject(uid, populate, ctx);
  const schema = schemaOf(ctx, uid);
  const out: Obj = {};
  for (const [name, value] of Object.entries(object)) {
    const attribute = schema?.attributes[name];
    if (!attribute || !isPublicAttribute(uid, name, attribute)) continue; // refused by validation already
    if (value === false || value === 'false') continue;
    if (attribute.type === 'dynamiczone') {
      out[name] = publicDynamicZone(value, ctx);
      continue;
    }
    const target = targetOf(attribute);
    const entry: Obj = isObject(value) ? { ...value } : {};
    if (target && entry.populate !== undefined)
      entry.populate = publicPopulate(target, entry.populate, ctx) ?? {};
    if (attribute.type === 'relation') {
      const open = openOf(ctx, target);
      if (target && entry.filters !== undefined) entry.filters = publicFilters(target, entry.filters, ctx);
      const filters = allOf(entry.filters as Obj | undefined, open);
      if (filters) entry.filters = filters;
    }
    out[name] = Object.keys(entry).length ? entry : true;
  }
  return Object.keys(out).length ? out : undefined;
}

function publicDynamicZone(value: unknown, ctx: PublicModelContext): unknown {
  if (!isObject(value) || !isObject(value.on)) return value;
  const on: Obj = {};
  for (const [component, fragment] of Object.entries(value.on)) {
    const f: Obj = isObject(fragment) ? { ...fragment } : {};
    if (f.populate !== undefined) f.populate = publicPopulate(component, f.populate, ctx) ?? {};
    if (f.filters !== undefined) f.filters = publicFilters(component, f.filters, ctx);
    on[component] = Object.keys(f).length ? f : true;
  }
  return { ...value, on };
}

/**
 * `filters` where every relation the filter walks through (in components too) is restricted to public
 * documents of its target: `{ interprets: { title: … } }` → `{ interprets: { $and: [{ title: … }, open] } }`.
 */
export function publicFilters(uid: string, filters: unknown, ctx: PublicModelContext): unknown {
  if (Array.isArray(filters)) return filters.map((f) => publicFilters(uid, f, ctx));
  if (!isObject(filters)) return filters;
  const schema = schemaOf(ctx, uid);
  const out: Obj = {};
  for (const [key, value] of Object.entries(filters)) {
    const attribute = schema?.attributes[key];
    if (!attribute) {
      // An operator ($and, $or, $not …) keeps the model; a comparison's value is left as given.
      out[key] =
        key.startsWith('$') && (isObject(value) || Array.isArray(value))
          ? publicFilters(uid, value, ctx)
          : value;
      continue;
    }
    const target = targetOf(attribute);
    if (attribute.type === 'relation' && target && isObject(value)) {
      out[key] =
        allOf(publicFilters(target, value, ctx) as Obj, openOf(ctx, target), publishedOf(ctx, target)) ??
        value;
    } else if ((attribute.type === 'component' || attribute.type === 'media') && target && isObject(value)) {
      out[key] = publicFilters(target, value, ctx);
    } else out[key] = value;
  }
  return out;
}

/**
 * `count` anywhere in a populate tree (`populate[x][count]=true`): refused, since a count of related
 * documents is taken before the public rules and would reveal hidden ones.
 */
export function populateCountProblems(populate: unknown, path = 'populate'): FieldError[] {
  if (!isObject(populate)) return [];
  const problems: FieldError[] = [];
  for (const [key, value] of Object.entries(populate)) {
    if (key === 'count')
      problems.push({
        field: `${path}.count`,
        rule: 'no-count',
        message: `${path}.count: 公开接口不提供关联计数`,
      });
    else if (isObject(value)) problems.push(...populateCountProblems(value, `${path}.${key}`));
  }
  return problems;
}

/** Strapi's response keys that are not attributes but always served. */
const ENTRY_KEYS = new Set(['id', 'documentId', '__component']);

/**
 * A copy of `data` (an entry or a list of `uid`) with only public attributes, at every depth, each
 * entry of a type passed through `mask(uid, entry)` (the column type's masking hook) after its children.
 */
export function publicOutput<T>(
  uid: string,
  data: T,
  ctx: PublicModelContext,
  mask?: (uid: string, entry: Obj) => Obj,
): T {
  const visit = (modelUid: string, node: unknown): unknown => {
    if (Array.isArray(node)) return node.map((n) => visit(modelUid, n));
    if (!isObject(node)) return node;
    const schema = schemaOf(ctx, modelUid);
    if (!schema) return node;
    let out: Obj = {};
    for (const [key, value] of Object.entries(node)) {
      const attribute = schema.attributes[key];
      if (!attribute) {
        // Keys Strapi adds (id, documentId) and values a decorator added later; unknown stored keys stay out.
        if (ENTRY_KEYS.has(key)) out[key] = value;
        continue;
      }
      if (!isPublicAttribute(modelUid, key, attribute)) continue;
      if (attribute.type === 'dynamiczone' && Array.isArray(value)) {
        out[key] = value.map((item) =>
          isObject(item) && typeof item.__component === 'string' ? visit(item.__component, item) : item,
        );
      } else if (POPULATABLE.has(attribute.type) && value !== null && value !== undefined) {
        const target = targetOf(attribute);
        out[key] = target ? visit(target, value) : value;
      } else out[key] = value;
    }
    if (mask) out = mask(modelUid, out);
    return out;
  };
  return visit(uid, data) as T;
}

/** A Strapi query-validation failure (`Invalid key x at a.b`, details `{ key, path, param }`) as a FieldError. */
export function queryKeyProblem(
  details: { key?: unknown; path?: unknown; param?: unknown } | undefined,
): FieldError {
  const param = typeof details?.param === 'string' ? details.param : 'query';
  const key = typeof details?.key === 'string' ? details.key : '';
  // Strapi names the bad key and the path of its parent (`Invalid key notOpenReason at disclosure`).
  const parent = typeof details?.path === 'string' ? details.path : '';
  const path = !parent || parent === key || parent.endsWith(`.${key}`) ? parent || key : `${parent}.${key}`;
  const field = [param, path].filter(Boolean).join('.');
  return { field, rule: 'unknown-key', message: `${field}: ${UNKNOWN_KEY}` };
}

const COMBINATORS = new Set(['$and', '$or', '$not']);
const TO_MANY = /ToMany$|^manyWay$/;
/** Nesting of `populate` a public request may ask for (populate[a][populate][b][populate][c] …). */
export const MAX_POPULATE_DEPTH = 4;

/**
 * Shapes of a valid Strapi query that a public request may not use, because the database would answer them
 * before the public rules and so reveal hidden documents (call after Strapi's validation):
 * - a relation compared directly (`filters[interprets]=12`, `filters[interprets][$in][0]=12`): only its fields
 *   may be filtered (the 不予公开 condition is added there);
 * - a relation under `$not` (a hidden related row would make `NOT (… AND open)` true);
 * - sorting through a to-many relation, or a relation to a type with 不予公开 documents (root or populate
 *   `sort`): a hidden target would still take its place in the order;
 * - `populate` nested deeper than MAX_POPULATE_DEPTH;
 * - a masked field (`api.mask`) in `filters` or `sort`, at any depth: the real value would be learnt a guess
 *   at a time.
 */
export function relationQueryProblems(
  uid: string,
  query: { filters?: unknown; sort?: unknown; populate?: unknown },
  ctx: PublicModelContext,
): FieldError[] {
  const problems: FieldError[] = [];
  const add = (field: string, rule: string, detail: string) =>
    problems.push({ field, rule, message: `${field}: ${detail}` });

  const walkFilters = (model: string | undefined, filters: unknown, path: string, underNot: boolean) => {
    if (Array.isArray(filters)) {
      filters.forEach((f, i) => walkFilters(model, f, `${path}.${i}`, underNot));
      return;
    }
    if (!isObject(filters) || !model) return;
    const schema = schemaOf(ctx, model);
    for (const [key, value] of Object.entries(filters)) {
      const field = `${path}.${key}`;
      if (key.startsWith('$')) {
        if (COMBINATORS.has(key)) walkFilters(model, value, field, underNot || key === '$not');
        continue;
      }
      const attribute = schema?.attributes[key];
      if (!attribute) continue;
      if (ctx.maskedOf?.(model)?.has(key)) {
        add(field, 'masked', '该字段公开时已去标识化，不能用于筛选');
        continue;
      }
      if (attribute.type === 'relation') {
        if (underNot && TO_MANY.test(attribute.relation ?? ''))
          add(field, 'relation-under-not', '公开接口不能在 $not 中按一对多关联字段筛选');
        else if (!isObject(value) || Object.keys(value).some((k) => k.startsWith('$') && !COMBINATORS.has(k)))
          add(field, 'relation-shape', '关联字段须按其字段筛选，如 filters[字段][title][$eq]=…');
        else walkFilters(attribute.target, value, field, underNot);
      } else if (attribute.type === 'component' || attribute.type === 'media') {
        walkFilters(targetOf(attribute), value, field, underNot);
      }
    }
  };

  const sortPaths = (sort: unknown, prefix: string[] = []): string[][] => {
    if (typeof sort === 'string')
      return sort
        .split(',')
        .map((s) => [...prefix, ...s.trim().split(':')[0].split('.')])
        .filter((p) => p.length > 0);
    if (Array.isArray(sort)) return sort.flatMap((s) => sortPaths(s, prefix));
    if (isObject(sort))
      return Object.entries(sort).flatMap(([key, value]) =>
        isObject(value) ? sortPaths(value, [...prefix, key]) : [[...prefix, key]],
      );
    return [];
  };
  const checkSort = (model: string, sort: unknown, field: string) => {
    for (const segments of sortPaths(sort)) {
      let current: string | undefined = model;
      for (const segment of segments) {
        const attribute: PublicAttributeShape | undefined = current
          ? schemaOf(ctx, current)?.attributes[segment]
          : undefined;
        if (!attribute) break;
        if (current && ctx.maskedOf?.(current)?.has(segment)) {
          add(field, 'masked', `${segments.join('.')} 公开时已去标识化，不能用于排序`);
          break;
        }
        if (attribute.type === 'relation') {
          // A hidden target would still take its place in the order: only to-one relations to types that
          // have no 不予公开 documents (departments, columns, stations) may be sorted through.
          const hides = Object.keys(openOf(ctx, attribute.target)).length > 0;
          if (hides || TO_MANY.test(attribute.relation ?? '')) {
            add(field, 'sort-relation', `不能按关联字段 ${segments.join('.')} 排序`);
            break;
          }
          current = attribute.target;
          continue;
        }
        current = attribute.type === 'component' ? attribute.component : undefined;
      }
    }
  };

  const walkPopulate = (model: string, populate: Obj, path: string, depth: number) => {
    if (depth > MAX_POPULATE_DEPTH) {
      add('populate', 'depth', `关联嵌套不能超过 ${MAX_POPULATE_DEPTH} 层`);
      return;
    }
    const schema = schemaOf(ctx, model);
    for (const [name, value] of Object.entries(populate)) {
      const attribute = schema?.attributes[name];
      if (!attribute || !isObject(value)) continue;
      const target = targetOf(attribute);
      const field = `${path}.${name}`;
      // A dynamic zone's fragments (`on`) name their component: each is checked as a populate of its own.
      if (isObject(value.on))
        for (const [component, fragment] of Object.entries(value.on)) {
          if (!isObject(fragment)) continue;
          const at = `${field}.on.${component}`;
          if (fragment.sort !== undefined) checkSort(component, fragment.sort, `${at}.sort`);
          if (fragment.filters !== undefined)
            walkFilters(component, fragment.filters, `${at}.filters`, false);
          if (isObject(fragment.populate))
            walkPopulate(component, fragment.populate, `${at}.populate`, depth + 1);
        }
      if (!target) continue;
      if (value.sort !== undefined) checkSort(target, value.sort, `${field}.sort`);
      if (value.filters !== undefined) walkFilters(target, value.filters, `${field}.filters`, false);
      if (isObject(value.populate)) walkPopulate(target, value.populate, `${field}.populate`, depth + 1);
    }
  };

  walkFilters(uid, query.filters, 'filters', false);
  if (query.sort !== undefined) checkSort(uid, query.sort, 'sort');
  if (query.populate !== undefined)
    walkPopulate(uid, populateObject(uid, query.populate, ctx), 'populate', 1);
  return problems.filter((p, i, all) => all.findIndex((q) => q.message === p.message) === i);
}
