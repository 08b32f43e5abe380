import fs from 'node:fs';
import path from 'node:path';
import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createAdmin, type AdminSession } from '../helpers/admin';
import { govFixtures } from '../helpers/gov-fixtures';
import {
  columnSamples,
  itemsInTwoDepartments,
  pppProjectsFor,
  budgetReportsFor,
} from '../helpers/column-samples';
import { csv as observationCsv } from './environment-helpers';
import { download, upload as uploadPowerList } from './power-list-helpers';
import { writePowerListFile } from '../../plugins/power-list/server/src/domain/spreadsheet';
import { tableSetFor } from '../../plugins/budget/server/src/data/table-sets';

/**
 * Finding 9: department scope on every admin route of every plugin. Two departments A and B; items of every
 * registered column type in B (drafts, a not-open one, a published one with its 索引号 and a corrected 发布日期,
 * a B reviewer's decision); an editor and a reviewer of A who also hold every plugin action (so what refuses
 * them is the scope, not a missing permission), and a webmaster. Every admin route × every out-of-scope document
 * is refused (403, the same answer as for a document that does not exist) and no body carries B's titles, ids,
 * comments or the B reviewer's e-mail; the same requests in scope still work.
 */

const ARTICLE = 'plugin::gov-core.article';
const NORMATIVE = 'plugin::normative-docs.normative-document';
const BATCH = 'plugin::normative-docs.cleanup-batch';
const STATION = 'plugin::environment.air-station';
const POWER_ITEM = 'plugin::power-list.power-item';
const BUDGET_REPORT = 'plugin::budget.budget-report';
const BUDGET_LINE = 'plugin::budget.budget-line';
const CM = 'plugin::content-manager.explorer';

/** How an admin route is scoped (what the table below proves for it). */
type Scope =
  | 'document' // about one document: 403 outside the caller's departments
  | 'list' // a list: filtered to the caller's departments
  | 'import' // rows outside the caller's departments refused
  | 'batch' // a batch: every document it names must be in scope
  | 'global' // changes every department: only for callers who reach all of them
  | 'self' // the caller's own data
  | 'no-document' // a computation on the request body or static data, about no stored document
  | 'public-asset'; // auth: false static file

/**
 * Every admin route of every local plugin, with its scope. A new admin route fails the inventory test until it
 * is added here with a probe.
 */
const ROUTES: Record<string, Scope> = {
  'POST /gov-core/disclosure/publish-date': 'document',
  'GET /gov-core/disclosure/publish-date': 'document',
  'GET /gov-core/disclosure/index-numbers': 'list',
  'GET /gov-core/reviews/pending': 'list',
  'GET /gov-core/reviews/:uid/:documentId': 'document',
  'GET /gov-core/reviews/:uid/:documentId/status': 'document',
  'POST /gov-core/reviews/:uid/:documentId': 'document',
  'GET /gov-core/audit': 'list',
  'GET /gov-core/audit/export.csv': 'list',
  'GET /gov-core/memberships/me': 'self',
  'GET /gov-core/admin-layouts/options': 'no-document',
  'GET /gov-core/drafts/recent': 'list',
  'GET /gov-core/admin-messages': 'public-asset',
  'POST /accessibility/check': 'no-document',
  'GET /accessibility/documents/:uid/:documentId': 'document',
  'GET /accessibility/rules': 'no-document',
  'GET /accessibility/toolbar.js': 'public-asset',
  'GET /accessibility/toolbar.css': 'public-asset',
  'GET /accessibility/demo': 'public-asset',
  'POST /chinese-variants/preview': 'no-document',
  // Closed on the preview-controller branch (sec-variants): red on this branch alone, green once merged.
  'POST /chinese-variants/preview/document': 'document',
  'POST /environment/import/observations': 'import',
  'GET /environment/overdue': 'list',
  'GET /normative-docs/batches/:id/plan': 'batch',
  'POST /normative-docs/batches/:id/apply': 'batch',
  'POST /normative-docs/jobs/expire': 'global',
  'POST /power-list/import': 'import',
  'GET /power-list/export': 'list',
  'GET /power-list/adjustments': 'list',
  'GET /ppp/deadlines': 'list',
  'GET /budget/deadlines': 'list',
  'POST /budget/reports/:documentId/import': 'document',
  'GET /budget/reports/:documentId/export': 'document',
};

const LOCAL_PLUGINS = fs
  .readdirSync(path.join(__dirname, '../../plugins'), { withFileTypes: true })
  .filter(
    (e) => e.isDirectory() && fs.existsSync(path.join(__dirname, '../../plugins', e.name, 'package.json')),
  )
  .map((e) => e.name);

let app: TestApp;
let fx: ReturnType<typeof govFixtures>;
let webmaster: AdminSession;
let editorA: AdminSession;
let reviewerA: AdminSession;
let reviewerB: AdminSession;
let deptA: any;
let deptB: any;
let townshipA: any;
let stationA: any;
let stationB: any;
/** Per column type: an item of A and one of B (drafts). */
const itemsA: Record<string, any> = {};
const itemsB: Record<string, any> = {};
let notOpenB: any;
let publishedA: any;
let publishedB: any;
let powerPublishedB: any;
let batchA: any;
let batchB: any;
/** What no response to an A caller may contain. */
const secrets: string[] = [];

const docs = (uid: string) => app.strapi.documents(uid as never) as any;
const enc = encodeURIComponent;
const text = (res: { text?: string; body?: unknown }) =>
  Buffer.isBuffer(res.body)
    ? res.body.toString('utf8')
    : typeof res.text === 'string' && res.text.length
      ? res.text
      : JSON.stringify(res.body ?? '');
const expectNoLeak = (label: string, res: { text?: string; body?: unknown }) => {
  const body = text(res);
  expect({ label, leaked: secrets.filter((s) => body.includes(s)) }).toEqual({ label, leaked: [] });
};
const expectRefused = (label: string, res: { status: number; text?: string; body?: unknown }) => {
  expect({ label, status: res.status }).toEqual({ label, status: 403 });
  expectNoLeak(label, res);
};
const expectOk = (label: string, res: { status: number; body?: any }, status = 200) => {
  expect({ label, status: res.status, error: res.status >= 400 ? res.body?.error : undefined }).toEqual({
    label,
    status,
    error: undefined,
  });
};

const member = (session: AdminSession, depts: any[]) => fx.membership(session.user, depts);

beforeAll(async () => {
  app = await bootStrapi();
  fx = govFixtures(app);
  deptA = await fx.department({ code: 'scope-a', name: '县发展和改革局' });
  deptB = await fx.department({ code: 'scope-b', name: '县财政局' });
  townshipA = await fx.department({ code: 'scope-ta', name: '濂溪街道', kind: 'township' });
  await fx.department({ code: 'scope-tb', name: '西洲街道', kind: 'township' });
  const column = await fx.column({ slug: 'scope-column' });
  await fx.column({ slug: 'scope-quanze', name: '权责清单', kind: 'thematic', contentType: POWER_ITEM });

  const station = async (dept: any, code: string) => {
    const s = await docs(STATION).create({
      data: {
        name: `${code} 站`,
        code,
        township: townshipA.documentId,
        ...{ column: column.documentId },
        department: dept.documentId,
      },
    });
    await fx.approveAndPublish(STATION, s.documentId);
    return s;
  };
  stationA = await station(deptA, 'scope-st-a');
  stationB = await station(deptB, 'scope-st-b');

  // A probe role holding every plugin admin action and the batch permissions: added to A's editor and
  // reviewer, it leaves the department scope (from their portal roles) as the only thing that can refuse them.
  const actions = app.strapi
    .service('admin::permission')
    .actionProvider.values()
    .filter((a: any) => a.section === 'plugins' && LOCAL_PLUGINS.includes(a.pluginName))
    .map((a: any) => ({ action: a.actionId }));
  const roles = app.strapi.service('admin::role');
  const probe = await roles.create({
    name: '越权探测',
    description: 'every plugin action, no content scope',
  });
  await roles.assignPermissions(probe.id, [
    ...actions,
    { action: `${CM}.read`, subject: BATCH },
    { action: `${CM}.update`, subject: BATCH },
  ]);

  webmaster = await createAdmin(app, { roles: ['gov-webmaster'] });
  editorA = await createAdmin(app, { roles: ['gov-department-editor', probe.code] });
  reviewerA = await createAdmin(app, { roles: ['gov-reviewer', probe.code] });
  reviewerB = await createAdmin(app, { roles: ['gov-reviewer'], email: 'reviewer-b-secret@example.test' });
  await member(editorA, [deptA, townshipA]);
  await member(reviewerA, [deptA, townshipA]);
  await member(reviewerB, [deptB]);
  secrets.push(reviewerB.user.email);

  const pppProjects = await pppProjectsFor(app.strapi as any, [deptA, deptB], column);
  const budgetReports = await budgetReportsFor(app.strapi as any, [deptA, deptB], column);
  const samples = columnSamples(() => ({
    column,
    station: stationA,
    township: townshipA,
    pppProjects,
    budgetReports,
  }));
  await itemsInTwoDepartments(app.strapi as any, samples, deptA, deptB, {
    itemsA,
    itemsB,
    secrets,
    adjustB: (uid, data) =>
      uid === 'plugin::environment.air-observation' ? { ...data, station: stationB.documentId } : data,
  });
  notOpenB = await docs(ARTICLE).create({
    data: {
      title: '乙部门不予公开的请示',
      column: column.documentId,
      department: deptB.documentId,
      disclosure: { openness: 'not-open', notOpenReason: '涉及国家秘密' },
    },
  });
  secrets.push('乙部门不予公开的请示', notOpenB.documentId);
  publishedA = await fx.article({
    title: '甲部门已发布',
    column: column.documentId,
    department: deptA.documentId,
  });
  publishedB = await fx.article({
    title: '乙部门已发布-机密',
    column: column.documentId,
    department: deptB.documentId,
  });
  secrets.push('乙部门已发布-机密', publishedB.documentId);
  powerPublishedB = await docs(POWER_ITEM).create({
    data: samples[POWER_ITEM].create(deptB, '乙部门权力事项-机密'),
  });
  await fx.approveAndPublish(POWER_ITEM, powerPublishedB.documentId);
  secrets.push('乙部门权力事项-机密', powerPublishedB.documentId);

  // B's own reviewer decides on B's article: the history then holds B's reviewer e-mail and comment.
  const decided = await reviewerB.post(`/gov-core/reviews/${enc(ARTICLE)}/${itemsB[ARTICLE].documentId}`, {
    decision: 'reject',
    comment: '乙部门审查意见-机密',
  });
  expect(decided.status).toBe(200);
  secrets.push('乙部门审查意见-机密');
  // A recorded 发布日期 correction of B's published article.
  const corrected = await webmaster.post('/gov-core/disclosure/publish-date', {
    contentType: ARTICLE,
    documentId: publishedB.documentId,
    publishDate: '2020-01-02',
    reason: '按纸质发文登记簿更正',
  });
  expect(corrected.status).toBe(200);

  // 清理批次 naming a document of A, and one naming a document of B.
  const normative = async (dept: any, title: string) => {
    const d = await docs(NORMATIVE).create({ data: samples[NORMATIVE].create(dept, title) });
    await fx.approveAndPublish(NORMATIVE, d.documentId);
    return d;
  };
  const normA = await normative(deptA, '甲部门规范性文件');
  const normB = await normative(deptB, '乙部门规范性文件-机密');
  secrets.push('乙部门规范性文件-机密', normB.documentId);
  batchA = await docs(BATCH).create({
    data: {
      title: '甲清理批次',
      decisionNumber: '道政发〔2026〕91号',
      rows: [{ document: normA.documentId, outcome: 'expire' }],
    },
  });
  batchB = await docs(BATCH).create({
    data: {
      title: '乙清理批次',
      decisionNumber: '道政发〔2026〕92号',
      rows: [{ document: normB.documentId, outcome: 'repeal' }],
    },
  });
}, 240_000);

afterAll(async () => {
  await app?.destroy();
});

describe('admin route inventory', () => {
  it('every admin route of every local plugin has a decided scope in this table', () => {
    const registered: string[] = [];
    for (const id of LOCAL_PLUGINS) {
      const routes = (app.strapi.plugin(id) as any)?.routes?.admin?.routes ?? [];
      for (const r of routes) registered.push(`${r.method} /${id}${r.path}`);
    }
    expect(registered.length).toBeGreaterThan(0);
    expect([...registered].sort()).toEqual(Object.keys(ROUTES).sort());
  });

  it('every route with a scope has a probe below', () => {
    expect(Object.keys(PROBES).sort()).toEqual(Object.keys(ROUTES).sort());
  });
});

/** Every registered column type's B draft, plus the not-open draft and the published article of B. */
const outOfScope = () => [
  ...Object.entries(itemsB).map(([uid, d]) => ({ uid, documentId: d.documentId as string })),
  { uid: ARTICLE, documentId: notOpenB.documentId as string },
  { uid: ARTICLE, documentId: publishedB.documentId as string },
];
const inScope = () => Object.entries(itemsA).map(([uid, d]) => ({ uid, documentId: d.documentId as string }));

const PROBES: Record<string, () => Promise<void>> = {
  async 'POST /gov-core/disclosure/publish-date'() {
    const body = (documentId: string, contentType = ARTICLE) => ({
      contentType,
      documentId,
      publishDate: '2020-01-03',
      reason: '试图更正其他部门的发布日期',
    });
    for (const caller of [editorA, reviewerA]) {
      // Only types with 信息公开目录 metadata have a 发布日期 (another type is a 400 naming contentType).
      for (const d of outOfScope().filter((x) => [ARTICLE, NORMATIVE].includes(x.uid)))
        expectRefused(
          `correct ${d.uid} of B`,
          await caller.post('/gov-core/disclosure/publish-date', body(d.documentId, d.uid)),
        );
      // A document that does not exist gets the same answer as B's.
      expectRefused(
        'correct nonexistent',
        await caller.post('/gov-core/disclosure/publish-date', body('nosuchdocument000000000000')),
      );
    }
    const stored = await app.strapi.db.query('plugin::gov-core.publish-date-correction').count({
      where: { itemDocumentId: publishedB.documentId },
    });
    expect(stored).toBe(1);
    // In scope: A's editor corrects A's published article; the webmaster corrects B's.
    expectOk(
      'editor corrects A',
      await editorA.post('/gov-core/disclosure/publish-date', body(publishedA.documentId)),
    );
    expectOk(
      'webmaster corrects B',
      await webmaster.post('/gov-core/disclosure/publish-date', body(publishedB.documentId)),
    );
  },

  async 'GET /gov-core/disclosure/publish-date'() {
    for (const caller of [editorA, reviewerA]) {
      for (const d of outOfScope()) {
        expectRefused(
          `history of ${d.uid} of B`,
          await caller.get(`/gov-core/disclosure/publish-date?documentId=${d.documentId}`),
        );
        expectRefused(
          `history of ${d.uid} of B with contentType`,
          await caller.get(
            `/gov-core/disclosure/publish-date?documentId=${d.documentId}&contentType=${enc(ARTICLE)}`,
          ),
        );
      }
      expectRefused(
        'history of nonexistent',
        await caller.get('/gov-core/disclosure/publish-date?documentId=nosuchdocument000000000000'),
      );
      const all = await caller.get('/gov-core/disclosure/publish-date');
      expectOk('full history', all);
      expectNoLeak('full history', all);
    }
    const bad = await editorA.get('/gov-core/disclosure/publish-date?documentID=x');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors[0].path).toEqual(['documentID']);
    const mine = await editorA.get(`/gov-core/disclosure/publish-date?documentId=${publishedA.documentId}`);
    expectOk('history of A', mine);
    expect(mine.body.data.length).toBeGreaterThan(0);
    const wm = await webmaster.get(`/gov-core/disclosure/publish-date?documentId=${publishedB.documentId}`);
    expectOk('webmaster history of B', wm);
    expect(wm.body.data.length).toBeGreaterThan(0);
  },

  async 'GET /gov-core/disclosure/index-numbers'() {
    for (const caller of [editorA, reviewerA]) {
      const res = await caller.get('/gov-core/disclosure/index-numbers');
      expectOk('index numbers', res);
      expectNoLeak('index numbers', res);
      expect(res.body.data.map((r: any) => r.documentId)).toContain(publishedA.documentId);
    }
    const wm = await webmaster.get('/gov-core/disclosure/index-numbers');
    expect(wm.body.data.map((r: any) => r.documentId)).toEqual(
      expect.arrayContaining([publishedA.documentId, publishedB.documentId]),
    );
  },

  async 'GET /gov-core/reviews/pending'() {
    for (const caller of [editorA, reviewerA]) {
      const res = await caller.get('/gov-core/reviews/pending');
      expectOk('queue', res);
      expectNoLeak('queue', res);
    }
    const queue = (await reviewerA.get('/gov-core/reviews/pending')).body.data.map((q: any) => q.documentId);
    // Types reviewed with another document (budget lines, with their report) wait for no review of their own.
    const reviewedWith = (uid: string) => app.strapi.plugin('gov-core').service('reviews').reviewedWith(uid);
    expect(queue).toEqual(
      expect.arrayContaining(
        inScope()
          .filter((d) => !reviewedWith(d.uid))
          .map((d) => d.documentId),
      ),
    );
    const all = (await webmaster.get('/gov-core/reviews/pending')).body.data.map((q: any) => q.documentId);
    expect(all).toContain(notOpenB.documentId);
  },

  async 'GET /gov-core/reviews/:uid/:documentId'() {
    for (const caller of [editorA, reviewerA]) {
      for (const d of outOfScope())
        expectRefused(
          `history ${d.uid} of B`,
          await caller.get(`/gov-core/reviews/${enc(d.uid)}/${d.documentId}`),
        );
      expectRefused(
        'history nonexistent',
        await caller.get(`/gov-core/reviews/${enc(ARTICLE)}/nosuchdocument000000000000`),
      );
      for (const d of inScope())
        expectOk(
          `history ${d.uid} of A`,
          await caller.get(`/gov-core/reviews/${enc(d.uid)}/${d.documentId}`),
        );
    }
    const wm = await webmaster.get(`/gov-core/reviews/${enc(ARTICLE)}/${itemsB[ARTICLE].documentId}`);
    expectOk('webmaster history of B', wm);
    expect(wm.body.data.map((r: any) => r.reviewerEmail)).toContain(reviewerB.user.email);
  },

  async 'POST /gov-core/reviews/:uid/:documentId'() {
    for (const caller of [editorA, reviewerA]) {
      for (const d of outOfScope())
        expectRefused(
          `decide ${d.uid} of B`,
          await caller.post(`/gov-core/reviews/${enc(d.uid)}/${d.documentId}`, { decision: 'approve' }),
        );
      expectRefused(
        'decide nonexistent',
        await caller.post(`/gov-core/reviews/${enc(ARTICLE)}/nosuchdocument000000000000`, {
          decision: 'approve',
        }),
      );
    }
    const decisions = await app.strapi.db.query('plugin::gov-core.review').count({
      where: { reviewerId: { $in: [editorA.user.id, reviewerA.user.id] } },
    });
    expect(decisions).toBe(0);
    for (const d of inScope())
      expectOk(
        `decide ${d.uid} of A`,
        await reviewerA.post(`/gov-core/reviews/${enc(d.uid)}/${d.documentId}`, { decision: 'approve' }),
      );
  },

  async 'GET /gov-core/audit'() {
    for (const url of [
      '/gov-core/audit?pageSize=100',
      ...outOfScope().map((d) => `/gov-core/audit?documentId=${d.documentId}`),
    ]) {
      const res = await reviewerA.get(url);
      expectOk(url, res);
      expectNoLeak(url, res);
    }
    const mine = await reviewerA.get(`/gov-core/audit?documentId=${itemsA[ARTICLE].documentId}`);
    expect(mine.body.data.length).toBeGreaterThan(0);
    expect((await editorA.get('/gov-core/audit')).status).toBe(200);
    expectNoLeak('editor audit', await editorA.get('/gov-core/audit?pageSize=100'));
    const all = await webmaster.get(`/gov-core/audit?documentId=${itemsB[ARTICLE].documentId}`);
    expect(all.body.data.length).toBeGreaterThan(0);
  },

  async 'GET /gov-core/audit/export.csv'() {
    for (const caller of [editorA, reviewerA]) {
      const res = await caller.get('/gov-core/audit/export.csv');
      expectOk('audit csv', res);
      expectNoLeak('audit csv', res);
      expect(res.text).toContain(itemsA[ARTICLE].documentId);
    }
    expect((await webmaster.get('/gov-core/audit/export.csv')).text).toContain(itemsB[ARTICLE].documentId);
  },

  async 'GET /gov-core/memberships/me'() {
    const res = await editorA.get('/gov-core/memberships/me');
    expectOk('my departments', res);
    expect(res.body.data.sort()).toEqual([deptA.documentId, townshipA.documentId].sort());
  },

  async 'POST /accessibility/check'() {
    const res = await editorA.post('/accessibility/check', { html: '<p><img src="/a.jpg"></p>' });
    expectOk('check html', res);
    expect(res.body.summary.errors).toBeGreaterThan(0);
  },

  async 'GET /accessibility/documents/:uid/:documentId'() {
    for (const caller of [editorA, reviewerA]) {
      for (const d of outOfScope())
        expectRefused(
          `report ${d.uid} of B`,
          await caller.get(`/accessibility/documents/${enc(d.uid)}/${d.documentId}`),
        );
      expectRefused(
        'report nonexistent',
        await caller.get(`/accessibility/documents/${enc(ARTICLE)}/nosuchdocument000000000000`),
      );
      for (const d of inScope())
        expectOk(
          `report ${d.uid} of A`,
          await caller.get(`/accessibility/documents/${enc(d.uid)}/${d.documentId}`),
        );
    }
  },

  async 'GET /gov-core/reviews/:uid/:documentId/status'() {
    for (const caller of [editorA, reviewerA]) {
      for (const d of outOfScope())
        expectRefused(
          `review status ${d.uid} of B`,
          await caller.get(`/gov-core/reviews/${enc(d.uid)}/${d.documentId}/status`),
        );
      expectRefused(
        'review status nonexistent',
        await caller.get(`/gov-core/reviews/${enc(ARTICLE)}/nosuchdocument000000000000/status`),
      );
      for (const d of inScope())
        expectOk(
          `review status ${d.uid} of A`,
          await caller.get(`/gov-core/reviews/${enc(d.uid)}/${d.documentId}/status`),
        );
    }
    expectOk(
      'webmaster review status of B',
      await webmaster.get(`/gov-core/reviews/${enc(ARTICLE)}/${itemsB[ARTICLE].documentId}/status`),
    );
  },

  async 'GET /gov-core/drafts/recent'() {
    const bIds = outOfScope().map((d) => d.documentId);
    for (const caller of [editorA, reviewerA]) {
      const res = await caller.get('/gov-core/drafts/recent');
      expectOk('recent drafts', res);
      expect(res.body.data.length).toBeGreaterThan(0);
      expect(res.body.data.filter((d: any) => bIds.includes(d.documentId))).toEqual([]);
      expectNoLeak('recent drafts', res);
    }
    expect((await editorA.get('/gov-core/drafts/recent?department=scope-b')).status).toBe(400);
    const all = (await webmaster.get('/gov-core/drafts/recent')).body.data;
    expect(all.length).toBeGreaterThan(0);
  },

  async 'GET /gov-core/admin-layouts/options'() {
    expect((await app.http().get('/gov-core/admin-layouts/options')).status).toBe(401);
    const res = await editorA.get('/gov-core/admin-layouts/options');
    expectOk('enumeration labels', res);
    expect(res.body.data['gov-core.disclosure'].openness.proactive).toBe('主动公开');
    expectNoLeak('enumeration labels', res);
  },

  async 'GET /gov-core/admin-messages'() {
    // Labels of the admin's forms, before login: no document, no department's data.
    const res = await app.http().get('/gov-core/admin-messages');
    expect(res.status).toBe(200);
    expect(res.body.data['content-manager.components.gov-core.disclosure.indexNumber']).toBe('索引号');
    expectNoLeak('admin messages', res);
  },

  async 'GET /accessibility/rules'() {
    const res = await editorA.get('/accessibility/rules');
    expectOk('rules', res);
    expect(res.body.data.length).toBeGreaterThan(0);
  },

  async 'GET /accessibility/toolbar.js'() {
    expect((await app.http().get('/accessibility/toolbar.js')).status).toBe(200);
  },
  async 'GET /accessibility/toolbar.css'() {
    expect((await app.http().get('/accessibility/toolbar.css')).status).toBe(200);
  },
  async 'GET /accessibility/demo'() {
    expect((await app.http().get('/accessibility/demo')).status).toBe(200);
  },

  async 'POST /chinese-variants/preview'() {
    const res = await editorA.post('/chinese-variants/preview', { text: '发展和改革', variant: 'zh-Hant' });
    expectOk('preview text', res);
    expect(res.body.data.text).toBe('發展和改革');
  },

  async 'POST /chinese-variants/preview/document'() {
    for (const caller of [editorA, reviewerA]) {
      for (const d of outOfScope())
        expectRefused(
          `preview ${d.uid} of B`,
          await caller.post('/chinese-variants/preview/document', {
            contentType: d.uid,
            documentId: d.documentId,
            variant: 'zh-Hant',
          }),
        );
      expectOk(
        'preview A',
        await caller.post('/chinese-variants/preview/document', {
          contentType: ARTICLE,
          documentId: itemsA[ARTICLE].documentId,
          variant: 'zh-Hant',
        }),
      );
    }
  },

  async 'POST /environment/import/observations'() {
    const file = (station: string, hour: number) =>
      observationCsv([
        [station, `2026-03-01 ${String(hour).padStart(2, '0')}:00`, '1h', 8, 20, 50, 0.6, 40, '', 30],
      ]);
    const post = (session: AdminSession, body: string, query = '') =>
      app
        .http()
        .post(`/environment/import/observations${query}`)
        .set('Authorization', `Bearer ${session.token}`)
        .attach('file', Buffer.from(body, 'utf8'), { filename: 'observations.csv', contentType: 'text/csv' });
    const before = await app.strapi.db.query('plugin::environment.air-observation').count();
    for (const query of ['?dryRun=true', '']) {
      const outside = await post(editorA, file('scope-st-b', 1), query);
      expect({ status: outside.status, path: outside.body.error?.details?.errors?.[0]?.column }).toEqual({
        status: 400,
        path: 'station',
      });
      const missing = await post(editorA, file('no-such-station', 1), query);
      // Another department's station and a missing one read alike.
      expect(missing.body.error.details.errors[0].message).toBe(
        outside.body.error.details.errors[0].message.replace('scope-st-b', 'no-such-station'),
      );
      expectNoLeak('import B station', outside);
    }
    expect(await app.strapi.db.query('plugin::environment.air-observation').count()).toBe(before);
    expectOk('import A station', await post(editorA, file('scope-st-a', 2)), 201);
    expectOk('webmaster imports B station', await post(webmaster, file('scope-st-b', 3)), 201);
  },

  async 'GET /environment/overdue'() {
    const res = await reviewerA.get('/environment/overdue?quarter=2025Q4');
    expectOk('overdue', res);
    const codes = [...res.body.data.overdue, ...res.body.data.reported].map((t: any) => t.code);
    expect(codes).toEqual(['scope-ta']);
    const all = await webmaster.get('/environment/overdue?quarter=2025Q4');
    expect(all.body.data.overdue.map((t: any) => t.code)).toEqual(
      expect.arrayContaining(['scope-ta', 'scope-tb']),
    );
  },

  async 'GET /normative-docs/batches/:id/plan'() {
    for (const caller of [editorA, reviewerA])
      expectRefused('plan B batch', await caller.get(`/normative-docs/batches/${batchB.documentId}/plan`));
    expectOk('editor plans A batch', await editorA.get(`/normative-docs/batches/${batchA.documentId}/plan`));
    const wm = await webmaster.get(`/normative-docs/batches/${batchB.documentId}/plan`);
    expectOk('webmaster plans B batch', wm);
    expect(wm.body.data.ok).toBe(true);
  },

  async 'POST /normative-docs/batches/:id/apply'() {
    for (const caller of [editorA, reviewerA])
      expectRefused('apply B batch', await caller.post(`/normative-docs/batches/${batchB.documentId}/apply`));
    const stored = await app.strapi.db.query(BATCH).findOne({ where: { documentId: batchB.documentId } });
    expect(stored.appliedAt).toBeNull();
    expectOk(
      'webmaster applies B batch',
      await webmaster.post(`/normative-docs/batches/${batchB.documentId}/apply`),
    );
  },

  async 'POST /normative-docs/jobs/expire'() {
    for (const caller of [editorA, reviewerA]) {
      const res = await caller.post('/normative-docs/jobs/expire');
      expectRefused('expiry job', res);
      expect(res.body.error.message).toMatch(/所有部门/);
    }
    expectOk('webmaster runs expiry', await webmaster.post('/normative-docs/jobs/expire'));
  },

  async 'POST /power-list/import'() {
    const row = (department: string, name: string) => ({
      code: null,
      name,
      category: 'licensing' as const,
      legalBasis: '《中华人民共和国行政许可法》第十二条',
      department,
      responsibilities: [{ stage: 'acceptance' as const, duty: '依法受理申请' }],
      accountability: [{ situation: '对符合条件的申请不予受理的', basis: '《行政许可法》第七十二条' }],
      remark: null,
    });
    const before = await app.strapi.db.query(POWER_ITEM).count();
    for (const query of ['?dryRun=true', '']) {
      const file = await writePowerListFile([row('scope-b', '越权导入的事项')], 'csv');
      const res = await uploadPowerList(app, editorA, file, { filename: 'list.csv', query });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expectNoLeak('import into B', res);
    }
    expect(await app.strapi.db.query(POWER_ITEM).count()).toBe(before);
    const mine = await writePowerListFile([row('scope-a', '本部门导入的事项')], 'csv');
    expectOk('import into A', await uploadPowerList(app, editorA, mine, { filename: 'list.csv' }), 201);
  },

  async 'GET /power-list/export'() {
    for (const caller of [editorA, reviewerA]) {
      for (const status of ['draft', 'published']) {
        expectRefused(
          `export B ${status}`,
          await download(app, caller, `/power-list/export?department=scope-b&format=csv&status=${status}`),
        );
        const all = await download(app, caller, `/power-list/export?format=csv&status=${status}`);
        expectOk(`export all ${status}`, all);
        expect(all.body.toString('utf8')).not.toContain('乙部门');
      }
    }
    const mine = await download(
      app,
      editorA,
      '/power-list/export?department=scope-a&format=csv&status=draft',
    );
    expectOk('export A', mine);
    expect(mine.body.toString('utf8')).toContain('甲部门-power-item');
    const wm = await download(app, webmaster, '/power-list/export?format=csv&status=published');
    expect(wm.body.toString('utf8')).toContain('乙部门权力事项-机密');
  },

  async 'GET /power-list/adjustments'() {
    for (const caller of [editorA, reviewerA]) {
      const res = await caller.get('/power-list/adjustments?pageSize=100');
      expectOk('adjustments', res);
      expectNoLeak('adjustments', res);
    }
    const wm = await webmaster.get('/power-list/adjustments?pageSize=100');
    expect(JSON.stringify(wm.body)).toContain('乙部门权力事项-机密');
  },

  async 'GET /ppp/deadlines'() {
    for (const caller of [editorA, reviewerA]) {
      const res = await caller.get('/ppp/deadlines?on=2030-01-01');
      expectOk('ppp deadlines', res);
      expectNoLeak('ppp deadlines', res);
      expect(JSON.stringify(res.body)).toContain('甲部门-ppp-project');
    }
    const wm = await webmaster.get('/ppp/deadlines?on=2030-01-01');
    expect(JSON.stringify(wm.body)).toContain('乙部门机密-ppp-project');
  },

  async 'GET /budget/deadlines'() {
    for (const caller of [editorA, reviewerA]) {
      const res = await caller.get('/budget/deadlines?on=2030-01-01');
      expectOk('budget deadlines', res);
      expectNoLeak('budget deadlines', res);
      expect(JSON.stringify(res.body)).toContain('甲部门-budget-report');
    }
    const wm = await webmaster.get('/budget/deadlines?on=2030-01-01');
    expect(JSON.stringify(wm.body)).toContain('乙部门机密-budget-report');
  },

  async 'POST /budget/reports/:documentId/import'() {
    // One summary table of the report's own table set, as csv.
    const file = async (documentId: string) => {
      const report = await app.strapi.db.query(BUDGET_REPORT).findOne({ where: { documentId } });
      const title = tableSetFor(report.kind, report.year).tables[0].title;
      return Buffer.from(`${title}\n项目,金额\n越权导入的收入,1.00\n`, 'utf8');
    };
    const before = await app.strapi.db.query(BUDGET_LINE).count();
    const b = itemsB[BUDGET_REPORT].documentId;
    for (const caller of [editorA, reviewerA])
      for (const query of ['?dryRun=true', '']) {
        const res = await app
          .http()
          .post(`/budget/reports/${b}/import${query}`)
          .set('Authorization', `Bearer ${caller.token}`)
          .attach('file', await file(b), { filename: 'tables.csv', contentType: 'text/csv' });
        expectRefused(`import into B ${query}`, res);
      }
    expect(await app.strapi.db.query(BUDGET_LINE).count()).toBe(before);
    const a = itemsA[BUDGET_REPORT].documentId;
    const mine = await app
      .http()
      .post(`/budget/reports/${a}/import`)
      .set('Authorization', `Bearer ${editorA.token}`)
      .attach('file', await file(a), { filename: 'tables.csv', contentType: 'text/csv' });
    expectOk('import into A', mine, 201);
  },

  async 'GET /budget/reports/:documentId/export'() {
    for (const caller of [editorA, reviewerA]) {
      for (const d of outOfScope().filter((x) => x.uid === BUDGET_REPORT))
        expectRefused(
          'export B',
          await download(app, caller, `/budget/reports/${d.documentId}/export?format=csv`),
        );
      expectRefused(
        'export nonexistent',
        await download(app, caller, '/budget/reports/nosuchdocument000000000000/export?format=csv'),
      );
      expectOk(
        'export A',
        await download(app, caller, `/budget/reports/${itemsA[BUDGET_REPORT].documentId}/export?format=csv`),
      );
    }
  },
};

describe('every admin route × every out-of-scope document (editor and reviewer of A)', () => {
  for (const [route, scope] of Object.entries(ROUTES)) {
    it(`${route} [${scope}]`, async () => {
      const probe = PROBES[route];
      expect(probe).toBeInstanceOf(Function);
      await probe();
    }, 120_000);
  }
});
