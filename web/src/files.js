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

  // "Read as a web page": the report opens as a page of its own (a blob: URL, made here: no
  // request), where the browser's translation, text size, reading mode and reflow all work. If the
  // browser blocks the new tab, the same page is downloaded instead.
  _openPage(html, title, lang, fileName) {
    var doc = '<!doctype html><html lang="' + htmlText(lang) + '"><head><meta charset="utf-8">' +
      '<meta name="viewport" content="width=device-width, initial-scale=1"><title>' + htmlText(title) + '</title>' +
      '<style>' + READ_STYLE + '</style></head><body><main>' + html + '</main></body></html>';
    var url = URL.createObjectURL(new Blob([doc], { type: 'text/html;charset=utf-8' }));
    var w = window.open(url, '_blank');
    if (w) { try { w.opener = null; } catch (e) { /* another origin: nothing to cut */ } }
    else this._download(fileName, 'text/html;charset=utf-8', doc);
    // The URL stays valid while this page is open, so the reader can reload the new tab.
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
