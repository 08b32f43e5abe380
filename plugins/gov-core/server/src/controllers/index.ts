import info from './info';
import content from './content';
import disclosure from './disclosure';

export default { info, content, disclosure };
