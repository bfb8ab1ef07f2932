// Browser tests for the Case Decoder widget: Debian's Chromium (headless, SwiftShader WebGL)
// driven by playwright-core, from file:// and from a local http.server.
//
// Run: tests/browser/run.sh   (or: node --test tests/browser/ after scripts/build.sh)
// Screenshots land in test-artifacts/.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const {
  DIST, launch, startServer, openPage, waitReady, widget, screenshot, answerChargePlaceStage, focusItem,
  settled, waitFor, wheel, observeFor, assertClean, assertQuestions, assertNoUiKeys,
} = require('./helpers');

const INDEX = 'file://' + path.join(DIST, 'index.html');
const STANDALONE = 'file://' + path.join(DIST, 'case-decoder.html');

let browser;
before(async () => {
  for (const f of ['case-decoder.js', 'case-decoder.app.js', 'case-decoder.wasm.js', 'index.html', 'case-decoder.html'])
    assert.ok(fs.existsSync(path.join(DIST, f)), `dist/${f} is missing: run scripts/build.sh`);
  browser = await launch();
});
after(async () => { if (browser) await browser.close(); });

async function recordEvents(context) {
  // Count the widget's events from the very start of the page.
  await context.addInitScript(() => {
    window.__cd = { ready: 0, change: 0, readyTargets: [] };
    document.addEventListener('case-decoder:ready', (e) => { window.__cd.ready++; window.__cd.readyTargets.push(e.target.localName); });
    document.addEventListener('case-decoder:change', () => { window.__cd.change++; });
  });
}

test('demo article from file://: first frame mark, ready event, report, own files only', async () => {
  const { page, context: ctx, log } = await openPage(browser, INDEX, { width: 1000 });
  await waitReady(page);
  const marks = await page.evaluate(() => performance.getEntriesByName('case-decoder:first-frame').length);
  assert.equal(marks, 1, 'performance mark case-decoder:first-frame');
  const w = widget(page);
  const report = await w.report();
  assertQuestions(report, 'preset dui/CA');
  assert.equal(report.jurisdiction.code, 'CA');
  assert.equal(report.charges[0].offense, 'dui');
  const el = await page.$('case-decoder');
  await el.scrollIntoViewIfNeeded();
  await screenshot(page, 'article-1000.png', { element: el });
  assertClean(log, 'index.html (file://)');
  await ctx.close();
});

test('ready event bubbles from each widget and the mark is set once per widget', async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  await recordEvents(context);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(INDEX);
  await waitReady(page);
  const cd = await page.evaluate(() => window.__cd);
  assert.equal(cd.ready, 1);
  assert.deepEqual(cd.readyTargets, ['case-decoder']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('self-contained page works from file:// with no other file at all (offline)', async () => {
  const { page, context, log } = await openPage(browser, STANDALONE, { width: 1000 });
  await waitReady(page);
  const files = log.requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(files, [STANDALONE], 'only the page itself is loaded');
  const w = widget(page);
  assert.equal(await w.report(), null, 'no report before a charge and a jurisdiction');
  await screenshot(page, 'standalone-1000.png');
  assertClean(log, 'case-decoder.html (file://)');
  await context.close();
});

test('over http: demo and self-contained page load only their own files', async () => {
  const server = await startServer(DIST);
  try {
    for (const name of ['index.html', 'case-decoder.html']) {
      const { page, context, log } = await openPage(browser, `${server.origin}/${name}`, { width: 1000 });
      await waitReady(page);
      if (name === 'index.html') assertQuestions(await widget(page).report(), 'http index');
      assertClean(log, name + ' (http)');
      await context.close();
    }
  } finally {
    await server.stop();
  }
});

test('idle means no frames; hovering the article does not wake the widget', async () => {
  const { page, context, log } = await openPage(browser, INDEX, { width: 1000 });
  await waitReady(page);
  const w = widget(page);
  await settled(page);  // the frames asked for at start-up are drawn
  const f0 = await w.frames();
  await page.mouse.move(20, 20);
  await page.mouse.move(40, 60);
  // Measurement: two seconds of hovering and waiting must draw nothing.
  await observeFor(page, 2000);
  const f1 = await w.frames();
  assert.equal(f1, f0, `frames while idle: ${f1 - f0}`);
  assertClean(log, 'idle');
  await context.close();
});

test('intake completed by mouse (and typing): charge, place, stage, dates, facts, review', async () => {
  const { page, context, log } = await openPage(browser, STANDALONE, { width: 1000, height: 900 });
  await waitReady(page);
  const w = widget(page);

  // Charges (type-to-search over names and synonyms), where, stage and custody.
  await answerChargePlaceStage(page, w);
  // Dates: typed as digits only ("20260914" becomes 2026-09-14); a bad one is flagged and left out.
  await w.click('##date_arrest');
  await page.keyboard.type('20260914');
  await w.click('##date_arraignment');
  await page.keyboard.type('2026-09-16');
  await w.click('##date_indictment');
  await page.keyboard.type('2026-02-30');
  await page.keyboard.press('Enter');
  await w.click('Next \u2192##next');
  // The stop and the search: a follow-up appears only after "Yes".
  assert.equal(await w.find('Yes##search_warrant', { visibleOnly: false }), null, 'warrant question hidden before "searched"');
  await w.click('Yes##searched');
  await w.click('No##search_warrant');
  await w.click('Next \u2192##next');
  // Walk to the review screen; Back and Next keep answers.
  for (let i = 0; i < 10 && (await w.state()).title !== 'Check your answers'; i++) await w.click('Next \u2192##next');
  await w.click('\u2190 Back##back');
  await w.click('Next \u2192##next');
  assert.equal((await w.state()).title, 'Check your answers');
  await screenshot(page, 'intake-review-1000.png');

  const caseFile = await w.caseFile();
  assert.equal(caseFile.jurisdiction, 'TX');
  assert.deepEqual(caseFile.charges, [{ offense: 'dui', level: 'misdemeanor' }]);
  assert.equal(caseFile.stage, 'pre_trial');
  assert.equal(caseFile.in_custody, 'no');
  assert.equal(caseFile.dates.arrest, '2026-09-14');
  assert.equal(caseFile.dates.arraignment, '2026-09-16');
  assert.equal(caseFile.dates.indictment, undefined, 'an impossible date is left out');
  assert.equal(caseFile.facts.searched, 'yes');
  assert.equal(caseFile.facts.search_warrant, 'no');
  const report = await w.report();
  assertQuestions(report, 'mouse intake');
  assert.ok(report.questions.some((q) => q.because.includes('fact:searched')), 'a question follows from the search answer');
  // Privacy: nothing stored anywhere.
  const stored = await page.evaluate(async () => ({
    local: localStorage.length, session: sessionStorage.length, cookie: document.cookie,
    idb: indexedDB.databases ? (await indexedDB.databases()).length : 0,
  }));
  assert.deepEqual(stored, { local: 0, session: 0, cookie: '', idb: 0 });
  assertClean(log, 'mouse intake');
  await context.close();
});

test('intake completed by keyboard only (Tab order, arrows, Space/Enter, typing)', async () => {
  const { page, context, log } = await openPage(browser, STANDALONE, { width: 1000, height: 900 });
  await waitReady(page);
  const w = widget(page);
  const focused = async () => ((await w.items()).find((it) => it.focused) || {}).label;
  // Tab from the page lands on the widget's first item.
  await page.keyboard.press('Tab');
  assert.ok(await page.$eval('case-decoder', (el) => el.shadowRoot.activeElement?.localName === 'canvas'), 'Tab focuses the canvas');
  // Like a form: Tab to the charge search, type, Enter adds the first match.
  for (let i = 0; i < 6 && (await focused()) !== '##charge_search'; i++) await page.keyboard.press('Tab');
  assert.equal(await focused(), '##charge_search');
  await page.keyboard.type('shoplift');
  await page.keyboard.press('Enter');
  await focusItem(page, w, 'Next \u2192##next');
  await page.keyboard.press('Enter');
  assert.equal((await w.state()).step, 1);

  // Where: Tab into the filter, type, then arrow down to the one match and press Space.
  await focusItem(page, w, '##where_search');
  await page.keyboard.press('Enter');
  await page.keyboard.type('new york');
  await page.keyboard.press('Enter');
  await focusItem(page, w, 'New York');
  await page.keyboard.press('Space');
  await focusItem(page, w, 'Next \u2192##next');
  await page.keyboard.press('Enter');
  assert.equal((await w.state()).step, 2);

  await focusItem(page, w, 'Before trial');
  await page.keyboard.press('Space');
  await focusItem(page, w, 'Yes##custody');
  await page.keyboard.press('Enter');

  const caseFile = await w.caseFile();
  assert.equal(caseFile.jurisdiction, 'NY');
  assert.equal(caseFile.charges[0].offense, 'shoplifting');
  assert.equal(caseFile.stage, 'pre_trial');
  assert.equal(caseFile.in_custody, 'yes');
  assertQuestions(await w.report(), 'keyboard intake');
  await screenshot(page, 'keyboard-1000.png');

  // Shift+Tab walks back; Tab past the last item leaves the widget: no keyboard trap.
  let left = false;
  for (let i = 0; i < 200 && !left; i++) {
    await page.keyboard.press('Tab');
    left = await page.$eval('case-decoder', (el) => el.shadowRoot.activeElement?.localName !== 'canvas');
  }
  assert.ok(left, 'Tab eventually leaves the canvas');
  assertClean(log, 'keyboard intake');
  await context.close();
});

test('a preset attribute changes the report', async () => {
  const { page, context, log } = await openPage(browser, INDEX, { width: 1000 });
  await waitReady(page);
  const w = widget(page);
  const before = await w.report();
  assert.equal(before.jurisdiction.code, 'CA');
  await page.$eval('case-decoder', (el) => el.setAttribute('jurisdiction', 'NY'));
  const ny = await w.report();
  assert.equal(ny.jurisdiction.code, 'NY');
  assert.notDeepEqual(ny.deadlines, before.deadlines);
  await page.$eval('case-decoder', (el) => el.setAttribute('offense', 'theft'));
  const theft = await w.report();
  assert.deepEqual(theft.charges.map((c) => c.offense), ['theft']);
  await page.$eval('case-decoder', (el) => el.setAttribute('stage', 'after_conviction'));
  assert.equal((await w.report()).stage.id, 'after_conviction');
  assertQuestions(await w.report(), 'presets');
  assertClean(log, 'presets');
  await context.close();
});

test('two widgets on one page work independently; keys go only to the focused one', async () => {
  const { page, context, log } = await openPage(browser, INDEX, { width: 1000 });
  await waitReady(page);
  await page.evaluate(() => {
    const host = document.createElement('div');
    host.id = 'second';
    document.querySelector('main:last-of-type').prepend(host);
    const input = document.createElement('input');
    input.id = 'page-input';
    document.querySelector('main:last-of-type').prepend(input);
    window.CaseDecoder.mount(host, { offense: 'theft', jurisdiction: 'NY', height: 520, loading: 'eager' });  // further down: eager, not lazy
  });
  await waitReady(page);
  assert.equal(await page.evaluate(() => performance.getEntriesByName('case-decoder:first-frame').length), 2, 'one mark per widget');
  const first = widget(page, 'case-decoder:not(#second case-decoder)');
  const second = widget(page, '#second case-decoder');
  assert.equal((await first.report()).jurisdiction.code, 'CA');
  assert.equal((await second.report()).jurisdiction.code, 'NY');

  // Typing in the page's own input: Backspace works there, the widgets see nothing. The counters
  // are read once both widgets have drawn the frames their start-up and the reads above asked for.
  await settled(page);
  const f1 = await first.frames(), f2 = await second.frames();
  await page.click('#page-input');
  await page.keyboard.type('abcd');
  await page.keyboard.press('Backspace');
  assert.equal(await page.inputValue('#page-input'), 'abc');
  // Measurement: a widget woken by the page's keys would draw within a few frames.
  await observeFor(page, 200);
  assert.equal(await first.frames(), f1, 'first widget drew frames for page typing');
  assert.equal(await second.frames(), f2, 'second widget drew frames for page typing');

  // Typing in the second widget's search field leaves the first one alone.
  await (await page.$('#second case-decoder')).scrollIntoViewIfNeeded();
  await second.click('##charge_search');
  await page.keyboard.type('burgl');
  await page.keyboard.press('Enter');
  assert.deepEqual((await second.report()).charges.map((c) => c.offense), ['theft', 'burglary']);
  assert.deepEqual((await first.report()).charges.map((c) => c.offense), ['dui']);
  assertClean(log, 'two widgets');
  await context.close();
});

test('the page scrolls when the widget has nothing to scroll, or once the report is at its end', async () => {
  const { page, context, log } = await openPage(browser, INDEX, { width: 1000, height: 800 });
  await waitReady(page);
  const w = widget(page);
  await page.evaluate(() => window.scrollTo(0, document.querySelector('case-decoder').getBoundingClientRect().top + window.scrollY - 100));
  // Count the page's finished scrolls ('scrollend': after a smooth wheel scroll has come to rest).
  await page.evaluate(() => { window.__scrollEnds = 0; document.addEventListener('scrollend', () => { window.__scrollEnds++; }); });
  await settled(page);  // the jump is drawn (and hit-tested) before the pointer moves
  const box = await w.canvasBox();
  // Over the header (not scrollable): the page moves.
  const y0 = await page.evaluate(() => window.scrollY);
  await page.mouse.move(box.x + box.w / 2, box.y + 20);
  await settled(page);  // the widget has drawn the pointer's new place: it routes the wheel by it
  const ends = await page.evaluate(() => window.__scrollEnds);
  await wheel(page, 0, 200);
  await waitFor(page, (n) => window.__scrollEnds > n, ends, 'the page scrolled to rest after a wheel over the header');
  const y1 = await page.evaluate(() => window.scrollY);
  assert.ok(y1 > y0, `page did not scroll over the header (${y0} -> ${y1})`);
  // Over the report (long, scrollable): the report moves, the page does not.
  const b2 = await w.canvasBox();
  await page.mouse.move(b2.x + b2.w * 0.75, b2.y + b2.h / 2);
  await settled(page);  // as above: the wheel goes by the pointer's place in the last frame
  await wheel(page, 0, 200);
  // Measurement: had the widget let this wheel through, the page would have begun to scroll by now.
  await observeFor(page, 300);
  const y2 = await page.evaluate(() => window.scrollY);
  assert.equal(y2, y1, 'page scrolled although the report could scroll');
  // One scroll at a time: the report scrolls to its end, and only then does the page move.
  await wheel(page, 0, 100000);
  await settled(page);  // the report is drawn at its end
  assert.equal(await page.evaluate(() => window.scrollY), y1, 'the page stayed while the report scrolled to its end');
  const ends2 = await page.evaluate(() => window.__scrollEnds);
  await wheel(page, 0, 200);
  await waitFor(page, (n) => window.__scrollEnds > n, ends2, 'the page scrolled once the report was at its end');
  assert.ok(await page.evaluate(() => window.scrollY) > y1, 'the page moved after the report reached its end');
  assertClean(log, 'scrolling');
  await context.close();
});

test('import: a broken case file shows its error line and keeps the answers; a good one round-trips', async () => {
  const { page, context, log } = await openPage(browser, INDEX, { width: 1000 });
  await waitReady(page);
  const w = widget(page);
  const before = await w.report();
  const bad = await page.$eval('case-decoder', (el) => el.loadCaseFile('{"format":"case-decoder/case-file","version":1,"jurisdiction":"CA","charges":[{"offense":"duii","level":"misdemeanor"}]}'));
  assert.equal(bad.ok, false);
  assert.match(bad.error, /^case file: charges\[0\]\.offense/);
  assert.deepEqual(await w.report(), before, 'answers changed after a failed import');
  await screenshot(page, 'import-error-1000.png');
  const notJson = await page.$eval('case-decoder', (el) => el.loadCaseFile('not json at all'));
  assert.equal(notJson.ok, false);
  assert.match(notJson.error, /^case file:/);

  const example = JSON.stringify({
    format: 'case-decoder/case-file', version: 1, jurisdiction: 'NJ',
    charges: [{ offense: 'drug_possession', level: 'felony' }], stage: 'arraignment', in_custody: 'no',
    dates: { arrest: '2026-09-01' }, facts: { first_offense: 'yes', searched: 'yes', search_warrant: 'no' }, lang: 'en',
  });
  const good = await page.$eval('case-decoder', (el, t) => el.loadCaseFile(t), example);
  assert.deepEqual(good, { ok: true, error: null });
  const imported = await w.report();
  assert.equal(imported.jurisdiction.code, 'NJ');
  // Export, import again: the same report.
  const saved = await page.$eval('case-decoder', (el) => el.getCaseFile());
  await page.$eval('case-decoder', (el) => el.setAttribute('jurisdiction', 'CA'));
  await page.$eval('case-decoder', (el, t) => el.loadCaseFile(t), saved);
  assert.deepEqual(await w.report(), imported);
  assert.equal(await page.$eval('case-decoder', (el) => el.getCaseFile()), saved, 'the same answers');
  assertClean(log, 'import');
  await context.close();
});

test('exports: copy questions, download .txt/.md/.json, print view', async () => {
  const { page, context, log } = await openPage(browser, INDEX, { width: 1000 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await waitReady(page);
  const w = widget(page);
  const el = await page.$('case-decoder');
  await el.scrollIntoViewIfNeeded();
  const expected = await page.$eval('case-decoder', (e) => e.caseDecoder.questionsText());
  await w.click(/^Copy questions##/);
  await waitFor(page, (t) => navigator.clipboard.readText().then((c) => c === t), expected, 'the questions are on the clipboard', { timeout: 5000 });

  const saveOf = async (label) => {
    await w.click(/^Download \u25BE##/);  // the menu
    const [download] = await Promise.all([page.waitForEvent('download'), w.click(label)]);
    return { name: download.suggestedFilename(), text: fs.readFileSync(await download.path(), 'utf8') };
  };
  const txt = await saveOf(/\(\.txt\)$/);
  assert.match(txt.name, /^case-decoder-report-\d{4}-\d{2}-\d{2}\.txt$/);
  assert.equal(txt.text, await page.$eval('case-decoder', (e) => e.caseDecoder.reportText()));
  const md = await saveOf(/\(\.md\)$/);
  assert.match(md.name, /\.md$/);
  assert.equal(md.text, await page.$eval('case-decoder', (e) => e.caseDecoder.reportMarkdown()));
  const json = await saveOf(/^Case file \(\.json\)/);
  assert.match(json.name, /\.json$/);
  assert.equal(JSON.parse(json.text).jurisdiction, 'CA');

  await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed++; }; });
  await w.click(/^Print##/);
  await waitFor(page, () => window.__printed === 1, null, 'Print called window.print() once');
  const printed = await page.$eval('#case-decoder-print', (n) => ({
    parts: Array.from(n.querySelectorAll('.cd-part'), (p) => p.className),
    sections: n.querySelectorAll('section').length,
    q: n.querySelectorAll('.cd-part-report ol.cd-questions > li').length,
    sheetQ: n.querySelectorAll('.cd-part-handoff ol.cd-questions > li').length,
  }));
  assert.deepEqual(printed.parts, ['cd-part cd-part-handoff', 'cd-part cd-part-report'], 'the lawyer sheet, then the full report');
  assert.ok(printed.sections >= 8, 'print view has the report sections');
  assert.equal(printed.q, (await w.report()).questions.length);
  assert.equal(printed.sheetQ, printed.q, 'every question is on the lawyer sheet too');
  await page.emulateMedia({ media: 'print' });
  await screenshot(page, 'print-view.png', { fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  assertClean(log, 'exports');
  await context.close();
});

test('questions open to show why and citations; screen-reader mirror follows the report', async () => {
  const { page, context, log } = await openPage(browser, INDEX, { width: 1000 });
  await waitReady(page);
  const w = widget(page);
  const report = await w.report();
  const first = `1. ${report.questions[0].text}`;
  await (await page.$('case-decoder')).scrollIntoViewIfNeeded();
  await w.click(first);
  assert.equal((await w.state()).open_question, 0, 'the first question opened');
  await waitFor(page, () => document.querySelector('case-decoder').shadowRoot.querySelector('[data-mirror] ol.cd-questions'), null,
                'the screen-reader mirror lists the questions');
  const mirrored = await page.$eval('case-decoder', (el) => el.shadowRoot.querySelectorAll('[data-mirror] ol.cd-questions > li').length);
  assert.equal(mirrored, report.questions.length);
  await screenshot(page, 'question-open-1000.png');
  assertClean(log, 'questions');
  await context.close();
});

test('fits 320 to 1200 px, follows resizes, crisp at devicePixelRatio 2, dark theme', async () => {
  for (const [width, dpr, scheme] of [[360, 2, 'light'], [1000, 1, 'light'], [1000, 2, 'dark'], [320, 1, 'light'], [1280, 1, 'light']]) {
    const { page, context, log } = await openPage(browser, INDEX, { width, dpr, colorScheme: scheme });
    const el = await page.$('case-decoder');
    await el.scrollIntoViewIfNeeded();  // on a narrow screen the widget is far down the article: it starts when near
    await waitReady(page);
    const sizes = await el.evaluate((e) => {
      const c = e.shadowRoot.querySelector('canvas');
      return { css: c.getBoundingClientRect().width, px: c.width, host: e.getBoundingClientRect().width };
    });
    assert.ok(sizes.host <= 1200, 'at most 1200 px wide');
    assert.ok(Math.abs(sizes.px - Math.round(sizes.css * dpr)) <= 1, `canvas backing store ${sizes.px} for ${sizes.css} css px at dpr ${dpr}`);
    await screenshot(page, `widget-${width}-dpr${dpr}-${scheme}.png`, { element: el });
    if (width === 360) {
      // Narrow: the report is a tab.
      await widget(page).click(/^Report \(\d+\)##tab_report$/);
      await screenshot(page, `widget-${width}-dpr${dpr}-report.png`, { element: el });
    }
    assertClean(log, `layout ${width}`);
    await context.close();
  }
  // Resizing the container re-lays out the canvas.
  const { page, context } = await openPage(browser, INDEX, { width: 1000 });
  await waitReady(page);
  await page.setViewportSize({ width: 420, height: 900 });
  await waitFor(page, () => {
    const c = document.querySelector('case-decoder').shadowRoot.querySelector('canvas');
    return Math.abs(c.width - c.getBoundingClientRect().width) <= 1 && c.width < 420;
  }, null, 'the canvas follows the container to 420 px');
  assert.equal((await widget(page).state()).wide, false);
  await context.close();
});

test('phone: tap a field, type through the on-screen keyboard (the field\'s input), swipe to scroll', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(STANDALONE);
  await waitReady(page);
  const w = widget(page);
  const box = await w.canvasBox();
  const field = (await w.items()).find((it) => it.label === '##charge_search');
  await page.touchscreen.tap(box.x + field.x + 30, box.y + field.y + field.h / 2);
  await waitFor(page, () => {
    const a = document.querySelector('case-decoder').shadowRoot.activeElement;
    return a && a.tagName === 'INPUT' && a.closest('[data-semantics]') && /^What you are charged with/.test(a.getAttribute('aria-label'));
  }, null, 'a tap on the field focuses its input (the text agent), which brings up the on-screen keyboard');
  await page.keyboard.type('theft');
  await page.keyboard.press('Enter');
  assert.deepEqual((await w.caseFile()).charges.map((c) => c.offense), ['theft'],
                   'the exact match comes first');
  await screenshot(page, 'phone-390-dpr3.png');

  // A swipe over the (now long) charge list scrolls the list, not the page.
  await w.click(/Browse all charges##browse$/);
  const before = await w.find(/Browse all charges##browse$/);
  const scrollY0 = await page.evaluate(() => window.scrollY);
  // Passive, on the window: counts the lifted fingers without changing who may cancel the touches.
  await page.evaluate(() => { window.__touchEnds = 0; window.addEventListener('touchend', () => { window.__touchEnds++; }, { capture: true, passive: true }); });
  const cdp = await context.newCDPSession(page);
  const x = box.x + box.w / 2, y = box.y + box.h * 0.7;
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (let i = 1; i <= 10; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - i * 30 }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  // The whole swipe has reached the widget (touchend comes last), and the widget has drawn it.
  await waitFor(page, () => window.__touchEnds > 0, null, 'the swipe\'s touchend reached the page');
  await settled(page);
  const after = await w.find(/Browse all charges##browse$/, { visibleOnly: false });
  assert.ok(!after || after.y < before.y - 100, 'the list scrolled under the finger');
  // Measurement: had the widget let the swipe through, the page would have begun to scroll by now.
  await observeFor(page, 200);
  assert.equal(await page.evaluate(() => window.scrollY), scrollY0, 'the page stayed put');
  assert.deepEqual(errors, []);
  await context.close();
});

test('cursor shapes follow the item under the pointer; no UI string key leaks onto the screen', async () => {
  const { page, context, log } = await openPage(browser, STANDALONE, { width: 1000 });
  await waitReady(page);
  const w = widget(page);
  const box = await w.canvasBox();
  const cursor = () => page.$eval('case-decoder', (el) => el.shadowRoot.querySelector('canvas').style.cursor);
  const next = await w.find('Next \u2192##next');
  await page.mouse.move(box.x + next.x + 10, box.y + next.y + 10);
  await waitFor(page, () => document.querySelector('case-decoder').shadowRoot.querySelector('canvas').style.cursor === 'pointer', null,
                'the pointer cursor over "Next"');
  const field = await w.find('##charge_search');
  await page.mouse.move(box.x + field.x + 40, box.y + field.y + 10);
  await waitFor(page, () => document.querySelector('case-decoder').shadowRoot.querySelector('canvas').style.cursor === 'text', null,
                'the text cursor over the search field');
  assert.equal(await cursor(), 'text');
  // Walk every step: a label that is still a key ("widget.next") means a missing string.
  for (let i = 0; i < 12; i++) {
    assertNoUiKeys(await w.items(), `step ${i}`);
    if (!(await w.find('Next \u2192##next'))) break;
    await w.click('Next \u2192##next');
  }
  assertClean(log, 'cursor and strings');
  await context.close();
});
