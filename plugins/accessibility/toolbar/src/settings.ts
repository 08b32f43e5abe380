/** What the visitor chose; kept in localStorage so it holds on every page of the site. */
export interface Settings {
  open: boolean;
  /** Index into TEXT_SCALES. */
  text: number;
  /** Index into ZOOM_LEVELS. */
  zoom: number;
  theme: 'normal' | 'contrast' | 'invert';
  cursor: boolean;
  guide: boolean;
  magnifier: boolean;
  speak: boolean;
  still: boolean;
  elder: boolean;
}

export const TEXT_SCALES = [1, 1.125, 1.25, 1.5, 1.75, 2];
export const ZOOM_LEVELS = [1, 1.1, 1.25, 1.5, 1.75, 2];
/** 适老化: body text at least 18 px, line spacing 1.5. */
export const ELDER_MIN_TEXT_PX = 18;
export const ELDER_MIN_SCALE = 1.25;

export const STORAGE_KEY = 'a11y-toolbar:v1';

export const DEFAULTS: Settings = {
  open: false,
  text: 0,
  zoom: 0,
  theme: 'normal',
  cursor: false,
  guide: false,
  magnifier: false,
  speak: false,
  still: false,
  elder: false,
};

const clampIndex = (value: unknown, length: number): number =>
  typeof value === 'number' && Number.isInteger(value) ? Math.min(length - 1, Math.max(0, value)) : 0;

/** Reads stored settings, ignoring anything malformed (storage may be disabled or edited by hand). */
export function loadSettings(): Settings {
  let raw: Record<string, unknown> = {};
  try {
    raw = JSON.parse(window.localStorage.getItem(STORAGE_KEY) || '{}') || {};
  } catch {
    raw = {};
  }
  const flag = (key: keyof Settings) => raw[key] === true;
  return {
    open: flag('open'),
    text: clampIndex(raw.text, TEXT_SCALES.length),
    zoom: clampIndex(raw.zoom, ZOOM_LEVELS.length),
    theme: raw.theme === 'contrast' || raw.theme === 'invert' ? raw.theme : 'normal',
    cursor: flag('cursor'),
    guide: flag('guide'),
    magnifier: flag('magnifier'),
    speak: flag('speak'),
    still: flag('still'),
    elder: flag('elder'),
  };
}

export function saveSettings(settings: Settings): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Private browsing or storage disabled: settings last for this page only.
  }
}
