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

interface Edit extends Range {
  text: string;
  kind: 'text' | 'attribute';
}

interface PendingAttribute extends Range {
  name: string;
  /** htmlparser2's QuoteType: 1 unquoted, 2 single, 3 double. */
  quote: number;
}

const UNQUOTED = 1;
const SINGLE_QUOTED = 2;
const reference = (c: string) => `&#${c.charCodeAt(0)};`;

/**
 * Converted text goes back into HTML source as text, whatever the converter returned. In a text node, `<`
 * opens markup when an ASCII letter, `/`, `!` or `?` follows it: that character becomes a character
 * reference (`<&#105;mg`), also when the `<` is the character just before the splice; `>` (which could close
 * a tag left open at the end of the input) becomes `&#62;`. In an attribute value,
 * what would end the value becomes a reference: its quote, or for an unquoted value ASCII whitespace, `>`
 * and the characters that would make it a quoted one. References decode to the same characters, so the text
 * reads the same and conversion never adds or ends an element or an attribute.
 */
export function escapeConvertedText(text: string, previous = '', greaterThan = true): string {
  let out = '';
  let before = previous;
  for (const c of text) {
    out += (greaterThan && c === '>') || (before === '<' && /^[A-Za-z/!?]$/.test(c)) ? reference(c) : c;
    before = c;
  }
  return out;
}

export function escapeConvertedAttribute(value: string, quote: number): string {
  if (quote === UNQUOTED) return value.replace(/[\t\n\f\r "'`<=>]/g, reference);
  return value.replace(quote === SINGLE_QUOTED ? /'/g : /"/g, reference);
}

/**
 * Whether `converted` has the same ASCII characters at the same code-point positions as `original`: what
 * OpenCC does (it maps Chinese characters one to one and never writes ASCII). Such a conversion cannot change
 * how a parser reads the markup around it, so it is spliced as converted, byte-identical outside the
 * Chinese characters.
 */
function sameAsciiLayout(original: string, converted: string): boolean {
  const a = Array.from(original);
  const b = Array.from(converted);
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if ((a[i] < '\u0080' || b[i] < '\u0080') && a[i] !== b[i]) return false;
  }
  return true;
}

/**
 * The text to splice for a converted piece of HTML or Markdown text. `previousOut` / `previousSource`: the
 * character before the piece in the output and in the source. Markdown keeps `>` (a block quote there).
 */
export function spliceConvertedText(
  original: string,
  converted: string,
  previousOut: string,
  previousSource: string,
  language: 'html' | 'markdown' = 'html',
): string {
  if (sameAsciiLayout(previousSource, previousOut) && sameAsciiLayout(original, converted)) return converted;
  return escapeConvertedText(converted, previousOut, language === 'html');
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
      this.pendingAttributes.push({
        name: this.attributeName,
        start: this.valueStart,
        end: this.valueEnd,
        quote: Number(quote),
      });
    }
    this.valueStart = -1;
    super.onattribend(quote, endIndex);
  }
}

/**
 * Converts the text nodes and human-text attributes (alt, title, placeholder, aria-label …) of `html`
 * with `convertText`; everything else — tags, other attributes (href, src, class, data-*), comments,
 * entities, `<script>`/`<style>`/`<code>` content and elements marked `translate="no"` — is returned
 * byte-identical. What the converter returns is spliced back as text (`spliceConvertedText`,
 * `escapeConvertedAttribute`): conversion never adds an element or an attribute.
 */
export function convertHtml(html: string, convertText: (text: string) => string): string {
  if (typeof html !== 'string' || html === '') return html;
  const edits: Edit[] = [];
  let unsafe = false;
  let run: Range[] = [];
  // Parallel to htmlparser2's open-element stack (it reports implied and void closes too).
  const skipStack: boolean[] = [];
  const skipping = () => skipStack.length > 0 && skipStack[skipStack.length - 1];

  const flushRun = () => {
    if (run.length === 0) return;
    const pieces = run.map((range) => html.slice(range.start, range.end));
    const converted = convertRun(pieces, convertText);
    run.forEach((range, i) => {
      if (converted[i] === pieces[i]) return;
      if (!sameAsciiLayout(pieces[i], converted[i])) unsafe = true;
      edits.push({ start: range.start, end: range.end, text: converted[i], kind: 'text' });
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
        // An unquoted value cannot become empty: the next attribute would become its value.
        if (converted === value || (converted === '' && attribute.quote === UNQUOTED)) continue;
        const safe = sameAsciiLayout(value, converted);
        if (!safe) unsafe = true;
        const text = safe ? converted : escapeConvertedAttribute(converted, attribute.quote);
        edits.push({ start: attribute.start, end: attribute.end, text, kind: 'attribute' });
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
  const out = splice(html, edits);
  // Edits that wrote ASCII (an override with Latin letters, a converter that is not OpenCC) are checked as
  // a parser reads them; if anything but text changed (an edge of htmlparser2's recovery from broken
  // markup), the fragment is served unconverted rather than with markup nobody wrote.
  if (!unsafe) return out;
  return markupSignature(out) === markupSignature(html) ? out : html;
}

/** What a parser sees of a fragment: elements, their attribute names and non-text values, comments. */
export function markupSignature(html: string): string {
  const seen: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const attributes = Object.entries(attribs).map(([key, value]) =>
          isTextAttribute(name, key, attribs) ? key : `${key}=${JSON.stringify(value)}`,
        );
        seen.push(`<${name} ${attributes.sort().join(' ')}>`);
      },
      onclosetag(name) {
        seen.push(`</${name}>`);
      },
      oncomment() {
        seen.push('<!---->');
      },
      onprocessinginstruction(name) {
        seen.push(`<?${name}>`);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return seen.join('');
}

function splice(html: string, edits: readonly Edit[]): string {
  let out = '';
  let position = 0;
  for (const edit of edits) {
    out += html.slice(position, edit.start);
    out +=
      edit.kind === 'text'
        ? spliceConvertedText(
            html.slice(edit.start, edit.end),
            edit.text,
            out.slice(-1),
            html.slice(edit.start - 1, edit.start),
          )
        : edit.text;
    position = edit.end;
  }
  return out + html.slice(position);
}
