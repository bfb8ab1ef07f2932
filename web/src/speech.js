// Read aloud: the browser's speech synthesis, with voices that run on this device only
// (`localService`): a voice that sends the text to a server is never used, and where a language
// has no local voice the widget does not offer reading in it. Nothing leaves the device.
Object.assign(CaseDecoderWidget.prototype, {
  _localVoice(lang) {
    var synth = window.speechSynthesis;
    if (!synth || typeof synth.getVoices !== 'function') return null;
    var voices = synth.getVoices() || [];
    for (var i = 0; i < voices.length; i++) {
      var v = voices[i];
      if (v.localService && normaliseLang(v.lang) === lang && String(v.lang).toLowerCase().indexOf(lang) === 0) return v;
    }
    return null;
  },

  _speechInit() {
    var self = this;
    var synth = window.speechSynthesis;
    if (!synth || typeof window.SpeechSynthesisUtterance !== 'function') return;
    var tell = function () {
      var m = self._module;
      if (!m) return;
      var langs = ['en', 'es'].filter(function (l) { return self._localVoice(l); }).join(' ');
      self._withString(langs, m._cd_widget_set_speech);
    };
    tell();
    // Voices often arrive a moment after the page loads.
    if (synth.addEventListener) synth.addEventListener('voiceschanged', tell);
  },

  _speak(text, lang) {
    var synth = window.speechSynthesis;
    var m = this._module;
    if (!synth) return;
    synth.cancel();
    if (!text) { if (m) m._cd_widget_speech_ended(); return; }
    var voice = this._localVoice(lang);
    if (!voice) { if (m) m._cd_widget_speech_ended(); return; }
    var u = new SpeechSynthesisUtterance(text);
    u.voice = voice;
    u.lang = voice.lang;
    u.onend = u.onerror = function () { if (m) m._cd_widget_speech_ended(); };
    synth.speak(u);
  }
});
