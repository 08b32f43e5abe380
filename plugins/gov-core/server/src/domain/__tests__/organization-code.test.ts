import fc from 'fast-check';
import {
  computeOrgCodeCheckChar,
  computeUsccCheckChar,
  makeOrgCode,
  makeUscc,
  normalizeOrganizationCode,
  splitUscc,
  USCC_CHARSET,
  validateOrganizationCode,
} from '../organization-code';
import { DomainValidationError } from '@gov-portal/kit/domain';

function failure(code: unknown, field?: string) {
  const result = validateOrganizationCode(code, field);
  if (result.ok) throw new Error(`expected ${String(code)} to be rejected`);
  return result;
}

describe('validateOrganizationCode', () => {
  // Codes as published in public registers; both check characters were verified by hand.
  it.each([
    ['914403001922038216', '华为技术有限公司'],
    ['91440300708461136T', '深圳市腾讯计算机系统有限公司'],
    ['91110000802100433B', '北京百度网讯科技有限公司'],
    ['91110108551385082Q', '小米科技有限责任公司'],
    ['91330100716105852F', 'an enterprise registered in 杭州'],
    ['91310000132149237G', 'an enterprise registered in 上海'],
    ['11100000000019713D', 'a central 机关 (registration authority 1, kind 1)'],
    ['12100000400000624D', 'a central 事业单位 (kind 2)'],
    ['111000000000131433', 'a central 机关 whose check character is a digit'],
  ])('accepts the published 统一社会信用代码 %s (%s)', (code) => {
    expect(validateOrganizationCode(code)).toEqual({ ok: true, kind: 'uscc-18' });
  });

  it.each([
    ['000014349', '国务院办公厅, as in its 索引号 000014349/…'],
    ['000000000', 'body 00000000: 11 − 0 = 11 → check 0'],
    ['00000006X', 'body 00000006: 11 − 1 = 10 → check X'],
    ['MB1234562', 'a post-2015 机关 code'],
    ['I0000000' + computeOrgCodeCheckChar('I0000000'), 'GB 11714 allows I, O, Z, S and V in the body'],
  ])('accepts the 9-character 组织机构代码 %s (%s)', (code) => {
    expect(validateOrganizationCode(code)).toEqual({ ok: true, kind: 'org-code-9' });
  });

  it.each([
    [undefined, 'required', '机构代码不能为空'],
    [null, 'required', '机构代码不能为空'],
    [9144030019, 'required', '机构代码不能为空'],
    ['', 'required', '机构代码不能为空'],
    [' 914403001922038216', 'whitespace', '不应包含空格'],
    ['91440300 1922038216', 'whitespace', '不应包含空格'],
    ['00001434-9', 'length', '去掉连字符'],
    ['00001434', 'length', '实际为 8 位'],
    ['9144030019220382', 'length', '实际为 16 位'],
    ['91440300192203821', 'length', '实际为 17 位'],
    ['9144030019220382160', 'length', '实际为 19 位'],
    ['0000143490', 'length', '实际为 10 位'],
    ['９１４４０３００１９２２０３８２１６', 'charset', '第 1 位字符“９”不合法'],
  ])('rejects %p with rule %s', (code, rule, fragment) => {
    const error = failure(code);
    expect(error.rule).toBe(rule);
    expect(error.field).toBe('organizationCode');
    expect(error.message).toContain(fragment);
    expect(error.message.startsWith('organizationCode: ')).toBe(true);
  });

  it.each([
    ['mb1234562', 1, '（字母须大写）'],
    ['0000-4349', 5, '只能使用数字和大写字母'],
    ['0000组4349', 5, '只能使用数字和大写字母'],
  ])('rejects the 组织机构代码 %s for its character at position %i', (code, position, fragment) => {
    const error = failure(code);
    expect(error.rule).toBe('charset');
    expect(error.message).toContain(`第 ${position} 位字符`);
    expect(error.message).toContain(fragment);
  });

  it('rejects a 组织机构代码 check character that is neither a digit nor X', () => {
    const error = failure('00001434A');
    expect(error.rule).toBe('charset');
    expect(error.message).toContain('校验码只能是数字或大写 X');
  });

  it('names the expected check character of a 组织机构代码', () => {
    const error = failure('000014348');
    expect(error.rule).toBe('check-char');
    expect(error.message).toBe(
      'organizationCode: 组织机构代码校验码错误：第 9 位应为“9”，实际为“8”（GB 11714-1997）',
    );
  });

  it('rejects a lower-case x as 组织机构代码 check character', () => {
    expect(failure('00000006x').rule).toBe('charset');
  });

  it.each([
    ['I', 'I'],
    ['O', 'O'],
    ['Z', 'Z'],
    ['S', 'S'],
    ['V', 'V'],
  ])('rejects the letter %s, which GB 32100 leaves out of its charset', (letter) => {
    const code = `91440300${letter}922038216`;
    const error = failure(code);
    expect(error.rule).toBe('charset');
    expect(error.message).toContain(`第 9 位字符“${letter}”不合法`);
    expect(error.message).toContain('（不使用 I、O、Z、S、V）');
  });

  it('asks for capitals when a 统一社会信用代码 is typed in lower case', () => {
    const error = failure('91440300708461136t');
    expect(error.rule).toBe('charset');
    expect(error.message).toContain('第 18 位字符“t”不合法');
    expect(error.message).toContain('（字母须大写）');
  });

  it('rejects a 统一社会信用代码 whose positions 3–8 are not a 6-digit division code', () => {
    const first17 = '11A31124MB1234562';
    const error = failure(first17 + computeUsccCheckChar(first17));
    expect(error.rule).toBe('division-code');
    expect(error.message).toContain('“A31124”');
  });

  it('names the expected 18th character of a mistyped 统一社会信用代码', () => {
    const error = failure('914403001922038217');
    expect(error.rule).toBe('check-char');
    expect(error.message).toBe(
      'organizationCode: 统一社会信用代码校验码错误：第 18 位应为“6”，实际为“7”（GB 32100-2015）',
    );
  });

  it('rejects a 统一社会信用代码 whose embedded 组织机构代码 fails its GB 11714 check', () => {
    // Positions 9–17 carry a wrong org-code check character, yet the GB 32100 check character is recomputed.
    const first17 = '11431124MB1234563';
    const error = failure(first17 + computeUsccCheckChar(first17));
    expect(error.rule).toBe('org-code-check-char');
    expect(error.message).toContain('第 17 位应为“2”，实际为“3”');
  });

  it('uses the field name it is given', () => {
    const error = failure('123', 'orgCode');
    expect(error.field).toBe('orgCode');
    expect(error.message.startsWith('orgCode: ')).toBe(true);
  });

  const usccCharset = fc.constantFrom(...USCC_CHARSET.split(''));
  const validUscc = fc
    .record({
      registrationAuthority: usccCharset,
      institutionKind: usccCharset,
      divisionCode: fc.stringMatching(/^\d{6}$/),
      orgCodeBody: fc.array(usccCharset, { minLength: 8, maxLength: 8 }).map((chars) => chars.join('')),
    })
    .map((parts) => makeUscc(parts));

  it('accepts every code makeUscc builds', () => {
    fc.assert(
      fc.property(validUscc, (code) => {
        expect(validateOrganizationCode(code)).toEqual({ ok: true, kind: 'uscc-18' });
      }),
    );
  });

  it('detects every single-character substitution in a 统一社会信用代码 (31 is prime)', () => {
    fc.assert(
      fc.property(validUscc, fc.nat(17), usccCharset, (code, position, replacement) => {
        fc.pre(code[position] !== replacement);
        const mistyped = code.slice(0, position) + replacement + code.slice(position + 1);
        const result = validateOrganizationCode(mistyped);
        expect(result.ok).toBe(false);
      }),
    );
  });

  it('detects every single-digit substitution in a numeric 组织机构代码', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{8}$/),
        fc.nat(7),
        fc.integer({ min: 0, max: 9 }),
        (body, position, digit) => {
          fc.pre(body[position] !== String(digit));
          const code = makeOrgCode(body);
          const mistyped = code.slice(0, position) + digit + code.slice(position + 1);
          expect(validateOrganizationCode(mistyped).ok).toBe(false);
        },
      ),
    );
  });
});

describe('computeOrgCodeCheckChar', () => {
  it.each([
    ['00001434', '9'],
    ['00000000', '0'],
    ['00000006', 'X'],
    ['MB123456', '2'],
    ['19220382', '1'],
  ])('gives %s the check character %s (GB 11714-1997)', (body, check) => {
    expect(computeOrgCodeCheckChar(body)).toBe(check);
  });

  it.each(['0000143', '000014349', 'mb123456', '0000-434'])('refuses the body %p', (body) => {
    expect(() => computeOrgCodeCheckChar(body)).toThrow(DomainValidationError);
  });
});

describe('computeUsccCheckChar', () => {
  it.each([
    ['91440300192203821', '6'],
    ['91110000802100433', 'B'],
    ['11100000000013143', '3'],
    ['11431124000000035', '0'],
  ])('gives %s the check character %s (GB 32100-2015; a remainder of 0 maps to 0)', (first17, check) => {
    expect(computeUsccCheckChar(first17)).toBe(check);
  });

  it.each(['9144030019220382', '914403001922038216', '9144030019220382I', '91440300192203821a'])(
    'refuses %p',
    (first17) => {
      expect(() => computeUsccCheckChar(first17)).toThrow(DomainValidationError);
    },
  );
});

describe('makeUscc', () => {
  it('builds a 道县 机关 code from registration authority 1, kind 1, division 431124 and an org-code body', () => {
    const code = makeUscc({ divisionCode: '431124', orgCodeBody: 'MB123456' });
    expect(code).toBe('11431124MB1234562T');
    expect(validateOrganizationCode(code)).toEqual({ ok: true, kind: 'uscc-18' });
  });

  it('builds a 事业单位 code from a complete 组织机构代码', () => {
    const code = makeUscc({ institutionKind: '2', divisionCode: '431124', orgCode: '000000000' });
    expect(code.slice(0, 17)).toBe('12431124000000000');
    expect(validateOrganizationCode(code).ok).toBe(true);
  });

  it.each([
    [{ divisionCode: '43112', orgCodeBody: 'MB123456' }, 'divisionCode', 'format'],
    [{ divisionCode: '43112A', orgCodeBody: 'MB123456' }, 'divisionCode', 'format'],
    [{ divisionCode: '431124' }, 'orgCode', 'required'],
    [{ divisionCode: '431124', orgCode: '000014349', orgCodeBody: 'MB123456' }, 'orgCode', 'required'],
    [{ divisionCode: '431124', orgCode: '000014348' }, 'orgCode', 'check-char'],
    [{ divisionCode: '431124', orgCodeBody: 'MB12345' }, 'orgCode', 'format'],
    [{ divisionCode: '431124', orgCodeBody: 'MI123456' }, 'orgCode', 'charset'],
    [
      { registrationAuthority: '11', divisionCode: '431124', orgCodeBody: 'MB123456' },
      'registrationAuthority',
      'charset',
    ],
    [{ institutionKind: 'Z', divisionCode: '431124', orgCodeBody: 'MB123456' }, 'institutionKind', 'charset'],
  ])('refuses %p (field %s, rule %s)', (parts, field, rule) => {
    try {
      makeUscc(parts);
      throw new Error('expected makeUscc to throw');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainValidationError);
      expect(error).toMatchObject({ field, rule });
    }
  });
});

describe('normalizeOrganizationCode', () => {
  it.each([
    ['  91440300708461136t ', '91440300708461136T'],
    ['00001434-9', '000014349'],
    ['0000 1434－9', '000014349'],
    ['９１４４０３００１９２２０３８２１６', '914403001922038216'],
  ])('turns %p into %p', (input, output) => {
    expect(normalizeOrganizationCode(input)).toBe(output);
    expect(validateOrganizationCode(output).ok).toBe(true);
  });
});

describe('splitUscc', () => {
  it('splits a 统一社会信用代码 into its GB 32100 segments', () => {
    expect(splitUscc('11431124MB1234562T')).toEqual({
      registrationAuthority: '1',
      institutionKind: '1',
      divisionCode: '431124',
      orgCode: 'MB1234562',
      checkChar: 'T',
    });
  });

  it('refuses a 9-character 组织机构代码 and an invalid code', () => {
    expect(() => splitUscc('000014349')).toThrow(/应为 18 位统一社会信用代码/);
    expect(() => splitUscc('11431124MB1234562A')).toThrow(/校验码错误/);
  });
});
