import department from './department/schema';
import column from './column/schema';
import article from './article/schema';
import publishDateCorrection from './publish-date-correction/schema';

export default {
  department: { schema: department },
  column: { schema: column },
  article: { schema: article },
  'publish-date-correction': { schema: publishDateCorrection },
};
