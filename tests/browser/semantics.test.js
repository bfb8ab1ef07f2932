// The semantic layer: the browser's accessibility tree (what screen readers and voice control
// use) holds the interview as a form: a text box named by the charge question, each yes/no question
// a radio group named by the question with its answers as radios and the chosen one checked,
// buttons named as they read ("Next", no arrow), a date that is not a date marked invalid with the
// reason; activating a control there presses it on the canvas; idle, the layer is not touched.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { DIST, launch, openPage, waitReady, widget, answerChargePlaceStage, waitFor, waitForState, assertClean } = require('./helpers');

const STANDALONE = 'file://' + path.join(DIST, 'case-decoder.html');
let browser;
before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

// The accessibility tree as Chromium gives it to assistive technology: role, name, properties.
async function axTree(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  return nodes.filter((n) => !n.ignored).map((n) => {
    const props = {};
    for (const p of n.properties || []) props[p.name] = p.value.value;
    const parent = n.parentId && byId.get(n.parentId);
    return { role: n.role && n.role.value, name: (n.name && n.name.value) || '', props, parentRole: parent && parent.role && parent.role.value,
             parentName: parent && parent.name && parent.name.value, description: (n.description && n.description.value) || '' };
  });
}
const has = (tree, role, name) => tree.find((n) => n.role === role && (name instanceof RegExp ? name.test(n.name) : n.name === name));
const semanticsText = (page) => page.$eval('case-decoder', (el) => el.shadowRoot.querySelector('[data-semantics]').textContent);

test('the accessibility tree holds the interview as a form, in English and Spanish', async () => {
  const { page, context, log } = await openPage(browser, STANDALONE, { width: 1000, height: 900 });
  await waitReady(page);
  const w = widget(page);
  await waitFor(page, () => document.querySelector('case-decoder').shadowRoot.querySelector('[data-semantics] [role=textbox]'), null,
                'the semantic layer is built');
  let tree = await axTree(page);
  assert.ok(has(tree, 'textbox', /^What you are charged with/), 'the charge field is named by its question');
  assert.ok(has(tree, 'button', 'Next'), 'Next, without its arrow');
  assert.ok(has(tree, 'heading', 'What you are charged with'), 'the step title is a heading');
  assert.ok(has(tree, 'region', 'Your case'), 'the interview is a landmark');
  // Each control sits over the item it stands for (voice control draws its labels there), and lets
  // the pointer through to the canvas.
  const box = await w.canvasBox();
  const next = await w.find('Next \u2192##next');
  const placed = await page.$eval('case-decoder', (el) => {
    const n = Array.from(el.shadowRoot.querySelectorAll('[data-semantics] [role=button]')).find((b) => b.textContent === 'Next');
    const r = n.getBoundingClientRect();
    return { x: r.x, y: r.y, w: r.width, h: r.height, events: getComputedStyle(n).pointerEvents };
  });
  assert.ok(Math.abs(placed.x - (box.x + next.x)) <= 1.5 && Math.abs(placed.y - (box.y + next.y)) <= 1.5 &&
            Math.abs(placed.w - next.w) <= 1.5 && Math.abs(placed.h - next.h) <= 1.5, 'Next sits over Next: ' + JSON.stringify({ placed, next }));
  assert.equal(placed.events, 'none');

  await answerChargePlaceStage(page, w);  // to the dates step
  // The stage is one answer to one question: a radio group too (one Tab stop, arrows inside).
  await w.click('\u2190 Back##back');
  await w.find('Yes##custody');
  tree = await axTree(page);
  const stage = tree.find((n) => n.role === 'radio' && n.parentRole === 'radiogroup' && /where your case is now/.test(n.parentName || '') &&
                          String(n.props.checked) === 'true');
  assert.ok(stage, 'the chosen stage is a checked radio in the group named by the question');
  assert.equal(tree.filter((n) => n.role === 'radio' && n.parentName === stage.parentName).length, 5, 'five stages');
  await w.click('Next \u2192##next');
  await w.find('##date_arraignment');
  await w.click('##date_arraignment');
  await page.keyboard.type('02/30/2026');
  await w.click('##date_indictment');     // leave the field: the bad date is explained
  await waitFor(page, () => document.querySelector('case-decoder').shadowRoot.querySelector('[data-semantics] [aria-invalid=true]'), null,
                'the bad date is marked invalid');
  tree = await axTree(page);
  const bad = tree.find((n) => n.role === 'textbox' && n.props.invalid && n.props.invalid !== 'false');
  assert.ok(bad, 'an invalid text box');
  assert.match(bad.name, /arraign/i);
  assert.match(bad.description, /February|30/, 'the reason is its description: ' + bad.description);

  // A yes/no question: a radio group named by the question, Yes / No / Not sure as radios.
  await w.click('Next \u2192##next');
  await w.find('Yes##stopped_by_police');
  tree = await axTree(page);
  const yes = tree.find((n) => n.role === 'radio' && n.name === 'Yes' && /stop you/.test(n.parentName || ''));
  assert.ok(yes, 'Yes is a radio in the group named by the question');
  assert.equal(yes.parentRole, 'radiogroup');
  assert.ok(tree.some((n) => n.role === 'radio' && n.name === 'Not sure' && n.parentName === yes.parentName), 'Not sure too');
  assert.equal(String(yes.props.checked), 'false');

  // Activating a control in the layer (a screen reader's "activate", voice control's "click Yes")
  // presses it on the canvas.
  await page.$eval('case-decoder', (el) => {
    const radios = Array.from(el.shadowRoot.querySelectorAll('[data-semantics] [role=radio]'));
    radios.find((r) => r.textContent === 'Yes' && /stop you/.test(r.parentElement.getAttribute('aria-label'))).click();
  });
  await waitFor(page, () => JSON.parse(document.querySelector('case-decoder').getCaseFile()).facts.stopped_by_police === 'yes', null,
                'the click in the layer answered the question');
  tree = await axTree(page);
  assert.equal(String(tree.find((n) => n.role === 'radio' && n.name === 'Yes' && n.parentName === yes.parentName).props.checked), 'true',
               'and the radio is checked');

  // Idle: nothing in the layer is rewritten.
  const writes = await page.$eval('case-decoder', (el) => new Promise((resolve) => {
    let n = 0;
    const o = new MutationObserver((records) => { n += records.length; });
    o.observe(el.shadowRoot.querySelector('[data-semantics]'), { subtree: true, childList: true, attributes: true, characterData: true });
    setTimeout(() => { o.disconnect(); resolve(n); }, 1500);
  }));
  assert.equal(writes, 0, 'no DOM writes while idle');

  // Spanish: the same form, in Spanish.
  await page.$eval('case-decoder', (el) => el.setAttribute('lang', 'es'));
  await waitForState(w, (st) => st.lang === 'es', 'the widget switched to Spanish');
  await waitFor(page, () => /S\u00ed/.test(document.querySelector('case-decoder').shadowRoot.querySelector('[data-semantics]').textContent), null,
                'the layer follows the language');
  tree = await axTree(page);
  assert.ok(tree.some((n) => n.role === 'radio' && n.name === 'S\u00ed'), 'S\u00ed');
  assert.ok(has(tree, 'button', 'Siguiente'), 'Siguiente');
  assert.doesNotMatch(await semanticsText(page), /[\u2190\u2192\u25b8\u25be]/, 'no decorative arrows in names');
  assertClean(log, 'semantics');
  await context.close();
});
