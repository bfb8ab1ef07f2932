// Browser tests for the widget's languages (English and Spanish): the lang attribute, the page's
// <html lang>, the switch in the header, and Spanish text fitting at phone widths.
//
// Pages with their own <html lang> are served from a made-up origin (http://cd.test/) through
// Playwright's request routing: nothing goes over the network, and the widget script and its
// Spanish pack are the ones in dist/.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const {
  DIST, launch, openPage, waitReady, widget, screenshot, answerChargePlaceStage, waitFor, waitForState, listenLive, assertClean,
  assertNoUiKeys,
} = require('./helpers');

const STANDALONE = 'file://' + path.join(DIST, 'case-decoder.html');
const ORIGIN = 'http://cd.test';

let browser;
before(async () => {
  assert.ok(fs.existsSync(path.join(DIST, 'case-decoder.js')), 'dist/case-decoder.js is missing: run scripts/build.sh');
  browser = await launch();
});
after(async () => { if (browser) await browser.close(); });

// A page at http://cd.test/ whose body is `body`, with <html lang=htmlLang> (omitted when null).
async function openVirtual(body, { htmlLang = 'en', width = 1000, height = 900, dpr = 1 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: dpr, colorScheme: 'light' });
  const log = { errors: [], foreign: [] };
  const script = fs.readFileSync(path.join(DIST, 'case-decoder.js'));
  const app = fs.readFileSync(path.join(DIST, 'case-decoder.app.js'));
  const wasm = fs.readFileSync(path.join(DIST, 'case-decoder.wasm'));
  const pack = fs.readFileSync(path.join(DIST, 'case-decoder.es.js'));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === ORIGIN + '/') {
      const lang = htmlLang === null ? '' : ` lang="${htmlLang}"`;
      return route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html${lang}><head><meta charset="utf-8"><link rel="icon" href="data:,">` +
              `<script src="case-decoder.js"></script></head><body style="margin:0;padding:8px">${body}</body></html>`,
      });
    }
    if (url === ORIGIN + '/case-decoder.js') return route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: script });
    if (url === ORIGIN + '/case-decoder.app.js') return route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: app });
    if (url === ORIGIN + '/case-decoder.wasm') return route.fulfill({ contentType: 'application/wasm', body: wasm });
    // The Spanish language pack, asked for when a widget starts or switches to Spanish.
    if (url === ORIGIN + '/case-decoder.es.js') return route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: pack });
    if (!url.startsWith('data:') && !url.startsWith('blob:')) log.foreign.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') log.errors.push('console: ' + m.text()); });
  page.on('pageerror', (e) => log.errors.push('pageerror: ' + e.message));
  await page.goto(ORIGIN + '/');
  await waitReady(page);
  return { page, context, log };
}

const mirrorOf = (page, sel = 'case-decoder') => page.$eval(sel, (el) => {
  const m = el.shadowRoot.querySelector('[data-mirror]');
  const a = m.querySelector('article');
  return a && { lang: a.getAttribute('lang'), h1: a.querySelector('h1').textContent, questions: m.querySelectorAll('ol.cd-questions > li').length, text: m.textContent };
});
// The mirror is rebuilt a moment after the report changes: wait for the one in language `lang`.
const waitMirror = (page, lang, sel = 'case-decoder') => waitFor(page, ([s, l]) => {
  const a = document.querySelector(s).shadowRoot.querySelector('[data-mirror] article');
  return a && a.getAttribute('lang') === l;
}, [sel, lang], `${sel}: the screen-reader mirror is in "${lang}"`);

// Every labelled item inside the canvas horizontally: Spanish labels are ~20% longer.
async function assertFits(w, what) {
  const box = await w.canvasBox();
  const over = (await w.items()).filter((it) => it.visible && it.w > 0 && (it.x < -0.5 || it.x + it.w > box.w + 0.5));
  assert.deepEqual(over.map((it) => `${it.label} x=${it.x} w=${it.w}`), [], `${what}: items wider than the ${box.w}px canvas`);
}

test('lang="es": Spanish labels and report, with the same questions as English for the same answers', async () => {
  const presets = 'offense="dui" jurisdiction="CA" stage="pre_trial" in-custody="no"';
  const { page, context, log } = await openVirtual(
    `<case-decoder id="en" ${presets} height="640"></case-decoder><case-decoder id="es" lang="es" ${presets} height="640"></case-decoder>`);
  const en = widget(page, '#en'), es = widget(page, '#es');
  assert.equal((await es.state()).lang, 'es');
  assert.equal((await en.state()).lang, 'en');

  // Labels: the header, the footer and the step title are Spanish.
  assert.equal((await es.state()).title, 'De qué le acusan');
  for (const label of ['Siguiente \u2192##next', 'Términos legales', 'English###lang', 'Delito menor##dui', 'No lo sé##dui'])
    assert.ok(await es.find(label, { visibleOnly: false }), `Spanish label "${label}"`);
  assert.equal(await es.find('Next \u2192##next', { visibleOnly: false }), null, 'no English "Next" in the Spanish widget');
  assert.ok(await en.find('Español###lang'), 'the English widget offers Español');
  const aria = await page.$eval('#es', (el) => ({
    label: el.shadowRoot.querySelector('canvas').getAttribute('aria-label'),
    lang: el.shadowRoot.querySelector('.frame').getAttribute('lang'),
  }));
  assert.match(aria.label, /responda preguntas sobre su caso penal/);
  assert.equal(aria.lang, 'es');

  // The report: Spanish words, the same question ids in the same order.
  const rEn = await en.report(), rEs = await es.report();
  assert.equal(rEs.lang, 'es');
  assert.equal(rEn.lang, 'en');
  assert.deepEqual(rEs.questions.map((q) => q.id), rEn.questions.map((q) => q.id));
  assert.ok(rEs.questions.length >= 10);
  assert.notEqual(rEs.questions[0].text, rEn.questions[0].text, 'the questions are translated');
  assert.deepEqual(rEs.dismissal_paths.map((p) => [p.id, p.applies]), rEn.dismissal_paths.map((p) => [p.id, p.applies]));

  // The screen-reader mirror (what a screen reader reads) is the Spanish report.
  await waitMirror(page, 'es', '#es');
  const mirror = await mirrorOf(page, '#es');
  assert.equal(mirror.h1, 'Su caso, explicado');
  assert.equal(mirror.questions, rEs.questions.length);
  assert.ok(mirror.text.includes(rEs.questions[0].text));
  await waitMirror(page, 'en', '#en');
  assert.equal((await mirrorOf(page, '#en')).lang, 'en');
  assertClean(log, 'lang=es');
  await context.close();
});

test('a case file that cannot be opened is explained in the reader\'s language, shown and said', async () => {
  const { page, context, log } = await openVirtual('<case-decoder lang="es" offense="dui" jurisdiction="CA" height="640"></case-decoder>');
  const w = widget(page);
  const before = await w.caseFile();
  const tries = [
    ['%PDF-1.7 not a case file', /no puede leer este archivo/],
    ['[1, 2, 3]', /no es un archivo del caso de Case Decoder/],
    ['{"format":"case-decoder/case-file","version":4,"jurisdiction":"CA","charges":[]}', /versión más nueva/],
    ['{"format":"case-decoder/case-file","version":2,"jurisdiction":"CA","charges":[{"offense":"duii"}]}', /Una respuesta de este archivo/],
  ];
  for (const [text, why] of tries) {
    // What the live region says from here on: the start-up's "Informe actualizado" notice may still
    // be on its way, and must not be taken for (or hide) what the failed import says.
    const said = await listenLive(page);
    const res = await page.$eval('case-decoder', (el, t) => el.loadCaseFile(t), text);
    assert.equal(res.ok, false);
    assert.match(res.error, /^case file: /, 'the host still gets the exact English line');
    const st = await w.state();
    assert.match(st.import_why, why, `shown for ${text}`);
    const live = await said.last();
    assert.match(live, /^No se pudo abrir ese archivo del caso\. /, 'said to screen readers');
    assert.match(live, why);
    assert.match(live, /Sus respuestas actuales no cambiaron\.$/);
    assert.deepEqual(await w.caseFile(), before, 'answers untouched');
  }
  await screenshot(page, 'import-error-es-1000.png');
  // In English the same failure reads in English; dismissing it clears it.
  await page.$eval('case-decoder', (el) => el.setAttribute('lang', 'en'));
  assert.match((await w.state()).import_why, /^One answer in this case file is not valid/);
  await w.click('Dismiss##dismiss_import');
  assert.equal((await w.state()).import_why, '');
  assertClean(log, 'import error in Spanish');
  await context.close();
});

test('switching language mid-interview keeps every answer and the current step', async () => {
  const { page, context, log } = await openPage(browser, STANDALONE, { width: 1000, height: 900 });
  await waitReady(page);
  const w = widget(page);
  // Answer the first steps in English.
  await answerChargePlaceStage(page, w);
  await w.click('##date_arrest');
  await page.keyboard.type('2026-09-14');
  await w.click('Next \u2192##next');
  await w.click('Yes##searched');
  await w.click('No##search_warrant');
  const stateEn = await w.state();
  const fileEn = await w.caseFile();
  const reportEn = await w.report();
  assert.equal(stateEn.title, 'The stop and the search');
  assert.equal(fileEn.lang, 'en');

  // Switch by clicking "Español" in the header.
  await w.click('Español');
  const stateEs = await w.state();
  assert.equal(stateEs.lang, 'es');
  assert.equal(stateEs.step, stateEn.step, 'same step');
  assert.equal(stateEs.title, 'La detención (stop) y el registro (search)');
  const fileEs = await w.caseFile();
  assert.equal(fileEs.lang, 'es', 'the case file records the language');
  assert.deepEqual({ ...fileEs, lang: 'en' }, fileEn, 'every answer kept');
  const reportEs = await w.report();
  assert.equal(reportEs.lang, 'es');
  assert.deepEqual(reportEs.questions.map((q) => q.id), reportEn.questions.map((q) => q.id));
  // The answers on screen are the same buttons, now in Spanish; the follow-up is still shown.
  assert.ok(await w.find('Sí##searched'));
  assert.ok(await w.find('No##search_warrant'));
  await screenshot(page, 'lang-switched-es-1000.png');

  // Carry on in Spanish, then switch back: nothing lost either way.
  await w.click('Siguiente \u2192##next');
  await w.click('Sí##questioned_by_police');
  const stepEs = (await w.state()).step;
  await w.click('English');
  assert.equal((await w.state()).step, stepEs);
  assert.equal((await w.state()).lang, 'en');
  const fileBack = await w.caseFile();
  assert.equal(fileBack.facts.questioned_by_police, 'yes');
  assert.deepEqual({ ...fileBack, facts: { ...fileBack.facts, questioned_by_police: undefined } },
                   { ...fileEn, facts: { ...fileEn.facts, questioned_by_police: undefined } });

  // A saved Spanish case file opens in Spanish.
  await w.click('Español');
  // The click is handled on the widget's next frame: wait for it before saving.
  await waitForState(w, (st) => st.lang === 'es', 'the widget switched to Spanish');
  const saved = await page.$eval('case-decoder', (el) => el.getCaseFile());
  await w.click('English');
  assert.equal((await w.state()).lang, 'en');  // state() handles the pending click first
  const res = await page.$eval('case-decoder', (el, t) => el.loadCaseFile(t), saved);
  assert.equal(res.ok, true);
  assert.equal((await w.state()).lang, 'es');
  assertClean(log, 'switch');
  await context.close();
});

test('the language switch works from the keyboard and keeps the keyboard cursor on it', async () => {
  const { page, context, log } = await openPage(browser, STANDALONE, { width: 1000 });
  await waitReady(page);
  const w = widget(page);
  await page.keyboard.press('Tab');  // into the widget
  for (let i = 0; i < 40 && !(await w.items()).find((it) => it.focused && it.label.endsWith('###lang')); i++) await page.keyboard.press('Tab');
  // What is said from the Enter on (the switch also rebuilds the report, whose "Informe
  // actualizado" notice follows a moment later in the same live region).
  const said = await listenLive(page);
  await page.keyboard.press('Enter');
  assert.equal((await w.state()).lang, 'es');
  const focused = (await w.items()).find((it) => it.focused);
  assert.equal(focused && focused.label, 'English###lang');
  assert.match(await said.last(), /Idioma: español/);
  assertClean(log, 'keyboard switch');
  await context.close();
});

test('<html lang="es"> without a lang attribute gives Spanish; the attribute wins; removing it goes back to the page', async () => {
  {
    const { page, context, log } = await openVirtual('<case-decoder offense="theft" jurisdiction="NY"></case-decoder>', { htmlLang: 'es-MX' });
    const w = widget(page);
    assert.equal((await w.state()).lang, 'es');
    assert.equal((await w.report()).lang, 'es');
    assert.ok(await w.find('Siguiente \u2192##next'));
    await waitMirror(page, 'es');
    assert.equal((await mirrorOf(page)).h1, 'Su caso, explicado');
    assert.equal((await w.caseFile()).lang, 'es');
    // An explicit attribute wins over the page; removing it goes back to the page's language.
    await page.$eval('case-decoder', (el) => el.setAttribute('lang', 'en'));
    assert.equal((await w.state()).lang, 'en');
    await page.$eval('case-decoder', (el) => el.removeAttribute('lang'));
    assert.equal((await w.state()).lang, 'es');
    assertClean(log, 'html lang=es-MX');
    await context.close();
  }
  {
    const { page, context, log } = await openVirtual('<case-decoder lang="en" offense="theft" jurisdiction="NY"></case-decoder>', { htmlLang: 'es' });
    assert.equal((await widget(page).state()).lang, 'en');
    assertClean(log, 'html lang=es, lang=en');
    await context.close();
  }
  {
    // No language anywhere, or another language: English.
    const { page, context, log } = await openVirtual('<case-decoder></case-decoder>', { htmlLang: null });
    assert.equal((await widget(page).state()).lang, 'en');
    assertClean(log, 'no html lang');
    await context.close();
  }
});

test('Spanish at 320, 360 and 1000 px: every step and the report fit; no UI key leaks; screenshots', async () => {
  for (const [width, dpr] of [[360, 2], [320, 1], [1000, 1]]) {
    const { page, context, log } = await openVirtual(
      '<case-decoder lang="es" offense="dui" jurisdiction="CA" height="680"></case-decoder>', { width, dpr, height: 760 });
    const w = widget(page);
    const el = await page.$('case-decoder');
    const shot = (name) => screenshot(page, `es-${width}-${name}.png`, { element: el });
    await shot('charges');
    // Walk every step of the interview.
    for (let i = 0; i < 14; i++) {
      const st = await w.state();
      await assertFits(w, `${width}px step ${st.step} (${st.title})`);
      assertNoUiKeys(await w.items(), `step ${st.step}`);
      if (st.step === 2) {
        await w.click('Antes del juicio');
        await shot('stage');
      }
      if (st.title === 'Fechas importantes') {
        await w.click('##date_arrest');
        await page.keyboard.type('2026-02-30');
        await shot('dates');
      }
      if (st.title === 'La detención (stop) y el registro (search)') {
        await w.click('Sí##searched');
        await shot('facts');
      }
      if (st.step === st.steps - 1) { await shot('review'); break; }
      await w.click('Siguiente \u2192##next');
    }
    if (width < 760) {
      await w.click(/^Informe \(\d+\)##tab_report$/);
      await assertFits(w, `${width}px report`);
      await shot('report');
      // The export buttons and the jump links.
      await w.click(/^Descargar \u25BE##/);
      await shot('download-menu');
      await page.keyboard.press('Escape');
    } else {
      await assertFits(w, `${width}px report`);
    }
    // The glossary.
    await w.click('Términos legales');
    await shot('glossary');
    await w.click('Cerrar');
    assertClean(log, `Spanish ${width}`);
    await context.close();
  }
});
