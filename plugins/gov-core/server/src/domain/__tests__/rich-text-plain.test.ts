import fc from 'fast-check';
import sanitizeHtml from 'sanitize-html';
import { RICH_TEXT_SANITIZE_OPTIONS, sanitizeRichText } from '../rich-text';

/** What the two sanitize-html passes give, without sanitizeRichText's fast path for plain paragraphs. */
const slow = (html: string) =>
  sanitizeHtml(sanitizeHtml(html, RICH_TEXT_SANITIZE_OPTIONS), RICH_TEXT_SANITIZE_OPTIONS);

describe('sanitizeRichText: plain paragraphs are returned as sanitize-html returns them', () => {
  it.each([
    ['one paragraph', '<p>《中华人民共和国行政许可法》第十二条</p>'],
    ['two paragraphs', '<p>《基准测试条例》第1条</p><p>《基准测试实施办法》第2条</p>'],
    ['apostrophes, slashes and spaces', "<p>  it's a / b \\ c  </p>"],
    ['control characters and a NUL', '<p>a\u0001b\u0000c\td</p>'],
    ['full-width punctuation', '<p>第一条　（一）“引号”</p>'],
  ])('%s', (_label, html) => {
    expect(sanitizeRichText(html)).toBe(slow(html));
  });

  it('holds for any text without markup characters', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 3 }), (lines) => {
        const html = lines.map((l) => `<p>${l.replace(/[<>&"]/g, '')}</p>`).join('');
        expect(sanitizeRichText(html)).toBe(slow(html));
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['an entity', '<p>a &amp; b</p>'],
    ['a script', '<p>x</p><script>alert(1)</script>'],
    ['an attribute', '<p onclick="x()">x</p>'],
  ])('sanitises markup outside the fast path (%s)', (_label, html) => {
    expect(sanitizeRichText(html)).toBe(slow(html));
  });
});
