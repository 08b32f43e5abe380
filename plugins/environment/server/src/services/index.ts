import air from './air';
import disclosure from './disclosure';
import observationImport from './observation-import';

export default { air, disclosure, 'observation-import': observationImport };
