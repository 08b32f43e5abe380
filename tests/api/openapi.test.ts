import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Ajv2020 from 'ajv/dist/2020';
import ts from 'typescript';
import { generate } from '@strapi/openapi';
import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createAdmin, type AdminSession } from '../helpers/admin';
import { runSeeds } from '../../seeds/loader';
import { SEED_SETS } from '../../seeds/sets';

const run = promisify(execFile);
const TOOLS = path.join(__dirname, '../helpers/openapi-tools.mjs');
const LOCAL_PLUGINS = [
  'accessibility',
  'budget',
  'chinese-variants',
  'environment',
  'gov-core',
  'normative-docs',
  'power-list',
  'ppp',
];

/** The 2,325 demo observations take most of the seeding time; a few are created below instead. */
const SETS = SEED_SETS.filter((s) => s.name !== 'environment observations');

let app: TestApp;
let admin: AdminSession;
let doc: any;
let dir: string;

beforeAll(async () => {
  app = await bootStrapi();
  await runSeeds(app.strapi, { progress: false, sets: SETS });
  admin = await createAdmin(app);
  doc = (await app.http().get('/api/gov-core/openapi.json')).body;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openapi-'));
  fs.writeFileSync(path.join(dir, 'openapi.json'), JSON.stringify(doc));
}, 300_000);
afterAll(async () => {
  await app?.destroy();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** `METHOD /full/path` of every route a local plugin registers (OpenAPI `{param}` style). */
const registeredRoutes = () =>
  LOCAL_PLUGINS.flatMap((id) =>
    Object.values<any>(app.strapi.plugin(id).routes).flatMap((group) =>
      group.routes.map((r: any) =>
        `${r.method} ${group.type === 'content-api' ? '/api' : ''}${r.config?.prefix ?? group.prefix ?? `/${id}`}${r.path}`.replace(
          /:([A-Za-z0-9_]+)/g,
          '{$1}',
        ),
      ),
    ),
  ).sort();
const documentedRoutes = () =>
  Object.entries<any>(doc.paths)
    .flatMap(([p, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${p}`))
    .sort();

const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
const validators = new Map<string, ReturnType<typeof ajv.compile>>();
/** Problems of a real response against the documented schema of its status (JSON Schema 2020-12, by ajv). */
const problemsOf = (method: string, template: string, res: { status: number; body: unknown }) => {
  const op = doc.paths[template]?.[method];
  if (!op) return [`${method} ${template} is not documented`];
  let response = op.responses[String(res.status)];
  if (!response) return [`${method} ${template} does not document ${res.status}`];
  if (response.$ref) response = doc.components.responses[response.$ref.split('/').pop()];
  const schema = response.content?.['application/json']?.schema;
  if (!schema) return [`${method} ${template} ${res.status} has no JSON schema`];
  const key = `${method} ${template} ${res.status}`;
  if (!validators.has(key)) validators.set(key, ajv.compile({ ...schema, components: doc.components }));
  const validate = validators.get(key)!;
  return validate(res.body)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath || '$'} ${e.message} ${JSON.stringify(e.params)}`);
};

describe('the OpenAPI document of every plugin', () => {
  it('is valid OpenAPI 3.1 for @redocly/openapi-core (recommended rules: no error)', async () => {
    const { stdout } = await run(process.execPath, [TOOLS, 'lint', path.join(dir, 'openapi.json')]);
    const problems = JSON.parse(stdout) as { severity: string }[];
    expect(doc.openapi).toBe('3.1.0');
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('documents every route of every local plugin, public and admin, and nothing else', () => {
    expect(documentedRoutes()).toEqual(registeredRoutes());
    expect(registeredRoutes().length).toBeGreaterThan(40);
  });

  it("is generated from the same route schemas Strapi's own generator (@strapi/openapi, zod 4.4) reads", () => {
    const strapiDoc: any = generate(app.strapi, { type: 'content-api' }).document;
    const queryNames = (op: any) =>
      (op?.parameters ?? [])
        .filter((p: any) => p.in === 'query')
        .map((p: any) => p.name)
        .sort();
    let compared = 0;
    for (const id of LOCAL_PLUGINS)
      for (const group of Object.values<any>(app.strapi.plugin(id).routes)) {
        if (group.type !== 'content-api') continue;
        for (const route of group.routes) {
          if (!route.request?.query) continue;
          const template = `/api/${id}${route.path}`.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
          const method = route.method.toLowerCase();
          const expected = Object.keys(route.request.query).sort();
          expect({ template, ours: queryNames(doc.paths[template]?.[method]) }).toEqual({
            template,
            ours: expected,
          });
          const theirs = strapiDoc.paths[template]?.[method] ?? strapiDoc.paths[template.slice(4)]?.[method];
          expect({ template, theirs: queryNames(theirs) }).toEqual({ template, theirs: expected });
          compared += 1;
        }
      }
    expect(compared).toBeGreaterThan(5);
  });

  it('is generated once and served from the cache', async () => {
    const again = await app.http().get('/api/gov-core/openapi.json');
    expect(again.body).toEqual(doc);
    const service = app.strapi.plugin('gov-core').service('openapi');
    expect(service.document()).toBe(service.document());
  });

  it('marks every route as it really is: public, API-token or admin, with the permission it needs', async () => {
    for (const route of documentedRoutes()) {
      const [method, template] = route.split(' ');
      const op = doc.paths[template][method.toLowerCase()];
      const url = template.replace(/\{[^}]+\}/g, 'x');
      const res = await (app.http() as any)[method.toLowerCase()](url);
      if (op.security.length === 0) expect({ route, status: res.status }).not.toEqual({ route, status: 401 });
      else expect({ route, status: [401, 403].includes(res.status) }).toEqual({ route, status: true });
      if (res.headers['content-type']?.startsWith('application/json'))
        expect({ route, problems: problemsOf(method.toLowerCase(), template, res) }).toEqual({
          route,
          problems: [],
        });
    }
  });

  it('matches the real responses of every public list, and of the first entry of each', async () => {
    // 保密审查: approved before publishing when gov-core requires a review.
    const create = async (uid: string, data: Record<string, unknown>) => {
      const documents = app.strapi.documents(uid as never) as any;
      const draft = await documents.create({ data });
      const reviews = app.strapi.plugin('gov-core').service('reviews') as any;
      if (reviews?.isRequired(uid))
        await reviews.decide({ uid, documentId: draft.documentId, decision: 'approve' }, null);
      await documents.publish({ documentId: draft.documentId });
    };
    const station = await (app.strapi.documents('plugin::environment.air-station' as never) as any).findFirst(
      {
        status: 'published',
        populate: ['column', 'department'],
      },
    );
    await create('plugin::environment.air-observation', {
      station: station.documentId,
      column: station.column.documentId,
      department: station.department.documentId,
      observedAt: '2026-03-01T00:00:00.000Z',
      averaging: '1h',
      pm25: 80,
      pm10: 120,
    });
    let checked = 0;
    for (const [template, item] of Object.entries<any>(doc.paths)) {
      if (!template.startsWith('/api/') || !item.get || item.get.security.length) continue;
      if (template.includes('{') || !item.get.responses['200'].content['application/json']) continue;
      const required = (item.get.parameters ?? []).filter((p: any) => p.required);
      if (required.length) continue; // daily, aqi-chart: below
      const res = await app.http().get(template);
      expect({ template, status: res.status }).toEqual({
        template,
        status: template.endsWith('/aqi') ? 400 : 200,
      });
      expect({ template, problems: problemsOf('get', template, res) }).toEqual({ template, problems: [] });
      checked += 1;
      const first = Array.isArray(res.body.data) ? res.body.data[0] : null;
      const one = `${template}/{documentId}`;
      if (first?.documentId && doc.paths[one]?.get) {
        const detail = await app.http().get(`${template}/${first.documentId}`);
        expect({ one, status: detail.status }).toEqual({ one, status: 200 });
        expect({ one, problems: problemsOf('get', one, detail) }).toEqual({ one, problems: [] });
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(15);
    const month = await app.http().get(`/api/environment/daily?station=${station.code}&month=2026-03`);
    expect(month.status).toBe(200);
    expect(problemsOf('get', '/api/environment/daily', month)).toEqual([]);
    const aqi = await app.http().get('/api/environment/aqi?pm25=80&pm10=120');
    expect(aqi.status).toBe(200);
    expect(problemsOf('get', '/api/environment/aqi', aqi)).toEqual([]);
    const svg = await app.http().get(`/api/environment/aqi-chart.svg?station=${station.code}&month=2026-03`);
    expect(svg.status).toBe(200);
    expect(svg.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(Object.keys(doc.paths['/api/environment/aqi-chart.svg'].get.responses['200'].content)).toEqual([
      'image/svg+xml',
    ]);
  });

  it('matches the real responses of the admin reads and of a 400 from every plugin', async () => {
    for (const url of [
      '/accessibility/rules',
      '/environment/overdue',
      '/power-list/adjustments',
      '/gov-core/audit',
    ]) {
      const res = await admin.get(url);
      expect({ url, status: res.status }).toEqual({ url, status: 200 });
      expect({ url, problems: problemsOf('get', url, res) }).toEqual({ url, problems: [] });
    }
    const check = await admin.post('/accessibility/check', { html: '<img src="a.png">' });
    expect(check.status).toBe(200);
    expect(check.body.violations.length).toBeGreaterThan(0);
    expect(problemsOf('post', '/accessibility/check', check)).toEqual([]);
    const preview = await admin.post('/chinese-variants/preview', { text: '政务公开', variant: 'zh-Hant' });
    expect(preview.status).toBe(200);
    expect(problemsOf('post', '/chinese-variants/preview', preview)).toEqual([]);
    for (const [method, url, send] of [
      ['get', '/api/normative-docs/documents?validity=nope', null],
      ['get', '/api/power-list/items?category=nope', null],
      ['get', '/api/environment/observations?pageSize=1001', null],
      ['post', '/accessibility/check', { html: 1 }],
      ['post', '/chinese-variants/preview', { text: '', variant: 'zh-Hant' }],
    ] as const) {
      const res =
        method === 'get'
          ? url.startsWith('/api/')
            ? await app.http().get(url)
            : await admin.get(url)
          : await admin.post(url, send as object);
      const template = url.split('?')[0];
      expect({ url, status: res.status }).toEqual({ url, status: 400 });
      expect({ url, problems: problemsOf(method, template, res) }).toEqual({ url, problems: [] });
    }
  });

  it('gives a typed client (openapi-typescript) that compiles with tsc, and catches a wrong parameter', async () => {
    const types = path.join(dir, 'api.d.ts');
    await run(process.execPath, [TOOLS, 'types', path.join(dir, 'openapi.json'), types]);
    const client = path.join(dir, 'client.ts');
    fs.writeFileSync(
      client,
      `import type { paths, components } from './api';
type Articles = paths['/api/gov-core/articles']['get'];
type ArticleList = Articles['responses']['200']['content']['application/json'];
export const query: NonNullable<Articles['parameters']['query']> = { column: 'ndbg', page: 1, pageSize: 10 };
export const titles = (list: ArticleList): string[] => list.data.map((a) => String(a.title));
export const total = (list: ArticleList): number => list.meta.pagination.total ?? 0;
export const status = (e: components['schemas']['ValidationError']): 400 => e.error.status;
type Items = paths['/api/power-list/items']['get']['responses']['200']['content']['application/json'];
export const itemNames = (list: Items): string[] => list.data.map((i) => String(i.name));
type Check = paths['/accessibility/check']['post'];
export const body: Check['requestBody']['content']['application/json'] = { html: '<p>正文</p>' };
// @ts-expect-error topic is an enumeration of 主题分类 keys
export const bad: NonNullable<Articles['parameters']['query']> = { topic: 'no-such-topic' };
`,
    );
    const program = ts.createProgram([client], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.CommonJS,
      skipLibCheck: false,
      types: [],
    });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);
    expect(fs.readFileSync(types, 'utf8')).toContain('"/api/gov-core/articles"');
  });
});
