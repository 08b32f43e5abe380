import { checkMedia } from '../check-media';

const image = { name: '县委常委会.jpg', mime: 'image/jpeg', url: '/uploads/huiyi_3f2a1b.jpg' };

describe('checkMedia', () => {
  it.each([
    ['no alternativeText', { ...image }, 'media-alt-missing'],
    ['null alternativeText', { ...image, alternativeText: null }, 'media-alt-missing'],
    ['blank alternativeText', { ...image, alternativeText: '  ' }, 'media-alt-missing'],
    [
      'the file name as alternativeText',
      { ...image, alternativeText: '县委常委会.jpg' },
      'media-alt-meaningless',
    ],
    ['the file name without extension', { ...image, alternativeText: '县委常委会' }, 'media-alt-meaningless'],
    ['the stored file name', { ...image, alternativeText: 'huiyi_3f2a1b' }, 'media-alt-meaningless'],
    ['a placeholder', { ...image, alternativeText: '图片' }, 'media-alt-meaningless'],
    ['a camera name', { ...image, alternativeText: 'IMG_20170301_101010' }, 'media-alt-meaningless'],
  ])('reports an image with %s', (_, file, rule) => {
    const [v] = checkMedia(file, 'cover');
    expect(v).toMatchObject({ rule, field: 'cover', severity: 'error' });
  });

  it('accepts an image whose alternativeText describes it', () => {
    expect(checkMedia({ ...image, alternativeText: '县委常委会会议现场' }, 'cover')).toEqual([]);
  });

  it('judges by file extension when the mime type is missing', () => {
    expect(checkMedia({ name: 'banner.PNG' }, 'banner')).toHaveLength(1);
    expect(checkMedia({ name: '要点.pdf' }, 'attachment')).toEqual([]);
  });

  it('does not require alternative text for documents and videos', () => {
    expect(checkMedia({ name: '要点.pdf', mime: 'application/pdf' }, 'attachment')).toEqual([]);
    expect(checkMedia({ name: 'v.mp4', mime: 'video/mp4' }, 'video')).toEqual([]);
  });

  it('returns nothing for an empty field', () => {
    expect(checkMedia(null, 'cover')).toEqual([]);
    expect(checkMedia(undefined, 'cover')).toEqual([]);
  });

  it('checks every file of a multiple media field', () => {
    const files = [
      { ...image, alternativeText: '会议现场' },
      { ...image, name: 'b.jpg', alternativeText: 'b.jpg' },
      { ...image, name: 'c.jpg' },
    ];
    expect(checkMedia(files, 'gallery').map((v) => v.rule)).toEqual([
      'media-alt-meaningless',
      'media-alt-missing',
    ]);
  });

  it('puts the file name and alternative text in the excerpt', () => {
    const [v] = checkMedia({ ...image, alternativeText: 'photo' }, 'cover');
    expect(v.excerpt).toBe('县委常委会.jpg（替代文本：photo）');
  });
});
