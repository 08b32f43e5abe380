import type { z } from 'zod';
import { fieldErrors } from './errors';

/** Parses input with a zod schema; a failure is a 400 naming every bad field and its rule. */
export const validate = <S extends z.ZodTypeAny>(schema: S, input: unknown): z.infer<S> => {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  throw fieldErrors(
    result.error.issues.flatMap((issue): { field: string; message: string; rule: string }[] =>
      // An unknown parameter is named itself (never silently ignored).
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({
            field: [...issue.path.map(String), key].join('.'),
            message: '不认识的参数',
            rule: issue.code,
          }))
        : [{ field: issue.path.map(String).join('.') || 'query', message: issue.message, rule: issue.code }],
    ),
  );
};
