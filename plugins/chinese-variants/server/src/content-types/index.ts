import phrase from './phrase/schema';

export default {
  phrase: { schema: phrase },
};
