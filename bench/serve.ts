// What the throughput benches share: a benchmark server in its own process (so the load generator does not share
// its thread), autocannon against it, and the server's CPU time per request read from /proc.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import autocannon from 'autocannon';
import { APP_DIR, median } from './lib';

const DURATION = Number(process.env.BENCH_SECONDS ?? 3);
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const CONNECTIONS = 10;

export interface Server {
  child: ChildProcess;
  base: string;
}

/**
 * Starts a bench server script (it prints {"port": …} once it listens and stops when its stdin closes) and
 * resolves once it listens.
 */
export const startServer = (script: string, env: Record<string, string> = {}): Promise<Server> =>
  new Promise((resolve, reject) => {
    const args = ['--require', 'tsx/cjs', path.join(__dirname, script)];
    const child = spawn(process.execPath, args, {
      cwd: APP_DIR,
      env: { ...process.env, LOG_LEVEL: 'error', ...env },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (!line.startsWith('{"port"')) return;
      const { port } = JSON.parse(line) as { port: number };
      resolve({ child, base: `http://127.0.0.1:${port}` });
    });
    child.on('exit', (code) => reject(new Error(`${script} exited (${code}) before listening`)));
  });

export const stopServer = (server: Server) =>
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
export const measure = async (server: Server, url: string, duration = DURATION) => {
  const before = cpuMs(server);
  const result = await autocannon({ url, connections: CONNECTIONS, duration, pipelining: 1 });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, cpuUs: ((cpuMs(server) - before) * 1000) / result.requests.total };
};

export const titles = async (url: string) => {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { data: { title: string }[] };
  return body.data.map((a) => a.title);
};

export type Side = [Server, string];
export type Ratio = { a: number; b: number; ratio: number; cpuA: number; cpuB: number; cpuRatio: number };

/**
 * Measures a ÷ b over ROUNDS rounds in ABBA order (a drift in the machine's load hits both sides alike):
 * throughput, and the inverse ratio of server CPU time per request.
 */
export const ratioOf = async ([sa, a]: Side, [sb, b]: Side): Promise<Ratio> => {
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
