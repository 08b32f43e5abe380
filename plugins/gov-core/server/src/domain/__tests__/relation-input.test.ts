import { isNoOpRelationInput, parseToOne, writesOtherDocuments } from '../relation-input';

const D = 'abcdefghijklmnopqrstuvwx';
const E = 'bcdefghijklmnopqrstuvwxy';

describe('parseToOne: the unambiguous to-one shapes are accepted as the one state Strapi stores', () => {
  const accepted: [string, unknown, unknown][] = [
    ['absent', undefined, { kind: 'unchanged' }],
    ['null', null, { kind: 'set', ref: null }],
    ['a documentId', D, { kind: 'set', ref: { documentId: D } }],
    ['a numeric id', 7, { kind: 'set', ref: { id: 7 } }],
    ['a numeric id as a string', '7', { kind: 'set', ref: { id: 7 } }],
    ['{ documentId }', { documentId: D }, { kind: 'set', ref: { documentId: D } }],
    ['{ id }', { id: 7 }, { kind: 'set', ref: { id: 7 } }],
    [
      '{ documentId, locale, status }',
      { documentId: D, locale: 'zh-Hans', status: 'draft' },
      {
        kind: 'set',
        ref: { documentId: D, locale: 'zh-Hans', status: 'draft' },
      },
    ],
    ['[one]', [D], { kind: 'set', ref: { documentId: D } }],
    ['[]', [], { kind: 'set', ref: null }],
    ['{ connect: [one] }', { connect: [{ documentId: D }] }, { kind: 'set', ref: { documentId: D } }],
    ['{ connect: one }', { connect: { documentId: D } }, { kind: 'set', ref: { documentId: D } }],
    [
      "the content manager's shape",
      {
        connect: [{ id: 3, documentId: D, locale: null, isTemporary: true, position: { end: true } }],
        disconnect: [],
      },
      { kind: 'set', ref: { id: 3, documentId: D } },
    ],
    [
      'the content manager replacing one by another',
      { connect: [{ id: 3, documentId: D }], disconnect: [{ id: 4, documentId: E, locale: 'zh-Hans' }] },
      { kind: 'set', ref: { id: 3, documentId: D } },
    ],
    ['{ set: [one] }', { set: [{ documentId: D }] }, { kind: 'set', ref: { documentId: D } }],
    ['{ set: one }', { set: D }, { kind: 'set', ref: { documentId: D } }],
    ['{ set: [] }', { set: [] }, { kind: 'set', ref: null }],
    [
      '{ disconnect: [one] }',
      { disconnect: [{ documentId: D }] },
      { kind: 'disconnect', refs: [{ documentId: D }] },
    ],
    ['empty operations', { connect: [], disconnect: [] }, { kind: 'unchanged' }],
    ["the content manager's read shape echoed back", { count: 1 }, { kind: 'unchanged' }],
  ];
  it.each(accepted)('%s', (_label, value, expected) => {
    expect(parseToOne('department', value)).toEqual({ ok: true, value: expected });
  });
});

describe('parseToOne: ambiguous or unknown shapes are refused with a 400 naming the field', () => {
  const refused: [string, unknown, string][] = [
    [
      'connect with two entries (Strapi keeps the first)',
      { connect: [{ documentId: E }, { documentId: D }] },
      'to-one',
    ],
    ['an array of two (Strapi keeps the last)', [E, D], 'to-one'],
    ['set with two', { set: [{ documentId: E }, { documentId: D }] }, 'to-one'],
    ['connect and set', { connect: [{ documentId: E }], set: [{ documentId: D }] }, 'to-one'],
    ['set and disconnect', { set: [D], disconnect: [E] }, 'to-one'],
    [
      'connecting and disconnecting the same',
      { connect: [{ documentId: D }], disconnect: [{ documentId: D }] },
      'to-one',
    ],
    ['a before position', { connect: [{ documentId: D, position: { before: E } }] }, 'relation-shape'],
    ['an after position', { connect: [{ documentId: D, position: { after: E } }] }, 'relation-shape'],
    ['a position outside connect', { documentId: D, position: { end: true } }, 'relation-shape'],
    ['an unknown operation key', { connect: [D], options: { strict: false } }, 'relation-shape'],
    ['an unknown reference key', { documentId: D, where: { id: 1 } }, 'relation-shape'],
    ['a string Strapi would read as a number', '12abc', 'relation-shape'],
    ['a negative id', -1, 'relation-shape'],
    ['a fractional id', 1.5, 'relation-shape'],
    ['an empty string', '', 'relation-shape'],
    ['a reference without id or documentId', { locale: 'zh-Hans' }, 'relation-shape'],
    ['a bad status hint', { documentId: D, status: 'archived' }, 'relation-shape'],
    ['a locale hint that is not a string', { documentId: D, locale: 3 }, 'relation-shape'],
    ['set: null', { set: null }, 'relation-shape'],
    ['connect: null', { connect: null }, 'relation-shape'],
    ['a boolean', true, 'relation-shape'],
    ['an operator object', { $ne: D }, 'relation-shape'],
    ['a count with anything else', { count: 1, documentId: D }, 'relation-shape'],
  ];
  it.each(refused)('%s', (_label, value, rule) => {
    const parsed = parseToOne('department', value);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.field).toBe('department');
      expect(parsed.rule).toBe(rule);
      expect(parsed.message).toMatch(/^department: /);
    }
  });
});

describe('writesOtherDocuments: relations whose write changes another document (Strapi 5.54 entity-manager)', () => {
  const T = 'plugin::t.x';
  it.each([
    [
      'the inverse side of a one-to-many (interpretedBy)',
      { relation: 'oneToMany', mappedBy: 'interprets' },
      true,
    ],
    ['the inverse side of a one-to-one', { relation: 'oneToOne', mappedBy: 'other' }, true],
    ['the inverse side of a many-to-many', { relation: 'manyToMany', mappedBy: 'other' }, true],
    ['a bidirectional one-to-one owning side', { relation: 'oneToOne', inversedBy: 'other' }, true],
    ['a bidirectional one-to-many owning side', { relation: 'oneToMany', inversedBy: 'other' }, true],
    [
      'a bidirectional many-to-one owning side (interprets)',
      { relation: 'manyToOne', inversedBy: 'x' },
      false,
    ],
    ['a bidirectional many-to-many owning side', { relation: 'manyToMany', inversedBy: 'x' }, false],
    ['a unidirectional one-to-one (publisher)', { relation: 'oneToOne' }, false],
    ['a unidirectional many-to-one (department)', { relation: 'manyToOne' }, false],
  ])('%s → %s', (_label, shape, expected) => {
    expect(writesOtherDocuments({ type: 'relation', target: T, ...shape } as never)).toBe(expected);
  });
  it('is false for what is not a relation', () => {
    expect(writesOtherDocuments({ type: 'string' })).toBe(false);
  });
});

describe('isNoOpRelationInput: only empty operations change nothing', () => {
  it.each([
    [undefined, true],
    [{ connect: [], disconnect: [] }, true],
    [{ connect: [] }, true],
    [{ disconnect: [] }, true],
    [{}, true],
    [null, false],
    [[], false],
    [{ set: [] }, false],
    [{ connect: [], set: [] }, false],
    [{ connect: [{ documentId: D }] }, false],
    [{ disconnect: [{ documentId: D }] }, false],
    [{ connect: [], position: 1 }, false],
    [D, false],
    [7, false],
  ])('%j → %s', (value, expected) => {
    expect(isNoOpRelationInput(value)).toBe(expected);
  });
});
