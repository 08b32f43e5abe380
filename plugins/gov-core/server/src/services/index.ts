import publicAccess from './public-access';
import setup from './setup';
import info from './info';

export default {
  'public-access': publicAccess,
  setup,
  info,
};
