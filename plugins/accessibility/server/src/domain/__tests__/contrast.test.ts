import {
  backgroundOf,
  contrastRatio,
  fontSizeToPx,
  isLargeText,
  parseColor,
  parseStyle,
  requiredContrast,
  serializeStyle,
  toHex,
  winningDeclaration,
} from '../contrast';

const ratio = (fg: string, bg: string): number => contrastRatio(parseColor(fg)!, parseColor(bg)!);

describe('contrastRatio (WCAG 2.x relative luminance)', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#767676', '#ffffff', 4.54],
    ['#777777', '#ffffff', 4.48],
    ['#595959', '#ffffff', 7.0],
    ['#0000ff', '#ffffff', 8.59],
    ['#ff0000', '#ffffff', 4.0],
    ['#949494', '#ffffff', 3.03],
  ])('%s on %s is %s:1', (fg, bg, expected) => {
    expect(ratio(fg, bg)).toBeCloseTo(expected, 2);
  });

  it('passes #767676 on white for body text and fails #777777 (no rounding up to 4.5)', () => {
    expect(ratio('#767676', 'white')).toBeGreaterThanOrEqual(4.5);
    expect(ratio('#777777', 'white')).toBeLessThan(4.5);
  });

  it('is symmetric', () => {
    expect(ratio('#336699', '#ffcc00')).toBeCloseTo(ratio('#ffcc00', '#336699'), 10);
  });

  it('composites a translucent text colour over the background', () => {
    // black at 50% over white renders as #808080 (3.95:1)
    expect(ratio('rgba(0,0,0,0.5)', '#fff')).toBeCloseTo(ratio('#808080', '#fff'), 1);
  });
});

describe('parseColor', () => {
  it.each([
    ['red', '#ff0000'],
    ['#abc', '#aabbcc'],
    ['rgb(0, 128, 255)', '#0080ff'],
    ['hsl(0 100% 50%)', '#ff0000'],
    ['  WHITE ', '#ffffff'],
  ])('reads %s as %s', (value, hex) => {
    expect(toHex(parseColor(value)!)).toBe(hex);
  });

  it.each(['inherit', 'currentColor', 'initial', '', 'not-a-colour', 'var(--brand)'])(
    'gives no colour for %j',
    (value) => {
      expect(parseColor(value)).toBeUndefined();
    },
  );

  it('keeps alpha', () => {
    expect(parseColor('transparent')?.alpha).toBe(0);
    expect(parseColor('rgba(0,0,0,.25)')?.alpha).toBe(0.25);
  });
});

describe('parseStyle', () => {
  it('splits on semicolons outside parentheses and quotes', () => {
    expect(parseStyle('background: url("a;b.png") no-repeat; content: \'x;y\'; COLOR : Red')).toEqual([
      { property: 'background', value: 'url("a;b.png") no-repeat', important: false },
      { property: 'content', value: "'x;y'", important: false },
      { property: 'color', value: 'Red', important: false },
    ]);
  });

  it('reads !important and skips comments, empty and malformed declarations', () => {
    expect(parseStyle('/* x */ color: red ! important;; font-size:; :12px; bogus')).toEqual([
      { property: 'color', value: 'red', important: true },
    ]);
  });

  it('round-trips through serializeStyle', () => {
    const decls = parseStyle('color:#333;font-weight:bold!important');
    expect(serializeStyle(decls)).toBe('color: #333; font-weight: bold !important');
    expect(parseStyle(serializeStyle(decls))).toEqual(decls);
  });

  it('lets an !important declaration beat a later normal one, and a later one win otherwise', () => {
    expect(winningDeclaration(parseStyle('color:red!important;color:blue'), ['color'])?.value).toBe('red');
    expect(winningDeclaration(parseStyle('color:red;color:blue'), ['color'])?.value).toBe('blue');
  });
});

describe('backgroundOf', () => {
  it('finds the colour inside the background shorthand', () => {
    expect(backgroundOf(parseStyle('background: no-repeat center #336699'))).toEqual({
      kind: 'color',
      color: parseColor('#336699'),
    });
  });

  it('reports images and gradients as unknowable', () => {
    expect(backgroundOf(parseStyle('background: url(a.png) #fff'))?.kind).toBe('image');
    expect(backgroundOf(parseStyle('background: linear-gradient(red, blue)'))?.kind).toBe('image');
    expect(backgroundOf(parseStyle('background-color: #fff; background-image: url(a.png)'))?.kind).toBe(
      'image',
    );
  });

  it('gives undefined when no background is declared', () => {
    expect(backgroundOf(parseStyle('color: red'))).toBeUndefined();
  });
});

describe('fontSizeToPx', () => {
  it.each([
    ['12px', 12],
    ['9pt', 12],
    ['8pt', 32 / 3],
    ['0.75em', 12],
    ['.7em', 11.2],
    ['75%', 12],
    ['1rem', 16],
    ['1pc', 16],
    ['x-small', 10],
    ['medium', 16],
    ['larger', 19.2],
    ['0', 0],
  ])('%s is %s px at the 16px default', (value, px) => {
    expect(fontSizeToPx(value)).toBeCloseTo(px, 5);
  });

  it('resolves em and % against the parent, rem against the root', () => {
    expect(fontSizeToPx('0.5em', 30)).toBe(15);
    expect(fontSizeToPx('50%', 30)).toBe(15);
    expect(fontSizeToPx('0.5rem', 30)).toBe(8);
  });

  it.each(['12', 'calc(1em + 2px)', '2vw', '-3px', 'big'])('gives undefined for %j', (value) => {
    expect(fontSizeToPx(value)).toBeUndefined();
  });
});

describe('large text (WCAG 2.1 1.4.3)', () => {
  it('is 18pt (24px), or 14pt (18.67px) bold', () => {
    expect(isLargeText(24, false)).toBe(true);
    expect(isLargeText(23.9, false)).toBe(false);
    expect(isLargeText(fontSizeToPx('14pt')!, true)).toBe(true);
    expect(isLargeText(18.5, true)).toBe(false);
  });

  it('needs 3:1 for large text and 4.5:1 otherwise', () => {
    expect(requiredContrast(24, false)).toBe(3);
    expect(requiredContrast(16, true)).toBe(4.5);
  });
});
