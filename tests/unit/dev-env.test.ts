import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkSecrets, SECRET_NAMES } from '../../config/lib/secrets';
import { ensureDevelopmentSecrets } from '../../scripts/dev-env';

const parse = (file: string) =>
  Object.fromEntries(
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => /^[A-Z_]+=/.test(l))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );

describe('ensureDevelopmentSecrets (npm run demo)', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dev-env-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes random secrets that pass the production rules to a new .env (mode 600), once', () => {
    const file = path.join(dir, '.env');
    const env: NodeJS.ProcessEnv = {};
    expect(ensureDevelopmentSecrets(file, env)).toEqual([...SECRET_NAMES]);
    const written = parse(file);
    expect(checkSecrets(written)).toEqual([]);
    expect(env).toEqual(written);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(ensureDevelopmentSecrets(file, {})).toEqual([]);
    expect(parse(file)).toEqual(written);
  });

  it('adds only what an existing .env and the environment lack, keeping the rest', () => {
    const file = path.join(dir, '.env');
    fs.writeFileSync(file, 'PORT=1338\nADMIN_JWT_SECRET=mine');
    const env: NodeJS.ProcessEnv = { JWT_SECRET: 'from-the-shell' };
    expect(ensureDevelopmentSecrets(file, env)).toEqual(
      SECRET_NAMES.filter((n) => n !== 'ADMIN_JWT_SECRET' && n !== 'JWT_SECRET'),
    );
    const written = parse(file);
    expect(written.PORT).toBe('1338');
    expect(written.ADMIN_JWT_SECRET).toBe('mine');
    expect(written.JWT_SECRET).toBeUndefined();
    expect(env.JWT_SECRET).toBe('from-the-shell');
    expect(Object.keys(written)).toHaveLength(1 + SECRET_NAMES.length - 1);
  });
});
