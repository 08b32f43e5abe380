// One measured import of a generated 权力清单 spreadsheet (BENCH_ROWS rows, default 10,000) into the database
// the environment points at (DATABASE_CLIENT / DATABASE_FILENAME / DATABASE_URL).
// Prints {"rows": …, "bytes": …, "dryRunMs": …, "importMs": …, "stored": …}.
import fs from 'node:fs';
import inspector from 'node:inspector/promises';
import { performance } from 'node:perf_hooks';
import { makeUscc } from '../plugins/gov-core/server/src/domain/organization-code';
import {
  CATEGORY_KEYS,
  writePowerListFile,
  type PowerListRow,
} from '../plugins/power-list/server/src/domain';

const ROWS = Number(process.env.BENCH_ROWS ?? 10000);

const rows = (department: string): PowerListRow[] =>
  Array.from({ length: ROWS }, (_, i) => {
    const category = CATEGORY_KEYS[i % CATEGORY_KEYS.length];
    return {
      code: null,
      name: `基准测试权力事项第${i + 1}项`,
      category,
      legalBasis: `《基准测试条例》第${(i % 90) + 1}条\n《基准测试实施办法》第${(i % 40) + 1}条`,
      department,
      responsibilities: [
        { stage: 'acceptance', duty: '依法受理申请，一次性告知需要补正的材料' },
        { stage: 'decision', duty: '在法定期限内作出决定' },
        { stage: 'supervision', duty: '加强事中事后监管' },
      ],
      accountability: [
        { situation: '不履行或不正确履行职责的', basis: '《行政机关公务员处分条例》第二十条' },
        { situation: '其他违反法律法规规章规定的行为', basis: '' },
      ],
      remark: i % 7 === 0 ? '含子项' : null,
    };
  });

const main = async () => {
  process.env.NODE_ENV = 'test';
  const { bootApp } = await import('../scripts/boot');
  const strapi = await bootApp();
  const docs = (uid: string) => strapi.documents(uid as never) as any;
  const dept = await docs('plugin::gov-core.department').create({
    data: {
      name: '道县基准测试局',
      code: 'bench',
      organizationCode: makeUscc({ divisionCode: '431124', orgCodeBody: 'B0000002' }),
      kind: 'department',
    },
  });
  await docs('plugin::gov-core.department').publish({ documentId: dept.documentId });
  const column = await docs('plugin::gov-core.column').create({
    data: {
      name: '权责清单',
      slug: 'bench-qzqd',
      kind: 'thematic',
      contentType: 'plugin::power-list.power-item',
    },
  });
  await docs('plugin::gov-core.column').publish({ documentId: column.documentId });

  const file = await writePowerListFile(rows('道县基准测试局'), 'xlsx');
  const importer = strapi.plugin('power-list').service('spreadsheet');
  let t0 = performance.now();
  await importer.importFile(file, { dryRun: true, filename: 'bench.xlsx' });
  const dryRunMs = performance.now() - t0;
  // BENCH_CPU_PROF=<file>: a V8 CPU profile of the import (not the dry run).
  const session = process.env.BENCH_CPU_PROF ? new inspector.Session() : null;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  t0 = performance.now();
  const result = await importer.importFile(file, {
    filename: 'bench.xlsx',
    onProgress: (done: number, total: number) => {
      if (process.env.BENCH_PROGRESS && done % 1000 === 0)
        console.error(`${done}/${total} ${Math.round(performance.now() - t0)} ms`);
    },
  });
  const importMs = performance.now() - t0;
  if (session) {
    const { profile } = await session.post('Profiler.stop');
    fs.writeFileSync(process.env.BENCH_CPU_PROF!, JSON.stringify(profile));
  }
  const stored = await strapi.db.query('plugin::power-list.power-item').count();
  console.log(JSON.stringify({ rows: result.created, bytes: file.length, dryRunMs, importMs, stored }));
  // No strapi.destroy(): Strapi's event hub may still be delivering the 10,000 `entry.create` events, and
  // destroying the pool under them rejects their pending connections. The parent drops the database.
  process.exit(0);
};
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
