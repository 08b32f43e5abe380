/** A structured validation problem; the Strapi side turns it into a 400 `{ field, message }`. */
export interface FieldError {
  field: string;
  /** Chinese, prefixed with the field's English name: `validity: 不允许的状态变更 …`. */
  message: string;
}

export function fieldError(field: string, text: string): FieldError {
  return { field, message: `${field}: ${text}` };
}

/** Thrown by the `assert*` helpers; carries every problem found, the first one as its message. */
export class NormativeDocsValidationError extends Error {
  readonly field: string;
  readonly errors: FieldError[];

  constructor(errors: FieldError[]) {
    if (errors.length === 0) throw new RangeError('NormativeDocsValidationError needs at least one error');
    super(errors[0].message);
    this.name = 'NormativeDocsValidationError';
    this.field = errors[0].field;
    this.errors = errors;
  }
}
