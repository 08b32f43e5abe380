import { defaultItemStatusFilter, itemStatusFilter, namesItemStatus } from '../item-status';

describe('the default item status of a public list', () => {
  it.each([
    [undefined, {}, { itemStatus: { $eq: 'in-force' } }],
    [{ name: { $contains: '许可' } }, {}, { itemStatus: { $eq: 'in-force' } }],
    [{ itemStatus: { $eq: 'cancelled' } }, {}, undefined],
    [{ $or: [{ name: 'x' }, { itemStatus: { $in: ['cancelled'] } }] }, {}, undefined],
    [[{ itemStatus: 'suspended' }], {}, undefined],
    [undefined, { itemStatus: 'all' }, undefined],
    [undefined, { itemStatus: 'delegated' }, undefined],
  ])('filters %j with parameters %j → %j', (filters, aliases, expected) => {
    expect(defaultItemStatusFilter({ filters, aliases })).toEqual(expected);
  });

  it.each([
    ['all', {}],
    ['cancelled', { itemStatus: { $eq: 'cancelled' } }],
  ])('itemStatus=%s → %j', (value, expected) => {
    expect(itemStatusFilter(value)).toEqual(expected);
  });

  it('finds itemStatus only as a key, not as a value', () => {
    expect(namesItemStatus({ name: { $eq: 'itemStatus' } })).toBe(false);
  });
});
