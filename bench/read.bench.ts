import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import autocannon from 'autocannon';
import { writeBareApp } from './bare-app';
import { APP_DIR, median } from './lib';
import { READ_QUERY } from './read-content';

const DURATION = Number(process.env.BENCH_SECONDS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const CONNECTIONS = 10;

interface Server {
  child: ChildProcess;
  base: string;
}

/**
 * Starts read-child.ts for one app and resolves once it listens. BENCH_CPU_PROF=<dir> writes a V8 CPU profile
 * of each server's serving (<dir>/ours.cpuprofile, bare.cpuprofile) when it stops.
 */
const startServer = (app: 'ours' | 'bare'): Promise<Server> =>
  new Promise((resolve, reject) => {
    const args = ['--require', 'tsx/cjs', path.join(__dirname, 'read-child.ts')];
    const child = spawn(process.execPath, args, {
      cwd: APP_DIR,
      env: { ...process.env, BENCH_APP: app, LOG_LEVEL: 'error' },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (!line.startsWith('{"port"')) return;
      const { port } = JSON.parse(line) as { port: number };
      resolve({ child, base: `http://127.0.0.1:${port}` });
    });
    child.on('exit', (code) => reject(new Error(`read-child ${app} exited (${code}) before listening`)));
  });

const stopServer = (server: Server) =>
  new Promise<void>((resolve) => {
    server.child.removeAllListeners('exit');
    server.child.on('exit', () => resolve());
    server.child.stdin!.end();
  });

/** CPU time (user + system) the server process has used, in ms (Linux /proc, 100 ticks a second). */
const cpuMs = (server: Server) => {
  const fields = fs.readFileSync(`/proc/${server.child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

/** req/s, and the server's CPU time per request (µs): the steadier figure on a shared machine. */
const measure = async (server: Server, url: string, duration = DURATION) => {
  const before = cpuMs(server);
  const result = await autocannon({ url, connections: CONNECTIONS, duration, pipelining: 1 });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, cpuUs: ((cpuMs(server) - before) * 1000) / result.requests.total };
};

const titles = async (url: string) => {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { data: { title: string }[] };
  return body.data.map((a) => a.title);
};

type Side = [Server, string];
type Ratio = { a: number; b: number; ratio: number; cpuA: number; cpuB: number; cpuRatio: number };

/**
 * Measures a ÷ b over ROUNDS rounds in ABBA order (a drift in the machine's load hits both sides alike):
 * throughput, and the inverse ratio of server CPU time per request.
 */
const ratioOf = async ([sa, a]: Side, [sb, b]: Side): Promise<Ratio> => {
  await measure(sa, a, 2);
  await measure(sb, b, 2);
  const as: { rps: number; cpuUs: number }[] = [];
  const bs: { rps: number; cpuUs: number }[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    if (r % 2 === 0) {
      as.push(await measure(sa, a));
      bs.push(await measure(sb, b));
    } else {
      bs.push(await measure(sb, b));
      as.push(await measure(sa, a));
    }
  }
  return {
    a: median(as.map((x) => x.rps)),
    b: median(bs.map((x) => x.rps)),
    ratio: median(as.map((x, i) => x.rps / bs[i].rps)),
    cpuA: median(as.map((x) => x.cpuUs)),
    cpuB: median(bs.map((x) => x.cpuUs)),
    cpuRatio: median(as.map((x, i) => bs[i].cpuUs / x.cpuUs)),
  };
};

const line = (name: string, r: Ratio, target: string) =>
  console.log(
    `${name}: ${r.ratio.toFixed(3)} (${target}; ${r.a.toFixed(0)} vs ${r.b.toFixed(0)} req/s, median of ${ROUNDS} rounds); ` +
      `by server CPU per request ${r.cpuRatio.toFixed(3)} (${r.cpuA.toFixed(0)} vs ${r.cpuB.toFixed(0)} µs)`,
  );

/**
 * Read throughput as ratios, both apps booted in this run on SQLite, autocannon with 10 connections, the same
 * duration and a warm-up for each side:
 * - our article list with a Strapi query ÷ the bare Strapi `api::article` core route with the same query and
 *   content (target ≥ 0.9);
 * - the same list in zh-Hant ÷ zh-Hans on our route (target ≥ 0.95);
 * - a static JSON route of ours (/api/gov-core/labels) ÷ Strapi's /_health (global overhead per request).
 * Each ratio is also given by server CPU time per request (b's ÷ a's, so that higher is better as well):
 * on a shared, loaded machine it moves far less than req/s.
 */
export default async function readBench() {
  writeBareApp();
  const ours = await startServer('ours');
  const bare = await startServer('bare').catch(async (e) => {
    await stopServer(ours);
    throw e;
  });
  try {
    const oursList = `${ours.base}/api/gov-core/articles?${READ_QUERY}`;
    const bareList = `${bare.base}/api/articles?${READ_QUERY}`;
    const [o, b] = [await titles(oursList), await titles(bareList)];
    const same = JSON.stringify(o) === JSON.stringify(b);
    console.log(`query: ?${decodeURIComponent(READ_QUERY)}`);
    console.log(
      same
        ? `both routes answer the same ${o.length} articles in the same order`
        : `NOTE: the routes answer different lists (ours ${o.length}: ${o.join('、')}; bare ${b.length}: ${b.join('、')}) — ` +
            'our route does not apply the whole query yet, so the ratio compares unlike work',
    );
    line(
      'article list, ours ÷ bare Strapi api:: route',
      await ratioOf([ours, oursList], [bare, bareList]),
      'target ≥ 0.9',
    );
    line(
      'article list zh-Hant ÷ zh-Hans (ours)',
      await ratioOf([ours, `${oursList}&locale=zh-Hant`], [ours, oursList]),
      'target ≥ 0.95',
    );
    line(
      'static JSON /api/gov-core/labels ÷ /_health (ours)',
      await ratioOf([ours, `${ours.base}/api/gov-core/labels`], [ours, `${ours.base}/_health`]),
      'no target: global overhead, 690 ÷ 2,900 = 0.24 in issue #13',
    );
    line(
      'static JSON /api/gov-core/labels (ours) ÷ /_health (bare)',
      await ratioOf([ours, `${ours.base}/api/gov-core/labels`], [bare, `${bare.base}/_health`]),
      'no target',
    );
  } finally {
    await stopServer(ours);
    await stopServer(bare);
  }
}
