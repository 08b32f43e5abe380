/**
 * Demo PPP / 特许经营 projects of Dao County (道县, 永州市, 湖南省), after the 2017 政务公开工作要点: "及时发布项目名称、
 * 建设地址、建设内容、投资规模、拟采取政府和社会资本合作（PPP）方式等内容，及时公开项目合同和回报机制、项目实施情况等内容"
 * (责任单位：县发改委、县财政局). Names, sites and figures are illustrative, in the county's style; they are not
 * the county's real projects. One project (污水处理) has no 2025 implementation report: its disclosure due on
 * 2026-04-30 is overdue.
 */

export const COLUMN_SLUG = 'ppp';

export interface MilestoneRecord {
  date: string;
  stage?: string;
  title: string;
  note?: string;
}

export interface UpdateRecord {
  period: string;
  progress: string;
  investmentCompleted?: number;
  percentComplete?: number;
  note?: string;
}

export interface ProjectRecord {
  /** Natural key. */
  code: string;
  name: string;
  edition: 'caijin-2017' | 'caijin-2021' | 'concession-2023';
  department: string;
  governmentParty: string;
  township?: string;
  location: string;
  latitude?: number;
  longitude?: number;
  scope: string[];
  investment: number;
  sector: string;
  operationMode: string;
  returnMechanism?: string;
  cooperationYears?: number;
  stage: string;
  socialCapitalParty?: string;
  /** File name of the contract uploaded to the media library (a demo PDF). */
  contract?: string;
  milestones: MilestoneRecord[];
  updates: UpdateRecord[];
  /** Left a draft (a 新机制 project before its selection starts is not public). */
  draft?: boolean;
}

/** Yearly reports from `from` to `to`, progress rising to `last` per cent. */
const yearly = (from: number, to: number, investment: number, last: number, what: string): UpdateRecord[] => {
  const out: UpdateRecord[] = [];
  for (let year = from; year <= to; year++) {
    const share = Math.min(last, Math.round(((year - from + 1) / (to - from + 1)) * last));
    out.push({
      period: String(year),
      progress: `${year}年，${what}累计完成工程量的${share}%，项目公司按合同约定组织建设和运营，县发改委、县财政局开展了年度履约检查。`,
      investmentCompleted: Math.round(investment * share) / 100,
      percentComplete: share,
    });
  }
  return out;
};

export const PROJECTS: ProjectRecord[] = [
  {
    code: '43112420160001',
    name: '道县城区供水工程（二期）PPP项目',
    edition: 'caijin-2017',
    department: 'fgw',
    governmentParty: 'zjj',
    township: 'xizhou',
    location: '道县西洲街道潇水西路',
    latitude: 25.5262,
    longitude: 111.5908,
    scope: ['新建日供水能力5万吨的水厂一座，铺设DN300—DN800供水管网42公里，配套加压泵站2座。'],
    investment: 35800,
    sector: 'municipal',
    operationMode: 'bot',
    returnMechanism: 'viability-gap',
    cooperationYears: 30,
    stage: 'execution',
    socialCapitalParty: '湖南潇水水务投资有限公司',
    contract: 'ppp-daoxian-gongshui-hetong.pdf',
    milestones: [
      { date: '2016-03-15', stage: 'identification', title: '项目发起，完成物有所值评价和财政承受能力论证' },
      { date: '2016-06-20', stage: 'preparation', title: '实施方案经县人民政府审核通过' },
      { date: '2016-10-10', stage: 'procurement', title: '发布资格预审公告' },
      { date: '2017-03-28', stage: 'execution', title: '签订PPP项目合同，成立项目公司' },
    ],
    updates: yearly(2017, 2025, 35800, 100, '水厂和供水管网'),
  },
  {
    code: '43112420170002',
    name: '道县城区污水处理厂提质改造及配套管网PPP项目',
    edition: 'caijin-2017',
    department: 'fgw',
    governmentParty: 'hbj',
    township: 'shangguan',
    location: '道县上关街道污水处理厂',
    scope: ['污水处理厂由二级处理提标至一级A标准，新建截污干管18公里、雨污分流改造管网26公里。'],
    investment: 21650.5,
    sector: 'ecology',
    operationMode: 'rot',
    returnMechanism: 'viability-gap',
    cooperationYears: 25,
    stage: 'execution',
    socialCapitalParty: '永州清源环保科技有限公司',
    contract: 'ppp-daoxian-wushui-hetong.pdf',
    milestones: [
      { date: '2016-11-02', stage: 'identification', title: '纳入县PPP项目库' },
      { date: '2017-02-16', stage: 'preparation', title: '实施方案审核通过' },
      { date: '2017-04-25', stage: 'procurement', title: '发布采购公告（竞争性磋商）' },
      { date: '2017-08-18', stage: 'execution', title: '签订PPP项目合同' },
    ],
    // No 2025 report yet: due 2026-04-30, overdue.
    updates: yearly(2017, 2024, 21650.5, 96, '提标改造和配套管网'),
  },
  {
    code: '43112420170003',
    name: '道县潇水大道（一期）道路工程PPP项目',
    edition: 'caijin-2017',
    department: 'czj',
    governmentParty: 'jtj',
    township: 'yingjiang',
    location: '道县营江街道至濂溪街道',
    scope: ['新建城市主干道6.8公里，红线宽度40米，含桥梁2座及照明、绿化、交通设施。'],
    investment: 48600,
    sector: 'transport',
    operationMode: 'bot',
    returnMechanism: 'government-pays',
    cooperationYears: 15,
    stage: 'execution',
    socialCapitalParty: '中建五局道县潇水大道项目联合体',
    contract: 'ppp-daoxian-xiaoshui-dadao-hetong.pdf',
    milestones: [
      { date: '2017-01-10', stage: 'identification', title: '项目识别' },
      { date: '2017-04-12', stage: 'preparation', title: '实施方案审核通过' },
      { date: '2017-07-20', stage: 'procurement', title: '公开招标' },
      { date: '2018-01-16', stage: 'execution', title: '签订PPP项目合同' },
    ],
    updates: yearly(2018, 2025, 48600, 100, '道路、桥梁和附属工程'),
  },
  {
    code: '43112420170004',
    name: '道县第二中学新校区建设PPP项目',
    edition: 'caijin-2017',
    department: 'czj',
    governmentParty: 'jyj',
    township: 'lianxi',
    location: '道县濂溪街道教育路',
    scope: ['新建教学楼、实验楼、图书馆、学生宿舍和运动场，总建筑面积8.6万平方米，办学规模120个班。'],
    investment: 29800,
    sector: 'education',
    operationMode: 'bot',
    returnMechanism: 'government-pays',
    cooperationYears: 20,
    stage: 'execution',
    socialCapitalParty: '湖南九嶷建设投资有限公司',
    contract: 'ppp-daoxian-erzhong-hetong.pdf',
    milestones: [
      { date: '2017-02-08', stage: 'identification', title: '项目识别' },
      { date: '2017-05-22', stage: 'preparation', title: '实施方案审核通过' },
      { date: '2017-08-01', stage: 'procurement', title: '公开招标' },
      { date: '2017-11-30', stage: 'execution', title: '签订PPP项目合同' },
    ],
    updates: yearly(2017, 2025, 29800, 100, '新校区主体和配套工程'),
  },
  {
    code: '43112420220005',
    name: '道县易地扶贫搬迁安置区配套基础设施PPP项目',
    edition: 'caijin-2021',
    department: 'fgw',
    governmentParty: 'fpb',
    township: 'meihua',
    location: '道县梅花镇集中安置区',
    scope: ['安置区道路、供排水、供电、垃圾收运和社区服务中心等配套设施，服务搬迁群众1,860户。'],
    investment: 12480.75,
    sector: 'housing',
    operationMode: 'bot',
    returnMechanism: 'viability-gap',
    cooperationYears: 15,
    stage: 'procurement',
    milestones: [
      { date: '2022-03-18', stage: 'identification', title: '项目识别' },
      { date: '2022-07-06', stage: 'preparation', title: '实施方案审核通过' },
      { date: '2022-11-14', stage: 'procurement', title: '发布资格预审公告' },
    ],
    updates: [],
  },
  {
    code: '43112420220006',
    name: '道县中医医院门诊综合楼PPP项目',
    edition: 'caijin-2021',
    department: 'fgw',
    governmentParty: 'wjw',
    township: 'lianxi',
    location: '道县濂溪街道营道路',
    scope: ['新建门诊综合楼3.2万平方米，床位300张，配套医疗设备购置。'],
    investment: 18900,
    sector: 'health',
    operationMode: 'boot',
    returnMechanism: 'viability-gap',
    cooperationYears: 20,
    stage: 'identification',
    milestones: [{ date: '2022-05-09', stage: 'identification', title: '纳入项目储备，开展物有所值评价' }],
    updates: [],
  },
  {
    code: '43112420240007',
    name: '道县生活垃圾焚烧发电特许经营项目',
    edition: 'concession-2023',
    department: 'fgw',
    governmentParty: 'zjj',
    township: 'shouyan',
    location: '道县寿雁镇',
    scope: ['建设日处理生活垃圾600吨的焚烧发电厂一座及配套飞灰填埋场。'],
    investment: 42000,
    sector: 'ecology',
    operationMode: 'boo',
    returnMechanism: 'user-pays',
    cooperationYears: 30,
    stage: 'selection',
    milestones: [
      { date: '2024-05-10', stage: 'plan', title: '特许经营方案经县人民政府批准' },
      { date: '2024-06-03', stage: 'selection', title: '发布特许经营者招标公告' },
    ],
    updates: [],
  },
  {
    code: '43112420240008',
    name: '道县城乡供水一体化特许经营项目',
    edition: 'concession-2023',
    department: 'fgw',
    governmentParty: 'slj',
    township: 'qingtang',
    location: '道县清塘镇、祥霖铺镇等12个乡镇',
    scope: ['新建乡镇水厂3座，改造农村供水管网320公里，实现城乡供水同网同质同价。'],
    investment: 26500,
    sector: 'water',
    operationMode: 'bot',
    returnMechanism: 'user-pays',
    cooperationYears: 30,
    stage: 'construction',
    socialCapitalParty: '道县城乡供水有限责任公司',
    contract: 'tx-daoxian-chengxiang-gongshui-xieyi.pdf',
    milestones: [
      { date: '2024-03-12', stage: 'plan', title: '特许经营方案经县人民政府批准' },
      { date: '2024-05-08', stage: 'selection', title: '公开招标选择特许经营者' },
      { date: '2024-08-20', stage: 'investment-approval', title: '项目核准' },
      { date: '2024-11-15', stage: 'construction', title: '签订特许经营协议，开工建设' },
    ],
    updates: [
      {
        period: '2025Q2',
        progress: '清塘镇水厂主体完工，农村供水管网改造完成96公里。',
        investmentCompleted: 7950,
        percentComplete: 30,
      },
      {
        period: '2025Q4',
        progress: '祥霖铺镇水厂开始试运行，农村供水管网改造累计完成210公里。',
        investmentCompleted: 17225,
        percentComplete: 65,
      },
    ],
  },
  {
    code: '43112420260009',
    name: '道县城区公共停车场及充电设施特许经营项目',
    edition: 'concession-2023',
    department: 'fgw',
    governmentParty: 'zjj',
    township: 'lianxi',
    location: '道县濂溪街道、西洲街道等6处',
    scope: ['新建公共停车泊位2,400个、充电桩360个，配套智慧停车管理平台。'],
    investment: 9600,
    sector: 'municipal',
    operationMode: 'bot',
    returnMechanism: 'user-pays',
    cooperationYears: 20,
    stage: 'plan',
    milestones: [{ date: '2026-09-01', stage: 'plan', title: '编制特许经营方案' }],
    updates: [],
    // Not public before its 方案 is approved and the selection starts (新机制).
    draft: true,
  },
];
