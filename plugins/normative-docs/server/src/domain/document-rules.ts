import { VALIDITY, type ValidityKey } from '../data/validity';
import { toIsoDate, type IsoDate } from './dates';
import { problem, type FieldError } from '@gov-portal/kit/domain';
import { validateValidityChange } from './validity';

const blank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

export const documentNumberRequired = (): FieldError =>
  problem('disclosure.documentNumber', 'invalid', '规范性文件必须填写发文字号（如 道政办发〔2026〕3号）');

/** A version of a normative document as the rules read it. */
export interface DocumentVersion {
  validity: ValidityKey;
  validUntil: string | null;
  effectiveFrom?: string | null;
  /** documentId of the 修改后文件. */
  replacedBy: string | null;
  documentNumber?: string | null;
}

/** A write as the rules read it: the draft after the write, and what the write named. */
export interface DocumentWrite {
  action: 'create' | 'update';
  documentId: string | null;
  /** The write sends the disclosure component (its 发文字号 is then required). */
  sendsDisclosure: boolean;
  after: DocumentVersion;
  /** The draft before the write (null: none). */
  draft: DocumentVersion | null;
  /** The validity in force: the published version's (null: never published). */
  published: ValidityKey | null;
  today: IsoDate;
  /** Problems of the 修改后文件 reference found by the caller (it names nothing, or a missing document). */
  relationProblems?: FieldError[];
}

/**
 * Every problem of a write of a 规范性文件: 发文字号 required; the 修改后文件 is not the document itself; a change
 * of validity (or of what it depends on: 有效期至, replacedBy) is checked against the validity in force, by the
 * transitions of validity.ts (a document never published may take any status); 有效期至 not before 施行日期.
 */
export const documentWriteProblems = (write: DocumentWrite): FieldError[] => {
  const { after, draft } = write;
  const problems: FieldError[] = [];
  if ((write.action === 'create' || write.sendsDisclosure) && blank(after.documentNumber)) {
    problems.push(documentNumberRequired());
  }
  problems.push(...(write.relationProblems ?? []));
  if (after.replacedBy && write.documentId && after.replacedBy === write.documentId) {
    problems.push(problem('replacedBy', 'invalid', '修改后的文件不能是文件自身'));
  }
  const changed =
    !draft ||
    after.validity !== draft.validity ||
    toIsoDate(after.validUntil) !== toIsoDate(draft.validUntil) ||
    after.replacedBy !== draft.replacedBy;
  if (changed) {
    problems.push(
      ...validateValidityChange(write.published, after.validity, {
        validUntil: after.validUntil,
        replacedBy: after.replacedBy,
        today: write.today,
      }),
    );
  }
  const from = toIsoDate(after.effectiveFrom ?? null);
  const until = toIsoDate(after.validUntil);
  if (from && until && until < from) {
    problems.push(problem('validUntil', 'invalid', `有效期至 ${until} 不能早于施行日期 ${from}`));
  }
  return problems;
};

/** Publishing: 发文字号 present, and the draft's validity a valid change from the validity in force. */
export const documentPublishProblems = (
  draft: DocumentVersion,
  published: ValidityKey | null,
  today: IsoDate,
): FieldError[] => {
  if (blank(draft.documentNumber)) return [documentNumberRequired()];
  return validateValidityChange(published, draft.validity, {
    validUntil: draft.validUntil,
    replacedBy: draft.replacedBy,
    today,
  });
};

/** Expired, repealed and amended documents stay published with their status: never silently withdrawn. */
export const documentUnpublishProblems = (published: ValidityKey | null): FieldError[] =>
  published && VALIDITY[published]?.final
    ? [
        problem(
          'validity',
          'invalid',
          `该文件已“${VALIDITY[published]['zh-Hans']}”，应继续公开并标明有效性，不能撤回发布`,
        ),
      ]
    : [];
