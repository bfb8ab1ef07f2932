// Files beside this script, added to the page when wanted: the widget's module (case-decoder.app.js:
// the Emscripten glue and the element's methods that need it), its WebAssembly (case-decoder.wasm,
// about 90% of the bytes) and the language packs (case-decoder.es.js). Scripts are <script>
// elements, not fetch(): they load from a page saved with its files and under a policy that allows
// this script (script-src) but no connections (connect-src 'none'); a nonce on this script is
// copied. The WebAssembly is fetched and compiled as it arrives where the page allows that, else it
// comes as a script too (case-decoder.wasm.js; see wasmModule). Which file and when depend only on
// where the widget is on the page and the reader's choice of language, never on an answer. The
// offline page carries them inside and asks for nothing.
var SCRIPT_URL = (document.currentScript && document.currentScript.src) || '';
var SCRIPT_NONCE = (document.currentScript && document.currentScript.nonce) || '';
// <script src="case-decoder.js" data-wasm="script">: the publisher wants the script form always
// (for a page readers may save with its files and open offline: only scripts on the page are saved).
var WASM_AS_SCRIPT = !!(document.currentScript && document.currentScript.getAttribute('data-wasm') === 'script');
var sideLoads = {};

// Beside this script, its ".js" ending replaced by `ending`: case-decoder.js -> case-decoder.es.js.
function besideScript(ending) {
  if (!SCRIPT_URL) return '';
  var named = SCRIPT_URL.replace(/\.js(?=$|[?#])/, ending);
  return named !== SCRIPT_URL ? named : new URL('case-decoder' + ending, SCRIPT_URL).href;
}
function sideScriptUrl(part) { return besideScript('.' + part + '.js'); }

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

// The widget's module: CaseDecoderModule (the Emscripten factory), from case-decoder.app.js or, on
// the offline page, from the same page. From the same build only.
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

// --- The WebAssembly: compiled once per page and shared by every widget on it ------------------
// Fetched from case-decoder.wasm and compiled while it downloads (WebAssembly.compileStreaming:
// no base64 to decode and nothing to inflate in the page, and a server may send it Brotli-
// compressed), beside this script. Not where the publisher asks for the script form
// (data-wasm="script"), nor where that cannot work: a page opened from disk (file://),
// a page whose own policy (<meta http-equiv="Content-Security-Policy">) allows no connections, or a
// browser without fetch. There, and if the fetch fails (a policy sent as a header, a server
// without the file, a cross-origin copy without CORS), the same wasm comes as a script,
// case-decoder.wasm.js (gzipped, base64). The offline page holds that script inside.
var compiledWasm = null;

// True when a <meta> policy on the page leaves connections 'none' (connect-src, else default-src).
function pageAllowsNoConnections() {
  var metas = document.querySelectorAll('meta[http-equiv="Content-Security-Policy" i]');
  for (var i = 0; i < metas.length; i++) {
    var directives = {};
    (metas[i].getAttribute('content') || '').split(';').forEach(function (d) {
      var words = d.trim().split(/\s+/);
      var name = words.shift().toLowerCase();
      if (name && !(name in directives)) directives[name] = words.join(' ').toLowerCase();
    });
    var list = 'connect-src' in directives ? directives['connect-src'] : directives['default-src'];
    if (list === "'none'") return true;
  }
  return false;
}

function wasmUrl() {
  if (WASM_AS_SCRIPT || !/^https?:/.test(SCRIPT_URL) || !/^https?:$/.test(location.protocol)) return '';
  return besideScript('.wasm');
}

function compileFetchedWasm(url) {
  return fetch(url, { credentials: 'same-origin' }).then(function (response) {
    if (!response.ok) throw new Error('HTTP ' + response.status + ' for ' + url);
    // compileStreaming wants the type application/wasm; a server that sends another gets the bytes compiled whole.
    var typed = /^application\/wasm\b/i.test(response.headers.get('Content-Type') || '');
    if (typed && WebAssembly.compileStreaming) return WebAssembly.compileStreaming(response);
    return response.arrayBuffer().then(function (bytes) { return WebAssembly.compile(bytes); });
  });
}

// The script form, once it is on the page (the offline page holds it from the start).
function wasmScript() {
  var w = window.CaseDecoderWasm;
  return w && w.version === VERSION ? w : null;
}

function compileScriptWasm() {
  return loadSideScript('wasm', 'the widget\'s WebAssembly', wasmScript).then(function (w) { return w.compile(); });
}

function wasmModule() {
  if (!compiledWasm) {
    var url = wasmScript() ? '' : wasmUrl();
    compiledWasm = (url && typeof fetch === 'function' && !pageAllowsNoConnections()
      ? compileFetchedWasm(url).catch(function (e) {
          console.warn('case-decoder: the WebAssembly could not be fetched (' + e.message + '); loading it as a script instead');
          return compileScriptWasm();
        })
      : compileScriptWasm());
    compiledWasm.catch(function () { compiledWasm = null; });  // asked again, it tries again
  }
  return compiledWasm;
}
