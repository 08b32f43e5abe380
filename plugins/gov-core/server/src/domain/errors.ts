/**
 * Structured validation failures shared by the domain functions.
 *
 * A failure names the API field, a stable machine-readable rule and a Chinese message that already starts
 * with the field name (`documentNumber: 发文字号…`), so a controller can answer 400 `{ field, message }`
 * and a document-service middleware can throw Strapi's `errors.ValidationError(message, { field, rule })`.
 */
export interface FieldError {
  field: string;
  rule: string;
  message: string;
}

export type Invalid = { ok: false } & FieldError;

/** Result of a `validate*` function. */
export type Validation = { ok: true } | Invalid;

/** Result of a `parse*` function. */
export type Parsed<T> = { ok: true; value: T } | Invalid;

export function invalid(field: string, rule: string, detail: string): Invalid {
  return { ok: false, field, rule, message: `${field}: ${detail}` };
}

/** A failure's message without its leading `field: `, for re-wording it under another field. */
export function detailOf(error: FieldError): string {
  const prefix = `${error.field}: `;
  return error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
}

/** Thrown by functions that build values (`formatIndexNumber`, `makeUscc` …) when given bad input. */
export class DomainValidationError extends Error implements FieldError {
  readonly field: string;
  readonly rule: string;

  constructor(error: FieldError) {
    super(error.message);
    this.name = 'DomainValidationError';
    this.field = error.field;
    this.rule = error.rule;
  }

  toJSON(): FieldError {
    return { field: this.field, rule: this.rule, message: this.message };
  }
}

export function fail(field: string, rule: string, detail: string): never {
  throw new DomainValidationError({ field, rule, message: `${field}: ${detail}` });
}

/** Throws a failure returned by a `validate*`/`parse*` function. */
export function raise(error: FieldError): never {
  throw new DomainValidationError({ field: error.field, rule: error.rule, message: error.message });
}

/** Unwraps a `Parsed<T>`, throwing its failure as a `DomainValidationError`. */
export function unwrap<T>(result: Parsed<T>): T {
  return result.ok ? result.value : raise(result);
}
