/**
 * Text alternatives that say nothing (WCAG 2.1 F30: "using text alternatives that are not alternatives,
 * e.g. filenames or placeholder text"). Compared after lower-casing and removing digits, spaces and
 * punctuation, so "图片1", "Image 02" and "【照片】" all match.
 */
export const PLACEHOLDER_ALT_TEXTS: readonly string[] = [
  '图',
  '图片',
  '图像',
  '照片',
  '相片',
  '插图',
  '配图',
  '附图',
  '示意图',
  '未命名',
  '无标题',
  '无',
  '空',
  'image',
  'images',
  'img',
  'photo',
  'photos',
  'picture',
  'pic',
  'graphic',
  'untitled',
  'alt',
  'null',
  'undefined',
];

/** Extensions of image files (a file name used as alt text ends with one of these). */
export const IMAGE_EXTENSIONS: readonly string[] = [
  'jpg',
  'jpeg',
  'jpe',
  'png',
  'gif',
  'webp',
  'bmp',
  'svg',
  'tif',
  'tiff',
  'avif',
  'heic',
  'heif',
  'ico',
];

/**
 * File names produced by cameras, phones and chat apps, with or without extension: IMG_0001, DSC01234,
 * DSCN0001, PXL_20230101_…, mmexport1690000000000, wx_camera_…, 微信图片_20230101…, 屏幕截图 2023-…,
 * and content hashes (Strapi stores uploads as name_hash).
 */
export const CAMERA_FILE_NAME_PATTERNS: readonly RegExp[] = [
  /^(img|dsc|dscn|dscf|dcim|pxl|mvimg|pano|vid|p)[-_ ]?\d{3,}/i,
  /^(mmexport|wx_camera|wechatimg|screenshot|snipaste|qq截图|微信图片|微信截图|屏幕截图|截图|image)[-_ ]?\d/i,
  /^[0-9a-f]{16,}$/i,
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
];
