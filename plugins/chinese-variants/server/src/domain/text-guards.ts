/**
 * Cheap, native (regex) checks run before any conversion work.
 */

// CJK Unified Ideographs Extension A, the URO block, Compatibility Ideographs, and the supplementary
// ideographic planes (U+20000–U+3FFFF, written as surrogate pairs D840–D8BF). OpenCC maps nothing else:
// its dictionaries never change an ASCII character (checked on opencc-js 1.4.2's dictionaries).
const CJK = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]|[\uD840-\uD8BF][\uDC00-\uDFFF]/;

export function containsCjk(text: string): boolean {
  return CJK.test(text);
}

const URL_HINT = /:\/\/|www\.|@/i;

// An ASCII URL (scheme:// or www.) whose path may contain runs of Chinese characters *between* ASCII URL
// characters (`/政务公开/index.html`, `?q=政务`). A Chinese run at the very end is treated as prose: in
// Chinese writing a URL is often followed by text with no space (`请登录http://x.gov.cn/进行申报`), and
// browsers copy URLs percent-encoded, so a trailing raw Chinese run is far more often prose than path.
const URL_CHARS = "[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]";
const CJK_RUN = '[\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF]+';
const URL_SOURCE = `(?:[A-Za-z][A-Za-z0-9+.\\-]{1,15}://|www\\.)${URL_CHARS}+(?:${CJK_RUN}${URL_CHARS}+)*`;
// E-mail addresses are matched in ASCII only: a Chinese local part (RFC 6531) cannot be told apart from
// the sentence before it (`请发邮件至办公室@…`).
const EMAIL_SOURCE = '[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)+';
const PROTECTED = new RegExp(`(${URL_SOURCE}|${EMAIL_SOURCE})`, 'g');

/**
 * Applies `convert` to the parts of `text` that are not URLs or e-mail addresses, leaving those
 * byte-identical. Costs one native regex test when the text has no `://`, `www.` or `@`.
 */
export function convertOutsideUrls(text: string, convert: (part: string) => string): string {
  if (!URL_HINT.test(text)) return convert(text);
  // split() with one capturing group alternates [prose, protected, prose, …].
  const parts = text.split(PROTECTED);
  if (parts.length === 1) return convert(text);
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part === '') continue;
    out += i % 2 === 1 ? part : convert(part);
  }
  return out;
}

const WHOLE_URL_OR_PATH = /^(?:[A-Za-z][A-Za-z0-9+.-]{1,15}:\/\/|mailto:|tel:|www\.|\/|\.\.?\/)\S*$/i;
const WHOLE_EMAIL = new RegExp(`^${EMAIL_SOURCE}$`);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** True for a string that is, as a whole, a URL, a path, an e-mail address or an ISO 8601 date. */
export function looksLikeIdentifierString(value: string): boolean {
  return WHOLE_URL_OR_PATH.test(value) || WHOLE_EMAIL.test(value) || ISO_DATE.test(value);
}
