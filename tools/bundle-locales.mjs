// Trunk post-build hook: joins each locale's Fluent files into one file,
// dist/locales/<tag>.ftl, so a phone downloads only its language, in one
// request. The source locale (en-GB) has its first screens' files (its
// locale.json's "first_screen") compiled into the app; the file holds the rest.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE = 'en-GB';
const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
mkdirSync(join(dir, 'locales'), { recursive: true });
for (const tag of readdirSync('locales')) {
  const folder = join('locales', tag);
  if (!existsSync(join(folder, 'locale.json'))) continue;
  const compiledIn = tag === SOURCE ? JSON.parse(readFileSync(join(folder, 'locale.json'), 'utf8')).first_screen : [];
  const files = readdirSync(folder).filter((name) => name.endsWith('.ftl') && !compiledIn.includes(name)).sort();
  // Comments speak to translators; a phone need not download them. A
  // Fluent comment starts with # in the first column (continued text is
  // indented), as build.rs also assumes for the compiled-in source.
  const text = files
    .map((name) => readFileSync(join(folder, name), 'utf8').split('\n').filter((line) => !line.startsWith('#')).join('\n'))
    .join('\n');
  writeFileSync(join(dir, 'locales', `${tag}.ftl`), text);
}
