import { bootStrapi, type TestApp } from '../helpers/strapi';
import { govFixtures } from '../helpers/gov-fixtures';
import { versionHash } from '../../plugins/gov-core/server/src/utils/version-hash';

const ITEM = 'plugin::power-list.power-item';
const STATION = 'plugin::environment.air-station';
const OBSERVATION = 'plugin::environment.air-observation';

type Row = Record<string, unknown>;
type Data = Record<string, unknown>;
type Mode = 'documents' | 'bulk';

/** Columns that differ between two equal writes: own ids, timestamps, generated documentIds. */
const VOLATILE = new Set(['id', 'document_id', 'created_at', 'updated_at', 'at', 'decided_at']);

const tableNames = async (app: TestApp): Promise<string[]> => {
  const knex = app.strapi.db.connection;
  if (app.strapi.db.dialect.client === 'postgres') {
    const r = await knex.raw(
      "select table_name from information_schema.tables where table_schema = 'public'",
    );
    return r.rows.map((t: { table_name: string }) => t.table_name);
  }
  const r = await knex.raw(
    "select name from sqlite_master where type = 'table' and name not like 'sqlite_%'",
  );
  return r.map((t: { name: string }) => t.name);
};

/** The highest id of every table with an id column (rows above it are what a case wrote). */
const highWater = async (app: TestApp) => {
  const knex = app.strapi.db.connection;
  const marks = new Map<string, number>();
  for (const table of await tableNames(app)) {
    const columns = await knex(table).columnInfo();
    if (!('id' in columns)) continue;
    const [{ max }] = await knex(table).max('id', { as: 'max' });
    marks.set(table, Number(max ?? 0));
  }
  return marks;
};

/**
 * The rows a case wrote, per table, comparable across two databases: volatile columns dropped, documentIds
 * replaced by the document's ordinal in the case, `published_at` by whether it is set, a 保密审查 hash by whether
 * it is the current hash of the draft it names, JSON parsed; rows sorted.
 */
const written = async (
  app: TestApp,
  uid: string,
  marks: Map<string, number>,
  fixtureIds: Map<string, string>,
) => {
  const knex = app.strapi.db.connection;
  const mainTable = (app.strapi.db.metadata.get(uid) as { tableName: string }).tableName;
  const ordinals = new Map<string, number>();
  const main = await knex(mainTable).where('id', '>', marks.get(mainTable)!).orderBy('id');
  for (const r of main) if (!ordinals.has(r.document_id)) ordinals.set(r.document_id, ordinals.size + 1);
  const out: Record<string, Row[]> = {};
  for (const [table, mark] of marks) {
    const rows = await knex(table).where('id', '>', mark).orderBy('id');
    if (!rows.length) continue;
    const normalised: Row[] = [];
    for (const r of rows) {
      const n: Row = {};
      for (const [k, v] of Object.entries(r)) {
        if (VOLATILE.has(k)) continue;
        if (k === 'published_at') n[k] = v !== null;
        else if (k === 'item_document_id') n[k] = ordinals.get(v as string) ?? v;
        else if (k === 'version_hash')
          n[k] =
            v === (await versionHash(app.strapi, r.content_type, r.item_document_id, r.locale ?? null))
              ? 'current'
              : v;
        else if (k === 'changes' && typeof v === 'string') n[k] = JSON.parse(v);
        else if (typeof v === 'boolean') n[k] = v ? 1 : 0;
        else if (typeof v === 'string' && fixtureIds.has(v)) n[k] = fixtureIds.get(v);
        else n[k] = v instanceof Date ? v.toISOString() : v;
      }
      if (table === mainTable) n.document = ordinals.get(r.document_id);
      normalised.push(n);
    }
    out[table] = normalised
      .map((n) => JSON.stringify(n))
      .sort()
      .map((s) => JSON.parse(s));
  }
  return out;
};

interface Fixtures {
  gaj: { documentId: string };
  jyj: { documentId: string };
  column: { documentId: string };
  envColumn: { documentId: string };
  bureau: { documentId: string };
  station: { documentId: string };
}

const fixtures = async (app: TestApp): Promise<Fixtures> => {
  const fx = govFixtures(app);
  const gaj = await fx.department({ code: 'gaj', name: '道县公安局' });
  const jyj = await fx.department({ code: 'jyj', name: '道县教育局' });
  const bureau = await fx.department({ code: 'hbj', name: '生态环境局' });
  const column = await fx.column({ slug: 'quanze', name: '权责清单', kind: 'thematic', contentType: ITEM });
  const envColumn = await fx.column({ slug: 'huanjing', name: '环境保护' });
  const docs = app.strapi.documents(STATION as never) as any;
  const station = await docs.create({
    data: { code: 'st-1', name: '点位一', department: bureau.documentId, column: envColumn.documentId },
  });
  await fx.approveAndPublish(STATION, station.documentId);
  return { gaj, jyj, column, envColumn, bureau, station };
};

/** Each case: a type, documents' data (relations as documentIds), and whether they are published. */
const CASES: { name: string; uid: string; publish: boolean; data: (f: Fixtures) => Data[] }[] = [
  {
    name: 'power items (zh-Hans drafts: components, to-one relations in two departments)',
    uid: ITEM,
    publish: false,
    data: (f) => [
      {
        code: 'gaj-XK-00001',
        name: '枪支持有许可',
        category: 'licensing',
        legalBasis: '<p>《中华人民共和国枪支管理法》第十二条</p><script>x</script>',
        department: f.gaj.documentId,
        column: f.column.documentId,
        responsibilities: [
          { stage: 'acceptance', duty: '依法受理申请' },
          { stage: 'decision', duty: '在法定期限内作出决定' },
        ],
        accountability: [{ situation: '不予受理的', basis: '《行政许可法》第七十二条' }],
        remark: '含子项',
      },
      {
        code: 'jyj-CF-00001',
        name: '对违规办学的处罚',
        category: 'penalty',
        legalBasis: '<p>《中华人民共和国教育法》第七十五条</p>',
        department: f.jyj.documentId,
        column: f.column.documentId,
        responsibilities: [],
        accountability: [
          { situation: '不履行职责的', basis: null },
          { situation: '滥用职权的', basis: '《公务员法》' },
        ],
        subItems: '子项一',
      },
      {
        code: 'gaj-XK-00002',
        name: '烟花爆竹燃放许可',
        category: 'licensing',
        legalBasis: '<p>《烟花爆竹安全管理条例》</p>',
        department: f.gaj.documentId,
        column: f.column.documentId,
        itemStatus: 'suspended',
        serviceGuideUrl: 'https://zwfw.example.gov.cn/guide/1',
      },
    ],
  },
  ...[false, true].map((publish) => ({
    name: `air observations (${publish ? 'published with their drafts' : 'drafts'}: computed AQI, three links)`,
    uid: OBSERVATION,
    publish,
    data: (f: Fixtures) =>
      [
        ['2025-01-01 08:00', '1h', { so2: 8, no2: 20, pm10: 60, co: 0.6, o3_1h: 40, pm25: 35 }],
        ['2025-01-01 09:00', '1h', { so2: 9, no2: 25, pm10: 160, co: 0.7, o3_1h: 50, pm25: 120 }],
        ['2025-01-01 00:00', '24h', { so2: 9, no2: 25, pm10: 80, co: 0.7, o3_8h: 50, pm25: 40 }],
      ].map(([observedAt, averaging, c]) => ({
        // Each case on its own day: one report per station and hour (or day).
        observedAt: `${(observedAt as string).replace('-01 ', `-0${publish ? 2 : 1} `)}:00+08:00`.replace(
          ' ',
          'T',
        ),
        averaging,
        ...(c as Data),
        station: f.station.documentId,
        department: f.bureau.documentId,
        column: f.envColumn.documentId,
      })),
  })),
];

const run = async (app: TestApp, mode: Mode, f: Fixtures) => {
  const results: Record<string, Record<string, Row[]>> = {};
  // Fixtures' documentIds (departments in scope, review and audit rows) by their name in the fixtures.
  const fixtureIds = new Map(Object.entries(f).map(([key, d]) => [d.documentId, `fixture:${key}`]));
  for (const c of CASES) {
    const marks = await highWater(app);
    const data = c.data(f);
    if (mode === 'documents') {
      const docs = app.strapi.documents(c.uid as never) as any;
      const created = [];
      for (const d of data) created.push(await docs.create({ data: { ...d } }));
      if (c.publish) for (const d of created) await docs.publish({ documentId: d.documentId });
    } else {
      const warn = jest.spyOn(app.strapi.log, 'warn');
      await app.strapi
        .plugin('gov-core')
        .service('bulk-writer')
        .createMany({
          uid: c.uid,
          publish: c.publish,
          documents: data.map((d) => ({ data: { ...d } })),
        });
      // The review hashes were computed from the rows written, equal to the drafts read back (no fallback).
      expect(warn.mock.calls.filter(([m]) => String(m).includes('review hash'))).toEqual([]);
      warn.mockRestore();
    }
    results[c.name] = await written(app, c.uid, marks, fixtureIds);
  }
  return results;
};

describe('bulk writer: the rows it writes are the document service’s rows', () => {
  let byDocuments: Record<string, Record<string, Row[]>>;
  let byBulk: Record<string, Record<string, Row[]>>;

  beforeAll(async () => {
    // The same fixtures in two fresh databases (same ids), one written each way.
    for (const mode of ['documents', 'bulk'] as const) {
      const app = await bootStrapi(`bulk-writer-${mode}`);
      try {
        const results = await run(app, mode, await fixtures(app));
        if (mode === 'documents') byDocuments = results;
        else byBulk = results;
      } finally {
        await app.destroy();
      }
    }
    // Two boots, each with its own fresh database.
  }, 400_000);

  it.each(CASES.map((c) => [c.name]))('%s: every table row equal', (name) => {
    const expected = byDocuments[name];
    const actual = byBulk[name];
    expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
    // Entry rows, component rows and their links, relation link rows, review and audit rows.
    const tables = name.startsWith('power')
      ? [
          'power_items',
          'power_items_cmps',
          'components_power_list_responsibilities',
          'components_power_list_accountabilities',
          'components_gov_core_disclosures',
          'power_items_department_lnk',
          'power_items_column_lnk',
        ]
      : [
          'env_air_observations',
          'env_air_observations_station_lnk',
          'env_air_observations_department_lnk',
          'env_air_observations_column_lnk',
        ];
    expect(Object.keys(expected)).toEqual(
      expect.arrayContaining([...tables, 'gov_reviews', 'gov_audit_entries']),
    );
    for (const table of Object.keys(expected)) {
      expect({ table, rows: actual[table] }).toEqual({ table, rows: expected[table] });
    }
  });

  it('writes the review rows with the current hash of each draft, and one create audit entry per document', () => {
    for (const c of CASES) {
      const reviews = byBulk[c.name].gov_reviews;
      expect(reviews).toHaveLength(3);
      expect(reviews.every((r) => r.version_hash === 'current' && r.state === 'pending')).toBe(true);
      const audits = byBulk[c.name].gov_audit_entries;
      expect(audits.filter((a) => a.action === 'create')).toHaveLength(reviews.length);
      expect(audits.filter((a) => a.action === 'publish')).toHaveLength(c.publish ? reviews.length : 0);
    }
  });
});

describe('bulk writer: all or nothing across its chunks (1,000 rows are checked while the last are written)', () => {
  let app: TestApp;
  let f: Fixtures;
  /** Review and audit rows of the fixtures (the station's 保密审查, the departments' audit entries). */
  const before: Record<string, number> = {};
  const bulk = () => app.strapi.plugin('gov-core').service('bulk-writer');
  const count = (uid: string) => app.strapi.db.query(uid as never).count();
  const items = (n: number, from = 1) =>
    Array.from({ length: n }, (_, i) => ({
      data: {
        code: `gaj-XK-${String(from + i).padStart(5, '0')}`,
        name: `批量事项${from + i}`,
        category: 'licensing',
        legalBasis: `<p>《条例》第${(i % 30) + 1}条</p>`,
        department: f.gaj.documentId,
        column: f.column.documentId,
        responsibilities: [{ stage: 'acceptance', duty: '依法受理申请' }],
      } as Data,
    }));

  beforeAll(async () => {
    app = await bootStrapi('bulk-writer-chunks');
    f = await fixtures(app);
    for (const uid of [ITEM, 'plugin::gov-core.review', 'plugin::gov-core.audit-entry'])
      before[uid] = await count(uid);
  }, 300_000);
  afterAll(() => app?.destroy());

  it('refuses a batch whose bad rows come after written chunks, listing them all, and keeps nothing', async () => {
    const documents = items(2500);
    documents[2300].data.category = 'nope';
    documents[2399].data.department = 'no-such-department';
    const error = await bulk()
      .createMany({ uid: ITEM, documents })
      .catch((e: any) => e);
    expect(error.details.errors.map((e: any) => e.path.slice(0, 3).join('.'))).toEqual([
      'rows.2301.category',
      'rows.2400.department',
    ]);
    for (const uid of [ITEM, 'plugin::gov-core.review', 'plugin::gov-core.audit-entry'])
      expect([uid, await count(uid)]).toEqual([uid, before[uid]]);
    const cmps = await app.strapi.db.connection('power_items_cmps').count({ n: '*' });
    expect(Number(cmps[0].n)).toBe(0);
  });

  it('rolls back to its savepoint inside a caller’s transaction, so a caught refusal leaves nothing', async () => {
    const bad = items(2500, 10001);
    bad[2499].data.category = 'nope';
    await app.strapi.db.transaction(async () => {
      await expect(bulk().createMany({ uid: ITEM, documents: bad })).rejects.toThrow('导入失败');
      await bulk().createMany({ uid: ITEM, documents: items(3, 20001) });
    });
    expect(await count(ITEM)).toBe(3);
    expect(await count('plugin::gov-core.review')).toBe(before['plugin::gov-core.review'] + 3);
  });

  it('writes every chunk of a good batch, each draft with its pending review and create audit entry', async () => {
    const { documentIds } = await bulk().createMany({ uid: ITEM, documents: items(2500, 30001) });
    expect(new Set(documentIds).size).toBe(2500);
    expect(await count(ITEM)).toBe(2503);
    const reviews = await app.strapi.db.query('plugin::gov-core.review').findMany({
      where: { itemDocumentId: { $in: [documentIds[0], documentIds[1500], documentIds[2499]] } },
    });
    expect(reviews.map((r: any) => r.state)).toEqual(['pending', 'pending', 'pending']);
    expect(
      await app.strapi.db
        .query('plugin::gov-core.audit-entry')
        .count({ where: { action: 'create', itemDocumentId: { $in: documentIds } } }),
    ).toBe(2500);
    const last = await app.strapi
      .documents(ITEM as never)
      .findOne({ documentId: documentIds[2499], populate: ['responsibilities', 'department'] } as never);
    expect(last).toMatchObject({
      name: '批量事项32500',
      responsibilities: [{ stage: 'acceptance', duty: '依法受理申请' }],
      department: { documentId: f.gaj.documentId },
    });
  });
});
