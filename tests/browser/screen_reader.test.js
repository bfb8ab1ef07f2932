// Screen readers: the canvas is one element to assistive technology, so the widget reads out what
// the keyboard cursor is on through its aria-live region: the question an answer belongs to, the
// answer's label, and whether it is the chosen one. Text fields without a visible label are named
// by their question. In Spanish, the words are Spanish.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { DIST, launch, openPage, waitReady, widget, answerChargePlaceStage, focusItem, waitForState, listenLive } = require('./helpers');

const STANDALONE = 'file://' + path.join(DIST, 'case-decoder.html');

let browser;
before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

const live = (page) => page.$eval('case-decoder', (el) => { el.caseDecoder.state(); return el.shadowRoot.querySelector('[data-live]').textContent; });

test('the keyboard cursor is read out: question, answer, selected or not', async () => {
  const { page, context, log } = await openPage(browser, STANDALONE, { width: 1000, height: 900 });
  await waitReady(page);
  const w = widget(page);
  await answerChargePlaceStage(page, w);  // ends on the dates step
  // Each read-out is what the live region said after the keys before it (see listenLive).
  let said = await listenLive(page);
  await page.keyboard.press('Tab');       // keyboard from here on
  await focusItem(page, w, '##date_arrest');
  assert.match(await said.last(), /^Arrest.*\(MM\/DD\/YYYY\)/, 'a date field is named by its question');

  said = await listenLive(page);
  await focusItem(page, w, 'Next \u2192##next');
  assert.equal(await said.last(), 'Next', 'arrows and marks that decorate a label are not read');
  said = await listenLive(page);
  await page.keyboard.press('Enter');
  await focusItem(page, w, 'Yes##stopped_by_police');
  assert.equal(await said.last(), 'Did the police stop you (on foot or in a car) before the arrest? Yes, not selected');
  said = await listenLive(page);
  await page.keyboard.press('Space');
  assert.equal(await said.last(), 'Did the police stop you (on foot or in a car) before the arrest? Yes, selected');
  said = await listenLive(page);
  await focusItem(page, w, 'No##stopped_by_police');
  assert.match(await said.last(), /\? No, not selected$/);

  // Spanish: the same item, in Spanish.
  await focusItem(page, w, 'Español');
  await page.keyboard.press('Enter');
  await waitForState(w, (st) => st.lang === 'es', 'the widget switched to Spanish');
  said = await listenLive(page);
  await focusItem(page, w, 'S\u00ed##stopped_by_police');
  assert.equal(await said.last(), 'Antes del arresto, \u00bfla polic\u00eda le detuvo (a pie o en un carro)? S\u00ed, seleccionado');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a mouse click is not read out (only the keyboard cursor is)', async () => {
  const { page, context, log } = await openPage(browser, STANDALONE, { width: 1000, height: 900 });
  await waitReady(page);
  const w = widget(page);
  await answerChargePlaceStage(page, w);
  const text = await live(page);
  assert.doesNotMatch(text, /selected/, `a click was read as focus: "${text}"`);
  assert.deepEqual(log.errors, []);
  await context.close();
});
