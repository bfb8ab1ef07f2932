// How the embedded wasm becomes a module: inflated by the browser's DecompressionStream where it
// has one, else by the small inflate in JavaScript, then compiled. Each path must reach the same first
// frame and report (the demo article, under its strict CSP), with no error and no request beyond
// the page's own files.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { launch, startServer, openPage, waitReady, widget, assertClean } = require('./helpers');

let browser, server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { if (server) await server.stop(); if (browser) await browser.close(); });

// Counts the DecompressionStreams the widget's start-up made, and takes away what `remove` names.
const spy = (remove) => `
  window.__used = { inflateStreams: 0 };
  const Native = window.DecompressionStream;
  if (Native) window.DecompressionStream = function (format) { window.__used.inflateStreams++; return new Native(format); };
  for (const name of ${JSON.stringify(remove)}) delete window[name];
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

test('where the browser has DecompressionStream, it inflates the wasm', async () => {
  const used = await startsWith([]);
  assert.equal(used.inflateStreams, 1);
});

test('without DecompressionStream, the inflate in JavaScript does it', async () => {
  const used = await startsWith(['DecompressionStream']);
  assert.equal(used.inflateStreams, 0);
});
