/**
 * Inline CSS declarations, colours, contrast (WCAG 2.1 1.4.3) and font sizes.
 */
import { converter, formatHex, parse, wcagContrast } from 'culori';
import {
  CONTRAST_LARGE,
  CONTRAST_NORMAL,
  DEFAULT_FONT_SIZE_PX,
  FONT_SIZE_KEYWORDS_PX,
  LARGE_BOLD_TEXT_PT,
  LARGE_TEXT_PT,
  RELATIVE_SIZE_STEP,
} from '../data/typography';

export interface StyleDeclaration {
  /** Lower-cased property name, e.g. 'font-size'. */
  property: string;
  /** Value without `!important`, trimmed. */
  value: string;
  important: boolean;
}

/** Split on `sep` where not inside parentheses or quotes. */
function splitTopLevel(text: string, sep: (ch: string) => boolean): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let current = '';
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '(') {
      depth += 1;
    } else if (ch === ')') {
      depth = Math.max(0, depth - 1);
    } else if (depth === 0 && sep(ch)) {
      parts.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  parts.push(current);
  return parts;
}

/** Parse a `style` attribute: `color: red; background: url("a;b.png") !important`. */
export function parseStyle(style: string | undefined): StyleDeclaration[] {
  if (!style) return [];
  const withoutComments = style.replace(/\/\*[\s\S]*?\*\//g, '');
  const out: StyleDeclaration[] = [];
  for (const part of splitTopLevel(withoutComments, (ch) => ch === ';')) {
    const colon = part.indexOf(':');
    if (colon < 1) continue;
    const property = part.slice(0, colon).trim().toLowerCase();
    let value = part.slice(colon + 1).trim();
    const important = /!\s*important\s*$/i.test(value);
    if (important) value = value.replace(/!\s*important\s*$/i, '').trim();
    if (!property || !value) continue;
    out.push({ property, value, important });
  }
  return out;
}

export function serializeStyle(declarations: readonly StyleDeclaration[]): string {
  return declarations.map((d) => `${d.property}: ${d.value}${d.important ? ' !important' : ''}`).join('; ');
}

/** The declaration that wins among `properties` (cascade within one block: !important, then last). */
export function winningDeclaration(
  declarations: readonly StyleDeclaration[],
  properties: readonly string[],
): StyleDeclaration | undefined {
  let winner: StyleDeclaration | undefined;
  for (const d of declarations) {
    if (!properties.includes(d.property)) continue;
    if (!winner || d.important || !winner.important) winner = d;
  }
  return winner;
}

/** sRGB channels in 0–1 plus alpha in 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  alpha: number;
}

export const BLACK: Rgba = { r: 0, g: 0, b: 0, alpha: 1 };
export const WHITE: Rgba = { r: 1, g: 1, b: 1, alpha: 1 };

const toRgb = converter('rgb');
const clamp01 = (n: number): number => Math.min(1, Math.max(0, Number.isFinite(n) ? n : 0));

/** A CSS colour (named, hex, rgb(), hsl(), …) or undefined when it names no fixed colour. */
export function parseColor(value: string | undefined): Rgba | undefined {
  if (!value) return undefined;
  const v = value.trim().toLowerCase();
  if (!v || ['inherit', 'initial', 'unset', 'revert', 'currentcolor', 'none'].includes(v)) return undefined;
  const parsed = parse(v);
  if (!parsed) return undefined;
  const rgb = toRgb(parsed);
  return { r: clamp01(rgb.r), g: clamp01(rgb.g), b: clamp01(rgb.b), alpha: clamp01(parsed.alpha ?? 1) };
}

export function toHex(color: Rgba): string {
  return formatHex({ mode: 'rgb', r: color.r, g: color.g, b: color.b });
}

/** `top` painted over an opaque `bottom` (source-over compositing). */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const a = top.alpha;
  return {
    r: top.r * a + bottom.r * (1 - a),
    g: top.g * a + bottom.g * (1 - a),
    b: top.b * a + bottom.b * (1 - a),
    alpha: 1,
  };
}

/** WCAG 2.x contrast ratio (1–21) of a text colour over an opaque background; not rounded. */
export function contrastRatio(foreground: Rgba, background: Rgba): number {
  const bg = composite(background, WHITE);
  const fg = composite(foreground, bg);
  return wcagContrast({ mode: 'rgb', r: fg.r, g: fg.g, b: fg.b }, { mode: 'rgb', r: bg.r, g: bg.g, b: bg.b });
}

/** A background is a colour, or an image/gradient whose colour under the text cannot be known. */
export type BackgroundLayer = { kind: 'color'; color: Rgba } | { kind: 'image' };

/** The background an element declares inline (`background-color`, `background`, `background-image`). */
export function backgroundOf(declarations: readonly StyleDeclaration[]): BackgroundLayer | undefined {
  const image = winningDeclaration(declarations, ['background-image']);
  if (image && image.value.trim().toLowerCase() !== 'none') return { kind: 'image' };
  const decl = winningDeclaration(declarations, ['background', 'background-color']);
  if (!decl) return undefined;
  if (decl.property === 'background-color') {
    const color = parseColor(decl.value);
    return color ? { kind: 'color', color } : undefined;
  }
  if (/\b(url|[a-z-]*gradient|image-set|element)\s*\(/i.test(decl.value)) return { kind: 'image' };
  for (const token of splitTopLevel(decl.value, (ch) => /\s/.test(ch))) {
    const color = parseColor(token);
    if (color) return { kind: 'color', color };
  }
  // `background: none` or only positions/repeat: transparent.
  return { kind: 'color', color: { ...WHITE, alpha: 0 } };
}

const PX_PER_UNIT: Readonly<Record<string, number>> = {
  px: 1,
  pt: 96 / 72,
  pc: 16,
  in: 96,
  cm: 96 / 2.54,
  mm: 96 / 25.4,
  q: 96 / 101.6,
};

/**
 * A CSS font-size in px. Relative units resolve against the parent's size (em, %, ex ≈ 0.5em,
 * smaller/larger) or the root's 16px (rem). Undefined for values that depend on the viewport or calc().
 */
export function fontSizeToPx(
  value: string,
  parentPx: number = DEFAULT_FONT_SIZE_PX,
  rootPx: number = DEFAULT_FONT_SIZE_PX,
): number | undefined {
  const v = value.trim().toLowerCase();
  if (v in FONT_SIZE_KEYWORDS_PX) return FONT_SIZE_KEYWORDS_PX[v];
  if (v === 'smaller') return parentPx / RELATIVE_SIZE_STEP;
  if (v === 'larger') return parentPx * RELATIVE_SIZE_STEP;
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+))(px|pt|pc|in|cm|mm|q|em|rem|ex|%)?$/.exec(v);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = m[2];
  if (n < 0) return undefined;
  if (unit === undefined) return n === 0 ? 0 : undefined; // unitless non-zero is invalid CSS
  if (unit === 'em') return n * parentPx;
  if (unit === 'rem') return n * rootPx;
  if (unit === 'ex') return n * parentPx * 0.5;
  if (unit === '%') return (n / 100) * parentPx;
  return n * PX_PER_UNIT[unit];
}

/** The size and weight a `font` shorthand sets, e.g. `bold 12px/1.5 SimSun`. */
export function parseFontShorthand(
  value: string,
  parentPx: number = DEFAULT_FONT_SIZE_PX,
): { px?: number; bold?: boolean } {
  const out: { px?: number; bold?: boolean } = {};
  for (const token of splitTopLevel(value, (ch) => /\s/.test(ch))) {
    if (!token) continue;
    const sizePart = token.split('/')[0];
    if (out.px === undefined && !/^\d+$/.test(sizePart)) {
      const px = fontSizeToPx(sizePart, parentPx);
      if (px !== undefined) {
        out.px = px;
        break; // font-family follows the size
      }
    }
    const weight = fontWeightIsBold(token);
    if (weight !== undefined) out.bold = weight;
  }
  return out;
}

/** true for bold (`bold`, `bolder`, numeric ≥ 700 — CSS `bold` is 700), false for normal, else undefined. */
export function fontWeightIsBold(value: string): boolean | undefined {
  const v = value.trim().toLowerCase();
  if (v === 'bold' || v === 'bolder') return true;
  if (v === 'normal' || v === 'lighter') return false;
  if (/^\d+$/.test(v)) {
    const n = Number(v);
    if (n >= 1 && n <= 1000) return n >= 700;
  }
  return undefined;
}

const PX_TO_PT = 72 / 96;
const EPSILON = 1e-9;

/** WCAG 2.1 1.4.3: at least 18pt, or at least 14pt and bold. */
export function isLargeText(px: number, bold: boolean): boolean {
  const pt = px * PX_TO_PT;
  return pt + EPSILON >= LARGE_TEXT_PT || (bold && pt + EPSILON >= LARGE_BOLD_TEXT_PT);
}

export function requiredContrast(px: number, bold: boolean): number {
  return isLargeText(px, bold) ? CONTRAST_LARGE : CONTRAST_NORMAL;
}
