import { DomainValidationError, plainTextToHtml, richTextToPlainText } from '@gov-portal/kit/domain';
import { computeAdjustment, normalizeLegalBasis, type PowerItemSnapshot } from '../index';

const published: PowerItemSnapshot = {
  code: '431124-GA-XK-00001',
  name: '烟花爆竹道路运输许可',
  category: 'licensing',
  legalBasis: '<p>《烟花爆竹安全管理条例》第三条、第二十二条</p>',
  department: { documentId: 'dept-ga', code: '431124-GA', name: '道县公安局' },
  status: 'in-force',
  undertaker: '治安管理大队',
  subItems: ['运输许可'],
  serviceGuideUrl: 'https://example.gov.cn/guide/1',
  responsibilities: [{ stage: 'acceptance', duty: '依法受理' }],
};

const edit = (changes: Partial<PowerItemSnapshot>): PowerItemSnapshot => ({ ...published, ...changes });

describe('computeAdjustment', () => {
  it('records a first publish as added, listing every tracked field', () => {
    expect(computeAdjustment(null, published, { decidedAt: '2026-03-01' })).toEqual({
      kind: 'added',
      basis: null,
      decidedAt: '2026-03-01',
      summary: [
        { field: 'name', label: '职权名称', from: null, to: '烟花爆竹道路运输许可' },
        { field: 'category', label: '职权类型', from: null, to: '行政许可' },
        {
          field: 'legalBasis',
          label: '设定依据',
          from: null,
          to: '《烟花爆竹安全管理条例》第三条、第二十二条',
        },
        { field: 'department', label: '实施主体', from: null, to: '道县公安局（431124-GA）' },
        { field: 'status', label: '状态', from: null, to: '实施中' },
      ],
    });
  });

  it.each<[string, Partial<PowerItemSnapshot>]>([
    ['undertaker', { undertaker: '交警大队' }],
    ['subItems', { subItems: ['运输许可', '变更'] }],
    ['serviceGuideUrl', { serviceGuideUrl: 'https://example.gov.cn/guide/2' }],
    ['responsibilities', { responsibilities: [] }],
    ['code', { code: '431124-GA-XK-00002' }],
    ['legalBasis markup only', { legalBasis: '<div>《烟花爆竹安全管理条例》 第三条、<br>第二十二条</div>' }],
    [
      'legalBasis entities',
      { legalBasis: '<p>&#12298;烟花爆竹安全管理条例&#12299;第三条、第二十二条&nbsp;</p>' },
    ],
    ['name spacing', { name: ' 烟花爆竹道路运输许可  ' }],
    [
      'department entry with the same code',
      { department: { documentId: 'dept-ga-v2', code: '431124-GA', name: '道县公安局' } },
    ],
    ['department as its code', { department: '431124-GA' }],
  ])('writes no adjustment when only %s changes', (_, changes) => {
    expect(computeAdjustment(published, edit(changes))).toBeNull();
  });

  it.each<[string, Partial<PowerItemSnapshot>, string, string | null, string | null]>([
    [
      'name',
      { name: '烟花爆竹道路运输许可（含变更）' },
      'name',
      '烟花爆竹道路运输许可',
      '烟花爆竹道路运输许可（含变更）',
    ],
    ['category', { category: 'confirmation' }, 'category', '行政许可', '行政确认'],
    [
      'legalBasis',
      { legalBasis: '<p>《烟花爆竹安全管理条例》第二十二条</p>' },
      'legalBasis',
      '《烟花爆竹安全管理条例》第三条、第二十二条',
      '《烟花爆竹安全管理条例》第二十二条',
    ],
    [
      'department',
      { department: { documentId: 'dept-jt', code: '431124-JT', name: '道县交通运输局' } },
      'department',
      '道县公安局（431124-GA）',
      '道县交通运输局（431124-JT）',
    ],
    ['status to suspended', { status: 'suspended' }, 'status', '实施中', '暂停实施'],
  ])('writes one modified adjustment when %s changes', (_, changes, field, from, to) => {
    const adjustment = computeAdjustment(published, edit(changes), { basis: '道政发〔2026〕5号' });
    expect(adjustment).toMatchObject({ kind: 'modified', basis: '道政发〔2026〕5号' });
    expect(adjustment!.summary).toEqual([expect.objectContaining({ field, from, to })]);
  });

  it('summarises several tracked changes in one adjustment', () => {
    const adjustment = computeAdjustment(
      published,
      edit({ name: '新名称', undertaker: 'x', category: 'other' }),
    );
    expect(adjustment!.summary.map((c) => c.field)).toEqual(['name', 'category']);
  });

  it('records a cancellation with its basis', () => {
    expect(
      computeAdjustment(published, edit({ status: 'cancelled' }), { basis: '  湘政发〔2026〕1号 ' }),
    ).toEqual({
      kind: 'cancelled',
      basis: '湘政发〔2026〕1号',
      decidedAt: null,
      summary: [{ field: 'status', label: '状态', from: '实施中', to: '已取消' }],
    });
  });

  it.each([undefined, '', '   '])('refuses a cancellation without a basis (%p)', (basis) => {
    expect(() => computeAdjustment(published, edit({ status: 'cancelled' }), { basis })).toThrow(
      new DomainValidationError([
        { field: 'basis', message: 'basis: 取消职权必须填写取消依据（如取消决定的文件名称和文号）' },
      ]),
    );
  });

  it('records a delegation even when the department changes with it', () => {
    const adjustment = computeAdjustment(
      published,
      edit({ status: 'delegated', department: { code: '431124-XZ01', name: '道县某镇人民政府' } }),
    );
    expect(adjustment!.kind).toBe('delegated');
    expect(adjustment!.summary.map((c) => c.field)).toEqual(['department', 'status']);
  });

  it('treats an edit of an already cancelled item as modified, without asking for the basis again', () => {
    const cancelled = edit({ status: 'cancelled' });
    expect(computeAdjustment(cancelled, { ...cancelled, name: '改名' })!.kind).toBe('modified');
  });

  it('writes merged only when the caller says so, even with no tracked change', () => {
    expect(computeAdjustment(published, edit({}), { kind: 'merged', basis: '道编办发〔2026〕2号' })).toEqual({
      kind: 'merged',
      summary: [],
      basis: '道编办发〔2026〕2号',
      decidedAt: null,
    });
  });

  it('still asks for a basis when a merger cancels the absorbed item', () => {
    expect(() => computeAdjustment(published, edit({ status: 'cancelled' }), { kind: 'merged' })).toThrow(
      DomainValidationError,
    );
  });

  it('refuses a kind other than merged from the caller', () => {
    expect(() => computeAdjustment(published, published, { kind: 'added' as never })).toThrow(/^kind: /);
  });

  it('refuses a malformed decision date', () => {
    expect(() => computeAdjustment(null, published, { decidedAt: '2026/03/01' })).toThrow(/^decidedAt: /);
  });

  it('shows a long legal basis as an excerpt', () => {
    const long = `<p>${'依据'.repeat(60)}</p>`;
    const adjustment = computeAdjustment(published, edit({ legalBasis: long }));
    expect(adjustment!.summary[0].to).toBe(`${'依据'.repeat(40)}…`);
  });
});

describe('rich text', () => {
  it('reads HTML as lines of text, decoding entities and dropping scripts and comments', () => {
    expect(
      richTextToPlainText(
        '<p>第一条&nbsp;&amp; 第二条</p><!-- x --><script>alert(1)</script><ul><li>甲</li>\n<li>乙</li></ul>',
      ),
    ).toBe('第一条 & 第二条\n甲\n乙');
  });

  it('reads Strapi blocks', () => {
    const blocks = [
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: '《行政许可法》' },
          { type: 'text', text: '第十二条', bold: true },
        ],
      },
      {
        type: 'list',
        format: 'unordered',
        children: [{ type: 'list-item', children: [{ type: 'text', text: '第一项' }] }],
      },
    ];
    expect(richTextToPlainText(blocks)).toBe('《行政许可法》第十二条\n第一项');
  });

  it('keeps the line breaks of plain text', () => {
    expect(richTextToPlainText('第一行\n  第二行  ')).toBe('第一行\n第二行');
  });

  it('compares legal bases regardless of paragraphing and spacing next to Chinese text', () => {
    expect(normalizeLegalBasis('<p>《条例》 第三条</p><p>第四条</p>')).toBe(
      normalizeLegalBasis('《条例》第三条 第四条'),
    );
    expect(normalizeLegalBasis('Article 3 of the Act')).toBe('Article 3 of the Act');
  });

  it('turns spreadsheet text into escaped paragraphs and back', () => {
    const html = plainTextToHtml('《条例》第三条\n<b>第四条</b> & 附则');
    expect(html).toBe('<p>《条例》第三条</p><p>&lt;b&gt;第四条&lt;/b&gt; &amp; 附则</p>');
    expect(richTextToPlainText(html)).toBe('《条例》第三条\n<b>第四条</b> & 附则');
  });
});
