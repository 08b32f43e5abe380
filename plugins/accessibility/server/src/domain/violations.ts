import { RULES_BY_ID } from '../data/rules';
import type { RuleId, Severity } from '../data/rules';

/** One accessibility problem found in a field. */
export interface Violation {
  rule: RuleId;
  /** e.g. 'WCAG 2.1 1.1.1 (A) / GB/T 37668-2019 aligned-with' */
  criterion: string;
  severity: Severity;
  /** The field (attribute name) the problem is in, e.g. 'content'. */
  field: string;
  /** ≤ 120 characters of the offending markup or text. */
  excerpt: string;
  /** 问题名称 */
  title: string;
  /** 修改建议 (Chinese). */
  hint: string;
  /** Measured facts, e.g. '对比度 4.48:1，要求至少 4.5:1'. */
  detail?: string;
}

export function makeViolation(rule: RuleId, field: string, excerpt: string, detail?: string): Violation {
  const row = RULES_BY_ID[rule];
  const violation: Violation = {
    rule,
    criterion: row.criterion,
    severity: row.severity,
    field,
    excerpt,
    title: row.title,
    hint: row.hint,
  };
  if (detail !== undefined) violation.detail = detail;
  return violation;
}

/** Whether content with these violations may be published (no `error`). */
export function isPublishable(violations: readonly Violation[]): boolean {
  return !violations.some((v) => v.severity === 'error');
}

/** A structured error for the caller's 400 `{ field, message }` response. */
export interface ViolationError {
  field: string;
  rule: RuleId;
  message: string;
}

/** `content: 图片缺少替代文本（WCAG 2.1 1.1.1 (A) / …）：为图片填写 alt…` */
export function violationMessage(v: Violation): string {
  const detail = v.detail ? `（${v.detail}）` : '';
  return `${v.field}: ${v.title}${detail}：${v.hint} 依据 ${v.criterion}。位置：${v.excerpt}`;
}

/** The violations that block publishing, as `{ field, rule, message }` errors. */
export function blockingErrors(violations: readonly Violation[]): ViolationError[] {
  return violations
    .filter((v) => v.severity === 'error')
    .map((v) => ({ field: v.field, rule: v.rule, message: violationMessage(v) }));
}
