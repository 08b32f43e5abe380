import type { Core } from '@strapi/strapi';
import type { SeedOutcome, SeedSet } from '../types';
import data from '../data/normative-docs/documents.json';

/**
 * normative-docs demo data of Dao County: 规范性文件 in every status, one cleanup batch (清理结果) applied over
 * them — 继续有效, 废止, 宣布失效, 修改 (the amended text being a newer document) — and one document whose
 * 有效期至 has passed, expired by the automatic job (the last set runs it). Everything goes through the
 * document service and the plugin's services, so validation, 保密审查, 索引号 and the history are real.
 */

const DOC = 'plugin::normative-docs.normative-document';
const BATCH = 'plugin::normative-docs.cleanup-batch';
const CHANGE = 'plugin::normative-docs.validity-change';
const COLUMN_SLUG = 'guifanxing-wenjian';

interface DocumentRecord {
  key: string;
  title: string;
  department: string;
  summary: string;
  body: string;
  registrationNumber?: string;
  effectiveFrom: string;
  validUntil?: string;
  validity: string;
  disclosure: {
    publisher: string;
    topic: string;
    documentNumber: string;
    writtenAt: string;
    openness: string;
  };
}
interface BatchRecord {
  title: string;
  decisionNumber: string;
  decidedAt: string;
  description: string;
  rows: { document: string; outcome: string; note?: string; replacedBy?: string }[];
}

const DOCUMENTS = data.documents as DocumentRecord[];
const BATCH_RECORD = data.batch as BatchRecord;
const NUMBERS = DOCUMENTS.map((d) => d.disclosure.documentNumber);

const enabled = (strapi: Core.Strapi) => Boolean(strapi.plugin('normative-docs'));
const docs = (strapi: Core.Strapi, uid: string) => strapi.documents(uid as never) as any;

const draftId = async (strapi: Core.Strapi, uid: string, where: Record<string, unknown>) =>
  (
    await strapi.db
      .query(uid as never)
      .findOne({ where: { ...where, publishedAt: null }, select: ['documentId'] })
  )?.documentId as string | undefined;

const required = async (strapi: Core.Strapi, uid: string, where: Record<string, unknown>, what: string) => {
  const id = await draftId(strapi, uid, where);
  if (!id) throw new Error(`${what} is missing (seeded by an earlier set?)`);
  return id;
};

const documentIdOf = (strapi: Core.Strapi, key: string) => {
  const record = DOCUMENTS.find((d) => d.key === key);
  if (!record) throw new Error(`no seeded 规范性文件 “${key}”`);
  return required(
    strapi,
    DOC,
    { disclosure: { documentNumber: record.disclosure.documentNumber } },
    record.disclosure.documentNumber,
  );
};

const isPublished = async (strapi: Core.Strapi, uid: string, documentId: string) =>
  (await strapi.db.query(uid as never).count({ where: { documentId, publishedAt: { $notNull: true } } })) > 0;

const publish = async (strapi: Core.Strapi, uid: string, documentId: string) => {
  const reviews = strapi.plugin('gov-core').service('reviews') as any;
  if (reviews?.isRequired?.(uid)) {
    await reviews.decide({ uid, documentId, decision: 'approve', comment: '演示数据（npm run seed）' }, null);
  }
  await docs(strapi, uid).publish({ documentId });
};

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

export const normativeDocumentsSet: SeedSet<DocumentRecord> = {
  name: 'normative-docs documents',
  records: (strapi) => (enabled(strapi) ? DOCUMENTS : []),
  label: (r) => `${r.disclosure.documentNumber} ${r.title}`,
  async apply(strapi, r): Promise<SeedOutcome> {
    const existing = await draftId(strapi, DOC, {
      disclosure: { documentNumber: r.disclosure.documentNumber },
    });
    if (existing) {
      if (await isPublished(strapi, DOC, existing)) return 'existing';
      await publish(strapi, DOC, existing);
      return 'updated';
    }
    const dept = (code: string) =>
      required(strapi, 'plugin::gov-core.department', { code }, `department “${code}”`);
    const { key: _key, department, disclosure, validUntil, ...fields } = r;
    // A document whose 有效期至 has already passed cannot be entered as 有效: it is entered as it was while in
    // force, and its 有效期至 recorded afterwards; the automatic-expiry set then marks it 失效, with history.
    const passed = Boolean(validUntil && validUntil < today() && r.validity === 'effective');
    const created = await docs(strapi, DOC).create({
      data: {
        ...fields,
        ...(validUntil && !passed ? { validUntil } : {}),
        column: await required(
          strapi,
          'plugin::gov-core.column',
          { slug: COLUMN_SLUG },
          `column “${COLUMN_SLUG}”`,
        ),
        department: await dept(department),
        disclosure: { ...disclosure, publisher: await dept(disclosure.publisher) },
      },
    });
    await publish(strapi, DOC, created.documentId);
    if (passed) {
      await strapi.db
        .query(DOC)
        .updateMany({ where: { documentId: created.documentId }, data: { validUntil } });
    }
    return 'created';
  },
  count: (strapi) =>
    enabled(strapi)
      ? docs(strapi, DOC).count({ filters: { disclosure: { documentNumber: { $in: NUMBERS } } } })
      : Promise.resolve(0),
  async reset(strapi) {
    if (!enabled(strapi)) return;
    const ids = await strapi.db
      .query(DOC)
      .findMany({ where: { disclosure: { documentNumber: { $in: NUMBERS } } }, select: ['documentId'] });
    const documentIds = [...new Set(ids.map((r: any) => r.documentId as string))];
    // Demo wipe (--reset): the append-only history of the demo documents goes with them.
    await strapi.db.query(CHANGE).deleteMany({ where: { document: { $in: documentIds } } });
    for (const documentId of documentIds) await docs(strapi, DOC).delete({ documentId, locale: '*' });
  },
};

export const normativeBatchSet: SeedSet<BatchRecord> = {
  name: 'normative-docs cleanup batch',
  records: (strapi) => (enabled(strapi) ? [BATCH_RECORD] : []),
  label: (r) => `${r.decisionNumber} ${r.title}`,
  async apply(strapi, r): Promise<SeedOutcome> {
    let outcome: SeedOutcome = 'existing';
    let documentId = await draftId(strapi, BATCH, { decisionNumber: r.decisionNumber });
    if (!documentId) {
      const rows = [];
      for (const row of r.rows) {
        rows.push({
          document: await documentIdOf(strapi, row.document),
          outcome: row.outcome,
          note: row.note ?? null,
          replacedBy: row.replacedBy ? await documentIdOf(strapi, row.replacedBy) : null,
        });
      }
      documentId = (await docs(strapi, BATCH).create({ data: { ...r, rows } })).documentId as string;
      outcome = 'created';
    }
    if (!(await isPublished(strapi, BATCH, documentId))) {
      await docs(strapi, BATCH).publish({ documentId });
      if (outcome === 'existing') outcome = 'updated';
    }
    const stored = await strapi.db.query(BATCH).findOne({ where: { documentId }, select: ['appliedAt'] });
    if (!stored?.appliedAt) {
      await strapi.plugin('normative-docs').service('batches').apply(documentId, null);
      if (outcome === 'existing') outcome = 'updated';
    }
    return outcome;
  },
  count: (strapi) =>
    enabled(strapi)
      ? docs(strapi, BATCH).count({ filters: { decisionNumber: BATCH_RECORD.decisionNumber } })
      : Promise.resolve(0),
  async reset(strapi) {
    if (!enabled(strapi)) return;
    // An applied batch is a record the plugin refuses to delete; the demo wipe removes it directly.
    const rows = await strapi.db
      .query(BATCH)
      .findMany({ where: { decisionNumber: BATCH_RECORD.decisionNumber } });
    for (const row of rows) await strapi.db.query(BATCH).delete({ where: { id: row.id } });
  },
};

/** Runs the automatic expiry once (the demo document whose 有效期至 has passed becomes 失效, with history). */
export const normativeExpirySet: SeedSet<string> = {
  name: 'normative-docs automatic expiry',
  records: (strapi) => (enabled(strapi) ? ['automatic expiry'] : []),
  label: (r) => r,
  async apply(strapi): Promise<SeedOutcome> {
    const result = await strapi.plugin('normative-docs').service('expiry').run({ now: new Date() });
    return result.expired.length ? 'updated' : 'existing';
  },
  count: (strapi) =>
    enabled(strapi)
      ? strapi.db.query(CHANGE).count({ where: { decidedBy: 'automatic' } })
      : Promise.resolve(0),
};

/** In load order: documents (after gov-core's departments and columns), the batch over them, then expiry. */
export const normativeDocsSets: SeedSet<any>[] = [
  normativeDocumentsSet,
  normativeBatchSet,
  normativeExpirySet,
];
