/**
 * Accessible SVG bar chart of a month's daily AQI. Colour is never the only carrier of meaning
 * (WCAG 1.4.1, GB/T 37668): every level also has its own fill pattern, every bar carries its value and
 * category in text (a `<title>` per bar and a printed value), and the legend spells out level, category,
 * AQI range and the number of days. `role="img"` with `<title>`/`<desc>` gives screen readers the summary.
 */
import { HJ_633_2012 } from '../data/hj633-2012';
import { POLLUTANT_LABELS } from '../data/pollutants';
import type { AqiLevel, PollutantKey } from './aqi-types';
import { daysInMonth } from './calendar';

export interface ChartDay {
  date: string;
  aqi: number | null;
  display: string;
  level: AqiLevel;
  category: string;
  primaryPollutants: readonly PollutantKey[];
}

export interface AqiChartInput {
  /** YYYY-MM */
  month: string;
  stationName: string;
  days: readonly ChartDay[];
  levelCounts: Readonly<Record<AqiLevel, number>>;
  goodDays: number;
  validDays: number;
  percent: string | null;
}

const W = 760;
const PLOT = { left: 48, top: 56, width: 680, height: 240 };
const LEGEND_TOP = PLOT.top + PLOT.height + 44;

export const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One pattern per level, drawn over the colour so levels differ in greyscale and for colour-blind readers. */
const PATTERNS: Record<AqiLevel, string> = {
  1: '',
  2: '<circle cx="3" cy="3" r="1.2" fill="#000" fill-opacity="0.45"/>',
  3: '<path d="M0 6 L6 0" stroke="#000" stroke-opacity="0.5" stroke-width="1.2"/>',
  4: '<path d="M0 6 L6 0 M0 0 L6 6" stroke="#000" stroke-opacity="0.5" stroke-width="1"/>',
  5: '<path d="M0 3 H6" stroke="#fff" stroke-opacity="0.7" stroke-width="1.4"/>',
  6: '<path d="M0 3 H6 M3 0 V6" stroke="#fff" stroke-opacity="0.7" stroke-width="1.2"/>',
};

const levelInfo = (level: AqiLevel) => HJ_633_2012.levels[level - 1];
const rangeText = (level: AqiLevel) => {
  const { min, max } = levelInfo(level).range;
  return max === null ? `>${min - 1}` : `${min}–${max}`;
};
const dayOfMonth = (date: string) => Number(date.slice(8, 10));

export function monthSummaryText(input: AqiChartInput): string {
  const [y, m] = input.month.split('-').map(Number);
  const head = `${y}年${m}月${input.stationName}空气质量日报：有效天数 ${input.validDays} 天`;
  if (input.validDays === 0) return `${head}，本月暂无日报数据。`;
  const levels = HJ_633_2012.levels
    .filter((l) => input.levelCounts[l.level] > 0)
    .map((l) => `${l.levelLabel}（${l.category}）${input.levelCounts[l.level]} 天`)
    .join('，');
  const worst = input.days.reduce((a, b) => ((b.aqi ?? 501) > (a.aqi ?? 501) ? b : a));
  return `${head}，优良天数 ${input.goodDays} 天，优良天数比例 ${input.percent}；${levels}。最高 AQI ${worst.display}（${dayOfMonth(worst.date)}日，${worst.category}）。`;
}

export function renderAqiChart(input: AqiChartInput): string {
  const [y, m] = input.month.split('-').map(Number);
  const n = daysInMonth(y, m);
  const top = Math.max(200, ...input.days.map((d) => (d.aqi === null ? 500 : Math.ceil(d.aqi / 50) * 50)));
  const yOf = (v: number) => PLOT.top + PLOT.height - (Math.min(v, top) / top) * PLOT.height;
  const slot = PLOT.width / n;
  const barW = Math.max(4, slot * 0.7);
  const title = `${y}年${m}月${input.stationName}每日空气质量指数（AQI）`;
  const desc = monthSummaryText(input);
  const out: string[] = [];
  const height = LEGEND_TOP + 6 * 22 + 16;

  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${height}" viewBox="0 0 ${W} ${height}" role="img" aria-labelledby="title desc" font-family="sans-serif">`,
    `<title id="title">${escapeXml(title)}</title>`,
    `<desc id="desc">${escapeXml(desc)}</desc>`,
    '<defs>',
  );
  for (const l of HJ_633_2012.levels) {
    out.push(
      `<pattern id="aqi-level-${l.level}" width="6" height="6" patternUnits="userSpaceOnUse">`,
      `<rect width="6" height="6" fill="${l.color.hex}"/>${PATTERNS[l.level]}</pattern>`,
    );
  }
  out.push('</defs>', `<rect width="${W}" height="${height}" fill="#fff"/>`);
  out.push(`<text x="${PLOT.left}" y="28" font-size="18" fill="#111">${escapeXml(title)}</text>`);

  // Axis, gridlines at the 表2 boundaries within range.
  out.push('<g aria-hidden="true" font-size="11" fill="#333">');
  for (const v of [0, 50, 100, 150, 200, 300, 500].filter((t) => t <= top)) {
    const gy = yOf(v).toFixed(1);
    out.push(
      `<line x1="${PLOT.left}" x2="${PLOT.left + PLOT.width}" y1="${gy}" y2="${gy}" stroke="#999" stroke-width="${v === 0 ? 1.2 : 0.5}" stroke-dasharray="${v === 0 ? '' : '3 3'}"/>`,
      `<text x="${PLOT.left - 6}" y="${gy}" text-anchor="end" dominant-baseline="middle">${v}</text>`,
    );
  }
  for (let d = 1; d <= n; d++) {
    if (d === 1 || d % 5 === 0 || d === n)
      out.push(
        `<text x="${(PLOT.left + slot * (d - 0.5)).toFixed(1)}" y="${PLOT.top + PLOT.height + 16}" text-anchor="middle">${d}</text>`,
      );
  }
  out.push(
    `<text x="${PLOT.left + PLOT.width / 2}" y="${PLOT.top + PLOT.height + 32}" text-anchor="middle">日期（${m}月）</text>`,
    `<text x="14" y="${PLOT.top + PLOT.height / 2}" transform="rotate(-90 14 ${PLOT.top + PLOT.height / 2})" text-anchor="middle">AQI</text>`,
    '</g>',
  );

  // Bars: one per day with a daily report.
  out.push('<g>');
  const byDay = new Map(input.days.map((d) => [dayOfMonth(d.date), d]));
  for (let d = 1; d <= n; d++) {
    const x = PLOT.left + slot * (d - 1) + (slot - barW) / 2;
    const day = byDay.get(d);
    if (!day) {
      out.push(
        `<text x="${(x + barW / 2).toFixed(1)}" y="${PLOT.top + PLOT.height - 4}" font-size="9" fill="#555" text-anchor="middle">无<title>${m}月${d}日：无日报数据</title></text>`,
      );
      continue;
    }
    const value = day.aqi ?? top;
    const by = yOf(value);
    const h = Math.max(1, PLOT.top + PLOT.height - by);
    const info = levelInfo(day.level);
    const primary = day.primaryPollutants.map((p) => POLLUTANT_LABELS[p].short).join('、');
    const label = `${m}月${d}日：AQI ${day.display}，${info.levelLabel}（${day.category}）${primary ? `，首要污染物 ${primary}` : ''}`;
    out.push(
      `<g><title>${escapeXml(label)}</title>`,
      `<rect x="${x.toFixed(1)}" y="${by.toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}" fill="url(#aqi-level-${day.level})" stroke="#333" stroke-width="0.6"/>`,
      `<text x="${(x + barW / 2).toFixed(1)}" y="${(by - 3).toFixed(1)}" font-size="9" fill="#111" text-anchor="middle">${escapeXml(day.display)}</text></g>`,
    );
  }
  out.push('</g>');

  // Text legend: level, category, range, days.
  out.push(
    `<g font-size="13" fill="#111"><text x="${PLOT.left}" y="${LEGEND_TOP - 8}">图例（级别 · 类别 · AQI 范围 · 天数）</text>`,
  );
  HJ_633_2012.levels.forEach((l, i) => {
    const ly = LEGEND_TOP + i * 22;
    out.push(
      `<rect x="${PLOT.left}" y="${ly}" width="28" height="16" fill="url(#aqi-level-${l.level})" stroke="#333" stroke-width="0.6"/>`,
      `<text x="${PLOT.left + 36}" y="${ly + 12}">${escapeXml(`${l.levelLabel} · ${l.category} · ${rangeText(l.level)} · ${input.levelCounts[l.level]} 天`)}</text>`,
    );
  });
  const ratio =
    input.validDays === 0
      ? '本月暂无日报数据'
      : `优良天数 ${input.goodDays}/${input.validDays} 天（${input.percent}）`;
  out.push(
    `<text x="${PLOT.left + 360}" y="${LEGEND_TOP + 12}">${escapeXml(ratio)}</text>`,
    '</g>',
    '</svg>',
  );
  return out.join('\n');
}
