// Shared devices (ward tablets, a family's phone), with Playwright's fake
// clock: the answers stay out of the address, a warning comes after 8
// minutes without use and "I'm still here" keeps them, they are cleared
// after 10, "Finish and clear" clears them from the result, and after
// clearing Back, Forward and reload show none. The provider's configuration
// and a link's ?device=shared both switch it on; a personal device keeps
// today's behaviour.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { assertAccessible, assertNoProblems, stripIsolation, useApp } from './harness.mjs';

const app = useApp({ root: '.' });
const SECTION_3 = 'audience=patient&jurisdiction=england&status=section-3';
const SAVED = 'imha-rights-checker/answers';
const TRANSLATIONS = readdirSync('locales').filter((tag) => tag !== 'en-GB' && existsSync(`locales/${tag}/locale.json`));
const english = Object.fromEntries(readFileSync('locales/en-GB/shared-device.ftl', 'utf8')
  .split('\n').map((line) => line.match(/^([a-z-]+) = (.+)$/)).filter(Boolean).map((m) => [m[1], m[2]]));

/** A page with the fake clock installed before anything loads; `config` is served as providers.json. */
const open = (path, { config } = {}) => app.open(`/dist/index.html${path}`, {}, {
  before: async (context) => {
    await context.clock.install();
    if (config) {
      await context.route('**/dist/providers.json', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(config) }));
    }
  },
});

/** Chooses the radio with `value` (in any language), then Continue. */
async function answer(page, value) {
  const before = page.url();
  await page.waitForSelector(`main input[type=radio][value="${value}"]`);
  const id = await page.evaluate((v) => [...document.querySelectorAll('main input[type=radio]')].find((r) => r.value === v).id, value);
  await page.click(`label[for="${id}"]`);
  await page.click('main button[type=submit]');
  await page.waitForFunction((url) => location.href !== url, before);
  await page.waitForSelector('main h1');
}

/** From the start page through every question to the result of a patient under section 3 in England. */
async function walkToResult(page) {
  await page.click('.button--start');
  await page.waitForSelector('input[name="audience"]');
  for (const value of ['patient', 'england', 'detained', 'section-3', 'false']) await answer(page, value);
  await page.click('main a.button');
  await page.waitForSelector('[data-eligible]');
}

/** No answer anywhere: not in storage, not on the page, not in the address. */
async function assertNoAnswers(page, when) {
  await page.waitForFunction(() => document.querySelector('main h1') && !document.querySelector('[data-eligible]'));
  assert.equal(await page.evaluate((key) => sessionStorage.getItem(key), SAVED), null, `${when}: nothing saved`);
  assert.equal(await page.locator('[data-eligible]').count(), 0, `${when}: no result`);
  assert.equal(await page.locator('main input:checked').count(), 0, `${when}: no answer chosen`);
  assert.doesNotMatch(page.url(), /status=|section-3/, `${when}: ${page.url()}`);
}

test('shared device: the result\'s address holds no answers; a warning after 8 minutes, and "I\'m still here" keeps them', async () => {
  const page = await open(`?device=shared#/result?${SECTION_3}`);
  await page.waitForFunction(() => location.hash === '#/result');
  assert.equal(await page.getAttribute('[data-eligible]', 'data-eligible'), 'yes', 'a result link still opens');
  assert.match(await page.getAttribute('.language-switcher a[hreflang="cy"]', 'href'), /device=shared.*#\/result$/, 'a change of language keeps the mode');
  await page.clock.fastForward('07:59');
  assert.equal(await page.locator('.idle-warning').count(), 0, 'no warning before 8 minutes');
  await page.clock.fastForward('00:02');
  const warning = page.getByRole('alertdialog', { name: english['idle-warning-heading'] });
  await warning.waitFor();
  assert.equal(stripIsolation(await warning.locator('p').innerText()), english['idle-warning']);
  await page.waitForFunction(() => document.activeElement?.closest('.idle-warning'), null, { timeout: 2000 });
  await assertAccessible(page, 'the warning');
  // Its button has focus: Enter is "I'm still here".
  assert.equal(await page.evaluate(() => document.activeElement.textContent), english['idle-warning-still-here']);
  await page.keyboard.press('Enter');
  await warning.waitFor({ state: 'detached' });
  // The clock starts again from "I'm still here".
  await page.clock.fastForward('07:00');
  assert.equal(await page.locator('.idle-warning').count(), 0);
  assert.equal(await page.getAttribute('[data-eligible]', 'data-eligible'), 'yes', 'the answers are kept');
  await page.clock.fastForward('01:30');
  await warning.waitFor();
  assertNoProblems(page);
});

test('shared device, right to left: after 10 minutes without use the answers are cleared, and Back, Forward and reload show none', async () => {
  const page = await open('?lang=ar&device=shared');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  await walkToResult(page);
  assert.equal(page.url().split('#')[1], '/result');
  await page.clock.fastForward('08:00');
  await page.waitForSelector('.idle-warning');
  await page.clock.fastForward('02:00');
  await page.waitForSelector('.button--start');
  assert.match(await page.textContent('.notice[role="status"]'), /10/, 'the start page says why, in Arabic');
  assert.doesNotMatch(await page.textContent('.notice[role="status"]'), /[a-z]{3}/, 'not in English');
  await assertNoAnswers(page, 'cleared');
  for (let i = 0; i < 3; i += 1) {
    await page.goBack();
    await assertNoAnswers(page, `back ${i + 1}`);
  }
  await page.goForward();
  await assertNoAnswers(page, 'forward');
  await page.reload({ waitUntil: 'networkidle' });
  await assertNoAnswers(page, 'reload');
  assertNoProblems(page);
});

test('shared device: "Finish and clear" clears the answers and returns to the start, even across a change of language', async () => {
  const page = await open('?device=shared');
  await walkToResult(page);
  assert.equal(await page.getByRole('button', { name: 'Clear my answers' }).count(), 0, 'Finish and clear in its place');
  // A change of language is a new page: Back must not bring the old one, with its answers, from the cache.
  await page.click('.language-switcher summary');
  await page.click('.language-switcher a[hreflang="cy"]');
  await page.waitForSelector('html[lang="cy"] [data-eligible]');
  await page.locator('.finish button').click();
  await page.waitForSelector('.button--start');
  assert.equal(stripIsolation(await page.textContent('.notice[role="status"]')).trim(),
    'Mae eich atebion wedi cael eu clirio. Ni fydd y person nesaf sy’n defnyddio’r ddyfais hon yn eu gweld.');
  await assertNoAnswers(page, 'finished');
  await page.goBack();
  await assertNoAnswers(page, 'back to the Welsh result');
  await page.goBack();
  await assertNoAnswers(page, 'back to the English result');
  assertNoProblems(page);
});

// Playwright's Chromium runs without the back-forward cache, so the page
// is told it was shown again from it, as a browser would.
test('shared device: a page shown again from the back-forward cache, its answers cleared since, is loaded afresh', async () => {
  const page = await open(`?device=shared#/result?${SECTION_3}`);
  await page.waitForFunction(() => location.hash === '#/result');
  // As when "Finish and clear" was pressed on a later page, then Back came here from the cache.
  await page.evaluate((key) => sessionStorage.removeItem(key), SAVED);
  const reloaded = page.waitForEvent('load');
  await page.evaluate(() => dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
  await reloaded;
  await assertNoAnswers(page, 'shown again');
});

test('a provider set up for a shared device switches the mode on; another provider does not', async () => {
  const config = { providers: {
    'ward-7-tablet': { name: 'Riverside Ward 7 IMHA', phone: '+44 20 7946 0000', shared_device: true },
    'ward-7': { name: 'Riverside Ward 7 IMHA', phone: '+44 20 7946 0000' },
  } };
  const tablet = await open(`?provider=ward-7-tablet#/result?${SECTION_3}`, { config });
  await tablet.waitForFunction(() => location.hash === '#/result');
  await tablet.waitForSelector('.finish button');
  assert.equal(await tablet.getAttribute('[data-eligible]', 'data-eligible'), 'yes');
  const phone = await open(`?provider=ward-7#/result?${SECTION_3}`, { config });
  await phone.waitForSelector('[data-contact="provider"]');
  assert.match(phone.url(), /status=section-3/);
  assert.equal(await phone.locator('.finish').count(), 0);
  assertNoProblems(tablet);
  assertNoProblems(phone);
});

test('a personal device keeps today\'s behaviour: answers in the link, no timer, "Clear my answers"', async () => {
  const page = await open('');
  await walkToResult(page);
  assert.match(page.url(), /#\/result\?audience=patient&jurisdiction=england&status=section-3/);
  await page.clock.fastForward('30:00');
  assert.equal(await page.locator('.idle-warning').count(), 0, 'no warning');
  assert.equal(await page.getAttribute('[data-eligible]', 'data-eligible'), 'yes', 'the answers are kept');
  assert.ok(await page.evaluate((key) => sessionStorage.getItem(key), SAVED));
  assert.equal(await page.locator('.finish').count(), 0);
  await page.getByRole('button', { name: 'Clear my answers' }).click();
  await page.waitForSelector('text=Clear all your answers?');
  assertNoProblems(page);
});

test('every translation says "Finish and clear", the notice after it and the warning in its own words', async () => {
  const page = await open('');
  for (const tag of TRANSLATIONS) {
    await page.goto(`${app.base}/dist/index.html?lang=${tag}&device=shared#/result?${SECTION_3}`, { waitUntil: 'networkidle' });
    const finish = page.locator('.finish button');
    await finish.waitFor();
    const label = (await finish.innerText()).trim();
    assert.ok(label && label !== english['finish-and-clear'], `${tag}: "${label}"`);
    await page.clock.fastForward('08:00');
    const warning = page.locator('.idle-warning');
    const said = await warning.innerText();
    assert.ok(!said.includes(english['idle-warning']), `${tag}: the warning in its own words: ${said}`);
    await warning.locator('button').dispatchEvent('click');
    await warning.waitFor({ state: 'detached' });
    await finish.click();
    await page.waitForSelector('.button--start');
    const notice = stripIsolation(await page.textContent('.notice[role="status"]')).trim();
    assert.ok(notice && notice !== english['notice-answers-cleared'], `${tag}: "${notice}"`);
  }
  assertNoProblems(page);
});
