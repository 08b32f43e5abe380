import { bootStrapi, type TestApp } from '../helpers/strapi';
import { govFixtures } from '../helpers/gov-fixtures';
import { columnSamples, pppProjectsFor, budgetReportsFor, type SampleRefs } from '../helpers/column-samples';

/**
 * The write rules of every plugin run in gov-core's one pipeline, in a fixed order: the order of the plugins in
 * config/plugins.ts does not matter. The same write matrix — every column type's life cycle, every plugin's
 * refusals — is run on an app booted in the declared order and on one booted in the reverse order
 * (PORTAL_PLUGIN_ORDER=reverse); the outcomes are identical.
 */
const LOCAL = [
  'gov-core',
  'chinese-variants',
  'environment',
  'normative-docs',
  'accessibility',
  'power-list',
  'ppp',
  'budget',
];
const ARTICLE = 'plugin::gov-core.article';
const NORMATIVE = 'plugin::normative-docs.normative-document';
const STATION = 'plugin::environment.air-station';
const OBSERVATION = 'plugin::environment.air-observation';
const FORECAST = 'plugin::environment.air-forecast';
const WATER = 'plugin::environment.water-quality-report';
const POWER_ITEM = 'plugin::power-list.power-item';

/** The serial numbers column-samples.ts appends to names and codes (its counter runs on across both boots). */
const withoutSerials = (text: string) => text.replace(/(顺序-[a-z-]+?|编码|st-\d+-|ppp-\d+-)\d+/g, '$1#');

/** What a write did, without what differs from one database to the next (ids, times). */
const describeError = (e: any) => {
  const details = (e?.details?.errors ?? []) as { path?: string[]; rule?: string }[];
  const paths = details.map((d) => `${(d.path ?? []).join('.')}/${d.rule ?? ''}`).join(',');
  const message = String(e?.message ?? '').replace(/[a-z0-9]{24,}/g, '<id>');
  return `${e?.name ?? 'Error'} ${e?.status ?? ''} [${paths}] ${message}`;
};

const runMatrix = async (app: TestApp) => {
  const fx = govFixtures(app);
  const docs = (uid: string) => app.strapi.documents(uid as never) as any;
  const outcomes: string[] = [];
  const attempt = async <T>(label: string, fn: () => Promise<T>, show?: (r: T) => unknown) => {
    try {
      const result = await fn();
      outcomes.push(withoutSerials(`${label}: ok${show ? ` ${JSON.stringify(show(result))}` : ''}`));
      return result;
    } catch (e) {
      outcomes.push(withoutSerials(`${label}: ${describeError(e)}`));
      return null;
    }
  };

  const dept = await fx.department({ code: 'po-a', name: '县发改委' });
  const other = await fx.department({ code: 'po-b', name: '县财政局' });
  const township = await fx.department({ code: 'po-town', name: '濂溪街道', kind: 'township' });
  const column = await fx.column({ slug: 'plugin-order' });
  const refs: SampleRefs = { column, township };
  refs.pppProjects = await pppProjectsFor(app.strapi as any, [dept, other], column);
  refs.budgetReports = await budgetReportsFor(app.strapi as any, [dept, other], column);
  const station = await docs(STATION).create({
    data: { name: '县城站', code: 'po-st', column: column.documentId, department: dept.documentId },
  });
  await fx.approveAndPublish(STATION, station.documentId);
  refs.station = station;
  const samples = columnSamples(() => refs);
  const uids = (app.strapi.plugin('gov-core').service('column-registry').uids() as string[]).sort();

  // Every column type's life cycle: create, edit, publish (refused before 保密审查, then allowed), clone,
  // unpublish, delete.
  for (const uid of uids) {
    const short = uid.split('.').pop();
    const created = await attempt(
      `${short} create`,
      () => docs(uid).create({ data: samples[uid].create(dept, `顺序-${short}`) }),
      (r: any) => ({ code: r.code, aqi: r.aqi, level: r.level, validity: r.validity }),
    );
    if (!created) continue;
    const { documentId } = created;
    await attempt(`${short} update`, () => docs(uid).update({ documentId, data: samples[uid].edit }));
    await attempt(`${short} publish unreviewed`, () => docs(uid).publish({ documentId }));
    await attempt(`${short} publish`, () => fx.approveAndPublish(uid, documentId));
    await attempt(`${short} unpublish`, () => docs(uid).unpublish({ documentId }));
    await attempt(`${short} delete`, () => docs(uid).delete({ documentId }));
  }

  // gov-core: the column, the 索引号, publishing inside a create.
  const { column: _c, ...noColumn } = samples[ARTICLE].create(dept, '无栏目');
  await attempt('article without column', () => docs(ARTICLE).create({ data: noColumn }));
  await attempt('article with 索引号', () =>
    docs(ARTICLE).create({
      data: { ...samples[ARTICLE].create(dept, '手填索引号'), disclosure: { indexNumber: 'X-2026-1' } },
    }),
  );
  await attempt('article 不予公开 without reason', () =>
    docs(ARTICLE).create({
      data: { ...samples[ARTICLE].create(dept, '不予公开'), disclosure: { openness: 'not-open' } },
    }),
  );
  await attempt('article created published', () =>
    docs(ARTICLE).create({ data: samples[ARTICLE].create(dept, '直接发布'), status: 'published' }),
  );
  // accessibility (a global rule) on publish, after the review gate.
  const inaccessible = await docs(ARTICLE).create({
    data: { ...samples[ARTICLE].create(dept, '无障碍'), body: '<p><img src="/u/a.jpg"></p>' },
  });
  await attempt('article publish with accessibility errors', () =>
    fx.approveAndPublish(ARTICLE, inaccessible.documentId),
  );

  // normative-docs: 发文字号, validity history, no unpublish of a repealed document.
  const { disclosure: _d, ...noNumber } = samples[NORMATIVE].create(dept, '无文号');
  await attempt('normative without 发文字号', () => docs(NORMATIVE).create({ data: noNumber }));
  const normative = await docs(NORMATIVE).create({ data: samples[NORMATIVE].create(dept, '有效性') });
  await fx.approveAndPublish(NORMATIVE, normative.documentId);
  await attempt('normative amended without 修改后文件', () =>
    docs(NORMATIVE).update({ documentId: normative.documentId, data: { validity: 'amended' } }),
  );
  await attempt('normative repealed', () =>
    docs(NORMATIVE).update({ documentId: normative.documentId, data: { validity: 'repealed' } }),
  );
  await attempt('normative publish repeal', () => fx.approveAndPublish(NORMATIVE, normative.documentId));
  await attempt(
    'normative validity history',
    async () =>
      (
        await app.strapi.db
          .query('plugin::normative-docs.validity-change')
          .findMany({ where: { documentId: normative.documentId } })
      ).length,
    (n) => n,
  );
  await attempt('normative unpublish repealed', () =>
    docs(NORMATIVE).unpublish({ documentId: normative.documentId }),
  );
  await attempt('validity change create', () =>
    docs('plugin::normative-docs.validity-change').create({ data: {} }),
  );
  await attempt('cleanup batch clone', () =>
    docs('plugin::normative-docs.cleanup-batch').clone({ documentId: 'doesnotexistdoesnotexist' }),
  );

  // environment: derived fields, natural keys, coordinates, townships.
  const at = '2024-06-01T08:00:00.000Z';
  const observation = (extra = {}) => ({
    station: station.documentId,
    observedAt: at,
    averaging: '1h',
    pm25: 80,
    aqi: 1,
    column: column.documentId,
    department: dept.documentId,
    ...extra,
  });
  await attempt(
    'observation AQI computed',
    () => docs(OBSERVATION).create({ data: observation() }),
    (r: any) => [r.aqi, r.level, r.primaryPollutants],
  );
  await attempt('observation same hour', () => docs(OBSERVATION).create({ data: observation() }));
  await attempt('observation without station', () =>
    docs(OBSERVATION).create({ data: observation({ station: null, observedAt: '2024-06-01T09:00:00Z' }) }),
  );
  await attempt('observation bad concentration', () =>
    docs(OBSERVATION).create({ data: observation({ pm25: -3, observedAt: '2024-06-01T10:00:00Z' }) }),
  );
  const forecast = {
    date: '2024-06-02',
    region: '道县',
    aqiLow: 40,
    aqiHigh: 120,
    column: column.documentId,
    department: dept.documentId,
  };
  await attempt(
    'forecast levels computed',
    () => docs(FORECAST).create({ data: forecast }),
    (r: any) => [r.levels, r.category],
  );
  await attempt('forecast same day', () => docs(FORECAST).create({ data: forecast }));
  await attempt('station with latitude only', () =>
    docs(STATION).create({
      data: {
        name: '半坐标',
        code: 'po-half',
        latitude: 25.5,
        column: column.documentId,
        department: dept.documentId,
      },
    }),
  );
  await attempt('water report in a department that is not a township', () =>
    docs(WATER).create({
      data: { ...samples[WATER].create(dept, '非乡镇'), township: other.documentId },
    }),
  );

  // power-list: required fields, 职权编码 format and uniqueness, the append-only 动态调整.
  await attempt('power item without name', () =>
    docs(POWER_ITEM).create({ data: { ...samples[POWER_ITEM].create(dept, '无名'), name: ' ' } }),
  );
  await attempt('power item bad code', () =>
    docs(POWER_ITEM).create({ data: { ...samples[POWER_ITEM].create(dept, '坏编码'), code: 'ABC' } }),
  );
  const first = await attempt(
    'power item code allocated',
    () => docs(POWER_ITEM).create({ data: samples[POWER_ITEM].create(dept, '编码') }),
    (r: any) => r.code,
  );
  await attempt('power item code taken', () =>
    docs(POWER_ITEM).create({ data: { ...samples[POWER_ITEM].create(dept, '重复编码'), code: first?.code } }),
  );
  await attempt('power item cancelled without basis', () =>
    docs(POWER_ITEM).update({ documentId: first!.documentId, data: { itemStatus: 'cancelled' } }),
  );
  await attempt('power adjustment create', () =>
    docs('plugin::power-list.power-adjustment').create({ data: {} }),
  );

  // ppp: stages in order, exact money, a published 实施情况 never changed.
  const PROJECT = 'plugin::ppp.ppp-project';
  const UPDATE = 'plugin::ppp.ppp-update';
  await attempt('ppp project negative investment', () =>
    docs(PROJECT).create({ data: { ...samples[PROJECT].create(dept, '负投资'), investment: -1 } }),
  );
  const project = await attempt('ppp project', () =>
    docs(PROJECT).create({ data: samples[PROJECT].create(dept, '阶段') }),
  );
  await attempt('ppp project skips a stage', () =>
    docs(PROJECT).update({ documentId: project!.documentId, data: { stage: 'procurement' } }),
  );
  const report = await attempt('ppp update', () =>
    docs(UPDATE).create({ data: samples[UPDATE].create(dept, '报告') }),
  );
  await attempt('ppp update published', () => fx.approveAndPublish(UPDATE, report!.documentId));
  await attempt('ppp update changed after publishing', () =>
    docs(UPDATE).update({ documentId: report!.documentId, data: { note: '改' } }),
  );

  // chinese-variants: phrase pairs.
  const phrases = docs('plugin::chinese-variants.phrase');
  const phrase = await attempt('phrase create', () =>
    phrases.create({ data: { simplified: '道县', traditional: '道縣', variant: '' } }),
  );
  await attempt('phrase duplicate', () =>
    phrases.create({ data: { simplified: '道县', traditional: '道縣', variant: null } }),
  );
  await attempt('phrase not a conversion pair', () =>
    phrases.create({ data: { simplified: '', traditional: '道縣' } }),
  );
  await attempt('phrase clone', () => phrases.clone({ documentId: phrase?.documentId ?? 'x' }));

  // gov-core's append-only records.
  const entry = await app.strapi.db.query('plugin::gov-core.audit-entry').findOne({});
  await attempt('audit entry delete', () =>
    docs('plugin::gov-core.audit-entry').delete({ documentId: entry.documentId }),
  );
  await attempt(
    'audit entries',
    async () => app.strapi.db.query('plugin::gov-core.audit-entry').count({}),
    (n) => n,
  );

  const plugins = Object.keys(app.strapi.plugins).filter((id) => LOCAL.includes(id));
  const globals = app.strapi.plugin('gov-core').service('pipeline').globalOrder() as string[];
  return { outcomes, plugins, globals };
};

const bootWithOrder = async (label: string, order: string) => {
  process.env.PORTAL_PLUGIN_ORDER = order;
  const app = await bootStrapi(label);
  try {
    return await runMatrix(app);
  } finally {
    await app.destroy();
    delete process.env.PORTAL_PLUGIN_ORDER;
  }
};

describe('the order of the plugins in config/plugins.ts', () => {
  it('does not change the outcome of any write (declared order vs reversed)', async () => {
    const declared = await bootWithOrder('order-declared', 'declared');
    const reversed = await bootWithOrder('order-reversed', 'reverse');

    expect(declared.plugins).toEqual(LOCAL);
    expect(reversed.plugins).toEqual([...LOCAL].reverse());
    expect(reversed.globals).toEqual(declared.globals);
    expect(reversed.outcomes).toEqual(declared.outcomes);

    // The matrix is not vacuous: writes pass, and each plugin's rules refuse what they must.
    const outcome = (label: string) => declared.outcomes.find((o) => o.startsWith(`${label}:`));
    expect(outcome('article create')).toMatch(/: ok/);
    expect(outcome('article publish unreviewed')).toMatch(/保密审查|审查/);
    expect(outcome('article without column')).toMatch(/\[column\/required\]/);
    expect(outcome('article publish with accessibility errors')).toMatch(/无障碍检查未通过/);
    expect(outcome('normative without 发文字号')).toMatch(/disclosure\.documentNumber/);
    expect(outcome('normative unpublish repealed')).toMatch(/不能撤回发布/);
    expect(outcome('observation same hour')).toMatch(/ConflictError 409/);
    expect(outcome('observation AQI computed')).toMatch(/: ok \[/);
    expect(outcome('station with latitude only')).toMatch(/longitude/);
    expect(outcome('power item code taken')).toMatch(/\[code\//);
    expect(outcome('power adjustment create')).toMatch(/只增不改/);
    expect(outcome('phrase duplicate')).toMatch(/已有覆盖/);
    expect(outcome('phrase clone')).toMatch(/请新建词条/);
    expect(outcome('audit entry delete')).toMatch(/只增不改/);
  }, 600_000);
});
