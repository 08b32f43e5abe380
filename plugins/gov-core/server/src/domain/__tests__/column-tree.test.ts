import fc from 'fast-check';
import {
  breadcrumb,
  buildTree,
  descendants,
  validateParent,
  wouldCreateCycle,
  type FlatNode,
  type NodeId,
  type TreeNode,
} from '../column-tree';
import { DomainValidationError } from '@gov-portal/kit/domain';

interface Column extends FlatNode {
  id: number;
  parentId: number | null;
  order: number;
  name: string;
}

// A slice of the 道县 portal: 首页 columns with 政务公开 below, given in database order, not tree order.
const COLUMNS: Column[] = [
  { id: 7, parentId: 2, order: 2, name: '政府信息公开年报' },
  { id: 1, parentId: null, order: 1, name: '走进道县' },
  { id: 2, parentId: null, order: 2, name: '政务公开' },
  { id: 3, parentId: null, order: 3, name: '政务服务' },
  { id: 4, parentId: 2, order: 1, name: '政府信息公开指南' },
  { id: 5, parentId: 2, order: 1, name: '政府信息公开制度' },
  { id: 6, parentId: 5, order: 1, name: '规范性文件' },
  { id: 8, parentId: 4, order: 1, name: '依申请公开' },
  { id: 9, parentId: 6, order: 1, name: '2017年' },
];

function shape<T extends FlatNode>(trees: TreeNode<T>[]): unknown[] {
  return trees.map((tree) => (tree.children.length ? { [String(tree.id)]: shape(tree.children) } : tree.id));
}

function ids(nodes: readonly FlatNode[]): NodeId[] {
  return nodes.map((node) => node.id);
}

describe('buildTree', () => {
  it('nests columns and sorts siblings by order, then id', () => {
    expect(shape(buildTree(COLUMNS))).toEqual([1, { 2: [{ 4: [8] }, { 5: [{ 6: [9] }] }, 7] }, 3]);
  });

  it('keeps every field of the input and does not modify it', () => {
    const before = JSON.stringify(COLUMNS);
    const [, zhengwu] = buildTree(COLUMNS);
    expect(zhengwu).toMatchObject({ id: 2, name: '政务公开', order: 2, parentId: null });
    expect(zhengwu.children[0].name).toBe('政府信息公开指南');
    expect(JSON.stringify(COLUMNS)).toBe(before);
  });

  it('returns an empty forest for no columns', () => {
    expect(buildTree([])).toEqual([]);
  });

  it('sorts string ids (Strapi documentIds) as text when orders are equal', () => {
    const nodes = [
      { id: 'b', parentId: null, order: 0 },
      { id: 'a', parentId: null, order: 0 },
      { id: 'c', parentId: 'a', order: 0 },
    ];
    expect(shape(buildTree(nodes))).toEqual([{ a: ['c'] }, 'b']);
  });

  it('accepts nodes without a parentId property as roots', () => {
    expect(
      shape(
        buildTree([
          { id: 1, order: 0 },
          { id: 2, parentId: 1, order: 0 },
        ]),
      ),
    ).toEqual([{ 1: [2] }]);
  });

  it('shows a column whose parent was deleted as a root', () => {
    const nodes = [
      { id: 1, parentId: null, order: 2 },
      { id: 2, parentId: 99, order: 1 },
      { id: 3, parentId: 2, order: 1 },
    ];
    expect(shape(buildTree(nodes))).toEqual([{ 2: [3] }, 1]);
  });

  it('cuts a cycle in stored data at its first node instead of looping or dropping it', () => {
    const nodes = [
      { id: 1, parentId: null, order: 1 },
      { id: 2, parentId: 4, order: 1 },
      { id: 3, parentId: 2, order: 1 },
      { id: 4, parentId: 3, order: 1 },
      { id: 5, parentId: 3, order: 2 },
      { id: 6, parentId: 6, order: 3 },
    ];
    expect(shape(buildTree(nodes))).toEqual([1, { 2: [{ 3: [4, 5] }] }, 6]);
  });

  it('refuses duplicate ids', () => {
    expect(() =>
      buildTree([
        { id: 1, parentId: null, order: 0 },
        { id: 1, parentId: null, order: 1 },
      ]),
    ).toThrow(DomainValidationError);
  });

  const forests = fc
    .array(
      fc.record({ parent: fc.option(fc.nat(30), { nil: null }), order: fc.integer({ min: -3, max: 3 }) }),
      {
        maxLength: 30,
      },
    )
    .map((rows) => rows.map((row, index) => ({ id: index, parentId: row.parent, order: row.order })));

  it('places every node exactly once, whatever the parents (orphans and cycles included)', () => {
    fc.assert(
      fc.property(forests, (nodes) => {
        const seen: NodeId[] = [];
        const walk = (trees: TreeNode<FlatNode>[]): void =>
          trees.forEach((tree) => {
            seen.push(tree.id);
            walk(tree.children);
          });
        walk(buildTree(nodes));
        expect([...seen].sort((a, b) => Number(a) - Number(b))).toEqual(ids(nodes));
      }),
    );
  });

  it('agrees with descendants on every acyclic forest', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1, max: 40 }), { maxLength: 40 }).map((parents) =>
          // A parent with a smaller id than its child can never close a cycle.
          parents.map((p, id) => ({ id, parentId: p >= 0 && p < id ? p : null, order: (id * 7) % 5 })),
        ),
        (nodes) => {
          const find = (trees: TreeNode<FlatNode>[], id: NodeId): TreeNode<FlatNode> | undefined => {
            for (const tree of trees) {
              const hit = tree.id === id ? tree : find(tree.children, id);
              if (hit) return hit;
            }
            return undefined;
          };
          const flatten = (trees: TreeNode<FlatNode>[]): NodeId[] =>
            trees.flatMap((tree) => [tree.id, ...flatten(tree.children)]);
          const forest = buildTree(nodes);
          for (const node of nodes) {
            expect(ids(descendants(nodes, node.id))).toEqual(flatten(find(forest, node.id)?.children ?? []));
          }
        },
      ),
    );
  });
});

describe('wouldCreateCycle', () => {
  it.each([
    [2, 2, true, 'the column itself'],
    [2, 4, true, 'a child'],
    [2, 9, true, 'a grandchild’s child'],
    [5, 9, true, 'a descendant two levels down'],
    [2, 1, false, 'another root'],
    [6, 4, false, 'a column in a sibling branch'],
    [9, 2, false, 'an ancestor'],
    [2, null, false, 'the top level'],
    [2, 99, false, 'a column that does not exist'],
  ])('moving %p under %p: %p (%s)', (nodeId, parentId, expected, _reason) => {
    expect(wouldCreateCycle(COLUMNS, nodeId, parentId)).toBe(expected);
  });

  it('terminates on data that already holds a cycle not involving the moved column', () => {
    const nodes = [
      { id: 1, parentId: 2, order: 0 },
      { id: 2, parentId: 1, order: 0 },
      { id: 3, parentId: null, order: 0 },
    ];
    expect(wouldCreateCycle(nodes, 3, 1)).toBe(false);
    expect(wouldCreateCycle(nodes, 1, 2)).toBe(true);
  });
});

describe('validateParent', () => {
  it.each([
    [4, null, { ok: true }],
    [4, 5, { ok: true }],
    [4, 4, { ok: false, field: 'parent', rule: 'cycle', message: 'parent: 栏目不能以自身为上级栏目' }],
    [
      2,
      9,
      { ok: false, field: 'parent', rule: 'cycle', message: 'parent: 不能把栏目移到它自己的下级栏目之下' },
    ],
    [2, 99, { ok: false, field: 'parent', rule: 'exists', message: 'parent: 上级栏目 99 不存在' }],
  ])('moving %p under %p gives %p', (nodeId, parentId, expected) => {
    expect(validateParent(COLUMNS, nodeId, parentId)).toEqual(expected);
  });

  it('uses the field name it is given', () => {
    expect(validateParent(COLUMNS, 2, 2, 'parentColumn')).toMatchObject({ field: 'parentColumn' });
  });
});

describe('breadcrumb', () => {
  it.each([
    [9, ['政务公开', '政府信息公开制度', '规范性文件', '2017年']],
    [2, ['政务公开']],
    [8, ['政务公开', '政府信息公开指南', '依申请公开']],
  ])('leads from the root to column %p', (id, names) => {
    expect(breadcrumb(COLUMNS, id).map((column) => column.name)).toEqual(names);
  });

  it('is empty for an unknown column', () => {
    expect(breadcrumb(COLUMNS, 99)).toEqual([]);
  });

  it('starts at the highest ancestor still present when a parent was deleted', () => {
    const nodes = [
      { id: 2, parentId: 99, order: 0 },
      { id: 3, parentId: 2, order: 0 },
    ];
    expect(ids(breadcrumb(nodes, 3))).toEqual([2, 3]);
  });

  it('stops on a cycle in stored data', () => {
    const nodes = [
      { id: 1, parentId: 2, order: 0 },
      { id: 2, parentId: 1, order: 0 },
    ];
    expect(ids(breadcrumb(nodes, 1))).toEqual([2, 1]);
  });
});

describe('descendants', () => {
  it.each([
    [2, [4, 8, 5, 6, 9, 7]],
    [5, [6, 9]],
    [9, []],
    [99, []],
  ])('lists the columns below %p depth first in sibling order', (id, expected) => {
    expect(ids(descendants(COLUMNS, id))).toEqual(expected);
  });

  it('lists each column of a cycle once and never the column itself', () => {
    const nodes = [
      { id: 1, parentId: 3, order: 0 },
      { id: 2, parentId: 1, order: 0 },
      { id: 3, parentId: 2, order: 0 },
    ];
    expect(ids(descendants(nodes, 1))).toEqual([2, 3]);
  });
});
