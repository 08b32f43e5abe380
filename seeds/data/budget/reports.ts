/**
 * 2017 department budgets and final accounts of Dao County departments: plausible figures (元) that add up —
 * each report's 类 and 款 totals, its summary tables and its 合计 rows are derived from the 项 below when the
 * seed builds the standard tables, so every total is the exact sum of its rows. Departments without 政府性基金 or
 * 国有资本经营 spending publish those tables empty, with the note saying why; one report stays a draft.
 */
export const COLUMN_SLUG = 'yujuesuan';

export interface BudgetSeed {
  department: string;
  year: number;
  kind: 'budget' | 'final-account';
  approvedAt: string;
  description: string;
  /** 项 of the general fund: code, 基本支出, 项目支出 (元). */
  general: [string, number, number][];
  /** 款 of 一般公共预算基本支出 by 经济分类 (元): sums to the general fund's 基本支出. */
  economic: [string, number][];
  /** 项 of 政府性基金预算 (项目支出), if any. */
  fund?: [string, number][];
  threePublicFunds: {
    current: [number, number, number, number];
    lastYear: [number, number, number, number];
    explanation: string;
  };
  agencyOperatingCost: number;
  livelihood?: {
    code: string;
    projectName: string;
    amount: number;
    subsidyStandard: string;
    distributionProcedure: string;
    recipients: string;
    allocationResult: string;
  }[];
  draft?: boolean;
}

const REVIEWED = '本报告已经保密审查，单位主要负责人审签。';
export const REVIEW_STATEMENT = REVIEWED;

export const BUDGET_REPORTS: BudgetSeed[] = [
  {
    department: 'jyj',
    year: 2017,
    kind: 'final-account',
    approvedAt: '2018-08-20',
    description:
      '道县教育局负责全县各级各类教育的统筹规划和协调管理，内设办公室、计划财务股、基础教育股等 12 个股室，下属学校 236 所。',
    general: [
      ['2050101', 6_218_400.5, 0],
      ['2050201', 3_512_000, 860_000],
      ['2050202', 48_630_250.25, 5_200_000],
      ['2050203', 31_204_800, 3_150_000.75],
      ['2050204', 12_560_000, 1_800_000],
      ['2080505', 8_420_300, 0],
      ['2101101', 2_630_500, 0],
      ['2210201', 5_120_000, 0],
    ],
    economic: [
      ['30101', 62_299_750],
      ['30102', 21_480_250.25],
      ['30107', 14_960_000],
      ['30108', 8_420_300],
      ['30311', 5_120_000],
      ['30201', 1_210_400.5],
      ['30211', 486_000],
      ['30231', 42_000],
      ['30217', 18_500],
      ['30299', 2_259_300],
      ['30302', 1_999_750],
    ],
    threePublicFunds: {
      current: [0, 0, 42_000, 18_500],
      lastYear: [0, 150_000, 40_000, 21_000],
      explanation: '上年购置执法执勤用车一辆，本年未购置；严格执行公务接待标准，公务接待费减少 2,500 元。',
    },
    agencyOperatingCost: 1_756_900.5,
    livelihood: [
      {
        code: '2050202',
        projectName: '农村义务教育学生营养改善计划',
        amount: 3_800_000,
        subsidyStandard: '每生每天 4 元，全年按 200 天计',
        distributionProcedure: '学校申报、县教育局审核、县财政局直接拨付学校食堂',
        recipients: '全县农村义务教育阶段在校学生',
        allocationResult: '覆盖 186 所学校、4,750 名学生',
      },
      {
        code: '2050202',
        projectName: '义务教育家庭经济困难寄宿生生活补助',
        amount: 1_400_000,
        subsidyStandard: '小学每生每年 1,000 元',
        distributionProcedure: '学生申请、学校评议公示、县教育局审核、补助资金打卡发放',
        recipients: '家庭经济困难寄宿学生',
        allocationResult: '1,400 名学生',
      },
    ],
  },
  {
    department: 'mzj',
    year: 2017,
    kind: 'final-account',
    approvedAt: '2018-08-20',
    description: '道县民政局负责全县社会救助、社会福利、优抚安置、基层政权和社区建设等工作，内设 8 个股室。',
    general: [
      ['2080201', 1_820_300, 0],
      ['2080505', 612_000, 0],
      ['2081901', 0, 16_850_000],
      ['2081902', 0, 42_360_000.4],
      ['2082001', 0, 2_180_500],
      ['2082101', 0, 1_260_000],
      ['2082102', 0, 7_940_000],
    ],
    economic: [
      ['30101', 1_120_000],
      ['30102', 486_300],
      ['30108', 612_000],
      ['30201', 96_000],
      ['30231', 36_000],
      ['30217', 12_000],
      ['30299', 70_000],
    ],
    threePublicFunds: {
      current: [0, 0, 36_000, 12_000],
      lastYear: [0, 0, 36_000, 12_000],
      explanation: '与上年持平。',
    },
    agencyOperatingCost: 214_000,
    livelihood: [
      {
        code: '2081902',
        projectName: '农村最低生活保障金',
        amount: 42_360_000.4,
        subsidyStandard: '农村低保标准每人每年 3,200 元，月人均补助 206 元',
        distributionProcedure: '户主申请、村民主评议、乡镇审核公示、县民政局审批，社会化发放到户',
        recipients: '农村低保对象 17,130 人',
        allocationResult: '按月足额发放至低保对象“一卡通”账户',
      },
    ],
  },
  {
    department: 'wjw',
    year: 2017,
    kind: 'final-account',
    approvedAt: '2018-08-20',
    description: '道县卫生和计划生育委员会负责全县医疗卫生、疾病预防控制、妇幼保健和计划生育工作。',
    general: [
      ['2100101', 2_460_000, 0],
      ['2100201', 0, 3_600_000],
      ['2100302', 4_120_000, 2_850_000.6],
      ['2100401', 1_980_000, 640_000],
      ['2100408', 0, 12_450_000],
      ['2080505', 905_000, 0],
    ],
    economic: [
      ['30101', 4_860_000],
      ['30102', 2_204_000],
      ['30108', 905_000],
      ['30201', 210_000],
      ['30231', 48_000],
      ['30217', 26_000],
      ['30299', 1_212_000],
    ],
    fund: [['22960', 1_200_000]],
    threePublicFunds: {
      current: [0, 0, 48_000, 26_000],
      lastYear: [0, 0, 52_000, 30_000],
      explanation: '压减一般性支出，公务用车运行费和公务接待费均有下降。',
    },
    agencyOperatingCost: 484_000,
  },
  {
    department: 'jyj',
    year: 2017,
    kind: 'budget',
    approvedAt: '2017-02-14',
    description: '道县教育局 2017 年部门预算：一般公共预算拨款，无政府性基金预算拨款。',
    general: [
      ['2050101', 6_100_000, 0],
      ['2050202', 47_800_000, 5_000_000],
      ['2050203', 30_900_000, 3_000_000],
      ['2080505', 8_300_000, 0],
    ],
    economic: [
      ['30101', 51_000_000],
      ['30102', 21_000_000],
      ['30108', 8_300_000],
      ['30201', 1_200_000],
      ['30231', 40_000],
      ['30217', 20_000],
      ['30299', 11_540_000],
    ],
    threePublicFunds: {
      current: [0, 0, 40_000, 20_000],
      lastYear: [0, 150_000, 40_000, 21_000],
      explanation: '本年不安排公务用车购置；公务接待费按上年实际压减。',
    },
    agencyOperatingCost: 1_700_000,
  },
  {
    department: 'mzj',
    year: 2017,
    kind: 'budget',
    approvedAt: '2017-02-14',
    description: '道县民政局 2017 年部门预算（草稿，待公开）。',
    general: [
      ['2080201', 1_800_000, 0],
      ['2081901', 0, 16_000_000],
      ['2081902', 0, 41_000_000],
    ],
    economic: [
      ['30101', 1_100_000],
      ['30102', 480_000],
      ['30299', 220_000],
    ],
    threePublicFunds: {
      current: [0, 0, 36_000, 12_000],
      lastYear: [0, 0, 36_000, 12_000],
      explanation: '与上年持平。',
    },
    agencyOperatingCost: 210_000,
    draft: true,
  },
];
