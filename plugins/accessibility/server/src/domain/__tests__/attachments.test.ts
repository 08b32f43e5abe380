import { annotateAttachments, attachmentTypeOf, formatFileSize, statesAttachmentInfo } from '../attachments';

const sizes: Record<string, number> = {
  '/uploads/yaodian.pdf': 327680,
  '/uploads/biao.xlsx': 1572864,
  '/uploads/tiny.txt': 300,
};
const sizeOf = (href: string): number | undefined => sizes[href];

describe('formatFileSize', () => {
  it.each([
    [0, '0KB'],
    [300, '1KB'],
    [1536, '2KB'],
    [327680, '320KB'],
    [1023 * 1024, '1023KB'],
    [1024 * 1024 - 100, '1MB'],
    [1572864, '1.5MB'],
    [10.4 * 1024 * 1024, '10MB'],
    [250 * 1024 * 1024, '250MB'],
    [1.25 * 1024 ** 3, '1.3GB'],
  ])('%s bytes is %s', (bytes, text) => {
    expect(formatFileSize(bytes)).toBe(text);
  });

  it('rejects negative and non-finite sizes, naming the field', () => {
    expect(() => formatFileSize(-1)).toThrow('fileSize: 文件大小应为非负数');
    expect(() => formatFileSize(Number.NaN)).toThrow(RangeError);
  });
});

describe('attachmentTypeOf', () => {
  it.each([
    ['/uploads/a.pdf', 'PDF'],
    ['/uploads/A.DOCX?version=2#p1', 'DOCX'],
    ['https://www.daoxian.gov.cn/u/%E8%A6%81%E7%82%B9.wps', 'WPS'],
    ['/u/gongwen.ofd', 'OFD'],
    ['/u/data.et', 'ET'],
  ])('%s is a %s attachment', (href, label) => {
    expect(attachmentTypeOf(href)?.label).toBe(label);
  });

  it.each(['/zwgk/index.html', '/u/a.jpg', '/download?file=1', '', undefined])(
    '%j is not an attachment',
    (href) => {
      expect(attachmentTypeOf(href)).toBeUndefined();
    },
  );
});

describe('statesAttachmentInfo', () => {
  it.each(['（PDF，320KB）', '(pdf, 1.2 MB)', '附件.docx 28K', '（Word 文档，1.5MB）', '压缩包 3 兆'])(
    'accepts %j',
    (text) => {
      expect(statesAttachmentInfo(text)).toBe(true);
    },
  );

  it.each(['（PDF）', '320KB', '道县2017年政务公开工作要点', 'pdfs 32KB'])('rejects %j', (text) => {
    expect(statesAttachmentInfo(text)).toBe(false);
  });
});

describe('annotateAttachments', () => {
  it('appends the type and size after an attachment link whose size is known', () => {
    expect(annotateAttachments('<p>附件：<a href="/uploads/yaodian.pdf">工作要点</a></p>', sizeOf)).toBe(
      '<p>附件：<a href="/uploads/yaodian.pdf">工作要点</a>（PDF，320KB）</p>',
    );
  });

  it('annotates each attachment with its own type and size', () => {
    const html =
      '<ul><li><a href="/uploads/biao.xlsx">统计表</a></li><li><a href="/uploads/tiny.txt">说明</a></li></ul>';
    expect(annotateAttachments(html, sizeOf)).toBe(
      '<ul><li><a href="/uploads/biao.xlsx">统计表</a>（XLSX，1.5MB）</li>' +
        '<li><a href="/uploads/tiny.txt">说明</a>（TXT，1KB）</li></ul>',
    );
  });

  it('leaves links alone that already state type and size, or whose size is unknown', () => {
    const html =
      '<p><a href="/uploads/yaodian.pdf">工作要点</a>（PDF，320KB）</p><p><a href="/uploads/x.pdf">其他</a></p>';
    expect(annotateAttachments(html, sizeOf)).toBe(html);
  });

  it('leaves non-attachment links alone', () => {
    const html = '<a href="/zwgk/">政务公开</a>';
    expect(annotateAttachments(html, () => 1000)).toBe(html);
  });

  it('is idempotent', () => {
    const once = annotateAttachments('<a href="/uploads/yaodian.pdf">工作要点</a>', sizeOf);
    expect(annotateAttachments(once, sizeOf)).toBe(once);
  });

  it('keeps Chinese text and entities intact', () => {
    const html = '<p>A &amp; B &lt;通知&gt; <a href="/uploads/yaodian.pdf">要点</a></p>';
    expect(annotateAttachments(html, sizeOf)).toBe(
      '<p>A &amp; B &lt;通知&gt; <a href="/uploads/yaodian.pdf">要点</a>（PDF，320KB）</p>',
    );
  });
});
