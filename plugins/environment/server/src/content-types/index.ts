import airStation from './air-station/schema';
import airObservation from './air-observation/schema';
import airForecast from './air-forecast/schema';
import waterQualityReport from './water-quality-report/schema';
import polluterReport from './polluter-report/schema';

export default {
  'air-station': { schema: airStation },
  'air-observation': { schema: airObservation },
  'air-forecast': { schema: airForecast },
  'water-quality-report': { schema: waterQualityReport },
  'polluter-report': { schema: polluterReport },
};
