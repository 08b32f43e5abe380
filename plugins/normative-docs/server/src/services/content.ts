import type { Core } from '@strapi/strapi';
import { BATCH_OUTCOMES, VALIDITY, type BatchOutcomeKey } from '../data/validity';
import { getService } from '../utils/get-service';
import { SOURCE_LOCALE, UID } from '../utils/plugin-id';
import { publicChange } from './validity';

/** Never served publicly: 不予公开 items (drafts are excluded by status: 'published'). */
const PUBLICLY_OPEN = { disclosure: { openness: { $ne: 'not-open' } } };

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

/** Public reads: published only, 不予公开 excluded, every document with its ready validityBadge. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const validity = () => getService(strapi, 'validity');

  /** Adds validityBadge (and history when asked) to documents straight from the document service. */
  const decorate = async (docs: any[], withHistory: boolean) => {
    const last = await validity().latest(docs.map((d) => d.documentId));
    return Promise.all(
      docs.map(async (d) => ({
        ...d,
        replacedBy: linked(d.replacedBy),
        replaces: (d.replaces ?? []).map(linked),
        validityBadge: validity().badge(d, last.get(d.documentId)),
        ...(withHistory ? { history: (await validity().history(d.documentId)).map(publicChange) } : {}),
      })),
    );
  };

  return {
    async documents(query: DocumentListQuery) {
      const { page = 1, pageSize = 10, locale = SOURCE_LOCALE } = query;
      const filters: Record<string, unknown>[] = [PUBLICLY_OPEN];
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
      const params = { locale, status: 'published', filters: { $and: filters } } as any;
      const [data, total] = await Promise.all([
        strapi.documents(UID.document).findMany({
          ...params,
          populate: DOCUMENT_POPULATE,
          sort: [{ publishedAt: 'desc' }, { id: 'desc' }],
          start: (page - 1) * pageSize,
          limit: pageSize,
        }),
        strapi.documents(UID.document).count(params),
      ]);
      return {
        data: await decorate(data as any[], Boolean(query.populate)),
        pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total },
      };
    },

    async document(documentId: string, { locale = SOURCE_LOCALE, populate = false } = {}) {
      const doc = await strapi.documents(UID.document).findFirst({
        locale,
        status: 'published',
        filters: { $and: [{ documentId }, PUBLICLY_OPEN] },
        populate: DOCUMENT_POPULATE,
      } as any);
      return doc ? (await decorate([doc], populate))[0] : null;
    },

    async batches({ page = 1, pageSize = 10 }: { page?: number; pageSize?: number }) {
      const params = { status: 'published' } as any;
      const [data, total] = await Promise.all([
        strapi.documents(UID.batch).findMany({
          ...params,
          populate: this.batchPopulate(),
          sort: [{ decidedAt: 'desc' }, { id: 'desc' }],
          start: (page - 1) * pageSize,
          limit: pageSize,
        }),
        strapi.documents(UID.batch).count(params),
      ]);
      return {
        data: (data as any[]).map((b) => this.publicBatch(b)),
        pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total },
      };
    },

    async batch(documentId: string) {
      const b = await strapi.documents(UID.batch).findOne({
        documentId,
        status: 'published',
        populate: this.batchPopulate(),
      } as any);
      return b ? this.publicBatch(b) : null;
    },

    batchPopulate() {
      const doc = {
        fields: ['title', 'validity'],
        populate: { disclosure: { fields: ['documentNumber', 'openness'] } },
      };
      return {
        rows: { populate: { document: doc, replacedBy: doc } },
        decisionDocument: doc,
        decisionArticle: {
          fields: ['title'],
          populate: { disclosure: { fields: ['documentNumber', 'openness'] } },
        },
      };
    },

    /** A published batch as the 清理结果 page shows it (不予公开 documents are not named). */
    publicBatch(b: any) {
      const open = (d: any) => (d && d.disclosure?.openness !== 'not-open' ? d : null);
      const ref = (d: any) =>
        open(d)
          ? {
              documentId: d.documentId,
              title: d.title,
              documentNumber: d.disclosure?.documentNumber ?? null,
              ...(d.validity
                ? {
                    validity: d.validity,
                    validityLabel: VALIDITY[d.validity as keyof typeof VALIDITY]?.label,
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
            outcomeLabel: outcome?.label ?? r.outcome,
            outcomeLabelHant: outcome?.labelHant ?? r.outcome,
            note: r.note ?? null,
            replacedBy: ref(r.replacedBy),
          };
        }),
      };
    },

    labels() {
      return { validity: VALIDITY, outcomes: BATCH_OUTCOMES };
    },
  };
};
