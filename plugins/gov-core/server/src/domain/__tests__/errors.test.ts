import { detailOf, DomainValidationError, invalid, raise, unwrap } from '../errors';
import { parseDocumentNumber } from '../document-number';

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

  it('unwraps a parse result or throws its failure', () => {
    const now = new Date('2025-01-01T00:00:00Z');
    expect(unwrap(parseDocumentNumber('湘政发〔2016〕1号', { now }))).toEqual({
      prefix: '湘政发',
      year: 2016,
      serial: 1,
    });
    expect(() => unwrap(parseDocumentNumber('湘政发[2016]1号', { now }))).toThrow(
      expect.objectContaining({ field: 'documentNumber', rule: 'brackets' }),
    );
  });
});
