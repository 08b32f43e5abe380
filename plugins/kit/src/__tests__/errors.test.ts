import { errors } from '@strapi/utils';
import { DomainValidationError, problem } from '../domain/errors';
import { asValidation, conflict, fieldError, fieldErrors, forbidden, fromDomain } from '../errors';

describe('the 400 of field errors', () => {
  it.each([
    [
      'prefixes the message with the field and splits the path',
      [{ field: 'disclosure.documentNumber', message: '必填', rule: 'required' }],
      [
        {
          path: ['disclosure', 'documentNumber'],
          message: 'disclosure.documentNumber: 必填',
          rule: 'required',
        },
      ],
    ],
    [
      'keeps a message that already names the field, and defaults the rule to invalid',
      [{ field: 'year', message: 'year: 年份过大' }],
      [{ path: ['year'], message: 'year: 年份过大', rule: 'invalid' }],
    ],
    [
      'adds the extra members of a field',
      [{ field: 'content', message: '缺少替代文本', rule: 'img-alt', extra: { criterion: '1.1.1' } }],
      [{ path: ['content'], message: 'content: 缺少替代文本', rule: 'img-alt', criterion: '1.1.1' }],
    ],
  ])('%s', (_name, list, expected) => {
    const error = fieldErrors(list);
    expect(error).toBeInstanceOf(errors.ValidationError);
    expect(error.details.errors).toEqual(expected.map((e) => ({ ...e, name: 'ValidationError' })));
  });

  it('joins every message unless given one, and adds more details', () => {
    const list = [
      { field: 'a', message: '必填' },
      { field: 'b', message: '必填' },
    ];
    expect(fieldErrors(list).message).toBe('a: 必填；b: 必填');
    const error = fieldErrors(list, { message: '检查未通过', details: { rows: [1] } });
    expect(error.message).toBe('检查未通过');
    expect(error.details).toMatchObject({ rows: [1] });
  });

  it('fieldError is fieldErrors of one', () => {
    expect(fieldError('q', '关键词过长', 'too_big').details).toEqual(
      fieldErrors([{ field: 'q', message: '关键词过长', rule: 'too_big' }]).details,
    );
  });

  it('turns a domain failure into a 400 with every field', () => {
    const e = new DomainValidationError([problem('a', 'required', '必填'), problem('b', 'range', '超出')]);
    expect(fromDomain(e).details.errors.map((d) => [d.path.join('.'), d.rule])).toEqual([
      ['a', 'required'],
      ['b', 'range'],
    ]);
    expect(fromDomain(problem('c', 'format', '格式')).details.errors[0].message).toBe('c: 格式');
  });
});

describe('asValidation', () => {
  const failing = () => {
    throw DomainValidationError.of('pm10', 'negative', '浓度不得为负数');
  };

  it('converts a domain failure of a synchronous function, prefixing its field', () => {
    expect.assertions(2);
    try {
      asValidation(failing, 'results[0].');
    } catch (e) {
      expect(e).toBeInstanceOf(errors.ValidationError);
      expect((e as errors.ValidationError).details).toMatchObject({
        errors: [
          { path: ['results[0]', 'pm10'], rule: 'negative', message: 'results[0].pm10: 浓度不得为负数' },
        ],
      });
    }
  });

  it('converts a domain failure of an asynchronous function', async () => {
    await expect(asValidation(async () => failing())).rejects.toBeInstanceOf(errors.ValidationError);
  });

  it('passes other errors and results through', async () => {
    expect(asValidation(() => 3)).toBe(3);
    await expect(asValidation(async () => 4)).resolves.toBe(4);
    expect(() =>
      asValidation(() => {
        throw new TypeError('x');
      }),
    ).toThrow(TypeError);
  });
});

describe('conflict and forbidden', () => {
  it('a conflict is a 409 naming the field and the rule', () => {
    const error = conflict('date', '已有预报', 'unique');
    expect(error).toBeInstanceOf(errors.HttpError);
    expect(error.status).toBe(409);
    expect(error.details.errors).toEqual([
      { path: ['date'], message: 'date: 已有预报', name: 'ConflictError', rule: 'unique' },
    ]);
    expect(conflict('batch', '已执行').details.errors[0].rule).toBe('conflict');
  });

  it('forbidden keeps its message', () => {
    expect(forbidden('只能导入本部门的职权').message).toBe('只能导入本部门的职权');
  });
});
