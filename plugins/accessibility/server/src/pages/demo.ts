/**
 * A Dao County (道县) article page as a county portal shows it, with "无障碍 | 适老版" in its header and the
 * toolbar included by one script tag: the page the browser tests run axe-core on.
 */
const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const SECTION = /^[一二三四五六七八九十]+、/;

export const DEMO_TITLE = '道县2017年政务公开工作要点';

export function demoPage({ text, lang }: { text: string; lang: 'zh-Hans' | 'zh-Hant' }): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const body = lines
    .map((line) =>
      SECTION.test(line)
        ? `<h2>${escape(line)}</h2>`
        : `<p${/^道县人民政府办公室$|^\d{4}年\d{1,2}月\d{1,2}日$/.test(line) ? ' class="sign"' : ''}>${escape(line)}</p>`,
    )
    .join('\n');
  const hant = lang === 'zh-Hant';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${DEMO_TITLE} - 道县人民政府</title>
<style>
body{margin:0;font:16px/1.6 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;color:#222;background:#fff}
.skip{position:absolute;left:-9999px}.skip:focus{left:8px;top:8px;background:#fff;padding:8px}
header{background:#a40000;color:#fff;padding:12px 24px}
header .site{font-size:28px;font-weight:700;margin:0}
header nav ul,.tools{list-style:none;margin:0;padding:0;display:flex;gap:16px;flex-wrap:wrap}
header a,header button{color:#fff}
.tools button{background:transparent;border:1px solid #fff;color:#fff;font-size:16px;padding:8px 12px;min-height:44px;cursor:pointer}
.crumbs{padding:8px 24px;background:#f4f4f4;color:#333}
.crumbs a{color:#0b4f9c}
main{max-width:60em;margin:0 auto;padding:16px 24px}
h1{font-size:28px;text-align:center}
.meta{color:#555;text-align:center}
main p{text-indent:2em}
p.sign{text-align:right}
footer{background:#333;color:#fff;padding:16px 24px}
footer a{color:#fff}
</style>
</head>
<body>
<a class="skip" href="#content">${hant ? '跳到正文' : '跳到正文'}</a>
<header>
<p class="site">道县人民政府</p>
<nav aria-label="${hant ? '網站導航' : '网站导航'}"><ul>
<li><a href="#content">${hant ? '首頁' : '首页'}</a></li>
<li><a href="#content">${hant ? '政務公開' : '政务公开'}</a></li>
<li><a href="#content">${hant ? '政務服務' : '政务服务'}</a></li>
</ul></nav>
<ul class="tools">
<li><button type="button" data-a11y-open>${hant ? '無障礙' : '无障碍'}</button></li>
<li><button type="button" data-a11y-elder aria-pressed="false">${hant ? '適老版' : '适老版'}</button></li>
</ul>
</header>
<nav class="crumbs" aria-label="${hant ? '當前位置' : '当前位置'}">${hant ? '您現在所在的位置' : '您现在所在的位置'}：<a href="#content">${hant ? '首頁' : '首页'}</a> &gt; <a href="#content">${hant ? '政務公開' : '政务公开'}</a></nav>
<main id="content" data-elder="main">
<article>
<h1>${DEMO_TITLE}</h1>
<p class="meta">2017-05-05&#12288;${hant ? '來源' : '来源'}：道县人民政府办公室</p>
${body}
</article>
</main>
<footer><p>${hant ? '主辦' : '主办'}：道县人民政府办公室&#12288;<a href="#content">${hant ? '網站地圖' : '网站地图'}</a></p></footer>
<script src="/accessibility/toolbar.js" defer></script>
</body>
</html>
`;
}
