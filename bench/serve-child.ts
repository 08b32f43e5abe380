// The child side of bench/serve.ts: listen on a free loopback port, print {"port": …}, serve until stdin closes.
import fs from 'node:fs';
import inspector from 'node:inspector/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Core } from '@strapi/strapi';

/**
 * Serves the booted app until the bench closes stdin (or SIGTERM), then destroys it and removes `dir`.
 * BENCH_CPU_PROF=<dir>: a V8 CPU profile of serving only (boot and seeding left out), <dir>/<name>.cpuprofile.
 */
export const serveUntilStdinCloses = async (strapi: Core.Strapi, name: string, dir: string) => {
  strapi.server.mount();
  await new Promise<void>((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', () => resolve()));
  const { port } = strapi.server.httpServer.address() as AddressInfo;
  const profDir = process.env.BENCH_CPU_PROF;
  const session = profDir ? new inspector.Session() : null;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  console.log(JSON.stringify({ port }));
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    if (session && profDir) {
      const { profile } = await session.post('Profiler.stop');
      fs.mkdirSync(profDir, { recursive: true });
      fs.writeFileSync(path.join(profDir, `${name}.cpuprofile`), JSON.stringify(profile));
    }
    await strapi.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  };
  process.stdin.resume();
  process.stdin.on('end', stop);
  process.on('SIGTERM', stop);
};
