// chinese-variants bench, in one fresh process: boots the app on a temporary SQLite file, seeds 25 published
// articles of ~2,000 characters (cut from the Dao County page), listens on a free loopback port and measures
// (1) list throughput as zh-Hans vs zh-Hant with autocannon, alternating, same settings;
// (2) raw conversion speed of the Dao County page: the plugin's converter on its cache-miss path vs plain
//     opencc-js. Prints one JSON line.
import fs from 'node:fs';
import inspector from 'node:inspector/promises';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { Converter } from 'opencc-js';
import { ChineseConverter } from '../plugins/chinese-variants/server/src/domain';
import { makeUscc } from '../plugins/gov-core/server/src/domain/organization-code';

const ARTICLE = 'plugin::gov-core.article';
const PAGE = fs.readFileSync(
  path.resolve(__dirname, '../seeds/data/chinese-variants/dao-county-2017-zhengwu-gongkai-yaodian.txt'),
  'utf8',
);
const DURATION = Number(process.env.BENCH_SECONDS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
const CONNECTIONS = 10;

/** ~2,000 characters of the page as HTML paragraphs, starting at a different paragraph for each article. */
const articleBody = (i: number) => {
  const paragraphs = PAGE.split('\n').filter((line) => line.trim() !== '');
  let html = '';
  let chars = 0;
  for (let k = i; chars < 2000; k++) {
    const p = paragraphs[k % paragraphs.length];
    html += `<p>${p}</p>\n`;
    chars += p.length;
  }
  return html;
};

const requestsPerSecond = async (url: string, duration = DURATION) => {
  const result = await autocannon({ url, connections: CONNECTIONS, duration, pipelining: 1 });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result.requests.average;
};

const mbPerSecond = (convert: (text: string) => string, text: string, seconds = 1.5) => {
  const bytes = Buffer.byteLength(text);
  let n = 0;
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < seconds * 1000) {
    convert(text);
    n++;
    elapsed = performance.now() - t0;
  }
  return (bytes * n) / 1e6 / (elapsed / 1000);
};

const main = async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-cv-'));
  Object.assign(process.env, {
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: path.join(dir, 'bench.db'),
    NODE_ENV: 'test',
    CRON_ENABLED: 'false',
    // Only what the measured path needs (gov-core's routes, this plugin), like the boot bench's PORTAL_PLUGINS.
    PORTAL_PLUGINS: process.env.PORTAL_PLUGINS ?? 'gov-core,chinese-variants',
  });
  const { bootApp } = await import('../scripts/boot');
  const strapi = await bootApp();
  strapi.server.mount();
  await new Promise<void>((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', () => resolve()));
  const { port } = strapi.server.httpServer.address() as AddressInfo;

  const docs = (uid: string) => strapi.documents(uid as never) as any;
  const publish = async (uid: string, documentId: string) => {
    const reviews = strapi.plugin('gov-core').service('reviews') as any;
    if (uid === ARTICLE && reviews?.decide) {
      await reviews.decide({ uid, documentId, decision: 'approve', comment: '基准测试' }, null);
    }
    await docs(uid).publish({ documentId });
  };
  const dept = await docs('plugin::gov-core.department').create({
    data: {
      name: '道县人民政府办公室',
      code: 'zfb',
      organizationCode: makeUscc({ divisionCode: '431124', orgCodeBody: 'MB123456' }),
      kind: 'department',
    },
  });
  await publish('plugin::gov-core.department', dept.documentId);
  const column = await docs('plugin::gov-core.column').create({
    data: { name: '政务公开', slug: 'zwgk', kind: 'articles' },
  });
  await publish('plugin::gov-core.column', column.documentId);
  for (let i = 0; i < 25; i++) {
    const a = await docs(ARTICLE).create({
      data: {
        title: `道县2017年政务公开工作要点（${i + 1}）`,
        summary: PAGE.slice(i * 40, i * 40 + 120),
        body: articleBody(i),
        source: '道县人民政府办公室',
        column: column.documentId,
        department: dept.documentId,
        disclosure: {
          publisher: dept.documentId,
          writtenAt: '2017-05-05',
          documentNumber: `道政办发〔2017〕${i + 1}号`,
        },
      },
    });
    await publish(ARTICLE, a.documentId);
  }

  const base = `http://127.0.0.1:${port}/api/gov-core/articles?pageSize=25`;
  const urls = { hans: base, hant: `${base}&locale=zh-Hant` };
  // Warm-up: JIT, SQLite page cache, the conversion caches (what "warm" means).
  await requestsPerSecond(urls.hans, 2);
  await requestsPerSecond(urls.hant, 2);
  const hans: number[] = [];
  const hant: number[] = [];
  // ABBA order, so that a drift in the machine's load hits both sides alike; ratios are taken per round.
  for (let r = 0; r < ROUNDS; r++) {
    if (r % 2 === 0) {
      hans.push(await requestsPerSecond(urls.hans));
      hant.push(await requestsPerSecond(urls.hant));
    } else {
      hant.push(await requestsPerSecond(urls.hant));
      hans.push(await requestsPerSecond(urls.hans));
    }
  }
  // BENCH_CPU_PROF=<dir>: one V8 CPU profile of serving each variant (<dir>/zh-Hans.cpuprofile, zh-Hant…).
  const profDir = process.env.BENCH_CPU_PROF;
  if (profDir) {
    fs.mkdirSync(profDir, { recursive: true });
    const session = new inspector.Session();
    session.connect();
    await session.post('Profiler.enable');
    for (const [name, url] of [
      ['zh-Hans', urls.hans],
      ['zh-Hant', urls.hant],
    ]) {
      await session.post('Profiler.start');
      await requestsPerSecond(url);
      const { profile } = await session.post('Profiler.stop');
      fs.writeFileSync(path.join(profDir, `${name}.cpuprofile`), JSON.stringify(profile));
    }
    session.disconnect();
  }
  await strapi.destroy();
  fs.rmSync(dir, { recursive: true, force: true });

  // Raw conversion: the plugin's converter with its cache disabled (every call is a miss: guards, built-in
  // overrides, OpenCC) vs plain opencc-js on the same text, alternated.
  const plugin = new ChineseConverter({ cacheMaxBytes: 0 });
  const pluginConvert = plugin.textConverter('zh-Hant');
  const plain = Converter({ from: 'cn', to: 'tw' });
  pluginConvert(PAGE);
  plain(PAGE);
  const pluginMbps: number[] = [];
  const plainMbps: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    plainMbps.push(mbPerSecond(plain, PAGE));
    pluginMbps.push(mbPerSecond(pluginConvert, PAGE));
  }
  console.log(JSON.stringify({ hans, hant, pluginMbps, plainMbps, pageBytes: Buffer.byteLength(PAGE) }));
};

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
