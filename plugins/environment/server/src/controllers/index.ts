import aqi from './aqi';
import air from './air';
import disclosure from './disclosure';
import admin from './admin';

export default { aqi, air, disclosure, admin };
