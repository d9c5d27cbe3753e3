/**
 * `tifa track --format html` in a real browser (Debian's headless Chromium through
 * playwright-core, like test/cli/highlight.browser.test.ts): the page is self-contained, each
 * commitment sits beside its result, and both quotes are highlighted with exact spans.
 * Skipped (with a message) where /usr/bin/chromium is absent.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_SKIP, launchChromium } from '../cli/browser.js';
import { tifa } from '../cli/bin.js';

const SKIP = BROWSER_SKIP;
if (SKIP) console.warn(`test/track/page.browser.test.ts skipped: ${SKIP}`);

const DOCS: Record<string, string> = {
  'plan.txt': '到2025年，全县规上工业企业达到320家，常住人口城镇化率达到60%。',
  'y2023.txt': '2022年，全县规上工业企业达到281家，常住人口城镇化率达到57.6%。',
  'y2026.txt': '2025年，全县规上工业企业达到334家，常住人口城镇化率达到59.1%。',
};

type Browser = import('playwright-core').Browser;
type Page = import('playwright-core').Page;

describe.skipIf(Boolean(SKIP))('track page in Chromium', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tifa-track-page-'));
    for (const [name, text] of Object.entries(DOCS)) writeFileSync(join(dir, name), text);
    const out = join(dir, 'track.html');
    const refs = ['--ref', 'plan.txt=2021-02-02', '--ref', 'y2023.txt=2023-01-12', '--ref', 'y2026.txt=2026-01-14'];
    const r = tifa(['track', 'y2026.txt', 'plan.txt', 'y2023.txt', ...refs, '-f', 'html', '-o', out], { cwd: dir });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>/);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1300, height: 800 } });
    const requests: string[] = [];
    page.on('request', (req) => requests.push(req.url()));
    await page.goto(pathToFileURL(out).href);
    expect(requests).toEqual([pathToFileURL(out).href]);
  }, 60000);

  afterAll(async () => {
    await browser?.close();
  });

  it('puts each commitment beside its results with both quotes highlighted', async () => {
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBe(2);
    const first = rows.first();
    expect(await first.getAttribute('data-verdict')).toBe('met');
    expect(await first.locator('td.c mark.t').textContent()).toBe('全县规上工业企业达到320家');
    expect(await first.locator('td.rs mark.r').allTextContents()).toEqual(['全县规上工业企业达到281家', '全县规上工业企业达到334家']);
    expect(await rows.nth(1).getAttribute('data-verdict')).toBe('missed');
  });

  it('marks exact spans of the original documents', async () => {
    const marks = await page
      .locator('mark')
      .evaluateAll((els) =>
        els.map((e) => [
          e.getAttribute('data-doc'),
          Number(e.getAttribute('data-start')),
          Number(e.getAttribute('data-end')),
          e.textContent,
        ]),
      );
    expect(marks.length).toBe(6);
    for (const [doc, start, end, text] of marks) expect(DOCS[doc as string].slice(start as number, end as number)).toBe(text);
    const bg = await page
      .locator('mark.t')
      .first()
      .evaluate(
        (e) => (globalThis as unknown as { getComputedStyle(x: unknown): { backgroundColor: string } }).getComputedStyle(e).backgroundColor,
      );
    expect(bg).not.toBe('rgba(0, 0, 0, 0)');
  });
});
