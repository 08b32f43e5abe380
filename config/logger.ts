import { winston, formats } from '@strapi/logger';

// Tests log errors only; LOG_LEVEL overrides.
export default ({ env }) => ({
  transports: [
    new winston.transports.Console({
      level: env('LOG_LEVEL', env('NODE_ENV') === 'test' ? 'error' : 'http'),
      format: formats.prettyPrint({ timestamps: 'YYYY-MM-DD hh:mm:ss.SSS' }),
    }),
  ],
});
