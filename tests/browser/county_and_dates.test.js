// Asked only where it matters: the county question shows under a state whose counties run their
// own diversion programs (Illinois: Cook County), as one radio group named by its question, and a
// county chosen there brings its programs into the report; a state without county programs does
// not ask it. The dates step asks a date only where a clock of that state counts from it: the day
// the lawyer entered the case in Maryland (the Hicks rule), not in Texas.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { DIST, launch, openPage, waitReady, widget, waitFor, assertClean } = require('./helpers');

const STANDALONE = 'file://' + path.join(DIST, 'case-decoder.html');
let browser;
before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

async function chargeAndPlace(page, w, place, name) {
  await w.click('##charge_search');
  await page.keyboard.type('theft');
  await w.click('Theft');
  await w.click('Misdemeanor##theft');
  await w.click('Next \u2192##next');
  await w.click('##where_search');
  await page.keyboard.type(place);
  await w.click(name);
}

test('the county question: Illinois asks it (Cook County joins the report), Georgia does not', async () => {
  const { page, context, log } = await openPage(browser, STANDALONE, { width: 1000, height: 900 });
  await waitReady(page);
  const w = widget(page);
  await chargeAndPlace(page, w, 'illi', 'Illinois');
  assert.ok(await w.find('Cook County'), 'Illinois lists Cook County');
  assert.ok(await w.find('Another county, or not sure'), 'and always "another county, or not sure"');
  // One radio group named by its question, "not sure" checked until a county is chosen.
  const group = await page.$eval('case-decoder', (el) => {
    const g = [...el.shadowRoot.querySelectorAll('[role=radiogroup]')].find((n) => /county/i.test(n.getAttribute('aria-label') || ''));
    return g && { name: g.getAttribute('aria-label'), radios: [...g.querySelectorAll('[role=radio]')].map((r) => [r.textContent, r.getAttribute('aria-checked')]) };
  });
  assert.ok(group, 'a radio group for the county');
  assert.match(group.name, /Which county is your case in/);
  assert.deepEqual(group.radios.find((r) => r[0] === 'Another county, or not sure'), ['Another county, or not sure', 'true']);
  await w.click('Cook County');
  await waitFor(page, () => JSON.parse(document.querySelector('case-decoder').getCaseFile()).county === 'cook', null, 'the county in the case file');
  const report = await w.report();
  assert.equal(report.jurisdiction.county, 'Cook County');
  const local = report.jurisdiction.diversion_programs.filter((p) => p.county === 'Cook County');
  assert.ok(local.length >= 1, 'Cook County programs join the report');
  assert.ok(local.every((p) => p.runs_it && p.verified), 'each names who runs it and was checked');
  // Another state: no county question, and Cook County leaves the case file.
  await w.click('##where_search');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('georgia');
  await w.click('Georgia');
  await waitFor(page, () => JSON.parse(document.querySelector('case-decoder').getCaseFile()).jurisdiction === 'GA', null, 'Georgia chosen');
  assert.equal(await w.find('Another county, or not sure'), null, 'Georgia does not ask the county');
  assert.equal(JSON.parse(await page.$eval('case-decoder', (el) => el.getCaseFile())).county, undefined);
  assertClean(log, 'county');
  await context.close();
});

test('the dates step asks the day the lawyer entered the case in Maryland, not in Texas', async () => {
  for (const [place, name, asked] of [['maryl', 'Maryland', true], ['texa', 'Texas', false]]) {
    const { page, context, log } = await openPage(browser, STANDALONE, { width: 1000, height: 900 });
    await waitReady(page);
    const w = widget(page);
    await chargeAndPlace(page, w, place, name);
    await w.click('Next \u2192##next');
    await w.click('Before trial');
    await w.click('Next \u2192##next');
    await waitFor(page, () => document.querySelector('case-decoder').caseDecoder.state().step === 3, null, 'the dates step');
    const labels = (await w.items()).map((i) => i.label);
    assert.ok(labels.includes('##date_arrest'), name + ': the arrest date is asked');
    // Scroll through the step: the field is asked or not, wherever it sits.
    let found = false;
    for (let i = 0; i < 8 && !found; i++) {
      found = (await w.items()).some((it) => it.label === '##date_counsel_appearance');
      if (!found) { const box = await w.canvasBox(); await page.mouse.move(box.x + 100, box.y + box.h / 2); await page.mouse.wheel(0, 300); await page.waitForTimeout(100); }
    }
    assert.equal(found, asked, `${name}: the lawyer's appearance date ${asked ? 'is' : 'is not'} asked`);
    assertClean(log, name);
    await context.close();
  }
});
