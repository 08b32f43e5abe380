import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createAdmin, type AdminSession } from '../helpers/admin';
import { cm } from '../helpers/content-manager';
import { govFixtures } from '../helpers/gov-fixtures';
import { columnSamples, pppProjectsFor, budgetReportsFor, type SampleRefs } from '../helpers/column-samples';

/**
 * The write pipeline (findings 2 and 3): every document action on a governed type is handled by every guard or
 * refused — the content manager's clone included — and the department scope judges the relation Strapi stores,
 * whatever input shape the client sends.
 */
const ARTICLE = 'plugin::gov-core.article';
const POWER_ITEM = 'plugin::power-list.power-item';
const HOSTILE =
  '<p>正文</p><script>alert(1)</script><img src="x" onerror="alert(2)"><a href="javascript:alert(3)">链接</a>';
const DANGER = /<script|onerror|javascript:/i;

let app: TestApp;
let fx: ReturnType<typeof govFixtures>;
let superAdmin: AdminSession;
let editorA: AdminSession;
let webmaster: AdminSession;
let deptA: any;
let deptB: any;
let refs: SampleRefs;
const SAMPLES = columnSamples(() => refs);
let uids: string[] = [];

const docs = (uid: string) => app.strapi.documents(uid as never) as any;
const attributes = (uid: string): Record<string, any> =>
  (app.strapi.getModel(uid as never) as any).attributes;
const richTextFields = (uid: string) =>
  Object.entries(attributes(uid))
    .filter(([, a]) => a.type === 'richtext')
    .map(([name]) => name);
const disclosureOf = (uid: string) =>
  Object.entries(attributes(uid)).find(
    ([, a]) => a.type === 'component' && a.component === 'gov-core.disclosure',
  )?.[0];
/** Column types whose documents, once published, are never changed or deleted (ppp's 实施情况). */
const frozenOncePublished = (uid: string) =>
  app.strapi.plugin('gov-core').service('column-registry').get(uid)?.appendOnly === 'once-published';
const make = (uid: string, dept: any, title = '源信息') =>
  docs(uid).create({ data: SAMPLES[uid].create(dept, title) });
const cloneOf = (admin: AdminSession, uid: string, documentId: string, body: object = {}) =>
  admin.post(`/content-manager/collection-types/${uid}/clone/${documentId}`, body);
/** Fresh create data without the department: overrides for a clone that keep natural keys unique. */
const fresh = (uid: string, title: string) => {
  const { department: _d, ...rest } = SAMPLES[uid].create(deptA, title);
  // 职权编码 are unique per department: an empty code is allocated anew.
  return uid === POWER_ITEM ? { ...rest, code: '' } : rest;
};
const rowsOf = (uid: string, where: object) =>
  app.strapi.db.query(uid as never).findMany({ where, populate: { department: { select: ['documentId'] } } });
const reviewState = async (uid: string, documentId: string) => {
  const localized = (app.strapi.getModel(uid as never) as any).pluginOptions?.i18n?.localized === true;
  const reviews = app.strapi.plugin('gov-core').service('reviews');
  return (await reviews.latest(uid, documentId, localized ? 'zh-Hans' : null))?.state;
};
/** The status, with the error message when it is not the expected one (so a failure says why). */
const statusOf = (res: any) => (res.status < 400 ? res.status : `${res.status} ${res.body?.error?.message}`);

beforeAll(async () => {
  app = await bootStrapi();
  fx = govFixtures(app);
  uids = app.strapi.plugin('gov-core').service('column-registry').uids();
  [superAdmin, editorA, webmaster] = await Promise.all([
    createAdmin(app),
    createAdmin(app, { roles: ['gov-department-editor'] }),
    createAdmin(app, { roles: ['gov-webmaster'] }),
  ]);
  deptA = await fx.department({ code: 'wp-a', name: '县发改委' });
  deptB = await fx.department({ code: 'wp-b', name: '县财政局' });
  const column = await fx.column({ slug: 'write-pipeline' });
  const township = await fx.department({ code: 'wp-town', name: '濂溪街道', kind: 'township' });
  refs = { column, township };
  refs.pppProjects = await pppProjectsFor(app.strapi as any, [deptA, deptB], column);
  refs.budgetReports = await budgetReportsFor(app.strapi as any, [deptA, deptB], column);
  if (app.strapi.plugin('environment')) {
    const station = await docs('plugin::environment.air-station').create({
      data: { name: '县城站', code: 'wp-st', column: column.documentId, department: deptA.documentId },
    });
    await fx.approveAndPublish('plugin::environment.air-station', station.documentId);
    refs.station = station;
  }
  await fx.membership(editorA.user, [deptA]);
});
afterAll(async () => {
  await app?.destroy();
});

it('every registered column type has a sample (so the matrices cover it)', () => {
  expect(uids.filter((uid) => !SAMPLES[uid])).toEqual([]);
  expect(uids.length).toBeGreaterThanOrEqual(1);
});

describe('clone (POST /content-manager/collection-types/:uid/clone/:id) goes through every guard', () => {
  it.each(Object.keys(SAMPLES))('%s', async (uid) => {
    if (!uids.includes(uid)) return;
    const [ownDraft, otherDraft] = await Promise.all([
      make(uid, deptA, 'A 的源'),
      make(uid, deptB, 'B 的源'),
    ]);
    const before = await app.strapi.db.query(uid as never).count();

    // Scoping: another department's draft cannot be cloned (nor moved there by the clone's data).
    const foreign = await cloneOf(editorA, uid, otherDraft.documentId, fresh(uid, '复制 B'));
    expect(foreign.status).toBe(403);
    const intoB = await cloneOf(editorA, uid, ownDraft.documentId, {
      ...fresh(uid, '复制到 B'),
      department: deptB.documentId,
    });
    expect(intoB.status).toBe(403);
    const ambiguous = await cloneOf(editorA, uid, ownDraft.documentId, {
      ...fresh(uid, '含糊'),
      department: { connect: [{ documentId: deptB.documentId }, { documentId: deptA.documentId }] },
    });
    expect(ambiguous.status).toBe(400);
    expect(ambiguous.body.error.details.errors[0].path).toEqual(['department']);
    expect(await app.strapi.db.query(uid as never).count()).toBe(before);

    // Sanitising: hostile overrides of every rich-text field are cleaned.
    const hostile = Object.fromEntries(richTextFields(uid).map((f) => [f, HOSTILE]));
    const res = await cloneOf(editorA, uid, ownDraft.documentId, { ...fresh(uid, '复制 A'), ...hostile });
    expect(statusOf(res)).toBe(200);
    const copy = res.body.data;
    expect(copy.documentId).not.toBe(ownDraft.documentId);
    const [stored] = await rowsOf(uid, { documentId: copy.documentId });
    expect(stored.scopeDepartment).toBe(deptA.documentId);
    expect(stored.department.documentId).toBe(deptA.documentId);
    expect(stored.publishedAt).toBeNull();
    for (const field of richTextFields(uid)) {
      expect(stored[field]).toContain('正文');
      expect(stored[field]).not.toMatch(DANGER);
    }

    // Review: the copy waits for 保密审查 (unless the type is exempt) and cannot be published unapproved.
    if (app.strapi.plugin('gov-core').service('reviews').isRequired(uid)) {
      expect(await reviewState(uid, copy.documentId)).toBe('pending');
      const publish = await cm(webmaster, uid).publish(copy.documentId);
      expect(publish.status).toBe(400);
      expect(publish.body.error.message).toContain('保密审查');
    }

    // Audit: the create and the clone are both recorded, by the editor.
    const audit = await app.strapi.db
      .query('plugin::gov-core.audit-entry')
      .findMany({ where: { itemDocumentId: copy.documentId } });
    expect(audit.map((e: any) => e.action).sort()).toEqual(['clone', 'create']);
    expect(audit.every((e: any) => e.actorEmail === editorA.user.email)).toBe(true);
    const cloneEntry = audit.find((e: any) => e.action === 'clone');
    expect(cloneEntry.changes).toEqual([
      { field: 'clonedFrom', from: ownDraft.documentId, to: copy.documentId },
    ]);
  });

  it('never copies the 索引号, 发布日期, scope or review state of a published source', async () => {
    for (const uid of uids.filter((u) => disclosureOf(u))) {
      const field = disclosureOf(uid)!;
      const source = await make(uid, deptA, '已发布源');
      await fx.approveAndPublish(uid, source.documentId);
      const [published] = await app.strapi.db.query(uid as never).findMany({
        where: { documentId: source.documentId, publishedAt: { $notNull: true } },
        populate: { [field]: true },
      });
      expect(published[field].indexNumber).toMatch(/\/\d{4}-\d{5}$/);

      // The admin form echoes the source's 索引号 and 发布日期 back: they are left out, not copied.
      const echo = await cloneOf(editorA, uid, source.documentId, {
        ...fresh(uid, '复制已发布'),
        [field]: {
          ...(fresh(uid, 'x')[field] as object),
          indexNumber: published[field].indexNumber,
          publishDate: published[field].publishDate,
        },
      });
      expect(statusOf(echo)).toBe(200);
      const [copy] = await app.strapi.db.query(uid as never).findMany({
        where: { documentId: echo.body.data.documentId },
        populate: { [field]: true },
      });
      expect(copy[field].indexNumber).toBeNull();
      expect(copy[field].publishDate).toBeNull();
      expect(copy[field].id).not.toBe(published[field].id);
      expect(await reviewState(uid, copy.documentId)).toBe('pending');

      // Setting another 索引号 through the clone is refused like on any create.
      const forged = await cloneOf(editorA, uid, source.documentId, {
        ...fresh(uid, '伪造索引号'),
        [field]: { ...(fresh(uid, 'x')[field] as object), indexNumber: 'FORGED/2026-00001' },
      });
      expect(forged.status).toBe(400);
      expect(forged.body.error.details.errors[0].path).toEqual([field, 'indexNumber']);
    }
  });

  it('keeps 权力事项 codes unique per department: a copied code is refused, an empty one is allocated', async () => {
    if (!uids.includes(POWER_ITEM)) return;
    const source = await make(POWER_ITEM, deptA, '行政许可源');
    expect(source.code).toBeTruthy();
    const same = await cloneOf(editorA, POWER_ITEM, source.documentId, { name: '复制的事项' });
    expect(same.status).toBe(400);
    expect(same.body.error.details.errors[0].path).toEqual(['code']);
    const renumbered = await cloneOf(editorA, POWER_ITEM, source.documentId, {
      name: '复制的事项',
      code: '',
    });
    expect(statusOf(renumbered)).toBe(200);
    expect(renumbered.body.data.code).toBeTruthy();
    expect(renumbered.body.data.code).not.toBe(source.code);
  });

  it('copies the content of the source when the clone sends nothing (document service)', async () => {
    const source = await make(ARTICLE, deptA, '原文');
    await docs(ARTICLE).update({ documentId: source.documentId, data: { body: HOSTILE, summary: '摘要' } });
    const result = await docs(ARTICLE).clone({ documentId: source.documentId, data: {} });
    expect(result.entries).toHaveLength(1);
    const copy = await docs(ARTICLE).findOne({
      documentId: result.documentId,
      populate: ['column', 'department'],
    });
    expect(copy).toMatchObject({ title: '原文', summary: '摘要', scopeDepartment: deptA.documentId });
    expect(copy.body).not.toMatch(DANGER);
    expect(copy.column.documentId).toBe(refs.column.documentId);
    expect(copy.department.documentId).toBe(deptA.documentId);
  });

  it('refuses clone of structure, append-only and record types, and clone of several locales at once', async () => {
    const column = await fx.column({ slug: 'wp-clone-src' });
    const columnClone = await cloneOf(webmaster, 'plugin::gov-core.column', column.documentId, {
      slug: 'wp-x',
    });
    expect(columnClone.status).toBe(403);
    await expect(docs('plugin::gov-core.department').clone({ documentId: deptA.documentId })).rejects.toThrow(
      /不能复制/,
    );
    const entry = await app.strapi.db.query('plugin::gov-core.audit-entry').findOne({});
    await expect(
      docs('plugin::gov-core.audit-entry').clone({ documentId: entry.documentId }),
    ).rejects.toThrow(/只增不改/);
    const refusals: [string, string, RegExp][] = [
      ['normative-docs', 'plugin::normative-docs.validity-change', /只增不改/],
      ['normative-docs', 'plugin::normative-docs.cleanup-batch', /不能复制/],
      ['power-list', 'plugin::power-list.power-adjustment', /只增不改/],
      ['chinese-variants', 'plugin::chinese-variants.phrase', /请新建词条/],
    ];
    for (const [plugin, uid, message] of refusals) {
      if (!app.strapi.plugin(plugin)) continue;
      await expect(docs(uid).clone({ documentId: 'doesnotexistdoesnotexist' })).rejects.toThrow(message);
    }
    const source = await make(ARTICLE, deptA);
    await expect(docs(ARTICLE).clone({ documentId: source.documentId, locale: '*' })).rejects.toThrow(
      /一个语言版本/,
    );
  });

  it('refuses a create that asks to be published at once (it would skip the 保密审查 gate)', async () => {
    await expect(
      docs(ARTICLE).create({ data: SAMPLES[ARTICLE].create(deptA, '直接发布'), status: 'published' }),
    ).rejects.toThrow(/保密审查/);
  });
});

describe('action × guard: every document action on every column type is scoped and audited', () => {
  it('webmaster: create, update, publish, discardDraft, clone, unpublish, delete each leave their audit entry', async () => {
    const problems: string[] = [];
    await Promise.all(
      uids.map(async (uid) => {
        const api = cm(webmaster, uid);
        const step = (label: string, res: any) => {
          if (res.status >= 400) problems.push(`${uid} ${label}: ${statusOf(res)}`);
          return res;
        };
        // A type whose documents are history once published refuses the later edit and the delete (400).
        const frozen = frozenOncePublished(uid);
        const refusedWhenFrozen = (label: string, res: any) => {
          if (!frozen) return step(label, res);
          if (res.status !== 400 || res.body?.error?.details?.errors?.[0]?.rule !== 'append-only')
            problems.push(`${uid} ${label}: expected 400 append-only, got ${statusOf(res)}`);
          return res;
        };
        const created = step('create', await api.create(SAMPLES[uid].create(deptA, '动作表')));
        const documentId = created.body.data?.documentId;
        if (!documentId) return;
        step('update', await api.update(documentId, SAMPLES[uid].edit));
        await fx.approve(uid, documentId, created.body.data.locale ?? undefined);
        step('publish', await api.publish(documentId));
        refusedWhenFrozen('edit draft', await api.update(documentId, { ...SAMPLES[uid].edit }));
        step(
          'discardDraft',
          await webmaster.post(`/content-manager/collection-types/${uid}/${documentId}/actions/discard`, {}),
        );
        const copy = step('clone', await cloneOf(webmaster, uid, documentId, fresh(uid, '动作表复制')));
        step('unpublish', await api.unpublish(documentId));
        refusedWhenFrozen('delete', await api.remove(documentId));
        const actions = async (id: string) =>
          (
            await app.strapi.db.query('plugin::gov-core.audit-entry').findMany({
              where: { itemDocumentId: id, actorId: webmaster.user.id },
              orderBy: [{ id: 'asc' }],
            })
          ).map((e: any) => e.action);
        const recorded = await actions(documentId);
        for (const action of [
          'create',
          'update',
          'publish',
          'discardDraft',
          'unpublish',
          ...(frozen ? [] : ['delete']),
        ]) {
          if (!recorded.includes(action)) problems.push(`${uid}: no audit entry for ${action} (${recorded})`);
        }
        if (copy.body.data?.documentId) {
          const copied = await actions(copy.body.data.documentId);
          if (copied.join() !== 'create,clone') problems.push(`${uid}: clone audited as ${copied}`);
        }
      }),
    );
    expect(problems).toEqual([]);
  }, 300_000);

  it('editor of A: every action on a document of B is refused (403), auto-clone included', async () => {
    const refused: string[] = [];
    await Promise.all(
      uids.map(async (uid) => {
        const b = await make(uid, deptB, 'B 的动作表');
        await fx.approveAndPublish(uid, b.documentId);
        // A draft newer than the published version (a type frozen once published has none).
        if (!frozenOncePublished(uid))
          await docs(uid).update({ documentId: b.documentId, data: SAMPLES[uid].edit });
        const base = `/content-manager/collection-types/${uid}`;
        const before = await app.strapi.db.query(uid as never).count();
        const attempts: [string, any][] = [
          ['update', await editorA.put(`${base}/${b.documentId}`, SAMPLES[uid].edit)],
          ['discardDraft', await editorA.post(`${base}/${b.documentId}/actions/discard`, {})],
          ['clone', await cloneOf(editorA, uid, b.documentId, fresh(uid, '偷复制'))],
          ['auto-clone', await editorA.post(`${base}/auto-clone/${b.documentId}`, {})],
          ['publish', await editorA.post(`${base}/${b.documentId}/actions/publish`, {})],
          ['unpublish', await editorA.post(`${base}/${b.documentId}/actions/unpublish`, {})],
          ['delete', await editorA.del(`${base}/${b.documentId}`)],
        ];
        for (const [action, res] of attempts) {
          // auto-clone answers 400 first for types with relations (Strapi refuses to auto-clone them).
          const ok = res.status === 403 || (action === 'auto-clone' && res.status === 400);
          if (!ok) refused.push(`${uid} ${action} → ${res.status}`);
        }
        if ((await app.strapi.db.query(uid as never).count()) !== before)
          refused.push(`${uid}: rows changed`);
      }),
    );
    expect(refused).toEqual([]);
  }, 300_000);
});

describe('relation input shapes × create / update / clone × every column type (editor of A)', () => {
  type Shape = { label: string; value: (ids: Ids) => unknown; expect: 'A' | 403 | 400 };
  type Ids = { a: string; b: string; aRow: number; bRow: number; bPublishedRow: number };
  const SHAPES: Shape[] = [
    { label: 'documentId of A', value: (i) => i.a, expect: 'A' },
    { label: '{ documentId: A }', value: (i) => ({ documentId: i.a }), expect: 'A' },
    { label: '{ id: row of A }', value: (i) => ({ id: i.aRow }), expect: 'A' },
    { label: 'numeric id of A', value: (i) => i.aRow, expect: 'A' },
    { label: '[A]', value: (i) => [i.a], expect: 'A' },
    { label: '{ connect: [A] }', value: (i) => ({ connect: [{ documentId: i.a }] }), expect: 'A' },
    {
      label: "the content manager's shape for A",
      value: (i) => ({
        connect: [
          { id: i.aRow, documentId: i.a, locale: 'zh-Hans', isTemporary: true, position: { end: true } },
        ],
        disconnect: [],
      }),
      expect: 'A',
    },
    { label: '{ set: [A] }', value: (i) => ({ set: [{ documentId: i.a }] }), expect: 'A' },
    { label: 'documentId of B', value: (i) => i.b, expect: 403 },
    { label: '{ documentId: B }', value: (i) => ({ documentId: i.b }), expect: 403 },
    { label: '{ id: row of B }', value: (i) => ({ id: i.bRow }), expect: 403 },
    { label: '{ id: published row of B }', value: (i) => ({ id: i.bPublishedRow }), expect: 403 },
    { label: '{ connect: [B] }', value: (i) => ({ connect: [{ documentId: i.b }] }), expect: 403 },
    {
      label: '{ connect: [B], status: published }',
      value: (i) => ({ connect: [{ documentId: i.b, status: 'published' }] }),
      expect: 403,
    },
    { label: '{ set: [B] }', value: (i) => ({ set: [i.b] }), expect: 403 },
    {
      label: '{ connect: [A], disconnect: [B] } → A',
      value: (i) => ({ connect: [{ documentId: i.a }], disconnect: [{ documentId: i.b }] }),
      expect: 'A',
    },
    {
      label: '{ connect: [B, A] } (Strapi stores the first)',
      value: (i) => ({ connect: [{ documentId: i.b }, { documentId: i.a }] }),
      expect: 400,
    },
    {
      label: '{ connect: [A, B] }',
      value: (i) => ({ connect: [{ documentId: i.a }, { documentId: i.b }] }),
      expect: 400,
    },
    { label: '[B, A]', value: (i) => [i.b, i.a], expect: 400 },
    { label: '[A, B] (Strapi stores the last)', value: (i) => [i.a, i.b], expect: 400 },
    { label: '{ set: [A, B] }', value: (i) => ({ set: [i.a, i.b] }), expect: 400 },
    {
      label: '{ connect: [A], set: [B] }',
      value: (i) => ({ connect: [{ documentId: i.a }], set: [{ documentId: i.b }] }),
      expect: 400,
    },
    {
      label: 'connect A positioned before B',
      value: (i) => ({ connect: [{ documentId: i.a, position: { before: i.b } }] }),
      expect: 400,
    },
    {
      label: '{ id: row of B, documentId: A } (two documents)',
      value: (i) => ({ connect: [{ id: i.bRow, documentId: i.a }] }),
      expect: 400,
    },
    { label: 'a string Strapi reads as the id of B', value: (i) => `${i.bRow}abc`, expect: 400 },
    { label: 'an unknown key', value: (i) => ({ documentId: i.a, where: { id: i.bRow } }), expect: 400 },
    { label: 'a missing department', value: () => ({ documentId: 'nosuchdepartmentnosuchde' }), expect: 400 },
  ];

  it('stores exactly the department that was checked, for every shape, action and column type', async () => {
    const rowOf = async (documentId: string, published: boolean) =>
      (
        await app.strapi.db.query('plugin::gov-core.department').findOne({
          where: { documentId, locale: 'zh-Hans', publishedAt: published ? { $notNull: true } : null },
        })
      ).id;
    const ids: Ids = {
      a: deptA.documentId,
      b: deptB.documentId,
      aRow: await rowOf(deptA.documentId, false),
      bRow: await rowOf(deptB.documentId, false),
      bPublishedRow: await rowOf(deptB.documentId, true),
    };
    const problems: string[] = [];
    let attempts = 0;
    const judge = (label: string, res: any, expected: Shape['expect']) => {
      attempts += 1;
      const ok = expected === 'A' ? res.status === 200 || res.status === 201 : res.status === expected;
      if (!ok)
        problems.push(`${label}: expected ${expected}, got ${res.status} ${res.body?.error?.message ?? ''}`);
      if (expected === 400 && res.status === 400) {
        const paths = (res.body.error.details?.errors ?? []).map((e: any) => e.path.join('.'));
        if (!paths.includes('department')) problems.push(`${label}: 400 does not name department (${paths})`);
      }
    };

    // Four types at a time (their shapes and actions at once): all types at once opened hundreds of
    // connections, more than the test server accepts without resets.
    const checkType = async (uid: string) => {
      const api = cm(editorA, uid);
      const target = await make(uid, deptA, '形状测试');
      await Promise.all(
        SHAPES.map(async (shape) => {
          const value = shape.value(ids);
          const [created, updated, cloned] = await Promise.all([
            api.create({ ...fresh(uid, '形状新建'), department: value }),
            api.update(target.documentId, { department: value }),
            cloneOf(editorA, uid, target.documentId, { ...fresh(uid, '形状复制'), department: value }),
          ]);
          judge(`${uid} create ${shape.label}`, created, shape.expect);
          judge(`${uid} update ${shape.label}`, updated, shape.expect);
          judge(`${uid} clone ${shape.label}`, cloned, shape.expect);
        }),
      );
      // Whatever was accepted: nothing of this type landed in B, and relation and scope agree everywhere.
      const rows = await rowsOf(uid, {});
      const created = rows.filter(
        (r: any) => r.department?.documentId === deptB.documentId || r.scopeDepartment === deptB.documentId,
      );
      const sources = await rowsOf(uid, { department: { documentId: deptB.documentId } });
      const ownedByB = new Set(sources.map((r: any) => r.documentId));
      for (const r of created) {
        const editorMade =
          (await app.strapi.db.query('plugin::gov-core.audit-entry').count({
            where: { itemDocumentId: r.documentId, actorId: editorA.user.id },
          })) > 0;
        if (editorMade) problems.push(`${uid}: editor's write landed in B (${r.documentId})`);
      }
      for (const r of rows) {
        if (
          (r.department?.documentId ?? null) !== (r.scopeDepartment ?? null) &&
          !ownedByB.has(r.documentId)
        ) {
          problems.push(
            `${uid}: ${r.documentId} relation ${r.department?.documentId} ≠ scope ${r.scopeDepartment}`,
          );
        }
      }
    };
    for (let i = 0; i < uids.length; i += 4) await Promise.all(uids.slice(i, i + 4).map(checkType));
    console.log(
      `relation shapes: ${attempts} attempts over ${uids.length} column types, ${problems.length} problems`,
    );
    expect(problems).toEqual([]);
    expect(attempts).toBe(uids.length * SHAPES.length * 3);
  }, 300_000);

  it('judges the disclosure publisher (the 索引号 prefix) and the column the same way', async () => {
    for (const uid of uids.filter((u) => disclosureOf(u))) {
      const field = disclosureOf(uid)!;
      const api = cm(editorA, uid);
      const base = SAMPLES[uid].create(deptA, '发布机构');
      const withPublisher = (publisher: unknown) => ({
        ...base,
        [field]: { ...((base[field] as object) ?? {}), publisher },
      });
      expect((await api.create(withPublisher(deptB.documentId))).status).toBe(403);
      const twoPublishers = await api.create(
        withPublisher({ connect: [{ documentId: deptB.documentId }, { documentId: deptA.documentId }] }),
      );
      expect(twoPublishers.status).toBe(400);
      expect(twoPublishers.body.error.details.errors[0].path).toEqual([field, 'publisher']);
      const own = await api.create(withPublisher({ connect: [{ documentId: deptA.documentId }] }));
      expect(own.status).toBe(201);
    }
    const other = await fx.column({ slug: 'wp-other' });
    const twoColumns = await cm(editorA, ARTICLE).create({
      ...SAMPLES[ARTICLE].create(deptA, '两个栏目'),
      column: { connect: [{ documentId: other.documentId }, { documentId: refs.column.documentId }] },
    });
    expect(twoColumns.status).toBe(400);
    expect(twoColumns.body.error.details.errors[0].path).toEqual(['column']);
  });

  it('a super admin may move items between departments with any unambiguous shape, never an ambiguous one', async () => {
    const item = await make(ARTICLE, deptA, '管理员移动');
    const api = cm(superAdmin, ARTICLE);
    const moved = await api.update(item.documentId, {
      department: { connect: [{ documentId: deptB.documentId }] },
    });
    expect(moved.status).toBe(200);
    const [row] = await rowsOf(ARTICLE, { documentId: item.documentId });
    expect([row.department.documentId, row.scopeDepartment]).toEqual([deptB.documentId, deptB.documentId]);
    const ambiguous = await api.update(item.documentId, {
      department: { connect: [{ documentId: deptA.documentId }, { documentId: deptB.documentId }] },
    });
    expect(ambiguous.status).toBe(400);
    const cleared = await api.update(item.documentId, {
      department: { disconnect: [{ documentId: deptB.documentId }] },
    });
    expect(cleared.status).toBe(200);
    const [after] = await rowsOf(ARTICLE, { documentId: item.documentId });
    expect([after.department, after.scopeDepartment]).toEqual([null, null]);
    const wrongDisconnect = await api.update(item.documentId, {
      department: { disconnect: [{ documentId: deptA.documentId }] },
    });
    expect(wrongDisconnect.status).toBe(400);
  });
});
