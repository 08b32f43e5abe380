import normativeDocument from './normative-document/schema';
import validityChange from './validity-change/schema';
import cleanupBatch from './cleanup-batch/schema';

export default {
  'normative-document': { schema: normativeDocument },
  'validity-change': { schema: validityChange },
  'cleanup-batch': { schema: cleanupBatch },
};
