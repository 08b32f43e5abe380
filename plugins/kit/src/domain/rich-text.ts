/**
 * The one html → text: rich text is HTML from the editor, or Strapi 5 "blocks" JSON. These helpers turn it
 * into plain text for comparison, summaries, search and spreadsheets, and turn a spreadsheet's plain text
 * back into HTML. Not a sanitiser: the output is text, never rendered as HTML (gov-core sanitises).
 */

import sanitizeHtml from 'sanitize-html';

export type RichText = string | readonly unknown[] | null | undefined;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  ensp: ' ',
  emsp: ' ',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function cleanLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[\s\u3000]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

function blocksText(node: unknown): string {
  if (Array.isArray(node)) return node.map(blocksText).join('');
  if (!node || typeof node !== 'object') return '';
  const n = node as { type?: string; text?: unknown; children?: unknown };
  if (typeof n.text === 'string') return n.text;
  const inner = blocksText(n.children);
  const block = ['paragraph', 'heading', 'list-item', 'quote', 'code', 'list'].includes(n.type ?? '');
  return block ? `${inner}\n` : inner;
}

/** Plain text, one line per paragraph (block), spaces collapsed; scripts, styles and comments dropped. */
export function richTextToPlainText(value: RichText): string {
  if (value == null) return '';
  if (Array.isArray(value)) return cleanLines(blocksText(value));
  const text = String(value);
  // Source line breaks inside HTML are not text; a plain-text value keeps them.
  return /<[a-z!/][^>]*>/i.test(text)
    ? htmlToText(text)
    : cleanLines(decodeEntities(text.replace(/\r\n?/g, '\n')));
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A spreadsheet's 设定依据 as editor HTML: one paragraph per line. */
export function plainTextToHtml(text: string): string {
  return cleanLines(text.replace(/\r\n?/g, '\n'))
    .split('\n')
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');
}

/** Elements whose content is never text (for sanitize-html's `nonTextTags`). */
export const NON_TEXT_TAGS = [
  'script',
  'style',
  'textarea',
  'option',
  'select',
  'noscript',
  'template',
  'title',
  'head',
  'iframe',
  'frame',
  'frameset',
  'noframes',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'xmp',
  'noembed',
];

// prettier-ignore
const BLOCK_TAGS = [
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'p', 'div', 'blockquote', 'pre', 'ul', 'ol', 'li', 'table', 'caption', 'tr', 'figure', 'figcaption',
  'section', 'article', 'header', 'footer', 'aside', 'nav', 'address', 'dl', 'dt', 'dd', 'hr', 'br',
];

const STRIP_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...BLOCK_TAGS, 'td', 'th'],
  allowedAttributes: {},
  disallowedTagsMode: 'discard',
  nonTextTags: NON_TEXT_TAGS,
};

/** Attribute-less paragraphs of text without markup or entities (`<p>…</p><p>…</p>`). */
export const PLAIN_PARAGRAPHS = /^\s*(?:<p>[^<>&]*<\/p>\s*)*$/;

const BLOCK_BOUNDARY = new RegExp(`<(?:br|hr)\\s*/?>|</(?:${BLOCK_TAGS.join('|')})>`, 'g');
const ESCAPES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&amp;': '&' };

/**
 * Plain text of an HTML fragment, for summaries, search indexes and feeds: scripts and styles dropped,
 * entities decoded, one line per block, cells separated by a space, runs of blank space collapsed
 * (including &nbsp; and the ideographic space U+3000 used for indentation).
 */
export function htmlToText(html: string | null | undefined): string {
  if (html === null || html === undefined || html === '') return '';
  // Paragraphs of plain text (what plainTextToHtml writes, and most imported values): the same text without
  // parsing. No `&` (entities), `<` or `>` inside, so sanitize-html would leave them as they are.
  if (PLAIN_PARAGRAPHS.test(html))
    return html
      .replace(/\s+/g, ' ')
      .split('</p>')
      .map((line) => line.replace('<p>', '').replace(/ {2,}/g, ' ').trim())
      .filter((line) => line.length > 0)
      .join('\n');
  // sanitize-html leaves only the allowed tags, without attributes, and escapes every < > & in text, so
  // the regular expressions below only ever see its own well-formed tags.
  return sanitizeHtml(html, STRIP_OPTIONS)
    .replace(/\s+/g, ' ')
    .replace(BLOCK_BOUNDARY, '\n')
    .replace(/<\/t[dh]>/g, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:lt|gt|quot|amp);/g, (entity) => ESCAPES[entity])
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}
