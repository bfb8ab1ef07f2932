// The <case-decoder> element: attributes, start-up (lazy or eager), size and DPI, language,
// the module instance, the report mirror for screen readers, presets and the element API.
// Saving (storage.js), files (files.js) and the text agent (text_agent.js: real inputs for text fields) add their
// methods to it.

// Runs each step in a task of its own, in order; a step that returns false ends the run. A message
// to itself rather than setTimeout: no 4 ms clamp between turns.
var turns = [];
var turnChannel = null;
function inTurns(steps) {
  var i = 0;
  var next = function () {
    if (steps[i++]() !== false && i < steps.length) nextTurn(next);
  };
  next();
}
function nextTurn(fn) {
  if (typeof MessageChannel !== 'function') { setTimeout(fn, 0); return; }
  if (!turnChannel) {
    turnChannel = new MessageChannel();
    turnChannel.port1.onmessage = function () { turns.shift()(); };
  }
  turns.push(fn);
  turnChannel.port2.postMessage(0);
}

class CaseDecoderWidget extends HTMLElement {
  static get observedAttributes() { return PRESET_ATTRIBUTES.concat(['height', 'theme']); }

  constructor() {
    super();
    var root = this.attachShadow({ mode: 'open' });
    root.innerHTML =
      '<style>' + STYLE + '</style>' +
      '<div class="frame" part="frame">' +
      '<canvas tabindex="0" role="application"></canvas>' +
      '<div class="text-layer" aria-hidden="true"></div>' +
      '<section class="sem-layer" data-semantics></section>' +
      '<input class="proxy" type="text" tabindex="-1" aria-hidden="true" autocomplete="off" autocapitalize="off" spellcheck="false">' +
      '<div class="cover" part="cover"></div>' +
      '</div>' +
      '<p class="sr" id="cd-keys"></p>' +
      '<div class="sr" aria-live="polite" data-live></div>' +
      '<div class="sr" role="alert" aria-live="assertive" data-alert></div>' +

      '<section class="sr" data-mirror></section>' +
      '<input type="file" accept=".json,application/json" hidden>' +
      '<span class="sr" tabindex="-1" data-exit></span>';
    this._frame = root.querySelector('.frame');
    this._canvas = root.querySelector('canvas');
    this._cover = root.querySelector('.cover');
    this._live = root.querySelector('[data-live]');
    this._alert = root.querySelector('[data-alert]');
    this._exit = root.querySelector('[data-exit]');
    this._saidAt = 0;  // when the widget last read something out (the report notice waits for quiet)
    this._mirror = root.querySelector('[data-mirror]');
    this._semanticsRoot = root.querySelector('[data-semantics]');
    this._textLayerRoot = root.querySelector('.text-layer');
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
    if (this._starting || this._waitingForPage) return;
    var self = this;
    if (this.getAttribute('loading') === 'eager' || !('IntersectionObserver' in window)) {
      this._start();
    } else if (document.readyState === 'loading') {
      // Lazy (the default), on a page still being read: where the widget sits is known once it is.
      this._waitingForPage = true;
      document.addEventListener('DOMContentLoaded', function () {
        self._waitingForPage = false;
        if (self.isConnected && !self._starting && !self._module) self._startWhenNear();
      }, { once: true });
    } else {
      this._startWhenNear();
    }
  }

  // Lazy: the module and its WebAssembly are loaded and started when the widget is within two
  // screens of the viewport (time to arrive on a slow connection): at once if it already is
  // (sooner than the observer, which first answers after the page's first paint), else when the
  // reader scrolls that near. The box is reserved from the start, so nothing moves. A reader who
  // never scrolls to it never downloads them.
  _startWhenNear() {
    var self = this;
    if (this._nearViewport()) { this._start(); return; }
    this._io = new IntersectionObserver(function (entries) {
      if (entries.some(function (e) { return e.isIntersecting; })) {
        self._io.disconnect();
        self._start();
      }
    }, { rootMargin: '200% 0px' });
    this._io.observe(this);
  }

  // Within two screens of the viewport now (the observer's margin). A box with no size (inside
  // something hidden) is left to the observer.
  _nearViewport() {
    var r = this.getBoundingClientRect(), h = window.innerHeight || 0;
    return r.height > 0 && h > 0 && r.bottom >= -2 * h && r.top <= 3 * h;
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
    this._exit.textContent = t('widget.aria.end', lang);
    this._semanticsRoot.setAttribute('aria-label', t('widget.aria.semantics', lang));
    this._drawCover();
    [this._frame, this._keys, this._live, this._mirror].forEach(function (n) { n.setAttribute('lang', lang); });
  }

  _setCover(key) {
    this._coverKey = key;
    this._drawCover();
  }

  // While loading: one line. When the widget cannot start (no WebGL, a failed start): never a blank
  // box, but what the page's <noscript> gives: why, then questions worth asking any defense lawyer.
  // The canvas leaves the Tab order and the accessibility tree; the cover is plain, selectable text.
  _drawCover() {
    var lang = this._lang, cover = this._cover;
    var failed = this._coverKey !== 'widget.loading';
    cover.textContent = '';
    cover.classList.toggle('failed', failed);
    this._canvas.hidden = failed;
    var p = document.createElement('p');
    p.textContent = t(this._coverKey, lang);
    cover.appendChild(p);
    if (!failed) return;
    var intro = document.createElement('p');
    intro.textContent = t('widget.fallback.intro', lang);
    cover.appendChild(intro);
    var ol = document.createElement('ol');
    for (var i = 1; i <= 6; i++) {
      var li = document.createElement('li');
      li.textContent = t('widget.fallback.q' + i, lang);
      ol.appendChild(li);
    }
    cover.appendChild(ol);
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
      openPage: function (html, title, lang, fileName) { self._openPage(html, title, lang, fileName); },
      openFile: function () { self._fileInput.click(); },
      announce: function (text) { self._saidAt = Date.now(); self._live.textContent = text; },
      alert: function (text) { self._alert.textContent = ''; self._alert.textContent = text; },
      leave: function () { self._leave(); },
      langChanged: function (lang) { self._lang = lang; self._applyLang(); },
      needLanguage: function (lang) { self._loadLanguage(lang); },
      rememberChanged: function (on) { self._rememberChanged(on); },
      textInputWanted: function (wanted, id, x, y, w, h) { self._textInputWanted(wanted, id, x, y, w, h); },
      datePickers: function (json) { self._datePickers(JSON.parse(json)); },
      semantics: function (json) { self._semantics(json); },
      speak: function (text, lang) { self._speak(text, lang); },
      textLayer: function (json) { self._textLayer(json); }
    };
    var failed = function (err) {
      self._setCover('widget.failed');
      console.error('case-decoder: could not start:', err);
    };
    // A page in Spanish: its pack loads beside the module, and is added before the first frame.
    var startLang = this._presetLang();
    var startPack = startLang !== 'en' ? languagePack(startLang).catch(function () { return null; }) : null;
    // The WebAssembly and the module's script come at the same time, each on its own way.
    var wasm = wasmModule();
    wasm.catch(function () {});  // reported by instantiateWasm, or by loadApp failing first
    loadApp().then(function (app) {
      return app.CaseDecoderModule({
        canvas: self._canvas,
        cdHost: host,
        // Every widget on the page instantiates the one compiled module with its own memory.
        instantiateWasm: function (imports, receive) {
          wasm.then(function (mod) {
            return WebAssembly.instantiate(mod, imports).then(function (instance) { receive(instance, mod); });
          }).catch(failed);
          return {};
        }
      });
    }).then(function (m) {
      return Promise.resolve(startPack).then(function (pack) {
        self._module = m;
        if (pack) self._withString(pack, m._cd_widget_add_language_pack);
        self._boot();
      });
    }).catch(failed);
  }

  // The widget wants a language its content lacks: load the pack and hand it over, or say it failed.
  // A pack inside this script (the offline page) is added at once, so the switch happens in the
  // same frame as the click, as it would with both languages built in.
  _loadLanguage(lang) {
    var self = this;
    var add = function (text) {
      if (!self._module) return;
      var err = self._str(self._withString(text, self._module._cd_widget_add_language_pack));
      if (err) console.warn('case-decoder: ' + err);
    };
    if (LANGUAGE_PACKS[lang]) { add(LANGUAGE_PACKS[lang]); return; }
    languagePack(lang).then(add, function (e) {
      console.warn('case-decoder: ' + e.message);
      if (self._module) self._module._cd_widget_language_pack_failed();
    });
  }

  // Start-up in three turns, each its own task, so the page's input and painting are never held up
  // for long (measured 2026-12-06: about 130 ms in one task before; each turn 15-45 ms here): the
  // content and the answers; WebGL, the fonts and the GL objects; the report, the first frame and
  // the listeners. (Five turns were measured too: each turn lets the page paint, and the first
  // frame came about 20 ms later.)
  _boot() {
    var m = this._module;
    var self = this;
    inTurns([
      function () {
        self._withString(localISODate(new Date()), m._cd_widget_set_today);
        for (var i = 0; i < PRESET_ATTRIBUTES.length; i++) {
          var v = PRESET_ATTRIBUTES[i] === 'lang' ? self._presetLang() : self.getAttribute(PRESET_ATTRIBUTES[i]);
          if (v !== null) self._setPreset(PRESET_ATTRIBUTES[i], v);
        }
        self._restoreSaved();
        // Before WebGL starts, so nothing asks for a frame before the first one (the fonts are
        // built at this size in the turn after next).
        m._cd_widget_set_text_scale(self._textScale());
      },
      function () {
        var size = self._size();
        if (m._cd_widget_start(size.w, size.h, size.dpr, self._isDark() ? 1 : 0) !== 0) {
          self._setCover('widget.no_webgl');
          return false;
        }
        m._cd_widget_prepare();
      },
      function () {
        m._cd_widget_rebuild();
        self._attach();
        self._listen();
      }
    ]);
  }

  // The canvas's own listeners and the layers' (text agent, semantic layer, speech, text layer).
  _listen() {
    var m = this._module;
    var self = this;
    this._canvas.addEventListener('paste', function (e) {
      var text = e.clipboardData && e.clipboardData.getData('text/plain');
      // Every field is short: a pasted document is cut here, before it is copied into the module.
      if (text) { e.preventDefault(); self._withString(pastable(text), m._cd_widget_paste); }
    });
    this._canvas.addEventListener('focus', function (e) {
      self._keyboardIn();
      if (self._isAgent(e.relatedTarget)) return;  // back from a text field: focus never left the widget
      var byKeyboard = self._canvas.matches(':focus-visible');
      self._frame.classList.toggle('focus-ring', byKeyboard);
      // Tabbing in lands on the first item (Shift+Tab: the last), like a form's controls.
      if (byKeyboard) m._cd_widget_keyboard_focus(lastTabWasShift ? 1 : 0);
    });
    this._canvas.addEventListener('blur', function (e) { if (!self._isAgent(e.relatedTarget)) self._frame.classList.remove('focus-ring'); });
    this._fileInput.addEventListener('change', function () {
      var file = self._fileInput.files && self._fileInput.files[0];
      self._fileInput.value = '';
      if (!file) return;
      var reader = new FileReader();
      reader.onload = function () { self.loadCaseFile(String(reader.result)); };
      reader.readAsText(file);
    });
    this._textAgentInit();
    this._semanticsInit();
    this._speechInit();
    this._textLayerInit();
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

  // The skip link: the keyboard goes to the first control of the page after the widget (or, if
  // there is none, to the widget's own end marker).
  _leave() {
    var host = this;
    var all = document.querySelectorAll('a[href], area[href], button, input, select, textarea, summary, [tabindex], [contenteditable="true"]');
    for (var i = 0; i < all.length; i++) {
      var el = all[i];
      if (el.tabIndex < 0 || el.disabled || host.contains(el)) continue;
      if (!(host.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
      if (!el.getClientRects().length) continue;  // not displayed
      el.focus();
      return;
    }
    this._exit.focus({ preventScroll: true });
  }

  // The reader's default font size over 16 px: a probe with font-size:medium (which follows the
  // browser's text size setting, not the page's CSS).
  _textScale() {
    if (!this._probe) {
      this._probe = document.createElement('span');
      this._probe.style.cssText = 'position:absolute;visibility:hidden;font-size:medium;pointer-events:none';
      this._probe.setAttribute('aria-hidden', 'true');
      this.shadowRoot.appendChild(this._probe);
    }
    return (parseFloat(getComputedStyle(this._probe).fontSize) || 16) / 16;
  }

  _resize() {
    if (this._module) this._module._cd_widget_set_text_scale(this._textScale());
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

  // "Report updated: 15 questions…" is said only after a quiet moment, so that it never cuts off
  // what the reader's own action made the widget say ("Yes, selected"): it waits until two
  // seconds have passed since the last read-out and the last change.
  _noticeReport(text) {
    var self = this;
    clearTimeout(this._noticeTimer);
    var wait = function () {
      var quiet = Date.now() - self._saidAt;
      if (quiet < 2000) { self._noticeTimer = setTimeout(wait, 2000 - quiet); return; }
      self._live.textContent = text;
    };
    this._noticeTimer = setTimeout(wait, 2000);
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
      if (report) self._noticeReport(t('widget.aria.updated', self._lang).replace('%d', String(report.questions.length)));
      self.dispatchEvent(new CustomEvent('case-decoder:change', { bubbles: true, composed: true }));
    }, 150);
  }

  // --- saving on this device (only after the reader asks) -------------------------------------
  _storageKey() { return 'case-decoder:answers' + (this.id ? ':' + this.id : ''); }

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
