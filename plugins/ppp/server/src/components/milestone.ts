import { STAGE_KEYS } from '../enums';

/** 项目里程碑: the day a project entered a stage (or another dated event of it), with a title and a note. */
export default {
  collectionName: 'components_ppp_milestones',
  info: {
    displayName: '项目里程碑 (Milestone)',
    icon: 'calendar',
    description: '进入各阶段的日期及重要事项',
  },
  options: {},
  attributes: {
    date: { type: 'date', required: true },
    // The stage entered that day (a stage of the project's edition, checked by the write rules); empty for
    // another event.
    stage: { type: 'enumeration', enum: [...STAGE_KEYS] },
    title: { type: 'string', required: true, maxLength: 200 },
    note: { type: 'text', maxLength: 2000 },
  },
};
