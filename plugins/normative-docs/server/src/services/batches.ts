import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  batchRowSchema,
  planBatch,
  todayInShanghai,
  toFieldErrors,
  type BatchRowError,
  type CleanupBatchRow,
  type ValidityChange,
} from '../domain';
import type { Actor } from 'strapi-plugin-gov-core/types';
import { ConflictError, fieldErrors } from '@gov-portal/kit';
import { getService, govCore } from '../utils/get-service';
import { UID } from '../utils/plugin-id';

type StoredRow = {
  id: number;
  outcome: string;
  note: string | null;
  document?: { documentId: string } | null;
  replacedBy?: { documentId: string } | null;
};

export type StoredBatch = {
  id: number;
  documentId: string;
  title: string;
  decisionNumber: string;
  decidedAt: string | null;
  appliedAt: string | null;
  appliedBy: string | null;
  publishedAt: string | null;
  rows: StoredRow[];
};

const ROWS_POPULATE = {
  rows: { populate: { document: { select: ['documentId'] }, replacedBy: { select: ['documentId'] } } },
};

/** A stored row in the shape of the domain (documentIds instead of relations). */
export const plainRow = (r: StoredRow): CleanupBatchRow => ({
  document: r.document?.documentId ?? '',
  outcome: r.outcome as CleanupBatchRow['outcome'],
  note: r.note,
  replacedBy: r.replacedBy?.documentId ?? null,
});

const rowError = (e: BatchRowError) => ({
  field: e.row > 0 ? `rows.${e.row - 1}.${e.field}` : e.field,
  message: e.row > 0 ? `第 ${e.row} 行：${e.message}` : e.message,
  rule: 'batch',
});

/** 清理批次: checking and applying (one transaction, all or nothing, once). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The batch as stored: its draft (what the content manager shows), else its published version. */
  async load(documentId: string): Promise<StoredBatch | null> {
    const rows: StoredBatch[] = await strapi.db
      .query(UID.batch)
      .findMany({ where: { documentId }, populate: ROWS_POPULATE });
    return rows.find((r) => !r.publishedAt) ?? rows[0] ?? null;
  },

  /**
   * The caller may `action` the batch and every document its rows name (gov-core scoping: content-manager
   * permission and department scope), so a batch cannot read or change another department's documents.
   */
  async assertInScope(batch: StoredBatch, user: { id: number } | null, action: 'read' | 'update') {
    const scoping = govCore(strapi, 'scoping');
    await scoping.assertCanAccess(user, UID.batch, batch.documentId, action);
    const documents = new Set(
      (batch.rows ?? []).flatMap((r) => [r.document?.documentId, r.replacedBy?.documentId]),
    );
    for (const id of documents) if (id) await scoping.assertCanAccess(user, UID.document, id, action);
  },

  /** Every change the batch would make today, or every bad row (nothing is written). */
  async plan(batch: StoredBatch, now: Date) {
    const today = todayInShanghai(now);
    const rows = (batch.rows ?? []).map(plainRow);
    const shapeErrors = rows.flatMap((row, i) => {
      const parsed = batchRowSchema.safeParse(row);
      return parsed.success
        ? []
        : toFieldErrors(parsed.error).map((e) => ({
            row: i + 1,
            documentId: row.document || null,
            field: e.field,
            message: e.message,
          }));
    });
    const validity = getService(strapi, 'validity');
    const states = await validity.states(rows.flatMap((r) => [r.document, r.replacedBy ?? '']));
    const plan = planBatch(
      { title: batch.title, decisionNumber: batch.decisionNumber, decidedAt: batch.decidedAt, rows },
      states,
      today,
    );
    const errorsFound: BatchRowError[] = [...shapeErrors, ...(plan.ok ? [] : plan.errors)];
    rows.forEach((row, i) => {
      if (row.outcome === 'amend' && row.replacedBy && !states.has(row.replacedBy)) {
        errorsFound.push({
          row: i + 1,
          documentId: row.document,
          field: 'replacedBy',
          message: `replacedBy: 修改后的文件 ${row.replacedBy} 不存在`,
        });
      }
    });
    const unique = new Map(errorsFound.map((e) => [`${e.row}|${e.field}|${e.message}`, e]));
    const sorted = [...unique.values()].sort((a, b) => a.row - b.row);
    return sorted.length
      ? { ok: false as const, errors: sorted, today }
      : { ok: true as const, changes: (plan as { changes: ValidityChange[] }).changes, states, today };
  },

  /**
   * Applies a batch: claims it (a conditional update, so a concurrent or repeated apply is a 409), checks
   * every row, then changes every listed document and writes one history entry per document citing the batch.
   * Any bad row throws a 400 listing all of them and the transaction rolls back: nothing changes.
   */
  async apply(documentId: string, actor: Actor | null, { now = new Date() }: { now?: Date } = {}) {
    return strapi.db.transaction(async () => {
      const exists = await strapi.db.query(UID.batch).findOne({ where: { documentId }, select: ['id'] });
      if (!exists) throw new errors.NotFoundError(`清理批次 ${documentId} 不存在`);
      await this.assertInScope((await this.load(documentId))!, actor, 'update');
      const { count } = await strapi.db.query(UID.batch).updateMany({
        where: { documentId, appliedAt: null },
        data: { appliedAt: now, appliedBy: actor?.email ?? 'system' },
      });
      if (!count) {
        const done = await this.load(documentId);
        throw new ConflictError(
          'batch',
          `清理批次“${done?.title ?? documentId}”已于 ${String(done?.appliedAt ?? '')} 执行，不能重复执行`,
        );
      }
      const batch = (await this.load(documentId))!;
      const plan = await this.plan(batch, now);
      if (!plan.ok) {
        throw fieldErrors(plan.errors.map(rowError), {
          details: {
            rows: plan.errors.map((e) => ({
              row: e.row,
              documentId: e.documentId,
              field: e.field,
              message: e.message,
            })),
          },
        });
      }
      const validity = getService(strapi, 'validity');
      for (const change of plan.changes) {
        await validity.execute(change, {
          decidedBy: 'batch',
          decisionDate: batch.decidedAt ?? plan.today,
          batch: documentId,
          actor,
          state: plan.states.get(change.documentId),
        });
      }
      await govCore(strapi, 'audit').write(
        {
          action: 'batch.apply',
          uid: UID.batch,
          documentId,
          locale: null,
          department: null,
          changes: [
            { field: 'appliedAt', from: null, to: now.toISOString() },
            { field: 'documents', from: null, to: plan.changes.length },
          ],
        },
        actor,
      );
      return {
        documentId,
        appliedAt: now.toISOString(),
        changes: plan.changes.map((c) => ({
          document: c.documentId,
          from: c.from,
          to: c.to,
          reason: c.reason,
          effectiveDate: c.effectiveDate,
        })),
      };
    });
  },
});
