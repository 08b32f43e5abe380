import { errors } from '@strapi/utils';
import type { FieldError } from '../domain/errors';
import { InputError } from '../domain/errors';

const detail = (e: { field: string; message: string; rule?: string }) => {
  const message = e.message.startsWith(`${e.field}:`) ? e.message : `${e.field}: ${e.message}`;
  return { path: e.field.split('.'), message, name: 'ValidationError', rule: e.rule ?? 'invalid' };
};

/** A 400 naming every bad field (Strapi's `error.details.errors[].path` shape, so the admin highlights it). */
export const fieldErrors = (list: readonly (FieldError & { rule?: string })[]) => {
  const details = list.map(detail);
  return new errors.ValidationError(details.map((d) => d.message).join('；'), { errors: details });
};

export const fieldError = (field: string, message: string, rule?: string) =>
  fieldErrors([{ field, message, rule }]);

/** Runs `fn`; a domain `InputError` becomes a 400 (optionally with the fields prefixed). */
export const asValidation = <T>(fn: () => T, prefix = ''): T => {
  try {
    return fn();
  } catch (e) {
    if (e instanceof InputError) {
      throw fieldErrors(
        e.errors.map((fe) =>
          prefix ? { field: `${prefix}${fe.field}`, message: `${prefix}${fe.message}` } : fe,
        ),
      );
    }
    throw e;
  }
};

/**
 * A 409 for a second record where only one is allowed. Strapi maps every `ApplicationError` to 400, so this
 * is an http-errors `HttpError` (the abstract class cannot be constructed, hence the prototype link below),
 * which Strapi's error middleware answers with its status, name, message and details.
 */
export class ConflictError extends Error {
  readonly status = 409;
  readonly expose = true;
  readonly details: { errors: ReturnType<typeof detail>[] };

  constructor(field: string, message: string) {
    const d = { ...detail({ field, message, rule: 'unique' }), name: 'ConflictError' };
    super(d.message);
    this.name = 'ConflictError';
    this.details = { errors: [d] };
  }
}

Object.setPrototypeOf(ConflictError.prototype, errors.HttpError.prototype);
