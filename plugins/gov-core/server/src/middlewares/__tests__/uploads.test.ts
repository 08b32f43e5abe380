import { reachesUploads, servedPath } from '../uploads';

describe('the path a static route would serve', () => {
  it.each([
    ['/uploads/a.pdf', '/uploads/a.pdf'],
    ['/%75ploads/a.pdf', '/uploads/a.pdf'],
    ['/uploads%2fa.pdf', '/uploads/a.pdf'],
    ['/uploads%2Fa.pdf', '/uploads/a.pdf'],
    ['/./uploads/a.pdf', '/uploads/a.pdf'],
    ['/x/../uploads/a.pdf', '/uploads/a.pdf'],
    ['//uploads/a.pdf', '/uploads/a.pdf'],
    ['/uploads%5ca.pdf', '/uploads/a.pdf'],
    ['/uploads/%E0%A4%A', null],
    ['/uploads/a%00.pdf', null],
  ])('%s → %s', (raw, served) => expect(servedPath(raw)).toBe(served));

  it.each([
    '/uploads/a.pdf',
    '/Uploads/a.pdf',
    '/UPLOADS%2Fa.pdf',
    '/%55ploads/a.pdf',
    '/x/../uploads/a.pdf',
    '/uploads/..%2f..%2fpackage.json',
    '/uploads/%E0%A4%A',
    '/uploads',
  ])('%s is judged by the uploads guard', (raw) => expect(reachesUploads(raw)).toBe(true));

  it.each([
    '/api/gov-core/articles',
    '/admin',
    '/uploadsx/a.pdf',
    '/x/uploads/a.pdf',
    '/favicon.png',
    '/%E0%A4%A',
  ])('%s is not', (raw) => expect(reachesUploads(raw)).toBe(false));
});
