/**
 * Classification trees of a report, exact: amounts are bigint hundredths of the report's unit, and every
 * node's amount is the sum of the leaf lines under it, so a parent is always the exact sum of its children.
 */
import { parentCode } from './codes';

export interface TreeLine {
  code: string;
  name: string;
  amount: bigint;
  lastYearAmount: bigint | null;
  basic?: bigint;
  project?: bigint;
  /** Lines of one table (one fund) share a group: a row is a total when rows of its group lie below it. */
  group?: string;
}

export interface TreeNode {
  code: string;
  name: string;
  amount: bigint;
  lastYearAmount: bigint | null;
  /** 基本支出 and 项目支出 of the amount (function trees). */
  basic: bigint;
  project: bigint;
  children: TreeNode[];
}

const add = (a: bigint | null, b: bigint | null) => (a === null ? b : b === null ? a : a + b);

/**
 * The tree of `lines` (rows at 类, 款 and 项 level; several lines of one code add up). Only the most detailed
 * rows count: a row whose code has rows below it is a total, and its own figures are replaced by the sum of
 * those rows (an import refuses a file where they differ). Names come from the rows; a parent without a row
 * takes its name from `nameOf` (the edition), else its code.
 */
export function buildTree(
  lines: readonly TreeLine[],
  nameOf: (code: string) => string | undefined,
): TreeNode[] {
  const key = (group: string | undefined, code: string) => `${group ?? ''}\u0000${code}`;
  const hasChildren = new Set<string>();
  for (const l of lines)
    for (let p = parentCode(l.code); p; p = parentCode(p)) hasChildren.add(key(l.group, p));
  const nodes = new Map<string, TreeNode>();
  const node = (code: string): TreeNode => {
    let n = nodes.get(code);
    if (!n) {
      n = {
        code,
        name: nameOf(code) ?? code,
        amount: 0n,
        lastYearAmount: null,
        basic: 0n,
        project: 0n,
        children: [],
      };
      nodes.set(code, n);
      const parent = parentCode(code);
      if (parent) node(parent).children.push(n);
    }
    return n;
  };
  for (const line of lines) {
    const n = node(line.code);
    if (line.name) n.name = line.name;
    if (hasChildren.has(key(line.group, line.code))) continue;
    // A leaf: its figures go to itself and every ancestor.
    for (let c: string | null = line.code; c; c = parentCode(c)) {
      const target = node(c);
      target.amount += line.amount;
      target.basic += line.basic ?? 0n;
      target.project += line.project ?? 0n;
      target.lastYearAmount = add(target.lastYearAmount, line.lastYearAmount);
    }
  }
  const sort = (list: TreeNode[]) => {
    list.sort((a, b) => a.code.localeCompare(b.code));
    for (const n of list) sort(n.children);
    return list;
  };
  return sort([...nodes.values()].filter((n) => parentCode(n.code) === null));
}

/** Sum of the top level of a tree. */
export const treeTotal = (nodes: readonly TreeNode[]) => nodes.reduce((t, n) => t + n.amount, 0n);
