import fs from 'node:fs';
import path from 'node:path';
import type { TestApp } from '../helpers/strapi';

export const DAO_COUNTY_TEXT = fs.readFileSync(
  path.resolve(__dirname, '../../plugins/accessibility/toolbar/demo/dao-county-2017.txt'),
  'utf8',
);

/** An image and a PDF in the media library (rows only: the profile needs their URLs, sizes and formats). */
export const uploadFixtures = async (app: TestApp) => {
  const files = app.strapi.db.query('plugin::upload.file' as never) as any;
  const common = { provider: 'local', folderPath: '/' };
  const photo = await files.create({
    data: {
      ...common,
      name: 'IMG_0001.jpg',
      hash: 'img_0001_a11y',
      ext: '.jpg',
      mime: 'image/jpeg',
      size: 812.5,
      width: 2400,
      height: 1600,
      url: '/uploads/img_0001_a11y.jpg',
      alternativeText: null,
      formats: {
        xlarge: { url: '/uploads/xlarge_img_0001_a11y.jpg', width: 1200, height: 800 },
        large: { url: '/uploads/large_img_0001_a11y.jpg', width: 1000, height: 667 },
        small: { url: '/uploads/small_img_0001_a11y.jpg', width: 500, height: 333 },
      },
    },
  });
  const described = await files.create({
    data: {
      ...common,
      name: 'daoxian-panorama.jpg',
      hash: 'panorama_a11y',
      ext: '.jpg',
      mime: 'image/jpeg',
      size: 300,
      width: 1600,
      height: 900,
      url: '/uploads/panorama_a11y.jpg',
      alternativeText: '道县县城全景',
      formats: { large: { url: '/uploads/large_panorama_a11y.jpg', width: 1000, height: 563 } },
    },
  });
  const pdf = await files.create({
    data: {
      ...common,
      name: 'yaodian.pdf',
      hash: 'yaodian_a11y',
      ext: '.pdf',
      mime: 'application/pdf',
      size: 320,
      url: '/uploads/yaodian_a11y.pdf',
    },
  });
  return { photo, described, pdf };
};

/** The Dao County article as rich text, with what the 适老版 must rewrite. */
export const daoCountyArticleHtml = () =>
  DAO_COUNTY_TEXT.split('\n')
    .filter((line) => line.trim())
    .slice(0, 8)
    .map((line) => `<p>${line}</p>`)
    .join('\n') +
  '\n<h2>责任分工</h2>' +
  '<table width="900"><caption>责任分工表</caption><thead><tr><th scope="col">任务</th><th scope="col">责任单位</th></tr></thead>' +
  '<tbody><tr><td style="width:300px">政策解读</td><td>县政府办</td></tr></tbody></table>' +
  '<p style="text-align:center"><img src="/uploads/panorama_a11y.jpg" alt="道县县城全景" width="600"></p>' +
  '<p>附件：<a href="/uploads/yaodian_a11y.pdf">道县2017年政务公开工作要点全文</a></p>' +
  '<p>详见<a href="http://www.gov.cn/zhengce/" target="_blank">中国政府网政策专栏</a>。</p>';
