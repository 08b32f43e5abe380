import department from './department/schema';
import column from './column/schema';
import article from './article/schema';
import publishDateCorrection from './publish-date-correction/schema';
import membership from './membership/schema';
import review from './review/schema';
import auditEntry from './audit-entry/schema';

export default {
  department: { schema: department },
  column: { schema: column },
  article: { schema: article },
  'publish-date-correction': { schema: publishDateCorrection },
  membership: { schema: membership },
  review: { schema: review },
  'audit-entry': { schema: auditEntry },
};
