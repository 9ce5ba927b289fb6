// Writes a release's software bill of materials (sbom.cdx.json, CycloneDX 1.5)
// and its third-party notices (THIRD-PARTY-NOTICES.txt) into the release's
// folder. Run by tools/package-release, which gives it what the maintained
// tools said:
//   --crates FILE    cargo-cyclonedx's SBOM of the app's crates (wasm32 target,
//                    no build or dev dependencies)
//   --licences FILE  cargo-about's JSON: each compiled crate's licence, and the
//                    licence texts found in the crates' own files
//   --compiled FILE  `cargo tree -e normal --target wasm32-unknown-unknown`:
//                    the crates the Wasm build compiles, one "name version" a line
//   --linked FILE    the same with `-e normal,no-proc-macro`: without the
//                    procedural macros and what only they use
//   --release NAME   e.g. imha-rights-checker-0.1.0
//   FOLDER           the release's folder, a copy of dist/
// The crates in the SBOM are cargo-cyclonedx's, unchanged but for two things
// it cannot know: which of them the Wasm build does not compile (see
// `notCompiled`), and the checkout's path in its references. What is not a
// crate (the Rust standard library, the JavaScript wasm-bindgen writes, the
// OpenMoji pictures) is added here, as the notices list it.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';

const { values: options, positionals } = parseArgs({
  options: {
    crates: { type: 'string' },
    licences: { type: 'string' },
    compiled: { type: 'string' },
    linked: { type: 'string' },
    release: { type: 'string' },
  },
  allowPositionals: true,
});
const [folder] = positionals;
for (const name of ['crates', 'licences', 'compiled', 'linked', 'release']) {
  if (!options[name] || !folder) {
    console.error('usage: node tools/release-documents.mjs --crates F --licences F --compiled F --linked F --release NAME FOLDER');
    process.exit(2);
  }
}

const SBOM_FILE = 'sbom.cdx.json';
const NOTICES_FILE = 'THIRD-PARTY-NOTICES.txt';
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');
const tool = (command, ...args) => execFileSync(command, args, { encoding: 'utf8' }).trim();

/** Every file of the folder, as a path relative to it with forward slashes. */
function filesIn(dir) {
  return readdirSync(dir, { recursive: true })
    .map((name) => name.split('\\').join('/'))
    .filter((name) => statSync(join(dir, name)).isFile())
    .sort();
}

const crates = readJson(options.crates);
const licences = readJson(options.licences);
const crateList = (file) => new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean));
const compiled = crateList(options.compiled);
const linked = crateList(options.linked);
const pictures = readJson('assets/easyread/sources.json');
const app = crates.metadata.component;
const rustc = tool('rustc', '--version'); // "rustc 1.95.0 (59807616e 2026-04-14)"
const rustVersion = rustc.split(' ')[1];
const wasmBindgen = crates.components.find((component) => component.name === 'wasm-bindgen').version;
const aboutVersion = tool('cargo', 'about', '--version').split(' ')[1];
const files = filesIn(folder).filter((name) => name !== SBOM_FILE && name !== NOTICES_FILE && name !== 'SHA256SUMS');

// Where each file of dist/ comes from. A file no rule knows stops the release:
// whoever adds it says here where it comes from and under what licence.
const OWN = 'the app’s own files (MIT OR Apache-2.0, section 1)';
const ORIGINS = [
  [/^assets\/easyread\/(.+)\.svg$/, (name) => {
    const hexcode = pictures.pictures[name];
    if (!hexcode) throw new Error(`assets/easyread/${name}.svg is not in assets/easyread/sources.json`);
    return `OpenMoji ${pictures.openmoji} pictures (CC BY-SA 4.0, section 3)`;
  }],
  [/^imha-rights-checker-[0-9a-f]{16}_bg\.wasm$/, () =>
    'the app’s Rust code compiled with the Rust standard library and the crates of section 4'],
  [/^imha-rights-checker-[0-9a-f]{16}\.js$/, () =>
    `written by wasm-bindgen-cli ${wasmBindgen} to load the WebAssembly (MIT OR Apache-2.0, section 4)`],
  [/^(index\.html|embed\.js|boot-[0-9a-f]{16}\.js|main-[0-9a-f]{16}\.css|iframe-host\.js|listen\.js)$/, () => OWN],
  [/^(providers\.json|providers\.example\.json|provider-config\.schema\.json|assets\/easyread\/sources\.json)$/, () => OWN],
  [/^locales\/(review\/)?[A-Za-z0-9-]+\.(ftl|terms\.toml)$/, () => OWN],
  [/^snippets\/imha-rights-checker-[0-9a-f]{16}\/src\/browser\/[a-z_-]+\.js$/, () => OWN],
];
const origins = files.map((file) => {
  const rule = ORIGINS.find(([pattern]) => pattern.test(file));
  if (!rule) throw new Error(`${file}: not known where it comes from; add it to ORIGINS in tools/release-documents.mjs`);
  return [file, rule[1](...file.match(rule[0]).slice(1))];
});

// --- The SBOM -------------------------------------------------------------

// cargo metadata, which cargo-cyclonedx reads, switches on the features the
// dev-dependencies ask for (yew's "ssr" for the tests), so its graph holds a few
// crates that the Wasm build never compiles. They stay listed, as excluded.
const notCompiled = (component) => !compiled.has(`${component.name} ${component.version}`);
for (const component of crates.components) {
  if (notCompiled(component)) {
    component.scope = 'excluded';
    (component.properties ??= []).push({
      name: 'imha-rights-checker:not-compiled',
      value: 'in cargo metadata’s graph (features switched on by dev-dependencies) but not compiled into the WebAssembly',
    });
  } else if (!linked.has(`${component.name} ${component.version}`)) {
    (component.properties ??= []).push({
      name: 'imha-rights-checker:compile-time',
      value: 'a procedural macro, or used only by them: runs while the app is compiled; what it writes is compiled in',
    });
  }
}

const appRef = app['bom-ref'];
const stdRef = `rust-std@${rustVersion}`;
const glueRef = 'wasm-bindgen-cli-output';
const openmojiRef = `pkg:npm/openmoji@${pictures.openmoji}`;
const fileHashes = (file) => [{ alg: 'SHA-256', content: sha256(join(folder, file)) }];
const glue = files.find((file) => /^imha-rights-checker-[0-9a-f]{16}\.js$/.test(file));
const added = [
  {
    type: 'library',
    'bom-ref': stdRef,
    name: 'Rust standard library',
    version: rustVersion,
    description: `core, alloc and std, compiled into the WebAssembly by ${rustc}, with the crates the standard library is built from (see the Rust project's COPYRIGHT file)`,
    scope: 'required',
    licenses: [{ expression: 'MIT OR Apache-2.0' }],
    externalReferences: [
      { type: 'website', url: 'https://www.rust-lang.org/' },
      { type: 'vcs', url: 'https://github.com/rust-lang/rust' },
    ],
  },
  {
    type: 'file',
    'bom-ref': glueRef,
    name: glue,
    version: wasmBindgen,
    description: `The JavaScript that loads the WebAssembly, written by wasm-bindgen-cli ${wasmBindgen}`,
    scope: 'required',
    hashes: fileHashes(glue),
    licenses: [{ expression: 'MIT OR Apache-2.0' }],
    externalReferences: [{ type: 'vcs', url: 'https://github.com/wasm-bindgen/wasm-bindgen' }],
  },
  {
    type: 'library',
    'bom-ref': openmojiRef,
    name: 'openmoji',
    version: pictures.openmoji,
    description: 'OpenMoji – the open-source emoji and icon project (HfG Schwäbisch Gmünd): the Easy Read pictures, copied unchanged',
    scope: 'required',
    copyright: 'OpenMoji – the open-source emoji and icon project, HfG Schwäbisch Gmünd',
    licenses: [{ license: { id: 'CC-BY-SA-4.0' } }],
    purl: openmojiRef,
    externalReferences: [
      { type: 'website', url: 'https://openmoji.org/' },
      { type: 'vcs', url: 'https://github.com/hfg-gmuend/openmoji' },
    ],
    components: Object.entries(pictures.pictures).map(([name, hexcode]) => ({
      type: 'file',
      'bom-ref': `${openmojiRef}#${hexcode}`,
      name: `assets/easyread/${name}.svg`,
      version: pictures.openmoji,
      hashes: fileHashes(`assets/easyread/${name}.svg`),
      licenses: [{ license: { id: 'CC-BY-SA-4.0' } }],
      properties: [{ name: 'openmoji:hexcode', value: hexcode }],
    })),
  },
];
const sbom = {
  ...crates,
  metadata: {
    ...crates.metadata,
    tools: [...crates.metadata.tools, { name: 'tools/release-documents.mjs', version: options.release }],
    properties: [...(crates.metadata.properties ?? []), { name: 'imha-rights-checker:release', value: options.release }],
  },
  components: [...crates.components, ...added],
  dependencies: crates.dependencies.map((dependency) =>
    dependency.ref === appRef
      ? { ...dependency, dependsOn: [...(dependency.dependsOn ?? []), stdRef, glueRef, openmojiRef] }
      : dependency),
};
// cargo-cyclonedx names the app by the checkout's absolute path; name it by
// the repository instead, so that the same commit gives the same file anywhere.
const checkout = `path+file://${process.cwd()}#`;
writeFileSync(join(folder, SBOM_FILE),
  `${JSON.stringify(sbom, null, 2).split(checkout).join('path+file:///imha-rights-checker#')}\n`);

// --- The notices ------------------------------------------------------------

const rule = (title) => `\n${'='.repeat(78)}\n${title}\n${'='.repeat(78)}\n`;
const isApp = (krate) => krate.name === app.name && krate.version === app.version;
const compiledCrates = licences.crates.map((entry) => entry.package).filter((krate) => !isApp(krate));
const usedUnder = (krate) => licences.licenses
  .filter((licence) => licence.used_by.some((use) => use.crate.id === krate.id))
  .map((licence) => licence.id)
  .filter((id, index, all) => all.indexOf(id) === index);
for (const krate of compiledCrates) {
  if (usedUnder(krate).length === 0) throw new Error(`cargo-about gave no licence text for ${krate.name} ${krate.version}`);
}

const lines = [
  'THIRD-PARTY NOTICES',
  `${options.release}: IMHA rights checker`,
  '',
  'What this release contains that others made, the licence it is used under',
  'here, and the licence texts those licences require to be passed on with it.',
  `Made by tools/package-release with cargo-about ${aboutVersion} (the Rust crates and`,
  'their licence texts, read from each crate’s own files) and',
  'assets/easyread/sources.json (the pictures). sbom.cdx.json lists the same',
  'components as a CycloneDX software bill of materials.',
  rule('1. THE APP'),
  `IMHA rights checker ${app.version}, licensed MIT OR Apache-2.0 (its Cargo.toml), at your`,
  'choice; the two licence texts are in section 5.',
  rule('2. WHERE EACH FILE OF THE RELEASE COMES FROM'),
  ...[...new Set(origins.map(([, origin]) => origin))].flatMap((origin) => [
    `${origin.charAt(0).toUpperCase()}${origin.slice(1)}:`,
    ...origins.filter(([, from]) => from === origin).map(([file]) => `    ${file}`),
  ]),
  rule('3. PICTURES'),
  `OpenMoji ${pictures.openmoji} – the open-source emoji and icon project, https://openmoji.org/`,
  'by HfG Schwäbisch Gmünd, licensed under the Creative Commons',
  'Attribution-ShareAlike 4.0 International licence (CC BY-SA 4.0):',
  'https://creativecommons.org/licenses/by-sa/4.0/',
  'The Easy Read pages credit OpenMoji in their footer. The files are copied',
  `unchanged from the npm package openmoji ${pictures.openmoji} (file, OpenMoji emoji code):`,
  ...Object.entries(pictures.pictures).map(([name, hexcode]) => `    assets/easyread/${name}.svg  ${hexcode}`),
  rule('4. COMPILED INTO THE WEBASSEMBLY'),
  `The Rust standard library (core, alloc, std), ${rustc}:`,
  '    MIT OR Apache-2.0, https://github.com/rust-lang/rust (the crates the',
  '    standard library is built from are listed in its COPYRIGHT file)',
  `The JavaScript that loads the WebAssembly, written by wasm-bindgen-cli ${wasmBindgen}:`,
  '    MIT OR Apache-2.0, https://github.com/wasm-bindgen/wasm-bindgen',
  '',
  `The Rust crates (${compiledCrates.length}): name and version; licence, the one used here, and repository.`,
  'Crates marked * are procedural macros and their dependencies: they run while',
  'the app is compiled, and what they write is compiled in.',
  '',
  ...compiledCrates.map((krate) => {
    const macro = linked.has(`${krate.name} ${krate.version}`) ? '' : ' *';
    const repository = krate.repository ?? `https://crates.io/crates/${krate.name}`;
    return `${krate.name} ${krate.version}${macro}\n    ${krate.license.replace(/\s+/g, ' ')}, used under ${usedUnder(krate).join(' AND ')}: ${repository}`;
  }),
  rule('5. LICENCE TEXTS'),
  'Each text once for the crates whose files give that same text. Where a crate',
  'ships no licence file, the licence’s standard text is given, and its',
  'copyright holders are its authors, as its Cargo.toml names them.',
  'The app (section 1) is offered under the standard MIT and Apache-2.0 texts.',
];
for (const licence of licences.licenses) {
  const users = licence.used_by.map((use) => use.crate).filter((krate) => !isApp(krate));
  if (users.length === 0) continue;
  lines.push(`\n${'-'.repeat(78)}\n${licence.name} (${licence.id})`);
  lines.push(`Used by: ${users.map((krate) => `${krate.name} ${krate.version}`).join(', ')}`);
  if (!licence.source_path) {
    lines.push('Standard text: these crates ship no licence file. Copyright holders:');
    for (const krate of users) lines.push(`    ${krate.name}: ${krate.authors.length ? krate.authors.join(', ') : 'its authors'}`);
  }
  lines.push('', licence.text.trimEnd());
}
writeFileSync(join(folder, NOTICES_FILE), `${lines.join('\n')}\n`);

