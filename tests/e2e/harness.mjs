// Shared set-up for the end-to-end tests: the release build in dist/,
// served on 127.0.0.1 with the strict CSP, driven in Debian's headless
// Chromium through playwright-core.
import { readFileSync } from 'node:fs';
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { serve } from '../../tools/static-server.mjs';

const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Bidi isolation marks that Fluent puts around variables. */
export const stripIsolation = (text) => text.replace(/[\u2068\u2069]/g, '');

/**
 * Starts the server and browser once for a test file. Returns an object
 * whose `open(path)` gives a page that records console errors, failed
 * requests and any request that leaves 127.0.0.1.
 */
export function useApp({ root = 'dist' } = {}) {
  const app = { base: '', browser: null, server: null };
  before(async () => {
    app.server = await serve(root);
    app.base = `http://127.0.0.1:${app.server.address().port}`;
    app.browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  });
  after(async () => {
    await app.browser?.close();
    await new Promise((done) => app.server?.close(done));
  });
  app.open = async (path = '/', options = {}, { waitFor = 'main h1', before } = {}) => {
    const context = await app.browser.newContext(options);
    const page = await context.newPage();
    page.problems = [];
    page.on('console', (message) => {
      if (message.type() === 'error') page.problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => page.problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => {
      // A download the browser cancelled because the page no longer needs it
      // (a picture dropped as the person moved on, a fetch cut off as the
      // app opens its other page) has not failed. A missing file is an HTTP
      // error (below), one the CSP refuses a console error, and any other
      // failure has another error text.
      if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
      page.problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) page.problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname !== '127.0.0.1') {
        page.problems.push(`third-party request: ${url}`);
        return route.abort();
      }
      return route.fallback();
    });
    if (before) await before(context, page);
    await page.goto(app.base + path, { waitUntil: 'networkidle' });
    await page.waitForSelector(waitFor);
    return page;
  };
  return app;
}

/** Fails if the page logged an error, failed a request or left 127.0.0.1. */
export function assertNoProblems(page) {
  assert.deepEqual(page.problems, [], 'the page had problems');
}

const AXE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

/** Runs axe-core for WCAG 2.2 A and AA; fails listing any violation. */
export async function assertAccessible(page, label = page.url()) {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const results = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
  assert.deepEqual(violations, [], `axe-core found WCAG violations on ${label}`);
}
