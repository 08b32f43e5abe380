import type { RuleId } from '../../data/rules';

/** Each row: a rule, markup that breaks it, and the corrected markup that passes it. */
export const RULE_CASES: ReadonlyArray<{ rule: RuleId; fails: string; passes: string; why: string }> = [
  {
    rule: 'img-alt-missing',
    why: 'img without alt',
    fails: '<img src="/u/a.jpg">',
    passes: '<img src="/u/a.jpg" alt="道县县城全景">',
  },
  {
    rule: 'img-alt-missing',
    why: 'decorative image marked alt=""',
    fails: '<p>标题<img src="/u/line.png"></p>',
    passes: '<p>标题<img src="/u/line.png" alt=""></p>',
  },
  {
    rule: 'img-alt-meaningless',
    why: 'whitespace-only alt',
    fails: '<img src="a.jpg" alt="  ">',
    passes: '<img src="a.jpg" alt="濂溪故里牌坊">',
  },
  {
    rule: 'img-alt-meaningless',
    why: 'placeholder 图片',
    fails: '<img src="a.jpg" alt="图片">',
    passes: '<img src="a.jpg" alt="县政府常务会议现场">',
  },
  {
    rule: 'img-alt-meaningless',
    why: 'placeholder image 2',
    fails: '<img src="a.jpg" alt="Image 2">',
    passes: '<img src="a.jpg" alt="Map of Daoxian county">',
  },
  {
    rule: 'img-alt-meaningless',
    why: 'placeholder photo',
    fails: '<img src="a.jpg" alt="photo">',
    passes: '<img src="a.jpg" alt="新建的潇水大桥">',
  },
  {
    rule: 'img-alt-meaningless',
    why: 'camera file name',
    fails: '<img src="/u/x_1a2b.jpg" alt="IMG_0001.jpg">',
    passes: '<img src="/u/x_1a2b.jpg" alt="2017年政务公开培训会">',
  },
  {
    rule: 'img-alt-meaningless',
    why: 'camera name without extension',
    fails: '<img src="a.jpg" alt="DSC01234">',
    passes: '<img src="a.jpg" alt="春耕现场">',
  },
  {
    rule: 'img-alt-meaningless',
    why: 'WeChat export name',
    fails: '<img src="a.jpg" alt="微信图片_20170301101010">',
    passes: '<img src="a.jpg" alt="乡村振兴示范点">',
  },
  {
    rule: 'img-alt-meaningless',
    why: 'alt repeats the src file name',
    fails: '<img src="/uploads/huiyi.jpg" alt="huiyi">',
    passes: '<img src="/uploads/huiyi.jpg" alt="县委常委会会议">',
  },
  {
    rule: 'heading-empty',
    why: 'empty heading',
    fails: '<h2> </h2><p>正文</p>',
    passes: '<h2>一、工作目标</h2><p>正文</p>',
  },
  {
    rule: 'heading-level-skipped',
    why: 'h2 → h4',
    fails: '<h2>一、总体要求</h2><h4>（一）目标</h4>',
    passes: '<h2>一、总体要求</h2><h3>（一）目标</h3>',
  },
  {
    rule: 'heading-level-skipped',
    why: 'first heading below the page h1 is h3',
    fails: '<h3>一、总体要求</h3>',
    passes: '<h2>一、总体要求</h2>',
  },
  {
    rule: 'heading-as-body-text',
    why: 'a heading over 60 characters',
    fails: `<h2>${'各乡镇人民政府、县直各单位要高度重视政务公开工作，'.repeat(3)}</h2>`,
    passes:
      '<h2>二、重点任务</h2><p>各乡镇人民政府、县直各单位要高度重视政务公开工作，切实加强组织领导。</p>',
  },
  {
    rule: 'heading-as-body-text',
    why: 'a heading holding a paragraph of sentences',
    fails: '<h3>要加强组织领导。要强化督查考核。</h3>',
    passes: '<h3>（三）加强组织领导</h3>',
  },
  {
    rule: 'table-no-header',
    why: 'data table with only td',
    fails:
      '<table><caption>2017年财政收入</caption><tr><td>项目</td><td>金额</td></tr><tr><td>税收</td><td>3.2亿元</td></tr></table>',
    passes:
      '<table><caption>2017年财政收入</caption><tr><th scope="col">项目</th><th scope="col">金额</th></tr><tr><td>税收</td><td>3.2亿元</td></tr></table>',
  },
  {
    rule: 'table-no-header',
    why: 'scope on td counts as header',
    fails: '<table><caption>表</caption><tr><td>项目</td><td>金额</td></tr></table>',
    passes: '<table><caption>表</caption><tr><td scope="col">项目</td><td scope="col">金额</td></tr></table>',
  },
  {
    rule: 'table-no-caption',
    why: 'data table without caption',
    fails: '<table><tr><th>项目</th><th>金额</th></tr><tr><td>税收</td><td>3.2亿元</td></tr></table>',
    passes:
      '<table aria-label="2017年财政收入"><tr><th>项目</th><th>金额</th></tr><tr><td>税收</td><td>3.2亿元</td></tr></table>',
  },
  {
    rule: 'table-layout',
    why: 'single-cell table',
    fails: '<table><tr><td>通知正文</td></tr></table>',
    passes: '<table role="presentation"><tr><td>通知正文</td></tr></table>',
  },
  {
    rule: 'table-layout',
    why: 'nested tables',
    fails:
      '<table><tr><td><table><caption>内</caption><tr><th>a</th><th>b</th></tr></table></td><td>右栏</td></tr></table>',
    passes:
      '<table role="none"><tr><td><table><caption>内</caption><tr><th>a</th><th>b</th></tr></table></td><td>右栏</td></tr></table>',
  },
  {
    rule: 'link-empty',
    why: 'link with no text',
    fails: '<a href="/zwgk/"></a>',
    passes: '<a href="/zwgk/">政务公开</a>',
  },
  {
    rule: 'link-empty',
    why: 'image link with decorative alt',
    fails: '<a href="/"><img src="logo.png" alt=""></a>',
    passes: '<a href="/"><img src="logo.png" alt="道县人民政府首页"></a>',
  },
  {
    rule: 'link-text-vague',
    why: '点击这里',
    fails: '<p>详见<a href="/a/1.html">点击这里</a></p>',
    passes: '<p>详见<a href="/a/1.html">道县2017年政务公开工作要点</a></p>',
  },
  {
    rule: 'link-text-vague',
    why: '更多>>',
    fails: '<a href="/list/">更多&gt;&gt;</a>',
    passes: '<a href="/list/">更多政策解读</a>',
  },
  {
    rule: 'link-text-vague',
    why: '[详情]',
    fails: '<a href="/a/2.html">[详情]</a>',
    passes: '<a href="/a/2.html">查看招聘公告详情</a>',
  },
  {
    rule: 'link-text-vague',
    why: 'read more',
    fails: '<a href="/en/1">Read more…</a>',
    passes: '<a href="/en/1">Read the 2017 work plan</a>',
  },
  {
    rule: 'link-text-vague',
    why: 'bare URL as text',
    fails: '<a href="http://www.gov.cn/">http://www.gov.cn/</a>',
    passes: '<a href="http://www.gov.cn/">中国政府网</a>',
  },
  {
    rule: 'link-text-ambiguous',
    why: 'same text, different targets',
    fails: '<a href="/a/1.html">通知</a><a href="/a/2.html">通知</a>',
    passes: '<a href="/a/1.html">通知</a><a href="/a/1.html/">通知</a>',
  },
  {
    rule: 'attachment-info-missing',
    why: 'PDF link without type and size',
    fails: '<p>附件：<a href="/uploads/yaodian.pdf">道县2017年政务公开工作要点</a></p>',
    passes: '<p>附件：<a href="/uploads/yaodian.pdf">道县2017年政务公开工作要点</a>（PDF，320KB）</p>',
  },
  {
    rule: 'attachment-info-missing',
    why: 'type stated inside the link text',
    fails: '<a href="/u/b.docx?v=2">报名表.docx</a>',
    passes: '<a href="/u/b.docx?v=2">报名表（Word 文档，28KB）</a>',
  },
  {
    rule: 'font-size-too-small',
    why: '10px',
    fails: '<p style="font-size:10px">注：</p>',
    passes: '<p style="font-size:12px">注：</p>',
  },
  {
    rule: 'font-size-too-small',
    why: '8pt',
    fails: '<span style="font-size: 8pt">注</span>',
    passes: '<span style="font-size: 9pt">注</span>',
  },
  {
    rule: 'font-size-too-small',
    why: '0.7em',
    fails: '<span style="font-size:.7em">注</span>',
    passes: '<span style="font-size:0.75em">注</span>',
  },
  {
    rule: 'font-size-too-small',
    why: '70%',
    fails: '<span style="font-size:70%">注</span>',
    passes: '<span style="font-size:80%">注</span>',
  },
  {
    rule: 'font-size-too-small',
    why: '0.6rem',
    fails: '<span style="font-size:0.6rem">注</span>',
    passes: '<span style="font-size:1rem">注</span>',
  },
  {
    rule: 'font-size-too-small',
    why: 'font shorthand',
    fails: '<p style="font: 11px/1.5 SimSun">注</p>',
    passes: '<p style="font: 14px/1.5 SimSun">注</p>',
  },
  {
    rule: 'contrast-too-low',
    why: '#777 on white',
    fails: '<p style="color:#777777">正文</p>',
    passes: '<p style="color:#767676">正文</p>',
  },
  {
    rule: 'contrast-too-low',
    why: 'white on a light ancestor background',
    fails: '<div style="background-color:#ffcc00"><p style="color:#fff">通知</p></div>',
    passes: '<div style="background-color:#005a9c"><p style="color:#fff">通知</p></div>',
  },
  {
    rule: 'contrast-too-low',
    why: 'large text may use 3:1',
    fails: '<p style="color:#949494;font-size:18px">小标题</p>',
    passes: '<p style="color:#949494;font-size:24px">大标题</p>',
  },
  {
    rule: 'contrast-too-low',
    why: '14pt bold is large',
    fails: '<p style="color:#949494;font-size:14pt">加粗</p>',
    passes: '<p style="color:#949494;font-size:14pt;font-weight:bold">加粗</p>',
  },
  {
    rule: 'contrast-too-low',
    why: 'dark text on dark background',
    fails: '<span style="background:#333">注意</span>',
    passes: '<span style="background:#333;color:#fff">注意</span>',
  },
  {
    rule: 'font-element',
    why: '<font>',
    fails: '<font color="#000">重要</font>',
    passes: '<strong>重要</strong>',
  },
  {
    rule: 'moving-text',
    why: '<marquee>',
    fails: '<marquee>欢迎访问道县人民政府网站</marquee>',
    passes: '<p>欢迎访问道县人民政府网站</p>',
  },
  {
    rule: 'moving-text',
    why: '<blink>',
    fails: '<blink>紧急通知</blink>',
    passes: '<strong>紧急通知</strong>',
  },
  {
    rule: 'autoplay-sound',
    why: 'autoplay audio',
    fails: '<audio src="a.mp3" autoplay controls></audio>',
    passes: '<audio src="a.mp3" controls></audio>',
  },
  {
    rule: 'autoplay-sound',
    why: 'autoplay video with sound',
    fails: '<video src="v.mp4" autoplay controls></video>',
    passes: '<video src="v.mp4" autoplay muted controls></video>',
  },
  {
    rule: 'autoplay-no-controls',
    why: 'muted autoplay video without controls',
    fails: '<video src="v.mp4" autoplay muted></video>',
    passes: '<video src="v.mp4" autoplay muted controls></video>',
  },
];
