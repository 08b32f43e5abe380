import { runSeeds } from '../../seeds/loader';
import { localesSet } from '../../seeds/sets/locales';
import { govCoreSets } from '../../seeds/sets/gov-core';
import { normativeDocsSets } from '../../seeds/sets/normative-docs';
import { bootStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
const sets = [localesSet, ...govCoreSets, ...normativeDocsSets];

beforeAll(async () => {
  app = await bootStrapi();
});
afterAll(async () => {
  await app?.destroy();
});

describe('normative-docs seeds', () => {
  it('loads documents in every status, an applied cleanup batch and one automatic expiry; a second run adds nothing', async () => {
    const first = await runSeeds(app.strapi, { progress: false, sets });
    expect(first.flatMap((r) => r.errors)).toEqual([]);
    const second = await runSeeds(app.strapi, { progress: false, sets });
    expect(second.reduce((n, r) => n + r.created + r.updated, 0)).toBe(0);
    expect(second.map((r) => r.count)).toEqual(first.map((r) => r.count));

    const list = await app.http().get('/api/normative-docs/documents?pageSize=100');
    expect(list.status).toBe(200);
    const byNumber = Object.fromEntries(
      list.body.data.map((d: any) => [d.disclosure.documentNumber, d.validityBadge.key]),
    );
    expect(byNumber).toEqual({
      '道政办发〔2019〕12号': 'effective',
      '道政发〔2012〕9号': 'repealed',
      '道政发〔2014〕21号': 'expired',
      '道政办发〔2016〕5号': 'amended',
      '道政办发〔2024〕8号': 'effective',
      '道政办发〔2023〕15号': 'expired',
    });
    const auto = list.body.data.find((d: any) => d.disclosure.documentNumber === '道政办发〔2023〕15号');
    const one = await app.http().get(`/api/normative-docs/documents/${auto.documentId}?populate=history`);
    expect(one.body.data.history).toMatchObject([
      { from: 'effective', to: 'expired', decidedBy: 'automatic', effectiveDate: '2025-12-01' },
    ]);

    const batches = await app.http().get('/api/normative-docs/batches');
    expect(batches.body.data).toHaveLength(1);
    expect(batches.body.data[0]).toMatchObject({ decisionNumber: '道政发〔2025〕6号', applied: true });
    expect(batches.body.data[0].rows.map((r: any) => r.outcome)).toEqual([
      'continue',
      'repeal',
      'expire',
      'amend',
    ]);

    // The 规范性文件 column became a thematic column of this type.
    const column = await app.http().get('/api/gov-core/columns/guifanxing-wenjian');
    expect(column.body.data).toMatchObject({
      kind: 'thematic',
      contentType: 'plugin::normative-docs.normative-document',
    });
  });
});
