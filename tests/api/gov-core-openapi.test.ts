import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createAdmin, type AdminSession } from '../helpers/admin';
import { govFixtures } from '../helpers/gov-fixtures';
import {
  articleListQuery,
  auditQuery,
  localeQuery,
  pagination,
  publishDateCorrection,
  reviewDecision,
} from '../../plugins/gov-core/server/src/schemas/content-api';

const ARTICLE = 'plugin::gov-core.article';
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];
// The generated document covers every local plugin; these tests check gov-core's part of it (the part the hand
// spec covered). tests/api/openapi.test.ts checks the whole document.
let spec: any;
let app: TestApp;
const isGovCore = (path: string) => path.startsWith('/api/gov-core/') || path.startsWith('/gov-core/');
beforeAll(async () => {
  app = await bootStrapi();
  const res = await app.http().get('/api/gov-core/openapi.json');
  expect(res.status).toBe(200);
  spec = {
    ...res.body,
    paths: Object.fromEntries(Object.entries(res.body.paths).filter(([path]) => isGovCore(path))),
  };
});
afterAll(async () => {
  await app?.destroy();
});

// ---- a tiny JSON Schema checker for the subset the spec uses ------------------------------------------------

const resolveRef = (ref: string): any => {
  if (!ref.startsWith('#/')) throw new Error(`external $ref ${ref}`);
  const target = ref
    .slice(2)
    .split('/')
    .reduce((node: any, key) => node?.[key], spec);
  if (target === undefined) throw new Error(`unresolved $ref ${ref}`);
  return target;
};

/** $ref followed; allOf merged into one object schema (properties and required united). */
const resolve = (schema: any): any => {
  if (schema.$ref) return resolve(resolveRef(schema.$ref));
  if (schema.allOf) {
    const parts = schema.allOf.map(resolve);
    return {
      type: 'object',
      properties: Object.assign({}, ...parts.map((p: any) => p.properties ?? {})),
      required: parts.flatMap((p: any) => p.required ?? []),
    };
  }
  return schema;
};

const typeOf = (v: unknown) =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v;
const matchesType = (v: unknown, t: string) => typeOf(v) === t || (t === 'number' && typeOf(v) === 'integer');

/**
 * Problems of `value` against `schema`: type (or type arrays for null), enum, pattern, minimum/maximum,
 * properties + required, items, anyOf, $ref, allOf. Undocumented object properties are problems too, so the
 * spec cannot drift behind the responses.
 */
const check = (schema: any, value: unknown, path = '$'): string[] => {
  const s = resolve(schema);
  if (s.anyOf) {
    const results = s.anyOf.map((alt: any) => check(alt, value, path));
    return results.some((r: string[]) => r.length === 0)
      ? []
      : [`${path}: matches no anyOf branch (${results.flat().join('; ')})`];
  }
  const problems: string[] = [];
  if (s.type !== undefined) {
    const types: string[] = [].concat(s.type);
    if (!types.some((t) => matchesType(value, t)))
      return [`${path}: ${typeOf(value)} is not ${types.join('|')}`];
  }
  if (s.enum && !s.enum.includes(value)) problems.push(`${path}: ${JSON.stringify(value)} not in enum`);
  if (typeof value === 'string' && s.pattern && !new RegExp(s.pattern).test(value))
    problems.push(`${path}: "${value}" does not match ${s.pattern}`);
  if (typeof value === 'number') {
    if (s.minimum !== undefined && value < s.minimum) problems.push(`${path}: ${value} < ${s.minimum}`);
    if (s.maximum !== undefined && value > s.maximum) problems.push(`${path}: ${value} > ${s.maximum}`);
  }
  if (Array.isArray(value) && s.items)
    value.forEach((v, i) => problems.push(...check(s.items, v, `${path}[${i}]`)));
  if (typeOf(value) === 'object' && s.properties) {
    const obj = value as Record<string, unknown>;
    for (const key of s.required ?? [])
      if (!(key in obj)) problems.push(`${path}.${key}: required but missing`);
    for (const [key, v] of Object.entries(obj)) {
      if (s.properties[key]) problems.push(...check(s.properties[key], v, `${path}.${key}`));
      else problems.push(`${path}.${key}: not documented`);
    }
  }
  return problems;
};

const operation = (method: string, path: string) => {
  const op = spec.paths[path]?.[method];
  if (!op) throw new Error(`${method.toUpperCase()} ${path} is not in the spec`);
  return op;
};
const responseSchema = (method: string, path: string, status: number) => {
  const response = operation(method, path).responses[String(status)];
  if (!response) throw new Error(`${method.toUpperCase()} ${path} does not document ${status}`);
  return resolve(response.$ref ? resolveRef(response.$ref) : response).content['application/json'].schema;
};
/** The documented path of a concrete URL (`/api/gov-core/columns/ndbg` → `/api/gov-core/columns/{slug}`). */
const templateOf = (url: string) => {
  const bare = url.split('?')[0];
  const found = Object.keys(spec.paths).find((p) =>
    new RegExp(`^${p.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(bare),
  );
  if (!found) throw new Error(`${bare} matches no documented path`);
  return found;
};

/** Asserts a real response is documented (status) and matches the documented schema. */
const conforms = (res: { status: number; body: unknown }, method: string, url: string) => {
  const problems = check(responseSchema(method, templateOf(url), res.status), res.body);
  expect({ url, status: res.status, problems }).toEqual({ url, status: res.status, problems: [] });
};

// ---- structure -----------------------------------------------------------------------------------------------

const structuralProblems = (doc: any): string[] => {
  const problems: string[] = [];
  const must = (ok: unknown, message: string) => {
    if (!ok) problems.push(message);
  };
  must(/^3\.1\.\d+$/.test(doc.openapi), 'openapi must be 3.1.x');
  must(typeof doc.info?.title === 'string' && doc.info.title, 'info.title is required');
  must(typeof doc.info?.version === 'string' && doc.info.version, 'info.version is required');
  must(doc.paths && typeof doc.paths === 'object', 'paths is required');

  const tags = new Set((doc.tags ?? []).map((t: any) => t.name));
  const schemes = new Set(Object.keys(doc.components?.securitySchemes ?? {}));
  const operationIds = new Set<string>();
  for (const [path, item] of Object.entries<any>(doc.paths ?? {})) {
    must(path.startsWith('/'), `${path}: must start with /`);
    const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    for (const [method, op] of Object.entries<any>(item)) {
      const at = `${method.toUpperCase()} ${path}`;
      must(METHODS.includes(method), `${at}: unknown method`);
      must(
        typeof op.operationId === 'string' && !operationIds.has(op.operationId),
        `${at}: operationId missing or repeated`,
      );
      operationIds.add(op.operationId);
      const params: any[] = op.parameters ?? [];
      const seen = new Set<string>();
      for (const p of params) {
        must(typeof p.name === 'string', `${at}: parameter without name`);
        must(
          ['query', 'path', 'header', 'cookie'].includes(p.in),
          `${at}: parameter ${p.name} has a bad "in"`,
        );
        must(p.schema || p.content, `${at}: parameter ${p.name} has no schema`);
        must(!seen.has(`${p.in}:${p.name}`), `${at}: parameter ${p.name} repeated`);
        seen.add(`${p.in}:${p.name}`);
        if (p.in === 'path')
          must(p.required === true && templated.includes(p.name), `${at}: path parameter ${p.name}`);
      }
      for (const name of templated)
        must(
          params.some((p) => p.in === 'path' && p.name === name),
          `${at}: {${name}} is not declared`,
        );
      const responses = Object.entries<any>(op.responses ?? {});
      must(responses.length > 0, `${at}: no responses`);
      for (const [status, r] of responses) {
        must(/^([1-5](\d\d|XX)|default)$/.test(status), `${at}: bad status ${status}`);
        const response = r.$ref ? resolveRef(r.$ref) : r;
        must(typeof response.description === 'string', `${at} ${status}: description is required`);
      }
      if (op.requestBody) must(op.requestBody.content, `${at}: requestBody without content`);
      for (const requirement of op.security ?? [])
        for (const scheme of Object.keys(requirement))
          must(schemes.has(scheme), `${at}: unknown scheme ${scheme}`);
      for (const tag of op.tags ?? []) must(tags.has(tag), `${at}: undeclared tag ${tag}`);
    }
  }
  // Every $ref resolves.
  const walk = (node: unknown, at: string) => {
    if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${at}[${i}]`));
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === '$ref') {
          try {
            resolveRef(v as string);
          } catch (e) {
            problems.push(`${at}: ${(e as Error).message}`);
          }
        } else walk(v, `${at}.${k}`);
      }
    }
  };
  walk(doc, '$');
  return problems;
};

/** `METHOD /full/path` of the spec, OpenAPI `{param}` written as Strapi's `:param`. */
const specRoutes = () =>
  Object.entries<any>(spec.paths)
    .flatMap(([path, item]) =>
      Object.keys(item).map((m) => `${m.toUpperCase()} ${path.replace(/\{([^}]+)\}/g, ':$1')}`),
    )
    .sort();

describe('gov-core OpenAPI document (structure)', () => {
  it('is a structurally valid OpenAPI 3.1 document whose every $ref resolves', () => {
    expect(structuralProblems(spec)).toEqual([]);
  });

  it('documents, for every content-API route, exactly the query parameters its zod schema accepts', () => {
    const keys = (schema: { shape: object }) => Object.keys(schema.shape).sort();
    const query = (method: string, path: string) =>
      (operation(method, path).parameters ?? [])
        .filter((p: any) => p.in === 'query')
        .map((p: any) => p.name)
        .sort();
    // Articles are a column route of the public content API: its shortcut parameters (articleListQuery, the
    // aliases of the column registry), q and Strapi's query language.
    const strapiQuery = ['fields', 'locale', 'populate', 'status'];
    const strapiList = [
      'filters',
      'sort',
      ...['page', 'pageSize', 'withCount', 'start', 'limit'].map((k) => `pagination[${k}]`),
    ];
    expect(query('get', '/api/gov-core/articles')).toEqual(
      [...new Set([...keys(articleListQuery), 'q', ...strapiQuery, ...strapiList])].sort(),
    );
    expect(query('get', '/api/gov-core/articles/{documentId}')).toEqual(strapiQuery);
    expect(query('get', '/api/gov-core/columns/{slug}')).toEqual(keys(pagination));
    for (const path of ['/api/gov-core/columns/tree', '/api/gov-core/departments'])
      expect(query('get', path)).toEqual(keys(localeQuery));
    for (const path of ['/api/gov-core/info', '/api/gov-core/labels']) expect(query('get', path)).toEqual([]);
    const body = (method: string, path: string) =>
      Object.keys(
        resolve(operation(method, path).requestBody.content['application/json'].schema).properties,
      ).sort();
    expect(body('post', '/gov-core/disclosure/publish-date')).toEqual(keys(publishDateCorrection));
    expect(body('post', '/gov-core/reviews/{uid}/{documentId}')).toEqual(keys(reviewDecision));
    expect(query('get', '/gov-core/audit')).toEqual(keys(auditQuery));
    // The export takes the same filters; page and pageSize are accepted and ignored.
    expect(query('get', '/gov-core/audit/export.csv')).toEqual(
      keys(auditQuery).filter((k) => k !== 'page' && k !== 'pageSize'),
    );
  });

  it('catches an undocumented field and a wrong type (the checker itself)', () => {
    const schema = { type: 'object', properties: { a: { type: ['string', 'null'] } }, required: ['a'] };
    expect(check(schema, { a: null })).toEqual([]);
    expect(check(schema, { a: 1, b: 2 })).toEqual(['$.a: integer is not string|null', '$.b: not documented']);
    expect(check(schema, {})).toEqual(['$.a: required but missing']);
  });
});

describe('gov-core OpenAPI document (against the booted app)', () => {
  let admin: AdminSession;
  let article: any;
  let policy: any;
  let dept: any;
  let ndbg: any;
  let fx: ReturnType<typeof govFixtures>;

  beforeAll(async () => {
    admin = await createAdmin(app);
    fx = govFixtures(app);
    // 保密审查: approve before publishing when gov-core requires a review.
    const published = async (data: Record<string, unknown>) => {
      const a = await fx.article(data, { publish: false });
      const reviews = app.strapi.plugin('gov-core').service('reviews') as any;
      if (reviews?.isRequired(ARTICLE))
        await reviews.decide({ uid: ARTICLE, documentId: a.documentId, decision: 'approve' }, null);
      return (app.strapi.documents(ARTICLE as never) as any)
        .publish({ documentId: a.documentId })
        .then(() => a);
    };
    dept = await fx.department({ code: 'zfb', name: '道县人民政府办公室', shortName: '县政府办', order: 1 });
    const root = await fx.column({
      slug: 'zhengwu-gongkai',
      name: '政务公开',
      cadence: 'static',
      description: '信息公开',
    });
    ndbg = await fx.column({
      slug: 'ndbg',
      name: '政府信息公开年度报告',
      parent: root.documentId,
      order: 1,
    });
    await fx.column({
      slug: 'zwfw',
      name: '政务服务',
      kind: 'link',
      externalUrl: 'https://zwfw-new.hunan.gov.cn/',
      order: 2,
    });
    const disclosure = {
      publisher: dept.documentId,
      topic: 'general-government-affairs',
      writtenAt: '2017-05-05',
    };
    policy = await published({
      title: '政策文件',
      column: ndbg.documentId,
      department: dept.documentId,
      body: '<h2>一、总体要求</h2><p>正文</p>',
      disclosure: { ...disclosure, documentNumber: '道政办发〔2017〕12号', keywords: '政务公开' },
    });
    article = await published({
      title: '道县2017年政务公开工作要点',
      summary: '摘要',
      column: ndbg.documentId,
      department: dept.documentId,
      interprets: policy.documentId,
      body: '<p>正文</p>',
      disclosure,
    });
  });
  it('documents every route gov-core registers, with the same method and path, and nothing else', () => {
    const registered = Object.values<any>(app.strapi.plugin('gov-core').routes)
      .flatMap((group) =>
        group.routes.map(
          (r: any) =>
            `${r.method} ${group.type === 'content-api' ? '/api' : ''}${group.prefix ?? '/gov-core'}${r.path}`,
        ),
      )
      .sort();
    expect(registered.length).toBeGreaterThan(0);
    expect(specRoutes()).toEqual(registered);
  });

  const PUBLIC_ADMIN_ROUTES = ['GET /gov-core/admin-messages'];
  it('marks public routes as public and admin routes as bearer-protected, as they really are', async () => {
    for (const route of specRoutes()) {
      const [method, path] = route.split(' ');
      const op = operation(method.toLowerCase(), path.replace(/:([^/]+)/g, '{$1}'));
      const url = path.replace(/:[^/]+/g, 'x');
      const res = await (app.http() as any)[method.toLowerCase()](url).send({});
      if (PUBLIC_ADMIN_ROUTES.includes(route)) {
        // Read by the admin before login (form labels): public, and documented so.
        expect({ route, security: op.security }).toEqual({ route, security: [] });
        expect({ route, status: res.status }).toEqual({ route, status: 200 });
      } else if (path.startsWith('/api/')) {
        expect({ route, security: op.security }).toEqual({ route, security: [] });
        expect({ route, status: res.status }).not.toEqual({ route, status: 401 });
        expect(res.status).not.toBe(403);
      } else {
        expect({ route, security: op.security }).toEqual({ route, security: [{ adminBearer: [] }] });
        expect({ route, status: res.status }).toEqual({ route, status: 401 });
        conforms(res, method.toLowerCase(), url);
      }
    }
  });

  it('matches the real responses of the public routes', async () => {
    const urls = [
      '/api/gov-core/info',
      '/api/gov-core/labels',
      '/api/gov-core/columns/tree',
      '/api/gov-core/columns/tree?locale=zh-Hant',
      '/api/gov-core/articles?locale=zh-Hant',
      `/api/gov-core/articles/${article.documentId}?locale=zh-Hant`,
      '/api/gov-core/departments?locale=zh-Hant',
      '/api/gov-core/columns/ndbg',
      '/api/gov-core/columns/zhengwu-gongkai?page=1&pageSize=1',
      '/api/gov-core/columns/zwfw',
      '/api/gov-core/articles',
      '/api/gov-core/articles?column=ndbg&department=zfb&topic=general-government-affairs&page=1&pageSize=1',
      `/api/gov-core/articles?year=${new Date().getFullYear()}`,
      `/api/gov-core/articles/${article.documentId}`,
      `/api/gov-core/articles/${policy.documentId}`,
      '/api/gov-core/departments',
    ];
    for (const url of urls) {
      const res = await app.http().get(url);
      expect({ url, status: res.status }).toEqual({ url, status: 200 });
      conforms(res, 'get', url);
    }
    // The fixture is really in the responses (not an empty list that matches anything).
    const list = await app.http().get('/api/gov-core/articles?column=ndbg');
    expect(list.body.data.map((a: any) => a.title)).toEqual(['道县2017年政务公开工作要点', '政策文件']);
    expect(list.body.data[0].disclosure.indexNumber).toBe(`${dept.organizationCode}/2017-00002`);
    expect(list.body.data[0].interprets.title).toBe('政策文件');
  });

  it('matches the documented 404 and 400 responses', async () => {
    for (const url of ['/api/gov-core/columns/no-such-column', '/api/gov-core/articles/no-such-document']) {
      const res = await app.http().get(url);
      expect({ url, status: res.status }).toEqual({ url, status: 404 });
      conforms(res, 'get', url);
    }
    for (const url of [
      '/api/gov-core/articles?page=0&pageSize=101&topic=x&year=1800&column=Bad_Slug',
      '/api/gov-core/columns/ndbg?pageSize=abc',
      '/api/gov-core/columns/tree?locale=!!',
      `/api/gov-core/articles/${article.documentId}?locale=1`,
      '/api/gov-core/departments?locale=abcd',
    ]) {
      const res = await app.http().get(url);
      expect({ url, status: res.status }).toEqual({ url, status: 400 });
      conforms(res, 'get', url);
    }
  });

  it('enforces the documented rules of every query parameter: at the bounds 200, past them 400 naming it', async () => {
    for (const [path, item] of Object.entries<any>(spec.paths)) {
      if (!path.startsWith('/api/') || !item.get) continue;
      const base = path.replace('{slug}', 'ndbg').replace('{documentId}', article.documentId);
      for (const p of (item.get.parameters ?? []).filter((q: any) => q.in === 'query')) {
        const { minimum, maximum, pattern } = p.schema;
        const cases: [string, number][] = [];
        if (minimum !== undefined) cases.push([String(minimum), 200], [String(minimum - 1), 400]);
        if (maximum !== undefined) cases.push([String(maximum), 200], [String(maximum + 1), 400]);
        if (p.schema.type === 'integer') cases.push(['1.5', 400]);
        if (p.schema.enum) cases.push([p.schema.enum[0], 200], ['no-such-key', 400]);
        if (pattern) cases.push(['!!', 400]);
        for (const [value, status] of cases) {
          const url = `${base}?${p.name}=${encodeURIComponent(value)}`;
          const res = await app.http().get(url);
          expect({ url, status: res.status }).toEqual({ url, status });
          if (status === 400)
            // A nested parameter's path is Strapi's (['pagination', 'page'] for pagination[page]).
            expect(
              res.body.error.details.errors.map((e: any) =>
                e.path.map((k: string, i: number) => (i ? `[${k}]` : k)).join(''),
              ),
            ).toEqual([p.name]);
          conforms(res, 'get', url);
        }
      }
    }
  });

  it('matches the real responses of the admin routes', async () => {
    const path = '/gov-core/disclosure/publish-date';
    const ok = await admin.post(path, {
      contentType: ARTICLE,
      documentId: article.documentId,
      publishDate: '2017-12-29',
      reason: '迁移自原网站，恢复原发布日期',
    });
    expect(ok.status).toBe(200);
    conforms(ok, 'post', path);

    const bad = await admin.post(path, { contentType: ARTICLE, publishDate: '2017/12/29', reason: '短' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors.map((e: any) => e.path[0]).sort()).toEqual([
      'documentId',
      'publishDate',
      'reason',
    ]);
    conforms(bad, 'post', path);

    const missing = await admin.post(path, {
      contentType: ARTICLE,
      documentId: 'no-such-document',
      publishDate: '2017-12-29',
      reason: '迁移自原网站，恢复原发布日期',
    });
    expect(missing.status).toBe(404);
    conforms(missing, 'post', path);

    for (const url of [
      path,
      `${path}?documentId=${article.documentId}&contentType=${encodeURIComponent(ARTICLE)}`,
      '/gov-core/disclosure/index-numbers',
      `/gov-core/disclosure/index-numbers?publisherCode=${dept.organizationCode}&year=2017`,
    ]) {
      const res = await admin.get(url);
      expect({ url, status: res.status }).toEqual({ url, status: 200 });
      expect(res.body.data.length).toBeGreaterThan(0);
      conforms(res, 'get', url);
    }

    // 保密审查: queue, history, decisions.
    const draft = await fx.article(
      { title: '待审信息', column: ndbg.documentId, department: dept.documentId },
      { publish: false },
    );
    const reviewPath = `/gov-core/reviews/${encodeURIComponent(ARTICLE)}/${draft.documentId}`;
    for (const url of ['/gov-core/reviews/pending', reviewPath]) {
      const res = await admin.get(url);
      expect({ url, status: res.status }).toEqual({ url, status: 200 });
      expect(res.body.data.length).toBeGreaterThan(0);
      conforms(res, 'get', url);
    }
    const reject = await admin.post(reviewPath, { decision: 'reject' });
    expect(reject.status).toBe(400);
    conforms(reject, 'post', reviewPath);
    const badDecision = await admin.post(reviewPath, { decision: 'maybe' });
    expect(badDecision.status).toBe(400);
    expect(badDecision.body.error.details.errors[0].path).toEqual(['decision']);
    conforms(badDecision, 'post', reviewPath);
    const approve = await admin.post(reviewPath, { decision: 'approve', comment: '无涉密内容' });
    expect(approve.status).toBe(200);
    conforms(approve, 'post', reviewPath);
    const noDraft = `/gov-core/reviews/${encodeURIComponent(ARTICLE)}/no-such-document`;
    const gone = await admin.post(noDraft, { decision: 'approve' });
    expect(gone.status).toBe(404);
    conforms(gone, 'post', noDraft);

    // 操作日志 and the caller's departments.
    for (const url of [
      '/gov-core/audit',
      `/gov-core/audit?uid=${encodeURIComponent(ARTICLE)}&pageSize=2`,
      '/gov-core/memberships/me',
    ]) {
      const res = await admin.get(url);
      expect({ url, status: res.status }).toEqual({ url, status: 200 });
      conforms(res, 'get', url);
    }
    const badAudit = await admin.get('/gov-core/audit?pageSize=0&from=yesterday');
    expect(badAudit.status).toBe(400);
    conforms(badAudit, 'get', '/gov-core/audit');
    const csv = await admin.get('/gov-core/audit/export.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(Object.keys(operation('get', '/gov-core/audit/export.csv').responses['200'].content)).toEqual([
      'text/csv',
    ]);

    const editor = await createAdmin(app, { roles: ['strapi-editor'] });
    const forbidden = await editor.get('/gov-core/disclosure/index-numbers');
    expect(forbidden.status).toBe(403);
    conforms(forbidden, 'get', '/gov-core/disclosure/index-numbers');
  });
});
