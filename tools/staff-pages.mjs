// Builds the app's second page, staff.html, into Trunk's staging folder: the
// staff, poster, translators', reviewers' and statement pages, as a Wasm
// bundle of their own (the binary imha-staff-pages), so that the first
// screen (index.html) does not download them. The same steps as Trunk's for
// index.html: cargo, wasm-bindgen --target web, wasm-opt -Oz on a release
// build, names with a hash of the content, and a start-up script from
// tools/no-inline-script.mjs, which calls this once index.html is final:
// staff.html is index.html with the other bundle.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = 'imha-staff-pages';
const hash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/**
 * Writes staff.html and its bundle into `dir`. `indexHtml` is the finished
 * index.html, `mainBundle` its glue script's and Wasm's names, and
 * `bootScript(js, wasm)` the start-up script for a bundle.
 */
export function buildStaffPage(dir, indexHtml, mainBundle, bootScript) {
  const release = process.env.TRUNK_PROFILE !== 'debug';
  const cargo = ['build', '--target', 'wasm32-unknown-unknown', '--bin', BIN, '--message-format', 'json-render-diagnostics'];
  if (release) cargo.push('--release');
  const messages = execFileSync('cargo', cargo, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20 });
  const artifact = messages
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line))
    .find((message) => message.reason === 'compiler-artifact' && message.target?.name === BIN);
  const built = artifact?.filenames.find((name) => name.endsWith('.wasm'));
  if (!built) throw new Error(`cargo did not say where ${BIN}.wasm is`);

  const out = mkdtempSync(join(tmpdir(), 'imha-staff-pages-'));
  try {
    execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, '--out-name', BIN, built], { stdio: 'inherit' });
    const wasmPath = join(out, `${BIN}_bg.wasm`);
    if (release) execFileSync('wasm-opt', [`--output=${wasmPath}`, '-Oz', wasmPath], { stdio: 'inherit' });
    const wasm = readFileSync(wasmPath);
    const glue = readFileSync(join(out, `${BIN}.js`));
    const name = `${BIN}-${hash(Buffer.concat([glue, wasm]))}`;
    writeFileSync(join(dir, `${name}.js`), glue);
    writeFileSync(join(dir, `${name}_bg.wasm`), wasm);
    // The snippets are the library's (src/browser/*.js), as index.html's are.
    cpSync(join(out, 'snippets'), join(dir, 'snippets'), { recursive: true });

    const boot = bootScript(`${name}.js`, `${name}_bg.wasm`);
    const bootName = `boot-${hash(boot)}.js`;
    writeFileSync(join(dir, bootName), boot);
    let html = indexHtml.replace(/<script type="module" src="\.\/boot-[0-9a-f]{16}\.js"><\/script>/, `<script type="module" src="./${bootName}"></script>`);
    // Trunk's preloads of index.html's bundle become this bundle's.
    html = html.replace(/<link rel="(?:modulepreload|preload)" href="\.\/[^"]+"[^>]*>/g, '');
    const preloads = [
      `<link rel="modulepreload" href="./${name}.js" crossorigin="anonymous" integrity="${integrity(glue)}">`,
      `<link rel="preload" href="./${name}_bg.wasm" crossorigin="anonymous" integrity="${integrity(wasm)}" as="fetch" type="application/wasm">`,
    ];
    html = html.replace('</head>', `${preloads.join('')}</head>`);
    if (html.includes(mainBundle.js) || html.includes(mainBundle.wasm) || !html.includes(bootName)) {
      throw new Error('staff.html could not be made from index.html');
    }
    writeFileSync(join(dir, 'staff.html'), html);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
