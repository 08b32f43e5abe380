import { STAGE_KEYS } from '../data/labels';

/** 责任事项: one duty of the department at one stage of exercising the power (中办发〔2015〕21号). */
export default {
  collectionName: 'components_power_list_responsibilities',
  info: { displayName: '责任事项 (Responsibility)', icon: 'check', description: '环节与职责' },
  options: {},
  attributes: {
    // 受理 | 审查 | 决定 | 送达 | 事后监管 | 其他 (labels: data/labels.ts)
    stage: { type: 'enumeration', enum: [...STAGE_KEYS], required: true, default: 'other' },
    duty: { type: 'text', required: true, maxLength: 2000 },
  },
};
