import { chineseLocaleFor, negotiateVariant, parseAcceptLanguage, VARIANTS } from '../variants';

describe('VARIANTS', () => {
  it('maps zh-Hant to OpenCC cn → tw and zh-Hant-HK to cn → hk, never twp/hkp', () => {
    expect(VARIANTS['zh-Hant']).toMatchObject({ from: 'cn', to: 'tw' });
    expect(VARIANTS['zh-Hant-HK']).toMatchObject({ from: 'cn', to: 'hk' });
  });
});

describe('chineseLocaleFor', () => {
  it.each([
    ['zh-TW', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-Hant-TW', 'zh-Hant'],
    ['zh_tw', 'zh-Hant'],
    ['ZH-HANT-US', 'zh-Hant'],
    ['zh-HK', 'zh-Hant-HK'],
    ['zh-MO', 'zh-Hant-HK'],
    ['zh-Hant-HK', 'zh-Hant-HK'],
    ['zh-Hant-MO', 'zh-Hant-HK'],
    ['zh-CN', 'zh-Hans'],
    ['zh-Hans', 'zh-Hans'],
    ['zh-Hans-HK', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['en', null],
    ['en-US', null],
    ['zha', null],
  ])('maps %s to %s', (tag, expected) => {
    expect(chineseLocaleFor(tag)).toBe(expected);
  });
});

describe('parseAcceptLanguage', () => {
  it('orders by q descending and keeps header order for ties', () => {
    expect(parseAcceptLanguage('en;q=0.5, zh-TW, zh-HK;q=0.8, fr;q=0.8, zh-CN')).toEqual([
      { tag: 'zh-TW', q: 1 },
      { tag: 'zh-CN', q: 1 },
      { tag: 'zh-HK', q: 0.8 },
      { tag: 'fr', q: 0.8 },
      { tag: 'en', q: 0.5 },
    ]);
  });

  it('drops q=0 (not acceptable) and malformed entries', () => {
    expect(parseAcceptLanguage('zh-TW;q=0, zh-HK;q=1.5, zh-MO;q=abc, ;q=0.3, zh-CN;q=0.001')).toEqual([
      { tag: 'zh-CN', q: 0.001 },
    ]);
  });

  it('returns nothing for an absent or empty header', () => {
    expect(parseAcceptLanguage(undefined)).toEqual([]);
    expect(parseAcceptLanguage(null)).toEqual([]);
    expect(parseAcceptLanguage('')).toEqual([]);
  });
});

describe('negotiateVariant', () => {
  it.each([
    // [locale query, Accept-Language, expected locale, expected variant, expected source]
    [undefined, 'zh-TW', 'zh-Hant', 'zh-Hant', 'header'],
    [undefined, 'zh-Hant-TW,zh;q=0.9', 'zh-Hant', 'zh-Hant', 'header'],
    [undefined, 'zh-HK', 'zh-Hant-HK', 'zh-Hant-HK', 'header'],
    [undefined, 'zh-Hant-MO', 'zh-Hant-HK', 'zh-Hant-HK', 'header'],
    [undefined, 'zh-CN,zh;q=0.9,en;q=0.8', 'zh-Hans', null, 'header'],
    [undefined, 'zh-CN;q=0.5, zh-TW;q=0.9', 'zh-Hant', 'zh-Hant', 'header'],
    [undefined, 'zh-TW;q=0.8, zh-HK;q=0.8', 'zh-Hant', 'zh-Hant', 'header'],
    [undefined, 'zh-HK;q=0.8, zh-TW;q=0.8', 'zh-Hant-HK', 'zh-Hant-HK', 'header'],
    [undefined, 'zh-TW;q=0, zh-HK;q=0.2', 'zh-Hant-HK', 'zh-Hant-HK', 'header'],
    [undefined, 'en-US,en;q=0.9,zh-TW;q=0.5', 'zh-Hant', 'zh-Hant', 'header'],
    [undefined, '*, zh-TW;q=0.5', 'zh-Hans', null, 'header'],
    [undefined, 'en-US,en;q=0.9', 'zh-Hans', null, 'default'],
    [undefined, undefined, 'zh-Hans', null, 'default'],
    ['zh-Hant', 'zh-HK', 'zh-Hant', 'zh-Hant', 'query'],
    ['zh-TW', undefined, 'zh-Hant', 'zh-Hant', 'query'],
    ['zh-Hant-HK', 'zh-TW', 'zh-Hant-HK', 'zh-Hant-HK', 'query'],
    ['zh-Hans', 'zh-TW', 'zh-Hans', null, 'query'],
    ['en', 'zh-TW', 'en', null, 'query'],
    ['*', 'zh-TW', '*', null, 'query'],
    ['  ', 'zh-HK', 'zh-Hant-HK', 'zh-Hant-HK', 'header'],
    [null, 'zh-HK', 'zh-Hant-HK', 'zh-Hant-HK', 'header'],
  ] as const)(
    '?locale=%s with Accept-Language %s serves %s',
    (locale, acceptLanguage, expected, variant, source) => {
      expect(negotiateVariant({ locale, acceptLanguage })).toEqual({ locale: expected, variant, source });
    },
  );
});
