import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createAdmin, type AdminSession } from '../helpers/admin';
import { cm } from '../helpers/content-manager';
import { csv, ENV, environmentFixtures } from './environment-helpers';

let app: TestApp;
let admin: AdminSession;
let env: Awaited<ReturnType<typeof environmentFixtures>>;
let station: any;

beforeAll(async () => {
  app = await bootStrapi();
  admin = await createAdmin(app);
  env = await environmentFixtures(app);
  station = await env.station('dx-cz', '道县城区站');
});
afterAll(async () => {
  await app?.destroy();
});

const api = (path: string) => app.http().get(`/api/environment${path}`);
const upload = (text: string, query = '', session: AdminSession = admin) =>
  app
    .http()
    .post(`/environment/import/observations${query}`)
    .set('Authorization', `Bearer ${session.token}`)
    .attach('file', Buffer.from(text, 'utf8'), { filename: 'observations.csv', contentType: 'text/csv' });
/** 保密审查 approval (gov-core's review gate), then publish through the content manager. */
const publish = async (uid: string, documentId: string) => {
  await env.fx.approve(uid, documentId);
  return cm(admin, uid).publish(documentId);
};

describe('GET /api/environment/aqi', () => {
  it('computes AQI, level, category, colour, primary pollutants and 表2 texts', async () => {
    const res = await api('/aqi?pm25=80&pm10=60&averaging=24h&date=2026-01-15');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      aqi: 107,
      level: 3,
      category: '轻度污染',
      color: '#FF7E00',
      primaryPollutants: ['pm25'],
      exceedingPollutants: ['pm25'],
      edition: 'HJ 633-2012',
    });
    expect(res.body.iaqi.pm10.value).toBe(55);
    expect(res.body.healthEffect).toMatch(/易感人群/);
    expect(res.body.advice).toEqual(expect.any(String));
  });

  it.each([
    ['a negative concentration', 'pm25=-1', 'pm25'],
    ['a non-numeric concentration', 'pm25=abc', 'pm25'],
    ['no pollutant at all', 'averaging=24h', 'concentrations'],
    ['an unknown pollutant', 'pm25=10&nh3=5', 'nh3'],
    ['a bad averaging', 'pm25=10&averaging=8h', 'averaging'],
  ])('answers 400 naming the field for %s', async (_label, query, field) => {
    const res = await api(`/aqi?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: any) => e.path[0])).toContain(field);
    expect(res.body.error.message).toContain(field);
  });
});

describe('air observations: computed on save', () => {
  const base = () => ({
    station: station.documentId,
    observedAt: '2026-01-20T08:00:00+08:00',
    averaging: '1h',
    department: env.bureau.documentId,
    column: env.column.documentId,
  });

  it('computes the AQI fields and overwrites hand-typed ones', async () => {
    const res = await cm(admin, ENV.observation).create({
      ...base(),
      pm25: 80,
      no2: 40,
      aqi: 5,
      level: 1,
      category: '优',
      primaryPollutants: ['so2'],
    });
    expect(res.status).toBe(201);
    // 1h reports use the 24h PM2.5 row (HJ 633-2012 表1 note 3): 80 → 107.
    expect(res.body.data).toMatchObject({
      aqi: 107,
      level: 3,
      levelLabel: '三级',
      category: '轻度污染',
      color: '#FF7E00',
      primaryPollutants: ['pm25'],
      observedDate: '2026-01-20',
      edition: 'HJ 633-2012',
    });

    const id = res.body.data.documentId;
    const upd = await cm(admin, ENV.observation).update(id, { pm25: 20, aqi: 400, level: 6 });
    expect(upd.status).toBe(200);
    expect(upd.body.data).toMatchObject({ aqi: 29, level: 1, category: '优', primaryPollutants: [] });
    const stored = await app.strapi.db.query(ENV.observation).findOne({ where: { documentId: id } });
    expect(stored.aqi).toBe(29);
  });

  it('refuses bad input with a 400 naming the field, and a second report of the same hour with a 409', async () => {
    const neg = await cm(admin, ENV.observation).create({
      ...base(),
      observedAt: '2026-01-20T09:00:00+08:00',
      so2: -3,
    });
    expect(neg.status).toBe(400);
    expect(neg.body.error.message).toMatch(/so2/);

    const none = await cm(admin, ENV.observation).create({
      ...base(),
      observedAt: '2026-01-20T09:00:00+08:00',
    });
    expect(none.status).toBe(400);
    expect(none.body.error.message).toMatch(/concentrations/);

    const avg = await cm(admin, ENV.observation).create({ ...base(), averaging: '8h', pm25: 10 });
    expect(avg.status).toBe(400);
    expect(avg.body.error.message).toMatch(/averaging/);

    const { station: _s, ...noStation } = base();
    const orphan = await cm(admin, ENV.observation).create({ ...noStation, pm25: 10 });
    expect(orphan.status).toBe(400);
    expect(orphan.body.error.message).toMatch(/station/);

    const a = await cm(admin, ENV.observation).create({
      ...base(),
      observedAt: '2026-01-21T10:00:00+08:00',
      pm25: 10,
    });
    expect(a.status).toBe(201);
    const dup = await cm(admin, ENV.observation).create({
      ...base(),
      observedAt: '2026-01-21T02:00:00Z',
      pm25: 12,
    });
    expect(dup.status).toBe(409);
    expect(dup.body.error.details.errors[0].path).toEqual(['observedAt']);
  });

  it('serves published observations only, with computed fields and 表2 texts', async () => {
    const res = await cm(admin, ENV.observation).create({
      ...base(),
      observedAt: '2026-01-22T08:00:00+08:00',
      pm10: 260,
    });
    const listed = async () =>
      (await api('/observations?station=dx-cz&from=2026-01-22&to=2026-01-22')).body.data as any[];
    expect(await listed()).toHaveLength(0);
    expect((await publish(ENV.observation, res.body.data.documentId)).status).toBe(200);
    const [obs] = await listed();
    expect(obs).toMatchObject({
      station: { code: 'dx-cz', name: '道县城区站' },
      averaging: '1h',
      concentrations: { pm10: 260 },
      aqi: 155,
      level: 4,
      category: '中度污染',
      primaryPollutants: ['pm10'],
    });
    expect(obs.healthEffect).toMatch(/心脏|呼吸/);

    const bad = await api('/observations?from=yesterday&pageSize=5000');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/from/);
    expect(bad.body.error.message).toMatch(/pageSize/);
  });
});

describe('CSV import of observations', () => {
  const good = csv([
    ['dx-cz', '2026-02-01 01:00', '1h', 8, 20, 50, 0.6, 40, '', 30],
    ['dx-cz', '2026-02-01 02:00', '1h', 8, 22, 55, 0.7, 38, '', 32],
    ['dx-cz', '2026-02-01', '24h', 9, 25, 60, 0.8, 90, 80, 35],
  ]);

  it('dry-runs without storing, then imports drafts that the public does not see', async () => {
    const before = await app.strapi.db.query(ENV.observation).count();
    const dry = await upload(good, '?dryRun=true');
    expect(dry.status).toBe(200);
    expect(dry.body.data).toMatchObject({
      dryRun: true,
      rows: 3,
      imported: 0,
      byAveraging: { '1h': 2, '24h': 1 },
    });
    expect(await app.strapi.db.query(ENV.observation).count()).toBe(before);

    const res = await upload(good);
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ dryRun: false, published: false, imported: 3 });
    const drafts = await app.strapi.db.query(ENV.observation).findMany({
      where: { observedDate: '2026-02-01' },
      populate: { station: true, column: true, department: true },
    });
    expect(drafts).toHaveLength(3);
    for (const d of drafts) {
      expect(d.publishedAt).toBeNull();
      expect(d.documentId).toMatch(/^[a-z][a-z0-9]{23}$/);
      expect(d.station.code).toBe('dx-cz');
      expect(d.column.slug).toBe('huanjing-baohu');
      expect(d.department.code).toBe('hbj');
    }
    const daily = drafts.find((d: any) => d.averaging === '24h');
    expect(daily).toMatchObject({ aqi: 55, level: 2, category: '良', primaryPollutants: ['pm10'] });
    expect((await api('/observations?from=2026-02-01&to=2026-02-01')).body.data).toHaveLength(0);

    // Imported drafts are ordinary documents: the content manager publishes them.
    expect((await publish(ENV.observation, daily.documentId)).status).toBe(200);
    expect(
      (await api('/observations?from=2026-02-01&to=2026-02-01&averaging=24h')).body.data[0],
    ).toMatchObject({
      aqi: 55,
      station: { code: 'dx-cz' },
    });

    // The same file again: every row is already there.
    const again = await upload(good);
    expect(again.status).toBe(400);
    expect(again.body.error.details.errors).toHaveLength(3);
  });

  it('refuses the whole file, reporting every bad row with its line and column', async () => {
    const before = await app.strapi.db.query(ENV.observation).count();
    const text = csv([
      ['dx-cz', '2026-02-02 01:00', '1h', 8, 20, 50, 0.6, 40, '', 30],
      ['dx-cz', '2026-02-02 02:00', '1h', -8, 20, 50, 0.6, 40, '', 30],
      ['dx-cz', '2026-02-02 03:00', '1h', 8, 'abc', 50, 0.6, 40, '', 30],
      ['nowhere', '2026-02-02 04:00', '1h', 8, 20, 50, 0.6, 40, '', 30],
      ['dx-cz', '2026-02-30 05:00', '1h', 8, 20, 50, 0.6, 40, '', 30],
      ['dx-cz', '2026-02-02 06:00', '8h', 8, 20, 50, 0.6, 40, '', 30],
      ['dx-cz', '2026-02-02 07:00', '1h', '', '', '', '', '', '', ''],
      ['dx-cz', '2026-02-02 01:00', '1h', 9, 20, 50, 0.6, 40, '', 30],
    ]);
    const res = await upload(text);
    expect(res.status).toBe(400);
    const errors = res.body.error.details.errors as { row: number; column: string; message: string }[];
    expect(errors.map((e) => [e.row, e.column.split('|')[0]])).toEqual([
      [3, 'so2'],
      [4, 'no2'],
      [5, 'station'],
      [6, 'observedAt'],
      [7, 'averaging'],
      [8, 'so2'],
      [9, 'observedAt'],
    ]);
    expect(errors[0].message).toMatch(/^so2: /);
    expect(errors[2].message).toMatch(/nowhere/);
    expect(res.body.error.message).toMatch(/7 行/);
    expect(await app.strapi.db.query(ENV.observation).count()).toBe(before);
  });

  it('checks the header and the upload itself', async () => {
    const noHeader = await upload('station,observedAt\ndx-cz,2026-02-03\n');
    expect(noHeader.status).toBe(400);
    expect(noHeader.body.error.details.errors.map((e: any) => e.column)).toEqual(
      expect.arrayContaining(['averaging', 'pm25']),
    );
    const noFile = await admin.post('/environment/import/observations', {});
    expect(noFile.status).toBe(400);
    expect(noFile.body.error.message).toMatch(/file/);
    const badFlag = await upload(good, '?dryRun=maybe');
    expect(badFlag.status).toBe(400);
    expect(badFlag.body.error.message).toMatch(/dryRun/);
  });

  it('is for authorised admins only, and publishing on import needs its own permission', async () => {
    expect(
      (await app.http().post('/environment/import/observations').attach('file', Buffer.from(good), 'a.csv'))
        .status,
    ).toBe(401);
    const editor = await createAdmin(app, { roles: ['strapi-editor'] });
    expect((await upload(good, '?dryRun=true', editor)).status).toBe(403);

    const roles = app.strapi.service('admin::role');
    const role = await roles.create({ name: '环境数据导入员', description: 'import only' });
    await roles.assignPermissions(role.id, [{ action: 'plugin::environment.import' }]);
    const importer = await createAdmin(app, { roles: [role.code] });
    const fresh = csv([['dx-cz', '2026-02-10', '24h', 9, 25, 60, 0.8, 90, 80, 35]]);
    expect((await upload(fresh, '?dryRun=true', importer)).status).toBe(200);
    const pub = await upload(fresh, '?publish=true', importer);
    expect(pub.status).toBe(403);
    expect(pub.body.error.message).toMatch(/publish/);
  });

  it('publishes on import for webmasters (?publish=true)', async () => {
    const text = csv([['dx-cz', '2026-02-05', '24h', 9, 25, 60, 0.8, 90, 80, 35]]);
    const res = await upload(text, '?publish=true');
    expect(res.status).toBe(201);
    expect(res.body.data.published).toBe(true);
    const rows = await app.strapi.db
      .query(ENV.observation)
      .findMany({ where: { observedDate: '2026-02-05' } });
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((r: any) => r.documentId)).size).toBe(1);
    expect((await api('/observations?from=2026-02-05&to=2026-02-05')).body.data).toHaveLength(1);
    const draft = await cm(admin, ENV.observation).get(rows[0].documentId);
    expect(draft.status).toBe(200);
    expect(draft.body.data.station.count ?? draft.body.data.station).toBeTruthy();
  });
});

describe('daily series, level counts and the chart', () => {
  // PM2.5 24h → IAQI: 20→29 (一级), 35→50 (一级), 50→69, 75→100 (二级), 80→107 (三级), 120→158 (四级),
  // 200→250 (五级), 400→434 (六级).
  const values = [20, 35, 50, 75, 80, 120, 200, 400];
  beforeAll(async () => {
    const rows = values.map((v, i) => ['dx-cz', `2026-01-0${i + 1}`, '24h', '', '', '', '', '', '', v]);
    rows.push(['dx-cz', '2026-01-01 12:00', '1h', '', '', '', '', '', '', 300]);
    const res = await upload(csv(rows), '?publish=true');
    expect(res.status).toBe(201);
  });

  it('gives the daily AQI series, the days per level and the 优良天数比例', async () => {
    const res = await api('/daily?station=dx-cz&month=2026-01');
    expect(res.status).toBe(200);
    const { days, levelCounts, goodDaysRatio, levels } = res.body.data;
    expect(days.map((d: any) => d.aqi)).toEqual([29, 50, 69, 100, 107, 158, 250, 434]);
    expect(days[4]).toMatchObject({
      date: '2026-01-05',
      level: 3,
      category: '轻度污染',
      primaryPollutants: ['pm25'],
    });
    expect(levelCounts).toEqual({ 1: 2, 2: 2, 3: 1, 4: 1, 5: 1, 6: 1 });
    expect(goodDaysRatio).toMatchObject({ goodDays: 4, validDays: 8, percent: '50.0%' });
    expect(levels[5]).toMatchObject({ levelLabel: '六级', category: '严重污染', days: 1 });
  });

  it('draws an accessible SVG with a title, a summary and a text legend', async () => {
    const res = await api('/aqi-chart.svg?station=dx-cz&month=2026-01');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^image\/svg\+xml/);
    const svg = String(res.body instanceof Buffer ? res.body.toString('utf8') : res.text);
    expect(svg).toMatch(/<svg[^>]+role="img"[^>]+aria-labelledby="title desc"/);
    expect(svg).toMatch(/<title id="title">2026年1月道县城区站每日空气质量指数（AQI）<\/title>/);
    expect(svg).toMatch(/<desc id="desc">[^<]*优良天数 4 天，优良天数比例 50.0%/);
    expect(svg).toContain('一级 · 优 · 0–50 · 2 天');
    expect(svg).toContain('六级 · 严重污染 · &gt;300 · 1 天');
    expect(svg).toContain('1月5日：AQI 107，三级（轻度污染），首要污染物 PM2.5');
    expect((svg.match(/fill="url\(#aqi-level-\d\)"/g) ?? []).length).toBe(8 + 6);
  });

  it('answers 400 for a bad month and 404 for an unknown station', async () => {
    const bad = await api('/daily?station=dx-cz&month=2026-13');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/month/);
    expect((await api('/aqi-chart.svg?month=2026-01')).status).toBe(400);
    expect((await api('/daily?station=nowhere&month=2026-01')).status).toBe(404);
  });

  it('lists published stations only', async () => {
    await env.station('dx-draft', '未发布点位', { publish: false });
    const res = await api('/stations');
    expect(res.status).toBe(200);
    expect(res.body.data.map((s: any) => s.code)).toEqual(['dx-cz']);
    expect(res.body.data[0]).toMatchObject({ township: { code: 'meihua', name: '梅花镇' }, latitude: 25.52 });
  });
});

describe('forecasts', () => {
  it('derives levels and category from the AQI range, with 表2 texts by default', async () => {
    const res = await cm(admin, ENV.forecast).create({
      date: '2026-01-25',
      region: '道县城区',
      aqiLow: 85,
      aqiHigh: 120,
      primaryPollutant: 'pm25',
      levels: ['一级'],
      department: env.bureau.documentId,
      column: env.column.documentId,
    });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      levels: ['二级', '三级'],
      levelLabel: '二级至三级',
      category: '良至轻度污染',
    });
    expect(res.body.data.advice).toMatch(/儿童|老年人/);
    await publish(ENV.forecast, res.body.data.documentId);
    const list = await api('/forecasts');
    expect(list.body.data[0]).toMatchObject({
      region: '道县城区',
      aqiRange: { low: 85, high: 120 },
      primaryPollutant: 'pm25',
    });

    const inverted = await cm(admin, ENV.forecast).create({
      date: '2026-01-26',
      region: '道县城区',
      aqiLow: 120,
      aqiHigh: 85,
      column: env.column.documentId,
    });
    expect(inverted.status).toBe(400);
    expect(inverted.body.error.message).toMatch(/aqiHigh/);
  });
});

describe('water quality reports', () => {
  const report = (data: object = {}) =>
    cm(admin, ENV.water).create({
      township: env.meihua.documentId,
      quarter: '2025Q4',
      sourceType: 'tap',
      siteName: '梅花镇集镇管网末梢',
      results: [
        { indicator: 'turbidity', value: 0.5 },
        { indicator: 'totalColiforms', value: 'notDetected' },
        { indicator: 'freeChlorine', value: 0.3 },
      ],
      compliant: false,
      department: env.bureau.documentId,
      column: env.column.documentId,
      ...data,
    });

  it('computes compliance per indicator and overall (GB 5749-2022 / GB 3838-2002)', async () => {
    const tap = await report();
    expect(tap.status).toBe(201);
    expect(tap.body.data).toMatchObject({ compliant: true, standard: 'GB 5749-2022' });
    expect(tap.body.data.indicators.every((i: any) => i.compliant)).toBe(true);

    const river = await report({
      sourceType: 'river',
      siteName: '潇水梅花断面',
      targetClass: 3,
      results: [
        { indicator: 'dissolvedOxygen', value: 6.2 },
        { indicator: 'ammoniaNitrogen', value: 1.2 },
      ],
    });
    expect(river.status).toBe(201);
    expect(river.body.data).toMatchObject({
      compliant: false,
      standard: 'GB 3838-2002 Ⅲ类',
      waterClass: 4,
      waterClassLabel: 'Ⅳ类',
    });
    expect(river.body.data.indicators.map((i: any) => i.compliant)).toEqual([true, false]);
    await publish(ENV.water, tap.body.data.documentId);
    await publish(ENV.water, river.body.data.documentId);

    const list = await api('/water-quality?township=meihua&year=2025');
    expect(list.status).toBe(200);
    expect(list.body.data).toHaveLength(2);
    expect((await api('/water-quality?township=shouyan&year=2025')).body.data).toHaveLength(0);
    expect((await api('/water-quality?year=25')).status).toBe(400);
  });

  it('keeps one report per township, quarter and site, and checks township, quarter and results', async () => {
    const dup = await report();
    expect(dup.status).toBe(409);
    expect(dup.body.error.details.errors[0].path).toEqual(['siteName']);

    const notTownship = await report({ township: env.bureau.documentId, siteName: 'X' });
    expect(notTownship.status).toBe(400);
    expect(notTownship.body.error.message).toMatch(/township/);

    const quarter = await report({ quarter: '2025Q5', siteName: 'Y' });
    expect(quarter.status).toBe(400);
    expect(quarter.body.error.message).toMatch(/quarter/);

    const results = await report({ siteName: 'Z', results: [{ indicator: 'unobtainium', value: 1 }] });
    expect(results.status).toBe(400);
    expect(results.body.error.message).toMatch(/results\[0\]\.indicator/);
  });

  it('lists townships that have not reported for a quarter (admin only)', async () => {
    const res = await admin.get('/environment/overdue?quarter=2025Q4');
    expect(res.status).toBe(200);
    expect(res.body.data.quarter).toBe('2025Q4');
    expect(res.body.data.overdue.map((t: any) => t.code)).toEqual(['shouyan']);
    expect(res.body.data.reported).toMatchObject([{ code: 'meihua', reports: 2 }]);
    expect((await admin.get('/environment/overdue')).body.data.quarter).toMatch(/^\d{4}Q[1-4]$/);
    expect((await admin.get('/environment/overdue?quarter=2025-4')).status).toBe(400);
    expect((await app.http().get('/environment/overdue')).status).toBe(401);
    const editor = await createAdmin(app, { roles: ['strapi-editor'] });
    expect((await editor.get('/environment/overdue')).status).toBe(403);
  });
});

describe('polluter reports', () => {
  it('computes exceeds from concentration vs limit, ignoring a hand-typed value', async () => {
    const res = await cm(admin, ENV.polluter).create({
      company: '道县某污水处理厂',
      period: '2025Q4',
      pollutants: [
        {
          pollutant: '化学需氧量',
          dischargeMode: '连续排放',
          concentration: 42,
          limit: 50,
          unit: 'mg/L',
          total: 12.5,
          totalUnit: 't',
          exceeds: true,
        },
        {
          pollutant: '氨氮',
          dischargeMode: '连续排放',
          concentration: 6,
          limit: 5,
          unit: 'mg/L',
          total: 1.1,
          totalUnit: 't',
        },
        { pollutant: 'pH', dischargeMode: '连续排放', concentration: 7.2, limit: { min: 6, max: 9 } },
      ],
      compliant: true,
      department: env.bureau.documentId,
      column: env.column.documentId,
    });
    expect(res.status).toBe(201);
    expect(res.body.data.pollutants.map((p: any) => p.exceeds)).toEqual([false, true, false]);
    expect(res.body.data.pollutants[1].exceedanceMultiple).toBe(0.2);
    expect(res.body.data).toMatchObject({ compliant: false, exceedingPollutants: ['氨氮'] });
    await publish(ENV.polluter, res.body.data.documentId);
    const list = await api('/polluters?exceeding=true');
    expect(list.body.data).toHaveLength(1);
    expect(list.body.data[0].company).toBe('道县某污水处理厂');

    const bad = await cm(admin, ENV.polluter).create({
      company: 'X',
      period: '2025Q4',
      pollutants: [{ pollutant: 'SO2', concentration: 'high', limit: 50 }],
      column: env.column.documentId,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/pollutants\[0\]\.dischargeMode/);
    expect(bad.body.error.message).toMatch(/pollutants\[0\]\.concentration/);
  });
});
