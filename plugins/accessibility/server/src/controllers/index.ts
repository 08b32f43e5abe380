import check from './check';
import toolbar from './toolbar';

export default { check, toolbar };
