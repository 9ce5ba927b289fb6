// Languages as a person meets them: a poster's ?lang= link, the language
// switcher, right-to-left layout, drafts, and what is downloaded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { assertAccessible, assertNoProblems, useApp } from './harness.mjs';

const app = useApp();

const LOCALES = readdirSync('locales')
  .filter((tag) => existsSync(`locales/${tag}/locale.json`))
  .map((tag) => ({ tag, ...JSON.parse(readFileSync(`locales/${tag}/locale.json`, 'utf8')) }));
const TRANSLATIONS = LOCALES.filter((locale) => locale.status !== 'source');

test('opening with ?lang=ur shows the Urdu start page right to left', async () => {
  const page = await app.open('/?lang=ur');
  assert.equal(await page.getAttribute('html', 'lang'), 'ur');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  const heading = await page.textContent('main h1');
  assert.match(heading, /[\u0600-\u06FF]/, 'the heading is in Urdu script');
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('main h1')).direction), 'rtl');
  // The layout mirrors: the start button sits at the right-hand edge of the
  // content, and the back link's arrow points right.
  const button = await page.locator('.button--start').boundingBox();
  const main = await page.locator('main').boundingBox();
  const right = main.x + main.width;
  assert.ok(Math.abs(button.x + button.width - right) < 2, `start button ends at ${button.x + button.width}, content at ${right}`);
  assert.ok(button.x > main.x + 40, 'and does not start at the left');
  assertNoProblems(page);
});

test('section numbers stay readable in right-to-left text', async () => {
  const page = await app.open('/?lang=ar#/result?audience=patient&jurisdiction=england&status=section-3');
  const citation = await page.textContent('[data-eligible] .citation li');
  assert.ok(citation.includes('\u2068130C(2)(a)\u2069'), `the section number is isolated: ${citation}`);
});

test('only the chosen language is downloaded; English downloads the rest of its words after the first screen', async () => {
  const requested = [];
  const page = await app.open('/?lang=pl', {});
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.reload({ waitUntil: 'networkidle' });
  const locales = requested.filter((path) => path.includes('/locales/'));
  assert.deepEqual(locales, ['/locales/pl.ftl']);
  const english = await app.open('/');
  const englishRequests = [];
  english.on('request', (request) => englishRequests.push(request.url()));
  await english.reload({ waitUntil: 'networkidle' });
  assert.deepEqual(englishRequests.filter((url) => url.includes('/locales/')).map((url) => new URL(url).pathname), ['/locales/en-GB.ftl']);
});

test('if the rest of the English words cannot be downloaded, a result says how to get help, and Try again works', async () => {
  let blocked = true;
  const page = await app.open('/#/result?audience=patient&jurisdiction=england&status=section-3', {}, {
    before: (context) => context.route('**/locales/en-GB.ftl', (route) => (blocked ? route.abort() : route.continue())),
  });
  await page.waitForSelector('text=Sorry, this page could not be loaded');
  assert.match(await page.locator('main').innerText(), /Ask ward staff for the details of your local independent mental health advocacy \(IMHA\) service/);
  await assertAccessible(page, 'words could not be loaded');
  blocked = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.waitForSelector('.do-now');
  assert.equal(await page.locator('main h1').innerText(), 'You can get an independent mental health advocate (IMHA)');
});

test('switching language mid-way keeps the answers', async () => {
  const page = await app.open('/#/question/audience');
  await page.locator('label', { hasText: 'I am the patient' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForSelector('input[name="jurisdiction"]');
  await page.locator('label', { hasText: 'Wales' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForSelector('input[name="setting"]');
  await page.locator('.language-switcher summary').click();
  await page.locator('.language-switcher a[lang="cy"]').click();
  await page.waitForSelector('html[lang="cy"] input[name="setting"]');
  assert.match(page.url(), /\?lang=cy#\/question\/setting$/);
  await page.click('.back-link');
  await page.waitForSelector('input[name="jurisdiction"]');
  assert.equal(await page.isChecked('#jurisdiction-wales'), true);
  assert.notEqual((await page.textContent('main h1')).trim(), 'Is your hospital in England or Wales?');
  assertNoProblems(page);
});

test('the language switcher names each language in itself, with its lang and dir', async () => {
  const page = await app.open('/');
  for (const locale of LOCALES) {
    const link = page.locator(`.language-switcher a[hreflang="${locale.tag}"]`);
    assert.equal((await link.textContent()).trim(), locale.name);
    assert.equal(await link.getAttribute('lang'), locale.tag);
    assert.equal(await link.getAttribute('dir'), locale.direction);
  }
});

test('a draft translation says so once, in one line, with the details and English behind it', async () => {
  const page = await app.open('/?lang=pl');
  const notice = page.locator('.notice--draft');
  assert.ok(await notice.isVisible());
  const box = await notice.boundingBox();
  assert.ok(box.height < 100, `one line, not ${box.height}px`);
  await notice.locator('summary').click();
  assert.equal(await notice.locator('a').getAttribute('href'), '?lang=en-GB#/');
  assert.doesNotMatch(await notice.textContent(), /has not yet been checked by a qualified translator/, 'no English half');
  // Once per visit: the next page does not repeat it.
  await page.locator('a.button--start').click();
  await page.waitForSelector('input[name="audience"]');
  assert.equal(await page.locator('.notice--draft').count(), 0);
  // Easy Read is English: one notice, and no "read this page in English".
  const easy = await app.open('/?lang=en-GB-x-easyread');
  assert.equal(await easy.locator('.notice--draft').count(), 1);
  assert.equal(await easy.locator('.notice--draft a').count(), 0);
});

test('a link asking for a language the service does not have says so', async () => {
  const page = await app.open('/?lang=xx');
  assert.match(await page.textContent('.notice'), /not available in the language the link asked for/);
  assert.equal(await page.getAttribute('html', 'lang'), 'en-GB');
});

test('if the language cannot be downloaded the page is shown in English, saying so', async () => {
  const page = await app.open('/');
  await page.context().route('**/locales/pl.ftl', (route) => route.abort());
  page.problems.length = 0;
  await page.goto(`${app.base}/?lang=pl`, { waitUntil: 'networkidle' });
  await page.waitForSelector('main h1');
  assert.match(await page.textContent('.notice'), /could not be loaded/);
  assert.equal(await page.getAttribute('html', 'lang'), 'en-GB');
});

test('Easy Read can be chosen like a language', async () => {
  const page = await app.open('/?lang=en-GB-x-easyread');
  assert.equal(await page.getAttribute('html', 'lang'), 'en-GB-x-easyread');
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('main p')).whiteSpace), 'pre-line');
  assertNoProblems(page);
});

test('every locale’s result page has no axe-core violation', async () => {
  for (const locale of LOCALES) {
    for (const status of ['section-2', 'section-136', 'informal-inpatient']) {
      const page = await app.open(`/?lang=${locale.tag}#/result?audience=patient&jurisdiction=england&status=${status}`);
      assert.equal(await page.getAttribute('html', 'lang'), locale.tag);
      await assertAccessible(page, `${locale.tag} ${status}`);
      assertNoProblems(page);
      await page.context().close();
    }
  }
});

test('the new pages (the request, a carer’s result with every disclosure open, the staff page with its embed helper, the review page) have no axe-core violation in any locale', async () => {
  for (const locale of LOCALES) {
    const pages = [`/?lang=${locale.tag}#/request`, `/?lang=${locale.tag}#/result?audience=carer&jurisdiction=wales&status=section-3`, `/?lang=${locale.tag}#/staff`];
    if (locale.status !== 'source') pages.push(`/?lang=${locale.tag}#/review?lang=${locale.tag}`);
    for (const path of pages) {
      const page = await app.open(path);
      await page.evaluate(() => document.querySelectorAll('details').forEach((details) => { details.open = true; }));
      if (path.endsWith('#/staff') && !locale.tag.startsWith('en-GB')) {
        assert.notEqual(await page.textContent('#embed-heading'), 'Put this service on your trust’s website', `${locale.tag}: the embed helper in its own words`);
      }
      await assertAccessible(page, path);
      assertNoProblems(page);
      await page.context().close();
    }
  }
});
