// Saving on this device: only when the reader ticks "Remember my answers"; then localStorage under
// "case-decoder:answers" (plus ":" and the element's id). A damaged copy is deleted; a browser
// that refuses storage is reported to the widget.
Object.assign(CaseDecoderWidget.prototype, {
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
  },

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
  },

  _scheduleSave() {
    var self = this;
    clearTimeout(this._saveTimer);
    this._saveTimer = setTimeout(function () { self._saveNow(); }, 250);
  },

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
  },

  _deleteSaved() {
    try { window.localStorage.removeItem(this._storageKey()); } catch (e) { /* no storage: nothing to delete */ }
  },

  // A change made just before the tab closes is saved at once rather than after the delay.
  _listenPageHide(on) {
    var self = this;
    if (!this._onPageHide) this._onPageHide = function () { if (self._saveTimer) self._saveNow(); };
    if (on) window.addEventListener('pagehide', this._onPageHide);
    else window.removeEventListener('pagehide', this._onPageHide);
  }
});
