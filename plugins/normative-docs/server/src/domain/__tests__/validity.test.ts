import { DomainValidationError } from '@gov-portal/kit/domain';
import {
  VALIDITY,
  VALIDITY_KEYS,
  assertValidityChange,
  selectExpired,
  todayInShanghai,
  toIsoDate,
  validateValidityChange,
  validityBadge,
  type NormativeDocumentState,
  type ValidityKey,
} from '../index';

const today = '2026-11-27';

describe('validity labels', () => {
  it('gives every status a label in both scripts and a tone', () => {
    expect(
      VALIDITY_KEYS.map((k) => [k, VALIDITY[k]['zh-Hans'], VALIDITY[k]['zh-Hant'], VALIDITY[k].tone]),
    ).toEqual([
      ['effective', '有效', '有效', 'ok'],
      ['expired', '失效', '失效', 'danger'],
      ['repealed', '废止', '廢止', 'danger'],
      ['amended', '已修改', '已修改', 'warning'],
    ]);
  });
});

describe('validateValidityChange', () => {
  const allowed: Array<[ValidityKey, ValidityKey]> = [
    ['effective', 'expired'],
    ['effective', 'repealed'],
    ['effective', 'amended'],
  ];
  const forbidden: Array<[ValidityKey, ValidityKey]> = [
    ['expired', 'effective'],
    ['expired', 'repealed'],
    ['expired', 'amended'],
    ['repealed', 'effective'],
    ['repealed', 'expired'],
    ['repealed', 'amended'],
    ['amended', 'effective'],
    ['amended', 'expired'],
    ['amended', 'repealed'],
  ];

  it('covers all 12 ordered pairs of distinct statuses', () => {
    expect(allowed.length + forbidden.length).toBe(VALIDITY_KEYS.length * (VALIDITY_KEYS.length - 1));
  });

  it.each(allowed)('allows %s → %s', (from, to) => {
    expect(validateValidityChange(from, to, { today, replacedBy: 'doc-new' })).toEqual([]);
  });

  it.each(forbidden)('refuses %s → %s naming the transition', (from, to) => {
    expect(validateValidityChange(from, to, { today, replacedBy: 'doc-new' })).toEqual([
      {
        field: 'validity',
        rule: 'invalid',
        message: `validity: 不允许的状态变更 ${from} → ${to}（失效、废止、已修改为终态）`,
      },
    ]);
  });

  it('phrases the expired → effective refusal as the issue does', () => {
    expect(validateValidityChange('expired', 'effective', { today })[0].message).toBe(
      'validity: 不允许的状态变更 expired → effective（失效、废止、已修改为终态）',
    );
  });

  it.each(VALIDITY_KEYS.filter((k) => k !== 'amended'))('treats %s → itself as no transition', (key) => {
    expect(validateValidityChange(key, key, { today })).toEqual([]);
  });

  it.each(VALIDITY_KEYS.filter((k) => k !== 'amended'))('lets a new document start as %s', (key) => {
    expect(validateValidityChange(null, key, { today })).toEqual([]);
  });

  it('refuses an unknown target status', () => {
    expect(validateValidityChange('effective', 'valid', { today })).toEqual([
      {
        field: 'validity',
        rule: 'invalid',
        message: 'validity: 未知的有效性状态 “valid”，应为 effective、expired、repealed、amended',
      },
    ]);
  });

  it.each([
    ['2026-11-26', false],
    ['2026-11-27', true],
    ['2027-01-01', true],
  ])('with 有效期至 %s, setting effective on %s is allowed: %s', (validUntil, ok) => {
    const errors = validateValidityChange(null, 'effective', { today, validUntil });
    expect(errors).toEqual(
      ok
        ? []
        : [
            {
              field: 'validity',
              rule: 'invalid',
              message: `validity: 有效期至 ${validUntil} 已届满，不能设为有效`,
            },
          ],
    );
  });

  it('keeps an effective document past its 有效期至 from staying effective on save', () => {
    expect(
      validateValidityChange('effective', 'effective', { today, validUntil: '2026-01-01' }),
    ).toHaveLength(1);
  });

  it('lets a document past its 有效期至 be set expired', () => {
    expect(validateValidityChange('effective', 'expired', { today, validUntil: '2026-01-01' })).toEqual([]);
  });

  it.each([null, '', '   '])('requires replacedBy when marking amended (replacedBy %p)', (replacedBy) => {
    expect(validateValidityChange('effective', 'amended', { today, replacedBy })).toEqual([
      { field: 'replacedBy', rule: 'invalid', message: 'replacedBy: 标注为已修改时必须指明修改后的文件' },
    ]);
  });

  it('rejects a 有效期至 that is not a calendar date', () => {
    expect(validateValidityChange(null, 'effective', { today, validUntil: '2026-02-30' })).toEqual([
      {
        field: 'validUntil',
        rule: 'invalid',
        message: 'validUntil: 有效期至应为 YYYY-MM-DD 格式的日期，收到 “2026-02-30”',
      },
    ]);
  });

  it('reports several problems at once', () => {
    const errors = validateValidityChange('repealed', 'amended', { today });
    expect(errors.map((e) => e.field)).toEqual(['validity', 'replacedBy']);
  });

  it('assertValidityChange throws a structured error carrying every problem', () => {
    let thrown: unknown;
    try {
      assertValidityChange('repealed', 'amended', { today });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainValidationError);
    const error = thrown as DomainValidationError;
    expect(error.field).toBe('validity');
    expect(error.errors).toHaveLength(2);
    expect(() => assertValidityChange('effective', 'repealed', { today })).not.toThrow();
  });

  it('refuses a malformed today as a programming error', () => {
    expect(() => validateValidityChange('effective', 'expired', { today: '27/11/2026' })).toThrow(RangeError);
  });
});

describe('todayInShanghai', () => {
  it.each([
    ['2026-11-26T15:59:59.999Z', '2026-11-26'],
    ['2026-11-26T16:00:00.000Z', '2026-11-27'],
    ['2026-11-26T16:30:00.000Z', '2026-11-27'],
    ['2026-12-31T16:00:00.000Z', '2027-01-01'],
    ['2028-02-28T16:00:00.000Z', '2028-02-29'],
  ])('at %s it is %s in Shanghai', (instant, date) => {
    expect(todayInShanghai(new Date(instant))).toBe(date);
  });

  it('rejects an invalid Date', () => {
    expect(() => todayInShanghai(new Date('nope'))).toThrow(RangeError);
  });
});

describe('toIsoDate', () => {
  it.each([
    ['2026-11-26', '2026-11-26'],
    ['2026-11-26T16:30:00.000Z', '2026-11-27'],
    ['2026-13-01', null],
    ['yesterday', null],
    ['', null],
    [null, null],
  ])('reads %p as %p', (input, expected) => {
    expect(toIsoDate(input)).toBe(expected);
  });
});

describe('selectExpired', () => {
  const docs: NormativeDocumentState[] = [
    { documentId: 'a', validity: 'effective', validUntil: '2026-11-26' },
    { documentId: 'b', validity: 'effective', validUntil: '2026-11-27' },
    { documentId: 'c', validity: 'effective', validUntil: null },
    { documentId: 'd', validity: 'repealed', validUntil: '2020-01-01' },
    { documentId: 'e', validity: 'effective', validUntil: '2025-06-30' },
    { documentId: 'f', validity: 'effective', validUntil: 'not a date' },
  ];

  it('expires a document the day after its 有效期至 at the Asia/Shanghai date boundary', () => {
    expect(selectExpired(docs, new Date('2026-11-26T15:59:59Z')).map((c) => c.documentId)).toEqual(['e']);
    expect(selectExpired(docs, new Date('2026-11-26T16:30:00Z')).map((c) => c.documentId)).toEqual([
      'a',
      'e',
    ]);
  });

  it('writes an automatic change with the reason and the day the status took effect', () => {
    expect(selectExpired(docs, new Date('2026-11-26T16:30:00Z'))[0]).toEqual({
      documentId: 'a',
      from: 'effective',
      to: 'expired',
      reason: '自动失效：有效期至 2026-11-26 届满',
      basis: null,
      note: null,
      effectiveDate: '2026-11-27',
      replacedBy: null,
      automatic: true,
    });
  });

  it('leaves documents without a 有效期至, already final, or with an unreadable date alone', () => {
    const ids = selectExpired(docs, new Date('2099-01-01T00:00:00Z')).map((c) => c.documentId);
    expect(ids).toEqual(['a', 'b', 'e']);
  });
});

describe('validityBadge', () => {
  it('shows an effective document since its 施行日期 with its 有效期至', () => {
    expect(
      validityBadge({ validity: 'effective', effectiveFrom: '2024-01-01', validUntil: '2028-12-31' }),
    ).toEqual({
      key: 'effective',
      label: '有效',
      labelHant: '有效',
      since: '2024-01-01',
      note: '有效期至 2028-12-31',
      tone: 'ok',
    });
  });

  it('mentions a cleanup that kept the document without moving since', () => {
    const badge = validityBadge(
      { validity: 'effective', effectiveFrom: '2024-01-01', validUntil: null },
      {
        from: 'effective',
        to: 'effective',
        reason: '继续有效',
        basis: '《清理结果》（道政发〔2026〕3号）',
        note: null,
        effectiveDate: '2026-06-01',
      },
    );
    expect(badge.since).toBe('2024-01-01');
    expect(badge.note).toBe('经清理继续有效（《清理结果》（道政发〔2026〕3号））');
  });

  it('dates an automatically expired document from its change', () => {
    const [change] = selectExpired(
      [{ documentId: 'a', validity: 'effective', validUntil: '2026-11-26' }],
      new Date('2026-11-26T16:30:00Z'),
    );
    expect(validityBadge({ validity: 'expired', validUntil: '2026-11-26' }, change)).toEqual({
      key: 'expired',
      label: '失效',
      labelHant: '失效',
      since: '2026-11-27',
      note: '自动失效：有效期至 2026-11-26 届满',
      tone: 'danger',
    });
  });

  it('cites the decision for a repealed document and shows the row note', () => {
    const badge = validityBadge(
      { validity: 'repealed' },
      {
        from: 'effective',
        to: 'repealed',
        reason: '废止',
        basis: '《清理结果》（道政发〔2026〕3号）',
        note: '上位法已废止',
        effectiveDate: '2026-06-01T00:00:00.000Z',
      },
    );
    expect(badge).toMatchObject({
      labelHant: '廢止',
      since: '2026-06-01',
      note: '废止（《清理结果》（道政发〔2026〕3号））；上位法已废止',
      tone: 'danger',
    });
  });

  it('ignores a last change that does not lead to the current status', () => {
    const badge = validityBadge(
      { validity: 'amended' },
      {
        from: 'effective',
        to: 'expired',
        reason: '宣布失效',
        basis: null,
        note: null,
        effectiveDate: '2026-01-01',
      },
    );
    expect(badge).toMatchObject({
      key: 'amended',
      label: '已修改',
      since: null,
      note: null,
      tone: 'warning',
    });
  });

  it('derives since for a document entered as expired with a 有效期至', () => {
    expect(validityBadge({ validity: 'expired', validUntil: '2020-12-31' })).toMatchObject({
      since: '2021-01-01',
      note: '有效期至 2020-12-31 届满',
    });
  });
});
