import { unwrap } from '@gov-portal/kit/domain';
import { parseDocumentNumber } from '../document-number';

describe('domain errors', () => {
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
