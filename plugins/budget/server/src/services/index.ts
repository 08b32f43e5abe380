import tables from './tables';
import publicTables from './public';
import deadlines from './deadlines';

export default { tables, public: publicTables, deadlines };
