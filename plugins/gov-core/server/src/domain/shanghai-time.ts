// Government records are dated in China Standard Time (Asia/Shanghai) whatever the server's TZ.
const YEAR_IN_SHANGHAI = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric' });

export function yearInShanghai(date: Date): number {
  return Number(YEAR_IN_SHANGHAI.format(date));
}

const DATE_IN_SHANGHAI = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** `YYYY-MM-DD` of an instant in China Standard Time. */
export function dateInShanghai(date: Date): string {
  return DATE_IN_SHANGHAI.format(date);
}
