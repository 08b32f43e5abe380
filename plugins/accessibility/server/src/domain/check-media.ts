/**
 * Checks a Strapi media field (a single file from the upload plugin): images need a text alternative
 * (`alternativeText`) that is neither empty nor the file name. WCAG 2.1 1.1.1.
 */
import { IMAGE_EXTENSIONS } from '../data/alt-text';
import { ALT_PROBLEM_LABELS, altTextProblem, baseName } from './alt-text';
import { excerptOf } from './html';
import { makeViolation } from './violations';
import type { Violation } from './violations';

/** The parts of a Strapi upload file (`plugin::upload.file`) the check reads. */
export interface MediaFile {
  name: string;
  alternativeText?: string | null;
  mime?: string | null;
  url?: string | null;
}

function isImage(file: MediaFile): boolean {
  if (file.mime) return file.mime.toLowerCase().startsWith('image/');
  const name = baseName(file.url || file.name).toLowerCase();
  const dot = name.lastIndexOf('.');
  return dot >= 0 && IMAGE_EXTENSIONS.includes(name.slice(dot + 1));
}

/**
 * Violations of one media field (`null` when the field is empty). Accepts one file or the array a
 * `multiple: true` media field holds.
 */
export function checkMedia(
  file: MediaFile | readonly MediaFile[] | null | undefined,
  field: string,
): Violation[] {
  if (!file) return [];
  if (Array.isArray(file)) return file.flatMap((f: MediaFile) => checkMedia(f, field));
  const single = file as MediaFile;
  if (!isImage(single)) return [];
  const alt = single.alternativeText ?? '';
  const excerpt = excerptOf(alt ? `${single.name}（替代文本：${alt}）` : single.name);
  if (!alt.trim()) return [makeViolation('media-alt-missing', field, excerpt)];
  const problem = altTextProblem(alt, [single.name, single.url ?? '']);
  return problem ? [makeViolation('media-alt-meaningless', field, excerpt, ALT_PROBLEM_LABELS[problem])] : [];
}
