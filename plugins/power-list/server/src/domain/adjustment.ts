/**
 * 动态调整 (dynamic adjustment) of the 权力清单: 中办发〔2015〕21号 and the 道县 2017 政务公开要点 ask that
 * adjustments and changes of the lists be made public. Every publish that creates, cancels, delegates or
 * changes a tracked field (name, category, legalBasis, department, status) of a published item writes one
 * adjustment, computed against the previous published version; edits of other fields (undertaker,
 * subItems, serviceGuideUrl, responsibilities …) write none.
 */
import { CATEGORIES, type CategoryKey } from '../data/categories';
import {
  ITEM_STATUSES,
  TRACKED_FIELDS,
  TRACKED_FIELD_KEYS,
  type AdjustmentKindKey,
  type ItemStatusKey,
  type TrackedField,
} from '../data/labels';
import { fail } from '@gov-portal/kit/domain';
import { excerpt, richTextToPlainText, type RichText } from '@gov-portal/kit/domain';
import { normalizeLegalBasis } from './rich-text';

export interface DepartmentRef {
  documentId?: string | null;
  code?: string | null;
  name?: string | null;
}

/** The parts of a power item the adjustment rule reads; other fields may be present and are ignored. */
export interface PowerItemSnapshot {
  name: string;
  category: CategoryKey;
  legalBasis: RichText;
  /** A department entry, or a bare string (its code or name). */
  department: DepartmentRef | string | null;
  status: ItemStatusKey;
  [untracked: string]: unknown;
}

export interface AdjustmentChange {
  field: TrackedField;
  /** The field's zh-Hans label (职权名称 …). */
  label: string;
  /** Human-readable values; legalBasis as a plain-text excerpt. null = not set (or no previous version). */
  from: string | null;
  to: string | null;
}

export interface Adjustment {
  kind: AdjustmentKindKey;
  summary: AdjustmentChange[];
  basis: string | null;
  decidedAt: string | null;
}

export interface AdjustmentOptions {
  /** 调整依据, e.g. the decision that cancels the power. Required when the status becomes cancelled. */
  basis?: string | null;
  /** 决定日期 (YYYY-MM-DD). */
  decidedAt?: string | null;
  /**
   * `merged` (合并) cannot be inferred from one item's versions: the caller sets it when publishing the
   * item that results from a merger (and on the items absorbed, whose status becomes cancelled). A merged
   * adjustment is always written, even when no tracked field changed.
   */
  kind?: 'merged';
}

function departmentIdentity(
  a: DepartmentRef | string | null,
  b: DepartmentRef | string | null,
): [string, string] {
  const ref = (d: DepartmentRef | string | null): DepartmentRef =>
    typeof d === 'string' ? { code: d, name: d } : (d ?? {});
  const [x, y] = [ref(a), ref(b)];
  // Compare by the most stable identifier both sides carry: code, then documentId, then name.
  for (const key of ['code', 'documentId', 'name'] as const) {
    if (x[key]?.trim() && y[key]?.trim()) return [x[key]!.trim(), y[key]!.trim()];
  }
  const any = (d: DepartmentRef) => d.code?.trim() || d.documentId?.trim() || d.name?.trim() || '';
  return [any(x), any(y)];
}

function departmentLabel(d: DepartmentRef | string | null): string | null {
  if (d == null) return null;
  if (typeof d === 'string') return d.trim() || null;
  const name = d.name?.trim();
  const code = d.code?.trim();
  if (name && code) return `${name}（${code}）`;
  return name || code || d.documentId?.trim() || null;
}

const normalizeName = (name: string | null | undefined) => (name ?? '').replace(/[\s\u3000]+/g, ' ').trim();

interface FieldRule {
  same(a: PowerItemSnapshot, b: PowerItemSnapshot): boolean;
  show(item: PowerItemSnapshot): string | null;
}

const RULES: Readonly<Record<TrackedField, FieldRule>> = {
  name: {
    same: (a, b) => normalizeName(a.name) === normalizeName(b.name),
    show: (item) => normalizeName(item.name) || null,
  },
  category: {
    same: (a, b) => a.category === b.category,
    show: (item) => CATEGORIES[item.category]?.['zh-Hans'] ?? (item.category || null),
  },
  legalBasis: {
    same: (a, b) => normalizeLegalBasis(a.legalBasis) === normalizeLegalBasis(b.legalBasis),
    show: (item) => excerpt(richTextToPlainText(item.legalBasis).replace(/\n/g, ' '), 80) || null,
  },
  department: {
    same: (a, b) => {
      const [x, y] = departmentIdentity(a.department, b.department);
      return x === y;
    },
    show: (item) => departmentLabel(item.department),
  },
  status: {
    same: (a, b) => a.status === b.status,
    show: (item) => ITEM_STATUSES[item.status]?.['zh-Hans'] ?? (item.status || null),
  },
};

/** The tracked fields that differ, with human-readable old and new values. */
export function trackedChanges(
  previous: PowerItemSnapshot | null,
  next: PowerItemSnapshot,
): AdjustmentChange[] {
  return TRACKED_FIELD_KEYS.filter((field) => !previous || !RULES[field].same(previous, next)).map(
    (field) => ({
      field,
      label: TRACKED_FIELDS[field]['zh-Hans'],
      from: previous ? RULES[field].show(previous) : null,
      to: RULES[field].show(next),
    }),
  );
}

/**
 * The adjustment a publish writes, or null when no tracked field changed. Kind: `added` without a previous
 * published version; `cancelled` / `delegated` when the status becomes so; otherwise `modified`.
 * Throws DomainValidationError (field `basis`) when an item is cancelled without a basis.
 */
export function computeAdjustment(
  previousPublished: PowerItemSnapshot | null,
  next: PowerItemSnapshot,
  options: AdjustmentOptions = {},
): Adjustment | null {
  if (options.kind !== undefined && options.kind !== 'merged') {
    fail('kind', 'invalid', `调整类型只能由系统判定，调用方只可指定 merged，收到 “${String(options.kind)}”`);
  }
  const basis = options.basis?.trim() || null;
  const decidedAt = options.decidedAt?.trim() || null;
  if (decidedAt !== null && !/^\d{4}-\d{2}-\d{2}$/.test(decidedAt)) {
    fail('decidedAt', 'invalid', `决定日期应为 YYYY-MM-DD，收到 “${decidedAt}”`);
  }

  const summary = trackedChanges(previousPublished, next);
  const statusBecomes = (status: ItemStatusKey) =>
    previousPublished !== null && previousPublished.status !== status && next.status === status;

  if (statusBecomes('cancelled') && !basis) {
    fail('basis', 'invalid', '取消职权必须填写取消依据（如取消决定的文件名称和文号）');
  }

  let kind: AdjustmentKindKey;
  if (options.kind === 'merged') kind = 'merged';
  else if (previousPublished === null) kind = 'added';
  else if (summary.length === 0) return null;
  else if (statusBecomes('cancelled')) kind = 'cancelled';
  else if (statusBecomes('delegated')) kind = 'delegated';
  else kind = 'modified';

  return { kind, summary, basis, decidedAt };
}
