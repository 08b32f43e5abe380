/**
 * Attachment links (PDF, Word, WPS, OFD …) must state their type and size: "（PDF，320KB）".
 */
import { ATTACHMENT_TYPES, GENERIC_TYPE_WORDS } from '../data/attachments';
import type { AttachmentType } from '../data/attachments';
import { baseName } from './alt-text';
import {
  closestAncestor,
  createText,
  elementsIn,
  insertAfter,
  isTag,
  parseHtml,
  rawText,
  serializeHtml,
} from './html';
import type { AnyNode, Document, Element } from './html';

/** Returns the size in bytes of the file a link points to, or undefined when unknown. */
export type SizeOf = (href: string) => number | undefined;

const TYPES_BY_EXTENSION = new Map(ATTACHMENT_TYPES.map((t) => [t.extension, t]));

/** The attachment type of a link target, judged by the extension of its path (query and fragment ignored). */
export function attachmentTypeOf(href: string | undefined): AttachmentType | undefined {
  if (!href) return undefined;
  const name = baseName(href.trim());
  const dot = name.lastIndexOf('.');
  if (dot < 0) return undefined;
  return TYPES_BY_EXTENSION.get(name.slice(dot + 1).toLowerCase());
}

const TYPE_WORDS = [...new Set([...ATTACHMENT_TYPES.flatMap((t) => t.names), ...GENERIC_TYPE_WORDS])];
// An ASCII type name must stand alone ("PDF", ".docx"), not inside a word ("pdfs", "market").
const TYPE_PATTERN = new RegExp(
  `(?<![A-Za-z])(${TYPE_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![A-Za-z])`,
  'i',
);
const SIZE_PATTERN = /\d+(?:[.,]\d+)?\s*(?:[KMGT]i?B|[KMGT]|B|bytes?|字节|千字节|兆)(?![A-Za-z])/i;

/** Whether a text states both a file type and a size, e.g. "通知（PDF，320KB）" or "附件.docx 1.2MB". */
export function statesAttachmentInfo(text: string): boolean {
  return TYPE_PATTERN.test(text) && SIZE_PATTERN.test(text);
}

const INLINE_CONTAINERS = new Set([
  'span',
  'strong',
  'b',
  'em',
  'i',
  'u',
  'font',
  'small',
  'big',
  'sup',
  'sub',
]);
const AFTER_TEXT_LIMIT = 40;

/**
 * The text right after a link, up to the next link or block boundary (at most 40 characters): where
 * editors usually write "（PDF，320KB）".
 */
export function textAfter(link: Element, limit: number = AFTER_TEXT_LIMIT): string {
  let text = '';
  let node: AnyNode = link;
  for (;;) {
    let next: AnyNode | null = node.next;
    while (!next && node.parent && isTag(node.parent) && INLINE_CONTAINERS.has(node.parent.name)) {
      node = node.parent;
      next = node.next;
    }
    if (!next) break;
    if (isTag(next) && (next.name === 'a' || !INLINE_CONTAINERS.has(next.name))) break;
    text += rawText(next);
    if (Array.from(text).length >= limit) break;
    node = next;
  }
  return Array.from(text).slice(0, limit).join('');
}

const KB = 1024;
const MB = KB * 1024;
const GB = MB * 1024;

function oneDecimal(n: number): string {
  const rounded = Math.round(n * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/**
 * A file size as government sites write it: "320KB", "1.5MB", "12MB", "1.2GB" (binary units; below 1KB
 * rounds up to 1KB; one decimal below 10 of a unit, whole numbers above).
 */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) {
    throw new RangeError(`fileSize: 文件大小应为非负数（字节），当前为 ${String(bytes)}`);
  }
  if (bytes === 0) return '0KB';
  const kb = Math.max(1, Math.round(bytes / KB));
  if (kb < 1024) return `${kb}KB`;
  const mb = bytes / MB;
  if (Math.round(mb * 10) / 10 < 1024) return mb < 10 ? `${oneDecimal(mb)}MB` : `${Math.round(mb)}MB`;
  const gb = bytes / GB;
  return gb < 10 ? `${oneDecimal(gb)}GB` : `${Math.round(gb)}GB`;
}

/** "（PDF，320KB）" with full-width parentheses and comma. */
export function attachmentNote(type: AttachmentType, bytes: number): string {
  return `（${type.label}，${formatFileSize(bytes)}）`;
}

/** Whether a link to an attachment states its type and size in its text or right after it. */
export function attachmentLinkIsDescribed(link: Element): boolean {
  return (
    statesAttachmentInfo(`${rawText(link)} ${textAfter(link)}`) ||
    statesAttachmentInfo(link.attribs.title ?? '')
  );
}

/**
 * Inserts "（PDF，320KB）" after every attachment link in `doc` that lacks it and whose size is known.
 * Returns how many links were annotated.
 */
export function annotateAttachmentLinks(doc: Document, sizeOf: SizeOf): number {
  let count = 0;
  for (const link of elementsIn(doc)) {
    if (link.name !== 'a' || closestAncestor(link, ['a'])) continue;
    const href = link.attribs.href;
    const type = attachmentTypeOf(href);
    if (!type || attachmentLinkIsDescribed(link)) continue;
    const bytes = sizeOf(href);
    if (bytes === undefined || !Number.isFinite(bytes) || bytes < 0) continue;
    insertAfter(link, createText(attachmentNote(type, bytes)));
    count += 1;
  }
  return count;
}

/**
 * Appends "（PDF，320KB）" after attachment links that do not state their type and size, when `sizeOf`
 * knows the file's size (e.g. from the Strapi media library, by URL).
 */
export function annotateAttachments(html: string, sizeOf: SizeOf): string {
  const doc = parseHtml(html);
  if (annotateAttachmentLinks(doc, sizeOf) === 0) return html;
  return serializeHtml(doc);
}
