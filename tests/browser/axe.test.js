// axe-core (pinned in package-lock.json) over the widget, inside its shadow root, at the first
// step, the dates step, a yes/no step, the review and the report, in English and Spanish: no
// critical and no serious violation of WCAG 2.1 A/AA rules.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const fs = require('node:fs');
const { ROOT, DIST, launch, openPage, waitReady, widget, answerChargePlaceStage, waitForState, assertClean } = require('./helpers');

const AXE = fs.readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const STANDALONE = 'file://' + path.join(DIST, 'case-decoder.html');
let browser;
before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

async function audit(page, where) {
  if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ content: AXE });
  const r = await page.evaluate(async () => {
    const res = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    const inShadow = (list) => list.some((v) => v.nodes.some((n) => Array.isArray(n.target[0]) || n.target.length > 1));
    return {
      bad: res.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious')
        .map((v) => v.impact + ' ' + v.id + ': ' + v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(', ')),
      checkedShadow: inShadow(res.passes),
    };
  });
  assert.ok(r.checkedShadow, where + ': axe looked inside the widget\'s shadow root');
  assert.deepEqual(r.bad, [], where + ': critical or serious violations');
}

for (const lang of ['en', 'es']) {
  test(`axe: no critical or serious violation at each step (${lang})`, async () => {
    const { page, context, log } = await openPage(browser, STANDALONE, { width: 1000, height: 900 });
    await waitReady(page);
    const w = widget(page);
    await audit(page, 'first step');
    await answerChargePlaceStage(page, w);  // ends on the dates step
    await audit(page, 'dates');
    await w.click('Next \u2192##next');
    await audit(page, 'yes/no question');
    // On to the review: Next past the remaining questions (each may be left unanswered).
    for (let i = 0; i < 20; i++) {
      const st = await w.state();
      if (st.step === st.steps - 1) break;
      await w.click('Next →##next');
      await waitForState(w, (s2) => s2.step === st.step + 1, 'the next step');
    }
    await audit(page, 'review');
    if (lang === 'es') {
      await page.$eval('case-decoder', (el) => el.setAttribute('lang', 'es'));
      await waitForState(w, (st) => st.lang === 'es', 'Spanish');
      await audit(page, 'review, Spanish');
    }
    // The report on a phone (its own tab).
    await page.setViewportSize({ width: 390, height: 844 });
    await w.click(/##tab_report$/);
    await audit(page, 'report');
    assertClean(log, 'axe');
    await context.close();
  });
}
