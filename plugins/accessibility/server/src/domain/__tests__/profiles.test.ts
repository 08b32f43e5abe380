import fc from 'fast-check';
import { checkHtml } from '../check-html';
import { parseStyle } from '../contrast';
import { containsTextInOrder, elementsIn, parseHtml, textContent } from '../html';
import { isExternalLink, toElderHtml, toPlainText } from '../profiles';

const sizeOf = (href: string): number | undefined => (href === '/uploads/yaodian.pdf' ? 327680 : undefined);
const imageVariant = (src: string): string | undefined =>
  src.startsWith('/uploads/') ? src.replace('/uploads/', '/uploads/large_') : undefined;

describe('toElderHtml', () => {
  it('removes fixed font sizes, widths and heights but keeps other styles', () => {
    expect(
      toElderHtml(
        '<p style="font-size:12px; color:#333; width:600px; line-height:18px; text-indent:2em">正文</p>',
      ),
    ).toBe('<p style="color: #333; text-indent: 2em">正文</p>');
  });

  it('keeps relative line-height and drops the style attribute when nothing is left', () => {
    expect(toElderHtml('<p style="line-height:1.8">a</p><span style="font-size:9pt">b</span>')).toBe(
      '<p style="line-height: 1.8">a</p><span>b</span>',
    );
  });

  it('removes the font shorthand and <font size>', () => {
    expect(toElderHtml('<p style="font: 12px/1.5 SimSun; color: red">a</p><font size="1">b</font>')).toBe(
      '<p style="color: red">a</p><font>b</font>',
    );
  });

  it('removes width and height attributes from images and tables', () => {
    expect(toElderHtml('<img src="a.png" alt="图" width="800" height="600">')).toBe(
      '<img src="a.png" alt="图">',
    );
    expect(toElderHtml('<table width="900"><tr><td width="300">a</td></tr></table>')).toContain(
      '<table><tr><td>a</td></tr></table>',
    );
  });

  it('wraps tables in a keyboard-scrollable region', () => {
    expect(toElderHtml('<table><tr><th>项目</th></tr></table>')).toBe(
      '<div class="a11y-table-scroll" role="region" tabindex="0" aria-label="表格（可横向滚动）">' +
        '<table><tr><th>项目</th></tr></table></div>',
    );
  });

  it('does not wrap layout tables marked role="presentation"', () => {
    const html = '<table role="presentation"><tr><td>a</td></tr></table>';
    expect(toElderHtml(html)).toBe(html);
  });

  it('switches images to their large rendition and drops srcset', () => {
    expect(
      toElderHtml('<img src="/uploads/a.jpg" srcset="/uploads/small_a.jpg 500w" sizes="50vw" alt="会议">', {
        imageVariant,
      }),
    ).toBe('<img src="/uploads/large_a.jpg" alt="会议">');
    expect(toElderHtml('<img src="https://cdn.example/a.jpg" alt="会议">', { imageVariant })).toBe(
      '<img src="https://cdn.example/a.jpg" alt="会议">',
    );
  });

  it('announces external links, new windows and attachments', () => {
    const html =
      '<p><a href="http://www.gov.cn/" target="_blank">中国政府网</a>' +
      '<a href="https://www.daoxian.gov.cn/zwgk/">政务公开</a>' +
      '<a href="/uploads/yaodian.pdf">工作要点</a></p>';
    expect(toElderHtml(html, { sizeOf, internalHosts: ['www.daoxian.gov.cn'] })).toBe(
      '<p><a href="http://www.gov.cn/" target="_blank">中国政府网' +
        '<span class="a11y-visually-hidden">（外部链接）</span>' +
        '<span class="a11y-visually-hidden">（在新窗口打开）</span></a>' +
        '<a href="https://www.daoxian.gov.cn/zwgk/">政务公开</a>' +
        '<a href="/uploads/yaodian.pdf">工作要点</a>（PDF，320KB）</p>',
    );
  });

  it('keeps paragraphs and is idempotent', () => {
    const html =
      '<p style="font-size:10px">一、总体要求</p><table><tr><td>a</td><td>b</td></tr></table>' +
      '<a href="https://x.example/" target="_blank">外站</a><a href="/uploads/yaodian.pdf">要点</a>';
    const once = toElderHtml(html, { sizeOf });
    expect(toElderHtml(once, { sizeOf })).toBe(once);
    expect(once).toContain('<p>一、总体要求</p>');
  });

  it('returns an empty string for empty input', () => {
    expect(toElderHtml('')).toBe('');
  });
});

describe('isExternalLink', () => {
  it.each([
    ['http://www.gov.cn/', true],
    ['//www.hunan.gov.cn/', true],
    ['https://www.daoxian.gov.cn/a', false],
    ['HTTPS://WWW.DAOXIAN.GOV.CN/a', false],
    ['/zwgk/', false],
    ['mailto:zwgk@daoxian.gov.cn', false],
    ['#top', false],
  ])('%s external: %s', (href, external) => {
    expect(isExternalLink(href, ['https://www.daoxian.gov.cn'])).toBe(external);
  });
});

describe('toPlainText', () => {
  it('puts headings and paragraphs on their own lines', () => {
    expect(toPlainText('<h2>一、总体要求</h2><p>全面推进政务公开。</p><p>加强组织领导。</p>')).toBe(
      '一、总体要求\n\n全面推进政务公开。\n\n加强组织领导。',
    );
  });

  it('prefixes list items, numbering ordered lists from their start', () => {
    expect(
      toPlainText('<ul><li>决策公开</li><li>执行公开<ol start="3"><li>甲</li><li>乙</li></ol></li></ul>'),
    ).toBe('- 决策公开\n- 执行公开\n  3. 甲\n  4. 乙');
  });

  it('writes table rows as cells joined by " | " with the caption first', () => {
    const html =
      '<table><caption>责任分工</caption><thead><tr><th>任务</th><th>单位</th></tr></thead>' +
      '<tbody><tr><td>政策解读</td><td>县政府办</td></tr><tr><td></td><td>各乡镇</td></tr></tbody></table>';
    expect(toPlainText(html)).toBe('责任分工\n任务 | 单位\n政策解读 | 县政府办\n| 各乡镇');
  });

  it('writes links as text（URL）and images as 【图片：alt】, skipping decorative images', () => {
    expect(
      toPlainText(
        '<p>详见<a href="/zwgk/yaodian.html">工作要点</a>。<img src="a.jpg" alt="会议现场">' +
          '<img src="line.png" alt=""><img src="b.jpg"></p>',
      ),
    ).toBe('详见工作要点（/zwgk/yaodian.html）。【图片：会议现场】【图片】');
  });

  it('does not repeat a URL that is already the link text, nor show in-page anchors', () => {
    expect(
      toPlainText('<a href="http://www.gov.cn/">http://www.gov.cn/</a> <a href="#top">返回顶部</a>'),
    ).toBe('http://www.gov.cn/ 返回顶部');
  });

  it('keeps line breaks and preformatted text', () => {
    expect(toPlainText('<p>道县人民政府<br>2017年3月1日</p><pre>  甲\n  乙</pre>')).toBe(
      '道县人民政府\n2017年3月1日\n\n  甲\n  乙',
    );
  });

  it('drops scripts and styles', () => {
    expect(toPlainText('<style>p{}</style><p>正文</p><script>alert(1)</script>')).toBe('正文');
  });
});

describe('textContent and containsTextInOrder', () => {
  it('collapses whitespace and decodes entities', () => {
    expect(textContent('<p> 道县 &amp;\n <b>人民</b>政府 </p><script>x</script>')).toBe('道县 & 人民政府');
  });

  it('accepts added text but not lost or reordered text', () => {
    expect(containsTextInOrder('道县 政府', '道县人民政府（外部链接）')).toBe(true);
    expect(containsTextInOrder('道县政府', '道县政')).toBe(false);
    expect(containsTextInOrder('道县政府', '政府道县')).toBe(false);
  });
});

/** HTML fragments from a small grammar of what editors produce. */
const escapeText = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const textArb = fc
  .array(
    fc.constantFrom(
      '道',
      '县',
      '政',
      '务',
      '公',
      '开',
      ' ',
      'a',
      'Z',
      '1',
      '&',
      '<',
      '>',
      '"',
      '。',
      '　',
      '\n',
    ),
    {
      minLength: 1,
      maxLength: 12,
    },
  )
  .map((chars) => escapeText(chars.join('')));
const styleArb = fc.constantFrom(
  'font-size:10px',
  'font-size: 0.6em; color: #999',
  'font: bold 11px SimSun',
  'line-height: 20px; width: 300px',
  'color: red',
  'height:40px;background:#eee',
);
const hrefArb = fc.constantFrom(
  '/zwgk/',
  'http://www.gov.cn/',
  '/uploads/yaodian.pdf',
  '#top',
  'https://x.example/a.docx',
);

const { fragment } = fc.letrec<{ node: string; fragment: string }>((tie) => ({
  fragment: fc.array(tie('node'), { maxLength: 4 }).map((nodes) => nodes.join('')),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textArb,
    fc.constant('<br>'),
    fc.constantFrom(
      '<img src="/uploads/a.jpg" alt="会议现场">',
      '<img src="b.png" alt="">',
      '<img src="c.png">',
    ),
    tie('fragment').map((f) => `<p>${f}</p>`),
    fc.tuple(fc.integer({ min: 1, max: 6 }), tie('fragment')).map(([n, f]) => `<h${n}>${f}</h${n}>`),
    fc.tuple(styleArb, tie('fragment')).map(([s, f]) => `<span style="${s}">${f}</span>`),
    tie('fragment').map((f) => `<strong>${f}</strong>`),
    fc
      .tuple(hrefArb, fc.boolean(), tie('fragment'))
      .map(([href, blank, f]) => `<a href="${href}"${blank ? ' target="_blank"' : ''}>${f}</a>`),
    fc
      .tuple(fc.constantFrom('ul', 'ol'), fc.array(tie('fragment'), { minLength: 1, maxLength: 3 }))
      .map(([tag, items]) => `<${tag}>${items.map((i) => `<li>${i}</li>`).join('')}</${tag}>`),
    fc
      .array(fc.array(tie('fragment'), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 })
      .map(
        (rows) =>
          `<table width="600">${rows.map((r) => `<tr>${r.map((c) => `<td style="width:50px">${c}</td>`).join('')}</tr>`).join('')}</table>`,
      ),
    tie('fragment').map((f) => `<div>${f}</div>`),
    textArb.map((t) => `<pre>${t}</pre>`),
  ),
}));

describe('profiles keep all text (property)', () => {
  it('toPlainText output contains every character of the original text, in order', () => {
    fc.assert(
      fc.property(fragment, (html) => {
        expect(containsTextInOrder(textContent(html), toPlainText(html))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('toElderHtml output contains every character of the original text, in order', () => {
    fc.assert(
      fc.property(fragment, (html) => {
        const elder = toElderHtml(html, { sizeOf, imageVariant });
        expect(containsTextInOrder(textContent(html), textContent(elder))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('toElderHtml leaves no fixed font size and every table in a scroll region', () => {
    fc.assert(
      fc.property(fragment, (html) => {
        const elements = elementsIn(parseHtml(toElderHtml(html)));
        for (const el of elements) {
          const props = parseStyle(el.attribs.style).map((d) => d.property);
          expect(props).not.toContain('font-size');
          expect(props).not.toContain('font');
          expect(props).not.toContain('width');
          if (el.name === 'table') {
            expect(el.parent && 'attribs' in el.parent && el.parent.attribs.class).toBe('a11y-table-scroll');
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('checkHtml never throws, keeps excerpts within 120 characters and is deterministic', () => {
    fc.assert(
      fc.property(fragment, (html) => {
        const first = checkHtml(html, { field: 'content' });
        for (const v of first) expect(Array.from(v.excerpt).length).toBeLessThanOrEqual(120);
        expect(checkHtml(html, { field: 'content' })).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });
});
