// Spanish on demand (README, "Spanish on demand"). The served embed carries English; the Spanish
// prose is a second file beside this one, case-decoder.es.js, added to the page only when a reader
// wants Spanish or the page is in Spanish. Which file and when depend on that choice alone, never
// on an answer. The offline page carries the pack inside (LANGUAGE_PACKS) and asks for nothing.
// A <script>, not fetch(): it loads from a page saved with its files and under a policy that
// allows this script (script-src) but no connections (connect-src 'none').
var SCRIPT_URL = (document.currentScript && document.currentScript.src) || '';
var SCRIPT_NONCE = (document.currentScript && document.currentScript.nonce) || '';
var packLoads = {};

// Beside this script, with the language before ".js": case-decoder.js -> case-decoder.es.js.
function languagePackUrl(lang) {
  if (!SCRIPT_URL) return '';
  var named = SCRIPT_URL.replace(/\.js(?=$|[?#])/, '.' + lang + '.js');
  return named !== SCRIPT_URL ? named : new URL('case-decoder.' + lang + '.js', SCRIPT_URL).href;
}

// The pack's text (JSON), once per page for every widget on it. A failed load is forgotten, so
// choosing the language again tries again.
function languagePack(lang) {
  if (LANGUAGE_PACKS[lang]) return Promise.resolve(LANGUAGE_PACKS[lang]);
  var loaded = function () { var all = window.CaseDecoderLanguagePacks; return all && all[lang]; };
  if (loaded()) return Promise.resolve(loaded());
  if (!packLoads[lang]) {
    packLoads[lang] = new Promise(function (resolve, reject) {
      var url = languagePackUrl(lang);
      if (!url) { reject(new Error('no address for the "' + lang + '" language pack')); return; }
      var s = document.createElement('script');
      var fail = function () {
        delete packLoads[lang];
        s.remove();
        reject(new Error('could not load the "' + lang + '" language pack from ' + url));
      };
      s.async = true;
      if (SCRIPT_NONCE) s.nonce = SCRIPT_NONCE;
      s.onload = function () { if (loaded()) resolve(loaded()); else fail(); };
      s.onerror = fail;
      s.src = url;
      document.head.appendChild(s);
    });
  }
  return packLoads[lang];
}
