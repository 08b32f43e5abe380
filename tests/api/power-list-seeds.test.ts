import { bootStrapi, type TestApp } from '../helpers/strapi';
import { runSeeds } from '../../seeds/loader';
import { govCoreSets } from '../../seeds/sets/gov-core';
import { localesSet } from '../../seeds/sets/locales';
import { powerListSets } from '../../seeds/sets/power-list';

let app: TestApp;
beforeAll(async () => {
  app = await bootStrapi();
});
afterAll(async () => {
  await app?.destroy();
});

describe('power-list seeds', () => {
  it('publish at least 40 Dao County powers across the 10 types, with a cancellation and a delegation, idempotently', async () => {
    const sets = [localesSet, ...govCoreSets, ...powerListSets];
    const first = await runSeeds(app.strapi, { progress: false, sets });
    expect(first.flatMap((r) => r.errors)).toEqual([]);
    const counts = Object.fromEntries(first.map((r) => [r.name, r.count]));
    expect(counts['power-list items']).toBeGreaterThanOrEqual(40);
    expect(counts['power-list adjustments']).toBe(3);
    const second = await runSeeds(app.strapi, { progress: false, sets });
    expect(second.flatMap((r) => r.errors)).toEqual([]);
    expect(second.reduce((n, r) => n + r.created, 0)).toBe(0);

    const http = app.http();
    const summary = (await http.get('/api/power-list/summary?itemStatus=all').expect(200)).body.data;
    expect(summary.totals.all).toBe(counts['power-list items']);
    expect(Object.values(summary.totals.byCategory).every((n) => (n as number) > 0)).toBe(true);

    const adjustments = (await http.get('/api/power-list/adjustments?pageSize=100').expect(200)).body.data;
    const kinds = adjustments.map((a: any) => a.kind);
    expect(kinds.filter((k: string) => k === 'added')).toHaveLength(counts['power-list items']);
    const cancelled = adjustments.find((a: any) => a.kind === 'cancelled');
    expect(cancelled).toMatchObject({ item: { name: '粮食收购资格认定' }, decidedAt: '2021-05-19' });
    expect(cancelled.basis).toMatch(/国发〔2021〕7号/);
    const delegated = adjustments.find((a: any) => a.kind === 'delegated');
    expect(delegated).toMatchObject({ item: { name: '乡村建设规划许可' }, department: { code: 'zjj' } });
    expect(kinds).toContain('modified');
    // The township now holds the delegated power.
    const township = (await http.get('/api/power-list/items?department=meihua').expect(200)).body.data;
    expect(township.map((i: any) => i.name)).toContain('乡村建设规划许可（农村村民住宅）');
    const year = (await http.get('/api/power-list/adjustments?year=2017').expect(200)).body.data;
    expect(year.map((a: any) => a.kind)).toEqual(['delegated']);
  });
});
