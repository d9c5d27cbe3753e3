/**
 * Who speaks in a document: the place named in its heading — the congress it is delivered to
 * (在栖霞市第十九届人民代表大会第三次会议上) or the government that issues it (临川市人民政府).
 * Figures that name no subject of their own are that place's.
 */
import { RE } from '../text/index.js';

/** Read this far into a document for its heading. */
const HEAD = 400;

const PLACE_SUFFIX = '(?:自治区|自治州|自治县|新区|开发区|省|市|县|区|州|旗|盟)';
const NUMERAL = '[0-9一二三四五六七八九十]';
/** 在…第十九届人民代表大会 / 第十三次代表大会 / …人民政府 / …政府工作报告. */
const HEADING = new RegExp(`(${RE.han}{1,12}?${PLACE_SUFFIX})(?:第${NUMERAL}{1,3}[届次](?:人民)?代表大会|人民政府|政府工作报告)`);
/** Two-character words that end like a place but are none. */
const NOT_PLACE = /^(?:.|城市|都市|地区|市区|城区|山区|社区|园区|全[省市县区州]|[本我各该][省市县区州])$/;
/** A leading 在 or a province before a city: keep the last place. */
const LAST_PLACE = new RegExp(`${RE.han}{1,6}?${PLACE_SUFFIX}$`);

/**
 * The place a document speaks for, from its heading; undefined for national documents and
 * documents without one.
 *
 * @example documentSubject('政府工作报告\n——2024年1月9日在栖霞市第十九届人民代表大会第四次会议上') // '栖霞市'
 */
export function documentSubject(text: string): string | undefined {
  const head = text.slice(0, HEAD);
  const m = HEADING.exec(head);
  if (!m) return undefined;
  // what precedes the place in the heading: 2023年, 在, 中国共产党
  let place = m[1].replace(/^.*[年在党]/, '');
  if (/^(?:全国|中华人民共和国|国务院|中央)/.test(place)) return undefined;
  // 山东省烟台市 → 烟台市: the innermost place speaks
  const p = place.lastIndexOf('省');
  const a = place.lastIndexOf('自治区');
  const cut = Math.max(p, a < 0 ? -1 : a + 2);
  if (cut >= 0 && place.length - cut > 2 && /[市州盟]$/.test(place)) place = place.slice(cut + 1);
  const last = LAST_PLACE.exec(place);
  return last && !NOT_PLACE.test(last[0]) ? last[0] : undefined;
}
