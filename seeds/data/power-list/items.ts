/**
 * 道县 权力清单 demo data: powers of the county departments named in the 2017 政务公开工作要点 (县公安局、县教育局、
 * 县民政局、县人社局、县住建局 …), across the 10 types of 中办发〔2015〕21号, with their 责任事项 and 追责情形, and
 * the 动态调整 published since (a cancellation, a delegation to the townships, a change of legal basis).
 * Names and legal bases follow published county lists; the serial numbers of the county decisions are illustrative.
 */

export type Category =
  | 'licensing'
  | 'penalty'
  | 'enforcement'
  | 'levy'
  | 'payment'
  | 'inspection'
  | 'confirmation'
  | 'reward'
  | 'adjudication'
  | 'other';

export interface PowerItemRecord {
  /** Natural key: department code + name. */
  department: string;
  name: string;
  category: Category;
  legalBasis: string[];
  undertaker?: string;
  subItems?: string;
}

export interface AdjustmentRecord {
  department: string;
  name: string;
  /** What the published change sets (`itemStatus`, `legalBasis`, …) and its basis. */
  change: { itemStatus?: 'cancelled' | 'delegated'; legalBasis?: string[] };
  basis: string;
  decidedAt: string;
}

/** The decision that published the lists (basis of the first publication of every item). */
export const LIST_DECISION = {
  basis: '道县人民政府关于公布县级政府工作部门权力清单和责任清单的通知（道政发〔2016〕15号）',
  decidedAt: '2016-12-28',
};

export const COLUMN_SLUG = 'quanze-qingdan';

export const ITEMS: PowerItemRecord[] = [
  // 行政许可
  {
    department: 'gaj',
    name: '烟花爆竹道路运输许可',
    category: 'licensing',
    undertaker: '治安管理大队',
    legalBasis: ['《烟花爆竹安全管理条例》第三条、第二十二条'],
  },
  {
    department: 'gaj',
    name: '旅馆业特种行业许可',
    category: 'licensing',
    undertaker: '治安管理大队',
    legalBasis: [
      '《国务院对确需保留的行政审批项目设定行政许可的决定》附件第38项',
      '《旅馆业治安管理办法》第四条',
    ],
  },
  {
    department: 'jyj',
    name: '民办学校设立、变更、终止审批',
    category: 'licensing',
    undertaker: '民办教育股',
    legalBasis: ['《中华人民共和国民办教育促进法》第十二条'],
  },
  {
    department: 'zjj',
    name: '建筑工程施工许可证核发',
    category: 'licensing',
    undertaker: '建筑业管理股',
    legalBasis: ['《中华人民共和国建筑法》第七条'],
  },
  {
    department: 'zjj',
    name: '乡村建设规划许可',
    category: 'licensing',
    undertaker: '村镇建设股',
    legalBasis: ['《中华人民共和国城乡规划法》第四十一条'],
  },
  {
    department: 'swj',
    name: '粮食收购资格认定',
    category: 'licensing',
    undertaker: '粮食流通股',
    legalBasis: ['《粮食流通管理条例》第九条'],
  },
  {
    department: 'wjw',
    name: '医疗机构执业登记',
    category: 'licensing',
    undertaker: '医政医管股',
    legalBasis: ['《医疗机构管理条例》第十五条'],
  },
  // 行政处罚
  {
    department: 'gaj',
    name: '对扰乱单位秩序行为的处罚',
    category: 'penalty',
    undertaker: '治安管理大队',
    legalBasis: ['《中华人民共和国治安管理处罚法》第二十三条第一款第一项'],
  },
  {
    department: 'hbj',
    name: '对超标排放大气污染物的处罚',
    category: 'penalty',
    undertaker: '环境监察大队',
    legalBasis: ['《中华人民共和国大气污染防治法》第九十九条'],
  },
  {
    department: 'jtj',
    name: '对未取得道路运输经营许可擅自从事道路运输经营的处罚',
    category: 'penalty',
    undertaker: '运输管理所',
    legalBasis: ['《中华人民共和国道路运输条例》第六十三条'],
  },
  {
    department: 'spgszj',
    name: '对生产经营不符合食品安全标准的食品的处罚',
    category: 'penalty',
    undertaker: '食品安全监管股',
    legalBasis: ['《中华人民共和国食品安全法》第一百二十四条'],
  },
  {
    department: 'rsj',
    name: '对用人单位未按规定订立书面劳动合同的处罚',
    category: 'penalty',
    undertaker: '劳动保障监察大队',
    legalBasis: ['《中华人民共和国劳动合同法》第八十二条'],
  },
  // 行政强制
  {
    department: 'hbj',
    name: '查封、扣押造成污染物排放的设施、设备',
    category: 'enforcement',
    undertaker: '环境监察大队',
    legalBasis: ['《中华人民共和国环境保护法》第二十五条'],
  },
  {
    department: 'spgszj',
    name: '查封、扣押不符合食品安全标准的食品',
    category: 'enforcement',
    undertaker: '食品安全监管股',
    legalBasis: ['《中华人民共和国食品安全法》第一百一十条第四项'],
  },
  {
    department: 'gaj',
    name: '对醉酒驾驶人约束至酒醒',
    category: 'enforcement',
    undertaker: '交通警察大队',
    legalBasis: ['《中华人民共和国道路交通安全法》第九十一条'],
  },
  {
    department: 'slj',
    name: '强制拆除妨碍行洪的建筑物、构筑物',
    category: 'enforcement',
    undertaker: '水政监察大队',
    legalBasis: ['《中华人民共和国防洪法》第四十二条'],
  },
  // 行政征收
  {
    department: 'czj',
    name: '非税收入征收',
    category: 'levy',
    undertaker: '非税收入管理局',
    legalBasis: ['《湖南省非税收入管理条例》第十条'],
  },
  {
    department: 'slj',
    name: '水资源费征收',
    category: 'levy',
    undertaker: '水资源管理股',
    legalBasis: ['《中华人民共和国水法》第四十八条', '《取水许可和水资源费征收管理条例》第二十八条'],
  },
  {
    department: 'zjj',
    name: '城市基础设施配套费征收',
    category: 'levy',
    undertaker: '城建监察大队',
    legalBasis: ['《湖南省城市综合管理条例》第十五条'],
  },
  {
    department: 'rsj',
    name: '社会保险费征收',
    category: 'levy',
    undertaker: '社会保险事业局',
    legalBasis: ['《中华人民共和国社会保险法》第五十九条'],
  },
  // 行政给付
  {
    department: 'mzj',
    name: '最低生活保障金给付',
    category: 'payment',
    undertaker: '社会救助股',
    legalBasis: ['《社会救助暂行办法》第九条、第十一条'],
  },
  {
    department: 'mzj',
    name: '特困人员救助供养金给付',
    category: 'payment',
    undertaker: '社会救助股',
    legalBasis: ['《社会救助暂行办法》第十四条'],
  },
  {
    department: 'mzj',
    name: '临时救助金给付',
    category: 'payment',
    undertaker: '社会救助股',
    legalBasis: ['《社会救助暂行办法》第四十七条'],
  },
  {
    department: 'jyj',
    name: '家庭经济困难学生资助金给付',
    category: 'payment',
    undertaker: '学生资助管理中心',
    legalBasis: ['《中华人民共和国教育法》第三十八条'],
  },
  {
    department: 'rsj',
    name: '失业保险金给付',
    category: 'payment',
    undertaker: '就业服务中心',
    legalBasis: ['《失业保险条例》第十四条'],
  },
  // 行政检查
  {
    department: 'spgszj',
    name: '食品生产经营日常监督检查',
    category: 'inspection',
    undertaker: '食品安全监管股',
    legalBasis: ['《中华人民共和国食品安全法》第一百一十条'],
  },
  {
    department: 'rsj',
    name: '劳动保障监察检查',
    category: 'inspection',
    undertaker: '劳动保障监察大队',
    legalBasis: ['《劳动保障监察条例》第十五条'],
  },
  {
    department: 'hbj',
    name: '排污单位现场检查',
    category: 'inspection',
    undertaker: '环境监察大队',
    legalBasis: ['《中华人民共和国环境保护法》第二十四条'],
  },
  {
    department: 'zjj',
    name: '农村住房建设质量安全检查',
    category: 'inspection',
    undertaker: '村镇建设股',
    legalBasis: ['《湖南省农村住房建设管理办法》第二十二条'],
  },
  {
    department: 'sjj',
    name: '对财政收支的审计监督检查',
    category: 'inspection',
    undertaker: '财政审计股',
    legalBasis: ['《中华人民共和国审计法》第十六条'],
  },
  // 行政确认
  {
    department: 'mzj',
    name: '婚姻登记',
    category: 'confirmation',
    undertaker: '婚姻登记处',
    legalBasis: ['《婚姻登记条例》第二条'],
  },
  {
    department: 'rsj',
    name: '工伤认定',
    category: 'confirmation',
    undertaker: '工伤保险股',
    legalBasis: ['《工伤保险条例》第十七条'],
  },
  {
    department: 'gaj',
    name: '户口登记',
    category: 'confirmation',
    undertaker: '户政管理大队',
    legalBasis: ['《中华人民共和国户口登记条例》第三条'],
  },
  {
    department: 'jyj',
    name: '教师资格认定',
    category: 'confirmation',
    undertaker: '人事股',
    legalBasis: ['《中华人民共和国教师法》第十三条', '《教师资格条例》第十三条'],
  },
  // 行政奖励
  {
    department: 'jyj',
    name: '优秀教师表彰奖励',
    category: 'reward',
    undertaker: '人事股',
    legalBasis: ['《中华人民共和国教师法》第三十三条'],
  },
  {
    department: 'gaj',
    name: '对见义勇为人员的奖励',
    category: 'reward',
    undertaker: '政治处',
    legalBasis: ['《湖南省见义勇为人员奖励和保护条例》第九条'],
  },
  {
    department: 'hbj',
    name: '对举报环境违法行为的奖励',
    category: 'reward',
    undertaker: '环境监察大队',
    legalBasis: ['《中华人民共和国环境保护法》第十一条'],
  },
  {
    department: 'wgxj',
    name: '对保护文物成绩显著单位和个人的奖励',
    category: 'reward',
    undertaker: '文物管理所',
    legalBasis: ['《中华人民共和国文物保护法》第十二条'],
  },
  // 行政裁决
  {
    department: 'slj',
    name: '水事纠纷裁决',
    category: 'adjudication',
    undertaker: '水政监察大队',
    legalBasis: ['《中华人民共和国水法》第五十六条'],
  },
  {
    department: 'zjj',
    name: '房屋征收补偿决定',
    category: 'adjudication',
    undertaker: '房屋征收与补偿办公室',
    legalBasis: ['《国有土地上房屋征收与补偿条例》第二十六条'],
  },
  {
    department: 'rsj',
    name: '劳动人事争议仲裁',
    category: 'adjudication',
    undertaker: '劳动人事争议仲裁院',
    legalBasis: ['《中华人民共和国劳动争议调解仲裁法》第十七条'],
  },
  {
    department: 'meihua',
    name: '林木林地权属争议调处',
    category: 'adjudication',
    undertaker: '司法所',
    legalBasis: ['《中华人民共和国森林法》第二十二条'],
  },
  // 其他行政权力
  {
    department: 'fgw',
    name: '企业投资项目备案',
    category: 'other',
    undertaker: '投资股',
    legalBasis: ['《企业投资项目核准和备案管理条例》第十三条'],
  },
  {
    department: 'czj',
    name: '政府采购方式变更审批',
    category: 'other',
    undertaker: '政府采购管理股',
    legalBasis: ['《中华人民共和国政府采购法》第二十七条'],
  },
  {
    department: 'wgxj',
    name: '营业性演出备案',
    category: 'other',
    undertaker: '文化市场综合执法大队',
    legalBasis: ['《营业性演出管理条例》第十三条'],
  },
  {
    department: 'jtj',
    name: '农村公路建设项目竣工验收',
    category: 'other',
    undertaker: '公路建设股',
    legalBasis: ['《农村公路建设管理办法》第三十四条'],
  },
  // 下放到乡镇：the township side of the delegation recorded below.
  {
    department: 'meihua',
    name: '乡村建设规划许可（农村村民住宅）',
    category: 'licensing',
    undertaker: '规划建设办',
    legalBasis: [
      '《中华人民共和国城乡规划法》第四十一条',
      '《湖南省实施〈中华人民共和国城乡规划法〉办法》第三十三条',
    ],
  },
];

export const ADJUSTMENTS: AdjustmentRecord[] = [
  {
    department: 'swj',
    name: '粮食收购资格认定',
    change: { itemStatus: 'cancelled' },
    basis: '国务院关于深化“证照分离”改革进一步激发市场主体发展活力的通知（国发〔2021〕7号）',
    decidedAt: '2021-05-19',
  },
  {
    department: 'zjj',
    name: '乡村建设规划许可',
    change: { itemStatus: 'delegated' },
    basis: '道县人民政府关于向乡镇（街道）下放部分县级行政权力事项的决定（道政发〔2017〕9号）',
    decidedAt: '2017-06-30',
  },
  {
    department: 'gaj',
    name: '旅馆业特种行业许可',
    change: {
      legalBasis: [
        '《国务院对确需保留的行政审批项目设定行政许可的决定》附件第38项',
        '《旅馆业治安管理办法》（2020年11月29日修订）第四条',
      ],
    },
    basis: '国务院关于修改和废止部分行政法规的决定（国务院令第732号）',
    decidedAt: '2020-11-29',
  },
];

/** 责任事项 and 追责情形 common to each type of power (the pattern of county 责任清单). */
export const DUTIES: Record<Category, { stage: string; duty: string }[]> = {
  licensing: [
    {
      stage: 'acceptance',
      duty: '公示申请条件、法定期限和需要提交的材料，依法受理或不予受理，不予受理的说明理由',
    },
    { stage: 'review', duty: '对申请材料进行审查，需要实地核查的指派两名以上工作人员核查' },
    { stage: 'decision', duty: '在法定期限内作出准予或不予许可的决定，不予许可的说明理由并告知救济途径' },
    { stage: 'delivery', duty: '依法送达许可决定并公开许可结果' },
    { stage: 'supervision', duty: '对被许可人从事许可事项的活动进行监督检查' },
  ],
  penalty: [
    { stage: 'acceptance', duty: '对发现的违法行为及时立案' },
    { stage: 'review', duty: '调查取证，告知当事人陈述、申辩和听证的权利' },
    { stage: 'decision', duty: '依法作出处罚决定，重大案件集体讨论决定' },
    { stage: 'delivery', duty: '依法送达处罚决定书' },
    { stage: 'supervision', duty: '督促当事人履行处罚决定，依法申请强制执行' },
  ],
  enforcement: [
    { stage: 'review', duty: '实施前向行政机关负责人报告并经批准，通知当事人到场' },
    { stage: 'decision', duty: '制作现场笔录和强制措施决定书，告知当事人陈述、申辩的权利' },
    { stage: 'supervision', duty: '在法定期限内作出处理决定，及时解除不再需要的强制措施' },
  ],
  levy: [
    { stage: 'acceptance', duty: '公示征收依据、标准和程序' },
    { stage: 'decision', duty: '依法核定征收金额，开具合法票据' },
    { stage: 'supervision', duty: '按规定将征收款项缴入国库，接受审计监督' },
  ],
  payment: [
    { stage: 'acceptance', duty: '公示给付条件、标准和程序，受理申请' },
    { stage: 'review', duty: '入户调查、民主评议和公示' },
    { stage: 'decision', duty: '作出给付决定，按时足额发放' },
    { stage: 'supervision', duty: '动态管理，定期复核给付对象' },
  ],
  inspection: [
    { stage: 'review', duty: '制定检查计划，随机抽取检查对象、随机选派执法检查人员' },
    { stage: 'decision', duty: '出示执法证件，依法实施检查并制作检查记录' },
    { stage: 'supervision', duty: '对检查发现的问题依法处理，公开检查结果' },
  ],
  confirmation: [
    { stage: 'acceptance', duty: '公示确认条件和材料，依法受理' },
    { stage: 'review', duty: '审查申请材料的真实性、合法性' },
    { stage: 'decision', duty: '在法定期限内作出确认或不予确认的决定' },
    { stage: 'delivery', duty: '送达确认文书，建立档案' },
  ],
  reward: [
    { stage: 'acceptance', duty: '发布奖励通知，组织推荐申报' },
    { stage: 'review', duty: '审核推荐材料，公示拟奖励名单' },
    { stage: 'decision', duty: '作出奖励决定并兑现奖励' },
  ],
  adjudication: [
    { stage: 'acceptance', duty: '受理当事人的裁决申请，通知被申请人答复' },
    { stage: 'review', duty: '调查核实，组织调解' },
    { stage: 'decision', duty: '调解不成的依法作出裁决' },
    { stage: 'delivery', duty: '送达裁决书并告知救济途径' },
  ],
  other: [
    { stage: 'acceptance', duty: '依法受理申请或备案材料' },
    { stage: 'decision', duty: '在规定期限内办结并告知结果' },
    { stage: 'supervision', duty: '加强事中事后监管' },
  ],
};

export const ACCOUNTABILITY = [
  {
    situation: '不履行或不正确履行上述职责，造成不良后果的',
    basis: '《中华人民共和国公务员法》第五十九条、《行政机关公务员处分条例》第二十条',
  },
  { situation: '滥用职权、玩忽职守、徇私舞弊的', basis: '《中华人民共和国监察法》第四十五条' },
  { situation: '其他违反法律法规规章规定的行为', basis: '' },
];
