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
  // Two providers: radios (and "none of these"), not a select.
  assert.equal(await page.locator('select#poster-provider').count(), 0);
  assert.equal(await page.locator('input[name="poster-provider"]').count(), 3);
  // The default provider is chosen to start with, and its details prefill the form.
  assert.equal(await page.isChecked('#poster-provider-north'), true);
  assert.equal(await page.inputValue('#poster-phone'), '0300 123 4567');
  await page.locator('label', { hasText: 'Cymraeg' }).click();
  await page.locator('label[for="poster-provider-ward-7"]').click();
  assert.equal(await page.inputValue('#poster-name'), 'Riverside Ward 7 IMHA (Southvale Advocacy)');
  assert.equal(await page.inputValue('#poster-phone'), '+44 20 7946 0000');
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
    assert.match(await poster.textContent(), /Riverside Ward 7 IMHA/);
    assert.match(await poster.textContent(), /\+44 20 7946 0000/);
    assert.match(await poster.textContent(), /https:\/\/imha\.example\.nhs\.uk\/checker\/\?lang=/);
  }
  assert.match(await page.textContent('.poster[lang="en-GB"] .poster__no-smartphone'), /No smartphone\? Ask a nurse/);
  assert.notEqual(await page.textContent('.poster[lang="cy"] .poster__title'), await page.textContent('.poster[lang="en-GB"] .poster__title'));
  // What staff type replaces the provider's details, on that poster only.
  await page.fill('#poster-phone', '01632 960 123');
  assert.equal(await page.locator('.poster').count(), 0, 'a change takes the old posters away');
  await page.getByRole('button', { name: 'Make the poster' }).click();
  await page.waitForSelector('.poster[lang="cy"]');
  assert.match(await page.textContent('.poster[lang="en-GB"] .poster__phone'), /^01632 960 123$/);
  assert.match(await page.textContent('.poster[lang="en-GB"] .poster__provider'), /Riverside Ward 7 IMHA/);
  // An address that is not https: is refused with an error summary and message.
  await page.fill('#poster-address', 'http://example.org');
  await page.getByRole('button', { name: 'Make the poster' }).click();
  await page.waitForSelector('#poster-address-error');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'error-summary');
  assert.equal(await page.locator('.error-summary a[href="#poster-address"]').count(), 1);
  assert.equal(await page.locator('.poster').count(), 0);
  assertNoProblems(page);
});

test('ward posters with no configuration: no provider choice; the name and phone are typed, checked, and not saved', async () => {
  const page = await app.open('/dist/index.html#/poster');
  assert.equal(await page.locator('#poster-provider, input[name="poster-provider"]').count(), 0, 'nothing to choose, so no choice');
  const name = 'Southvale <b>Advocacy</b> & Co';
  await page.fill('#poster-name', name);
  await page.fill('#poster-phone', '12345');
  await page.fill('#poster-address', 'https://imha.example.nhs.uk/');
  await page.getByRole('button', { name: 'Make the poster' }).click();
  await page.waitForSelector('#poster-phone-error');
  assert.match(await page.textContent('#poster-phone-error'), /Enter a UK phone number/);
  assert.match(await page.textContent('.error-summary'), /There is a problem/);
  assert.equal(await page.locator('.error-summary a[href="#poster-phone"]').count(), 1);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'error-summary');
  assert.match(await page.title(), /^Error: /);
  assert.equal(await page.locator('.poster').count(), 0, 'no poster with a bad number');
  await assertAccessible(page, 'poster page with an error');
  await page.locator('.error-summary a[href="#poster-phone"]').click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'poster-phone');
  await page.fill('#poster-phone', '0300 123 4567');
  await page.getByRole('button', { name: 'Make the poster' }).click();
  await page.waitForSelector('.poster');
  assert.equal(await page.locator('.error-summary').count(), 0);
  assert.equal(await page.textContent('.poster .poster__provider'), name, 'the name is shown as typed');
  assert.equal(await page.locator('.poster b').count(), 0, 'as text, never as HTML');
  assert.equal(await page.textContent('.poster .poster__phone'), '0300 123 4567');
  assert.equal(await page.locator('.poster').getAttribute('data-address'), 'https://imha.example.nhs.uk/?lang=en-GB');
  await assertAccessible(page, 'poster page with a poster');
  const kept = await page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }, document.cookie, location.href]));
  assert.doesNotMatch(kept, /Southvale|0300/, `nothing typed is saved: ${kept}`);
  assertNoProblems(page);
});

test('ward posters print one to an A4 page in every language, in large type that fills the page', async () => {
  const page = await app.open('/dist/index.html#/poster', {}, { before: withConfig(EXAMPLE) });
  const tags = await page.locator('input[id^="poster-language-"]').evaluateAll((inputs) => inputs.map((i) => i.value));
  assert.ok(tags.length >= 11, `every language: ${tags}`);
  for (const tag of tags) {
    if (!await page.isChecked(`#poster-language-${tag}`)) await page.locator(`label[for="poster-language-${tag}"]`).click();
  }
  // The longest name and phone a ward might give.
  await page.fill('#poster-name', 'Northshire and Southvale Independent Mental Health Advocacy Service');
  await page.fill('#poster-address', 'https://imha.example.nhs.uk/checker/');
  await page.getByRole('button', { name: 'Make the poster' }).click();
  await page.waitForFunction((n) => document.querySelectorAll('.poster').length === n, tags.length);
  // An A4 page in CSS px, printed.
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.emulateMedia({ media: 'print' });
  const posters = await page.locator('.poster').evaluateAll((elements) => elements.map((e) => ({
    lang: e.lang,
    height: e.getBoundingClientRect().height,
    title: parseFloat(getComputedStyle(e.querySelector('.poster__title')).fontSize),
    body: parseFloat(getComputedStyle(e.querySelector('.poster__body')).fontSize),
    qr: e.querySelector('.poster__qr').getBoundingClientRect().width,
  })));
  for (const poster of posters) {
    assert.ok(poster.height >= 0.8 * 1123, `${poster.lang}: the poster fills the page (${poster.height}px)`);
    assert.ok(poster.title >= 40, `${poster.lang}: a large title (${poster.title}px)`);
    assert.ok(poster.body >= 26, `${poster.lang}: large text (${poster.body}px)`);
    assert.ok(poster.qr >= 340, `${poster.lang}: a large QR code (${poster.qr}px)`);
  }
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g).length;
  assert.equal(pages, tags.length, 'one A4 page a poster, none blank');
  assertNoProblems(page);
});

/** A trust's page holding `snippet`, under the strict CSP the README asks for. */
const hostPage = (snippet) => async (context) => {
  await context.route('**/examples/from-the-embed-helper.html', (route) => route.fulfill({
    status: 200,
    contentType: 'text/html',
    headers: { 'Content-Security-Policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; frame-src 'self'; object-src 'none'; base-uri 'none'" },
    body: `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>A trust's page</title><link rel="icon" href="data:,"></head><body><h1>Northshire NHS Trust</h1>\n${snippet}\n</body></html>`,
  }));
};

/** On the staff page, chooses a provider, a language and a way of embedding, copies the code, and returns it. */
async function copySnippet({ provider, language, how }) {
  const page = await app.open('/dist/index.html#/staff', { permissions: ['clipboard-read', 'clipboard-write'] },
    { before: withConfig(EXAMPLE), waitFor: '#embed-provider-ward-7' });
  await page.click(`label[for="embed-provider-${provider}"]`);
  await page.click(`label[for="embed-language-${language}"]`);
  await page.click(`label[for="embed-how-${how}"]`);
  await page.click('.embed-helper button');
  await page.waitForFunction(() => document.querySelector('.embed-copied').textContent !== '');
  assert.match(await page.textContent('.embed-copied'), /^Copied/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await page.textContent('.embed-helper pre'), 'what is copied is what is shown');
  await assertAccessible(page, 'staff page with the embed helper filled in');
  assertNoProblems(page);
  await page.context().close();
  return copied;
}

test('embed helper: the copied script snippet, pasted into a trust\'s page, shows the chosen ward\'s provider in the chosen language', async () => {
  const snippet = await copySnippet({ provider: 'ward-7', language: 'cy', how: 'script' });
  assert.match(snippet, /data-provider="ward-7"/);
  const page = await app.open('/examples/from-the-embed-helper.html#/result?jurisdiction=england&status=section-3', {},
    { before: async (context) => { await withConfig(EXAMPLE)(context); await hostPage(snippet)(context); }, waitFor: '[data-imha-rights-checker] [data-contact="provider"]' });
  assert.equal(await page.getAttribute('[data-imha-rights-checker]', 'lang'), 'cy');
  assert.match(await page.textContent('[data-imha-rights-checker] .contact'), /Riverside Ward 7 IMHA/);
  assertNoProblems(page);
});

test('embed helper: the copied iframe snippet, pasted into a trust\'s page, opens the chosen language with the chosen provider, sized to fit', async () => {
  const snippet = await copySnippet({ provider: 'north', language: 'ur', how: 'iframe' });
  const page = await app.open('/examples/from-the-embed-helper.html', {},
    { before: async (context) => { await withConfig(EXAMPLE)(context); await hostPage(snippet)(context); }, waitFor: 'iframe' });
  const frame = page.frameLocator('iframe[data-imha-rights-checker-frame]');
  await frame.locator('main h1').waitFor();
  assert.equal(await frame.locator('html').getAttribute('lang'), 'ur');
  assert.equal(await frame.locator('html').getAttribute('dir'), 'rtl');
  assert.match(await page.getAttribute('iframe', 'src'), /provider=north/);
  await page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 300);
  assertNoProblems(page);
});

test('embed helper: with no configuration there is no provider to choose, and a refused copy says to copy by hand', async () => {
  const page = await app.open('/dist/index.html#/staff', {}, {
    waitFor: '.embed-helper pre',
    before: (context) => context.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('refused')) } });
    }),
  });
  assert.equal(await page.locator('.embed-helper input[name="embed-provider"]').count(), 0);
  assert.match(await page.textContent('.embed-helper'), /No IMHA services are set up/);
  assert.doesNotMatch(await page.textContent('.embed-helper pre'), /data-provider/);
  await page.click('.embed-helper button');
  await page.waitForFunction(() => document.querySelector('.embed-copied').textContent !== '');
  assert.match(await page.textContent('.embed-copied'), /Select the code and copy it yourself/);
  assertNoProblems(page);
});
