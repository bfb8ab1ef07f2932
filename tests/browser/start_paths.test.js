// How the WebAssembly reaches the widget. Where the page allows connections: fetched from
// case-decoder.wasm and compiled as it downloads (compileStreaming), or compiled whole when the
// server sends another type. Where it cannot be fetched (the page's own policy says connect-src
// 'none', a policy sent as a header refuses it, the server lacks the file): the script form,
// case-decoder.wasm.js, decoded by Uint8Array.fromBase64 (else atob) and inflated by the browser's
// DecompressionStream or, without one, by the small inflate in JavaScript. Every path must reach the same report, with no error and no request beyond
// the page's own files.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { DIST, demoArticleWithoutPolicy, launch, startServer, openPage, waitReady, widget, assertClean, assertQuestions } = require('./helpers');

let browser, server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { if (server) await server.stop(); if (browser) await browser.close(); });

// Counts what the start-up used, and takes away what `remove` names.
const spy = (remove) => `
  window.__used = { inflateStreams: 0, fromBase64: 0, compileStreaming: 0, compile: 0, violations: [] };
  const fromBase64 = Uint8Array.fromBase64;
  if (fromBase64) Uint8Array.fromBase64 = function () { window.__used.fromBase64++; return fromBase64.apply(this, arguments); };
  const Native = window.DecompressionStream;
  if (Native) window.DecompressionStream = function (format) { window.__used.inflateStreams++; return new Native(format); };
  const streaming = WebAssembly.compileStreaming, whole = WebAssembly.compile;
  WebAssembly.compileStreaming = function () { window.__used.compileStreaming++; return streaming.apply(this, arguments); };
  WebAssembly.compile = function () { window.__used.compile++; return whole.apply(this, arguments); };
  document.addEventListener('securitypolicyviolation', (e) => window.__used.violations.push(e.violatedDirective + ' ' + e.blockedURI));
  for (const name of ${JSON.stringify(remove)}) {
    const [owner, key] = name.includes('.') ? [window[name.split('.')[0]], name.split('.')[1]] : [window, name];
    delete owner[key];
  }
`;

// The demo article with its <meta> policy taken out (a publisher with no policy), or `csp` sent as
// a header instead.
const withoutMetaPolicy = demoArticleWithoutPolicy();

async function startsOn(url, { remove = [], routes = [], expectErrors = null } = {}) {
  const { page, context, log } = await openPage(browser, 'about:blank', { allowOrigin: server.origin + '/', initScript: spy(remove) });
  try {
    for (const [pattern, handler] of routes) await page.route(pattern, handler);
    log.requests.length = 0;
    await page.goto(url);
    await page.$eval('case-decoder', (el) => el.scrollIntoView());
    await waitReady(page);
    assertQuestions(await widget(page).report(), url);
    if (expectErrors) {
      assert.ok(log.errors.length > 0 && log.errors.every((e) => expectErrors.test(e)), log.errors.join('\n'));
      log.errors.length = 0;
    }
    assertClean(log, `start on ${url} without ${remove.join(', ') || 'nothing taken away'}`);
    const asked = (name) => log.requests.filter((u) => u.endsWith('/' + name)).length;
    return { used: await page.evaluate(() => window.__used), wasmFile: asked('case-decoder.wasm'), wasmScript: asked('case-decoder.wasm.js') };
  } finally {
    await context.close();
  }
}

const plainArticle = (headers = {}) => ['**/plain.html', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', headers, body: withoutMetaPolicy })];

test('where the page allows connections, the WebAssembly is fetched and compiled as it downloads', async () => {
  const r = await startsOn(server.origin + '/plain.html', { routes: [plainArticle()] });
  assert.deepEqual([r.wasmFile, r.wasmScript], [1, 0]);
  assert.equal(r.used.compileStreaming, 1);
  assert.equal(r.used.inflateStreams, 0, 'nothing to inflate');
});

test('a server that sends the WebAssembly with another type: compiled whole, still fetched once', async () => {
  const wasm = fs.readFileSync(path.join(DIST, 'case-decoder.wasm'));
  const r = await startsOn(server.origin + '/plain.html', {
    routes: [plainArticle(), ['**/case-decoder.wasm', (route) => route.fulfill({ contentType: 'application/octet-stream', body: wasm })]] });
  assert.deepEqual([r.wasmFile, r.wasmScript], [1, 0]);
  assert.deepEqual([r.used.compileStreaming, r.used.compile], [0, 1]);
});

test('a server without the file: the script form instead', async () => {
  const r = await startsOn(server.origin + '/plain.html', {
    routes: [plainArticle(), ['**/case-decoder.wasm', (route) => route.fulfill({ status: 404, body: 'not here' })]],
    expectErrors: /404/ });
  assert.deepEqual([r.wasmFile, r.wasmScript], [1, 1]);
});

test('a policy sent as a header that refuses connections: the script form instead', async () => {
  const policy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:";
  const r = await startsOn(server.origin + '/plain.html', { routes: [plainArticle({ 'Content-Security-Policy': policy })], expectErrors: /Content Security Policy|connect-src/ });
  assert.equal(r.wasmScript, 1);
  assert.ok(r.used.violations.every((v) => v.startsWith('connect-src') && v.endsWith('/case-decoder.wasm')), r.used.violations.join('\n'));
});

test('a publisher who asks for the script form (data-wasm="script") gets it, on a page that allows connections', async () => {
  const asked = withoutMetaPolicy.replace('<script src="case-decoder.js">', '<script src="case-decoder.js" data-wasm="script">');
  assert.notEqual(asked, withoutMetaPolicy);
  const r = await startsOn(server.origin + '/plain.html', {
    routes: [['**/plain.html', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: asked })]] });
  assert.deepEqual([r.wasmFile, r.wasmScript], [0, 1]);
});

test('the demo article says connect-src \'none\' in a <meta>: no fetch is tried, the script form comes, Uint8Array.fromBase64 decodes it and DecompressionStream inflates it', async () => {
  const r = await startsOn(server.origin + '/index.html');
  assert.deepEqual([r.wasmFile, r.wasmScript], [0, 1]);
  assert.deepEqual(r.used.violations, [], 'the policy was never tripped');
  assert.deepEqual([r.used.fromBase64, r.used.inflateStreams], [1, 1]);
});

test('without DecompressionStream and Uint8Array.fromBase64, atob and the inflate in JavaScript do it', async () => {
  const r = await startsOn(server.origin + '/index.html', { remove: ['DecompressionStream', 'Uint8Array.fromBase64'] });
  assert.equal(r.wasmScript, 1);
  assert.deepEqual([r.used.fromBase64, r.used.inflateStreams], [0, 0]);
});
