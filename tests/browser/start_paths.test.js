// How the embedded wasm becomes a module: inflated while it compiles (compileStreaming over a
// Response made in the page) where the browser can; else inflated with DecompressionStream, then
// compiled; else inflated by the small inflate in JavaScript. Each path must reach the same first
// frame and report (the demo article, under its strict CSP), with no error and no request beyond
// the page's own files.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { launch, startServer, openPage, waitReady, widget, assertClean } = require('./helpers');

let browser, server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { if (server) await server.stop(); if (browser) await browser.close(); });

// Counts what the widget's start-up used, and takes away what `remove` names.
const spy = (remove) => `
  window.__used = { streaming: 0, streamingType: null };
  const compileStreaming = WebAssembly.compileStreaming;
  WebAssembly.compileStreaming = function (source) {
    window.__used.streaming++;
    return Promise.resolve(source).then((r) => { window.__used.streamingType = r.headers.get('Content-Type'); return compileStreaming.call(WebAssembly, r); });
  };
  for (const name of ${JSON.stringify(remove)}) {
    if (name === 'compileStreaming') delete WebAssembly.compileStreaming;
    else delete window[name];
  }
`;

async function startsWith(remove) {
  const { page, context, log } = await openPage(browser, server.origin + '/index.html', { initScript: spy(remove) });
  try {
    await waitReady(page);
    const report = await widget(page).report();
    assert.ok(report && report.questions.length >= 10 && report.questions.length <= 15, 'a report with 10 to 15 questions');
    assertClean(log, `start without ${remove.join(', ') || 'nothing taken away'}`);
    return await page.evaluate(() => window.__used);
  } finally {
    await context.close();
  }
}

test('where the browser can, the wasm is compiled while it is inflated (one streaming compile, no network)', async () => {
  const used = await startsWith([]);
  assert.equal(used.streaming, 1);
  assert.equal(used.streamingType, 'application/wasm');
});

test('without streaming compile, the wasm is inflated first, then compiled', async () => {
  const used = await startsWith(['compileStreaming']);
  assert.equal(used.streaming, 0);
});

test('without DecompressionStream, the inflate in JavaScript does it', async () => {
  const used = await startsWith(['DecompressionStream']);
  assert.equal(used.streaming, 0);
});
