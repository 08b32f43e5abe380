import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createAdmin } from '../helpers/admin';
import { runSeeds } from '../../seeds/loader';
import { govCoreSets } from '../../seeds/sets/gov-core';
import { localesSet } from '../../seeds/sets/locales';
import { budgetSets } from '../../seeds/sets/budget';
import { BUDGET_REPORTS } from '../../seeds/data/budget/reports';

let app: TestApp;
beforeAll(async () => {
  app = await bootStrapi();
});
afterAll(async () => {
  await app?.destroy();
});

describe('budget seeds', () => {
  it('publish the 2017 budgets and final accounts through the import, consistent and idempotent', async () => {
    const sets = [localesSet, ...govCoreSets, ...budgetSets];
    const first = await runSeeds(app.strapi, { progress: false, sets });
    expect(first.flatMap((r) => r.errors)).toEqual([]);
    expect(Object.fromEntries(first.map((r) => [r.name, r.count]))['budget reports']).toBe(
      BUDGET_REPORTS.length,
    );
    const second = await runSeeds(app.strapi, { progress: false, sets });
    expect(second.flatMap((r) => r.errors)).toEqual([]);
    expect(second.reduce((n, r) => n + r.created, 0)).toBe(0);

    const http = app.http();
    const column = await app.strapi.db
      .query('plugin::gov-core.column')
      .findOne({ where: { slug: 'yujuesuan' } });
    expect(column).toMatchObject({ kind: 'thematic', contentType: 'plugin::budget.budget-report' });
    const list = (await http.get('/api/budget/reports?year=2017&column=yujuesuan&pageSize=100').expect(200))
      .body;
    expect(list.meta.pagination.total).toBe(BUDGET_REPORTS.filter((r) => !r.draft).length);

    // Every tree adds up, and its total is the general fund's plus the government fund's spending of the data.
    for (const report of list.data) {
      const seed = BUDGET_REPORTS.find(
        (r) => r.kind === report.kind && report.department.code === r.department && r.year === report.year,
      )!;
      const tree = (await http.get(`/api/budget/reports/${report.documentId}/tree`).expect(200)).body;
      const fen = (n: number) => Math.round(n * 100);
      const expected =
        seed.general.reduce((t, [, b, p]) => t + fen(b) + fen(p), 0) +
        (seed.fund ?? []).reduce((t, [, p]) => t + fen(p), 0);
      expect({ report: report.title, total: fen(tree.meta.total) }).toEqual({
        report: report.title,
        total: expected,
      });
      const check = (n: any) => {
        if (n.children.length)
          expect(fen(n.amount)).toBe(n.children.reduce((t: number, c: any) => t + fen(c.amount), 0));
        n.children.forEach(check);
      };
      tree.data.forEach(check);
    }
    // The 教育局 final account: two 民生 projects; its empty tables published with their notes.
    const jyj = list.data.find((r: any) => r.department.code === 'jyj' && r.kind === 'final-account');
    const one = (await http.get(`/api/budget/reports/${jyj.documentId}`).expect(200)).body.data;
    expect(one.tables.find((t: any) => t.key === 'fund-function')).toMatchObject({
      lines: 0,
      note: '本部门没有政府性基金预算财政拨款收入、支出，故本表为空表。',
    });
    expect(one.threePublicFunds).toMatchObject({ total: 60500, lastYearTotal: 211000, change: -150500 });
    const projects = (
      await http.get(`/api/budget/lines?report=${jyj.documentId}&table=livelihood`).expect(200)
    ).body;
    expect(projects.data.map((l: any) => l.projectName)).toEqual([
      '农村义务教育学生营养改善计划',
      '义务教育家庭经济困难寄宿生生活补助',
    ]);

    const summary = (await http.get('/api/budget/summary?year=2017').expect(200)).body.data;
    expect(summary.finalAccount.reports).toBe(3);
    expect(summary.budget.reports).toBe(1);
    expect(summary.finalAccount.livelihood.find((c: any) => c.code === '208').amount).toBeGreaterThan(
      70_000_000,
    );

    const webmaster = await createAdmin(app, { roles: ['gov-webmaster'] });
    const due = (await webmaster.get('/budget/deadlines?on=2017-03-01').expect(200)).body.data;
    const draft = due.find((d: any) => d.kind === 'budget' && d.department?.code === 'mzj');
    expect(draft).toMatchObject({ dueOn: '2017-03-06', status: 'pending', daysLeft: 5 });
  });
});
