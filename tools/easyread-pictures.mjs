#!/usr/bin/env node
// Copies the Easy Read pictures from OpenMoji into assets/easyread/, as
// assets/easyread/sources.json lists them (file name → OpenMoji hexcode).
// To refresh them or add one: edit sources.json (its "openmoji" version and
// its pictures), then
//   npm pack openmoji@<version> --pack-destination /tmp && tar -xzf /tmp/openmoji-<version>.tgz -C /tmp
//   node tools/easyread-pictures.mjs /tmp/package
// and name any new file in src/screens/components/picture.rs.
import { copyFileSync, readFileSync, readdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';

const [, , openmoji] = process.argv;
if (!openmoji) {
  console.error('usage: node tools/easyread-pictures.mjs <unpacked openmoji package folder>');
  process.exit(2);
}
const folder = new URL('../assets/easyread/', import.meta.url).pathname;
const sources = JSON.parse(readFileSync(join(folder, 'sources.json'), 'utf8'));
const version = JSON.parse(readFileSync(join(openmoji, 'package.json'), 'utf8')).version;
if (version !== sources.openmoji) {
  console.error(`sources.json names OpenMoji ${sources.openmoji}, but ${openmoji} has ${version}`);
  process.exit(1);
}
for (const file of readdirSync(folder).filter((name) => name.endsWith('.svg'))) unlinkSync(join(folder, file));
for (const [name, hexcode] of Object.entries(sources.pictures)) {
  copyFileSync(join(openmoji, 'color', 'svg', `${hexcode}.svg`), join(folder, `${name}.svg`));
}
console.log(`copied ${Object.keys(sources.pictures).length} pictures from OpenMoji ${version}`);
