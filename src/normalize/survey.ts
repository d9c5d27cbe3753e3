/**
 * One pass over the input that tells normalize() which of its passes can change anything: the
 * script counts (Traditional or Simplified), full-width letters, digits and signs, digits followed
 * by what the digit pass rejoins (a space, a comma, a line break), and the line widths joinLines
 * needs. Passes with nothing to do are skipped.
 */
import { scriptMarks, scriptOf, type Script } from './script.js';
import { cellWidth } from './lines.js';
import { halfWidthAt } from './width.js';

export interface Survey {
  script: Script;
  traditional: number;
  simplified: number;
  /** A full-width form that toHalfWidth converts (a letter, digit or number sign) occurs. */
  fullWidth: boolean;
  /** Display width of each line up to its \n (cellWidth of each code unit). */
  lineWidths: number[];
  /** An ASCII digit is followed by a space, `,` `，`, `. ` or a line break. */
  digitGap: boolean;
}

/**
 * @example survey('國內生產總值增長５．５％').script // 'traditional' (fullWidth: true)
 */
export function survey(s: string): Survey {
  const marks = scriptMarks();
  let traditional = 0;
  let simplified = 0;
  let fullWidth = false;
  let digitGap = false;
  const lineWidths: number[] = [];
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) {
      lineWidths.push(w);
      w = 0;
    } else w += c < 0x1100 ? 1 : cellWidth(c); // ASCII inline: the call costs ~5 % of this pass
    const m = marks[c];
    if (m !== 0) {
      if (m === 1) traditional++;
      else simplified++;
    } else if (c >= 0xff01 && c <= 0xff5e) {
      if (!fullWidth) fullWidth = halfWidthAt(s, i, c);
    } else if (c >= 48 && c <= 57 && !digitGap) {
      const d = s.charCodeAt(i + 1);
      // a decimal point only counts when a space follows it (42. 195); 5.5 is already whole
      digitGap = d === 32 || d === 44 || d === 0xff0c || d === 10 || d === 13 || (d === 46 && s.charCodeAt(i + 2) === 32);
    }
  }
  lineWidths.push(w);
  return { script: scriptOf(traditional, simplified), traditional, simplified, fullWidth, digitGap, lineWidths };
}
