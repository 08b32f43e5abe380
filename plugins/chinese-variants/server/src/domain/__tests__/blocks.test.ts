import { convertBlocks, type BlocksNode } from '../blocks';
import { ChineseConverter } from '../converter';

const tw = new ChineseConverter().textConverter('zh-Hant');

const image = {
  name: '台湾风光.jpg',
  alternativeText: '台湾风光',
  caption: '后来的发展',
  url: '/uploads/台湾风光_3f2a.jpg',
  hash: '台湾风光_3f2a',
  ext: '.jpg',
  mime: 'image/jpeg',
  width: 800,
  height: 600,
  formats: { thumbnail: { name: 'thumbnail_台湾风光.jpg', url: '/uploads/thumbnail_台湾风光_3f2a.jpg' } },
};

const blocks: BlocksNode[] = [
  { type: 'heading', level: 2, children: [{ type: 'text', text: '政务公开工作要点' }] },
  {
    type: 'paragraph',
    children: [
      { type: 'text', text: '剪头', bold: true },
      { type: 'text', text: '发和' },
      {
        type: 'link',
        url: 'https://www.daoxian.gov.cn/政务公开/',
        children: [{ type: 'text', text: '政务公开' }],
      },
      { type: 'text', text: '用干部()查询', code: true },
      { type: 'text', text: '后来', italic: true },
    ],
  },
  {
    type: 'list',
    format: 'unordered',
    children: [
      { type: 'list-item', children: [{ type: 'text', text: '台风' }] },
      {
        type: 'list',
        format: 'ordered',
        children: [{ type: 'list-item', children: [{ type: 'text', text: '干部' }] }],
      },
    ],
  },
  { type: 'quote', children: [{ type: 'text', text: '为人民服务' }] },
  { type: 'code', language: 'js', children: [{ type: 'text', text: 'const 干部 = "后来";' }] },
  { type: 'image', image, children: [{ type: 'text', text: '' }] },
];

describe('convertBlocks', () => {
  it('converts text leaves, keeping marks, levels, formats and link URLs', () => {
    const out = convertBlocks(blocks, tw);
    expect(out).toEqual([
      { type: 'heading', level: 2, children: [{ type: 'text', text: '政務公開工作要點' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: '剪頭', bold: true },
          { type: 'text', text: '髮和' },
          {
            type: 'link',
            url: 'https://www.daoxian.gov.cn/政务公开/',
            children: [{ type: 'text', text: '政務公開' }],
          },
          { type: 'text', text: '用干部()查询', code: true },
          { type: 'text', text: '後來', italic: true },
        ],
      },
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [{ type: 'text', text: '颱風' }] },
          {
            type: 'list',
            format: 'ordered',
            children: [{ type: 'list-item', children: [{ type: 'text', text: '幹部' }] }],
          },
        ],
      },
      { type: 'quote', children: [{ type: 'text', text: '為人民服務' }] },
      { type: 'code', language: 'js', children: [{ type: 'text', text: 'const 干部 = "后来";' }] },
      {
        type: 'image',
        image: { ...image, alternativeText: '臺灣風光', caption: '後來的發展' },
        children: [{ type: 'text', text: '' }],
      },
    ]);
  });

  it('returns a new structure and leaves the input untouched', () => {
    const before = JSON.stringify(blocks);
    const out = convertBlocks(blocks, tw);
    expect(JSON.stringify(blocks)).toBe(before);
    expect(out).not.toBe(blocks);
    expect(out[5].image).not.toBe(image);
    expect((out[5].image as typeof image).formats).not.toBe(image.formats);
  });

  it('passes through values that are not blocks', () => {
    expect(convertBlocks(null, tw)).toBeNull();
    expect(convertBlocks('后来', tw)).toBe('后来');
    expect(convertBlocks([null, 3, { text: '后来' }], tw)).toEqual([null, 3, { text: '后来' }]);
  });
});
