import { z } from 'zod';
import { fieldErrors, type FieldProblem } from './errors';

/** The message of an unknown parameter or body key (every list refuses them rather than ignoring them). */
export const UNKNOWN_KEY_MESSAGE = '不认识的参数';

/**
 * zod issues as field failures: an unknown key is named itself (not its parent object), with the rule
 * `unrecognized_keys`; an issue at the root is named `root`.
 */
export const issuesToProblems = (issues: readonly z.core.$ZodIssue[], root = 'query'): FieldProblem[] =>
  issues.flatMap((issue): FieldProblem[] =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          field: [...issue.path.map(String), key].join('.'),
          message: UNKNOWN_KEY_MESSAGE,
          rule: issue.code,
        }))
      : [{ field: issue.path.map(String).join('.') || root, message: issue.message, rule: issue.code }],
  );

/**
 * Parses input with a zod schema; a failure is a 400 naming every bad field (and every unknown key of a
 * strict object) with its rule. `root` names a failure of the input as a whole (`query`, `body`, `params`).
 */
export const validate = <S extends z.ZodType>(schema: S, input: unknown, root = 'query'): z.output<S> => {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  throw fieldErrors(issuesToProblems(result.error.issues, root));
};

/**
 * The query of a public special endpoint without Strapi's `status`, which the public-read policy has already
 * checked (`published` or absent) on every content-API read.
 */
export const publicQuery = (query: Record<string, unknown> | undefined) => {
  const { status: _status, ...rest } = query ?? {};
  return rest;
};
