import documents from './documents';
import batches from './batches';
import admin from './admin';

export default { documents, batches, admin };
