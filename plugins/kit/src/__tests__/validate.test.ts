import { z } from 'zod';
import { errors } from '@strapi/utils';
import { query, validate } from '../index';

const problems = (schema: z.ZodType, input: unknown, root?: string) => {
  try {
    validate(schema, input, root);
  } catch (e) {
    return (
      e as errors.ValidationError<string, { errors: { path: string[]; rule: string; message: string }[] }>
    ).details.errors.map((d) => [d.path.join('.'), d.rule, d.message]);
  }
  return [];
};

describe('validate', () => {
  const list = z.strictObject({ ...query.paging(100, 20), year: query.year().optional() });

  it('returns the parsed input with its defaults', () => {
    expect(validate(list, { page: '2' })).toEqual({ page: 2, pageSize: 20 });
    expect(validate(list, undefined)).toEqual({ page: 1, pageSize: 20 });
  });

  it.each([
    [
      'an unknown parameter, named itself',
      { sort: 'x' },
      [['sort', 'unrecognized_keys', 'sort: 不认识的参数']],
    ],
    [
      'an unknown nested key, named with its path',
      { filters: { a: 1 } },
      [['filters', 'unrecognized_keys', 'filters: 不认识的参数']],
    ],
    [
      'a bad value, with the rule',
      { pageSize: '101' },
      [['pageSize', 'too_big', 'pageSize: 须在 1–100 之间']],
    ],
    [
      'every bad field at once',
      { page: '0', year: '1900' },
      [
        ['page', 'too_small', 'page: 须为不小于 1 的整数'],
        ['year', 'too_small', 'year: 须为 1949 年以后的年份'],
      ],
    ],
  ])('reports %s', (_name, input, expected) => {
    expect(problems(list, input)).toEqual(expected);
  });

  it('names a failure of the whole input by its root', () => {
    expect(problems(z.strictObject({}), 'x', 'body')).toEqual([['body', 'invalid_type', expect.any(String)]]);
  });
});

describe('query fragments', () => {
  it.each([
    [query.slug(), 'dao-county', true],
    [query.slug(), 'Dao_County', false],
    [query.locale(), 'zh-Hant-HK', true],
    [query.locale(), 'zh_Hant', false],
    [query.year(2000), '1999', false],
    [query.year(), '2017', true],
    [query.date(), '2017-02-28', true],
    [query.date(), '2017-02-31', false],
    [query.date(), '2017/02/28', false],
    [query.month(), '2026-03', true],
    [query.month(), '2026-13', false],
    [query.quarter(), '2026Q3', true],
    [query.quarter(), '2026Q5', false],
    [query.keyword(), '  ', false],
    [query.keyword(), '政务公开', true],
  ])('%#: accepts %j? %s', (schema, value, ok) => {
    expect(schema.safeParse(value).success).toBe(ok);
  });

  it.each([
    ['true', true],
    ['1', true],
    ['false', false],
    ['0', false],
    [undefined, false],
  ])('reads the flag %j as %s', (value, expected) => {
    expect(query.flag().parse(value)).toBe(expected);
  });

  it('refuses a flag that is not a boolean', () => {
    expect(query.flag().safeParse('yes').success).toBe(false);
  });
});
