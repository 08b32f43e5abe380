/**
 * Converting text that markup splits into pieces (`<span>政务公</span><span>开</span>`, a bold leaf in a
 * paragraph). Converting each piece alone loses OpenCC's phrase context at the seams (头|发 would become
 * 頭發, not 頭髮), and Word/WPS pastes split runs at arbitrary places. So the pieces of one run are
 * converted as one string and cut back at the original seams.
 *
 * OpenCC never changes the number of code points (checked over all opencc-js 1.4.2 dictionaries), so the cut
 * is exact; an override of different length makes the run fall back to converting piece by piece.
 */

const SURROGATE = /[\uD800-\uDFFF]/;

export function convertRun(pieces: readonly string[], convertText: (text: string) => string): string[] {
  if (pieces.length === 0) return [];
  if (pieces.length === 1) return [convertText(pieces[0])];
  const joined = pieces.join('');
  const converted = convertText(joined);
  if (converted === joined) return pieces.slice();
  if (converted.length === joined.length && !SURROGATE.test(joined) && !SURROGATE.test(converted)) {
    const out: string[] = [];
    let offset = 0;
    for (const piece of pieces) {
      out.push(converted.slice(offset, offset + piece.length));
      offset += piece.length;
    }
    return out;
  }
  const convertedPoints = Array.from(converted);
  const pieceLengths = pieces.map((piece) => Array.from(piece).length);
  if (convertedPoints.length !== pieceLengths.reduce((sum, n) => sum + n, 0)) {
    return pieces.map((piece) => convertText(piece));
  }
  const out: string[] = [];
  let offset = 0;
  for (const length of pieceLengths) {
    out.push(convertedPoints.slice(offset, offset + length).join(''));
    offset += length;
  }
  return out;
}
