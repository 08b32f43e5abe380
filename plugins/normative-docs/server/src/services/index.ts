import validity from './validity';
import batches from './batches';
import expiry from './expiry';
import content from './content';

export default { validity, batches, expiry, content };
