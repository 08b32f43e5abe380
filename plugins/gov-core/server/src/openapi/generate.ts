/**
 * The OpenAPI 3.1 document of every local plugin's routes, generated from the routes themselves: the zod
 * `request` (query, params, body) and `response` schemas Strapi 5.54 routes carry (the same ones
 * `@strapi/openapi` and `strapi openapi generate` read), and, for the column routes of the public-api route
 * factory (`config.column = { uid, kind }`), the model's public attributes and the Strapi query language.
 * Pure: no Strapi import; services/openapi.ts feeds it the live routes, models and column registry.
 */
import type { z } from 'zod';
import { SchemaCollector, type JsonSchema } from './json-schema';
import { responses } from '@gov-portal/kit';

const { errorBody, pageMeta, responseMeta, validationErrorBody } = responses;
import { columnOperation, type ColumnDocContext, type ColumnRouteMeta } from './column-routes';

/** A route as plugins declare it (routes/*.ts), with the members the document reads. */
export interface DocumentedRoute {
  method: string;
  path: string;
  handler: string | unknown;
  request?: {
    query?: Record<string, z.ZodType>;
    params?: Record<string, z.ZodType>;
    body?: Record<string, z.ZodType>;
  };
  /** The 200 response body. */
  response?: z.ZodType;
  config?: {
    description?: string;
    auth?: false | object;
    policies?: unknown[];
    prefix?: string;
    /** Set by the public-api route factory on the column routes it makes. */
    column?: ColumnRouteMeta;
    /** A Strapi core route (factories.createCoreRouter): documented from the model, like a column route. */
    coreRoute?: ColumnRouteMeta;
    /** The media type of a 200 that is not JSON (`text/csv`, `image/svg+xml` …). */
    produces?: string;
    /** Success statuses when not only 200 (an import answers 201 when it stored, 200 on a dry run). */
    okStatus?: number[];
    [key: string]: unknown;
  };
}

export interface DocumentedRouter {
  type: 'content-api' | 'admin';
  prefix?: string;
  routes: DocumentedRoute[];
}

export interface DocumentedPlugin {
  name: string;
  description?: string;
  routers: DocumentedRouter[];
}

export interface OpenApiSource {
  title: string;
  version: string;
  description: string;
  plugins: DocumentedPlugin[];
  /** Content-API actions anyone may call (`plugin::<id>.<controller>.<action>`). */
  publicActions: readonly string[];
  /** Models and column registry, for the column routes. */
  columns: ColumnDocContext;
}

export type OpenApiDocument = {
  openapi: '3.1.0';
  info: JsonSchema;
  servers: JsonSchema[];
  tags: { name: string; description?: string }[];
  paths: Record<string, Record<string, JsonSchema>>;
  components: {
    schemas: Record<string, JsonSchema>;
    responses: Record<string, JsonSchema>;
    securitySchemes: Record<string, JsonSchema>;
  };
};

const json = (description: string, schema: JsonSchema) => ({
  description,
  content: { 'application/json': { schema } },
});
const errorRef = (name: string) => ({ $ref: `#/components/responses/${name}` });

const PUBLIC_TAG = '公开接口';
const ADMIN_TAG = '管理接口';

/** `/articles/:documentId` → `/articles/{documentId}` and the names of its parameters. */
const templateOf = (path: string) => ({
  template: path.replace(/:([A-Za-z0-9_]+)/g, '{$1}'),
  names: [...path.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]),
});

const permissionsOf = (route: DocumentedRoute): string[] =>
  (route.config?.policies ?? []).flatMap((p) => {
    if (typeof p !== 'object' || p === null) return [];
    const { name, config } = p as { name?: string; config?: { actions?: string[] } };
    return name === 'admin::hasPermissions' ? (config?.actions ?? []) : [];
  });

const actionOf = (plugin: string, route: DocumentedRoute) =>
  typeof route.handler === 'string'
    ? route.handler.includes('::')
      ? route.handler
      : `plugin::${plugin}.${route.handler}`
    : null;

/** Builds the document. Throws when a route's schema cannot be represented (a bug, caught by the tests). */
export function generateOpenApi(source: OpenApiSource): OpenApiDocument {
  const schemas = new SchemaCollector();
  const validationError = schemas.convert(validationErrorBody, 'output');
  const error = schemas.convert(errorBody, 'output');
  // $ref'd by the column routes.
  schemas.convert(responseMeta, 'output');
  schemas.convert(pageMeta, 'output');
  const publicActions = new Set(source.publicActions);
  const paths: OpenApiDocument['paths'] = {};
  const operationIds = new Set<string>();

  for (const plugin of source.plugins) {
    for (const router of plugin.routers) {
      for (const route of router.routes) {
        const prefix = route.config?.prefix ?? router.prefix ?? `/${plugin.name}`;
        const full = `${router.type === 'content-api' ? '/api' : ''}${prefix}${route.path}`;
        const { template, names } = templateOf(full);
        const method = route.method.toLowerCase();
        const isPublic =
          router.type === 'admin'
            ? route.config?.auth === false
            : publicActions.has(actionOf(plugin.name, route) ?? '');
        const permissions = permissionsOf(route);

        const base =
          typeof route.handler === 'string' ? `${plugin.name}.${route.handler}` : `${plugin.name}.${method}`;
        let operationId = base;
        for (let n = 2; operationIds.has(operationId); n++) operationId = `${base}.${n}`;
        operationIds.add(operationId);

        const column = route.config?.column ?? route.config?.coreRoute;
        const generated = column
          ? columnOperation(column, source.columns, schemas, { platform: Boolean(route.config?.column) })
          : null;

        const params = route.request?.params ?? {};
        const parameters: JsonSchema[] = names.map((name) => ({
          name,
          in: 'path',
          required: true,
          schema: params[name] ? schemas.convert(params[name], 'input') : { type: 'string' },
          ...(params[name]?.description ? { description: params[name].description } : {}),
        }));
        for (const [name, schema] of Object.entries(route.request?.query ?? {}))
          parameters.push({
            name,
            in: 'query',
            required: !schema.isOptional(),
            schema: schemas.convert(schema, 'input'),
            ...(schema.description ? { description: schema.description } : {}),
          });
        if (generated) parameters.push(...generated.parameters);

        const body = route.request?.body;
        const requestBody = body
          ? {
              required: Object.values(body).some((s) => !s.isOptional()),
              content: Object.fromEntries(
                Object.entries(body).map(([media, s]) => [media, { schema: schemas.convert(s, 'input') }]),
              ),
            }
          : undefined;

        const okSchema = generated
          ? generated.response
          : route.response
            ? schemas.convert(route.response, 'output')
            : {};
        const ok = {
          description: '成功',
          content: { [route.config?.produces ?? 'application/json']: { schema: okSchema } },
        };
        const responses: Record<string, unknown> = {
          ...Object.fromEntries((route.config?.okStatus ?? [200]).map((status) => [String(status), ok])),
          '400': errorRef('BadRequest'),
          '404': errorRef('NotFound'),
        };
        if (!isPublic) responses['401'] = errorRef('Unauthorized');
        if (!isPublic && (router.type === 'content-api' || permissions.length > 0))
          responses['403'] = errorRef('Forbidden');

        const description = [
          route.config?.description,
          permissions.length ? `需要管理权限：${permissions.map((p) => `\`${p}\``).join('、')}。` : null,
          router.type === 'admin' && !isPublic && !permissions.length ? '任何已登录的管理后台用户。' : null,
          router.type === 'content-api' && !isPublic ? '需要 API 令牌（不对匿名用户开放）。' : null,
        ].filter(Boolean);

        paths[template] ??= {};
        paths[template][method] = {
          operationId,
          summary: route.config?.description ?? `${route.method} ${route.path}`,
          ...(description.length > 1 ? { description: description.join('\n\n') } : {}),
          tags: [plugin.name, isPublic && router.type === 'content-api' ? PUBLIC_TAG : ADMIN_TAG],
          security: isPublic ? [] : [router.type === 'admin' ? { adminBearer: [] } : { apiToken: [] }],
          ...(permissions.length ? { 'x-strapi-permissions': permissions } : {}),
          ...(parameters.length ? { parameters } : {}),
          ...(requestBody ? { requestBody } : {}),
          responses,
        };
      }
    }
  }

  return {
    openapi: '3.1.0',
    info: {
      title: source.title,
      version: source.version,
      description: source.description,
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/', description: '本站' }],
    tags: [
      {
        name: PUBLIC_TAG,
        description:
          '无需登录；只返回已发布且非“不予公开”的内容（关联的信息也一样，任何层级）；status 参数只能省略或为 published',
      },
      { name: ADMIN_TAG, description: '管理后台（Bearer 令牌，见 POST /admin/login）或 API 令牌' },
      ...source.plugins.map((p) => ({
        name: p.name,
        ...(p.description ? { description: p.description } : {}),
      })),
    ],
    paths,
    components: {
      schemas: schemas.components,
      responses: {
        BadRequest: json('参数不合法：逐个字段说明违反的规则', validationError),
        NotFound: json('不存在或未公开', error),
        Unauthorized: json('未登录（缺少或无效的 Bearer 令牌）', error),
        Forbidden: json('没有所需的权限', error),
      },
      securitySchemes: {
        adminBearer: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: '管理后台登录令牌（POST /admin/login 返回的 token）',
        },
        apiToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'Strapi API 令牌（设置 → API 令牌）',
        },
      },
    },
  };
}
