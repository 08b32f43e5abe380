/**
 * Typography facts the checker needs to compute an element's font size and weight from inline markup.
 */

/** Browsers' default root font size. */
export const DEFAULT_FONT_SIZE_PX = 16;

/** Smallest fixed font size accepted in content: 12px = 9pt = 0.75em of the 16px default. */
export const MIN_FONT_SIZE_PX = 12;

/**
 * WCAG 2.1 1.4.3: large text is at least 18pt, or 14pt bold; it needs 3:1 instead of 4.5:1.
 * (1pt = 4/3 px, CSS Values 4 §6.2.)
 */
export const LARGE_TEXT_PT = 18;
export const LARGE_BOLD_TEXT_PT = 14;
export const CONTRAST_NORMAL = 4.5;
export const CONTRAST_LARGE = 3;

/**
 * Absolute-size keywords as Chromium and Gecko render them at the 16px default (their legacy font-size
 * table; the CSS Fonts 4 scaling factors give slightly different values for the small keywords).
 */
export const FONT_SIZE_KEYWORDS_PX: Readonly<Record<string, number>> = {
  'xx-small': 9,
  'x-small': 10,
  small: 13,
  medium: 16,
  large: 18,
  'x-large': 24,
  'xx-large': 32,
  'xxx-large': 48,
};

/** HTML Living Standard, Rendering › Phrasing content: legacy `<font size>` 1–7 maps to these keywords. */
export const FONT_ELEMENT_SIZES: readonly string[] = [
  'x-small',
  'small',
  'medium',
  'large',
  'x-large',
  'xx-large',
  'xxx-large',
];

/** `smaller` / `larger` step, as browsers implement it. */
export const RELATIVE_SIZE_STEP = 1.2;

/** HTML Living Standard, Rendering › Sections and headings: h1–h6 font-size in em (all bold). */
export const HEADING_FONT_SIZE_EM: Readonly<Record<string, number>> = {
  h1: 2,
  h2: 1.5,
  h3: 1.17,
  h4: 1,
  h5: 0.83,
  h6: 0.67,
};

/** Elements the user-agent stylesheet renders bold (HTML Rendering: phrasing content, headings, tables). */
export const BOLD_ELEMENTS: readonly string[] = ['b', 'strong', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** Headings longer than this many characters read as body text set as a heading. */
export const MAX_HEADING_LENGTH = 60;
