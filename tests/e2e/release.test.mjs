// The release a trust's web team installs (tools/release): packaged here from
// the dist/ that tools/test has just built, it must hold every file of dist/,
// checksums that sha256sum -c accepts, a valid CycloneDX SBOM that lists every
// crate cargo compiles into the WebAssembly and every shipped file that is not
// a crate, and notices that name all of them with their licences.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';

const OUT = 'target/release-check';
const ADDED = ['SHA256SUMS', 'THIRD-PARTY-NOTICES.txt', 'sbom.cdx.json'];
const release = {};

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
const run = (command, args, options = {}) => execFileSync(command, args, { encoding: 'utf8', ...options });
const filesIn = (dir) => readdirSync(dir, { recursive: true })
  .filter((name) => statSync(join(dir, name)).isFile())
  .sort();
const packageRelease = (dist, out) => spawnSync('tools/package-release', [dist, out], { encoding: 'utf8' });
const cratesBuilt = (...edges) => new Set(run('cargo', ['tree', '--locked', '--target', 'wasm32-unknown-unknown',
  '--prefix', 'none', '--format', '{p}', '-e', edges.join(',')])
  .split('\n').filter(Boolean).map((line) => line.replace(/ \(.*/, '').replace(/ v(?=\d)/, ' ')));

before(() => {
  const packaged = packageRelease('dist', OUT);
  assert.equal(packaged.status, 0, packaged.stderr);
  const archive = readdirSync(OUT).find((name) => name.endsWith('.tar.gz'));
  release.name = archive.replace(/\.tar\.gz$/, '');
  release.archive = join(OUT, archive);
  release.unpacked = mkdtempSync(join(tmpdir(), 'release-'));
  run('tar', ['-xzf', release.archive, '-C', release.unpacked]);
  release.folder = join(release.unpacked, release.name);
  release.sbom = JSON.parse(readFileSync(join(release.folder, 'sbom.cdx.json'), 'utf8'));
  release.notices = readFileSync(join(release.folder, 'THIRD-PARTY-NOTICES.txt'), 'utf8');
  release.compiled = cratesBuilt('normal');
  const app = release.sbom.metadata.component;
  release.compiled.delete(`${app.name} ${app.version}`);
  release.metadata = JSON.parse(run('cargo', ['metadata', '--locked', '--format-version', '1',
    '--filter-platform', 'wasm32-unknown-unknown']));
  release.licence = new Map(release.metadata.packages.map((krate) => [`${krate.name} ${krate.version}`, krate.license]));
});

test('the archive holds one folder with every file of dist/, byte for byte, and the notices, SBOM and checksums', () => {
  assert.match(release.name, /^imha-rights-checker-\d+\.\d+\.\d+(-g[0-9a-f]{7}(-dirty)?)?$/);
  assert.deepEqual(readdirSync(release.unpacked), [release.name]);
  const dist = filesIn('dist');
  assert.deepEqual(filesIn(release.folder), [...dist, ...ADDED].sort());
  for (const file of dist) {
    assert.equal(sha256(readFileSync(join(release.folder, file))), sha256(readFileSync(join('dist', file))), file);
  }
});

test('SHA256SUMS gives every file of the release its hash, and sha256sum -c accepts them and the archive', () => {
  const sums = readFileSync(join(release.folder, 'SHA256SUMS'), 'utf8').trimEnd().split('\n')
    .map((line) => line.match(/^([0-9a-f]{64}) {2}(.+)$/).slice(1));
  assert.deepEqual(sums.map(([, file]) => file), filesIn(release.folder).filter((file) => file !== 'SHA256SUMS'));
  for (const [hash, file] of sums) assert.equal(hash, sha256(readFileSync(join(release.folder, file))), file);
  run('sha256sum', ['--check', '--strict', '--quiet', 'SHA256SUMS'], { cwd: release.folder });
  run('sha256sum', ['--check', '--strict', '--quiet', `${release.name}.tar.gz.sha256`], { cwd: OUT });
});

test('the SBOM is valid CycloneDX 1.5', () => {
  const schemas = 'node_modules/@cyclonedx/cyclonedx-library/res/schema/';
  const schema = (file) => JSON.parse(readFileSync(join(schemas, file), 'utf8'));
  // The schema's formats, as the CycloneDX library checks them (it accepts any iri-reference).
  const ajv = new Ajv({
    allErrors: true,
    strict: false,
    formats: {
      'date-time': (text) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i.test(text) && !Number.isNaN(Date.parse(text)),
      'idn-email': /^[^\s@]+@[^\s@]+$/u,
      'iri-reference': true,
      uri: (text) => URL.canParse(text),
    },
  });
  for (const file of ['spdx.SNAPSHOT.schema.json', 'jsf-0.82.SNAPSHOT.schema.json']) {
    ajv.addSchema(schema(file), `http://cyclonedx.org/schema/${file}`);
  }
  const validate = ajv.compile(schema('bom-1.5.SNAPSHOT.schema.json'));
  assert.equal(release.sbom.specVersion, '1.5');
  assert.ok(validate(release.sbom), JSON.stringify(validate.errors?.slice(0, 5), null, 1));
});

test('the SBOM lists every normal dependency cargo metadata gives for wasm32, and as required exactly those cargo compiles', () => {
  const { metadata } = release;
  const nodes = new Map(metadata.resolve.nodes.map((node) => [node.id, node]));
  const packages = new Map(metadata.packages.map((krate) => [krate.id, `${krate.name} ${krate.version}`]));
  const normal = new Set();
  const visit = (id) => {
    for (const dependency of nodes.get(id).deps) {
      if (!dependency.dep_kinds.some((kind) => kind.kind === null) || normal.has(dependency.pkg)) continue;
      normal.add(dependency.pkg);
      visit(dependency.pkg);
    }
  };
  visit(metadata.resolve.root);
  const listed = new Set(release.sbom.components.map((component) => `${component.name} ${component.version}`));
  const missing = [...normal].map((id) => packages.get(id)).filter((krate) => !listed.has(krate));
  assert.deepEqual(missing, [], 'crates cargo metadata names that the SBOM does not');
  const crates = release.sbom.components.filter((component) => component.purl?.startsWith('pkg:cargo/'));
  const required = crates.filter((component) => component.scope === 'required').map((component) => `${component.name} ${component.version}`);
  assert.deepEqual(required.sort(), [...release.compiled].sort());
});

test('the SBOM lists what is shipped but is not a crate: the Rust standard library, the wasm-bindgen JavaScript, each OpenMoji picture', () => {
  const named = (name) => release.sbom.components.find((component) => component.name === name);
  assert.equal(named('Rust standard library').version, run('rustc', ['--version']).split(' ')[1]);
  const glue = filesIn('dist').find((file) => /^imha-rights-checker-[0-9a-f]{16}\.js$/.test(file));
  assert.equal(named(glue).hashes[0].content, sha256(readFileSync(join('dist', glue))));
  const openmoji = named('openmoji');
  assert.deepEqual(openmoji.licenses, [{ license: { id: 'CC-BY-SA-4.0' } }]);
  const pictures = filesIn('dist').filter((file) => file.endsWith('.svg'));
  assert.deepEqual(openmoji.components.map((picture) => picture.name).sort(), pictures);
  for (const picture of openmoji.components) {
    assert.equal(picture.hashes[0].content, sha256(readFileSync(join('dist', picture.name))), picture.name);
  }
});

test('the notices name every compiled crate with its licence, every file of the release, and OpenMoji with its licence', () => {
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const krate of release.compiled) {
    const entry = release.notices.match(new RegExp(`^${escape(krate)}( \\*)?\n {4}(.+), used under (.+): https://\\S+$`, 'm'));
    assert.ok(entry, `${krate} is not in the notices`);
    // Cargo's old "MIT/Apache-2.0" means MIT OR Apache-2.0, as cargo-about writes it.
    const licence = release.licence.get(krate).replace(/\s*\/\s*/g, ' OR ').replace(/\s+/g, ' ');
    assert.equal(entry[2], licence, `${krate}: its licence`);
  }
  for (const file of filesIn('dist')) assert.ok(release.notices.includes(`    ${file}\n`), `${file} is not in the notices`);
  const { openmoji } = JSON.parse(readFileSync('assets/easyread/sources.json', 'utf8'));
  assert.ok(release.notices.includes(`OpenMoji ${openmoji} – the open-source emoji and icon project`));
  assert.match(release.notices, /Attribution-ShareAlike 4\.0 International licence \(CC BY-SA 4\.0\)/);
  assert.match(release.notices, /Permission is hereby granted, free of charge/);
  assert.match(release.notices, /Apache License\s+Version 2\.0, January 2004/);
});

test('the same dist/ packaged again gives the same archive, byte for byte', () => {
  const again = mkdtempSync(join(tmpdir(), 'release-again-'));
  assert.equal(packageRelease('dist', again).status, 0);
  assert.equal(sha256(readFileSync(join(again, `${release.name}.tar.gz`))), sha256(readFileSync(release.archive)));
});

test('a file in dist/ whose origin the release does not know stops the packaging', () => {
  const dist = mkdtempSync(join(tmpdir(), 'dist-'));
  cpSync('dist', dist, { recursive: true });
  writeFileSync(join(dist, 'font.woff2'), 'not from here');
  const packaged = packageRelease(dist, mkdtempSync(join(tmpdir(), 'release-unknown-')));
  assert.notEqual(packaged.status, 0);
  assert.match(packaged.stderr, /font\.woff2: not known where it comes from/);
});
