/**
 * Pure accessibility core (no Strapi imports): the content checker for rich-text and media fields, and the
 * elder-friendly / plain-text output profiles.
 */
export { RULES, RULES_BY_ID } from '../data/rules';
export type { A11yRule, RuleId, Severity, WcagLevel, WcagReference } from '../data/rules';
export { checkHtml } from './check-html';
export type { CheckHtmlOptions } from './check-html';
export { checkMedia } from './check-media';
export type { MediaFile } from './check-media';
export { blockingErrors, isPublishable, makeViolation, violationMessage } from './violations';
export type { Violation, ViolationError } from './violations';
export { altTextProblem } from './alt-text';
export type { AltTextProblem } from './alt-text';
export {
  annotateAttachments,
  attachmentNote,
  attachmentTypeOf,
  formatFileSize,
  statesAttachmentInfo,
} from './attachments';
export type { SizeOf } from './attachments';
export {
  backgroundOf,
  composite,
  contrastRatio,
  fontSizeToPx,
  isLargeText,
  parseColor,
  parseStyle,
  requiredContrast,
  serializeStyle,
  toHex,
} from './contrast';
export type { BackgroundLayer, Rgba, StyleDeclaration } from './contrast';
export {
  ELDER_PROFILE_CSS,
  EXTERNAL_LINK_NOTE,
  NEW_WINDOW_NOTE,
  PROFILE_LABELS,
  TABLE_SCROLL_CLASS,
  VISUALLY_HIDDEN_CLASS,
  isExternalLink,
  toElderHtml,
  toPlainText,
} from './profiles';
export type { ElderProfileOptions, ProfileLabels } from './profiles';
export { blocksToHtml } from './blocks';
export { MAX_NESTING_DEPTH, containsTextInOrder, elementsIn, parseHtml, textContent } from './html';
