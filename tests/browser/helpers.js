// Shared helpers for the browser tests: Debian's Chromium driven by playwright-core, a local
// static server, request and console recording, and ways to find and press ImGui items through
// the widget's test hook (element.caseDecoder.items(): labelled rectangles of the last frame).
'use strict';

const assert = require('node:assert/strict');
const { chromium } = require('playwright-core');
const { spawn } = require('node:child_process');
const net = require('node:net');
const path = require('node:path');
const fs = require('node:fs');

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = process.env.CD_DIST ? path.resolve(process.env.CD_DIST) : path.join(ROOT, 'dist');
const ARTIFACTS = path.join(ROOT, 'test-artifacts');

// Flags from shared/notes/web-toolchain.md: WebGL through SwiftShader, nothing phoning home.
const CHROMIUM_ARGS = [
  '--headless=new', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox', '--disable-gpu',
  '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-default-apps', '--disable-extensions', '--metrics-recording-only', '--no-default-browser-check',
];

async function launch() {
  // playwright-core gives every launch a fresh temporary profile (--user-data-dir) and removes it.
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

// python3 -m http.server on 127.0.0.1 and a free port, serving dist/. Stopped by stop().
async function startServer(dir = DIST) {
  const port = await freePort();
  const proc = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dir],
                     { stdio: ['ignore', 'ignore', 'pipe'] });
  const deadline = Date.now() + 10000;
  for (;;) {
    const up = await new Promise((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => { s.end(); resolve(true); });
      s.on('error', () => resolve(false));
    });
    if (up) break;
    if (Date.now() > deadline) { proc.kill(); throw new Error('http.server did not start'); }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => { proc.once('exit', resolve); proc.kill(); }),
  };
}

// A page that records every request and every console error / page error.
async function openPage(browser, url, { width = 1000, height = 900, dpr = 1, colorScheme = 'light', allowOrigin, touch = false, initScript } = {}) {
  // touch: a phone (a touch screen, coarse pointer), as Playwright emulates one.
  // initScript: runs in the page before any of its scripts (to take a browser feature away, say).
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: dpr, colorScheme, hasTouch: touch, isMobile: touch });
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const log = { requests: [], errors: [], foreign: [] };
  const own = allowOrigin || (url.startsWith('file:') ? 'file://' + DIST + '/' : new URL(url).origin + '/');
  page.on('request', (r) => {
    const u = r.url();
    log.requests.push(u);
    // The page's own files only. data: and blob: URLs never leave the page (downloads, the print view).
    if (!u.startsWith(own) && !u.startsWith('data:') && !u.startsWith('blob:')) log.foreign.push(u);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push('console: ' + m.text());
    else if (m.type() === 'warning' && /abort|Aborted|RuntimeError/i.test(m.text())) log.errors.push('console: ' + m.text());
  });
  page.on('pageerror', (e) => log.errors.push('pageerror: ' + e.message));
  page.on('crash', () => log.errors.push('page crashed'));
  await page.goto(url);
  return { page, context, log };
}

// Every widget matching `selector` has drawn its first frame (what case-decoder:ready announces).
async function waitReady(page, selector = 'case-decoder') {
  await waitFor(page, (sel) => {
    const els = document.querySelectorAll(sel);
    return els.length > 0 && Array.from(els).every((el) => el._ready);
  }, selector, `${selector}: the widget drew its first frame (case-decoder:ready)`, { timeout: 30000 });
}

function widget(page, selector = 'case-decoder') {
  const api = {
    selector,
    page,
    report: () => page.$eval(selector, (el) => el.getReport()),
    caseFile: async () => JSON.parse(await page.$eval(selector, (el) => el.getCaseFile())),
    state: () => page.$eval(selector, (el) => el.caseDecoder.state()),
    frames: () => page.$eval(selector, (el) => el.caseDecoder.frameCount()),
    items: () => page.$eval(selector, (el) => el.caseDecoder.items()),
    canvasBox: async () => (await page.$(selector)).evaluate((el) => {
      const r = el.shadowRoot.querySelector('canvas').getBoundingClientRect();
      return { x: r.left, y: r.top, w: r.width, h: r.height };
    }),
    // The first item whose label (the part before "##") equals `text`, or matches a RegExp.
    async find(text, { visibleOnly = true } = {}) {
      const items = await api.items();
      const match = (it) => {
        const shown = it.label.split('##')[0];
        return text instanceof RegExp ? text.test(it.label) : shown === text || it.label === text;
      };
      return items.find((it) => match(it) && (!visibleOnly || it.visible)) || null;
    },
    // Scroll the pane the item is in until it shows, then click it. An item scrolled out of its
    // pane is not listed at all (ImGui skips clipped widgets), so then the pane of the last click
    // is searched, downwards first. Items of a step or tab that is not shown are never found.
    lastX: null,
    async click(text, { timeout = 20000 } = {}) {
      const deadline = Date.now() + timeout;
      const match = (it) => (text instanceof RegExp ? text.test(it.label) : it.label.split('##')[0] === text || it.label === text);
      let searched = 0;
      for (;;) {
        const box = await api.canvasBox();
        const all = await api.items();
        const vis = all.find((it) => match(it) && it.visible && it.y >= 0 && it.y + it.h / 2 < box.h);
        if (vis) {
          await page.mouse.click(box.x + vis.x + Math.min(vis.w / 2, 60), box.y + vis.y + vis.h / 2);
          api.lastX = vis.x + 10;
          return vis;
        }
        if (Date.now() > deadline || searched > 24) throw new Error(`no visible item "${text}"`);
        const any = all.find(match);
        const x = any ? any.x + 10 : api.lastX ?? 40;
        let dy;
        if (any) dy = any.y > box.h / 2 ? any.y - box.h / 2 : any.y - box.h / 4;
        else dy = searched++ < 12 ? 300 : -300;
        await page.mouse.move(box.x + Math.min(x, box.w - 20), box.y + box.h / 2);
        // The widget routes a wheel to the pane that was under the pointer in its last frame:
        // let the move be drawn first, or the wheel may scroll the pane of the previous position.
        await settled(page);
        await wheel(page, 0, Math.max(-600, Math.min(600, dy)));
      }
    },
  };
  return api;
}

// --- Waiting on conditions, never on the clock ---------------------------------------------------
// The widget draws only after input (a burst of a few animation frames, then nothing), and its
// test hook (state(), items(), getReport(), getCaseFile()) first applies any input still waiting
// for its frame. So a read through the hook never needs a sleep before it; what does need waiting
// for is named below: frames that have not been drawn yet, a page scroll, a DOM update, an event.

// Resolves after `n` animation frames of the page (the page has drawn what came before the call).
async function waitForFrames(page, n = 1) {
  await page.evaluate((count) => new Promise((resolve) => {
    let left = count;
    const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  }), n);
}

// Resolves once every widget on the page has stopped drawing: two consecutive animation frames
// see the same frame counters. The widget asks for its frames from one animation frame to the next
// while it has any pending, so a frame with no new widget frame means its burst is over. Use it
// before a screenshot, and where a test must let the frames a click or a move asked for run.
async function settled(page, { selector = 'case-decoder', timeout = 15000 } = {}) {
  const result = await page.evaluate(([sel, limit]) => new Promise((resolve) => {
    const counts = () => Array.from(document.querySelectorAll(sel), (el) => (el.caseDecoder ? el.caseDecoder.frameCount() : 0)).join(',');
    const start = performance.now();
    let last = null;
    const tick = () => {
      const now = counts();
      if (now === last) return resolve({ ok: true });
      // A deadline only to turn a widget that never stops drawing into a readable failure.
      if (performance.now() - start > limit) return resolve({ ok: false, counts: now });
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }), [selector, timeout]);
  assert.ok(result.ok, `the widget was still drawing after ${timeout} ms (frame counts ${result.counts}): idle should mean no frames`);
}

// page.waitForFunction(fn, arg) that fails with `message` (an assertion) instead of a bare timeout.
async function waitFor(page, fn, arg, message, { timeout = 15000 } = {}) {
  try {
    return await page.waitForFunction(fn, arg, { timeout });
  } catch (e) {
    if (e && e.name === 'TimeoutError') assert.fail(`${message} (not so after ${timeout} ms)`);
    throw e;
  }
}

// Polls the widget's state (state() applies pending input first) once per animation frame until
// predicate(state) holds; fails with `message` and the last state otherwise. Returns that state.
async function waitForState(w, predicate, message, { timeout = 15000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const st = await w.state();
    if (predicate(st)) return st;
    if (Date.now() > deadline) assert.fail(`${message} (state after ${timeout} ms: ${JSON.stringify(st)})`);
    await waitForFrames(w.page, 1);
  }
}

// A wheel turn that resolves once the page has received the wheel event (and so the widget has
// handled it: its listener runs in the same dispatch). page.mouse.wheel alone does not promise that.
async function wheel(page, dx, dy) {
  const before = await page.evaluate(() => {
    if (!window.__cdWheels) {
      window.__cdWheels = { n: 0 };
      // Passive, on the window: it sees every wheel and changes nothing about who may cancel it.
      window.addEventListener('wheel', () => { window.__cdWheels.n++; }, { capture: true, passive: true });
    }
    return window.__cdWheels.n;
  });
  await page.mouse.wheel(dx, dy);
  await waitFor(page, (n) => window.__cdWheels.n > n, before, 'the wheel event reached the page');
}

// A measurement, not a synchronisation: watch the page for `ms` to show that something does NOT
// happen (no frames while idle, no page scroll). Nothing to wait *for* exists in that case, so a
// fixed window is the measurement itself. Never use it to let something finish.
async function observeFor(page, ms) {
  await page.waitForTimeout(ms);
}

// What the widget's aria-live region says from now on: every change, in order, as a screen reader
// hears it. The region also says "Report updated: N questions…" 150 ms after an answer changes the
// report; on a busy machine that notice can land before a test looks, so a test asks what was said
// after its action rather than what the region holds when it looks. Returns
// { last(): the last thing said other than that notice, all(): everything said }, both read after
// the widget has applied pending input.
const REPORT_NOTICE = /^(Report updated|Informe actualizado): \d+ /;
async function listenLive(page, selector = 'case-decoder') {
  await page.$eval(selector, (el) => {
    if (!el.__said) {
      const said = { list: [] };
      said.take = (records) => { for (const r of records) for (const n of r.addedNodes) said.list.push(n.textContent); };
      said.observer = new MutationObserver(said.take);
      said.observer.observe(el.shadowRoot.querySelector('[data-live]'), { childList: true });
      el.__said = said;
    }
    el.__said.observer.takeRecords();  // what was said before now does not count
    el.__said.list = [];
  });
  const all = () => page.$eval(selector, (el) => {
    el.caseDecoder.state();
    el.__said.take(el.__said.observer.takeRecords());  // said in this task: not yet delivered
    return el.__said.list.slice();
  });
  return { all, last: async () => (await all()).filter((t) => !REPORT_NOTICE.test(t)).pop() };
}

// --- Assertions shared by the test files ---------------------------------------------------------

// No console error, page error or abort, and no request outside the page's own files.
function assertClean(log, what) {
  assert.deepEqual(log.errors, [], `${what}: console errors or aborts`);
  assert.deepEqual(log.foreign, [], `${what}: requests outside the page's own files`);
}

// A report with 10 to 15 questions.
function assertQuestions(report, what) {
  assert.ok(report, `${what}: no report`);
  const n = report.questions.length;
  assert.ok(n >= 10 && n <= 15, `${what}: ${n} questions, expected 10 to 15`);
}

// A label that is still a UI string key ("widget.next") means a missing string.
const UI_KEY_LIKE = /^(widget|report|answer|applies|kind|remedy|level|date|dropped)\.[a-z_.]+/;
function assertNoUiKeys(items, what) {
  assert.deepEqual(items.filter((it) => UI_KEY_LIKE.test(it.label)).map((it) => it.label), [], `${what}: UI string keys on screen`);
}

// A screenshot of the page (or of `element`) once the widgets have drawn their last frame.
async function screenshot(page, name, { element, ...options } = {}) {
  await settled(page);
  await (element || page).screenshot({ path: artifact(name), ...options });
}

function artifact(name) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}

// The first three interview steps, answered by mouse as a reader would: a DUI charge found by
// typing a synonym ("dwi"), misdemeanor, Texas, before trial, not in custody. Ends on the dates step.
async function answerChargePlaceStage(page, w) {
  await w.click('##charge_search');
  await page.keyboard.type('dwi');
  await w.click('Driving under the influence');
  await w.click('Misdemeanor##dui');
  await w.click('Next \u2192##next');
  await w.click('##where_search');
  await page.keyboard.type('tex');
  await w.click('Texas');
  await w.click('Next \u2192##next');
  await w.click('Before trial');
  await w.click('No##custody');
  await w.click('Next \u2192##next');
}

// Moves the widget's keyboard cursor to the item labelled `label`: Tab / Shift+Tab along the Tab
// order (read from the test hook after each press), as a keyboard user would. The answers to one
// question ("Yes##custody", "No##custody") are one Tab stop, as radio buttons on a web page: once
// the cursor is on one of them, the arrow keys move to the target.
async function focusItem(page, w, label, maxPresses = 120) {
  const match = (it) => it.label === label || it.label.split('##')[0] === label;
  for (let i = 0; i < maxPresses; i++) {
    const items = (await w.items()).filter((it) => !it.label.startsWith('##row'));
    const target = items.find(match);
    const focusedAt = items.findIndex((it) => it.focused);
    if (target && focusedAt >= 0 && items[focusedAt].id === target.id) return;
    const targetAt = target ? items.indexOf(target) : -1;
    const focused = focusedAt >= 0 ? items[focusedAt] : null;
    // One question's answers share a Tab stop (`stop`): Tab reaches the group, arrows move inside it.
    const sameGroup = target && focused && target.stop !== undefined && target.stop === focused.stop;
    if (sameGroup) {
      const dy = target.y - focused.y, dx = target.x - focused.x;
      await page.keyboard.press(Math.abs(dy) > focused.h / 2 ? (dy > 0 ? 'ArrowDown' : 'ArrowUp') : (dx > 0 ? 'ArrowRight' : 'ArrowLeft'));
      continue;
    }
    await page.keyboard.press(targetAt >= 0 && focusedAt > targetAt ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`keyboard: could not reach "${label}"`);
}

// The demo article without its <meta> Content-Security-Policy: a publisher's page that allows
// connections (the WebAssembly is then fetched as a file).
function demoArticleWithoutPolicy() {
  return fs.readFileSync(path.join(DIST, 'index.html'), 'utf8').replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
}

module.exports = {
  ROOT, DIST, demoArticleWithoutPolicy, launch, startServer, openPage, waitReady, widget, artifact, screenshot, answerChargePlaceStage, focusItem,
  waitForFrames, settled, waitFor, waitForState, wheel, observeFor, listenLive, assertClean, assertQuestions, assertNoUiKeys,
};
