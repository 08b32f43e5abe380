/** 三公经费 of a report: the four parts this year and last year (the report's unit, exact), and the explanation. */
const money = () => ({ type: 'decimal', min: 0 }) as const;

export default {
  collectionName: 'components_budget_three_public_funds',
  info: {
    displayName: '“三公”经费 (Three public funds)',
    icon: 'chartPie',
    description: '四项经费本年数、上年数及增减变化说明',
  },
  options: {},
  attributes: {
    abroad: money(),
    vehiclePurchase: money(),
    vehicleOperation: money(),
    reception: money(),
    lastYearAbroad: money(),
    lastYearVehiclePurchase: money(),
    lastYearVehicleOperation: money(),
    lastYearReception: money(),
    explanation: { type: 'text', maxLength: 2000 },
  },
};
