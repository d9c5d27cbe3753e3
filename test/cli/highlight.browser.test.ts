/**
 * `tifa highlight` in a real browser: Debian's headless Chromium driven by playwright-core.
 * Opens the page of fixture 001, checks that every result is marked and that hovering shows
 * its resolution, and takes a screenshot (written to docs/highlight.png only with
 * UPDATE_SCREENSHOT=1, so that `npm test` leaves the tree clean). Skipped (with a message) where
 * /usr/bin/chromium is absent; .ci/run installs it.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_SKIP, launchChromium } from './browser.js';
import type { Analysis } from '../../src/types.js';
import { BIN, REPO, tifa } from './bin.js';

const FIXTURE = join(REPO, 'fixtures', '001_b4f786da16532147.txt');
const REF = '2021-05-13';
const SKIP = BROWSER_SKIP;
if (SKIP) console.warn(`test/cli/highlight.browser.test.ts skipped: ${SKIP}`);

type Browser = import('playwright-core').Browser;
type Page = import('playwright-core').Page;

describe.skipIf(Boolean(SKIP))('highlight page in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let analysis: Analysis;
  let html: string;

  beforeAll(async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tifa-hl-')), '001.html');
    const r = tifa(['highlight', FIXTURE, '--ref', REF, '-o', out]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    html = readFileSync(out, 'utf8');
    const lib = await import(pathToFileURL(join(dirname(BIN), '..', 'dist', 'index.js')).href);
    analysis = lib.analyze(readFileSync(FIXTURE, 'utf8'), { referenceDate: REF });

    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const requests: string[] = [];
    page.on('request', (req) => requests.push(req.url()));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(pathToFileURL(out).href);
    // self-contained: the only request is the page itself; the script runs without errors
    expect(requests).toEqual([pathToFileURL(out).href]);
    expect(errors).toEqual([]);
  }, 60000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the original text, unchanged', async () => {
    expect(await page.locator('#doc').textContent()).toBe(readFileSync(FIXTURE, 'utf8'));
  });

  it('marks every result, by kind', async () => {
    const ids = await page.locator('#doc .hl').evaluateAll((els) => els.flatMap((e) => e.getAttribute('data-r')!.split(' ')));
    const expected = [
      ...analysis.quantities.map((_, i) => `q${i}`),
      ...analysis.dates.map((_, i) => `d${i}`),
      ...analysis.slogans.map((_, i) => `s${i}`),
      ...analysis.targets.map((_, i) => `t${i}`),
    ];
    expect(expected.length).toBeGreaterThan(10);
    expect(new Set(ids)).toEqual(new Set(expected));
    // each result's pieces spell exactly its text
    for (const [kind, prefix] of [
      ['quantities', 'q'],
      ['targets', 't'],
      ['dates', 'd'],
      ['slogans', 's'],
    ] as const) {
      for (const [i, r] of analysis[kind].slice(0, 5).entries()) {
        const text = await page.locator(`#doc .hl[data-r~="${prefix}${i}"]`).allTextContents();
        expect(text.join('')).toBe(r.text);
      }
    }
    for (const kind of ['quantities', 'targets', 'slogans'] as const) {
      expect(await page.locator(`#doc .hl.k-${kind}`).count()).toBeGreaterThan(0);
    }
    const legend = await page.locator('.legend li').allTextContents();
    expect(legend.map((s) => s.trim())).toEqual([
      `target 目标 ${analysis.targets.length}`,
      `slogan 提法 ${analysis.slogans.length}`,
      `date 日期 ${analysis.dates.length}`,
      `quantity 数量 ${analysis.quantities.length}`,
    ]);
  });

  it('shows a tooltip with the resolution on hover', async () => {
    const t0 = analysis.targets[0];
    const mark = page
      .locator('#doc .hl[data-r~="q' + analysis.quantities.indexOf(analysis.quantities.find((q) => q.start === t0.value.start)!) + '"]')
      .first();
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    const tip = page.locator('#tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    const text = await tip.innerText();
    expect(text).toContain(`«${t0.text}»`);
    expect(text).toContain(t0.metric);
    expect(text).toMatch(new RegExp(`value\\s+«${t0.value.text}» >`));
    expect(text).toContain(`«${t0.value.text}»`);
    // hovering marks every piece of the hovered results
    expect(await page.locator('#doc .hl.on').count()).toBeGreaterThan(1);
    const shot = process.env.UPDATE_SCREENSHOT
      ? join(REPO, 'docs', 'highlight.png')
      : join(mkdtempSync(join(tmpdir(), 'tifa-shot-')), 'highlight.png');
    await page.screenshot({ path: shot });
    expect(existsSync(shot)).toBe(true);
    // the title attribute is kept for the no-script case (moved to data-title by the script)
    expect(html).toMatch(/title="target 目标: /);
    expect(await mark.getAttribute('data-title')).toContain('quantity 数量:');
  });

  it('lists the targets in the side table, linked to the text', async () => {
    const rows = page.locator('table.targets tbody tr');
    expect(await rows.count()).toBe(analysis.targets.length);
    const first = await rows.first().locator('td').allTextContents();
    expect(first[2]).toBe(analysis.targets[0].metric);
    expect(await page.locator(`#r-t0`).count()).toBe(1);
  });

  it('legend checkboxes hide a kind', async () => {
    await page.locator('.legend input[value="quantities"]').uncheck();
    expect(await page.locator('body').evaluate((b) => b.classList.contains('hide-quantities'))).toBe(true);
    await page.locator('.legend input[value="quantities"]').check();
    expect(await page.locator('body').evaluate((b) => b.classList.contains('hide-quantities'))).toBe(false);
  });
});
