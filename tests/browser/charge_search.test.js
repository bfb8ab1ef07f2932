// Finding the charge the way readers write it: own words and Spanish without accents offer the
// right charge first; nothing matched is never a dead end (the list by kind of charge opens).
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { DIST, launch, openPage, waitReady, widget, assertClean } = require('./helpers');

const STANDALONE = 'file://' + path.join(DIST, 'case-decoder.html');
let browser;
before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

// The choice rows offered under the search field, in order (their labels are the offense names).
async function offered(page, w, typed) {
  await w.click('##charge_search');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(typed);
  await page.waitForFunction((t) => document.querySelector('case-decoder').caseDecoder.state().charge_query === t, typed);
  const items = await w.items();
  const field = items.findIndex((it) => it.label === '##charge_search');
  return items.slice(field + 1).filter((it) => !it.label.startsWith('##') && !it.label.includes('##browse')).map((it) => it.label.split('##')[0]);
}

test('own words and Spanish find the charge; nothing matched opens the list by kind', async () => {
  const { page, context, log } = await openPage(browser, STANDALONE, { width: 1000, height: 900 });
  await waitReady(page);
  const w = widget(page);
  assert.equal((await offered(page, w, 'hit my girlfriend'))[0], 'Domestic violence');
  assert.equal((await offered(page, w, 'assualt'))[0], 'Assault');
  await page.$eval('case-decoder', (el) => el.setAttribute('lang', 'es'));
  await page.waitForFunction(() => document.querySelector('case-decoder').caseDecoder.state().lang === 'es');
  assert.match((await offered(page, w, 'violencia domestica'))[0], /^Violencia doméstica/);
  const none = await offered(page, w, 'qqqq');
  assert.ok(none.length >= 40, 'the whole list, by kind of charge, opens');
  assertClean(log, 'charge search');
  await context.close();
});

test('a section number from the paperwork finds the charge: "PC 459" in California is burglary', async () => {
  const { page, context, log } = await openPage(browser, STANDALONE, { width: 1000, height: 900 });
  await waitReady(page);
  const w = widget(page);
  // The page (or the reader, coming back to step one) has chosen California: its sections rank first.
  await page.$eval('case-decoder', (el) => el.setAttribute('jurisdiction', 'CA'));
  await page.waitForFunction(() => JSON.parse(document.querySelector('case-decoder').getCaseFile()).jurisdiction === 'CA');
  assert.equal((await offered(page, w, 'PC 459'))[0], 'Burglary');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => JSON.parse(document.querySelector('case-decoder').getCaseFile()).charges.length === 1);
  assert.deepEqual((await w.caseFile()).charges.map((c) => c.offense), ['burglary']);
  // A paperwork number with its subsection, no state chosen: the prefix tells the code.
  await page.$eval('case-decoder', (el) => el.removeAttribute('jurisdiction'));
  assert.equal((await offered(page, w, 'VC 23152(a)'))[0], 'Driving under the influence');
  assertClean(log, 'statute search');
  await context.close();
});
