import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors, validate as strapiValidate } from '@strapi/utils';
import { publicAttributes, type PublicModelContext } from '../domain/public-model';
import {
  allOf,
  keywordFilter,
  paginationMeta,
  populateCountProblems,
  relationQueryProblems,
  searchablePaths,
  parseKeyword,
  parsePagination,
  publicFilters,
  publicOutput,
  publicPopulate,
  queryKeyProblem,
  splitQuery,
} from '../domain/public-query';
import { PUBLIC_STATUS, openFilter, type ModelShape } from '../domain/public-read';
import { filterValueProblems, populateValueProblems } from '../domain/filter-values';
import type { FieldError } from '../domain/errors';
import type { ColumnApi, QueryAlias } from './column-registry';
import { fieldErrors } from '../utils/errors';
import { columnRoutes } from '../routes/column-routes';
import { hasTopic, inColumn, ofDepartment, writtenInYear } from '../domain/disclosure-filters';
import { getService } from '../utils/get-service';

type Obj = Record<string, unknown>;
type Model = ModelShape & { uid: string; options?: { draftAndPublish?: boolean } };

/** Extra populate keys a route serves that are not attributes (`populate=history` of 规范性文件). */
export interface ExtraPopulate {
  /** Called with the public entries when the request populated the key (or `*`): adds the key's values. */
  [key: string]: (entries: Obj[], ctx: { locale: string }) => Promise<void> | void;
}

export interface ColumnControllerOptions {
  extraPopulate?: ExtraPopulate;
  /** Called with the single entry after the public rules were applied (adjustments of a power item …). */
  decorateOne?: (entry: Obj, ctx: { locale: string }) => Promise<Obj> | Obj;
}

export const DEFAULT_LOCALE = 'zh-Hans';
const DEFAULT_PAGE_SIZE = 10;
/** Newest first: by publication when the type has draft & publish, else by id. */
const defaultSort = (model: Model | undefined) =>
  model?.attributes.publishedAt ? ['publishedAt:desc', 'id:desc'] : ['id:desc'];
const named = (name: string, message: string) =>
  message.startsWith(`${name}:`) ? message : `${name}: ${message}`;

/**
 * The one public content API of every column type: list and single reads in Strapi 5's REST query language,
 * validated by Strapi's own content-API query validators against the *public* view of the model
 * (domain/public-model.ts: private and system fields are unknown → 400), with the public rules applied by
 * the platform at every depth (published only, 不予公开 filtered in the query and in every populated
 * relation, never-public fields stripped, `api.mask`, then `api.decorate`).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const registry = () => getService(strapi, 'column-registry');
  const fullModel = (uid: string) =>
    (uid.includes('::') ? strapi.getModel(uid as never) : (strapi.components as Obj)[uid]) as unknown as
      | Model
      | undefined;
  /** The maskers of `api.mask`, by model or component uid and field (a component field: wherever it is served). */
  let masks: Map<string, Map<string, (value: unknown) => unknown>> | undefined;
  let masksOf = -1;
  const maskers = () => {
    const types = registry().list();
    if (masks && masksOf === types.length) return masks;
    masks = new Map();
    masksOf = types.length;
    for (const type of types) {
      for (const [key, masker] of Object.entries(type.api?.mask ?? {})) {
        const [first, second] = key.split('.');
        const attribute = fullModel(type.uid)?.attributes[first] as
          | { type?: string; component?: string }
          | undefined;
        const owner =
          second === undefined ? type.uid : attribute?.type === 'component' ? attribute.component : undefined;
        if (!owner || (second !== undefined && !fullModel(owner)?.attributes[second]) || !attribute)
          throw new Error(`${type.uid}: api.mask "${key}" is not a field or component.field of the type`);
        const fields = masks.get(owner) ?? new Map();
        fields.set(second ?? first, masker);
        masks.set(owner, fields);
      }
    }
    return masks;
  };
  const ctx: PublicModelContext = {
    schemaOf: (uid) => fullModel(uid) as never,
    maskedOf: (uid) => maskers().get(uid),
  };

  // What `q` searches: title/name and the type's `api.searchFields`, minus every path that reaches a masked field
  // (of this type, or of a component or relation target masked by another type): a search would tell a guess of
  // the real value from the count. Built once per uid.
  const searchFieldCache = new Map<string, string[]>();
  const searchFieldsOf = (uid: string): string[] => {
    let fields = searchFieldCache.get(uid);
    if (!fields) {
      const model = fullModel(uid);
      fields = searchablePaths(
        uid,
        [...['title', 'name'].filter((f) => model?.attributes[f]), ...(apiOf(uid).searchFields ?? [])],
        ctx,
      );
      searchFieldCache.set(uid, fields);
    }
    return fields;
  };

  // The public view of each model, built once per uid: what Strapi's validators see.
  const views = new Map<string, Obj | undefined>();
  const publicModel = (uid: string) => {
    if (!views.has(uid)) {
      const model = fullModel(uid);
      views.set(uid, model ? { ...model, attributes: publicAttributes(uid, ctx) } : undefined);
    }
    return views.get(uid) as never;
  };
  const validators = strapiValidate.createAPIValidators({ getModel: publicModel });

  const apiOf = (uid: string): ColumnApi => registry().get(uid)?.api ?? {};
  const maskFor = (modelUid: string, entry: Obj) => {
    const fields = maskers().get(modelUid);
    if (!fields) return entry;
    const out = { ...entry };
    for (const [field, masker] of fields) if (field in out) out[field] = masker(out[field]);
    return out;
  };
  const config = () => ({
    maxLimit: Number(strapi.config.get('api.rest.maxLimit', 100)) || 100,
    withCount: Boolean(strapi.config.get('api.rest.withCount', true)),
  });

  const fail = (problems: FieldError[]) => {
    if (problems.length) throw fieldErrors(problems);
  };

  /** Strapi's validation of filters / sort / fields / populate on the public model; a failure names the key. */
  const validateStrapi = async (uid: string, query: Obj) => {
    try {
      await validators.query(query, publicModel(uid));
    } catch (e) {
      if (e instanceof errors.ValidationError) throw fieldErrors([queryKeyProblem(e.details as Obj)]);
      throw e;
    }
  };

  const parseAliases = (aliases: Record<string, QueryAlias>, given: Obj) => {
    const problems: FieldError[] = [];
    const filters: Obj[] = [];
    for (const [name, raw] of Object.entries(given)) {
      const result = aliases[name].schema.safeParse(raw);
      if (!result.success) {
        for (const issue of result.error.issues)
          problems.push({ field: name, rule: issue.code, message: named(name, issue.message) });
        continue;
      }
      if (result.data === undefined) continue;
      filters.push(aliases[name].toFilters(result.data));
    }
    return { problems, filters };
  };

  const withExtraPopulate = (populate: unknown, extra: ExtraPopulate | undefined) => {
    const names = Object.keys(extra ?? {});
    if (!names.length || populate === undefined) return { populate, wanted: [] as string[] };
    const wanted = new Set<string>();
    const strip = (p: unknown): unknown => {
      if (p === '*') {
        names.forEach((n) => wanted.add(n));
        return p;
      }
      if (typeof p === 'string') return strip(p.split(','));
      if (Array.isArray(p)) {
        const kept = p.filter((item) => {
          if (typeof item === 'string' && names.includes(item.trim())) {
            wanted.add(item.trim());
            return false;
          }
          if (item === '*') names.forEach((n) => wanted.add(n));
          return true;
        });
        return kept.length ? kept : undefined;
      }
      if (p && typeof p === 'object') {
        const copy: Obj = { ...(p as Obj) };
        for (const n of names) {
          if (n in copy) {
            if (copy[n] !== false && copy[n] !== 'false') wanted.add(n);
            delete copy[n];
          }
        }
        return Object.keys(copy).length ? copy : undefined;
      }
      return p;
    };
    return { populate: strip(populate), wanted: [...wanted] };
  };

  const finish = async (
    uid: string,
    entries: Obj[],
    locale: string,
    options: ColumnControllerOptions,
    wanted: string[],
  ) => {
    let out = publicOutput(uid, entries, ctx, maskFor);
    const decorate = apiOf(uid).decorate;
    if (decorate) out = await decorate(out, { locale });
    for (const name of wanted) await options.extraPopulate?.[name]?.(out, { locale });
    return out;
  };

  /** The filter of `api.publicWith`: entries whose parent is public (documentIds of the parent's public rows). */
  const parentFilter = async (uid: string): Promise<Obj | undefined> => {
    const parent = apiOf(uid).publicWith;
    if (!parent) return undefined;
    const rows = (await strapi.documents(parent.uid as never).findMany({
      status: PUBLIC_STATUS,
      filters: openFilter(fullModel(parent.uid)),
      fields: ['documentId'],
    } as never)) as Obj[];
    return { [parent.field]: { $in: [...new Set(rows.map((r) => String(r.documentId)))] } };
  };

  const service = {
    /** The masked fields (`api.mask`) of a content type or component: served masked, refused in filters / sort. */
    maskedOf: (uid: string) => ctx.maskedOf!(uid),

    /** The filters of the shortcut parameters shared by every type with a 信息公开目录 (disclosure). */
    aliasFilters: { writtenInYear, hasTopic, inColumn, ofDepartment },

    /** The routes of a column type's public list and single, carrying `config.column` (routes/column-routes.ts). */
    routes: columnRoutes,

    /** The `find` / `findOne` actions of a column type's public routes, to spread into the plugin's controller. */
    controller(uid: string, options: ColumnControllerOptions = {}) {
      return {
        async find(koa: Context) {
          koa.body = await service.find(uid, koa.query as Obj, options);
        },
        async findOne(koa: Context) {
          const data = await service.findOne(uid, String(koa.params.documentId), koa.query as Obj, options);
          if (!data) throw new errors.NotFoundError('信息不存在或未公开');
          koa.body = { data };
        },
      };
    },

    /** The documents-service params of a public list query, validated (400 naming every bad parameter). */
    async listParams(uid: string, query: Obj, options: ColumnControllerOptions = {}) {
      const api = apiOf(uid);
      const aliases = api.aliases ?? {};
      const split = splitQuery(query, { kind: 'list', aliases: Object.keys(aliases) });
      const { populate, wanted } = withExtraPopulate(split.strapi.populate, options.extraPopulate);
      const strapiQuery: Obj = { ...split.strapi, populate };
      const pagination = parsePagination(split.strapi.pagination, split.extras, {
        ...config(),
        defaultPageSize: api.defaultPageSize ?? DEFAULT_PAGE_SIZE,
        ...(api.maxPageSize ? { maxLimit: api.maxPageSize } : {}),
      });
      const model = fullModel(uid);
      const searchFields = searchFieldsOf(uid);
      const keyword = parseKeyword(split.extras.q);
      if (keyword.value && searchFields.length === 0)
        keyword.problems.push({ field: 'q', rule: 'no-search', message: 'q: 此列表不支持关键词搜索' });
      const alias = parseAliases(aliases, split.aliases);
      fail([
        ...split.problems,
        ...pagination.problems,
        ...keyword.problems,
        ...alias.problems,
        ...populateCountProblems(populate),
      ]);
      await validateStrapi(uid, {
        filters: strapiQuery.filters,
        sort: strapiQuery.sort,
        fields: strapiQuery.fields,
        populate,
      });
      fail([
        ...relationQueryProblems(
          uid,
          { filters: strapiQuery.filters, sort: strapiQuery.sort, populate },
          ctx,
        ),
        ...filterValueProblems(uid, strapiQuery.filters, fullModel as never),
        ...populateValueProblems(uid, populate, fullModel as never),
      ]);
      const filters = allOf(
        publicFilters(uid, strapiQuery.filters, ctx) as Obj | undefined,
        // Through publicFilters too: a shortcut or a default filter that reaches through a relation (ppp's
        // `project`) sees only public documents of its target, like a request's own filters.
        ...alias.filters.map((f) => publicFilters(uid, f, ctx) as Obj),
        publicFilters(
          uid,
          api.defaultFilters?.({ filters: strapiQuery.filters, aliases: split.aliases }),
          ctx,
        ) as Obj | undefined,
        // Through publicFilters: a search path through a relation sees only public documents of its target.
        keyword.value
          ? (publicFilters(uid, keywordFilter(keyword.value, searchFields), ctx) as Obj)
          : undefined,
        openFilter(model),
        await parentFilter(uid),
      );
      const p = pagination.value!;
      const locale = typeof split.strapi.locale === 'string' ? split.strapi.locale : DEFAULT_LOCALE;
      return {
        params: {
          status: PUBLIC_STATUS,
          locale,
          ...(filters ? { filters } : {}),
          sort: strapiQuery.sort ?? api.defaultSort ?? defaultSort(model),
          ...(strapiQuery.fields !== undefined ? { fields: strapiQuery.fields } : {}),
          populate: publicPopulate(uid, populate ?? api.defaultPopulate, ctx),
          start: p.start,
          limit: p.limit,
        } as Obj,
        pagination: p,
        wanted,
      };
    },

    /** A public list: `{ data, meta: { pagination } }` as Strapi's core controller answers. */
    async find(uid: string, query: Obj, options: ColumnControllerOptions = {}) {
      const { params, pagination, wanted } = await service.listParams(uid, query, options);
      const docs = strapi.documents(uid as never);
      const { populate: _p, fields: _f, sort: _s, start: _st, limit: _l, ...countParams } = params;
      const [entries, total] = await Promise.all([
        docs.findMany(params as never) as Promise<Obj[]>,
        pagination.withCount
          ? (docs.count(countParams as never) as Promise<number>)
          : Promise.resolve(undefined),
      ]);
      const data = await finish(uid, entries, params.locale as string, options, wanted);
      return { data, meta: { pagination: paginationMeta(pagination, total) } };
    },

    /** A public single read by documentId, or null when it is not public. */
    async findOne(uid: string, documentId: string, query: Obj, options: ColumnControllerOptions = {}) {
      const api = apiOf(uid);
      const split = splitQuery(query, { kind: 'one' });
      const { populate, wanted } = withExtraPopulate(split.strapi.populate, options.extraPopulate);
      fail([
        ...split.problems,
        ...populateCountProblems(populate),
        ...populateValueProblems(uid, populate, fullModel as never),
      ]);
      await validateStrapi(uid, { fields: split.strapi.fields, populate });
      fail(relationQueryProblems(uid, { populate }, ctx));
      const locale = typeof split.strapi.locale === 'string' ? split.strapi.locale : DEFAULT_LOCALE;
      const entry = (await strapi.documents(uid as never).findFirst({
        status: PUBLIC_STATUS,
        locale,
        filters: allOf({ documentId }, openFilter(fullModel(uid)), await parentFilter(uid)),
        ...(split.strapi.fields !== undefined ? { fields: split.strapi.fields } : {}),
        populate: publicPopulate(uid, populate ?? api.defaultPopulate, ctx),
      } as never)) as Obj | null;
      if (!entry) return null;
      const [out] = await finish(uid, [entry], locale, options, wanted);
      return options.decorateOne ? options.decorateOne(out, { locale }) : out;
    },
  };
  return service;
};
