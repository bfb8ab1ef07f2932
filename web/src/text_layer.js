// The text layer (wasm/src/text_layer.h): each visible line of the widget's text as a transparent
// DOM text run over the canvas, at the same place, size and width (scaled to the canvas's width
// for that line, as PDF.js does). The mouse selects and copies real text; the browser's find
// lights up matches over the canvas. It is hidden from screen readers (they have the semantic
// layer and the report mirror). The pointer's moves and the wheel over the text reach the widget, as over the canvas;
// on touch screens the text layer lets touches through, so a swipe scrolls as before.
Object.assign(CaseDecoderWidget.prototype, {
  _textLayerInit() {
    var self = this;
    var layer = this._textLayerRoot;
    // The pointer over text is still over the widget: ImGui follows it (what is under it, where
    // a wheel goes). Only moves are passed on; a press on text starts a selection instead.
    layer.addEventListener('mousemove', function (e) {
      self._canvas.dispatchEvent(new MouseEvent('mousemove', e));
    });
    layer.addEventListener('wheel', function (e) {
      var copy = new WheelEvent('wheel', e);
      self._canvas.dispatchEvent(copy);
      if (copy.defaultPrevented) e.preventDefault();
    }, { passive: false });
  },

  _textLayer(json) {
    var lines = JSON.parse(json);
    var layer = this._textLayerRoot;
    var spans = layer.children;
    // (The first frame can come before _boot: make the measuring context on first use.)
    var measure = this._measure || (this._measure = document.createElement('canvas').getContext('2d'));
    for (var i = 0; i < lines.length; i++) {
      var l = lines[i], span = spans[i];
      if (!span) {
        span = document.createElement('span');
        layer.appendChild(span);
      }
      var font = l[3] + 'px ' + TEXT_LAYER_FONT;
      // A space after each line, past its drawn width: copied text keeps the words of two lines apart.
      if (span.textContent !== l[0] + ' ' || span.dataset.font !== font || span.dataset.w !== String(l[4])) {
        span.textContent = l[0] + ' ';
        span.dataset.font = font;
        span.dataset.w = String(l[4]);
        span.style.font = font;
        measure.font = font;
        var natural = measure.measureText(l[0]).width;
        span.style.transform = natural > 0 ? 'scaleX(' + (l[4] / natural) + ')' : '';
      }
      var left = l[1] + 'px', top = l[2] + 'px';
      if (span.style.left !== left) span.style.left = left;
      if (span.style.top !== top) span.style.top = top;
    }
    while (spans.length > lines.length) layer.removeChild(layer.lastChild);
  }
});
