import { problem, type FieldError } from '@gov-portal/kit/domain';
import { richTextToPlainText, type RichText } from '@gov-portal/kit/domain';

/** Labels of the fields an item must have (职权名称 …). */
export const REQUIRED_LABEL = {
  name: '职权名称',
  category: '职权类型',
  legalBasis: '设定依据',
  department: '实施主体',
} as const;

type Doc = Record<string, unknown>;

export const blank = (v: unknown) =>
  v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/**
 * The problems of an item write that need no database: required fields (on create, or when the write names
 * them), the 实施主体 on create, the 办事指南 link, no cancellation without a basis (动态调整 needs its 依据),
 * and a 职权编码 never cleared once given. `data` is what the write sends, `stored` the draft it starts from.
 */
export const itemWriteProblems = (
  action: 'create' | 'update',
  data: Doc,
  stored: Doc | null,
  department: string | null,
): FieldError[] => {
  const problems: FieldError[] = [];
  for (const field of ['name', 'category', 'legalBasis'] as const) {
    const given = field in data;
    const value =
      field === 'legalBasis' && given ? richTextToPlainText(data.legalBasis as RichText) : data[field];
    if ((action === 'create' || given) && blank(value)) {
      problems.push(problem(field, 'invalid', `${REQUIRED_LABEL[field]}不能为空`));
    }
  }
  if (action === 'create' && !department) {
    problems.push(problem('department', 'invalid', '必须选择实施主体（部门）'));
  }
  if (data.serviceGuideUrl && !/^https?:\/\/[^\s/]+\S*$/i.test(String(data.serviceGuideUrl))) {
    problems.push(
      problem('serviceGuideUrl', 'invalid', '办事指南链接须为 http:// 或 https:// 开头的完整地址'),
    );
  }
  const becomesCancelled = data.itemStatus === 'cancelled' && stored?.itemStatus !== 'cancelled';
  const basis = 'adjustmentBasis' in data ? data.adjustmentBasis : stored?.adjustmentBasis;
  if (becomesCancelled && blank(basis)) {
    problems.push(
      problem('adjustmentBasis', 'invalid', '取消职权必须填写调整依据（取消决定的文件名称和文号）'),
    );
  }
  const code = typeof data.code === 'string' ? data.code.trim() : data.code;
  if ('code' in data && action === 'update' && blank(code) && !blank(stored?.code)) {
    problems.push(problem('code', 'invalid', '职权编码不能清空'));
  }
  return problems;
};

/** What a published item must hold (the version the public list serves). */
export const itemPublishProblems = (draft: Doc): FieldError[] =>
  (['name', 'category', 'legalBasis', 'department'] as const)
    .filter((field) =>
      blank(field === 'legalBasis' ? richTextToPlainText(draft.legalBasis as RichText) : draft[field]),
    )
    .map((field) => problem(field, 'invalid', `发布前须填写${REQUIRED_LABEL[field]}`));
