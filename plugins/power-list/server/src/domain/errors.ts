/** A structured validation problem; the Strapi side turns it into a 400 `{ field, message }`. */
export interface FieldError {
  field: string;
  /** Chinese, prefixed with the field's English name: `basis: 取消职权必须填写取消依据`. */
  message: string;
}

export function fieldError(field: string, text: string): FieldError {
  return { field, message: `${field}: ${text}` };
}

/** Thrown for bad input; carries every problem found, the first one as its message. */
export class PowerListValidationError extends Error {
  readonly field: string;
  readonly errors: FieldError[];

  constructor(errors: FieldError[]) {
    if (errors.length === 0) throw new RangeError('PowerListValidationError needs at least one error');
    super(errors[0].message);
    this.name = 'PowerListValidationError';
    this.field = errors[0].field;
    this.errors = errors;
  }
}

export function failWith(field: string, text: string): never {
  throw new PowerListValidationError([fieldError(field, text)]);
}
