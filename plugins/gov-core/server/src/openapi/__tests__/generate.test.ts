import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { z } from 'zod';
import { generateOpenApi, type DocumentedRoute, type OpenApiSource } from '../generate';
import { component, SchemaCollector } from '../json-schema';
import type { ColumnDocContext } from '../column-routes';

// ---- a column type as the public-api route factory declares it (config.column), with its model -------------

const MODELS: Record<string, { attributes: Record<string, Record<string, unknown>> }> = {
  'plugin::demo.notice': {
    attributes: {
      title: { type: 'string' },
      body: { type: 'richtext' },
      level: { type: 'enumeration', enum: ['county', 'township'] },
      issuedOn: { type: 'date' },
      views: { type: 'integer' },
      internalNote: { type: 'text', private: true },
      scopeDepartment: { type: 'string', private: true },
      createdBy: { type: 'relation', relation: 'oneToOne', target: 'admin::user' },
      department: { type: 'relation', relation: 'manyToOne', target: 'plugin::demo.department' },
      related: { type: 'relation', relation: 'manyToMany', target: 'plugin::demo.notice' },
      cover: { type: 'media', multiple: false },
      attachments: { type: 'media', multiple: true },
      disclosure: { type: 'component', component: 'gov-core.disclosure', repeatable: false },
    },
  },
  'plugin::demo.department': {
    attributes: {
      name: { type: 'string' },
      code: { type: 'string' },
      secretPhone: { type: 'string', private: true },
    },
  },
  'gov-core.disclosure': {
    attributes: {
      indexNumber: { type: 'string' },
      openness: { type: 'enumeration', enum: ['proactive', 'not-open'] },
      notOpenReason: { type: 'text' },
    },
  },
};

const columns: ColumnDocContext = {
  schemaOf: (uid) => MODELS[uid] as never,
  columnApi: (uid) =>
    uid === 'plugin::demo.notice'
      ? {
          searchFields: ['body'],
          aliases: {
            level: { schema: z.enum(['county', 'township']), description: '发文层级' },
            year: { schema: z.coerce.number().int().min(1949).max(2100), description: '发布年份' },
          },
        }
      : undefined,
};

const columnRoutes: DocumentedRoute[] = [
  {
    method: 'GET',
    path: '/notices',
    handler: 'notices.find',
    config: { description: '通知列表', column: { uid: 'plugin::demo.notice', kind: 'list' } },
  },
  {
    method: 'GET',
    path: '/notices/:documentId',
    handler: 'notices.findOne',
    config: { description: '一条通知', column: { uid: 'plugin::demo.notice', kind: 'one' } },
  },
];

const source = (routes: DocumentedRoute[], adminRoutes: DocumentedRoute[] = []): OpenApiSource => ({
  title: 'demo',
  version: '1.0.0',
  description: 'demo',
  plugins: [
    {
      name: 'demo',
      routers: [
        { type: 'content-api', routes },
        { type: 'admin', routes: adminRoutes },
      ],
    },
  ],
  publicActions: ['plugin::demo.notices.find', 'plugin::demo.notices.findOne', 'plugin::demo.things.find'],
  columns,
});

const doc = generateOpenApi(source(columnRoutes)) as any;
const list = doc.paths['/api/demo/notices'].get;
const one = doc.paths['/api/demo/notices/{documentId}'].get;
const schemas = doc.components.schemas;
const param = (op: any, name: string) => op.parameters.find((p: any) => p.name === name);

describe('OpenAPI of a column route (config.column of the public-api route factory)', () => {
  it('documents Strapi’s query language, q, page/pageSize and the column type’s aliases', () => {
    expect(list.parameters.map((p: any) => p.name)).toEqual([
      'filters',
      'sort',
      'pagination[page]',
      'pagination[pageSize]',
      'pagination[withCount]',
      'pagination[start]',
      'pagination[limit]',
      'fields',
      'populate',
      'locale',
      'status',
      'q',
      'page',
      'pageSize',
      'level',
      'year',
    ]);
    expect(param(list, 'filters')).toMatchObject({ style: 'deepObject', explode: true });
    expect(param(list, 'status').schema).toEqual({ type: 'string', enum: ['published'] });
    expect(param(list, 'level').schema).toEqual({ type: 'string', enum: ['county', 'township'] });
    expect(param(list, 'year').schema).toEqual({ type: 'integer', minimum: 1949, maximum: 2100 });
    expect(param(list, 'q').description).toContain('title、body');
    expect(one.parameters.map((p: any) => p.name)).toEqual([
      'documentId',
      'fields',
      'populate',
      'locale',
      'status',
    ]);
  });

  it('offers only public fields to filters, sort, fields and populate (never private or system fields)', () => {
    const filters = schemas.DemoNoticeFilters.properties;
    expect(Object.keys(filters).sort()).toEqual(
      [
        'id',
        'documentId',
        'title',
        'body',
        'level',
        'issuedOn',
        'views',
        'department',
        'related',
        'disclosure',
        '$and',
        '$or',
        '$not',
      ].sort(),
    );
    expect(schemas.DemoNoticeFilters.additionalProperties).toBe(false);
    expect(filters.department).toEqual({ $ref: '#/components/schemas/DemoDepartmentFilters' });
    expect(Object.keys(schemas.DemoDepartmentFilters.properties)).not.toContain('secretPhone');
    expect(Object.keys(schemas.GovCoreDisclosureComponentFilters.properties)).not.toContain('notOpenReason');
    const operators = Object.keys(schemas.StringFilter.anyOf[1].properties);
    for (const op of [
      '$eq',
      '$eqi',
      '$ne',
      '$in',
      '$notIn',
      '$containsi',
      '$between',
      '$null',
      '$startsWith',
    ])
      expect(operators).toContain(op);
    const sortable = param(list, 'sort').schema.anyOf[0].enum;
    expect(sortable).toContain('title:desc');
    expect(sortable).not.toContain('internalNote');
    expect(sortable).not.toContain('scopeDepartment:asc');
    expect(param(list, 'fields').schema.anyOf[0].enum).not.toContain('internalNote');
    expect(param(list, 'populate').schema.anyOf[0].enum).toEqual([
      '*',
      'department',
      'related',
      'cover',
      'attachments',
      'disclosure',
    ]);
  });

  it('builds the entry from the model: relations, components and media as $ref’d schemas', () => {
    const notice = schemas.DemoNotice;
    expect(notice.required).toEqual(['documentId']);
    expect(Object.keys(notice.properties)).not.toEqual(expect.arrayContaining(['internalNote']));
    for (const hidden of ['internalNote', 'scopeDepartment', 'createdBy'])
      expect(notice.properties[hidden]).toBeUndefined();
    expect(notice.properties.level).toEqual({ type: ['string', 'null'], enum: ['county', 'township', null] });
    expect(notice.properties.department).toEqual({
      anyOf: [{ $ref: '#/components/schemas/DemoDepartment' }, { type: 'null' }],
    });
    expect(notice.properties.related).toEqual({
      type: 'array',
      items: { $ref: '#/components/schemas/DemoNotice' },
    });
    expect(notice.properties.attachments).toEqual({
      type: 'array',
      items: { $ref: '#/components/schemas/UploadFile' },
    });
    expect(notice.properties.disclosure).toEqual({
      anyOf: [{ $ref: '#/components/schemas/GovCoreDisclosureComponent' }, { type: 'null' }],
    });
    expect(schemas.GovCoreDisclosureComponent.properties.notOpenReason).toBeUndefined();
    expect(list.responses['200'].content['application/json'].schema).toEqual({
      type: 'object',
      properties: {
        data: { type: 'array', items: { $ref: '#/components/schemas/DemoNotice' } },
        meta: { $ref: '#/components/schemas/ColumnPageMeta' },
      },
      required: ['data', 'meta'],
    });
  });

  it('accepts a served entry and refuses one that leaks a private field (ajv)', () => {
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    const schema = list.responses['200'].content['application/json'].schema;
    const validate = ajv.compile({ ...schema, components: doc.components });
    const entry = {
      id: 1,
      documentId: 'abc',
      title: '通知',
      level: 'county',
      department: { id: 2, documentId: 'd', name: '县政府办', code: 'zfb' },
      related: [{ id: 3, documentId: 'e', title: '另一条' }],
      attachments: [{ id: 4, name: 'a.pdf', url: '/uploads/a.pdf', mime: 'application/pdf' }],
      disclosure: { id: 5, indexNumber: null, openness: 'proactive' },
    };
    const meta = { pagination: { page: 1, pageSize: 10, pageCount: 1, total: 1 } };
    expect(validate({ data: [entry], meta })).toBe(true);
    expect(validate({ data: [{ ...entry, level: 'province' }], meta })).toBe(false);
  });

  it('is valid OpenAPI 3.1 for @redocly/openapi-core, every $ref resolving', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openapi-unit-'));
    try {
      const file = path.join(dir, 'doc.json');
      fs.writeFileSync(file, JSON.stringify(doc));
      const tools = path.resolve(__dirname, '../../../../../../tests/helpers/openapi-tools.mjs');
      const problems = JSON.parse(
        execFileSync(process.execPath, [tools, 'lint', file], { encoding: 'utf8' }),
      );
      expect(problems.filter((p: { severity: string }) => p.severity === 'error')).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('OpenAPI of a route with zod request / response schemas', () => {
  const body = z.object({ html: z.string().max(10), level: z.number().int().min(0).max(5).optional() });
  const entry = component('Thing', z.object({ id: z.number().int(), name: z.string().nullable() }));
  const generated = generateOpenApi(
    source(
      [
        {
          method: 'GET',
          path: '/things',
          handler: 'things.find',
          request: { query: { page: z.coerce.number().int().min(1).default(1), q: z.string().optional() } },
          response: z.object({ data: z.array(entry) }),
          config: { description: '列表' },
        },
        { method: 'GET', path: '/secret', handler: 'things.secret', config: {} },
      ],
      [
        {
          method: 'POST',
          path: '/things/:id',
          handler: 'admin.update',
          request: { body: { 'application/json': body } },
          response: z.object({ data: entry }),
          config: {
            policies: [
              'admin::isAuthenticatedAdmin',
              { name: 'admin::hasPermissions', config: { actions: ['plugin::demo.update'] } },
            ],
          },
        },
        {
          method: 'GET',
          path: '/asset.js',
          handler: 'assets.js',
          config: { auth: false, produces: 'text/javascript' },
        },
      ],
    ),
  ) as any;

  it('turns query, path and body schemas into parameters and a request body, with their rules', () => {
    const op = generated.paths['/api/demo/things'].get;
    expect(op.parameters).toEqual([
      { name: 'page', in: 'query', required: false, schema: { type: 'integer', minimum: 1, default: 1 } },
      { name: 'q', in: 'query', required: false, schema: { type: 'string' } },
    ]);
    const post = generated.paths['/demo/things/{id}'].post;
    expect(post.parameters).toEqual([{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }]);
    expect(post.requestBody.required).toBe(true);
    expect(post.requestBody.content['application/json'].schema).toEqual({
      type: 'object',
      properties: {
        html: { type: 'string', maxLength: 10 },
        level: { type: 'integer', minimum: 0, maximum: 5 },
      },
      required: ['html'],
    });
  });

  it('names shared schemas once in components and $refs them', () => {
    expect(generated.components.schemas.Thing).toEqual({
      type: 'object',
      properties: { id: { type: 'integer' }, name: { type: ['string', 'null'] } },
      required: ['id', 'name'],
      additionalProperties: false,
    });
    expect(
      generated.paths['/api/demo/things'].get.responses['200'].content['application/json'].schema,
    ).toEqual({
      type: 'object',
      properties: { data: { type: 'array', items: { $ref: '#/components/schemas/Thing' } } },
      required: ['data'],
      additionalProperties: false,
    });
  });

  it('tells public, API-token and admin routes apart, with the permissions they need', () => {
    expect(generated.paths['/api/demo/things'].get.security).toEqual([]);
    expect(generated.paths['/api/demo/secret'].get.security).toEqual([{ apiToken: [] }]);
    expect(Object.keys(generated.paths['/api/demo/secret'].get.responses)).toEqual([
      '200',
      '400',
      '401',
      '403',
      '404',
    ]);
    const post = generated.paths['/demo/things/{id}'].post;
    expect(post.security).toEqual([{ adminBearer: [] }]);
    expect(post['x-strapi-permissions']).toEqual(['plugin::demo.update']);
    const asset = generated.paths['/demo/asset.js'].get;
    expect(asset.security).toEqual([]);
    expect(Object.keys(asset.responses['200'].content)).toEqual(['text/javascript']);
  });
});

describe('SchemaCollector', () => {
  it('refuses two different schemas under one name', () => {
    const collector = new SchemaCollector();
    collector.convert(component('A', z.object({ a: z.string() })), 'output');
    expect(() => collector.convert(component('A', z.object({ b: z.string() })), 'output')).toThrow(
      'two different schemas are named A',
    );
  });

  it('keeps a recursive schema as one component that refers to itself', () => {
    const collector = new SchemaCollector();
    const node: z.ZodType = component(
      'Node',
      z.object({
        name: z.string(),
        get children() {
          return z.array(node);
        },
      }),
    );
    expect(collector.convert(z.object({ data: z.array(node) }), 'output')).toEqual({
      type: 'object',
      properties: { data: { type: 'array', items: { $ref: '#/components/schemas/Node' } } },
      required: ['data'],
      additionalProperties: false,
    });
    expect(collector.components.Node.properties).toEqual({
      name: { type: 'string' },
      children: { type: 'array', items: { $ref: '#/components/schemas/Node' } },
    });
  });
});
