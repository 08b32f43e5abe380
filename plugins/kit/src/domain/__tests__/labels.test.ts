import { keyOfLabel, labelGroups, labelLocale, labelText, type Label } from '../labels';

const STATUS: Record<'open' | 'closed', Label & { tone: string }> = {
  open: { 'zh-Hans': '实施中', 'zh-Hant': '實施中', tone: 'ok' },
  closed: { 'zh-Hans': '已取消', 'zh-Hant': '已取消', tone: 'danger' },
};

describe('labels', () => {
  it.each([
    ['zh-Hans', 'zh-Hans'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-Hant-HK', 'zh-Hant'],
    ['zh-hant-tw', 'zh-Hant'],
    ['zh-Hantx', 'zh-Hans'],
    ['en', 'zh-Hans'],
    [null, 'zh-Hans'],
    [undefined, 'zh-Hans'],
  ])('reads locale %j in the script %s', (locale, script) => {
    expect(labelLocale(locale)).toBe(script);
  });

  it('gives the text in the script of a locale', () => {
    expect(labelText(STATUS.open, 'zh-Hant-HK')).toBe('實施中');
    expect(labelText(STATUS.open)).toBe('实施中');
  });

  it('answers /labels with the two scripts only', () => {
    expect(labelGroups({ status: STATUS })).toEqual({
      status: {
        open: { 'zh-Hans': '实施中', 'zh-Hant': '實施中' },
        closed: { 'zh-Hans': '已取消', 'zh-Hant': '已取消' },
      },
    });
  });

  it.each([
    ['open', 'open'],
    ['实施中', 'open'],
    [' 實施中 ', 'open'],
    ['已取消', 'closed'],
    ['暂停', null],
  ])('finds the key of %j', (input, key) => {
    expect(keyOfLabel(STATUS, input)).toBe(key);
  });
});
