// The two bundles: index.html's Wasm has none of the staff pages, and links
// between the two pages keep working, with the language and the way back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertNoProblems, stripIsolation, useApp } from './harness.mjs';

const app = useApp();

const wasm = (bundle) => {
  const name = readdirSync('dist').find((file) => new RegExp(`^${bundle}-[0-9a-f]{16}_bg\\.wasm$`).test(file));
  assert.ok(name, `dist/ has ${bundle}'s Wasm`);
  return readFileSync(join('dist', name)).toString('latin1');
};

test('the first screen\'s Wasm has none of the staff pages; staff.html\'s has them', () => {
  // Message ids only the poster form, the embed helper and the review page
  // ask for, and the qrcode crate's own strings.
  const markers = ['poster-make', 'embed-heading', 'review-choose-heading', 'qrcode'];
  const [first, staff] = [wasm('imha-rights-checker'), wasm('imha-staff-pages')];
  for (const marker of markers) {
    assert.ok(staff.includes(marker), `staff.html's Wasm has ${marker}`);
    assert.ok(!first.includes(marker), `index.html's Wasm has ${marker}, a staff page's`);
  }
});

const heading = async (page, pattern) => {
  await page.waitForFunction((source) => new RegExp(source).test(document.querySelector('main h1')?.textContent ?? ''), pattern.source);
  return stripIsolation(await page.textContent('main h1'));
};

test('from the start page to the staff page and back, in the language chosen; /#/poster opens the poster', async () => {
  const page = await app.open('/?lang=cy');
  await page.click('a[href="#/staff"]');
  await page.waitForURL(/\/staff\.html\?lang=cy#\/staff$/);
  await heading(page, /^Dweud wrth gleifion/);
  assert.equal(await page.getAttribute('html', 'lang'), 'cy');
  await page.click('a[href="#/question/audience"]');
  await page.waitForURL(/\/index\.html\?lang=cy#\/question\/audience$/);
  await heading(page, /^Pwy ydych chi\?/);
  await page.goBack();
  await page.waitForURL(/\/staff\.html\?lang=cy#\/staff$/);
  await heading(page, /^Dweud wrth gleifion/);
  await page.goBack();
  await page.waitForURL(/\/\?lang=cy$/);
  await page.waitForSelector('main a[href="#/staff"]');
  assert.equal(await page.getAttribute('html', 'lang'), 'cy', 'back on the start page, in Welsh');
  assertNoProblems(page);

  const poster = await app.open('/#/poster');
  await poster.waitForURL(/\/staff\.html#\/poster$/);
  assert.equal(await heading(poster, /^Make a ward poster$/), 'Make a ward poster');
  assert.equal(await poster.locator('#poster-address').count(), 1);
  assertNoProblems(poster);
});
