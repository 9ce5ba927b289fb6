// What a person on a phone sees first: on a 390×844 screen, the result's
// headline and its first action are on the first screen, for every status
// and audience, in English, Welsh, Urdu and Easy Read; and the summary (what
// to do now, why, and the law it rests on) within three screens in English,
// Welsh, Urdu and Easy Read (whose larger type needs its shortest texts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoProblems, useApp } from './harness.mjs';

const app = useApp();
const PHONE = { viewport: { width: 390, height: 844 } };
const SCREEN = 844;
// Every status, as imha-check names them (src/law/situation.rs).
const STATUSES = [
  'section-2', 'section-3', 'section-4', 'section-5-2', 'section-5-4', 'section-35', 'section-36',
  'section-37', 'section-37-41', 'section-38', 'section-45a', 'section-47', 'section-47-49', 'section-48',
  'section-48-49', 'section-135', 'section-136', 'detained-longer-term', 'detained-section-not-known', 'cto',
  'cto-recalled', 'guardianship', 'conditional-discharge', 'informal-inpatient', 'none', 'unknown',
];
const AUDIENCES = ['patient', 'carer', 'staff'];

for (const [lang, summaryScreens] of [['en-GB', 3], ['cy', 3], ['ur', 3], ['en-GB-x-easyread', 3]]) {
  test(`every result's headline and first action are on a phone's first screen, and its summary within ${summaryScreens} (${lang})`, async () => {
    const page = await app.open(`/?lang=${lang}`, PHONE);
    const misses = [];
    for (const status of STATUSES) {
      for (const audience of AUDIENCES) {
        const hash = `#/result?audience=${audience}&jurisdiction=england&status=${status}`;
        await page.evaluate((h) => { location.hash = h; }, hash);
        await page.waitForFunction((h) => location.hash === h && document.querySelector('.do-now'), hash);
        await page.evaluate(() => window.scrollTo(0, 0));
        const layout = await page.evaluate(() => {
          const box = (element) => element.getBoundingClientRect();
          const action = document.querySelector('.do-now h2 ~ *');
          return {
            headline: box(document.querySelector('main h1')).bottom + window.scrollY,
            action: box(action).top + window.scrollY,
            summary: box(document.querySelector('.outcome')).bottom + window.scrollY,
          };
        });
        // The first action starts at least a line above the fold.
        if (layout.headline > SCREEN || layout.action + 24 > SCREEN) misses.push(`${status} ${audience}: first screen ${JSON.stringify(layout)}`);
        if (layout.summary > summaryScreens * SCREEN) misses.push(`${status} ${audience}: summary ends at ${Math.round(layout.summary)}px`);
      }
    }
    assert.deepEqual(misses, []);
    assertNoProblems(page);
  });
}

// Printed, as a person or a nurse would print it from the result's button:
// the longest results fit on two A4 pages.
test('the longest results print on at most two A4 pages', async () => {
  const longest = [
    ['en-GB-x-easyread', 'audience=patient&jurisdiction=england&status=cto'],
    ['ur', 'audience=patient&jurisdiction=england&status=section-3&on_leave=true'],
    ['en-GB', 'audience=staff&jurisdiction=england&status=section-2'],
    ['cy', 'audience=carer&jurisdiction=wales&status=section-3'],
  ];
  const pages = [];
  for (const [lang, query] of longest) {
    const page = await app.open(`/?lang=${lang}#/result?${query}`, {}, { waitFor: '.do-now' });
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    pages.push([lang, query, (pdf.match(/\/Type\s*\/Page\b/g) ?? []).length]);
  }
  assert.deepEqual(pages.filter(([, , count]) => count > 2), []);
});
