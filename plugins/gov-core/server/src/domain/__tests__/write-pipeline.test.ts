import {
  APPEND_ONLY_REFUSED,
  PIPELINE_STAGES,
  applyComputed,
  documentAfter,
  guardHookOf,
  orderGlobals,
} from '../write-pipeline';
import { WRITE_ACTIONS } from '../document-actions';

describe('the write pipeline', () => {
  it('runs its stages in one documented order', () => {
    expect(PIPELINE_STAGES).toEqual(['plan', 'governance', 'validation', 'disclosure', 'hooks']);
  });

  it.each([
    ['a create', null, { title: '新' }, {}, { title: '新' }],
    [
      'an update merges the stored version',
      { title: '旧', summary: '摘要' },
      { title: '新' },
      {},
      { title: '新', summary: '摘要' },
    ],
    [
      'a relation set',
      { station: { documentId: 'a' } },
      { station: 'b' },
      { station: 'b' },
      { station: { documentId: 'b' } },
    ],
    [
      'a relation cleared',
      { station: { documentId: 'a' } },
      { station: null },
      { station: null },
      { station: null },
    ],
    [
      'a relation left alone keeps the stored one',
      { station: { documentId: 'a' }, pm25: 1 },
      { pm25: 2 },
      {},
      { station: { documentId: 'a' }, pm25: 2 },
    ],
  ])('computes the document as it will be: %s', (_label, before, data, relations, after) => {
    expect(documentAfter(before, data, relations)).toEqual(after);
  });

  it('merges computed values into the data and removes those computed as undefined', () => {
    const data: Record<string, unknown> = { aqi: 999, appliedAt: '2026-01-01', title: '标题' };
    expect(applyComputed(data, { aqi: 42, appliedAt: undefined })).toEqual({ aqi: 42, title: '标题' });
    expect(applyComputed({ a: 1 }, null)).toEqual({ a: 1 });
  });

  it('orders the global rules by their order, then by name, never by registration', () => {
    const a = { name: 'chinese-variants.localizations', order: 100 };
    const b = { name: 'accessibility', order: 10 };
    const c = { name: 'a-rule', order: 100 };
    expect(orderGlobals([a, b, c]).map((g) => g.name)).toEqual(orderGlobals([c, a, b]).map((g) => g.name));
    expect(orderGlobals([a, b, c]).map((g) => g.name)).toEqual([
      'accessibility',
      'a-rule',
      'chinese-variants.localizations',
    ]);
  });

  it.each([
    ['create', 'validate'],
    ['update', 'validate'],
    ['publish', 'beforePublish'],
    ['unpublish', 'beforeUnpublish'],
    ['delete', 'beforeDelete'],
    ['discardDraft', null],
    ['clone', null],
  ] as const)('%s runs the %s hooks before the write', (action, hook) => {
    expect(guardHookOf(action)).toBe(hook);
  });

  it('lets append-only types be created and published, never changed or removed', () => {
    expect(APPEND_ONLY_REFUSED).toEqual(['update', 'delete', 'clone', 'discardDraft']);
    expect(APPEND_ONLY_REFUSED.every((a) => (WRITE_ACTIONS as readonly string[]).includes(a))).toBe(true);
  });
});
