import powerItem from './power-item/schema';
import powerAdjustment from './power-adjustment/schema';

export default {
  'power-item': { schema: powerItem },
  'power-adjustment': { schema: powerAdjustment },
};
