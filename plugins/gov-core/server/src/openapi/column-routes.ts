/**
 * OpenAPI of the column routes made by the public-api route factory (`config.column = { uid, kind }`): the
 * Strapi 5 REST query language (filters, sort, pagination, fields, populate, locale, status), `q`, the column
 * type's aliases (zod schemas of its registry entry's `api.aliases`) and `page` / `pageSize`; entries built
 * from the model's public attributes (domain/public-model.ts), relations, components and media as $ref'd
 * schemas. Pure: zod only.
 */
import type { z } from 'zod';
import { publicAttributes, type PublicAttributeShape, type PublicModelContext } from '../domain/public-model';
import type { JsonSchema, SchemaCollector } from './json-schema';

export interface ColumnRouteMeta {
  uid: string;
  kind: 'list' | 'one';
}

/** What a column type's registry entry tells the document (a subset of ColumnType['api']). */
export interface ColumnApiDoc {
  searchFields?: string[];
  aliases?: Record<string, { schema: z.ZodType; description: string }>;
}

export interface ColumnDocContext extends PublicModelContext {
  /** The registry entry's `api` of a column type, or undefined when the type is not registered. */
  columnApi(uid: string): ColumnApiDoc | undefined;
}

type Attribute = PublicAttributeShape & {
  enum?: string[];
  multiple?: boolean;
  required?: boolean;
};

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const nullable = (schema: JsonSchema): JsonSchema =>
  '$ref' in schema || 'anyOf' in schema
    ? { anyOf: [schema, { type: 'null' }] }
    : typeof schema.type === 'string'
      ? {
          ...schema,
          type: [schema.type, 'null'],
          ...(Array.isArray(schema.enum) ? { enum: [...schema.enum, null] } : {}),
        }
      : schema; // no type (json): already any value, null included

const pascal = (s: string) =>
  s
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');

/** `plugin::gov-core.article` → `GovCoreArticle`; a component `gov-core.disclosure` → `GovCoreDisclosureComponent`. */
export const schemaNameOf = (uid: string) =>
  uid.includes('::') ? pascal(uid.split('::')[1]) : `${pascal(uid)}Component`;

const SCALARS: Record<string, JsonSchema> = {
  string: { type: 'string' },
  text: { type: 'string' },
  richtext: { type: 'string' },
  email: { type: 'string', format: 'email' },
  uid: { type: 'string' },
  integer: { type: 'integer' },
  biginteger: { type: 'string', pattern: '^-?\\d+$' },
  float: { type: 'number' },
  decimal: { type: 'number' },
  boolean: { type: 'boolean' },
  date: { type: 'string', format: 'date' },
  datetime: { type: 'string', format: 'date-time' },
  timestamp: { type: 'string', format: 'date-time' },
  time: { type: 'string' },
};

/** The value type of a scalar attribute (null for relations, components, media, dynamic zones). */
const scalarOf = (attribute: Attribute): JsonSchema | null => {
  if (attribute.type === 'enumeration') return { type: 'string', enum: [...(attribute.enum ?? [])] };
  if (attribute.type === 'json') return {};
  if (attribute.type === 'blocks') return { type: 'array', items: { type: 'object' } };
  return SCALARS[attribute.type] ?? null;
};

/** The filter of one field: a value (meaning `$eq`) or an object of Strapi's operators. */
const FILTER_NAME: Record<string, string> = {
  string: 'StringFilter',
  number: 'NumberFilter',
  integer: 'IntegerFilter',
  boolean: 'BooleanFilter',
};

const operatorFilter = (value: JsonSchema): JsonSchema => {
  const list = { type: 'array', items: value };
  return {
    anyOf: [
      value,
      {
        type: 'object',
        properties: {
          ...Object.fromEntries(
            ['$eq', '$eqi', '$ne', '$nei', '$lt', '$lte', '$gt', '$gte'].map((op) => [op, value]),
          ),
          ...Object.fromEntries(
            [
              '$contains',
              '$notContains',
              '$containsi',
              '$notContainsi',
              '$startsWith',
              '$startsWithi',
              '$endsWith',
              '$endsWithi',
            ].map((op) => [op, { type: 'string' }]),
          ),
          $in: list,
          $notIn: list,
          $between: { ...list, minItems: 2, maxItems: 2 },
          $null: { type: 'boolean' },
          $notNull: { type: 'boolean' },
        },
        additionalProperties: false,
      },
    ],
  };
};

/** Builds the entry, filter, sort and field schemas of `uid` and of everything it reaches. */
class ModelSchemas {
  constructor(
    private readonly ctx: ColumnDocContext,
    private readonly collector: SchemaCollector,
  ) {}

  private filterOf(scalar: JsonSchema): JsonSchema {
    const type = typeof scalar.type === 'string' ? scalar.type : null;
    const name = type && FILTER_NAME[type];
    if (name) return this.collector.add(name, operatorFilter({ type }));
    return operatorFilter(scalar);
  }

  mediaRef(): JsonSchema {
    // Strapi's upload file (plugin::upload.file) as served in a populated media field.
    return this.collector.add('UploadFile', {
      type: 'object',
      properties: {
        id: { type: 'integer' },
        documentId: { type: 'string' },
        name: { type: 'string' },
        alternativeText: { type: ['string', 'null'] },
        caption: { type: ['string', 'null'] },
        url: { type: 'string' },
        mime: { type: 'string' },
        size: { type: 'number' },
        width: { type: ['integer', 'null'] },
        height: { type: ['integer', 'null'] },
      },
      required: ['id', 'name', 'url', 'mime'],
    });
  }

  /** `$ref` to the entry schema of a content type or component (built once, recursion through $ref). */
  entryRef(uid: string): JsonSchema {
    const name = schemaNameOf(uid);
    if (this.collector.has(name)) return ref(name);
    this.collector.add(name, { type: 'object' }); // placeholder: cycles (article ↔ article) end here
    const properties: Record<string, JsonSchema> = uid.includes('::')
      ? { id: { type: 'integer' }, documentId: { type: 'string', description: '文档 ID（各语言版本共用）' } }
      : { id: { type: 'integer' } };
    for (const [field, attribute] of Object.entries(publicAttributes(uid, this.ctx)) as [
      string,
      Attribute,
    ][]) {
      const scalar = scalarOf(attribute);
      // Unless `fields` leaves it out, a required attribute has a value.
      if (scalar) properties[field] = attribute.required ? scalar : nullable(scalar);
      else if (attribute.type === 'media')
        properties[field] = attribute.multiple
          ? { type: 'array', items: this.mediaRef() }
          : nullable(this.mediaRef());
      else if (attribute.type === 'component' && attribute.component) {
        const target = this.entryRef(attribute.component);
        properties[field] = attribute.repeatable ? { type: 'array', items: target } : nullable(target);
      } else if (attribute.type === 'dynamiczone')
        properties[field] = {
          type: 'array',
          items: { anyOf: (attribute.components ?? []).map((c) => this.entryRef(c)) },
        };
      else if (attribute.type === 'relation' && attribute.target) {
        const target = this.entryRef(attribute.target);
        properties[field] = /Many$/.test(attribute.relation ?? '')
          ? { type: 'array', items: target }
          : nullable(target);
      }
    }
    // Strapi's system timestamps are public attributes of every content type; chinese-variants marks the
    // entries it converted for a 繁体 variant.
    if (uid.includes('::')) {
      for (const field of ['createdAt', 'updatedAt', 'publishedAt'])
        properties[field] ??= nullable({ type: 'string', format: 'date-time' });
      properties.convertedFrom ??= { type: 'string', description: '转换来源语言（如 zh-Hans）' };
    }
    delete this.collector.components[name];
    return this.collector.add(name, {
      type: 'object',
      description: `${uid} 的公开字段（未请求的关联、组件和媒体不出现；fields 只返回所选字段）`,
      properties,
      // A populated relation may be served with selected fields only; documentId is always there.
      required: uid.includes('::') ? ['documentId'] : [],
    });
  }

  /** `filters` of `uid`: public scalar fields, public relations' filters (nested), `$and $or $not`. */
  filtersRef(uid: string): JsonSchema {
    const name = `${schemaNameOf(uid)}Filters`;
    if (this.collector.has(name)) return ref(name);
    this.collector.add(name, { type: 'object' });
    const properties: Record<string, JsonSchema> = {
      id: this.filterOf({ type: 'integer' }),
      documentId: this.filterOf({ type: 'string' }),
    };
    for (const [field, attribute] of Object.entries(publicAttributes(uid, this.ctx)) as [
      string,
      Attribute,
    ][]) {
      if (this.ctx.maskedOf?.(uid)?.has(field)) continue; // served masked, never filtered on
      const scalar = scalarOf(attribute);
      if (scalar && attribute.type !== 'json' && attribute.type !== 'blocks')
        properties[field] = this.filterOf(scalar);
      else if (attribute.type === 'relation' && attribute.target?.includes('::'))
        properties[field] = this.filtersRef(attribute.target);
      else if (attribute.type === 'component' && attribute.component)
        properties[field] = this.filtersRef(attribute.component);
    }
    const self = ref(name);
    delete this.collector.components[name];
    return this.collector.add(name, {
      type: 'object',
      description: `${uid} 的筛选条件（Strapi 5 filters；只能用公开字段）`,
      properties: {
        ...properties,
        $and: { type: 'array', items: self },
        $or: { type: 'array', items: self },
        $not: self,
      },
      additionalProperties: false,
    });
  }

  /** Public scalar fields (for `fields` and `sort`) and populatable fields (relations, components, media). */
  fieldsOf(uid: string) {
    const scalars = ['id', 'documentId'];
    const populatable: string[] = [];
    for (const [field, attribute] of Object.entries(publicAttributes(uid, this.ctx)) as [
      string,
      Attribute,
    ][]) {
      if (scalarOf(attribute)) scalars.push(field);
      else populatable.push(field);
    }
    for (const field of ['createdAt', 'updatedAt', 'publishedAt'])
      if (!scalars.includes(field)) scalars.push(field);
    return { scalars, populatable };
  }
}

const query = (name: string, schema: JsonSchema, description: string, extra: JsonSchema = {}) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
  ...extra,
});

/**
 * The parameters and 200 schema of a column route (`platform`: the public-api factory's route, with `q`, the
 * aliases and `page` / `pageSize`) or of a Strapi core route (Strapi's query language only).
 */
export function columnOperation(
  meta: ColumnRouteMeta,
  ctx: ColumnDocContext,
  collector: SchemaCollector,
  { platform = true }: { platform?: boolean } = {},
): { parameters: JsonSchema[]; response: JsonSchema } {
  const models = new ModelSchemas(ctx, collector);
  const entry = models.entryRef(meta.uid);
  const { scalars, populatable } = models.fieldsOf(meta.uid);
  const api = ctx.columnApi(meta.uid) ?? {};
  const fieldList = { type: 'array', items: { type: 'string', enum: scalars } };
  const common = [
    query(
      'fields',
      { anyOf: [{ type: 'string', enum: scalars }, fieldList] },
      '只返回这些字段（公开的标量字段；id、documentId 总是返回）',
      { style: 'deepObject', explode: true },
    ),
    query(
      'populate',
      {
        anyOf: [
          { type: 'string', enum: ['*', ...populatable] },
          { type: 'array', items: { type: 'string', enum: populatable } },
          {
            type: 'object',
            propertyNames: { enum: populatable },
            additionalProperties: { anyOf: [{ type: 'boolean' }, { type: 'object' }] },
          },
        ],
      },
      '附带的关联、组件和媒体（只限公开的；* 为全部第一层）',
      { style: 'deepObject', explode: true },
    ),
    query(
      'locale',
      { type: 'string', pattern: '^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$', examples: ['zh-Hans', 'zh-Hant'] },
      '语言（Strapi i18n 语言代码，默认 zh-Hans）；繁体变体由简体转换',
    ),
    query(
      'status',
      { type: 'string', enum: ['published'] },
      '只能省略或为 published（公开接口只提供已发布的信息）',
    ),
  ];
  if (meta.kind === 'one')
    return {
      parameters: common,
      response: {
        type: 'object',
        properties: { data: entry, meta: ref('ResponseMeta') },
        required: ['data'],
      },
    };

  const masked = ctx.maskedOf?.(meta.uid);
  const sortValue = {
    type: 'string',
    enum: scalars.filter((f) => !masked?.has(f)).flatMap((f) => [f, `${f}:asc`, `${f}:desc`]),
  };
  const aliases = Object.entries(api.aliases ?? {}).map(([name, alias]) =>
    query(name, collector.convert(alias.schema, 'input'), `${alias.description}（filters 的简写）`),
  );
  const searched = ['title', ...(api.searchFields ?? [])].join('、');
  const parameters = [
    query('filters', models.filtersRef(meta.uid), 'Strapi 5 筛选条件，如 filters[title][$containsi]=政务', {
      style: 'deepObject',
      explode: true,
    }),
    query(
      'sort',
      { anyOf: [sortValue, { type: 'array', items: sortValue }] },
      '排序：字段[:asc|:desc]，可多个',
      {
        style: 'deepObject',
        explode: true,
      },
    ),
    query('pagination[page]', { type: 'integer', minimum: 1 }, '页码，从 1 开始'),
    query('pagination[pageSize]', { type: 'integer', minimum: 1, maximum: 100 }, '每页条数（1–100）'),
    query('pagination[withCount]', { type: 'boolean' }, '是否统计总数'),
    query('pagination[start]', { type: 'integer', minimum: 0 }, '起始位置（与 limit 一起用）'),
    query('pagination[limit]', { type: 'integer', minimum: 1, maximum: 100 }, '条数（与 start 一起用）'),
    ...common,
  ];
  if (platform)
    parameters.push(
      query('q', { type: 'string', maxLength: 100 }, `关键词：检索 ${searched}`),
      query('page', { type: 'integer', minimum: 1 }, 'pagination[page] 的简写'),
      query('pageSize', { type: 'integer', minimum: 1, maximum: 100 }, 'pagination[pageSize] 的简写'),
      ...aliases.filter((a) => !['q', 'page', 'pageSize'].includes(a.name)),
    );
  // Strapi's meta.pagination: { page, pageSize, pageCount, total } or, for pagination[start|limit], { start, limit, total }.
  const offset = collector.add('OffsetPagination', {
    type: 'object',
    properties: {
      start: { type: 'integer', minimum: 0 },
      limit: { type: 'integer' },
      total: { type: 'integer' },
    },
    required: ['start', 'limit'],
  });
  const pageMetaRef = collector.add('ColumnPageMeta', {
    type: 'object',
    properties: {
      locale: { type: 'string', description: '返回的语言（变体）' },
      converted: { type: 'boolean', description: '内容由简体自动转换而来' },
      pagination: { anyOf: [ref('Pagination'), offset] },
    },
    required: ['pagination'],
  });
  return {
    parameters,
    response: {
      type: 'object',
      properties: { data: { type: 'array', items: entry }, meta: pageMetaRef },
      required: ['data', 'meta'],
    },
  };
}
