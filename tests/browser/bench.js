// Browser figures for scripts/bench.sh (not a test), each beside the peer measured in the same run:
// a SurveyJS page asking the interview's facts (bench/peer-surveyjs/, built into
// .cache/peer-surveyjs). Both are served over HTTP from this machine: the widget in the demo
// article as a publisher without a Content-Security-Policy serves it (the WebAssembly fetched and
// compiled as it downloads) and as the demo itself (connect-src 'none': the WebAssembly as a
// script); it is also opened as the offline single-file page from disk. Prints a table of medians with the ratio to the peer and
// the budget of issue 16, and exits 1 when a budget is missed (0 with BENCH_REPORT_ONLY=1).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { DIST, demoArticleWithoutPolicy, launch, startServer, widget, settled, observeFor } = require('./helpers.js');

const RUNS = Number(process.env.BENCH_RUNS || 5);
const PEER = process.env.PEER_DIR || path.join(__dirname, '..', '..', '.cache', 'peer-surveyjs');
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const p90 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.ceil(s.length * 0.9) - 1)] : 0; };
const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const brCache = new Map();  // Brotli at quality 11 is slow: once per file and run
const br = (url, buf) => {
  if (!brCache.has(url)) brCache.set(url, zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length);
  return brCache.get(url);
};
// The demo article without its <meta> policy, a page that allows connections, served as a file
// beside links to dist/'s files (.cache/bench-site, remade each run; no request interception,
// which would slow every request it sees).
const SITE = path.join(__dirname, '..', '..', '.cache', 'bench-site');
function makeSite() {
  fs.rmSync(SITE, { recursive: true, force: true });
  fs.mkdirSync(SITE, { recursive: true });
  for (const name of fs.readdirSync(DIST)) fs.symlinkSync(path.join(DIST, name), path.join(SITE, name));
  fs.writeFileSync(path.join(SITE, 'article.html'), demoArticleWithoutPolicy());
}

// Before any script of the page: the long tasks, the layout shifts and the interactions' event
// timings, kept for the measurement (Long Tasks, Layout Instability and Event Timing APIs).
const OBSERVE = `
  window.__perf = { long: [], shifts: [], events: [] };
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) __perf.long.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true }); } catch (e) {}
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) __perf.shifts.push(e.value); }).observe({ type: 'layout-shift', buffered: true }); } catch (e) {}
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.interactionId) __perf.events.push([e.interactionId, e.duration]); }).observe({ type: 'event', durationThreshold: 16, buffered: true }); } catch (e) {}
`;

// One load: the bytes fetched before the first frame (gzip, the page's own HTML left out), the
// time of the first frame, the blocking time up to it, the layout shift; then, if asked, a short
// interaction (typing and Next) for the event timings, and the frames drawn while idle.
async function load(browser, url, { ready, mark, interact, idle }) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  await context.addInitScript(OBSERVE);
  const page = await context.newPage();
  const bodies = [];
  page.on('response', (r) => { bodies.push(r.url() === url ? Promise.resolve([0, 0]) : r.body().then((b) => [gz(b), br(r.url(), b)], () => [0, 0])); });
  await page.goto(url);
  await page.waitForFunction(ready, null, { timeout: 60000 });
  const firstFrame = await page.evaluate((m) => performance.getEntriesByName(m)[0].startTime, mark);
  const sizes = await Promise.all(bodies);
  const bytes = sizes.reduce((a, [g]) => a + g, 0), bytesBr = sizes.reduce((a, [, b]) => a + b, 0);
  await observeFor(page, 300);  // long tasks and shifts of the start-up are reported
  const perf = await page.evaluate(() => window.__perf);
  const tbt = perf.long.filter(([t]) => t <= firstFrame + 1).reduce((a, [, d]) => a + Math.max(0, d - 50), 0);
  const cls = perf.shifts.reduce((a, b) => a + b, 0);
  const out = { firstFrame, bytes, bytesBr, tbt, cls };
  if (interact) {
    await interact(page);
    await observeFor(page, 500);
    const events = await page.evaluate(() => window.__perf.events);
    const worst = new Map();
    for (const [id, d] of events) worst.set(id, Math.max(worst.get(id) || 0, d));
    out.inp = [...worst.values()];
  }
  if (idle) {
    const w = widget(page);
    await settled(page);
    const f0 = await w.frames();
    await observeFor(page, 5000);  // the measurement: frames drawn in 5 s of idling
    out.idleFrames = (await w.frames()) - f0;
    out.heapMB = await page.$eval('case-decoder', (el) => el._module.HEAP8.length / (1024 * 1024));
  }
  await context.close();
  return out;
}

// Typing a charge (11 keys) and Next, as a reader does on the first step.
async function typeWidget(page) {
  const w = widget(page);
  await w.click('##charge_search');
  await page.keyboard.type('shoplifting', { delay: 30 });
  await settled(page);
  await w.click('Next \u2192##next');
  await settled(page);
}
// The peer's first step: typing a date (8 keys) into its arrest date field, and Next.
async function typePeer(page) {
  await page.click('input.sd-input');
  await page.keyboard.type('10012026', { delay: 30 });
  await page.click('.sd-navigation__next-btn');
  await observeFor(page, 300);
}

// The Spanish pack: on the served embed, answered in English, then Español: the pack's transfer
// (gzip), the time from the click to Spanish on screen, and whether every answer was kept; on the
// offline page, whether switching asked for anything.
async function spanish(browser, servedUrl, offlineUrl) {
  const out = {};
  for (const [url, served] of [[servedUrl, true], [offlineUrl, false]]) {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => document.querySelector('case-decoder')._ready, null, { timeout: 60000 });
    const w = widget(page);
    await typeWidget(page);
    const before = await w.caseFile();
    const asked = [];
    page.on('response', (r) => asked.push(r.body().then((b) => ({ url: r.url(), gz: gz(b) }), () => ({ url: r.url(), gz: 0 }))));
    // The switch is at the top of the widget, which sits down the demo article: bring it into view.
    await page.$eval('case-decoder', (el) => el.scrollIntoView({ block: 'start' }));
    await settled(page);
    const t0 = Date.now();
    await w.click('Español');
    await page.waitForFunction(() => document.querySelector('case-decoder').caseDecoder.state().lang === 'es', null, { timeout: 30000 });
    const ms = Date.now() - t0;
    const after = await w.caseFile();
    const kept = JSON.stringify({ ...after, lang: 'en' }) === JSON.stringify(before);
    const got = await Promise.all(asked);
    if (served) Object.assign(out, { packKB: Math.round(got.reduce((a, r) => a + r.gz, 0) / 1024), ms, kept });
    else Object.assign(out, { offlineRequests: got.length, offlineKept: kept });
    await context.close();
  }
  return out;
}

(async () => {
  if (!fs.existsSync(path.join(PEER, 'index.html'))) throw new Error('peer page missing: run bench/peer-surveyjs/build.sh');
  const browser = await launch();
  const dist = await startServer(DIST);
  makeSite();
  const site = await startServer(SITE);
  const peerServer = await startServer(PEER);
  const runs = { embed: [], strict: [], offline: [], peer: [] };
  try {
    for (let i = 0; i < RUNS; ++i) {
      const first = i === 0;
      runs.peer.push(await load(browser, peerServer.origin + '/index.html', {
        ready: () => window.__ready === true, mark: 'peer:first-render', interact: typePeer }));
      runs.embed.push(await load(browser, site.origin + '/article.html', {
        ready: () => Array.from(document.querySelectorAll('case-decoder')).every((el) => el._ready), mark: 'case-decoder:first-frame',
        interact: typeWidget, idle: first }));
      runs.strict.push(await load(browser, dist.origin + '/index.html', {
        ready: () => Array.from(document.querySelectorAll('case-decoder')).every((el) => el._ready), mark: 'case-decoder:first-frame' }));
      runs.offline.push(await load(browser, 'file://' + path.join(DIST, 'case-decoder.html'), {
        ready: () => Array.from(document.querySelectorAll('case-decoder')).every((el) => el._ready), mark: 'case-decoder:first-frame' }));
    }
    runs.spanish = await spanish(browser, dist.origin + '/index.html', 'file://' + path.join(DIST, 'case-decoder.html'));
  } finally {
    await browser.close();
    await dist.stop();
    await site.stop();
    await peerServer.stop();
  }
  const m = (k, f) => median(runs[k].map(f));
  const offlineBytes = gz(fs.readFileSync(path.join(DIST, 'case-decoder.html')));
  const rows = [];
  const over = [];
  const row = (name, widgetValue, peerValue, unit, budget, met) => {
    const ratio = peerValue ? (widgetValue / peerValue).toFixed(2) + 'x' : '';
    rows.push([name, widgetValue + ' ' + unit, peerValue === null ? '' : peerValue + ' ' + unit, ratio, budget, met ? 'met' : 'MISSED']);
    if (!met) over.push(name);
  };
  const kb = (b) => Math.round(b / 1024);
  const embedKB = kb(m('embed', (r) => r.bytes)), peerKB = kb(m('peer', (r) => r.bytes));
  row('embed transfer before the first frame, gzip (served)', embedKB, peerKB, 'KiB', '<= 300 KiB and <= 0.75x', embedKB <= 300 && embedKB <= 0.75 * peerKB);
  const embedBrKB = kb(m('embed', (r) => r.bytesBr)), peerBrKB = kb(m('peer', (r) => r.bytesBr));
  row('  the same, Brotli (a server sending dist/\'s .br copies)', embedBrKB, peerBrKB, 'KiB', '(for reference)', true);
  const strictKB = kb(m('strict', (r) => r.bytes));
  row('  the same, gzip, under connect-src \'none\' (the demo article)', strictKB, peerKB, 'KiB', '(for reference)', true);
  row('offline single-file page, both languages, gzip', kb(offlineBytes), null, 'KiB', '<= 450 KiB', kb(offlineBytes) <= 450);
  // The script a page includes; the module (case-decoder.app.js) comes when the widget is near.
  const firstScriptKB = +(gz(fs.readFileSync(path.join(DIST, 'case-decoder.js'))) / 1024).toFixed(1);
  row('first script (case-decoder.js), gzip', firstScriptKB, null, 'KiB', '<= 15 KiB', firstScriptKB <= 15);
  const ffEmbed = Math.round(m('embed', (r) => r.firstFrame)), ffOffline = Math.round(m('offline', (r) => r.firstFrame));
  const ffPeer = Math.round(m('peer', (r) => r.firstFrame));
  row('first interactive frame, served embed', ffEmbed, ffPeer, 'ms', '<= 0.6x', ffEmbed <= 0.6 * ffPeer);
  const ffStrict = Math.round(m('strict', (r) => r.firstFrame));
  row('first interactive frame, served under connect-src \'none\'', ffStrict, ffPeer, 'ms', '<= 0.6x', ffStrict <= 0.6 * ffPeer);
  row('first interactive frame, offline page (file://)', ffOffline, ffPeer, 'ms', '<= 0.6x', ffOffline <= 0.6 * ffPeer);
  const tbtEmbed = Math.round(m('embed', (r) => r.tbt)), tbtPeer = Math.round(m('peer', (r) => r.tbt));
  row('total blocking time until the first frame', tbtEmbed, tbtPeer, 'ms', '<= peer', tbtEmbed <= tbtPeer);
  const clsEmbed = Math.max(...runs.embed.map((r) => r.cls)), clsPeer = Math.max(...runs.peer.map((r) => r.cls));
  row('layout shift during load (CLS, worst run)', +clsEmbed.toFixed(3), +clsPeer.toFixed(3), '', '0', clsEmbed === 0);
  // (Over the interactions of every load: one load's dozen events are too few for a steady p90.)
  const inpEmbed = Math.round(p90(runs.embed.flatMap((r) => r.inp))), inpPeer = Math.round(p90(runs.peer.flatMap((r) => r.inp)));
  row('interaction to next paint, p90 (typing and Next)', inpEmbed, inpPeer, 'ms', '<= 0.75x', inpEmbed <= 0.75 * inpPeer);
  row('frames drawn in 5 s idle', runs.embed[0].idleFrames, null, '', '0', runs.embed[0].idleFrames === 0);
  const sp = runs.spanish;
  row('Spanish pack: switching mid-interview (served)', `${sp.packKB} KiB, ${sp.ms} ms, answers ${sp.kept ? 'kept' : 'LOST'}`, null, '',
      'keeps every answer', sp.kept);
  row('Spanish pack: switching on the offline page', `${sp.offlineRequests} requests, answers ${sp.offlineKept ? 'kept' : 'LOST'}`, null, '',
      'no request', sp.offlineRequests === 0 && sp.offlineKept);

  const widths = [0, 1, 2, 3, 4, 5].map((c) => Math.max(...rows.concat([['figure', 'widget', 'peer', 'ratio', 'budget', '']]).map((r) => String(r[c]).length)));
  const line = (r) => '  ' + r.map((v, c) => String(v).padEnd(widths[c])).join('  ');
  console.log(`  medians of ${RUNS} loads each; the peer is SurveyJS ${JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'node_modules', 'survey-core', 'package.json'), 'utf8')).version} asking the same facts`);
  console.log(line(['figure', 'widget', 'peer', 'ratio', 'budget', '']));
  rows.forEach((r) => console.log(line(r)));
  console.log(`  wasm memory: ${runs.embed[0].heapMB.toFixed(1)} MB; first frames (embed) ${runs.embed.map((r) => Math.round(r.firstFrame)).join(', ')} ms; (peer) ${runs.peer.map((r) => Math.round(r.firstFrame)).join(', ')} ms`);
  if (over.length) console.log('  budgets missed: ' + over.join('; '));
  process.exit(over.length && process.env.BENCH_REPORT_ONLY !== '1' ? 1 : 0);
})().catch((e) => { console.error('bench: ' + e.message); process.exit(2); });
