import { parseBoolean, proxySettings } from '../proxy';

describe('proxySettings', () => {
  it('trusts no proxy by default', () => {
    expect(proxySettings({})).toEqual({ koa: false, ipHeader: 'X-Forwarded-For', maxIpsCount: 1 });
  });

  it.each([
    [{ TRUST_PROXY: 'true' }, { koa: true, ipHeader: 'X-Forwarded-For', maxIpsCount: 1 }],
    [
      { TRUST_PROXY: '1', PROXY_IP_HEADER: 'X-Real-IP', TRUST_PROXY_HOPS: '2' },
      { koa: true, ipHeader: 'X-Real-IP', maxIpsCount: 2 },
    ],
    [{ TRUST_PROXY: 'FALSE' }, { koa: false, ipHeader: 'X-Forwarded-For', maxIpsCount: 1 }],
  ])('reads %p', (env, settings) => {
    expect(proxySettings(env)).toEqual(settings);
  });

  it.each([
    [{ TRUST_PROXY: 'yes' }, '环境变量 TRUST_PROXY 无效：必须为 true 或 false（现为 "yes"）'],
    [{ TRUST_PROXY_HOPS: '0' }, '环境变量 TRUST_PROXY_HOPS 无效：必须是 1–99 的整数（现为 "0"）'],
    [{ TRUST_PROXY_HOPS: 'many' }, '环境变量 TRUST_PROXY_HOPS 无效'],
    [{ PROXY_IP_HEADER: 'X Forwarded: For' }, '环境变量 PROXY_IP_HEADER 无效：必须是 HTTP 头名称'],
  ])('refuses %p', (env, message) => {
    expect(() => proxySettings(env)).toThrow(message);
  });

  it('keeps the fallback only for an unset or empty value', () => {
    expect(parseBoolean('X', undefined, true)).toBe(true);
    expect(parseBoolean('X', ' ', false)).toBe(false);
  });
});
