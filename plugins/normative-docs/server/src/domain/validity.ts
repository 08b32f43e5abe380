/**
 * 规范性文件 validity rules: which status changes are allowed, automatic expiry, and the public badge.
 * The rules (see data/validity.ts for sources): only `effective → expired | repealed | amended`; the three
 * others are final; a document past its 有效期至 cannot be 有效; 已修改 must name the amending document.
 */
import {
  ALLOWED_VALIDITY_TRANSITIONS,
  VALIDITY,
  VALIDITY_KEYS,
  isValidityKey,
  type ValidityKey,
  type ValidityTone,
} from '../data/validity';
import { addDays, isIsoDate, toIsoDate, todayInShanghai, type IsoDate } from './dates';
import { DomainValidationError, problem, type FieldError } from '@gov-portal/kit/domain';

/** What the domain needs of a 规范性文件 (the Strapi side maps its entry onto this). */
export interface NormativeDocumentState {
  documentId: string;
  title?: string | null;
  documentNumber?: string | null;
  validity: ValidityKey;
  /** 施行日期 */
  effectiveFrom?: string | null;
  /** 有效期至: the last day the document is in force. */
  validUntil?: string | null;
  /** documentId of the document that amends this one (required once `amended`). */
  replacedBy?: string | null;
}

/** One entry of a document's validity history (the validity-change content type). */
export interface ValidityChange {
  documentId: string;
  from: ValidityKey;
  to: ValidityKey;
  /** Why, in words shown to the public: 宣布失效, 自动失效：有效期至 2026-11-26 届满 … */
  reason: string;
  /** The decision cited, e.g. 《道县人民政府关于……清理结果的决定》（道政发〔2026〕3号）; null for automatic expiry. */
  basis: string | null;
  note: string | null;
  /** The date the new status takes effect. */
  effectiveDate: IsoDate;
  replacedBy: string | null;
  automatic: boolean;
}

export interface ValidityChangeContext {
  validUntil?: string | null;
  replacedBy?: string | null;
  /** Today's date in Asia/Shanghai (see todayInShanghai). */
  today: IsoDate;
}

/** Rule violations before they are attached to a field; planBatch re-targets them at a row's `outcome`. */
export interface ValidityProblem {
  field: 'validity' | 'validUntil' | 'replacedBy';
  text: string;
}

const FINAL_LABELS = VALIDITY_KEYS.filter((k) => VALIDITY[k].final)
  .map((k) => VALIDITY[k]['zh-Hans'])
  .join('、');

export function transitionRefusal(from: ValidityKey, to: ValidityKey): string {
  return `不允许的状态变更 ${from} → ${to}（${FINAL_LABELS}为终态）`;
}

export function validityProblems(
  from: ValidityKey | null,
  to: unknown,
  { validUntil, replacedBy, today }: ValidityChangeContext,
): ValidityProblem[] {
  if (!isIsoDate(today)) throw new RangeError(`validity: today must be YYYY-MM-DD, got ${String(today)}`);
  if (!isValidityKey(to)) {
    return [
      { field: 'validity', text: `未知的有效性状态 “${String(to)}”，应为 ${VALIDITY_KEYS.join('、')}` },
    ];
  }
  const problems: ValidityProblem[] = [];
  if (from !== null && !isValidityKey(from)) {
    problems.push({ field: 'validity', text: `未知的原有效性状态 “${String(from)}”` });
  } else if (from !== null && from !== to && !ALLOWED_VALIDITY_TRANSITIONS[from].includes(to)) {
    problems.push({ field: 'validity', text: transitionRefusal(from, to) });
  }
  const until = validUntil == null || validUntil === '' ? null : toIsoDate(validUntil);
  if (validUntil != null && validUntil !== '' && until === null) {
    problems.push({ field: 'validUntil', text: `有效期至应为 YYYY-MM-DD 格式的日期，收到 “${validUntil}”` });
  }
  if (to === 'effective' && until !== null && until < today) {
    problems.push({ field: 'validity', text: `有效期至 ${until} 已届满，不能设为有效` });
  }
  if (to === 'amended' && !replacedBy?.trim()) {
    problems.push({ field: 'replacedBy', text: '标注为已修改时必须指明修改后的文件' });
  }
  return problems;
}

/**
 * Checks setting a document's validity from `from` (null for a new document, which may start in any
 * status, e.g. an old document entered as 失效) to `to`. `from === to` is no transition, but the status's
 * own conditions still hold (an effective document must not be past its 有效期至). Returns [] when allowed.
 */
export function validateValidityChange(
  from: ValidityKey | null,
  to: unknown,
  context: ValidityChangeContext,
): FieldError[] {
  return validityProblems(from, to, context).map((p) => problem(p.field, 'invalid', p.text));
}

/** validateValidityChange for a document service middleware: throws with every problem found. */
export function assertValidityChange(
  from: ValidityKey | null,
  to: unknown,
  context: ValidityChangeContext,
): void {
  const errors = validateValidityChange(from, to, context);
  if (errors.length > 0) throw new DomainValidationError(errors);
}

export function automaticExpiryReason(validUntil: IsoDate): string {
  return `自动失效：有效期至 ${validUntil} 届满`;
}

/**
 * Automatic expiry (the daily job): every `effective` document whose 有效期至 is before today in
 * Asia/Shanghai. The document stays 有效 through its 有效期至 day; the change takes effect the next day.
 * Documents whose validUntil is not a date are left alone (validateValidityChange refuses them on save).
 */
export function selectExpired(documents: Iterable<NormativeDocumentState>, now: Date): ValidityChange[] {
  const today = todayInShanghai(now);
  const changes: ValidityChange[] = [];
  for (const doc of documents) {
    if (doc.validity !== 'effective') continue;
    const until = toIsoDate(doc.validUntil);
    if (until === null || until >= today) continue;
    changes.push({
      documentId: doc.documentId,
      from: 'effective',
      to: 'expired',
      reason: automaticExpiryReason(until),
      basis: null,
      note: null,
      effectiveDate: addDays(until, 1),
      replacedBy: null,
      automatic: true,
    });
  }
  return changes;
}

export interface ValidityBadge {
  key: ValidityKey;
  label: string;
  labelHant: string;
  /** The date the current status took effect, or null when unknown. */
  since: IsoDate | null;
  note: string | null;
  tone: ValidityTone;
}

/** The part of a ValidityChange the badge reads (a stored history entry fits). */
export type ValidityChangeSummary = Pick<ValidityChange, 'from' | 'to' | 'reason' | 'basis' | 'note'> & {
  effectiveDate: string | null;
};

/**
 * The badge shown beside a document. `lastChange` is the newest history entry, if any. A `continue`
 * entry (effective → effective, written by a cleanup batch) does not move `since` — the document has been
 * in force since its 施行日期 — but is mentioned in the note (经清理继续有效).
 */
export function validityBadge(
  doc: Pick<NormativeDocumentState, 'validity' | 'effectiveFrom' | 'validUntil'>,
  lastChange?: ValidityChangeSummary | null,
): ValidityBadge {
  const def = VALIDITY[doc.validity];
  if (!def) throw new RangeError(`validity: 未知的有效性状态 “${String(doc.validity)}”`);
  const matching = lastChange && lastChange.to === doc.validity ? lastChange : null;
  const validUntil = toIsoDate(doc.validUntil);
  const notes: string[] = [];
  let since: IsoDate | null;

  if (doc.validity === 'effective') {
    since = toIsoDate(doc.effectiveFrom);
    if (validUntil) notes.push(`有效期至 ${validUntil}`);
    if (matching && matching.from === 'effective') {
      notes.push(`经清理继续有效${matching.basis ? `（${matching.basis}）` : ''}`);
      if (matching.note) notes.push(matching.note);
    }
  } else if (matching) {
    since = toIsoDate(matching.effectiveDate);
    notes.push(`${matching.reason}${matching.basis ? `（${matching.basis}）` : ''}`);
    if (matching.note) notes.push(matching.note);
  } else {
    // A final status without a history entry (entered that way): derive what we can.
    since = doc.validity === 'expired' && validUntil ? addDays(validUntil, 1) : null;
    if (doc.validity === 'expired' && validUntil) notes.push(`有效期至 ${validUntil} 届满`);
  }

  return {
    key: def.key,
    label: def['zh-Hans'],
    labelHant: def['zh-Hant'],
    since,
    note: notes.length > 0 ? notes.join('；') : null,
    tone: def.tone,
  };
}
