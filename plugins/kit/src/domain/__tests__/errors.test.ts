import {
  detailOf,
  DomainValidationError,
  fail,
  invalid,
  isDomainValidationError,
  problem,
  raise,
  raiseAll,
} from '../errors';

describe('domain errors', () => {
  it('prefixes the message with the field name', () => {
    expect(invalid('documentNumber', 'format', '格式错误')).toEqual({
      ok: false,
      field: 'documentNumber',
      rule: 'format',
      message: 'documentNumber: 格式错误',
    });
  });

  it('gives back the message without its field prefix', () => {
    expect(detailOf(invalid('indexNumber', 'format', '格式错误'))).toBe('格式错误');
    expect(detailOf({ field: 'a', rule: 'b', message: 'no prefix' })).toBe('no prefix');
  });

  it('throws a failure as a DomainValidationError that serialises to { field, rule, message }', () => {
    const error = (() => {
      try {
        raise(invalid('serial', 'range', '超出范围'));
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(DomainValidationError);
    expect(error).toBeInstanceOf(Error);
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      field: 'serial',
      rule: 'range',
      message: 'serial: 超出范围',
    });
  });

  it('carries every failure, the first as field and rule, all in the message', () => {
    const error = new DomainValidationError([
      problem('a', 'required', '必填'),
      problem('b', 'range', '超出范围'),
    ]);
    expect(error.field).toBe('a');
    expect(error.rule).toBe('required');
    expect(error.errors.map((e) => e.field)).toEqual(['a', 'b']);
    expect(error.message).toBe('a: 必填; b: 超出范围');
  });

  it.each([
    ['fail', () => fail('code', 'format', '格式错误')],
    ['raiseAll', () => raiseAll([problem('code', 'format', '格式错误')])],
    ['of', () => DomainValidationError.of('code', 'format', '格式错误')],
  ])('%s builds the same failure', (_name, build) => {
    let error: unknown;
    try {
      error = build();
    } catch (caught) {
      error = caught;
    }
    expect(isDomainValidationError(error)).toBe(true);
    expect((error as DomainValidationError).toJSON()).toEqual({
      field: 'code',
      rule: 'format',
      message: 'code: 格式错误',
    });
  });

  it('refuses an empty list', () => {
    expect(() => new DomainValidationError([])).toThrow(RangeError);
  });
});
