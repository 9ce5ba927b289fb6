// Trunk post-build hook: joins each locale's Fluent files into one file,
// dist/locales/<tag>.ftl, so a phone downloads only its language, in one
// request. The source locale (en-GB) has its first screens' files (its
// locale.json's "first_screen") compiled into the app; the file holds the rest.
//
// For the translators' review page (#/review) only, it also writes
// dist/locales/review/<tag>.ftl: all of the locale's files with their
// comments, each after a resource comment naming it ("### file: app.ftl",
// as src/words/review.rs reads them), and <tag>.terms.toml, the locale's
// termbase (empty when it has none, so the page never meets a 404).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE = 'en-GB';
const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
mkdirSync(join(dir, 'locales', 'review'), { recursive: true });
for (const tag of readdirSync('locales')) {
  const folder = join('locales', tag);
  if (!existsSync(join(folder, 'locale.json'))) continue;
  const compiledIn = tag === SOURCE ? JSON.parse(readFileSync(join(folder, 'locale.json'), 'utf8')).first_screen : [];
  const all = readdirSync(folder).filter((name) => name.endsWith('.ftl')).sort();
  const files = all.filter((name) => !compiledIn.includes(name));
  // Comments speak to translators; a phone need not download them. A
  // Fluent comment starts with # in the first column (continued text is
  // indented), as build.rs also assumes for the compiled-in source.
  const text = files
    .map((name) => readFileSync(join(folder, name), 'utf8').split('\n').filter((line) => !line.startsWith('#')).join('\n'))
    .join('\n');
  writeFileSync(join(dir, 'locales', `${tag}.ftl`), text);
  const review = all.map((name) => `### file: ${name}\n\n${readFileSync(join(folder, name), 'utf8')}\n`).join('');
  writeFileSync(join(dir, 'locales', 'review', `${tag}.ftl`), review);
  const terms = join(folder, 'terms.toml');
  writeFileSync(join(dir, 'locales', 'review', `${tag}.terms.toml`), existsSync(terms) ? readFileSync(terms, 'utf8') : '');
}
