// Made on the device, never sent: copying to the clipboard, downloads (report, case file,
// calendar) and the print view.
Object.assign(CaseDecoderWidget.prototype, {
  // --- page-facing services ------------------------------------------------------------------
  _copy(text) {
    var self = this;
    var fallback = function () {
      var ta = document.createElement('textarea');
      ta.value = text;
      ta.setAttribute('readonly', '');
      ta.style.cssText = 'position:fixed;top:0;left:0;opacity:0;';
      self.shadowRoot.appendChild(ta);
      ta.select();
      try { document.execCommand('copy'); } catch (e) { /* nothing more we can do */ }
      ta.remove();
      self._canvas.focus({ preventScroll: true });
    };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).catch(fallback);
    else fallback();
  },

  _download(name, mime, text) {
    var url = URL.createObjectURL(new Blob([text], { type: mime }));
    var a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.style.display = 'none';
    this.shadowRoot.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(url); a.remove(); }, 2000);
  },

  _print(html) {
    // A print-only copy of the report in the page: real text that prints well, then removed.
    var old = document.getElementById('case-decoder-print');
    if (old) old.remove();
    var style = document.getElementById('case-decoder-print-style');
    if (!style) {
      style = document.createElement('style');
      style.id = 'case-decoder-print-style';
      style.textContent = PRINT_STYLE;
      document.head.appendChild(style);
    }
    var root = document.createElement('div');
    root.id = 'case-decoder-print';
    root.innerHTML = html;
    document.body.appendChild(root);
    var cleanup = function () {
      window.removeEventListener('afterprint', cleanup);
      root.remove();
    };
    window.addEventListener('afterprint', cleanup);
    window.print();
  }
});
