import { blocksToHtml } from '../blocks';
import { checkHtml } from '../check-html';

const text = (t: string, marks: Record<string, boolean> = {}) => ({ type: 'text', text: t, ...marks });

describe('blocksToHtml', () => {
  it('renders paragraphs, headings, lists, quotes, code, links and marks', () => {
    const html = blocksToHtml([
      { type: 'heading', level: 2, children: [text('一、工作目标')] },
      { type: 'paragraph', children: [text('全面推进'), text('政务公开', { bold: true })] },
      {
        type: 'list',
        format: 'ordered',
        children: [
          { type: 'list-item', children: [{ type: 'link', url: '/zwgk/', children: [text('目录')] }] },
        ],
      },
      { type: 'quote', children: [text('引文')] },
      { type: 'code', children: [text('a < b')] },
    ]);
    expect(html).toBe(
      '<h2>一、工作目标</h2><p>全面推进<strong>政务公开</strong></p><ol><li><a href="/zwgk/">目录</a></li></ol>' +
        '<blockquote>引文</blockquote><pre><code>a &lt; b</code></pre>',
    );
  });

  it('keeps the media library alt text of images (missing alt is a violation)', () => {
    const withAlt = blocksToHtml([
      { type: 'image', image: { url: '/u/a.jpg', alternativeText: '县城全景' } },
    ]);
    expect(withAlt).toBe('<img src="/u/a.jpg" alt="县城全景">');
    const without = blocksToHtml([{ type: 'image', image: { url: '/u/a.jpg', alternativeText: null } }]);
    expect(checkHtml(without).map((v) => v.rule)).toEqual(['img-alt-missing']);
  });

  it('returns an empty string for anything that is not blocks', () => {
    expect(blocksToHtml(null)).toBe('');
    expect(blocksToHtml('text')).toBe('');
    expect(blocksToHtml([1, null, 'x'])).toBe('');
  });
});
