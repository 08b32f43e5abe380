import { coordinatesProblem } from '../geo';

describe('coordinatesProblem', () => {
  it.each([
    [null, null, null],
    [undefined, undefined, null],
    [25.5, 111.6, null],
    [0, 0, null],
    [25.5, null, 'longitude'],
    [null, 111.6, 'latitude'],
    [undefined, 0, 'latitude'],
  ])('latitude %p, longitude %p → %p', (latitude, longitude, field) => {
    const problem = coordinatesProblem(latitude, longitude);
    expect(problem?.field ?? null).toBe(field);
    if (problem) expect(problem.message).toBe('经纬度须同时填写');
  });
});
