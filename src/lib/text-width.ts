/**
 * How wide a diagram label is drawn, in points. Graphviz sizes boxes with its built-in Helvetica
 * metrics and counts every byte it has no metric for as a space, so a Chinese character (three
 * UTF-8 bytes) gets 0.83 em where the browser draws a full em: Chinese labels overflow their boxes.
 *
 * This measure counts every character of Windows-1252 (Latin text, the Standard 14 font's encoding)
 * at its real Helvetica width (the AFM metrics Graphviz uses, which the browser's Helvetica, Arial
 * or Liberation Sans draw), and every other character as 1 em: that is the width of every wide
 * and full-width one (CJK ideographs, kana, full-width punctuation such as `，` and `（`, none of
 * which Windows-1252 has), and errs on the wide side for the rest.
 */
import { Encodings, Font, FontNames } from '@pdf-lib/standard-fonts';

const helvetica = Font.load(FontNames.Helvetica);
/** AFM widths are in thousandths of an em. */
const UNITS_PER_EM = 1000;

/** A character's advance in em: its Helvetica width, or 1 for a character outside Windows-1252. */
function charEm(codePoint: number): number {
  if (!Encodings.WinAnsi.canEncodeUnicodeCodePoint(codePoint)) return 1;
  const { name } = Encodings.WinAnsi.encodeUnicodeCodePoint(codePoint);
  const width = helvetica.getWidthOfGlyph(name);
  return typeof width === 'number' ? width / UNITS_PER_EM : 1;
}

/** The width of one line of text at `fontSize` points, as the browser draws it. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charEm(ch.codePointAt(0)!);
  return em * fontSize;
}

/**
 * The width Graphviz estimates for the same line: Helvetica for ASCII, a space for each byte of
 * any other character. Where it is at least `textWidth`, Graphviz's own box already fits.
 */
export function graphvizEstimate(text: string, fontSize: number): number {
  const space = charEm(0x20);
  let em = 0;
  for (const byte of new TextEncoder().encode(text)) em += byte < 0x80 ? charEm(byte) : space;
  return em * fontSize;
}
