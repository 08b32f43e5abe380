import project from './ppp-project';
import update from './ppp-update';

export default {
  'ppp-project': { schema: project },
  'ppp-update': { schema: update },
};
