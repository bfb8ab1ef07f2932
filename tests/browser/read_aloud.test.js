// Read aloud: the current question or the bottom line is read with the browser's speech
// synthesis, with a voice that runs on the device only; with no such voice (only a network voice,
// or none) the control is not there. speechSynthesis is stubbed: the test sees what would be said.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { DIST, launch, openPage, waitReady, widget, waitFor, assertClean } = require('./helpers');

const STANDALONE = 'file://' + path.join(DIST, 'case-decoder.html');
let browser;
before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

// A speechSynthesis with the given voices, recording what is spoken (and by which voice).
function stubSpeech(voices) {
  window.__spoken = [];
  class Utterance { constructor(text) { this.text = text; } }
  window.SpeechSynthesisUtterance = Utterance;
  const synth = {
    getVoices: () => voices,
    speak(u) { window.__spoken.push({ text: u.text, voice: u.voice && u.voice.name }); setTimeout(() => u.onend && u.onend(), 50); },
    cancel() {},
    addEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
}

test('read aloud uses a voice on the device: the current question, then the bottom line', async () => {
  const { page, context, log } = await openPage(browser, STANDALONE, { width: 1000, height: 900 });
  await page.addInitScript(stubSpeech, [
    { name: 'Network English', lang: 'en-US', localService: false },
    { name: 'Device English', lang: 'en-US', localService: true },
  ]);
  await page.reload();
  await waitReady(page);
  const w = widget(page);
  await w.click('Read aloud##read_step');
  await waitFor(page, () => window.__spoken.length === 1, null, 'something was read');
  const said = await page.evaluate(() => window.__spoken[0]);
  assert.equal(said.voice, 'Device English', 'only a voice that runs on the device');
  assert.match(said.text, /What you are charged with/, 'the step, from its title');
  assert.doesNotMatch(said.text, /Next|Back/, 'not the buttons');
  // The bottom line of the report.
  await page.$eval('case-decoder', (el) => el.loadCaseFile(JSON.stringify({
    format: 'case-decoder/case-file', version: 2, jurisdiction: 'NY', charges: [{ offense: 'shoplifting', level: 'misdemeanor' }],
    stage: 'arraignment', in_custody: 'no', facts: { has_attorney: 'yes' }, lang: 'en' })));
  const headline = (await w.report()).summary.headline;
  await w.click('Read aloud##read_summary');
  await waitFor(page, () => window.__spoken.length === 2, null, 'the bottom line was read');
  const bottom = await page.evaluate(() => window.__spoken[1].text);
  assert.ok(bottom.startsWith('The bottom line'), bottom.slice(0, 80));
  assert.ok(bottom.includes(headline), 'with the headline');
  assertClean(log, 'read aloud');
  await context.close();
});

test('no voice on the device: no read-aloud control (a network voice is never used)', async () => {
  const { page, context, log } = await openPage(browser, STANDALONE, { width: 1000, height: 900 });
  await page.addInitScript(stubSpeech, [{ name: 'Network English', lang: 'en-US', localService: false }]);
  await page.reload();
  await waitReady(page);
  const w = widget(page);
  await w.find('##charge_search');
  assert.equal(await w.find(/^Read aloud/), null, 'no control');
  assertClean(log, 'no local voice');
  await context.close();
});
