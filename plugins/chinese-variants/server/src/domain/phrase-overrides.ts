/**
 * Editor-managed phrase overrides (simplified → traditional) that win over OpenCC.
 *
 * Precedence, per variant: the leftmost occurrence of any override phrase wins; among phrases starting at
 * the same place the longest wins; for the same phrase a variant-specific pair beats a generic one (and a
 * later list beats an earlier one in `mergePhraseOverrides`). The text between matches is converted by
 * OpenCC as usual.
 *
 * The matcher is one precompiled regular expression per direction (a trie of the phrases written as
 * nested non-capturing groups), run by V8's native regex engine with `String.prototype.split`: no
 * per-character JavaScript, and nothing at all when there are no overrides.
 */
import { z } from 'zod';
import { DomainValidationError } from '@gov-portal/kit/domain';
import { containsCjk } from './text-guards';
import { VARIANT_LOCALES, type Variant } from './variants';

export interface PhraseOverride {
  simplified: string;
  traditional: string;
  /** Limit the pair to one variant; null/undefined applies it to both. */
  variant?: Variant | null;
}

export const MAX_PHRASE_LENGTH = 50;

/**
 * What a phrase may contain: letters of any script (汉字, Latin as in 5G), digits, spaces and Chinese
 * punctuation. Overrides are text, and no Chinese phrase needs the characters that are syntax in HTML or
 * Markdown (`< > & " ' = / \ ` * _ [ ] ( ) # ! | ~`): refused on save, and a row that holds them anyway
 * (written to the database directly) is skipped when the overrides are loaded.
 */
const PHRASE_TEXT = /^[\p{L}\p{M}\p{N} \u3000·・\-‐—–、，。：；！？（）《》〈〉「」『』【】〔〕“”‘’…％．]+$/u;
const phraseText = (text: string) => PHRASE_TEXT.test(text);
const MARKUP_RULE =
  '只能包含文字、数字、空格和中文标点，不能包含 < > & " \' = 等标记字符（覆盖词语是纯文本）';

/**
 * A replacement spliced into HTML or Markdown source: every ASCII character other than letters and digits
 * becomes a numeric character reference, which both languages decode to the same text and neither reads as
 * syntax. Validation already keeps such characters out; this holds even for a pair that bypassed it.
 */
export function encodeMarkupText(text: string): string {
  return text.replace(/[^A-Za-z0-9\u0080-\uFFFF]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export const phraseOverrideSchema = z.object({
  simplified: z
    .string({ error: '简体词语必须是字符串' })
    .trim()
    .min(1, { error: '简体词语不能为空' })
    .max(MAX_PHRASE_LENGTH, { error: `简体词语不能超过 ${MAX_PHRASE_LENGTH} 个字符` })
    .refine(containsCjk, { error: '简体词语必须包含汉字（覆盖只用于中文词语）' })
    .refine(phraseText, { error: `简体词语${MARKUP_RULE}` }),
  traditional: z
    .string({ error: '繁体词语必须是字符串' })
    .trim()
    .min(1, { error: '繁体词语不能为空' })
    .max(MAX_PHRASE_LENGTH * 2, { error: `繁体词语不能超过 ${MAX_PHRASE_LENGTH * 2} 个字符` })
    .refine(phraseText, { error: `繁体词语${MARKUP_RULE}` }),
  variant: z
    .enum(VARIANT_LOCALES as [Variant, ...Variant[]], {
      error: '适用变体只能是 zh-Hant、zh-Hant-HK，或留空表示两者通用',
    })
    .nullish(),
});

function formatPath(prefix: string, path: readonly PropertyKey[]): string {
  let field = prefix;
  for (const key of path) {
    field += typeof key === 'number' ? `[${key}]` : field === '' ? String(key) : `.${String(key)}`;
  }
  return field || 'override';
}

function toInputError(error: z.ZodError, fieldPrefix: string): DomainValidationError {
  const issue = error.issues[0];
  return DomainValidationError.of(formatPath(fieldPrefix, issue.path), 'invalid', issue.message);
}

function normalise({
  simplified,
  traditional,
  variant,
}: z.infer<typeof phraseOverrideSchema>): PhraseOverride {
  return { simplified, traditional, variant: variant ?? null };
}

/**
 * Validates editor input. Throws DomainValidationError naming the field, e.g.
 * `overrides[2].simplified: 简体词语必须包含汉字（覆盖只用于中文词语）`. Returns trimmed pairs.
 */
export function validatePhraseOverrides(input: unknown, fieldPrefix = 'overrides'): PhraseOverride[] {
  const result = z.array(phraseOverrideSchema, { error: '覆盖词语表必须是数组' }).safeParse(input);
  if (!result.success) throw toInputError(result.error, fieldPrefix);
  return result.data.map(normalise);
}

/** Validates one pair; the field names carry no prefix (`simplified`, `traditional`, `variant`). */
export function validatePhraseOverride(input: unknown): PhraseOverride {
  const result = phraseOverrideSchema.safeParse(input);
  if (!result.success) throw toInputError(result.error, '');
  return normalise(result.data);
}

/** Concatenates lists; for the same (simplified, variant) the later list wins. */
export function mergePhraseOverrides(...lists: readonly (readonly PhraseOverride[])[]): PhraseOverride[] {
  const merged = new Map<string, PhraseOverride>();
  for (const list of lists) {
    for (const pair of list) merged.set(`${pair.variant ?? ''}\u0000${pair.simplified}`, pair);
  }
  return [...merged.values()];
}

/** One direction's phrase → replacement table, compiled. */
export class PhraseTable {
  readonly size: number;
  private readonly replacements: Map<string, string>;
  private readonly pattern: RegExp | null;
  private readonly globalPattern: RegExp | null;

  constructor(replacements: Map<string, string>) {
    this.replacements = replacements;
    this.size = replacements.size;
    const source = replacements.size === 0 ? null : trieSource([...replacements.keys()]);
    this.pattern = source === null ? null : new RegExp(`(${source})`);
    this.globalPattern = source === null ? null : new RegExp(source, 'g');
  }

  /**
   * Replaces every override phrase and converts the text between them with `convertGap`.
   * With an empty table this is exactly `convertGap(text)`.
   *
   * Each match is swapped for a private-use sentinel (U+E000, which no OpenCC dictionary maps) and the whole
   * text goes through `convertGap` once: OpenCC's per-call cost made converting the gaps one by one ~20%
   * slower on a page with a few dozen matches. The sentinel also keeps OpenCC from matching a phrase across
   * the boundary, exactly as converting the gaps separately did. Text that already holds the sentinel takes
   * the gap-by-gap path. `encodeReplacement` escapes the replacements for the text's context (HTML or
   * Markdown source: `encodeMarkupText`).
   */
  apply(
    text: string,
    convertGap: (gap: string) => string,
    encodeReplacement: (replacement: string) => string = identity,
  ): string {
    if (this.pattern === null || this.globalPattern === null) return convertGap(text);
    if (text.includes(SENTINEL)) return this.applyByGaps(text, convertGap, encodeReplacement);
    const replaced: string[] = [];
    const marked = text.replace(this.globalPattern, (match) => {
      replaced.push(encodeReplacement(this.replacements.get(match) as string));
      return SENTINEL;
    });
    if (replaced.length === 0) return convertGap(text);
    const converted = convertGap(marked);
    let index = 0;
    const out = converted.replace(SENTINEL_GLOBAL, () => replaced[index++] ?? SENTINEL);
    // A converter that dropped or added a sentinel (not OpenCC) gets the exact, slower path.
    return index === replaced.length ? out : this.applyByGaps(text, convertGap, encodeReplacement);
  }

  private applyByGaps(
    text: string,
    convertGap: (gap: string) => string,
    encodeReplacement: (replacement: string) => string,
  ): string {
    const parts = text.split(this.pattern as RegExp);
    if (parts.length === 1) return convertGap(text);
    let out = '';
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      if (part === '') continue;
      out += i % 2 === 1 ? encodeReplacement(this.replacements.get(part) as string) : convertGap(part);
    }
    return out;
  }
}

const identity = (text: string) => text;
const SENTINEL = '\uE000';
const SENTINEL_GLOBAL = /\uE000/g;

export interface CompiledOverrides {
  /** simplified → traditional, per variant. */
  toVariant: Record<Variant, PhraseTable>;
  /** traditional → simplified, per variant (used to turn traditional query filters back). */
  toSimplified: Record<Variant, PhraseTable>;
  /** Identifies the content, so a reload with identical pairs keeps the cache. */
  fingerprint: string;
}

export function compileOverrides(pairs: readonly PhraseOverride[]): CompiledOverrides {
  const toVariant = {} as Record<Variant, PhraseTable>;
  const toSimplified = {} as Record<Variant, PhraseTable>;
  for (const variant of VARIANT_LOCALES) {
    const forward = new Map<string, string>();
    const backward = new Map<string, string>();
    // Generic pairs first, then the variant's own pairs overwrite the same phrase.
    for (const specific of [false, true]) {
      for (const pair of pairs) {
        const applies = specific ? pair.variant === variant : pair.variant == null;
        if (!applies) continue;
        forward.set(pair.simplified, pair.traditional);
        backward.set(pair.traditional, pair.simplified);
      }
    }
    toVariant[variant] = new PhraseTable(forward);
    toSimplified[variant] = new PhraseTable(backward);
  }
  const fingerprint = pairs
    .map((pair) => `${pair.variant ?? ''}\u0001${pair.simplified}\u0001${pair.traditional}`)
    .sort()
    .join('\u0002');
  return { toVariant, toSimplified, fingerprint };
}

const REGEX_SPECIAL = /[\\^$.*+?()[\]{}|/-]/g;

interface TrieNode {
  terminal: boolean;
  children: Map<string, TrieNode>;
}

/**
 * A regex source matching any of `phrases`, leftmost-longest: each trie node becomes
 * `c(?:…)` and a node that also ends a phrase makes its continuation optional (greedy `?` tries the
 * longer phrase first). Branches of one node start with different code units, so the alternation is
 * deterministic and the engine never tries more than one branch.
 */
export function trieSource(phrases: readonly string[]): string {
  const root: TrieNode = { terminal: false, children: new Map() };
  for (const phrase of phrases) {
    let node = root;
    for (let i = 0; i < phrase.length; i++) {
      const unit = phrase[i];
      let next = node.children.get(unit);
      if (!next) {
        next = { terminal: false, children: new Map() };
        node.children.set(unit, next);
      }
      node = next;
    }
    node.terminal = true;
  }
  return alternation(root);
}

function alternation(node: TrieNode): string {
  const branches: string[] = [];
  for (const [unit, child] of node.children) {
    const escaped = unit.replace(REGEX_SPECIAL, '\\$&');
    if (child.children.size === 0) {
      branches.push(escaped);
    } else {
      const rest = alternation(child);
      const grouped = child.children.size === 1 && !rest.includes('|') ? rest : `(?:${rest})`;
      branches.push(child.terminal ? `${escaped}(?:${rest})?` : `${escaped}${grouped}`);
    }
  }
  return branches.join('|');
}
