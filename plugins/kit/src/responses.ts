/**
 * Response schemas every plugin shares (attached to routes as `response`; gov-core's OpenAPI generator reads
 * them): Strapi's error bodies (ours: 400 with `details.errors[{ path, message, rule }]`), the `meta` of list
 * responses and the `data` wrappers. Schemas named with `component(name, schema)` become one `$ref`'d OpenAPI
 * component wherever they appear.
 */
import { z } from 'zod';
import { LABEL_LOCALES } from './domain/labels';

/** The metadata key of a component name (a key, not a zod registry id: a module loaded twice cannot collide). */
export const COMPONENT_NAME_KEY = 'x-component';

/** Names `schema` as the OpenAPI component `name` (shared and $ref'd in the document). */
export const component = <T extends z.ZodType>(name: string, schema: T): T =>
  schema.meta({ [COMPONENT_NAME_KEY]: name }) as T;

export const errorBody = component(
  'Error',
  z.object({
    data: z.null(),
    error: z.object({
      status: z.number().int(),
      name: z.string(),
      message: z.string(),
      details: z.looseObject({}).optional(),
    }),
  }),
);

export const validationErrorBody = component(
  'ValidationError',
  z.object({
    data: z.null(),
    error: z.object({
      status: z.literal(400),
      name: z.literal('ValidationError'),
      message: z.string().describe('每个出错字段“字段: 规则说明”，以“；”分隔'),
      details: z.object({
        errors: z.array(
          z.object({
            path: z.array(z.string()).describe('出错字段的路径，如 ["disclosure", "indexNumber"]'),
            message: z.string(),
            name: z.string().optional(),
            rule: z.string().describe('规则代码，如 too_small、invalid_format、immutable').optional(),
          }),
        ),
      }),
    }),
  }),
);

export const paginationMeta = component(
  'Pagination',
  z.object({
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
    pageCount: z.number().int().min(0),
    total: z.number().int().min(0),
  }),
);

/** Added by the chinese-variants plugin when it serves a 繁体 variant converted from the stored 简体 text. */
export const responseMeta = component(
  'ResponseMeta',
  z.object({
    locale: z.string().describe('返回的语言（变体）').optional(),
    converted: z.boolean().describe('内容由简体自动转换而来').optional(),
  }),
);

export const pageMeta = component('PageMeta', responseMeta.extend({ pagination: paginationMeta }));

/** `{ data }` (and the variant's `meta`). */
export const dataOf = <T extends z.ZodType>(data: T) => z.object({ data, meta: responseMeta.optional() });
/** `{ data: [...], meta: { pagination } }`. */
export const pageOf = <T extends z.ZodType>(entry: T) => z.object({ data: z.array(entry), meta: pageMeta });

/** One label in both variants (`{ 'zh-Hans', 'zh-Hant' }`), the kit's one label shape. */
export const label = component(
  'Label',
  z.object(Object.fromEntries(LABEL_LOCALES.map((l) => [l, z.string()]))),
);
/** A label group: every key of an enumeration → its label. */
export const labelsOf = (keys: readonly string[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, label])));

/** The multipart body of an import route (`file`), for OpenAPI. */
export const uploadBody = (description: string) =>
  z.object({ file: z.string().meta({ format: 'binary' }).describe(description) });
