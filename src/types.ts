/**
 * Shared result types of tifa (see docs/api.md). Every extractor returns these shapes.
 */

/**
 * A piece of the caller's ORIGINAL input. Offsets are UTF-16 code-unit indices into the
 * string the caller passed in (not into the normalized text); `end` is exclusive, so
 * `input.slice(start, end) === text`, always.
 */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface Options {
  /**
   * Date that relative expressions (今年, 年内, 5月12日, 上半年) resolve against: a Date,
   * 'YYYY-MM-DD', or a date known only to the year or month ('2019', '2019-06',
   * `{ year: 2019, month: 6 }`): then relative forms resolve as far as it allows (今年 with a
   * year, 本月 with a month; 明天 keeps no from/to). When absent, analyze() tries to infer it from the text; results that
   * needed it and had none carry `relative: true` and no from/to. `null` counts as absent.
   */
  referenceDate?: Date | string | { year: number; month?: number } | null;
  /** How normalize treats the script (see NormalizeOptions; default 'auto'). */
  script?: 'auto' | 'simplified' | 'keep';
  /** Whether normalize rejoins hard-wrapped lines (see NormalizeOptions; default 'auto'). */
  joinLines?: 'auto' | boolean;
  /**
   * Lengths of time (`用三年时间`, `连续7年`, `半个月`: granularity 'duration') are no dates:
   * extractDates leaves them out unless this is true; analyze() lists them under `durations`.
   */
  durations?: boolean;
}

/** How a figure relates to the stated number. */
export type Approx =
  | 'exact'
  | 'about' // 左右 约 上下
  | 'atLeast' // 以上 不低于 不少于
  | 'over' // 超过 超 逾 突破 过
  | 'atMost' // 以内 以下 不超过
  | 'under' // 不到 低于
  | 'nearly' // 近 接近
  | 'more'; // 多 余

export interface Quantity extends Span {
  /** Magnitude folded in: '224.2亿元' → 22420000000; '5.5%' → 5.5. */
  value: number;
  /** Upper end of a range: '1—3个' → value 1, max 3. */
  max?: number;
  /** What follows the magnitude: '元' '个' '%' '个百分点' '公里' '倍' … ('' when bare). */
  unit: string;
  approx: Approx;
}

export type DateGranularity = 'year' | 'half' | 'quarter' | 'month' | 'xun' | 'week' | 'day' | 'time' | 'plan' | 'duration'; // a length of time (三年, 40多年, 半个月): no from/to, see DateMention.duration

export type DateRole = 'point' | 'span' | 'deadline' | 'since';

export interface DateMention extends Span {
  /** Inclusive start, 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm'. */
  from?: string;
  /** Inclusive end. */
  to?: string;
  granularity: DateGranularity;
  role: DateRole;
  /** True when resolving it needed the reference date. */
  relative: boolean;
  /**
   * Set on a target's deadline that the text does not state: no date governs the figure in its
   * sentence or paragraph, so the document's year (from the reference date) is assumed. Its
   * span is empty (start === end, at the start of the target).
   */
  implicit?: boolean;
  /** Granularity 'duration' only: the length as ISO 8601, '三年' → 'P3Y', '一年半' → 'P1.5Y'. */
  duration?: string;
}

export type SloganType = 'formula' | 'parallel' | 'template' | 'quoted' | 'enumeration';

export interface Slogan extends Span {
  type: SloganType;
  /** '一园一业一平台' → ['一园', '一业', '一平台']. */
  parts: string[];
  /** The shared template, '{}' for what varies: '{}起来'. */
  pattern?: string;
  /** The slogan as read in the normalized text (Simplified, half-width). */
  normalized?: string;
  /** The formulation key, one for every way of writing it: Traditional folded, quotes and spaces
   *  removed, numerals unified (“两个确立”, 兩個確立, 2个确立 → '二个确立'). countSlogans and
   *  formulations() merge on it. */
  key: string;
  /** Formulas: the numbers it is built from ('一园一业一平台' → [1, 1, 1]; '四个一' → [4, 1]; '2+4' → [2, 4]). */
  numbers?: number[];
  /** Count formulas whose members the text spells out right before: '一张图、一张网…“四个一”' → ['一张图', '一张网', …]. */
  expansion?: string[];
  /** Enumerations: the number of items (parts.length). */
  count?: number;
}

export type TargetStatus = 'target' | 'actual';

export interface Target extends Span {
  /** '地区生产总值', '一般公共预算收入', '规上工业企业'. */
  metric: string;
  /** '过' '突破' '达到' '增长' '新增' '引进' '开工' '控制在' … */
  action?: string;
  /** The figure; its approx carries the threshold (过/突破 → over, 控制在…以内 → atMost). */
  value: Quantity;
  /** '过2000亿元的1个' → value 2000亿元 (over), count 1个. */
  count?: Quantity;
  /** '从52%提高到61%' → baseline 52% (value 61%): the figure a change starts from. */
  baseline?: Quantity;
  deadline?: DateMention;
  /** '力争' '确保' '争取' '努力' '将' '要'. */
  modality?: string;
  /** Who commits: '栖霞市', '黄渤海新区'. */
  subject?: string;
  /** A commitment, or a reported result. */
  status: TargetStatus;
}

export interface Analysis {
  /** Given or inferred, 'YYYY-MM-DD'. */
  referenceDate?: string;
  normalized: string;
  quantities: Quantity[];
  dates: DateMention[];
  /** Lengths of time (granularity 'duration': 三年, 半个月), kept apart from `dates`. */
  durations: DateMention[];
  slogans: Slogan[];
  targets: Target[];
}
