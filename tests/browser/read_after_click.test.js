// A host page (or a test) that reads the widget right after a click must see the click's result,
// fully laid out, even when no animation frame has run since. The click and the read happen in
// one JavaScript task here, so the browser cannot draw in between: only the widget's own flush
// can apply the click. (Before the fix the flush stopped on the frame that applied the click,
// whose layout was still the old screen's: a second click aimed from it could miss.)
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { DIST, launch, openPage, waitReady, widget, answerChargePlaceStage, settled } = require('./helpers');

const STANDALONE = 'file://' + path.join(DIST, 'case-decoder.html');

let browser;
before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

// Press the item labelled `label` with synthetic mouse events and read the hook in the same task.
// With `thenWidth`, the widget is made that wide in the same task, right after the click.
function clickAndReadAtOnce(page, label, thenWidth) {
  return page.$eval('case-decoder', async (el, [label, thenWidth]) => {
    const hook = el.caseDecoder;
    const target = (await hook.items()).find((it) => it.label === label && it.visible);
    if (!target) return { missing: label };
    const canvas = el.shadowRoot.querySelector('canvas');
    const r = canvas.getBoundingClientRect();
    const at = { clientX: r.left + target.x + target.w / 2, clientY: r.top + target.y + target.h / 2, bubbles: true, button: 0 };
    canvas.dispatchEvent(new MouseEvent('mousemove', at));
    canvas.dispatchEvent(new MouseEvent('mousedown', { ...at, buttons: 1 }));
    window.dispatchEvent(new MouseEvent('mouseup', at));
    if (thenWidth) {
      el.style.display = 'block';
      el.style.width = thenWidth + 'px';
      el._resize();  // what the ResizeObserver would do a moment later
    }
    // Same task: no animation frame has run. items() resolves at once (its work is synchronous);
    // it is read before state(), whose own flush would draw more frames.
    const items = await hook.items();
    const step = hook.state().step;
    return { step, items };
  }, [label, thenWidth]);
}

const layout = (items) => items.filter((it) => it.visible).map((it) => `${it.label}@${Math.round(it.x)},${Math.round(it.y)}`);

test('reading the widget right after a click sees the new step, laid out as it will stay', async () => {
  const { page, context, log } = await openPage(browser, STANDALONE, { width: 1000, height: 900 });
  await waitReady(page);
  const w = widget(page);
  await answerChargePlaceStage(page, w);
  await w.click('Next \u2192##next');
  const start = (await w.state()).step;
  assert.ok(start >= 2, 'past the first steps');

  const back = await clickAndReadAtOnce(page, (await w.find(/##back$/)).label);
  assert.equal(back.missing, undefined);
  assert.equal(back.step, start - 1, 'Back was applied before the read');
  await settled(page);  // let every animation frame the click asked for run
  assert.equal((await w.state()).step, start - 1);
  assert.deepEqual(layout(back.items), layout(await w.items()), 'the layout read at once is the one that stays');

  const next = await clickAndReadAtOnce(page, 'Next \u2192##next');
  assert.equal(next.step, start, 'Next, aimed from the layout read at once, lands');
  await settled(page);
  assert.deepEqual(layout(next.items), layout(await w.items()));

  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a click made just before the widget is resized lands where it was aimed', async () => {
  const { page, context, log } = await openPage(browser, STANDALONE, { width: 1000, height: 900 });
  await waitReady(page);
  const w = widget(page);
  await answerChargePlaceStage(page, w);
  const start = (await w.state()).step;
  assert.equal((await w.state()).wide, true);
  // Next, then at once the narrow layout (a phone turned, a window dragged): the click was aimed
  // at the wide layout and must be applied to it, not to whatever sits there after the resize.
  const next = await clickAndReadAtOnce(page, 'Next \u2192##next', 360);
  assert.equal(next.missing, undefined);
  // The animation frames the click and the resize asked for, and the ResizeObserver's own call
  // (a no-op: the size was applied above), have all run.
  await settled(page);
  const st = await w.state();
  assert.equal(st.wide, false, 'the widget is narrow now');
  assert.equal(st.step, start + 1, 'the click made before the resize went to Next');
  assert.deepEqual(log.errors, []);
  await context.close();
});
