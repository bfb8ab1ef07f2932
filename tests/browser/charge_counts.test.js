// Several counts of one charge: the interview's stepper (1 to 99), the report and the exported
// case file (counts came with format version 2; files are written as version 3), and a version-1 file with the charge repeated, read as counts.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { DIST, launch, openPage, waitReady, widget } = require('./helpers');

const STANDALONE = 'file://' + path.join(DIST, 'case-decoder.html');

let browser;
before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

test('the counts stepper: 1 to 99, in the report, in the exported case file', async () => {
  const { page, context, log } = await openPage(browser, STANDALONE, { width: 1000, height: 900 });
  await waitReady(page);
  const w = widget(page);
  await page.$eval('case-decoder', (el) => el.setAttribute('jurisdiction', 'OR'));
  await w.click('##charge_search');
  await page.keyboard.type('theft');
  await w.click('Theft');
  assert.equal((await w.caseFile()).charges[0].counts, undefined, 'one count is written as in version 1');
  await w.click('\u2212##fewer_counts_theft');  // disabled at 1: nothing happens
  assert.equal((await w.report()).charges[0].counts, 1);
  await w.click('+##more_counts_theft');
  await w.click('+##more_counts_theft');
  const file = await w.caseFile();
  assert.equal(file.version, 3);
  assert.equal(file.charges[0].counts, 3);
  assert.equal((await w.report()).charges[0].counts, 3);
  assert.match(await page.$eval('case-decoder', (el) => el.caseDecoder.reportText()), /Theft \u2014 3 counts/);
  await w.click('\u2212##fewer_counts_theft');
  assert.equal((await w.caseFile()).charges[0].counts, 2);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a version-1 case file with a repeated charge opens as one charge with counts', async () => {
  const { page, context, log } = await openPage(browser, STANDALONE, { width: 1000, height: 900 });
  await waitReady(page);
  const w = widget(page);
  const v1 = JSON.stringify({ format: 'case-decoder/case-file', version: 1, jurisdiction: 'OR',
                              charges: [{ offense: 'theft', level: 'misdemeanor' }, { offense: 'theft', level: 'misdemeanor' }] });
  const res = await page.$eval('case-decoder', (el, t) => el.loadCaseFile(t), v1);
  assert.deepEqual(res, { ok: true, error: null });
  const r = await w.report();
  assert.equal(r.charges.length, 1);
  assert.equal(r.charges[0].counts, 2);
  const again = await w.caseFile();
  assert.equal(again.version, 3);
  assert.deepEqual(again.charges, [{ offense: 'theft', level: 'misdemeanor', counts: 2 }]);
  assert.deepEqual(log.errors, []);
  await context.close();
});
