// Controls scrolled out of their pane are still in the semantic layer, in order (a screen reader's
// browse mode reads the whole step), not placed over the canvas; activating one there scrolls it
// into view and presses it (a radio is chosen; a text field starts editing and takes the typing).
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { DIST, launch, openPage, waitReady, widget, answerChargePlaceStage, waitFor, assertClean } = require('./helpers');

const STANDALONE = 'file://' + path.join(DIST, 'case-decoder.html');
let browser;
before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

// The layer's controls of one kind: id, name, placed over the canvas or not, checked.
const controls = (page, selector) => page.$eval('case-decoder', (el, sel) =>
  Array.from(el.shadowRoot.querySelectorAll('[data-semantics] ' + sel)).map((n) => ({
    id: n.dataset.id, name: n.getAttribute('aria-label') || n.textContent, placed: !n.classList.contains('sr'), checked: n.getAttribute('aria-checked'),
  })), selector);

test('a control scrolled out of view is in the layer, and activating it there scrolls to it and presses it', async () => {
  const { page, context, log } = await openPage(browser, STANDALONE, { width: 1000, height: 520 });
  await waitReady(page);
  const w = widget(page);
  await answerChargePlaceStage(page, w);  // Texas DWI, before trial, not in jail: the dates step

  // Dates: more fields than the pane shows. The last ones are in the layer, not placed.
  await waitFor(page, () => Array.from(document.querySelector('case-decoder').shadowRoot.querySelectorAll('[data-semantics] input'))
    .some((n) => n.classList.contains('sr')), null, 'a date field below the fold is in the layer');
  const fields = await controls(page, 'input');
  const hidden = fields.filter((f) => !f.placed);
  assert.ok(fields.some((f) => f.placed) && hidden.length > 0, 'some fields shown, some below: ' + JSON.stringify(fields.map((f) => [f.name, f.placed])));
  const target = hidden[hidden.length - 1];
  // A screen reader in forms mode moves to it: ImGui scrolls it into view and edits it.
  await page.$eval('case-decoder', (el, id) => el.shadowRoot.querySelector('[data-semantics] input[data-id="' + id + '"]').focus(), target.id);
  await waitFor(page, async (id) => (await document.querySelector('case-decoder').caseDecoder.items())
    .some((it) => String(it.id) === id && it.active && it.visible), target.id, 'the field scrolled into view and is being edited');
  const before = (await w.caseFile()).dates || {};
  await page.keyboard.type('10/01/2026');
  await page.keyboard.press('Tab');
  await waitFor(page, (n) => Object.keys(JSON.parse(document.querySelector('case-decoder').getCaseFile()).dates || {}).length === n,
                Object.keys(before).length + 1, 'the date typed into that field is an answer');
  assert.ok(Object.values((await w.caseFile()).dates).includes('2026-10-01'));

  // A yes/no step with more questions than the pane shows: a radio below the fold, activated in the
  // layer (a screen reader's "activate"), is chosen.
  await w.click('Next \u2192##next');
  await waitFor(page, () => Array.from(document.querySelector('case-decoder').shadowRoot.querySelectorAll('[data-semantics] [role=radio]'))
    .some((n) => n.classList.contains('sr')), null, 'a radio below the fold is in the layer');
  const radios = await controls(page, '[role=radio]');
  const below = radios.filter((r) => !r.placed && r.checked === 'false');
  assert.ok(below.length > 0, 'radios below the fold: ' + JSON.stringify(radios.map((r) => [r.name, r.placed])));
  const radio = below[below.length - 1];
  await page.$eval('case-decoder', (el, id) => el.shadowRoot.querySelector('[data-semantics] [data-id="' + id + '"]').click(), radio.id);
  await waitFor(page, (id) => {
    const n = document.querySelector('case-decoder').shadowRoot.querySelector('[data-semantics] [data-id="' + id + '"]');
    return n && n.getAttribute('aria-checked') === 'true' && !n.classList.contains('sr');
  }, radio.id, 'the radio scrolled into view and is chosen');
  assertClean(log, 'off-screen controls');
  await context.close();
});
