// Files beside this script, added to the page as <script> elements when wanted: the widget's
// module (case-decoder.app.js: the WebAssembly and its glue, about 97% of the bytes) and the
// language packs (case-decoder.es.js). A <script>, not fetch(): it loads from a page saved with
// its files and under a policy that allows this script (script-src) but no connections
// (connect-src 'none'); a nonce on this script is copied. Which file and when depend only on where
// the widget is on the page and the reader's choice of language, never on an answer. The offline
// page carries them inside and asks for nothing.
var SCRIPT_URL = (document.currentScript && document.currentScript.src) || '';
var SCRIPT_NONCE = (document.currentScript && document.currentScript.nonce) || '';
var sideLoads = {};

// Beside this script, with the part before ".js": case-decoder.js -> case-decoder.es.js.
function sideScriptUrl(part) {
  if (!SCRIPT_URL) return '';
  var named = SCRIPT_URL.replace(/\.js(?=$|[?#])/, '.' + part + '.js');
  return named !== SCRIPT_URL ? named : new URL('case-decoder.' + part + '.js', SCRIPT_URL).href;
}

// Resolves with loaded() once the script `part` has run, once per page for every widget on it. A
// failed load is forgotten, so asking again tries again. A page saved to disk may already hold the
// <script> this added when it was saved: that one is waited for, not added twice.
function loadSideScript(part, what, loaded) {
  if (loaded()) return Promise.resolve(loaded());
  if (!sideLoads[part]) {
    sideLoads[part] = new Promise(function (resolve, reject) {
      var url = sideScriptUrl(part);
      if (!url) { reject(new Error('no address for ' + what)); return; }
      var s = Array.prototype.find.call(document.scripts, function (el) { return el.src === url; });
      var added = !s;
      if (added) {
        s = document.createElement('script');
        s.async = true;
        if (SCRIPT_NONCE) s.nonce = SCRIPT_NONCE;
      }
      var fail = function () {
        delete sideLoads[part];
        if (added) s.remove();
        reject(new Error('could not load ' + what + ' from ' + url));
      };
      s.addEventListener('load', function () { if (loaded()) resolve(loaded()); else fail(); });
      s.addEventListener('error', fail);
      if (added) {
        s.src = url;
        document.head.appendChild(s);
      }
    });
  }
  return sideLoads[part];
}

// The widget's module: CaseDecoderModule (the Emscripten factory) and wasmModule() (the compiled
// WebAssembly, shared by every widget on the page), from case-decoder.app.js or, on the offline
// page, from the same page. From the same build only.
// The first time, its methods are added to the element (install): they only run once the module
// is there, so the page's script does not carry them.
var appInstalled = false;
function loadApp() {
  return loadSideScript('app', 'the widget\'s module', function () {
    var app = window.CaseDecoderApp;
    return app && app.version === VERSION ? app : null;
  }).then(function (app) {
    if (!appInstalled) { appInstalled = true; app.install(CaseDecoderWidget); }
    return app;
  });
}
