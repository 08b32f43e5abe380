import info from './info';
import content from './content';
import disclosure from './disclosure';
import governance from './governance';
import articles from './articles';

export default { info, content, disclosure, governance, articles };
