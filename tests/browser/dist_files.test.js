// What dist/ holds for publishers: the precompressed copies are the same files, and dist/ packs as
// an npm package holding exactly the files a site needs.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { execFileSync } = require('node:child_process');
const { DIST } = require('./helpers');

test('the .gz and .br copies decompress to the served files, byte for byte', () => {
  for (const name of ['case-decoder.js', 'case-decoder.app.js', 'case-decoder.wasm', 'case-decoder.wasm.js', 'case-decoder.es.js']) {
    const file = fs.readFileSync(path.join(DIST, name));
    assert.ok(file.length > 10000, `${name} is there`);
    assert.ok(zlib.gunzipSync(fs.readFileSync(path.join(DIST, name + '.gz'))).equals(file), `${name}.gz`);
    assert.ok(zlib.brotliDecompressSync(fs.readFileSync(path.join(DIST, name + '.br'))).equals(file), `${name}.br`);
  }
});

test('dist/ packs as an npm package with the widget, its module, its WebAssembly (file and script), its Spanish pack, the offline page and nothing else', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(DIST, 'package.json'), 'utf8'));
  assert.equal(pkg.name, 'case-decoder');
  assert.match(pkg.version, /^\d+\.\d+\.\d+$/);
  assert.equal(pkg.private, true, 'not publishable by mistake until the owners choose a licence');
  assert.equal(pkg.exports['.'], './case-decoder.js');
  for (const name of ['case-decoder.app.js', 'case-decoder.wasm', 'case-decoder.wasm.js', 'case-decoder.es.js', 'case-decoder.html'])
    assert.ok(pkg.files.includes(name), `package.json lists ${name}`);
  const out = execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: DIST, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'silent' } });
  const [info] = JSON.parse(out);
  const packed = info.files.map((f) => f.path).sort();
  assert.deepEqual(packed, [...pkg.files, 'package.json'].sort());
  assert.equal(info.name, 'case-decoder');
  assert.equal(info.filename, `case-decoder-${pkg.version}.tgz`);
});
