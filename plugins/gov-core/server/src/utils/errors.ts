import { errors } from '@strapi/utils';
import type { FieldError } from '../domain/errors';

/**
 * A 400 that names the field and the rule, in Strapi's error shape
 * (`error.details.errors[].path`), so the admin highlights the field.
 */
export const fieldError = (field: string, message: string, rule = 'invalid') => {
  const text = message.startsWith(`${field}:`) ? message : `${field}: ${message}`;
  return new errors.ValidationError(text, {
    errors: [{ path: field.split('.'), message: text, name: 'ValidationError', rule }],
  });
};

export const fromDomain = (e: FieldError) => fieldError(e.field, e.message, e.rule);

/** Several field errors at once (every bad field is reported, not only the first). */
export const fieldErrors = (list: { field: string; message: string; rule?: string }[]) => {
  const details = list.map((e) => {
    const text = e.message.startsWith(`${e.field}:`) ? e.message : `${e.field}: ${e.message}`;
    return { path: e.field.split('.'), message: text, name: 'ValidationError', rule: e.rule ?? 'invalid' };
  });
  return new errors.ValidationError(details.map((d) => d.message).join('；'), { errors: details });
};
