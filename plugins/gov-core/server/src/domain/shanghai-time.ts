// Government records are dated in China Standard Time (Asia/Shanghai) whatever the server's TZ.
const YEAR_IN_SHANGHAI = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric' });

export function yearInShanghai(date: Date): number {
  return Number(YEAR_IN_SHANGHAI.format(date));
}
