import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createAdmin, type AdminSession } from '../helpers/admin';
import { govFixtures } from '../helpers/gov-fixtures';
import {
  columnSamples,
  itemsInTwoDepartments,
  pppProjectsFor,
  budgetReportsFor,
} from '../helpers/column-samples';
import {
  ADMIN_ROUTE_SCOPES,
  DOCUMENT_SCOPE_POLICY,
  SCOPED_ADMIN_PLUGINS,
  routeKey,
} from '../../plugins/gov-core/server/src/setup/admin-route-scope';

/**
 * Findings H2 and H6: the content-manager and i18n admin routes that name a document (by documentId, a list of
 * documentIds or a database row id) answered for other departments' drafts — i18n's non-localized fields (B's
 * not-open reason, attachments, localizations), bulkFindForValidation (an existence and sort oracle),
 * countManyEntriesDraftRelations and get-fill-from-locale (200 vs 404). Every such route carries gov-core's
 * document-scope policy: a 部门编辑 of A gets 403 for B's documents and for documents that do not exist, with no B
 * data; A's own documents and a webmaster's requests are answered as before.
 */

const ARTICLE = 'plugin::gov-core.article';
const STATION = 'plugin::environment.air-station';
const CMB = '/content-manager/collection-types';

let app: TestApp;
let fx: ReturnType<typeof govFixtures>;
let webmaster: AdminSession;
let editorA: AdminSession;
let reviewerA: AdminSession;
let uids: string[] = [];
const itemsA: Record<string, any> = {};
const itemsB: Record<string, any> = {};
let notOpenB: any;
const secrets: string[] = [];

const docs = (uid: string) => app.strapi.documents(uid as never) as any;
const rowId = async (uid: string, documentId: string) =>
  ((await app.strapi.db.query(uid as never).findOne({ where: { documentId } })) as any).id as number;
const expectNoLeak = (label: string, res: { text?: string }) => {
  const body = res.text ?? '';
  expect({ label, leaked: secrets.filter((s) => body.includes(s)) }).toEqual({ label, leaked: [] });
};
const expectRefused = (label: string, res: { status: number; text?: string; body?: any }) => {
  expect({ label, status: res.status }).toEqual({ label, status: 403 });
  expect(res.body?.error?.message).toMatch(/[\u4e00-\u9fff]/);
  expectNoLeak(label, res);
};

type Probe = (
  caller: AdminSession,
  uid: string,
  documentId: string,
) => Promise<{ status: number; text?: string; body?: any }>;

/**
 * One request per document-naming route of the table, aimed at (uid, documentId). `reads` are also sent for
 * A's own documents (expected < 400 as before); writes are only refused here (their in-scope paths are covered
 * by the governance and write-pipeline tests).
 */
const PROBES: Record<string, { probe: Probe; read?: true }> = {
  'content-manager relations.findAvailable': {
    read: true,
    probe: (c, uid, id) => c.get(`/content-manager/relations/${uid}/department?id=${id}`),
  },
  'content-manager relations.findExisting': {
    read: true,
    probe: (c, uid, id) => c.get(`/content-manager/relations/${uid}/${id}/department`),
  },
  'content-manager collection-types.clone': {
    probe: (c, uid, id) => c.post(`${CMB}/${uid}/clone/${id}`, {}),
  },
  'content-manager collection-types.autoClone': {
    probe: (c, uid, id) => c.post(`${CMB}/${uid}/auto-clone/${id}`, {}),
  },
  'content-manager collection-types.findOne': {
    read: true,
    probe: (c, uid, id) => c.get(`${CMB}/${uid}/${id}`),
  },
  'content-manager collection-types.update': {
    probe: (c, uid, id) => c.put(`${CMB}/${uid}/${id}`, { title: '越权修改' }),
  },
  'content-manager collection-types.delete': { probe: (c, uid, id) => c.del(`${CMB}/${uid}/${id}`) },
  'content-manager collection-types.publish': {
    probe: (c, uid, id) => c.post(`${CMB}/${uid}/${id}/actions/publish`, {}),
  },
  'content-manager collection-types.unpublish': {
    probe: (c, uid, id) => c.post(`${CMB}/${uid}/${id}/actions/unpublish`, {}),
  },
  'content-manager collection-types.discard': {
    probe: (c, uid, id) => c.post(`${CMB}/${uid}/${id}/actions/discard`, {}),
  },
  'content-manager collection-types.bulkDelete': {
    probe: (c, uid, id) => c.post(`${CMB}/${uid}/actions/bulkDelete`, { documentIds: [id] }),
  },
  'content-manager collection-types.bulkFindForValidation': {
    read: true,
    probe: (c, uid, id) =>
      c.post(`${CMB}/${uid}/actions/bulkFindForValidation`, { documentIds: [id], sort: 'updatedAt:asc' }),
  },
  'content-manager collection-types.bulkPublish': {
    probe: (c, uid, id) => c.post(`${CMB}/${uid}/actions/bulkPublish`, { documentIds: [id] }),
  },
  'content-manager collection-types.bulkUnpublish': {
    probe: (c, uid, id) => c.post(`${CMB}/${uid}/actions/bulkUnpublish`, { documentIds: [id] }),
  },
  'content-manager collection-types.countDraftRelations': {
    read: true,
    probe: (c, uid, id) => c.get(`${CMB}/${uid}/${id}/actions/countDraftRelations`),
  },
  'content-manager collection-types.countManyEntriesDraftRelations': {
    read: true,
    probe: (c, uid, id) =>
      c.get(`${CMB}/${uid}/actions/countManyEntriesDraftRelations?documentIds[0]=${id}&locale=zh-Hans`),
  },
  'content-manager preview.getPreviewUrl': {
    read: true,
    probe: (c, uid, id) =>
      c.get(`/content-manager/preview/url/${uid}?documentId=${id}&locale=zh-Hans&status=draft`),
  },
  'i18n content-types.getNonLocalizedAttributes': {
    read: true,
    probe: async (c, uid, id) =>
      c.post('/i18n/content-manager/actions/get-non-localized-fields', {
        model: uid,
        id: id === 'nosuchdocument000000000000' ? 999999 : await rowId(uid, id),
        locale: 'zh-Hans',
      }),
  },
  'i18n content-types.getFillFromLocaleData': {
    read: true,
    probe: (c, uid, id) =>
      c.get(
        `/i18n/content-manager/get-fill-from-locale/${uid}?documentId=${id}&sourceLocale=zh-Hans&targetLocale=zh-Hant&collectionType=collection-types`,
      ),
  },
  'i18n ai-localization-jobs.getJobForCollectionType': {
    read: true,
    probe: (c, uid, id) => c.get(`/i18n/ai-localization-jobs/collection-types/${uid}/${id}`),
  },
};

/** Document routes with no probe, and why. */
const NOT_PROBED: Record<string, string> = {
  'content-manager single-types.find': 'no registered column type is a single type',
  'content-manager single-types.createOrUpdate': 'no registered column type is a single type',
  'content-manager single-types.delete': 'no registered column type is a single type',
  'content-manager single-types.publish': 'no registered column type is a single type',
  'content-manager single-types.unpublish': 'no registered column type is a single type',
  'content-manager single-types.discard': 'no registered column type is a single type',
  'content-manager single-types.countDraftRelations': 'no registered column type is a single type',
  'i18n ai-localization-jobs.getJobForSingleType': 'no registered column type is a single type',
  'content-manager history-version.findMany': 'content history is an enterprise feature (not mounted)',
  'content-manager history-version.restoreVersion': 'content history is an enterprise feature (not mounted)',
};

/** Every admin route of the scoped plugins, as mounted. */
const mountedRoutes = () => {
  const out: { key: string; route: any }[] = [];
  for (const id of SCOPED_ADMIN_PLUGINS) {
    const routers = (app.strapi.plugin(id) as any).routes ?? {};
    for (const input of Array.isArray(routers)
      ? [{ type: 'admin', routes: routers }]
      : Object.values(routers)) {
      const router: any = typeof input === 'function' ? (input as any)({ strapi: app.strapi }) : input;
      if (router?.type !== 'admin') continue;
      for (const route of router.routes ?? []) out.push({ key: routeKey(id, route), route });
    }
  }
  return out;
};

beforeAll(async () => {
  app = await bootStrapi();
  fx = govFixtures(app);
  const deptA = await fx.department({ code: 'cm-a', name: '县发展和改革局' });
  const deptB = await fx.department({ code: 'cm-b', name: '县财政局' });
  const township = await fx.department({ code: 'cm-ta', name: '濂溪街道', kind: 'township' });
  const column = await fx.column({ slug: 'cm-column' });
  const station = await docs(STATION).create({
    data: {
      name: '甲监测站',
      code: 'cm-st-a',
      township: township.documentId,
      column: column.documentId,
      department: deptA.documentId,
    },
  });
  await fx.approveAndPublish(STATION, station.documentId);

  webmaster = await createAdmin(app, { roles: ['gov-webmaster'] });
  editorA = await createAdmin(app, { roles: ['gov-department-editor'] });
  await fx.membership(editorA.user, [deptA, township]);
  // A reviewer of A holds publish (scoped): the publish routes are refused by the scope, not by a missing grant.
  reviewerA = await createAdmin(app, { roles: ['gov-reviewer'] });
  await fx.membership(reviewerA.user, [deptA, township]);

  const pppProjects = await pppProjectsFor(app.strapi as any, [deptA, deptB], column);
  const budgetReports = await budgetReportsFor(app.strapi as any, [deptA, deptB], column);
  const samples = columnSamples(() => ({ column, station, township, pppProjects, budgetReports }));
  uids = await itemsInTwoDepartments(app.strapi as any, samples, deptA, deptB, { itemsA, itemsB, secrets });
  notOpenB = await docs(ARTICLE).create({
    data: {
      title: '乙部门不予公开的请示',
      column: column.documentId,
      department: deptB.documentId,
      disclosure: { openness: 'not-open', notOpenReason: '涉及国家秘密' },
    },
  });
  secrets.push('乙部门不予公开的请示', '涉及国家秘密', notOpenB.documentId);
}, 240_000);

afterAll(async () => {
  await app?.destroy();
});

describe('content-manager and i18n admin route inventory', () => {
  it('classifies every mounted content-manager and i18n admin route and puts the scope policy on it', () => {
    const mounted = mountedRoutes();
    expect(mounted.length).toBeGreaterThan(30);
    const unclassified = mounted.filter((r) => !ADMIN_ROUTE_SCOPES[r.key]).map((r) => r.key);
    expect(unclassified).toEqual([]);
    const unguarded = mounted
      .filter((r) => !(r.route.config?.policies ?? []).some((p: any) => p?.name === DOCUMENT_SCOPE_POLICY))
      .map((r) => r.key);
    expect(unguarded).toEqual([]);
  });

  it('has a probe (or a stated reason for none) for every route that names a document', () => {
    const documentRoutes = Object.entries(ADMIN_ROUTE_SCOPES)
      .filter(([, s]) => !('none' in s))
      .map(([k]) => k);
    expect([...documentRoutes].sort()).toEqual([...Object.keys(PROBES), ...Object.keys(NOT_PROBED)].sort());
    // The probed routes are mounted here; the others are not (enterprise features), or not reachable.
    const mounted = new Set(mountedRoutes().map((r) => r.key));
    for (const key of Object.keys(PROBES))
      expect({ key, mounted: mounted.has(key) }).toEqual({ key, mounted: true });
  });
});

describe('a 部门编辑 and a reviewer of A on the content-manager and i18n routes', () => {
  const outOfScope = () => [
    ...uids.map((uid) => ({ uid, documentId: itemsB[uid].documentId as string })),
    { uid: ARTICLE, documentId: notOpenB.documentId as string },
    { uid: ARTICLE, documentId: 'nosuchdocument000000000000' },
  ];

  it.each(Object.keys(PROBES))(
    '%s: B documents and nonexistent documents are 403 with no B data',
    async (key) => {
      for (const [who, caller] of [
        ['editor', editorA],
        ['reviewer', reviewerA],
      ] as const)
        for (const d of outOfScope())
          expectRefused(
            `${who} ${key} ${d.uid} ${d.documentId}`,
            await PROBES[key].probe(caller, d.uid, d.documentId),
          );
      // Nothing of B was changed.
      for (const uid of uids) {
        const rows = await app.strapi.db
          .query(uid as never)
          .findMany({ where: { documentId: itemsB[uid].documentId } });
        expect({ uid, rows: rows.length, published: rows.some((r: any) => r.publishedAt) }).toEqual({
          uid,
          rows: 1,
          published: false,
        });
      }
    },
  );

  it.each(Object.keys(PROBES).filter((k) => PROBES[k].read))(
    '%s: A documents are answered as before',
    async (key) => {
      for (const uid of uids) {
        const res = await PROBES[key].probe(editorA, uid, itemsA[uid].documentId);
        // Strapi's own answer: 200, or its 400/404 where the feature does not apply (a type that is not
        // localized, preview or AI jobs not configured) — never the scope's 403, never a 500.
        expect({ key, uid, status: res.status }).toEqual({
          key,
          uid,
          status: res.status < 300 || res.status === 400 || res.status === 404 ? res.status : 'not 403/5xx',
        });
        if (uid === ARTICLE && !/preview|ai-localization/.test(key))
          expect({ key, uid, status: res.status }).toEqual({ key, uid, status: 200 });
      }
    },
  );

  it('bulkFindForValidation with an own and a B document is refused as a whole (no sort oracle)', async () => {
    const res = await editorA.post(`${CMB}/${ARTICLE}/actions/bulkFindForValidation`, {
      documentIds: [itemsA[ARTICLE].documentId, itemsB[ARTICLE].documentId],
      sort: 'title:asc',
    });
    expectRefused('mixed bulkFindForValidation', res);
    const own = await editorA.post(`${CMB}/${ARTICLE}/actions/bulkFindForValidation`, {
      documentIds: [itemsA[ARTICLE].documentId],
    });
    expect(own.status).toBe(200);
    expect(own.body.results.map((r: any) => r.documentId)).toEqual([itemsA[ARTICLE].documentId]);
  });

  it('get-non-localized-fields with a malformed id is a 400 naming id', async () => {
    const res = await editorA.post('/i18n/content-manager/actions/get-non-localized-fields', {
      model: ARTICLE,
      id: { $gt: 0 },
      locale: 'zh-Hans',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path).toEqual(['id']);
  });

  it('bulk routes with documentIds that are not a list of documentIds are a 400 naming documentIds', async () => {
    const res = await editorA.post(`${CMB}/${ARTICLE}/actions/bulkFindForValidation`, {
      documentIds: [{ $ne: null }],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path).toEqual(['documentIds']);
  });
});

describe('a webmaster on the same routes', () => {
  it('still reads B documents: non-localized fields, bulk validation, draft relation counts, findOne', async () => {
    const id = await rowId(ARTICLE, notOpenB.documentId);
    const fields = await webmaster.post('/i18n/content-manager/actions/get-non-localized-fields', {
      model: ARTICLE,
      id,
      locale: 'zh-Hans',
    });
    expect(fields.status).toBe(200);
    for (const uid of uids) {
      const bulk = await webmaster.post(`${CMB}/${uid}/actions/bulkFindForValidation`, {
        documentIds: [itemsA[uid].documentId, itemsB[uid].documentId],
      });
      expect({ uid, status: bulk.status, n: bulk.body.results?.length }).toEqual({ uid, status: 200, n: 2 });
      const one = await webmaster.get(`${CMB}/${uid}/${itemsB[uid].documentId}`);
      expect({ uid, status: one.status }).toEqual({ uid, status: 200 });
      const count = await webmaster.get(
        `${CMB}/${uid}/actions/countManyEntriesDraftRelations?documentIds[0]=${itemsB[uid].documentId}&locale=zh-Hans`,
      );
      expect({ uid, status: count.status }).toEqual({ uid, status: 200 });
    }
    // A nonexistent document is still Strapi's own 404 for a caller who reaches every department.
    const missing = await webmaster.get(`${CMB}/${ARTICLE}/nosuchdocument000000000000`);
    expect(missing.status).toBe(404);
  });
});
