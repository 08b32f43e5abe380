import { RULES, RULES_BY_ID } from '../../data/rules';

describe('rules table', () => {
  it('has unique ids, each reachable by id', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const rule of RULES) expect(RULES_BY_ID[rule.id]).toBe(rule);
  });

  it('cites WCAG success criteria and marks GB/T 37668-2019 as aligned-with without inventing clause numbers', () => {
    for (const rule of RULES) {
      expect(rule.wcag.length).toBeGreaterThan(0);
      for (const ref of rule.wcag) expect(ref.sc).toMatch(/^[1-4]\.\d+\.\d+$/);
      expect(rule.gbt37668).toBe('aligned-with');
      expect(rule.gbt37668Clause).toBeNull();
      expect(rule.criterion).toMatch(
        /^WCAG 2\.1 \d\.\d+\.\d+ \((A|AA|AAA)\)(, \d\.\d+\.\d+ \((A|AA|AAA)\))* \/ GB\/T 37668-2019 aligned-with$/,
      );
    }
  });

  it('gives every rule a Chinese title and hint', () => {
    for (const rule of RULES) {
      expect(rule.title).toMatch(/\p{Script=Han}/u);
      expect(rule.hint).toMatch(/\p{Script=Han}/u);
    }
  });

  it('blocks publishing only for certain Level A/AA failures', () => {
    const errors = RULES.filter((r) => r.severity === 'error').map((r) => r.id);
    expect(errors.sort()).toEqual(
      [
        'autoplay-no-controls',
        'autoplay-sound',
        'contrast-too-low',
        'heading-empty',
        'img-alt-meaningless',
        'img-alt-missing',
        'link-empty',
        'media-alt-meaningless',
        'media-alt-missing',
        'moving-text',
        'table-no-header',
      ].sort(),
    );
  });
});
