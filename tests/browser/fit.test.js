// The widget fits the screen it is on: never taller than the visible viewport (less a margin),
// whatever height the page asked for, so the Back/Next bar is always reachable; on the offline page
// on a phone, the first screen is the interview with Next on it, without scrolling.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { DIST, launch, openPage, waitReady, widget, assertClean } = require('./helpers');

let browser;
before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

const frameBox = (page) => page.$eval('case-decoder', (el) => {
  const r = el.shadowRoot.querySelector('.frame').getBoundingClientRect();
  return { y: r.top, h: r.height };
});

test('offline page on a phone: Next is on the first screen', async () => {
  for (const [width, height] of [[390, 844], [320, 640], [360, 740]]) {
    const { page, context, log } = await openPage(browser, 'file://' + path.join(DIST, 'case-decoder.html'), { width, height, dpr: 2, touch: true });
    await waitReady(page);
    const w = widget(page);
    const box = await w.canvasBox();
    const next = await w.find('Next \u2192##next');
    assert.ok(next, 'Next is drawn');
    assert.ok(box.y + next.y + next.h <= height, `${width}x${height}: Next ends at ${box.y + next.y + next.h}, inside the screen`);
    assert.equal(await page.evaluate(() => window.scrollY), 0, 'without scrolling');
    assertClean(log, 'phone fit');
    await context.close();
  }
});

test('an embed taller than the window is held to the window', async () => {
  // The demo article asks for 680 px; a short window (a phone held sideways, a small laptop) gets less.
  const { page, context, log } = await openPage(browser, 'file://' + path.join(DIST, 'index.html'), { width: 800, height: 420 });
  await waitReady(page);
  const f = await frameBox(page);
  assert.ok(f.h <= 420 - 16 + 1, 'frame height ' + f.h + ' fits a 420 px window');
  const w = widget(page);
  await page.$eval('case-decoder', (el) => el.scrollIntoView({ block: 'start' }));
  const box = await w.canvasBox();
  const next = await w.find('Next \u2192##next');
  assert.ok(box.y + next.y + next.h <= 420, 'with the widget scrolled to the top of the window, Next is on screen');
  // A tall window keeps the height the page asked for.
  await page.setViewportSize({ width: 800, height: 1000 });
  await page.waitForFunction(() => document.querySelector('case-decoder').shadowRoot.querySelector('.frame').getBoundingClientRect().height >= 680);
  assertClean(log, 'embed fit');
  await context.close();
});
