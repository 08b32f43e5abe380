/**
 * 无障碍辅助工具条: included with one `<script src=".../accessibility/toolbar.js" defer>`; it loads its own
 * stylesheet, builds a keyboard-operable toolbar labelled for screen readers (简体 or 繁体 after the page's
 * `lang`), and applies the visitor's settings, kept in localStorage, on every page.
 */
import { labelsFor, isTraditional } from './labels';
import type { Labels } from './labels';
import {
  DEFAULTS,
  ELDER_MIN_SCALE,
  ELDER_MIN_TEXT_PX,
  TEXT_SCALES,
  ZOOM_LEVELS,
  loadSettings,
  saveSettings,
} from './settings';
import type { Settings } from './settings';

const ROOT_ID = 'a11y-tb';
const PREFIX = 'a11y-';
type Command =
  | 'textLarger'
  | 'textSmaller'
  | 'textReset'
  | 'zoomIn'
  | 'zoomOut'
  | 'contrast'
  | 'invert'
  | 'cursor'
  | 'guide'
  | 'magnifier'
  | 'speakPoint'
  | 'speakAll'
  | 'still'
  | 'elder'
  | 'reset'
  | 'help'
  | 'close';

/** Toolbar buttons in order, with their shortcut (Alt+Shift+key, by physical key). */
const CONTROLS: ReadonlyArray<{ command: Command; key: string; toggle?: boolean }> = [
  { command: 'textLarger', key: 'L' },
  { command: 'textSmaller', key: 'S' },
  { command: 'textReset', key: '0' },
  { command: 'zoomIn', key: 'Z' },
  { command: 'zoomOut', key: 'U' },
  { command: 'contrast', key: 'C', toggle: true },
  { command: 'invert', key: 'I', toggle: true },
  { command: 'cursor', key: 'M', toggle: true },
  { command: 'guide', key: 'G', toggle: true },
  { command: 'magnifier', key: 'B', toggle: true },
  { command: 'speakPoint', key: 'R', toggle: true },
  { command: 'speakAll', key: 'P', toggle: true },
  { command: 'still', key: 'A', toggle: true },
  { command: 'elder', key: 'E', toggle: true },
  { command: 'reset', key: 'X' },
  { command: 'help', key: 'H' },
  { command: 'close', key: 'O' },
];

const doc = document;
const html = doc.documentElement;
const labels: Labels = labelsFor(html.lang || '');
const speechLang = isTraditional(html.lang || '') ? (/hk|mo/i.test(html.lang) ? 'zh-HK' : 'zh-TW') : 'zh-CN';
const scriptSrc = (doc.currentScript as HTMLScriptElement | null)?.src || '';

let settings: Settings = loadSettings();
let reading = false;
let helpOpen = false;

const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] => {
  const node = doc.createElement(tag);
  for (const name of Object.keys(attrs)) node.setAttribute(name, attrs[name]);
  if (text !== undefined) node.textContent = text;
  return node;
};

// ---------------------------------------------------------------- DOM of the toolbar

const root = el('div', { id: ROOT_ID, class: `${PREFIX}tb` });
const bar = el('div', { class: `${PREFIX}tb__bar`, role: 'region', 'aria-label': labels.region });
const list = el('ul', { class: `${PREFIX}tb__list` });
const status = el('p', { class: `${PREFIX}tb__status`, role: 'status', 'aria-live': 'polite' });
const help = el('div', { class: `${PREFIX}tb__help`, id: `${PREFIX}tb-help` });
const guideLine = el('div', { class: `${PREFIX}guide`, 'aria-hidden': 'true' });
const magnifierBox = el('div', { class: `${PREFIX}magnifier`, 'aria-hidden': 'true' });
const launcher = el(
  'button',
  { type: 'button', class: `${PREFIX}launcher`, 'aria-expanded': 'false' },
  labels.launcher,
);
const buttons = new Map<Command, HTMLButtonElement>();
const speechSupported =
  typeof window.speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance !== 'undefined';

const shortcut = (key: string) => `Alt+Shift+${key}`;

for (const control of CONTROLS) {
  const item = el('li');
  const button = el('button', {
    type: 'button',
    class: `${PREFIX}tb__btn`,
    'data-command': control.command,
    'aria-keyshortcuts': shortcut(control.key),
    title: `${labels[control.command]}（${shortcut(control.key)}）`,
  });
  button.textContent = labels[control.command];
  if (control.toggle) button.setAttribute('aria-pressed', 'false');
  if (control.command === 'help') {
    button.setAttribute('aria-controls', help.id);
    button.setAttribute('aria-expanded', 'false');
  }
  if ((control.command === 'speakPoint' || control.command === 'speakAll') && !speechSupported) {
    button.setAttribute('aria-disabled', 'true');
    button.title = labels.noSpeech;
  }
  button.addEventListener('click', () => run(control.command));
  buttons.set(control.command, button);
  item.appendChild(button);
  list.appendChild(item);
}

help.hidden = true;
help.appendChild(el('h2', { class: `${PREFIX}tb__help-title` }, labels.helpTitle));
const helpList = el('dl');
for (const control of CONTROLS) {
  const row = el('div');
  row.appendChild(el('dt', {}, shortcut(control.key)));
  row.appendChild(el('dd', {}, labels[control.command]));
  helpList.appendChild(row);
}
const escRow = el('div');
escRow.appendChild(el('dt', {}, 'Esc'));
escRow.appendChild(el('dd', {}, labels.speakStop));
helpList.appendChild(escRow);
help.appendChild(helpList);

bar.appendChild(list);
bar.appendChild(help);
bar.appendChild(status);
root.appendChild(bar);
root.appendChild(guideLine);
root.appendChild(magnifierBox);

// ---------------------------------------------------------------- applying settings

const pageElements = (): HTMLElement[] => {
  const out: HTMLElement[] = [];
  for (const child of Array.from(doc.body.children)) {
    if (child === root || child === launcher || !(child instanceof HTMLElement)) continue;
    if (child.tagName === 'SCRIPT' || child.tagName === 'STYLE') continue;
    out.push(child, ...Array.from(child.querySelectorAll<HTMLElement>('*')));
  }
  return out;
};

/** Original font sizes (px) and inline values, recorded before the first change. */
const originalSizes = new WeakMap<HTMLElement, { px: number; inline: string }>();
let bodyTextPx = 16;

function textScale(): number {
  let scale = TEXT_SCALES[settings.text];
  if (settings.elder) scale = Math.max(scale, ELDER_MIN_SCALE, ELDER_MIN_TEXT_PX / bodyTextPx);
  return scale;
}

function applyTextSize(): void {
  const elements = pageElements();
  const fresh = elements.filter((e) => !originalSizes.has(e));
  // Read every original size first: a child's computed size depends on its parent's.
  for (const e of fresh) {
    originalSizes.set(e, { px: parseFloat(getComputedStyle(e).fontSize) || 16, inline: e.style.fontSize });
  }
  const scale = textScale();
  for (const e of elements) {
    const original = originalSizes.get(e)!;
    if (scale === 1) {
      e.style.removeProperty('font-size');
      if (original.inline) e.style.fontSize = original.inline;
    } else {
      e.style.setProperty('font-size', `${Math.round(original.px * scale * 100) / 100}px`, 'important');
    }
  }
}

function applyZoom(): void {
  const zoom = ZOOM_LEVELS[settings.zoom];
  for (const child of Array.from(doc.body.children)) {
    if (child === root || child === launcher || !(child instanceof HTMLElement)) continue;
    if (zoom === 1) child.style.removeProperty('zoom');
    else child.style.setProperty('zoom', String(zoom));
  }
}

const toggleClass = (name: string, on: boolean) => html.classList.toggle(PREFIX + name, on);

function applyAll(): void {
  toggleClass('contrast', settings.theme === 'contrast');
  toggleClass('invert', settings.theme === 'invert');
  toggleClass('cursor', settings.cursor);
  toggleClass('still', settings.still);
  toggleClass('elder', settings.elder);
  guideLine.hidden = !settings.guide;
  magnifierBox.hidden = !settings.magnifier || !magnifierBox.textContent;
  applyTextSize();
  applyZoom();
  if (settings.still) stopMedia();
  bar.hidden = !settings.open;
  launcher.setAttribute('aria-expanded', String(settings.open));
  for (const trigger of Array.from(doc.querySelectorAll('[data-a11y-open]'))) {
    trigger.setAttribute('aria-expanded', String(settings.open));
  }
  const pressed: Partial<Record<Command, boolean>> = {
    contrast: settings.theme === 'contrast',
    invert: settings.theme === 'invert',
    cursor: settings.cursor,
    guide: settings.guide,
    magnifier: settings.magnifier,
    speakPoint: settings.speak,
    speakAll: reading,
    still: settings.still,
    elder: settings.elder,
  };
  for (const command of Object.keys(pressed) as Command[]) {
    buttons.get(command)!.setAttribute('aria-pressed', String(pressed[command]));
  }
  buttons.get('help')!.setAttribute('aria-expanded', String(helpOpen));
  buttons.get('speakAll')!.textContent = reading ? labels.speakStop : labels.speakAll;
  for (const trigger of Array.from(doc.querySelectorAll('[data-a11y-elder]'))) {
    trigger.setAttribute('aria-pressed', String(settings.elder));
  }
}

function stopMedia(): void {
  for (const media of Array.from(
    doc.querySelectorAll<HTMLMediaElement>('video[autoplay], audio[autoplay]'),
  )) {
    media.pause();
  }
}

function announce(text: string): void {
  status.textContent = '';
  // A new text node after clearing makes screen readers announce the same message twice in a row.
  window.setTimeout(() => (status.textContent = text), 50);
}

const percent = (n: number) => `${Math.round(n * 100)}%`;

function update(change: Partial<Settings>, message?: string): void {
  settings = { ...settings, ...change };
  saveSettings(settings);
  applyAll();
  if (message) announce(message);
}

const onOff = (on: boolean) => (on ? labels.on : labels.off);

// ---------------------------------------------------------------- speech

function speak(text: string, onEnd?: () => void): void {
  if (!speechSupported || !text.trim()) return;
  const synth = window.speechSynthesis;
  synth.cancel();
  const utterance = new SpeechSynthesisUtterance(text.trim().slice(0, 4000));
  utterance.lang = speechLang;
  const voice =
    synth.getVoices().find((v) => v.lang.replace('_', '-') === speechLang) ||
    synth.getVoices().find((v) => /^zh/i.test(v.lang));
  if (voice) utterance.voice = voice;
  utterance.rate = settings.elder ? 0.85 : 1;
  if (onEnd) utterance.onend = onEnd;
  synth.speak(utterance);
}

function stopReading(): void {
  reading = false;
  if (speechSupported) window.speechSynthesis.cancel();
  for (const node of Array.from(doc.querySelectorAll(`.${PREFIX}reading`)))
    node.classList.remove(`${PREFIX}reading`);
  applyAll();
}

const READABLE = 'h1,h2,h3,h4,h5,h6,p,li,td,th,caption,figcaption,blockquote,dt,dd,label,a,button';

/** Reads the main content block by block, highlighting the block being read. */
function readAll(): void {
  const main = doc.querySelector('main, [role="main"], article') || doc.body;
  const blocks = Array.from(
    main.querySelectorAll<HTMLElement>('h1,h2,h3,h4,h5,h6,p,li,caption,blockquote'),
  ).filter((b) => !root.contains(b) && b.textContent!.trim());
  reading = true;
  applyAll();
  let index = 0;
  const step = () => {
    for (const node of Array.from(doc.querySelectorAll(`.${PREFIX}reading`)))
      node.classList.remove(`${PREFIX}reading`);
    if (!reading || index >= blocks.length) {
      stopReading();
      return;
    }
    const block = blocks[index++];
    block.classList.add(`${PREFIX}reading`);
    block.scrollIntoView({ block: 'center' });
    speak(block.textContent || '', step);
  };
  step();
}

function readableText(target: EventTarget | null): string {
  if (!(target instanceof Element) || root.contains(target)) return '';
  const node = target.closest(READABLE) || target;
  const img = node instanceof HTMLImageElement ? node.alt : '';
  return (
    img ||
    node.getAttribute('aria-label') ||
    (node as HTMLElement).innerText ||
    node.textContent ||
    ''
  ).trim();
}

// ---------------------------------------------------------------- commands

function run(command: Command): void {
  switch (command) {
    case 'textLarger':
    case 'textSmaller':
    case 'textReset': {
      const text =
        command === 'textReset'
          ? 0
          : Math.min(
              TEXT_SCALES.length - 1,
              Math.max(0, settings.text + (command === 'textLarger' ? 1 : -1)),
            );
      update({ text }, `${labels.textLevel} ${percent(TEXT_SCALES[text])}`);
      return;
    }
    case 'zoomIn':
    case 'zoomOut': {
      const zoom = Math.min(
        ZOOM_LEVELS.length - 1,
        Math.max(0, settings.zoom + (command === 'zoomIn' ? 1 : -1)),
      );
      update({ zoom }, `${labels.zoomLevel} ${percent(ZOOM_LEVELS[zoom])}`);
      return;
    }
    case 'contrast':
    case 'invert': {
      const theme = settings.theme === command ? 'normal' : command;
      update({ theme }, `${labels[command]}${onOff(theme === command)}`);
      return;
    }
    case 'cursor':
    case 'guide':
    case 'magnifier':
    case 'still':
    case 'elder': {
      const on = !settings[command];
      update({ [command]: on } as Partial<Settings>, `${labels[command]}${onOff(on)}`);
      return;
    }
    case 'speakPoint': {
      if (!speechSupported) return announce(labels.noSpeech);
      const on = !settings.speak;
      if (!on && speechSupported) window.speechSynthesis.cancel();
      update({ speak: on }, `${labels.speakPoint}${onOff(on)}`);
      return;
    }
    case 'speakAll':
      if (!speechSupported) return announce(labels.noSpeech);
      if (reading) stopReading();
      else readAll();
      return;
    case 'reset':
      stopReading();
      helpOpen = false;
      help.hidden = true;
      update({ ...DEFAULTS, open: settings.open }, labels.resetDone);
      return;
    case 'help':
      helpOpen = !helpOpen;
      help.hidden = !helpOpen;
      applyAll();
      return;
    case 'close':
      setOpen(!settings.open);
      return;
  }
}

function setOpen(open: boolean): void {
  update({ open });
  if (open) buttons.get('textLarger')!.focus();
  else (doc.querySelector<HTMLElement>('[data-a11y-open]') || launcher).focus();
}

// ---------------------------------------------------------------- pointer, focus and keyboard

let lastSpoken = '';
let hoverTimer = 0;

function follow(target: EventTarget | null, y?: number): void {
  if (settings.guide && y !== undefined) guideLine.style.top = `${y}px`;
  if (!settings.magnifier && !settings.speak) return;
  const text = readableText(target);
  if (!text) return;
  if (settings.magnifier) {
    magnifierBox.textContent = text.slice(0, 200);
    magnifierBox.hidden = false;
  }
  if (settings.speak && !reading && text !== lastSpoken) {
    lastSpoken = text;
    speak(text);
  }
}

function onKeydown(event: KeyboardEvent): void {
  if (event.key === 'Escape') {
    if (reading || (speechSupported && window.speechSynthesis.speaking)) stopReading();
    if (helpOpen) run('help');
    return;
  }
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
  const key = event.code.replace(/^(Key|Digit)/, '');
  const control = CONTROLS.find((c) => c.key === key);
  if (!control) return;
  event.preventDefault();
  if (control.command === 'close') setOpen(!settings.open);
  else run(control.command);
}

function init(): void {
  const body = doc.body;
  if (doc.getElementById(ROOT_ID)) return;
  if (scriptSrc && !doc.querySelector(`link[data-a11y-toolbar]`)) {
    const link = el('link', {
      rel: 'stylesheet',
      href: scriptSrc.replace(/\.js(\?.*)?$/, '.css$1'),
      'data-a11y-toolbar': '',
    });
    doc.head.appendChild(link);
  }
  bodyTextPx = parseFloat(getComputedStyle(body).fontSize) || 16;
  body.insertBefore(root, body.firstChild);
  const triggers = Array.from(doc.querySelectorAll<HTMLElement>('[data-a11y-open]'));
  if (triggers.length === 0) body.appendChild(launcher);
  for (const trigger of [launcher, ...triggers]) {
    trigger.setAttribute('aria-controls', ROOT_ID);
    trigger.addEventListener('click', (event) => {
      event.preventDefault();
      setOpen(!settings.open);
    });
  }
  for (const trigger of Array.from(doc.querySelectorAll<HTMLElement>('[data-a11y-elder]'))) {
    trigger.addEventListener('click', (event) => {
      event.preventDefault();
      run('elder');
    });
  }
  doc.addEventListener('keydown', onKeydown);
  doc.addEventListener('mousemove', (event) => {
    if (settings.guide) guideLine.style.top = `${event.clientY}px`;
    window.clearTimeout(hoverTimer);
    hoverTimer = window.setTimeout(() => follow(event.target, event.clientY), 150);
  });
  doc.addEventListener('focusin', (event) => {
    const target = event.target as HTMLElement;
    const rect = target.getBoundingClientRect ? target.getBoundingClientRect() : null;
    follow(target, rect ? rect.top + rect.height : undefined);
  });
  applyAll();
}

if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', init);
else init();
