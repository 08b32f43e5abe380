import documentScope from './document-scope';
import publicRead from './public-read';

export default { 'public-read': publicRead, 'document-scope': documentScope };
