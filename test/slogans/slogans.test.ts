import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countSlogans, extractSlogans } from '../../src/slogans/index.js';
import { patternOf } from '../../src/slogans/align.js';
import type { Slogan } from '../../src/types.js';
import { expectSpansExact, fixtures } from '../helpers.js';

/** The one slogan whose text is `text` (fails if none or several). */
function one(input: string, text: string): Slogan {
  const all = extractSlogans(input);
  expectSpansExact(input, all);
  const hits = all.filter((s) => s.text === text);
  if (hits.length !== 1) throw new Error(`${hits.length} slogans '${text}' in ${JSON.stringify(all.map((s) => s.text))}`);
  const s = hits[0];
  expect(input.slice(s.start, s.end)).toBe(text);
  return s;
}

const texts = (input: string, type?: Slogan['type']) =>
  extractSlogans(input)
    .filter((s) => !type || s.type === type)
    .map((s) => s.text);

describe('formula', () => {
  it('reads repeated numeral segments (fixture sentence)', () => {
    const input = '按照“一园一业一平台”思路，聚焦1—3个主导产业';
    const s = one(input, '一园一业一平台');
    expect(s).toMatchObject({ type: 'formula', parts: ['一园', '一业', '一平台'], numbers: [1, 1, 1], start: 3, end: 10 });
  });

  it('reads an unquoted segment formula ending in a two-character body', () => {
    const s = one('各区市按照一园一业一平台思路推进', '一园一业一平台');
    expect(s.parts).toEqual(['一园', '一业', '一平台']);
  });

  it('reads N+M codes with the numbers', () => {
    expect(one('做大做强“2+4”产业集群', '2+4')).toMatchObject({ type: 'formula', parts: ['2', '4'], numbers: [2, 4] });
    expect(one('培优做强“1+5+1”现代产业体系', '1+5+1').numbers).toEqual([1, 5, 1]);
    expect(one('调整优化10个指挥部、6个专班10+6工作体系', '10+6').numbers).toEqual([10, 6]);
  });

  it('expands 四个一 from the items spelled out before it', () => {
    const s = one('创新实行一张图、一张网、一组方案、一套机制“四个一”工作推进体系', '四个一');
    expect(s).toMatchObject({ type: 'formula', parts: ['一'], numbers: [4, 1] });
    expect(s.expansion).toEqual(['一张图', '一张网', '一组方案', '一套机制']);
  });

  it('expands a digit code digit by digit', () => {
    const s = one('深化“一个引领、两大目标、五项重点、三个导向”的“1253”总体思路', '1253');
    expect(s.expansion).toEqual(['一个引领', '两大目标', '五项重点', '三个导向']);
    expect(s.numbers).toEqual([1253]);
  });

  it('reads 6个1 unquoted', () => {
    expect(one('一支以上基金保障的6个1推进体系', '6个1').numbers).toEqual([6, 1]);
  });

  it('reads numeral abbreviations in quotes', () => {
    expect(one('列入综合试验区“三核”之一', '三核')).toMatchObject({ parts: ['三核'], numbers: [3] });
    expect(one('努力在落实“双碳”战略上率先闯出新路', '双碳').numbers).toEqual([2]);
    expect(one('紧密对接省“十强”产业', '十强').numbers).toEqual([10]);
  });

  it('finds national formulations it has never seen (no list of names)', () => {
    const input =
      '统筹推进“五位一体”总体布局，协调推进“四个全面”战略布局。扎实做好“六稳”工作、全面落实“六保”任务，巩固“三去一降一补”成果。' +
      '深化“放管服”改革。坚持“两个毫不动摇”。推动共建“一带一路”高质量发展，构建国内国际“双循环”相互促进的新发展格局。';
    expect(one(input, '五位一体')).toMatchObject({ type: 'formula', parts: ['五位', '一体'], numbers: [5, 1] });
    expect(one(input, '四个全面')).toMatchObject({ type: 'formula', parts: ['全面'], numbers: [4] });
    expect(one(input, '六稳').type).toBe('formula');
    expect(one(input, '六保').type).toBe('formula');
    expect(one(input, '三去一降一补')).toMatchObject({ parts: ['三去', '一降', '一补'], numbers: [3, 1, 1] });
    expect(one(input, '放管服')).toMatchObject({ type: 'quoted', parts: ['放管服'] });
    expect(one(input, '两个毫不动摇')).toMatchObject({ type: 'formula', parts: ['毫不动摇'], numbers: [2] });
    expect(one(input, '一带一路')).toMatchObject({ type: 'formula', parts: ['一带', '一路'], numbers: [1, 1] });
    expect(one(input, '双循环')).toMatchObject({ type: 'formula', numbers: [2] });
  });

  it('finds the same formulations unquoted inside a policy frame', () => {
    const input = '坚持两个毫不动摇，做好六稳工作、落实六保任务，持续推进三去一降一补，共建一带一路，扎实做好六稳六保工作。';
    for (const t of ['两个毫不动摇', '六稳', '六保', '三去一降一补', '一带一路', '六稳六保']) expect(one(input, t).type).toBe('formula');
  });

  it('reads Traditional script and full-width digits, spans in the original', () => {
    const input = '統籌推進「五位一體」總體佈局，紮實做好「六穩」工作，做大做強“２＋４”產業集群';
    const a = one(input, '五位一體');
    expect(a.normalized).toBe('五位一体');
    expect(a.parts).toEqual(['五位', '一体']);
    expect(one(input, '六穩').normalized).toBe('六稳');
    expect(one(input, '２＋４')).toMatchObject({ normalized: '2+4', numbers: [2, 4] });
  });

  it('reads OCR-spaced formulas and merges them in the count', () => {
    const input = '做好“六 稳”工作，落实“六保”任务，深化“三 去 一 降 一 补”，做好“六稳”工作';
    const spaced = one(input, '三 去 一 降 一 补');
    expect(spaced).toMatchObject({ type: 'formula', parts: ['三去', '一降', '一补'], numbers: [3, 1, 1] });
    const counts = countSlogans(extractSlogans(input));
    expect(counts[0]).toMatchObject({ key: '六稳', count: 2 });
  });

  it('does not take counts, idioms, plan periods or titles for formulas', () => {
    const input =
      '年内新增规上工业企业30家，引进两个重大项目，一点一滴的变化在积聚，三心二意不可取，“十四五”末达到两千亿元，' +
      '印发《关于振兴县域经济三年行动方案》，用三年时间，一手抓项目促投资。';
    expect(texts(input, 'formula')).toEqual([]);
    expect(texts('推进两个项目建设，实施三个工程，落实两个重大项目。“十四五”时期，“十四五”规划纲要提出')).toEqual([]);
  });
});

describe('parallel', () => {
  it('trims the lead-in and the run-on of a shared-suffix series (fixture sentence)', () => {
    const s = one('务实求实、拼搏奋进，以紧起来、动起来、跑起来的实际行动，打好县域振兴攻坚战', '紧起来、动起来、跑起来');
    expect(s).toMatchObject({ type: 'parallel', parts: ['紧起来', '动起来', '跑起来'], pattern: '{}起来' });
  });

  it('finds a series written without separators', () => {
    expect(one('各部门迅速紧起来动起来跑起来，锚定方案', '紧起来动起来跑起来').pattern).toBe('{}起来');
    expect(one('推动园区延链补链强链发展', '延链补链强链')).toMatchObject({ parts: ['延链', '补链', '强链'], pattern: '{}链' });
  });

  it('finds prefix frames, infix frames and quoted verb-object series', () => {
    expect(one('全面营造比着干、赛着干、抢着干的浓厚氛围', '比着干、赛着干、抢着干').pattern).toBe('{}着干');
    expect(one('更倍感坐不住、慢不起、等不得。', '坐不住、慢不起、等不得').pattern).toBe('{}不{}');
    expect(one('拼速度、拼作风、拼成效，全力以赴', '拼速度、拼作风、拼成效').pattern).toBe('拼{}');
    const q = one('发出了“比项目、拼发展、争一流”的动员令', '比项目、拼发展、争一流');
    expect(q).toMatchObject({ type: 'parallel', parts: ['比项目', '拼发展', '争一流'] });
  });

  it('finds fresh series from a national report', () => {
    expect(one('要把稳增长、稳就业、稳物价放在更加突出的位置', '稳增长、稳就业、稳物價'.replace('價', '价')).pattern).toBe('稳{}');
    expect(one('做到思想上重视、组织上保障、措施上落实。', '思想上重视、组织上保障、措施上落实').pattern).toBe('{}上{}');
    expect(one('坚持以天保周、以周保月、以月保季、以季保年', '以天保周、以周保月、以月保季、以季保年').pattern).toBe('以{}保{}');
    expect(one('聘任“链长”“链办”“链主”', '链长”“链办”“链主')).toMatchObject({ parts: ['链长', '链办', '链主'], pattern: '链{}' });
  });

  it('does not report plain noun lists', () => {
    expect(texts('绿色化工、有色及贵金属、装备制造、电子信息、汽车、食品、文化旅游等优势产业要提质增效')).toEqual([]);
    expect(texts('持续加大交通、供电、供水、教育、医疗等基本民生投入力度')).toEqual([]);
    expect(texts('市政协主席朱秀香、市人大常委会主任于松柏、市委副书记吴承丙出席')).toEqual([]);
    expect(texts('统筹推进国际招商产业园、中韩产业园、中日产业园、中德新材料产业园的一体化建设')).toEqual([]);
    expect(texts('市级、县级、乡级财政要加大投入，东部、中部、西部地区协调发展')).toEqual([]);
    expect(texts('一季度、二季度、三季度经济运行平稳，地铁一号线二号线三号线贯通')).toEqual([]);
  });
});

describe('template', () => {
  it('reads repeated clauses with slots (fixture sentence)', () => {
    const input =
      '坚持全球视野，坚决打破守成心态、在思想境界上求突破，坚决打破惯性思维、在发展理念上求突破，坚决打破路径依赖、在推进方法上求突破，着力提振精气神';
    const t = '坚决打破守成心态、在思想境界上求突破，坚决打破惯性思维、在发展理念上求突破，坚决打破路径依赖、在推进方法上求突破';
    const s = one(input, t);
    expect(s).toMatchObject({ type: 'template', pattern: '坚决打破{}、在{}上求突破' });
    expect(s.parts).toEqual([
      '坚决打破守成心态、在思想境界上求突破',
      '坚决打破惯性思维、在发展理念上求突破',
      '坚决打破路径依赖、在推进方法上求突破',
    ]);
  });

  it('reads a fresh template and a repeated 、 frame', () => {
    const input = '让发展成果更多惠及全体人民，让城市生活更加美好，让乡村生活更加舒心，让群众生活更加幸福。';
    expect(one(input, '让城市生活更加美好，让乡村生活更加舒心，让群众生活更加幸福').pattern).toBe('让{}生活更加{}');
    const s = one('始终坚持一切盯着项目看、一切围着项目转、一切扭住项目干', '一切盯着项目看、一切围着项目转、一切扭住项目干');
    expect(s).toMatchObject({ type: 'template', pattern: '一切{}项目{}' });
  });
});

describe('quoted', () => {
  it('reads short balanced quotations', () => {
    expect(one('进一步树牢“项目为王、落地为要”导向', '项目为王、落地为要')).toMatchObject({
      type: 'quoted',
      parts: ['项目为王', '落地为要'],
      pattern: '{}为{}',
    });
    expect(one('正以“功成不必在我、建功必须有我”的境界', '功成不必在我、建功必须有我').type).toBe('quoted');
    expect(one('突出“项目为王 落地为要”', '项目为王 落地为要').parts).toEqual(['项目为王', '落地为要']);
    expect(one('坚持「穩中求進、以進促穩」', '穩中求進、以進促穩').normalized).toBe('稳中求进、以进促稳');
  });

  it('does not take quoted speech or book titles', () => {
    expect(texts('“市委、市政府决定，从今年开始启动实施振兴县(区)域经济三年行动。”')).toEqual([]);
    expect(texts('“依靠改革激发市场主体活力,增强发展新动能”“推动制造业升级和新兴产业发展”')).toEqual([]);
    expect(texts('他说：“我们一定要把这件事办好，让群众满意。”')).toEqual([]);
    expect(texts('研究制定《推动战略性新兴产业集群建设的意见》')).toEqual([]);
  });
});

describe('enumeration', () => {
  it('reads 一是/二是 with the item heads and count', () => {
    const input = '下步工作：一是树牢项目为王。强力推进重点项目。\n二是突破招商引资。聚焦重点产业。\n三是健全推进机制。按照机制推进。';
    const [e] = extractSlogans(input).filter((s) => s.type === 'enumeration');
    expect(e).toMatchObject({ parts: ['树牢项目为王', '突破招商引资', '健全推进机制'], count: 3 });
    expect(input.slice(e.start, e.end)).toBe(e.text);
    expect(e.text.startsWith('一是')).toBe(true);
    expect(e.text.endsWith('健全推进机制')).toBe(true);
  });

  it('reads ——bullets with their shared frame', () => {
    const input =
      '如何实现？\n\n——坚持把产业培育作为重中之重，找准方向。\n\n——坚持质效标准，全力打造园区发展升级版。\n\n——坚持统筹理念，提高水平。';
    const [e] = extractSlogans(input).filter((s) => s.type === 'enumeration');
    expect(e).toMatchObject({ parts: ['坚持把产业培育作为重中之重', '坚持质效标准', '坚持统筹理念'], pattern: '坚持{}', count: 3 });
  });

  it('reads line-initial 一、二、 headings and ignores 统一是', () => {
    const input = '一、总体要求\n内容。\n二、重点任务\n内容。\n三、保障措施\n统一是前提。';
    const e = extractSlogans(input).filter((s) => s.type === 'enumeration');
    expect(e).toHaveLength(1);
    expect(e[0]).toMatchObject({ parts: ['总体要求', '重点任务', '保障措施'], count: 3 });
  });

  it('needs at least two consecutive markers', () => {
    expect(texts('一是加强领导。其他工作照常。')).toEqual([]);
  });
});

describe('patternOf', () => {
  it('reads shared columns, prefixes and suffixes', () => {
    expect(patternOf(['紧起来', '动起来', '跑起来'])).toEqual({ pattern: '{}起来', fixed: 2 });
    expect(patternOf(['争资金', '争政策', '争载体平台'])).toEqual({ pattern: '争{}', fixed: 1 });
    expect(patternOf(['交通', '供电', '教育'])).toEqual({ fixed: 0 });
  });
});

describe('countSlogans', () => {
  it('merges Traditional, Simplified and full-width forms', () => {
    const docs = [
      '做好“六稳”工作，落实“六保”任务，做好“六稳”工作',
      '紮實做好「六穩」工作',
      '做大做强“2+4”产业集群',
      '做大做強“２＋４”產業集群',
    ];
    const counts = countSlogans(docs.flatMap((d) => extractSlogans(d)));
    expect(counts.map((c) => [c.key, c.count])).toEqual([
      ['六稳', 3],
      ['2+4', 2],
      ['六保', 1],
    ]);
    expect(counts[0].occurrences.map((o) => o.text)).toEqual(['六稳', '六稳', '六穩']);
  });

  it('rejects a non-iterable and skips enumerations', () => {
    expect(() => countSlogans(null as never)).toThrow(TypeError);
    expect(countSlogans(extractSlogans('一是加强领导。二是强化保障。'))).toEqual([]);
  });
});

describe('fixtures', () => {
  it('every span is exact and every fixture has formulations of each kind', () => {
    const seen = new Set<string>();
    for (const [name, text] of fixtures()) {
      const all = extractSlogans(text);
      expectSpansExact(text, all);
      for (const s of all) {
        seen.add(s.type);
        expect(s.parts.length, `${name}: ${s.text}`).toBeGreaterThan(0);
      }
    }
    // the fixtures' numbered lists are paragraph outlines, not formulations (no enumeration)
    expect([...seen].sort()).toEqual(['formula', 'parallel', 'quoted', 'template']);
  });

  it('finds the fixture formulas by form', () => {
    const all = [...fixtures().values()].flatMap((t) => extractSlogans(t)).filter((s) => s.type === 'formula');
    const got = new Set(all.map((s) => s.normalized));
    for (const t of [
      '一园一业一平台',
      '双招双引',
      '2+4',
      '四个一',
      '6个1',
      '四园两区',
      '两区两廊',
      '五个一',
      '10+6',
      '1+5+1',
      '1253',
      '530',
      '六稳',
      '六保',
      '十强',
      '三核',
      '两山',
      '两带一核',
    ]) {
      expect(got.has(t), t).toBe(true);
    }
  });

  it('src/slogans names no fixture slogan and no national formulation (detect by form, never by list)', () => {
    const dir = join(__dirname, '..', '..', 'src', 'slogans');
    const src = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile())
      .map((f) => readFileSync(join(f.parentPath, f.name), 'utf8'))
      .join('\n');
    const names = new Set([
      '一园一业一平台',
      '紧起来',
      '比项目',
      '双招双引',
      '项目为王',
      '四个全面',
      '五位一体',
      '三去一降一补',
      '放管服',
      '两个毫不动摇',
      '六稳',
      '六保',
      '一带一路',
      '双循环',
    ]);
    for (const text of fixtures().values()) {
      for (const s of extractSlogans(text)) {
        if (s.type === 'enumeration') continue;
        if (s.normalized!.length >= 3) names.add(s.normalized!);
        for (const p of s.parts) if (p.length >= 3) names.add(p);
      }
    }
    expect(names.size).toBeGreaterThan(80);
    for (const t of names) expect(src.includes(t), t).toBe(false);
  });
});

describe('robustness and speed', () => {
  it('never throws on odd strings', () => {
    for (const s of [
      '',
      '“',
      '”“',
      '、、、、',
      '一是',
      '——',
      '一一一一一一',
      '“一”',
      '\u0000',
      '“' + '、'.repeat(100),
      '6个',
      '2+',
      '《》',
      '(一)\n(二)',
    ]) {
      expect(() => extractSlogans(s)).not.toThrow();
    }
    expect(() => extractSlogans(42 as never)).toThrow(TypeError);
  });

  it('stays linear on long 、 series and repeated clauses', () => {
    const series = '紧起来、动起来、跑起来、绿色化工、有色及贵金属、'.repeat(8000);
    const clauses = '坚决打破守成心态、在思想境界上求突破，'.repeat(8000);
    const runs = '一二三四五六七八九十'.repeat(8000) + '起来起来起来'.repeat(8000);
    for (const s of [series, clauses, runs]) {
      const t0 = performance.now();
      extractSlogans(s);
      expect(performance.now() - t0).toBeLessThan(3000);
    }
  });
});
