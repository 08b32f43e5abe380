/**
 * Valid create data for every registered column type (department and column given) and a harmless edit. A new
 * column type adds its entry here, so the matrices that iterate the registry cover it.
 */
export interface SampleRefs {
  column: { documentId: string };
  station?: { documentId: string };
  township: { documentId: string };
  /** A PPP project of each department (by department documentId): a 实施情况 belongs to one of its own. */
  pppProjects?: Record<string, string>;
  /** A draft 预决算报告 of each department (by department documentId): a budget line belongs to one of its own. */
  budgetReports?: Record<string, string>;
}

export type Sample = {
  create: (dept: { documentId: string }, title: string) => Record<string, unknown>;
  edit: Record<string, unknown>;
};

let serial = 0;
const unique = () => (serial += 1);

export const columnSamples = (refs: () => SampleRefs): Record<string, Sample> => ({
  'plugin::gov-core.article': {
    create: (dept, title) => ({ title, column: refs().column.documentId, department: dept.documentId }),
    edit: { title: '改过的标题' },
  },
  'plugin::normative-docs.normative-document': {
    create: (dept, title) => ({
      title,
      column: refs().column.documentId,
      department: dept.documentId,
      disclosure: { documentNumber: `道政办发〔2026〕${unique()}号` },
    }),
    edit: { title: '改过的标题' },
  },
  'plugin::environment.air-station': {
    create: (dept, title) => ({
      name: `${title}${unique()}`,
      code: `st-${process.pid}-${unique()}`,
      column: refs().column.documentId,
      department: dept.documentId,
    }),
    edit: { address: '道县城区' },
  },
  'plugin::environment.air-observation': {
    create: (dept) => ({
      station: refs().station?.documentId,
      observedAt: new Date(Date.UTC(2024, 0, 1, 0) + unique() * 3600_000).toISOString(),
      averaging: '1h',
      pm25: 30,
      column: refs().column.documentId,
      department: dept.documentId,
    }),
    edit: { pm25: 31 },
  },
  'plugin::environment.air-forecast': {
    create: (dept, title) => ({
      date: `2024-03-${String((unique() % 28) + 1).padStart(2, '0')}`,
      region: `${title}${unique()}`,
      aqiLow: 40,
      aqiHigh: 80,
      column: refs().column.documentId,
      department: dept.documentId,
    }),
    edit: { advice: '适宜户外活动' },
  },
  'plugin::environment.water-quality-report': {
    create: (dept, title) => ({
      township: refs().township.documentId,
      quarter: '2024Q1',
      sourceType: 'tap',
      siteName: `${title}${unique()}`,
      results: [{ indicator: 'turbidity', value: 0.5 }],
      column: refs().column.documentId,
      department: dept.documentId,
    }),
    edit: { notes: '复检合格' },
  },
  'plugin::environment.polluter-report': {
    create: (dept, title) => ({
      company: `${title}${unique()}`,
      period: '2024Q1',
      pollutants: [
        { pollutant: 'COD', dischargeMode: '间歇排放', concentration: 30, limit: 50, unit: 'mg/L' },
      ],
      column: refs().column.documentId,
      department: dept.documentId,
    }),
    edit: { notes: '按季度公开' },
  },
  'plugin::power-list.power-item': {
    create: (dept, title) => ({
      name: `${title}${unique()}`,
      category: 'licensing',
      legalBasis: '<p>《中华人民共和国行政许可法》第十二条</p>',
      column: refs().column.documentId,
      department: dept.documentId,
    }),
    edit: { undertaker: '行政审批股' },
  },
  'plugin::ppp.ppp-project': {
    create: (dept, title) => pppProjectData(dept, title, refs().column),
    edit: { location: '道县濂溪街道' },
  },
  'plugin::ppp.ppp-update': {
    create: (dept, title) => ({
      title,
      project: refs().pppProjects?.[dept.documentId] ?? null,
      period: String(2000 + (unique() % 25)),
      progress: '<p>按计划推进。</p>',
      percentComplete: 40,
      column: refs().column.documentId,
      department: dept.documentId,
    }),
    edit: { note: '补充说明' },
  },
  'plugin::budget.budget-report': {
    create: (dept, title) => ({ ...budgetReportData(dept, refs().column), title }),
    edit: { reviewStatement: '本报告已经保密审查，单位负责人审签。' },
  },
  // A line is public only with its (published) report, and frozen while the report is published.
  'plugin::budget.budget-line': {
    create: (dept, title) => ({
      report: refs().budgetReports?.[dept.documentId] ?? null,
      tableKey: 'summary',
      position: unique(),
      item: title,
      amount: '1000030',
      column: refs().column.documentId,
      department: dept.documentId,
    }),
    edit: { note: '补充说明' },
  },
});

/** The tables a 预决算报告 sample declares empty, so that it may be published without importing any. */
const BUDGET_TABLES = [
  'summary',
  'income',
  'expenditure',
  'appropriation',
  'general-function',
  'general-economic',
  'fund-function',
  'state-capital-function',
];

/**
 * Valid, publishable data of a 预决算报告: one per department, year and kind, so every call takes another
 * year (1949–2025, then the other kind); every table declared empty with its note, 三公经费 all 0 both years.
 */
export const budgetReportData = (dept: { documentId: string }, column: { documentId: string }) => {
  const n = unique();
  // 77 years (1949–2025, 批复 the next year, not after today) × 2 kinds: 154 reports per department before a repeat.
  const year = 1949 + (n % 77);
  return {
    year,
    kind: n % 154 < 77 ? 'final-account' : 'budget',
    unit: 'yuan',
    approvedAt: `${year + 1}-06-30`,
    reviewStatement: '本报告已经保密审查，单位负责人审签。',
    threePublicFunds: Object.fromEntries(
      ['abroad', 'vehiclePurchase', 'vehicleOperation', 'reception'].flatMap((p) => [
        [p, 0],
        [`lastYear${p[0].toUpperCase()}${p.slice(1)}`, 0],
      ]),
    ),
    tableNotes: BUDGET_TABLES.map((table) => ({ table, note: '本部门无此项收支，故本表为空表。' })),
    column: column.documentId,
    department: dept.documentId,
  };
};

/**
 * A draft 预决算报告 in each department, for the budget-line samples (`refs.budgetReports`); nothing when the
 * budget plugin is not enabled.
 */
export const budgetReportsFor = async (
  strapi: { documents: (uid: never) => any; plugin: (id: string) => any },
  departments: { documentId: string }[],
  column: { documentId: string },
): Promise<Record<string, string>> => {
  const out: Record<string, string> = {};
  if (!strapi.plugin('budget')) return out;
  for (const dept of departments) {
    const report = await strapi
      .documents('plugin::budget.budget-report' as never)
      .create({ data: { ...budgetReportData(dept, column), year: 2025, approvedAt: '2025-03-01' } });
    out[dept.documentId] = report.documentId;
  }
  return out;
};

/** Valid data of a PPP project (财金〔2021〕110号, 识别 stage). */
export const pppProjectData = (
  dept: { documentId: string },
  name: string,
  column: { documentId: string },
) => ({
  name: `${name}${unique()}`,
  code: `ppp-${process.pid}-${unique()}`,
  edition: 'caijin-2021',
  location: '道县城区',
  scope: '<p>新建道路3公里。</p>',
  investment: 1200.5,
  sector: 'transport',
  operationMode: 'bot',
  stage: 'identification',
  column: column.documentId,
  department: dept.documentId,
});

/**
 * One published PPP project in each department, for the 实施情况 samples (`refs.pppProjects`); nothing when the
 * ppp plugin is not enabled.
 */
export const pppProjectsFor = async (
  strapi: { documents: (uid: never) => any; plugin: (id: string) => any },
  departments: { documentId: string }[],
  column: { documentId: string },
): Promise<Record<string, string>> => {
  const out: Record<string, string> = {};
  if (!strapi.plugin('ppp')) return out;
  for (const dept of departments) {
    const project = await strapi
      .documents('plugin::ppp.ppp-project' as never)
      .create({ data: pppProjectData(dept, '样例项目', column) });
    await strapi.plugin('gov-core').service('reviews').decide(
      {
        uid: 'plugin::ppp.ppp-project',
        documentId: project.documentId,
        decision: 'approve',
        comment: '测试',
      },
      null,
    );
    await strapi.documents('plugin::ppp.ppp-project' as never).publish({ documentId: project.documentId });
    out[dept.documentId] = project.documentId;
  }
  return out;
};

/**
 * One item of every registered column type in department A (`甲部门-<type>`) and one in B (`乙部门机密-<type>`), for
 * the scope matrices: B's titles and documentIds are pushed to `secrets` (strings no A caller may ever see).
 */
export const itemsInTwoDepartments = async (
  strapi: { documents: (uid: never) => any; plugin: (id: string) => any },
  samples: Record<string, Sample>,
  deptA: { documentId: string },
  deptB: { documentId: string },
  {
    itemsA,
    itemsB,
    secrets,
    adjustB = (_uid, data) => data,
  }: {
    itemsA: Record<string, any>;
    itemsB: Record<string, any>;
    secrets: string[];
    adjustB?: (uid: string, data: Record<string, unknown>) => Record<string, unknown>;
  },
): Promise<string[]> => {
  const uids = strapi.plugin('gov-core').service('column-registry').uids() as string[];
  for (const uid of uids) {
    const short = uid.split('.').pop();
    if (!samples[uid]) throw new Error(`tests/helpers/column-samples.ts has no sample for ${uid}`);
    itemsA[uid] = await strapi
      .documents(uid as never)
      .create({ data: samples[uid].create(deptA, `甲部门-${short}`) });
    itemsB[uid] = await strapi
      .documents(uid as never)
      .create({ data: adjustB(uid, samples[uid].create(deptB, `乙部门机密-${short}`)) });
    secrets.push(`乙部门机密-${short}`, itemsB[uid].documentId);
  }
  return uids;
};
