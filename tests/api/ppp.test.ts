import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createAdmin, type AdminSession } from '../helpers/admin';
import { cm } from '../helpers/content-manager';
import { govFixtures } from '../helpers/gov-fixtures';

/**
 * The ppp plugin as a webmaster, a department editor, a front end and an attacker meet it (both databases):
 * stages in each edition's order with a webmaster's audited correction, the execution prerequisites, exact money,
 * the append-only 实施情况, the public lists in Strapi's query language with their shortcuts, statistics equal to
 * the sums over the visible projects, an accessible chart in 简 and 繁, and the disclosure deadlines on an
 * injected day, scoped to the caller's departments.
 */
const PROJECT = 'plugin::ppp.ppp-project';
const UPDATE = 'plugin::ppp.ppp-update';

let app: TestApp;
let fx: ReturnType<typeof govFixtures>;
let webmaster: AdminSession;
let editorA: AdminSession;
let deptA: any;
let deptB: any;
let township: any;
let column: any;
let contract: any;
const docs = (uid: string) => app.strapi.documents(uid as never) as any;
const projects: Record<string, any> = {};

let serial = 0;
const base = (dept: any, extra: Record<string, unknown> = {}) => ({
  name: `测试项目${++serial}`,
  code: `T-${process.pid}-${serial}`,
  location: '道县濂溪街道',
  scope: '<p>新建城市道路 2.5 公里。</p>',
  investment: 1000,
  sector: 'transport',
  operationMode: 'bot',
  edition: 'caijin-2021',
  stage: 'identification',
  column: column.documentId,
  department: dept.documentId,
  ...extra,
});

/** An SVG response with its text (supertest buffers image/svg+xml without reading it as text). */
const svgOf = async (url: string) => {
  const res = await app.http().get(url).buffer(true);
  const text = Buffer.isBuffer(res.body) ? res.body.toString('utf8') : res.text;
  return { status: res.status, headers: res.headers, text };
};

/** The 400 of a document-service write, as `{ path, rule }` pairs. */
const refused = async (write: () => Promise<unknown>) => {
  try {
    await write();
  } catch (e: any) {
    return (e.details?.errors ?? [{ path: ['?'], message: e.message }]).map((x: any) => ({
      path: (x.path ?? []).join('.'),
      rule: x.rule,
    }));
  }
  throw new Error('the write was accepted');
};

const publishProject = async (data: Record<string, unknown>) => {
  const p = await docs(PROJECT).create({ data });
  await fx.approveAndPublish(PROJECT, p.documentId);
  return p;
};

const execution2017 = (dept: any, extra: Record<string, unknown> = {}) =>
  base(dept, {
    edition: 'caijin-2017',
    stage: 'execution',
    contract: contract.id,
    socialCapitalParty: '湖南潇水水务投资有限公司',
    returnMechanism: 'viability-gap',
    milestones: [
      { date: '2016-03-15', stage: 'identification', title: '项目识别' },
      { date: '2016-06-20', stage: 'preparation', title: '实施方案审核通过' },
      { date: '2016-10-10', stage: 'procurement', title: '资格预审' },
      { date: '2017-03-28', stage: 'execution', title: '签订PPP项目合同' },
    ],
    ...extra,
  });

beforeAll(async () => {
  app = await bootStrapi();
  fx = govFixtures(app);
  deptA = await fx.department({ code: 'ppp-fgw', name: '道县发展和改革局' });
  deptB = await fx.department({ code: 'ppp-czj', name: '道县财政局' });
  township = await fx.department({ code: 'ppp-lianxi', name: '道县濂溪街道办事处', kind: 'township' });
  column = await fx.column({ slug: 'ppp-test' });
  webmaster = await createAdmin(app, { roles: ['gov-webmaster'] });
  editorA = await createAdmin(app, { roles: ['gov-department-editor'] });
  await fx.membership(editorA.user, [deptA]);
  contract = await (app.strapi.db.query('plugin::upload.file' as never) as any).create({
    data: {
      name: 'ppp-contract.pdf',
      hash: `ppp_contract_${process.pid}`,
      ext: '.pdf',
      mime: 'application/pdf',
      size: 12.5,
      url: `/uploads/ppp_contract_${process.pid}.pdf`,
      provider: 'local',
      folderPath: '/',
    },
  });

  projects.water = await publishProject(
    execution2017(deptA, {
      name: '道县城区供水工程（二期）PPP项目',
      sector: 'municipal',
      investment: 35800.5,
      township: township.documentId,
    }),
  );
  await docs(UPDATE)
    .create({
      data: {
        project: projects.water.documentId,
        period: '2017',
        progress: '<p>水厂主体开工。</p>',
        investmentCompleted: 5000,
        percentComplete: 14,
        column: column.documentId,
        department: deptA.documentId,
      },
    })
    .then((u: any) => fx.approveAndPublish(UPDATE, u.documentId));
  projects.school = await publishProject(
    base(deptB, { name: '道县第二中学新校区建设PPP项目', sector: 'education', investment: 29800.25 }),
  );
  projects.waste = await publishProject(
    base(deptA, {
      name: '道县生活垃圾焚烧发电特许经营项目',
      edition: 'concession-2023',
      stage: 'plan',
      sector: 'ecology',
      operationMode: 'boo',
      investment: 42000,
      milestones: [{ date: '2024-05-10', stage: 'plan', title: '特许经营方案获批' }],
    }),
  );
  projects.draft = await docs(PROJECT).create({
    data: base(deptA, { name: '未发布的项目', investment: 777 }),
  });
  projects.secret = await publishProject(
    base(deptA, {
      name: '不予公开的项目',
      investment: 999,
      disclosure: { openness: 'not-open', notOpenReason: '涉及商业秘密' },
    }),
  );
}, 300000);
afterAll(async () => {
  await app?.destroy();
});

describe('stages', () => {
  it('advance one at a time in the edition’s order; a skip or a step back is a 400 naming the transition', async () => {
    const p = await docs(PROJECT).create({ data: base(deptA) });
    await docs(PROJECT).update({ documentId: p.documentId, data: { stage: 'preparation' } });
    expect(
      await refused(() => docs(PROJECT).update({ documentId: p.documentId, data: { stage: 'execution' } })),
    ).toEqual([
      { path: 'stage', rule: 'stage-transition' },
      // Every problem of the write is listed, not only the first.
      { path: 'contract', rule: 'required-from-execution' },
      { path: 'socialCapitalParty', rule: 'required-from-execution' },
      { path: 'returnMechanism', rule: 'required-from-execution' },
    ]);
    expect(
      await refused(() =>
        docs(PROJECT).update({ documentId: p.documentId, data: { stage: 'identification' } }),
      ),
    ).toEqual([{ path: 'stage', rule: 'stage-transition' }]);
    // A stage of another edition is unknown here.
    expect(
      await refused(() => docs(PROJECT).update({ documentId: p.documentId, data: { stage: 'selection' } })),
    ).toEqual([{ path: 'stage', rule: 'unknown-stage' }]);
  });

  it('a webmaster corrects a stage with a reason, recorded in the audit trail; an editor may not', async () => {
    const created = await cm(webmaster, PROJECT).create(base(deptA));
    expect(created.status).toBe(201);
    const id = created.body.data.documentId;
    const byEditor = await cm(editorA, PROJECT).update(id, {
      stage: 'procurement',
      stageChangeReason: '录入有误',
    });
    expect(byEditor.status).toBe(400);
    expect(byEditor.body.error.details.errors.map((e: any) => [e.path.join('.'), e.rule])).toEqual([
      ['stageChangeReason', 'webmaster'],
      ['stage', 'stage-transition'],
    ]);
    const corrected = await cm(webmaster, PROJECT).update(id, {
      stage: 'procurement',
      stageChangeReason: '录入有误',
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body.data.stage).toBe('procurement');
    const audit = await app.strapi.db
      .query('plugin::gov-core.audit-entry')
      .findMany({ where: { itemDocumentId: id, action: 'stage-correction' } });
    expect(audit).toHaveLength(1);
    expect(audit[0].actorEmail).toBe(webmaster.user.email);
    expect(audit[0].changes).toEqual([
      { field: 'stage', from: 'identification', to: 'procurement' },
      { field: 'stageChangeReason', to: '录入有误' },
    ]);
  });

  it('a reason counts once, and a new locale or a changed edition is no way around the order', async () => {
    const created = await cm(webmaster, PROJECT).create(base(deptA));
    const id = created.body.data.documentId;
    expect(
      (await cm(webmaster, PROJECT).update(id, { stage: 'procurement', stageChangeReason: '补录' })).status,
    ).toBe(200);
    // The same reason again (the content manager sends the stored one with every save) is no reason.
    const again = await cm(webmaster, PROJECT).update(id, {
      stage: 'identification',
      stageChangeReason: '补录',
    });
    expect(again.status).toBe(400);
    expect(again.body.error.details.errors.map((e: any) => e.rule)).toEqual(['stage-transition']);
    // A 繁体 version created with another stage starts from the stored one.
    const hant = await refused(() =>
      docs(PROJECT).update({
        documentId: id,
        locale: 'zh-Hant',
        // As the content manager sends a new locale: the shared fields filled in from the stored version.
        data: { ...base(deptA), name: '測試項目', code: created.body.data.code, stage: 'handover' },
      }),
    );
    expect(hant).toContainEqual({ path: 'stage', rule: 'stage-transition' });
    const switched = await refused(() =>
      docs(PROJECT).update({ documentId: id, data: { edition: 'caijin-2017' } }),
    );
    expect(switched).toEqual([{ path: 'edition', rule: 'edition-change' }]);
    const audit = await app.strapi.db
      .query('plugin::gov-core.audit-entry')
      .findMany({ where: { itemDocumentId: id, action: 'stage-correction' } });
    expect(audit.map((a: any) => a.department)).toEqual([deptA.documentId]);
  });

  it('a partial write of a project in 执行 keeps its stored contract; odd shapes are 400s', async () => {
    const p = await docs(PROJECT).create({ data: execution2017(deptA, { name: '部分更新的项目' }) });
    const renamed = await docs(PROJECT).update({
      documentId: p.documentId,
      data: { location: '道县西洲街道' },
    });
    expect(renamed.location).toBe('道县西洲街道');
    expect(
      await refused(() => docs(PROJECT).create({ data: { ...base(deptA), milestones: {} } })),
    ).toContainEqual({
      path: 'milestones',
      rule: 'type',
    });
  });

  it('entering 执行 needs the contract, the social-capital party and the return mechanism', async () => {
    const p = await docs(PROJECT).create({
      data: base(deptA, { stage: 'procurement', edition: 'caijin-2017' }),
    });
    expect(
      await refused(() => docs(PROJECT).update({ documentId: p.documentId, data: { stage: 'execution' } })),
    ).toEqual(
      expect.arrayContaining([
        { path: 'contract', rule: 'required-from-execution' },
        { path: 'socialCapitalParty', rule: 'required-from-execution' },
        { path: 'returnMechanism', rule: 'required-from-execution' },
      ]),
    );
    const ok = await docs(PROJECT).update({
      documentId: p.documentId,
      data: {
        stage: 'execution',
        contract: contract.id,
        socialCapitalParty: '某公司',
        returnMechanism: 'user-pays',
      },
    });
    expect(ok.stage).toBe('execution');
  });

  it('takes its edition from its dates when none is given', async () => {
    const old = await docs(PROJECT).create({
      data: {
        ...base(deptA),
        edition: undefined,
        milestones: [{ date: '2017-05-01', stage: 'identification', title: '识别' }],
      },
    });
    expect(old.edition).toBe('caijin-2017');
    const now = await docs(PROJECT).create({ data: { ...base(deptA), edition: undefined, stage: 'plan' } });
    expect(now.edition).toBe('concession-2023');
  });
});

describe('bad input is a 400 naming the field (content manager, as a webmaster)', () => {
  it.each([
    ['negative investment', { investment: -5 }, 'investment'],
    ['investment with three decimals', { investment: 10.125 }, 'investment'],
    ['unknown operation mode', { operationMode: 'xyz' }, 'operationMode'],
    ['unknown sector', { sector: 'space' }, 'sector'],
    ['cooperation years 0', { cooperationYears: 0 }, 'cooperationYears'],
    ['latitude without longitude', { latitude: 25.5 }, 'longitude'],
    ['a township that is a department', { township: 'DEPT_B' }, 'township'],
    ['a 项目编号 already used', { code: 'TAKEN' }, 'code'],
  ])('%s', async (_label, extra, field) => {
    const data = { ...base(deptA), ...extra } as Record<string, unknown>;
    if (data.township === 'DEPT_B') data.township = deptB.documentId;
    if (data.code === 'TAKEN') data.code = projects.water.code;
    const res = await cm(webmaster, PROJECT).create(data);
    expect(res.status).toBe(400);
    const paths = res.body.error.details.errors.map((e: any) => e.path.join('.'));
    expect(paths).toContain(field);
    expect(res.body.error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('a report of 120 %, or above the investment without a note, is refused', async () => {
    const report = (extra: Record<string, unknown>) =>
      cm(webmaster, UPDATE).create({
        project: projects.water.documentId,
        period: '2019',
        progress: '<p>进展</p>',
        column: column.documentId,
        department: deptA.documentId,
        ...extra,
      });
    const over = await report({ percentComplete: 120 });
    expect(over.status).toBe(400);
    expect(over.body.error.details.errors).toEqual([
      expect.objectContaining({ path: ['percentComplete'], rule: 'range' }),
    ]);
    const tooMuch = await report({ investmentCompleted: 40000 });
    expect(tooMuch.body.error.details.errors).toEqual([
      expect.objectContaining({ path: ['note'], rule: 'note-required' }),
    ]);
    expect((await report({ investmentCompleted: 40000, note: '含追加投资' })).status).toBe(201);
    const badPeriod = await report({ period: '2019Q5' });
    expect(badPeriod.body.error.details.errors).toEqual([
      expect.objectContaining({ path: ['period'], rule: 'period-format' }),
    ]);
    const otherDept = await report({ department: deptB.documentId });
    expect(otherDept.body.error.details.errors).toEqual([
      expect.objectContaining({ path: ['department'], rule: 'project-department' }),
    ]);
  });
});

describe('the shared content checks', () => {
  it('refuse to publish a 建设内容 or a 实施情况 an accessibility error (an image without alternative text)', async () => {
    const p = await docs(PROJECT).create({
      data: base(deptA, { scope: '<p>效果图：<img src="/uploads/x.jpg"></p>' }),
    });
    await fx.approve(PROJECT, p.documentId);
    const errors = await refused(() => docs(PROJECT).publish({ documentId: p.documentId }));
    expect(errors).toContainEqual({ path: 'scope', rule: 'img-alt-missing' });
    const r = await docs(UPDATE).create({
      data: {
        project: projects.water.documentId,
        period: '2021',
        progress: '<table><tr><td>项目</td><td>金额</td></tr></table>',
        column: column.documentId,
        department: deptA.documentId,
      },
    });
    await fx.approve(UPDATE, r.documentId);
    expect(await refused(() => docs(UPDATE).publish({ documentId: r.documentId }))).toContainEqual({
      path: 'progress',
      rule: 'table-no-header',
    });
  });
});

describe('实施情况 are append-only once published', () => {
  it('are published only under a public project, and are served only while it is', async () => {
    const report = await docs(UPDATE).create({
      data: {
        project: projects.secret.documentId,
        period: '2024',
        progress: '<p>进展</p>',
        column: column.documentId,
        department: deptA.documentId,
      },
    });
    expect(report.title).toContain('不予公开的项目');
    expect(await refused(() => fx.approveAndPublish(UPDATE, report.documentId))).toEqual([
      { path: 'project', rule: 'project-not-public' },
    ]);
    const list = await app.http().get(`/api/ppp/updates?project=${projects.secret.documentId}`);
    expect([list.status, list.body.data]).toEqual([200, []]);
    const q = await app.http().get('/api/ppp/updates').query({ q: '不予公开' });
    expect(q.body.data).toEqual([]);
  });

  it('a published report cannot be changed or deleted, even after being withdrawn; a draft can', async () => {
    const created = await cm(webmaster, UPDATE).create({
      project: projects.water.documentId,
      period: '2020',
      progress: '<p>管网完成 30 公里。</p>',
      column: column.documentId,
      department: deptA.documentId,
    });
    expect(created.status).toBe(201);
    const id = created.body.data.documentId;
    expect(created.body.data.title).toBe('道县城区供水工程（二期）PPP项目 2020年度实施情况');
    expect((await cm(webmaster, UPDATE).update(id, { note: '草稿可改' })).status).toBe(200);
    await fx.approveAndPublish(UPDATE, id);
    const changed = await cm(webmaster, UPDATE).update(id, { note: '改' });
    expect(changed.status).toBe(400);
    expect(changed.body.error.details.errors[0].rule).toBe('append-only');
    expect((await cm(webmaster, UPDATE).remove(id)).status).toBe(400);
    expect((await cm(webmaster, UPDATE).unpublish(id)).status).toBe(200);
    expect((await cm(webmaster, UPDATE).update(id, { note: '撤回后再改' })).status).toBe(400);
    expect((await cm(webmaster, UPDATE).update(id, { firstPublishedAt: null })).status).toBe(400);
  });
});

describe('public API', () => {
  it('lists published, open projects in Strapi’s query language with the shortcuts and labels', async () => {
    const all = await app.http().get('/api/ppp/projects').query('pageSize=100');
    expect(all.status).toBe(200);
    const names = all.body.data.map((p: any) => p.name);
    expect(names).toEqual(
      expect.arrayContaining([projects.water.name, projects.school.name, projects.waste.name]),
    );
    expect(names).not.toContain('未发布的项目');
    expect(names).not.toContain('不予公开的项目');
    const water = all.body.data.find((p: any) => p.name === projects.water.name);
    expect(water).toMatchObject({
      stageLabel: '执行',
      sectorLabel: '市政工程',
      operationModeLabel: 'BOT（建设—运营—移交）',
      returnMechanismLabel: '可行性缺口补助',
      investment: 35800.5,
    });
    expect(water.stageChangeReason).toBeUndefined();
    for (const [query, expected] of [
      ['stage=execution', [projects.water.name]],
      ['sector=education', [projects.school.name]],
      ['operationMode=boo', [projects.waste.name]],
      [`township=ppp-lianxi`, [projects.water.name]],
      ['minInvestment=30000&maxInvestment=40000', [projects.water.name]],
      ['filters[investment][$gt]=40000', [projects.waste.name]],
      ['q=第二中学', [projects.school.name]],
    ] as const) {
      const res = await app
        .http()
        .get(`/api/ppp/projects?${encodeURI(query)}&filters[column][slug][$eq]=ppp-test`);
      expect([query, res.status, res.body.data?.map((p: any) => p.name)]).toEqual([query, 200, expected]);
    }
    const sorted = await app
      .http()
      .get('/api/ppp/projects?sort=investment:asc&filters[column][slug][$eq]=ppp-test');
    const investments = sorted.body.data.map((p: any) => p.investment);
    expect(investments).toEqual([...investments].sort((a, b) => a - b));
    for (const [query, field] of [
      ['stage=flying', 'stage'],
      ['minInvestment=abc', 'minInvestment'],
      ['filters[stageChangeReason][$eq]=x', 'filters.stageChangeReason'],
      ['colour=red', 'colour'],
    ]) {
      const res = await app.http().get(`/api/ppp/projects?${encodeURI(query)}`);
      expect([query, res.status]).toEqual([query, 400]);
      expect(res.body.error.details.errors.map((e: any) => e.path.join('.')).join(' ')).toContain(field);
    }
  });

  it('serves a project with its milestones and published reports; 繁体 on request', async () => {
    const one = await app.http().get(`/api/ppp/projects/${projects.water.documentId}`);
    expect(one.status).toBe(200);
    expect(one.body.data.milestones.map((m: any) => m.stageLabel)).toEqual(['识别', '准备', '采购', '执行']);
    const periods = one.body.data.updates.map((u: any) => u.period);
    expect(periods).toContain('2017');
    expect(one.body.data.updates.every((u: any) => !('firstPublishedAt' in u))).toBe(true);
    const hant = await app.http().get(`/api/ppp/projects/${projects.water.documentId}?locale=zh-Hant`);
    expect(hant.body.data.name).toBe('道縣城區供水工程（二期）PPP項目');
    expect(hant.body.data.stageLabel).toBe('執行');
    expect((await app.http().get(`/api/ppp/projects/${projects.draft.documentId}`)).status).toBe(404);
    expect((await app.http().get(`/api/ppp/projects/${projects.secret.documentId}`)).status).toBe(404);
    const reports = await app.http().get(`/api/ppp/updates?project=${projects.water.documentId}`);
    expect(reports.status).toBe(200);
    expect(reports.body.data.map((u: any) => u.project?.name)).toContain(projects.water.name);
  });

  it('stats equal the sums over the projects a front end can list, with the same filters', async () => {
    for (const query of ['', 'sector=municipal', 'filters[department][code][$eq]=ppp-fgw']) {
      const stats = await app.http().get(`/api/ppp/stats?${encodeURI(query)}`);
      expect([query, stats.status]).toEqual([query, 200]);
      const list = await app.http().get(`/api/ppp/projects?pageSize=100&${encodeURI(query)}`);
      const cents = list.body.data.reduce((s: number, p: any) => s + Math.round(p.investment * 100), 0);
      const { total, byStage, bySector, byOperationMode } = stats.body.data;
      expect([query, total.count]).toEqual([query, list.body.meta.pagination.total]);
      expect([query, Math.round(total.totalInvestment * 100)]).toEqual([query, cents]);
      for (const group of [byStage, bySector, byOperationMode]) {
        expect(group.reduce((s: number, e: any) => s + e.count, 0)).toBe(total.count);
        expect(group.reduce((s: number, e: any) => s + Math.round(e.totalInvestment * 100), 0)).toBe(cents);
        for (const e of group)
          expect(Object.keys(e).sort()).toEqual(['count', 'key', 'label', 'totalInvestment']);
      }
    }
    const paged = await app.http().get('/api/ppp/stats?pageSize=5');
    expect(paged.status).toBe(400);
    expect(paged.body.error.details.errors[0].path).toEqual(['pageSize']);
  });

  it('draws an accessible SVG chart in 简 and 繁', async () => {
    const svg = await svgOf('/api/ppp/stats/chart.svg?by=sector');
    expect(svg.status).toBe(200);
    expect(svg.headers['content-type']).toMatch(/image\/svg\+xml/);
    const text = svg.text;
    expect(text).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="[^"]+"/);
    expect(text).toMatch(/<title[^>]*>[^<]*所属行业[^<]*<\/title>/);
    expect(text).toMatch(/<desc[^>]*>[^<]*市政工程/);
    expect(text).toMatch(/<text[^>]*>[^<]*市政工程/);
    const hant = await svgOf('/api/ppp/stats/chart.svg?by=stage&locale=zh-Hant');
    expect(hant.status).toBe(200);
    expect(hant.text).toMatch(/項目/);
    expect(hant.text).toMatch(/執行/);
    expect((await app.http().get('/api/ppp/stats/chart.svg?by=colour')).status).toBe(400);
  });

  it('is documented in the generated OpenAPI document', async () => {
    const doc = (await app.http().get('/api/gov-core/openapi.json')).body;
    for (const p of [
      '/api/ppp/projects',
      '/api/ppp/projects/{documentId}',
      '/api/ppp/updates',
      '/api/ppp/stats',
      '/api/ppp/stats/chart.svg',
      '/ppp/deadlines',
    ])
      expect(Object.keys(doc.paths)).toContain(p);
    const params = doc.paths['/api/ppp/projects'].get.parameters.map((p: any) => p.name);
    expect(params).toEqual(
      expect.arrayContaining(['filters', 'sort', 'q', 'stage', 'sector', 'minInvestment']),
    );
  });
});

describe('disclosure deadlines (admin, department-scoped, injected day)', () => {
  const due = async (session: AdminSession, on: string) => {
    const res = await session.get(`/ppp/deadlines?on=${on}`);
    expect(res.status).toBe(200);
    return res.body.data as any[];
  };

  it('the next item of a 2017-edition project in 执行, around the 30 April boundary', async () => {
    // 2017 is reported; 2018's execution information is due by 2019-04-30.
    const on30 = (await due(webmaster, '2019-04-30')).find((d) => d.documentId === projects.water.documentId);
    expect(on30.next).toMatchObject({
      item: 'annual-execution-information:2018',
      dueOn: '2019-04-30',
      overdue: false,
      rule: 'caijin-2017/annual-execution-information',
    });
    const after = (await due(webmaster, '2019-05-01')).find(
      (d) => d.documentId === projects.water.documentId,
    );
    expect(after.next).toMatchObject({ dueOn: '2019-04-30', overdue: true });
    const early = (await due(webmaster, '2018-04-30')).find(
      (d) => d.documentId === projects.water.documentId,
    );
    expect(early.next).toBeNull();
  });

  it('an unpublished project in 执行 owes its earlier stages’ information six months after entering it', async () => {
    const p = await docs(PROJECT).create({ data: execution2017(deptA, { name: '未公开的执行项目' }) });
    const before = (await due(webmaster, '2017-09-28')).find((d) => d.documentId === p.documentId);
    expect(before.next).toMatchObject({
      item: 'pre-execution-information',
      dueOn: '2017-09-28',
      overdue: false,
    });
    const late = (await due(webmaster, '2017-09-29')).find((d) => d.documentId === p.documentId);
    expect(late.next.overdue).toBe(true);
    const overdueOnly = await webmaster.get('/ppp/deadlines?on=2017-09-29&overdue=true');
    expect(overdueOnly.body.data.every((d: any) => d.next?.overdue)).toBe(true);
  });

  it('a department editor sees only their departments’ projects; bad parameters are named', async () => {
    const mine = await due(editorA, '2026-12-01');
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((d) => d.department?.code === 'ppp-fgw')).toBe(true);
    expect(mine.map((d) => d.documentId)).not.toContain(projects.school.documentId);
    const bad = await webmaster.get('/ppp/deadlines?on=2019-02-30');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors[0].path).toEqual(['on']);
    expect((await app.http().get('/ppp/deadlines')).status).toBe(401);
    const author = await createAdmin(app, { roles: ['strapi-author'] });
    expect((await author.get('/ppp/deadlines')).status).toBe(403);
  });
});
