/** 空表说明: a table of the report's set that holds no data, and why (it is still published, empty). */
export default {
  collectionName: 'components_budget_table_notes',
  info: { displayName: '空表说明 (Table note)', icon: 'information', description: '无数据表格的说明' },
  options: {},
  attributes: {
    // The table's key in the report's table set (data/table-sets.ts)
    table: { type: 'string', required: true, maxLength: 40 },
    note: { type: 'text', required: true, maxLength: 1000 },
  },
};
