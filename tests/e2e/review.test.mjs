// The translators' review page: it renders a translation beside its English
// (left to right and right to left), passes axe, downloads only on its own
// page, and its review sheet round-trips through tools/review-import.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertAccessible, assertNoProblems, useApp } from './harness.mjs';
import { keyOf, parseCsv, sheetRows } from '../../tools/review-import.mjs';

const app = useApp();
const REVIEWED = 'table.review tbody tr';

/** Each message and attribute of a locale's files, read line by line, with its text when it is one plain line. */
function messages(tag) {
  const out = new Map();
  let message = null;
  for (const name of readdirSync(`locales/${tag}`).filter((file) => file.endsWith('.ftl'))) {
    const lines = readFileSync(`locales/${tag}/${name}`, 'utf8').split('\n');
    lines.forEach((line, i) => {
      const plain = (text) => (text && !/[{}]/.test(text) && !/^\s+[^.\s]/.test(lines[i + 1] ?? '') ? text : null);
      const top = /^(-?[a-zA-Z][\w-]*) =(?: (.*))?$/.exec(line);
      const attribute = /^\s+\.([\w-]+) =(?: (.*))?$/.exec(line);
      if (top) { message = top[1]; out.set(message, plain(top[2])); }
      else if (attribute && message) out.set(`${message}.${attribute[1]}`, plain(attribute[2]));
    });
  }
  return out;
}

async function openReview(tag) {
  const page = await app.open(`/#/review?lang=${tag}`, {}, { waitFor: REVIEWED });
  return page;
}

for (const tag of ['cy', 'ur']) {
  test(`the review page shows every ${tag} message beside its English, and passes axe`, async () => {
    const page = await openReview(tag);
    const rtl = tag === 'ur';
    const ids = new Set(await page.$$eval(REVIEWED, (rows) => rows.map((row) => row.dataset.id)));
    for (const id of messages(tag).keys()) assert.ok(ids.has(id), `${tag}: ${id} is on the page`);
    const cell = page.locator(`${REVIEWED} td[lang="${tag}"]`).first();
    assert.equal(await cell.evaluate((td) => getComputedStyle(td).direction), rtl ? 'rtl' : 'ltr');
    assert.equal(await page.locator(`${REVIEWED} td[lang="en-GB"]`).first().evaluate((td) => getComputedStyle(td).direction), 'ltr');
    const variants = await page.$$eval(`${REVIEWED}[data-id="start-intro"]`, (rows) => rows.map((row) => row.dataset.variant));
    assert.deepEqual(variants.sort(), ['$audience=carer', '$audience=patient', '$audience=staff']);
    await assertAccessible(page, `review ${tag}`);
    assertNoProblems(page);
  });
}

test('the review page prints without the page furniture, a table row never split across pages', async () => {
  const page = await openReview('cy');
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-header', '.site-footer', '.no-print', '.back-link']) {
    const hidden = await page.$$eval(selector, (nodes) => nodes.every((node) => getComputedStyle(node).display === 'none'));
    assert.ok(hidden, `${selector} is not printed`);
  }
  assert.equal(await page.locator(REVIEWED).first().evaluate((tr) => getComputedStyle(tr).breakInside), 'avoid');
});

test('only the review page downloads the review files', async () => {
  const requested = [];
  const page = await app.open('/?lang=cy#/staff', {}, { before: (context) => context.on('request', (r) => requested.push(r.url())) });
  await page.waitForLoadState('networkidle');
  assert.deepEqual(requested.filter((url) => url.includes('/locales/review/')), []);
  await page.evaluate(() => { location.hash = '#/review?lang=cy'; });
  await page.waitForSelector(REVIEWED);
  const review = requested.filter((url) => url.includes('/locales/review/')).map((url) => url.replace(/.*\/locales\/review\//, ''));
  assert.deepEqual(review.sort(), ['cy.ftl', 'cy.terms.toml', 'en-GB.ftl']);
});

test('the review sheet downloads as CSV under the CSP and round-trips through tools/review-import', async () => {
  const tag = 'cy';
  const page = await openReview(tag);
  const link = page.locator('a.review-download');
  assert.equal(await link.getAttribute('download'), `review-${tag}.csv`);
  const href = await link.evaluate((a) => a.href);
  assert.match(href, /^data:text\/csv;charset=utf-8,/);
  const csv = decodeURIComponent(href.slice(href.indexOf(',') + 1));
  // Clicking saves the same file: the CSP allows it.
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  assert.equal(download.suggestedFilename(), `review-${tag}.csv`);
  assert.equal(readFileSync(await download.path(), 'utf8'), csv);
  assertNoProblems(page);

  const [header] = parseCsv(csv);
  assert.deepEqual(header, ['id', 'variant', 'English', 'translation', 'status', 'comment']);
  const rows = sheetRows(csv);
  assert.equal(rows.length, await page.locator(REVIEWED).count(), 'one line for each row of the page');
  const english = messages('en-GB');
  const welsh = messages(tag);
  for (const [id, text] of welsh) {
    const row = rows.find((r) => r.id === id && r.variant === '') ?? rows.find((r) => r.id === id);
    assert.ok(row, `${id} is in the sheet`);
    if (text !== null) assert.equal(row.translation, text, `${id}: the translation`);
    if (english.get(id)) assert.equal(row.english, english.get(id), `${id}: the English`);
    assert.equal(row.status + row.comment, '', `${id}: status and comment are for the reviewer`);
  }

  // The translator approves two rows, corrects a one-line message, and comments on a variant.
  const root = mkdtempSync(join(tmpdir(), 'review-import-'));
  try {
    cpSync('locales', join(root, 'locales'), { recursive: true });
    const [first, second] = rows.filter((r) => !r.variant);
    const corrected = rows.find((r) => r.id === 'review-print');
    const variant = rows.find((r) => r.variant === '$audience=carer');
    first.status = 'approved';
    second.status = 'Approved';
    corrected.translation = 'Argraffu’r dudalen';
    corrected.status = 'approved';
    variant.comment = 'Mae "gofalwr" yn well, efallai';
    const quote = (cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
    const filled = [header, ...rows.map((r) => [r.id, r.variant, r.english, r.translation, r.status, r.comment])]
      .map((cells) => cells.map(quote).join(',')).join('\r\n');
    const sheet = join(root, 'filled.csv');
    writeFileSync(sheet, `\uFEFF${filled}\r\n`);
    const output = execFileSync('tools/review-import', [sheet, '--lang', tag, '--reviewer', 'A. Cyfieithydd (MCIL)', '--date', '2026-12-05', '--apply', '--root', root], { encoding: 'utf8' });
    const record = JSON.parse(readFileSync(join(root, 'locales', tag, 'review.json'), 'utf8'));
    assert.deepEqual(Object.keys(record.approved).sort(), [keyOf(first), keyOf(second), 'review-print'].sort(), output);
    assert.deepEqual(record.approved[keyOf(first)], { by: 'A. Cyfieithydd (MCIL)', on: '2026-12-05', english: first.english, translation: first.translation });
    assert.equal(record.approved['review-print'].translation, 'Argraffu’r dudalen');
    assert.match(readFileSync(join(root, 'locales', tag, 'review.ftl'), 'utf8'), /^review-print = Argraffu’r dudalen$/m, 'the correction is applied');
    assert.match(output, /Comments \(1\):\n {2}\S+ \[\$audience=carer\]: Mae "gofalwr" yn well, efallai/);
    assert.match(output, new RegExp(`3 of ${rows.length} rows of cy are approved`));
    assert.ok(!existsSync(join('locales', tag, 'review.json')), 'the repository itself is untouched');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
