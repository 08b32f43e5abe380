import { errors } from '@strapi/utils';
import type { z } from 'zod';

interface FieldProblem {
  field: string;
  message: string;
  rule?: string;
  [extra: string]: unknown;
}

/** A 400 in Strapi's error shape (`error.details.errors[].path`), naming every field and its rule. */
export const fieldErrors = (summary: string | null, list: FieldProblem[]) => {
  const details = list.map(({ field, message, rule, ...extra }) => ({
    path: field.split('.'),
    message: message.startsWith(`${field}:`) ? message : `${field}: ${message}`,
    name: 'ValidationError',
    rule: rule ?? 'invalid',
    ...extra,
  }));
  return new errors.ValidationError(summary ?? details.map((d) => d.message).join('；'), { errors: details });
};

/** Parses input with a zod schema; a failure is a 400 naming every bad field and its rule. */
export const validate = <S extends z.ZodTypeAny>(schema: S, input: unknown): z.infer<S> => {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  throw fieldErrors(
    null,
    result.error.issues.map((issue) => ({
      field: issue.path.join('.') || 'body',
      message: issue.message,
      rule: issue.code,
    })),
  );
};
