/**
 * Accessible SVG bar chart of project statistics. Bars are horizontal so that long Chinese labels (生态建设和环境保护)
 * sit on one line beside their bar; every bar carries its label and its value as visible text, so nothing is told
 * by length or colour alone (WCAG 1.4.1). `role="img"` with `<title>` and `<desc>` (aria-labelledby) gives screen
 * readers the title and a text alternative that lists every figure. Deterministic: no fonts to fetch, no random
 * ids, widths estimated from the characters.
 */
import { labelLocale, type LabelLocale } from '@gov-portal/kit/domain';
import { formatWan, toCents } from './money';
import type { StatsEntry } from './stats';

export interface StatsChartOptions {
  title: string;
  /** A sentence before the list of figures in `<desc>`. */
  desc?: string;
  /** Unit of the measured value: 万元 for investment, 个 for counts. */
  unit: string;
  /** What the bars measure; total investment by default. */
  measure?: 'totalInvestment' | 'count';
  /** Prefix of the ids of `<title>` and `<desc>` (unique on a page with several charts). */
  id?: string;
  /** Script of the chart's own words (个项目, 万元, 暂无数据); zh-Hans by default. */
  locale?: string | null;
}

const WORDS: Readonly<Record<LabelLocale, { projects: string; wan: string; noData: string }>> = {
  'zh-Hans': { projects: '个项目', wan: '万元', noData: '暂无数据' },
  'zh-Hant': { projects: '個項目', wan: '萬元', noData: '暫無數據' },
};

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

/** Estimated width at 14 px, on the generous side: wide characters one em, others 0.65 em. */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? FONT : FONT * 0.65;
  return Math.ceil(w);
}

export function statsChartSvg(entries: readonly StatsEntry[], options: StatsChartOptions): string {
  const measure = options.measure ?? 'totalInvestment';
  const id = (options.id ?? 'ppp-stats-chart').replace(/[^A-Za-z0-9_-]/g, '-');
  const words = WORDS[labelLocale(options.locale)];
  const rows = entries.map((e) => {
    const money = formatWan(toCents(e.totalInvestment));
    return measure === 'count'
      ? { label: e.label, value: e.count, text: `${e.count} ${options.unit}（${money} ${words.wan}）` }
      : {
          label: e.label,
          value: e.totalInvestment,
          text: `${money} ${options.unit}（${e.count} ${words.projects}）`,
        };
  });
  const figures =
    rows.length > 0 ? rows.map((r) => `${r.label} ${r.text}`).join('；') + '。' : `${words.noData}。`;
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
    out.push(`<text x="${PAD}" y="${TOP + BAR}" fill="#333333">${words.noData}</text>`);
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
