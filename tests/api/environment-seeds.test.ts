import { bootStrapi, type TestApp } from '../helpers/strapi';
import { runSeeds } from '../../seeds/loader';
import { govCoreSets } from '../../seeds/sets/gov-core';
import { environmentSets } from '../../seeds/sets/environment';
import { localesSet } from '../../seeds/sets/locales';

let app: TestApp;
beforeAll(async () => {
  app = await bootStrapi();
});
afterAll(async () => {
  await app?.destroy();
});

describe('environment seeds', () => {
  it('load stations, a month of observations with polluted days, forecasts, water and polluter reports, idempotently', async () => {
    const sets = [localesSet, ...govCoreSets, ...environmentSets];
    const first = await runSeeds(app.strapi, { progress: false, sets });
    expect(first.flatMap((r) => r.errors)).toEqual([]);
    const counts = Object.fromEntries(first.map((r) => [r.name, r.count]));
    // 3 stations × 31 days × (24 hourly + 1 daily), draft + published rows.
    expect(counts['environment observations']).toBe(3 * 31 * 25 * 2);
    const second = await runSeeds(app.strapi, { progress: false, sets });
    expect(second.reduce((n, r) => n + r.created, 0)).toBe(0);

    const http = app.http();
    const stations = await http.get('/api/environment/stations').expect(200);
    expect(stations.body.data).toHaveLength(3);
    const daily = await http.get('/api/environment/daily?station=dx-chengqu&month=2026-01').expect(200);
    expect(daily.body.data.days).toHaveLength(31);
    expect(daily.body.data.goodDaysRatio.goodDays).toBeLessThan(31);
    expect(daily.body.data.levelCounts[1] + daily.body.data.levelCounts[2]).toBe(
      daily.body.data.goodDaysRatio.goodDays,
    );
    const water = await http.get('/api/environment/water-quality?year=2025&pageSize=100').expect(200);
    expect(water.body.meta.pagination.total).toBe(4 * 4 * 3 + 2 * 4);
    expect(water.body.data.some((r: any) => r.compliant === false)).toBe(true);
    const polluters = await http.get('/api/environment/polluters').expect(200);
    expect(polluters.body.data.map((p: any) => p.compliant).sort()).toEqual([false, true]);
    expect((await http.get('/api/environment/forecasts').expect(200)).body.data.length).toBe(4);
  });
});
