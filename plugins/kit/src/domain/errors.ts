/**
 * The one error vocabulary of the domain cores (no Strapi import: `domain/` code of every plugin uses it).
 *
 * A failure names the API field, a stable machine-readable rule and a Chinese message that already starts
 * with the field name (`documentNumber: 发文字号…`). The Strapi side (`fieldErrors` in the kit's root) turns
 * a list of them into a 400 `error.details.errors[{ path, message, rule }]`.
 */
export interface FieldError {
  field: string;
  rule: string;
  message: string;
}

/** The rule of a failure that has no more specific one (what every 400 said before rules were named). */
export const INVALID = 'invalid';

export type Invalid = { ok: false } & FieldError;

/** Result of a `validate*` function. */
export type Validation = { ok: true } | Invalid;

/** Result of a `parse*` function. */
export type Parsed<T> = { ok: true; value: T } | Invalid;

/** A failure of `field` under `rule`; `detail` is the Chinese text after `field: `. */
export function problem(field: string, rule: string, detail: string): FieldError {
  return { field, rule, message: `${field}: ${detail}` };
}

export function invalid(field: string, rule: string, detail: string): Invalid {
  return { ok: false, ...problem(field, rule, detail) };
}

/** A failure's message without its leading `field: `, for re-wording it under another field. */
export function detailOf(error: Pick<FieldError, 'field' | 'message'>): string {
  const prefix = `${error.field}: `;
  return error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
}

/**
 * Thrown by domain functions given bad input; carries every failure found (at least one). `field`, `rule`
 * and `toJSON()` speak of the first.
 */
export class DomainValidationError extends Error implements FieldError {
  readonly field: string;
  readonly rule: string;
  readonly errors: readonly FieldError[];

  constructor(errors: FieldError | readonly FieldError[]) {
    const list: readonly FieldError[] = Array.isArray(errors) ? errors : [errors as FieldError];
    if (list.length === 0) throw new RangeError('DomainValidationError needs at least one field error');
    super(list.map((e) => e.message).join('; '));
    this.name = 'DomainValidationError';
    this.field = list[0].field;
    this.rule = list[0].rule;
    this.errors = list.map(({ field, rule, message }) => ({ field, rule, message }));
  }

  /** One failure (`new DomainValidationError(problem(field, rule, detail))`). */
  static of(field: string, rule: string, detail: string): DomainValidationError {
    return new DomainValidationError(problem(field, rule, detail));
  }

  toJSON(): FieldError {
    return { field: this.field, rule: this.rule, message: this.message };
  }
}

export function isDomainValidationError(e: unknown): e is DomainValidationError {
  return e instanceof DomainValidationError;
}

export function fail(field: string, rule: string, detail: string): never {
  throw DomainValidationError.of(field, rule, detail);
}

/** Throws a failure returned by a `validate*`/`parse*` function. */
export function raise(error: FieldError): never {
  throw new DomainValidationError({ field: error.field, rule: error.rule, message: error.message });
}

/** Throws every failure of a non-empty list at once. */
export function raiseAll(errors: readonly FieldError[]): never {
  throw new DomainValidationError(errors);
}

/** Unwraps a `Parsed<T>`, throwing its failure as a `DomainValidationError`. */
export function unwrap<T>(result: Parsed<T>): T {
  return result.ok ? result.value : raise(result);
}
