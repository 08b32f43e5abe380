import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createAdmin } from '../helpers/admin';
import { runSeeds } from '../../seeds/loader';
import { govCoreSets } from '../../seeds/sets/gov-core';
import { localesSet } from '../../seeds/sets/locales';
import { pppSets } from '../../seeds/sets/ppp';
import { PROJECTS } from '../../seeds/data/ppp/projects';

let app: TestApp;
beforeAll(async () => {
  app = await bootStrapi();
});
afterAll(async () => {
  await app?.destroy();
});

describe('ppp seeds', () => {
  it('publish the Dao County projects across the editions with their contracts and reports, idempotently', async () => {
    const sets = [localesSet, ...govCoreSets, ...pppSets];
    const first = await runSeeds(app.strapi, { progress: false, sets });
    expect(first.flatMap((r) => r.errors)).toEqual([]);
    const counts = Object.fromEntries(first.map((r) => [r.name, r.count]));
    expect(counts['ppp projects']).toBe(PROJECTS.length);
    expect(counts['ppp updates']).toBe(PROJECTS.reduce((n, p) => n + p.updates.length, 0));
    const second = await runSeeds(app.strapi, { progress: false, sets });
    expect(second.flatMap((r) => r.errors)).toEqual([]);
    expect(second.reduce((n, r) => n + r.created, 0)).toBe(0);

    const http = app.http();
    // The 新机制 project still at its 方案 is a draft: every other one is public, in the thematic column.
    const list = (await http.get('/api/ppp/projects?pageSize=100&column=ppp').expect(200)).body;
    expect(list.meta.pagination.total).toBe(PROJECTS.filter((p) => !p.draft).length);
    const editions = new Set(list.data.map((p: any) => p.edition));
    expect([...editions].sort()).toEqual(['caijin-2017', 'caijin-2021', 'concession-2023']);
    const column = await app.strapi.db.query('plugin::gov-core.column').findOne({ where: { slug: 'ppp' } });
    expect(column).toMatchObject({ kind: 'thematic', contentType: 'plugin::ppp.ppp-project' });
    const stats = (await http.get('/api/ppp/stats').expect(200)).body.data;
    expect(stats.total.count).toBe(list.meta.pagination.total);
    const water = list.data.find((p: any) => p.code === '43112420160001');
    const one = (await http.get(`/api/ppp/projects/${water.documentId}?populate[contract]=true`).expect(200))
      .body.data;
    expect(one.contract?.mime).toBe('application/pdf');
    expect(one.updates.map((u: any) => u.period)).toContain('2025');

    // The 污水处理 project has no 2025 report: due 2026-04-30, overdue the day after.
    const webmaster = await createAdmin(app, { roles: ['gov-webmaster'] });
    const due = (await webmaster.get('/ppp/deadlines?on=2026-05-01').expect(200)).body.data;
    const sewage = due.find((d: any) => d.code === '43112420170002');
    expect(sewage.next).toMatchObject({
      item: 'annual-execution-information:2025',
      dueOn: '2026-04-30',
      overdue: true,
    });
    expect(due.filter((d: any) => d.next?.overdue).map((d: any) => d.code)).toEqual(['43112420170002']);
  });
});
