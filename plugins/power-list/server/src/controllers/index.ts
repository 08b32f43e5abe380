import admin from './admin';
import publicController from './public';
import items from './items';

export default { admin, public: publicController, items };
