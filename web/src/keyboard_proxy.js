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

  // Phones: each date field on screen gets a real <input type="date"> over it, so a tap opens the
  // phone's own date picker (a wheel or a calendar) instead of a keyboard. The widget tells where
  // the fields are after each frame that moved them; the chosen date goes back as YYYY-MM-DD.
  _datePickers(list) {
    var coarse = window.matchMedia && window.matchMedia('(pointer: coarse)').matches;
    var pickers = this._pickers || (this._pickers = {});
    var wanted = {};
    var self = this;
    if (coarse) {
      list.forEach(function (f) {
        wanted[f.key] = true;
        var input = pickers[f.key];
        if (!input) {
          input = document.createElement('input');
          input.type = 'date';
          input.className = 'picker';
          input.autocomplete = 'off';
          input.dataset.key = f.key;
          input.addEventListener('change', function () {
            var m = self._module;
            if (!m) return;
            self._withString(input.dataset.key, function (key) {
              self._withString(input.value || '', function (iso) { m._cd_widget_set_date(key, iso); });
            });
          });
          self._frame.appendChild(input);
          pickers[f.key] = input;
        }
        input.setAttribute('aria-label', f.label);
        if (self.shadowRoot.activeElement !== input && input.value !== f.value) input.value = f.value;
        input.style.left = f.x + 'px'; input.style.top = f.y + 'px';
        input.style.width = f.w + 'px'; input.style.height = f.h + 'px';
      });
    }
    Object.keys(pickers).forEach(function (key) {
      if (!wanted[key]) { pickers[key].remove(); delete pickers[key]; }
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
