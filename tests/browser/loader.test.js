// The page's script is small: it defines <case-decoder>, reserves the widget's box, and adds the
// module (case-decoder.app.js, the WebAssembly) when the widget comes near the viewport, or at once
// with loading="eager". A reader who never scrolls to the widget never downloads the module.
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
async function openArticle({ below, loading = null }) {
  const url = `${server.origin}/long-article.html`;
  const { page, context, log } = await openPage(browser, 'about:blank', { allowOrigin: server.origin + '/', height: 800 });
  const attr = loading ? ` loading="${loading}"` : '';
  await page.route(url, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">' +
          '<script src="case-decoder.js"></script></head><body style="margin:0">' +
          `<div id="text" style="height:${below}px">The article.</div>` +
          `<case-decoder height="700"${attr}></case-decoder><p id="after">After the widget.</p></body></html>`,
  }));
  log.requests.length = 0;
  await page.goto(url);
  return { page, context, log };
}

const asked = (log, name) => log.requests.filter((u) => u.endsWith('/' + name)).length;
const box = (page) => page.$eval('case-decoder', (el) => { const r = el.getBoundingClientRect(); return [Math.round(r.top + scrollY), Math.round(r.height)]; });

test('the page\'s script is small and holds no WebAssembly; the module is its own file', () => {
  const loader = fs.readFileSync(path.join(DIST, 'case-decoder.js'), 'utf8');
  const app = fs.readFileSync(path.join(DIST, 'case-decoder.app.js'), 'utf8');
  assert.ok(!loader.includes('WASM_GZ_BASE64'), 'no wasm in case-decoder.js');
  assert.ok(app.includes('WASM_GZ_BASE64'), 'the wasm is in case-decoder.app.js');
  const kib = gzipKiB('case-decoder.js');
  assert.ok(kib <= 15, `case-decoder.js is ${kib.toFixed(1)} KiB gzip (goal: 15)`);
  assert.ok(gzipKiB('case-decoder.app.js') > 10 * kib, 'the module is the bulk of the bytes');
});

test('lazy by default: far down the page the module is not loaded until the reader scrolls near; the box never moves', async () => {
  const { page, context, log } = await openArticle({ below: 4000 });
  try {
    await page.waitForLoadState('load');
    const before = await box(page);
    assert.ok(before[0] >= 4000 && before[1] === 700, `the box is reserved before the module comes (${before})`);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.equal(asked(log, 'case-decoder.app.js'), 0, 'no module while the widget is far away');
    await page.$eval('#after', (p) => p.scrollIntoView());
    await waitReady(page);
    assert.equal(asked(log, 'case-decoder.app.js'), 1, 'the module, once');
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
    assert.equal(await page.evaluate(() => scrollY), 0, 'the page was not scrolled');
    assertClean(log, 'eager start');
  } finally {
    await context.close();
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
