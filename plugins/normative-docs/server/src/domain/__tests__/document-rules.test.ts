import {
  documentPublishProblems,
  documentUnpublishProblems,
  documentWriteProblems,
  type DocumentVersion,
  type DocumentWrite,
} from '../index';

const today = '2026-11-27';
const effective: DocumentVersion = {
  validity: 'effective',
  validUntil: '2031-01-01',
  effectiveFrom: '2026-01-01',
  replacedBy: null,
  documentNumber: '道政发〔2026〕1号',
};
const write = (over: Partial<DocumentWrite>): DocumentWrite => ({
  action: 'update',
  documentId: 'doc1',
  sendsDisclosure: false,
  after: effective,
  draft: effective,
  published: 'effective',
  today,
  ...over,
});

describe('documentWriteProblems', () => {
  const table: [string, Partial<DocumentWrite>, string[]][] = [
    ['an unchanged update', {}, []],
    [
      'a create without 发文字号',
      { action: 'create', draft: null, after: { ...effective, documentNumber: '' } },
      ['disclosure.documentNumber'],
    ],
    [
      'an update that sends the disclosure without 发文字号',
      { sendsDisclosure: true, after: { ...effective, documentNumber: null } },
      ['disclosure.documentNumber'],
    ],
    ['an update that leaves the disclosure alone', { after: { ...effective, documentNumber: null } }, []],
    [
      'a 修改后文件 that is the document itself',
      { after: { ...effective, validity: 'amended', replacedBy: 'doc1' } },
      ['replacedBy'],
    ],
    ['a repeal of a document in force', { after: { ...effective, validity: 'repealed' } }, []],
    [
      'a repealed document made effective again',
      { published: 'repealed', after: effective, draft: { ...effective, validity: 'repealed' } },
      ['validity'],
    ],
    ['an amendment without its 修改后文件', { after: { ...effective, validity: 'amended' } }, ['replacedBy']],
    [
      'a never-published document entered as 失效',
      {
        published: null,
        after: { ...effective, validity: 'expired', validUntil: '2020-01-01', effectiveFrom: null },
        draft: null,
      },
      [],
    ],
    ['有效期至 before 施行日期', { after: { ...effective, effectiveFrom: '2032-01-01' } }, ['validUntil']],
    [
      'a relation problem found by the caller, listed after 发文字号',
      {
        action: 'create',
        draft: null,
        after: { ...effective, documentNumber: '' },
        relationProblems: [{ field: 'replacedBy', message: 'replacedBy: 所选的修改后文件不存在' }],
      },
      ['disclosure.documentNumber', 'replacedBy'],
    ],
  ];
  it.each(table)('%s', (_label, over, fields) => {
    expect(documentWriteProblems(write(over)).map((p) => p.field)).toEqual(fields);
  });
});

describe('documentPublishProblems', () => {
  it.each([
    ['a complete effective draft', effective, 'effective', []],
    [
      'a draft without 发文字号 (reported alone)',
      { ...effective, documentNumber: ' ', validity: 'amended' },
      'effective',
      ['disclosure.documentNumber'],
    ],
    ['a final status changed', { ...effective, validity: 'effective' }, 'expired', ['validity']],
  ] as [string, DocumentVersion, 'effective' | 'expired', string[]][])(
    '%s',
    (_label, draft, published, fields) => {
      expect(documentPublishProblems(draft, published, today).map((p) => p.field)).toEqual(fields);
    },
  );
});

describe('documentUnpublishProblems', () => {
  it.each([
    [null, 0],
    ['effective', 0],
    ['expired', 1],
    ['repealed', 1],
    ['amended', 1],
  ] as const)('published %p → %p problem(s)', (published, n) => {
    expect(documentUnpublishProblems(published)).toHaveLength(n);
  });
  it('says why the document stays published', () => {
    expect(documentUnpublishProblems('repealed')[0].message).toBe(
      'validity: 该文件已“废止”，应继续公开并标明有效性，不能撤回发布',
    );
  });
});
