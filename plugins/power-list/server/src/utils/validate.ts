import type { z } from 'zod';
import { fieldErrors } from './errors';

/** Parses input with a zod schema; a failure is a 400 naming every bad field (or unknown parameter) and its rule. */
export const validate = <S extends z.ZodTypeAny>(schema: S, input: unknown): z.infer<S> => {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  throw fieldErrors(
    result.error.issues.flatMap((issue): { field: string; message: string; rule: string }[] =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({ field: key, message: '不支持的参数', rule: issue.code }))
        : [{ field: issue.path.join('.') || 'query', message: issue.message, rule: issue.code }],
    ),
  );
};
