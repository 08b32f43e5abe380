/**
 * 设定依据 is rich text: HTML from the editor, or Strapi 5 "blocks" JSON. These helpers turn it into
 * plain text for comparison (has the legal basis really changed?), summaries and spreadsheets, and turn a
 * spreadsheet's plain text back into HTML. Not a sanitiser: the output is text, never rendered as HTML.
 */

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

const BLOCK_TAG = /<\s*\/?\s*(p|div|br|li|ul|ol|h[1-6]|tr|table|blockquote|section|article|pre|hr)\b[^>]*>/gi;

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

/** Plain text, one line per paragraph, spaces collapsed. */
export function richTextToPlainText(value: RichText): string {
  if (value == null) return '';
  if (Array.isArray(value)) return cleanLines(blocksText(value));
  const html = String(value)
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/\r\n?/g, '\n');
  // Source line breaks inside HTML are not text; a plain-text value keeps them.
  const isHtml = /<[a-z!/][^>]*>/i.test(html);
  const text = (isHtml ? html.replace(/\n/g, ' ') : html).replace(BLOCK_TAG, '\n').replace(/<[^>]*>/g, '');
  return cleanLines(decodeEntities(text));
}

const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f';
const SPACE_NEXT_TO_CJK = new RegExp(`(?<=[${CJK}]) | (?=[${CJK}])`, 'g');

/**
 * The text two legal bases are compared by: markup, line breaks and spacing differences removed (an
 * editor re-wrapping paragraphs or adding a space before 《 is not an adjustment).
 */
export function normalizeLegalBasis(value: RichText): string {
  return richTextToPlainText(value).replace(/\n/g, ' ').replace(SPACE_NEXT_TO_CJK, '');
}

export function excerpt(text: string, max = 80): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max).join('')}…`;
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
