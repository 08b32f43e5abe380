import report from './budget-report';
import line from './budget-line';

export default {
  'budget-report': { schema: report },
  'budget-line': { schema: line },
};
