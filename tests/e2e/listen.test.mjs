// Read aloud: the "Listen" button on question and result pages, against a
// stubbed speechSynthesis (headless Chromium has no voices of its own). The
// stub records what is spoken and in which language; the test says when
// each part has been read, as a voice's `end` event would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible, assertNoProblems, stripIsolation, useApp } from './harness.mjs';

const app = useApp();

/**
 * Replaces speechSynthesis before the app starts. Its voices are `voices`
 * ([name, lang] pairs, or [name, lang, false] for a network voice), loaded
 * after the page as Chrome does: none until
 * `__speech.loadVoices()` fires `voiceschanged`.
 */
function stubSpeech(voices) {
  return (context) => context.addInitScript((voices) => {
    let current = null;
    let loaded = [];
    const synthesis = new EventTarget();
    synthesis.getVoices = () => loaded.map(([name, lang, localService = true]) => ({ name, lang, voiceURI: name, localService, default: false }));
    synthesis.speak = (utterance) => {
      window.__speech.spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name ?? null });
      current = utterance;
    };
    synthesis.cancel = () => {
      window.__speech.cancelled += 1;
      const utterance = current;
      current = null;
      utterance?.dispatchEvent(new Event('error'));
    };
    window.__speech = {
      spoken: [],
      cancelled: 0,
      speaking: () => current !== null,
      loadVoices() {
        loaded = voices;
        synthesis.dispatchEvent(new Event('voiceschanged'));
      },
      /** The voice reaches the end of the current part. */
      finish() {
        const utterance = current;
        current = null;
        utterance?.dispatchEvent(new Event('end'));
      },
    };
    window.SpeechSynthesisUtterance = class extends EventTarget {
      constructor(text) {
        super();
        Object.assign(this, { text, lang: '', voice: null });
      }
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
  }, voices);
}

async function openWithVoices(path, voices) {
  const page = await app.open(path, {}, { before: stubSpeech(voices) });
  await page.evaluate(() => window.__speech.loadVoices());
  return page;
}

const spoken = (page) => page.evaluate(() => window.__speech.spoken);
const finish = (page) => page.evaluate(() => window.__speech.finish());
const highlighted = async (page) => {
  const texts = await page.$$eval('.listen-reading', (elements) => elements.map((element) => element.textContent));
  return texts.map((text) => stripIsolation(text).trim());
};
/** Waits until `count` parts have been spoken. */
const spokenCount = (page, count) =>
  page.waitForFunction((count) => window.__speech.spoken.length === count, count, { timeout: 5000 });

const WHO_ARE_YOU = [
  'Who are you?',
  'We will use this to explain things in the right way.',
  'I am the patient',
  'You are in hospital, or you have been told you are under the Mental Health Act.',
  'I am a carer, relative or friend',
  'Including the nearest relative. You are asking about someone else.',
  'I work on a ward or in a mental health service',
  'You want to check who you must tell about advocates.',
];

test('with a British English voice, a question page is read aloud in en-GB, in order, the part being read highlighted', async () => {
  const page = await app.open('/#/question/audience', {}, { before: stubSpeech([['Daniel', 'en-GB'], ['Samantha', 'en-US']]) });
  assert.equal(await page.locator('.listen button').count(), 0, 'no button before the voices are loaded');
  await page.evaluate(() => window.__speech.loadVoices());
  const listen = page.getByRole('button', { name: 'Listen to this page' });
  await listen.waitFor();
  await assertAccessible(page, 'question page with the Listen button');

  await listen.click();
  await spokenCount(page, 1);
  assert.deepEqual(await page.evaluate(() => window.__speech.spoken[0]), { text: 'Who are you?', lang: 'en-GB', voice: 'Daniel' });
  assert.deepEqual(await highlighted(page), ['Who are you?']);
  await page.getByRole('button', { name: 'Stop listening' }).waitFor();
  await assertAccessible(page, 'question page while the heading is read');

  for (let count = 2; count <= WHO_ARE_YOU.length; count += 1) {
    await finish(page);
    await spokenCount(page, count);
    assert.deepEqual(await highlighted(page), [WHO_ARE_YOU[count - 1]]);
  }
  assert.deepEqual((await spoken(page)).map((part) => stripIsolation(part.text)), WHO_ARE_YOU);
  assert.ok((await spoken(page)).every((part) => part.lang === 'en-GB'));

  await finish(page);
  await listen.waitFor();
  assert.deepEqual(await highlighted(page), [], 'read to the end, nothing is highlighted');
  assert.equal((await spoken(page)).length, WHO_ARE_YOU.length, 'nothing but the page is read');
  assertNoProblems(page);
});

test('Stop cancels the speech and removes the highlight', async () => {
  const page = await openWithVoices('/#/question/audience', [['Daniel', 'en-GB']]);
  await page.getByRole('button', { name: 'Listen to this page' }).click();
  await spokenCount(page, 1);
  await finish(page);
  await spokenCount(page, 2);
  await page.getByRole('button', { name: 'Stop listening' }).click();
  await page.getByRole('button', { name: 'Listen to this page' }).waitFor();
  assert.equal(await page.evaluate(() => window.__speech.cancelled), 1);
  assert.equal(await page.evaluate(() => window.__speech.speaking()), false);
  assert.deepEqual(await highlighted(page), []);
  await page.waitForTimeout(100);
  assert.equal((await spoken(page)).length, 2, 'nothing more is read after Stop');
  assertNoProblems(page);
});

test('leaving the page stops the reading', async () => {
  const page = await openWithVoices('/#/question/audience', [['Daniel', 'en-GB']]);
  await page.getByRole('button', { name: 'Listen to this page' }).click();
  await spokenCount(page, 1);
  await page.locator('label', { hasText: 'I am the patient' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForFunction(() => location.hash === '#/question/jurisdiction');
  await page.getByRole('button', { name: 'Listen to this page' }).waitFor();
  assert.equal(await page.evaluate(() => window.__speech.cancelled), 1);
  assert.deepEqual(await highlighted(page), []);
  await finish(page);
  await page.waitForTimeout(100);
  assert.equal((await spoken(page)).length, 1, 'the next page is not read unasked');
  assertNoProblems(page);
});

test('with a Welsh voice, the Welsh result page is read in cy, from its heading, leaving closed disclosures out', async () => {
  const page = await openWithVoices('/?lang=cy#/result?audience=patient&jurisdiction=wales&status=section-2', [['Daniel', 'en-GB'], ['Gwyneth', 'cy-GB']]);
  await page.waitForSelector('[data-eligible]');
  const listen = page.getByRole('button', { name: 'Gwrando ar y dudalen hon' });
  await listen.click();
  await spokenCount(page, 1);
  const heading = stripIsolation((await page.textContent('main h1')).trim());
  assert.deepEqual(await page.evaluate(() => window.__speech.spoken[0]), { text: heading, lang: 'cy', voice: 'Gwyneth' });
  assert.deepEqual(await highlighted(page), [heading]);
  await finish(page);
  await spokenCount(page, 2);
  const doNow = stripIsolation((await page.textContent('#do-now-heading')).trim());
  assert.equal(stripIsolation((await spoken(page))[1].text), doNow);
  assert.deepEqual(await highlighted(page), [doNow]);
  await assertAccessible(page, 'Welsh result page while read aloud');

  // Read to the end: the rights' headings are read, what their closed
  // disclosure holds is not.
  while (await page.evaluate(() => window.__speech.speaking())) {
    const count = (await spoken(page)).length;
    await finish(page);
    await page.waitForFunction((count) => window.__speech.spoken.length > count || !window.__speech.speaking(), count);
  }
  const texts = (await spoken(page)).map((part) => stripIsolation(part.text));
  assert.ok(texts.includes(stripIsolation((await page.textContent('#rights-heading')).trim())), 'the rights heading is read');
  const hidden = await page.$$eval('.section-details p', (elements) => elements.map((element) => element.textContent.trim()));
  assert.ok(hidden.length > 0);
  for (const text of hidden) assert.ok(!texts.includes(stripIsolation(text)), `not read: ${text}`);
  assert.ok((await spoken(page)).every((part) => part.lang === 'cy'));
  await listen.waitFor();
  assertNoProblems(page);
});

test('Easy Read is read as British English', async () => {
  const page = await openWithVoices('/?lang=en-GB-x-easyread#/question/audience', [['Daniel', 'en-GB']]);
  await page.getByRole('button', { name: 'Listen' }).click();
  await spokenCount(page, 1);
  assert.equal((await spoken(page))[0].lang, 'en-GB');
  assertNoProblems(page);
});

test('without a voice for the page’s language there is no Listen button', async () => {
  const page = await openWithVoices('/?lang=ur#/question/audience', [['Daniel', 'en-GB'], ['Samantha', 'en-US']]);
  await page.waitForTimeout(200);
  assert.equal(await page.locator('.listen button').count(), 0);
  assert.equal(await page.locator('main button').count(), 1, 'only Continue');
  await page.goto(app.base + '/?lang=ur#/result?audience=patient&jurisdiction=england&status=section-3');
  await page.waitForSelector('[data-eligible]');
  await page.evaluate(() => window.__speech.loadVoices());
  await page.waitForTimeout(200);
  assert.equal(await page.locator('.listen button').count(), 0);
  assert.deepEqual(await spoken(page), []);
  assertNoProblems(page);
});

test('a network voice is never used: the page\'s words would leave the phone', async () => {
  const page = await openWithVoices('/?lang=cy#/question/audience', [['Google Cymraeg', 'cy-GB', false], ['Daniel', 'en-GB']]);
  await page.waitForTimeout(200);
  assert.equal(await page.locator('.listen button').count(), 0);
  assert.deepEqual(await spoken(page), []);
  assertNoProblems(page);
});

test('without speech synthesis at all there is no Listen button, and no error', async () => {
  const page = await app.open('/#/question/audience', {}, {
    before: (context) => context.addInitScript(() => { delete Window.prototype.speechSynthesis; delete window.speechSynthesis; }),
  });
  assert.equal(await page.evaluate(() => typeof window.speechSynthesis), 'undefined');
  await page.waitForTimeout(200);
  assert.equal(await page.locator('.listen button').count(), 0);
  assertNoProblems(page);
});
