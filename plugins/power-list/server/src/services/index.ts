import adjustments from './adjustments';
import items from './items';
import spreadsheet from './spreadsheet';

export default { adjustments, items, spreadsheet };
