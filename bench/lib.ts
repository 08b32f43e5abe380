import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const APP_DIR = path.resolve(__dirname, '..');

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Runs a bench child script in a fresh Node process (fresh module cache) and parses its last JSON line. */
export const runChild = <T>(script: string, env: Record<string, string> = {}): T => {
  const tsx = require.resolve('tsx/cli', { paths: [APP_DIR] });
  const res = spawnSync(process.execPath, [tsx, path.join(__dirname, script)], {
    cwd: APP_DIR,
    env: { ...process.env, LOG_LEVEL: 'error', ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (res.status !== 0) throw new Error(`${script} failed (${res.status}):\n${res.stderr}\n${res.stdout}`);
  // The last JSON line: a log line may follow it (a plugin's late error log while Strapi is destroyed).
  const lines = res.stdout.trim().split('\n');
  const json = [...lines].reverse().find((l) => l.startsWith('{'));
  if (!json) throw new Error(`${script} printed no result:\n${res.stdout}`);
  return JSON.parse(json) as T;
};
