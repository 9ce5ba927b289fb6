// For NHS trusts: the app embedded in a trust's page (script + element in a
// shadow root, and an iframe), under a strict CSP; the provider
// configuration; the staff page; and ward posters whose QR codes an
// independent decoder (zbarimg) reads back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertAccessible, assertNoProblems, stripIsolation, useApp } from './harness.mjs';

// The repository root, so that the example host pages and dist/ are both served.
const app = useApp({ root: '.' });
const EXAMPLE = readFileSync('embed/providers.example.json', 'utf8');

/** Serves `config` as the app's providers.json. */
const withConfig = (config) => async (context) => {
  await context.route('**/dist/providers.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: typeof config === 'string' ? config : JSON.stringify(config) }));
};

const consoleErrors = (page) => page.problems.filter((p) => p.startsWith('console: '));

test('script embedding: the app draws itself in the trust element, under the trust page\'s strict CSP', async () => {
  const page = await app.open('/examples/embed-script.html', {}, { waitFor: '[data-imha-rights-checker] main h1' });
  assert.match(await page.textContent('[data-imha-rights-checker] main h1'), /independent mental health advocate/);
  assert.equal(await page.evaluate(() => !!document.querySelector('[data-imha-rights-checker]').shadowRoot), true);
  assert.equal(await page.title(), 'Northshire NHS Trust: independent mental health advocacy', 'the trust\'s title is left alone');
  assert.equal(await page.evaluate(() => document.activeElement === document.body), true, 'loading does not take focus from the trust\'s page');
  assert.deepEqual(await page.context().cookies(), []);
  assertNoProblems(page);
});

test('script embedding: neither page\'s styles reach the other', async () => {
  const page = await app.open('/examples/embed-script.html', {}, { waitFor: '[data-imha-rights-checker] main h1' });
  const style = (selector) => page.locator(selector).first().evaluate((element) => {
    const s = getComputedStyle(element);
    return { font: s.fontFamily, size: s.fontSize, colour: s.color };
  });
  const trustHeading = await style('h1.trust-heading');
  assert.equal(trustHeading.size, '40px');
  assert.equal(trustHeading.colour, 'rgb(0, 100, 0)');
  assert.match(trustHeading.font, /Georgia/);
  const appHeading = await style('[data-imha-rights-checker] main h1');
  assert.doesNotMatch(appHeading.font, /Georgia/);
  assert.equal(appHeading.colour, 'rgb(33, 43, 50)');
  const appButton = await page.locator('[data-imha-rights-checker] .button--start').evaluate((e) => getComputedStyle(e).backgroundColor);
  assert.equal(appButton, 'rgb(0, 127, 59)', 'the trust\'s pink buttons do not reach the app');
});

test('script embedding: the provider named by the element is shown, with tel: and https: links', async () => {
  const page = await app.open('/examples/embed-script.html#/result?jurisdiction=england&status=section-3', {}, { waitFor: '[data-contact="provider"]' });
  const card = page.locator('[data-imha-rights-checker] .contact');
  assert.match(await card.textContent(), /Riverside Ward 7 IMHA \(Southvale Advocacy\)/);
  assert.equal(await card.locator('a[href^="tel:"]').getAttribute('href'), 'tel:+442079460000');
  assertNoProblems(page);
  // Last: axe-core itself applies inline styles, which the trust's CSP reports.
  await assertAccessible(page, 'embedded result');
});

test('iframe embedding: the frame is sized to its content, with no inner scroll bar', async () => {
  const page = await app.open('/examples/embed-iframe.html', {}, { waitFor: 'iframe', before: withConfig(EXAMPLE) });
  const frame = page.frameLocator('iframe[data-imha-rights-checker-frame]');
  await frame.locator('main h1').waitFor();
  await page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 400);
  const inner = await page.frames()[1].evaluate(() => ({
    scroll: document.documentElement.scrollHeight,
    client: document.documentElement.clientHeight,
  }));
  assert.ok(inner.scroll <= inner.client + 1, `no inner scroll bar: ${JSON.stringify(inner)}`);
  // The frame follows its content when a longer page opens.
  const before = await page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height);
  await page.frames()[1].evaluate(() => { location.hash = '#/result?jurisdiction=england&status=section-3'; });
  await frame.locator('[data-contact="provider"]').waitFor();
  await page.waitForFunction((h) => document.querySelector('iframe').getBoundingClientRect().height > h + 200, before);
  assert.match(await frame.locator('.contact').textContent(), /Northshire Advocacy IMHA Service/);
  assertNoProblems(page);
});

test('several providers: each ward\'s link shows its own provider and brand colour', async () => {
  const config = JSON.parse(EXAMPLE);
  config.providers['ward-7'].brand_colour = '#7c2855';
  const open = (key) => app.open(`/dist/index.html?provider=${key}#/result?jurisdiction=england&status=section-2`, {}, { waitFor: '[data-contact="provider"]', before: withConfig(config) });
  const north = await open('north');
  assert.match(await north.textContent('.contact'), /Northshire Advocacy IMHA Service/);
  assert.match(await north.textContent('.contact'), /Monday to Friday/);
  assert.equal(await north.locator('.contact a[href^="mailto:"]').getAttribute('href'), 'mailto:imha@northshire-advocacy.example.org');
  const ward = await open('ward-7');
  assert.match(await ward.textContent('.contact'), /Riverside Ward 7/);
  assert.equal(await ward.locator('.site-header').evaluate((e) => getComputedStyle(e).backgroundColor), 'rgb(124, 40, 85)');
  const welsh = await app.open('/dist/index.html?provider=north&lang=cy#/result?jurisdiction=wales&status=section-2', {}, { waitFor: '[data-contact="provider"]', before: withConfig(config) });
  assert.match(await welsh.textContent('.contact'), /Dydd Llun i ddydd Gwener/);
});

test('a bad configuration is refused with a console message and a harmless fallback', async () => {
  const bad = { providers: { 'ward-7': { name: 'X', phone: 'call us', referral_url: 'javascript:alert(1)', surprise: true } } };
  for (const [config, key] of [[bad, 'ward-7'], ['{not json', 'ward-7'], [EXAMPLE, 'no-such-ward']]) {
    const page = await app.open(`/dist/index.html?provider=${key}#/result?jurisdiction=england&status=section-3`, {}, { waitFor: '[data-contact="unavailable"]', before: withConfig(config) });
    const text = stripIsolation(await page.textContent('.contact'));
    assert.match(text, /We could not show your local IMHA service’s details/);
    assert.match(text, /Ask ward staff for the details of your local IMHA service/);
    assert.equal(await page.locator('.contact a[href^="javascript:"]').count(), 0);
    const errors = consoleErrors(page);
    assert.ok(errors.some((e) => e.includes('IMHA provider configuration')), `console explains: ${errors}`);
  }
});

test('no configuration: the neutral advice to ask ward staff, with no error', async () => {
  const page = await app.open('/dist/index.html#/result?jurisdiction=england&status=section-3', {}, { waitFor: '[data-contact="ask-ward-staff"]' });
  assertNoProblems(page);
});

test('the staff page says who must be told, when and how, and prints', async () => {
  const page = await app.open('/dist/index.html#/staff');
  const text = stripIsolation(await page.textContent('main'));
  assert.match(text, /out loud and give it to them in writing/);
  assert.match(text, /130D\(4\)/);
  assert.match(text, /Care Quality Commission/);
  await assertAccessible(page, 'staff page');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('.no-print'), false);
  assertNoProblems(page);
});

test('ward posters: each language\'s QR code decodes (zbarimg) to the right address, language and provider', async () => {
  const page = await app.open('/dist/index.html#/poster', {}, { before: withConfig(EXAMPLE) });
  await page.locator('label', { hasText: 'Cymraeg' }).click();
  await page.selectOption('#poster-provider', 'ward-7');
  await page.fill('#poster-address', 'https://imha.example.nhs.uk/checker/');
  await page.getByRole('button', { name: 'Make the poster' }).click();
  await page.waitForSelector('.poster[lang="cy"]');
  await assertAccessible(page, 'poster page');
  const folder = mkdtempSync(join(tmpdir(), 'posters-'));
  for (const tag of ['en-GB', 'cy']) {
    const poster = page.locator(`.poster[lang="${tag}"]`);
    const png = join(folder, `${tag}.png`);
    writeFileSync(png, await poster.locator('.poster__qr').screenshot());
    const decoded = execFileSync('zbarimg', ['--quiet', '--raw', png], { encoding: 'utf8' }).trim();
    assert.equal(decoded, `https://imha.example.nhs.uk/checker/?lang=${tag}&provider=ward-7`);
    assert.match(await poster.textContent(), /\+44 20 7946 0000/);
    assert.match(await poster.textContent(), /https:\/\/imha\.example\.nhs\.uk\/checker\/\?lang=/);
  }
  assert.notEqual(await page.textContent('.poster[lang="cy"] .poster__title'), await page.textContent('.poster[lang="en-GB"] .poster__title'));
  // An address that is not https: is refused with an error message.
  await page.fill('#poster-address', 'http://example.org');
  await page.getByRole('button', { name: 'Make the poster' }).click();
  await page.waitForSelector('#poster-address-error');
  assertNoProblems(page);
});
