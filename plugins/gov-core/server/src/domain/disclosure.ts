import { validateDocumentNumber } from './document-number';
import type { FieldError } from './errors';

/** The 信息公开目录 metadata a write sends (component `gov-core.disclosure`). */
export interface DisclosureInput {
  indexNumber?: string | null;
  publishDate?: string | null;
  documentNumber?: string | null;
  openness?: string | null;
  notOpenReason?: string | null;
}

/** What is stored: the 索引号 and 发布日期 stamped at first publish, and the current metadata. */
export interface StoredDisclosure {
  indexNumber: string | null;
  publishDate: string | null;
  current: DisclosureInput | null;
}

const blank = (v: unknown) => v === null || v === undefined || v === '';

/**
 * Every problem of incoming disclosure metadata (`field` is the component attribute): 索引号 and 发布日期 belong
 * to the system (an echo of the stored value passes), 发文字号 must parse, 不予公开 needs its reason
 * (政府信息公开条例 第三十六条: a refusal states its reason).
 */
export const disclosureProblems = (
  field: string,
  incoming: DisclosureInput,
  stored: StoredDisclosure,
): FieldError[] => {
  const errors: FieldError[] = [];
  if (!blank(incoming.indexNumber) && incoming.indexNumber !== stored.indexNumber) {
    errors.push({
      field: `${field}.indexNumber`,
      message: '索引号由系统在首次发布时生成，不能设置或修改',
      rule: 'immutable',
    });
  }
  if (
    !blank(incoming.publishDate) &&
    String(incoming.publishDate).slice(0, 10) !== (stored.publishDate ?? null)
  ) {
    errors.push({
      field: `${field}.publishDate`,
      message:
        '发布日期由系统在首次发布时记录，不能填写或修改；如需更正，请网站管理员使用“更正发布日期”功能（留有记录）',
      rule: 'immutable',
    });
  }
  if (!blank(incoming.documentNumber)) {
    const check = validateDocumentNumber(incoming.documentNumber, { field: `${field}.documentNumber` });
    if (!check.ok) errors.push({ field: check.field, message: check.message, rule: check.rule });
  }
  const openness = incoming.openness ?? stored.current?.openness ?? 'proactive';
  const reason = 'notOpenReason' in incoming ? incoming.notOpenReason : stored.current?.notOpenReason;
  if (openness === 'not-open' && blank(typeof reason === 'string' ? reason.trim() : reason)) {
    errors.push({
      field: `${field}.notOpenReason`,
      message: '公开方式为“不予公开”时必须填写不予公开的理由',
      rule: 'required',
    });
  }
  return errors;
};
