/**
 * 清理批次 (cleanup batch): a decision that lists documents and, for each, one outcome (继续有效、宣布失效、
 * 废止、修改). planBatch checks the whole batch and returns either every change to write — one
 * validity-change per listed document, citing the batch, applied by the Strapi side in one transaction —
 * or every bad row, so an editor fixes the batch in one pass.
 *
 * A `continue` row also writes a change, from 'effective' to 'effective' with reason 继续有效: the public
 * history then shows that the document was reviewed and kept, which is what cleanup results must state.
 */
import {
  BATCH_OUTCOMES,
  VALIDITY,
  isBatchOutcomeKey,
  BATCH_OUTCOME_KEYS,
  type BatchOutcomeKey,
} from '../data/validity';
import { isIsoDate, type IsoDate } from './dates';
import {
  transitionRefusal,
  validityProblems,
  type NormativeDocumentState,
  type ValidityChange,
} from './validity';

export interface CleanupBatchRow {
  /** documentId of the 规范性文件 */
  document: string;
  outcome: BatchOutcomeKey;
  note?: string | null;
  /** For `amend`: the amending document, when not already set on the document. */
  replacedBy?: string | null;
}

export interface CleanupBatch {
  title: string;
  /** 发文字号 of the cleanup decision, e.g. 道政发〔2026〕3号 */
  decisionNumber: string;
  /** 决定日期: the date the outcomes take effect; defaults to `today`. */
  decidedAt?: string | null;
  rows: readonly CleanupBatchRow[];
}

export interface BatchRowError {
  /** 1-based row of the batch; 0 for a problem of the batch itself (decidedAt, empty rows). */
  row: number;
  documentId: string | null;
  field: string;
  message: string;
}

export type BatchPlan = { ok: true; changes: ValidityChange[] } | { ok: false; errors: BatchRowError[] };

export type DocumentsById =
  | ReadonlyMap<string, NormativeDocumentState>
  | Readonly<Record<string, NormativeDocumentState>>;

/** How a batch is cited in each change: 《title》（decisionNumber）. */
export function batchBasis(batch: Pick<CleanupBatch, 'title' | 'decisionNumber'>): string {
  const title = batch.title.trim();
  const quoted = title.startsWith('《') ? title : `《${title}》`;
  return `${quoted}（${batch.decisionNumber.trim()}）`;
}

function lookup(documents: DocumentsById, id: string): NormativeDocumentState | undefined {
  if (documents instanceof Map) return documents.get(id);
  return Object.prototype.hasOwnProperty.call(documents, id)
    ? (documents as Record<string, NormativeDocumentState>)[id]
    : undefined;
}

export function planBatch(batch: CleanupBatch, documentsById: DocumentsById, today: IsoDate): BatchPlan {
  if (!isIsoDate(today)) throw new RangeError(`planBatch: today must be YYYY-MM-DD, got ${String(today)}`);
  const errors: BatchRowError[] = [];
  const fail = (row: number, documentId: string | null, field: string, text: string) =>
    errors.push({ row, documentId, field, message: `${field}: ${text}` });

  let effectiveDate = today;
  if (batch.decidedAt != null && batch.decidedAt !== '') {
    if (!isIsoDate(batch.decidedAt))
      fail(0, null, 'decidedAt', `决定日期应为 YYYY-MM-DD，收到 “${batch.decidedAt}”`);
    else if (batch.decidedAt > today)
      fail(0, null, 'decidedAt', `决定日期 ${batch.decidedAt} 晚于今天，不能提前执行`);
    else effectiveDate = batch.decidedAt;
  }
  if (batch.rows.length === 0) fail(0, null, 'rows', '清理批次至少应包含一个文件');

  const basis = batchBasis(batch);
  const firstRowOf = new Map<string, number>();
  const changes: ValidityChange[] = [];

  batch.rows.forEach((entry, index) => {
    const row = index + 1;
    const documentId = typeof entry.document === 'string' ? entry.document.trim() : '';
    const errorsBefore = errors.length;

    if (!documentId) {
      fail(row, null, 'document', '必须选择文件');
    } else if (firstRowOf.has(documentId)) {
      fail(
        row,
        documentId,
        'document',
        `文件 ${documentId} 在本批次中重复（已在第 ${firstRowOf.get(documentId)} 行）`,
      );
    } else {
      firstRowOf.set(documentId, row);
    }
    const doc = documentId ? lookup(documentsById, documentId) : undefined;
    if (documentId && !doc) fail(row, documentId, 'document', `文件 ${documentId} 不存在`);

    if (!isBatchOutcomeKey(entry.outcome)) {
      fail(
        row,
        documentId || null,
        'outcome',
        `未知的清理结果 “${String(entry.outcome)}”，应为 ${BATCH_OUTCOME_KEYS.join('、')}`,
      );
      return;
    }
    if (!doc) return;

    const outcome = BATCH_OUTCOMES[entry.outcome];
    const replacedBy = entry.replacedBy?.trim() || doc.replacedBy?.trim() || null;
    if (entry.outcome === 'continue' && doc.validity !== 'effective') {
      fail(
        row,
        documentId,
        'outcome',
        `文件当前为“${VALIDITY[doc.validity]?.['zh-Hans'] ?? doc.validity}”，不能标注为继续有效`,
      );
    } else if (entry.outcome !== 'continue' && doc.validity === outcome.to) {
      // Re-marking a final document (expire an expired one) is a change the batch must not record.
      fail(row, documentId, 'outcome', transitionRefusal(doc.validity, outcome.to));
    } else {
      for (const p of validityProblems(doc.validity, outcome.to, {
        validUntil: doc.validUntil,
        replacedBy,
        today,
      })) {
        fail(row, documentId, p.field === 'validity' ? 'outcome' : p.field, p.text);
      }
    }
    if (entry.outcome === 'amend' && replacedBy === documentId) {
      fail(row, documentId, 'replacedBy', '修改后的文件不能是文件自身');
    }
    if (errors.length > errorsBefore) return;

    changes.push({
      documentId,
      from: doc.validity,
      to: outcome.to,
      reason: outcome['zh-Hans'],
      basis,
      note: entry.note?.trim() || null,
      effectiveDate,
      replacedBy: entry.outcome === 'amend' ? replacedBy : null,
      automatic: false,
    });
  });

  return errors.length > 0 ? { ok: false, errors } : { ok: true, changes };
}
