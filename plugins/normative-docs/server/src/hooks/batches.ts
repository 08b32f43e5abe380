import type { Core } from '@strapi/strapi';
import { batchSchemas, toFieldErrors } from '../domain';
import { fieldErrors, problem, type FieldError } from '@gov-portal/kit';
import { getService } from '../utils/get-service';
import { UID } from '../utils/plugin-id';
import { documentIdAfter } from '../utils/relation-input';
import { plainRow, type StoredBatch } from '../services/batches';
import type { HookContext, Problem } from './documents';

type Doc = Record<string, any>;
const LOCKED = ['title', 'decisionNumber', 'decidedAt', 'rows'] as const;

/** A relation of an incoming row: what the write sets, else what the stored row (same component id) holds. */
const relationOf = (
  strapi: Core.Strapi,
  field: string,
  value: unknown,
  stored: { documentId: string } | null | undefined,
) => documentIdAfter(strapi, { target: UID.document, field, value, current: stored?.documentId ?? null });

/** Incoming rows as the domain sees them (documentIds), whatever relation shape the client sent. */
const plainRows = async (strapi: Core.Strapi, rows: unknown[], stored: StoredBatch | null) =>
  Promise.all(
    rows.map(async (raw, i) => {
      const r = (raw ?? {}) as Record<string, any>;
      const before = stored?.rows?.find((s) => r.id !== undefined && String(s.id) === String(r.id));
      return {
        document: (await relationOf(strapi, `rows.${i}.document`, r.document, before?.document)) ?? '',
        outcome: r.outcome !== undefined ? r.outcome : before?.outcome,
        note: r.note !== undefined ? r.note : (before?.note ?? null),
        replacedBy: await relationOf(strapi, `rows.${i}.replacedBy`, r.replacedBy, before?.replacedBy),
      };
    }),
  );

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * 清理批次 writes (content manager or document service), run by gov-core's write pipeline: fields and rows checked
 * with the zod schemas of domain/schemas.ts (400 naming `rows.<i>.<field>`); appliedAt/appliedBy belong to the
 * apply route (removed from the write); an applied batch is a record: its decision and rows cannot change (its
 * unchanged rows are not rewritten) and it cannot be deleted.
 */
export const batchHooks = (strapi: Core.Strapi) => ({
  async compute(_after: Doc, ctx: HookContext): Promise<Doc> {
    const data = ctx.data ?? {};
    const patch: Doc = { appliedAt: undefined, appliedBy: undefined };
    const stored = ctx.documentId ? await getService(strapi, 'batches').load(ctx.documentId) : null;
    const problems: FieldError[] = [];

    let rows: Awaited<ReturnType<typeof plainRows>> | undefined;
    if (data.rows !== undefined && data.rows !== null) {
      if (!Array.isArray(data.rows)) problems.push(problem('rows', 'invalid', 'rows 应为数组'));
      else rows = await plainRows(strapi, data.rows, stored);
    }
    const body: Record<string, unknown> = {};
    for (const key of ['title', 'decisionNumber', 'decidedAt', 'description'] as const) {
      if (data[key] !== undefined) body[key] = data[key];
    }
    if (rows) body.rows = rows;
    const schema = ctx.action === 'create' ? batchSchemas.create : batchSchemas.create.partial();
    const parsed = schema.safeParse(body);
    if (!parsed.success) problems.push(...toFieldErrors(parsed.error));
    rows?.forEach((row, i) => {
      const first = rows!.findIndex((r) => r.document && r.document === row.document);
      if (row.document && first !== i) {
        problems.push(problem(`rows.${i}.document`, 'invalid', `该文件已在第 ${first + 1} 行列出`));
      }
    });
    if (problems.length) throw fieldErrors(problems);
    const out = parsed.data as Record<string, unknown>;
    if (data.decisionNumber !== undefined) patch.decisionNumber = out.decisionNumber;
    if (data.title !== undefined) patch.title = out.title;

    if (stored?.appliedAt) {
      const before: Record<string, unknown> = {
        title: stored.title,
        decisionNumber: stored.decisionNumber,
        decidedAt: stored.decidedAt,
        rows: (stored.rows ?? []).map(plainRow).map((r) => ({ ...r, note: r.note ?? null })),
      };
      const after: Record<string, unknown> = {
        ...body,
        rows: rows?.map((r) => ({ ...r, note: r.note ?? null })),
      };
      const changed = LOCKED.filter((k) => after[k] !== undefined && !same(after[k], before[k]));
      if (changed.length) {
        throw fieldErrors(
          changed.map((k) => ({
            field: k,
            message: `${k}: 清理批次已执行（${String(stored.appliedAt)}），其决定和清理结果不能再修改`,
            rule: 'applied',
          })),
        );
      }
      patch.rows = undefined;
    }
    return patch;
  },

  async beforeDelete(_before: Doc | null, ctx: HookContext): Promise<Problem[]> {
    const stored = ctx.documentId ? await getService(strapi, 'batches').load(ctx.documentId) : null;
    if (!stored?.appliedAt) return [];
    return [
      {
        field: 'batch',
        message: `清理批次“${stored.title}”已执行，是有效性变更的依据，不能删除`,
        rule: 'applied',
      },
    ];
  },
});
