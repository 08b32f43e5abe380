import fc from 'fast-check';
import { DomainValidationError } from '@gov-portal/kit/domain';
import {
  PhraseTable,
  compileOverrides,
  mergePhraseOverrides,
  trieSource,
  validatePhraseOverride,
  validatePhraseOverrides,
} from '../phrase-overrides';

describe('validatePhraseOverrides', () => {
  it('trims and normalises a missing variant to null', () => {
    expect(validatePhraseOverrides([{ simplified: ' 道县 ', traditional: '道縣 ' }])).toEqual([
      { simplified: '道县', traditional: '道縣', variant: null },
    ]);
  });

  it.each([
    [[{ simplified: '', traditional: '道縣' }], 'overrides[0].simplified', '简体词语不能为空'],
    [
      [{ simplified: 'abc', traditional: 'abc' }],
      'overrides[0].simplified',
      '简体词语必须包含汉字（覆盖只用于中文词语）',
    ],
    [
      [{ simplified: '道'.repeat(51), traditional: '道' }],
      'overrides[0].simplified',
      '简体词语不能超过 50 个字符',
    ],
    [
      [
        { simplified: '道县', traditional: '道縣' },
        { simplified: '道县', traditional: '  ' },
      ],
      'overrides[1].traditional',
      '繁体词语不能为空',
    ],
    [[{ simplified: '道县', traditional: 3 }], 'overrides[0].traditional', '繁体词语必须是字符串'],
    [
      [{ simplified: '道县', traditional: '道縣', variant: 'zh-TW' }],
      'overrides[0].variant',
      '适用变体只能是 zh-Hant、zh-Hant-HK，或留空表示两者通用',
    ],
    ['道县', 'overrides', '覆盖词语表必须是数组'],
  ])('rejects %j: %s', (input, field, message) => {
    try {
      validatePhraseOverrides(input);
      throw new Error('expected a DomainValidationError');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainValidationError);
      expect((error as DomainValidationError).toJSON()).toEqual({
        field,
        rule: 'invalid',
        message: `${field}: ${message}`,
      });
    }
  });

  it('names bare fields when validating one pair', () => {
    expect(() => validatePhraseOverride({ simplified: '道县' })).toThrow(
      /^traditional: 繁体词语必须是字符串$/,
    );
  });
});

describe('mergePhraseOverrides', () => {
  it('lets a later list replace the same phrase and variant, and keeps the others', () => {
    expect(
      mergePhraseOverrides(
        [
          { simplified: '公布', traditional: '公布' },
          { simplified: '公布', traditional: '公佈', variant: 'zh-Hant-HK' },
        ],
        [{ simplified: '公布', traditional: '公佈', variant: null }],
      ),
    ).toEqual([
      { simplified: '公布', traditional: '公佈', variant: null },
      { simplified: '公布', traditional: '公佈', variant: 'zh-Hant-HK' },
    ]);
  });
});

describe('PhraseTable', () => {
  const upper = (gap: string) => `[${gap}]`;

  it('replaces the leftmost-longest phrase and converts the rest in one call, phrases held by a sentinel', () => {
    const table = new PhraseTable(
      new Map([
        ['ab', 'X'],
        ['abc', 'Y'],
        ['bcd', 'Z'],
      ]),
    );
    const calls: string[] = [];
    const spy = (text: string) => {
      calls.push(text);
      return text.toUpperCase();
    };
    expect(table.apply('abcd-ab-bcd', spy)).toBe('YD-X-Z');
    expect(calls).toEqual(['\uE000d-\uE000-\uE000']);
  });

  it('converts gap by gap when the text already holds the sentinel or the converter loses it', () => {
    const table = new PhraseTable(new Map([['ab', 'X']]));
    expect(table.apply('\uE000ab-c', upper)).toBe('[\uE000]X[-c]');
    expect(table.apply('ab-c', (text) => `[${text.replace(/\uE000/g, '')}]`)).toBe('X[-c]');
  });

  it('is the converter alone when empty', () => {
    expect(new PhraseTable(new Map()).apply('abc', upper)).toBe('[abc]');
  });

  it('escapes regular-expression syntax in phrases', () => {
    const table = new PhraseTable(
      new Map([
        ['C++(语言)', 'C++（語言）'],
        ['a.b', '点'],
      ]),
    );
    expect(table.apply('学C++(语言)和axb、a.b', upper)).toBe('[学C++（語言）和axb、点]');
  });

  it('matches like a naive leftmost-longest scan for any phrase set', () => {
    const alphabet = fc.constantFrom('发', '头', '生', '被', '明', 'a', '(', '|');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 1, maxLength: 8 }),
        fc.array(alphabet, { maxLength: 30 }),
        (phrases, chars) => {
          const text = chars.join('');
          const pattern = new RegExp(`^(?:${trieSource(phrases)})`);
          for (let i = 0; i < text.length; i++) {
            const longest = phrases
              .filter((phrase) => text.startsWith(phrase, i))
              .reduce((best, phrase) => (phrase.length > best.length ? phrase : best), '');
            const match = pattern.exec(text.slice(i));
            expect(match ? match[0] : '').toBe(longest);
          }
        },
      ),
    );
  });
});

describe('compileOverrides', () => {
  it('gives each variant the generic pairs plus its own, its own winning', () => {
    const compiled = compileOverrides([
      { simplified: '里', traditional: '裡' },
      { simplified: '里', traditional: '裏', variant: 'zh-Hant-HK' },
      { simplified: '台', traditional: '臺', variant: 'zh-Hant' },
    ]);
    const id = (gap: string) => gap;
    expect(compiled.toVariant['zh-Hant'].apply('里台', id)).toBe('裡臺');
    expect(compiled.toVariant['zh-Hant-HK'].apply('里台', id)).toBe('裏台');
    expect(compiled.toSimplified['zh-Hant-HK'].apply('裏', id)).toBe('里');
  });

  it('fingerprints the content regardless of order', () => {
    const a = { simplified: '道县', traditional: '道縣' };
    const b = { simplified: '乾安县', traditional: '乾安縣', variant: 'zh-Hant' as const };
    expect(compileOverrides([a, b]).fingerprint).toBe(compileOverrides([b, a]).fingerprint);
    expect(compileOverrides([a]).fingerprint).not.toBe(compileOverrides([b]).fingerprint);
  });
});
