/**
 * Reverse-proxy trust (Strapi 5.54 `server.proxy.koa`, `ipHeader`, `maxIpsCount`). Off by default: without a proxy
 * that sets the header, a client could write X-Forwarded-For itself and pick the IP that login throttling
 * (per e-mail + IP) counts. Behind a proxy it must be on, or every visitor shares the proxy's IP and secure
 * cookies are refused over the proxy's plain HTTP hop.
 */
export interface ProxySettings {
  koa: boolean;
  ipHeader: string;
  maxIpsCount: number;
}

/** Thrown for a variable whose value breaks its rule: the start stops naming it (never a silent default). */
const invalid = (name: string, rule: string, value: string) =>
  new Error(`环境变量 ${name} 无效：${rule}（现为 "${value}"）`);

export const parseBoolean = (name: string, value: string | undefined, fallback: boolean): boolean => {
  if (value === undefined || value.trim() === '') return fallback;
  const v = value.trim().toLowerCase();
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  throw invalid(name, '必须为 true 或 false', value);
};

const HEADER_NAME = /^[A-Za-z0-9-]{1,64}$/;

/**
 * TRUST_PROXY=true trusts the proxy headers; PROXY_IP_HEADER names the client-IP header (X-Forwarded-For);
 * TRUST_PROXY_HOPS counts the trusted proxies in front of Strapi: the client IP is read that many entries from the
 * right of the header, so entries a client wrote before them are ignored.
 */
export const proxySettings = (source: Record<string, string | undefined> = process.env): ProxySettings => {
  const koa = parseBoolean('TRUST_PROXY', source.TRUST_PROXY, false);
  const ipHeader = source.PROXY_IP_HEADER?.trim() || 'X-Forwarded-For';
  if (!HEADER_NAME.test(ipHeader)) throw invalid('PROXY_IP_HEADER', '必须是 HTTP 头名称', ipHeader);
  const hops = source.TRUST_PROXY_HOPS?.trim() || '1';
  if (!/^[1-9][0-9]?$/.test(hops)) throw invalid('TRUST_PROXY_HOPS', '必须是 1–99 的整数', hops);
  return { koa, ipHeader, maxIpsCount: Number(hops) };
};
