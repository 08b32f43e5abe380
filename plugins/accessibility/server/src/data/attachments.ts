/**
 * Attachment types whose links must state their format and size, e.g. "（PDF，320KB）". Government sites
 * publish 政策文件 and 表格 as these formats; the note lets a reader (and a screen reader user) know before
 * following the link that it downloads a file, which program opens it and how large it is (WCAG 2.1 2.4.4,
 * technique G197-style disclosure).
 *
 * `label` is what the annotation shows; `names` are the words that count as stating the type in link text.
 */
export interface AttachmentType {
  extension: string;
  label: string;
  names: readonly string[];
}

export const ATTACHMENT_TYPES: readonly AttachmentType[] = [
  { extension: 'pdf', label: 'PDF', names: ['pdf'] },
  { extension: 'doc', label: 'DOC', names: ['doc', 'word'] },
  { extension: 'docx', label: 'DOCX', names: ['docx', 'word'] },
  { extension: 'xls', label: 'XLS', names: ['xls', 'excel'] },
  { extension: 'xlsx', label: 'XLSX', names: ['xlsx', 'excel'] },
  { extension: 'ppt', label: 'PPT', names: ['ppt', 'powerpoint'] },
  { extension: 'pptx', label: 'PPTX', names: ['pptx', 'powerpoint'] },
  { extension: 'zip', label: 'ZIP', names: ['zip', '压缩包', '压缩文件'] },
  { extension: 'rar', label: 'RAR', names: ['rar', '压缩包', '压缩文件'] },
  // WPS Office formats (Kingsoft), common on county sites.
  { extension: 'wps', label: 'WPS', names: ['wps'] },
  { extension: 'et', label: 'ET', names: ['et', 'wps表格'] },
  // OFD: GB/T 33190-2016 版式文档, used for official documents (公文).
  { extension: 'ofd', label: 'OFD', names: ['ofd'] },
  { extension: 'txt', label: 'TXT', names: ['txt', '文本'] },
  { extension: 'csv', label: 'CSV', names: ['csv'] },
];

/** Words that name a document type generically ("Word 文档", "Excel 表格") and so state the type. */
export const GENERIC_TYPE_WORDS: readonly string[] = ['文档', '表格', '演示文稿'];
