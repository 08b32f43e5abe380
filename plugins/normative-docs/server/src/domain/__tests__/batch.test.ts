import {
  batchBasis,
  batchSchemas,
  makeBatchSchemas,
  normalizeDecisionNumber,
  parseBody,
  planBatch,
  type CleanupBatch,
  type NormativeDocumentState,
} from '../index';
import { z } from 'zod';

const today = '2026-06-15';
const docs: Record<string, NormativeDocumentState> = {
  d1: { documentId: 'd1', validity: 'effective', effectiveFrom: '2020-01-01', validUntil: '2030-12-31' },
  d2: { documentId: 'd2', validity: 'effective', validUntil: null },
  d3: { documentId: 'd3', validity: 'effective', validUntil: null, replacedBy: 'd9' },
  d4: { documentId: 'd4', validity: 'effective', validUntil: null },
  x1: { documentId: 'x1', validity: 'expired', validUntil: '2025-12-31' },
  x2: { documentId: 'x2', validity: 'repealed' },
  old: { documentId: 'old', validity: 'effective', validUntil: '2026-06-14' },
};

const batch = (rows: CleanupBatch['rows'], extra: Partial<CleanupBatch> = {}): CleanupBatch => ({
  title: '道县人民政府关于公布规范性文件清理结果的决定',
  decisionNumber: '道政发〔2026〕3号',
  rows,
  ...extra,
});

const basis = '《道县人民政府关于公布规范性文件清理结果的决定》（道政发〔2026〕3号）';

describe('planBatch', () => {
  it('plans one change per row, citing the batch, with continue written as effective → effective', () => {
    const plan = planBatch(
      batch(
        [
          { document: 'd1', outcome: 'continue', note: null },
          { document: 'd2', outcome: 'expire', note: '  调整对象已消失 ' },
          { document: 'd3', outcome: 'amend' },
          { document: 'd4', outcome: 'repeal', note: '' },
        ],
        { decidedAt: '2026-06-10' },
      ),
      docs,
      today,
    );
    expect(plan).toEqual({
      ok: true,
      changes: [
        {
          documentId: 'd1',
          from: 'effective',
          to: 'effective',
          reason: '继续有效',
          basis,
          note: null,
          effectiveDate: '2026-06-10',
          replacedBy: null,
          automatic: false,
        },
        {
          documentId: 'd2',
          from: 'effective',
          to: 'expired',
          reason: '宣布失效',
          basis,
          note: '调整对象已消失',
          effectiveDate: '2026-06-10',
          replacedBy: null,
          automatic: false,
        },
        {
          documentId: 'd3',
          from: 'effective',
          to: 'amended',
          reason: '修改',
          basis,
          note: null,
          effectiveDate: '2026-06-10',
          replacedBy: 'd9',
          automatic: false,
        },
        {
          documentId: 'd4',
          from: 'effective',
          to: 'repealed',
          reason: '废止',
          basis,
          note: null,
          effectiveDate: '2026-06-10',
          replacedBy: null,
          automatic: false,
        },
      ],
    });
  });

  it('takes the amending document from the row before the document', () => {
    const plan = planBatch(batch([{ document: 'd3', outcome: 'amend', replacedBy: 'd7' }]), docs, today);
    expect(plan.ok && plan.changes[0].replacedBy).toBe('d7');
  });

  it('takes effect today when the batch has no decision date', () => {
    const plan = planBatch(
      batch([{ document: 'd1', outcome: 'expire' }]),
      new Map(Object.entries(docs)),
      today,
    );
    expect(plan.ok && plan.changes[0].effectiveDate).toBe(today);
  });

  it('lists every bad row, not just the first', () => {
    const plan = planBatch(
      batch([
        { document: 'd1', outcome: 'continue' },
        { document: 'ghost', outcome: 'expire' },
        { document: 'd1', outcome: 'repeal' },
        { document: 'x1', outcome: 'expire' },
        { document: 'd2', outcome: 'amend' },
        { document: 'x2', outcome: 'continue' },
        { document: 'old', outcome: 'continue' },
        { document: 'd4', outcome: 'keep' as never },
        { document: ' ', outcome: 'repeal' },
        { document: 'd3', outcome: 'amend', replacedBy: 'd3' },
        { document: 'old', outcome: 'expire' },
      ]),
      docs,
      today,
    );
    expect(plan).toEqual({
      ok: false,
      errors: [
        { row: 2, documentId: 'ghost', field: 'document', message: 'document: 文件 ghost 不存在' },
        {
          row: 3,
          documentId: 'd1',
          field: 'document',
          message: 'document: 文件 d1 在本批次中重复（已在第 1 行）',
        },
        {
          row: 4,
          documentId: 'x1',
          field: 'outcome',
          message: 'outcome: 不允许的状态变更 expired → expired（失效、废止、已修改为终态）',
        },
        {
          row: 5,
          documentId: 'd2',
          field: 'replacedBy',
          message: 'replacedBy: 标注为已修改时必须指明修改后的文件',
        },
        {
          row: 6,
          documentId: 'x2',
          field: 'outcome',
          message: 'outcome: 文件当前为“废止”，不能标注为继续有效',
        },
        {
          row: 7,
          documentId: 'old',
          field: 'outcome',
          message: 'outcome: 有效期至 2026-06-14 已届满，不能设为有效',
        },
        {
          row: 8,
          documentId: 'd4',
          field: 'outcome',
          message: 'outcome: 未知的清理结果 “keep”，应为 continue、expire、repeal、amend',
        },
        { row: 9, documentId: null, field: 'document', message: 'document: 必须选择文件' },
        { row: 10, documentId: 'd3', field: 'replacedBy', message: 'replacedBy: 修改后的文件不能是文件自身' },
        {
          row: 11,
          documentId: 'old',
          field: 'document',
          message: 'document: 文件 old 在本批次中重复（已在第 7 行）',
        },
      ],
    });
  });

  it('reports problems of the batch itself as row 0', () => {
    expect(planBatch(batch([], { decidedAt: '2026-07-01' }), docs, today)).toEqual({
      ok: false,
      errors: [
        {
          row: 0,
          documentId: null,
          field: 'decidedAt',
          message: 'decidedAt: 决定日期 2026-07-01 晚于今天，不能提前执行',
        },
        { row: 0, documentId: null, field: 'rows', message: 'rows: 清理批次至少应包含一个文件' },
      ],
    });
  });

  it('does not look up inherited object keys as documents', () => {
    const plan = planBatch(batch([{ document: 'constructor', outcome: 'expire' }]), docs, today);
    expect(plan.ok).toBe(false);
  });
});

describe('batchBasis', () => {
  it('does not double the title marks', () => {
    expect(batchBasis({ title: '《清理结果》', decisionNumber: '道政发〔2026〕3号' })).toBe(
      '《清理结果》（道政发〔2026〕3号）',
    );
  });
});

describe('batch body schemas', () => {
  it('accepts a create body and normalises the year brackets of the 发文字号', () => {
    const result = parseBody(batchSchemas.create, {
      title: ' 清理结果 ',
      decisionNumber: '道政发[2026]3号',
      decidedAt: '2026-06-10',
      rows: [{ document: 'd1', outcome: 'continue' }],
      id: 99,
    });
    expect(result).toEqual({
      ok: true,
      data: {
        title: '清理结果',
        decisionNumber: '道政发〔2026〕3号',
        decidedAt: '2026-06-10',
        rows: [{ document: 'd1', outcome: 'continue' }],
      },
    });
  });

  it.each([
    ['道政办发（2017）12号', '道政办发〔2017〕12号'],
    ['道政办发【2017】12号', '道政办发〔2017〕12号'],
    ['道政办发〔2017〕12号', '道政办发〔2017〕12号'],
    ['道县人民政府令第1号', '道县人民政府令第1号'],
  ])('normalises the 发文字号 %s to %s', (input, expected) => {
    expect(normalizeDecisionNumber(input)).toBe(expected);
  });

  it('names every bad field with its path', () => {
    const result = parseBody(batchSchemas.create, {
      title: '',
      decisionNumber: '   ',
      decidedAt: '2026-02-30',
      rows: [{ document: '', outcome: 'keep' }],
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      { field: 'title', rule: 'invalid', message: 'title: 标题不能为空' },
      { field: 'decisionNumber', rule: 'invalid', message: 'decisionNumber: 发文字号不能为空' },
      { field: 'decidedAt', rule: 'invalid', message: 'decidedAt: 日期应为 YYYY-MM-DD 格式的有效日期' },
      { field: 'rows.0.document', rule: 'invalid', message: 'rows.0.document: 必须选择文件' },
      {
        field: 'rows.0.outcome',
        rule: 'invalid',
        message: 'rows.0.outcome: 清理结果应为 continue、expire、repeal、amend 之一',
      },
    ]);
  });

  it('refuses a 发文字号 longer than 100 characters', () => {
    const result = parseBody(batchSchemas.create, { title: 't', decisionNumber: '道'.repeat(101) });
    expect(!result.ok && result.errors[0].field).toBe('decisionNumber');
  });

  it('accepts a partial update but not an empty one', () => {
    expect(parseBody(batchSchemas.update, { title: '新标题' })).toEqual({
      ok: true,
      data: { title: '新标题' },
    });
    expect(parseBody(batchSchemas.update, {})).toEqual({
      ok: false,
      errors: [{ field: 'body', rule: 'invalid', message: 'body: 没有需要更新的字段' }],
    });
  });

  it('lets a stricter 发文字号 validator be plugged in', () => {
    const strict = makeBatchSchemas(z.string().regex(/〔\d{4}〕\d+号$/, { error: '发文字号格式不正确' }));
    const result = parseBody(strict.create, { title: 't', decisionNumber: '道县人民政府令第1号' });
    expect(result).toEqual({
      ok: false,
      errors: [{ field: 'decisionNumber', rule: 'invalid', message: 'decisionNumber: 发文字号格式不正确' }],
    });
  });
});
