// One measured import of a year of hourly observations for 5 stations (43,800 rows) into the database the
// environment points at (DATABASE_CLIENT / DATABASE_FILENAME / DATABASE_URL). Prints {"rows": …, "ms": …}.
import { performance } from 'node:perf_hooks';
import { makeUscc } from '../plugins/gov-core/server/src/domain/organization-code';

const STATIONS = 5;
const YEAR = 2025;

const yearCsv = () => {
  const lines = ['station,observedAt,averaging,so2,no2,pm10,co,o3_1h,o3_8h,pm25'];
  const pad = (n: number) => String(n).padStart(2, '0');
  for (let s = 1; s <= STATIONS; s++) {
    const start = Date.UTC(YEAR, 0, 1);
    for (let h = 0; h < 365 * 24; h++) {
      const t = new Date(start + h * 3_600_000);
      const at = `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())} ${pad(t.getUTCHours())}:00`;
      const pm25 = 20 + ((h * 7 + s * 13) % 90);
      lines.push(
        `bench-${s},${at},1h,${5 + (h % 9)},${15 + (h % 30)},${Math.round(pm25 * 1.6)},0.${5 + (h % 5)},${30 + (h % 120)},,${pm25}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
};

const main = async () => {
  process.env.NODE_ENV = 'test';
  const { bootApp } = await import('../scripts/boot');
  const strapi = await bootApp();
  const docs = (uid: string) => strapi.documents(uid as never) as any;
  const reviews = strapi.plugin('gov-core').service('reviews') as any;
  const publish = async (uid: string, documentId: string) => {
    if (reviews?.isRequired?.(uid))
      await reviews.decide({ uid, documentId, decision: 'approve', comment: 'bench' }, null);
    await docs(uid).publish({ documentId });
  };
  const dept = await docs('plugin::gov-core.department').create({
    data: {
      name: '环保局',
      code: 'bench-hbj',
      organizationCode: makeUscc({ divisionCode: '431124', orgCodeBody: 'B0000001' }),
      kind: 'department',
    },
  });
  await docs('plugin::gov-core.department').publish({ documentId: dept.documentId });
  const column = await docs('plugin::gov-core.column').create({
    data: { name: '环境保护', slug: 'bench-hjbh', kind: 'articles' },
  });
  await docs('plugin::gov-core.column').publish({ documentId: column.documentId });
  for (let s = 1; s <= STATIONS; s++) {
    const st = await docs('plugin::environment.air-station').create({
      data: { code: `bench-${s}`, name: `点位${s}`, department: dept.documentId, column: column.documentId },
    });
    await publish('plugin::environment.air-station', st.documentId);
  }
  const csv = yearCsv();
  const importer = strapi.plugin('environment').service('observation-import');
  const t0 = performance.now();
  const result = await importer.importObservations(csv, { publish: process.env.BENCH_PUBLISH === 'true' });
  const ms = performance.now() - t0;
  const stored = await strapi.db.query('plugin::environment.air-observation').count();
  await strapi.destroy();
  console.log(JSON.stringify({ rows: result.imported, stored, ms }));
};
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
