/**
 * Strapi's `blocks` rich text (JSON nodes) rendered to HTML, so the same checker and profiles apply to it.
 * Node shapes: @strapi/strapi `Schema.Attribute.BlocksValue` (paragraph, heading, list, quote, code, image,
 * link, text with bold/italic/underline/strikethrough/code marks).
 */
import { createElement, createText, serializeHtml } from './html';
import type { ChildNode } from './html';

type BlockNode = Record<string, unknown> & { type?: unknown; children?: unknown };

const asNodes = (value: unknown): BlockNode[] =>
  Array.isArray(value) ? value.filter((n): n is BlockNode => !!n && typeof n === 'object') : [];

const MARKS: ReadonlyArray<[string, string]> = [
  ['code', 'code'],
  ['bold', 'strong'],
  ['italic', 'em'],
  ['underline', 'u'],
  ['strikethrough', 's'],
];

function inline(node: BlockNode): ChildNode[] {
  if (node.type === 'text') {
    let out: ChildNode = createText(typeof node.text === 'string' ? node.text : '');
    for (const [mark, tag] of MARKS) if (node[mark] === true) out = createElement(tag, {}, [out]);
    return [out];
  }
  if (node.type === 'link') {
    const href = typeof node.url === 'string' ? node.url : '';
    return [createElement('a', { href }, asNodes(node.children).flatMap(inline))];
  }
  return asNodes(node.children).flatMap(inline);
}

function block(node: BlockNode): ChildNode[] {
  const children = () => asNodes(node.children).flatMap(inline);
  switch (node.type) {
    case 'paragraph':
      return [createElement('p', {}, children())];
    case 'heading': {
      const level = Math.min(6, Math.max(1, Number(node.level) || 2));
      return [createElement(`h${level}`, {}, children())];
    }
    case 'quote':
      return [createElement('blockquote', {}, children())];
    case 'code':
      return [createElement('pre', {}, [createElement('code', {}, children())])];
    case 'list': {
      const items = asNodes(node.children).map((item) =>
        item.type === 'list'
          ? createElement('li', {}, block(item))
          : createElement(
              'li',
              {},
              asNodes(item.children).flatMap((c) => (c.type === 'list' ? block(c) : inline(c))),
            ),
      );
      return [createElement(node.format === 'ordered' ? 'ol' : 'ul', {}, items)];
    }
    case 'image': {
      const image = (node.image ?? {}) as Record<string, unknown>;
      const attribs: Record<string, string> = { src: typeof image.url === 'string' ? image.url : '' };
      // Strapi stores the media library's alternativeText (null when the editor left it empty).
      if (typeof image.alternativeText === 'string') attribs.alt = image.alternativeText;
      return [createElement('img', attribs)];
    }
    default:
      return children().length ? [createElement('p', {}, children())] : [];
  }
}

/** The HTML a front end would render for a `blocks` value (an empty string for anything else). */
export function blocksToHtml(value: unknown): string {
  return serializeHtml(asNodes(value).flatMap(block));
}
