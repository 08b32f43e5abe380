/**
 * Accessibility checker for rich-text (HTML) fields. Rules and severities: ../data/rules.ts.
 */
import { VAGUE_LINK_TEXTS } from '../data/link-text';
import type { RuleId } from '../data/rules';
import {
  BOLD_ELEMENTS,
  DEFAULT_FONT_SIZE_PX,
  FONT_ELEMENT_SIZES,
  FONT_SIZE_KEYWORDS_PX,
  HEADING_FONT_SIZE_EM,
  MAX_HEADING_LENGTH,
  MIN_FONT_SIZE_PX,
} from '../data/typography';
import { ALT_PROBLEM_LABELS, altTextProblem } from './alt-text';
import { attachmentLinkIsDescribed, attachmentTypeOf } from './attachments';
import {
  BLACK,
  WHITE,
  backgroundOf,
  composite,
  contrastRatio,
  fontSizeToPx,
  fontWeightIsBold,
  parseColor,
  parseFontShorthand,
  parseStyle,
  requiredContrast,
  toHex,
  winningDeclaration,
} from './contrast';
import type { Rgba } from './contrast';
import {
  accessibleName,
  closestAncestor,
  collapseWhitespace,
  elementsIn,
  excerptOf,
  headingLevel,
  indexElementsById,
  isHiddenFromAssistiveTech,
  isInsideNonText,
  isPresentational,
  isTag,
  isText,
  nodesIn,
  parseHtml,
  rawText,
} from './html';
import type { AnyNode, Element } from './html';
import { makeViolation } from './violations';
import type { Violation } from './violations';

export interface CheckHtmlOptions {
  /** The field's attribute name, reported in every violation (e.g. 'content'). */
  field?: string;
  /**
   * Level of the heading the page shows above this field: 1 when the article title is the page's h1, so the
   * field's first heading should be h2. Headings deeper than this + 1 count as skipped levels.
   */
  headingBaseLevel?: number;
}

function hasAttr(el: Element, name: string): boolean {
  return Object.prototype.hasOwnProperty.call(el.attribs, name);
}

/** Lower-case, without whitespace, punctuation, arrows or symbols ("更多>>" → "更多", "Read more…" → "readmore"). */
function reduceLinkText(text: string): string {
  return text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

const VAGUE = new Set(VAGUE_LINK_TEXTS.map(reduceLinkText));
const BARE_URL = /^(https?:\/\/|www\.)\S+$/i;

function normaliseHref(href: string): string {
  return href.trim().replace(/\/+$/, '');
}

/** Chinese sentence ends, or an English sentence end followed by a new sentence. */
function sentenceCount(text: string): number {
  return text.split(/[。！？]|(?<=[a-z])[.!?]\s+(?=[A-Z])/).filter((s) => s.trim()).length;
}

/** What inline markup makes of an element's text: colour, background, size and weight. */
interface Presentation {
  color: Rgba;
  colorSource: Element | null;
  /** Opaque composite of the backgrounds behind the element, or 'image' when unknowable. */
  background: Rgba | 'image';
  backgroundSource: Element | null;
  fontPx: number;
  /** A font size this element sets itself (style or <font size>). */
  ownFontPx?: number;
  bold: boolean;
}

const ROOT_PRESENTATION: Presentation = {
  color: BLACK,
  colorSource: null,
  background: WHITE,
  backgroundSource: null,
  fontPx: DEFAULT_FONT_SIZE_PX,
  bold: false,
};

/** `<font size>`: 1–7, or +n/−n relative to 3 (HTML "rules for parsing a legacy font size"). */
function legacyFontSizePx(value: string): number | undefined {
  const m = /^\s*([+-]?)(\d+)/.exec(value);
  if (!m) return undefined;
  const n = Number(m[2]);
  const size = m[1] === '+' ? 3 + n : m[1] === '-' ? 3 - n : n;
  const keyword = FONT_ELEMENT_SIZES[Math.min(7, Math.max(1, size)) - 1];
  return FONT_SIZE_KEYWORDS_PX[keyword];
}

function presentationOf(el: Element, parent: Presentation): Presentation {
  const decls = parseStyle(el.attribs.style);
  const out: Presentation = { ...parent, ownFontPx: undefined };

  const color =
    parseColor(winningDeclaration(decls, ['color'])?.value) ??
    (el.name === 'font' ? parseColor(el.attribs.color) : undefined);
  if (color) {
    out.color = color;
    out.colorSource = el;
  }

  const bgColorAttr = parseColor(el.attribs.bgcolor);
  const layer =
    backgroundOf(decls) ?? (bgColorAttr ? { kind: 'color' as const, color: bgColorAttr } : undefined);
  if (layer && (layer.kind === 'image' || layer.color.alpha > 0)) {
    out.backgroundSource = el;
    if (layer.kind === 'image') out.background = 'image';
    else if (parent.background === 'image') out.background = layer.color.alpha < 1 ? 'image' : layer.color;
    else out.background = composite(layer.color, parent.background);
  }

  const sizeDecl = winningDeclaration(decls, ['font-size', 'font']);
  if (sizeDecl?.property === 'font-size') {
    out.ownFontPx = fontSizeToPx(sizeDecl.value, parent.fontPx);
  } else if (sizeDecl?.property === 'font') {
    const shorthand = parseFontShorthand(sizeDecl.value, parent.fontPx);
    out.ownFontPx = shorthand.px;
    out.bold = shorthand.bold ?? false; // the shorthand resets an unstated weight to normal
  } else if (el.name === 'font' && el.attribs.size) {
    out.ownFontPx = legacyFontSizePx(el.attribs.size);
  }
  if (out.ownFontPx !== undefined) out.fontPx = out.ownFontPx;
  else if (el.name in HEADING_FONT_SIZE_EM) out.fontPx = parent.fontPx * HEADING_FONT_SIZE_EM[el.name];

  const weight = winningDeclaration(decls, ['font-weight']);
  const bold = weight ? fontWeightIsBold(weight.value) : undefined;
  if (bold !== undefined) out.bold = bold;
  else if (sizeDecl?.property !== 'font' && BOLD_ELEMENTS.includes(el.name)) out.bold = true;
  return out;
}

/** Cut (not round) to `digits` decimals, so 4.497:1 never shows as 4.5:1. */
function truncate(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.floor(n * f) / f;
}

interface Finding {
  node: AnyNode;
  violation: Violation;
}

/**
 * Checks one HTML field and returns its violations in document order (an empty list for clean HTML).
 * Deterministic: the same input always gives the same list. Throws DomainValidationError (naming the field) for
 * markup nested deeper than browsers render.
 */
/**
 * Attribute-less paragraphs of text (`<p>…</p>…`, what imports write): no rule can apply — no image, heading,
 * table, link, style or element of another kind — so they are not parsed.
 */
const PLAIN_PARAGRAPHS = /^\s*(?:<p>[^<>]*<\/p>\s*)*$/;

export function checkHtml(html: string | null | undefined, opts: CheckHtmlOptions = {}): Violation[] {
  if (!html || !html.trim() || PLAIN_PARAGRAPHS.test(html)) return [];
  const field = opts.field ?? '';
  const doc = parseHtml(html, field || 'html');
  const byId = indexElementsById(doc);
  const findings: Finding[] = [];
  const report = (rule: RuleId, node: Element, detail?: string): void => {
    findings.push({ node, violation: makeViolation(rule, field, excerptOf(node), detail) });
  };

  const presentations = new Map<Element, Presentation>();
  const presentation = (el: Element): Presentation => {
    const known = presentations.get(el);
    if (known) return known;
    const parent = el.parent && isTag(el.parent) ? presentation(el.parent) : ROOT_PRESENTATION;
    const computed = presentationOf(el, parent);
    presentations.set(el, computed);
    return computed;
  };

  let previousHeading = opts.headingBaseLevel ?? 1;
  const linkTargets = new Map<string, string>();

  for (const el of elementsIn(doc)) {
    if (isInsideNonText(el)) continue;
    switch (el.name) {
      case 'img':
        checkImage(el, report);
        break;
      case 'a':
        if (hasAttr(el, 'href')) checkLink(el, byId, linkTargets, report);
        break;
      case 'table':
        checkTable(el, report);
        break;
      case 'font':
      case 'basefont':
        report('font-element', el);
        break;
      case 'marquee':
      case 'blink':
        report('moving-text', el);
        break;
      case 'audio':
      case 'video':
      case 'bgsound':
        checkAutoplay(el, report);
        break;
      default: {
        const level = headingLevel(el);
        if (level !== undefined) {
          checkHeading(el, level, previousHeading, byId, report);
          previousHeading = level;
        }
      }
    }
    const own = presentation(el).ownFontPx;
    if (own !== undefined && own < MIN_FONT_SIZE_PX && collapseWhitespace(rawText(el))) {
      report('font-size-too-small', el, `字号约 ${truncate(own, 1)}px，应不小于 ${MIN_FONT_SIZE_PX}px`);
    }
  }

  checkContrast(doc, presentation, report);

  const order = new Map<AnyNode, number>();
  nodesIn(doc).forEach((node, index) => order.set(node, index));
  return findings
    .map((finding, sequence) => ({ finding, sequence }))
    .sort((a, b) => order.get(a.finding.node)! - order.get(b.finding.node)! || a.sequence - b.sequence)
    .map(({ finding }) => finding.violation);
}

type Report = (rule: RuleId, node: Element, detail?: string) => void;

function checkImage(img: Element, report: Report): void {
  if (isHiddenFromAssistiveTech(img)) return;
  const alt = img.attribs.alt;
  if (alt === undefined) {
    const labelled = collapseWhitespace(img.attribs['aria-label'] ?? '') || img.attribs['aria-labelledby'];
    if (!labelled) report('img-alt-missing', img);
    return;
  }
  if (alt === '') return; // decorative
  const problem = altTextProblem(alt, [img.attribs.src ?? '']);
  if (problem) report('img-alt-meaningless', img, ALT_PROBLEM_LABELS[problem]);
}

function checkHeading(
  heading: Element,
  level: number,
  previous: number,
  byId: ReadonlyMap<string, Element>,
  report: Report,
): void {
  const name = accessibleName(heading, byId);
  if (!name) {
    report('heading-empty', heading);
    return;
  }
  if (level > previous + 1) {
    report('heading-level-skipped', heading, `h${previous} 之后直接使用了 h${level}`);
  }
  const length = Array.from(name).length;
  if (length > MAX_HEADING_LENGTH) {
    report('heading-as-body-text', heading, `标题长 ${length} 个字，超过 ${MAX_HEADING_LENGTH} 个字`);
  } else if (sentenceCount(name) >= 2) {
    report('heading-as-body-text', heading, '标题包含多个句子');
  }
}

function checkTable(table: Element, report: Report): void {
  if (isPresentational(table)) return;
  const inner = elementsIn(table).filter((el) => el !== table);
  const cells = inner.filter(
    (el) => (el.name === 'td' || el.name === 'th') && closestAncestor(el, ['table']) === table,
  );
  if (inner.some((el) => el.name === 'table')) {
    report('table-layout', table, '表格内嵌套了表格');
    return;
  }
  if (cells.length === 0) return;
  if (cells.length === 1) {
    report('table-layout', table, '表格只有一个单元格');
    return;
  }
  const hasHeader = cells.some((cell) => cell.name === 'th' || hasAttr(cell, 'scope'));
  if (!hasHeader) report('table-no-header', table);
  const caption = table.children.find((child): child is Element => isTag(child) && child.name === 'caption');
  const named =
    (caption && collapseWhitespace(rawText(caption))) ||
    collapseWhitespace(table.attribs['aria-label'] ?? '') ||
    table.attribs['aria-labelledby'];
  if (!named) report('table-no-caption', table);
}

function checkLink(
  link: Element,
  byId: ReadonlyMap<string, Element>,
  targets: Map<string, string>,
  report: Report,
): void {
  const href = link.attribs.href;
  const name = accessibleName(link, byId);
  if (!name) {
    report('link-empty', link);
    return;
  }
  if (BARE_URL.test(name)) {
    report('link-text-vague', link, '链接文字是网址');
  } else if (VAGUE.has(reduceLinkText(name))) {
    report('link-text-vague', link, `链接文字为“${name}”`);
  } else {
    const key = name.toLowerCase();
    const target = normaliseHref(href);
    const first = targets.get(key);
    if (first === undefined) targets.set(key, target);
    else if (first !== target) report('link-text-ambiguous', link, `同名链接“${name}”此前指向 ${first}`);
  }
  const type = attachmentTypeOf(href);
  if (type && !attachmentLinkIsDescribed(link)) {
    report('attachment-info-missing', link, `${type.label} 附件未注明格式和大小`);
  }
}

function checkAutoplay(media: Element, report: Report): void {
  if (media.name === 'bgsound') {
    report('autoplay-sound', media, '<bgsound> 背景音乐会自动播放');
    return;
  }
  if (!hasAttr(media, 'autoplay')) return;
  if (media.name === 'audio') report('autoplay-sound', media, '音频设置了自动播放');
  else if (!hasAttr(media, 'muted')) report('autoplay-sound', media, '视频自动播放且未静音');
  else if (!hasAttr(media, 'controls')) report('autoplay-no-controls', media, '视频自动播放但没有控制条');
}

/**
 * WCAG 2.1 1.4.3 over inline styles: every visible text node's colour against the composite of the
 * backgrounds behind it (default black on white). Reported once, at the element that set the colour or
 * background closest to the text. Text over a background image or gradient is not judged.
 */
function checkContrast(doc: AnyNode, presentation: (el: Element) => Presentation, report: Report): void {
  const reported = new Set<Element>();
  for (const node of nodesIn(doc)) {
    if (!isText(node) || !node.data.trim() || !node.parent || !isTag(node.parent)) continue;
    if (isInsideNonText(node)) continue;
    const p = presentation(node.parent);
    if (!p.colorSource && !p.backgroundSource) continue;
    if (p.background === 'image') continue;
    const ratio = contrastRatio(p.color, p.background);
    const required = requiredContrast(p.fontPx, p.bold);
    if (ratio >= required) continue;
    const source = deeper(p.colorSource, p.backgroundSource);
    if (reported.has(source)) continue;
    reported.add(source);
    const fg = toHex(composite(p.color, p.background));
    const bg = toHex(p.background);
    report(
      'contrast-too-low',
      source,
      `文字 ${fg}，背景 ${bg}，对比度 ${truncate(ratio, 2)}:1，要求至少 ${required}:1`,
    );
  }
}

/** Of two ancestors-or-self of the same node, the one nearer to it. */
function deeper(a: Element | null, b: Element | null): Element {
  if (!a) return b!;
  if (!b) return a;
  for (let p: AnyNode | null = a; p; p = p.parent) if (p === b) return a;
  return b;
}
