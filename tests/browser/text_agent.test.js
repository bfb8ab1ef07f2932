// The text agent: a text field is typed into through a real <input> (the semantic layer's input for
// that field), focused while ImGui edits the field, on desktop as on phones. It is named by the
// question, shows the field's text and caret as ImGui has them, takes typing, IME composition and
// paste, keeps its focus while the layer around it changes, gives the keyboard back to the canvas
// when editing ends (Tab), and a screen reader focusing it starts editing that field.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { DIST, launch, openPage, waitReady, widget, waitFor, assertClean } = require('./helpers');

const STANDALONE = 'file://' + path.join(DIST, 'case-decoder.html');
let browser;
before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

// What has the keyboard inside the widget: the canvas, or an input (with its name, text, caret).
const focused = (page) => page.$eval('case-decoder', (el) => {
  const a = el.shadowRoot.activeElement;
  if (!a) return null;
  return { tag: a.tagName, name: a.getAttribute('aria-label'), value: a.value, caret: a.selectionStart, same: a._marked === true };
});
const query = (page) => page.$eval('case-decoder', (el) => el.caseDecoder.state().charge_query);

test('typing, IME composition and paste go through a real input that keeps its focus', async () => {
  const { page, context, log } = await openPage(browser, STANDALONE, { width: 1000, height: 900 });
  await waitReady(page);
  const w = widget(page);
  await w.click('##charge_search');
  await waitFor(page, () => {
    const a = document.querySelector('case-decoder').shadowRoot.activeElement;
    return a && a.tagName === 'INPUT';
  }, null, 'the charge field\'s input has the keyboard');
  let f = await focused(page);
  assert.match(f.name, /^What you are charged with/, 'the input is named by the question');
  const attrs = await page.$eval('case-decoder', (el) => {
    const a = el.shadowRoot.activeElement;
    return ['type', 'inputmode', 'enterkeyhint', 'autocomplete', 'spellcheck', 'autocapitalize'].map((k) => a.getAttribute(k));
  });
  assert.deepEqual(attrs, ['text', 'search', 'search', 'off', 'false', 'off'], 'a search field for the phone\'s keyboard; no autofill, no spelling');
  await page.$eval('case-decoder', (el) => { el.shadowRoot.activeElement._marked = true; });

  // Typing: ImGui gets each key once; the search results appear around the input, which stays the
  // same element with the focus; its text and caret follow ImGui's.
  await page.keyboard.type('shopl');
  await waitFor(page, () => document.querySelector('case-decoder').caseDecoder.state().charge_query === 'shopl', null, 'typed "shopl"');
  await waitFor(page, () => document.querySelector('case-decoder').shadowRoot.activeElement.value === 'shopl', null, 'the input shows "shopl"');
  f = await focused(page);
  assert.deepEqual([f.tag, f.same, f.caret], ['INPUT', true, 5], 'the same input keeps the keyboard, caret after the text');
  const results = await page.$eval('case-decoder', (el) => Array.from(el.shadowRoot.querySelectorAll('[data-semantics] [role=button]')).map((b) => b.textContent));
  assert.ok(results.includes('Shoplifting'), 'the results are in the layer: ' + results.slice(0, 8).join(', '));

  // Backspace and the arrows are ImGui's: the input never edits itself.
  await page.keyboard.press('Backspace');
  await waitFor(page, () => document.querySelector('case-decoder').caseDecoder.state().charge_query === 'shop', null, 'Backspace deleted once');
  await page.keyboard.press('Home');
  await waitFor(page, () => document.querySelector('case-decoder').shadowRoot.activeElement.selectionStart === 0, null, 'Home moved the caret');

  // An IME composition (a dead key, then the composed letter): only the result arrives, once.
  await page.keyboard.press('End');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: '\u00b4', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.insertText', { text: '\u00e9' });
  await waitFor(page, () => document.querySelector('case-decoder').caseDecoder.state().charge_query === 'shop\u00e9', null, 'the composed letter arrived once');
  await waitFor(page, () => document.querySelector('case-decoder').shadowRoot.activeElement.value === 'shop\u00e9', null, 'the input shows it');

  // Paste into the input: the clipboard's text arrives (as typed at the caret).
  await page.keyboard.press('Control+A');
  await page.$eval('case-decoder', (el) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', 'robo');
    el.shadowRoot.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, composed: true, cancelable: true }));
  });
  await waitFor(page, () => document.querySelector('case-decoder').caseDecoder.state().charge_query === 'robo', null, 'the paste replaced the selection');
  // Words with accents, as a phone's keyboard or dictation sends them (text without key presses).
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText('violencia dom\u00e9stica');
  await waitFor(page, () => document.querySelector('case-decoder').caseDecoder.state().charge_query === 'violencia dom\u00e9stica', null, 'inserted text');

  // Tab ends the editing: the keyboard goes back to the canvas, the widget still has it.
  await page.keyboard.press('Tab');
  await waitFor(page, () => {
    const a = document.querySelector('case-decoder').shadowRoot.activeElement;
    return a && a.tagName === 'CANVAS';
  }, null, 'Tab: the canvas has the keyboard again');
  const state = await w.items();
  assert.ok(state.some((it) => it.focused), 'the widget\'s cursor moved on (it still has the keyboard)');
  assertClean(log, 'text agent');
  await context.close();
});

test('a screen reader focusing the field\'s input starts editing it; typing works from there', async () => {
  const { page, context, log } = await openPage(browser, STANDALONE, { width: 1000, height: 900 });
  await waitReady(page);
  await waitFor(page, () => document.querySelector('case-decoder').shadowRoot.querySelector('[data-semantics] input'), null, 'the layer has the input');
  // Forms mode: the screen reader moves focus to the input itself (the canvas never had it).
  await page.$eval('case-decoder', (el) => el.shadowRoot.querySelector('[data-semantics] input').focus());
  const w = widget(page);
  await waitFor(page, async () => (await document.querySelector('case-decoder').caseDecoder.items()).some((it) => it.label === '##charge_search' && it.active),
                null, 'ImGui edits the field');
  await page.keyboard.type('dui');
  await waitFor(page, () => document.querySelector('case-decoder').caseDecoder.state().charge_query === 'dui', null, 'typed into the field');
  const f = await focused(page);
  assert.deepEqual([f.tag, f.value], ['INPUT', 'dui']);
  // The AX tree: a text box named by the question, its value the text typed.
  const { nodes } = await (await context.newCDPSession(page)).send('Accessibility.getFullAXTree');
  const box = nodes.find((n) => !n.ignored && n.role && n.role.value === 'textbox' && /^What you are charged with/.test((n.name && n.name.value) || ''));
  assert.ok(box, 'a text box named by the question');
  assert.equal(box.value && box.value.value, 'dui', 'its value is what was typed');
  assert.ok((await w.items()).length > 0);
  assertClean(log, 'text agent, screen reader');
  await context.close();
});
