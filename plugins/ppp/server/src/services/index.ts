import stats from './stats';
import deadlines from './deadlines';

export default { stats, deadlines };
