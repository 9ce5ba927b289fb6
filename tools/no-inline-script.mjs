// Trunk post-build hook: replaces Trunk's inline start-up <script> with an
// external file, because the app must run under a Content Security Policy
// of script-src 'self' 'wasm-unsafe-eval', which forbids inline scripts.
//
// The same script, also written as embed.js (a name that does not change
// between builds), is what a trust's page includes to embed the app: every
// address in it is relative to the script itself, not to the page.
// It also reveals the page's fallback message if the app cannot start (old
// browser, a download cut off), so the page is never blank.
//
// Then it makes the second page, staff.html, with its own bundle and start-up
// script (tools/staff-pages.mjs): here, not in a hook of its own, because
// Trunk may run a stage's hooks at the same time, and staff.html is made
// from the finished index.html.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildStaffPage } from './staff-pages.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');

const inline = /<script type="module"[^>]*>([\s\S]*?)<\/script>/;
const found = html.match(inline);
if (!found) throw new Error('no inline start-up script found in index.html');
const file = (pattern) => {
  const name = found[1].match(pattern)?.[1] ?? html.match(pattern)?.[1];
  if (!name) throw new Error(`${pattern} not found in the start-up script or page`);
  return name.replace(/^\.?\//, '');
};
const js = file(/from\s+'([^']+\.js)'/);
const wasm = file(/'([^']+_bg\.wasm)'/);
const css = file(/href="([^"]+\.css)"/);

// The settings the app reads at start-up (`SETTINGS` in
// src/browser/assets.rs, which must be this name): where its files are, and
// the stylesheet it puts in a shadow root on a trust's page.
const SETTINGS = 'imhaRightsChecker';

const bootScript = (js, wasm) => `// Starts the app; shows the fallback message if it cannot.
const here = (name) => new URL(name, import.meta.url).href;
globalThis.${SETTINGS} = { base: here('./'), stylesheet: here(${JSON.stringify(`./${css}`)}) };
try {
  const bindings = await import(${JSON.stringify(`./${js}`)});
  await bindings.default({ module_or_path: here(${JSON.stringify(`./${wasm}`)}) });
} catch (error) {
  document.getElementById('fallback')?.classList.add('fallback--shown');
  console.error('The app could not start:', error);
}
`;
const boot = bootScript(js, wasm);
const hash = createHash('sha256').update(boot).digest('hex').slice(0, 16);
const bootName = `boot-${hash}.js`;
writeFileSync(join(dir, bootName), boot);
writeFileSync(join(dir, 'embed.js'), boot);
html = html.replace(inline, `<script type="module" src="./${bootName}"></script>`);
// Static pages cannot keep a nonce secret, so carry none.
html = html.replace(/ nonce="[^"]*"/g, '');
writeFileSync(indexPath, html);

buildStaffPage(dir, html, { js, wasm }, bootScript);
