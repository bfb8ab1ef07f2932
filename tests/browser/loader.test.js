// The page's script is small: it defines <case-decoder>, reserves the widget's box, and adds the
// module (case-decoder.app.js) and its WebAssembly (case-decoder.wasm, or case-decoder.wasm.js where
// the page allows no connections) when the widget comes near the viewport, at once when it is
// already near, or with loading="eager". A reader who never scrolls to the widget never downloads them.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { DIST, launch, startServer, openPage, waitReady, waitFor, assertClean } = require('./helpers');

let browser, server;
before(async () => { browser = await launch(); server = await startServer(DIST); });
after(async () => { if (server) await server.stop(); if (browser) await browser.close(); });

const gzipKiB = (name) => zlib.gzipSync(fs.readFileSync(path.join(DIST, name)), { level: 9 }).length / 1024;

// An article served beside dist/'s files with the widget `below` px down the page.
async function openArticle({ below, loading = null, initScript, prepare }) {
  const url = `${server.origin}/long-article.html`;
  const { page, context, log } = await openPage(browser, 'about:blank', { allowOrigin: server.origin + '/', height: 800, initScript });
  const attr = loading ? ` loading="${loading}"` : '';
  await page.route(url, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">' +
          '<script src="case-decoder.js"></script></head><body style="margin:0">' +
          `<div id="text" style="height:${below}px">The article.</div>` +
          `<case-decoder height="700"${attr}></case-decoder><p id="after">After the widget.</p></body></html>`,
  }));
  if (prepare) await prepare(page);
  log.requests.length = 0;
  await page.goto(url);
  return { page, context, log };
}

const asked = (log, name) => log.requests.filter((u) => u.endsWith('/' + name)).length;
const box = (page) => page.$eval('case-decoder', (el) => { const r = el.getBoundingClientRect(); return [Math.round(r.top + scrollY), Math.round(r.height)]; });

test('the page\'s script is small and holds no WebAssembly; the module and the WebAssembly are their own files', () => {
  const loader = fs.readFileSync(path.join(DIST, 'case-decoder.js'), 'utf8');
  const app = fs.readFileSync(path.join(DIST, 'case-decoder.app.js'), 'utf8');
  const wasmScript = fs.readFileSync(path.join(DIST, 'case-decoder.wasm.js'), 'utf8');
  const wasm = fs.readFileSync(path.join(DIST, 'case-decoder.wasm'));
  for (const [name, text] of [['case-decoder.js', loader], ['case-decoder.app.js', app]])
    assert.ok(!text.includes('WASM_GZ_BASE64') && !text.includes('AGFzbQ'), `no wasm in ${name}`);
  assert.ok(wasmScript.includes('WASM_GZ_BASE64'), 'the wasm script carries it');
  assert.ok(wasm.subarray(0, 4).equals(Buffer.from([0, 0x61, 0x73, 0x6d])), 'case-decoder.wasm is WebAssembly');
  // The script form is the same wasm: its base64 inflates to case-decoder.wasm, byte for byte.
  const b64 = wasmScript.match(/WASM_GZ_BASE64 = "([A-Za-z0-9+/=]+)"/)[1];
  assert.ok(zlib.gunzipSync(Buffer.from(b64, 'base64')).equals(wasm), 'case-decoder.wasm.js holds case-decoder.wasm');
  const kib = gzipKiB('case-decoder.js');
  assert.ok(kib <= 15, `case-decoder.js is ${kib.toFixed(1)} KiB gzip (goal: 15)`);
  assert.ok(gzipKiB('case-decoder.wasm') > 10 * kib, 'the WebAssembly is the bulk of the bytes');
});

test('lazy by default: far down the page the module is not loaded until the reader scrolls near; the box never moves', async () => {
  const { page, context, log } = await openArticle({ below: 4000 });
  try {
    await page.waitForLoadState('load');
    const before = await box(page);
    assert.ok(before[0] >= 4000 && before[1] === 700, `the box is reserved before the module comes (${before})`);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    for (const name of ['case-decoder.app.js', 'case-decoder.wasm', 'case-decoder.wasm.js'])
      assert.equal(asked(log, name), 0, `no ${name} while the widget is far away`);
    await page.$eval('#after', (p) => p.scrollIntoView());
    await waitReady(page);
    assert.equal(asked(log, 'case-decoder.app.js'), 1, 'the module, once');
    assert.equal(asked(log, 'case-decoder.wasm'), 1, 'the WebAssembly, once, as a file (this page allows connections)');
    assert.equal(asked(log, 'case-decoder.wasm.js'), 0, 'not the script form as well');
    assert.deepEqual(await box(page), before, 'the box did not move or change size');
    assertClean(log, 'lazy start');
  } finally {
    await context.close();
  }
});

test('loading="eager" loads the module at once, wherever the widget is', async () => {
  const { page, context, log } = await openArticle({ below: 4000, loading: 'eager' });
  try {
    await waitReady(page);
    assert.equal(asked(log, 'case-decoder.app.js'), 1);
    assert.equal(asked(log, 'case-decoder.wasm'), 1);
    assert.equal(await page.evaluate(() => scrollY), 0, 'the page was not scrolled');
    assertClean(log, 'eager start');
  } finally {
    await context.close();
  }
});

// Counts the IntersectionObservers the page makes.
const COUNT_OBSERVERS = `
  window.__observers = 0;
  const Native = window.IntersectionObserver;
  window.IntersectionObserver = function (cb, opts) { window.__observers++; return new Native(cb, opts); };
`;

test('a widget already near the viewport starts once the page is read, without waiting for an observer', async () => {
  const { page, context, log } = await openArticle({ below: 1500, initScript: COUNT_OBSERVERS });
  try {
    await waitReady(page);
    assert.equal(await page.evaluate(() => window.__observers), 0, 'no observer for a widget within two screens');
    assert.equal(asked(log, 'case-decoder.app.js'), 1);
    assertClean(log, 'near start');
  } finally {
    await context.close();
  }
  // Far away, the observer waits for the reader (the lazy test above follows it through).
  const far = await openArticle({ below: 4000, initScript: COUNT_OBSERVERS });
  try {
    await far.page.waitForLoadState('load');
    assert.equal(await far.page.evaluate(() => window.__observers), 1, 'one observer for a widget far down');
  } finally {
    await far.context.close();
  }
});

test('when the module cannot be loaded the widget says so, with questions for a lawyer, never a blank box', async () => {
  const { page, context, log } = await openPage(browser, 'about:blank', { allowOrigin: server.origin + '/' });
  try {
    await page.route('**/case-decoder.app.js', (route) => route.fulfill({ status: 404, body: 'not here' }));
    await page.goto(server.origin + '/index.html');
    await page.$eval('case-decoder', (el) => el.scrollIntoView());
    await waitFor(page, () => {
      const cover = document.querySelector('case-decoder').shadowRoot.querySelector('.cover');
      return cover.classList.contains('failed') && cover.querySelectorAll('li').length >= 6;
    }, null, 'the failed cover with questions');
    assert.ok(log.errors.some((e) => /could not load the widget's module/.test(e)), log.errors.join('\n'));
  } finally {
    await context.close();
  }
});

test('when the WebAssembly cannot be loaded either way the widget says so, never a blank box', async () => {
  const { page, context, log } = await openArticle({
    below: 0, prepare: (p) => p.route(/case-decoder\.wasm(\.js)?$/, (route) => route.fulfill({ status: 404, body: 'not here' })) });
  try {
    await waitFor(page, () => {
      const cover = document.querySelector('case-decoder').shadowRoot.querySelector('.cover');
      return cover.classList.contains('failed') && cover.querySelectorAll('li').length >= 6;
    }, null, 'the failed cover with questions');
    assert.equal(asked(log, 'case-decoder.wasm'), 1, 'the file was tried');
    assert.equal(asked(log, 'case-decoder.wasm.js'), 1, 'then the script');
    assert.ok(log.errors.some((e) => /could not load the widget's WebAssembly/.test(e)), log.errors.join('\n'));
  } finally {
    await context.close();
  }
});

// The page gets its turn while the widget starts: a message the page posts the moment the
// WebAssembly is instantiated is handled before the first frame (start-up runs in turns, each its
// own task; in one long task the message would wait until after it).
const PAGE_TURN = `
  window.__order = [];
  const instantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = function () {
    return instantiate.apply(this, arguments).then((r) => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => window.__order.push('page');
      ch.port2.postMessage(0);
      return r;
    });
  };
  document.addEventListener('case-decoder:ready', () => window.__order.push('first frame'));
`;

test('start-up yields to the page: a task the page queues as the widget starts runs before its first frame', async () => {
  const { page, context, log } = await openArticle({ below: 0, initScript: PAGE_TURN });
  try {
    await waitReady(page);
    assert.deepEqual(await page.evaluate(() => window.__order), ['page', 'first frame']);
    assertClean(log, 'start in turns');
  } finally {
    await context.close();
  }
});

// A page a reader saved with its files ("Save page as", complete) and opens from disk: the browser
// wrote the page as it was, with the <script> tags the loader had added, and the files they name
// beside it. With data-wasm="script" those are the module and the WebAssembly's script form, so the
// widget starts from disk with what was saved: no tag is added twice and nothing else is asked for.
test('a page saved with its files (data-wasm="script") starts from disk with the scripts it holds', async () => {
  const dir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'cd-saved-'));
  const files = path.join(dir, 'article_files');
  fs.mkdirSync(files);
  for (const name of ['case-decoder.js', 'case-decoder.app.js', 'case-decoder.wasm.js']) fs.copyFileSync(path.join(DIST, name), path.join(files, name));
  fs.writeFileSync(path.join(dir, 'article.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">' +
    '<script src="article_files/case-decoder.js" data-wasm="script"></script>' +
    '<script async="" src="article_files/case-decoder.wasm.js"></script><script async="" src="article_files/case-decoder.app.js"></script>' +
    '</head><body style="margin:0"><p>The article.</p><case-decoder offense="theft" jurisdiction="NY" height="700"></case-decoder></body></html>');
  const { page, context, log } = await openPage(browser, 'file://' + path.join(dir, 'article.html'), { allowOrigin: 'file://' + dir + '/' });
  try {
    await waitReady(page);
    const report = await page.$eval('case-decoder', (el) => el.getReport());
    assert.ok(report && report.questions.length >= 10, 'a report from disk');
    const scripts = await page.evaluate(() => Array.from(document.scripts).map((s) => s.src.split('/').pop()));
    assert.deepEqual(scripts.sort(), ['case-decoder.app.js', 'case-decoder.js', 'case-decoder.wasm.js'], 'each script once');
    assert.deepEqual(log.requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:')).map((u) => u.slice(('file://' + dir).length)).sort(),
                     ['/article.html', '/article_files/case-decoder.app.js', '/article_files/case-decoder.js', '/article_files/case-decoder.wasm.js']);
    assertClean(log, 'saved page');
  } finally {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
