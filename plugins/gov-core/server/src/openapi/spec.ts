/**
 * OpenAPI 3.1 description of gov-core's custom routes (routes/content-api.ts under /api/gov-core, routes/admin.ts
 * under /gov-core). Kept by hand; tests/api/gov-core-openapi.test.ts checks it against the registered routes, the
 * zod query schemas (schemas/content-api.ts) and real responses. Enumerations come from data/labels.ts.
 */
import pkg from '../../../package.json';
import {
  CADENCE_KEYS,
  COLUMN_KIND_KEYS,
  DEPARTMENT_KIND_KEYS,
  LABEL_LOCALES,
  OPENNESS_KEYS,
  TOPIC_KEYS,
} from '../data/labels';

type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const nullable = (schema: Schema): Schema =>
  '$ref' in schema ? { anyOf: [schema, { type: 'null' }] } : { ...schema, type: [schema.type, 'null'] };
const str = (description?: string, extra: Schema = {}): Schema => ({
  type: 'string',
  ...(description ? { description } : {}),
  ...extra,
});
const int = (description?: string, extra: Schema = {}): Schema => ({
  type: 'integer',
  ...(description ? { description } : {}),
  ...extra,
});
const object = (
  properties: Record<string, Schema>,
  required = Object.keys(properties),
  extra: Schema = {},
) => ({
  type: 'object',
  properties,
  required,
  ...extra,
});
const dataOf = (schema: Schema, meta?: Schema) =>
  object({ data: schema, meta: meta ?? ref('ResponseMeta') }, meta ? ['data', 'meta'] : ['data']);

const json = (description: string, schema: Schema) => ({
  description,
  content: { 'application/json': { schema } },
});
const errorResponse = (name: string) => ({ $ref: `#/components/responses/${name}` });

const SLUG_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
const LOCALE_PATTERN = '^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$';

const param = (
  name: string,
  where: 'query' | 'path',
  schema: Schema,
  description: string,
  required = false,
) => ({
  name,
  in: where,
  required: where === 'path' ? true : required,
  description,
  schema,
});

// Query parameters, with the rules of schemas/content-api.ts.
const localeParam = param(
  'locale',
  'query',
  str(undefined, { pattern: LOCALE_PATTERN, examples: ['zh-Hans', 'zh-Hant'] }),
  '语言（Strapi i18n 语言代码，默认 zh-Hans）；没有该语言版本时返回空结果',
);
const pageParam = param('page', 'query', int(undefined, { minimum: 1, default: 1 }), '页码，从 1 开始');
const pageSizeParam = param(
  'pageSize',
  'query',
  int(undefined, { minimum: 1, maximum: 100, default: 10 }),
  '每页条数（1–100）',
);
const PARAMETERS = {
  locale: localeParam,
  page: pageParam,
  pageSize: pageSizeParam,
  column: param('column', 'query', str(undefined, { pattern: SLUG_PATTERN }), '栏目代码（slug），如 ndbg'),
  department: param(
    'department',
    'query',
    str(undefined, { pattern: SLUG_PATTERN }),
    '部门代码（code），如 zfb',
  ),
  topic: param(
    'topic',
    'query',
    str(undefined, { enum: [...TOPIC_KEYS] }),
    '主题分类代码（见 /labels 的 topic）',
  ),
  year: param(
    'year',
    'query',
    int(undefined, { minimum: 1949, maximum: 2100 }),
    '发布年份（按发布日期，Asia/Shanghai）',
  ),
};

/** What Strapi adds to rows of its internal (non-draft) types. */
const rowMeta = {
  createdAt: str(undefined, { format: 'date-time' }),
  updatedAt: str(undefined, { format: 'date-time' }),
  publishedAt: nullable(str(undefined, { format: 'date-time' })),
  locale: nullable(str()),
};
// Added by the chinese-variants plugin to each entry it converted for a 繁体 variant.
const variant = { convertedFrom: str('转换来源语言（如 zh-Hans）') };
const timestamps = {
  createdAt: str(undefined, { format: 'date-time' }),
  updatedAt: str(undefined, { format: 'date-time' }),
  publishedAt: nullable(str(undefined, { format: 'date-time' })),
};
const entry = { id: int(), documentId: str('文档 ID（各语言版本共用）') };

const label = object(Object.fromEntries(LABEL_LOCALES.map((l) => [l, str()])));
const labelsOf = (keys: readonly string[]) => object(Object.fromEntries(keys.map((k) => [k, ref('Label')])));

const schemas: Record<string, Schema> = {
  Info: object({
    name: str('插件名'),
    version: str('版本'),
    plugins: { type: 'array', items: str(), description: '已启用的本地插件' },
  }),
  Label: label,
  Labels: object({
    topic: labelsOf(TOPIC_KEYS),
    openness: labelsOf(OPENNESS_KEYS),
    departmentKind: labelsOf(DEPARTMENT_KIND_KEYS),
    columnKind: labelsOf(COLUMN_KIND_KEYS),
    cadence: labelsOf(CADENCE_KEYS),
  }),
  Pagination: object({
    page: int(undefined, { minimum: 1 }),
    pageSize: int(undefined, { minimum: 1, maximum: 100 }),
    pageCount: int(undefined, { minimum: 0 }),
    total: int(undefined, { minimum: 0 }),
  }),
  // Added by the chinese-variants plugin when it serves a 繁体 variant converted from the stored 简体 text.
  ResponseMeta: object(
    {
      locale: str('返回的语言（变体）', { examples: ['zh-Hant', 'zh-Hant-HK'] }),
      converted: { type: 'boolean', description: '内容由简体自动转换而来' },
    },
    [],
  ),
  PageMeta: {
    allOf: [ref('ResponseMeta'), object({ pagination: ref('Pagination') })],
  },
  Department: object(
    {
      ...entry,
      name: str('名称'),
      shortName: nullable(str('简称')),
      code: str('部门代码', { pattern: SLUG_PATTERN }),
      organizationCode: str('机构代码：9 位组织机构代码或 18 位统一社会信用代码', {
        pattern: '^([0-9A-Z]{9}|[0-9A-Z]{18})$',
      }),
      kind: str('类别', { enum: [...DEPARTMENT_KIND_KEYS] }),
      order: nullable(int('排序')),
      locale: nullable(str()),
      ...timestamps,
      ...variant,
    },
    ['id', 'documentId', 'name', 'code', 'organizationCode', 'kind'],
  ),
  DepartmentRef: object({ ...entry, name: str(), shortName: nullable(str()), code: str() }, [
    'documentId',
    'name',
    'code',
  ]),
  Publisher: object({ ...entry, name: str(), code: str(), organizationCode: str() }, [
    'documentId',
    'name',
    'code',
    'organizationCode',
  ]),
  ColumnRef: object({ ...entry, name: str(), slug: str() }, ['documentId', 'name', 'slug']),
  ColumnChild: object({
    documentId: str(),
    name: str(),
    slug: str(),
    kind: str(undefined, { enum: [...COLUMN_KIND_KEYS] }),
  }),
  ColumnFields: object(
    {
      documentId: str(),
      name: str('栏目名称'),
      slug: str('栏目代码', { pattern: SLUG_PATTERN }),
      order: int('同级排序'),
      kind: str('栏目类型', { enum: [...COLUMN_KIND_KEYS] }),
      cadence: str('更新频率类别', { enum: [...CADENCE_KEYS] }),
      contentType: nullable(str('专题栏目：填充它的内容类型 UID')),
      externalUrl: nullable(str('链接栏目：外部地址', { format: 'uri' })),
      description: nullable(str('说明')),
      ...variant,
    },
    ['documentId', 'name', 'slug', 'order', 'kind', 'cadence', 'contentType', 'externalUrl', 'description'],
  ),
  ColumnNode: {
    allOf: [
      ref('ColumnFields'),
      object({ children: { type: 'array', items: ref('ColumnNode'), description: '下级栏目（按 order）' } }),
    ],
  },
  ColumnDetail: {
    allOf: [
      ref('ColumnFields'),
      object(
        {
          breadcrumb: { type: 'array', items: ref('ColumnRef'), description: '从根栏目到本栏目' },
          children: { type: 'array', items: ref('ColumnChild') },
          items: {
            ...dataOf({ type: 'array', items: ref('Article') }, ref('PageMeta')),
            description: '信息列表栏目（kind = articles）的信息，最新在前',
          },
        },
        ['breadcrumb', 'children'],
      ),
    ],
  },
  Media: object(
    {
      id: int(),
      documentId: str(),
      name: str(),
      alternativeText: nullable(str()),
      caption: nullable(str()),
      url: str(),
      mime: str(),
      size: { type: 'number' },
      width: nullable(int()),
      height: nullable(int()),
    },
    ['id', 'name', 'url', 'mime'],
  ),
  Disclosure: object(
    {
      id: int(),
      indexNumber: nullable(
        str('索引号：机构代码/年份-5 位流水号，首次发布时由系统生成，此后不变', {
          pattern: '^[0-9A-Z]{9,18}/\\d{4}-\\d{5}$',
        }),
      ),
      publisher: nullable(ref('Publisher')),
      topic: { type: ['string', 'null'], enum: [...TOPIC_KEYS, null], description: '主题分类' },
      documentNumber: nullable(str('发文字号，如 道政办发〔2017〕12号')),
      writtenAt: nullable(str('成文日期', { format: 'date' })),
      publishDate: nullable(str('发布日期（系统记录）', { format: 'date' })),
      keywords: nullable(str('主题词')),
      openness: str('公开方式', { enum: [...OPENNESS_KEYS] }),
    },
    ['indexNumber', 'publisher', 'topic', 'documentNumber', 'writtenAt', 'publishDate', 'openness'],
  ),
  ArticleRef: object({ ...entry, title: str() }, ['documentId', 'title']),
  Article: object(
    {
      ...entry,
      title: str(
        '标题，纯文本（原样存储与返回，可能含 <、>、& 等字符；客户端须按文本转义后再显示，不得作为 HTML 插入）',
      ),
      subtitle: nullable(
        str(
          '副标题，纯文本（原样存储与返回，可能含 <、>、& 等字符；客户端须按文本转义后再显示，不得作为 HTML 插入）',
        ),
      ),
      summary: nullable(
        str(
          '摘要，纯文本（原样存储与返回，可能含 <、>、& 等字符；客户端须按文本转义后再显示，不得作为 HTML 插入）',
        ),
      ),
      body: nullable(str('正文（已净化的 HTML）', { contentMediaType: 'text/html' })),
      source: nullable(str('来源')),
      author: nullable(str('作者')),
      editor: nullable(str('编辑')),
      locale: nullable(str()),
      ...timestamps,
      column: nullable(ref('ColumnRef')),
      department: nullable(ref('DepartmentRef')),
      attachments: { type: 'array', items: ref('Media') },
      cover: nullable(ref('Media')),
      interprets: nullable(ref('ArticleRef')),
      interpretedBy: { type: 'array', items: ref('ArticleRef') },
      disclosure: nullable(ref('Disclosure')),
      ...variant,
    },
    [
      'id',
      'documentId',
      'title',
      'body',
      'publishedAt',
      'column',
      'department',
      'interprets',
      'interpretedBy',
      'disclosure',
    ],
  ),
  PublishDateCorrectionInput: object({
    contentType: str('带信息公开目录元数据的内容类型 UID', {
      minLength: 1,
      examples: ['plugin::gov-core.article'],
    }),
    documentId: str(undefined, { minLength: 1 }),
    publishDate: str('更正后的发布日期', { pattern: DATE_PATTERN, format: 'date' }),
    reason: str('更正理由（4–1000 字，去掉首尾空白后计）', { minLength: 4, maxLength: 1000 }),
  }),
  PublishDateCorrection: object(
    {
      ...entry,
      contentType: str(),
      itemDocumentId: str(),
      indexNumber: nullable(str()),
      previousDate: nullable(str(undefined, { format: 'date' })),
      correctedDate: str(undefined, { format: 'date' }),
      reason: str(),
      actorId: nullable(int()),
      actorEmail: nullable(str()),
      ...rowMeta,
    },
    ['id', 'contentType', 'itemDocumentId', 'previousDate', 'correctedDate', 'reason', 'createdAt'],
  ),
  ReviewDecisionInput: object(
    {
      decision: str('通过或不通过', { enum: ['approve', 'reject'] }),
      comment: str('审查意见（不通过时必填）', { maxLength: 2000 }),
      locale: str('语言版本，默认 zh-Hans', { pattern: LOCALE_PATTERN }),
    },
    ['decision'],
  ),
  Review: object(
    {
      ...entry,
      contentType: str(),
      itemDocumentId: str(),
      versionHash: nullable(str()),
      state: str('保密审查状态', { enum: ['pending', 'approved', 'rejected'] }),
      department: nullable(str('部门文档 ID')),
      title: nullable(str()),
      reviewerId: nullable(int()),
      reviewerEmail: nullable(str()),
      comment: nullable(str()),
      decidedAt: nullable(str(undefined, { format: 'date-time' })),
      ...rowMeta,
    },
    ['id', 'contentType', 'itemDocumentId', 'state', 'createdAt'],
  ),
  PendingReview: object({
    uid: str('内容类型 UID'),
    documentId: str(),
    locale: nullable(str()),
    title: nullable(str()),
    department: nullable(str('部门文档 ID')),
    since: str('进入待审的时间', { format: 'date-time' }),
  }),
  AuditEntry: object(
    {
      ...entry,
      actorId: nullable(int()),
      actorEmail: nullable(str('操作人，系统操作为 system')),
      action: str('操作：create、update、delete、publish、unpublish、discardDraft、review.approve …'),
      contentType: str(),
      itemDocumentId: nullable(str()),
      department: nullable(str('部门文档 ID')),
      changes: nullable({
        type: 'array',
        items: object({ field: str(), from: {}, to: {} }, ['field']),
        description: '变更的字段（标量字段给出原值与新值）',
      }),
      at: str(undefined, { format: 'date-time' }),
      ...rowMeta,
    },
    ['id', 'action', 'contentType', 'at'],
  ),
  IndexNumberEntry: object({
    number: str('索引号'),
    contentType: str(),
    documentId: str(),
    serial: int(undefined, { minimum: 1, maximum: 99999 }),
  }),
  Error: object({
    data: { type: 'null' },
    error: object(
      {
        status: int(),
        name: str(),
        message: str(),
        details: { type: 'object' },
      },
      ['status', 'name', 'message'],
    ),
  }),
  ValidationError: object({
    data: { type: 'null' },
    error: object({
      status: int(undefined, { enum: [400] }),
      name: str(undefined, { enum: ['ValidationError'] }),
      message: str('每个出错字段“字段: 规则说明”，以“；”分隔'),
      details: object({
        errors: {
          type: 'array',
          items: object(
            {
              path: {
                type: 'array',
                items: str(),
                description: '出错字段的路径，如 ["disclosure", "indexNumber"]',
              },
              message: str(),
              name: str(),
              rule: str('规则代码，如 too_small、invalid_format、immutable'),
            },
            ['path', 'message'],
          ),
        },
      }),
    }),
  }),
};

const responses = {
  BadRequest: json('参数不合法：逐个字段说明违反的规则', ref('ValidationError')),
  NotFound: json('不存在或未公开', ref('Error')),
  Unauthorized: json('未登录管理后台（缺少或无效的 Bearer 令牌）', ref('Error')),
  Forbidden: json('没有所需的管理权限', ref('Error')),
};

const publicGet = (
  operationId: string,
  summary: string,
  parameters: object[],
  ok: Schema,
  errors: string[] = ['BadRequest'],
) => ({
  get: {
    operationId,
    summary,
    tags: ['公开接口'],
    security: [],
    parameters,
    responses: {
      '200': json('成功', ok),
      ...Object.fromEntries(errors.map((e) => [e === 'BadRequest' ? '400' : '404', errorResponse(e)])),
    },
  },
});

const adminOperation = (
  operationId: string,
  summary: string,
  permission: string | null,
  rest: { parameters?: object[]; requestBody?: object; ok: Schema; okType?: string; errors?: string[] },
) => ({
  operationId,
  summary,
  description: permission
    ? `需要管理权限 \`plugin::gov-core.${permission}\`。`
    : '任何已登录的管理后台用户。',
  tags: ['管理接口'],
  security: [{ adminBearer: [] }],
  ...(permission ? { 'x-strapi-permissions': [`plugin::gov-core.${permission}`] } : {}),
  ...(rest.parameters ? { parameters: rest.parameters } : {}),
  ...(rest.requestBody ? { requestBody: rest.requestBody } : {}),
  responses: {
    '200': rest.okType
      ? { description: '成功', content: { [rest.okType]: { schema: rest.ok } } }
      : json('成功', rest.ok),
    ...Object.fromEntries(
      (rest.errors ?? []).map((e) => [e === 'BadRequest' ? '400' : '404', errorResponse(e)]),
    ),
    '401': errorResponse('Unauthorized'),
    ...(permission ? { '403': errorResponse('Forbidden') } : {}),
  },
});

const uidParam = param(
  'uid',
  'path',
  str(undefined, { examples: ['plugin%3A%3Agov-core.article'] }),
  '栏目内容类型 UID（URL 编码）',
);
const documentIdParam = param('documentId', 'path', str(), '文档 ID');
const AUDIT_PARAMETERS = [
  param('uid', 'query', str(), '按内容类型 UID 筛选'),
  param('documentId', 'query', str(), '按文档 ID 筛选'),
  param('actor', 'query', str(), '按操作人筛选：用户 ID（数字）或邮箱'),
  param('from', 'query', str(undefined, { format: 'date-time' }), '起始时间（ISO 8601 日期或日期时间）'),
  param('to', 'query', str(undefined, { format: 'date-time' }), '截止时间（ISO 8601 日期或日期时间）'),
  PARAMETERS.page,
  param('pageSize', 'query', int(undefined, { minimum: 1, maximum: 100, default: 25 }), '每页条数（1–100）'),
];

/** GET /api/gov-core/openapi.json, once routed: add `'/api/gov-core/openapi.json': OPENAPI_JSON_PATH` to paths. */
export const OPENAPI_JSON_PATH = {
  get: {
    operationId: 'getOpenApi',
    summary: '本接口说明（OpenAPI 3.1）',
    tags: ['公开接口'],
    security: [],
    responses: { '200': json('OpenAPI 3.1 文档', { type: 'object' }) },
  },
};

export const openApiSpec = {
  openapi: '3.1.0',
  info: {
    title: 'gov-core 接口 — 政府门户网站核心',
    version: pkg.version,
    description:
      '栏目树、信息（含信息公开目录元数据与索引号）、部门与枚举标签的公开读取接口，以及发布日期更正与索引号登记的管理接口。' +
      '\n\n公开接口只返回已发布的内容：status 参数只能省略或为 published，其他取值（draft、modified、status[$ne]=… 等）' +
      '一律返回 400（status: 公开接口只提供已发布的信息）。“不予公开”的信息和未发布的草稿在任何层级都不出现：' +
      '关联字段（interprets、interpretedBy、replacedBy、publisher 等）中的此类信息，单值为 null，列表中被剔除；' +
      'notOpenReason 从不返回。' +
      '\n\n文本字段：标题、副标题、摘要、来源、作者等字符串字段是纯文本，按编辑录入的原样存储与返回（不删除、不转义其中的' +
      ' <、>、&），客户端必须按文本转义后显示（textContent、模板的默认转义），不得作为 HTML 插入页面；' +
      '只有标注为 text/html 的正文（body）是服务器端净化过的 HTML。' +
      '\n\n附件：附件与图片的 url 指向 /uploads/…，由本地上传服务直接提供；草稿和“不予公开”信息的附件' +
      '不会出现在任何公开响应中，其文件地址由服务器拦截（见 README“安全模型”）。',
    license: { name: 'MIT', identifier: 'MIT' },
  },
  servers: [{ url: '/', description: '本站' }],
  tags: [
    {
      name: '公开接口',
      description:
        '无需登录；只返回已发布且非“不予公开”的内容（关联的信息也一样，任何层级）；status 参数只能省略或为 published',
    },
    { name: '管理接口', description: '管理后台（Bearer 令牌，见 POST /admin/login）' },
  ],
  paths: {
    '/api/gov-core/info': publicGet('getInfo', '名称、版本与已启用的本地插件', [], ref('Info'), []),
    '/api/gov-core/columns/tree': publicGet(
      'getColumnTree',
      '栏目树',
      [PARAMETERS.locale],
      dataOf({ type: 'array', items: ref('ColumnNode') }),
    ),
    '/api/gov-core/columns/{slug}': publicGet(
      'getColumnBySlug',
      '栏目、面包屑与最新信息',
      [
        param('slug', 'path', str(), '栏目代码（不存在或未发布的栏目返回 404）'),
        PARAMETERS.page,
        PARAMETERS.pageSize,
        PARAMETERS.locale,
      ],
      dataOf(ref('ColumnDetail')),
      ['BadRequest', 'NotFound'],
    ),
    '/api/gov-core/articles': publicGet(
      'listArticles',
      '信息列表（按栏目、部门、主题、年份筛选），最新在前',
      [
        PARAMETERS.page,
        PARAMETERS.pageSize,
        PARAMETERS.locale,
        PARAMETERS.column,
        PARAMETERS.department,
        PARAMETERS.topic,
        PARAMETERS.year,
      ],
      dataOf({ type: 'array', items: ref('Article') }, ref('PageMeta')),
    ),
    '/api/gov-core/articles/{documentId}': publicGet(
      'getArticle',
      '一条信息及其信息公开目录元数据',
      [param('documentId', 'path', str(), '文档 ID'), PARAMETERS.locale],
      dataOf(ref('Article')),
      ['BadRequest', 'NotFound'],
    ),
    '/api/gov-core/departments': publicGet(
      'listDepartments',
      '部门列表（按 order、code 排序）',
      [PARAMETERS.locale],
      dataOf({ type: 'array', items: ref('Department') }),
    ),
    '/api/gov-core/openapi.json': OPENAPI_JSON_PATH,
    '/api/gov-core/labels': publicGet('getLabels', '枚举键 → 简繁标签', [], dataOf(ref('Labels')), []),
    '/gov-core/disclosure/publish-date': {
      post: adminOperation('correctPublishDate', '更正发布日期（留有记录）', 'publish-date.correct', {
        requestBody: {
          required: true,
          content: { 'application/json': { schema: ref('PublishDateCorrectionInput') } },
        },
        ok: dataOf(ref('PublishDateCorrection')),
        errors: ['BadRequest', 'NotFound'],
      }),
      get: adminOperation(
        'listPublishDateCorrections',
        '发布日期更正记录，最新在前',
        'publish-date.correct',
        {
          parameters: [
            param('contentType', 'query', str(), '按内容类型 UID 筛选'),
            param('documentId', 'query', str(), '按文档 ID 筛选'),
          ],
          ok: dataOf({ type: 'array', items: ref('PublishDateCorrection') }),
        },
      ),
    },
    '/gov-core/disclosure/index-numbers': {
      get: adminOperation(
        'listIndexNumbers',
        '索引号登记（按机构代码、年份、流水号排序）',
        'index-numbers.read',
        {
          parameters: [
            param('publisherCode', 'query', str(), '按发布机构的机构代码筛选'),
            param('year', 'query', int(), '按年份筛选'),
          ],
          ok: dataOf({ type: 'array', items: ref('IndexNumberEntry') }),
        },
      ),
    },
    '/gov-core/reviews/pending': {
      get: adminOperation(
        'listPendingReviews',
        '保密审查待审队列（限本部门的审核员只见本部门）',
        'reviews.read',
        {
          ok: dataOf({ type: 'array', items: ref('PendingReview') }),
        },
      ),
    },
    '/gov-core/reviews/{uid}/{documentId}': {
      get: adminOperation('listReviews', '一条信息的保密审查记录，最新在前', 'reviews.read', {
        parameters: [uidParam, documentIdParam],
        ok: dataOf({ type: 'array', items: ref('Review') }),
      }),
      post: adminOperation('decideReview', '保密审查：通过 / 不通过当前草稿', 'reviews.decide', {
        parameters: [uidParam, documentIdParam],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: ref('ReviewDecisionInput') } },
        },
        ok: dataOf(ref('Review')),
        errors: ['BadRequest', 'NotFound'],
      }),
    },
    '/gov-core/audit': {
      get: adminOperation('listAuditEntries', '操作日志，最新在前（审核员只见本部门）', 'audit.read', {
        parameters: AUDIT_PARAMETERS,
        ok: dataOf({ type: 'array', items: ref('AuditEntry') }, ref('PageMeta')),
        errors: ['BadRequest'],
      }),
    },
    '/gov-core/audit/export.csv': {
      get: adminOperation('exportAuditEntries', '操作日志导出（CSV，UTF-8 带 BOM）', 'audit.read', {
        parameters: AUDIT_PARAMETERS.filter((p) => p.name !== 'page' && p.name !== 'pageSize'),
        ok: str('CSV：时间,操作人ID,操作人,操作,内容类型,文档ID,语言,部门,变更'),
        okType: 'text/csv',
        errors: ['BadRequest'],
      }),
    },
    '/gov-core/memberships/me': {
      get: adminOperation('listMyDepartments', '当前用户所属部门（文档 ID）', null, {
        ok: dataOf({ type: 'array', items: str('部门文档 ID') }),
      }),
    },
  },
  components: {
    schemas,
    responses,
    securitySchemes: {
      adminBearer: {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description: '管理后台登录令牌（POST /admin/login 返回的 token）',
      },
    },
  },
};

export default openApiSpec;
