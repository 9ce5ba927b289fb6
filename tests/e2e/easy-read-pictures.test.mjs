// Easy Read with pictures: on every Easy Read screen, a picture beside each
// idea (OpenMoji, assets/easyread/), before the words in the reading
// direction, with empty alt text; loaded from the app's own files; and no
// picture downloaded in any other language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible, assertNoProblems, useApp } from './harness.mjs';

const app = useApp();
const EASY_READ = 'en-GB-x-easyread';
const PHONE = { viewport: { width: 390, height: 844 } };

// Two walks through the questions between them ask every question.
const WALKS = [
  ['patient', 'england', 'detained', 'unknown', 'kept-more-than-3-days', 'true'],
  ['carer', 'england', 'informal-inpatient', 'section-58a', 'false'],
];

/**
 * The screen's ideas (each visible paragraph and list item of the page's
 * text, and the question with its answers), and what is wrong with their
 * pictures: an idea without one, a picture that did not load, one with alt
 * text, or one that is not before the words in the reading direction.
 */
async function pictureProblems(page) {
  await page.waitForFunction(() => [...document.querySelectorAll('main img')].every((img) => img.complete));
  return page.evaluate(() => {
    const visible = (element) => element.checkVisibility();
    // Not ideas: the citations of the law, hints, the "or" between answers,
    // the message as it will be sent, a provider's name, and buttons.
    const notAnIdea = '.citation, .hint, .radios__hint, .radios__divider, .request-message, .contact__name, .error-message';
    const ideas = [...document.querySelectorAll('main p, main li, main h1, main .radios__label, main label.label, main legend.label')]
      .filter((element) => visible(element) && !element.closest(notAnIdea) && !element.querySelector('.button, button, h1'))
      .filter((element) => element.textContent.trim() !== '');
    const problems = [];
    const name = (element) => `${element.tagName.toLowerCase()} "${element.textContent.trim().slice(0, 50)}"`;
    for (const idea of ideas) {
      if (!idea.querySelector('.idea > img.idea__picture')) problems.push(`no picture: ${name(idea)}`);
    }
    const rtl = getComputedStyle(document.querySelector('main')).direction === 'rtl';
    for (const img of document.querySelectorAll('main img')) {
      const idea = img.closest('.idea');
      if (!visible(img)) continue;
      if (!(img.naturalWidth > 0)) problems.push(`not loaded: ${img.src}`);
      if (img.getAttribute('alt') !== '') problems.push(`alt text: ${img.src}`);
      if (!new URL(img.src).pathname.includes('/assets/easyread/')) problems.push(`not ours: ${img.src}`);
      const picture = img.getBoundingClientRect();
      // The words' first line, beside the picture.
      const words = idea.querySelector('.idea__text').getClientRects()[0];
      // Beside the words, at the start of the line; or, where a long first
      // word does not fit beside it (a narrow column), just above them.
      const before = (rtl ? picture.left >= words.right - 1 : picture.right <= words.left + 1) || words.top >= picture.bottom - 1;
      if (!before) problems.push(`not before the words (${rtl ? 'rtl' : 'ltr'}): ${name(idea)}`);
      if (picture.width < 40 || picture.width > 64) problems.push(`${picture.width}px wide: ${name(idea)}`);
    }
    return { ideas: ideas.length, pictures: document.querySelectorAll('main img.idea__picture').length, problems };
  });
}

/** Checks the screen's pictures; returns how many it has. */
async function checkScreen(page, label, { atLeast = 1 } = {}) {
  const { ideas, pictures, problems } = await pictureProblems(page);
  assert.deepEqual(problems, [], `${label}: picture problems`);
  assert.ok(pictures >= atLeast && ideas >= 1, `${label}: ${pictures} pictures for ${ideas} ideas, expected at least ${atLeast}`);
  return pictures;
}

/** Chooses the first of `values` the question offers (else its first answer), then Continue. */
async function answer(page, values) {
  const id = await page.evaluate((wanted) => {
    const radios = [...document.querySelectorAll('main input[type=radio]')];
    return (radios.find((radio) => wanted.includes(radio.value)) ?? radios[0]).id;
  }, values);
  const before = await page.textContent('main h1');
  await page.click(`label[for="${id}"]`);
  await page.click('main button[type=submit]');
  await page.waitForFunction((heading) => document.querySelector('main h1')?.textContent !== heading, before);
}

/** Goes through the questions to check-answers, checking each screen; returns the questions' names. */
async function walk(page, values, check) {
  const asked = [];
  await page.click('.button--start');
  await page.waitForSelector('main input[type=radio]');
  while (await page.locator('main input[type=radio]').count()) {
    const question = await page.getAttribute('main input[type=radio]', 'name');
    asked.push(question);
    await check(`question ${question}`);
    await answer(page, values);
  }
  return asked;
}

const goTo = async (page, hash, selector = 'main h1') => {
  await page.evaluate((h) => { location.hash = h; }, hash);
  await page.waitForFunction((h) => location.hash === h, hash);
  await page.waitForSelector(selector);
};

test('every Easy Read screen has a picture beside each idea, loaded, with empty alt text, and passes axe', async () => {
  let page;
  const check = async (label, options) => {
    await checkScreen(page, label, options);
    await assertAccessible(page, `Easy Read ${label}`);
  };
  const asked = new Set();
  for (const values of WALKS) {
    page = await app.open(`/?lang=${EASY_READ}`, PHONE);
    await check('start', { atLeast: 4 });
    for (const question of await walk(page, values, (label) => check(label, { atLeast: 3 }))) asked.add(question);
    await check('check-answers', { atLeast: 4 });
    assertNoProblems(page);
  }
  assert.equal(asked.size, 8, `every question was asked: ${[...asked]}`);
  for (const [status, audience] of [
    ['section-3', 'patient'], ['section-136', 'patient'], ['unknown', 'carer'], ['cto', 'staff'],
    ['informal-inpatient', 'patient'], ['section-5-2', 'carer'], ['none', 'patient'],
  ]) {
    await goTo(page, `#/result?audience=${audience}&jurisdiction=england&status=${status}`, '.do-now');
    await check(`result ${status} ${audience}`, { atLeast: 4 });
    // The headline has its picture, as does each thing to do now.
    assert.equal(await page.locator('main h1 img.idea__picture').count(), 1, `${status}: the headline's picture`);
  }
  // Opened, the disclosures' ideas have pictures too.
  await goTo(page, '#/result?audience=carer&jurisdiction=england&status=section-3', '.do-now');
  await page.evaluate(() => document.querySelectorAll('main details').forEach((details) => { details.open = true; }));
  await check('result with every disclosure open', { atLeast: 20 });
  await goTo(page, '#/request');
  await check('request', { atLeast: 6 });
  await goTo(page, '#/staff');
  await check('staff', { atLeast: 12 });
  // The footer credits the pictures, with links to OpenMoji and the licence.
  const credit = page.locator('footer .pictures-credit');
  assert.match(await credit.textContent(), /Pictures: OpenMoji, CC BY-SA 4\.0/);
  assert.deepEqual(
    await credit.locator('a').evaluateAll((links) => links.map((link) => link.href)),
    ['https://openmoji.org/', 'https://creativecommons.org/licenses/by-sa/4.0/'],
  );
  assertNoProblems(page);
});

test('in a right-to-left layout the picture is on the right, before the words', async () => {
  const page = await app.open(`/?lang=${EASY_READ}`, PHONE);
  await page.evaluate(() => { document.documentElement.dir = 'rtl'; });
  await checkScreen(page, 'start, right to left', { atLeast: 4 });
  await goTo(page, '#/result?audience=patient&jurisdiction=england&status=section-3', '.do-now');
  await checkScreen(page, 'result, right to left', { atLeast: 4 });
  assertNoProblems(page);
});

for (const lang of ['en-GB', 'ur']) {
  test(`no picture is downloaded or shown in ${lang}`, async () => {
    const pictures = [];
    const page = await app.open(`/?lang=${lang}`, PHONE, {
      before: (context) => context.on('request', (request) => {
        if (request.url().includes('assets/easyread')) pictures.push(request.url());
      }),
    });
    const shown = async () => page.locator('img.idea__picture, footer .pictures-credit').count();
    assert.equal(await shown(), 0, 'start');
    await walk(page, WALKS[0], async () => assert.equal(await shown(), 0));
    await goTo(page, '#/result?audience=patient&jurisdiction=england&status=section-3', '.do-now');
    await goTo(page, '#/request');
    await goTo(page, '#/staff');
    assert.equal(await shown(), 0, 'staff');
    await page.waitForLoadState('networkidle');
    assert.deepEqual(pictures, []);
    assertNoProblems(page);
  });
}

test('a printed Easy Read page keeps the pictures\' credit, and only that of the footer', async () => {
  const page = await app.open('/?lang=en-GB-x-easyread#/result?audience=patient&jurisdiction=england&status=section-3', {}, { waitFor: '.do-now' });
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('.pictures-credit'), true);
  assert.equal(await page.isVisible('.site-footer a[href="#/sources"]'), false);
});
