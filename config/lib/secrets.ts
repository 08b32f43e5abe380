/**
 * The app's secrets: which variables hold them, the development values published in this repository (one list)
 * and the rules a value must pass outside development and test. `resolveSecrets()` runs while Strapi loads its
 * configuration, so a bad production value stops the start, naming every variable at once.
 * Kept under config/lib: Strapi loads only the files directly in config/ as configuration.
 */
import crypto from 'node:crypto';

export const SECRET_NAMES = [
  'APP_KEYS',
  'ADMIN_JWT_SECRET',
  'API_TOKEN_SALT',
  'TRANSFER_TOKEN_SALT',
  'ENCRYPTION_KEY',
  'JWT_SECRET',
] as const;
export type SecretName = (typeof SECRET_NAMES)[number];
export type Secrets = Record<SecretName, string>;

/**
 * Development and test fallbacks. They are public (this repository), so they are refused in production, in any
 * form: alone, inside a longer value or as one of the APP_KEYS.
 */
export const DEVELOPMENT_SECRETS: Secrets = {
  APP_KEYS: 'dev-key-change-me-1,dev-key-change-me-2',
  ADMIN_JWT_SECRET: 'dev-admin-jwt-secret-change-me',
  API_TOKEN_SALT: 'dev-api-token-salt-change-me',
  TRANSFER_TOKEN_SALT: 'dev-transfer-token-salt-change-me',
  ENCRYPTION_KEY: 'dev-encryption-key-change-me-000',
  JWT_SECRET: 'dev-users-permissions-jwt-secret-change-me',
};

/** Every published value: our fallbacks, and the placeholders of Strapi's own project template (`.env.example`). */
export const PUBLISHED_SECRET_VALUES: readonly string[] = [
  ...Object.values(DEVELOPMENT_SECRETS).flatMap(splitKeys),
  'toBeModified1',
  'toBeModified2',
  'tobemodified',
];

/** Words that mark a placeholder, not a secret. */
const PLACEHOLDER_MARKERS = ['change-me', 'changeme', 'tobemodified'];

export const MIN_SECRET_LENGTH = 32;
const MIN_DISTINCT_CHARACTERS = 10;
export const SECRET_HINT = 'openssl rand -base64 32';

/** Environments that may run on the published fallbacks; every other NODE_ENV (production, staging…) may not. */
export const FALLBACK_ENVIRONMENTS = ['development', 'test'] as const;

export const usesFallbacks = (nodeEnv: string | undefined) =>
  (FALLBACK_ENVIRONMENTS as readonly string[]).includes(nodeEnv ?? 'development');

export interface SecretProblem {
  name: SecretName;
  /** The rule the value breaks, in Chinese (shown to the operator). */
  rule: string;
}

function splitKeys(value: string): string[] {
  return value
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
}

/** Why one secret value is unusable in production, or null. `label` names it in the message (APP_KEYS 第 2 个). */
const valueProblem = (value: string, label: string): string | null => {
  const lower = value.toLowerCase();
  if (
    PUBLISHED_SECRET_VALUES.some((p) => lower.includes(p.toLowerCase())) ||
    PLACEHOLDER_MARKERS.some((m) => lower.includes(m))
  ) {
    return `${label}是本仓库（或 Strapi 模板）公开的开发值或占位符`;
  }
  if (value.length < MIN_SECRET_LENGTH)
    return `${label}少于 ${MIN_SECRET_LENGTH} 个字符（现为 ${value.length} 个）`;
  if (new Set(value).size < MIN_DISTINCT_CHARACTERS) {
    return `${label}字符过于单一（不同字符少于 ${MIN_DISTINCT_CHARACTERS} 种）`;
  }
  return null;
};

/** Checks every secret of `source` (process.env) against the production rules; an empty list means all good. */
export const checkSecrets = (source: Record<string, string | undefined>): SecretProblem[] => {
  const problems: SecretProblem[] = [];
  const seen = new Map<string, string>();
  const reused = (value: string, key: string, label: string) => {
    const other = seen.get(value);
    if (other) return `${label}与 ${other} 相同：每个密钥必须各不相同`;
    seen.set(value, key);
    return null;
  };

  for (const name of SECRET_NAMES) {
    const raw = source[name]?.trim() ?? '';
    if (raw === '') {
      problems.push({ name, rule: '未设置' });
      continue;
    }
    const values = name === 'APP_KEYS' ? splitKeys(raw) : [raw];
    if (name === 'APP_KEYS' && values.length < 2) {
      problems.push({ name, rule: '至少需要 2 个以逗号分隔的密钥（便于轮换）' });
    }
    values.forEach((value, i) => {
      const label = name === 'APP_KEYS' ? `第 ${i + 1} 个密钥` : '该值';
      const key = name === 'APP_KEYS' ? `APP_KEYS ${label}` : name;
      const rule = valueProblem(value, label) ?? reused(value, key, label);
      if (rule) problems.push({ name, rule });
    });
  }
  return problems;
};

export const formatSecretProblems = (problems: SecretProblem[], nodeEnv: string) =>
  [
    `拒绝启动：NODE_ENV=${nodeEnv} 时每个密钥都必须来自环境变量，且不得使用本仓库公开的开发值。`,
    `Refusing to start (NODE_ENV=${nodeEnv}): missing or insecure secrets: ${[...new Set(problems.map((p) => p.name))].join(', ')}`,
    ...problems.map((p) => `  - ${p.name}：${p.rule}`),
    `规则：至少 ${MIN_SECRET_LENGTH} 个字符的随机值，各不相同；APP_KEYS 为逗号分隔的至少 2 个这样的值。`,
    `生成方法：${SECRET_HINT}（每个变量、每个 APP_KEYS 密钥各运行一次）。`,
  ].join('\n');

/**
 * The secrets Strapi runs on. Development and test fall back to the published values (a `.env` written by
 * `npm run demo` overrides them); any other NODE_ENV throws, listing every missing or unusable variable.
 */
export const resolveSecrets = (
  source: Record<string, string | undefined> = process.env,
  nodeEnv: string = source.NODE_ENV ?? 'development',
): Secrets => {
  if (!usesFallbacks(nodeEnv)) {
    const problems = checkSecrets(source);
    if (problems.length) throw new Error(formatSecretProblems(problems, nodeEnv));
  }
  return Object.fromEntries(
    SECRET_NAMES.map((name) => [name, source[name]?.trim() || DEVELOPMENT_SECRETS[name]]),
  ) as Secrets;
};

/** APP_KEYS as the array Koa signs cookies with. */
export const appKeys = (secrets: Secrets) => splitKeys(secrets.APP_KEYS);

/** Fresh random secrets (what `npm run demo` writes to `.env`); each passes `checkSecrets`. */
export const generateSecrets = (random = (n: number) => crypto.randomBytes(n).toString('base64')): Secrets =>
  Object.fromEntries(
    SECRET_NAMES.map((name) => [
      name,
      name === 'APP_KEYS' ? [1, 2, 3, 4].map(() => random(32)).join(',') : random(32),
    ]),
  ) as Secrets;
