/**
 * 机构代码: the 9-character 组织机构代码 (GB 11714-1997) and the 18-character 统一社会信用代码
 * (GB 32100-2015), whose positions 9–17 are the body's 组织机构代码 including its own check character.
 * Used as the first part of every 索引号 (see index-number.ts).
 */
import { fail, invalid, raise, type Invalid } from '@gov-portal/kit/domain';

export type OrganizationCodeKind = 'org-code-9' | 'uscc-18';
export type OrganizationCodeValidation = { ok: true; kind: OrganizationCodeKind } | Invalid;

// GB 11714-1997 §5: 本体代码 8 位（数字或大写拉丁字母），字符值 0–9 → 0–9，A–Z → 10–35.
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;
const ORG_CODE_BODY = /^[0-9A-Z]{8}$/;

// GB 32100-2015 §4: 31 characters, the digits and the capitals without I, O, Z, S, V.
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
// GB 32100-2015 §5: W_i = 3^(i-1) mod 31 for positions 1…17.
const USCC_WEIGHTS: readonly number[] = Array.from({ length: 17 }, (_, i) => {
  let w = 1;
  for (let k = 0; k < i; k += 1) w = (w * 3) % 31;
  return w;
});

const USCC_EXCLUDED_LETTERS = 'IOZSV';

function orgCharValue(c: string): number {
  const code = c.charCodeAt(0);
  return code <= 57 ? code - 48 : code - 55;
}

/** GB 11714-1997: C9 = 11 − (Σ Ci·Wi mod 11); 10 → 'X', 11 → '0'. */
export function computeOrgCodeCheckChar(first8: string): string {
  if (!ORG_CODE_BODY.test(first8)) {
    fail('orgCode', 'format', `组织机构代码本体应为 8 位数字或大写字母，实际为“${first8}”`);
  }
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += orgCharValue(first8[i]) * ORG_CODE_WEIGHTS[i];
  const c = 11 - (sum % 11);
  if (c === 10) return 'X';
  if (c === 11) return '0';
  return String(c);
}

/** GB 32100-2015: C18 = 31 − (Σ Ci·Wi mod 31), mapped back through the charset; 31 → '0'. */
export function computeUsccCheckChar(first17: string): string {
  if (first17.length !== 17 || [...first17].some((c) => !USCC_CHARSET.includes(c))) {
    fail(
      'organizationCode',
      'format',
      `统一社会信用代码前 17 位应由 ${USCC_CHARSET} 中的字符组成，实际为“${first17}”`,
    );
  }
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += USCC_CHARSET.indexOf(first17[i]) * USCC_WEIGHTS[i];
  const c = 31 - (sum % 31);
  return USCC_CHARSET[c === 31 ? 0 : c];
}

const LENGTH_RULE = '机构代码应为 9 位组织机构代码（GB 11714-1997）或 18 位统一社会信用代码（GB 32100-2015）';

function validateOrgCode9(code: string, field: string): OrganizationCodeValidation {
  for (let i = 0; i < 8; i += 1) {
    const c = code[i];
    if (!/[0-9A-Z]/.test(c)) {
      const hint = /[a-z]/.test(c) ? '（字母须大写）' : '';
      return invalid(
        field,
        'charset',
        `第 ${i + 1} 位字符“${c}”不合法：组织机构代码本体只能使用数字和大写字母${hint}`,
      );
    }
  }
  const actual = code[8];
  if (!/[0-9X]/.test(actual)) {
    return invalid(field, 'charset', `第 9 位字符“${actual}”不合法：组织机构代码的校验码只能是数字或大写 X`);
  }
  const expected = computeOrgCodeCheckChar(code.slice(0, 8));
  if (actual !== expected) {
    return invalid(
      field,
      'check-char',
      `组织机构代码校验码错误：第 9 位应为“${expected}”，实际为“${actual}”（GB 11714-1997）`,
    );
  }
  return { ok: true, kind: 'org-code-9' };
}

function validateUscc18(code: string, field: string): OrganizationCodeValidation {
  for (let i = 0; i < 18; i += 1) {
    const c = code[i];
    if (USCC_CHARSET.includes(c)) continue;
    let hint = '';
    if (USCC_EXCLUDED_LETTERS.includes(c)) hint = '（不使用 I、O、Z、S、V）';
    else if (/[a-z]/.test(c)) hint = '（字母须大写）';
    return invalid(
      field,
      'charset',
      `第 ${i + 1} 位字符“${c}”不合法：统一社会信用代码只能使用数字和除 I、O、Z、S、V 以外的大写字母${hint}`,
    );
  }
  if (!/^\d{6}$/.test(code.slice(2, 8))) {
    return invalid(
      field,
      'division-code',
      `第 3–8 位应为 6 位数字的登记管理机关行政区划码（GB/T 2260），实际为“${code.slice(2, 8)}”`,
    );
  }
  const expected = computeUsccCheckChar(code.slice(0, 17));
  if (code[17] !== expected) {
    return invalid(
      field,
      'check-char',
      `统一社会信用代码校验码错误：第 18 位应为“${expected}”，实际为“${code[17]}”（GB 32100-2015）`,
    );
  }
  const expectedOrg = computeOrgCodeCheckChar(code.slice(8, 16));
  if (code[16] !== expectedOrg) {
    return invalid(
      field,
      'org-code-check-char',
      `第 9–17 位的组织机构代码校验码错误：第 17 位应为“${expectedOrg}”，实际为“${code[16]}”（GB 11714-1997）`,
    );
  }
  return { ok: true, kind: 'uscc-18' };
}

/**
 * Validates a 机构代码 exactly as stored: no trimming, no case folding (use `normalizeOrganizationCode`
 * first to accept typed input leniently).
 */
export function validateOrganizationCode(
  code: unknown,
  field = 'organizationCode',
): OrganizationCodeValidation {
  if (typeof code !== 'string' || code.length === 0) {
    return invalid(field, 'required', '机构代码不能为空');
  }
  if (/\s/.test(code)) {
    return invalid(field, 'whitespace', '机构代码不应包含空格或换行');
  }
  if (/^[0-9A-Za-z]{8}-[0-9Xx]$/.test(code)) {
    return invalid(field, 'length', `${LENGTH_RULE}；组织机构代码请去掉连字符“-”`);
  }
  const length = [...code].length;
  if (length === 9 && code.length === 9) return validateOrgCode9(code, field);
  if (length === 18 && code.length === 18) return validateUscc18(code, field);
  return invalid(field, 'length', `${LENGTH_RULE}，实际为 ${length} 位`);
}

/** Trims, drops spaces and hyphens, folds full-width ASCII and lower case: for imports and forms. */
export function normalizeOrganizationCode(input: string): string {
  return input
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\-－‐‑–—]/g, '')
    .toUpperCase();
}

/** Appends the GB 11714-1997 check character to an 8-character body. */
export function makeOrgCode(body: string): string {
  return body + computeOrgCodeCheckChar(body);
}

export interface UsccParts {
  /** 登记管理部门代码 (GB 32100-2015 附录 A): '1' 机构编制, '5' 民政, '9' 工商 … Default '1'. */
  registrationAuthority?: string;
  /** 机构类别代码: under 机构编制, '1' 机关, '2' 事业单位 … Default '1'. */
  institutionKind?: string;
  /** 登记管理机关行政区划码 (GB/T 2260), e.g. '431124' 道县. */
  divisionCode: string;
  /** The complete 9-character 组织机构代码, or … */
  orgCode?: string;
  /** … its 8-character body, whose check character is then computed. */
  orgCodeBody?: string;
}

/**
 * Builds a valid 统一社会信用代码, e.g. for seed data:
 * `makeUscc({ divisionCode: '431124', orgCodeBody: 'MB123456' })` → a 道县 机关 code `11431124MB123456…`.
 */
export function makeUscc(parts: UsccParts): string {
  const { registrationAuthority = '1', institutionKind = '1', divisionCode, orgCode, orgCodeBody } = parts;
  for (const [field, value] of [
    ['registrationAuthority', registrationAuthority],
    ['institutionKind', institutionKind],
  ] as const) {
    if (value.length !== 1 || !USCC_CHARSET.includes(value)) {
      fail(field, 'charset', `应为 1 位，取自 ${USCC_CHARSET}，实际为“${value}”`);
    }
  }
  if (!/^\d{6}$/.test(divisionCode)) {
    fail('divisionCode', 'format', `行政区划码应为 6 位数字（GB/T 2260），实际为“${divisionCode}”`);
  }
  if ((orgCode === undefined) === (orgCodeBody === undefined)) {
    fail('orgCode', 'required', '应给出 orgCode（9 位）或 orgCodeBody（8 位）之一');
  }
  let org: string;
  if (orgCode !== undefined) {
    const check = validateOrganizationCode(orgCode, 'orgCode');
    if (!check.ok) raise(check);
    if (check.kind !== 'org-code-9') fail('orgCode', 'length', '应为 9 位组织机构代码');
    org = orgCode;
  } else {
    org = makeOrgCode(orgCodeBody as string);
  }
  const excluded = [...org].find((c) => !USCC_CHARSET.includes(c));
  if (excluded !== undefined) {
    fail('orgCode', 'charset', `组织机构代码含“${excluded}”，统一社会信用代码不使用 I、O、Z、S、V`);
  }
  const first17 = registrationAuthority + institutionKind + divisionCode + org;
  return first17 + computeUsccCheckChar(first17);
}

export interface UsccSegments {
  registrationAuthority: string;
  institutionKind: string;
  divisionCode: string;
  orgCode: string;
  checkChar: string;
}

/** Splits a 统一社会信用代码 into its GB 32100-2015 segments; throws unless the code is valid. */
export function splitUscc(code: string, field = 'organizationCode'): UsccSegments {
  const check = validateOrganizationCode(code, field);
  if (!check.ok) raise(check);
  if (check.kind !== 'uscc-18') fail(field, 'length', '应为 18 位统一社会信用代码');
  return {
    registrationAuthority: code[0],
    institutionKind: code[1],
    divisionCode: code.slice(2, 8),
    orgCode: code.slice(8, 17),
    checkChar: code[17],
  };
}
