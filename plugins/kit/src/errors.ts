import { errors } from '@strapi/utils';
import { DomainValidationError, INVALID, type FieldError } from './domain/errors';

/** What a 400 may be built from: a `FieldError` whose rule may be left to the default (`invalid`). */
export type FieldProblem = Omit<FieldError, 'rule'> & {
  rule?: string;
  /** More members of this field's entry in `error.details.errors` (an accessibility criterion, a hint …). */
  extra?: Record<string, unknown>;
};

/** One entry of `error.details.errors`, Strapi's shape (the admin highlights `path`). */
export interface ErrorDetail {
  path: string[];
  message: string;
  name: string;
  rule: string;
  [extra: string]: unknown;
}

export const errorDetail = (e: FieldProblem, name = 'ValidationError'): ErrorDetail => {
  const message = e.message.startsWith(`${e.field}:`) ? e.message : `${e.field}: ${e.message}`;
  return { path: e.field.split('.'), message, name, rule: e.rule ?? INVALID, ...e.extra };
};

export interface FieldErrorsOptions {
  /** The error's message; by default every field's message, joined. */
  message?: string;
  /** More members of `error.details` beside `errors`. */
  details?: Record<string, unknown>;
}

/** A 400 naming every bad field and its rule: `error.details.errors[{ path, message, rule }]`. */
export const fieldErrors = (list: readonly FieldProblem[], options: FieldErrorsOptions = {}) => {
  const details = list.map((e) => errorDetail(e));
  return new errors.ValidationError(options.message ?? details.map((d) => d.message).join('；'), {
    errors: details,
    ...options.details,
  });
};

/** A 400 naming one field and its rule. */
export const fieldError = (field: string, message: string, rule?: string) =>
  fieldErrors([{ field, message, rule }]);

/** The 400 of a domain failure. */
export const fromDomain = (e: FieldProblem | DomainValidationError) =>
  e instanceof DomainValidationError ? fieldErrors(e.errors) : fieldErrors([e]);

/**
 * A 409 (a second record where only one is allowed, a batch applied twice). Strapi maps every
 * `ApplicationError` to 400, so this is an http-errors `HttpError` (the abstract class cannot be
 * constructed, hence the prototype link below), which Strapi's error middleware answers with its status,
 * name, message and details.
 */
export class ConflictError extends Error {
  readonly status = 409;
  readonly statusCode = 409;
  readonly expose = true;
  readonly details: { errors: ErrorDetail[] };

  constructor(field: string, message: string, rule = 'conflict') {
    const d = errorDetail({ field, message, rule }, 'ConflictError');
    super(d.message);
    this.name = 'ConflictError';
    this.details = { errors: [d] };
  }
}
Object.setPrototypeOf(ConflictError.prototype, errors.HttpError.prototype);

export const conflict = (field: string, message: string, rule?: string) =>
  new ConflictError(field, message, rule);

/**
 * A 403 with its message kept: Strapi's route wrapper blanks a ForbiddenError's message to 'Forbidden', a
 * PolicyError keeps it.
 */
export const forbidden = (message: string) => new errors.PolicyError(message);

/**
 * Runs `fn`; a `DomainValidationError` becomes a 400 (its fields optionally prefixed, `results[0].`).
 * Works for synchronous and asynchronous `fn` alike.
 */
export function asValidation<T>(fn: () => Promise<T>, prefix?: string): Promise<T>;
export function asValidation<T>(fn: () => T, prefix?: string): T;
export function asValidation<T>(fn: () => T | Promise<T>, prefix = ''): T | Promise<T> {
  const convert = (e: unknown): never => {
    if (e instanceof DomainValidationError) {
      throw fieldErrors(
        e.errors.map((fe) =>
          prefix ? { field: `${prefix}${fe.field}`, rule: fe.rule, message: `${prefix}${fe.message}` } : fe,
        ),
      );
    }
    throw e;
  };
  try {
    const result = fn();
    return result instanceof Promise ? result.catch(convert) : result;
  } catch (e) {
    return convert(e);
  }
}
