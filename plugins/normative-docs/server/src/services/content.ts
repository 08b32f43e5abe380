import type { Core } from '@strapi/strapi';
import { BATCH_OUTCOMES, VALIDITY, type BatchOutcomeKey } from '../data/validity';
import { labelGroups } from '@gov-portal/kit';
import { govCore } from '../utils/get-service';
import { UID } from '../utils/plugin-id';

/**
 * Public reads through gov-core's public-read path (published only, 不予公开 excluded at every depth), every
 * document with its ready validityBadge.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const publicRead = () => govCore(strapi, 'public-read');

  return {
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
