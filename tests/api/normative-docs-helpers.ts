import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import type { TestApp } from '../helpers/strapi';
import { govFixtures } from '../helpers/gov-fixtures';

export const DOC = 'plugin::normative-docs.normative-document';
export const CHANGE = 'plugin::normative-docs.validity-change';
export const BATCH = 'plugin::normative-docs.cleanup-batch';

let serial = 0;
/** A unique, well-formed 发文字号. */
export const documentNumber = (agency = '道政办发') => `${agency}〔2026〕${++serial}号`;

/** YYYY-MM-DD `days` from `now` in Asia/Shanghai. */
export const shanghaiDate = (now: Date, days = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    new Date(now.getTime() + days * 86_400_000),
  );

/** 规范性文件 and 清理批次 fixtures through the document service (every middleware runs). */
export const ndFixtures = (
  app: TestApp,
  ctx: { column: { documentId: string }; department: { documentId: string } },
) => {
  const docs = (uid: string) => app.strapi.documents(uid as never) as any;
  const gov = govFixtures(app);
  return {
    data(data: Record<string, unknown> = {}) {
      return {
        title: `规范性文件 ${++serial}`,
        column: ctx.column.documentId,
        department: ctx.department.documentId,
        disclosure: { documentNumber: documentNumber(), topic: 'general-government-affairs' },
        ...data,
      };
    },
    async document(data: Record<string, unknown> = {}, { publish = true } = {}) {
      const d = await docs(DOC).create({ data: this.data(data) });
      if (publish) await gov.approveAndPublish(DOC, d.documentId);
      return d as { documentId: string; title: string };
    },
    async batch(data: Record<string, unknown>, { publish = false } = {}) {
      const b = await docs(BATCH).create({
        data: { title: `清理批次 ${++serial}`, decisionNumber: documentNumber('道政发'), ...data },
      });
      if (publish) await docs(BATCH).publish({ documentId: b.documentId });
      return b as { documentId: string };
    },
    /** Validity of every row (draft, published, each locale) of a document. */
    async validities(documentId: string): Promise<string[]> {
      const rows = await app.strapi.db.query(DOC).findMany({ where: { documentId }, select: ['validity'] });
      return [...new Set(rows.map((r: any) => r.validity as string))];
    },
    history(documentId: string): Promise<any[]> {
      return app.strapi.db
        .query(CHANGE)
        .findMany({ where: { document: documentId }, orderBy: [{ id: 'asc' }] });
    },
    /** Simulates time passing: sets 有效期至 on every row, bypassing the rules (as a past entry would be). */
    async backdateValidUntil(documentId: string, validUntil: string) {
      await app.strapi.db.query(DOC).updateMany({ where: { documentId }, data: { validUntil } });
    },
  };
};

/** Grants actions to an admin role (what gov-core's role provisioning will do for 网站管理员). */
export const grantToRole = async (app: TestApp, code: string, actions: string[]) => {
  const role = await app.strapi.db
    .query('admin::role')
    .findOne({ where: { code }, populate: ['permissions'] });
  const have = new Set((role.permissions ?? []).map((p: any) => p.action));
  const missing = actions.filter((a) => !have.has(a));
  if (missing.length) {
    await app.strapi.service('admin::role').addPermissions(
      role.id,
      missing.map((action) => ({ action, subject: null, conditions: [], properties: {} })),
    );
  }
};

/**
 * A second Strapi instance in its own process on the same database (two instances in one process would share
 * `global.strapi`). It boots, prints `ready`, then runs the expiry job for each `run <ISO instant>` line on
 * stdin and prints the result as one JSON line.
 */
export class SecondInstance {
  private child!: ChildProcessWithoutNullStreams;
  private lines!: AsyncIterableIterator<string>;

  static async start(env: Record<string, string>) {
    const instance = new SecondInstance();
    const tsx = require.resolve('tsx/cli', { paths: [path.resolve(__dirname, '../..')] });
    instance.child = spawn(process.execPath, [tsx, __filename, '--second-instance'], {
      cwd: path.resolve(__dirname, '../..'),
      env: { ...process.env, ...env, NODE_ENV: 'test', CRON_ENABLED: 'false' },
    });
    let stderr = '';
    instance.child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    instance.lines = readline.createInterface({ input: instance.child.stdout })[Symbol.asyncIterator]();
    const first = await instance.next();
    if (first !== 'ready') throw new Error(`second instance did not boot: ${first} ${stderr}`);
    return instance;
  }

  private async next(): Promise<string> {
    for (;;) {
      const { value, done } = await this.lines.next();
      if (done) throw new Error('second instance exited');
      if (value.startsWith('@@')) return value.slice(2);
    }
  }

  async runExpiry(now: Date): Promise<any> {
    this.child.stdin.write(`run ${now.toISOString()}\n`);
    return JSON.parse(await this.next());
  }

  async stop() {
    this.child.stdin.write('exit\n');
    await new Promise((resolve) => this.child.once('exit', resolve));
  }
}

const secondInstanceMain = async () => {
  const { bootApp } = await import('../../scripts/boot');
  const strapi = await bootApp();
  const say = (line: string) => process.stdout.write(`@@${line}\n`);
  say('ready');
  for await (const line of readline.createInterface({ input: process.stdin })) {
    if (line.startsWith('run ')) {
      try {
        const result = await strapi
          .plugin('normative-docs')
          .service('expiry')
          .run({ now: new Date(line.slice(4)) });
        say(JSON.stringify(result));
      } catch (e) {
        say(JSON.stringify({ error: String((e as Error).message) }));
      }
    } else if (line === 'exit') break;
  }
  await strapi.destroy();
  process.exit(0);
};

if (process.argv.includes('--second-instance')) {
  secondInstanceMain().catch((e) => {
    process.stderr.write(String(e?.stack ?? e));
    process.exit(1);
  });
}
