// <case-decoder> — the host element around one module instance of the ImGui widget.
//
// This file is appended to Emscripten's MODULARIZE output inside one closure (web/assemble.py),
// so `CaseDecoderModule` (the factory) and `UI` (assets/ui/widget.json, injected at build time)
// are in scope and nothing but `CaseDecoder` and the custom element leak into the page.
//
// Publishers:
//   <script src="case-decoder.js"></script>
//   <case-decoder offense="dui" jurisdiction="CA" height="640"></case-decoder>
//   CaseDecoder.mount(document.querySelector('#here'), { offense: 'theft', jurisdiction: 'NY' })
//
// Attributes: offense (ids, names or synonyms, comma-separated), jurisdiction (US, DC or a state
// code), stage, in-custody (yes/no/unknown), lang (en/es; es-MX etc. count as es; default: the
// page's language, from the nearest lang attribute above the element, usually <html lang>),
// height (px, default 640), theme (auto/light/dark), loading (eager/lazy).
// The reader can switch language in the widget's header at any time; the answers stay.
// Events (bubbling, composed): case-decoder:ready (first frame drawn), case-decoder:change
// (report rebuilt), case-decoder:import ({ok, error}).
// Element API: el.getReport() (report JSON as an object, or null), el.getCaseFile() (case file
// JSON text), el.loadCaseFile(text) ({ok, error}), el.forget() (clear every answer and any copy
// saved on this device), el.caseDecoder (the same plus test hooks).
//
// Privacy: the only requests are for the widget's own files (the same for every reader, whatever
// the answers), no analytics. Files are read and written locally. Nothing is
// stored unless the reader ticks "Remember my answers on this device"; then, and only then, the
// answers are kept in this browser's localStorage under "case-decoder:answers" (plus ":" and the
// element's id, when it has one) until the reader unticks it or presses "Forget everything".

var PRESET_ATTRIBUTES = ['offense', 'jurisdiction', 'stage', 'in-custody', 'lang'];
// Pasted text on its way into the module: cut (every field is short; the module cuts again to each
// field's own limit) and without NUL characters, which would end the C string early.
var MAX_PASTE = 1000;
function pastable(text) { return String(text).slice(0, MAX_PASTE).replace(/\u0000/g, ''); }

// Which way focus is moving when a widget receives it by keyboard. Only the Tab key's direction is
// read, nothing else, and nothing is prevented.
var lastTabWasShift = false;
if (typeof document !== 'undefined') {
  document.addEventListener('keydown', function (e) { if (e.key === 'Tab') lastTabWasShift = e.shiftKey; }, true);
}

// MediaQueryList listeners, with the pre-2020 Safari API as a fallback.
function listen(mq, fn, on) {
  if (mq.addEventListener) { if (on) mq.addEventListener('change', fn); else mq.removeEventListener('change', fn); }
  else if (mq.addListener) { if (on) mq.addListener(fn); else mq.removeListener(fn); }
}

// UI strings are { "en": ..., "es": ... } (or a plain English string); a missing language falls
// back to English, a missing key shows the key.
function t(key, lang) {
  var v = UI && UI[key];
  if (v && typeof v === 'object') v = v[lang] || v.en;
  return v || key;
}

// "es", "es-MX", "ES_us" -> "es"; anything else -> "en".
function normaliseLang(tag) {
  return /^es(?:$|[-_])/i.test(String(tag || '').trim()) ? 'es' : 'en';
}

function localISODate(d) {
  function two(n) { return (n < 10 ? '0' : '') + n; }
  return d.getFullYear() + '-' + two(d.getMonth() + 1) + '-' + two(d.getDate());
}

