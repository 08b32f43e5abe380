/**
 * The 权力清单 spreadsheet layout, in column order, as county 权责清单 tables are commonly published
 * (序号、职权编码、职权名称、职权类型、设定依据、实施主体、责任事项、追责情形、备注). Aliases are the other
 * headings met in departments' own templates; they are read, never written.
 */

export const COLUMN_KEYS = [
  'index',
  'code',
  'name',
  'category',
  'legalBasis',
  'department',
  'responsibilities',
  'accountability',
  'remark',
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

export interface ColumnDefinition {
  key: ColumnKey;
  header: string;
  aliases: readonly string[];
  /** A file without this column is refused; 序号、职权编码 (allocated when absent) and 备注 may be left out. */
  required: boolean;
  /** Column width in the exported xlsx (characters). */
  width: number;
  /** Several lines per cell. */
  multiline: boolean;
}

export const COLUMNS: readonly ColumnDefinition[] = [
  { key: 'index', header: '序号', aliases: [], required: false, width: 6, multiline: false },
  {
    key: 'code',
    header: '职权编码',
    aliases: ['权力编码', '事项编码', '职权代码', '权力事项编码'],
    required: false,
    width: 22,
    multiline: false,
  },
  {
    key: 'name',
    header: '职权名称',
    aliases: ['权力名称', '事项名称', '权力事项名称', '项目名称'],
    required: true,
    width: 32,
    multiline: false,
  },
  {
    key: 'category',
    header: '职权类型',
    aliases: ['职权类别', '权力类型', '权力类别', '事项类型', '权力类型名称'],
    required: true,
    width: 14,
    multiline: false,
  },
  {
    key: 'legalBasis',
    header: '设定依据',
    aliases: ['法律依据', '实施依据', '设定和实施依据'],
    required: true,
    width: 50,
    multiline: true,
  },
  {
    key: 'department',
    header: '实施主体',
    aliases: ['实施机关', '行使主体'],
    required: true,
    width: 20,
    multiline: false,
  },
  {
    key: 'responsibilities',
    header: '责任事项',
    aliases: ['责任事项内容'],
    required: true,
    width: 50,
    multiline: true,
  },
  {
    key: 'accountability',
    header: '追责情形',
    aliases: ['问责情形', '追责情形及依据'],
    required: true,
    width: 50,
    multiline: true,
  },
  { key: 'remark', header: '备注', aliases: ['说明'], required: false, width: 20, multiline: true },
];

/**
 * 责任事项 cell: one duty per line, `阶段：职责` (stage label, full-width colon; an ASCII colon is read too).
 * 追责情形 cell: one situation per line, `情形｜依据` with the full-width vertical bar U+FF5C, which Excel
 * leaves alone (no formula, no delimiter, present in GB18030); an ASCII `|` is read too.
 */
export const STAGE_SEPARATOR = '：';
export const ACCOUNTABILITY_SEPARATOR = '｜';
