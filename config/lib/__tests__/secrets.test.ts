import {
  DEVELOPMENT_SECRETS,
  PUBLISHED_SECRET_VALUES,
  SECRET_NAMES,
  appKeys,
  checkSecrets,
  generateSecrets,
  resolveSecrets,
} from '../secrets';

const good = () => generateSecrets() as Record<string, string>;
const rulesOf = (env: Record<string, string | undefined>) =>
  checkSecrets(env).map((p) => `${p.name}：${p.rule}`);

describe('checkSecrets (production rules)', () => {
  it('accepts freshly generated secrets', () => {
    expect(checkSecrets(good())).toEqual([]);
  });

  it('names every missing variable', () => {
    expect(rulesOf({})).toEqual(SECRET_NAMES.map((n) => `${n}：未设置`));
    expect(rulesOf({ ...good(), ENCRYPTION_KEY: '   ' })).toEqual(['ENCRYPTION_KEY：未设置']);
  });

  it.each(SECRET_NAMES.filter((n) => n !== 'APP_KEYS'))('refuses the published fallback of %s', (name) => {
    expect(rulesOf({ ...good(), [name]: DEVELOPMENT_SECRETS[name] })).toEqual([
      `${name}：该值是本仓库（或 Strapi 模板）公开的开发值或占位符`,
    ]);
  });

  it.each([
    ['the published APP_KEYS', DEVELOPMENT_SECRETS.APP_KEYS, ['第 1 个', '第 2 个']],
    [
      'one published key among good ones',
      `${'k'.repeat(8)}${good().JWT_SECRET},dev-key-change-me-1`,
      ['第 2 个'],
    ],
    ["Strapi's template placeholders", 'toBeModified1,toBeModified2', ['第 1 个', '第 2 个']],
  ])('refuses %s in APP_KEYS', (_, value, keys) => {
    expect(rulesOf({ ...good(), APP_KEYS: value })).toEqual(
      keys.map((k) => `APP_KEYS：${k}密钥是本仓库（或 Strapi 模板）公开的开发值或占位符`),
    );
  });

  it.each([
    ['a published value inside a longer one', `${DEVELOPMENT_SECRETS.JWT_SECRET}-1234567890abcdef`],
    ['a published value in other case', DEVELOPMENT_SECRETS.JWT_SECRET.toUpperCase()],
    ['a placeholder word', 'please-CHANGEME-0123456789abcdefghijkl'],
  ])('refuses %s', (_, value) => {
    expect(rulesOf({ ...good(), JWT_SECRET: value })).toEqual([
      'JWT_SECRET：该值是本仓库（或 Strapi 模板）公开的开发值或占位符',
    ]);
  });

  it.each([
    [31, 'abcdefghijklmnopqrstuvwxyz01234', ['API_TOKEN_SALT：该值少于 32 个字符（现为 31 个）']],
    [32, 'abcdefghijklmnopqrstuvwxyz012345', []],
    [40, 'ab'.repeat(20), ['API_TOKEN_SALT：该值字符过于单一（不同字符少于 10 种）']],
  ])('checks the length and variety (%i characters)', (_, value, expected) => {
    expect(rulesOf({ ...good(), API_TOKEN_SALT: value })).toEqual(expected);
  });

  it('needs two distinct APP_KEYS, each long enough', () => {
    const one = good().ADMIN_JWT_SECRET;
    expect(rulesOf({ ...good(), APP_KEYS: `${'z'}${one}` })).toEqual([
      'APP_KEYS：至少需要 2 个以逗号分隔的密钥（便于轮换）',
    ]);
    expect(rulesOf({ ...good(), APP_KEYS: `x${one},x${one}` })).toEqual([
      'APP_KEYS：第 2 个密钥与 APP_KEYS 第 1 个密钥 相同：每个密钥必须各不相同',
    ]);
    expect(rulesOf({ ...good(), APP_KEYS: `x${one},short` })).toEqual([
      'APP_KEYS：第 2 个密钥少于 32 个字符（现为 5 个）',
    ]);
  });

  it('refuses one value reused for two secrets', () => {
    const env = good();
    expect(rulesOf({ ...env, JWT_SECRET: env.ADMIN_JWT_SECRET })).toEqual([
      'JWT_SECRET：该值与 ADMIN_JWT_SECRET 相同：每个密钥必须各不相同',
    ]);
    expect(rulesOf({ ...env, ENCRYPTION_KEY: env.APP_KEYS.split(',')[1] })).toEqual([
      'ENCRYPTION_KEY：该值与 APP_KEYS 第 2 个密钥 相同：每个密钥必须各不相同',
    ]);
  });

  it('keeps every published value in one list', () => {
    for (const value of Object.values(DEVELOPMENT_SECRETS).flatMap((v) => v.split(','))) {
      expect(PUBLISHED_SECRET_VALUES).toContain(value);
    }
  });
});

describe('resolveSecrets', () => {
  it.each(['development', 'test'])('falls back to the development values in %s', (env) => {
    expect(resolveSecrets({}, env)).toEqual(DEVELOPMENT_SECRETS);
    expect(resolveSecrets({ JWT_SECRET: ' own ' }, env).JWT_SECRET).toBe('own');
  });

  it.each(['production', 'staging', 'prod', ''])(
    'throws for NODE_ENV=%p, listing each variable and the hint',
    (env) => {
      expect(() =>
        resolveSecrets({ ...good(), ADMIN_JWT_SECRET: undefined, JWT_SECRET: 'short' }, env),
      ).toThrow(
        /ADMIN_JWT_SECRET：未设置\n {2}- JWT_SECRET：该值少于 32 个字符[\s\S]*openssl rand -base64 32/,
      );
    },
  );

  it('returns the environment values in production when they pass', () => {
    const env = good();
    const secrets = resolveSecrets(env, 'production');
    expect(secrets).toEqual(env);
    expect(appKeys(secrets)).toHaveLength(4);
  });
});
