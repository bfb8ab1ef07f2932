// The element is defined, and `CaseDecoder` (mount by script) is the one name given to the page.
if (typeof customElements !== 'undefined' && !customElements.get('case-decoder')) {
  customElements.define('case-decoder', CaseDecoderWidget);
}

var CaseDecoder = {
  version: VERSION,
  // Mount a widget in `target` (or configure `target` if it already is a <case-decoder>).
  // options: { offense, jurisdiction, stage, inCustody, lang, height, theme, loading }.
  mount: function (target, options) {
    if (typeof target === 'string') target = document.querySelector(target);
    if (!target) throw new Error('CaseDecoder.mount: no target element');
    var el = target.localName === 'case-decoder' ? target : document.createElement('case-decoder');
    var opts = options || {};
    Object.keys(opts).forEach(function (k) {
      var attr = k.replace(/[A-Z]/g, function (c) { return '-' + c.toLowerCase(); });
      if (opts[k] !== undefined && opts[k] !== null) el.setAttribute(attr, String(opts[k]));
    });
    if (el !== target) target.appendChild(el);
    return el;
  }
};
if (typeof window !== 'undefined' && !window.CaseDecoder) window.CaseDecoder = CaseDecoder;
