/** Toolbar texts in 简体 and 繁体 (chosen from the page's `lang`). */
export interface Labels {
  region: string;
  launcher: string;
  textLarger: string;
  textSmaller: string;
  textReset: string;
  zoomIn: string;
  zoomOut: string;
  contrast: string;
  invert: string;
  cursor: string;
  guide: string;
  magnifier: string;
  speakPoint: string;
  speakAll: string;
  speakStop: string;
  still: string;
  elder: string;
  reset: string;
  help: string;
  close: string;
  helpTitle: string;
  noSpeech: string;
  textLevel: string;
  zoomLevel: string;
  on: string;
  off: string;
  resetDone: string;
}

export const HANS: Labels = {
  region: '无障碍辅助工具条',
  launcher: '无障碍',
  textLarger: '文字放大',
  textSmaller: '文字缩小',
  textReset: '文字复原',
  zoomIn: '页面放大',
  zoomOut: '页面缩小',
  contrast: '高对比度',
  invert: '反色',
  cursor: '大鼠标',
  guide: '辅助线',
  magnifier: '大字幕',
  speakPoint: '指读',
  speakAll: '连读',
  speakStop: '停止朗读',
  still: '停止动画',
  elder: '适老版',
  reset: '重置',
  help: '快捷键',
  close: '关闭工具条',
  helpTitle: '快捷键说明',
  noSpeech: '此浏览器不支持语音朗读',
  textLevel: '文字大小',
  zoomLevel: '页面缩放',
  on: '已开启',
  off: '已关闭',
  resetDone: '已恢复默认设置',
};

export const HANT: Labels = {
  region: '無障礙輔助工具條',
  launcher: '無障礙',
  textLarger: '文字放大',
  textSmaller: '文字縮小',
  textReset: '文字復原',
  zoomIn: '頁面放大',
  zoomOut: '頁面縮小',
  contrast: '高對比度',
  invert: '反色',
  cursor: '大鼠標',
  guide: '輔助線',
  magnifier: '大字幕',
  speakPoint: '指讀',
  speakAll: '連讀',
  speakStop: '停止朗讀',
  still: '停止動畫',
  elder: '適老版',
  reset: '重置',
  help: '快捷鍵',
  close: '關閉工具條',
  helpTitle: '快捷鍵說明',
  noSpeech: '此瀏覽器不支持語音朗讀',
  textLevel: '文字大小',
  zoomLevel: '頁面縮放',
  on: '已開啟',
  off: '已關閉',
  resetDone: '已恢復默認設置',
};

/** zh-Hant, zh-TW, zh-HK, zh-MO pages get 繁体 labels; everything else 简体. */
export const isTraditional = (lang: string): boolean => /^zh-(hant|tw|hk|mo)\b/i.test(lang.trim());

export const labelsFor = (lang: string): Labels => (isTraditional(lang) ? HANT : HANS);
