import { adminCan, responses as shared } from '@gov-portal/kit';
import { adjustmentQuery, exportQuery, importQuery } from '../schemas/queries';
import { responses } from '../schemas/responses';

const can = adminCan('power-list');

const upload = shared.uploadBody('.xlsx 或 .csv 表格（模板见导出）');

export default {
  type: 'admin' as const,
  routes: [
    {
      method: 'POST',
      path: '/import',
      handler: 'admin.import',
      request: { query: importQuery.shape, body: { 'multipart/form-data': upload } },
      response: responses.import,
      config: {
        ...can('import'),
        description: '导入权力事项表格（dryRun=true 只检查；有错误时整表不导入）',
        okStatus: [200, 201],
      },
    },
    {
      method: 'GET',
      path: '/export',
      handler: 'admin.export',
      request: { query: exportQuery.shape },
      response: responses.export,
      config: {
        ...can('export'),
        description: '导出权力事项（xlsx 或 CSV）',
        produces: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
    },
    {
      method: 'GET',
      path: '/adjustments',
      handler: 'admin.adjustments',
      request: { query: adjustmentQuery.shape },
      response: responses.adjustments,
      config: { ...can('adjustments.read'), description: '调整记录（限本部门）' },
    },
  ],
};
