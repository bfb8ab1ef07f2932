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
// Privacy: no network requests, no analytics. Files are read and written locally. Nothing is
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

// --- The wasm: inlined gzipped (assemble.py), inflated and compiled once per page -------------
var compiledWasm = null;

function base64Bytes(b64) {
  var bin = atob(b64);
  var out = new Uint8Array(bin.length);
  for (var i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

// Inflate (RFC 1951) after a gzip header (RFC 1952), for browsers without DecompressionStream
// (Safari before 16.4, Firefox before 113). Canonical Huffman decoding as in zlib's puff.c.
function gunzipInJs(src) {
  var LBASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
  var LEXT = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
  var DBASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
  var DEXT = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
  var flags = src[3], pos = 10;
  if (src[0] !== 0x1f || src[1] !== 0x8b || src[2] !== 8) throw new Error('not gzip');
  if (flags & 4) pos += 2 + (src[pos] | (src[pos + 1] << 8));
  if (flags & 8) while (src[pos++]);
  if (flags & 16) while (src[pos++]);
  if (flags & 2) pos += 2;
  var n = src.length;
  var out = new Uint8Array((src[n - 4] | (src[n - 3] << 8) | (src[n - 2] << 16) | (src[n - 1] << 24)) >>> 0);
  var op = 0, bitBuf = 0, bitCnt = 0;
  function bits(k) {
    while (bitCnt < k) { bitBuf |= src[pos++] << bitCnt; bitCnt += 8; }
    var v = bitBuf & ((1 << k) - 1);
    bitBuf >>>= k; bitCnt -= k;
    return v;
  }
  function table(lengths) {
    var count = new Uint16Array(16), offs = new Uint16Array(16), symbol = new Uint16Array(lengths.length), i;
    for (i = 0; i < lengths.length; i++) count[lengths[i]]++;
    count[0] = 0;
    for (i = 1; i < 16; i++) offs[i] = offs[i - 1] + count[i - 1];
    for (i = 0; i < lengths.length; i++) if (lengths[i]) symbol[offs[lengths[i]]++] = i;
    return { count: count, symbol: symbol };
  }
  function decode(h) {
    var code = 0, first = 0, index = 0;
    for (var len = 1; len < 16; len++) {
      code |= bits(1);
      var c = h.count[len];
      if (code - c < first) return h.symbol[index + (code - first)];
      index += c; first = (first + c) << 1; code <<= 1;
    }
    throw new Error('inflate: bad code');
  }
  var fixedLit = null, fixedDist = null, last, type, i, sym, len;
  do {
    last = bits(1); type = bits(2);
    if (type === 0) {
      bitBuf = 0; bitCnt = 0;  // stored block: byte-aligned
      len = src[pos] | (src[pos + 1] << 8); pos += 4;
      out.set(src.subarray(pos, pos + len), op); op += len; pos += len;
      continue;
    }
    var lit, dist;
    if (type === 1) {
      if (!fixedLit) {
        var l = new Uint8Array(288);
        for (i = 0; i < 288; i++) l[i] = i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8;
        fixedLit = table(l);
        fixedDist = table(new Uint8Array(30).fill(5));
      }
      lit = fixedLit; dist = fixedDist;
    } else if (type === 2) {
      var nlen = bits(5) + 257, ndist = bits(5) + 1, ncode = bits(4) + 4;
      var ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
      var cl = new Uint8Array(19);
      for (i = 0; i < ncode; i++) cl[ORDER[i]] = bits(3);
      var lencode = table(cl), lengths = new Uint8Array(nlen + ndist), idx = 0;
      while (idx < nlen + ndist) {
        sym = decode(lencode);
        if (sym < 16) { lengths[idx++] = sym; continue; }
        var rep = 0, times;
        if (sym === 16) { rep = lengths[idx - 1]; times = 3 + bits(2); }
        else if (sym === 17) times = 3 + bits(3);
        else times = 11 + bits(7);
        while (times--) lengths[idx++] = rep;
      }
      lit = table(lengths.subarray(0, nlen)); dist = table(lengths.subarray(nlen));
    } else {
      throw new Error('inflate: bad block');
    }
    for (;;) {
      sym = decode(lit);
      if (sym < 256) { out[op++] = sym; continue; }
      if (sym === 256) break;
      sym -= 257;
      len = LBASE[sym] + bits(LEXT[sym]);
      sym = decode(dist);
      var d = DBASE[sym] + bits(DEXT[sym]);
      while (len--) { out[op] = out[op - d]; op++; }
    }
  } while (!last);
  return out;
}

function gunzip(bytes) {
  if (typeof DecompressionStream === 'function' && typeof Response === 'function' && typeof Blob === 'function') {
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(stream).arrayBuffer().then(function (buf) { return new Uint8Array(buf); },
                                                   function () { return gunzipInJs(bytes); });
  }
  return Promise.resolve().then(function () { return gunzipInJs(bytes); });
}

function wasmModule() {
  if (!compiledWasm) {
    compiledWasm = gunzip(base64Bytes(WASM_GZ_BASE64)).then(function (binary) { return WebAssembly.compile(binary); });
  }
  return compiledWasm;
}

var STYLE = [
  ':host{display:block;position:relative;width:100%;max-width:1200px;margin:1.5em auto;box-sizing:border-box;',
  '--cd-bg:#fff;--cd-border:#d0d7de;--cd-text:#1f2328;--cd-muted:#57606a;--cd-focus:rgba(31,95,173,.45)}',
  ':host([hidden]){display:none}',
  '@media (prefers-color-scheme:dark){:host(:not([theme=light])){--cd-bg:#16181c;--cd-border:#3a414a;--cd-text:#e6e8eb;--cd-muted:#a3acb6;--cd-focus:rgba(125,179,245,.55)}}',
  ':host([theme=dark]){--cd-bg:#16181c;--cd-border:#3a414a;--cd-text:#e6e8eb;--cd-muted:#a3acb6;--cd-focus:rgba(125,179,245,.55)}',
  '.frame{position:relative;height:var(--cd-height,640px);border:1px solid var(--cd-border);border-radius:10px;overflow:hidden;background:var(--cd-bg)}',
  '.frame.focus-ring{box-shadow:0 0 0 3px var(--cd-focus)}',
  'canvas{display:block;width:100%;height:100%;outline:none;-webkit-tap-highlight-color:transparent;user-select:none;-webkit-user-select:none}',
  '.cover{position:absolute;inset:0;display:flex;align-items:center;justify-content:center;padding:24px;text-align:center;',
  'font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--cd-muted);background:var(--cd-bg)}',
  '.cover[hidden]{display:none}',
  '.sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;border:0}',
  '.proxy{position:absolute;opacity:0;font-size:16px;border:0;padding:0;margin:0;background:transparent;color:transparent;caret-color:transparent;pointer-events:none}'
].join('\n');

var PRINT_STYLE = [
  '@media screen{#case-decoder-print{display:none!important}}',
  '@media print{body>*:not(#case-decoder-print){display:none!important}',
  '#case-decoder-print{display:block;color:#000;background:#fff;font:11pt/1.45 Georgia,"Times New Roman",serif;max-width:44em;margin:0 auto}',
  '#case-decoder-print h1{font-size:18pt;margin:0 0 .2em}#case-decoder-print h2{font-size:14pt;margin:1.2em 0 .3em;border-bottom:1px solid #999}',
  '#case-decoder-print h3{font-size:12pt;margin:.8em 0 .2em}#case-decoder-print h4{font-size:11pt;margin:.6em 0 .1em}',
  '#case-decoder-print .cd-cite,#case-decoder-print .cd-sub{font-size:9pt;color:#333}',
  '#case-decoder-print .cd-notice{border:1px solid #000;padding:.5em}#case-decoder-print .cd-q{font-weight:bold}',
  '#case-decoder-print li{break-inside:avoid}',
  '#case-decoder-print p,#case-decoder-print li,#case-decoder-print .cd-plain{color:#000}#case-decoder-print .cd-muted{color:#333}',
  '#case-decoder-print .cd-small{font-size:10pt}#case-decoder-print .cd-danger{font-weight:bold}',
  '#case-decoder-print .cd-badge{border:1px solid #000;border-radius:3px;padding:0 .3em;font-size:9pt;font-weight:normal}',
  '#case-decoder-print .cd-date{font-weight:bold;margin:.1em 0}#case-decoder-print section.cd-accent{border:2px solid #000;padding:.2em .8em .6em}',
  '#case-decoder-print .cd-part-report{break-before:page}#case-decoder-print .cd-part-title{font-size:16pt}}'
].join('\n');

class CaseDecoderWidget extends HTMLElement {
  static get observedAttributes() { return PRESET_ATTRIBUTES.concat(['height', 'theme']); }

  constructor() {
    super();
    var root = this.attachShadow({ mode: 'open' });
    root.innerHTML =
      '<style>' + STYLE + '</style>' +
      '<div class="frame" part="frame">' +
      '<canvas tabindex="0" role="application"></canvas>' +
      '<input class="proxy" type="text" tabindex="-1" aria-hidden="true" autocomplete="off" autocapitalize="off" spellcheck="false">' +
      '<div class="cover" part="cover"></div>' +
      '</div>' +
      '<p class="sr" id="cd-keys"></p>' +
      '<div class="sr" aria-live="polite" data-live></div>' +
      '<section class="sr" data-mirror></section>' +
      '<input type="file" accept=".json,application/json" hidden>';
    this._frame = root.querySelector('.frame');
    this._canvas = root.querySelector('canvas');
    this._cover = root.querySelector('.cover');
    this._live = root.querySelector('[data-live]');
    this._mirror = root.querySelector('[data-mirror]');
    this._fileInput = root.querySelector('input[type=file]');
    this._proxy = root.querySelector('.proxy');
    this._keys = root.getElementById('cd-keys');
    this._canvas.setAttribute('aria-describedby', 'cd-keys');
    this._lang = 'en';
    this._coverKey = 'widget.loading';
    this._applyLang();
    this._module = null;
    this._starting = false;
    this._ready = false;
    var self = this;
    this.caseDecoderReady = new Promise(function (resolve) { self._resolveReady = resolve; });
    this.caseDecoder = this._api();
  }

  connectedCallback() {
    this._applyHeight();
    if (!this._module) { this._lang = this._presetLang(); this._applyLang(); }
    if (this._module) { this._attach(); return; }
    if (this._starting) return;
    var self = this;
    if (this.getAttribute('loading') === 'lazy' && 'IntersectionObserver' in window) {
      // Lazy: start when within a screen of the viewport.
      this._io = new IntersectionObserver(function (entries) {
        if (entries.some(function (e) { return e.isIntersecting; })) {
          self._io.disconnect();
          self._start();
        }
      }, { rootMargin: '100% 0px' });
      this._io.observe(this);
    } else {
      this._start();
    }
  }

  disconnectedCallback() {
    if (this._io) this._io.disconnect();
    if (this._saveTimer) this._saveNow();
    this._detach();
  }

  attributeChangedCallback(name, oldValue, value) {
    if (name === 'height') { this._applyHeight(); return; }
    if (name === 'lang') {
      // Removing the attribute goes back to the page's language.
      if (!this._module) { this._lang = this._presetLang(); this._applyLang(); return; }
      this._setPreset('lang', this._presetLang());
      return;
    }
    if (!this._module) return;  // applied when the module starts
    if (name === 'theme') { this._module._cd_widget_set_dark(this._isDark() ? 1 : 0); return; }
    this._setPreset(name, value || '');
  }

  // --- public element methods ------------------------------------------------------------
  getReport() {
    if (!this._module) return null;
    this._flush();
    var s = this._str(this._module._cd_widget_report_json());
    return s ? JSON.parse(s) : null;
  }
  getCaseFile() {
    if (!this._module) return null;
    this._flush();
    return this._str(this._module._cd_widget_case_file_json());
  }
  forget() {
    if (this._module) this._module._cd_widget_forget();
    else this._deleteSaved();
  }
  loadCaseFile(text) {
    if (!this._module) return { ok: false, error: 'case file: the widget is still loading' };
    var error = this._str(this._withString(String(text), this._module._cd_widget_import));
    var result = { ok: error === '', error: error || null };
    this.dispatchEvent(new CustomEvent('case-decoder:import', { bubbles: true, composed: true, detail: result }));
    return result;
  }

  // --- start-up ----------------------------------------------------------------------------
  _applyHeight() {
    var h = this.getAttribute('height');
    var css = !h ? '640px' : /^\d+(\.\d+)?$/.test(h) ? h + 'px' : h;
    this.style.setProperty('--cd-height', css);
  }

  // The language to start in: the lang attribute, else the page's (nearest lang above us).
  _presetLang() {
    var own = this.getAttribute('lang');
    if (own) return normaliseLang(own);
    var above = this.parentElement && this.parentElement.closest('[lang]');
    var page = above ? above.getAttribute('lang') : (document.documentElement && document.documentElement.lang);
    return normaliseLang(page);
  }

  // The host's own words (canvas label, keyboard help, mirror label, cover) follow the widget's
  // language, and the shadow content says which language it is in for screen readers.
  _applyLang() {
    var lang = this._lang;
    this._canvas.setAttribute('aria-label', t('widget.aria.canvas', lang));
    this._keys.textContent = t('widget.aria.keys', lang);
    this._mirror.setAttribute('aria-label', t('widget.aria.mirror', lang));
    this._cover.textContent = t(this._coverKey, lang);
    [this._frame, this._keys, this._live, this._mirror].forEach(function (n) { n.setAttribute('lang', lang); });
  }

  _setCover(key) {
    this._coverKey = key;
    this._cover.textContent = t(key, this._lang);
  }

  _isDark() {
    var theme = this.getAttribute('theme');
    if (theme === 'dark') return true;
    if (theme === 'light') return false;
    return !!(window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches);
  }

  _start() {
    this._starting = true;
    var self = this;
    var host = {
      firstFrame: function () { self._onFirstFrame(); },
      reportChanged: function () { self._onReportChanged(); },
      copyText: function (text) { self._copy(text); },
      download: function (name, mime, text) { self._download(name, mime, text); },
      printHtml: function (html) { self._print(html); },
      openFile: function () { self._fileInput.click(); },
      announce: function (text) { self._live.textContent = text; },
      langChanged: function (lang) { self._lang = lang; self._applyLang(); },
      rememberChanged: function (on) { self._rememberChanged(on); },
      textInputWanted: function (wanted, x, y, w, h) { self._textInputWanted(wanted, x, y, w, h); }
    };
    var failed = function (err) {
      self._setCover('widget.failed');
      console.error('case-decoder: could not start:', err);
    };
    CaseDecoderModule({
      canvas: this._canvas,
      cdHost: host,
      // Every widget on the page instantiates the one compiled module with its own memory.
      instantiateWasm: function (imports, receive) {
        wasmModule().then(function (mod) {
          return WebAssembly.instantiate(mod, imports).then(function (instance) { receive(instance, mod); });
        }).catch(failed);
        return {};
      }
    }).then(function (m) {
      self._module = m;
      self._boot();
    }, failed);
  }

  _boot() {
    var m = this._module;
    var self = this;
    this._withString(localISODate(new Date()), m._cd_widget_set_today);
    for (var i = 0; i < PRESET_ATTRIBUTES.length; i++) {
      var v = PRESET_ATTRIBUTES[i] === 'lang' ? this._presetLang() : this.getAttribute(PRESET_ATTRIBUTES[i]);
      if (v !== null) this._setPreset(PRESET_ATTRIBUTES[i], v);
    }
    this._restoreSaved();
    var size = this._size();
    if (m._cd_widget_start(size.w, size.h, size.dpr, this._isDark() ? 1 : 0) !== 0) {
      this._setCover('widget.no_webgl');
      return;
    }
    this._attach();
    this._canvas.addEventListener('paste', function (e) {
      var text = e.clipboardData && e.clipboardData.getData('text/plain');
      // Every field is short: a pasted document is cut here, before it is copied into the module.
      if (text) { e.preventDefault(); self._withString(pastable(text), m._cd_widget_paste); }
    });
    this._canvas.addEventListener('focus', function () {
      var byKeyboard = self._canvas.matches(':focus-visible');
      self._frame.classList.toggle('focus-ring', byKeyboard);
      // Tabbing in lands on the first item (Shift+Tab: the last), like a form's controls.
      if (byKeyboard) m._cd_widget_keyboard_focus(lastTabWasShift ? 1 : 0);
    });
    this._canvas.addEventListener('blur', function () { self._frame.classList.remove('focus-ring'); });
    this._fileInput.addEventListener('change', function () {
      var file = self._fileInput.files && self._fileInput.files[0];
      self._fileInput.value = '';
      if (!file) return;
      var reader = new FileReader();
      reader.onload = function () { self.loadCaseFile(String(reader.result)); };
      reader.readAsText(file);
    });
    this._proxyInput();
  }

  // Page-level observers (container size, colour scheme, zoom), added while the element is in the
  // document and removed when it leaves, so a removed widget can be garbage-collected.
  _attach() {
    if (this._attached || !this._module) return;
    this._attached = true;
    var self = this, m = this._module;
    this._ro = new ResizeObserver(function () { self._resize(); });
    this._ro.observe(this._frame);
    this._resize();
    this._watchDpr();
    if (window.matchMedia) {
      this._schemeMq = window.matchMedia('(prefers-color-scheme: dark)');
      this._onScheme = function () { m._cd_widget_set_dark(self._isDark() ? 1 : 0); };
      listen(this._schemeMq, this._onScheme, true);
      this._onScheme();
    }
  }

  _detach() {
    if (!this._attached) return;
    this._attached = false;
    this._ro.disconnect();
    if (this._schemeMq) listen(this._schemeMq, this._onScheme, false);
    if (this._dprMq) listen(this._dprMq, this._onDpr, false);
  }

  _size() {
    var r = this._frame.getBoundingClientRect();
    var b = this._frame.clientWidth ? (r.width - this._frame.clientWidth) / 2 : 0;
    return { w: Math.max(1, r.width - 2 * b), h: Math.max(1, r.height - 2 * b), dpr: window.devicePixelRatio || 1 };
  }

  _resize() {
    var s = this._size();
    if (this._last && this._last.w === s.w && this._last.h === s.h && this._last.dpr === s.dpr) return;
    this._last = s;
    this._module._cd_widget_resize(s.w, s.h, s.dpr);
  }

  _watchDpr() {
    // Browser zoom and moving to another screen change devicePixelRatio without a resize.
    var self = this;
    if (!window.matchMedia) return;
    if (this._dprMq) listen(this._dprMq, this._onDpr, false);
    this._dprMq = window.matchMedia('(resolution: ' + (window.devicePixelRatio || 1) + 'dppx)');
    this._onDpr = function () { self._resize(); self._watchDpr(); };
    listen(this._dprMq, this._onDpr, true);
  }

  _onFirstFrame() {
    if (this._ready) return;
    this._ready = true;
    this._cover.hidden = true;
    if (window.performance && performance.mark) performance.mark('case-decoder:first-frame');
    this.dispatchEvent(new CustomEvent('case-decoder:ready', { bubbles: true, composed: true, detail: { element: this } }));
    this._resolveReady(this);
  }

  _onReportChanged() {
    if (this._remember) this._scheduleSave();
    // The screen-reader mirror and the change event follow the report, a moment later so that
    // typing a date does not rebuild the DOM on every key.
    var self = this;
    clearTimeout(this._mirrorTimer);
    this._mirrorTimer = setTimeout(function () {
      if (!self._module) return;
      self._mirror.innerHTML = self._str(self._module._cd_widget_report_html());
      var report = self.getReport();
      if (report) self._live.textContent = t('widget.aria.updated', self._lang).replace('%d', String(report.questions.length));
      self.dispatchEvent(new CustomEvent('case-decoder:change', { bubbles: true, composed: true }));
    }, 150);
  }

  // --- saving on this device (only after the reader asks) -------------------------------------
  _storageKey() { return 'case-decoder:answers' + (this.id ? ':' + this.id : ''); }

  _restoreSaved() {
    var text = null;
    try { text = window.localStorage.getItem(this._storageKey()); } catch (e) { return; }
    if (!text) return;
    var error = this._str(this._withString(text, this._module._cd_widget_restore));
    if (error) {
      // A damaged or foreign copy must not come back on every visit: drop it, start fresh.
      console.warn('case-decoder: saved answers could not be read and were deleted:', error);
      this._deleteSaved();
      return;
    }
    this._remember = true;
    this._listenPageHide(true);
  }

  _rememberChanged(on) {
    this._remember = on;
    this._listenPageHide(on);
    if (on) this._saveNow();
    else {
      clearTimeout(this._saveTimer);
      this._deleteSaved();
      // Forget everything: nothing of the answers stays in the host either.
      this._proxy.value = '';
      this._fileInput.value = '';
    }
  }

  _scheduleSave() {
    var self = this;
    clearTimeout(this._saveTimer);
    this._saveTimer = setTimeout(function () { self._saveNow(); }, 250);
  }

  _saveNow() {
    clearTimeout(this._saveTimer);
    this._saveTimer = null;
    if (!this._remember || !this._module) return;
    try {
      window.localStorage.setItem(this._storageKey(), this._str(this._module._cd_widget_saved_answers()));
    } catch (e) {
      // Private windows, full storage, a sandboxed frame: say so in the widget, keep nothing.
      this._remember = false;
      this._deleteSaved();
      this._module._cd_widget_storage_unavailable();
    }
  }

  _deleteSaved() {
    try { window.localStorage.removeItem(this._storageKey()); } catch (e) { /* no storage: nothing to delete */ }
  }

  // A change made just before the tab closes is saved at once rather than after the delay.
  _listenPageHide(on) {
    var self = this;
    if (!this._onPageHide) this._onPageHide = function () { if (self._saveTimer) self._saveNow(); };
    if (on) window.addEventListener('pagehide', this._onPageHide);
    else window.removeEventListener('pagehide', this._onPageHide);
  }

  // --- page-facing services ------------------------------------------------------------------
  _copy(text) {
    var self = this;
    var fallback = function () {
      var ta = document.createElement('textarea');
      ta.value = text;
      ta.setAttribute('readonly', '');
      ta.style.cssText = 'position:fixed;top:0;left:0;opacity:0;';
      self.shadowRoot.appendChild(ta);
      ta.select();
      try { document.execCommand('copy'); } catch (e) { /* nothing more we can do */ }
      ta.remove();
      self._canvas.focus({ preventScroll: true });
    };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).catch(fallback);
    else fallback();
  }

  _download(name, mime, text) {
    var url = URL.createObjectURL(new Blob([text], { type: mime }));
    var a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.style.display = 'none';
    this.shadowRoot.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(url); a.remove(); }, 2000);
  }

  _print(html) {
    // A print-only copy of the report in the page: real text that prints well, then removed.
    var old = document.getElementById('case-decoder-print');
    if (old) old.remove();
    var style = document.getElementById('case-decoder-print-style');
    if (!style) {
      style = document.createElement('style');
      style.id = 'case-decoder-print-style';
      style.textContent = PRINT_STYLE;
      document.head.appendChild(style);
    }
    var root = document.createElement('div');
    root.id = 'case-decoder-print';
    root.innerHTML = html;
    document.body.appendChild(root);
    var cleanup = function () {
      window.removeEventListener('afterprint', cleanup);
      root.remove();
    };
    window.addEventListener('afterprint', cleanup);
    window.print();
  }

  _proxyInput() {
    // Phones show their keyboard only for a focused DOM input. While ImGui edits a text field on
    // a touch screen, an invisible input sits over it and forwards what is typed.
    var self = this;
    var p = this._proxy;
    p.addEventListener('beforeinput', function (e) {
      var m = self._module;
      if (!m) return;
      e.preventDefault();
      if (e.inputType === 'deleteContentBackward') m._cd_widget_proxy_key(8);
      else if (e.inputType === 'insertLineBreak' || e.inputType === 'insertParagraph') m._cd_widget_proxy_key(13);
      else if (e.data) self._withString(pastable(e.data), m._cd_widget_paste);
    });
  }

  _textInputWanted(wanted, x, y, w, h) {
    var coarse = window.matchMedia && window.matchMedia('(pointer: coarse)').matches;
    if (!coarse) return;
    var p = this._proxy;
    if (wanted) {
      p.style.left = x + 'px'; p.style.top = y + 'px'; p.style.width = w + 'px'; p.style.height = h + 'px';
      p.focus({ preventScroll: true });
    } else if (this.shadowRoot.activeElement === p) {
      p.blur();
    }
  }

  // --- helpers --------------------------------------------------------------------------------
  _setPreset(name, value) {
    var m = this._module;
    var key = name === 'in-custody' ? 'in_custody' : name;
    var kp = this._alloc(key), vp = this._alloc(value);
    m._cd_widget_set_preset(kp, vp);
    m._free(kp); m._free(vp);
  }
  _alloc(s) {
    var m = this._module;
    var n = m.lengthBytesUTF8(s) + 1;
    var p = m._malloc(n);
    m.stringToUTF8(s, p, n);
    return p;
  }
  // Calls fn(char*) with a temporary UTF-8 copy of s; returns fn's result.
  _withString(s, fn) {
    var p = this._alloc(s);
    try { return fn(p); } finally { this._module._free(p); }
  }
  _str(ptr) { return ptr ? this._module.UTF8ToString(ptr) : ''; }
  // Apply input still waiting for its animation frame (see cd_widget_flush).
  _flush() { if (this._ready) this._module._cd_widget_flush(); }

  _api() {
    var self = this;
    return {
      get ready() { return self.caseDecoderReady; },
      report: function () { return self.getReport(); },
      reportText: function () { return self._module ? self._str(self._module._cd_widget_report_text()) : ''; },
      reportMarkdown: function () { return self._module ? self._str(self._module._cd_widget_report_markdown()) : ''; },
      reportHtml: function () { return self._module ? self._str(self._module._cd_widget_report_html()) : ''; },
      questionsText: function () { return self._module ? self._str(self._module._cd_widget_questions_text()) : ''; },
      caseFile: function () { return self.getCaseFile(); },
      loadCaseFile: function (text) { return self.loadCaseFile(text); },
      forget: function () { self.forget(); },
      set: function (name, value) { self.setAttribute(name, value); },
      // The language shown now ("en" or "es"): the attribute, the page, or the reader's choice.
      get lang() { return self._lang; },
      // Test hooks ---------------------------------------------------------------------------
      state: function () {
        if (!self._module) return null;
        self._flush();
        return JSON.parse(self._str(self._module._cd_widget_state_json()));
      },
      savedAnswers: function () { return self._module ? JSON.parse(self._str(self._module._cd_widget_saved_answers())) : null; },
      frameCount: function () { return self._module ? self._module._cd_widget_frame_count() : 0; },
      // Labelled items of a frame drawn now, in CSS px relative to the canvas (turns recording on).
      items: function () {
        if (!self._module) return Promise.resolve([]);
        self._module._cd_widget_record_items(1);
        return Promise.resolve(JSON.parse(self._str(self._module._cd_widget_items_json())));
      }
    };
  }
}

if (typeof customElements !== 'undefined' && !customElements.get('case-decoder')) {
  customElements.define('case-decoder', CaseDecoderWidget);
}

var CaseDecoder = {
  version: VERSION,
  // Mount a widget in `target` (or configure `target` if it already is a <case-decoder>).
  // options: { offense, jurisdiction, stage, inCustody, lang, height, theme, loading }.
  mount: function (target, options) {
    if (typeof target === 'string') target = document.querySelector(target);
    if (!target) throw new Error('CaseDecoder.mount: no target element');
    var el = target.localName === 'case-decoder' ? target : document.createElement('case-decoder');
    var opts = options || {};
    Object.keys(opts).forEach(function (k) {
      var attr = k.replace(/[A-Z]/g, function (c) { return '-' + c.toLowerCase(); });
      if (opts[k] !== undefined && opts[k] !== null) el.setAttribute(attr, String(opts[k]));
    });
    if (el !== target) target.appendChild(el);
    return el;
  }
};
if (typeof window !== 'undefined' && !window.CaseDecoder) window.CaseDecoder = CaseDecoder;
