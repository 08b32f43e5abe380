/**
 * Converting the human text inside an HTML fragment while keeping every other byte as it was.
 *
 * htmlparser2's tokenizer reports the start/end offset of each text run and attribute value; we collect
 * those ranges, convert them, and splice the results into the original string. Nothing is re-serialised,
 * so tag names, attribute order and quoting, entities (`&nbsp;`, `&#x4E3A;`) and whitespace survive
 * exactly. Entities are not decoded (`decodeEntities: false`): they are ASCII, which OpenCC never changes.
 */
import { Parser } from 'htmlparser2';
import { convertRun } from './text-runs';

// Not human text: program code and notation; `<template>` holds inert markup for scripts. `<pre>` *is*
// converted: government CMS content pasted from Word/WPS often keeps plain prose in <pre>.
export const HTML_SKIPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'code',
  'kbd',
  'samp',
  'var',
  'math',
  'template',
]);

// Class names that opt an element out: `ignore-opencc` is opencc-js's own HTMLConverter convention,
// `notranslate` the one Google Translate and Chrome honour. `translate="no"` is the HTML standard's
// (WHATWG HTML §3.2.6.2) way to say "do not translate/transliterate this".
const OPT_OUT_CLASSES = ['ignore-opencc', 'notranslate'];

// Attributes whose value is shown or read aloud to people (tooltips, text alternatives, form hints); the
// same list opencc-js's HTMLConverter converts (alt, placeholder, aria-label, meta description/keywords,
// button values), plus title, table summary and the other ARIA text properties. GB/T 37668-2019 requires
// text alternatives; a screen reader on a traditional page must not read them in the other script.
export const HTML_TEXT_ATTRIBUTES: ReadonlySet<string> = new Set([
  'alt',
  'title',
  'placeholder',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-placeholder',
  'aria-valuetext',
  'summary',
  'label',
]);
const TEXT_META_NAMES = new Set(['description', 'keywords']);
const TEXT_INPUT_TYPES = new Set(['button', 'submit', 'reset']);

// Phrasing elements that do not break a word: text on both sides is one run for OpenCC
// (see text-runs.ts). Anything else (p, br, td, img …) ends the run.
const INLINE_ELEMENTS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'mark',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'wbr',
]);

interface Range {
  start: number;
  end: number;
}

interface PendingAttribute extends Range {
  name: string;
}

function optsOut(attribs: Record<string, string>): boolean {
  if (attribs.translate !== undefined && attribs.translate.trim().toLowerCase() === 'no') return true;
  const classes = attribs.class;
  if (!classes) return false;
  const list = classes.toLowerCase().split(/\s+/);
  return OPT_OUT_CLASSES.some((name) => list.includes(name));
}

function isTextAttribute(tag: string, name: string, attribs: Record<string, string>): boolean {
  if (HTML_TEXT_ATTRIBUTES.has(name)) return true;
  if (tag === 'meta' && name === 'content') {
    return TEXT_META_NAMES.has((attribs.name ?? '').trim().toLowerCase());
  }
  if (tag === 'input' && name === 'value') {
    return TEXT_INPUT_TYPES.has((attribs.type ?? '').trim().toLowerCase());
  }
  return false;
}

/** Records raw offsets that htmlparser2's public callbacks do not expose. */
class RangeParser extends Parser {
  onText: (range: Range) => void = () => undefined;
  pendingAttributes: PendingAttribute[] = [];
  private attributeName = '';
  private valueStart = -1;
  private valueEnd = -1;

  constructor(
    private readonly source: string,
    handler: ConstructorParameters<typeof Parser>[0],
  ) {
    super(handler, { decodeEntities: false });
  }

  override ontext(start: number, endIndex: number): void {
    if (endIndex > start) this.onText({ start, end: endIndex });
    super.ontext(start, endIndex);
  }

  override onopentagname(start: number, endIndex: number): void {
    this.pendingAttributes = [];
    super.onopentagname(start, endIndex);
  }

  override onattribname(start: number, endIndex: number): void {
    this.attributeName = this.source.slice(start, endIndex).toLowerCase();
    this.valueStart = -1;
    this.valueEnd = -1;
    super.onattribname(start, endIndex);
  }

  override onattribdata(start: number, endIndex: number): void {
    if (this.valueStart < 0) this.valueStart = start;
    this.valueEnd = endIndex;
    super.onattribdata(start, endIndex);
  }

  override onattribend(quote: Parameters<Parser['onattribend']>[0], endIndex: number): void {
    if (this.valueStart >= 0 && this.valueEnd > this.valueStart) {
      this.pendingAttributes.push({ name: this.attributeName, start: this.valueStart, end: this.valueEnd });
    }
    this.valueStart = -1;
    super.onattribend(quote, endIndex);
  }
}

/**
 * Converts the text nodes and human-text attributes (alt, title, placeholder, aria-label …) of `html`
 * with `convertText`; everything else — tags, other attributes (href, src, class, data-*), comments,
 * entities, `<script>`/`<style>`/`<code>` content and elements marked `translate="no"` — is returned
 * byte-identical.
 */
export function convertHtml(html: string, convertText: (text: string) => string): string {
  if (typeof html !== 'string' || html === '') return html;
  const edits: { start: number; end: number; text: string }[] = [];
  let run: Range[] = [];
  // Parallel to htmlparser2's open-element stack (it reports implied and void closes too).
  const skipStack: boolean[] = [];
  const skipping = () => skipStack.length > 0 && skipStack[skipStack.length - 1];

  const flushRun = () => {
    if (run.length === 0) return;
    const pieces = run.map((range) => html.slice(range.start, range.end));
    const converted = convertRun(pieces, convertText);
    run.forEach((range, i) => {
      if (converted[i] !== pieces[i]) edits.push({ start: range.start, end: range.end, text: converted[i] });
    });
    run = [];
  };

  const parser: RangeParser = new RangeParser(html, {
    onopentag(name, attribs) {
      const skip = skipping() || HTML_SKIPPED_ELEMENTS.has(name) || optsOut(attribs);
      skipStack.push(skip);
      if (!INLINE_ELEMENTS.has(name) || skip) flushRun();
      // Consume the attributes: an implied open tag (`</p>` alone) fires onopentag without new ones.
      const pending = parser.pendingAttributes;
      parser.pendingAttributes = [];
      if (skip) return;
      for (const attribute of pending) {
        if (!isTextAttribute(name, attribute.name, attribs)) continue;
        const value = html.slice(attribute.start, attribute.end);
        const converted = convertText(value);
        if (converted !== value) edits.push({ start: attribute.start, end: attribute.end, text: converted });
      }
    },
    onclosetag(name) {
      const wasSkipping = skipStack.pop() ?? false;
      if (!INLINE_ELEMENTS.has(name) || wasSkipping) flushRun();
    },
    onend() {
      flushRun();
    },
  });
  parser.onText = (range) => {
    if (!skipping()) run.push(range);
  };
  parser.end(html);

  if (edits.length === 0) return html;
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let position = 0;
  for (const edit of edits) {
    out += html.slice(position, edit.start) + edit.text;
    position = edit.end;
  }
  return out + html.slice(position);
}
