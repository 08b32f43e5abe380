/**
 * When a project's information is due, from its edition's rules (data/editions.ts), its stage, the days it
 * entered its stages (milestones), when it was last published and its published reports. The clock is always
 * passed in; every date is a civil date in China (UTC+8).
 *
 * - Stage information (2017/2021: 识别、准备、采购 information once in 执行; 新机制: each stage from 特许经营者选择 on)
 *   is due `within` after the day the project entered the trigger stage. It is met when the project was published
 *   on or after that day: a publication from before it does not carry what the stage brought (the contract, the
 *   selection result …). `publishedAt` is the published version's date, i.e. the latest publication.
 * - Annual information (2017/2021, 执行阶段信息 by 30 April of the following year) is due for every calendar year
 *   from the year the project entered 执行 (a part year counts: matters settled in it are due the next April) up
 *   to last year, and not after the year it entered 移交. A year is met by a published report for the year, or by
 *   published reports for each of its quarters the project spent in the stage (from the quarter it entered).
 *   One quarter alone is not the year's information.
 * - The day a project entered a stage is the latest milestone of that stage (a stage entered again after a
 *   correction counts from the new day); without one, the earliest milestone of a later stage (it entered no
 *   later than that); without either, the item cannot be dated and is left out.
 */
import { addMonths, addWorkingDays, civilDate, civilDateOf, labelText } from '@gov-portal/kit/domain';
import type { AnnualInformationRule, PppEdition, StageInformationRule } from '../data/editions';
import { stageIndex } from './stages';
import { parsePeriod } from './updates';

type DateLike = string | number | Date | null | undefined;

export interface DeadlineInput {
  edition: PppEdition;
  /** The project's current stage. */
  stage: string;
  /** The days the project entered stages; milestones without a stage (other events) are ignored. */
  milestones: readonly { date: DateLike; stage?: string | null }[];
  /** When the published version was published; null or absent: never published. */
  publishedAt?: DateLike;
  /** The project's reports; only published ones count. */
  updates: readonly { period: string; publishedAt?: DateLike }[];
  /** Script of the labels (zh-Hans by default). */
  locale?: string | null;
}

export interface DueDisclosure {
  /** Stable key: `pre-execution-information`, `annual-execution-information:2024`, `stage-information:selection`. */
  item: string;
  label: string;
  /** The last day to publish (YYYY-MM-DD). */
  dueOn: string;
  /** Not met and today is after `dueOn`. */
  overdue: boolean;
  /** `{edition}/{rule}`, e.g. `caijin-2017/annual-execution-information`. */
  rule: string;
  /** The rule in words (document and limit). */
  basis: string;
}

export interface ScheduledDisclosure extends DueDisclosure {
  met: boolean;
  /** The publication day that meets it (for stage information: the latest publication). */
  metOn: string | null;
}

function today(now: Date): string {
  const day = civilDate(now);
  if (day === null) throw new RangeError('deadlines: now is not a valid date');
  return day;
}

/** The day the project entered `stage` (see the header), or null. */
function enteredOn(input: DeadlineInput, stage: string): string | null {
  const target = stageIndex(input.edition, stage);
  const own: string[] = [];
  const later: string[] = [];
  for (const m of input.milestones) {
    const day = civilDate(m.date);
    if (day === null || !m.stage) continue;
    if (m.stage === stage) own.push(day);
    else if (stageIndex(input.edition, m.stage) > target) later.push(day);
  }
  own.sort();
  later.sort();
  return own.at(-1) ?? later[0] ?? null;
}

const quarterOf = (day: string) => Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;

function stageItems(input: DeadlineInput, rule: StageInformationRule, at: number): ScheduledDisclosure[] {
  const published = civilDate(input.publishedAt);
  const out: ScheduledDisclosure[] = [];
  for (const trigger of rule.triggers) {
    if (stageIndex(input.edition, trigger.stage) > at) continue;
    const start = enteredOn(input, trigger.stage);
    if (start === null) continue;
    const met = published !== null && published >= start;
    out.push({
      item: trigger.item,
      label: labelText(trigger.label, input.locale),
      dueOn:
        'months' in rule.within
          ? addMonths(start, rule.within.months)
          : addWorkingDays(start, rule.within.workingDays),
      overdue: false,
      rule: `${input.edition.id}/${rule.id}`,
      basis: rule.basis,
      met,
      metOn: met ? published : null,
    });
  }
  return out;
}

function annualItems(
  input: DeadlineInput,
  rule: AnnualInformationRule,
  at: number,
  day: string,
): ScheduledDisclosure[] {
  if (at < stageIndex(input.edition, rule.fromStage)) return [];
  const start = enteredOn(input, rule.fromStage);
  if (start === null) return [];
  const end =
    rule.untilStage !== undefined && at >= stageIndex(input.edition, rule.untilStage)
      ? enteredOn(input, rule.untilStage)
      : null;
  // The earliest publication day of each published period.
  const publishedOn = new Map<string, string>();
  for (const u of input.updates) {
    const period = parsePeriod(u.period);
    const on = civilDate(u.publishedAt);
    if (period === null || on === null) continue;
    const known = publishedOn.get(period.id);
    if (known === undefined || on < known) publishedOn.set(period.id, on);
  }
  const startYear = Number(start.slice(0, 4));
  const lastYear = Math.min(Number(day.slice(0, 4)) - 1, end === null ? Infinity : Number(end.slice(0, 4)));
  const out: ScheduledDisclosure[] = [];
  for (let year = startYear; year <= lastYear; year++) {
    const firstQuarter = year === startYear ? quarterOf(start) : 1;
    const lastQuarter = end !== null && year === Number(end.slice(0, 4)) ? quarterOf(end) : 4;
    const quarters: (string | undefined)[] = [];
    for (let q = firstQuarter; q <= lastQuarter; q++) quarters.push(publishedOn.get(`${year}Q${q}`));
    // Met on the earlier of: the year's own report, the last of its quarters' reports.
    const byQuarters = quarters.every((d) => d !== undefined)
      ? [...(quarters as string[])].sort().at(-1)
      : undefined;
    const metOn =
      [publishedOn.get(String(year)), byQuarters].filter((d) => d !== undefined).sort()[0] ?? null;
    out.push({
      item: `${rule.item}:${year}`,
      label: labelText(rule.label, input.locale).replace('{year}', String(year)),
      dueOn: civilDateOf(year + 1, rule.dueBy.month, rule.dueBy.day),
      overdue: false,
      rule: `${input.edition.id}/${rule.id}`,
      basis: rule.basis,
      met: metOn !== null,
      metOn,
    });
  }
  return out;
}

/** Every dated disclosure of the project under its edition, met or not, by due date. */
export function disclosureSchedule(input: DeadlineInput, now: Date): ScheduledDisclosure[] {
  const day = today(now);
  const { edition } = input;
  const at = stageIndex(edition, input.stage);
  // A stage of another edition cannot be dated (the write rules refuse it): nothing is scheduled.
  if (at < 0) return [];
  if (edition.publicFromStage !== undefined && at < stageIndex(edition, edition.publicFromStage)) return [];
  const items = edition.rules.flatMap((rule) =>
    rule.kind === 'stage-information' ? stageItems(input, rule, at) : annualItems(input, rule, at, day),
  );
  for (const i of items) i.overdue = !i.met && day > i.dueOn;
  // Stable: items due the same day keep the rules' order.
  return items.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}

/** The earliest disclosure not yet met (overdue or not), or null when nothing dated is outstanding. */
export function nextDisclosure(input: DeadlineInput, now: Date): DueDisclosure | null {
  const next = disclosureSchedule(input, now).find((i) => !i.met);
  if (!next) return null;
  const { met: _met, metOn: _metOn, ...due } = next;
  return due;
}
