import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createAdmin, type AdminSession } from '../helpers/admin';
import { cm } from '../helpers/content-manager';
import {
  parsePowerListFile,
  writePowerListFile,
  type PowerListRow,
} from '../../plugins/power-list/server/src/domain';
import { ADJUSTMENT, ITEM, download, powerListFixtures, upload } from './power-list-helpers';

let app: TestApp;
let admin: AdminSession;
let pl: Awaited<ReturnType<typeof powerListFixtures>>;

beforeAll(async () => {
  app = await bootStrapi();
  admin = await createAdmin(app);
  pl = await powerListFixtures(app);
});
afterAll(async () => {
  await app?.destroy();
});

const api = (path: string) => app.http().get(`/api/power-list${path}`);
const itemCount = () => app.strapi.db.query(ITEM).count();
const adjustmentCount = () => app.strapi.db.query(ADJUSTMENT).count();

const row = (data: Partial<PowerListRow> = {}): PowerListRow => ({
  code: null,
  name: '导入的权力事项',
  category: 'penalty',
  legalBasis: '《中华人民共和国治安管理处罚法》第二十三条',
  department: '道县公安局',
  responsibilities: [
    { stage: 'acceptance', duty: '对违法行为立案' },
    { stage: 'decision', duty: '依法作出处罚决定' },
  ],
  accountability: [{ situation: '违法实施处罚的', basis: '《中华人民共和国行政处罚法》第七十六条' }],
  remark: null,
  ...data,
});

describe('power items: codes and required fields', () => {
  it('allocates 职权编码 from the department and category codes when left empty', async () => {
    const a = await pl.create({ category: 'reward' });
    const b = await pl.create({ category: 'reward' });
    const c = await pl.create({ category: 'reward', department: pl.jyj.documentId });
    expect([a.code, b.code, c.code]).toEqual(['gaj-JL-00001', 'gaj-JL-00002', 'jyj-JL-00001']);
  });

  it('gives simultaneous creates in one department distinct codes (allocation serialised per department)', async () => {
    const made = await Promise.all(
      Array.from({ length: 12 }, (_, i) => cm(admin, ITEM).create(pl.itemData({ name: `同时新建${i}` }))),
    );
    expect(made.map((r) => r.status)).toEqual(made.map(() => 201));
    const codes = made.map((r) => r.body.data.code as string);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('refuses a code in another format, of another department, or already used in the department', async () => {
    const bad = await cm(admin, ITEM).create(pl.itemData({ code: 'XK-1' }));
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors[0].path).toEqual(['code']);
    expect(bad.body.error.message).toMatch(/^code: .*不符合编码格式/);

    const other = await cm(admin, ITEM).create(pl.itemData({ code: 'jyj-XK-00077' }));
    expect(other.status).toBe(400);

    const first = await cm(admin, ITEM).create(pl.itemData({ code: 'gaj-XK-00077' }));
    expect(first.status).toBe(201);
    const dup = await cm(admin, ITEM).create(pl.itemData({ code: 'gaj-XK-00077' }));
    expect(dup.status).toBe(400);
    expect(dup.body.error.message).toMatch(/code: 职权编码“gaj-XK-00077”已被本部门/);
  });

  it('refuses an item without 设定依据, name or 实施主体, and a non-http 办事指南 link, naming the field', async () => {
    for (const [data, field] of [
      [{ legalBasis: '<p> </p>' }, 'legalBasis'],
      [{ name: '' }, 'name'],
      [{ department: null }, 'department'],
      [{ serviceGuideUrl: 'javascript:alert(1)' }, 'serviceGuideUrl'],
    ] as const) {
      const res = await cm(admin, ITEM).create(pl.itemData(data));
      expect({ field, status: res.status }).toEqual({ field, status: 400 });
      expect(res.body.error.details.errors.map((e: any) => e.path[0])).toContain(field);
    }
  });

  it('sanitises 设定依据 (gov-core rich text) and does not convert 职权编码 to 繁体', async () => {
    const item = await pl.create({
      legalBasis: '<p onclick="x()">《条例》<script>alert(1)</script>第三条</p>',
    });
    const stored = await app.strapi.db.query(ITEM).findOne({ where: { documentId: item.documentId } });
    expect(stored.legalBasis).not.toMatch(/script|onclick/);
    await pl.publish(item.documentId);
    const res = await api(`/items/${item.documentId}?locale=zh-Hant`);
    expect(res.status).toBe(200);
    expect(res.body.data.code).toBe(item.code);
  });
});

describe('动态调整 (adjustments written on publish)', () => {
  it('writes `added` on first publish, nothing for edits of untracked fields, `modified` with old → new', async () => {
    const item = await pl.create({ name: '烟花爆竹道路运输许可' });
    expect(await pl.adjustments(item.documentId)).toEqual([]); // a draft is not an adjustment
    await pl.publish(item.documentId);
    let list = await pl.adjustments(item.documentId);
    expect(list.map((a: any) => a.kind)).toEqual(['added']);
    expect(list[0]).toMatchObject({
      itemCode: item.code,
      itemName: '烟花爆竹道路运输许可',
      category: 'licensing',
      departmentCode: 'gaj',
    });
    expect(list[0].summary.map((c: any) => c.field)).toEqual([
      'name',
      'category',
      'legalBasis',
      'department',
      'status',
    ]);

    // Untracked fields, and a legal basis that only gains a space and markup: no adjustment.
    await pl.update(item.documentId, {
      undertaker: '治安管理大队',
      subItems: '子项一',
      serviceGuideUrl: 'https://zwfw-new.hunan.gov.cn/guide/1',
      responsibilities: [{ stage: 'review', duty: '审查申请材料' }],
      accountability: [],
      legalBasis: '<p>《中华人民共和国行政许可法》 第十二条</p>',
    });
    await pl.publish(item.documentId);
    expect((await pl.adjustments(item.documentId)).length).toBe(1);

    await pl.update(item.documentId, { name: '烟花爆竹道路运输许可证核发' });
    await pl.publish(item.documentId);
    list = await pl.adjustments(item.documentId);
    expect(list.map((a: any) => a.kind)).toEqual(['added', 'modified']);
    expect(list[1].summary).toEqual([
      { field: 'name', label: '职权名称', from: '烟花爆竹道路运输许可', to: '烟花爆竹道路运输许可证核发' },
    ]);
  });

  it('records a change of 实施主体 and of 职权类型 as one `modified` adjustment', async () => {
    const item = await pl.create();
    await pl.publish(item.documentId);
    await pl.update(item.documentId, { department: pl.jyj.documentId, category: 'confirmation' });
    await pl.publish(item.documentId);
    const last = (await pl.adjustments(item.documentId)).pop();
    expect(last.kind).toBe('modified');
    expect(last.departmentCode).toBe('jyj');
    expect(last.summary).toEqual([
      { field: 'category', label: '职权类型', from: '行政许可', to: '行政确认' },
      { field: 'department', label: '实施主体', from: '道县公安局（gaj）', to: '道县教育局（jyj）' },
    ]);
  });

  it('refuses to cancel without a basis; a cancellation with a basis is `cancelled` with basis and date', async () => {
    const item = await pl.create({ name: '典当业特种行业许可' });
    await pl.publish(item.documentId);
    const noBasis = await cm(admin, ITEM).update(item.documentId, { itemStatus: 'cancelled' });
    expect(noBasis.status).toBe(400);
    expect(noBasis.body.error.details.errors[0].path).toEqual(['adjustmentBasis']);

    const res = await cm(admin, ITEM).update(item.documentId, {
      itemStatus: 'cancelled',
      adjustmentBasis: '国务院关于取消一批行政许可事项的决定（国发〔2017〕46号）',
      adjustmentDecidedAt: '2017-09-22',
    });
    expect(res.status).toBe(200);
    await pl.publish(item.documentId);
    const last = (await pl.adjustments(item.documentId)).pop();
    expect(last).toMatchObject({
      kind: 'cancelled',
      basis: '国务院关于取消一批行政许可事项的决定（国发〔2017〕46号）',
      summary: [{ field: 'status', label: '状态', from: '实施中', to: '已取消' }],
    });
    expect(String(last.decidedAt).slice(0, 10)).toBe('2017-09-22');
  });

  it('refuses a publish that cancels with only the basis of an earlier change, and publishes nothing', async () => {
    const item = await pl.create();
    await pl.update(item.documentId, { adjustmentBasis: '道政发〔2016〕8号' });
    await pl.publish(item.documentId);
    // The status is changed directly in the database, as a buggy client could; the publish still refuses.
    await app.strapi.db.query(ITEM).update({
      where: { documentId: item.documentId, publishedAt: null },
      data: { itemStatus: 'cancelled' },
    });
    await pl.fx.approve(ITEM, item.documentId);
    await expect(
      app.strapi.documents(ITEM as never).publish({ documentId: item.documentId }),
    ).rejects.toThrow(/basis: 取消职权必须填写取消依据/);
    const published = await app.strapi.db
      .query(ITEM)
      .findOne({ where: { documentId: item.documentId, publishedAt: { $notNull: true } } });
    expect(published.itemStatus).toBe('in-force');
    expect((await pl.adjustments(item.documentId)).map((a: any) => a.kind)).toEqual(['added']);
  });

  it('writes `delegated` for a 下放 to the townships and `merged` when the editor marks a merger', async () => {
    const item = await pl.create({ category: 'inspection' });
    await pl.publish(item.documentId);
    await pl.update(item.documentId, {
      itemStatus: 'delegated',
      adjustmentBasis: '道县人民政府关于向乡镇下放部分县级行政权力事项的决定（道政发〔2017〕12号）',
    });
    await pl.publish(item.documentId);
    const merged = await pl.create();
    await pl.update(merged.documentId, { adjustmentMerged: true, adjustmentBasis: '道编办〔2017〕5号' });
    await pl.publish(merged.documentId);
    expect((await pl.adjustments(item.documentId)).map((a: any) => a.kind)).toEqual(['added', 'delegated']);
    expect((await pl.adjustments(merged.documentId)).map((a: any) => a.kind)).toEqual(['merged']);
  });

  it('compares a re-publish after unpublishing with the last published state (no new `added`)', async () => {
    const item = await pl.create();
    await pl.publish(item.documentId);
    await app.strapi.documents(ITEM as never).unpublish({ documentId: item.documentId });
    await pl.publish(item.documentId);
    expect((await pl.adjustments(item.documentId)).map((a: any) => a.kind)).toEqual(['added']);
  });

  it('keeps adjustments append-only: no document-service write, no content-manager route', async () => {
    const [first] = await app.strapi.db.query(ADJUSTMENT).findMany({ limit: 1 });
    const docs = app.strapi.documents(ADJUSTMENT as never) as any;
    await expect(docs.update({ documentId: first.documentId, data: { basis: 'x' } })).rejects.toThrow(
      /只增不改/,
    );
    await expect(docs.delete({ documentId: first.documentId })).rejects.toThrow(/只增不改/);
    await expect(docs.create({ data: { itemDocumentId: 'x', kind: 'added' } })).rejects.toThrow(/只增不改/);
    const viaCm = await cm(admin, ADJUSTMENT).remove(first.documentId);
    expect(viaCm.status).toBeGreaterThanOrEqual(400);
    expect(await app.strapi.db.query(ADJUSTMENT).count({ where: { id: first.id } })).toBe(1);
  });
});

describe('public API', () => {
  let published: any[];
  beforeAll(async () => {
    published = [];
    for (const [category, name, department] of [
      ['levy', '城市道路占用费征收', pl.gaj],
      ['levy', '河道采砂管理费征收', pl.gaj],
      ['payment', '学生资助金给付', pl.jyj],
      ['adjudication', '土地权属争议裁决', pl.meihua],
    ] as const) {
      const item = await pl.create({ category, name, department: department.documentId });
      await pl.publish(item.documentId);
      published.push(item);
    }
    await pl.create({ category: 'levy', name: '未发布的草稿征收' });
    const hidden = await pl.create({
      category: 'levy',
      name: '不予公开的征收',
      disclosure: { openness: 'not-open', notOpenReason: '涉及国家秘密' },
    });
    await pl.publish(hidden.documentId);
  });

  it('lists published, openly disclosed items with filters and labels', async () => {
    const res = await api('/items?category=levy&pageSize=100');
    expect(res.status).toBe(200);
    const names = res.body.data.map((i: any) => i.name);
    expect(names).toEqual(expect.arrayContaining(['城市道路占用费征收', '河道采砂管理费征收']));
    expect(names).not.toContain('未发布的草稿征收');
    expect(names).not.toContain('不予公开的征收');
    const first = res.body.data[0];
    expect(first).toMatchObject({ categoryLabel: '行政征收', statusLabel: '实施中' });
    expect(first.department).toMatchObject({ code: 'gaj', name: '道县公安局' });
    expect(first.responsibilities[0]).toMatchObject({ stage: 'acceptance', stageLabel: '受理' });
    expect(first).not.toHaveProperty('scopeDepartment');
    expect(first).not.toHaveProperty('adjustmentBasis');

    const search = await api(`/items?q=${encodeURIComponent('采砂')}`);
    expect(search.body.data.map((i: any) => i.name)).toEqual(['河道采砂管理费征收']);
    const byDept = await api('/items?department=meihua');
    expect(byDept.body.data.map((i: any) => i.name)).toEqual(['土地权属争议裁决']);
    expect(byDept.body.meta.pagination).toMatchObject({ page: 1, total: 1 });
  });

  it('lists in-force items by default; itemStatus=cancelled or all on request', async () => {
    const cancelled = await api('/items?itemStatus=cancelled');
    expect(cancelled.body.data.map((i: any) => i.name)).toContain('典当业特种行业许可');
    const inForce = await api('/items?pageSize=100');
    expect(inForce.body.data.every((i: any) => i.itemStatus === 'in-force')).toBe(true);
    const all = await api('/items?itemStatus=all&pageSize=100');
    expect(all.body.meta.pagination.total).toBe(
      inForce.body.meta.pagination.total +
        (await api('/items?itemStatus=cancelled')).body.meta.pagination.total +
        (await api('/items?itemStatus=delegated')).body.meta.pagination.total +
        (await api('/items?itemStatus=suspended')).body.meta.pagination.total,
    );
  });

  it.each([
    ['category=unknown', 'category'],
    ['itemStatus=repealed', 'itemStatus'],
    ['department=公安', 'department'],
    ['page=0', 'page'],
    ['pageSize=1000', 'pageSize'],
    ['sort=adjustmentBasis', 'sort'],
  ])('answers 400 naming the parameter for %s', async (query, field) => {
    const res = await api(`/items?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: any) => e.path[0])).toContain(field);
  });

  it('serves one item with its adjustments, and 404 for drafts and 不予公开 items', async () => {
    const res = await api(`/items/${published[0].documentId}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ name: '城市道路占用费征收', categoryLabel: '行政征收' });
    expect(res.body.data.adjustments.map((a: any) => a.kind)).toEqual(['added']);
    const draft = await pl.create();
    expect((await api(`/items/${draft.documentId}`)).status).toBe(404);
  });

  it('counts items by department × category, matching the item lists', async () => {
    const res = await api('/summary');
    expect(res.status).toBe(200);
    const { rows, totals } = res.body.data;
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      const list = await api(`/items?department=${r.department.code}&category=${r.category}`);
      expect({ row: `${r.department.code}/${r.category}`, count: r.count }).toEqual({
        row: `${r.department.code}/${r.category}`,
        count: list.body.meta.pagination.total,
      });
    }
    expect(totals.all).toBe((await api('/items')).body.meta.pagination.total);
    expect(totals.all).toBe(rows.reduce((s: number, r: any) => s + r.count, 0));
    expect(totals.byCategory.levy).toBe(2);
    expect(Object.keys(totals.byCategory)).toHaveLength(10);
    const all = await api('/summary?itemStatus=all');
    expect(all.body.data.totals.all).toBe((await api('/items?itemStatus=all')).body.meta.pagination.total);
    expect((await api('/summary?status=gone')).status).toBe(400);
  });

  it('lists adjustments newest first, filtered by department and year, hiding unpublished items', async () => {
    const res = await api('/adjustments?pageSize=100');
    expect(res.status).toBe(200);
    const times = res.body.data.map((a: any) => a.publishedAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(res.body.data[0]).toMatchObject({ kind: expect.any(String), kindLabel: expect.any(String) });
    const hidden = res.body.data.filter((a: any) => a.item.name === '不予公开的征收');
    expect(hidden).toEqual([]);

    const cancel = res.body.data.find((a: any) => a.kind === 'cancelled');
    expect(cancel).toMatchObject({ kindLabel: '取消', department: { code: 'gaj' }, decidedAt: '2017-09-22' });
    const year2017 = await api('/adjustments?year=2017');
    expect(year2017.body.data.map((a: any) => a.kind)).toEqual(['cancelled']);
    const meihua = await api('/adjustments?department=meihua');
    expect(meihua.body.data.map((a: any) => a.item.name)).toEqual(['土地权属争议裁决']);
    expect((await api('/adjustments?year=17')).status).toBe(400);
    expect((await api('/adjustments?kind=removed')).status).toBe(400);
  });

  it('serves its labels in the one label shape, and refuses parameters', async () => {
    const res = await api('/labels');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.data)).toEqual(['category', 'itemStatus', 'stage', 'adjustmentKind']);
    expect(res.body.data.category.levy).toEqual({ 'zh-Hans': '行政征收', 'zh-Hant': '行政徵收' });
    expect(res.body.data.itemStatus.suspended).toEqual({ 'zh-Hans': '暂停实施', 'zh-Hant': '暫停實施' });
    expect(Object.keys(res.body.data.stage)).toHaveLength(6);
    const bad = await api('/labels?locale=zh-Hant');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors[0]).toMatchObject({ path: ['locale'], rule: 'unrecognized_keys' });
  });
});

describe('spreadsheet import and export', () => {
  it('dry-runs a good file: reports what would be created, writes nothing', async () => {
    const file = await writePowerListFile(
      [
        row({ name: '对扰乱公共秩序行为的处罚' }),
        row({ name: '对学校违规收费的处罚', department: '县教育局' }),
      ],
      'xlsx',
    );
    const before = await itemCount();
    const res = await upload(app, admin, file, { query: '?dryRun=true' });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ dryRun: true, rows: 2, created: 2, updated: 0 });
    expect(res.body.data.items.map((i: any) => [i.row, i.action, i.code, i.department])).toEqual([
      [2, 'create', 'gaj-CF-00001', 'gaj'],
      [3, 'create', 'jyj-CF-00001', 'jyj'],
    ]);
    expect(await itemCount()).toBe(before);
  });

  it('imports drafts (published later through review), with components and allocated codes', async () => {
    const file = await writePowerListFile(
      [
        row({ name: '对扰乱公共秩序行为的处罚', remark: '含子项 3 个' }),
        row({ name: '对学校违规收费的处罚', department: 'jyj' }),
      ],
      'xlsx',
    );
    const res = await upload(app, admin, file);
    expect([res.status, res.status === 201 ? null : res.body]).toEqual([201, null]);
    expect(res.body.data).toMatchObject({ dryRun: false, created: 2, column: { slug: 'quanze-qingdan' } });
    const [first] = res.body.data.items;
    const stored = await app.strapi.documents(ITEM as never).findOne({
      documentId: first.documentId,
      populate: ['responsibilities', 'accountability', 'department', 'column'],
    } as any);
    expect(stored).toMatchObject({
      code: 'gaj-CF-00001',
      name: '对扰乱公共秩序行为的处罚',
      category: 'penalty',
      legalBasis: '<p>《中华人民共和国治安管理处罚法》第二十三条</p>',
      remark: '含子项 3 个',
      publishedAt: null,
      department: { code: 'gaj' },
      column: { slug: 'quanze-qingdan' },
    });
    expect((stored as any).responsibilities.map((r: any) => r.stage)).toEqual(['acceptance', 'decision']);
    expect((await api(`/items/${first.documentId}`)).status).toBe(404);
    // Each imported draft waits for 保密审查, and the import is in the audit trail.
    const review = await admin.get(`/gov-core/reviews/${encodeURIComponent(ITEM)}/${first.documentId}`);
    expect(review.body.data?.[0]?.state ?? review.body.data?.history?.[0]?.state).toBe('pending');
    expect(
      await app.strapi.db
        .query('plugin::gov-core.audit-entry')
        .count({ where: { action: 'import', contentType: ITEM } }),
    ).toBe(1);
  });

  it('round-trips: export → import changes nothing, and the export of the result is the same', async () => {
    const exported = await download(app, admin, '/power-list/export?department=gaj');
    expect(exported.status).toBe(200);
    expect(exported.headers['content-type']).toMatch(/spreadsheetml/);
    const before = await parsePowerListFile(exported.body);
    expect(before.errors).toEqual([]);
    expect(before.rows.length).toBeGreaterThan(5);
    expect(before.rows.every((r) => r.department === '道县公安局' && r.code)).toBe(true);

    const adjustmentsBefore = await adjustmentCount();
    const items = await itemCount();
    const res = await upload(app, admin, exported.body);
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ created: 0, updated: 0, unchanged: before.rows.length });
    expect(await itemCount()).toBe(items);
    expect(await adjustmentCount()).toBe(adjustmentsBefore);

    const again = await parsePowerListFile(
      (await download(app, admin, '/power-list/export?department=gaj')).body,
    );
    expect(again.rows).toEqual(before.rows);
    const csv = await download(app, admin, '/power-list/export?department=gaj&format=csv');
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect((await parsePowerListFile(csv.body)).rows).toEqual(before.rows);
  });

  it('updates the draft of an item whose code is in the file', async () => {
    const exported = await parsePowerListFile(
      (await download(app, admin, '/power-list/export?department=jyj')).body,
    );
    const target = exported.rows.find((r) => r.name === '对学校违规收费的处罚')!;
    const file = await writePowerListFile([{ ...target, name: '对学校违规收取费用的处罚' }], 'csv');
    const res = await upload(app, admin, file, { filename: 'list.csv' });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ created: 0, updated: 1 });
    const stored = await app.strapi.db
      .query(ITEM)
      .findOne({ where: { code: target.code, publishedAt: null } });
    expect(stored.name).toBe('对学校违规收取费用的处罚');
  });

  it('rejects a file with bad rows listing every error, and writes nothing', async () => {
    const file = await writePowerListFile(
      [
        row({ name: '好的一行' }),
        row({ name: '未知类型', category: 'bogus' as never }),
        row({ name: '缺设定依据', legalBasis: '' }),
        row({ name: '重复编码一', code: 'gaj-CF-00900' }),
        row({ name: '重复编码二', code: 'gaj-CF-00900' }),
        row({ name: '未知部门', department: '道县火星局' }),
      ],
      'xlsx',
    );
    const items = await itemCount();
    const res = await upload(app, admin, file);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/4 行有错误/);
    expect(res.body.error.details.errors.map((e: any) => [e.row, e.column, e.message.split(':')[0]])).toEqual(
      [
        [3, '职权类型', 'category'],
        [4, '设定依据', 'legalBasis'],
        [6, '职权编码', 'code'],
        [7, '实施主体', 'department'],
      ],
    );
    expect(await itemCount()).toBe(items);
  });

  it('refuses a code of another department already in the database', async () => {
    const res = await upload(app, admin, await writePowerListFile([row({ code: 'jyj-CF-00001' })], 'xlsx'));
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0]).toMatchObject({ row: 2, column: '职权编码' });
  });

  it.each([
    ['a PNG image', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), 'chart.png'],
    ['a zip that is not a workbook', Buffer.from('504b030414000000080000000000', 'hex'), 'list.xlsx'],
    ['an empty file', Buffer.alloc(0), 'list.csv'],
  ])('answers 400 for %s', async (_label, bytes, filename) => {
    const res = await upload(app, admin, bytes, { filename });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0]).toMatchObject({ row: 0, column: '' });
    expect(res.body.error.message).toMatch(/不是有效的 xlsx 或 csv 表格/);
  });

  it('answers 400 without a file, for bad query parameters, and for an unknown column', async () => {
    const none = await admin.post('/power-list/import');
    expect(none.status).toBe(400);
    expect(none.body.error.details.errors[0].path).toEqual(['file']);
    const file = await writePowerListFile([row()], 'xlsx');
    expect((await upload(app, admin, file, { query: '?dryRun=maybe' })).status).toBe(400);
    const col = await upload(app, admin, file, { query: '?column=no-such-column' });
    expect(col.status).toBe(400);
    expect(col.body.error.details.errors[0].path).toEqual(['column']);
    expect((await admin.get('/power-list/export?format=pdf')).status).toBe(400);
    expect((await admin.get('/power-list/export?department=nowhere')).status).toBe(400);
  });
});

describe('department scoping of import, export and adjustments', () => {
  let editor: AdminSession;
  let reviewer: AdminSession;
  beforeAll(async () => {
    editor = await createAdmin(app, { roles: ['gov-department-editor'] });
    reviewer = await createAdmin(app, { roles: ['gov-reviewer'] });
    for (const session of [editor, reviewer]) {
      await app.strapi.documents('plugin::gov-core.membership').create({
        data: { user: session.user.id, departments: [pl.gaj.documentId] } as any,
      });
    }
  });

  it('lets a department editor import their own rows only (others are row errors, nothing written)', async () => {
    const items = await itemCount();
    const mixed = await writePowerListFile(
      [row({ name: '本部门事项' }), row({ name: '别的部门事项', department: '道县教育局' })],
      'xlsx',
    );
    const refused = await upload(app, editor, mixed);
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.errors).toEqual([
      expect.objectContaining({
        row: 3,
        column: '实施主体',
        message: expect.stringMatching(/只能导入本部门/),
      }),
    ]);
    expect(await itemCount()).toBe(items);

    const own = await upload(app, editor, await writePowerListFile([row({ name: '本部门事项' })], 'xlsx'));
    expect(own.status).toBe(201);
    const created = await app.strapi.db
      .query(ITEM)
      .findOne({ where: { documentId: own.body.data.items[0].documentId } });
    expect(created.scopeDepartment).toBe(pl.gaj.documentId);
    expect(created.publishedAt).toBeNull();
  });

  it('refuses the import to a role without the permission, and exports only the own department', async () => {
    const file = await writePowerListFile([row()], 'xlsx');
    expect((await upload(app, reviewer, file)).status).toBe(403);
    expect((await download(app, editor, '/power-list/export?department=jyj')).status).toBe(403);
    const own = await parsePowerListFile((await download(app, editor, '/power-list/export')).body);
    expect(own.rows.length).toBeGreaterThan(0);
    expect(new Set(own.rows.map((r) => r.department))).toEqual(new Set(['道县公安局']));
    expect((await download(app, reviewer, '/power-list/export')).status).toBe(200);
  });

  it('shows an editor the adjustments of their departments only; the public sees them all', async () => {
    const mine = await editor.get('/power-list/adjustments?pageSize=100');
    expect(mine.status).toBe(200);
    expect(mine.body.data.length).toBeGreaterThan(0);
    expect(new Set(mine.body.data.map((a: any) => a.department.code))).toEqual(new Set(['gaj']));
    const everything = await admin.get('/power-list/adjustments?pageSize=100');
    expect(new Set(everything.body.data.map((a: any) => a.department.code))).toEqual(
      new Set(['gaj', 'jyj', 'meihua']),
    );
    expect((await app.http().get('/power-list/adjustments')).status).toBe(401);
  });
});
