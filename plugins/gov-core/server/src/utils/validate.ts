import type { z } from 'zod';
import { fieldErrors } from './errors';

/** Parses input with a zod schema; a failure is a 400 naming every bad field and its rule. */
export const validate = <S extends z.ZodTypeAny>(schema: S, input: unknown): z.infer<S> => {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  throw fieldErrors(
    result.error.issues.flatMap((issue): { field: string; message: string; rule: string }[] =>
      // An unknown parameter is named itself, not its parent object.
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({
            field: [...issue.path, key].join('.'),
            message: `${issue.message}（不认识的参数）`,
            rule: issue.code,
          }))
        : [{ field: issue.path.join('.') || 'body', message: issue.message, rule: issue.code }],
    ),
  );
};

/**
 * The query of a public special endpoint without Strapi's `status`, which the public-read policy has already
 * checked (`published` or absent) on every content-API read.
 */
export const publicQuery = (query: Record<string, unknown> | undefined) => {
  const { status: _status, ...rest } = query ?? {};
  return rest;
};
