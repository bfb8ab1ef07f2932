// Dates as readers type them: "10/01/2026" is October 1 in English (and the same date stays when
// the reader switches to Spanish), "Oct 1 2026" works too, and a date that is not real is refused
// with the reason, leaving it out of the case file.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { DIST, launch, openPage, waitReady, widget, artifact, answerChargePlaceStage, assertClean } = require('./helpers');

const STANDALONE = 'file://' + path.join(DIST, 'case-decoder.html');
let browser;
before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

test('typed dates: 10/01/2026 and "December 10, 2026" are read; 02/30/2026 is refused with the reason', async () => {
  const { page, context, log } = await openPage(browser, STANDALONE, { width: 1000, height: 900 });
  await waitReady(page);
  const w = widget(page);
  await answerChargePlaceStage(page, w);
  await w.click('##date_arrest');
  await page.keyboard.type('10/01/2026');
  await w.click('##date_court_date');
  await page.keyboard.type('December 10, 2026');
  await w.click('##date_arraignment');
  await page.keyboard.type('02/30/2026');
  await w.click('##date_indictment');  // leave the field: the bad date is explained
  const caseFile = () => page.$eval('case-decoder', (el) => JSON.parse(el.getCaseFile()));
  await page.waitForFunction(() => JSON.parse(document.querySelector('case-decoder').getCaseFile()).dates.court_date === '2026-12-10');
  let cf = await caseFile();
  assert.equal(cf.dates.arrest, '2026-10-01', 'month first in English');
  assert.equal(cf.dates.court_date, '2026-12-10');
  assert.equal(cf.dates.arraignment, undefined, 'February 30 is not a date');
  // Said at once (assertive), with the field's name and why.
  const alert = await page.$eval('case-decoder', (el) => el.shadowRoot.querySelector('[data-alert]').textContent);
  assert.match(alert, /^Arraignment.*: .*February/i, 'the error is said: ' + alert);
  await page.screenshot({ path: artifact('dates-typed-1000.png') });
  // The report speaks of the arrest in words.
  const report = await w.report();
  assert.ok(report.summary.next_deadline, 'a clock runs from the arrest');

  // Spanish reads 10/01 day first, but the date already typed keeps its meaning.
  await page.$eval('case-decoder', (el) => el.setAttribute('lang', 'es'));
  await page.waitForFunction(() => JSON.parse(document.querySelector('case-decoder').getCaseFile()).lang === 'es');
  cf = await caseFile();
  assert.equal(cf.dates.arrest, '2026-10-01', 'switching language did not change the date');
  assertClean(log, 'dates');
  await context.close();
});
