// The text agent (egui's and Flutter's approach): a text field is typed into through a real DOM
// <input>, the semantic layer's input for that field, which the widget focuses while ImGui edits
// the field. The browser then does what only a real input can: IME composition, paste, the
// phone's on-screen keyboard, dictation. What is typed goes to ImGui (keys as on the canvas, text
// as one string); the input never edits itself: it shows the field's text and selection as ImGui
// has them, so a screen reader reads the real value.
// The keyboard belongs to the widget while its canvas or its text agent has focus: moving
// between the two is not a loss of focus for ImGui (focus events are reported from here).
Object.assign(CaseDecoderWidget.prototype, {
  _isAgent(el) { return !!el && (el === this._proxy || (el.tagName === 'INPUT' && this._semanticsRoot.contains(el))); },
  // A control of the semantic layer a screen reader moved focus to: the keyboard works there as on
  // the canvas (its keys go to ImGui, whose cursor is on that control).
  _isSemanticControl(el) { return !!el && !!el.dataset && el.dataset.id !== undefined && this._semanticsRoot.contains(el); },
  _hasKeyboard(el) { return el === this._canvas || this._isAgent(el) || this._isSemanticControl(el); },
  _keyboardIn() {
    if (!this._keyboardHere && this._module) { this._keyboardHere = true; this._module._cd_widget_focus(1); }
  },

  _textAgentInit() {
    var self = this;
    var root = this.shadowRoot;
    this._agentId = 0;  // the field ImGui is editing (0: none)
    // Where the keyboard is: gained when the canvas or an agent gets focus, lost only when focus
    // goes somewhere that is neither.
    root.addEventListener('focusin', function (e) {
      var m = self._module;
      if (!m || !self._hasKeyboard(e.target)) return;
      self._keyboardIn();
      // A screen reader or a click put focus on a field's input: edit that field. On another
      // control of the layer: ImGui's cursor goes there.
      var id = e.target.dataset && Number(e.target.dataset.id);
      if (self._isAgent(e.target) && id && id !== self._agentId) m._cd_widget_activate(id >>> 0);
      else if (!self._isAgent(e.target) && self._isSemanticControl(e.target) && id) m._cd_widget_focus_item(id >>> 0);
    });
    root.addEventListener('focusout', function (e) {
      var m = self._module;
      if (!m || !self._hasKeyboard(e.target) || self._hasKeyboard(e.relatedTarget)) return;
      if (self._keyboardHere) { self._keyboardHere = false; m._cd_widget_focus(0); }
    });
    function agentOf(e) { return self._isAgent(e.target) ? e.target : null; }
    function keyTarget(e) { return self._isAgent(e.target) || self._isSemanticControl(e.target); }
    function send(text) { var m = self._module; if (m && text) self._withString(pastable(text), m._cd_widget_paste); }
    // Keys: as on the canvas (ImGui moves the caret, deletes, selects, copies, leaves with Tab). A
    // key that is part of an IME composition belongs to the IME.
    function key(e) {
      var m = self._module;
      if (!m || !keyTarget(e) || e.isComposing || e.keyCode === 229) return;
      var mods = (e.ctrlKey ? 1 : 0) | (e.shiftKey ? 2 : 0) | (e.altKey ? 4 : 0) | (e.metaKey ? 8 : 0);
      var used = self._withString(e.key || '', function (k) {
        return m._cd_widget_key(e.type === 'keydown' ? 1 : 0, e.keyCode, k, mods, e.repeat ? 1 : 0);
      });
      if (used) e.preventDefault();
    }
    root.addEventListener('keydown', key);
    root.addEventListener('keyup', key);
    // Text that comes without a key: a phone's keyboard, dictation, autocorrect, a committed IME
    // composition, the browser's paste.
    root.addEventListener('beforeinput', function (e) {
      var m = self._module;
      // (Composition is the IME's until compositionend, which sends its result.)
      if (!m || !agentOf(e) || /Composition/.test(e.inputType)) return;
      e.preventDefault();
      if (e.inputType === 'deleteContentBackward') m._cd_widget_proxy_key(8);
      else if (e.inputType === 'deleteContentForward') m._cd_widget_proxy_key(46);
      else if (e.inputType === 'insertLineBreak' || e.inputType === 'insertParagraph') m._cd_widget_proxy_key(13);
      else if (e.inputType !== 'insertFromPaste') send(e.data);
    });
    root.addEventListener('paste', function (e) {
      if (!agentOf(e)) return;
      e.preventDefault();
      send(e.clipboardData && e.clipboardData.getData('text/plain'));
    });
    root.addEventListener('compositionstart', function (e) { var input = agentOf(e); if (input) input._composing = true; });
    root.addEventListener('compositionend', function (e) {
      var input = agentOf(e);
      if (!input) return;
      input._composing = false;
      send(e.data);
      input.value = input.dataset.v || '';  // the composed text comes back from ImGui
    });
  },

  // Which field ImGui edits (from the widget after a frame that changed it), and the semantic
  // layer after it changed: the agent for that field takes the keyboard, if the widget has it.
  _textInputWanted(wanted, id, x, y, w, h) {
    this._agentId = wanted ? id : 0;
    this._agentRect = [x, y, w, h];
    this._syncAgent();
  },

  _syncAgent() {
    var root = this.shadowRoot;
    var active = root.activeElement;
    var coarse = window.matchMedia && window.matchMedia('(pointer: coarse)').matches;
    var id = this._agentId;
    if (id) {
      var input = this._semanticsRoot.querySelector('input[data-id="' + id + '"]');
      if (!input) {
        // (A field with no name in the semantic layer: the plain proxy stands in for it.)
        input = this._proxy;
        var r = this._agentRect;
        input.style.left = r[0] + 'px'; input.style.top = r[1] + 'px'; input.style.width = r[2] + 'px'; input.style.height = r[3] + 'px';
      }
      if (active !== input && (this._keyboardHere || coarse)) input.focus({ preventScroll: true });
      if (root.activeElement === input && input.dataset.s) {
        var s = input.dataset.s.split(',');
        if (input.selectionStart !== +s[0] || input.selectionEnd !== +s[1]) input.setSelectionRange(+s[0], +s[1]);
      }
    } else if (this._isAgent(active) || (!active && this._keyboardHere)) {
      // Editing ended (Enter, Tab, a click elsewhere), or the field's input went with its step:
      // the keyboard goes back to the canvas.
      if (coarse) { if (active) active.blur(); }
      else this._canvas.focus({ preventScroll: true });
    }
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
});
