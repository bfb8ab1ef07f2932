// The text layer: the widget's text is real, transparent text over the canvas. The browser's find
// finds a deadline date on the canvas (the match is in the text layer, where the date is drawn); a
// mouse drag over the bottom line selects its words; a wheel over text still scrolls the widget;
// idle, the layer is not touched.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { DIST, launch, openPage, waitReady, widget, settled, waitFor, assertClean } = require('./helpers');

const STANDALONE = 'file://' + path.join(DIST, 'case-decoder.html');
let browser;
before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

function localISO(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
const CASE = JSON.stringify({
  format: 'case-decoder/case-file', version: 2, jurisdiction: 'FL', charges: [{ offense: 'drug_possession', level: 'felony' }],
  stage: 'before_filing', in_custody: 'yes', dates: { arrest: localISO(-15) }, facts: { has_attorney: 'yes' }, lang: 'en',
});
const spans = (page, re) => page.$eval('case-decoder', (el, src) => Array.from(el.shadowRoot.querySelectorAll('.text-layer span'))
  .filter((s) => new RegExp(src).test(s.textContent)).map((s) => {
    const r = s.getBoundingClientRect();
    return { text: s.textContent, x: r.x, y: r.y, w: r.width, h: r.height };
  }), re.source);

test('find, select and copy the text on the canvas', async () => {
  const { page, context, log } = await openPage(browser, STANDALONE, { width: 1000, height: 900 });
  await waitReady(page);
  const w = widget(page);
  await page.$eval('case-decoder', (el, t) => el.loadCaseFile(t), CASE);
  const report = await w.report();
  await settled(page);
  const due = report.summary.next_deadline.due;
  assert.ok(due, 'a deadline with a date');
  const [y, m, d] = due.split('-').map(Number);
  const words = new Date(y, m - 1, d).toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric' });

  // An open menu hides the text drawn under it: no run of the text layer is left over the menu
  // (it would take the clicks meant for the menu's items).
  await w.click(/^Download \u25BE##/);
  const entries = [];
  for (const label of [/\(\.txt\)$/, /\(\.md\)$/, /^Case file \(\.json\)/]) entries.push(await w.find(label));
  assert.ok(entries.every(Boolean), 'the menu is open');
  const box = await w.canvasBox();
  const over = (await spans(page, /./)).filter((sp) => entries.some((it) =>
    sp.x < box.x + it.x + it.w && sp.x + sp.w > box.x + it.x && sp.y < box.y + it.y + it.h && sp.y + sp.h > box.y + it.y));
  assert.deepEqual(over.map((sp) => sp.text), [], 'no text run over the menu');
  await page.keyboard.press('Escape');
  await waitFor(page, async () => !(await document.querySelector('case-decoder').caseDecoder.items()).some((it) => /\(\.txt\)$/.test(it.label)), null, 'Escape closed the menu');

  // A drag over the bottom line selects its words.
  const first = (await spans(page, /^From what you told us/))[0];
  assert.ok(first, 'the bottom line is in the text layer');
  await page.mouse.move(first.x + 1, first.y + first.h / 2);
  await page.mouse.down();
  await page.mouse.move(first.x + first.w - 2, first.y + first.h / 2 + first.h, { steps: 5 });
  await page.mouse.up();
  const selected = await page.$eval('case-decoder', (el) => el.shadowRoot.getSelection().toString());
  assert.ok(selected.startsWith(first.text.trim()) && selected.length > first.text.length, 'the drag selected the lines: ' + selected.slice(0, 90));
  assert.match(selected, /\w \w/, 'words of two lines stay apart');

  // A wheel over text scrolls the report, as over the canvas.
  const copyBefore = await w.find('Copy questions##export0');
  assert.ok(copyBefore, 'the export buttons are on screen');
  await page.mouse.move(first.x + 20, first.y + first.h / 2);
  await settled(page);
  await page.mouse.wheel(0, 400);
  await settled(page);
  const copyAfter = await w.find('Copy questions##export0');
  assert.ok(!copyAfter || copyAfter.y < copyBefore.y - 100, 'the report scrolled under the pointer');

  // The browser's find: the match is text drawn on the canvas, where the reader sees it (the
  // deadline card shows the date on one line).
  await w.click('Deadlines##jump_deadlines');
  await settled(page);
  assert.equal(await page.evaluate((t) => window.find(t), words), true, 'find "' + words + '"');
  const match = await page.$eval('case-decoder', (el) => {
    const sel = el.shadowRoot.getSelection();
    const node = sel.anchorNode && sel.anchorNode.parentElement;
    const r = sel.getRangeAt(0).getBoundingClientRect();
    const c = el.shadowRoot.querySelector('canvas').getBoundingClientRect();
    return { inLayer: !!(node && node.closest('.text-layer')), text: sel.toString(), inside: r.width > 20 && r.left >= c.left && r.right <= c.right && r.top >= c.top && r.bottom <= c.bottom };
  });
  assert.ok(match.inLayer, 'the match is in the text layer');
  assert.ok(match.inside, 'over the canvas, where the date is drawn');
  assert.equal(match.text, words);

  // A phrase the canvas draws across a line break (the end of one line, the start of the next, in
  // one paragraph) is found too, and lit up over the canvas.
  const across = await page.$eval('case-decoder', (el) => {
    const blocks = Array.from(el.shadowRoot.querySelectorAll('.text-layer > div')).filter((b) => b.children.length >= 2);
    for (const b of blocks) {
      const a = b.children[0].textContent.trim().split(' '), c = b.children[1].textContent.trim().split(' ');
      const tail = a[a.length - 1], head = c[0];
      if (/^[A-Za-z]{3,}$/.test(tail) && /^[A-Za-z]{3,}$/.test(head)) return tail + ' ' + head;
    }
    return null;
  });
  assert.ok(across, 'a paragraph drawn on two lines is on screen');
  await page.evaluate(() => window.getSelection().removeAllRanges());
  assert.equal(await page.evaluate((t) => window.find(t), across), true, 'find "' + across + '" across a line break');
  const split = await page.$eval('case-decoder', (el) => {
    const sel = el.shadowRoot.getSelection();
    const rects = Array.from(sel.getRangeAt(0).getClientRects()).filter((r) => r.width > 0);
    const c = el.shadowRoot.querySelector('canvas').getBoundingClientRect();
    return { lines: new Set(rects.map((r) => Math.round(r.top))).size, inside: rects.every((r) => r.left >= c.left && r.right <= c.right && r.top >= c.top && r.bottom <= c.bottom) };
  });
  assert.ok(split.lines >= 2 && split.inside, 'the match is lit on both drawn lines, over the canvas: ' + JSON.stringify(split));

  // Idle: nothing in the layer is rewritten.
  const writes = await page.$eval('case-decoder', (el) => new Promise((resolve) => {
    let n = 0;
    const o = new MutationObserver((records) => { n += records.length; });
    o.observe(el.shadowRoot.querySelector('.text-layer'), { subtree: true, childList: true, attributes: true, characterData: true });
    setTimeout(() => { o.disconnect(); resolve(n); }, 1500);
  }));
  assert.equal(writes, 0, 'no DOM writes while idle');


  assertClean(log, 'text layer');
  await context.close();
});
