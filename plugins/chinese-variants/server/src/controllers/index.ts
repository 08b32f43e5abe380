import preview from './preview';
import phrase from './phrase';

export default { preview, phrase };
