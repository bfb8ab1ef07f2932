// Touch screens: each date field on screen has the phone's own date picker over it (a real
// <input type="date">, named like the field), and the date chosen there is the answer, as if typed.
// Pickers sit only over fields the reader can see, never over the Back/Next bar; a mouse and
// keyboard screen has none (typing stays the way in).
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { DIST, launch, openPage, waitReady, widget, answerChargePlaceStage, waitFor, assertClean } = require('./helpers');

const STANDALONE = 'file://' + path.join(DIST, 'case-decoder.html');
let browser;
before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

const pickers = (page) => page.$$eval('case-decoder', (els) => Array.from(els[0].shadowRoot.querySelectorAll('input.picker')).map((i) => {
  const r = i.getBoundingClientRect();
  return { key: i.dataset.key, label: i.getAttribute('aria-label'), value: i.value, type: i.type, x: r.x, y: r.y, w: r.width, h: r.height };
}));

test('phone: a date field opens the native date picker; the date picked is the answer', async () => {
  const { page, context, log } = await openPage(browser, STANDALONE, { width: 390, height: 844, dpr: 2, touch: true });
  await waitReady(page);
  // The whole widget on screen, its Back/Next bar included (the page scrolls, as a reader would).
  await page.$eval('case-decoder', (el) => el.scrollIntoView({ block: 'end' }));
  const w = widget(page);
  await answerChargePlaceStage(page, w);
  await waitFor(page, () => document.querySelector('case-decoder').shadowRoot.querySelector('input.picker[data-key=arrest]'), null,
                'the arrest date field has a picker');
  const box = await w.canvasBox();
  const field = await w.find('##date_arrest');
  const arrest = (await pickers(page)).find((p) => p.key === 'arrest');
  assert.equal(arrest.type, 'date');
  assert.match(arrest.label, /arrest/i, 'named like the field, for screen readers and voice control');
  assert.ok(Math.abs(arrest.x - (box.x + field.x)) <= 2 && Math.abs(arrest.y - (box.y + field.y)) <= 2, 'over the field: ' + JSON.stringify({ arrest, field }));
  assert.ok(Math.abs(arrest.w - field.w) <= 2 && Math.abs(arrest.h - field.h) <= 2, 'the size of the field');

  // Picking a date (what the phone's picker does to the input) answers the question.
  const input = await page.$('input.picker[data-key=arrest]');
  await input.fill('2026-10-01');
  await waitFor(page, () => JSON.parse(document.querySelector('case-decoder').getCaseFile()).dates.arrest === '2026-10-01', null,
                'the picked date is in the case file');
  const shown = await w.find('##date_arrest');
  assert.ok(shown, 'the field is still there');
  // A tap on the field lands on the picker, not on the canvas (the picker is the top element there).
  const top = await page.evaluate(([x, y]) => {
    const el = document.querySelector('case-decoder').shadowRoot.elementFromPoint(x, y);
    return el && el.className;
  }, [box.x + field.x + field.w / 2, box.y + field.y + field.h / 2]);
  assert.equal(top, 'picker');

  // Clearing the picker clears the answer.
  await input.fill('');
  await waitFor(page, () => JSON.parse(document.querySelector('case-decoder').getCaseFile()).dates.arrest === undefined, null,
                'a cleared picker clears the date');

  // No picker covers the Back/Next bar, even for a field scrolled under it.
  const next = await w.find('Next \u2192##next');
  for (const p of await pickers(page)) assert.ok(p.y + p.h <= box.y + next.y, 'picker ' + p.key + ' ends above the Next bar');

  // Leaving the dates step removes the pickers.
  await w.click('Next \u2192##next');
  await waitFor(page, () => document.querySelector('case-decoder').shadowRoot.querySelectorAll('input.picker').length === 0, null,
                'no pickers on a step without dates');
  assertClean(log, 'date picker');
  await context.close();
});

test('mouse and keyboard: no pickers, the date is typed', async () => {
  const { page, context, log } = await openPage(browser, STANDALONE, { width: 1000, height: 900 });
  await waitReady(page);
  const w = widget(page);
  await answerChargePlaceStage(page, w);
  await w.find('##date_arrest');
  assert.equal((await pickers(page)).length, 0);
  assertClean(log, 'no picker');
  await context.close();
});
