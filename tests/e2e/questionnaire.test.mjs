// The questionnaire as a person uses it: the release build, clicked through
// in headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible, assertNoProblems, stripIsolation, useApp } from './harness.mjs';

const app = useApp();

const heading = async (page) => stripIsolation((await page.textContent('main h1')).trim());

/** Chooses the radio whose label starts with `label`, then Continue. */
async function answer(page, label) {
  const before = { url: page.url(), heading: await page.textContent('main h1') };
  await page.locator('label', { hasText: label }).first().click();
  await page.getByRole('button', { name: 'Continue' }).click();
  // The address changes first, the page when the app has followed it.
  await page.waitForFunction(({ url, heading }) => location.href !== url
    && document.querySelector('main h1')?.textContent !== heading, before);
}

async function seeResult(page) {
  assert.equal(await heading(page), 'Check your answers');
  await page.getByRole('button', { name: 'See the result' }).click();
  await page.waitForSelector('[data-eligible]');
  return page.getAttribute('[data-eligible]', 'data-eligible');
}

async function start(path = '/') {
  const page = await app.open(path);
  await page.getByRole('button', { name: 'Start now' }).click();
  await page.waitForSelector('input[name="audience"]');
  return page;
}

test('a patient under section 3 in England can get an IMHA, citing section 130C', async () => {
  const page = await start();
  await answer(page, 'I am the patient');
  assert.equal(await heading(page), 'Is your hospital in England or Wales?');
  await answer(page, 'England');
  await answer(page, 'I am kept in hospital under a section');
  assert.equal(await heading(page), 'Which section are you under?');
  await answer(page, 'Section 3');
  await answer(page, 'No');
  assert.equal(await seeResult(page), 'yes');
  const outcome = stripIsolation(await page.textContent('[data-eligible]'));
  assert.match(outcome, /You can get an independent mental health advocate/);
  assert.match(outcome, /Mental Health Act 1983, section 130C\(2\)\(a\)/);
  assert.match(page.url(), /#\/result\?audience=patient&jurisdiction=england&status=section-3/);
  assert.match(stripIsolation(await page.textContent('main')), /Law: Mental Health Act 1983, sections 66\(1\)\(b\), 66\(1\)\(f\)/);
  assertNoProblems(page);
});

test('a carer is spoken to about "the person", and a section 136 in England is not eligible', async () => {
  const page = await start();
  await answer(page, 'I am a carer, relative or friend');
  assert.equal(await heading(page), "Is the person’s hospital in England or Wales?");
  await answer(page, 'England');
  await answer(page, 'They are kept in hospital under a section');
  assert.equal(await heading(page), 'Which section is the person under?');
  await answer(page, 'Section 136');
  await answer(page, 'None of these');
  assert.equal(await seeResult(page), 'no');
  assert.match(stripIsolation(await page.textContent('main')), /What the person can do instead/);
  assertNoProblems(page);
});

test('staff asking about an informal patient in Wales see it is eligible under section 130J, with the duty checklist', async () => {
  const page = await start();
  await answer(page, 'I work on a ward');
  await answer(page, 'Wales');
  await answer(page, 'An informal (voluntary) in-patient');
  assert.equal(await seeResult(page), 'yes');
  const main = stripIsolation(await page.textContent('main'));
  assert.match(main, /section 130J\(2\) \(inserted by the Mental Health \(Wales\) Measure 2010\)/);
  assert.match(main, /What staff must do/);
  assert.ok(await page.isVisible('.checklist li'));
  assertNoProblems(page);
});

test('not knowing the section leads through the helper to an honest "not sure yet"', async () => {
  const page = await start();
  await answer(page, 'I am the patient');
  await answer(page, 'England');
  await answer(page, 'I am kept in hospital under a section');
  await answer(page, "I don’t know which section");
  assert.equal(await heading(page), 'Which of these is closest to what happened to you?');
  assert.match(await page.textContent('main details'), /section papers/);
  await answer(page, "I’m still not sure");
  assert.equal(await heading(page), 'Are you on leave from hospital at the moment?');
  await answer(page, "I don’t know");
  assert.equal(await heading(page), 'Has a doctor talked with you about any of these treatments?');
  await answer(page, 'None of these');
  assert.equal(await seeResult(page), 'unsure');
  assert.match(stripIsolation(await page.textContent('[data-eligible]')), /Which section/i);
  assertNoProblems(page);
});

test('the helper turns "a court sent me to hospital" into a yes', async () => {
  const page = await start();
  await answer(page, 'I am the patient');
  await answer(page, 'England');
  await answer(page, "I don’t know");
  await answer(page, 'A court sent you to hospital');
  await answer(page, 'No');
  assert.equal(await seeResult(page), 'yes');
});

test('continuing without an answer shows a GOV.UK error summary that focuses the first option', async () => {
  const page = await start();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForSelector('.error-summary');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'error-summary');
  assert.equal(await page.title(), 'Error: Who are you? – Your right to an advocate');
  await page.click('.error-summary a');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'audience-patient');
  await assertAccessible(page, 'error state');
});

test('back and forward buttons and reload keep the answers', async () => {
  const page = await start();
  await answer(page, 'I am the patient');
  await answer(page, 'Wales');
  await page.goBack();
  await page.waitForSelector('input[name="jurisdiction"]');
  assert.equal(await page.isChecked('#jurisdiction-wales'), true);
  await page.goForward();
  await page.waitForSelector('input[name="setting"]');
  await page.reload({ waitUntil: 'networkidle' });
  await page.waitForSelector('input[name="setting"]');
  await page.goBack();
  await page.waitForSelector('input[name="jurisdiction"]');
  assert.equal(await page.isChecked('#jurisdiction-wales'), true);
  await page.click('.back-link');
  await page.waitForSelector('input[name="audience"]');
  assert.equal(await page.isChecked('#audience-patient'), true);
  assertNoProblems(page);
});

test('a change link from check-answers returns to check-answers', async () => {
  const page = await start();
  await answer(page, 'I am the patient');
  await answer(page, 'England');
  await answer(page, 'I am on a community treatment order');
  assert.equal(await heading(page), 'Check your answers');
  await page.click('a[href="#/question/jurisdiction?change"]');
  await page.waitForSelector('input[name="jurisdiction"]');
  await answer(page, 'Wales');
  assert.equal(await heading(page), 'Check your answers');
  assert.match(await page.textContent('.summary-list'), /Wales/);
});

test('a keyboard alone can complete a walk', async () => {
  const page = await app.open('/');
  const press = async (key, times = 1) => {
    for (let i = 0; i < times; i += 1) await page.keyboard.press(key);
  };
  // Tab from the top of the page to the start button.
  await page.focus('body');
  let found = false;
  for (let i = 0; i < 10 && !found; i += 1) {
    await press('Tab');
    found = await page.evaluate(() => document.activeElement?.textContent?.includes('Start now'));
  }
  assert.ok(found, 'the start button can be reached with Tab');
  await press('Enter');
  await page.waitForSelector('input[name="audience"]');
  // On each question: Tab to the first radio, Space to choose it, Enter to continue.
  for (const name of ['audience', 'jurisdiction', 'setting', 'section', 'on-leave']) {
    await page.waitForSelector(`input[name="${name}"]`);
    let onRadio = false;
    for (let i = 0; i < 10 && !onRadio; i += 1) {
      await press('Tab');
      onRadio = await page.evaluate((n) => document.activeElement?.name === n, name);
    }
    assert.ok(onRadio, `a ${name} option can be reached with Tab`);
    await press('Space');
    await press('Enter');
  }
  await page.waitForSelector('.summary-list');
  let onResult = false;
  for (let i = 0; i < 30 && !onResult; i += 1) {
    await press('Tab');
    onResult = await page.evaluate(() => document.activeElement?.textContent?.includes('See the result'));
  }
  assert.ok(onResult, 'the result link can be reached with Tab');
  await press('Enter');
  await page.waitForSelector('[data-eligible]');
  // The first choices: patient, England, held under a section, section 2, on leave.
  assert.equal(await page.getAttribute('[data-eligible]', 'data-eligible'), 'yes');
  assert.match(page.url(), /status=section-2&on_leave=true/);
});

test('a result opens straight from a link, under imha-check names', async () => {
  const page = await app.open('/#/result?jurisdiction=england&status=informal-inpatient&audience=carer&under_18=true&treatment_discussed=section-58a');
  assert.equal(await page.getAttribute('[data-eligible]', 'data-eligible'), 'yes');
  assert.match(stripIsolation(await page.textContent('[data-eligible]')), /130C\(3\)\(b\)/);
  assertNoProblems(page);
});

test('a link with an invalid value opens the first unanswered question with a notice', async () => {
  const page = await app.open('/#/result?jurisdiction=england&status=section-99&audience=patient');
  await page.waitForSelector('input[name="setting"]');
  assert.match(await page.textContent('.notice'), /could not be read/);
  assert.match(page.url(), /#\/question\/setting$/);
  assertNoProblems(page);
});

test('corrupt saved answers start afresh with a short message, never a blank page', async () => {
  const page = await app.open('/');
  await page.evaluate(() => sessionStorage.setItem('imha-rights-checker/answers', '{garbage'));
  await page.reload({ waitUntil: 'networkidle' });
  await page.waitForSelector('main h1');
  assert.match(await page.textContent('.notice'), /could not read your saved answers/);
  assert.equal(await page.evaluate(() => sessionStorage.getItem('imha-rights-checker/answers')), null);
});

test('"Clear my answers" asks first, then forgets everything and goes to the start', async () => {
  const page = await start();
  await answer(page, 'I am the patient');
  assert.ok(await page.evaluate(() => sessionStorage.length) > 0);
  await page.getByRole('button', { name: 'Clear my answers' }).click();
  await page.getByRole('button', { name: 'No, keep them' }).click();
  assert.ok(await page.evaluate(() => sessionStorage.getItem('imha-rights-checker/answers')));
  await page.getByRole('button', { name: 'Clear my answers' }).click();
  await assertAccessible(page, 'clearing asks first');
  await page.getByRole('button', { name: 'Yes, clear my answers' }).click();
  await page.waitForSelector('.button--start');
  assert.equal(await page.evaluate(() => sessionStorage.getItem('imha-rights-checker/answers')), null);
  assert.equal(await page.getByRole('button', { name: 'Clear my answers' }).count(), 0);
});

test('a broken link shows a page that says how to get an advocate', async () => {
  const page = await app.open('/#/no-such-page');
  assert.equal(await heading(page), 'Page not found');
  assert.match(await page.textContent('main'), /Ask ward staff/);
});

test('the result prints without the site furniture', async () => {
  const page = await app.open('/#/result?jurisdiction=england&status=section-2&audience=patient');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('.site-header'), false);
  assert.equal(await page.isVisible('.no-print'), false);
  assert.equal(await page.isVisible('[data-eligible]'), true);
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 1000);
});

test('no screen has an axe-core WCAG 2.2 A or AA violation', async () => {
  const screens = [
    '/',
    '/#/question/audience',
    '/#/check-answers',
    '/#/result?audience=patient&jurisdiction=england&status=section-3',
    '/#/result?audience=staff&jurisdiction=wales&status=informal-inpatient',
    '/#/result?audience=carer&jurisdiction=england&status=section-136',
    '/#/result?audience=patient&jurisdiction=unknown&status=unknown',
    '/#/result?audience=staff&jurisdiction=wales&status=section-136',
    '/#/request',
    '/#/staff',
    '/#/sources',
    '/#/no-such-page',
  ];
  for (const path of screens) {
    const page = await app.open(path);
    await assertAccessible(page, path);
    await page.context().close();
  }
  // Every question page, reached by answering.
  const page = await app.open('/#/result?audience=patient&jurisdiction=england&status=informal-inpatient&treatment_discussed=section-58a&under_18=true');
  for (const slug of ['audience', 'jurisdiction', 'setting', 'treatment-discussed', 'under-18']) {
    await page.evaluate((s) => { location.hash = `#/question/${s}`; }, slug);
    await page.waitForSelector(`input[name="${slug}"]`);
    await assertAccessible(page, slug);
  }
  // A carer's result with every disclosure open: the nearest relative, what
  // an IMHA does, the rights with their sections, how the law is changing.
  const carer = await app.open('/#/result?audience=carer&jurisdiction=england&status=section-2');
  await carer.evaluate(() => document.querySelectorAll('details').forEach((details) => { details.open = true; }));
  assert.ok(await carer.isVisible('[data-point="order-discharge"]'));
  await assertAccessible(carer, 'carer result, every disclosure open');
  const held = await app.open('/#/result?audience=patient&jurisdiction=england&status=detained-longer-term');
  for (const slug of ['section', 'what-happened', 'on-leave']) {
    await held.evaluate((s) => { location.hash = `#/question/${s}`; }, slug);
    await held.waitForSelector(`input[name="${slug}"]`);
    await assertAccessible(held, slug);
  }
});

test('a place of safety in Wales is not eligible, and the result says how the law is changing', async () => {
  const page = await app.open('/#/result?audience=patient&jurisdiction=wales&status=section-136');
  assert.equal(await page.getAttribute('[data-eligible]', 'data-eligible'), 'no');
  const main = stripIsolation(await page.textContent('main'));
  assert.match(main, /place of safety \(section 135 or 136\)/);
  assert.match(main, /130I\(2\)\(a\)/);
  assert.match(await page.textContent('[data-change="police-stations"]'), /Not started yet: no date has been set/);
});

test('the reviewers\u2019 page lists every source with its link, reached from the footer', async () => {
  const page = await app.open('/#/staff');
  await page.locator('footer a', { hasText: 'Where this information comes from' }).click();
  await page.waitForSelector('table.sources');
  const rows = await page.locator('table.sources tbody tr').count();
  assert.ok(rows > 40, `${rows} sources`);
  const href = await page.getAttribute('table.sources a[href*="section/130C"]', 'href');
  assert.equal(href, 'https://www.legislation.gov.uk/ukpga/1983/20/section/130C');
  assertNoProblems(page);
});

test('a patient on section 17 leave says so, is not asked about leave again, and is told to ask their care team', async () => {
  const page = await start();
  await answer(page, 'I am the patient');
  await answer(page, 'England');
  await answer(page, 'but on leave from hospital');
  assert.equal(await heading(page), 'Which section are you under?');
  await answer(page, 'Section 3');
  assert.equal(await seeResult(page), 'yes');
  assert.match(page.url(), /on_leave=true/);
  const doNow = await page.textContent('.do-now');
  assert.match(doNow, /care coordinator/);
  assert.doesNotMatch(doNow, /Ask ward staff/);
  assert.match(await page.textContent('main'), /section 17 leave/);
  assertNoProblems(page);
});
