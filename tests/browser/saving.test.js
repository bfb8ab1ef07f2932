// Saving, by the reader's choice only: nothing is stored until "Remember my answers on this
// device" is ticked; then a reload brings back every answer and the step; "Forget everything"
// (asked twice) removes every trace; a damaged saved copy or a browser that refuses storage never
// breaks the widget. Also: text fields are bounded and pasted garbage is handled.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { DIST, launch, openPage, waitReady, widget, answerChargePlaceStage, waitFor, waitForState, assertClean } = require('./helpers');

const STANDALONE = 'file://' + path.join(DIST, 'case-decoder.html');
const KEY = 'case-decoder:answers';

let browser;
before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

const stored = (page) => page.evaluate(() => Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)]));
const hook = (page, fn, arg) => page.$eval('case-decoder', fn, arg);
const savedAnswers = (page) => hook(page, (el) => el.caseDecoder.savedAnswers());

// Charge, place, stage; a half-typed arrest date; one "Not sure" and one "Yes" on the next step.
async function answerSome(page, w) {
  await answerChargePlaceStage(page, w);
  await w.click('##date_arrest');
  await page.keyboard.type('2026-09');
  await w.click('##date_arraignment');
  await page.keyboard.type('2026-09-16');
  await w.click('Next \u2192##next');
  await w.click('Not sure##stopped_by_police');
  await w.click('Yes##searched');
}

test('nothing is stored until the reader ticks Remember; then a reload brings back every answer and the step', async () => {
  const { page, context, log } = await openPage(browser, STANDALONE, { width: 1000, height: 900 });
  await waitReady(page);
  const w = widget(page);
  await answerSome(page, w);
  const st = await w.state();
  assert.equal(st.remember, false, 'off by default');
  assert.deepEqual(await stored(page), [], 'answers were stored without the reader asking');

  await w.click('Remember my answers on this device##remember');
  await waitForState(w, (s) => s.remember, 'Remember is ticked');
  let saved = await stored(page);
  assert.deepEqual(saved.map((e) => e[0]), [KEY]);
  // A change after ticking is saved too (a moment later).
  await w.click('No##search_warrant');
  await waitFor(page, (k) => JSON.parse(localStorage.getItem(k)).case_file.facts.search_warrant === 'no', KEY, 'the change after ticking was saved');

  const before = await savedAnswers(page);
  assert.equal(before.typed_dates.arrest, '2026-09', 'a half-typed date is kept as typed');
  assert.ok(before.not_sure.includes('stopped_by_police'), '"Not sure" is kept');
  const fileBefore = await w.caseFile();
  const reportBefore = await w.report();

  await page.reload();
  await waitReady(page);
  const after = await w.state();
  assert.equal(after.remember, true, 'still remembering after the reload');
  assert.equal(after.restored, true, 'the reader is told the answers came back');
  assert.equal(after.step, st.step, 'back on the same step');
  assert.deepEqual(await savedAnswers(page), before, 'every answer back, as entered');
  assert.deepEqual(await w.caseFile(), fileBefore);
  assert.deepEqual(await w.report(), reportBefore, 'the same report');
  assert.ok(await w.find('Not sure##stopped_by_police'));

  // Answers survive Back / Next, the narrow layout's tabs and resizing.
  await w.click(/^← .*##back$/);
  await w.click('Next \u2192##next');
  // A new viewport reaches the widget through its ResizeObserver, at the next rendering: wait for
  // the layout to change before using the narrow layout's tabs.
  await page.setViewportSize({ width: 360, height: 800 });
  await waitForState(w, (s) => !s.wide, 'the narrow layout at 360 px');
  await w.click(/##tab_report$/);
  await w.click(/##tab_intake$/);
  await page.setViewportSize({ width: 1000, height: 900 });
  await waitForState(w, (s) => s.wide, 'the wide layout at 1000 px');
  assert.deepEqual(await savedAnswers(page), before);

  // Unticking deletes the saved copy at once.
  await w.click('Remember my answers on this device##remember');
  await waitForState(w, (s) => !s.remember, 'Remember is unticked');
  assert.deepEqual(await stored(page), []);
  assert.deepEqual(await w.caseFile(), fileBefore, 'unticking keeps the answers on screen');
  await page.reload();
  await waitReady(page);
  assert.equal((await w.state()).restored, false);
  assert.equal(await w.report(), null, 'nothing came back');
  assertClean(log, 'remember');
  await context.close();
});

test('Forget everything asks once more, then clears every answer and the saved copy', async () => {
  const { page, context, log } = await openPage(browser, STANDALONE, { width: 1000, height: 900 });
  await waitReady(page);
  const w = widget(page);
  await answerSome(page, w);
  await w.click('Remember my answers on this device##remember');
  await waitFor(page, (k) => localStorage.getItem(k) !== null, KEY, 'the answers were saved');
  const file = await w.caseFile();

  await w.click('Forget everything##forget');
  await w.click('Keep my answers##forget_cancel');
  assert.deepEqual(await w.caseFile(), file, 'cancel keeps everything');
  assert.equal((await stored(page)).length, 1);

  await w.click('Forget everything##forget');
  await w.click('Yes, forget everything##forget_yes');
  const st = await w.state();
  assert.equal(st.step, 0, 'back to the first step');
  assert.equal(st.remember, false);
  assert.equal(await w.report(), null);
  const empty = await savedAnswers(page);
  assert.deepEqual(empty.case_file.charges, []);
  assert.deepEqual(empty.case_file.facts, {});
  assert.deepEqual(empty.not_sure, []);
  assert.deepEqual(empty.typed_dates, {});
  assert.deepEqual(await stored(page), [], 'the saved copy is gone');
  // The mirror is rebuilt a moment after the report changes: wait for that rebuild, not a time.
  await waitFor(page, () => !/Texas|Driving under the influence/.test(document.querySelector('case-decoder').shadowRoot.querySelector('[data-mirror]').textContent),
                null, 'the screen-reader mirror forgot too');
  await page.reload();
  await waitReady(page);
  assert.equal(await w.report(), null);
  assertClean(log, 'forget');
  await context.close();
});

test('a damaged saved copy is deleted and the widget starts fresh', async () => {
  const { page, context, log } = await openPage(browser, STANDALONE, { width: 1000, height: 900 });
  await waitReady(page);
  const w = widget(page);
  const damaged = [
    'not json at all',
    '{"format":"case-decoder/saved-answers","version":1,"step":99}',
    JSON.stringify({ format: 'case-decoder/saved-answers', version: 1, step: 3,
                     case_file: { format: 'case-decoder/case-file', version: 1, jurisdiction: 'CA', charges: [{ offense: 'duii', level: 'misdemeanor' }] } }),
    '{"format":"something-else"}',
  ];
  for (const text of damaged) {
    await page.evaluate(([k, t]) => localStorage.setItem(k, t), [KEY, text]);
    await page.reload();
    await waitReady(page);
    const st = await w.state();
    assert.equal(st.remember, false, text);
    assert.equal(st.step, 0, text);
    assert.equal(await w.report(), null, text);
    assert.deepEqual(await stored(page), [], `${text}: the damaged copy was not deleted`);
  }
  // A good copy with a step past the end lands on the last step, not out of range.
  const good = JSON.stringify({ format: 'case-decoder/saved-answers', version: 1, step: 1000,
                                case_file: { format: 'case-decoder/case-file', version: 1, jurisdiction: 'TX',
                                             charges: [{ offense: 'theft', level: 'misdemeanor' }] } });
  await page.evaluate(([k, t]) => localStorage.setItem(k, t), [KEY, good]);
  await page.reload();
  await waitReady(page);
  const st = await w.state();
  assert.equal(st.step, st.steps - 1);
  assert.equal((await w.report()).jurisdiction.code, 'TX');
  assertClean(log, 'damaged');
  await context.close();
});

test('a browser that refuses storage: the reader is told and nothing is kept', async () => {
  const { page, context, log } = await openPage(browser, STANDALONE, { width: 1000, height: 900 });
  await context.addInitScript(() => {
    Storage.prototype.setItem = function () { throw new DOMException('quota', 'QuotaExceededError'); };
  });
  await page.reload();
  await waitReady(page);
  const w = widget(page);
  await answerChargePlaceStage(page, w);
  await w.click('Remember my answers on this device##remember');
  await waitForState(w, (s) => s.storage_refused, 'the reader is told storage was refused');
  const st = await w.state();
  assert.equal(st.remember, false, 'the box does not stay ticked when nothing can be saved');
  assert.deepEqual(await stored(page), []);
  assert.ok(await w.report(), 'the answers are still there');
  assertClean(log, 'refused');
  await context.close();
});

test('text fields are bounded; a huge paste with control characters is cut, not choked on', async () => {
  const { page, context, log } = await openPage(browser, STANDALONE, { width: 1000, height: 900 });
  await waitReady(page);
  const w = widget(page);
  await w.click('##charge_search');
  const junk = ('theft\u0000\u0007\n\t\u202e\ud83d\ude00 \uFFFF' + 'x'.repeat(1000)).repeat(100);  // ~100 KB
  // The paste and the read in one task, with no animation frame between them: the whole paste is
  // applied by the first read after it (cut before it reaches the field, not trickled in or
  // queued for later frames), and the widget is still there to read.
  const st = await hook(page, (el, text) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', text);
    el.shadowRoot.querySelector('canvas').dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    return el.caseDecoder.state();
  }, junk);
  const bytes = Buffer.byteLength(st.charge_query, 'utf8');
  assert.ok(bytes > 90 && bytes <= 100, `search field holds ${bytes} bytes (limit 100; the paste was longer)`);
  assert.doesNotMatch(st.charge_query, /[\u0000-\u001f]/, 'control characters reached the field');
  assert.ok(st.charge_query.startsWith('theft'), st.charge_query);
  // Still responsive: clear the field, search, pick.
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('shoplift');
  await w.click('Shoplifting');
  assert.ok((await w.caseFile()).charges.some((c) => c.offense === 'shoplifting'));

  // A date field takes 40 characters at most (the longest way a date is written): what comes after
  // is dropped, so the trailing 99 never reaches the date.
  await hook(page, (el) => el.setAttribute('jurisdiction', 'TX'));
  await w.click('Next \u2192##next');
  await w.click('Next \u2192##next');
  await w.click('Next \u2192##next');
  await w.click('##date_arrest');
  await page.keyboard.type('2026-09-14' + ' '.repeat(30) + '99');
  await w.click('##date_arraignment');
  assert.equal((await w.caseFile()).dates.arrest, '2026-09-14');
  assertClean(log, 'paste');
  await context.close();
});
