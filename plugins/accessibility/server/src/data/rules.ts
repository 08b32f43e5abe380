/**
 * The accessibility rules the content checker applies, one row per rule.
 *
 * Sources:
 * - WCAG 2.1 (W3C Recommendation, 2018; success criteria numbering unchanged in WCAG 2.2), https://www.w3.org/TR/WCAG21/
 * - GB/T 37668-2019《信息技术 互联网内容无障碍可访问性技术要求与测试方法》is aligned with WCAG 2.x, but its
 *   clause numbers could not be checked against the published text here, so no clause number is cited:
 *   every row says `gbt37668: 'aligned-with'` rather than inventing one. Fill in `gbt37668Clause` once the
 *   clauses have been checked against the standard itself.
 *
 * Severity policy: `error` (blocks publishing) only where the failure is certain from the markup and the
 * criterion is Level A or AA (missing text alternatives, empty links and headings, data tables without
 * headers, computed low contrast, moving or sounding content the reader cannot stop). Heuristics that can be
 * wrong in context (vague link text, skipped heading levels, layout tables, tiny fonts, attachment notes) are
 * `warning`s: reported to the editor, never blocking.
 */

export type Severity = 'error' | 'warning';
export type WcagLevel = 'A' | 'AA' | 'AAA';

export type RuleId =
  | 'img-alt-missing'
  | 'img-alt-meaningless'
  | 'media-alt-missing'
  | 'media-alt-meaningless'
  | 'heading-empty'
  | 'heading-level-skipped'
  | 'heading-as-body-text'
  | 'table-no-header'
  | 'table-no-caption'
  | 'table-layout'
  | 'link-empty'
  | 'link-text-vague'
  | 'link-text-ambiguous'
  | 'attachment-info-missing'
  | 'font-size-too-small'
  | 'contrast-too-low'
  | 'font-element'
  | 'moving-text'
  | 'autoplay-sound'
  | 'autoplay-no-controls';

export interface WcagReference {
  /** Success criterion number, e.g. '1.1.1'. */
  sc: string;
  level: WcagLevel;
  name: string;
}

export interface A11yRule {
  id: RuleId;
  wcag: readonly WcagReference[];
  /** Relation to GB/T 37668-2019: the clause is not cited until verified (see the header comment). */
  gbt37668: 'aligned-with';
  gbt37668Clause: null;
  /** Human-readable citation, e.g. 'WCAG 2.1 1.1.1 (A) / GB/T 37668-2019 aligned-with'. */
  criterion: string;
  severity: Severity;
  /** 问题名称 */
  title: string;
  /** 修改建议 */
  hint: string;
}

type RuleRow = Omit<A11yRule, 'criterion' | 'gbt37668' | 'gbt37668Clause'>;

const SC = {
  nonText: { sc: '1.1.1', level: 'A', name: 'Non-text Content' },
  infoRelationships: { sc: '1.3.1', level: 'A', name: 'Info and Relationships' },
  meaningfulSequence: { sc: '1.3.2', level: 'A', name: 'Meaningful Sequence' },
  audioControl: { sc: '1.4.2', level: 'A', name: 'Audio Control' },
  contrastMinimum: { sc: '1.4.3', level: 'AA', name: 'Contrast (Minimum)' },
  resizeText: { sc: '1.4.4', level: 'AA', name: 'Resize Text' },
  pauseStopHide: { sc: '2.2.2', level: 'A', name: 'Pause, Stop, Hide' },
  linkPurpose: { sc: '2.4.4', level: 'A', name: 'Link Purpose (In Context)' },
  headingsLabels: { sc: '2.4.6', level: 'AA', name: 'Headings and Labels' },
  nameRoleValue: { sc: '4.1.2', level: 'A', name: 'Name, Role, Value' },
} as const satisfies Record<string, WcagReference>;

const ROWS: readonly RuleRow[] = [
  {
    id: 'img-alt-missing',
    wcag: [SC.nonText],
    severity: 'error',
    title: '图片缺少替代文本',
    hint: '为图片填写 alt 替代文本，简要说明图片内容或用途；纯装饰图片请写 alt=""（空值）。',
  },
  {
    id: 'img-alt-meaningless',
    wcag: [SC.nonText],
    severity: 'error',
    title: '图片替代文本无意义',
    hint: '替代文本不能是空格、“图片”“image”等占位词或文件名（如 IMG_0001.jpg），请写出图片表达的信息；纯装饰图片请写 alt=""。',
  },
  {
    id: 'media-alt-missing',
    wcag: [SC.nonText],
    severity: 'error',
    title: '媒体库图片缺少替代文本',
    hint: '在媒体库中为该图片填写“替代文本”（alternativeText），简要说明图片内容或用途。',
  },
  {
    id: 'media-alt-meaningless',
    wcag: [SC.nonText],
    severity: 'error',
    title: '媒体库图片替代文本无意义',
    hint: '媒体库图片的“替代文本”不能是文件名或“图片”等占位词，请写出图片表达的信息。',
  },
  {
    id: 'heading-empty',
    wcag: [SC.infoRelationships, SC.headingsLabels],
    severity: 'error',
    title: '空标题',
    hint: '标题没有文字，读屏软件会读出一个空标题；请填写标题文字或删除该标题。',
  },
  {
    id: 'heading-level-skipped',
    wcag: [SC.infoRelationships],
    severity: 'warning',
    title: '标题层级跳级',
    hint: '标题层级应逐级递进（如二级标题下用三级标题），不要从 h2 直接跳到 h4；需要小字号请用样式而不是更低的标题级别。',
  },
  {
    id: 'heading-as-body-text',
    wcag: [SC.infoRelationships],
    severity: 'warning',
    title: '正文被设为标题',
    hint: '标题应简短概括下文（不超过 60 个字）；成段的正文请使用普通段落，需要强调时用加粗。',
  },
  {
    id: 'table-no-header',
    wcag: [SC.infoRelationships],
    severity: 'error',
    title: '数据表格缺少表头',
    hint: '将表头单元格设为 <th>（必要时加 scope="col" 或 scope="row"），读屏软件才能把每个数据与表头对应起来。',
  },
  {
    id: 'table-no-caption',
    wcag: [SC.infoRelationships],
    severity: 'warning',
    title: '数据表格缺少标题',
    hint: '为表格添加 <caption> 标题（如“表1 2017年道县财政预算收支表”），说明表格内容。',
  },
  {
    id: 'table-layout',
    wcag: [SC.infoRelationships, SC.meaningfulSequence],
    severity: 'warning',
    title: '表格被用于排版',
    hint: '不要用表格排版（只有一个单元格或表格嵌套表格）；请改用段落和样式，确需保留时给排版表格加 role="presentation"。',
  },
  {
    id: 'link-empty',
    wcag: [SC.linkPurpose, SC.nameRoleValue],
    severity: 'error',
    title: '空链接',
    hint: '链接没有可读出的文字；请填写链接文字，图片链接请为图片填写说明链接去向的 alt。',
  },
  {
    id: 'link-text-vague',
    wcag: [SC.linkPurpose],
    severity: 'warning',
    title: '链接文字无意义',
    hint: '链接文字应说明去向，如“道县2017年政务公开工作要点”，不要只写“点击这里”“更多”“详情”或网址。',
  },
  {
    id: 'link-text-ambiguous',
    wcag: [SC.linkPurpose],
    severity: 'warning',
    title: '相同链接文字指向不同地址',
    hint: '同一篇内容中文字相同的链接应指向同一地址；指向不同地址时请改写链接文字加以区分。',
  },
  {
    id: 'attachment-info-missing',
    wcag: [SC.linkPurpose],
    severity: 'warning',
    title: '附件未注明格式和大小',
    hint: '在附件链接后注明文件格式和大小，如“（PDF，320KB）”；系统可根据媒体库自动补充。',
  },
  {
    id: 'font-size-too-small',
    wcag: [SC.resizeText],
    severity: 'warning',
    title: '字号过小',
    hint: '不要在正文中固定小于 12px（9pt）的字号；删除内联的 font-size，由网站样式统一控制，便于老年人和低视力读者放大阅读。',
  },
  {
    id: 'contrast-too-low',
    wcag: [SC.contrastMinimum],
    severity: 'error',
    title: '文字与背景对比度不足',
    hint: '正文文字与背景的对比度应不低于 4.5:1（18pt 或 14pt 加粗以上的大字不低于 3:1）；请加深文字颜色或删除内联颜色。',
  },
  // No success criterion fails <font> as such; it is flagged because it puts presentation (fixed size,
  // colour) into the markup, and colour used to carry meaning there is a 1.3.1 problem.
  {
    id: 'font-element',
    wcag: [SC.infoRelationships],
    severity: 'warning',
    title: '使用了已废弃的 <font> 标签',
    hint: '<font> 标签已废弃，会固定字体、字号和颜色；请删除该格式，由网站样式统一控制，强调请用加粗。',
  },
  {
    id: 'moving-text',
    wcag: [SC.pauseStopHide],
    severity: 'error',
    title: '滚动或闪烁文字',
    hint: '<marquee> 滚动文字和 <blink> 闪烁文字无法暂停，影响阅读并可能引起不适；请改为静态文字。',
  },
  {
    id: 'autoplay-sound',
    wcag: [SC.audioControl],
    severity: 'error',
    title: '自动播放声音',
    hint: '音频和有声视频不得自动播放；请删除 autoplay，由读者自行点击播放（视频确需自动播放时须静音 muted 并提供控制条）。',
  },
  {
    id: 'autoplay-no-controls',
    wcag: [SC.pauseStopHide],
    severity: 'error',
    title: '自动播放的媒体无法暂停',
    hint: '自动播放的视频必须提供播放控制条（controls），让读者可以暂停或停止。',
  },
];

function criterionOf(row: RuleRow): string {
  const wcag = row.wcag.map((ref) => `${ref.sc} (${ref.level})`).join(', ');
  return `WCAG 2.1 ${wcag} / GB/T 37668-2019 aligned-with`;
}

export const RULES: readonly A11yRule[] = ROWS.map((row) => ({
  ...row,
  gbt37668: 'aligned-with' as const,
  gbt37668Clause: null,
  criterion: criterionOf(row),
}));

export const RULES_BY_ID: Readonly<Record<RuleId, A11yRule>> = Object.fromEntries(
  RULES.map((rule) => [rule.id, rule]),
) as Record<RuleId, A11yRule>;
