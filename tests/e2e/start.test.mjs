import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible, assertNoProblems, useApp } from './harness.mjs';

const app = useApp();

test('the release build loads in headless Chromium without console errors', async () => {
  const page = await app.open('/');
  assert.match(await page.textContent('main h1'), /independent mental health advocate/);
  assert.equal(await page.isVisible('#fallback'), false);
  assertNoProblems(page);
});

test('the start page sets no cookies and stores nothing', async () => {
  const page = await app.open('/');
  assert.deepEqual(await page.context().cookies(), []);
  assert.equal(await page.evaluate(() => document.cookie), '');
  assert.equal(await page.evaluate(() => localStorage.length), 0);
});

test('the start page has no accessibility violations', async () => {
  const page = await app.open('/');
  await assertAccessible(page);
});
