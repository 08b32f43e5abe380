/**
 * 发文字号, GB/T 9704-2012《党政机关公文格式》§7.2.4: 由发文机关代字、年份、发文顺序号组成。年份、发文顺序号用
 * 阿拉伯数字标注；年份应标全称，用六角括号“〔〕”括入；发文顺序号不加“第”字，不编虚位（即 1 不编为 01），在阿拉伯
 * 数字后加“号”字。Examples: 道政办发〔2017〕12号, 湘政发〔2016〕1号, 国办发〔2016〕19号.
 *
 * 机关代字 are abbreviations in Chinese characters (国办发, 湘政办函, 国卫办医函); the standard names no other
 * characters and none appear in real 代字, so only Han characters are accepted: a Latin letter or a digit in
 * the prefix is nearly always a pasted title or a typo.
 */
import { yearInShanghai } from './shanghai-time';
import { fail, invalid, raise, type Invalid, type Parsed, type Validation } from '@gov-portal/kit/domain';

export interface DocumentNumber {
  /** 发文机关代字, e.g. 道政办发 */
  prefix: string;
  year: number;
  /** 发文顺序号, ≥ 1 */
  serial: number;
}

export interface DocumentNumberOptions {
  /** Field name in error messages; default `documentNumber`. */
  field?: string;
  /** Reference date for the latest plausible year (next year in Asia/Shanghai); default now. */
  now?: Date;
}

/** The People's Republic's first year: no 发文字号 of a government of the PRC is older. */
export const FIRST_DOCUMENT_YEAR = 1949;
/** Longest 机关代字 accepted; real ones are 1–8 characters, longer input is usually a pasted title. */
export const MAX_PREFIX_LENGTH = 16;

const FORMAT_HINT = '发文字号格式应为 “机关代字〔年份〕序号号”，如 道政办发〔2017〕12号';
const EXACT = /^(\p{Script=Han}+)〔(\d{4})〕([1-9]\d*)号$/u;
const HAN_ONLY = /^\p{Script=Han}+$/u;
// Brackets editors type instead of 〔〕 (U+3014/U+3015): ASCII, full-width, lenticular, small and white
// tortoise-shell, angle brackets.
const WRONG_BRACKETS = /[[\]［］()（）【】﹝﹞〘〙〖〗{}｛｝<>〈〉《》⦗⦘]/u;
const LOOSE = /^(.*?)〔(.*?)〕(.*)$/su;

function check(input: unknown, options: DocumentNumberOptions): Parsed<DocumentNumber> {
  const field = options.field ?? 'documentNumber';
  const bad = (rule: string, detail: string): Invalid => invalid(field, rule, detail);
  if (typeof input !== 'string' || input.length === 0) return bad('required', '发文字号不能为空');
  if (/\s/u.test(input)) return bad('whitespace', `发文字号不应包含空格或换行；${FORMAT_HINT}`);
  if (/[０-９]/u.test(input)) return bad('digits', `年份和发文顺序号应使用半角阿拉伯数字；${FORMAT_HINT}`);

  const exact = EXACT.exec(input);
  if (!exact) {
    const wrong = WRONG_BRACKETS.exec(input);
    if (wrong) {
      return bad(
        'brackets',
        `年份应用六角括号“〔〕”括入（GB/T 9704-2012 7.2.4），不能用“${wrong[0]}”；${FORMAT_HINT}`,
      );
    }
    const loose = LOOSE.exec(input);
    if (!loose) return bad('format', FORMAT_HINT);
    const [, prefix, year, rest] = loose;
    if (prefix.length === 0) return bad('prefix', `缺少发文机关代字；${FORMAT_HINT}`);
    if (!HAN_ONLY.test(prefix)) {
      return bad('prefix', `发文机关代字应由汉字组成，实际为“${prefix}”；${FORMAT_HINT}`);
    }
    if (!/^\d{4}$/.test(year)) {
      return bad('year', `年份应标全称（4 位阿拉伯数字），如 〔2017〕，实际为“〔${year}〕”`);
    }
    if (rest.startsWith('第')) {
      return bad('serial', `发文顺序号不加“第”字（GB/T 9704-2012 7.2.4）；${FORMAT_HINT}`);
    }
    if (/^\d+$/.test(rest)) return bad('serial', `发文顺序号后应加“号”字；${FORMAT_HINT}`);
    if (/^0+号$/.test(rest)) return bad('serial', '发文顺序号从 1 开始');
    if (/^0\d+号$/.test(rest)) {
      return bad('serial', `发文顺序号不编虚位（1 不编为 01），应为“${Number(rest.slice(0, -1))}号”`);
    }
    return bad('format', FORMAT_HINT);
  }

  const [, prefix, yearText, serialText] = exact;
  if (prefix.length > MAX_PREFIX_LENGTH) {
    return bad('prefix', `发文机关代字过长（超过 ${MAX_PREFIX_LENGTH} 字），请只填写发文字号，不含标题`);
  }
  const year = Number(yearText);
  const latest = yearInShanghai(options.now ?? new Date()) + 1;
  if (year < FIRST_DOCUMENT_YEAR || year > latest) {
    return bad('year', `年份 ${year} 不在合理范围（${FIRST_DOCUMENT_YEAR}–${latest}）`);
  }
  const serial = Number(serialText);
  if (!Number.isSafeInteger(serial)) return bad('serial', '发文顺序号过大');
  return { ok: true, value: { prefix, year, serial } };
}

export function parseDocumentNumber(
  input: unknown,
  options: DocumentNumberOptions = {},
): Parsed<DocumentNumber> {
  return check(input, options);
}

export function validateDocumentNumber(input: unknown, options: DocumentNumberOptions = {}): Validation {
  const result = check(input, options);
  return result.ok ? { ok: true } : result;
}

/** Builds 道政办发〔2017〕12号 from its parts; throws `DomainValidationError` if the result would be invalid. */
export function formatDocumentNumber(parts: DocumentNumber, options: DocumentNumberOptions = {}): string {
  const { prefix, year, serial } = parts;
  const field = options.field ?? 'documentNumber';
  if (!Number.isInteger(year)) fail(field, 'year', `年份应为整数，实际为 ${year}`);
  if (!Number.isSafeInteger(serial) || serial < 1) {
    fail(field, 'serial', `发文顺序号应为正整数，实际为 ${serial}`);
  }
  const text = `${prefix}〔${year}〕${serial}号`;
  const result = check(text, options);
  if (!result.ok) raise(result);
  return text;
}

/**
 * Repairs what editors commonly type: surrounding and inner spaces, full-width digits, and the year put in
 * [] （） 【】 ﹝﹞ etc. instead of 〔〕. Leaves everything else (leading zeros, 第, a missing 号) for
 * `validateDocumentNumber` to report, since changing those might change which document is meant.
 */
export function normalizeDocumentNumber(input: string): string {
  return input
    .replace(/\s+/gu, '')
    .replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[[［(（【﹝〘〖{｛<〈《⦗](\d{4})[\]］)）】﹞〙〗}｝>〉》⦘]/u, '〔$1〕');
}
