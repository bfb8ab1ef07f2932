// JS side of the widget's platform layer (linked with --js-library). Each function runs in the
// closure of one module instance, so `Module` is that widget's module and Module['cdHost'] its
// host element's bridge (web/src/*.js). The C++ side never touches the page
// directly: everything page-facing (clipboard, downloads, print, file picker, events) goes
// through the host, which is plain, readable JS.
mergeInto(LibraryManager.library, {
  // "!canvas" becomes this instance's canvas for every html5.h call (callbacks, WebGL context,
  // canvas size), so several widgets on one page never look each other's canvas up by selector.
  cd_js_bind_canvas__deps: ['$specialHTMLTargets'],
  cd_js_bind_canvas: function () {
    specialHTMLTargets['!canvas'] = Module['canvas'];
  },

  cd_js_first_frame: function () {
    Module['cdHost'].firstFrame();
  },

  cd_js_report_changed: function () {
    Module['cdHost'].reportChanged();
  },

  cd_js_lang_changed: function (lang) {
    Module['cdHost'].langChanged(UTF8ToString(lang));
  },

  cd_js_need_language: function (lang) {
    Module['cdHost'].needLanguage(UTF8ToString(lang));
  },

  cd_js_set_cursor: function (css) {
    Module['canvas'].style.cursor = UTF8ToString(css);
  },

  cd_js_copy: function (text) {
    Module['cdHost'].copyText(UTF8ToString(text));
  },

  cd_js_download: function (name, mime, text) {
    Module['cdHost'].download(UTF8ToString(name), UTF8ToString(mime), UTF8ToString(text));
  },

  cd_js_print: function (html) {
    Module['cdHost'].printHtml(UTF8ToString(html));
  },

  cd_js_open_page: function (html, title, lang, fileName) {
    Module['cdHost'].openPage(UTF8ToString(html), UTF8ToString(title), UTF8ToString(lang), UTF8ToString(fileName));
  },

  cd_js_open_file: function () {
    Module['cdHost'].openFile();
  },

  cd_js_announce: function (text) {
    Module['cdHost'].announce(UTF8ToString(text));
  },

  cd_js_remember_changed: function (on) {
    Module['cdHost'].rememberChanged(!!on);
  },

  cd_js_canvas_origin: function (left, top) {
    var r = Module['canvas'].getBoundingClientRect();
    HEAPF64[left >> 3] = r.left;
    HEAPF64[top >> 3] = r.top;
  },

  cd_js_text_input_wanted: function (wanted, id, x, y, w, h) {
    Module['cdHost'].textInputWanted(!!wanted, id >>> 0, x, y, w, h);
  },

  cd_js_speak: function (text, lang) {
    Module['cdHost'].speak(UTF8ToString(text), UTF8ToString(lang));
  },

  cd_js_leave: function () {
    Module['cdHost'].leave();
  },

  cd_js_alert: function (text) {
    Module['cdHost'].alert(UTF8ToString(text));
  },

  cd_js_text_layer: function (json) {
    Module['cdHost'].textLayer(UTF8ToString(json));
  },

  cd_js_semantics: function (json) {
    Module['cdHost'].semantics(UTF8ToString(json));
  },

  cd_js_date_pickers: function (json) {
    Module['cdHost'].datePickers(UTF8ToString(json));
  },
});
