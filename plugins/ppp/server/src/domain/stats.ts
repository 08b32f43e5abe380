/**
 * Counts and total investment of projects by stage, sector and operation mode, summed exactly (bigint cents).
 *
 * By sector and by operation mode every key of the data files is listed, with zeros, in their order: a chart
 * then has the same bars from one filter to the next. By stage only the stages that occur are listed (in edition,
 * then stage order): mixed editions would otherwise bring ten stages, most of them empty. A stage key two
 * editions label differently (`handover`: 移交 / 终止和移交) is labelled after the editions of the projects in it.
 * A value outside the data files is listed after them under its own key (a missing one as `unspecified`), so that
 * every grouping adds up to the total.
 */
import { labelText, type Label } from '@gov-portal/kit/domain';
import { PPP_EDITIONS, STAGE_KEYS } from '../data/editions';
import { OPERATION_MODES, OPERATION_MODE_KEYS } from '../data/modes';
import { SECTORS, SECTOR_KEYS } from '../data/sectors';
import { toCents, wanToNumber } from './money';

export interface StatsProject {
  stage?: string | null;
  sector?: string | null;
  operationMode?: string | null;
  /** 万元 as a number or decimal text, or bigint cents; missing counts as 0. */
  investment?: number | string | bigint | null;
  edition?: string | null;
}

export interface StatsEntry {
  key: string;
  label: string;
  count: number;
  /** 万元 */
  totalInvestment: number;
}

export interface ProjectStats {
  total: { count: number; totalInvestment: number };
  byStage: StatsEntry[];
  bySector: StatsEntry[];
  byOperationMode: StatsEntry[];
}

const UNSPECIFIED = 'unspecified';
const UNSPECIFIED_LABEL: Label = { 'zh-Hans': '未填写', 'zh-Hant': '未填寫' };

const labelIn = (labels: Readonly<Record<string, Label>>, key: string): Label | undefined =>
  Object.hasOwn(labels, key) ? labels[key] : undefined;

const centsOf = (p: StatsProject) =>
  p.investment === null || p.investment === undefined ? 0n : toCents(p.investment);

interface Bucket {
  count: number;
  cents: bigint;
  editions: Set<string>;
}

function tally(
  projects: readonly StatsProject[],
  keyOf: (p: StatsProject) => string | null | undefined,
): Map<string, Bucket> {
  const buckets = new Map<string, Bucket>();
  for (const p of projects) {
    const raw = keyOf(p);
    const key = raw === null || raw === undefined || raw === '' ? UNSPECIFIED : raw;
    const bucket = buckets.get(key) ?? { count: 0, cents: 0n, editions: new Set<string>() };
    bucket.count++;
    bucket.cents += centsOf(p);
    if (p.edition) bucket.editions.add(p.edition);
    buckets.set(key, bucket);
  }
  return buckets;
}

function entries(
  buckets: Map<string, Bucket>,
  known: readonly string[],
  withZeros: boolean,
  labelOf: (key: string, bucket: Bucket | undefined) => string | null,
): StatsEntry[] {
  const keys = [
    ...known.filter((k) => withZeros || buckets.has(k)),
    ...[...buckets.keys()].filter((k) => !known.includes(k)),
  ];
  return keys.map((key) => {
    const b = buckets.get(key);
    return {
      key,
      label: labelOf(key, b) ?? key,
      count: b?.count ?? 0,
      totalInvestment: wanToNumber(b?.cents ?? 0n),
    };
  });
}

export function projectStats(projects: readonly StatsProject[], locale?: string | null): ProjectStats {
  const text = (label: Label | undefined) => (label ? labelText(label, locale) : null);
  const unspecified = (key: string) => (key === UNSPECIFIED ? text(UNSPECIFIED_LABEL) : null);

  const stageLabel = (key: string, bucket: Bucket | undefined) => {
    const defining = PPP_EDITIONS.filter((e) => e.stages.some((s) => s.key === key));
    const own = defining.filter((e) => bucket?.editions.has(e.id));
    const labels = (own.length > 0 ? own : defining).map(
      (e) => text(e.stages.find((s) => s.key === key)?.label) as string,
    );
    return labels.length > 0 ? [...new Set(labels)].join(' / ') : unspecified(key);
  };

  return {
    total: {
      count: projects.length,
      totalInvestment: wanToNumber(projects.reduce((sum, p) => sum + centsOf(p), 0n)),
    },
    byStage: entries(
      tally(projects, (p) => p.stage),
      STAGE_KEYS,
      false,
      stageLabel,
    ),
    bySector: entries(
      tally(projects, (p) => p.sector),
      SECTOR_KEYS,
      true,
      (key) => text(labelIn(SECTORS, key)) ?? unspecified(key),
    ),
    byOperationMode: entries(
      tally(projects, (p) => p.operationMode),
      OPERATION_MODE_KEYS,
      true,
      (key) => text(labelIn(OPERATION_MODES, key)) ?? unspecified(key),
    ),
  };
}
