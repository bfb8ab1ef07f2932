// Screen readers: the canvas is one element to assistive technology, so the widget reads out what
// the keyboard cursor is on through its aria-live region: the question an answer belongs to, the
// answer's label, and whether it is the chosen one. Text fields without a visible label are named
// by their question. In Spanish, the words are Spanish.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { DIST, launch, openPage, waitReady, widget, answerChargePlaceStage, focusItem, waitFor, waitForState, settled, listenLive } = require('./helpers');

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
  // The answer changed the report; "Report updated" waits for a quiet moment, so it does not cut
  // off "Yes, selected" (it comes two seconds after the last read-out, not at once).
  const notice = await page.$eval('case-decoder', (el) => new Promise((resolve) => {
    const live = el.shadowRoot.querySelector('[data-live]');
    const start = performance.now();
    const o = new MutationObserver(() => {
      if (/^Report updated/.test(live.textContent)) { o.disconnect(); resolve(performance.now() - start); }
    });
    o.observe(live, { childList: true, characterData: true, subtree: true });
    setTimeout(() => { o.disconnect(); resolve(-1); }, 6000);
  }));
  assert.ok(notice >= 1500, 'the report notice came ' + Math.round(notice) + ' ms after the answer (at least 1.5 s, and it came)');
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

test('after Remove from the keyboard, the cursor goes to the charge search, not nowhere', async () => {
  const { page, context, log } = await openPage(browser, STANDALONE, { width: 1000, height: 900 });
  await waitReady(page);
  const w = widget(page);
  const focused = async () => ((await w.items()).find((it) => it.focused) || {}).label;
  await page.keyboard.press('Tab');
  await focusItem(page, w, '##charge_search');  // Tab into a text field starts editing it, as on a web form
  await page.keyboard.type('theft');
  await page.keyboard.press('Enter');
  await waitFor(page, () => JSON.parse(document.querySelector('case-decoder').getCaseFile()).charges.length === 1, null, 'the charge was added');
  await focusItem(page, w, 'Remove##remove');
  await page.keyboard.press('Enter');
  await waitFor(page, () => JSON.parse(document.querySelector('case-decoder').getCaseFile()).charges.length === 0, null, 'the charge was removed');
  await settled(page);
  assert.equal(await focused(), '##charge_search', 'the keyboard cursor is on the search field');
  // Typing goes straight into it.
  await page.keyboard.type('dui');
  await waitForState(w, (st) => st.charge_query === 'dui', 'typing after Remove goes into the search field');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('from the report, the skip link takes the keyboard past the widget in at most 3 presses', async () => {
  const { page, context, log } = await openPage(browser, STANDALONE, { width: 1000, height: 900 });
  await waitReady(page);
  const w = widget(page);
  await page.$eval('case-decoder', (el) => el.loadCaseFile(JSON.stringify({
    format: 'case-decoder/case-file', version: 2, jurisdiction: 'NY', charges: [{ offense: 'shoplifting', level: 'misdemeanor' }],
    stage: 'arraignment', in_custody: 'no', facts: { has_attorney: 'yes' }, lang: 'en' })));
  // Something to Tab to after the widget.
  await page.evaluate(() => { const b = document.createElement('button'); b.id = 'after'; b.textContent = 'After'; document.querySelector('main').appendChild(b); });
  await page.keyboard.press('Tab');
  await focusItem(page, w, 'Copy questions##export0');  // in the report
  let presses = 0;
  for (; presses < 3; presses++) {
    const items = await w.items();
    if (items.some((i) => i.focused && i.label === 'Skip past the report##skip_report')) break;
    await page.keyboard.press('Shift+Tab');
  }
  await page.keyboard.press('Enter');
  presses += 1;
  await waitFor(page, () => document.activeElement && document.activeElement.id === 'after', null, 'the keyboard is on what follows the widget');
  assert.ok(presses <= 3, `${presses} presses`);
  console.log(`skip link: left the widget from the report's first button in ${presses} key presses`);
  assert.deepEqual(log.errors, []);
  await context.close();
});
