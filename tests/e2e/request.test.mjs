// Asking for an advocate from the result: the message for the service is
// always English, names the language and the interpreter need, and goes by
// the person's own phone (sms:/mailto:) to the configured provider; with no
// provider it is shown full screen, in both languages, to hand to a nurse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { assertAccessible, assertNoProblems, useApp } from './harness.mjs';

const app = useApp({ root: '.' });
const EXAMPLE = readFileSync('embed/providers.example.json', 'utf8');
const withConfig = (config) => async (context) => {
  await context.route('**/dist/providers.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: config }));
};
const PHONE = { viewport: { width: 390, height: 844 } };

test('a relative reading Urdu sends the provider an English text message naming Urdu and an interpreter', async () => {
  const result = '/dist/index.html?lang=ur#/result?audience=carer&jurisdiction=england&status=section-3';
  const page = await app.open(result, PHONE, { waitFor: '[data-contact="provider"]', before: withConfig(EXAMPLE) });
  await page.locator('a.request-link').click();
  await page.waitForSelector('#request-name');
  await page.fill('#request-name', 'Amina Khan');
  await page.fill('#request-place', 'Ward 7, Northshire Hospital');
  assert.equal(await page.inputValue('#request-language'), 'ur', 'the page language is chosen to start with');
  await page.locator('label[for="request-interpreter-yes"]').click();
  const sms = await page.getAttribute('a[data-send="sms"]', 'href');
  assert.match(sms, /^sms:\+447700900123\?body=/);
  const body = decodeURIComponent(sms.split('?body=')[1]);
  assert.match(body, /^Hello\. I am asking for an independent mental health advocate \(IMHA\) for someone I care about\./);
  for (const line of ['Name: Amina Khan', 'Where: Ward 7, Northshire Hospital', 'Section or status: Section 3', 'Language: Urdu', 'An interpreter is needed.']) {
    assert.ok(body.split('\n').includes(line), `${line} in ${body}`);
  }
  const email = await page.getAttribute('a[data-send="email"]', 'href');
  assert.match(decodeURIComponent(email), /^mailto:imha@northshire-advocacy\.example\.org\?subject=Request for an independent mental health advocate \(IMHA\)&body=Hello\./);
  // The English for the service, and the reader's own language beside it.
  assert.equal(await page.getAttribute('.request-message:first-of-type', 'lang'), 'en-GB');
  const own = await page.locator('.request-message').nth(1).innerText();
  assert.match(own, /Amina Khan/);
  assert.doesNotMatch(own, /Hello/, 'the second copy is in Urdu');
  await assertAccessible(page, 'request, Urdu, with a provider');
  assertNoProblems(page);
});

test('with no provider, the message is shown full screen in Welsh and English to hand to a nurse', async () => {
  const page = await app.open('/dist/index.html?lang=cy#/result?audience=patient&jurisdiction=wales&status=cto', PHONE);
  await page.locator('a.request-link').click();
  await page.waitForSelector('#request-name');
  assert.equal(await page.locator('a[data-send]').count(), 0, 'nothing to send to');
  await page.locator('#request-language').selectOption('other');
  await page.fill('#request-other-language', 'Tigrinya');
  await page.locator('label[for="request-interpreter-yes"]').click();
  await page.locator('.request-actions button').click();
  const card = page.locator('.request-full-screen');
  await card.waitFor();
  const box = await card.boundingBox();
  assert.deepEqual([box.x, box.y, box.width, box.height], [0, 0, 390, 844], 'the card fills the screen');
  const english = await card.locator('.request-message[lang="en-GB"]').innerText();
  assert.match(english, /Section or status: Community treatment order \(CTO\)/);
  assert.match(english, /Language: Tigrinya/);
  assert.match(english, /An interpreter is needed\./);
  assert.equal(await card.locator('.request-message').count(), 2, 'English and Welsh');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'request-card-close');
  await assertAccessible(page, 'request card, Welsh, no provider');
  await card.locator('#request-card-close').click();
  assert.equal(await page.locator('.request-full-screen').count(), 0);
  assertNoProblems(page);
});
