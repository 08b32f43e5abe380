import { CAMERA_FILE_NAME_PATTERNS, IMAGE_EXTENSIONS, PLACEHOLDER_ALT_TEXTS } from '../data/alt-text';

/** Why a non-empty text alternative says nothing, or undefined when it is acceptable. */
export type AltTextProblem = 'blank' | 'placeholder' | 'file-name';

const IMAGE_FILE_NAME = new RegExp(`\\.(${IMAGE_EXTENSIONS.join('|')})$`, 'i');
const PLACEHOLDERS = new Set(PLACEHOLDER_ALT_TEXTS.map((t) => reduceAlt(t)));

/** Lower-case, without digits, whitespace, punctuation or symbols ("【图片1】" → "图片"). */
function reduceAlt(text: string): string {
  return text.toLowerCase().replace(/[\s\d\p{P}\p{S}]+/gu, '');
}

/** The last path segment of a URL or path, without query or fragment, percent-decoded when possible. */
export function baseName(pathOrUrl: string): string {
  const withoutQuery = pathOrUrl.split(/[?#]/)[0];
  const segment = withoutQuery.split(/[\\/]/).pop() ?? '';
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function stripExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/**
 * Checks a non-empty alt text (an empty alt="" is the accepted mark of a decorative image and is not
 * passed here). `fileNames` are the image's own names (src, media file name) that must not be the alt.
 */
export function altTextProblem(alt: string, fileNames: readonly string[] = []): AltTextProblem | undefined {
  const trimmed = alt.trim();
  if (!trimmed) return 'blank';
  const reduced = reduceAlt(trimmed);
  if (!reduced || PLACEHOLDERS.has(reduced)) return 'placeholder';
  if (IMAGE_FILE_NAME.test(trimmed) && !/\s/.test(trimmed)) return 'file-name';
  if (/^(https?:)?\/\//i.test(trimmed)) return 'file-name';
  if (CAMERA_FILE_NAME_PATTERNS.some((pattern) => pattern.test(trimmed))) return 'file-name';
  const lower = trimmed.toLowerCase();
  for (const name of fileNames) {
    const base = baseName(name).toLowerCase();
    if (base && (lower === base || lower === stripExtension(base))) return 'file-name';
  }
  return undefined;
}

export const ALT_PROBLEM_LABELS: Readonly<Record<AltTextProblem, string>> = {
  blank: '替代文本只有空白',
  placeholder: '替代文本是占位词',
  'file-name': '替代文本是文件名',
};
