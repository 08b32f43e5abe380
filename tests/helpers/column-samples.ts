/**
 * Valid create data for every registered column type (department given, a title-like field carrying `title`),
 * for tests that need one item of each type. A new column type adds its entry here; tests that iterate the
 * column registry fail on a type without one.
 */
export interface SampleContext {
  column: { documentId: string };
  /** A published air station (air observations need one). */
  station: { documentId: string };
  /** A township department (water-quality reports need one). */
  township: { documentId: string };
}

let serial = 0;
const unique = () => (serial += 1);

export const columnSamples = (
  ctx: SampleContext,
): Record<string, (dept: { documentId: string }, title: string) => Record<string, unknown>> => {
  const owned = (dept: { documentId: string }) => ({
    column: ctx.column.documentId,
    department: dept.documentId,
  });
  return {
    'plugin::gov-core.article': (dept, title) => ({ title, ...owned(dept) }),
    'plugin::normative-docs.normative-document': (dept, title) => ({
      title,
      ...owned(dept),
      disclosure: { documentNumber: `道政办发〔2026〕${unique()}号` },
    }),
    'plugin::environment.air-station': (dept, title) => ({
      name: title,
      code: `st-sample-${unique()}`,
      ...owned(dept),
    }),
    'plugin::environment.air-observation': (dept) => ({
      station: ctx.station.documentId,
      observedAt: new Date(Date.UTC(2024, 0, 1, 0) + unique() * 3600_000).toISOString(),
      averaging: '1h',
      pm25: 30,
      ...owned(dept),
    }),
    'plugin::environment.air-forecast': (dept, title) => ({
      date: `2024-03-${String((unique() % 28) + 1).padStart(2, '0')}`,
      region: `${title}${unique()}`,
      aqiLow: 40,
      aqiHigh: 80,
      ...owned(dept),
    }),
    'plugin::environment.water-quality-report': (dept, title) => ({
      township: ctx.township.documentId,
      quarter: '2024Q1',
      sourceType: 'tap',
      siteName: `${title}${unique()}`,
      results: [{ indicator: 'turbidity', value: 0.5 }],
      ...owned(dept),
    }),
    'plugin::environment.polluter-report': (dept, title) => ({
      company: `${title}${unique()}`,
      period: '2024Q1',
      pollutants: [
        { pollutant: 'COD', dischargeMode: '间歇排放', concentration: 30, limit: 50, unit: 'mg/L' },
      ],
      ...owned(dept),
    }),
    'plugin::power-list.power-item': (dept, title) => ({
      name: title,
      category: 'licensing',
      legalBasis: '<p>《中华人民共和国行政许可法》第十二条</p>',
      ...owned(dept),
    }),
  };
};
