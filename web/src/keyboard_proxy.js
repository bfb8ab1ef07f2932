// Phones: an invisible input over the canvas brings up the on-screen keyboard, and what is typed
// into it is handed to the widget.
Object.assign(CaseDecoderWidget.prototype, {
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
  },

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
});
