/**
 * Labels in one shape: every enumeration of every plugin shows its stable ASCII keys in the two scripts
 * (Strapi i18n locale codes), and every `/labels` endpoint answers
 * `{ [group]: { [key]: { 'zh-Hans': string, 'zh-Hant': string } } }`.
 */
export const LABEL_LOCALES = ['zh-Hans', 'zh-Hant'] as const;

export type LabelLocale = (typeof LABEL_LOCALES)[number];

export type Label = Readonly<Record<LabelLocale, string>>;

/** What a `/labels` endpoint answers: enumeration name → key → label. */
export type LabelGroups = Readonly<Record<string, Readonly<Record<string, Label>>>>;

/** Maps any Strapi locale code to a label script: zh-Hant, zh-Hant-HK/TW/MO → zh-Hant; anything else → zh-Hans. */
export function labelLocale(locale: string | null | undefined): LabelLocale {
  return locale !== null && locale !== undefined && /^zh-Hant(?:-|$)/i.test(locale) ? 'zh-Hant' : 'zh-Hans';
}

/** The label text in the script of `locale`. */
export function labelText(label: Label, locale?: string | null): string {
  return label[labelLocale(locale)];
}

/** Only the two scripts of a definition that carries more (a code, a tone, a target status …). */
export function pickLabel(definition: Label): Label {
  return { 'zh-Hans': definition['zh-Hans'], 'zh-Hant': definition['zh-Hant'] };
}

/** The `/labels` answer of enumerations whose definitions carry their labels (and maybe more). */
export function labelGroups<G extends Record<string, Readonly<Record<string, Label>>>>(
  groups: G,
): { [N in keyof G]: { [K in keyof G[N]]: Label } } {
  return Object.fromEntries(
    Object.entries(groups).map(([name, defs]) => [
      name,
      Object.fromEntries(Object.entries(defs).map(([key, def]) => [key, pickLabel(def)])),
    ]),
  ) as { [N in keyof G]: { [K in keyof G[N]]: Label } };
}

/** The key whose label (in either script) or key is `input`, as people write it in a spreadsheet. */
export function keyOfLabel<K extends string>(
  definitions: Readonly<Record<K, Label>>,
  input: string,
): K | null {
  const value = input.trim();
  for (const key of Object.keys(definitions) as K[]) {
    const d = definitions[key];
    if (key === value || d['zh-Hans'] === value || d['zh-Hant'] === value) return key;
  }
  return null;
}
