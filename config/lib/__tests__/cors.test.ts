import { corsGrant, corsPolicy, defaultOrigins, parseOrigins } from '../cors';

describe('CORS_ORIGINS', () => {
  it.each([
    ['https://www.daoxian.gov.cn', ['https://www.daoxian.gov.cn']],
    [
      ' https://WWW.Daoxian.gov.cn/ , http://localhost:3000 ',
      ['https://www.daoxian.gov.cn', 'http://localhost:3000'],
    ],
    ['https://a.example:443,https://a.example', ['https://a.example']],
  ])('normalises %p', (value, origins) => {
    expect(parseOrigins(value)).toEqual(origins);
  });

  it.each([
    ['*', '“*”不允许'],
    ['www.daoxian.gov.cn', '不是合法的 URL'],
    ['ftp://files.example', '必须以 http:// 或 https:// 开头'],
    ['https://www.daoxian.gov.cn/portal', '不得带路径、查询或片段'],
    ['https://www.daoxian.gov.cn?x=1', '不得带路径、查询或片段'],
    ['https://user:pw@www.daoxian.gov.cn', '不得包含用户名或密码'],
    [' , ', '为空'],
  ])('refuses %p naming the rule', (value, rule) => {
    expect(() => parseOrigins(value)).toThrow(`环境变量 CORS_ORIGINS 无效`);
    expect(() => parseOrigins(value)).toThrow(rule);
  });

  it.each([
    [{}, ['http://localhost:1337', 'http://127.0.0.1:1337', 'http://[::1]:1337']],
    [
      { host: '0.0.0.0', port: '8080' },
      ['http://localhost:8080', 'http://127.0.0.1:8080', 'http://[::1]:8080'],
    ],
    [
      { host: 'cms.daoxian.gov.cn', port: '1337', publicUrl: 'https://www.daoxian.gov.cn/cms' },
      ['http://cms.daoxian.gov.cn:1337', 'https://www.daoxian.gov.cn'],
    ],
  ])('defaults to the server’s own origins and PUBLIC_URL (%p)', (server, origins) => {
    expect(defaultOrigins(server)).toEqual(origins);
  });

  it.each([
    [{ publicUrl: 'www.daoxian.gov.cn' }, '环境变量 PUBLIC_URL 无效：“www.daoxian.gov.cn”不是合法的来源'],
    [{ host: 'bad host' }, '环境变量 HOST / PORT 无效'],
    [{ port: 'http' }, '环境变量 HOST / PORT 无效'],
  ])('refuses an unusable server address %p', (server, message) => {
    expect(() => defaultOrigins(server)).toThrow(message);
  });

  it('uses CORS_ORIGINS instead of the defaults when set', () => {
    expect(
      corsPolicy({ CORS_ORIGINS: 'https://www.daoxian.gov.cn', PUBLIC_URL: 'https://x.example' }).origins,
    ).toEqual(['https://www.daoxian.gov.cn']);
  });
});

describe('corsGrant', () => {
  const policy = { origins: ['https://www.daoxian.gov.cn'], publicPrefixes: ['/api', '/uploads'] };
  it.each([
    [
      'https://www.daoxian.gov.cn',
      'POST',
      '/admin/login',
      { kind: 'credentialed', origin: 'https://www.daoxian.gov.cn' },
    ],
    [
      'https://www.daoxian.gov.cn',
      'GET',
      '/api/gov-core/articles',
      { kind: 'credentialed', origin: 'https://www.daoxian.gov.cn' },
    ],
    ['https://evil.example', 'GET', '/api/gov-core/articles', { kind: 'public' }],
    ['https://evil.example', 'head', '/api', { kind: 'public' }],
    ['https://evil.example', 'GET', '/uploads/photo.jpg', { kind: 'public' }],
    ['https://evil.example', 'POST', '/api/gov-core/articles', null],
    ['https://evil.example', 'DELETE', '/api/gov-core/articles/1', null],
    ['https://evil.example', 'GET', '/admin/users/me', null],
    ['https://evil.example', 'GET', '/apiary', null],
    ['https://evil.example', 'GET', '/api/../admin/users/me', null],
    ['https://evil.example', 'GET', '/api/%2E%2E/admin/users/me', null],
    ['https://evil.example', 'GET', '/api\\..\\admin', null],
    ['https://evil.example', 'GET', '/content-manager/collection-types/x', null],
    ['https://www.daoxian.gov.cn.evil.example', 'POST', '/admin/login', null],
    ['null', 'POST', '/admin/login', null],
  ])('%s %s %s → %p', (origin, method, path, grant) => {
    expect(corsGrant({ origin, method, path }, policy)).toEqual(grant);
  });
});
