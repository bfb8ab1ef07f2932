// The semantic layer (wasm/src/semantics.h): the interview as real DOM for assistive technology.
// The widget sends its nodes after a frame that changed them; they become headings, paragraphs,
// lists, a tab list, radio groups named by their question, checkboxes, text boxes and buttons,
// each with its state, in an invisible layer over the canvas that lets the pointer through: each
// control sits over the item it stands for (voice control shows its labels there).
// A click on a control there (a screen reader's "activate", voice control) clicks the control on
// the canvas, and the keyboard goes to the canvas, as after a pointer click.
Object.assign(CaseDecoderWidget.prototype, {
  _semanticsInit() {
    var self = this;
    this._semanticsRoot.addEventListener('click', function (e) {
      var target = e.target.closest && e.target.closest('[data-id]');
      var m = self._module;
      if (!target || !m || target.tagName === 'INPUT') return;  // a field: its focus starts the editing
      e.preventDefault();
      if (target.getAttribute('aria-disabled') === 'true') return;
      self._canvas.focus({ preventScroll: true });
      m._cd_widget_activate(Number(target.dataset.id) >>> 0);
    });
  },

  _semantics(json) {
    var nodes = JSON.parse(json);
    var root = document.createDocumentFragment();
    var parents = [root];
    var group = null, groupKey = '';
    var uid = 0;
    function el(tag, attrs, text) {
      var e = document.createElement(tag);
      for (var k in attrs) if (attrs[k] !== undefined && attrs[k] !== null) e.setAttribute(k, attrs[k]);
      if (text) e.textContent = text;
      return e;
    }
    // A control sits where it is drawn; text is only for assistive technology.
    function place(e, n) {
      if (n.r) { e.style.left = n.r[0] + 'px'; e.style.top = n.r[1] + 'px'; e.style.width = n.r[2] + 'px'; e.style.height = n.r[3] + 'px'; }
      else e.className = 'sr';
      return e;
    }
    function top() { return parents[parents.length - 1]; }
    // Consecutive radios of one question, tabs, and list items share a container.
    function container(key, make) {
      if (group && groupKey === key) return group;
      group = make();
      groupKey = key;
      top().appendChild(group);
      return group;
    }
    nodes.forEach(function (n) {
      var key = n.k === 'radio' ? 'radio:' + (n.g || '') : n.k === 'tab' ? 'tab' : n.k === 'li' ? 'li' : '';
      if (!key) { group = null; groupKey = ''; }
      var control = { 'data-id': n.id, tabindex: n.id !== undefined ? '-1' : undefined, 'aria-disabled': n.off ? 'true' : undefined };
      switch (n.k) {
        case 'region': {
          var section = el('section', { 'aria-label': n.t });
          top().appendChild(section);
          parents.push(section);
          break;
        }
        case 'end': if (parents.length > 1) parents.pop(); break;
        case 'h': top().appendChild(el('h2', { class: 'sr' }, n.t)); break;
        case 'p': top().appendChild(el('p', { class: 'sr' }, n.t)); break;
        case 'li': container(key, function () { return el('ul', { class: 'sr' }); }).appendChild(el('li', {}, n.t)); break;
        case 'tab':
          control.role = 'tab';
          control['aria-selected'] = n.on ? 'true' : 'false';
          container(key, function () { return el('div', { role: 'tablist' }); }).appendChild(place(el('div', control, n.t), n));
          break;
        case 'radio':
          control.role = 'radio';
          control['aria-checked'] = n.on ? 'true' : 'false';
          container(key, function () { return el('div', { role: 'radiogroup', 'aria-label': n.g || undefined }); }).appendChild(place(el('div', control, n.t), n));
          break;
        case 'checkbox':
          control.role = 'checkbox';
          control['aria-checked'] = n.on ? 'true' : 'false';
          top().appendChild(place(el('div', control, n.t), n));
          break;
        case 'textbox': {
          // A real input (the text agent, text_agent.js): it shows the field's text as ImGui has
          // it; the browser's own editing, spelling and autofill stay off (names and dates are
          // private, and nothing typed is kept by the browser).
          control.role = 'textbox';
          control['aria-label'] = n.t;
          control.type = 'text';
          control.autocomplete = 'off';
          control.autocapitalize = 'off';
          control.spellcheck = 'false';
          // A phone's keyboard: a search key for the searches; dates and names are plain text
          // (a date may be typed in words: "December 10, 2026").
          control.inputmode = n.search ? 'search' : 'text';
          control.enterkeyhint = n.search ? 'search' : 'done';
          control['data-v'] = n.v || '';
          if (n.s) control['data-s'] = n.s.join(',');
          var why;
          if (n.bad) {
            why = 'cd-why-' + (++uid);
            control['aria-invalid'] = 'true';
            control['aria-describedby'] = why;
          }
          var input = place(el('input', control), n);
          input.value = n.v || '';
          top().appendChild(input);
          if (why) top().appendChild(el('p', { id: why, class: 'sr' }, n.bad));
          break;
        }
        default:  // button
          control.role = 'button';
          if (n.on !== undefined) control['aria-pressed'] = n.on ? 'true' : 'false';
          top().appendChild(place(el('div', control, n.t), n));
      }
    });
    // Built only when the widget says something changed (never while idle), and merged into the
    // live layer so that only what changed is touched: an element that stays keeps its identity,
    // so the field being typed into keeps its focus and its IME composition.
    morphChildren(this._semanticsRoot, root);
    this._syncAgent();
  }
});

// Same element: same tag, same control id, same role (text nodes always match).
function sameNode(a, b) {
  if (a.nodeType !== b.nodeType) return false;
  if (a.nodeType !== 1) return true;
  return a.tagName === b.tagName && a.getAttribute('data-id') === b.getAttribute('data-id') && a.getAttribute('role') === b.getAttribute('role');
}

// Makes `into`'s children match `from`'s, moving new nodes in only where no old one matches.
function morphChildren(into, from) {
  var wanted = Array.prototype.slice.call(from.childNodes);
  var i = 0;
  for (var k = 0; k < wanted.length; k++) {
    var want = wanted[k];
    var have = into.childNodes[i];
    // An old node that matches none of the nodes still to come is gone.
    while (have && !sameNode(have, want) && !wanted.slice(k + 1).some(function (n) { return sameNode(have, n); })) {
      var gone = have;
      have = have.nextSibling;
      into.removeChild(gone);
    }
    if (have && sameNode(have, want)) morphNode(have, want);
    else into.insertBefore(want, have || null);
    i++;
  }
  while (into.childNodes.length > i) into.removeChild(into.lastChild);
}

function morphNode(el, want) {
  if (el.nodeType !== 1) {
    if (el.nodeValue !== want.nodeValue) el.nodeValue = want.nodeValue;
    return;
  }
  var a, j;
  for (j = el.attributes.length - 1; j >= 0; j--) {
    a = el.attributes[j];
    if (!want.hasAttribute(a.name)) el.removeAttribute(a.name);
  }
  for (j = 0; j < want.attributes.length; j++) {
    a = want.attributes[j];
    if (el.getAttribute(a.name) !== a.value) el.setAttribute(a.name, a.value);
  }
  // (An input's text is its value: set only when ImGui's differs, and never mid-composition,
  // which compositionend settles.)
  if (el.tagName === 'INPUT') { if (el.value !== want.value && !el._composing) el.value = want.value; return; }
  morphChildren(el, want);
}
