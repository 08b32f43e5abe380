/**
 * Accessible SVG bar chart. Bars are horizontal so that long Chinese labels (生态建设和环境保护) sit on one line
 * beside their bar; every bar carries its label and its value as visible text, so nothing is told by length or
 * colour alone (WCAG 1.4.1). `role="img"` with `<title>` and `<desc>` (aria-labelledby) gives screen readers the
 * title and a text alternative that lists every figure. Deterministic: no fonts to fetch, no random ids, widths
 * estimated from the characters.
 */

/** One bar: its label, the value its length measures (not negative) and the text shown beside it. */
export interface BarRow {
  label: string;
  value: number;
  text: string;
}

export interface BarChartOptions {
  title: string;
  /** A sentence before the list of figures in `<desc>`. */
  desc?: string;
  /**
   * Prefix of the ids of `<title>` and `<desc>` (unique on a page with several charts); `bar-chart` by default.
   */
  id?: string;
  /** What the chart says when it has no rows; 暂无数据 by default. */
  noData?: string;
}

/** Text and attribute values escaped for XML: & < > " '. */
export const escapeXml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

const FONT = 14;
const PAD = 16;
const TOP = 56;
const ROW = 30;
const BAR = 18;
const BAR_AREA = 400;
const GAP = 8;

// Characters a CJK font draws one em wide: CJK, kana, hangul, full-width forms, and the dashes and ellipsis
// of Chinese text (——, ……).
const WIDE =
  /[\u1100-\u115f\u2010-\u2027\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u;

/** Estimated width at `font` px (14 by default), generously: wide characters one em, others 0.65 em. */
export function textWidth(text: string, font = FONT): number {
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? font : font * 0.65;
  return Math.ceil(w);
}

/** The chart of `rows`, in their order, each bar's length proportional to its value (the largest 400 px). */
export function barChartSvg(rows: readonly BarRow[], options: BarChartOptions): string {
  const id = (options.id ?? 'bar-chart').replace(/[^A-Za-z0-9_-]/g, '-');
  const noData = options.noData ?? '暂无数据';
  const figures = rows.length > 0 ? rows.map((r) => `${r.label} ${r.text}`).join('；') + '。' : `${noData}。`;
  const desc = `${options.desc ?? ''}${figures}`;

  const labelWidth = Math.max(FONT * 4, ...rows.map((r) => textWidth(r.label)));
  const valueWidth = Math.max(FONT * 4, ...rows.map((r) => textWidth(r.text)));
  const barX = PAD + labelWidth + GAP;
  const width = Math.max(barX + BAR_AREA + GAP + valueWidth + PAD, PAD * 2 + textWidth(options.title) + FONT);
  const height = TOP + Math.max(rows.length, 1) * ROW + PAD;
  const max = Math.max(0, ...rows.map((r) => r.value));

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="sans-serif" font-size="${FONT}">`,
    `<title id="${id}-title">${escapeXml(options.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(desc)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${PAD}" y="30" font-size="${FONT + 2}" font-weight="bold" fill="#111111">${escapeXml(options.title)}</text>`,
  ];
  if (rows.length === 0) {
    out.push(`<text x="${PAD}" y="${TOP + BAR}" fill="#333333">${escapeXml(noData)}</text>`);
  } else {
    out.push(
      `<line x1="${barX}" x2="${barX}" y1="${TOP - 6}" y2="${TOP + rows.length * ROW - 6}" stroke="#333333" stroke-width="1"/>`,
    );
  }
  rows.forEach((r, i) => {
    const y = TOP + i * ROW;
    // A value above 0 keeps a visible bar, however small beside the largest.
    const w = r.value > 0 ? Math.max(1, (r.value / max) * BAR_AREA) : 0;
    const textY = (y + BAR / 2 + FONT * 0.35).toFixed(1);
    out.push(
      `<g><title>${escapeXml(`${r.label}：${r.text}`)}</title>`,
      `<text x="${barX - GAP}" y="${textY}" text-anchor="end" fill="#111111">${escapeXml(r.label)}</text>`,
      `<rect x="${barX}" y="${y}" width="${w.toFixed(1)}" height="${BAR}" fill="#1f5fa8"/>`,
      `<text x="${(barX + w + GAP).toFixed(1)}" y="${textY}" fill="#111111">${escapeXml(r.text)}</text></g>`,
    );
  });
  out.push('</svg>');
  return out.join('\n');
}
