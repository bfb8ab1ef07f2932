// Phones take the WebGL context back when the reader switches apps: a lost context (forced here
// with WEBGL_lose_context) and its restore keep every answer, the step and the scroll, and the
// widget draws the same screen again, pixel for pixel.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { DIST, launch, openPage, waitReady, widget, answerChargePlaceStage, settled, waitFor, assertClean } = require('./helpers');

const STANDALONE = 'file://' + path.join(DIST, 'case-decoder.html');
let browser;
before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

const canvasShot = async (page) => (await page.$('case-decoder')).evaluateHandle((el) => el.shadowRoot.querySelector('canvas'))
  .then((h) => h.asElement().screenshot());

test('a lost WebGL context is restored with every answer, and the same screen', async () => {
  const { page, context, log } = await openPage(browser, STANDALONE, { width: 1000, height: 900 });
  await waitReady(page);
  const w = widget(page);
  await answerChargePlaceStage(page, w);  // the dates step
  await w.click('##date_arrest');
  await page.keyboard.type('10/01/2026');
  await w.click('##date_court_date');     // leave the field: the date is said back in words
  await settled(page);
  const before = { caseFile: await w.caseFile(), state: await w.state(), shot: await canvasShot(page) };

  // Lose the context, let a frame be asked for while it is gone (an answer changes), restore it.
  await page.$eval('case-decoder', (el) => {
    const canvas = el.shadowRoot.querySelector('canvas');
    const gl = canvas.getContext('webgl') || canvas.getContext('webgl2');
    window.__loseContext = gl.getExtension('WEBGL_lose_context');
    window.__restored = false;
    canvas.addEventListener('webglcontextrestored', () => { window.__restored = true; }, { once: true });
    window.__loseContext.loseContext();
  });
  await waitFor(page, () => document.querySelector('case-decoder').shadowRoot.querySelector('canvas').getContext('webgl').isContextLost(), null,
                'the context is lost');
  assert.ok(!(await canvasShot(page)).equals(before.shot), 'while lost, the canvas is blank (so the same screen later was drawn again)');
  await page.$eval('case-decoder', () => window.__loseContext.restoreContext());
  await waitFor(page, () => window.__restored, null, 'the context is restored');
  await settled(page);
  assert.deepEqual(await w.caseFile(), before.caseFile, 'every answer kept');
  assert.deepEqual((await w.state()).step, before.state.step, 'the same step');
  const after = await canvasShot(page);
  assert.ok(after.equals(before.shot), 'the same screen, drawn again (fonts and all)');

  // And it still works: a click answers.
  await w.click('Next \u2192##next');
  await waitFor(page, () => document.querySelector('case-decoder').caseDecoder.state().step > 3, null, 'Next works after the restore');
  assertClean(log, 'context loss');
  await context.close();
});
