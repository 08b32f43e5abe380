/**
 * The 栏目 tree, computed over the flat list the database returns (`id`, `parentId`, `order`, …).
 *
 * Data written before a guard existed, or by hand, may hold orphans (parent deleted) and cycles; nothing
 * here loops or loses a node on such data: orphans are shown as roots and a cycle is cut at its first node.
 * Ids compare strictly (`1` and `'1'` differ): pass the same kind of id in `id` and `parentId`.
 */
import { fail, invalid, type Validation } from '@gov-portal/kit/domain';

export type NodeId = number | string;

export interface FlatNode {
  id: NodeId;
  parentId?: NodeId | null;
  order: number;
}

export type TreeNode<T extends FlatNode> = T & { children: TreeNode<T>[] };

function compareIds(a: NodeId, b: NodeId): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** Sibling order: `order`, then `id` so that equal orders stay stable across requests. */
export function compareSiblings(a: FlatNode, b: FlatNode): number {
  return a.order - b.order || compareIds(a.id, b.id);
}

function parentOf(node: FlatNode): NodeId | null {
  return node.parentId ?? null;
}

function indexById<T extends FlatNode>(nodes: readonly T[]): Map<NodeId, T> {
  const byId = new Map<NodeId, T>();
  for (const node of nodes) {
    if (byId.has(node.id)) fail('id', 'duplicate', `栏目 id ${String(node.id)} 重复`);
    byId.set(node.id, node);
  }
  return byId;
}

/** Children lists keyed by parent id, each sorted by `compareSiblings`. */
function childrenIndex<T extends FlatNode>(nodes: readonly T[]): Map<NodeId, T[]> {
  const children = new Map<NodeId, T[]>();
  for (const node of nodes) {
    const parent = parentOf(node);
    if (parent === null) continue;
    const list = children.get(parent);
    if (list) list.push(node);
    else children.set(parent, [node]);
  }
  for (const list of children.values()) list.sort(compareSiblings);
  return children;
}

/**
 * Nests the flat list. Roots are the nodes without a parent or whose parent is missing from the list;
 * children are sorted by `order` then `id`. Returns fresh objects (`{ ...node, children }`).
 */
export function buildTree<T extends FlatNode>(nodes: readonly T[]): TreeNode<T>[] {
  const byId = indexById(nodes);
  const children = childrenIndex(nodes);
  const placed = new Set<NodeId>();

  const attach = (node: T): TreeNode<T> => {
    placed.add(node.id);
    const tree: TreeNode<T> = { ...node, children: [] };
    for (const child of children.get(node.id) ?? []) {
      if (!placed.has(child.id)) tree.children.push(attach(child));
    }
    return tree;
  };

  const sorted = [...nodes].sort(compareSiblings);
  const roots: TreeNode<T>[] = [];
  for (const node of sorted) {
    const parent = parentOf(node);
    if (parent === null || !byId.has(parent)) roots.push(attach(node));
  }
  // What is left sits on a cycle or hangs below one: cut each cycle at its first node in sibling order.
  for (const node of sorted) {
    if (!placed.has(node.id)) roots.push(attach(node));
  }
  return roots;
}

/**
 * Whether giving `nodeId` the parent `newParentId` would make a cycle: the node itself, or any node below
 * it. `null` (move to the top level) never does.
 */
export function wouldCreateCycle(
  nodes: readonly FlatNode[],
  nodeId: NodeId,
  newParentId: NodeId | null,
): boolean {
  if (newParentId === null) return false;
  if (newParentId === nodeId) return true;
  const byId = indexById(nodes);
  const seen = new Set<NodeId>();
  let current: NodeId | null = newParentId;
  while (current !== null && !seen.has(current)) {
    if (current === nodeId) return true;
    seen.add(current);
    const node = byId.get(current);
    current = node ? parentOf(node) : null;
  }
  return false;
}

/**
 * Checks a parent change for the column `nodeId`: the parent must exist and must not be the column itself or
 * one of its descendants. `field` names the relation in the API (default `parent`).
 */
export function validateParent(
  nodes: readonly FlatNode[],
  nodeId: NodeId,
  newParentId: NodeId | null,
  field = 'parent',
): Validation {
  if (newParentId === null) return { ok: true };
  if (!nodes.some((node) => node.id === newParentId)) {
    return invalid(field, 'exists', `上级栏目 ${String(newParentId)} 不存在`);
  }
  if (newParentId === nodeId) return invalid(field, 'cycle', '栏目不能以自身为上级栏目');
  if (wouldCreateCycle(nodes, nodeId, newParentId)) {
    return invalid(field, 'cycle', '不能把栏目移到它自己的下级栏目之下');
  }
  return { ok: true };
}

/** Ancestors from the root down to the node itself; `[]` for an unknown id. */
export function breadcrumb<T extends FlatNode>(nodes: readonly T[], nodeId: NodeId): T[] {
  const byId = indexById(nodes);
  const path: T[] = [];
  const seen = new Set<NodeId>();
  let current = byId.get(nodeId);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    path.push(current);
    const parent = parentOf(current);
    current = parent === null ? undefined : byId.get(parent);
  }
  return path.reverse();
}

/** Every node below `id` (not `id` itself), depth first in sibling order. */
export function descendants<T extends FlatNode>(nodes: readonly T[], id: NodeId): T[] {
  indexById(nodes);
  const children = childrenIndex(nodes);
  const result: T[] = [];
  const seen = new Set<NodeId>([id]);
  const visit = (parent: NodeId): void => {
    for (const child of children.get(parent) ?? []) {
      if (seen.has(child.id)) continue;
      seen.add(child.id);
      result.push(child);
      visit(child.id);
    }
  };
  visit(id);
  return result;
}
