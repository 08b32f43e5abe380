import { ChineseConverter } from '../converter';
import { convertMarkdown, convertRichText, looksLikeHtml } from '../markdown';

const tw = new ChineseConverter().textConverter('zh-Hant');

describe('convertMarkdown', () => {
  it.each([
    ['## 政务公开工作要点\n\n**后来**的*发展*', '## 政務公開工作要點\n\n**後來**的*發展*'],
    [
      '详见[政务公开目录](/zwgk/政务公开 "政务公开") 和 ![台湾风光](/uploads/台湾.jpg)',
      '詳見[政務公開目錄](/zwgk/政务公开 "政务公开") 和 ![臺灣風光](/uploads/台湾.jpg)',
    ],
    [
      '见[发展规划][规划]。\n\n[规划]: /uploads/规划.pdf "发展规划"',
      '見[發展規劃][规划]。\n\n[规划]: /uploads/规划.pdf "发展规划"',
    ],
    ['调用 `干部()` 后', '調用 `干部()` 後'],
    [
      '邮件 <zwgk@daoxian.gov.cn>，网站 <https://www.daoxian.gov.cn/政务>',
      '郵件 <zwgk@daoxian.gov.cn>，網站 <https://www.daoxian.gov.cn/政务>',
    ],
    ['<span title="后来">后来</span>', '<span title="后来">後來</span>'],
    ['    2017年是实施规划的重要一年', '    2017年是實施規劃的重要一年'],
    ['- 台风\n- 头发\n1. 干部', '- 颱風\n- 頭髮\n1. 幹部'],
  ])('converts %j', (markdown, expected) => {
    expect(convertMarkdown(markdown, tw)).toBe(expected);
  });

  it('leaves fenced code blocks, their info strings and fences as written', () => {
    const markdown = '前言后来\n\n```js 干部\nconst 干部 = "后来";\n```\n\n~~~~\n后来\n~~~~\n结尾后来\n';
    expect(convertMarkdown(markdown, tw)).toBe(
      '前言後來\n\n```js 干部\nconst 干部 = "后来";\n```\n\n~~~~\n后来\n~~~~\n結尾後來\n',
    );
  });

  it('treats an unclosed fence as code to the end', () => {
    expect(convertMarkdown('后来\n```\n后来', tw)).toBe('後來\n```\n后来');
  });
});

describe('convertRichText', () => {
  it('treats values starting with a tag as HTML and others as Markdown', () => {
    expect(looksLikeHtml('<p>后来</p>')).toBe(true);
    expect(looksLikeHtml('  <!-- x --><p>后来</p>')).toBe(true);
    expect(looksLikeHtml('后来 <b>x</b>')).toBe(false);
    expect(looksLikeHtml('<https://x.cn> 后来')).toBe(false);
    expect(convertRichText('<p><a href="/后来">后来</a></p>', tw)).toBe('<p><a href="/后来">後來</a></p>');
    expect(convertRichText('[后来](/后来)', tw)).toBe('[後來](/后来)');
    expect(convertRichText('', tw)).toBe('');
  });
});
