import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { diffAnalysis, diffStats, expectedName } from '../../src/cli/corpus.js';
import { CSV_COLUMNS, csvField, csvHeader, csvRows } from '../../src/cli/csv.js';
import { escapeHtml, highlightHtml, scriptJson } from '../../src/cli/highlight.js';
import { decode } from '../../src/cli/input.js';
import { toRecord } from '../../src/cli/record.js';
import { formatNumber, groupDigits, parseKinds, placeAll, quantitySummary, dateSummary, targetSummary } from '../../src/cli/results.js';
import { fitWidth, renderTable } from '../../src/cli/table.js';
import stringWidth from 'string-width';
import type { Analysis, DateMention, Quantity, Target } from '../../src/types.js';

// A hand-made analysis in api.md's shapes, so these tests do not depend on the extractors.
const INPUT = '力争到2025年，全市地区生产总值突破2000亿元，"一园一业"格局基本形成。';
const q = (text: string, value: number, unit: string, approx: Quantity['approx'] = 'exact', max?: number): Quantity => {
  const start = INPUT.indexOf(text);
  return { text, start, end: start + text.length, value, unit, approx, ...(max !== undefined ? { max } : {}) };
};
const QTY = q('突破2000亿元', 200000000000, '元', 'over');
const DATE: DateMention = {
  text: '到2025年',
  start: 2,
  end: 8,
  from: '2021-05-13',
  to: '2025-12-31',
  granularity: 'year',
  role: 'deadline',
  relative: false,
};
const TARGET: Target = {
  text: '全市地区生产总值突破2000亿元',
  start: INPUT.indexOf('全市'),
  end: INPUT.indexOf('亿元') + 2,
  metric: '地区生产总值',
  action: '突破',
  value: QTY,
  deadline: DATE,
  modality: '力争',
  subject: '全市',
  status: 'target',
};
const SLOGAN = {
  text: '一园一业',
  start: INPUT.indexOf('一园'),
  end: INPUT.indexOf('一园') + 4,
  type: 'formula' as const,
  parts: ['一园', '一业'],
  key: '一园一业',
};
const ANALYSIS: Analysis = {
  referenceDate: '2021-05-13',
  normalized: INPUT,
  quantities: [QTY],
  dates: [DATE],
  durations: [],
  slogans: [SLOGAN],
  targets: [TARGET],
};

describe('hand-made analysis', () => {
  it('has exact spans', () => {
    for (const r of [QTY, DATE, TARGET, SLOGAN]) expect(INPUT.slice(r.start, r.end)).toBe(r.text);
  });
});

describe('parseKinds', () => {
  it('accepts plural, singular and aliases, dropping repeats', () => {
    expect(parseKinds('targets,date, numbers,target')).toEqual(['targets', 'dates', 'quantities']);
  });
  it('names an unknown kind', () => {
    expect(() => parseKinds('targets,words')).toThrow(/unknown kind 'words'/);
    expect(() => parseKinds(',')).toThrow(/at least one/);
  });
});

describe('numbers and summaries', () => {
  it('prints numbers without exponent or float noise', () => {
    expect(formatNumber(22420000000)).toBe('22420000000');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(1e21)).toBe('1e+21');
    expect(groupDigits(200000000000)).toBe('200,000,000,000');
    expect(groupDigits(12345.5)).toBe('12,345.5');
    expect(groupDigits(2025)).toBe('2025');
    expect(groupDigits(-123456)).toBe('-123,456');
  });
  it('summarizes each kind', () => {
    expect(quantitySummary(QTY)).toBe('>200,000,000,000 元');
    expect(quantitySummary(q('1—3个', 1, '个', 'exact', 3))).toBe('1–3 个');
    expect(quantitySummary({ value: 40, unit: '年', approx: 'more' } as Quantity)).toBe('40+ 年');
    expect(dateSummary(DATE)).toBe('2021-05-13..2025-12-31 year deadline');
    expect(dateSummary({ text: '年内', start: 0, end: 2, granularity: 'year', role: 'deadline', relative: true })).toBe(
      '(needs a reference date) year deadline',
    );
    expect(
      dateSummary({
        text: '三年',
        start: 0,
        end: 2,
        granularity: 'duration',
        role: 'span',
        relative: false,
        duration: 'P3Y',
      } as DateMention),
    ).toBe('P3Y duration span');
    expect(targetSummary(TARGET)).toBe('全市: 地区生产总值 突破 >200,000,000,000 元 by 2025-12-31 (target, 力争)');
  });
  it('tolerates missing lists and junk entries', () => {
    const odd = { targets: [null, 3, { start: 0, end: 2, text: '力争' }] } as unknown as Partial<Analysis>;
    expect(placeAll(odd).map((p) => p.id)).toEqual(['t2']);
  });
});

describe('csv', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('说"好"')).toBe('"说""好"""');
    expect(csvField('上\n下')).toBe('"上\n下"');
    expect(csvField('地区生产总值')).toBe('地区生产总值');
  });
  it('parses back with csv-parse, one row per result with resolved fields', () => {
    const doc = toRecord('a,"b".txt', ANALYSIS, ['quantities', 'dates', 'slogans', 'targets'], false);
    const rows = parse(csvHeader() + csvRows(doc, ['quantities', 'dates', 'slogans', 'targets']), { columns: true }) as Record<
      string,
      string
    >[];
    expect(Object.keys(rows[0])).toEqual([...CSV_COLUMNS]);
    expect(rows.map((r) => [r.kind, r.text, r.start, r.end])).toEqual([
      ['date', '到2025年', '2', '8'],
      ['target', '全市地区生产总值突破2000亿元', '9', '25'],
      ['quantity', '突破2000亿元', '17', '25'],
      ['slogan', '一园一业', '27', '31'],
    ]);
    const t = rows[1];
    expect(t).toMatchObject({
      file: 'a,"b".txt',
      value: '200000000000',
      unit: '元',
      approx: 'over',
      metric: '地区生产总值',
      action: '突破',
    });
    expect(t).toMatchObject({ deadline: '2025-12-31', deadline_text: '到2025年', modality: '力争', subject: '全市', status: 'target' });
    expect(rows[0]).toMatchObject({ from: '2021-05-13', to: '2025-12-31', granularity: 'year', role: 'deadline', relative: 'false' });
    expect(rows[3]).toMatchObject({ type: 'formula', parts: '一园|一业' });
  });
});

describe('table', () => {
  it('cuts and pads by display width, CJK counting two', () => {
    expect(fitWidth('地区生产总值过2000亿元', 10)).toBe('地区生产…');
    expect(fitWidth('abc', 10)).toBe('abc');
    const t = renderTable(
      ['kind', 'text', 'x'],
      [
        ['date', '年底前', '1'],
        ['quantity', '3个', '2'],
      ],
    );
    const lines = t.trimEnd().split('\n');
    // the third column starts at the same display column on every line
    const col = (l: string) => stringWidth(l.slice(0, l.lastIndexOf(' ') + 1));
    expect(new Set(lines.map(col)).size).toBe(1);
    expect(lines[2]).toBe('date      年底前  1');
  });
});

describe('input decoding', () => {
  it('reads UTF-8, and GB18030 when the bytes are not UTF-8', () => {
    expect(decode(new TextEncoder().encode('\uFEFF中文2021年'))).toMatchObject({ text: '中文2021年', encoding: 'utf8', why: 'BOM' });
    expect(decode(Uint8Array.from([0xd6, 0xd0, 0xce, 0xc4, 0x32]))).toMatchObject({ text: '中文2', encoding: 'gb18030' });
  });
});

describe('highlight html', () => {
  const html = highlightHtml(INPUT, ANALYSIS, { title: '<b>报告</b>.txt' });
  it('escapes text and embedded JSON', () => {
    expect(escapeHtml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;');
    expect(scriptJson({ t: '</script><!--' })).toBe('{"t":"\\u003c/script\\u003e\\u003c!--"}');
    expect(html).toContain('<title>&lt;b&gt;报告&lt;/b&gt;.txt — tifa</title>');
    expect(html).not.toMatch(/<b>报告/);
    expect(html).toContain('，&quot;<span class="anchor" id="r-s0"></span><span class="hl k-slogans" data-r="s0"');
  });
  it('is self-contained: no external URL', () => {
    expect(html).not.toMatch(/\b(?:src|href)="(?:https?:)?\/\//);
    expect(html).not.toMatch(/@import|url\(/);
  });
  it('keeps the original text and layers overlapping results on one piece', () => {
    const text = html.slice(html.indexOf('<article id="doc">') + 18, html.indexOf('</article>'));
    const plain = text.replace(/<[^>]*>/g, '').replace(/&quot;/g, '"');
    expect(plain).toBe(INPUT);
    expect(text).toContain('<span class="hl k-targets k-quantities" data-r="t0 q0"');
    expect(text).toMatch(
      /<span class="hl k-targets" data-r="t0" title="target 目标: 全市地区生产总值突破2000亿元 → [^"]*">全市地区生产总值<\/span>/,
    );
    expect(text).toContain('<span class="anchor" id="r-t0"></span>');
  });
  it('cuts crossing results into pieces without losing text', () => {
    const input = '一二三四五六';
    const a = {
      quantities: [{ text: '一二三四', start: 0, end: 4, value: 1, unit: '', approx: 'exact' }],
      dates: [{ text: '三四五六', start: 2, end: 6, granularity: 'year', role: 'point', relative: false }],
    } as Partial<Analysis>;
    const out = highlightHtml(input, a, { title: 'x' });
    const doc = out.slice(out.indexOf('<article id="doc">') + 18, out.indexOf('</article>'));
    expect(doc.replace(/<[^>]*>/g, '')).toBe(input);
    expect(doc).toMatch(/data-r="q0"[^>]*>一二</);
    expect(doc).toMatch(/data-r="d0 q0"[^>]*>三四</);
    expect(doc).toMatch(/data-r="d0"[^>]*>五六</);
  });
  it('lists targets in the side table', () => {
    expect(html).toMatch(
      /<tr data-r="t0" class="st-target"><td><a href="#r-t0">t0<\/a><\/td><td>全市<\/td><td>地区生产总值<\/td><td>突破<\/td><td>&gt;200,000,000,000 元<\/td>/,
    );
  });
});

describe('corpus diff', () => {
  it('is empty for equal analyses', () => {
    expect(diffAnalysis(ANALYSIS, structuredClone(ANALYSIS))).toEqual([]);
  });
  it('shows added, removed and changed results one line each', () => {
    const next = JSON.parse(JSON.stringify(ANALYSIS)) as Analysis;
    next.targets[0].value.value = 300000000000;
    delete next.targets[0].deadline;
    next.slogans = [];
    next.quantities.push({ text: '2025', start: 4, end: 8, value: 2025, unit: '', approx: 'exact' });
    next.referenceDate = '2021-05-14';
    const lines = diffAnalysis(ANALYSIS, next);
    expect(lines).toEqual([
      '  ~ referenceDate 2021-05-13 → 2021-05-14',
      '  + quantities [4,8) «2025» 2025',
      '  ~ targets [9,25) «全市地区生产总值突破2000亿元»: value.value 200000000000 → 300000000000; deadline «到2025年» → (none)',
      '  - slogans [27,31) «一园一业» formula: 一园 | 一业',
    ]);
    expect(diffStats(lines)).toBe('1 added, 1 removed, 2 changed');
  });
  it('pairs several results at one span', () => {
    const a = { ...ANALYSIS, targets: [TARGET, { ...TARGET, metric: 'B' }] };
    const b = {
      ...ANALYSIS,
      targets: [
        { ...TARGET, metric: 'B' },
        { ...TARGET, metric: 'C' },
      ],
    };
    expect(diffAnalysis(a, b)).toEqual(['  ~ targets [9,25) «全市地区生产总值突破2000亿元»: metric "地区生产总值" → "C"']);
  });
  it('names the expected file', () => {
    expect(expectedName('fixtures/001_x.txt')).toBe('fixtures/001_x.expected.json');
  });
});
