// Spanish on demand: the served embed carries English, and case-decoder.es.js is loaded only when a
// reader chooses Spanish or the page is in Spanish. The offline page carries the pack inside and asks
// for nothing. No request's address or timing depends on an answer: answering never makes one.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const {
  DIST, launch, startServer, openPage, waitReady, widget, answerChargePlaceStage, waitFor, waitForState, listenLive, assertClean,
} = require('./helpers');

const STANDALONE = 'file://' + path.join(DIST, 'case-decoder.html');
const isPack = (u) => /\/case-decoder\.es\.js$/.test(u);
const files = (log) => log.requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:'));

let browser, server;
before(async () => { browser = await launch(); server = await startServer(DIST); });
after(async () => { if (server) await server.stop(); if (browser) await browser.close(); });

// A plain page served beside dist/'s files (the widget and its pack come from the real server),
// with <html lang=htmlLang>, as a publisher's article would embed it.
async function openServed({ htmlLang = 'en' } = {}) {
  const url = `${server.origin}/article.html`;
  const { page, context, log } = await openPage(browser, 'about:blank', { allowOrigin: server.origin + '/' });
  await page.route(url, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="${htmlLang}"><head><meta charset="utf-8"><link rel="icon" href="data:,">` +
          '<script src="case-decoder.js"></script></head><body style="margin:0;padding:8px">' +
          '<case-decoder height="800"></case-decoder></body></html>',
  }));
  log.requests.length = 0;
  await page.goto(url);
  await waitReady(page);
  return { page, context, log };
}

test('English page: no Spanish pack until the reader chooses Español; then one request, every answer kept', async () => {
  const { page, context, log } = await openServed();
  const w = widget(page);
  await answerChargePlaceStage(page, w);
  await w.click('##date_arrest');
  await page.keyboard.type('10/01/2026');  // month first in English: October 1
  const fileEn = await w.caseFile();
  assert.deepEqual(files(log).filter(isPack), [], 'no pack for an English reader');
  const stepEn = (await w.state()).step;

  const said = await listenLive(page);
  await w.click('Español');
  const st = await waitForState(w, (s) => s.lang === 'es', 'the widget switched to Spanish once the pack came');
  assert.equal(st.step, stepEn, 'same step');
  assert.equal(st.title, 'Fechas importantes');
  assert.deepEqual(files(log).filter(isPack), [`${server.origin}/case-decoder.es.js`], 'the pack, once');
  const fileEs = await w.caseFile();
  assert.deepEqual({ ...fileEs, lang: 'en' }, fileEn, 'every answer kept');
  assert.equal(fileEs.dates.arrest, '2026-10-01', 'the date typed month-first is still October 1');
  assert.match(await said.last(), /Idioma: español/, 'the switch is said once it has happened');
  assert.equal((await w.report()).lang, 'es');

  // Back and forth again: the pack is already here, nothing more is asked for.
  await w.click('English');
  await waitForState(w, (s) => s.lang === 'en', 'back to English');
  await w.click('Español');
  await waitForState(w, (s) => s.lang === 'es', 'Spanish again');
  assert.equal(files(log).filter(isPack).length, 1, 'still one request for the pack');
  assertClean(log, 'served English page');
  await context.close();
});

test('a Spanish page loads the pack beside the widget and draws its first frame in Spanish', async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const seen = [];
  page.on('request', (r) => seen.push(r.url()));
  // The demo article, in Spanish (<html lang="es">).
  await page.route('**/index.html', async (route) => {
    const res = await route.fetch();
    route.fulfill({ response: res, body: (await res.text()).replace('<html lang="en">', '<html lang="es">') });
  });
  // The language of the first frame, read when the widget says it has drawn it.
  await page.addInitScript(() => document.addEventListener('case-decoder:ready', (e) => {
    window.__firstLang = e.target.caseDecoder.state().lang;
  }));
  await page.goto(`${server.origin}/index.html`);
  await waitReady(page);
  assert.equal(await page.evaluate(() => window.__firstLang), 'es');
  assert.equal((await widget(page).report()).lang, 'es');
  assert.equal(seen.filter(isPack).length, 1, 'the pack, once');
  await context.close();
});

test('the offline page switches to Spanish with no request at all', async () => {
  const { page, context, log } = await openPage(browser, STANDALONE);
  await waitReady(page);
  const w = widget(page);
  await answerChargePlaceStage(page, w);
  const before = files(log).length;
  await w.click('Español');
  assert.equal((await w.state()).lang, 'es', 'at once: the pack is inside the page');
  assert.deepEqual(files(log).slice(before), [], 'no request');
  assert.deepEqual(files(log), [STANDALONE], 'only the page itself, ever');
  assertClean(log, 'offline Spanish');
  await context.close();
});

test('different answers make the same requests: none after the page has loaded', async () => {
  const logs = [];
  for (const answers of [['dwi', 'Driving under the influence', 'tex', 'Texas'], ['shoplift', 'Shoplifting', 'calif', 'California']]) {
    const { page, context, log } = await openServed();
    const loaded = files(log).length;
    const w = widget(page);
    await w.click('##charge_search');
    await page.keyboard.type(answers[0]);
    await w.click(answers[1]);
    await w.click('Next \u2192##next');
    await w.click('##where_search');
    await page.keyboard.type(answers[2]);
    await w.click(answers[3]);
    await w.click('Next \u2192##next');
    await w.click('Before trial');
    await w.click('Next \u2192##next');
    assert.ok(await w.report(), 'a report');
    assert.deepEqual(files(log).slice(loaded), [], 'answering asks the network for nothing');
    logs.push(files(log).map((u) => u.replace(server.origin, '')));
    assertClean(log, `answers ${answers[0]}`);
    await context.close();
  }
  assert.deepEqual(logs[0], logs[1], 'the same requests, in the same order, whatever the answers');
  assert.deepEqual(logs[0].filter((u) => u !== '/article.html').sort(), ['/case-decoder.app.js', '/case-decoder.js', '/case-decoder.wasm'],
                   'the widget\'s own files, the WebAssembly fetched as a file on this page');
});

test('when the pack cannot be loaded the reader is told, stays in English with every answer, and can try again', async () => {
  const { page, context, log } = await openServed();
  const w = widget(page);
  await answerChargePlaceStage(page, w);
  const fileEn = await w.caseFile();
  await page.route('**/case-decoder.es.js', (route) => route.fulfill({ status: 404, body: 'not here' }));
  const alerts = await page.$eval('case-decoder', (el) => {
    const region = el.shadowRoot.querySelector('[data-alert]') || el.shadowRoot.querySelector('[role="alert"]');
    return region ? 'found' : 'none';
  });
  assert.equal(alerts, 'found', 'the widget has an alert region');
  await w.click('Español');
  await page.waitForFunction(() => {
    const el = document.querySelector('case-decoder');
    const region = el.shadowRoot.querySelector('[data-alert]') || el.shadowRoot.querySelector('[role="alert"]');
    return /Spanish could not be loaded/.test(region.textContent);
  });
  assert.equal((await w.state()).lang, 'en');
  assert.deepEqual(await w.caseFile(), fileEn, 'every answer kept');
  const shown = () => page.$eval('case-decoder', (el) => el.shadowRoot.querySelector('.text-layer').textContent.replace(/\s+/g, ' '));
  await waitFor(page, () => /Spanish could not be loaded/.test(document.querySelector('case-decoder').shadowRoot.querySelector('.text-layer').textContent),
                null, 'the note is drawn under the title (and in the text layer)');
  // The server is back: choosing Español again works.
  await page.unroute('**/case-decoder.es.js');
  await w.click('Español');
  await waitForState(w, (s) => s.lang === 'es', 'Spanish on the second try');
  await waitFor(page, () => !/Spanish could not be loaded|No se pudo cargar/.test(document.querySelector('case-decoder').shadowRoot.querySelector('.text-layer').textContent),
                null, 'the note is gone');
  assert.doesNotMatch(await shown(), /could not be loaded/);
  // The browser's own line for the 404 is the only console error; the widget warns, it does not fail.
  assert.deepEqual(log.errors.filter((e) => !/Failed to load resource: the server responded with a status of 404/.test(e)), [],
                   'no console errors but the browser\'s 404 line');
  await context.close();
});
