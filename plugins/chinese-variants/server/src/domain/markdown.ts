/**
 * Strapi's `richtext` attribute holds Markdown (the default editor) or HTML (CKEditor-type custom fields).
 * Both are converted in place, leaving their syntax byte-identical.
 */
import { convertHtml, spliceConvertedText } from './html';

// Spans that are not prose (CommonMark 0.31 names): code spans, link/image destinations and titles
// `](…)`, full reference links `][label]`, reference definitions `[label]: url "title"`, autolinks
// `<https://…>` / `<a@b.cn>`, raw HTML tags and comments. Labels stay as written so references still match.
const PROTECTED_INLINE = new RegExp(
  [
    '(`+)[\\s\\S]*?\\1',
    '\\]\\(\\s*<[^>\\n]*>[^)\\n]*\\)',
    '\\]\\((?:[^()\\s]|\\([^()\\s]*\\))*(?:\\s+(?:"[^"\\n]*"|\'[^\'\\n]*\'|\\([^)\\n]*\\)))?\\s*\\)',
    '\\]\\[[^\\]\\n]*\\]',
    '^ {0,3}\\[[^\\]\\n]+\\]:[^\\n]*',
    '<[A-Za-z][A-Za-z0-9+.\\-]{1,31}:[^\\s<>]*>',
    '<[^\\s@<>]+@[^\\s@<>]+>',
    '<!--[\\s\\S]*?-->',
    '<\\/?[A-Za-z][A-Za-z0-9\\-]*(?:\\s[^<>]*)?\\/?>',
  ].join('|'),
  'gm',
);

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Converted prose goes back into Markdown source as text: a `<` before an ASCII letter could open raw HTML
 * or an autolink, so that letter becomes a character reference (`spliceConvertedText`; CommonMark decodes it
 * to the same character). Override replacements arrive with their other syntax characters already encoded
 * (`encodeMarkupText`).
 */
function convertInline(text: string, convertText: (text: string) => string): string {
  let out = '';
  let position = 0;
  const convertProseText = (prose: string) => {
    const converted = convertText(prose);
    if (converted === prose) return prose;
    const previousSource = text.slice(position - 1, position);
    return spliceConvertedText(prose, converted, out.slice(-1), previousSource, 'markdown');
  };
  PROTECTED_INLINE.lastIndex = 0;
  for (let match = PROTECTED_INLINE.exec(text); match !== null; match = PROTECTED_INLINE.exec(text)) {
    if (match[0] === '') {
      PROTECTED_INLINE.lastIndex++;
      continue;
    }
    if (match.index > position) out += convertProseText(text.slice(position, match.index));
    out += match[0];
    position = match.index + match[0].length;
  }
  return position === 0
    ? convertProseText(text)
    : out + (position < text.length ? convertProseText(text.slice(position)) : '');
}

/**
 * Converts the prose of a Markdown document; fenced code blocks (``` and ~~~), code spans, URLs,
 * reference labels and raw HTML tags are left as written. Indented code blocks are *not* recognised:
 * Chinese paragraphs are commonly indented with spaces, and those are prose.
 */
export function convertMarkdown(markdown: string, convertText: (text: string) => string): string {
  if (typeof markdown !== 'string' || markdown === '') return markdown;
  if (!markdown.includes('```') && !markdown.includes('~~~')) return convertInline(markdown, convertText);
  const lines = markdown.split(/(?<=\n)/);
  let out = '';
  let prose = '';
  let fence: string | null = null;
  for (const line of lines) {
    const marker = FENCE.exec(line)?.[1];
    if (fence === null) {
      if (marker) {
        out += convertInline(prose, convertText) + line;
        prose = '';
        fence = marker;
      } else {
        prose += line;
      }
    } else {
      out += line;
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) {
        fence = null;
      }
    }
  }
  return out + (prose === '' ? '' : convertInline(prose, convertText));
}

const HTML_START = /^\s*<(?:!--|!doctype|[A-Za-z][A-Za-z0-9-]*[\s/>])/i;

/** True when a richtext value is an HTML document/fragment rather than Markdown. */
export function looksLikeHtml(value: string): boolean {
  return HTML_START.test(value);
}

/** Converts a Strapi `richtext` value, HTML or Markdown. */
export function convertRichText(value: string, convertText: (text: string) => string): string {
  if (typeof value !== 'string' || value === '') return value;
  return looksLikeHtml(value) ? convertHtml(value, convertText) : convertMarkdown(value, convertText);
}
