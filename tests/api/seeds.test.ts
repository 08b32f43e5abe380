import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { bootStrapi, type TestApp } from '../helpers/strapi';
import { APP_DIR, createTestDatabase } from '../helpers/database';
import { runSeeds } from '../../seeds/loader';
import type { SeedReport } from '../../seeds/types';
import { demoAdminCredentials } from '../../seeds/sets/demo-admin';

const run = promisify(execFile);
const counts = (reports: SeedReport[]) => Object.fromEntries(reports.map((r) => [r.name, r.count]));

describe('seeds', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await bootStrapi();
  });
  afterAll(async () => {
    await app?.destroy();
  });

  it('loads the demo data, and a second run creates nothing new', async () => {
    const first = await runSeeds(app.strapi, { progress: false });
    expect(first.every((r) => r.failed === 0)).toBe(true);
    expect(first.find((r) => r.name === 'demo admin')?.created).toBe(1);
    const second = await runSeeds(app.strapi, { progress: false });
    expect(second.reduce((n, r) => n + r.created, 0)).toBe(0);
    expect(counts(second)).toEqual(counts(first));
  });

  it('lets the demo admin log in with the documented credentials', async () => {
    const { email, password } = demoAdminCredentials();
    const res = await app.http().post('/admin/login').send({ email, password });
    expect(res.status).toBe(200);
    expect(res.body.data.user.preferedLanguage).toBe('zh-Hans');
  });

  it('reports a failing record and goes on with the next ones', async () => {
    const reports = await runSeeds(app.strapi, {
      progress: false,
      sets: [
        {
          name: 'probe',
          records: () => ['bad', 'good'],
          label: (r: string) => r,
          apply: async (_s, r: string) => {
            if (r === 'bad') throw new Error('rejected on purpose');
            return 'created';
          },
          count: async () => 1,
        },
      ],
    });
    expect(reports[0]).toMatchObject({
      total: 2,
      created: 1,
      failed: 1,
      errors: [{ record: 'bad', message: 'rejected on purpose' }],
    });
  });
});

describe('npm run seed (the CLI)', () => {
  it('leaves the same counts when run twice, and --reset reloads', async () => {
    const db = await createTestDatabase('seed_cli');
    // The CLI loads every plugin's demo data (thousands of rows): a larger pool keeps Strapi's post-write event
    // queries from starving the seeding on a loaded machine.
    const env = {
      ...process.env,
      ...db.env,
      NODE_ENV: 'development',
      LOG_LEVEL: 'error',
      DATABASE_POOL_MAX: '20',
    };
    const seed = async (...args: string[]) => {
      const { stdout } = await run('npm', ['run', '--silent', 'seed', '--', '--json', ...args], {
        cwd: APP_DIR,
        env,
        maxBuffer: 1 << 24,
      });
      return JSON.parse(stdout.trim().split('\n').pop() as string) as SeedReport[];
    };
    try {
      const first = await seed();
      const second = await seed();
      expect(first.reduce((n, r) => n + r.created, 0)).toBeGreaterThan(0);
      expect(second.reduce((n, r) => n + r.created, 0)).toBe(0);
      expect(counts(second)).toEqual(counts(first));
      const reset = await seed('--reset');
      expect(counts(reset)).toEqual(counts(first));
    } finally {
      await db.drop();
    }
  }, 600_000);
});
