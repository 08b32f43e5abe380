/**
 * Parsing, walking and serialising HTML with htmlparser2's DOM (no regular expressions over markup).
 */
import { parseDocument } from 'htmlparser2';
import { Element, Text, isTag, isText, hasChildren } from 'domhandler';
import type { AnyNode, ChildNode, Document, ParentNode } from 'domhandler';
import render from 'dom-serializer';
import { DomainValidationError } from '@gov-portal/kit/domain';

export { Element, Text, isTag, isText };
export type { AnyNode, ChildNode, Document, ParentNode };

/** Elements whose content is not text a reader sees (or hears). */
const NON_TEXT_ELEMENTS = new Set(['script', 'style', 'template']);

export const HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;

/**
 * Browsers stop nesting at 512 levels (Blink's HTML tree builder limit); deeper markup is never what an
 * editor meant and would exhaust the stack of recursive walkers, so it is refused.
 */
export const MAX_NESTING_DEPTH = 512;

function nestingDepth(doc: Document): number {
  let max = 0;
  const stack: Array<[AnyNode, number]> = [[doc, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > max) max = depth;
    if (hasChildren(node)) for (const child of node.children) stack.push([child, depth + 1]);
  }
  return max;
}

/** Parse an HTML fragment; throws a DomainValidationError (rule html-nesting-depth) when it nests deeper than browsers render. */
export function parseHtml(html: string, field: string = 'html'): Document {
  const doc = parseDocument(html, { decodeEntities: true });
  if (nestingDepth(doc) > MAX_NESTING_DEPTH) {
    throw DomainValidationError.of(
      field,
      'html-nesting-depth',
      `HTML 嵌套超过 ${MAX_NESTING_DEPTH} 层，请清除多余格式后再保存`,
    );
  }
  return doc;
}

/** Serialise back to HTML, keeping Chinese text as UTF-8 (only &, <, >, " are escaped). */
export function serializeHtml(node: AnyNode | ArrayLike<AnyNode>): string {
  return render(node, { encodeEntities: 'utf8', emptyAttrs: true });
}

export function isNonTextElement(node: AnyNode): boolean {
  return isTag(node) && NON_TEXT_ELEMENTS.has(node.name);
}

export function headingLevel(node: AnyNode): number | undefined {
  if (!isTag(node) || !/^h[1-6]$/.test(node.name)) return undefined;
  return Number(node.name.slice(1));
}

/** role="presentation" / role="none": the accepted way to mark layout tables and decorative images. */
export function isPresentational(el: Element): boolean {
  const role = (el.attribs.role ?? '').trim().toLowerCase().split(/\s+/)[0];
  return role === 'presentation' || role === 'none';
}

/** Hidden from screen readers (decorative by role, or aria-hidden). */
export function isHiddenFromAssistiveTech(el: Element): boolean {
  return isPresentational(el) || el.attribs['aria-hidden'] === 'true';
}

export function hasClass(node: AnyNode | null, className: string): boolean {
  return !!node && isTag(node) && (node.attribs.class ?? '').split(/\s+/).includes(className);
}

/** All elements under `root`, in document order (pre-order). */
export function elementsIn(root: AnyNode): Element[] {
  const out: Element[] = [];
  const visit = (node: AnyNode): void => {
    if (isTag(node)) out.push(node);
    if (hasChildren(node)) for (const child of node.children) visit(child);
  };
  visit(root);
  return out;
}

/** All nodes under `root` (root included), in document order. */
export function nodesIn(root: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  const visit = (node: AnyNode): void => {
    out.push(node);
    if (hasChildren(node)) for (const child of node.children) visit(child);
  };
  visit(root);
  return out;
}

/** The nearest ancestor (not self) whose tag is one of `names`. */
export function closestAncestor(node: AnyNode, names: readonly string[]): Element | undefined {
  for (let p = node.parent; p; p = p.parent) if (isTag(p) && names.includes(p.name)) return p;
  return undefined;
}

export function isInsideNonText(node: AnyNode): boolean {
  for (let p = node.parent; p; p = p.parent) if (isNonTextElement(p)) return true;
  return false;
}

/** Raw text of a subtree, like the DOM's `textContent` but without script/style/template content. */
export function rawText(node: AnyNode | readonly AnyNode[]): string {
  if (Array.isArray(node)) return node.map((n) => rawText(n)).join('');
  const single = node as AnyNode;
  if (isText(single)) return single.data;
  if (isNonTextElement(single)) return '';
  if (hasChildren(single)) return single.children.map((child) => rawText(child)).join('');
  return '';
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The text a reader sees in an HTML fragment, whitespace collapsed. Use it with `containsTextInOrder` to
 * prove a transformation lost no text.
 */
export function textContent(html: string): string {
  return collapseWhitespace(rawText(parseHtml(html)));
}

/**
 * Whether every non-whitespace character of `original` appears in `output` in the same order (a
 * subsequence test: the output may add text, such as link targets or "（外部链接）", but never drop any).
 */
export function containsTextInOrder(original: string, output: string): boolean {
  const want = Array.from(original.replace(/\s+/g, ''));
  const have = Array.from(output.replace(/\s+/g, ''));
  let i = 0;
  for (const ch of have) {
    if (i < want.length && ch === want[i]) i += 1;
  }
  return i === want.length;
}

/**
 * The accessible name a screen reader computes for an element, simplified: aria-labelledby, aria-label,
 * then the text content with images' alt text, then title.
 */
export function accessibleName(el: Element, byId: ReadonlyMap<string, Element>): string {
  const labelledBy = (el.attribs['aria-labelledby'] ?? '')
    .split(/\s+/)
    .map((id) => byId.get(id))
    .filter((ref): ref is Element => ref !== undefined)
    .map((ref) => textWithAlt(ref))
    .join(' ');
  if (collapseWhitespace(labelledBy)) return collapseWhitespace(labelledBy);
  const label = collapseWhitespace(el.attribs['aria-label'] ?? '');
  if (label) return label;
  const content = collapseWhitespace(textWithAlt(el));
  if (content) return content;
  return collapseWhitespace(el.attribs.title ?? '');
}

/** Text content where images count as their alt text (how links and headings are read aloud). */
export function textWithAlt(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (!isTag(node) || isNonTextElement(node)) return '';
  if (node.name === 'img') return ` ${node.attribs.alt ?? ''} `;
  return node.children.map((child) => textWithAlt(child)).join('');
}

export function indexElementsById(root: AnyNode): Map<string, Element> {
  const byId = new Map<string, Element>();
  for (const el of elementsIn(root)) {
    const id = el.attribs.id;
    if (id && !byId.has(id)) byId.set(id, el);
  }
  return byId;
}

export const MAX_EXCERPT_LENGTH = 120;

/** Up to 120 characters of markup or text, whitespace collapsed, with "…" when cut. */
export function excerptOf(nodeOrText: AnyNode | string): string {
  const source = typeof nodeOrText === 'string' ? nodeOrText : serializeHtml(nodeOrText);
  const chars = Array.from(collapseWhitespace(source));
  if (chars.length <= MAX_EXCERPT_LENGTH) return chars.join('');
  return `${chars.slice(0, MAX_EXCERPT_LENGTH - 1).join('')}…`;
}

export function insertAfter(node: ChildNode, inserted: ChildNode): void {
  const parent = node.parent;
  if (!parent) return;
  const siblings = parent.children;
  siblings.splice(siblings.indexOf(node) + 1, 0, inserted);
  inserted.parent = parent;
  inserted.prev = node;
  inserted.next = node.next;
  if (node.next) node.next.prev = inserted;
  node.next = inserted;
}

export function appendChild(parent: Element, child: ChildNode): void {
  const last = parent.children[parent.children.length - 1] ?? null;
  parent.children.push(child);
  child.parent = parent;
  child.prev = last;
  child.next = null;
  if (last) last.next = child;
}

/** Put `wrapper` where `node` was and move `node` inside it. */
export function wrapWith(node: ChildNode, wrapper: Element): void {
  const parent = node.parent;
  if (!parent) return;
  const siblings = parent.children;
  siblings[siblings.indexOf(node)] = wrapper;
  wrapper.parent = parent;
  wrapper.prev = node.prev;
  wrapper.next = node.next;
  if (node.prev) node.prev.next = wrapper;
  if (node.next) node.next.prev = wrapper;
  node.prev = null;
  node.next = null;
  wrapper.children = [];
  appendChild(wrapper, node);
}

export function createElement(
  name: string,
  attribs: Record<string, string>,
  children: ChildNode[] = [],
): Element {
  const el = new Element(name, attribs);
  for (const child of children) appendChild(el, child);
  return el;
}

export function createText(data: string): Text {
  return new Text(data);
}
