/**
 * Structured input errors. The Strapi controller turns an `InputError` into a 400 whose body lists
 * `{ field, message }`; messages are Chinese and start with the field's English name (project style).
 */
export interface FieldError {
  field: string;
  message: string;
}

export class InputError extends Error {
  readonly errors: readonly FieldError[];

  constructor(errors: readonly FieldError[]) {
    if (errors.length === 0) throw new RangeError('InputError needs at least one field error');
    super(errors.map((e) => e.message).join('; '));
    this.name = 'InputError';
    this.errors = errors;
  }

  /** The first offending field, for callers that report one error at a time. */
  get field(): string {
    return this.errors[0].field;
  }

  static of(field: string, rule: string): InputError {
    return new InputError([fieldError(field, rule)]);
  }
}

export function fieldError(field: string, rule: string): FieldError {
  return { field, message: `${field}: ${rule}` };
}
