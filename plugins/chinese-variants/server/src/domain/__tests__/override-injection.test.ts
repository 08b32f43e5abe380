import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { ChineseConverter } from '../converter';
import { DomainValidationError } from '@gov-portal/kit/domain';
import { HTML_TEXT_ATTRIBUTES, convertHtml, escapeConvertedAttribute, escapeConvertedText } from '../html';
import { convertMarkdown } from '../markdown';
import { PhraseTable, encodeMarkupText, validatePhraseOverride } from '../phrase-overrides';

/** What a parser sees: every element with its attribute names, and the values of non-text attributes. */
const structure = (html: string): string[] => {
  const seen: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const attributes = Object.entries(attribs)
          .map(([key, value]) => (HTML_TEXT_ATTRIBUTES.has(key) ? key : `${key}=${value}`))
          .sort();
        seen.push(`<${name} ${attributes.join(' ')}>`);
      },
      onclosetag(name) {
        seen.push(`</${name}>`);
      },
      oncomment(data) {
        seen.push(`<!--${data.length}-->`);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return seen;
};

/** The ASCII syntax of Markdown/HTML source: punctuation and whitespace (letters and digits are text). */
const syntax = (source: string) => source.replace(/&#\d+;|[\u0080-\uffff]|[A-Za-z0-9]/g, '');

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '" onmouseover="alert(1)',
  "' onfocus='alert(1)",
  ' autofocus onfocus=alert(1) ',
  '</p><script>alert(1)</script>',
  '<!--',
  '<svg/onload=alert(1)>',
  '[点我](javascript:alert(1))',
  '![x](https://evil.example/x.png)',
  '**粗体**',
  '`代码`',
  '&lt;img&gt;',
  'img',
  '>',
];

describe('phrase overrides are text: validation on save', () => {
  it.each(HOSTILE)('refuses the traditional value %j naming the field and the rule', (traditional) => {
    let error: unknown;
    try {
      validatePhraseOverride({ simplified: '政务公开', traditional });
    } catch (e) {
      error = e;
    }
    if (/^[\p{L}]+$/u.test(traditional)) {
      // Plain letters (`img`) are text; they are made harmless where they are spliced (below).
      expect(error).toBeUndefined();
      return;
    }
    expect(error).toBeInstanceOf(DomainValidationError);
    expect((error as DomainValidationError).field).toBe('traditional');
    expect((error as Error).message).toMatch(/^traditional: 繁体词语只能包含.*标记字符/);
  });

  it.each(['政务<b>', '政务&amp;', '政务"', "政务'", '政务=1', '政务/公开', '政务*'])(
    'refuses the simplified value %j naming the field',
    (simplified) => {
      expect(() => validatePhraseOverride({ simplified, traditional: '政務' })).toThrow(
        /^simplified: 简体词语只能包含/,
      );
    },
  );

  it.each([
    ['政务公开', '政務公开（覆盖）'],
    ['道县', '道縣'],
    ['第五代移动通信', '5G 行動通訊'],
    ['道政办发〔2017〕12号', '道政辦發〔2017〕12號'],
    ['中外', '中·外——「合作」、《條例》：第一條；是否？是！'],
  ])('accepts the legitimate pair %s → %s', (simplified, traditional) => {
    expect(validatePhraseOverride({ simplified, traditional })).toEqual({
      simplified,
      traditional,
      variant: null,
    });
  });

  it('is enforced by the converter itself: a hostile pair is never compiled', () => {
    const converter = new ChineseConverter({ cacheMaxBytes: 0 });
    expect(() =>
      converter.setOverrides([{ simplified: '政务', traditional: '<img src=x onerror=alert(1)>' }], 'v1'),
    ).toThrow(/overrides\[0\]\.traditional/);
    expect(converter.toVariant('政务公开', 'zh-Hant')).toBe('政務公開');
  });
});

describe('escaping where converted text is spliced', () => {
  it.each([
    ['<img src=x>', '&#60;img&#32;src&#61;x&#62;'],
    ['" onmouseover="x', '&#34;&#32;onmouseover&#61;&#34;x'],
    ['[a](javascript:b)', '&#91;a&#93;&#40;javascript&#58;b&#41;'],
    ['5G 網絡', '5G&#32;網絡'],
    ['政務', '政務'],
  ])('encodeMarkupText(%j) = %j', (input, output) => {
    expect(encodeMarkupText(input)).toBe(output);
  });

  it.each([
    ['<img', '', '<&#105;mg'],
    ['mg', '<', '&#109;g'],
    ['</p>', '', '<&#47;p&#62;'],
    ['<!--', '', '<&#33;--'],
    ['a < b 政務', '', 'a < b 政務'],
  ])('escapeConvertedText(%j, previous %j) = %j', (text, previous, output) => {
    expect(escapeConvertedText(text, previous)).toBe(output);
  });

  it.each([
    ['a" b="c', 3, 'a&#34; b=&#34;c'],
    ["a' b='c", 2, 'a&#39; b=&#39;c'],
    ['a b>c', 1, 'a&#32;b&#62;c'],
    ['"a=b', 1, '&#34;a&#61;b'],
  ])('escapeConvertedAttribute(%j, quote %i) = %j', (value, quote, output) => {
    expect(escapeConvertedAttribute(value, quote)).toBe(output);
  });

  const converter = new ChineseConverter({ cacheMaxBytes: 0 });
  // A hostile table that bypassed validation (as a row written straight to the database would, were the
  // converter not to validate): replacements spliced through the markup path.
  const hostileMarkup = (replacement: string) => {
    const table = new PhraseTable(new Map([['政务', replacement]]));
    const opencc = converter.textConverter('zh-Hant');
    return (text: string) => table.apply(text, opencc, encodeMarkupText);
  };

  it.each(HOSTILE)('keeps the override %j as text in HTML text, attributes and Markdown', (replacement) => {
    const html = '<p title="政务" data-x=1>政务公开<img alt=政务 src="/a.png"></p><a title=\'政务\'>政务</a>';
    const out = convertHtml(html, hostileMarkup(replacement));
    expect(structure(out)).toEqual(structure(html));
    const markdown = '## 政务公开\n\n[政务](/zwgk) 政务 *强调*\n';
    const md = convertMarkdown(markdown, hostileMarkup(replacement));
    expect(syntax(md)).toBe(syntax(markdown));
  });

  it('never adds, removes or alters an element or attribute, whatever the converter returns (property)', () => {
    const unit = fc.constantFrom(
      '<p>',
      '</p>',
      '<b>',
      '</b>',
      '<br>',
      '<title>',
      '</title>',
      '<textarea>',
      '</textarea>',
      '<img alt="',
      '<img alt=',
      "<a title='",
      '<a href="/x" title="',
      '"',
      "'",
      '>',
      ' src=x ',
      '<',
      '/',
      '=',
      '&',
      ' ',
      '\n',
      'a',
      '后',
      '台',
      '政务',
      '<!-- c -->',
    );
    const hostile = fc
      .array(
        fc.constantFrom(...HOSTILE, '<', '</', '<!', '<?', 'a', '"', "'", '>', ' ', '\t', '=', '後', '&'),
        {
          maxLength: 4,
        },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), fc.func(hostile), (units, convert) => {
        const html = units.join('');
        expect(structure(convertHtml(html, convert))).toEqual(structure(html));
      }),
      { numRuns: 1500 },
    );
  });

  it('adds no Markdown or HTML syntax through hostile overrides (property)', () => {
    const unit = fc.constantFrom(
      '政务',
      '公开',
      '后',
      '*',
      '_',
      '[',
      ']',
      '(',
      ')',
      '#',
      ' ',
      '\n',
      '`',
      '!',
      'a',
    );
    const replacement = fc
      .array(fc.constantFrom(...HOSTILE, '政務', 'x'), { minLength: 1, maxLength: 3 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), replacement, (units, value) => {
        const markdown = units.join('');
        const out = convertMarkdown(markdown, hostileMarkup(value));
        expect(syntax(out)).toBe(syntax(markdown));
      }),
      { numRuns: 800 },
    );
  });
});
