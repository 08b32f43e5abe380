import type { Core } from '@strapi/strapi';
import type { SeedOutcome, SeedSet } from '../types';
import {
  ENV_COLUMN,
  ENV_DEPARTMENT,
  FORECASTS,
  OBSERVATION_MONTH,
  POLLUTED_DAYS,
  POLLUTERS,
  STATIONS,
  WATER_QUARTERS,
  WATER_TOWNSHIPS,
} from '../data/environment/demo';

/**
 * environment demo data: three stations, a month of hourly and daily observations (imported through the
 * plugin's CSV importer, published), forecasts, a year of quarterly water reports for four townships and two
 * polluter reports. The 环保局, the townships and the 环境保护 column come from the gov-core sets.
 */

const UID = {
  station: 'plugin::environment.air-station',
  observation: 'plugin::environment.air-observation',
  forecast: 'plugin::environment.air-forecast',
  water: 'plugin::environment.water-quality-report',
  polluter: 'plugin::environment.polluter-report',
};
const DEPARTMENT = 'plugin::gov-core.department';
const COLUMN = 'plugin::gov-core.column';

const docs = (strapi: Core.Strapi, uid: string) => strapi.documents(uid as never) as any;
const draftOf = (strapi: Core.Strapi, uid: string, where: Record<string, unknown>) =>
  strapi.db.query(uid as never).findOne({ where: { ...where, publishedAt: null }, select: ['documentId'] });

const departmentId = async (strapi: Core.Strapi, code: string) => {
  const row = await draftOf(strapi, DEPARTMENT, { code });
  if (!row) throw new Error(`department “${code}” is missing (seeded by gov-core departments)`);
  return row.documentId as string;
};

/** The 环境保护 column, created when the gov-core seeds have not made it. */
const columnId = async (strapi: Core.Strapi) => {
  const row = await draftOf(strapi, COLUMN, { slug: ENV_COLUMN.slug });
  if (row) return row.documentId as string;
  const parent = await draftOf(strapi, COLUMN, { slug: ENV_COLUMN.parent });
  const created = await docs(strapi, COLUMN).create({
    data: {
      name: ENV_COLUMN.name,
      slug: ENV_COLUMN.slug,
      kind: 'articles',
      parent: parent?.documentId ?? null,
    },
  });
  await docs(strapi, COLUMN).publish({ documentId: created.documentId });
  return created.documentId as string;
};

/** 保密审查 approval by the seed (public demo data), then publish. */
const publish = async (strapi: Core.Strapi, uid: string, documentId: string) => {
  const reviews = strapi.plugin('gov-core').service('reviews') as any;
  if (reviews?.isRequired?.(uid)) {
    await reviews.decide({ uid, documentId, decision: 'approve', comment: '演示数据（npm run seed）' }, null);
  }
  await docs(strapi, uid).publish({ documentId });
};

const ensure = async (
  strapi: Core.Strapi,
  uid: string,
  where: Record<string, unknown>,
  data: () => Promise<Record<string, unknown>>,
): Promise<SeedOutcome> => {
  const existing = await draftOf(strapi, uid, where);
  if (existing) {
    const published = await strapi.db
      .query(uid as never)
      .count({ where: { documentId: existing.documentId, publishedAt: { $notNull: true } } });
    if (published) return 'existing';
    await publish(strapi, uid, existing.documentId);
    return 'updated';
  }
  const created = await docs(strapi, uid).create({ data: await data() });
  await publish(strapi, uid, created.documentId);
  return 'created';
};

const owners = async (strapi: Core.Strapi) => ({
  department: await departmentId(strapi, ENV_DEPARTMENT),
  column: await columnId(strapi),
});

/** Deletes the seeded rows (both versions; link rows go with them by their foreign keys). */
const wipe = async (strapi: Core.Strapi, uid: string, where: Record<string, unknown>) => {
  await strapi.db.query(uid as never).deleteMany({ where });
};

// ------------------------------------------------------------------------------------------------------------

type Station = (typeof STATIONS)[number];

export const environmentStationsSet: SeedSet<Station> = {
  name: 'environment stations',
  records: () => [...STATIONS],
  label: (r) => r.code,
  apply: (strapi, r) =>
    ensure(strapi, UID.station, { code: r.code }, async () => {
      const { base: _base, township, ...fields } = r;
      return { ...fields, township: await departmentId(strapi, township), ...(await owners(strapi)) };
    }),
  count: (strapi) =>
    strapi.db.query(UID.station).count({ where: { code: { $in: STATIONS.map((s) => s.code) } } }),
  reset: (strapi) => wipe(strapi, UID.station, { code: { $in: STATIONS.map((s) => s.code) } }),
};

/** Deterministic pseudo-random numbers (mulberry32), so every seed run generates the same month. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const round = (n: number, digits = 0) => Number(n.toFixed(digits));

/** A month of hourly rows and one daily row per day for a station, as the CSV the importer reads. */
export const observationCsv = (station: Station, month = OBSERVATION_MONTH) => {
  const [y, m] = month.split('-').map(Number);
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const rnd = random(station.code.length * 7919 + m);
  const lines = ['station,observedAt,averaging,so2,no2,pm10,co,o3_1h,o3_8h,pm25'];
  const pad = (n: number) => String(n).padStart(2, '0');
  for (let d = 1; d <= days; d++) {
    const episode = POLLUTED_DAYS[d] ?? 0;
    const hours: number[][] = [];
    for (let h = 0; h < 24; h++) {
      const rush = h >= 7 && h <= 9 ? 1.25 : h >= 17 && h <= 20 ? 1.35 : 1;
      const pm25 = round((station.base + episode) * rush * (0.8 + rnd() * 0.4));
      const pm10 = round(pm25 * (1.5 + rnd() * 0.3));
      const so2 = round(6 + rnd() * 8);
      const no2 = round((18 + rnd() * 14) * rush);
      const co = round(0.5 + rnd() * 0.6 + episode / 400, 1);
      const o3 = round(h >= 11 && h <= 17 ? 70 + rnd() * 50 : 20 + rnd() * 30);
      hours.push([so2, no2, pm10, co, o3, pm25]);
      lines.push(
        `${station.code},${month}-${pad(d)} ${pad(h)}:00,1h,${so2},${no2},${pm10},${co},${o3},,${pm25}`,
      );
    }
    const mean = (i: number, digits = 0) => round(hours.reduce((s, r) => s + r[i], 0) / 24, digits);
    const o3 = hours.map((r) => r[4]);
    const o3_8h = Math.max(
      ...o3.slice(0, 17).map((_, i) => o3.slice(i, i + 8).reduce((s, v) => s + v, 0) / 8),
    );
    lines.push(
      `${station.code},${month}-${pad(d)},24h,${mean(0)},${mean(1)},${mean(2)},${mean(3, 1)},${Math.max(...o3)},${round(o3_8h)},${mean(5)}`,
    );
  }
  return `${lines.join('\n')}\n`;
};

export const environmentObservationsSet: SeedSet<Station> = {
  name: 'environment observations',
  records: () => [...STATIONS],
  label: (r) => `${r.code} ${OBSERVATION_MONTH}`,
  async apply(strapi, r) {
    const stored = await strapi.db.query(UID.observation).count({
      where: {
        station: { code: r.code },
        observedDate: { $gte: `${OBSERVATION_MONTH}-01`, $lte: `${OBSERVATION_MONTH}-31` },
      },
    });
    if (stored) return 'existing';
    await strapi
      .plugin('environment')
      .service('observation-import')
      .importObservations(observationCsv(r), { publish: true });
    return 'created';
  },
  count: (strapi) =>
    strapi.db
      .query(UID.observation)
      .count({ where: { station: { code: { $in: STATIONS.map((s) => s.code) } } } }),
  reset: (strapi) =>
    wipe(strapi, UID.observation, { station: { code: { $in: STATIONS.map((s) => s.code) } } }),
};

type Forecast = (typeof FORECASTS)[number];
export const environmentForecastsSet: SeedSet<Forecast> = {
  name: 'environment forecasts',
  records: () => [...FORECASTS],
  label: (r) => `${r.region} ${r.date}`,
  apply: (strapi, r) =>
    ensure(strapi, UID.forecast, { date: r.date, region: r.region }, async () => ({
      ...r,
      ...(await owners(strapi)),
    })),
  count: (strapi) =>
    strapi.db.query(UID.forecast).count({ where: { region: { $in: FORECASTS.map((f) => f.region) } } }),
  reset: (strapi) => wipe(strapi, UID.forecast, { region: { $in: FORECASTS.map((f) => f.region) } }),
};

interface WaterRecord {
  township: string;
  quarter: string;
  sourceType: 'source' | 'plant-outlet' | 'tap' | 'river';
  siteName: string;
  sampledOn: string;
  targetClass?: number;
  results: { indicator: string; value: number | 'notDetected' }[];
}

const TOWNSHIP_NAMES: Record<string, string> = {
  meihua: '梅花镇',
  shouyan: '寿雁镇',
  xianzijiao: '仙子脚镇',
  qingtang: '清塘镇',
};

/** Per township and quarter: the water source, the plant outlet and the tap; 潇水 sections for two townships. */
export const waterRecords = (): WaterRecord[] =>
  WATER_TOWNSHIPS.flatMap((t, ti) =>
    WATER_QUARTERS.flatMap((quarter, qi) => {
      const name = TOWNSHIP_NAMES[t];
      const sampledOn = `${quarter.slice(0, 4)}-${String(qi * 3 + 2).padStart(2, '0')}-15`;
      const wet = qi === 1 || qi === 2; // 丰水期: more turbidity and nutrients
      const records: WaterRecord[] = [
        {
          township: t,
          quarter,
          sourceType: 'source',
          siteName: `${name}集中式饮用水水源地`,
          sampledOn,
          targetClass: 2,
          results: [
            { indicator: 'dissolvedOxygen', value: 7.2 - qi * 0.3 },
            { indicator: 'permanganateIndex', value: 1.8 + (wet ? 0.9 : 0.2) },
            { indicator: 'ammoniaNitrogen', value: 0.12 + (wet ? 0.2 : 0.05) + ti * 0.02 },
            { indicator: 'totalPhosphorus', value: 0.03 + (wet ? 0.04 : 0.01) },
          ],
        },
        {
          township: t,
          quarter,
          sourceType: 'plant-outlet',
          siteName: `${name}水厂出厂水`,
          sampledOn,
          results: [
            { indicator: 'turbidity', value: wet ? 0.6 : 0.3 },
            { indicator: 'totalColiforms', value: 'notDetected' },
            { indicator: 'colonyCount', value: 12 + qi * 3 },
            { indicator: 'freeChlorine', value: 0.6 },
          ],
        },
        {
          township: t,
          quarter,
          sourceType: 'tap',
          siteName: `${name}集镇管网末梢水`,
          sampledOn,
          results: [
            { indicator: 'turbidity', value: wet ? 0.9 : 0.5 },
            {
              indicator: 'totalColiforms',
              value: t === 'qingtang' && quarter === '2025Q3' ? 2 : 'notDetected',
            },
            { indicator: 'freeChlorine', value: t === 'qingtang' && quarter === '2025Q3' ? 0.03 : 0.2 },
          ],
        },
      ];
      if (ti < 2) {
        records.push({
          township: t,
          quarter,
          sourceType: 'river',
          siteName: `潇水${name}断面`,
          sampledOn,
          targetClass: 3,
          results: [
            { indicator: 'dissolvedOxygen', value: 6.4 },
            { indicator: 'cod', value: wet ? 17 : 13 },
            { indicator: 'ammoniaNitrogen', value: wet ? 0.8 : 0.4 },
          ],
        });
      }
      return records;
    }),
  );

export const environmentWaterSet: SeedSet<WaterRecord> = {
  name: 'environment water reports',
  records: waterRecords,
  label: (r) => `${r.township} ${r.quarter} ${r.siteName}`,
  apply: async (strapi, r) =>
    ensure(
      strapi,
      UID.water,
      { quarter: r.quarter, siteName: r.siteName, township: { code: r.township } },
      async () => ({ ...r, township: await departmentId(strapi, r.township), ...(await owners(strapi)) }),
    ),
  count: (strapi) => strapi.db.query(UID.water).count({ where: { quarter: { $in: [...WATER_QUARTERS] } } }),
  reset: (strapi) =>
    wipe(strapi, UID.water, {
      quarter: { $in: [...WATER_QUARTERS] },
      siteName: { $in: waterRecords().map((r) => r.siteName) },
    }),
};

type Polluter = (typeof POLLUTERS)[number];
export const environmentPollutersSet: SeedSet<Polluter> = {
  name: 'environment polluter reports',
  records: () => POLLUTERS,
  label: (r) => `${r.company} ${r.period}`,
  apply: (strapi, r) =>
    ensure(strapi, UID.polluter, { company: r.company, period: r.period }, async () => ({
      ...r,
      ...(await owners(strapi)),
    })),
  count: (strapi) =>
    strapi.db.query(UID.polluter).count({ where: { company: { $in: POLLUTERS.map((p) => p.company) } } }),
  reset: (strapi) => wipe(strapi, UID.polluter, { company: { $in: POLLUTERS.map((p) => p.company) } }),
};

/** In load order (stations before their observations). */
export const environmentSets: SeedSet<any>[] = [
  environmentStationsSet,
  environmentObservationsSet,
  environmentForecastsSet,
  environmentWaterSet,
  environmentPollutersSet,
];
