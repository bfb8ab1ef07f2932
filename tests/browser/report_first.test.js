// The answer first: on a phone the report's first screen holds the bottom line and the next
// deadline; print opens with the "For my lawyer" sheet (the reader's own answers, dates in words);
// the calendar file is made on the device; a page's presets are shown, not silent.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { DIST, launch, openPage, waitReady, widget, screenshot, waitFor, assertClean } = require('./helpers');

const STANDALONE = 'file://' + path.join(DIST, 'case-decoder.html');
const INDEX = 'file://' + path.join(DIST, 'index.html');
let browser;

before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

// Dates relative to the browser's today, which the widget uses as "as of".
function localISO(daysFromToday) {
  const d = new Date();
  d.setDate(d.getDate() + daysFromToday);
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
function inWords(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y, m - 1, d).toLocaleDateString('en-US', { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' });
}

// A Florida reader in jail on a felony drug charge, arrested 25 days ago, nothing filed yet: the
// State's 33-day charging clock (Fla. R. Crim. P. 3.134) ends in 8 days.
const ARREST = localISO(-25);
const CASE = JSON.stringify({
  format: 'case-decoder/case-file', version: 2, jurisdiction: 'FL',
  charges: [{ offense: 'drug_possession', level: 'felony' }], stage: 'before_filing', in_custody: 'yes',
  dates: { arrest: ARREST }, facts: { has_attorney: 'yes', searched: 'yes' }, lang: 'en',
});

test('phone 390x844: the bottom line and the next deadline are on the first screen of the report', async () => {
  const { page, context, log } = await openPage(browser, STANDALONE, { width: 390, height: 844 });
  await waitReady(page);
  const w = widget(page);
  const loaded = await page.$eval('case-decoder', (el, t) => el.loadCaseFile(t), CASE);
  assert.equal(loaded.ok, true, loaded.error);
  const report = await w.report();
  assert.equal(report.summary.next_deadline.id, 'fl.charging.custody');
  assert.equal(report.summary.next_deadline.days_left, 8);
  assert.match(report.summary.next_deadline.text, new RegExp(inWords(localISO(8)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + ' \\(in 8 days\\)'));
  assert.ok(report.summary.urgent.some((u) => u.id === 'urgent.custody_clock'), 'in jail with a charging clock running is urgent');

  await w.click(/^Report \(\d+\)##tab_report$/);
  const st = await w.state();
  assert.equal(st.view, 'report');
  // What is drawn first: title, the one-line notice with "More", the bottom line, then the export
  // buttons. The first export button is inside the canvas and inside the window without scrolling,
  // so the bottom line above it is on the first screen.
  // The bottom line card (headline, next deadline, what cannot wait, paths) is drawn whole inside
  // the widget and inside the phone's screen, with no scrolling.
  const box = await w.canvasBox();
  const more = await w.find('More##notice');
  assert.ok(more, 'the legal notice is one short line with "More"');
  const [top, bottom] = st.bottom_line;
  assert.ok(top > more.y && bottom > top + 100, `the bottom line is drawn below the notice line (${top}..${bottom})`);
  assert.ok(bottom <= box.h, `the bottom line ends inside the widget (${bottom} <= ${box.h})`);
  assert.ok(box.y + bottom <= 844, `and inside the phone screen (${box.y + bottom} <= 844)`);
  assert.ok((await w.items()).some((it) => it.label === 'Copy questions##export0'), 'the exports follow the bottom line');
  // The same order for screen readers: the mirror's first section is the bottom line. The mirror
  // is rebuilt a moment after the report changes (here: the loaded case file): wait for it.
  await waitFor(page, () => document.querySelector('case-decoder').shadowRoot.querySelector('[data-mirror] section'), null,
                'the screen-reader mirror holds the report');
  const first = await page.$eval('case-decoder', (el) => el.shadowRoot.querySelector('[data-mirror] section').id);
  assert.equal(first, 'cd-report-summary');
  await screenshot(page, 'report-first-390.png');

  // "More" opens the full legal notice, and "Less" folds it again.
  await w.click('More##notice');
  assert.ok(await w.find('Less##notice'), 'the full notice is open');
  await w.click('Less##notice');
  assertClean(log, 'phone report');
  await context.close();
});

test('print opens with the lawyer sheet: the reader\'s answers, the arrest date in words, then the full report', async () => {
  const { page, context, log } = await openPage(browser, STANDALONE, { width: 1000, height: 900 });
  await waitReady(page);
  const w = widget(page);
  await page.$eval('case-decoder', (el, t) => el.loadCaseFile(t), CASE);
  await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed++; }; });
  await w.click(/^Print##/);
  await waitFor(page, () => window.__printed === 1, null, 'Print called window.print() once');
  const sheet = await page.$eval('#case-decoder-print', (n) => {
    const parts = n.querySelectorAll('.cd-part');
    return { first: parts[0].className, text: parts[0].innerText, title: parts[0].querySelector('h2').textContent, count: parts.length };
  });
  assert.equal(sheet.count, 2);
  assert.match(sheet.first, /cd-part-handoff/);
  assert.equal(sheet.title, 'For my lawyer');
  assert.ok(sheet.text.includes('Arrest: ' + inWords(ARREST) + ' (25 days ago)'), 'the entered arrest date, in words');
  assert.ok(sheet.text.includes('Did the police search you, your car, your phone or your home? Yes'), 'the reader\'s answers');
  assert.ok(sheet.text.includes('In jail on this case: Yes'));
  assert.ok(sheet.text.includes('Chosen because'), 'each question says why it was chosen');
  assert.ok(!sheet.text.includes(ARREST), 'no ISO dates for people');
  await page.emulateMedia({ media: 'print' });
  await screenshot(page, 'print-lawyer-sheet.png');
  await page.emulateMedia({ media: 'screen' });
  assertClean(log, 'print');
  await context.close();
});

test('"Add to calendar" makes an .ics on the device: one event per deadline, no request', async () => {
  const { page, context, log } = await openPage(browser, STANDALONE, { width: 1000, height: 900 });
  await waitReady(page);
  const w = widget(page);
  await page.$eval('case-decoder', (el, t) => el.loadCaseFile(t), CASE);
  const report = await w.report();
  const before = log.requests.length;
  const [download] = await Promise.all([page.waitForEvent('download'), w.click('Add to calendar##export4')]);
  const text = fs.readFileSync(await download.path(), 'utf8');
  assert.match(download.suggestedFilename(), /^case-decoder-deadlines-\d{4}-\d{2}-\d{2}\.ics$/);
  assert.ok(text.startsWith('BEGIN:VCALENDAR\r\n') && text.endsWith('END:VCALENDAR\r\n'));
  const dated = report.deadlines.filter((d) => d.due);
  assert.equal((text.match(/BEGIN:VEVENT/g) || []).length, dated.length);
  for (const d of dated) assert.ok(text.includes('DTSTART;VALUE=DATE:' + d.due.replace(/-/g, '')), d.id);
  assert.deepEqual(log.requests.slice(before).filter((u) => !u.startsWith('blob:') && !u.startsWith('data:')), [], 'no request for the calendar');
  assertClean(log, 'calendar');
  await context.close();
});

test('presets from the page are shown on the first step, with a way to change them', async () => {
  const { page, context, log } = await openPage(browser, INDEX, { width: 1000, height: 900 });
  await waitReady(page);
  const w = widget(page);
  await (await page.$('case-decoder')).scrollIntoViewIfNeeded();
  // The demo article presets DUI in California.
  assert.ok(await w.find('Change##preset_change'), 'the "Started with" note is there');
  await waitFor(page, () => document.querySelector('case-decoder').shadowRoot.querySelector('[data-mirror] article'), null,
                'the screen-reader mirror holds the preset report');
  const mirror = await page.$eval('case-decoder', (el) => el.shadowRoot.querySelector('[data-mirror]').textContent);
  assert.ok(!/Can charges be dropped at this stage\?/.test(mirror), 'no stage is stated before the reader gives one');
  await w.click('Change##preset_change');
  assert.equal((await w.state()).title, 'Where your case is');
  assert.equal(await w.find('Change##preset_change', { visibleOnly: false }), null, 'the note is gone once used');
  assertClean(log, 'presets');
  await context.close();
});
