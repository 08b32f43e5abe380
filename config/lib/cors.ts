/**
 * CORS, default deny. `strapi::cors` echoes any Origin with credentials by default and can only echo, never
 * answer `*`; Strapi 5.54 still requires it in config/middlewares.ts, so it is configured to grant nothing
 * (`STRAPI_CORS_GRANTS_NOTHING`) and this policy, the middleware right after it, decides. Three answers:
 * - an allowlisted origin (CORS_ORIGINS, or by default the server's own origin and PUBLIC_URL) gets a credentialed
 *   grant on every path;
 * - any other origin may read public content (GET/HEAD on /api and /uploads) with `Access-Control-Allow-Origin: *`
 *   and no credentials, so no cookie or HTTP authentication travels and no Authorization header is allowed;
 * - everything else (/admin, non-GET, other headers) gets no grant; its preflight is answered 403.
 * Same-origin requests (the admin panel) need no CORS at all.
 */
import { errors } from '@strapi/utils';

export interface CorsPolicy {
  /** Origins (`scheme://host[:port]`) that get credentialed CORS. */
  origins: readonly string[];
  /** Path prefixes whose GET/HEAD any origin may read without credentials. */
  publicPrefixes: readonly string[];
}

export type CorsGrant = { kind: 'credentialed'; origin: string } | { kind: 'public' } | null;

// Strapi's own defaults for the allowlisted origins (strapi::cors).
const CREDENTIALED_METHODS = 'GET,POST,PUT,PATCH,DELETE,HEAD,OPTIONS';
const CREDENTIALED_HEADERS = 'Content-Type,Authorization,Origin,Accept,Accept-Language';
const PUBLIC_METHODS = ['GET', 'HEAD'];
const PUBLIC_HEADERS = 'Accept,Accept-Language,Content-Type';
const MAX_AGE = '86400';

const invalidOrigin = (entry: string, rule: string) =>
  new Error(
    `环境变量 CORS_ORIGINS 无效：“${entry}”${rule}。格式：以逗号分隔的来源，如 https://www.example.gov.cn`,
  );

/** One origin from configuration, normalised (`https://Example.gov.cn/` → `https://example.gov.cn`). */
export const parseOrigin = (entry: string): string => {
  if (entry === '*') {
    throw invalidOrigin(entry, '不允许：任意来源已可无凭据读取公开内容，凭据只给列出的来源');
  }
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    throw invalidOrigin(entry, '不是合法的 URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw invalidOrigin(entry, '必须以 http:// 或 https:// 开头');
  if (url.username || url.password) throw invalidOrigin(entry, '不得包含用户名或密码');
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || entry.endsWith('?')) {
    throw invalidOrigin(entry, '只能是来源（协议、主机、端口），不得带路径、查询或片段');
  }
  return url.origin;
};

export const parseOrigins = (value: string): string[] => {
  const entries = value
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  if (!entries.length) throw invalidOrigin(value, '为空');
  return [...new Set(entries.map(parseOrigin))];
};

const WILDCARD_HOSTS = ['0.0.0.0', '::', '[::]', ''];

/** The server's own origins from HOST/PORT (every loopback name when it listens on all interfaces) and PUBLIC_URL. */
export const defaultOrigins = ({
  host,
  port,
  publicUrl,
}: {
  host?: string;
  port?: string;
  publicUrl?: string;
}) => {
  const p = port?.trim() || '1337';
  const h = host?.trim() ?? '';
  const hosts = WILDCARD_HOSTS.includes(h)
    ? ['localhost', '127.0.0.1', '[::1]']
    : [h.includes(':') ? `[${h}]` : h];
  const origin = (url: string, variables: string) => {
    try {
      return new URL(url).origin;
    } catch {
      throw new Error(`环境变量 ${variables} 无效：“${url}”不是合法的来源`);
    }
  };
  const own = hosts.map((name) => origin(`http://${name}:${p}`, 'HOST / PORT'));
  const pub = publicUrl?.trim() ? [origin(publicUrl.trim(), 'PUBLIC_URL')] : [];
  return [...new Set([...own, ...pub])];
};

export const corsPolicy = (source: Record<string, string | undefined> = process.env): CorsPolicy => ({
  origins: source.CORS_ORIGINS?.trim()
    ? parseOrigins(source.CORS_ORIGINS)
    : defaultOrigins({ host: source.HOST, port: source.PORT, publicUrl: source.PUBLIC_URL }),
  publicPrefixes: ['/api', '/uploads'],
});

const isPublicPath = (path: string, prefixes: readonly string[]) =>
  !/(^|\/)\.\.?(\/|$)|%2e|\\/i.test(path) && prefixes.some((p) => path === p || path.startsWith(`${p}/`));

/** What a request from `origin` may receive; `method` is the requested method of a preflight. */
export const corsGrant = (
  { origin, method, path }: { origin: string; method: string; path: string },
  policy: CorsPolicy,
): CorsGrant => {
  if (policy.origins.includes(origin)) return { kind: 'credentialed', origin };
  if (PUBLIC_METHODS.includes(method.toUpperCase()) && isPublicPath(path, policy.publicPrefixes)) {
    return { kind: 'public' };
  }
  return null;
};

/** `strapi::cors` options under which it never grants: no origin matches, no credentials. */
export const STRAPI_CORS_GRANTS_NOTHING = { origin: [] as string[], credentials: false };

/**
 * The policy as a Strapi middleware (`{ resolve: <dist/config/lib/cors>, config: corsPolicy() }`),
 * placed right after `strapi::cors`.
 */
const corsMiddleware = (policy: CorsPolicy) => async (ctx, next) => {
  ctx.vary('Origin');
  const origin: string = ctx.get('Origin');
  // strapi::cors answers `*` to a request with no Origin; such a request is no CORS request at all.
  if (!origin) {
    ctx.remove('Access-Control-Allow-Origin');
    return next();
  }
  const requestedMethod: string = ctx.get('Access-Control-Request-Method');
  const preflight = ctx.method === 'OPTIONS' && requestedMethod !== '';
  const grant = corsGrant(
    { origin, method: preflight ? requestedMethod : ctx.method, path: ctx.path },
    policy,
  );

  if (grant?.kind === 'credentialed') {
    ctx.set('Access-Control-Allow-Origin', origin);
    ctx.set('Access-Control-Allow-Credentials', 'true');
  } else if (grant?.kind === 'public') {
    ctx.set('Access-Control-Allow-Origin', '*');
  }
  if (!preflight) return next();

  if (!grant) {
    throw new errors.ForbiddenError(
      `跨域请求未获许可：来源 ${origin} 不在 CORS_ORIGINS 中，只能以 GET/HEAD 无凭据读取 /api 公开内容`,
    );
  }
  ctx.set(
    'Access-Control-Allow-Methods',
    grant.kind === 'credentialed' ? CREDENTIALED_METHODS : PUBLIC_METHODS.join(','),
  );
  ctx.set(
    'Access-Control-Allow-Headers',
    grant.kind === 'credentialed' ? CREDENTIALED_HEADERS : PUBLIC_HEADERS,
  );
  ctx.set('Access-Control-Max-Age', MAX_AGE);
  ctx.status = 204;
};

export default corsMiddleware;
