import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';

export const EXPIRY_JOB = 'normative-docs-expire';

/**
 * The daily automatic expiry, 00:05 China Standard Time. Strapi starts its cron service whatever
 * `server.cron.enabled` says (only config tasks are gated), so the job is added only when cron is enabled.
 */
export const scheduleExpiry = (strapi: Core.Strapi) => {
  if (!strapi.config.get('server.cron.enabled', false)) return;
  strapi.cron.add({
    [EXPIRY_JOB]: {
      task: async () => {
        await getService(strapi, 'expiry').run({ now: new Date() });
      },
      options: { rule: '5 0 * * *', tz: 'Asia/Shanghai' },
    },
  });
};

export const unscheduleExpiry = (strapi: Core.Strapi) => {
  if (strapi.cron.jobs.some((j: { name?: string | null }) => j.name === EXPIRY_JOB))
    strapi.cron.remove(EXPIRY_JOB);
};
