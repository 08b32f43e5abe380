// chinese-variants bench child, in a fresh process. BENCH_MODE=serve: boots the app on a temporary SQLite file,
// seeds 25 published articles of ~2,000 characters (cut from the Dao County page), listens on a free loopback
// port, prints {"port": …} and serves until its stdin closes — the bench measures it from its own process.
// BENCH_MODE=convert: the raw conversion speed of the Dao County page, the plugin's converter on its cache-miss
// path vs plain opencc-js; prints one JSON line.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Converter } from 'opencc-js';
import { ChineseConverter } from '../plugins/chinese-variants/server/src/domain';
import { makeUscc } from '../plugins/gov-core/server/src/domain/organization-code';
import { bootApp } from '../scripts/boot';
import { serveUntilStdinCloses } from './serve-child';

const ARTICLE = 'plugin::gov-core.article';
const PAGE = fs.readFileSync(
  path.resolve(__dirname, '../seeds/data/chinese-variants/dao-county-2017-zhengwu-gongkai-yaodian.txt'),
  'utf8',
);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);

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

/** Boots, seeds and serves until stdin closes (BENCH_CPU_PROF=<dir>: a profile of serving, <dir>/server.cpuprofile). */
const serve = async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-cv-'));
  Object.assign(process.env, {
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: path.join(dir, 'bench.db'),
    NODE_ENV: 'test',
    CRON_ENABLED: 'false',
    // Only what the measured path needs (gov-core's routes, this plugin), like the boot bench's PORTAL_PLUGINS.
    PORTAL_PLUGINS: process.env.PORTAL_PLUGINS ?? 'gov-core,chinese-variants',
  });
  const strapi = await bootApp();
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

  await serveUntilStdinCloses(strapi, 'server', dir);
};

/**
 * Raw conversion: the plugin's converter with its cache disabled (every call is a miss: guards, built-in
 * overrides, OpenCC) vs plain opencc-js on the same text, alternated.
 */
const convert = () => {
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
  console.log(JSON.stringify({ pluginMbps, plainMbps, pageBytes: Buffer.byteLength(PAGE) }));
};

const main = async () => {
  if (process.env.BENCH_MODE === 'serve') await serve();
  else convert();
};

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
