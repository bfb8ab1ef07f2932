// "Read as a web page": the report opens as a plain page of its own, made on the device (a blob:
// URL, no request), in the report's language, where the browser's translation, text size, reading
// mode and reflow work; the same text as the report.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { DIST, launch, openPage, waitReady, widget, assertClean } = require('./helpers');

const STANDALONE = 'file://' + path.join(DIST, 'case-decoder.html');
let browser;
before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

const CASE = JSON.stringify({
  format: 'case-decoder/case-file', version: 2, jurisdiction: 'NY',
  charges: [{ offense: 'shoplifting', level: 'misdemeanor' }], stage: 'arraignment', in_custody: 'no',
  facts: { has_attorney: 'yes', first_offense: 'yes' }, lang: 'en',
});

test('the report opens as a web page of its own, in its language, with no request', async () => {
  const { page, context, log } = await openPage(browser, STANDALONE, { width: 1000, height: 900 });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  await waitReady(page);
  const w = widget(page);
  await page.$eval('case-decoder', (el, t) => el.loadCaseFile(t), CASE);
  const report = await w.report();
  const before = requests.length;
  const [opened] = await Promise.all([context.waitForEvent('page'), w.click('Read as a web page##export5')]);
  await opened.waitForLoadState('domcontentloaded');
  assert.match(opened.url(), /^blob:/, 'made on the device');
  const doc = await opened.evaluate(() => ({
    lang: document.documentElement.lang, title: document.title, h2: Array.from(document.querySelectorAll('h2, h3')).map((h) => h.textContent),
    text: document.body.innerText, viewport: !!document.querySelector('meta[name=viewport]'), wide: document.documentElement.scrollWidth,
  }));
  assert.equal(doc.lang, 'en');
  assert.equal(doc.title, 'Your case, decoded');
  assert.ok(doc.viewport, 'reflows on a phone');
  assert.ok(doc.text.includes(report.summary.headline), 'the bottom line, as on the screen');
  assert.ok(doc.h2.length >= 5, 'sections with headings: ' + doc.h2.join(' | '));
  // Reflow: at 320 px wide nothing needs a horizontal scroll.
  await opened.setViewportSize({ width: 320, height: 640 });
  assert.ok(await opened.evaluate(() => document.documentElement.scrollWidth <= 320), 'no horizontal scroll at 320 px');
  assert.deepEqual(requests.slice(before).filter((u) => !u.startsWith('blob:') && !u.startsWith('data:')), [], 'no request');
  await opened.close();

  // In Spanish, the page is Spanish.
  await page.$eval('case-decoder', (el) => el.setAttribute('lang', 'es'));
  await page.waitForFunction(() => document.querySelector('case-decoder').caseDecoder.state().lang === 'es');
  const [es] = await Promise.all([context.waitForEvent('page'), w.click('Leer como página web##export5')]);
  await es.waitForLoadState('domcontentloaded');
  assert.equal(await es.evaluate(() => document.documentElement.lang), 'es');
  assert.equal(await es.title(), 'Su caso, explicado');
  assertClean(log, 'read as a page');
  await context.close();
});
