import {
  READ_ACTIONS,
  WRITE_ACTIONS,
  resolveAction,
  refusalMessage,
  type ActionPlan,
} from '../document-actions';

const handler = () => 'handled';
const plan: ActionPlan<typeof handler> = {
  create: handler,
  update: handler,
  delete: 'pass',
  clone: { refuse: '不能复制' },
  publish: handler,
  unpublish: 'pass',
  discardDraft: 'refuse',
};

describe('document actions of Strapi 5.54', () => {
  it('lists every action the document service wraps in middlewares', () => {
    expect([...READ_ACTIONS, ...WRITE_ACTIONS].sort()).toEqual(
      [
        'clone',
        'count',
        'create',
        'delete',
        'discardDraft',
        'findFirst',
        'findMany',
        'findOne',
        'publish',
        'unpublish',
        'update',
      ].sort(),
    );
  });

  const table: [string, unknown][] = [
    ['findOne', { kind: 'read' }],
    ['findMany', { kind: 'read' }],
    ['findFirst', { kind: 'read' }],
    ['count', { kind: 'read' }],
    ['create', { kind: 'handle', handler }],
    ['update', { kind: 'handle', handler }],
    ['publish', { kind: 'handle', handler }],
    ['delete', { kind: 'pass' }],
    ['unpublish', { kind: 'pass' }],
    ['clone', { kind: 'refuse', reason: 'refused', message: '不能复制' }],
    ['discardDraft', { kind: 'refuse', reason: 'refused' }],
    // Default deny: actions a later Strapi may add, or nonsense.
    ['archive', { kind: 'refuse', reason: 'unknown' }],
    ['updateComponents', { kind: 'refuse', reason: 'unknown' }],
    ['', { kind: 'refuse', reason: 'unknown' }],
    [undefined, { kind: 'refuse', reason: 'unknown' }],
  ];
  it.each(table)('%s → %j', (action, expected) => {
    expect(resolveAction(plan, action)).toEqual(expected);
  });

  it('a plan missing an action (a JavaScript caller) refuses it', () => {
    const partial = { create: handler } as unknown as ActionPlan<typeof handler>;
    expect(resolveAction(partial, 'clone')).toEqual({ kind: 'refuse', reason: 'refused' });
  });

  it('words refusals in Chinese, naming the action', () => {
    expect(refusalMessage('信息', 'archive', 'unknown')).toBe(
      '信息不支持“archive”操作（未知的文档操作一律拒绝）',
    );
    expect(refusalMessage('信息', 'clone', 'refused')).toBe('信息不允许“clone”操作');
  });
});
