// The accessibility statement (#/accessibility) and the privacy page
// (#/privacy): reached from every page's footer, in every locale, with the
// trust's contacts from its configuration and axe passing; and the privacy
// page's claims held to what the browser really does: the session storage
// keys it names are the ones the app wrote, and there are no cookies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { assertAccessible, assertNoProblems, useApp } from './harness.mjs';

const app = useApp();
const EXAMPLE = readFileSync('embed/providers.example.json', 'utf8');
const withExample = async (context) => {
  await context.route('**/providers.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: EXAMPLE }));
};
const LOCALES = readdirSync('locales')
  .filter((tag) => existsSync(`locales/${tag}/locale.json`))
  .map((tag) => ({ tag, ...JSON.parse(readFileSync(`locales/${tag}/locale.json`, 'utf8')) }));
const CHECKS = JSON.parse(readFileSync('docs/accessibility-checks.json', 'utf8'));

/** Goes to `hash` in the app already open in `page`, and waits for `selector`. */
async function go(page, hash, selector) {
  await page.evaluate((h) => { location.hash = h; }, hash);
  await page.waitForFunction((h) => location.hash === h, hash);
  await page.waitForSelector(selector);
}

test('in every locale both pages pass axe and show the trust\u2019s contacts from its configuration', async () => {
  const page = await app.open('/', {}, { before: withExample });
  for (const { tag, direction } of LOCALES) {
    await page.goto(`${app.base}/?lang=${tag}#/accessibility`, { waitUntil: 'networkidle' });
    await page.waitForSelector(`html[lang="${tag}"] main h1`);
    // The statement says the right-to-left languages are laid out so.
    assert.equal(await page.getAttribute('html', 'dir'), direction, `${tag}: direction`);
    await page.waitForSelector('[data-contact="trust"]');
    assert.ok((await page.textContent('main h1')).trim().length > 0, `${tag}: a heading`);
    assert.equal(await page.locator('main h2').count(), 7, `${tag}: the model statement's headings`);
    assert.equal(await page.getAttribute('[data-tested]', 'data-tested'), CHECKS.automated.on, `${tag}: the tested date`);
    assert.match(await page.textContent('main'), /Northshire NHS Foundation Trust/, `${tag}: the trust`);
    assert.equal(await page.locator('[data-contact="trust"] a[href="mailto:accessibility@northshire.example.nhs.uk"]').count(), 2, `${tag}: feedback and reporting`);
    assert.equal(await page.locator('main a[href="https://www.equalityadvisoryservice.com/"]').count(), 1, `${tag}: the enforcement procedure`);
    await assertAccessible(page, `${tag} accessibility statement`);
    await go(page, '#/privacy', 'main code[data-key]');
    await page.waitForSelector('[data-contact="trust"] a[href="mailto:dpo@northshire.example.nhs.uk"]');
    await assertAccessible(page, `${tag} privacy page`);
  }
  // The statement says every page in English is checked: the review pages in English too.
  for (const hash of ['#/review', '#/review?lang=cy']) {
    await page.goto(`${app.base}/?lang=en-GB${hash}`, { waitUntil: 'networkidle' });
    await page.waitForSelector(hash === '#/review' ? 'main h1' : 'table.review');
    await assertAccessible(page, `review page in English, ${hash}`);
  }
  assertNoProblems(page);
});

test('without a configuration both pages say whom to ask, and still give the enforcement procedure', async () => {
  const page = await app.open('/#/accessibility', {}, { waitFor: '[data-contact="ask"]' });
  assert.equal(await page.locator('[data-contact="ask"]').count(), 2);
  assert.equal(await page.locator('[data-contact="trust"]').count(), 0);
  assert.match(await page.textContent('main'), /Equality and Human Rights Commission \(EHRC\)/);
  assert.match(await page.textContent('main'), /Equality Commission for Northern Ireland \(ECNI\)/);
  await go(page, '#/privacy', '[data-contact="ask"]');
  assertNoProblems(page);
});

test('the footer of the start page and of a result reaches both pages', async () => {
  const page = await app.open('/');
  await page.locator('footer a[href="#/accessibility"]').click();
  await page.waitForFunction(() => location.hash === '#/accessibility');
  assert.equal((await page.textContent('main h1')).trim(), 'Accessibility statement for \u201cYour right to an advocate\u201d');
  await go(page, '#/result?audience=patient&jurisdiction=england&status=section-3', '[data-eligible]');
  await page.locator('footer a[href="#/privacy"]').click();
  await page.waitForFunction(() => location.hash === '#/privacy');
  assert.equal((await page.textContent('main h1')).trim(), 'Privacy: what happens to your answers');
  assertNoProblems(page);
});

test('the privacy page names exactly the session storage keys the app wrote, and there are no cookies', async () => {
  // A language from a link and an answer given: everything the app keeps.
  const page = await app.open('/?lang=cy');
  await page.locator('a.button--start').click();
  await page.waitForSelector('input[name="audience"]');
  await page.locator('label[for="audience-patient"]').click();
  await page.locator('main form button[type="submit"]').click();
  await page.waitForSelector('input[name="jurisdiction"]');
  await go(page, '#/privacy', 'main code[data-key]');
  const stored = await page.evaluate(() => Object.keys(sessionStorage).sort());
  const named = (await page.locator('main code[data-key]').allTextContents()).sort();
  assert.deepEqual(named, stored, 'the keys the page names are the keys the app stored');
  assert.ok(stored.length >= 2, `answers and language were stored: ${stored}`);
  assert.equal(await page.evaluate(() => document.cookie), '');
  assert.deepEqual(await page.context().cookies(), []);
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing in longer-term storage');
  assertNoProblems(page);
});
