import publicAccess from './public-access';
import setup from './setup';
import info from './info';
import columnRegistry from './column-registry';
import indexNumbers from './index-numbers';
import content from './content';
import publishDate from './publish-date';
import scoping from './scoping';
import roles from './roles';
import reviews from './reviews';
import audit from './audit';
import toolkit from './toolkit';
import publicRead from './public-read';
import tableFiles from './table-files';
import openapi from './openapi';
import bulkWriter from './bulk-writer';
import directory from './directory';
import publicApi from './public-api';
import pipeline from './pipeline';
import adminLayouts from './admin-layouts';

export default {
  'public-access': publicAccess,
  setup,
  info,
  'column-registry': columnRegistry,
  'index-numbers': indexNumbers,
  content,
  'publish-date': publishDate,
  scoping,
  roles,
  reviews,
  audit,
  toolkit,
  'public-read': publicRead,
  'table-files': tableFiles,
  openapi,
  'bulk-writer': bulkWriter,
  directory,
  'public-api': publicApi,
  pipeline,
  'admin-layouts': adminLayouts,
};
