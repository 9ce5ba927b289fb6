// The JSON Schema a trust's web team can use agrees with imha-check: the
// example passes both, and every invalid example fails both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';

const schema = JSON.parse(readFileSync('embed/provider-config.schema.json', 'utf8'));
const validate = new Ajv2020({ allErrors: true }).compile(schema);
const folder = mkdtempSync(join(tmpdir(), 'configs-'));

/** imha-check --config, as a trust's web team runs it. */
function imhaCheck(config) {
  const file = join(folder, 'providers.json');
  writeFileSync(file, typeof config === 'string' ? config : JSON.stringify(config));
  try {
    execFileSync('cargo', ['run', '-q', '--bin', 'imha-check', '--', '--config', file], { stdio: 'pipe' });
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

test('every invalid example is refused by the schema and by imha-check', () => {
  for (const { why, config } of JSON.parse(readFileSync('tests/configs/invalid.json', 'utf8'))) {
    assert.equal(validate(config), false, `the schema should refuse ${why}`);
    assert.equal(imhaCheck(config), false, `imha-check should refuse ${why}`);
  }
});
