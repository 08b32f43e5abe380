/**
 * The rule editions a PPP / 特许经营 project is disclosed under, oldest first. Each names its stages and, as data,
 * the disclosure rules that `domain/deadlines.ts` turns into due dates.
 *
 * What was checked, and how (the `search` tool over stored public pages: reposts of 财政部, 国务院办公厅 and
 * 国家发展改革委 texts and press reports, not the issuers' own sites):
 * - 2017: title 《政府和社会资本合作（PPP）综合信息平台信息公开管理暂行办法》 and number 财金〔2017〕1号 (cited by
 *   the 2021 notice); its two limits, as a 2017-02-08 report of the notice words them: 识别、准备、采购阶段的信息
 *   在项目进入执行阶段后 6 个月内公开; 执行阶段的信息在对应事项确定或完成后次年的 4 月 30 日前公开; 即时公开 and
 *   适时公开. NOT checked: its date of effect (2017-03-01 below is from memory) and the article-by-article list
 *   of items, which `items` only summarises.
 * - 2021: title 《政府和社会资本合作（PPP）综合信息平台信息公开管理办法》 (so not 「项目信息公开管理办法」),
 *   财金〔2021〕110号 of 2021-12-16, in force 2022-01-01; what changed (more 执行阶段 information, 专家 and
 *   金融机构 information, 主动公开 / 依申请公开 / 不予公开 instead of 即时 / 适时, 主动公开 动态调整). NOT checked:
 *   whether it kept the 6-month and 30 April limits; they are kept here and `basis` says so.
 * - 2023: 国办函〔2023〕115号 of 2023-11-03, 国务院办公厅转发国家发展改革委、财政部《关于规范实施政府和社会资本合作
 *   新机制的指导意见》 (特许经营, 使用者付费; 建立常态化信息披露机制); a 国家发展改革委 notice of March 2024 (its number
 *   NOT checked) on the 全国政府和社会资本合作项目信息系统 naming the six stages below and making a project public
 *   once its 特许经营方案 is approved and the selection of the 特许经营者 starts. No specific time limit was found,
 *   so the 20 working days of 《政府信息公开条例》（国务院令第711号, 2019）第二十六条 apply, counted from entering
 *   the stage. No yearly rule is applied: the 30 April limit is 财政部's and no dated periodic disclosure of
 *   新机制 operation was found.
 * The five PPP stages are those of 财政部's PPP 操作指南（财金〔2014〕113号）, cited from memory.
 * The edition of a project is chosen by its dates (`defaultEdition`); an editor may set another.
 */
import { civilDate, type Label } from '@gov-portal/kit/domain';
import type { DisclosureModeKey, InterimDisclosureModeKey } from './disclosure-modes';

export const EDITION_IDS = ['caijin-2017', 'caijin-2021', 'concession-2023'] as const;
export type EditionId = (typeof EDITION_IDS)[number];

export interface InformationItem {
  key: string;
  label: Label;
}

export interface StageDefinition {
  key: string;
  label: Label;
  /** The information of the stage to disclose (a summary, see the header); absent where none is recorded. */
  items?: readonly InformationItem[];
}

/** A disclosure limit counted from a day (that day not counted). */
export type DisclosureWindow = { readonly months: number } | { readonly workingDays: number };

/** Information due a `within` after the project entered a trigger stage, met by publishing it on or after then. */
export interface StageInformationRule {
  kind: 'stage-information';
  id: string;
  triggers: readonly { stage: string; item: string; label: Label }[];
  within: DisclosureWindow;
  /** The rule in words, in Chinese: document and limit. */
  basis: string;
}

/**
 * A year's information, from the year the project entered `fromStage` up to the year it entered `untilStage`,
 * due on `dueBy` of the following year; met by a published update for the year or for each of its quarters.
 */
export interface AnnualInformationRule {
  kind: 'annual-information';
  id: string;
  /** Key of the item; `:{year}` is appended. */
  item: string;
  /** `{year}` is replaced by the year. */
  label: Label;
  fromStage: string;
  untilStage?: string;
  dueBy: { month: number; day: number };
  basis: string;
}

export type DisclosureRule = StageInformationRule | AnnualInformationRule;

export interface PppEdition {
  id: EditionId;
  label: Label;
  /** The documents, as they should be cited to the public (unchecked parts say 待核实). */
  source: string;
  effectiveFrom: string;
  mechanism: 'ppp' | 'concession';
  stages: readonly StageDefinition[];
  /** From this stage on a project needs its contract, its social-capital party and its return mechanism. */
  executionStage: string;
  /** Before this stage a project is not public (新机制: once the 方案 is approved and the selection starts). */
  publicFromStage?: string;
  disclosureModes: readonly (DisclosureModeKey | InterimDisclosureModeKey)[];
  /** 主动公开 items may be moved to 依申请公开 / 不予公开 and back (财金〔2021〕110号). */
  dynamicAdjustment: boolean;
  /** How the edition names the contract and the private party (field names in messages). */
  terms: { contract: Label; socialCapitalParty: Label };
  rules: readonly DisclosureRule[];
}

const item = (key: string, hans: string, hant: string): InformationItem => ({
  key,
  label: { 'zh-Hans': hans, 'zh-Hant': hant },
});

// 财政部 PPP 操作指南（财金〔2014〕113号）: 识别、准备、采购、执行、移交. Items summarise what the 2017 暂行办法 asks for.
const PPP_STAGES_2017: readonly StageDefinition[] = [
  {
    key: 'identification',
    label: { 'zh-Hans': '识别', 'zh-Hant': '識別' },
    items: [
      item('basic-information', '项目基本情况', '項目基本情況'),
      item('value-for-money', '物有所值评价报告', '物有所值評價報告'),
      item('fiscal-affordability', '财政承受能力论证报告', '財政承受能力論證報告'),
    ],
  },
  {
    key: 'preparation',
    label: { 'zh-Hans': '准备', 'zh-Hant': '準備' },
    items: [
      item('implementation-plan', '项目实施方案', '項目實施方案'),
      item('plan-approval', '实施方案审核文件', '實施方案審核文件'),
    ],
  },
  {
    key: 'procurement',
    label: { 'zh-Hans': '采购', 'zh-Hant': '採購' },
    items: [
      item('prequalification', '资格预审公告及结果', '資格預審公告及結果'),
      item('procurement-documents', '采购文件', '採購文件'),
      item('procurement-result', '采购结果公告', '採購結果公告'),
      item('contract', '项目合同', '項目合同'),
    ],
  },
  {
    key: 'execution',
    label: { 'zh-Hans': '执行', 'zh-Hant': '執行' },
    items: [
      item('project-company', '项目公司设立情况', '項目公司設立情況'),
      item('financing', '项目融资情况', '項目融資情況'),
      item('construction-progress', '建设进度', '建設進度'),
      item('performance', '运营绩效及绩效评价结果', '運營績效及績效評價結果'),
      item('government-payments', '政府付费或补助支付情况', '政府付費或補助支付情況'),
      item('contract-changes', '合同重大变更', '合同重大變更'),
    ],
  },
  {
    key: 'handover',
    label: { 'zh-Hans': '移交', 'zh-Hant': '移交' },
    items: [
      item('handover-plan', '移交方案', '移交方案'),
      item('handover-assets', '移交资产评估及性能测试', '移交資產評估及性能測試'),
    ],
  },
];

// 财金〔2021〕110号: more 执行阶段 information (绩效管理, 履约管理) and the other parties (专家, 金融机构).
const PPP_STAGES_2021: readonly StageDefinition[] = PPP_STAGES_2017.map((stage) =>
  stage.key === 'execution'
    ? {
        ...stage,
        items: [
          ...(stage.items ?? []),
          item('contract-performance', '合同履约情况', '合同履約情況'),
          item('financial-institutions', '金融机构等项目参与方信息', '金融機構等項目參與方信息'),
        ],
      }
    : stage,
);

// 国家发展改革委 (2024): 特许经营方案、特许经营者选择、投资管理程序、项目建设实施、项目运营管理、项目终止和移交.
const CONCESSION_STAGES: readonly StageDefinition[] = [
  { key: 'plan', label: { 'zh-Hans': '特许经营方案', 'zh-Hant': '特許經營方案' } },
  { key: 'selection', label: { 'zh-Hans': '特许经营者选择', 'zh-Hant': '特許經營者選擇' } },
  { key: 'investment-approval', label: { 'zh-Hans': '投资管理程序', 'zh-Hant': '投資管理程序' } },
  { key: 'construction', label: { 'zh-Hans': '建设实施', 'zh-Hant': '建設實施' } },
  { key: 'operation', label: { 'zh-Hans': '运营管理', 'zh-Hant': '運營管理' } },
  { key: 'handover', label: { 'zh-Hans': '终止和移交', 'zh-Hant': '終止和移交' } },
];

const PPP_TERMS = {
  contract: { 'zh-Hans': '项目合同', 'zh-Hant': '項目合同' },
  socialCapitalParty: { 'zh-Hans': '社会资本方', 'zh-Hant': '社會資本方' },
};

const pppRules = (basisPrefix: string, basisSuffix = ''): readonly DisclosureRule[] => [
  {
    kind: 'stage-information',
    id: 'pre-execution-information',
    triggers: [
      {
        stage: 'execution',
        item: 'pre-execution-information',
        label: { 'zh-Hans': '项目识别、准备、采购阶段信息', 'zh-Hant': '項目識別、準備、採購階段信息' },
      },
    ],
    within: { months: 6 },
    basis: `${basisPrefix}：项目识别、准备、采购阶段的信息在项目进入执行阶段后 6 个月内公开${basisSuffix}`,
  },
  {
    kind: 'annual-information',
    id: 'annual-execution-information',
    item: 'annual-execution-information',
    label: { 'zh-Hans': '{year} 年度执行阶段信息', 'zh-Hant': '{year} 年度執行階段信息' },
    fromStage: 'execution',
    untilStage: 'handover',
    dueBy: { month: 4, day: 30 },
    basis: `${basisPrefix}：项目执行阶段的信息在对应事项确定或完成后次年 4 月 30 日前公开${basisSuffix}`,
  },
];

export const PPP_EDITIONS: readonly PppEdition[] = [
  {
    id: 'caijin-2017',
    label: { 'zh-Hans': 'PPP 信息公开暂行办法（2017）', 'zh-Hant': 'PPP 信息公開暫行辦法（2017）' },
    source:
      '财政部《政府和社会资本合作（PPP）综合信息平台信息公开管理暂行办法》（财金〔2017〕1号；施行日期待核实）',
    effectiveFrom: '2017-03-01',
    mechanism: 'ppp',
    stages: PPP_STAGES_2017,
    executionStage: 'execution',
    disclosureModes: ['immediate', 'timely'],
    dynamicAdjustment: false,
    terms: PPP_TERMS,
    rules: pppRules('财金〔2017〕1号'),
  },
  {
    id: 'caijin-2021',
    label: { 'zh-Hans': 'PPP 信息公开管理办法（2021）', 'zh-Hant': 'PPP 信息公開管理辦法（2021）' },
    source:
      '财政部《政府和社会资本合作（PPP）综合信息平台信息公开管理办法》（财金〔2021〕110号，2021年12月16日印发，自2022年1月1日起施行）',
    effectiveFrom: '2022-01-01',
    mechanism: 'ppp',
    stages: PPP_STAGES_2021,
    executionStage: 'execution',
    disclosureModes: ['proactive', 'on-request', 'withheld'],
    dynamicAdjustment: true,
    terms: PPP_TERMS,
    rules: pppRules('财金〔2021〕110号', '（沿用财金〔2017〕1号的时限，新办法的时限规定待核实）'),
  },
  {
    id: 'concession-2023',
    label: { 'zh-Hans': '政府和社会资本合作新机制（2023）', 'zh-Hant': '政府和社會資本合作新機制（2023）' },
    source:
      '国务院办公厅转发国家发展改革委、财政部《关于规范实施政府和社会资本合作新机制的指导意见》的通知（国办函〔2023〕115号）；' +
      '国家发展改革委关于全国政府和社会资本合作项目信息系统的通知（2024年3月，文号待核实）；' +
      '公开时限依《中华人民共和国政府信息公开条例》第二十六条',
    effectiveFrom: '2023-11-03',
    mechanism: 'concession',
    stages: CONCESSION_STAGES,
    executionStage: 'construction',
    publicFromStage: 'selection',
    disclosureModes: ['proactive', 'on-request', 'withheld'],
    dynamicAdjustment: false,
    terms: {
      contract: { 'zh-Hans': '特许经营协议', 'zh-Hant': '特許經營協議' },
      socialCapitalParty: { 'zh-Hans': '特许经营者', 'zh-Hant': '特許經營者' },
    },
    rules: [
      {
        kind: 'stage-information',
        id: 'stage-information',
        triggers: CONCESSION_STAGES.slice(1).map((s) => ({
          stage: s.key,
          item: `stage-information:${s.key}`,
          label: {
            'zh-Hans': `「${s.label['zh-Hans']}」阶段信息`,
            'zh-Hant': `「${s.label['zh-Hant']}」階段信息`,
          },
        })),
        within: { workingDays: 20 },
        basis:
          '《政府信息公开条例》第二十六条：自信息形成或者变更之日起 20 个工作日内公开（自进入该阶段起算，未计法定节假日）',
      },
    ],
  },
];

/** Every stage key of every edition, in edition then stage order (`handover` is in both mechanisms). */
export const STAGE_KEYS: readonly string[] = [
  ...new Set(PPP_EDITIONS.flatMap((e) => e.stages.map((s) => s.key))),
];

export function isEditionId(value: unknown): value is EditionId {
  return typeof value === 'string' && (EDITION_IDS as readonly string[]).includes(value);
}

export function findEdition(id: string | null | undefined): PppEdition | undefined {
  return PPP_EDITIONS.find((e) => e.id === id);
}

/** The stage labels of an edition, in the kit's label shape (for a `/labels` answer). */
export function stageLabels(edition: PppEdition): Record<string, Label> {
  return Object.fromEntries(edition.stages.map((s) => [s.key, s.label]));
}

/**
 * The edition a project has by default: the last one in force on the day it entered its first stage (or, without
 * that day, on the day it was created); a day before the first edition gets the first. Civil dates in China.
 */
export function defaultEdition(dates: {
  startedOn?: string | Date | null;
  createdAt?: string | Date | null;
}): PppEdition {
  const read = (value: string | Date | null | undefined, name: string) => {
    if (value === null || value === undefined || value === '') return null;
    const day = civilDate(value);
    if (day === null) throw new RangeError(`defaultEdition: unreadable ${name} ${String(value)}`);
    return day;
  };
  const day = read(dates.startedOn, 'startedOn') ?? read(dates.createdAt, 'createdAt');
  if (day === null) throw new RangeError('defaultEdition: needs startedOn or createdAt');
  const inForce = PPP_EDITIONS.filter((e) => e.effectiveFrom <= day);
  return inForce.length > 0 ? inForce[inForce.length - 1] : PPP_EDITIONS[0];
}
