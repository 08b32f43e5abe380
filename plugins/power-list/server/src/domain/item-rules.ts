import { richTextToPlainText } from './rich-text';
import { fieldError, type FieldError } from './errors';

type Doc = Record<string, unknown>;

/** A problem with the rule it breaks (the write pipeline's shape). */
export type RuleError = FieldError & { rule: string };

const blank = (v: unknown) =>
  v === null ||
  v === undefined ||
  (typeof v === 'string' && v.trim() === '') ||
  (Array.isArray(v) && v.length === 0);

export const REQUIRED_LABEL: Record<'name' | 'category' | 'legalBasis' | 'department', string> = {
  name: '职权名称',
  category: '职权类型',
  legalBasis: '设定依据',
  department: '实施主体',
};

/** 办事指南 links are absolute http(s) addresses. */
export const SERVICE_GUIDE_URL = /^https?:\/\/[^\s/]+\S*$/i;

/**
 * The rules of a created 权力事项 as it will be stored: 职权名称、职权类型、设定依据 (as text) and 实施主体 are
 * required, the 办事指南 link is an http(s) address, and a cancelled item names its 调整依据.
 */
export const createdItemErrors = (after: Doc): RuleError[] => {
  const problems: RuleError[] = [];
  const fail = (field: string, rule: string, text: string) =>
    problems.push({ ...fieldError(field, text), rule });
  for (const field of ['name', 'category', 'legalBasis'] as const) {
    const value = field === 'legalBasis' ? richTextToPlainText(after.legalBasis as string) : after[field];
    if (blank(value)) fail(field, 'required', `${REQUIRED_LABEL[field]}不能为空`);
  }
  if (blank(after.department)) fail('department', 'required', '必须选择实施主体（部门）');
  if (after.serviceGuideUrl && !SERVICE_GUIDE_URL.test(String(after.serviceGuideUrl)))
    fail('serviceGuideUrl', 'url', '办事指南链接须为 http:// 或 https:// 开头的完整地址');
  if (after.itemStatus === 'cancelled' && blank(after.adjustmentBasis))
    fail('adjustmentBasis', 'required', '取消职权必须填写调整依据（取消决定的文件名称和文号）');
  return problems;
};
