/** 追责情形: a situation in which the department is held accountable, and the provision it rests on. */
export default {
  collectionName: 'components_power_list_accountabilities',
  info: { displayName: '追责情形 (Accountability)', icon: 'warning', description: '追责情形及依据' },
  options: {},
  attributes: {
    situation: { type: 'text', required: true, maxLength: 2000 },
    basis: { type: 'text', maxLength: 2000 },
  },
};
