/**
 * Closed-class words of commitment language: verbs that set a figure, modal words, time and
 * status markers. These are grammatical data tables (the language's function words and
 * quantitative verbs), not a list of known targets or metrics.
 */

/**
 * Verbs that put a figure on a metric. Longest first so that a scan finds 新开工 before 开工.
 * `comparative`: the verb is followed by a comparand (高于全市平均1—2个百分点), so the metric
 * stands before the verb.
 */
export const ACTIONS: { word: string; comparative?: boolean; level?: boolean }[] = [
  ...'上涨 新开工 新培育 新认定 新引进 新建成 新签约 新注册 净增加'.split(' ').map((word) => ({ word })),
  ...'取消 下放 淘汰 关停 减轻 兴建 资助 精简 控制在 保持在 稳定在 维持在 提高到 提升到 提高至 提升至 增加到 增加至 下降到 降低到 降至 增至 扩大到 达到 超过 突破 实现 完成 新增 增长 增加 提高 提升 下降 降低 减少 压减 缩减 引进 招引 开工 竣工 建成 投产 签约 培育 集聚 聚集 新建 改造 创建 打造 认定 培训 带动 吸纳 解决 安置 发放 扩大 拉动 安排 投入 发行 下达 筹集 涨 达 过 超 逾 占'
    .split(' ')
    .map((word) => ({
      word,
      level: ['达到', '突破', '超过', '过', '超', '逾', '达', '控制在', '保持在', '稳定在', '维持在'].includes(word),
    })),
  ...'高于 低于 快于 慢于 不低于 不高于 不少于 不超过'.split(' ').map((word) => ({ word, comparative: true })),
].sort((a, b) => b.word.length - a.word.length);

/** Modal words of commitment, strongest reading first is not implied. */
export const MODALS = ['力争', '确保', '争取', '努力', '力求', '务必', '必须', '预计', '预期', '拟', '将', '要'];

/** Words that open a clause before its metric and are not part of it. */
export const LEADING_FILLERS = [
  '拟',
  '其中',
  '同时',
  '此外',
  '并',
  '且',
  '再',
  '还',
  '也',
  '均',
  '共',
  '全部',
  '累计',
  '总计',
  '合计',
  '实现',
  '推动',
  '带动',
  '促进',
  '确保',
  '力争',
  '争取',
  '努力',
  '力求',
  '务必',
  '计划',
  '预计',
  '预期',
  '将',
  '要',
  '使',
  '让',
  '到',
  '至',
  '达',
  '年内',
  '全年',
  '今年',
  '明年',
  '当年',
  '年底前',
  '年底',
  '年末',
  '未来',
  '今后',
  '进一步',
  '继续',
  '持续',
  '稳步',
  '大力',
  '加快',
  '积极',
  '全力',
  '力争使',
].sort((a, b) => b.length - a.length);

/** Words that close a metric before its verb and are not part of it. */
export const TRAILING_FILLERS = [
  '已经',
  '已',
  '均',
  '分别',
  '都',
  '也',
  '要',
  '将',
  '力争',
  '确保',
  '同比',
  '比上年',
  '较上年',
  '年均',
  '累计',
  '共',
  '预计',
  '总计',
].sort((a, b) => b.length - a.length);

/** Markers that a figure is a reported result. */
export const ACTUAL_MARKERS = ['已经', '已', '目前', '现有', '共有', '拥有', '累计完成', '去年', '过去一年', '过去五年', '刚刚过去'];

/** Markers that a figure is a commitment (besides modal words and deadlines). */
export const TARGET_MARKERS = ['目标', '预期', '任务', '指标', '规划', '计划'];

/** What may follow a figure and still end its item (…过万亿元目标, …30个以上的任务). */
export const AFTER_VALUE = ['的目标', '目标', '的任务', '任务', '的水平', '水平', '左右', '以上', '以内', '以下'];
