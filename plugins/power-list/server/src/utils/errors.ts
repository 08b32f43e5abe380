import { errors } from '@strapi/utils';
import { PowerListValidationError, type FieldError } from '../domain/errors';

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

/** Runs `fn`; a domain PowerListValidationError becomes a 400. */
export const asValidation = async <T>(fn: () => T | Promise<T>): Promise<T> => {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof PowerListValidationError) throw fieldErrors(e.errors);
    throw e;
  }
};

/**
 * A 403 with its message kept: Strapi's route wrapper blanks a ForbiddenError's message to 'Forbidden', a
 * PolicyError keeps it.
 */
export const forbidden = (message: string) => new errors.PolicyError(message);
