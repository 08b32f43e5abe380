import fc from 'fast-check';
import { parseDocument } from 'htmlparser2';
import { isTag, type ChildNode } from 'domhandler';
import { ChineseConverter } from '../converter';
import { HTML_SKIPPED_ELEMENTS, HTML_TEXT_ATTRIBUTES, convertHtml } from '../html';

const converter = new ChineseConverter();
const tw = converter.textConverter('zh-Hant');
const CJK = /[\u4e00-\u9fff]/g;
// A length-preserving stand-in that makes every converted character visible.
const stamp = (text: string) => text.replace(CJK, '國');

describe('convertHtml', () => {
  it.each([
    ['<p>政务公开</p>', '<p>政務公開</p>'],
    ['<p class="政务" data-id="台湾">台湾</p>', '<p class="政务" data-id="台湾">臺灣</p>'],
    [
      '<a href="/zwgk/政务公开.html" title="政务公开">政务公开</a>',
      '<a href="/zwgk/政务公开.html" title="政務公開">政務公開</a>',
    ],
    [
      '<img src="/uploads/台湾_1a2b.jpg" alt="台湾风光">',
      '<img src="/uploads/台湾_1a2b.jpg" alt="臺灣風光">',
    ],
    ["<IMG SRC='台湾.png' ALT='台湾'/>", "<IMG SRC='台湾.png' ALT='臺灣'/>"],
    [
      '<input type="submit" value="发布"><input type="text" value="发布">',
      '<input type="submit" value="發布"><input type="text" value="发布">',
    ],
    [
      '<meta name="description" content="道县人民政府"><meta name="x" content="道县">',
      '<meta name="description" content="道縣人民政府"><meta name="x" content="道县">',
    ],
    ['<p>后来&nbsp;&amp;&#x4E3A;为</p>', '<p>後來&nbsp;&amp;&#x4E3A;為</p>'],
    [
      '<script>var 干部 = "后来";</script><style>.干部{}</style>',
      '<script>var 干部 = "后来";</script><style>.干部{}</style>',
    ],
    ['<p>用<code>干部()</code>和<kbd>后</kbd>查询</p>', '<p>用<code>干部()</code>和<kbd>后</kbd>查詢</p>'],
    ['<pre>  政务公开\n  工作要点</pre>', '<pre>  政務公開\n  工作要點</pre>'],
    [
      '<p translate="no">干部</p><p class="a ignore-opencc">干部</p><span class="notranslate">干部</span>干部',
      '<p translate="no">干部</p><p class="a ignore-opencc">干部</p><span class="notranslate">干部</span>幹部',
    ],
    ['<!-- 后来 --><p>后来</p>', '<!-- 后来 --><p>後來</p>'],
    ['<p>未闭合<b>粗体', '<p>未閉合<b>粗體'],
    ['</p>后来<br/>为', '</p>後來<br/>為'],
    [
      '<table summary="政务公开目录"><tr><td>发展</td></tr></table>',
      '<table summary="政務公開目錄"><tr><td>發展</td></tr></table>',
    ],
    [
      '请访问 <a href="http://www.daoxian.gov.cn">www.daoxian.gov.cn/政务公开/</a>',
      '請訪問 <a href="http://www.daoxian.gov.cn">www.daoxian.gov.cn/政务公开/</a>',
    ],
  ])('converts %s', (html, expected) => {
    expect(convertHtml(html, tw)).toBe(expected);
  });

  it('keeps OpenCC phrase context across inline tags (Word/WPS split runs)', () => {
    expect(convertHtml('<p><span>剪头</span><span style="color:red">发</span>和<b>干</b>净</p>', tw)).toBe(
      '<p><span>剪頭</span><span style="color:red">髮</span>和<b>乾</b>淨</p>',
    );
  });

  it('does not join text across block boundaries', () => {
    expect(convertHtml('<p>剪头</p><p>发展</p>', tw)).toBe('<p>剪頭</p><p>發展</p>');
  });

  it('returns input without text or with nothing to convert as the same string', () => {
    expect(convertHtml('', tw)).toBe('');
    const html = '<div id="a"><img src="x.png"> plain ASCII &amp; more</div>';
    expect(convertHtml(html, tw)).toBe(html);
  });

  it('with an identity converter returns any input byte for byte', () => {
    const unit = fc.constantFrom(
      '<',
      '>',
      '/',
      '"',
      "'",
      '=',
      '&',
      ';',
      ' ',
      '\n',
      '!',
      '-',
      'a',
      'p',
      'b',
      'img',
      'script',
      'code',
      'alt',
      '政',
      '后',
      '台',
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }), (units) => {
        const html = units.join('');
        expect(convertHtml(html, (text) => text)).toBe(html);
      }),
      { numRuns: 500 },
    );
  });

  it('changes nothing but Chinese characters, for any input', () => {
    const unit = fc.constantFrom(
      '<',
      '>',
      '/',
      '"',
      "'",
      '=',
      '&',
      ' ',
      'a',
      'p',
      'b',
      'title',
      'href',
      'code',
      'script',
      '头',
      '发',
      '后',
      '台',
      '干',
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }), (units) => {
        const html = units.join('');
        const out = convertHtml(html, tw);
        expect(out.replace(CJK, '字')).toBe(html.replace(CJK, '字'));
      }),
      { numRuns: 500 },
    );
  });

  describe('markup skeleton (property)', () => {
    const cjkText = fc
      .array(fc.constantFrom('政', '务', '公', '开', '后', '台', '干', '发', ' ', 'a', '1', '&amp;'), {
        minLength: 1,
        maxLength: 8,
      })
      .map((parts) => parts.join(''));
    const attribute = fc.tuple(
      fc.constantFrom('href', 'src', 'class', 'data-id', 'id', 'alt', 'title', 'aria-label'),
      cjkText,
      fc.constantFrom('"', "'"),
    );
    const tags = ['p', 'div', 'span', 'a', 'b', 'em', 'img', 'br', 'code', 'script', 'td', 'li', 'pre'];
    type Tree = { tag: string; attributes: [string, string, string][]; children: (Tree | string)[] };
    const { tree } = fc.letrec<{ tree: Tree; node: Tree | string }>((tie) => ({
      tree: fc.record({
        tag: fc.constantFrom(...tags),
        attributes: fc.uniqueArray(attribute, { maxLength: 3, selector: ([name]) => name }),
        children: fc.array(tie('node'), { maxLength: 4 }),
      }),
      node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, cjkText, tie('tree')),
    }));
    const render = (node: Tree | string): string => {
      if (typeof node === 'string') return node;
      const attrs = node.attributes
        .map(([name, value, quote]) => ` ${name}=${quote}${value}${quote}`)
        .join('');
      if (node.tag === 'img' || node.tag === 'br') return `<${node.tag}${attrs}>`;
      const inner =
        node.tag === 'script'
          ? node.children.filter((c): c is string => typeof c === 'string').join('')
          : node.children.map(render).join('');
      return `<${node.tag}${attrs}>${inner}</${node.tag}>`;
    };
    // Tags, attribute names, non-text attribute values and skipped content as written; text replaced by '#'.
    const skeleton = (html: string): string => {
      const walk = (nodes: ChildNode[], skipped: boolean): string =>
        nodes
          .map((node) => {
            if (node.type === 'text') return skipped ? node.data : '#';
            if (node.type === 'comment') return `<!--${node.data}-->`;
            if (!isTag(node)) return '';
            const skip = skipped || HTML_SKIPPED_ELEMENTS.has(node.name);
            const attrs = Object.entries(node.attribs)
              .map(([name, value]) =>
                HTML_TEXT_ATTRIBUTES.has(name) && !skip ? `${name}=#` : `${name}=${value}`,
              )
              .join(' ');
            return `<${node.name} ${attrs}>${walk(node.children, skip)}</${node.name}>`;
          })
          .join('');
      return walk(parseDocument(html, { decodeEntities: false }).children, false);
    };
    const allText = (html: string, skippedToo: boolean): string[] => {
      const out: string[] = [];
      const walk = (nodes: ChildNode[], skipped: boolean) => {
        for (const node of nodes) {
          if (node.type === 'text' && (skippedToo || !skipped)) out.push(node.data);
          if (isTag(node)) {
            const skip = skipped || HTML_SKIPPED_ELEMENTS.has(node.name);
            if (!skip)
              for (const name of HTML_TEXT_ATTRIBUTES)
                if (node.attribs[name] !== undefined) out.push(node.attribs[name]);
            walk(node.children, skip);
          }
        }
      };
      walk(parseDocument(html, { decodeEntities: false }).children, false);
      return out;
    };

    it('converting keeps tags, attributes, URLs and skipped content byte-identical', () => {
      fc.assert(
        fc.property(fc.array(tree, { minLength: 1, maxLength: 3 }), (trees) => {
          const html = trees.map(render).join('');
          for (const convert of [tw, stamp]) {
            expect(skeleton(convertHtml(html, convert))).toBe(skeleton(html));
          }
          // Every human-text character went through the converter.
          for (const text of allText(convertHtml(html, stamp), false))
            expect(text.replace(/國/g, '')).not.toMatch(CJK);
        }),
        { numRuns: 300 },
      );
    });
  });
});
