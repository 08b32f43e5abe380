/**
 * Built-in phrase overrides shipped with the plugin, applied before editor-managed pairs (an editor pair for
 * the same phrase and variant replaces a built-in one).
 *
 * Each entry was checked against opencc-js 1.4.2 (`cn → tw` and `cn → hk`); the unit test
 * `built-in overrides` re-checks every one, so an OpenCC upgrade that fixes a mistake shows up as a failing
 * test and the entry can be dropped. Kinds:
 * - `opencc-mistake`: OpenCC's phrase dictionary picks the wrong character in this context;
 * - `official-term`: OpenCC's choice is a variant form, while official texts of both Taiwan and Hong Kong use
 *   the other (source named in `reason`);
 * - `place-name`: an administrative place name OpenCC mis-converts;
 * - `keeps-opencc`: restores OpenCC's correct output where a shorter built-in override would otherwise
 *   apply (longest phrase wins).
 *
 * Not included on purpose: 了解 → 瞭解 (PLATFORM-NOTES lists 了解了 → 瞭解瞭; opencc-js 1.4.2 gives 瞭解了, and
 * 瞭解 is an accepted form in both Taiwan and Hong Kong, so it is a style choice for editors, not an error).
 */
import type { Variant } from '../domain/variants';

export type BuiltInOverrideKind = 'opencc-mistake' | 'official-term' | 'place-name' | 'keeps-opencc';

export interface BuiltInPhraseOverride {
  simplified: string;
  traditional: string;
  variant: Variant | null;
  kind: BuiltInOverrideKind;
  reason: string;
}

export const BUILT_IN_PHRASE_OVERRIDES: readonly BuiltInPhraseOverride[] = [
  {
    simplified: '被发',
    traditional: '被發',
    variant: null,
    kind: 'opencc-mistake',
    reason: 'STPhrases has 被发→被髮 (classical 披髮), so every passive 被发布/被发明/被发放 became 被髮…',
  },
  {
    simplified: '被发左衽',
    traditional: '被髮左衽',
    variant: null,
    kind: 'keeps-opencc',
    reason: 'the classical idiom (论语·宪问) really is 被髮; keeps it against the 被发 override',
  },
  {
    simplified: '头发生',
    traditional: '頭發生',
    variant: null,
    kind: 'opencc-mistake',
    reason: '源头发生、前头发生、街头发生: OpenCC reads 头发 as "hair" and writes 頭髮生',
  },
  {
    simplified: '头发生长',
    traditional: '頭髮生長',
    variant: null,
    kind: 'keeps-opencc',
    reason: '"hair grows" really is 頭髮; keeps it against the 头发生 override',
  },
  {
    simplified: '理发生',
    traditional: '理發生',
    variant: null,
    kind: 'opencc-mistake',
    reason: '办理发生、治理发生: OpenCC reads 理发 as "haircut" and writes 理髮生',
  },
  {
    simplified: '理发生意',
    traditional: '理髮生意',
    variant: null,
    kind: 'keeps-opencc',
    reason: '"barber business" really is 理髮; keeps it against the 理发生 override',
  },
  {
    simplified: '参与制造',
    traditional: '參與製造',
    variant: null,
    kind: 'opencc-mistake',
    reason: 'OpenCC segments 参与制 (participatory system) and writes 參與制造',
  },
  {
    simplified: '参与制作',
    traditional: '參與製作',
    variant: null,
    kind: 'opencc-mistake',
    reason: 'OpenCC segments 参与制 (participatory system) and writes 參與制作',
  },
  {
    simplified: '市场准入',
    traditional: '市場准入',
    variant: null,
    kind: 'opencc-mistake',
    reason: '准入 means "permitted to enter" (准 = 允许); OpenCC writes 市場準入 (準 = standard)',
  },
  {
    simplified: '不准入',
    traditional: '不准入',
    variant: null,
    kind: 'opencc-mistake',
    reason: '不准入内 means "not permitted"; OpenCC writes 不準入',
  },
  {
    simplified: '发布',
    traditional: '發布',
    variant: null,
    kind: 'official-term',
    reason: '中央法規標準法 第7條 (Taiwan) writes 發布; OpenCC gives the variant 發佈',
  },
  {
    simplified: '公布',
    traditional: '公布',
    variant: null,
    kind: 'official-term',
    reason:
      '中央法規標準法 第4條 (Taiwan) and Hong Kong ordinances write 公布; OpenCC gives the variant 公佈',
  },
  {
    simplified: '新干县',
    traditional: '新干縣',
    variant: null,
    kind: 'place-name',
    reason: '江西省新干县 (formerly 新淦): 干 is not 幹; OpenCC writes 新幹縣',
  },
];
