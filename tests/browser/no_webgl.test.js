// A browser with no WebGL at all (turned off, blocked, an old phone): never a blank box. The widget
// says why in a plain sentence and gives what the page's <noscript> gives, questions worth asking
// any defense lawyer, as real text in the reader's language; the dead canvas is out of the Tab
// order and the accessibility tree.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { DIST, launch, waitFor } = require('./helpers');

const STANDALONE = 'file://' + path.join(DIST, 'case-decoder.html');
let browser;
before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

async function openWithoutWebGL(lang) {
  const context = await browser.newContext({ viewport: { width: 400, height: 700 } });
  await context.addInitScript(() => {
    const real = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
      return /webgl/i.test(String(kind)) ? null : real.call(this, kind, ...rest);
    };
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(STANDALONE);
  if (lang) await page.$eval('case-decoder', (el, l) => el.setAttribute('lang', l), lang);
  await waitFor(page, () => {
    const c = document.querySelector('case-decoder').shadowRoot.querySelector('.cover');
    return c && !c.hidden && c.querySelectorAll('li').length > 0;
  }, null, 'the widget gave up on WebGL and showed the plain text');
  const seen = await page.$eval('case-decoder', (el) => {
    const root = el.shadowRoot, cover = root.querySelector('.cover'), canvas = root.querySelector('canvas');
    const r = cover.getBoundingClientRect();
    return { text: cover.innerText, items: cover.querySelectorAll('li').length, w: r.width, h: r.height,
             canvasHidden: canvas.hidden, canvasShown: canvas.getBoundingClientRect().height > 0 };
  });
  return { context, page, seen, errors };
}

test('no WebGL: a plain sentence and questions for a lawyer, in English and Spanish; never a blank box', async () => {
  let { context, page, seen, errors } = await openWithoutWebGL(null);
  assert.match(seen.text, /needs WebGL/, 'says why');
  assert.match(seen.text, /This tool sends nothing anywhere/);
  assert.equal(seen.items, 6, 'questions worth asking any lawyer');
  assert.match(seen.text, /deadlines apply to my case/);
  assert.ok(seen.w > 200 && seen.h > 200, 'the text fills the widget\'s box: ' + JSON.stringify(seen));
  assert.ok(seen.canvasHidden && !seen.canvasShown, 'the dead canvas is hidden (out of Tab order and accessibility tree)');
  // The text is real text: find and selection work on it.
  assert.equal(await page.evaluate(() => window.find('has any of them passed')), true, 'the browser\'s find sees it');
  assert.deepEqual(errors, []);
  await context.close();

  ({ context, page, seen, errors } = await openWithoutWebGL('es'));
  assert.match(seen.text, /necesita WebGL/);
  assert.match(seen.text, /abogado defensor/);
  assert.equal(seen.items, 6);
  assert.deepEqual(errors, []);
  await context.close();
});
