// How many key presses a keyboard-only reader needs for a whole interview: New York, shoplifting,
// first offense, at arraignment, not in jail. Printed every run. Issue 15 set the goal at 60; the check
// below is today's budget, so that the count can only go down.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { DIST, launch, openPage, waitReady, widget, focusItem, waitFor, assertClean } = require('./helpers');

const STANDALONE = 'file://' + path.join(DIST, 'case-decoder.html');
const BUDGET = 60;
let browser;
before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

test('a New York shoplifting first offense by keyboard alone: key presses counted', async () => {
  const { page, context, log } = await openPage(browser, STANDALONE, { width: 1000, height: 900 });
  await waitReady(page);
  const w = widget(page);
  let presses = 0;
  const kb = page.keyboard;
  const press = kb.press.bind(kb), type = kb.type.bind(kb);
  kb.press = async (k) => { presses++; return press(k); };
  kb.type = async (t) => { presses += t.length; return type(t); };
  const state = () => w.state();

  await kb.press('Tab');                         // into the widget
  await focusItem(page, w, '##charge_search');    // Tab into the field starts editing it
  await kb.type('shopl');
  await kb.press('Enter');                        // the first match
  await focusItem(page, w, 'Next \u2192##next');
  await kb.press('Enter');
  await waitFor(page, () => document.querySelector('case-decoder').caseDecoder.state().step === 1, null, 'the place step');
  await focusItem(page, w, '##where_search');     // the step starts there
  await kb.type('new y');
  await kb.press('Enter');                        // the first place that matches
  await focusItem(page, w, 'Next \u2192##next');
  await kb.press('Enter');
  await focusItem(page, w, 'First court date (arraignment)');
  await kb.press('Space');
  await focusItem(page, w, 'No##custody');
  await kb.press('Space');
  for (let st = await state(); st.step < st.steps - 1; st = await state()) {
    if ((await w.items()).some((i) => i.label === 'Yes##first_offense')) {
      await focusItem(page, w, 'Yes##first_offense');
      await kb.press('Space');
    }
    await focusItem(page, w, 'Next \u2192##next');
    await kb.press('Enter');
    await waitFor(page, (n) => document.querySelector('case-decoder').caseDecoder.state().step === n, st.step + 1, 'the next step');
  }
  const cf = await w.caseFile();
  assert.equal(cf.jurisdiction, 'NY');
  assert.deepEqual(cf.charges.map((c) => c.offense), ['shoplifting']);
  assert.equal(cf.stage, 'arraignment');
  assert.equal(cf.in_custody, 'no');
  assert.equal(cf.facts.first_offense, 'yes');
  console.log(`keyboard: the New York shoplifting interview took ${presses} key presses (goal 60, budget ${BUDGET})`);
  assert.ok(presses <= BUDGET, `${presses} key presses (budget ${BUDGET})`);
  assertClean(log, 'keyboard count');
  await context.close();
});
