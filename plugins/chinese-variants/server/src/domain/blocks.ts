/**
 * Strapi 5 "blocks" rich text (the JSON the Blocks editor stores): an array of block nodes
 * (`paragraph`, `heading`, `list` > `list-item`, `quote`, `code`, `image`) whose inline children are text
 * leaves `{ type: 'text', text, bold?, italic?, underline?, strikethrough?, code? }` and `link` nodes
 * `{ type: 'link', url, children }`. Source: @strapi/content-manager BlocksEditor and
 * @strapi/types `Schema.Attribute.BlocksValue`.
 */
import { cloneData } from './clone';
import { convertRun } from './text-runs';

export interface BlocksTextNode {
  type: 'text';
  text: string;
  code?: boolean;
  [mark: string]: unknown;
}

export interface BlocksNode {
  type: string;
  children?: BlocksNode[];
  [key: string]: unknown;
}

type Convert = (text: string) => string;

function isNode(value: unknown): value is BlocksNode {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as BlocksNode).type === 'string'
  );
}

function isTextLeaf(node: BlocksNode): node is BlocksTextNode {
  return node.type === 'text' && typeof node.text === 'string';
}

/** Copies a node with new `children`; every other property (url, level, format, marks) is copied as is. */
function copyWith(node: BlocksNode, children: unknown[]): BlocksNode {
  const { children: _replaced, ...rest } = node;
  const copy = cloneData(rest) as BlocksNode;
  copy.children = children as BlocksNode[];
  return copy;
}

/**
 * An inline container's text leaves (through links), converted as one run per stretch of prose; a leaf
 * marked `code` is code, not prose, and ends the stretch unconverted.
 */
function convertInlineChildren(children: readonly unknown[], convert: Convert): unknown[] {
  const copies = cloneData(children) as unknown[];
  let stretch: BlocksTextNode[] = [];
  const flush = () => {
    const converted = convertRun(
      stretch.map((leaf) => leaf.text),
      convert,
    );
    stretch.forEach((leaf, i) => {
      leaf.text = converted[i];
    });
    stretch = [];
  };
  const visit = (nodes: readonly unknown[]) => {
    for (const node of nodes) {
      if (!isNode(node)) continue;
      if (isTextLeaf(node)) {
        if (node.code === true) flush();
        else stretch.push(node);
      } else if (Array.isArray(node.children)) {
        visit(node.children);
      }
    }
  };
  visit(copies);
  flush();
  return copies;
}

function isInlineContainer(children: readonly unknown[]): boolean {
  return children.every((child) => !isNode(child) || child.type === 'text' || child.type === 'link');
}

function convertNode(node: unknown, convert: Convert): unknown {
  if (!isNode(node)) return cloneData(node);
  if (node.type === 'code') return cloneData(node);
  if (node.type === 'image') {
    const copy = cloneData(node) as BlocksNode & { image?: Record<string, unknown> };
    if (copy.image && typeof copy.image === 'object') {
      for (const field of ['alternativeText', 'caption'] as const) {
        const value = copy.image[field];
        if (typeof value === 'string') copy.image[field] = convert(value);
      }
    }
    return copy;
  }
  if (isTextLeaf(node))
    return node.code === true ? cloneData(node) : { ...cloneData(node), text: convert(node.text) };
  if (!Array.isArray(node.children)) return cloneData(node);
  return copyWith(
    node,
    isInlineContainer(node.children)
      ? convertInlineChildren(node.children, convert)
      : node.children.map((child) => convertNode(child, convert)),
  );
}

/**
 * Returns a converted copy of a blocks value: the text of text leaves and each image's
 * `alternativeText`/`caption`. Code blocks, inline code, URLs, image URLs/file data and every other
 * property are copied unchanged. Non-array input is returned as is.
 */
export function convertBlocks<T>(blocks: T, convertText: Convert): T {
  if (!Array.isArray(blocks)) return blocks;
  return blocks.map((node) => convertNode(node, convertText)) as T;
}
