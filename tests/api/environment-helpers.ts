import { govFixtures } from '../helpers/gov-fixtures';
import type { TestApp } from '../helpers/strapi';

export const ENV = {
  station: 'plugin::environment.air-station',
  observation: 'plugin::environment.air-observation',
  forecast: 'plugin::environment.air-forecast',
  water: 'plugin::environment.water-quality-report',
  polluter: 'plugin::environment.polluter-report',
} as const;

/** 环保局, two townships, the 环境保护 column and a published station, through the document service. */
export const environmentFixtures = async (app: TestApp) => {
  const fx = govFixtures(app);
  const bureau = await fx.department({ code: 'hbj', name: '永州市生态环境局道县分局' });
  const meihua = await fx.department({ code: 'meihua', name: '梅花镇', kind: 'township' });
  const shouyan = await fx.department({ code: 'shouyan', name: '寿雁镇', kind: 'township' });
  const column = await fx.column({ slug: 'huanjing-baohu', name: '环境保护' });
  const docs = (uid: string) => app.strapi.documents(uid as never) as any;
  const station = async (code: string, name: string, { publish = true } = {}) => {
    const s = await docs(ENV.station).create({
      data: {
        code,
        name,
        township: meihua.documentId,
        latitude: 25.52,
        longitude: 111.6,
        department: bureau.documentId,
        column: column.documentId,
      },
    });
    if (publish) await fx.approveAndPublish(ENV.station, s.documentId);
    return s;
  };
  return { fx, bureau, meihua, shouyan, column, station, docs };
};

/** CSV text from rows of the import's columns. */
export const csv = (
  rows: (string | number)[][],
  header = 'station,observedAt,averaging,so2,no2,pm10,co,o3_1h,o3_8h,pm25',
) => [header, ...rows.map((r) => r.join(','))].join('\n') + '\n';
