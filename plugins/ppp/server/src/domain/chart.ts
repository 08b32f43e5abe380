/**
 * Accessible SVG bar chart of project statistics: the kit's `barChartSvg` (horizontal bars, a visible label and
 * value on every bar, `role="img"` with `<title>` and `<desc>` listing every figure) with ppp's figures — the
 * investment in 万元 and the number of projects — worded in 简体 or 繁体.
 */
import { barChartSvg, labelLocale, type BarRow, type LabelLocale } from '@gov-portal/kit/domain';
import { formatWan, toCents } from './money';
import type { StatsEntry } from './stats';

export { escapeXml } from '@gov-portal/kit/domain';

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

export function statsChartSvg(entries: readonly StatsEntry[], options: StatsChartOptions): string {
  const measure = options.measure ?? 'totalInvestment';
  const words = WORDS[labelLocale(options.locale)];
  const rows = entries.map((e): BarRow => {
    const money = formatWan(toCents(e.totalInvestment));
    return measure === 'count'
      ? { label: e.label, value: e.count, text: `${e.count} ${options.unit}（${money} ${words.wan}）` }
      : {
          label: e.label,
          value: e.totalInvestment,
          text: `${money} ${options.unit}（${e.count} ${words.projects}）`,
        };
  });
  return barChartSvg(rows, {
    title: options.title,
    desc: options.desc,
    id: options.id ?? 'ppp-stats-chart',
    noData: words.noData,
  });
}
