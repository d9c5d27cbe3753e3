/**
 * Data tables of the policy-text register: words that are never key terms, and words that
 * are terms of every policy document (weighed down). Detection of numbers and dates is by
 * form (see classify.ts), not by these tables.
 */

const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/**
 * Never a key term, and never part of one (they break compounds): function words, pronouns,
 * time deixis, and the low-information verbs and adverbs of the register (推进, 加快, 全面,
 * 坚持, 实施, 加强 …) that stand before the real object of a sentence.
 */
export const STOPWORDS: ReadonlySet<string> = words(`
的 地 得 了 着 过 和 与 及 以及 暨 是以 或 或者 并 并且 而 而且 等 等等 在 对 为 以 于 从 向 把 将 被 由 让 使 给 跟 同 之 其 其中 这 那 此 该 各 每 本 所 也 都 又 就 还 更 最 很 非常 已 已经 正在 将要 要 会 能 可 可以 应 应当 应该 需要 必须 不 没有 无 有 是 为了 通过 根据 按照 围绕 关于 对于 至 到 即 既 则 如 如何 怎么 怎么办 什么 哪些 为何 因为 所以 因此 但 但是 虽然 如果 只有 只要 不仅 而是 还是 以来 以上 以下 左右 之一 其他 其它 一些 一系列 一批 一大批 一定 一起 一直 一方面 另一方面
我 我们 你 你们 他 他们 她 它 它们 大家 自己 咱们 本市 本省 全市 全省 全区 全县 各地 各级 各区 各区市 有关 相关 上述 以下 如下
今年 明年 去年 前年 当年 年内 年底 年初 年末 年中 年度 上半年 下半年 全年 当前 目前 现在 今后 近年 近年来 近期 日前 此前 此后 同时 期间 时期 时间 之后 之前 以后 以前 未来 过去 眼下 如今
进一步 不断 切实 着力 大力 积极 努力 力争 确保 争取 持续 深入 扎实 全力 全面 加快 加速 推进 推动 加强 坚持 实施 实现 开展 促进 提升 提高 做好 抓好 抓 抓住 落实 完善 健全 强化 优化 深化 建立 形成 打造 构建 发挥 支持 鼓励 引导 着眼 聚焦 围绕 突出 注重 统筹 坚决 全心全意 认真 迅速 有效 有力 明显 显著 基本 主要 重要 重点 重大 不少 很多
起来 下来 出来 上来 进来 下去 出席 主持 参加 陪同 会见 讲话 致辞 记者 通讯员 本报 报道 讯
进行 作为 成为 实行 开始 启动 决定 承认 表示 指出 强调 认为 提出 要求 召开 举行 印发 出台 达到 超过 突破 完成 增长 增加 减少 下降 保持 稳定 同比 比 约 近 超 逾 余 多个 各个 各类 各项 各种
`);

/**
 * Terms of every policy document: kept, and allowed inside compounds (高质量发展, 园区建设),
 * but weighed down when they stand alone.
 */
export const GENERAL: ReadonlySet<string> = words(`
发展 建设 工作 问题 方面 领域 水平 能力 作用 任务 措施 政策 情况 部门 地区 地方 社会 国家 群众 人民 单位 目标 成效 成果 效果 质量 体系 机制 制度 环境 服务 管理 经济 城市 全国 全省 市场 企业 项目 行动 方案 计划 规划 意见 通知 会议 大会 领导 干部 同志 政府 市委 省委 党委
`);

/** Weight of a GENERAL word standing alone. */
export const GENERAL_WEIGHT = 0.3;
