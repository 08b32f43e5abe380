import type { z } from 'zod';
import { fieldErrors } from './errors';

/** Parses input with a zod schema; a failure is a 400 naming every bad field and its rule. */
export const validate = <S extends z.ZodType>(schema: S, input: unknown, root = 'query'): z.output<S> => {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  throw fieldErrors(
    result.error.issues.map((issue) => ({
      field: issue.path.map(String).join('.') || root,
      message: issue.message,
      rule: issue.code,
    })),
  );
};
