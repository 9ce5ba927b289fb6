// The JSON Schema a trust's web team can use in an editor gives the file's
// structure only; imha-check is the one checker of its rules. The example
// passes both; every invalid example fails imha-check, and the schema too
// when what is wrong is the structure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';

const schema = JSON.parse(readFileSync('embed/provider-config.schema.json', 'utf8'));
const validate = new Ajv2020({ allErrors: true }).compile(schema);
const folder = mkdtempSync(join(tmpdir(), 'configs-'));
const invalid = JSON.parse(readFileSync('tests/configs/invalid.json', 'utf8'));

/** The imha-check that `cargo test` (run first by tools/test) built. */
const binary = [process.env.CARGO_TARGET_DIR, 'target']
  .filter(Boolean)
  .map((dir) => resolve(dir, 'debug', process.platform === 'win32' ? 'imha-check.exe' : 'imha-check'))
  .find(existsSync);

/** imha-check --config, as a trust's web team runs it. */
function imhaCheck(config) {
  assert.ok(binary, 'no debug imha-check: run cargo build --bin imha-check (or cargo test) first');
  const file = join(folder, 'providers.json');
  writeFileSync(file, typeof config === 'string' ? config : JSON.stringify(config));
  try {
    execFileSync(binary, ['--config', file], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

test('the example configuration and the shipped empty one are valid for the schema and imha-check', () => {
  for (const file of ['embed/providers.example.json', 'embed/providers.json']) {
    const config = JSON.parse(readFileSync(file, 'utf8'));
    assert.ok(validate(config), `${file}: ${JSON.stringify(validate.errors)}`);
    assert.ok(imhaCheck(config), `${file} passes imha-check`);
  }
});

test('every invalid example is refused by imha-check', () => {
  for (const { why, config } of invalid) {
    assert.equal(imhaCheck(config), false, `imha-check should refuse ${why}`);
  }
});

test('the schema refuses what is wrong with the structure', () => {
  for (const { why, config } of invalid.filter((c) => c.structure)) {
    assert.equal(validate(config), false, `the schema should refuse ${why}`);
  }
});

test('the schema leaves phone numbers, links, email, colours, keys and text to imha-check', () => {
  for (const { why, config } of invalid.filter((c) => !c.structure)) {
    assert.ok(validate(config), `the schema should leave ${why} to imha-check: ${JSON.stringify(validate.errors)}`);
  }
});
