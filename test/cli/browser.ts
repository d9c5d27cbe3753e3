/**
 * Debian's Chromium for the page tests, headless and offline: why a page test is skipped, and
 * one way to launch it.
 */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { BIN_MISSING } from './bin.js';

export const CHROMIUM = process.env.TIFA_CHROMIUM ?? '/usr/bin/chromium';

/** Why the page tests cannot run here ('' when they can). */
export const BROWSER_SKIP = !existsSync(CHROMIUM)
  ? `${CHROMIUM} not found (install Debian's chromium: apt-get install -y chromium)`
  : BIN_MISSING;

/** Launch headless Chromium with no network side-traffic. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
