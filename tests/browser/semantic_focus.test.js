// Focus is one thing: a screen reader that moves focus to a control of the semantic layer moves the
// widget's keyboard cursor there (scrolled into view if it was not), and the keys pressed there work
// as on the canvas: Space chooses the radio the cursor is on, Tab moves on.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { DIST, launch, openPage, waitReady, widget, answerChargePlaceStage, waitFor, assertClean } = require('./helpers');

const STANDALONE = 'file://' + path.join(DIST, 'case-decoder.html');
let browser;
before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

test('focusing a control in the semantic layer puts the widget\'s cursor on it; Space there presses it', async () => {
  const { page, context, log } = await openPage(browser, STANDALONE, { width: 1000, height: 520 });
  await waitReady(page);
  const w = widget(page);
  await answerChargePlaceStage(page, w);
  await w.click('Next \u2192##next');  // past the dates: a step of yes/no questions
  await waitFor(page, () => document.querySelector('case-decoder').shadowRoot.querySelectorAll('[data-semantics] [role=radio]').length > 3,
                null, 'a step with radios');
  // The last unchosen radio of the step, wherever it is drawn (maybe below the fold).
  const id = await page.$eval('case-decoder', (el) => {
    const radios = Array.from(el.shadowRoot.querySelectorAll('[data-semantics] [role=radio]')).filter((n) => n.getAttribute('aria-checked') === 'false');
    return radios[radios.length - 1].dataset.id;
  });
  await page.$eval('case-decoder', (el, i) => el.shadowRoot.querySelector('[data-semantics] [data-id="' + i + '"]').focus(), id);
  await waitFor(page, async (i) => (await document.querySelector('case-decoder').caseDecoder.items())
    .some((it) => String(it.id) === i && it.focused && it.visible), id, 'the widget\'s cursor is on that radio, in view');
  await page.keyboard.press('Space');
  await waitFor(page, (i) => document.querySelector('case-decoder').shadowRoot.querySelector('[data-semantics] [data-id="' + i + '"]')
    .getAttribute('aria-checked') === 'true', id, 'Space chose it');
  // Tab from there moves the widget's cursor on (the keys work as on the canvas).
  await page.keyboard.press('Tab');
  await waitFor(page, async (i) => (await document.querySelector('case-decoder').caseDecoder.items())
    .some((it) => it.focused && String(it.id) !== i), id, 'Tab moved the cursor on');
  assertClean(log, 'semantic focus');
  await context.close();
});
