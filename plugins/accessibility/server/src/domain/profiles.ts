/**
 * Output profiles of rich-text content: the 适老版 (elder-friendly) HTML and plain text for screen readers and
 * text browsers. Both keep every character of the original text (see `containsTextInOrder`).
 */
import { annotateAttachmentLinks } from './attachments';
import type { SizeOf } from './attachments';
import { parseStyle, serializeStyle } from './contrast';
import {
  appendChild,
  collapseWhitespace,
  createElement,
  createText,
  elementsIn,
  hasClass,
  headingLevel,
  isHiddenFromAssistiveTech,
  isNonTextElement,
  isPresentational,
  isTag,
  isText,
  parseHtml,
  rawText,
  serializeHtml,
  wrapWith,
} from './html';
import type { AnyNode, Element } from './html';

export interface ElderProfileOptions {
  /** The URL of a larger rendition of an image (e.g. Strapi's `formats.large.url`), if there is one. */
  imageVariant?: (src: string) => string | undefined;
  /** Size in bytes of an attachment, to add "（PDF，320KB）" after links that lack it. */
  sizeOf?: SizeOf;
  /**
   * This site's host names (e.g. 'www.daoxian.gov.cn'); absolute links to any other host are announced as
   * external. Without it every absolute http(s) link counts as external.
   */
  internalHosts?: readonly string[];
  /** The notes added for screen readers, in the script of the page (default 简体). */
  labels?: ProfileLabels;
}

/** Texts the profiles add to content, so a 繁体 page announces them in 繁体 too. */
export interface ProfileLabels {
  externalLink: string;
  newWindow: string;
  tableRegion: string;
  image: string;
}

export const EXTERNAL_LINK_NOTE = '（外部链接）';
export const NEW_WINDOW_NOTE = '（在新窗口打开）';

export const PROFILE_LABELS: Readonly<Record<'zh-Hans' | 'zh-Hant', ProfileLabels>> = {
  'zh-Hans': {
    externalLink: EXTERNAL_LINK_NOTE,
    newWindow: NEW_WINDOW_NOTE,
    tableRegion: '表格（可横向滚动）',
    image: '图片',
  },
  // OpenCC cn→tw of the above (no phrase conversion: official vocabulary is kept).
  'zh-Hant': {
    externalLink: '（外部鏈接）',
    newWindow: '（在新窗口打開）',
    tableRegion: '表格（可橫向滾動）',
    image: '圖片',
  },
};

export const VISUALLY_HIDDEN_CLASS = 'a11y-visually-hidden';
export const TABLE_SCROLL_CLASS = 'a11y-table-scroll';
/** The CSS the front end must ship with elder-profile HTML (the usual "visually hidden" pattern). */
export const ELDER_PROFILE_CSS = [
  `.${VISUALLY_HIDDEN_CLASS}{position:absolute!important;width:1px!important;height:1px!important;`,
  'padding:0!important;margin:-1px!important;overflow:hidden!important;clip:rect(0,0,0,0)!important;',
  'white-space:nowrap!important;border:0!important}',
  `.${TABLE_SCROLL_CLASS}{overflow-x:auto;max-width:100%}`,
].join('');

/** Declarations that fix sizes and so defeat the elder style sheet and browser zoom. */
const ALWAYS_REMOVED = new Set(['font-size', 'font', 'width', 'height']);
const REMOVED_WHEN_FIXED = new Set(['line-height', 'min-width', 'min-height']);
const FIXED_LENGTH = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:px|pt|pc|in|cm|mm|q)$/i;
const SIZED_ELEMENTS = new Set(['img', 'table', 'td', 'th', 'col', 'colgroup', 'tr']);

function stripFixedSizes(el: Element): void {
  if (el.attribs.style !== undefined) {
    const kept = parseStyle(el.attribs.style).filter(
      (d) =>
        !ALWAYS_REMOVED.has(d.property) &&
        !(REMOVED_WHEN_FIXED.has(d.property) && FIXED_LENGTH.test(d.value)),
    );
    if (kept.length) el.attribs.style = serializeStyle(kept);
    else delete el.attribs.style;
  }
  if (SIZED_ELEMENTS.has(el.name)) {
    delete el.attribs.width;
    delete el.attribs.height;
  }
  if (el.name === 'font') delete el.attribs.size;
}

function useLargeImage(img: Element, imageVariant: ElderProfileOptions['imageVariant']): void {
  const src = img.attribs.src;
  if (!imageVariant || !src) return;
  const large = imageVariant(src);
  if (!large || large === src) return;
  img.attribs.src = large;
  // srcset would let the browser pick the small rendition again.
  delete img.attribs.srcset;
  delete img.attribs.sizes;
}

function hostOf(urlOrHost: string): string {
  const value = urlOrHost.trim().toLowerCase();
  if (!value.includes('/')) return value;
  try {
    return new URL(value.startsWith('//') ? `http:${value}` : value).hostname;
  } catch {
    return value;
  }
}

export function isExternalLink(href: string | undefined, internalHosts: readonly string[] = []): boolean {
  if (!href) return false;
  const value = href.trim();
  const absolute = value.startsWith('//') ? `http:${value}` : value;
  if (!/^https?:\/\//i.test(absolute)) return false;
  let host: string;
  try {
    host = new URL(absolute).hostname.toLowerCase();
  } catch {
    return false;
  }
  return !internalHosts.some((internal) => hostOf(internal) === host);
}

function announce(link: Element, note: string): void {
  const already = link.children.some(
    (child) => hasClass(child, VISUALLY_HIDDEN_CLASS) && rawText(child) === note,
  );
  if (already) return;
  appendChild(link, createElement('span', { class: VISUALLY_HIDDEN_CLASS }, [createText(note)]));
}

function wrapTable(table: Element, label: string): void {
  if (isPresentational(table) || hasClass(table.parent, TABLE_SCROLL_CLASS)) return;
  wrapWith(
    table,
    createElement('div', {
      class: TABLE_SCROLL_CLASS,
      role: 'region',
      tabindex: '0',
      'aria-label': label,
    }),
  );
}

/**
 * The 适老版 of a rich-text field: inline fixed sizes removed (font-size, font, width, height; fixed
 * line-height, min-width, min-height) so the elder style sheet and zoom take effect, width/height
 * attributes removed from images and tables, images switched to their large rendition, tables wrapped in
 * a keyboard-scrollable region, and every link's target announced ("（外部链接）", "（在新窗口打开）" for
 * screen readers; "（PDF，320KB）" visibly after attachments when the size is known). No text is removed.
 * Idempotent: running it on its own output changes nothing.
 */
export function toElderHtml(html: string, opts: ElderProfileOptions = {}): string {
  if (!html) return '';
  const doc = parseHtml(html);
  const labels = opts.labels ?? PROFILE_LABELS['zh-Hans'];
  if (opts.sizeOf) annotateAttachmentLinks(doc, opts.sizeOf);
  for (const el of elementsIn(doc)) {
    stripFixedSizes(el);
    if (el.name === 'img') useLargeImage(el, opts.imageVariant);
    else if (el.name === 'table') wrapTable(el, labels.tableRegion);
    else if (el.name === 'a' && el.attribs.href !== undefined) {
      if (isExternalLink(el.attribs.href, opts.internalHosts)) announce(el, labels.externalLink);
      if ((el.attribs.target ?? '').toLowerCase() === '_blank') announce(el, labels.newWindow);
    }
  }
  return serializeHtml(doc);
}

/** Lines of plain text built from inline runs and block breaks. */
class PlainTextWriter {
  private readonly lines: string[] = [];
  private current = '';

  /** Inline text: whitespace collapses as a browser renders it. */
  inline(text: string): void {
    const collapsed = text.replace(/\s+/g, ' ');
    if (!collapsed) return;
    if (collapsed === ' ' && (this.current === '' || this.current.endsWith(' '))) return;
    const leading =
      this.current === '' || this.current.endsWith(' ') ? collapsed.replace(/^ /, '') : collapsed;
    this.current += leading;
  }

  /** Preformatted text: kept as written. */
  preformatted(text: string): void {
    const [first, ...rest] = text.split('\n');
    this.current += first;
    for (const line of rest) {
      this.lines.push(this.current.trimEnd());
      this.current = line;
    }
  }

  /** End the current line if it has content. */
  break(): void {
    if (this.current.trim()) this.lines.push(this.current.trimEnd());
    this.current = '';
  }

  /** A forced line break (<br>). */
  lineBreak(): void {
    this.lines.push(this.current.trimEnd());
    this.current = '';
  }

  /** End the current line and leave one empty line. */
  paragraph(): void {
    this.break();
    if (this.lines.length && this.lines[this.lines.length - 1] !== '') this.lines.push('');
  }

  /** Start a line with a prefix such as "- " or "2. ". */
  startLine(prefix: string): void {
    this.break();
    this.current = prefix;
  }

  toString(): string {
    this.break();
    return this.lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .replace(/^\n+|\n+$/g, '');
  }
}

const PARAGRAPH_BLOCKS = new Set(['p', 'blockquote', 'figure', 'address', 'details', 'hr']);
const LINE_BLOCKS = new Set([
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'nav',
  'figcaption',
  'caption',
  'summary',
  'dt',
  'dd',
  'dl',
  'fieldset',
  'legend',
  'center',
]);

interface PlainContext {
  imageLabel: string;
  listDepth: number;
  pre: boolean;
}

function imageText(img: Element, label: string): string | undefined {
  if (isHiddenFromAssistiveTech(img)) return undefined;
  const alt = img.attribs.alt;
  if (alt === '') return undefined; // decorative
  const text = collapseWhitespace(alt ?? img.attribs['aria-label'] ?? '');
  return text ? `【${label}：${text}】` : `【${label}】`;
}

/** Inline rendering of a subtree on one line (table cells, link text). */
function inlineText(nodes: readonly AnyNode[], ctx: PlainContext): string {
  const sub = new PlainTextWriter();
  for (const node of nodes) writePlain(node, sub, ctx);
  return collapseWhitespace(sub.toString());
}

function writeList(list: Element, out: PlainTextWriter, ctx: PlainContext): void {
  const ordered = list.name === 'ol';
  let number = ordered ? Number.parseInt(list.attribs.start ?? '1', 10) || 1 : 0;
  const indent = '  '.repeat(ctx.listDepth);
  const inner = { ...ctx, listDepth: ctx.listDepth + 1 };
  out.break();
  for (const child of list.children) {
    if (isTag(child) && child.name === 'li') {
      out.startLine(`${indent}${ordered ? `${number}. ` : '- '}`);
      number += 1;
      for (const grandchild of child.children) writePlain(grandchild, out, inner);
      out.break();
    } else {
      writePlain(child, out, inner);
    }
  }
  out.break();
}

const TABLE_SECTIONS = new Set(['thead', 'tbody', 'tfoot']);

/** One row as its cells' text joined by " | " (empty cells keep their place). */
function rowText(row: Element, ctx: PlainContext): string {
  const cells: string[] = [];
  for (const child of row.children) {
    if (isTag(child) && (child.name === 'td' || child.name === 'th'))
      cells.push(inlineText(child.children, ctx));
    else {
      const text = inlineText([child], ctx);
      if (text) cells.push(text);
    }
  }
  return cells.join(' | ');
}

function writeTable(table: Element, out: PlainTextWriter, ctx: PlainContext): void {
  out.paragraph();
  const visit = (node: AnyNode): void => {
    if (isTag(node) && TABLE_SECTIONS.has(node.name)) {
      for (const child of node.children) visit(child);
    } else if (isTag(node) && (node.name === 'tr' || node.name === 'caption')) {
      out.break();
      out.inline(node.name === 'tr' ? rowText(node, ctx) : inlineText(node.children, ctx));
      out.break();
    } else {
      writePlain(node, out, ctx);
    }
  };
  for (const child of table.children) visit(child);
  out.paragraph();
}

function linkTarget(href: string | undefined, text: string): string {
  const url = (href ?? '').trim();
  if (!url || url.startsWith('#') || /^javascript:/i.test(url) || url === text) return '';
  return `（${url}）`;
}

function writePlain(node: AnyNode, out: PlainTextWriter, ctx: PlainContext): void {
  if (isText(node)) {
    if (ctx.pre) out.preformatted(node.data);
    else out.inline(node.data);
    return;
  }
  if (!isTag(node)) return;
  if (isNonTextElement(node)) return;
  const children = (inner: PlainContext = ctx): void => {
    for (const child of node.children) writePlain(child, out, inner);
  };
  if (headingLevel(node) !== undefined) {
    out.paragraph();
    children();
    out.paragraph();
    return;
  }
  switch (node.name) {
    case 'br':
      out.lineBreak();
      return;
    case 'img': {
      const text = imageText(node, ctx.imageLabel);
      if (text) out.inline(text);
      return;
    }
    case 'a': {
      const text = inlineText(node.children, ctx);
      out.inline(`${text}${linkTarget(node.attribs.href, text)}`);
      return;
    }
    case 'ul':
    case 'ol':
      writeList(node, out, ctx);
      return;
    case 'li':
      out.startLine(`${'  '.repeat(Math.max(0, ctx.listDepth - 1))}- `);
      children();
      out.break();
      return;
    case 'table':
      writeTable(node, out, ctx);
      return;
    case 'pre':
      out.paragraph();
      children({ ...ctx, pre: true });
      out.paragraph();
      return;
    default:
      if (PARAGRAPH_BLOCKS.has(node.name)) {
        out.paragraph();
        children();
        out.paragraph();
      } else if (LINE_BLOCKS.has(node.name)) {
        out.break();
        children();
        out.break();
      } else {
        children();
      }
  }
}

/**
 * Plain text of a rich-text field for screen readers and text browsers: headings and paragraphs on their
 * own lines, list items prefixed ("- ", "1. "), table rows as cells joined by " | ", links as
 * "text（URL）", images as "【图片：alt】" (decorative images skipped). No text is lost.
 */
export function toPlainText(html: string, labels: ProfileLabels = PROFILE_LABELS['zh-Hans']): string {
  if (!html) return '';
  const out = new PlainTextWriter();
  const doc = parseHtml(html);
  for (const child of doc.children)
    writePlain(child, out, { listDepth: 0, pre: false, imageLabel: labels.image });
  return out.toString();
}
