import { reportDeadline } from '..';

const at = (day: string) => new Date(`${day}T12:00:00+08:00`);

describe('20 days after the 批复 (the 批复 day not counted)', () => {
  it.each([
    ['2017-03-03', null, '2017-03-23', 'pending', 0, '2017-03-23'],
    ['2017-03-03', null, '2017-03-22', 'pending', 1, '2017-03-23'],
    ['2017-03-03', null, '2017-03-24', 'overdue', -1, '2017-03-23'],
    ['2017-02-20', null, '2017-03-12', 'pending', 0, '2017-03-12'],
    ['2016-02-20', null, '2016-03-11', 'pending', 0, '2016-03-11'],
    ['2017-12-20', null, '2018-01-10', 'overdue', -1, '2018-01-09'],
    // 16:00 UTC is midnight in China: the 24th, one day late; a second before is still the 23rd.
    ['2017-03-03', '2017-03-23T16:00:00.000Z', '2017-05-01', 'published-late', null, '2017-03-23'],
    ['2017-03-03', '2017-03-23T15:59:59.000Z', '2017-05-01', 'published-on-time', null, '2017-03-23'],
    ['2017-03-03', '2017-03-23T10:00:00.000Z', '2017-05-01', 'published-on-time', null, '2017-03-23'],
  ])('approved %s, published %s, on %s → %s', (approvedAt, publishedAt, on, status, daysLeft, dueOn) => {
    const d = reportDeadline({ approvedAt, publishedAt }, at(on));
    expect([d.status, d.daysLeft, d.dueOn]).toEqual([status, daysLeft, dueOn]);
  });

  it('has no due day without a 批复 date', () => {
    expect(reportDeadline({ approvedAt: null, publishedAt: null }, at('2017-01-01'))).toMatchObject({
      status: 'no-approval',
      dueOn: null,
      overdue: false,
    });
  });
});
