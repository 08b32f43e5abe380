import { Client } from 'pg';
import { createAdmin, type AdminSession } from '../helpers/admin';
import { approveAndPublish, cm } from '../helpers/content-manager';
import { isPostgres } from '../helpers/database';
import { govFixtures } from '../helpers/gov-fixtures';
import { bootStrapi, type TestApp } from '../helpers/strapi';
import {
  BATCH,
  CHANGE,
  DOC,
  SecondInstance,
  documentNumber,
  grantToRole,
  ndFixtures,
  shanghaiDate,
} from './normative-docs-helpers';

let app: TestApp;
let superAdmin: AdminSession;
let editor: AdminSession;
let webmaster: AdminSession;
let dept: any;
let otherDept: any;
let column: any;
let fx: ReturnType<typeof ndFixtures>;

const today = () => shanghaiDate(new Date());
const api = () => app.http();

beforeAll(async () => {
  app = await bootStrapi();
  const gov = govFixtures(app);
  dept = await gov.department({ code: 'zfb', name: '县政府办公室' });
  otherDept = await gov.department({ code: 'fzb', name: '县司法局' });
  column = await gov.column({ slug: 'guifanxing-wenjian', name: '规范性文件' });
  fx = ndFixtures(app, { column, department: dept });
  superAdmin = await createAdmin(app);
  editor = await createAdmin(app, { roles: ['gov-department-editor'] });
  webmaster = await createAdmin(app, { roles: ['gov-webmaster'] });
  await app.strapi.documents('plugin::gov-core.membership').create({
    data: { user: editor.user.id, departments: [dept.documentId] } as any,
  });
  // What gov-core's role provisioning is asked to give 网站管理员 (see the plugin's README section).
  await grantToRole(app, 'gov-webmaster', [
    'plugin::normative-docs.batches.apply',
    'plugin::normative-docs.jobs.run',
  ]);
});
afterAll(async () => {
  await app?.destroy();
});

describe('规范性文件 content', () => {
  it('registers the type with gov-core as a policy column type', () => {
    const type = app.strapi.plugin('gov-core').service('column-registry').get(DOC);
    expect(type).toMatchObject({ label: '规范性文件', cadence: 'policy' });
    expect(type.publicFields).toEqual(expect.arrayContaining(['title', 'validity', 'validUntil']));
  });

  it('requires a 发文字号 (400 naming disclosure.documentNumber), on create and on update', async () => {
    const res = await cm(superAdmin, DOC).create({ ...fx.data(), disclosure: { openness: 'proactive' } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('disclosure.documentNumber');
    expect(res.body.error.details.errors[0].path).toEqual(['disclosure', 'documentNumber']);

    const doc = await fx.document({}, { publish: false });
    const upd = await cm(superAdmin, DOC).update(doc.documentId, { disclosure: { documentNumber: '  ' } });
    expect(upd.status).toBe(400);
    expect(upd.body.error.message).toContain('disclosure.documentNumber');
  });

  it('refuses a malformed 发文字号 through gov-core’s disclosure rules', async () => {
    const res = await cm(superAdmin, DOC).create(
      fx.data({ disclosure: { documentNumber: '道政办发2026年3号' } }),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('disclosure.documentNumber');
  });

  it('refuses 有效期至 before 施行日期, and an unknown validity', async () => {
    const bad = await cm(superAdmin, DOC).create(
      fx.data({ effectiveFrom: '2026-03-01', validUntil: '2026-02-01' }),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('validUntil');
    const unknown = await cm(superAdmin, DOC).create(fx.data({ validity: 'suspended' }));
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain('validity');
  });

  it('publishes through 保密审查 and allocates the 索引号 like any disclosure item', async () => {
    const created = await cm(superAdmin, DOC).create(fx.data({ effectiveFrom: '2026-01-01' }));
    expect(created.status).toBe(201);
    const refused = await cm(superAdmin, DOC).publish(created.body.data.documentId);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('待保密审查：须经审核员通过后发布');
    const published = await approveAndPublish(superAdmin, DOC, created.body.data.documentId);
    expect(published.status).toBe(200);
    expect(published.body.data.disclosure.indexNumber).toMatch(/^[0-9A-Z]{18}\/2026-\d{5}$/);
  });
});

describe('validity transitions (content manager)', () => {
  const KEYS = ['effective', 'expired', 'repealed', 'amended'] as const;
  const ALLOWED: Record<string, string[]> = { effective: ['expired', 'repealed', 'amended'] };

  /** A published document in status `from` (entered in that status: a never-published document may take any). */
  const publishedIn = async (from: string) => {
    const replacement = from === 'amended' ? await fx.document() : null;
    return fx.document({ validity: from, ...(replacement ? { replacedBy: replacement.documentId } : {}) });
  };

  for (const from of KEYS) {
    for (const to of KEYS.filter((k) => k !== from)) {
      const allowed = (ALLOWED[from] ?? []).includes(to);
      it(`${allowed ? 'allows' : 'refuses'} ${from} → ${to}`, async () => {
        const doc = await publishedIn(from);
        const replacement = to === 'amended' ? await fx.document() : null;
        const res = await cm(superAdmin, DOC).update(doc.documentId, {
          validity: to,
          ...(replacement ? { replacedBy: { connect: [{ documentId: replacement.documentId }] } } : {}),
        });
        if (!allowed) {
          expect(res.status).toBe(400);
          expect(res.body.error.message).toContain(`不允许的状态变更 ${from} → ${to}`);
          expect(res.body.error.details.errors[0].path).toEqual(['validity']);
          expect(await fx.validities(doc.documentId)).toEqual([from]);
          return;
        }
        expect(res.status).toBe(200);
        // The published document keeps its status until the change is published; then the history records it.
        expect((await api().get(`/api/normative-docs/documents/${doc.documentId}`)).body.data.validity).toBe(
          from,
        );
        expect(await fx.history(doc.documentId)).toHaveLength(0);
        const pub = await approveAndPublish(superAdmin, DOC, doc.documentId);
        expect(pub.status).toBe(200);
        const history = await fx.history(doc.documentId);
        expect(history).toHaveLength(1);
        expect(history[0]).toMatchObject({ from, to, decidedBy: 'admin', decidedById: superAdmin.user.id });
        const pubDoc = await api().get(`/api/normative-docs/documents/${doc.documentId}?populate=history`);
        expect(pubDoc.body.data.validity).toBe(to);
        expect(pubDoc.body.data.validityBadge).toMatchObject({ key: to, since: today() });
        expect(pubDoc.body.data.history).toHaveLength(1);
        if (replacement) expect(pubDoc.body.data.replacedBy.documentId).toBe(replacement.documentId);
      });
    }
  }

  it('checks against the published status, so a draft change can be taken back before publishing', async () => {
    const doc = await fx.document();
    expect((await cm(superAdmin, DOC).update(doc.documentId, { validity: 'repealed' })).status).toBe(200);
    expect((await cm(superAdmin, DOC).update(doc.documentId, { validity: 'effective' })).status).toBe(200);
    expect((await approveAndPublish(superAdmin, DOC, doc.documentId)).status).toBe(200);
    expect(await fx.history(doc.documentId)).toHaveLength(0);
  });

  it('refuses 已修改 without the amending document, and a document amended by itself', async () => {
    const doc = await fx.document();
    const res = await cm(superAdmin, DOC).update(doc.documentId, { validity: 'amended' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: any) => e.path.join('.'))).toContain('replacedBy');
    const self = await cm(superAdmin, DOC).update(doc.documentId, {
      validity: 'amended',
      replacedBy: { connect: [{ documentId: doc.documentId }] },
    });
    expect(self.status).toBe(400);
    expect(self.body.error.message).toContain('replacedBy');
  });

  it('refuses to keep or make a document 有效 past its 有效期至', async () => {
    const yesterday = shanghaiDate(new Date(), -1);
    const created = await cm(superAdmin, DOC).create(fx.data({ validUntil: yesterday }));
    expect(created.status).toBe(400);
    expect(created.body.error.message).toContain(`有效期至 ${yesterday} 已届满，不能设为有效`);
    const doc = await fx.document({ validUntil: shanghaiDate(new Date(), 30) });
    const res = await cm(superAdmin, DOC).update(doc.documentId, { validUntil: yesterday });
    expect(res.status).toBe(400);
    // Entered as 失效 with a past 有效期至: fine.
    expect(
      (await cm(superAdmin, DOC).create(fx.data({ validity: 'expired', validUntil: yesterday }))).status,
    ).toBe(201);
  });

  it('keeps 失效 / 废止 / 已修改 documents published: unpublishing them is refused', async () => {
    const doc = await fx.document({ validity: 'repealed' });
    const res = await cm(superAdmin, DOC).unpublish(doc.documentId);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('不能撤回发布');
    const live = await fx.document();
    expect((await cm(superAdmin, DOC).unpublish(live.documentId)).status).toBe(200);
  });
});

describe('清理批次 (cleanup batches)', () => {
  const apply = (session: AdminSession, id: string) => session.post(`/normative-docs/batches/${id}/apply`);

  it('validates rows on save with the zod schemas (400 naming rows.<i>.<field>)', async () => {
    const doc = await fx.document();
    const res = await cm(superAdmin, BATCH).create({
      title: '清理',
      decisionNumber: '道政发〔2026〕7号',
      rows: [
        { document: { connect: [{ documentId: doc.documentId }] }, outcome: 'abolish' },
        { outcome: 'repeal' },
        { document: { connect: [{ documentId: doc.documentId }] }, outcome: 'expire' },
      ],
    });
    expect(res.status).toBe(400);
    const paths = res.body.error.details.errors.map((e: any) => e.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['rows.0.outcome', 'rows.1.document', 'rows.2.document']));
    const noTitle = await cm(superAdmin, BATCH).create({ title: ' ', decisionNumber: '', rows: [] });
    expect(noTitle.status).toBe(400);
    expect(noTitle.body.error.details.errors.map((e: any) => e.path.join('.'))).toEqual(
      expect.arrayContaining(['title', 'decisionNumber']),
    );
  });

  it('normalises the decision number’s brackets on save', async () => {
    const res = await cm(superAdmin, BATCH).create({
      title: '清理',
      decisionNumber: '道政发[2026]8号',
      rows: [],
    });
    expect(res.status).toBe(201);
    expect(res.body.data.decisionNumber).toBe('道政发〔2026〕8号');
  });

  it('applies a batch in one go: every outcome, one history entry per document citing the batch', async () => {
    const keep = await fx.document({ validUntil: shanghaiDate(new Date(), 365) });
    const expire = await fx.document();
    const repeal = await fx.document();
    const amend = await fx.document();
    const amending = await fx.document({ title: '修订后的办法' });
    const batch = await fx.batch(
      {
        title: '道县人民政府关于公布规范性文件清理结果的决定',
        decisionNumber: '道政发〔2026〕3号',
        decidedAt: shanghaiDate(new Date(), -2),
        rows: [
          { document: keep.documentId, outcome: 'continue', note: '经评估继续有效' },
          { document: expire.documentId, outcome: 'expire' },
          { document: repeal.documentId, outcome: 'repeal', note: '上位法已废止' },
          { document: amend.documentId, outcome: 'amend', replacedBy: amending.documentId },
        ],
      },
      { publish: true },
    );

    const plan = await superAdmin.get(`/normative-docs/batches/${batch.documentId}/plan`);
    expect(plan.status).toBe(200);
    expect(plan.body.data).toMatchObject({ ok: true, applied: false });
    expect(plan.body.data.changes).toHaveLength(4);

    const res = await apply(superAdmin, batch.documentId);
    expect(res.status).toBe(200);
    expect(res.body.data.changes.map((c: any) => c.to)).toEqual([
      'effective',
      'expired',
      'repealed',
      'amended',
    ]);

    for (const [doc, to] of [
      [keep, 'effective'],
      [expire, 'expired'],
      [repeal, 'repealed'],
      [amend, 'amended'],
    ] as const) {
      expect(await fx.validities(doc.documentId)).toEqual([to]);
      const history = await fx.history(doc.documentId);
      expect(history).toHaveLength(1);
      expect(history[0]).toMatchObject({
        to,
        decidedBy: 'batch',
        batch: batch.documentId,
        basis: '《道县人民政府关于公布规范性文件清理结果的决定》（道政发〔2026〕3号）',
        decisionDate: shanghaiDate(new Date(), -2),
        effectiveDate: shanghaiDate(new Date(), -2),
      });
    }
    const amended = await api().get(`/api/normative-docs/documents/${amend.documentId}?populate=history`);
    expect(amended.body.data.replacedBy).toMatchObject({
      documentId: amending.documentId,
      title: '修订后的办法',
    });
    expect(amended.body.data.validityBadge).toMatchObject({ key: 'amended', label: '已修改' });
    expect(amended.body.data.validityBadge.note).toContain('道政发〔2026〕3号');
    const replacing = await api().get(`/api/normative-docs/documents/${amending.documentId}`);
    expect(replacing.body.data.replaces.map((d: any) => d.documentId)).toEqual([amend.documentId]);
    const kept = await api().get(`/api/normative-docs/documents/${keep.documentId}`);
    expect(kept.body.data.validityBadge.note).toContain('经清理继续有效');

    const audit = await superAdmin.get(`/gov-core/audit?documentId=${repeal.documentId}`);
    expect(audit.body.data.map((e: any) => e.action)).toContain('validity.batch');

    // The public 清理结果 list.
    const list = await api().get('/api/normative-docs/batches');
    expect(list.status).toBe(200);
    const shown = list.body.data.find((b: any) => b.documentId === batch.documentId);
    expect(shown).toMatchObject({ decisionNumber: '道政发〔2026〕3号', applied: true });
    expect(shown.rows.map((r: any) => [r.outcome, r.outcomeLabel])).toEqual([
      ['continue', '继续有效'],
      ['expire', '宣布失效'],
      ['repeal', '废止'],
      ['amend', '修改'],
    ]);
    expect(shown.rows[0].document).toMatchObject({ documentId: keep.documentId, validity: 'effective' });
    const one = await api().get(`/api/normative-docs/batches/${batch.documentId}`);
    expect(one.body.data.rows).toHaveLength(4);

    // Applying twice is a 409, and changes nothing.
    const again = await apply(superAdmin, batch.documentId);
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('不能重复执行');
    expect(await fx.history(expire.documentId)).toHaveLength(1);

    // An applied batch is a record: no edits to its decision or rows, no deletion; an unchanged save is fine.
    const edit = await cm(superAdmin, BATCH).update(batch.documentId, {
      decisionNumber: '道政发〔2026〕4号',
    });
    expect(edit.status).toBe(400);
    expect(edit.body.error.message).toContain('已执行');
    expect(
      (await cm(superAdmin, BATCH).update(batch.documentId, { description: '附件：清理目录' })).status,
    ).toBe(200);
    expect((await cm(superAdmin, BATCH).remove(batch.documentId)).status).toBe(400);
  });

  it('is atomic: one bad row and nothing changes, every bad row is reported', async () => {
    const good = await fx.document();
    const repealed = await fx.document({ validity: 'repealed' });
    const noReplacement = await fx.document();
    const stale = await fx.document({ validUntil: shanghaiDate(new Date(), 10) });
    await fx.backdateValidUntil(stale.documentId, shanghaiDate(new Date(), -1));
    const batch = await fx.batch({
      decidedAt: today(),
      rows: [
        { document: good.documentId, outcome: 'repeal' },
        { document: repealed.documentId, outcome: 'repeal' },
        { document: noReplacement.documentId, outcome: 'amend' },
        { document: stale.documentId, outcome: 'continue' },
      ],
    });
    const res = await apply(superAdmin, batch.documentId);
    expect(res.status).toBe(400);
    const paths = res.body.error.details.errors.map((e: any) => e.path.join('.'));
    expect(paths).toEqual(['rows.1.outcome', 'rows.2.replacedBy', 'rows.3.outcome']);
    expect(res.body.error.details.rows.map((r: any) => r.row)).toEqual([2, 3, 4]);
    expect(res.body.error.message).toContain('第 2 行');
    expect(res.body.error.message).toContain('不允许的状态变更 repealed → repealed');

    expect(await fx.validities(good.documentId)).toEqual(['effective']);
    expect(await fx.history(good.documentId)).toHaveLength(0);
    const stored = await app.strapi.db.query(BATCH).findOne({ where: { documentId: batch.documentId } });
    expect(stored.appliedAt).toBeNull();
    const plan = await superAdmin.get(`/normative-docs/batches/${batch.documentId}/plan`);
    expect(plan.body.data.ok).toBe(false);
    expect(plan.body.data.errors).toHaveLength(3);

    // Fixed, it applies.
    const fixed = await cm(superAdmin, BATCH).update(batch.documentId, {
      rows: [{ document: good.documentId, outcome: 'repeal' }],
    });
    expect(fixed.status).toBe(200);
    expect((await apply(superAdmin, batch.documentId)).status).toBe(200);
    expect(await fx.validities(good.documentId)).toEqual(['repealed']);
  });

  it('refuses a batch with a future decision date or no rows', async () => {
    const doc = await fx.document();
    const future = await fx.batch({
      decidedAt: shanghaiDate(new Date(), 5),
      rows: [{ document: doc.documentId, outcome: 'repeal' }],
    });
    const res = await apply(superAdmin, future.documentId);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('decidedAt');
    const empty = await fx.batch({ rows: [] });
    const res2 = await apply(superAdmin, empty.documentId);
    expect(res2.status).toBe(400);
    expect(res2.body.error.message).toContain('rows');
    expect((await apply(superAdmin, 'nosuchbatch000000000000')).status).toBe(404);
  });

  it('applies for super admins and 网站管理员 only', async () => {
    const doc = await fx.document();
    const batch = await fx.batch({ rows: [{ document: doc.documentId, outcome: 'expire' }] });
    expect((await apply(editor, batch.documentId)).status).toBe(403);
    expect((await api().post(`/normative-docs/batches/${batch.documentId}/apply`)).status).toBe(401);
    expect((await webmaster.post(`/normative-docs/batches/${batch.documentId}/apply`)).status).toBe(200);
    const history = await fx.history(doc.documentId);
    expect(history[0]).toMatchObject({
      decidedById: webmaster.user.id,
      decidedByEmail: webmaster.user.email,
    });
  });

  it('serves only published batches publicly', async () => {
    const draft = await fx.batch({ rows: [] });
    expect((await api().get(`/api/normative-docs/batches/${draft.documentId}`)).status).toBe(404);
    const list = await api().get('/api/normative-docs/batches?pageSize=100');
    expect(list.body.data.map((b: any) => b.documentId)).not.toContain(draft.documentId);
    expect((await api().get('/api/normative-docs/batches?pageSize=500')).status).toBe(400);
  });
});

describe('automatic expiry', () => {
  const run = (now: Date) => app.strapi.plugin('normative-docs').service('expiry').run({ now });

  it('expires a document whose 有效期至 was yesterday and leaves one that expires tomorrow (injected clock)', async () => {
    const now = new Date(Date.now() + 40 * 86_400_000);
    const yesterday = await fx.document({ validUntil: shanghaiDate(now, -1) });
    const tomorrow = await fx.document({ validUntil: shanghaiDate(now, 1) });
    const lastDay = await fx.document({ validUntil: shanghaiDate(now, 0) });

    const result = await run(now);
    expect(result.skipped).toBe(false);
    expect(result.today).toBe(shanghaiDate(now));
    const ids = result.expired.map((e: any) => e.document);
    expect(ids).toContain(yesterday.documentId);
    expect(ids).not.toContain(tomorrow.documentId);
    expect(ids).not.toContain(lastDay.documentId);

    expect(await fx.validities(yesterday.documentId)).toEqual(['expired']);
    expect(await fx.validities(tomorrow.documentId)).toEqual(['effective']);
    const [entry] = await fx.history(yesterday.documentId);
    expect(entry).toMatchObject({
      from: 'effective',
      to: 'expired',
      decidedBy: 'automatic',
      reason: `自动失效：有效期至 ${shanghaiDate(now, -1)} 届满`,
      effectiveDate: shanghaiDate(now),
      decisionDate: shanghaiDate(now),
    });
    const pub = await api().get(`/api/normative-docs/documents/${yesterday.documentId}`);
    expect(pub.status).toBe(200);
    expect(pub.body.data.validityBadge).toMatchObject({
      key: 'expired',
      label: '失效',
      since: shanghaiDate(now),
    });

    // Running it again is harmless.
    const again = await run(now);
    expect(again.expired.map((e: any) => e.document)).not.toContain(yesterday.documentId);
    expect(await fx.history(yesterday.documentId)).toHaveLength(1);
  });

  it('uses the date in Asia/Shanghai: from 16:00 UTC on the 有效期至 day it is already the next day there', async () => {
    const until = shanghaiDate(new Date(), 60);
    const doc = await fx.document({ validUntil: until });
    const [y, m, d] = until.split('-').map(Number);
    const lateUtc = new Date(Date.UTC(y, m - 1, d, 15, 59));
    expect((await run(lateUtc)).expired.map((e: any) => e.document)).not.toContain(doc.documentId);
    const nextShanghaiDay = new Date(Date.UTC(y, m - 1, d, 16, 1));
    expect((await run(nextShanghaiDay)).expired.map((e: any) => e.document)).toContain(doc.documentId);
  });

  it('runs now through POST /normative-docs/jobs/expire (admin), with the real clock', async () => {
    const doc = await fx.document({ validUntil: shanghaiDate(new Date(), 3) });
    await fx.backdateValidUntil(doc.documentId, shanghaiDate(new Date(), -1));
    expect((await editor.post('/normative-docs/jobs/expire')).status).toBe(403);
    expect((await api().post('/normative-docs/jobs/expire')).status).toBe(401);
    const bad = await superAdmin.post('/normative-docs/jobs/expire', { now: '2030-01-01' });
    expect(bad.status).toBe(400);
    const res = await webmaster.post('/normative-docs/jobs/expire');
    expect(res.status).toBe(200);
    expect(res.body.data.today).toBe(today());
    expect(res.body.data.expired.map((e: any) => e.document)).toContain(doc.documentId);
    const audit = await superAdmin.get(`/gov-core/audit?documentId=${doc.documentId}`);
    expect(audit.body.data.map((e: any) => e.action)).toContain('validity.automatic');
  });

  it('concurrent runs in one instance write exactly one history entry per document', async () => {
    const now = new Date(Date.now() + 200 * 86_400_000);
    const docs = await Promise.all(
      Array.from({ length: 6 }, () => fx.document({ validUntil: shanghaiDate(now, -3) })),
    );
    await Promise.all([run(now), run(now), run(now)]);
    for (const d of docs) expect(await fx.history(d.documentId)).toHaveLength(1);
  });

  // Several instances on one database exist only with PostgreSQL: on SQLite a single instance is assumed (one
  // file, one writer), and the in-instance concurrency above is what applies there.
  if (isPostgres()) {
    it('takes a PostgreSQL advisory lock: while another session holds it, a run does nothing', async () => {
      const now = new Date(Date.now() + 300 * 86_400_000);
      const doc = await fx.document({ validUntil: shanghaiDate(now, -1) });
      const client = new Client({ connectionString: app.db.env.DATABASE_URL });
      await client.connect();
      try {
        await client.query('BEGIN');
        await client.query('select pg_advisory_xact_lock($1, $2)', [0x6e6f726d, 1]);
        const blocked = await run(now);
        expect(blocked).toMatchObject({ skipped: true, expired: [] });
        expect(await fx.validities(doc.documentId)).toEqual(['effective']);
        await client.query('COMMIT');
      } finally {
        await client.end();
      }
      expect((await run(now)).expired.map((e: any) => e.document)).toContain(doc.documentId);
    });

    it('two Strapi instances on one PostgreSQL running the job at once: exactly one history entry per document', async () => {
      const second = await SecondInstance.start(app.db.env);
      try {
        for (let round = 1; round <= 3; round += 1) {
          const now = new Date(Date.now() + (400 + round * 10) * 86_400_000);
          const docs = await Promise.all(
            Array.from({ length: 8 }, () => fx.document({ validUntil: shanghaiDate(now, -1) })),
          );
          const [mine, theirs] = await Promise.all([run(now), second.runExpiry(now)]);
          expect(theirs.error).toBeUndefined();
          const expired = [...mine.expired, ...theirs.expired].map((e: any) => e.document);
          for (const d of docs) {
            expect(await fx.history(d.documentId)).toHaveLength(1);
            expect(expired.filter((id) => id === d.documentId)).toHaveLength(1);
          }
        }
      } finally {
        await second.stop();
      }
    });
  }
});

describe('public API', () => {
  let effective: any;
  let repealed: any;
  let hidden: any;

  beforeAll(async () => {
    effective = await fx.document({
      title: '道县城市建筑垃圾管理办法',
      effectiveFrom: '2025-03-01',
      validUntil: '2030-02-28',
      registrationNumber: 'HNXG-2025-00123',
      disclosure: {
        documentNumber: documentNumber(),
        topic: 'urban-rural-construction-environment',
        writtenAt: '2025-02-10',
      },
    });
    repealed = await fx.document({ validity: 'repealed', department: otherDept.documentId });
    hidden = await fx.document({
      disclosure: { documentNumber: documentNumber(), openness: 'not-open', notOpenReason: '涉及国家秘密' },
    });
  });

  it('lists published documents with full metadata and a ready validityBadge', async () => {
    const res = await api().get('/api/normative-docs/documents?pageSize=100');
    expect(res.status).toBe(200);
    const item = res.body.data.find((d: any) => d.documentId === effective.documentId);
    expect(item).toMatchObject({
      title: '道县城市建筑垃圾管理办法',
      registrationNumber: 'HNXG-2025-00123',
      effectiveFrom: '2025-03-01',
      validUntil: '2030-02-28',
      validity: 'effective',
      department: { code: 'zfb' },
      column: { slug: 'guifanxing-wenjian' },
      validityBadge: { key: 'effective', label: '有效', since: '2025-03-01', note: '有效期至 2030-02-28' },
    });
    expect(item.disclosure.indexNumber).toBeTruthy();
    expect(item.scopeDepartment).toBeUndefined();
    expect(item.history).toBeUndefined();
    const ids = res.body.data.map((d: any) => d.documentId);
    expect(ids).not.toContain(hidden.documentId);
    expect(res.body.meta.pagination).toMatchObject({ page: 1, pageSize: 100 });
  });

  it('filters by validity, department, year, topic and keyword', async () => {
    const ids = async (q: string) =>
      (await api().get(`/api/normative-docs/documents?pageSize=100&${q}`)).body.data.map(
        (d: any) => d.documentId,
      );
    expect(await ids('validity=repealed')).toContain(repealed.documentId);
    expect(await ids('validity=repealed')).not.toContain(effective.documentId);
    expect(await ids('department=fzb')).toEqual([repealed.documentId]);
    expect(await ids('year=2025')).toEqual([effective.documentId]);
    expect(await ids('topic=urban-rural-construction-environment')).toEqual([effective.documentId]);
    expect(await ids(`q=${encodeURIComponent('建筑垃圾')}`)).toEqual([effective.documentId]);
  });

  it('refuses bad query parameters with a 400 naming them', async () => {
    for (const [q, field] of [
      ['validity=suspended', 'validity'],
      ['year=twenty', 'year'],
      ['department=县政府', 'department'],
      ['topic=nonsense', 'topic'],
      ['populate=author', 'populate'],
      ['page=0', 'page'],
    ]) {
      const res = await api().get(`/api/normative-docs/documents?${encodeURI(q)}`);
      expect({ q, status: res.status }).toEqual({ q, status: 400 });
      expect(res.body.error.message).toContain(field);
    }
  });

  it('serves one document with its history on ?populate=history; 不予公开 and drafts are 404', async () => {
    const res = await api().get(`/api/normative-docs/documents/${effective.documentId}?populate=history`);
    expect(res.status).toBe(200);
    expect(res.body.data.history).toEqual([]);
    expect((await api().get(`/api/normative-docs/documents/${hidden.documentId}`)).status).toBe(404);
    const draft = await fx.document({}, { publish: false });
    expect((await api().get(`/api/normative-docs/documents/${draft.documentId}`)).status).toBe(404);
  });

  it('serves the validity and outcome labels in both scripts', async () => {
    const res = await api().get('/api/normative-docs/labels');
    expect(res.status).toBe(200);
    expect(res.body.data.validity.repealed).toMatchObject({ 'zh-Hans': '废止', 'zh-Hant': '廢止' });
    expect(res.body.data.outcomes.continue).toMatchObject({ 'zh-Hans': '继续有效', 'zh-Hant': '繼續有效' });
  });
});

describe('history is append-only', () => {
  it('no route creates, updates or deletes a validity-change', async () => {
    const doc = await fx.document();
    await app.strapi.plugin('normative-docs').service('batches');
    const batch = await fx.batch({ rows: [{ document: doc.documentId, outcome: 'repeal' }] });
    await superAdmin.post(`/normative-docs/batches/${batch.documentId}/apply`).expect(200);
    const [entry] = await fx.history(doc.documentId);

    const history = cm(superAdmin, CHANGE);
    expect((await history.list()).status).toBe(200);
    expect([403, 405]).toContain((await history.update(entry.documentId, { reason: '改' })).status);
    expect([403, 405]).toContain((await history.remove(entry.documentId)).status);
    expect([403, 405]).toContain(
      (await history.create({ document: doc.documentId, from: 'repealed', to: 'effective', reason: 'x' }))
        .status,
    );
    await expect(
      app.strapi
        .documents(CHANGE as never)
        .update({ documentId: entry.documentId, data: { reason: '改' } } as any),
    ).rejects.toThrow('只增不改');
    expect(await fx.history(doc.documentId)).toEqual([entry]);

    const routes = app.strapi.server.listRoutes() as { path: string; methods: string[] }[];
    const ours = routes.filter((r) => r.path.includes('normative-docs'));
    expect(ours.length).toBeGreaterThan(0);
    for (const r of ours) expect(r.methods.filter((m) => ['PUT', 'PATCH', 'DELETE'].includes(m))).toEqual([]);
  });
});
