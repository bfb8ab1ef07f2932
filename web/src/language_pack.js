// Spanish on demand (README, "Spanish on demand"). The served embed carries English; the Spanish
// prose is a second file beside this one, case-decoder.es.js, added to the page only when a reader
// wants Spanish or the page is in Spanish. Which file and when depend on that choice alone, never
// on an answer. The offline page carries the pack inside (LANGUAGE_PACKS) and asks for nothing.
// The pack's text (JSON), once per page for every widget on it (side_scripts.js loads the file).
function languagePack(lang) {
  if (LANGUAGE_PACKS[lang]) return Promise.resolve(LANGUAGE_PACKS[lang]);
  return loadSideScript(lang, 'the "' + lang + '" language pack', function () {
    var all = window.CaseDecoderLanguagePacks;
    return all && all[lang];
  });
}
