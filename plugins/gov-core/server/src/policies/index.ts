import documentScope from './document-scope';
import publicRead from './public-read';
import urlImport from './url-import';

export default { 'public-read': publicRead, 'url-import': urlImport, 'document-scope': documentScope };
