import checker from './checker';
import profiles from './profiles';
import toolbarAssets from './toolbar-assets';

export default { checker, profiles, 'toolbar-assets': toolbarAssets };
