// Reads back a review sheet (CSV) that a translator has filled in, as
// downloaded from the review page (#/review?lang=<tag>): columns id,
// variant, English, translation, status, comment.
//
//   tools/review-import SHEET.csv --lang cy --reviewer "Name, qualification" --date 2026-12-05 [--apply]
//
// - A row whose status is "approved", and whose English and translation are
//   still those of the locale's files, is recorded in locales/<tag>/review.json
//   (by id and variant: the reviewer, the date and the text approved, so
//   that a later change to either shows as no longer reviewed).
// - A row whose translation the reviewer changed is a correction: listed
//   for the maintainer, and with --apply written into the .ftl file when the
//   message is a single line without variants (then recorded as approved if
//   so marked); the others are left to be made by hand.
// - Rows with a comment, another status, or English that has changed since
//   the sheet was made are listed.
// It prints what it found and how much of the locale is now approved. The
// current sheet comes from `imha-check --review-sheet <tag>`, the same code
// as the page's. No dependencies beyond Node and cargo.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPOSITORY = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Where locales/ is read and written: the repository, or --root (the tests use a copy). */
let ROOT = REPOSITORY;
const USAGE = 'usage: tools/review-import SHEET.csv --lang <tag> --reviewer "Name" --date YYYY-MM-DD [--apply] [--root DIR]';

/** Rows of an RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  text = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** The sheet as objects keyed by the header's names. */
export function sheetRows(text) {
  const [header, ...rows] = parseCsv(text);
  const names = header.map((name) => name.trim().toLowerCase());
  for (const needed of ['id', 'variant', 'english', 'translation', 'status', 'comment']) {
    if (!names.includes(needed)) throw new Error(`the sheet has no "${needed}" column`);
  }
  return rows
    .filter((cells) => cells.some((cell) => cell !== ''))
    .map((cells) => Object.fromEntries(names.map((name, i) => [name, cells[i] ?? ''])));
}

export const keyOf = (row) => (row.variant ? `${row.id} [${row.variant}]` : row.id);

function currentSheet(tag) {
  const manifest = join(REPOSITORY, 'Cargo.toml');
  const csv = execFileSync('cargo', ['run', '--quiet', '--manifest-path', manifest, '--bin', 'imha-check', '--', '--review-sheet', tag], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return new Map(sheetRows(csv).map((row) => [keyOf(row), row]));
}

/** Puts `corrected` in place of a one-line message or attribute; false when it is not one line. */
function applyCorrection(tag, row, current) {
  if (row.variant || current.includes('\n') || row.translation.includes('\n')) return false;
  const [message, attribute] = row.id.split('.');
  const folder = join(ROOT, 'locales', tag);
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.ftl'))) {
    const lines = readFileSync(join(folder, name), 'utf8').split('\n');
    const start = lines.findIndex((line) => line === `${message} =` || line.startsWith(`${message} = `));
    if (start < 0) continue;
    let at = start;
    if (attribute) {
      at = lines.findIndex((line, i) => i > start && /^\s+\./.test(line) && line.trim().startsWith(`.${attribute} =`));
      const next = lines.findIndex((line, i) => i > start && line !== '' && !line.startsWith(' '));
      if (at < 0 || (next >= 0 && at > next)) return false;
    }
    const prefix = attribute ? lines[at].slice(0, lines[at].indexOf('=') + 1) : `${message} =`;
    if (lines[at] !== `${prefix} ${current}`) return false;
    const nextLine = lines[at + 1] ?? '';
    if (/^\s+[^.\s]/.test(nextLine)) return false; // continues on the next line
    lines[at] = `${prefix} ${row.translation}`;
    writeFileSync(join(folder, name), lines.join('\n'));
    return true;
  }
  return false;
}

function main(argv) {
  const options = { apply: false };
  const positional = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--apply') options.apply = true;
    else if (['--lang', '--reviewer', '--date', '--root'].includes(arg)) options[arg.slice(2)] = argv[++i];
    else positional.push(arg);
  }
  if (positional.length !== 1 || !options.lang || !options.reviewer || !/^\d{4}-\d{2}-\d{2}$/.test(options.date ?? '')) {
    console.error(USAGE);
    return 2;
  }
  const tag = options.lang;
  if (options.root) ROOT = options.root;
  if (!existsSync(join(ROOT, 'locales', tag, 'locale.json')) || tag === 'en-GB') {
    console.error(`review-import: ${tag} is not a translation in locales/`);
    return 2;
  }
  const filled = sheetRows(readFileSync(positional[0], 'utf8'));
  const current = currentSheet(tag);
  const recordPath = join(ROOT, 'locales', tag, 'review.json');
  const record = existsSync(recordPath) ? JSON.parse(readFileSync(recordPath, 'utf8')) : { approved: {} };
  const report = { approved: [], applied: [], corrections: [], comments: [], stale: [], unknown: [] };
  for (const row of filled) {
    const key = keyOf(row);
    const now = current.get(key);
    if (!now) { report.unknown.push(key); continue; }
    if (row.english !== now.english) { report.stale.push(key); continue; }
    const approved = row.status.trim().toLowerCase() === 'approved';
    let translation = now.translation;
    if (row.translation !== now.translation) {
      if (options.apply && applyCorrection(tag, row, now.translation)) {
        report.applied.push(key);
        translation = row.translation;
        now.translation = translation;
      } else {
        report.corrections.push({ key, from: now.translation, to: row.translation, comment: row.comment });
        continue;
      }
    }
    if (row.comment.trim() || (row.status.trim() && !approved)) {
      report.comments.push({ key, status: row.status, comment: row.comment });
    }
    if (approved) {
      record.approved[key] = { by: options.reviewer, on: options.date, english: now.english, translation };
      report.approved.push(key);
    }
  }
  if (report.approved.length) {
    record.approved = Object.fromEntries(Object.entries(record.approved).sort(([a], [b]) => (a < b ? -1 : 1)));
    writeFileSync(recordPath, `${JSON.stringify(record, null, 2)}\n`);
  }
  const stillApproved = [...current].filter(([key, row]) => {
    const entry = record.approved[key];
    return entry && entry.english === row.english && entry.translation === row.translation;
  }).length;
  const print = (title, list, show = (item) => item) => {
    if (!list.length) return;
    console.log(`\n${title} (${list.length}):`);
    for (const item of list) console.log(`  ${show(item)}`);
  };
  console.log(`review-import: ${tag}, ${filled.length} rows read, ${report.approved.length} approved by ${options.reviewer} on ${options.date}.`);
  print('Corrections applied to the .ftl files', report.applied);
  print('Corrections to make by hand (then export and review again)', report.corrections,
    (c) => `${c.key}\n    now:      ${JSON.stringify(c.from)}\n    proposed: ${JSON.stringify(c.to)}${c.comment ? `\n    comment:  ${c.comment}` : ''}`);
  print('Comments', report.comments, (c) => `${c.key}: ${[c.status, c.comment].filter(Boolean).join(' — ')}`);
  print('English changed since the sheet was made (not recorded; review again)', report.stale);
  print('Not in the current sheet (renamed or removed)', report.unknown);
  console.log(`\n${stillApproved} of ${current.size} rows of ${tag} are approved as they stand (locales/${tag}/review.json).`);
  if (stillApproved === current.size) {
    console.log(`Every row is approved: a qualified translator may now set "status": "reviewed" and "reviewed_on" in locales/${tag}/locale.json.`);
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
