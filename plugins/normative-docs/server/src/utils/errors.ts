import { errors } from '@strapi/utils';
import type { FieldError } from '../domain/errors';

type Problem = FieldError & { rule?: string };

const detail = (e: Problem) => {
  const message = e.message.startsWith(`${e.field}:`) ? e.message : `${e.field}: ${e.message}`;
  return { path: e.field.split('.'), message, name: 'ValidationError', rule: e.rule ?? 'invalid' };
};

/** A 400 naming every bad field (Strapi's `error.details.errors[].path` shape, so the admin highlights it). */
export const fieldErrors = (list: readonly Problem[], extra: Record<string, unknown> = {}) => {
  const details = list.map(detail);
  return new errors.ValidationError(details.map((d) => d.message).join('；'), {
    errors: details,
    ...extra,
  });
};

export const fieldError = (field: string, message: string, rule?: string) =>
  fieldErrors([{ field, message, rule }]);

/**
 * A 409 (applying a batch twice). Strapi maps every ApplicationError to 400, so this is an http-errors style
 * error (`status`, `expose`), which Strapi's error middleware answers with its status, message and details.
 */
export class ConflictError extends Error {
  readonly status = 409;
  readonly statusCode = 409;
  readonly expose = true;
  readonly details: { errors: ReturnType<typeof detail>[] };

  constructor(field: string, message: string) {
    const d = { ...detail({ field, message, rule: 'conflict' }), name: 'ConflictError' };
    super(d.message);
    this.name = 'ConflictError';
    this.details = { errors: [d] };
  }
}
Object.setPrototypeOf(ConflictError.prototype, errors.HttpError.prototype);
