/**
 * 财预〔2016〕143号: department budgets and final accounts are public within 20 days of the 财政 department's
 * 批复. Days are calendar days, the day of the 批复 not counted (民法典 第二百零一条): approved on 3 March, due by 23
 * March. The clock is injected.
 */
import { addDays, civilDate, daysBetween } from '@gov-portal/kit/domain';

export const DISCLOSURE_DAYS = 20;

export type DeadlineStatus = 'no-approval' | 'pending' | 'overdue' | 'published-on-time' | 'published-late';

export const DEADLINE_STATUS_LABEL: Readonly<Record<DeadlineStatus, string>> = {
  'no-approval': '未填批复日期',
  pending: '待公开',
  overdue: '逾期未公开',
  'published-on-time': '已按时公开',
  'published-late': '已公开（逾期）',
};

export interface ReportDeadline {
  approvedAt: string | null;
  /** The last day to publish (YYYY-MM-DD), null without a 批复 date. */
  dueOn: string | null;
  /** The day it was first made public, null while it is not. */
  publishedOn: string | null;
  status: DeadlineStatus;
  label: string;
  /** Days left until `dueOn` (0 on the day itself; negative once overdue); null when published or undated. */
  daysLeft: number | null;
  overdue: boolean;
}

export function reportDeadline(
  report: { approvedAt: string | null | undefined; publishedAt: string | Date | null | undefined },
  now: Date,
): ReportDeadline {
  const approvedAt = civilDate(report.approvedAt ?? null);
  const publishedOn = civilDate(report.publishedAt ?? null);
  const today = civilDate(now)!;
  const make = (status: DeadlineStatus, dueOn: string | null, daysLeft: number | null): ReportDeadline => ({
    approvedAt,
    dueOn,
    publishedOn,
    status,
    label: DEADLINE_STATUS_LABEL[status],
    daysLeft,
    overdue: status === 'overdue' || status === 'published-late',
  });
  if (!approvedAt) return make('no-approval', null, null);
  const dueOn = addDays(approvedAt, DISCLOSURE_DAYS);
  if (publishedOn) return make(publishedOn <= dueOn ? 'published-on-time' : 'published-late', dueOn, null);
  const left = daysBetween(today, dueOn);
  return make(left < 0 ? 'overdue' : 'pending', dueOn, left);
}
