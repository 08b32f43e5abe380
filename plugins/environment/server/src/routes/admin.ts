import { adminCan, responses as shared } from '@gov-portal/kit';
import { importQuery, overdueQuery } from '../schemas/queries';
import { responses } from '../schemas/responses';

const can = adminCan('environment');

const upload = shared.uploadBody('监测数据表格（.xlsx 或 .csv）');

export default {
  type: 'admin' as const,
  routes: [
    {
      method: 'POST',
      path: '/import/observations',
      handler: 'admin.importObservations',
      request: { query: importQuery.shape, body: { 'multipart/form-data': upload } },
      response: responses.import,
      config: {
        ...can('import'),
        description: '导入空气质量监测数据（dryRun=true 只检查）',
        okStatus: [200, 201],
      },
    },
    {
      method: 'GET',
      path: '/overdue',
      handler: 'admin.overdue',
      request: { query: overdueQuery.shape },
      response: responses.overdue,
      config: { ...can('overdue.read'), description: '本季度未报送饮水安全状况的乡镇' },
    },
  ],
};
