import type { Core } from '@strapi/strapi';
import { BATCH_OUTCOMES, VALIDITY, type BatchOutcomeKey } from '../data/validity';
import { labelGroups } from '@gov-portal/kit';
import { getService, govCore } from '../utils/get-service';
import { SOURCE_LOCALE, UID } from '../utils/plugin-id';
import { publicChange } from './validity';

const LINKED = { fields: ['title', 'validity'], populate: { disclosure: { fields: ['documentNumber'] } } };

export const DOCUMENT_POPULATE = {
  column: { fields: ['name', 'slug'] },
  department: { fields: ['name', 'shortName', 'code'] },
  disclosure: { populate: { publisher: { fields: ['name', 'code', 'organizationCode'] } } },
  attachments: true,
  replacedBy: LINKED,
  replaces: LINKED,
};

const linked = (d: any) =>
  d
    ? {
        documentId: d.documentId,
        title: d.title,
        documentNumber: d.disclosure?.documentNumber ?? null,
        validity: d.validity,
      }
    : null;

export interface DocumentListQuery {
  validity?: string;
  department?: string;
  column?: string;
  topic?: string;
  year?: number;
  q?: string;
  locale?: string;
  page?: number;
  pageSize?: number;
  populate?: boolean;
}

/**
 * Public reads through gov-core's public-read path (published only, 不予公开 excluded at every depth), every
 * document with its ready validityBadge.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const validity = () => getService(strapi, 'validity');
  const publicRead = () => govCore(strapi, 'public-read');

  /** History entries name other documents by documentId (a batch, the amending document): public ones only. */
  const publicHistory = async (documentId: string) => {
    const changes = await validity().history(documentId);
    const [documents, batches] = await Promise.all([
      publicRead().publicDocumentIds(
        UID.document,
        changes.map((c) => c.replacedBy).filter((id): id is string => Boolean(id)),
      ),
      publicRead().publicDocumentIds(
        UID.batch,
        changes.map((c) => c.batch).filter((id): id is string => Boolean(id)),
      ),
    ]);
    return changes.map((c) => ({
      ...publicChange(c),
      replacedBy: c.replacedBy && documents.has(c.replacedBy) ? c.replacedBy : null,
      batch: c.batch && batches.has(c.batch) ? c.batch : null,
    }));
  };

  /** Adds validityBadge (and history when asked) to documents already pruned by the public-read path. */
  const decorate = async (docs: any[], withHistory: boolean) => {
    const last = await validity().latest(docs.map((d) => d.documentId));
    return Promise.all(
      docs.map(async (d) => ({
        ...d,
        replacedBy: linked(d.replacedBy),
        replaces: (d.replaces ?? []).map(linked),
        validityBadge: validity().badge(d, last.get(d.documentId)),
        ...(withHistory ? { history: await publicHistory(d.documentId) } : {}),
      })),
    );
  };

  return {
    async documents(query: DocumentListQuery) {
      const { page = 1, pageSize = 10, locale = SOURCE_LOCALE } = query;
      const filters: Record<string, unknown>[] = [];
      if (query.validity) filters.push({ validity: query.validity });
      if (query.department) filters.push({ department: { code: query.department } });
      if (query.column) filters.push({ column: { slug: query.column } });
      if (query.topic) filters.push({ disclosure: { topic: query.topic } });
      if (query.year) {
        // The year of the document: its 成文日期, else its 发布日期.
        const inYear = { $gte: `${query.year}-01-01`, $lte: `${query.year}-12-31` };
        filters.push({
          $or: [
            { disclosure: { writtenAt: inYear } },
            {
              $and: [{ disclosure: { writtenAt: { $null: true } } }, { disclosure: { publishDate: inYear } }],
            },
          ],
        });
      }
      if (query.q) {
        filters.push({
          $or: [
            { title: { $containsi: query.q } },
            { disclosure: { documentNumber: { $containsi: query.q } } },
          ],
        });
      }
      const params = { locale, filters: { $and: filters } };
      const [data, total] = await Promise.all([
        publicRead().findMany(UID.document, {
          ...params,
          populate: DOCUMENT_POPULATE,
          sort: [{ publishedAt: 'desc' }, { id: 'desc' }],
          start: (page - 1) * pageSize,
          limit: pageSize,
        }),
        publicRead().count(UID.document, params),
      ]);
      return {
        data: await decorate(
          (await publicRead().output(UID.document, data, { locale })) ?? [],
          Boolean(query.populate),
        ),
        pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total },
      };
    },

    async document(documentId: string, { locale = SOURCE_LOCALE, populate = false } = {}) {
      const doc = await publicRead().output(
        UID.document,
        await publicRead().findFirst(UID.document, {
          locale,
          filters: { documentId },
          populate: DOCUMENT_POPULATE,
        }),
        { locale },
      );
      return doc ? (await decorate([doc], populate))[0] : null;
    },

    async batches({ page = 1, pageSize = 10 }: { page?: number; pageSize?: number }) {
      const [data, total] = await Promise.all([
        publicRead().findMany(UID.batch, {
          populate: this.batchPopulate(),
          sort: [{ decidedAt: 'desc' }, { id: 'desc' }],
          start: (page - 1) * pageSize,
          limit: pageSize,
        }),
        publicRead().count(UID.batch),
      ]);
      return {
        data: ((await publicRead().prune(UID.batch, data)) as any[]).map((b) => this.publicBatch(b)),
        pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total },
      };
    },

    async batch(documentId: string) {
      const b = await publicRead().prune(
        UID.batch,
        await publicRead().findFirst(UID.batch, { filters: { documentId }, populate: this.batchPopulate() }),
      );
      return b ? this.publicBatch(b) : null;
    },

    batchPopulate() {
      const doc = {
        fields: ['title', 'validity'],
        populate: { disclosure: { fields: ['documentNumber'] } },
      };
      return {
        rows: { populate: { document: doc, replacedBy: doc } },
        decisionDocument: doc,
        decisionArticle: { fields: ['title'], populate: { disclosure: { fields: ['documentNumber'] } } },
      };
    },

    /** A published batch, pruned by the public-read path, as the 清理结果 page shows it. */
    publicBatch(b: any) {
      const ref = (d: any) =>
        d
          ? {
              documentId: d.documentId,
              title: d.title,
              documentNumber: d.disclosure?.documentNumber ?? null,
              ...(d.validity
                ? {
                    validity: d.validity,
                    validityLabel: VALIDITY[d.validity as keyof typeof VALIDITY]?.['zh-Hans'],
                  }
                : {}),
            }
          : null;
      return {
        documentId: b.documentId,
        title: b.title,
        decisionNumber: b.decisionNumber,
        decidedAt: b.decidedAt,
        description: b.description ?? null,
        applied: Boolean(b.appliedAt),
        appliedAt: b.appliedAt ?? null,
        decisionDocument: ref(b.decisionDocument),
        decisionArticle: ref(b.decisionArticle),
        publishedAt: b.publishedAt,
        rows: (b.rows ?? []).map((r: any) => {
          const outcome = BATCH_OUTCOMES[r.outcome as BatchOutcomeKey];
          return {
            document: ref(r.document),
            outcome: r.outcome,
            outcomeLabel: outcome?.['zh-Hans'] ?? r.outcome,
            outcomeLabelHant: outcome?.['zh-Hant'] ?? r.outcome,
            note: r.note ?? null,
            replacedBy: ref(r.replacedBy),
          };
        }),
      };
    },

    labels() {
      return labelGroups({ validity: VALIDITY, outcomes: BATCH_OUTCOMES });
    },
  };
};
