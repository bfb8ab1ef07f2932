// Browser figures for scripts/bench.sh (not a test): time to the first interactive frame on the
// single-file page opened from disk, frames drawn in 5 s idle, the wasm memory size, and decode
// time in the page. Prints medians and exits 1 when a budget is exceeded.
'use strict';
const path = require('node:path');
const { DIST, launch, openPage, waitReady, widget, settled, observeFor } = require('./helpers.js');

const RUNS = Number(process.env.BENCH_RUNS || 5);
const BUDGET = { firstFrameMs: 200, idleFramesPerSecond: 1, heapMB: 32 };
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

(async () => {
  const browser = await launch();
  const firstFrame = [], heap = [];
  let idleFrames = null;
  try {
    for (let i = 0; i < RUNS; ++i) {
      const { page, context } = await openPage(browser, 'file://' + path.join(DIST, 'case-decoder.html'));
      await waitReady(page);
      firstFrame.push(await page.evaluate(() => performance.getEntriesByName('case-decoder:first-frame')[0].startTime));
      heap.push(await page.$eval('case-decoder', (el) => el._module.HEAP8.length / (1024 * 1024)));
      if (i === 0) {
        const w = widget(page);
        await settled(page);  // the frames asked for at start-up are drawn
        const f0 = await w.frames();
        await observeFor(page, 5000);  // the measurement: frames drawn in 5 s of idling
        idleFrames = (await w.frames()) - f0;
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const ff = median(firstFrame), mem = median(heap);
  console.log(`  first interactive frame (file://, median of ${RUNS}): ${ff.toFixed(0)} ms   [${firstFrame.map((x) => x.toFixed(0)).join(', ')}]`);
  console.log(`  frames drawn in 5 s idle: ${idleFrames}`);
  console.log(`  wasm memory: ${mem.toFixed(1)} MB`);
  let over = false;
  const check = (name, value, limit, unit) => { if (value > limit) { console.log(`  OVER BUDGET: ${name} = ${value} ${unit} (limit ${limit} ${unit})`); over = true; } };
  check('first interactive frame', Math.round(ff), BUDGET.firstFrameMs, 'ms');
  check('idle frames per second', idleFrames / 5, BUDGET.idleFramesPerSecond, '/s');
  check('wasm memory', Math.round(mem), BUDGET.heapMB, 'MB');
  process.exit(over ? 1 : 0);
})().catch((e) => { console.error('bench: ' + e.message); process.exit(2); });
