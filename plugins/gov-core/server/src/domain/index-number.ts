/**
 * 索引号 of the 政府信息公开目录: `<机构代码>/<年份>-<5 位流水号>`, e.g. 000014349/2017-00012 (国务院办公厅,
 * 9-character 组织机构代码) or 11431124MB1234567X/2017-00012 (统一社会信用代码). The serial restarts every
 * year per publishing body; the year is that of the 成文日期, or of the publish date for items without one.
 */
import { yearInShanghai } from './shanghai-time';
import { detailOf, fail, invalid, raise, type Parsed } from '@gov-portal/kit/domain';
import { validateOrganizationCode } from './organization-code';

export interface IndexNumber {
  orgCode: string;
  year: number;
  serial: number;
}

export const MAX_INDEX_SERIAL = 99999;
const SERIAL_DIGITS = 5;
const MIN_YEAR = 1949;
const MAX_YEAR = 9999;

function checkYear(year: number, field: string): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    fail(field, 'year', `索引号年份应为 ${MIN_YEAR}–${MAX_YEAR} 之间的 4 位整数，实际为 ${year}`);
  }
}

function checkSerial(serial: number, field: string): void {
  if (!Number.isInteger(serial) || serial < 1 || serial > MAX_INDEX_SERIAL) {
    fail(field, 'serial', `索引号流水号应为 1–${MAX_INDEX_SERIAL} 之间的整数，实际为 ${serial}`);
  }
}

function checkOrgCode(orgCode: string, field: string): void {
  const result = validateOrganizationCode(orgCode, field);
  if (!result.ok) raise(result);
}

/** `formatIndexNumber('000014349', 2017, 12)` → `000014349/2017-00012`; throws `DomainValidationError`. */
export function formatIndexNumber(orgCode: string, year: number, serial: number): string {
  checkOrgCode(orgCode, 'orgCode');
  checkYear(year, 'year');
  checkSerial(serial, 'serial');
  return `${indexNumberPrefix(orgCode, year)}${String(serial).padStart(SERIAL_DIGITS, '0')}`;
}

/**
 * The part shared by all of a body's 索引号 in a year (`000014349/2017-`), for a `$startsWith` query that
 * finds the highest serial already issued.
 */
export function indexNumberPrefix(orgCode: string, year: number): string {
  checkOrgCode(orgCode, 'orgCode');
  checkYear(year, 'year');
  return `${orgCode}/${year}-`;
}

const INDEX_NUMBER = /^([^/]+)\/(\d{4})-(\d{5})$/;
const FORMAT_HINT = '索引号格式应为 “机构代码/年份-5 位流水号”，如 000014349/2017-00012';

export function parseIndexNumber(input: unknown, field = 'indexNumber'): Parsed<IndexNumber> {
  if (typeof input !== 'string' || input.length === 0) return invalid(field, 'required', '索引号不能为空');
  const match = INDEX_NUMBER.exec(input);
  if (!match) return invalid(field, 'format', FORMAT_HINT);
  const [, orgCode, yearText, serialText] = match;
  const org = validateOrganizationCode(orgCode, field);
  if (!org.ok) return invalid(field, org.rule, `索引号中的机构代码无效：${detailOf(org)}`);
  const year = Number(yearText);
  if (year < MIN_YEAR) return invalid(field, 'year', `索引号年份 ${year} 早于 ${MIN_YEAR}`);
  const serial = Number(serialText);
  if (serial < 1) return invalid(field, 'serial', '索引号流水号从 00001 开始');
  return { ok: true, value: { orgCode, year, serial } };
}

export type DateInput = Date | string | null | undefined;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

function yearOf(value: Date | string, field: string): number {
  if (typeof value === 'string') {
    // A Strapi `date` attribute is a calendar date with no time zone: its year is the year written.
    const dateOnly = DATE_ONLY.exec(value);
    if (dateOnly) {
      const [, y, m, d] = dateOnly.map(Number);
      const probe = new Date(Date.UTC(y, m - 1, d));
      if (probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d) return y;
      fail(field, 'date', `日期“${value}”不存在`);
    }
  }
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) fail(field, 'date', `无法识别的日期“${String(value)}”`);
  return yearInShanghai(date);
}

/**
 * The year of a 索引号: the year of 成文日期 (`writtenAt`) if there is one, else of the publish date, both in
 * Asia/Shanghai (an item published at 2017-12-31T16:30Z is a 2018 item).
 */
export function indexNumberYear(dates: { writtenAt?: DateInput; publishDate?: DateInput }): number {
  const { writtenAt, publishDate } = dates;
  if (writtenAt !== null && writtenAt !== undefined && writtenAt !== '') {
    return yearOf(writtenAt, 'writtenAt');
  }
  if (publishDate !== null && publishDate !== undefined && publishDate !== '') {
    return yearOf(publishDate, 'publishDate');
  }
  return fail('publishDate', 'required', '编制索引号需要成文日期或发布日期');
}

/** The serial after the highest one already issued for that body and year (`null`: none yet). */
export function nextSerial(maxExisting: number | null): number {
  if (maxExisting === null) return 1;
  if (!Number.isInteger(maxExisting) || maxExisting < 0 || maxExisting > MAX_INDEX_SERIAL) {
    fail('serial', 'range', `已有最大流水号应为 0–${MAX_INDEX_SERIAL} 之间的整数，实际为 ${maxExisting}`);
  }
  if (maxExisting === MAX_INDEX_SERIAL) {
    fail('serial', 'exhausted', `本年度索引号流水号已用尽（最大 ${MAX_INDEX_SERIAL}）`);
  }
  return maxExisting + 1;
}
