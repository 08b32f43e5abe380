import { Workbook } from 'exceljs';
import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createAdmin, type AdminSession } from '../helpers/admin';
import { govFixtures } from '../helpers/gov-fixtures';
import { forgedRowNumberXlsx, sharedStringBomb, tallSheetsXlsx, zipBomb } from '../helpers/hostile-files';

/**
 * The budget plugin as a webmaster, a department editor, a front end and an attacker meet it (both databases):
 * the standard tables imported from Excel or csv with every bad row listed and nothing written, exact roll-ups
 * (0.1 + 0.2), totals that do not add up refused with the difference, export → import changing nothing, the
 * public tree, summary and chart of published reports only, and the 20-day deadline on an injected day.
 */
const REPORT = 'plugin::budget.budget-report';
const LINE = 'plugin::budget.budget-line';

let app: TestApp;
let fx: ReturnType<typeof govFixtures>;
let webmaster: AdminSession;
let editorA: AdminSession;
let deptA: any;
let deptB: any;
let column: any;
const docs = (uid: string) => app.strapi.documents(uid as never) as any;

type Sheet = { name: string; rows: (string | number)[][] };

const xlsx = async (sheets: Sheet[]) => {
  const workbook = new Workbook();
  for (const s of sheets) workbook.addWorksheet(s.name).addRows(s.rows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

/** 一般公共预算财政拨款支出决算表 of a department: 教育 (with 0.1 + 0.2) and 社会保障和就业. */
const functionSheet = (edit: (rows: (string | number)[][]) => void = () => {}): Sheet => {
  const rows: (string | number)[][] = [
    ['一般公共预算财政拨款支出决算表'],
    ['单位：元'],
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    ['', '合计', 1000.3, 900.1, 100.2],
    ['205', '教育支出', 900.3, 800.1, 100.2],
    ['20502', '普通教育', 900.3, 800.1, 100.2],
    ['2050201', '学前教育', 0.3, 0.1, 0.2],
    ['2050202', '小学教育', 900, 800, 100],
    ['208', '社会保障和就业支出', 100, 100, 0],
    ['20805', '行政事业单位养老支出', 100, 100, 0],
    ['2080505', '机关事业单位基本养老保险缴费支出', 100, 100, 0],
  ];
  edit(rows);
  return { name: '一般公共预算财政拨款支出决算表', rows };
};
const economicSheet: Sheet = {
  name: '一般公共预算财政拨款基本支出决算表',
  rows: [
    ['科目编码', '科目名称', '金额'],
    ['301', '工资福利支出', 800.1],
    ['30101', '基本工资', 500.05],
    ['30102', '津贴补贴', 300.05],
    ['302', '商品和服务支出', 100],
    ['30201', '办公费', 100],
  ],
};
const threeFundsSheet: Sheet = {
  name: '一般公共预算财政拨款“三公”经费支出决算表',
  rows: [
    ['项目', '金额', '上年金额'],
    ['因公出国（境）费', 0, 0],
    ['其中：公务用车购置费', 0, 150000],
    ['公务用车运行费', 42000, 40000],
    ['公务接待费', 18500.5, 20000],
    ['说明：上年购置执法执勤用车一辆，本年未购置；公务接待费减少 1499.50 元。'],
  ],
};
const emptyNote = (title: string): Sheet => ({
  name: title,
  rows: [[title], [`说明：本部门没有${title.slice(0, 6)}，故本表为空表。`]],
});
const summarySheet = (title: string): Sheet => ({
  name: title,
  rows: [
    ['项目', '金额'],
    ['一般公共预算财政拨款收入', 1000.3],
    ['收入合计', 1000.3],
    ['一般公共预算财政拨款支出', 1000.3],
    ['支出合计', 1000.3],
  ],
});
const fullWorkbook = () => [
  summarySheet('收入支出决算总表'),
  summarySheet('收入决算总表'),
  summarySheet('支出决算总表'),
  summarySheet('财政拨款收入支出决算总表'),
  functionSheet(),
  economicSheet,
  threeFundsSheet,
  emptyNote('政府性基金预算财政拨款收入支出决算表'),
  emptyNote('国有资本经营预算财政拨款支出决算表'),
];

const upload = (
  session: AdminSession | null,
  documentId: string,
  bytes: Buffer,
  query = '',
  filename = 'tables.xlsx',
) => {
  const req = app.http().post(`/budget/reports/${documentId}/import${query}`);
  if (session) req.set('Authorization', `Bearer ${session.token}`);
  return req.attach('file', bytes, { filename, contentType: 'application/octet-stream' });
};
const download = (session: AdminSession, url: string) =>
  app
    .http()
    .get(url)
    .set('Authorization', `Bearer ${session.token}`)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });

let serial = 1990;
const newReport = async (dept: any, extra: Record<string, unknown> = {}) =>
  docs(REPORT).create({
    data: {
      year: ++serial,
      kind: 'final-account',
      unit: 'yuan',
      approvedAt: `${serial + 1}-08-15`,
      reviewStatement: '本报告已经保密审查，单位负责人审签。',
      column: column.documentId,
      department: dept.documentId,
      ...extra,
    },
  });
const lineCount = (documentId: string) =>
  app.strapi.db.query(LINE as never).count({ where: { report: documentId, publishedAt: null } });

beforeAll(async () => {
  app = await bootStrapi();
  fx = govFixtures(app);
  deptA = await fx.department({ code: 'bud-jyj', name: '道县教育局' });
  deptB = await fx.department({ code: 'bud-mzj', name: '道县民政局' });
  column = await fx.column({ slug: 'bud-yujuesuan', name: '财政预决算' });
  webmaster = await createAdmin(app, { roles: ['gov-webmaster'] });
  editorA = await createAdmin(app, { roles: ['gov-department-editor'] });
  await fx.membership(editorA.user, [deptA]);
}, 300000);
afterAll(async () => {
  await app?.destroy();
});

describe('import', () => {
  it('imports the nine tables of a 2017 final account: lines, 三公经费 and empty-table notes; the tree adds up exactly', async () => {
    const report = await newReport(deptA, { year: 2017, approvedAt: '2018-08-15' });
    expect(report.title).toBe('道县教育局2017年部门决算');
    const res = await upload(editorA, report.documentId, await xlsx(fullWorkbook()));
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      dryRun: false,
      removed: 0,
      tableSet: { id: 'final-account-2017' },
    });
    // 4 summary tables × 4 rows, 8 function rows × 2, 5 economic rows
    expect(res.body.data.created).toBe(16 + 16 + 5);
    expect(await lineCount(report.documentId)).toBe(37);
    const stored = await app.strapi.db.query(REPORT as never).findOne({
      where: { documentId: report.documentId },
      populate: { threePublicFunds: true, tableNotes: true },
    });
    expect(Number(stored.threePublicFunds.reception)).toBe(18500.5);
    expect(stored.threePublicFunds.explanation).toContain('本年未购置');
    expect(stored.tableNotes.map((n: any) => n.table).sort()).toEqual([
      'fund-function',
      'state-capital-function',
    ]);

    await fx.approveAndPublish(REPORT, report.documentId);
    const tree = await app.http().get(`/api/budget/reports/${report.documentId}/tree`).expect(200);
    expect(tree.body.meta).toMatchObject({ by: 'function', unit: 'yuan', total: 1000.3 });
    const education = tree.body.data.find((n: any) => n.code === '205');
    expect(education).toMatchObject({ name: '教育支出', amount: 900.3, basic: 800.1, project: 100.2 });
    const preschool = education.children[0].children.find((n: any) => n.code === '2050201');
    expect(preschool).toMatchObject({ amount: 0.3, basic: 0.1, project: 0.2 });
    // Every node is the exact sum of its children (compared in 分).
    const check = (n: any) => {
      if (n.children.length)
        expect(Math.round(n.amount * 100)).toBe(
          n.children.reduce((t: number, c: any) => t + Math.round(c.amount * 100), 0),
        );
      n.children.forEach(check);
    };
    tree.body.data.forEach(check);
    const economic = await app
      .http()
      .get(`/api/budget/reports/${report.documentId}/tree?by=economic`)
      .expect(200);
    expect(economic.body.data.map((n: any) => [n.code, n.amount])).toEqual([
      ['301', 800.1],
      ['302', 100],
    ]);

    // A published report's tables are frozen: no import, no line write.
    const again = await upload(webmaster, report.documentId, await xlsx(fullWorkbook()));
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('请先撤回');
    const line = await app.strapi.db.query(LINE as never).findOne({ where: { report: report.documentId } });
    await expect(
      docs(LINE).update({ documentId: line.documentId, data: { note: '改' } }),
    ).rejects.toMatchObject({
      details: { errors: [expect.objectContaining({ path: ['report'], rule: 'published' })] },
    });
  });

  it('export → import changes nothing (xlsx and csv), and a dry run writes nothing', async () => {
    const report = await newReport(deptA);
    await upload(webmaster, report.documentId, await xlsx(fullWorkbook())).expect(201);
    const ids = async () =>
      (
        await app.strapi.db
          .query(LINE as never)
          .findMany({ where: { report: report.documentId, publishedAt: null }, select: ['documentId'] })
      )
        .map((l: any) => l.documentId)
        .sort();
    const before = await ids();
    for (const format of ['xlsx', 'csv']) {
      const file = await download(
        webmaster,
        `/budget/reports/${report.documentId}/export?format=${format}`,
      ).expect(200);
      const res = await upload(webmaster, report.documentId, file.body, '', `export.${format}`).expect(201);
      expect(res.body.data).toMatchObject({ created: 0, removed: 0, threePublicFunds: 'unchanged' });
      expect(res.body.data.tables.every((t: any) => t.action === 'unchanged')).toBe(true);
      expect(await ids()).toEqual(before);
    }
    const changed = await xlsx([
      functionSheet((rows) => (rows[7] = ['2050202', '小学教育（含教学点）', 900, 800, 100])),
    ]);
    const dry = await upload(webmaster, report.documentId, changed, '?dryRun=true').expect(200);
    expect(dry.body.data).toMatchObject({ dryRun: true, created: 16, removed: 16 });
    expect(await ids()).toEqual(before);
  });

  it('lists every bad row with sheet, row, column and reason, and writes nothing', async () => {
    const report = await newReport(deptA);
    const file = await xlsx([
      { name: 'Sheet1', rows: [['不认识的表']] },
      functionSheet((rows) => {
        rows[4] = ['205', '教育支出', 900.3, 800.2, 100.2]; // 800.20 ≠ 800.10 below it
        rows[6] = ['2050201', '学前教育', '', '零点一', 0.2]; // text in an amount cell
        rows[9] = ['20805', '行政事业单位养老支出', 100, -100, 0]; // negative
      }),
    ]);
    const res = await upload(editorA, report.documentId, file);
    expect(res.status).toBe(400);
    const listed = res.body.error.details.errors.map((e: any) => [e.sheet, e.row, e.column, e.rule]);
    expect(listed).toEqual(
      expect.arrayContaining([
        ['Sheet1', 0, '', 'unknown-sheet'],
        ['一般公共预算财政拨款支出决算表', 7, '基本支出', 'number-format'],
        ['一般公共预算财政拨款支出决算表', 10, '基本支出', 'non-negative'],
      ]),
    );
    expect(res.body.error.message).toContain('未导入任何数据');
    expect(await lineCount(report.documentId)).toBe(0);

    const mismatch = await upload(
      editorA,
      report.documentId,
      await xlsx([functionSheet((rows) => (rows[4] = ['205', '教育支出', 900.3, 800.2, 100.1]))]),
    );
    expect(mismatch.status).toBe(400);
    const messages = mismatch.body.error.details.errors.map((e: any) => e.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        '科目 205（教育支出）的基本支出 800.20 与下级科目之和 800.10 不一致（相差 0.10）',
        '科目 205（教育支出）的项目支出 100.10 与下级科目之和 100.20 不一致（相差 -0.10）',
      ]),
    );
    const hierarchy = await upload(
      editorA,
      report.documentId,
      await xlsx([functionSheet((rows) => rows.splice(5, 1))]),
    );
    expect(hierarchy.body.error.details.errors.map((e: any) => e.rule)).toContain('hierarchy');
    expect(await lineCount(report.documentId)).toBe(0);
  });

  it('refuses hostile and broken files before reading them, naming the limit', async () => {
    const report = await newReport(deptA);
    for (const [name, bytes] of [
      ['zip bomb', await zipBomb(200)],
      ['shared-string bomb', await sharedStringBomb(40 * 1024 * 1024)],
      ['not a spreadsheet', Buffer.from('\u0000\u0001binary')],
      // One row numbered 60,000,000: read as a table it would be 60 million rows (gigabytes).
      ['a forged row number', await forgedRowNumberXlsx()],
      // Each sheet legal (one cell in its last row), together 20 million rows to lay out.
      ['twenty sheets of a million rows', await tallSheetsXlsx(20)],
    ] as const) {
      const res = await upload(webmaster, report.documentId, bytes as Buffer);
      expect({ name, status: res.status }).toEqual({ name, status: 400 });
      expect(res.body.error.details.errors[0]).toMatchObject({ row: 0 });
    }
    expect(await lineCount(report.documentId)).toBe(0);
  });

  it('accepts a code missing from the year only as custom, with a warning', async () => {
    const report = await newReport(deptA);
    const file = await xlsx([
      functionSheet((rows) => {
        rows[5] = ['20502', '普通教育', 900.3, 800.1, 100.2];
        rows[7] = ['2050298', '县级自定义教育项目', 900, 800, 100];
      }),
    ]);
    const res = await upload(webmaster, report.documentId, file).expect(201);
    expect(res.body.data.warnings.map((w: any) => w.rule)).toEqual(['custom-code']);
    const custom = await app.strapi.db
      .query(LINE as never)
      .findMany({ where: { report: report.documentId, custom: true, publishedAt: null } });
    expect(custom.map((l: any) => l.functionCode)).toEqual(['2050298', '2050298']);
  });

  it('scopes imports and exports to the editor’s departments', async () => {
    const reportB = await newReport(deptB);
    const file = await xlsx([functionSheet()]);
    expect((await upload(editorA, reportB.documentId, file)).status).toBe(403);
    expect((await download(editorA, `/budget/reports/${reportB.documentId}/export`)).status).toBe(403);
    expect((await upload(null, reportB.documentId, file)).status).toBe(401);
    expect(await lineCount(reportB.documentId)).toBe(0);
    const missing = await upload(webmaster, 'a'.repeat(24), file);
    expect(missing.status).toBe(404);
    const bad = await upload(webmaster, 'not-an-id', file);
    expect(bad.status).toBe(400);
  });
});

describe('publishing and the public API', () => {
  it('refuses to publish without a note for each empty table, the 三公经费 explanation or the review statement', async () => {
    const report = await newReport(deptA, { reviewStatement: null });
    await upload(webmaster, report.documentId, await xlsx([functionSheet()])).expect(201);
    await fx.approve(REPORT, report.documentId);
    const error = await docs(REPORT)
      .publish({ documentId: report.documentId })
      .then(
        () => null,
        (e: any) => e,
      );
    const rules = error.details.errors.map((e: any) => `${e.path.join('.')}:${e.rule}`);
    expect(rules).toEqual(
      expect.arrayContaining([
        'reviewStatement:required',
        'threePublicFunds:three-public-funds',
        'tableNotes:empty-table',
      ]),
    );
    expect(rules.filter((r: string) => r === 'tableNotes:empty-table')).toHaveLength(7);
  });

  it('serves published reports only, with 三公经费 parts, totals and changes; drafts and 不予公开 reports are 404', async () => {
    const published = await newReport(deptA);
    await upload(webmaster, published.documentId, await xlsx(fullWorkbook())).expect(201);
    await fx.approveAndPublish(REPORT, published.documentId);
    const draft = await newReport(deptA);
    await upload(webmaster, draft.documentId, await xlsx(fullWorkbook())).expect(201);
    const secret = await newReport(deptA, { disclosure: { openness: 'not-open', notOpenReason: '涉密' } });
    await upload(webmaster, secret.documentId, await xlsx(fullWorkbook())).expect(201);
    await fx.approveAndPublish(REPORT, secret.documentId);

    const one = await app.http().get(`/api/budget/reports/${published.documentId}`).expect(200);
    expect(one.body.data).toMatchObject({ kind: 'final-account', kindLabel: '决算', unitLabel: '元' });
    expect(one.body.data.threePublicFunds).toMatchObject({
      total: 60500.5,
      lastYearTotal: 210000,
      change: -149499.5,
    });
    expect(one.body.data.tables.find((t: any) => t.key === 'state-capital-function')).toMatchObject({
      lines: 0,
    });
    for (const id of [draft.documentId, secret.documentId]) {
      await app.http().get(`/api/budget/reports/${id}`).expect(404);
      await app.http().get(`/api/budget/reports/${id}/tree`).expect(404);
      await app.http().get(`/api/budget/reports/${id}/chart.svg`).expect(404);
    }
    const list = await app
      .http()
      .get('/api/budget/reports')
      .query({ filters: { department: { code: { $eq: 'bud-jyj' } } }, pageSize: 100 })
      .expect(200);
    const ids = list.body.data.map((r: any) => r.documentId);
    expect(ids).toContain(published.documentId);
    expect(ids).not.toContain(draft.documentId);
    expect(ids).not.toContain(secret.documentId);
    await app.http().get('/api/budget/reports').query({ kind: 'draft' }).expect(400);
    await app
      .http()
      .get(`/api/budget/reports/${published.documentId}/tree`)
      .query({ by: 'project' })
      .expect(400);
    await app
      .http()
      .get(`/api/budget/reports/${published.documentId}/tree`)
      .query({ sort: 'code' })
      .expect(400);
  });

  it('serves an accessible chart in 简 and 繁, and the year’s summary by department, by 类 and for 民生', async () => {
    const year = ++serial;
    const a = await newReport(deptA, { year, approvedAt: `${year + 1}-03-01` });
    await upload(webmaster, a.documentId, await xlsx(fullWorkbook())).expect(201);
    await fx.approveAndPublish(REPORT, a.documentId);
    const b = await newReport(deptB, { year, approvedAt: `${year + 1}-03-01`, unit: 'wan-yuan' });
    const wan = fullWorkbook().map((s) => ({
      ...s,
      rows: s.rows.map((r) => (r[0] === '单位：元' ? ['单位：万元'] : r)),
    }));
    await upload(webmaster, b.documentId, await xlsx(wan)).expect(201);
    await fx.approveAndPublish(REPORT, b.documentId);

    const summary = await app.http().get('/api/budget/summary').query({ year }).expect(200);
    const fa = summary.body.data.finalAccount;
    // 1000.30 元 + 1000.30 万元 = 10,004,000.30 元
    expect(fa.total).toBe(10004000.3);
    expect(fa.byCategory.find((c: any) => c.code === '205')).toMatchObject({
      name: '教育支出',
      amount: 9003900.3,
    });
    expect(fa.livelihood.map((c: any) => c.code)).toEqual(['205', '208', '210', '213', '221']);
    expect(fa.byDepartment.map((d: any) => d.department.code)).toEqual(['bud-mzj', 'bud-jyj']);
    expect(summary.body.data.budget.reports).toBe(0);
    await app.http().get('/api/budget/summary').expect(400);

    const svg = await app.http().get(`/api/budget/reports/${a.documentId}/chart.svg`).buffer(true);
    const text = Buffer.isBuffer(svg.body) ? svg.body.toString('utf8') : svg.text;
    expect(svg.headers['content-type']).toContain('image/svg+xml');
    expect(text).toMatch(/role="img"/);
    expect(text).toContain('<title');
    expect(text).toContain('205 教育支出');
    expect(text).toContain('900.30 元');
    const hant = await app
      .http()
      .get(`/api/budget/reports/${a.documentId}/chart.svg?locale=zh-Hant`)
      .buffer(true);
    const hantText = Buffer.isBuffer(hant.body) ? hant.body.toString('utf8') : hant.text;
    expect(hantText).toContain('205 教育支出');
    expect(hantText).toContain('支出按支出功能分類');
    const tree = await app.http().get(`/api/budget/reports/${a.documentId}/tree?locale=zh-Hant`).expect(200);
    expect(tree.body.data.find((n: any) => n.code === '208').name).toBe('社會保障和就業支出');
  });
});

describe('lines', () => {
  it('are public only with their report, with exact decimals; frozen (no publish, withdrawal or delete) while it is', async () => {
    const report = await newReport(deptA);
    await upload(webmaster, report.documentId, await xlsx(fullWorkbook())).expect(201);
    const listed = () =>
      app
        .http()
        .get('/api/budget/lines')
        .query({ report: report.documentId, table: 'general-function', pageSize: 100 });
    expect((await listed().expect(200)).body.data).toEqual([]);
    await fx.approveAndPublish(REPORT, report.documentId);
    const lines = (await listed().expect(200)).body.data;
    expect(lines).toHaveLength(16);
    const preschool = lines.find((l: any) => l.functionCode === '2050201' && l.expenseType === 'basic');
    expect(preschool).toMatchObject({ amount: '10', amountDecimal: '0.10', functionName: '学前教育' });
    await app.http().get(`/api/budget/lines/${preschool.documentId}`).expect(200);
    const draft = await app.strapi.db.query(LINE as never).findOne({
      where: { documentId: preschool.documentId, publishedAt: null },
    });
    for (const write of [
      () => docs(LINE).publish({ documentId: draft.documentId }),
      () => docs(LINE).unpublish({ documentId: draft.documentId }),
      () => docs(LINE).delete({ documentId: draft.documentId }),
    ])
      await expect(write()).rejects.toMatchObject({
        details: { errors: [expect.objectContaining({ path: ['report'], rule: 'published' })] },
      });
    // Withdrawn, the report takes its lines with it.
    await docs(REPORT).unpublish({ documentId: report.documentId });
    expect((await listed().expect(200)).body.data).toEqual([]);
    await app.http().get(`/api/budget/lines/${preschool.documentId}`).expect(404);
  });

  it('an import or a line written after the 保密审查 approval puts the report back to pending', async () => {
    const report = await newReport(deptA);
    await upload(webmaster, report.documentId, await xlsx(fullWorkbook())).expect(201);
    await fx.approve(REPORT, report.documentId);
    const changed = await xlsx([
      functionSheet((rows) => (rows[7] = ['2050202', '小学教育（改）', 900, 800, 100])),
    ]);
    await upload(editorA, report.documentId, changed).expect(201);
    await expect(docs(REPORT).publish({ documentId: report.documentId })).rejects.toMatchObject({
      details: { errors: [expect.objectContaining({ rule: 'review-pending' })] },
    });
    const queue = (await webmaster.get('/gov-core/reviews/pending').expect(200)).body.data;
    expect(queue.map((q: any) => q.documentId)).toContain(report.documentId);
    await fx.approve(REPORT, report.documentId);
    const line = await app.strapi.db.query(LINE as never).findOne({
      where: { report: report.documentId, tableKey: 'general-function', publishedAt: null },
    });
    await docs(LINE).update({ documentId: line.documentId, data: { note: '审核后改的' } });
    await docs(LINE).publish({ documentId: line.documentId });
    await expect(docs(REPORT).publish({ documentId: report.documentId })).rejects.toMatchObject({
      details: { errors: [expect.objectContaining({ rule: 'review-pending' })] },
    });
    // A line deleted after approval also puts the report back in the queue.
    await fx.approve(REPORT, report.documentId);
    const leaf = await app.strapi.db.query(LINE as never).findOne({
      where: {
        report: report.documentId,
        tableKey: 'general-function',
        functionCode: '2050201',
        publishedAt: null,
      },
    });
    await docs(LINE).delete({ documentId: leaf.documentId });
    const again = (await webmaster.get('/gov-core/reviews/pending').expect(200)).body.data;
    expect(again.map((q: any) => q.documentId)).toContain(report.documentId);
    // …and its totals no longer add up (20502 still says 900.30): publishing says so, with the sheet.
    await fx.approve(REPORT, report.documentId);
    const broken = await docs(REPORT)
      .publish({ documentId: report.documentId })
      .then(
        () => null,
        (e: any) => e,
      );
    expect(broken.details.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: ['tables'], rule: 'tables-inconsistent' })]),
    );
    await upload(webmaster, report.documentId, await xlsx(fullWorkbook())).expect(201);
    await fx.approveAndPublish(REPORT, report.documentId);
    // Its department is fixed once it has tables (the lines carry it).
    await expect(
      docs(REPORT).update({ documentId: report.documentId, data: { department: deptB.documentId } }),
    ).rejects.toBeTruthy();
  });

  it('refuses a report with line changes not yet published', async () => {
    const report = await newReport(deptA);
    await upload(webmaster, report.documentId, await xlsx(fullWorkbook())).expect(201);
    const line = await app.strapi.db.query(LINE as never).findOne({
      where: { report: report.documentId, tableKey: 'general-function', publishedAt: null },
    });
    await docs(LINE).update({ documentId: line.documentId, data: { note: '改了备注' } });
    await fx.approve(REPORT, report.documentId);
    await expect(docs(REPORT).publish({ documentId: report.documentId })).rejects.toMatchObject({
      details: { errors: expect.arrayContaining([expect.objectContaining({ rule: 'lines-unpublished' })]) },
    });
    await docs(LINE).publish({ documentId: line.documentId });
    await docs(REPORT).publish({ documentId: report.documentId });
  });
});

describe('deadlines', () => {
  it('are due 20 days after the 批复, overdue the day after, on the caller’s departments only', async () => {
    const report = await newReport(deptA, { year: 2030 - 8, approvedAt: '2023-03-03' });
    const other = await newReport(deptB, { year: 2030 - 7, approvedAt: '2024-03-03' });
    const on = async (session: AdminSession, day: string) =>
      (await session.get(`/budget/deadlines?on=${day}`).expect(200)).body.data;
    const mine = (list: any[]) => list.find((d) => d.documentId === report.documentId);
    expect(mine(await on(editorA, '2023-03-23'))).toMatchObject({
      dueOn: '2023-03-23',
      status: 'pending',
      daysLeft: 0,
    });
    expect(mine(await on(editorA, '2023-03-24'))).toMatchObject({
      status: 'overdue',
      daysLeft: -1,
      overdue: true,
    });
    expect((await on(editorA, '2024-04-01')).some((d: any) => d.documentId === other.documentId)).toBe(false);
    expect((await on(webmaster, '2024-04-01')).some((d: any) => d.documentId === other.documentId)).toBe(
      true,
    );
    const overdueOnly = (await editorA.get('/budget/deadlines?on=2023-03-24&overdue=true').expect(200)).body
      .data;
    expect(overdueOnly.every((d: any) => d.status === 'overdue')).toBe(true);
    await editorA.get('/budget/deadlines?on=2023-02-30').expect(400);
    await editorA.get('/budget/deadlines?from=1').expect(400);
    const service = app.strapi.plugin('budget').service('deadlines');
    const all = await service.list({ now: new Date('2023-03-24T12:00:00+08:00') });
    expect(all.find((d: any) => d.documentId === report.documentId).status).toBe('overdue');
  });
});

describe('report rules', () => {
  it('one report per department, year and kind; a 批复 date of the right years; exact amounts', async () => {
    const first = await newReport(deptA);
    await expect(newReport(deptA, { year: serial })).rejects.toMatchObject({
      details: { errors: [expect.objectContaining({ path: ['year'], rule: 'unique' })] },
    });
    await expect(newReport(deptA, { approvedAt: '2001-01-01' })).rejects.toMatchObject({
      details: { errors: [expect.objectContaining({ path: ['approvedAt'], rule: 'year' })] },
    });
    await expect(newReport(deptA, { threePublicFunds: { reception: '1.234' } })).rejects.toMatchObject({
      details: { errors: [expect.objectContaining({ path: ['threePublicFunds', 'reception'] })] },
    });
    await upload(webmaster, first.documentId, await xlsx([functionSheet()])).expect(201);
    await expect(
      docs(REPORT).update({ documentId: first.documentId, data: { unit: 'wan-yuan' } }),
    ).rejects.toMatchObject({
      details: { errors: [expect.objectContaining({ path: ['unit'], rule: 'tables-imported' })] },
    });
    // Deleting a report deletes its lines.
    await docs(REPORT).delete({ documentId: first.documentId });
    expect(await lineCount(first.documentId)).toBe(0);
  });
});
