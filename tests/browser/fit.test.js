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

test('offline page on a phone and at 200% zoom: Next is on the first screen, no horizontal scroll', async () => {
  // Phones, and a 1280x800 laptop window at 200% zoom (640x400 CSS px at 2 device px each).
  for (const [width, height, touch] of [[390, 844, true], [320, 640, true], [360, 740, true], [640, 400, false]]) {
    const { page, context, log } = await openPage(browser, 'file://' + path.join(DIST, 'case-decoder.html'), { width, height, dpr: 2, touch });
    await waitReady(page);
    const w = widget(page);
    const box = await w.canvasBox();
    const next = await w.find('Next \u2192##next');
    assert.ok(next, 'Next is drawn');
    assert.ok(box.y + next.y + next.h <= height, `${width}x${height}: Next ends at ${box.y + next.y + next.h}, inside the screen`);
    assert.equal(await page.evaluate(() => window.scrollY), 0, 'without scrolling');
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${width}x${height}: no horizontal scroll`);
    assertClean(log, 'phone fit');
    await context.close();
  }
});

test('an embed taller than the window is held to the window', async () => {
  // The demo article asks for 680 px; a short window (a phone held sideways, a small laptop) gets less.
  const { page, context, log } = await openPage(browser, 'file://' + path.join(DIST, 'index.html'), { width: 800, height: 420 });
  // The widget starts when it comes near (lazy): in a 420 px window it sits more than a screen down.
  await page.$eval('case-decoder', (el) => el.scrollIntoView({ block: 'start' }));
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

test("the reader's default font size (a browser setting) makes the widget's text bigger, as zoom would", async () => {
  const { page, context, log } = await openPage(browser, 'file://' + path.join(DIST, 'case-decoder.html'), { width: 1000, height: 900 });
  const bodyText = () => page.$eval('case-decoder', (el) => {
    const span = Array.from(el.shadowRoot.querySelectorAll('.text-layer span')).find((s) => /^Type the charge/.test(s.textContent));
    return span ? parseFloat(span.style.fontSize) : 0;
  });
  await waitReady(page);
  assert.equal(await bodyText(), 16, 'body text is 16 px at the default size');
  // The browser's "font size" setting: 24 px instead of 16 (CDP Page.setFontSizes), then a fresh start.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 24, fixed: 20 } });
  await page.reload();
  await waitReady(page);
  assert.equal(await bodyText(), 24, "body text follows the reader's setting");
  const w = widget(page);
  assert.ok(await w.find('Your case##tab_intake'), 'bigger text in the same box: the narrow layout, with its two tabs');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no horizontal scroll');
  assertClean(log, 'text size');
  await context.close();
});
