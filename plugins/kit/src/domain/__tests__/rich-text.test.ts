import fc from 'fast-check';
import { PLAIN_PARAGRAPHS, htmlToText, plainTextToHtml } from '../rich-text';

// `<div>…</div>` around a fragment keeps its text lines and sends it through sanitize-html (not a plain
// paragraph list): the reference for the fast path.
const bySanitizer = (html: string) => htmlToText(`<div>${html}</div>`);

describe('htmlToText: paragraphs of plain text take a fast path with the same result', () => {
  it.each([
    ['<p>《基准测试条例》第1条</p><p>《实施办法》第2条</p>', '《基准测试条例》第1条\n《实施办法》第2条'],
    ['<p>  a \n b  </p>\n<p></p><p>\u3000\u3000c</p>', 'a b\nc'],
    ['<p>引号 "x" 和 \'y\'</p>', '引号 "x" 和 \'y\''],
    ['   ', ''],
  ])('%j → %j', (html, text) => {
    expect(PLAIN_PARAGRAPHS.test(html)).toBe(true);
    expect(htmlToText(html)).toBe(text);
    expect(bySanitizer(html)).toBe(text);
  });

  it.each([
    '<p>a &amp; b</p>',
    '<p class="x">a</p>',
    '<p>a<br>b</p>',
    '<P>a</P>',
    '<p>a</p>b',
    '<p>1 < 2</p>',
    '<p>a',
  ])('%j is not a plain paragraph list', (html) => expect(PLAIN_PARAGRAPHS.test(html)).toBe(false));

  it('equals the sanitizer path on random paragraph lists (property)', () => {
    const text = fc.string({
      unit: fc.constantFrom(
        '政',
        '务',
        '公',
        '开',
        'a',
        ' ',
        '\n',
        '\t',
        '\u3000',
        '\u00a0',
        '"',
        "'",
        '，',
        '1',
      ),
      maxLength: 30,
    });
    fc.assert(
      fc.property(fc.array(text, { maxLength: 6 }), fc.constantFrom('', '\n', ' '), (paragraphs, gap) => {
        const html = paragraphs.map((p) => `<p>${p}</p>`).join(gap);
        expect(htmlToText(html)).toBe(bySanitizer(html));
      }),
      { numRuns: 500 },
    );
  });

  it('reads back what plainTextToHtml writes (the spreadsheets’ 设定依据)', () => {
    const html = plainTextToHtml('《条例》第1条\n\n  《办法》第2条 ');
    expect(PLAIN_PARAGRAPHS.test(html)).toBe(true);
    expect(htmlToText(html)).toBe('《条例》第1条\n《办法》第2条');
  });
});
