/**
 * Conversion of a whole content API response body: documents of known content types are converted by
 * their schema (entity-walker.ts), everything else by the loose heuristic (loose-json.ts). A document is
 * any object with a string `documentId`; its content type is the route's own (`hintUid`) or is recognised
 * by `identify` from its keys, so custom controllers that nest documents (a column with `items.data`,
 * a tree of `children`) are converted by schema too.
 */
import { cloneData, isPlainObject, setOwn } from './clone';
import { convertEntity, type ContentSchema } from './entity-walker';
import { convertMediaFile, isNonTextKey, looksLikeUploadFile } from './loose-json';
import { looksLikeIdentifierString } from './text-guards';

export interface ResponseConversionContext {
  getSchema(uid: string): ContentSchema | null | undefined;
  /** The content type of a document-shaped object, or null to treat it as loose JSON. */
  identify(entry: Record<string, unknown>, hintUid: string | null): string | null;
  convertText(text: string): string;
  convertRichText?(value: string): string;
  /** See EntityWalkContext.shareUnchanged. */
  shareUnchanged?: boolean;
  onEntity?(uid: string, original: Record<string, unknown>, converted: Record<string, unknown>): void;
}

/** Converted deep copy of `body`; `hintUid` is the content type of the route (`data` holds its documents). */
export function convertResponseBody<T>(body: T, hintUid: string | null, ctx: ResponseConversionContext): T {
  const keep = (value: unknown) => (ctx.shareUnchanged ? value : cloneData(value));
  const visit = (node: unknown, hint: string | null): unknown => {
    if (typeof node === 'string') return looksLikeIdentifierString(node) ? node : ctx.convertText(node);
    if (Array.isArray(node)) return node.map((item) => visit(item, hint));
    if (!isPlainObject(node)) return keep(node);
    if (looksLikeUploadFile(node)) return convertMediaFile(node, ctx.convertText, ctx.shareUnchanged);
    const uid = typeof node.documentId === 'string' ? ctx.identify(node, hint) : null;
    if (uid) {
      return convertEntity(node, uid, {
        getSchema: ctx.getSchema,
        convertText: ctx.convertText,
        convertRichText: ctx.convertRichText,
        shareUnchanged: ctx.shareUnchanged,
        convertUnknownKey: (key, value) => (isNonTextKey(key) ? keep(value) : visit(value, null)),
        onEntity: ctx.onEntity,
      });
    }
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(node)) {
      setOwn(copy, key, isNonTextKey(key) ? keep(item) : visit(item, key === 'data' ? hint : null));
    }
    return copy;
  };
  return visit(body, hintUid) as T;
}

// Keys every document carries that say nothing about its type.
const SYSTEM_KEYS = new Set([
  'id',
  'documentId',
  'locale',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'createdBy',
  'updatedBy',
  'localizations',
  'status',
  'convertedFrom',
]);

export interface ContentTypeShape {
  uid: string;
  attributes: ReadonlySet<string>;
}

/**
 * Recognises a document's content type from its keys: the hint when it has any of the entry's keys (or the
 * entry has only system keys); else the one type that has the most of them, provided it has at least half
 * of them; a tie is ambiguous (null → loose JSON).
 */
export function identifyContentType(
  entry: Record<string, unknown>,
  shapes: readonly ContentTypeShape[],
  hintUid: string | null,
): string | null {
  if (typeof entry.__type === 'string' && shapes.some((shape) => shape.uid === entry.__type)) {
    return entry.__type;
  }
  const keys = Object.keys(entry).filter((key) => !SYSTEM_KEYS.has(key));
  const hint = hintUid ? shapes.find((shape) => shape.uid === hintUid) : undefined;
  if (hint && (keys.length === 0 || keys.some((key) => hint.attributes.has(key)))) return hint.uid;
  let best: string | null = null;
  let bestScore = 0;
  let tie = false;
  for (const shape of shapes) {
    let score = 0;
    for (const key of keys) if (shape.attributes.has(key)) score++;
    if (score > bestScore) {
      best = shape.uid;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && score > 0) {
      tie = true;
    }
  }
  if (tie || bestScore === 0 || bestScore * 2 < keys.length) return null;
  return best;
}
