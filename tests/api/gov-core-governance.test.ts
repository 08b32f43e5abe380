import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createAdmin, type AdminSession } from '../helpers/admin';
import { approveAndPublish, cm } from '../helpers/content-manager';
import {
  budgetReportData,
  budgetReportsFor,
  pppProjectData,
  pppProjectsFor,
} from '../helpers/column-samples';
import { govFixtures } from '../helpers/gov-fixtures';

const ARTICLE = 'plugin::gov-core.article';
const AUDIT = 'plugin::gov-core.audit-entry';
let app: TestApp;
let superAdmin: AdminSession;
let editorA: AdminSession;
let reviewerA: AdminSession;
let webmaster: AdminSession;
let fx: ReturnType<typeof govFixtures>;
let deptA: any;
let deptB: any;
let column: any;

let station: any;
let township: any;
let serial = 0;
const unique = () => (serial += 1);

/**
 * Every registered column type, with valid create data (department given) and a harmless edit: a new column
 * type must add its entry here, so the scoping matrix covers it.
 */
const SAMPLES: Record<
  string,
  { create: (dept: any, title: string) => Record<string, unknown>; edit: Record<string, unknown> }
> = {
  [ARTICLE]: {
    create: (dept, title) => ({ title, column: column.documentId, department: dept.documentId }),
    edit: { title: '改过的标题' },
  },
  'plugin::normative-docs.normative-document': {
    create: (dept, title) => ({
      title,
      column: column.documentId,
      department: dept.documentId,
      disclosure: { documentNumber: '道政办发〔2026〕1号' },
    }),
    edit: { title: '改过的标题' },
  },
  'plugin::environment.air-station': {
    create: (dept, title) => ({
      name: title,
      code: `st-${unique()}`,
      column: column.documentId,
      department: dept.documentId,
    }),
    edit: { address: '道县城区' },
  },
  'plugin::environment.air-observation': {
    create: (dept) => ({
      station: station.documentId,
      observedAt: new Date(Date.UTC(2025, 0, 1, 0) + unique() * 3600_000).toISOString(),
      averaging: '1h',
      pm25: 30,
      column: column.documentId,
      department: dept.documentId,
    }),
    edit: { pm25: 31 },
  },
  'plugin::environment.air-forecast': {
    create: (dept, title) => ({
      date: `2025-02-${String((unique() % 28) + 1).padStart(2, '0')}`,
      region: `${title}${unique()}`,
      aqiLow: 40,
      aqiHigh: 80,
      column: column.documentId,
      department: dept.documentId,
    }),
    edit: { advice: '适宜户外活动' },
  },
  'plugin::environment.water-quality-report': {
    create: (dept, title) => ({
      township: township.documentId,
      quarter: '2025Q1',
      sourceType: 'tap',
      siteName: `${title}${unique()}`,
      results: [{ indicator: 'turbidity', value: 0.5 }],
      column: column.documentId,
      department: dept.documentId,
    }),
    edit: { notes: '复检合格' },
  },
  'plugin::environment.polluter-report': {
    create: (dept, title) => ({
      company: `${title}${unique()}`,
      period: '2025Q1',
      pollutants: [
        { pollutant: 'COD', dischargeMode: '间歇排放', concentration: 30, limit: 50, unit: 'mg/L' },
      ],
      column: column.documentId,
      department: dept.documentId,
    }),
    edit: { notes: '按季度公开' },
  },
  'plugin::power-list.power-item': {
    create: (dept, title) => ({
      name: title,
      category: 'licensing',
      legalBasis: '<p>《中华人民共和国行政许可法》第十二条</p>',
      column: column.documentId,
      department: dept.documentId,
    }),
    edit: { undertaker: '行政审批股' },
  },
  'plugin::ppp.ppp-project': {
    create: (dept, title) => pppProjectData(dept, title, column),
    edit: { location: '道县濂溪街道' },
  },
  'plugin::ppp.ppp-update': {
    create: (dept, title) => ({
      title,
      project: pppProjects[dept.documentId] ?? null,
      period: '2024',
      progress: '<p>按计划推进。</p>',
      percentComplete: 40,
      column: column.documentId,
      department: dept.documentId,
    }),
    edit: { note: '补充说明' },
  },
  'plugin::budget.budget-report': {
    create: (dept) => budgetReportData(dept, column),
    edit: { reviewStatement: '本报告已经保密审查。' },
  },
  'plugin::budget.budget-line': {
    create: (dept) => ({
      report: budgetReports[dept.documentId] ?? null,
      tableKey: 'summary',
      position: unique(),
      item: '一般公共预算财政拨款收入',
      amount: '100',
      column: column.documentId,
      department: dept.documentId,
    }),
    edit: { note: '补充说明' },
  },
};
let pppProjects: Record<string, string> = {};
let budgetReports: Record<string, string> = {};

const member = (session: AdminSession, depts: any[]) => fx.membership(session.user, depts);

beforeAll(async () => {
  app = await bootStrapi();
  fx = govFixtures(app);
  superAdmin = await createAdmin(app);
  editorA = await createAdmin(app, { roles: ['gov-department-editor'] });
  reviewerA = await createAdmin(app, { roles: ['gov-reviewer'] });
  webmaster = await createAdmin(app, { roles: ['gov-webmaster'] });
  deptA = await fx.department({ code: 'dept-a', name: '县发改委' });
  deptB = await fx.department({ code: 'dept-b', name: '县财政局' });
  column = await fx.column({ slug: 'scoped' });
  pppProjects = await pppProjectsFor(app.strapi as any, [deptA, deptB], column);
  budgetReports = await budgetReportsFor(app.strapi as any, [deptA, deptB], column);
  township = await fx.department({ code: 'lianxi', name: '濂溪街道', kind: 'township' });
  if (app.strapi.plugin('environment')) {
    station = await app.strapi.documents('plugin::environment.air-station' as never).create({
      data: {
        name: '县城站',
        code: 'matrix-st',
        column: column.documentId,
        department: deptA.documentId,
      } as any,
    });
    await fx.approveAndPublish('plugin::environment.air-station', station.documentId);
  }
  await member(editorA, [deptA]);
  await member(reviewerA, [deptA]);
});
afterAll(async () => {
  await app?.destroy();
});

describe('roles', () => {
  it('creates 网站管理员, 部门编辑 and 审核员 once, with the in-own-department condition offered in the role editor', async () => {
    const roles = await app.strapi.db
      .query('admin::role')
      .findMany({ where: { code: { $startsWith: 'gov-' } } });
    expect(roles.map((r: any) => r.name).sort()).toEqual(['审核员', '部门编辑', '网站管理员'].sort());
    await app.strapi.plugin('gov-core').service('roles').ensureRoles();
    expect(await app.strapi.db.query('admin::role').count({ where: { code: { $startsWith: 'gov-' } } })).toBe(
      3,
    );
    const conditions = await superAdmin.get('/admin/permissions').expect(200);
    expect(conditions.body.data.conditions.map((c: any) => c.id)).toContain(
      'plugin::gov-core.in-own-department',
    );
  });

  it('gives the portal roles the admin actions that plugins declared for them', async () => {
    const actionsOf = async (code: string) => {
      const role = await app.strapi.db.query('admin::role').findOne({ where: { code } });
      const perms = await app.strapi.db.query('admin::permission').findMany({ where: { role: role.id } });
      return perms.map((p: any) => p.action);
    };
    const webmasterActions = await actionsOf('gov-webmaster');
    expect(webmasterActions).toEqual(
      expect.arrayContaining(['plugin::gov-core.publish-date.correct', 'plugin::gov-core.audit.read']),
    );
    if (app.strapi.plugin('environment')) {
      expect(webmasterActions).toContain('plugin::environment.import');
      expect(await actionsOf('gov-department-editor')).not.toContain('plugin::environment.import');
    }
  });

  it('every registered column type has a sample in this test (so the matrix covers it)', () => {
    const registered = app.strapi.plugin('gov-core').service('column-registry').uids();
    expect(registered.filter((uid: string) => !SAMPLES[uid])).toEqual([]);
  });
});

describe('department scoping matrix (admin content-manager API)', () => {
  const attempts = { total: 0, leaks: [] as string[] };
  const expectRefused = (label: string, status: number) => {
    attempts.total += 1;
    if (![403, 404].includes(status)) attempts.leaks.push(`${label} → ${status}`);
  };
  const expectAllowed = (label: string, status: number) => {
    attempts.total += 1;
    expect({ label, status }).toEqual({ label, status: expect.any(Number) });
    if (status >= 400) throw new Error(`${label} should be allowed, got ${status}`);
  };

  afterAll(() => {
    console.log(`scoping matrix: ${attempts.total} attempts, ${attempts.leaks.length} leaks`);
  });

  for (const uid of Object.keys(SAMPLES)) {
    describe(uid, () => {
      // A type reviewed with another document (budget lines, with their report) waits for no review of its own.
      const reviewed = () => !app.strapi.plugin('gov-core').service('reviews').reviewedWith(uid);
      const make = async (dept: any, title: string, publish = false) => {
        const d = await app.strapi
          .documents(uid as never)
          .create({ data: SAMPLES[uid].create(dept, title) as any });
        if (publish) await fx.approveAndPublish(uid, d.documentId);
        return d;
      };

      it('editor of A: works on A, sees and touches nothing of B, cannot publish or move to B', async () => {
        const a = await make(deptA, 'A 的信息');
        const b = await make(deptB, 'B 的信息');
        const bPublished = await make(deptB, 'B 的已发布信息', true);
        const api = cm(editorA, uid);

        const list = await api.list('page=1&pageSize=100');
        expectAllowed('editor list', list.status);
        const ids = list.body.results.map((r: any) => r.documentId);
        attempts.total += 1;
        if (ids.includes(b.documentId) || ids.includes(bPublished.documentId))
          attempts.leaks.push('editor list shows B');
        expect(ids).toContain(a.documentId);

        expectAllowed('editor read A', (await api.get(a.documentId)).status);
        expectRefused('editor read B', (await api.get(b.documentId)).status);
        expectRefused('editor read published B', (await api.get(bPublished.documentId)).status);

        const createdA = await api.create(SAMPLES[uid].create(deptA, '编辑新建 A'));
        expectAllowed('editor create A', createdA.status);
        // The scope is derived from the department on the server, whatever the client sends.
        expect(createdA.body.data.scopeDepartment).toBe(deptA.documentId);
        expectRefused('editor create B', (await api.create(SAMPLES[uid].create(deptB, '编辑新建 B'))).status);
        expectRefused(
          'editor create without department',
          (await api.create({ ...SAMPLES[uid].create(deptA, '无部门'), department: null })).status,
        );

        expectAllowed('editor update A', (await api.update(a.documentId, SAMPLES[uid].edit)).status);
        expectRefused('editor update B', (await api.update(b.documentId, SAMPLES[uid].edit)).status);
        expectRefused(
          'editor move A to B',
          (await api.update(a.documentId, { department: deptB.documentId })).status,
        );
        expectRefused(
          'editor move A to B (connect)',
          (await api.update(a.documentId, { department: { connect: [{ documentId: deptB.documentId }] } }))
            .status,
        );

        expectRefused('editor publish A', (await api.publish(a.documentId)).status);
        expectRefused('editor publish B', (await api.publish(b.documentId)).status);
        expectRefused('editor unpublish B', (await api.unpublish(bPublished.documentId)).status);
        expectRefused('editor delete B', (await api.remove(b.documentId)).status);

        const bulkDel = await api.bulkDelete([b.documentId, bPublished.documentId]);
        attempts.total += 1;
        const bStill = await app.strapi.db
          .query(uid as never)
          .count({ where: { documentId: { $in: [b.documentId, bPublished.documentId] } } });
        if (bStill !== 3)
          attempts.leaks.push(`editor bulk-delete B → ${bulkDel.status}, rows left ${bStill}`);
        expectRefused('editor bulk-publish', (await api.bulkPublish([a.documentId, b.documentId])).status);

        if (uid === ARTICLE) {
          // Relation picker (政策解读 → 政策文件): B's drafts must not be offered.
          const picker = await editorA.get(
            `/content-manager/relations/${ARTICLE}/interprets?locale=zh-Hans&pageSize=100`,
          );
          attempts.total += 1;
          const offered = (picker.body.results ?? []).map((r: any) => r.documentId);
          if (picker.status === 200 && offered.includes(b.documentId))
            attempts.leaks.push('editor relation picker offers B');
        }

        expectAllowed('editor delete A', (await api.remove(createdA.body.data.documentId)).status);
        const stored = await app.strapi.db
          .query(uid as never)
          .findOne({ where: { documentId: a.documentId } });
        expect(stored.scopeDepartment).toBe(deptA.documentId);
        expect(attempts.leaks).toEqual([]);
      });

      it('reviewer of A: reads, approves and publishes A; nothing of B; cannot create, edit or delete', async () => {
        const a = await make(deptA, 'A 待审');
        const b = await make(deptB, 'B 待审');
        const api = cm(reviewerA, uid);

        const list = await api.list('page=1&pageSize=100');
        expectAllowed('reviewer list', list.status);
        attempts.total += 1;
        if (list.body.results.some((r: any) => r.documentId === b.documentId))
          attempts.leaks.push('reviewer list shows B');
        expectAllowed('reviewer read A', (await api.get(a.documentId)).status);
        expectRefused('reviewer read B', (await api.get(b.documentId)).status);
        expectRefused(
          'reviewer create A',
          (await api.create(SAMPLES[uid].create(deptA, '审核员新建'))).status,
        );
        expectRefused('reviewer update A', (await api.update(a.documentId, SAMPLES[uid].edit)).status);
        expectRefused('reviewer delete A', (await api.remove(a.documentId)).status);

        const queue = await reviewerA.get('/gov-core/reviews/pending').expect(200);
        const queued = queue.body.data.map((q: any) => q.documentId);
        if (reviewed()) expect(queued).toContain(a.documentId);
        else expect(queued).not.toContain(a.documentId);
        attempts.total += 1;
        if (queued.includes(b.documentId)) attempts.leaks.push('reviewer queue shows B');

        expectRefused(
          'reviewer approve B',
          (
            await reviewerA.post(`/gov-core/reviews/${encodeURIComponent(uid)}/${b.documentId}`, {
              decision: 'approve',
            })
          ).status,
        );
        expectAllowed(
          'reviewer approve+publish A',
          (await approveAndPublish(reviewerA, uid, a.documentId)).status,
        );
        await fx.approve(uid, b.documentId);
        expectRefused('reviewer publish B', (await api.publish(b.documentId)).status);
        expectRefused('reviewer bulk-publish B', (await api.bulkPublish([b.documentId])).status);
        expectAllowed('reviewer unpublish A', (await api.unpublish(a.documentId)).status);
        expectRefused(
          'reviewer move A to B',
          (await api.update(a.documentId, { department: deptB.documentId })).status,
        );
        expectRefused('reviewer bulk-delete A', (await api.bulkDelete([a.documentId])).status);
        expect(attempts.leaks).toEqual([]);
      });
    });
  }
});

describe('保密审查 (confidentiality review)', () => {
  it('refuses to publish without approval, publishes after it, and puts an edited version back to pending', async () => {
    const item = await cm(webmaster, ARTICLE).create(SAMPLES[ARTICLE].create(deptA, '待审信息'));
    const id = item.body.data.documentId;
    const refused = await cm(webmaster, ARTICLE).publish(id);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toBe('“待审信息”（zh-Hans）待保密审查：须经审核员通过后发布');
    expect(refused.body.error.details.errors).toEqual([
      expect.objectContaining({ path: ['review'], rule: 'review-pending' }),
    ]);

    const reject = await reviewerA.post(`/gov-core/reviews/${encodeURIComponent(ARTICLE)}/${id}`, {
      decision: 'reject',
    });
    expect(reject.status).toBe(400);
    expect(reject.body.error.message).toMatch(/comment/);
    expect(
      (
        await reviewerA.post(`/gov-core/reviews/${encodeURIComponent(ARTICLE)}/${id}`, {
          decision: 'reject',
          comment: '含内部电话号码',
        })
      ).status,
    ).toBe(200);
    expect((await cm(webmaster, ARTICLE).publish(id)).body.error.message).toBe(
      '“待审信息”（zh-Hans）未通过保密审查（审核意见：含内部电话号码）：须修改后经审核员通过再发布',
    );
    expect(
      (await reviewerA.post(`/gov-core/reviews/${encodeURIComponent(ARTICLE)}/${id}`, { decision: 'maybe' }))
        .status,
    ).toBe(400);

    await cm(webmaster, ARTICLE).update(id, { title: '待审信息（已删除电话）' });
    expect(
      (
        await reviewerA.post(`/gov-core/reviews/${encodeURIComponent(ARTICLE)}/${id}`, {
          decision: 'approve',
          comment: '同意',
        })
      ).status,
    ).toBe(200);
    const published = await cm(webmaster, ARTICLE).publish(id);
    expect(published.status).toBe(200);

    await cm(webmaster, ARTICLE).update(id, { title: '待审信息（再次修改）' });
    const history = await reviewerA.get(`/gov-core/reviews/${encodeURIComponent(ARTICLE)}/${id}`).expect(200);
    expect(history.body.data.map((r: any) => r.state)).toEqual([
      'pending',
      'approved',
      'pending',
      'rejected',
      'pending',
    ]);
    expect((await cm(webmaster, ARTICLE).publish(id)).status).toBe(400);
    const queue = await reviewerA.get('/gov-core/reviews/pending').expect(200);
    expect(queue.body.data.map((q: any) => q.documentId)).toContain(id);
  });

  describe('四眼原则 (four-eyes)', () => {
    const decide = (session: AdminSession, id: string, body: Record<string, unknown>) =>
      session.post(`/gov-core/reviews/${encodeURIComponent(ARTICLE)}/${id}`, { comment: '同意', ...body });
    const create = async (session: AdminSession, title: string) =>
      (await cm(session, ARTICLE).create(SAMPLES[ARTICLE].create(deptA, title))).body.data
        .documentId as string;

    it('refuses the author of a version its approval, and lets another reviewer approve it', async () => {
      const id = await create(webmaster, '四眼原则：作者本人');
      const own = await decide(webmaster, id, { decision: 'approve' });
      expect(own.status).toBe(403);
      expect(own.body.error.message).toMatch(/^四眼原则：/);
      expect(own.body.error.details.errors).toEqual([expect.objectContaining({ rule: 'four-eyes' })]);
      expect((await cm(webmaster, ARTICLE).publish(id)).body.error.message).toMatch(
        /待保密审查：须经审核员通过后发布/,
      );
      // Rejecting one's own version is no risk: allowed.
      expect((await decide(webmaster, id, { decision: 'reject', comment: '自查发现问题' })).status).toBe(200);
      expect((await decide(reviewerA, id, { decision: 'approve' })).status).toBe(200);
      expect((await cm(webmaster, ARTICLE).publish(id)).status).toBe(200);
    });

    it('counts every author since the last approval, not only the last one', async () => {
      const id = await create(editorA, '四眼原则：两位作者');
      await cm(webmaster, ARTICLE).update(id, { title: '四眼原则：两位作者（管理员改）' });
      const authors = await app.strapi.plugin('gov-core').service('reviews').authors(ARTICLE, id, 'zh-Hans');
      expect(authors.sort()).toEqual([editorA.user.id, webmaster.user.id].sort());
      expect((await decide(webmaster, id, { decision: 'approve' })).status).toBe(403);
      expect((await decide(reviewerA, id, { decision: 'approve' })).status).toBe(200);
      // After an approval the next version is only its new author's.
      await cm(editorA, ARTICLE).update(id, { title: '四眼原则：两位作者（再改）' });
      expect(await app.strapi.plugin('gov-core').service('reviews').authors(ARTICLE, id, 'zh-Hans')).toEqual([
        editorA.user.id,
      ]);
      expect((await decide(webmaster, id, { decision: 'approve' })).status).toBe(200);
    });

    it('counts the authors of every locale: i18n copies non-localized fields into the other locales', async () => {
      const id = await create(editorA, '四眼原则：繁体版作者');
      expect((await decide(reviewerA, id, { decision: 'approve' })).status).toBe(200);
      // The webmaster writes the zh-Hant version (its non-localized fields reach the zh-Hans draft too); its
      // column relation needs the column's zh-Hant version.
      const COLUMN = 'plugin::gov-core.column';
      if (
        !(await app.strapi.db
          .query(COLUMN)
          .findOne({ where: { documentId: column.documentId, locale: 'zh-Hant' } }))
      ) {
        await cm(webmaster, COLUMN).update(column.documentId, { name: '四眼原則欄目' }, 'zh-Hant');
        await cm(webmaster, COLUMN).publish(column.documentId, {}, 'zh-Hant');
      }
      const hant = await cm(webmaster, ARTICLE).update(
        id,
        { title: '四眼原則：繁體版作者', column: column.documentId },
        'zh-Hant',
      );
      expect([hant.status, hant.body.error]).toEqual([200, undefined]);
      const reviews = app.strapi.plugin('gov-core').service('reviews');
      expect(await reviews.authors(ARTICLE, id, 'zh-Hans')).toEqual([webmaster.user.id]);
      const own = await decide(webmaster, id, { decision: 'approve' });
      expect([own.status, own.body.error?.details?.errors?.[0]?.rule]).toEqual([403, 'four-eyes']);
      expect((await decide(reviewerA, id, { decision: 'approve' })).status).toBe(200);
    });

    it('counts the last editor for a version pending from before authors were recorded', async () => {
      const id = await create(webmaster, '四眼原则：升级前的待审版本');
      // A pending row written before this release has no author.
      await app.strapi.db
        .query('plugin::gov-core.review')
        .updateMany({ where: { itemDocumentId: id }, data: { authorId: null, authorEmail: null } });
      const own = await decide(webmaster, id, { decision: 'approve' });
      expect([own.status, own.body.error?.details?.errors?.[0]?.rule]).toEqual([403, 'four-eyes']);
      expect((await decide(reviewerA, id, { decision: 'approve' })).status).toBe(200);
    });

    it('keeps the approval when its approver saves without a change (the content manager’s publish saves first)', async () => {
      const id = await create(editorA, '四眼原则：审核员保存');
      expect((await decide(webmaster, id, { decision: 'approve' })).status).toBe(200);
      expect((await cm(webmaster, ARTICLE).update(id, { title: '四眼原则：审核员保存' })).status).toBe(200);
      // Publishing from the edit view sends the unchanged form: still approved, published.
      const published = await cm(webmaster, ARTICLE).publish(id, { title: '四眼原则：审核员保存' });
      expect([published.status, published.body.error]).toEqual([200, undefined]);
    });

    it('reports the state to the edit view’s panel: the version, the last decision, 四眼原则 for the caller', async () => {
      const id = await create(editorA, '保密审查面板');
      const status = (session: AdminSession, locale = '') =>
        session.get(`/gov-core/reviews/${encodeURIComponent(ARTICLE)}/${id}/status${locale}`);
      const editorView = await status(editorA);
      expect(editorView.status).toBe(200);
      expect(editorView.body.data).toMatchObject({
        required: true,
        state: 'pending',
        stateLabel: '待审查',
        decision: null,
        fourEyes: true,
        ownVersion: true,
        canOverride: false,
        locale: 'zh-Hans',
      });
      expect((await status(reviewerA)).body.data).toMatchObject({ ownVersion: false, state: 'pending' });
      await decide(reviewerA, id, { decision: 'reject', comment: '含有个人身份证号' });
      const rejected = (await status(editorA)).body.data;
      expect(rejected).toMatchObject({ state: 'rejected', stateLabel: '未通过' });
      // The editor sees the decision and the comment; who reviewed is for reviewers (reviews.read).
      expect(rejected.decision).toMatchObject({
        state: 'rejected',
        current: true,
        reviewerEmail: null,
        comment: '含有个人身份证号',
      });
      expect((await status(reviewerA)).body.data.decision.reviewerEmail).toBe(reviewerA.user.email);
      // Edited after the decision: pending again, the last decision still shown.
      await cm(editorA, ARTICLE).update(id, { title: '保密审查面板（已删去身份证号）' });
      const edited = (await status(editorA)).body.data;
      expect(edited).toMatchObject({ state: 'pending', decision: { state: 'rejected', current: false } });
      // A decision names the version it was taken on: one saved after the reviewer looked is not approved unseen.
      expect(edited.versionHash).not.toBe(rejected.versionHash);
      const stale = await decide(reviewerA, id, {
        decision: 'approve',
        expectedVersion: rejected.versionHash,
      });
      expect([stale.status, stale.body.error.details.errors[0]]).toEqual([
        400,
        expect.objectContaining({ path: ['expectedVersion'], rule: 'version-changed' }),
      ]);
      expect(
        (await decide(reviewerA, id, { decision: 'approve', expectedVersion: edited.versionHash })).status,
      ).toBe(200);
      // Another department's editor learns nothing; a type without review and a bad locale are named.
      const editorB = await createAdmin(app, { roles: ['gov-department-editor'] });
      await member(editorB, [deptB]);
      expect((await status(editorB)).status).toBe(403);
      const notColumn = await editorA.get(
        `/gov-core/reviews/${encodeURIComponent('plugin::gov-core.column')}/${id}/status`,
      );
      expect([notColumn.status, notColumn.body.error.details.errors[0].path]).toEqual([400, ['uid']]);
      expect((await status(editorA, '?locale=zh-Hant')).status).toBe(404);
      expect((await status(editorA, '?foo=1')).status).toBe(400);
    });

    it('lists the departments’ newest drafts for the homepage, with their review state', async () => {
      const id = await create(editorA, '首页：本部门最近草稿');
      const res = await editorA.get('/gov-core/drafts/recent');
      expect(res.status).toBe(200);
      expect(res.body.data[0]).toMatchObject({
        uid: ARTICLE,
        typeLabel: '信息',
        documentId: id,
        title: '首页：本部门最近草稿',
        departmentName: '县发改委',
        reviewState: 'pending',
        reviewStateLabel: '待审查',
      });
      expect(res.body.data.length).toBeLessThanOrEqual(8);
      const times = res.body.data.map((d: any) => d.updatedAt);
      expect([...times].sort().reverse()).toEqual(times);
    });

    it('lets a webmaster override it on their own version, recorded on the decision and in the audit trail', async () => {
      const id = await create(webmaster, '四眼原则：管理员豁免');
      const res = await decide(webmaster, id, { decision: 'approve', overrideFourEyes: true });
      expect(res.status).toBe(200);
      expect(res.body.data).toMatchObject({
        state: 'approved',
        fourEyesOverride: true,
        reviewerId: webmaster.user.id,
      });
      const audit = await app.strapi.db
        .query(AUDIT)
        .findMany({ where: { itemDocumentId: id, action: 'review.approve' } });
      expect(audit).toHaveLength(1);
      expect(audit[0].changes).toEqual(
        expect.arrayContaining([{ field: 'fourEyesOverride', from: null, to: true }]),
      );
      expect((await cm(webmaster, ARTICLE).publish(id)).status).toBe(200);
      // A reviewer's approval of a version they did not write is no override.
      const other = await create(webmaster, '四眼原则：非作者');
      const plain = await decide(reviewerA, other, { decision: 'approve', overrideFourEyes: true });
      expect(plain.status).toBe(200);
      expect(plain.body.data.fourEyesOverride).toBe(false);
      expect((await decide(reviewerA, other, { decision: 'approve', overrideFourEyes: 'yes' })).status).toBe(
        400,
      );
    });

    it('refuses the override to an author who is not a webmaster', async () => {
      const both = await createAdmin(app, { roles: ['gov-department-editor', 'gov-reviewer'] });
      await member(both, [deptA]);
      const id = await create(both, '四眼原则：编辑兼审核员');
      expect((await decide(both, id, { decision: 'approve' })).status).toBe(403);
      const res = await decide(both, id, { decision: 'approve', overrideFourEyes: true });
      expect(res.status).toBe(403);
      expect(res.body.error.details.errors).toEqual([
        expect.objectContaining({ path: ['overrideFourEyes'] }),
      ]);
      expect((await decide(reviewerA, id, { decision: 'approve' })).status).toBe(200);
    });

    it('can be switched off per column type in plugin config', async () => {
      const id = await create(webmaster, '四眼原则：已关闭');
      app.strapi.config.set('plugin::gov-core.review', { required: {}, fourEyes: { [ARTICLE]: false } });
      try {
        const res = await decide(webmaster, id, { decision: 'approve' });
        expect(res.status).toBe(200);
        expect(res.body.data.fourEyesOverride).toBe(false);
      } finally {
        app.strapi.config.set('plugin::gov-core.review', { required: {}, fourEyes: {} });
      }
    });
  });

  it('can be switched off per column type in plugin config', async () => {
    const reviews = app.strapi.plugin('gov-core').service('reviews');
    expect(reviews.isRequired(ARTICLE)).toBe(true);
    app.strapi.config.set('plugin::gov-core.review', { required: { [ARTICLE]: false } });
    try {
      expect(reviews.isRequired(ARTICLE)).toBe(false);
      const item = await cm(webmaster, ARTICLE).create(SAMPLES[ARTICLE].create(deptA, '免审栏目信息'));
      expect((await cm(webmaster, ARTICLE).publish(item.body.data.documentId)).status).toBe(200);
    } finally {
      app.strapi.config.set('plugin::gov-core.review', { required: {} });
    }
  });
});

describe('audit trail', () => {
  const entriesOf = async (documentId: string) =>
    app.strapi.db.query(AUDIT).findMany({ where: { itemDocumentId: documentId }, orderBy: [{ id: 'asc' }] });

  it('writes exactly one entry per action with the actor and the changed fields', async () => {
    const created = await cm(editorA, ARTICLE).create({
      ...SAMPLES[ARTICLE].create(deptA, '审计信息'),
      source: '县发改委',
    });
    const id = created.body.data.documentId;
    await cm(editorA, ARTICLE).update(id, { title: '审计信息（改）', source: '县发改委' });
    await reviewerA.post(`/gov-core/reviews/${encodeURIComponent(ARTICLE)}/${id}`, {
      decision: 'approve',
      comment: '同意',
    });
    await cm(reviewerA, ARTICLE).publish(id);
    await cm(reviewerA, ARTICLE).unpublish(id);
    await cm(editorA, ARTICLE).remove(id);

    const entries = await entriesOf(id);
    expect(entries.map((e: any) => e.action)).toEqual([
      'create',
      'update',
      'review.approve',
      'publish',
      'unpublish',
      'delete',
    ]);
    const byAction = Object.fromEntries(entries.map((e: any) => [e.action, e]));
    expect(byAction.create).toMatchObject({
      actorId: editorA.user.id,
      actorEmail: editorA.user.email,
      contentType: ARTICLE,
      locale: 'zh-Hans',
      department: deptA.documentId,
    });
    expect(byAction.update.changes).toEqual([{ field: 'title', from: '审计信息', to: '审计信息（改）' }]);
    expect(byAction['review.approve']).toMatchObject({ actorId: reviewerA.user.id });
    expect(byAction.publish).toMatchObject({ actorId: reviewerA.user.id });
    expect(byAction.delete).toMatchObject({ actorId: editorA.user.id });
  });

  it('audits columns, departments and memberships too', async () => {
    const c = await cm(webmaster, 'plugin::gov-core.column').create({ name: '审计栏目', slug: 'audit-col' });
    const entries = await entriesOf(c.body.data.documentId);
    expect(entries.map((e: any) => [e.action, e.actorId])).toEqual([['create', webmaster.user.id]]);
    const m = await cm(webmaster, 'plugin::gov-core.membership').create({
      user: editorA.user.id,
      departments: [deptB.documentId],
    });
    expect((await entriesOf(m.body.data.documentId)).map((e: any) => e.action)).toEqual(['create']);
    await cm(webmaster, 'plugin::gov-core.membership').remove(m.body.data.documentId);
  });

  it('is readable (newest first, filtered, CSV) by webmasters; reviewers see only their departments', async () => {
    const all = await webmaster
      .get(`/gov-core/audit?uid=${encodeURIComponent(ARTICLE)}&pageSize=100`)
      .expect(200);
    expect(all.body.data.length).toBeGreaterThan(0);
    const times = all.body.data.map((e: any) => new Date(e.at).getTime());
    expect([...times].sort((x, y) => y - x)).toEqual(times);
    const mine = await reviewerA.get('/gov-core/audit?pageSize=100').expect(200);
    expect(mine.body.data.every((e: any) => e.department === deptA.documentId)).toBe(true);
    const byActor = await webmaster
      .get(`/gov-core/audit?actor=${encodeURIComponent(editorA.user.email)}`)
      .expect(200);
    expect(byActor.body.data.every((e: any) => e.actorEmail === editorA.user.email)).toBe(true);
    expect((await webmaster.get('/gov-core/audit?from=yesterday').expect(400)).body.error.message).toMatch(
      /from/,
    );
    const csv = await webmaster.get('/gov-core/audit/export.csv').expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.text.split('\r\n')[0]).toBe('\uFEFF时间,操作人ID,操作人,操作,内容类型,文档ID,语言,部门,变更');
    await editorA.get('/gov-core/audit').expect(403);
  });

  it('cannot be modified or deleted through any route', async () => {
    const entry = await app.strapi.db.query(AUDIT).findOne({});
    const tries = [
      await webmaster.put(`/gov-core/audit/${entry.id}`, { action: 'x' }),
      await webmaster.del(`/gov-core/audit/${entry.id}`),
      await superAdmin.put(`/gov-core/audit/${entry.id}`, { action: 'x' }),
      await superAdmin.del(`/gov-core/audit/${entry.id}`),
      await superAdmin.put(`/content-manager/collection-types/${AUDIT}/${entry.documentId}`, { action: 'x' }),
      await superAdmin.del(`/content-manager/collection-types/${AUDIT}/${entry.documentId}`),
      await superAdmin.post(`/content-manager/collection-types/${AUDIT}/actions/bulkDelete`, {
        documentIds: [entry.documentId],
      }),
      await superAdmin.post(`/content-manager/collection-types/${AUDIT}`, {
        action: 'forged',
        contentType: ARTICLE,
        at: new Date(),
      }),
      await app.http().delete(`/api/gov-core/audit/${entry.id}`),
    ];
    for (const res of tries) expect([403, 404, 405]).toContain(res.status);
    await expect(
      app.strapi.documents(AUDIT).update({ documentId: entry.documentId, data: { action: 'x' } as any }),
    ).rejects.toThrow(/只增不改/);
    await expect(app.strapi.documents(AUDIT).delete({ documentId: entry.documentId })).rejects.toThrow(
      /只增不改/,
    );
    const after = await app.strapi.db.query(AUDIT).findOne({ where: { id: entry.id } });
    expect(after).toEqual(entry);
  });
});
