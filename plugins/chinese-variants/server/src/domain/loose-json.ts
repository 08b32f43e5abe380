/**
 * Conversion of JSON that has no content-type schema (custom routes, `json` attributes marked as text).
 * Schema-driven conversion (entity-walker.ts) is the primary path; this heuristic is the fallback, and it
 * errs on the side of *not* converting, because a converted identifier breaks links and look-ups while an
 * unconverted label is merely in the other script.
 *
 * The heuristic, in order:
 * 1. A key in `textKeys` is converted (its whole subtree, still with rule 4).
 * 2. A key in `nonTextKeys` (defaults below, plus the caller's) is copied untouched, with its subtree.
 * 3. A key that ends like an identifier is copied untouched: camelCase `…Id(s)`, `…Code(s)`, `…Url(s)`,
 *    `…Uid`, `…At`, `…Key(s)`, `…Slug`, `…Number`, `…Hash`, `…Path`, `…FileName`, or the snake_case
 *    forms `…_id`, `…_code`, `…_url`, `…_at`, `…_no` ….
 * 4. A string that is, as a whole, a URL or path, an e-mail address or an ISO 8601 date is kept; any other
 *    string is converted (convertText itself leaves strings without Chinese, and URLs inside text, alone).
 * 5. An object shaped like an uploaded file (`url` + `mime`) gets only `alternativeText` and `caption`
 *    converted, as for media attributes.
 * Numbers, booleans and null are copied.
 */
import { cloneData, isPlainObject, setOwn } from './clone';
import { looksLikeIdentifierString } from './text-guards';

export const DEFAULT_NON_TEXT_KEYS: readonly string[] = [
  'id',
  'documentId',
  'uid',
  'slug',
  'code',
  'key',
  'url',
  'href',
  'src',
  'path',
  'locale',
  'lang',
  'indexNumber',
  'documentNumber',
  'hash',
  'ext',
  'mime',
  'provider',
  'email',
  'phone',
  'telephone',
  'mobile',
  'fax',
  'type',
  'status',
  'format',
  'icon',
  'color',
  'filename',
  '__component',
  '__type',
];

const IDENTIFIER_KEY =
  /(?:[a-z0-9](?:Ids?|Codes?|Urls?|Uids?|At|Keys?|Slug|Number|Hash|Path|FileName)|_(?:ids?|codes?|urls?|uids?|at|keys?|slug|number|no|hash|path))$/;

/** True for a key whose value the loose heuristic never converts (rules 2 and 3 above). */
export function isNonTextKey(
  key: string,
  nonTextKeys: ReadonlySet<string> = DEFAULT_NON_TEXT_KEY_SET,
): boolean {
  return nonTextKeys.has(key) || IDENTIFIER_KEY.test(key);
}

const DEFAULT_NON_TEXT_KEY_SET: ReadonlySet<string> = new Set(DEFAULT_NON_TEXT_KEYS);

export interface LooseJsonOptions {
  /** Extra keys whose values are never converted (added to DEFAULT_NON_TEXT_KEYS). */
  nonTextKeys?: readonly string[];
  /** Keys whose values are always converted, even if they match a non-text rule. */
  textKeys?: readonly string[];
}

const FILE_TEXT_FIELDS = ['alternativeText', 'caption'] as const;

/** An `plugin::upload.file` entry: only its alternative text and caption are human text. */
export function convertMediaFile<T>(
  file: T,
  convertText: (text: string) => string,
  shareUnchanged = false,
): T {
  if (!isPlainObject(file)) return shareUnchanged ? file : cloneData(file);
  // Shared: a shallow copy (formats, provider metadata … stay the input's objects).
  const copy = (shareUnchanged ? { ...file } : cloneData(file)) as Record<string, unknown>;
  for (const field of FILE_TEXT_FIELDS) {
    const value = copy[field];
    if (typeof value === 'string') copy[field] = convertText(value);
  }
  return copy as T;
}

export function looksLikeUploadFile(value: Record<string, unknown>): boolean {
  return typeof value.url === 'string' && typeof value.mime === 'string';
}

/** Converts the human text of schema-less JSON; see the heuristic at the top of this file. */
export function convertLooseJson<T>(
  value: T,
  convertText: (text: string) => string,
  options: LooseJsonOptions = {},
): T {
  const nonText = new Set([...DEFAULT_NON_TEXT_KEYS, ...(options.nonTextKeys ?? [])]);
  const text = new Set(options.textKeys ?? []);

  const visit = (node: unknown): unknown => {
    if (typeof node === 'string') return looksLikeIdentifierString(node) ? node : convertText(node);
    if (Array.isArray(node)) return node.map(visit);
    if (!isPlainObject(node)) return cloneData(node);
    if (looksLikeUploadFile(node)) return convertMediaFile(node, convertText);
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(node)) {
      const keep = !text.has(key) && (nonText.has(key) || IDENTIFIER_KEY.test(key));
      setOwn(copy, key, keep ? cloneData(item) : visit(item));
    }
    return copy;
  };
  return visit(value) as T;
}
