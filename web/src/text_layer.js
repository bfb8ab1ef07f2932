// The text layer (wasm/src/text_layer.h): each visible line of the widget's text as a transparent
// DOM text run over the canvas, at the same place, size and width (its width matched to the
// canvas's for that line, as PDF.js does); the lines of one paragraph stay one run of text. The mouse selects and copies real text; the browser's find
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

  // The first frame's text layer is laid out just after that frame is on screen, not before it:
  // it is for selecting and finding text, and laying it out costs a page layout (about 25 ms here),
  // which the reader would otherwise wait for to see the widget at all. Every later frame's text
  // layer is laid out with the frame.
  _textLayer(json) {
    var self = this;
    if (!this._ready) {
      this._textLayerLater = json;
      if (!this._textLayerTimer) {
        this._textLayerTimer = setTimeout(function () {
          self._textLayerTimer = 0;
          var later = self._textLayerLater;
          self._textLayerLater = null;
          if (later) self._drawTextLayer(later);
        }, 0);
      }
      return;
    }
    this._textLayerLater = null;  // a newer one replaces it
    this._drawTextLayer(json);
  },

  _drawTextLayer(json) {
    var lines = JSON.parse(json);
    var layer = this._textLayerRoot;
    // (The first frame can come before _boot: make the measuring context on first use.)
    var measure = this._measure || (this._measure = document.createElement('canvas').getContext('2d'));
    // The lines of one paragraph are one run of inline text (a block at the first line's place,
    // each line a span moved by relative offsets to where it is drawn): the browser's find then
    // matches a phrase across a line break, and a selection reads as one paragraph. Widths are
    // matched with letter-spacing (a transform would not apply to inline text).
    var paragraphs = [];
    lines.forEach(function (l) {
      var last = paragraphs[paragraphs.length - 1];
      if (last && last.id === l[5]) last.lines.push(l);
      else paragraphs.push({ id: l[5], lines: [l] });
    });
    var blocks = layer.children;
    var moved = [];
    for (var i = 0; i < paragraphs.length; i++) {
      var para = paragraphs[i], block = blocks[i];
      if (!block) block = layer.appendChild(document.createElement('div'));
      var x0 = para.lines[0][1], y0 = para.lines[0][2];
      var changed = block.dataset.x !== String(x0) || block.dataset.y !== String(y0);
      if (changed) {
        block.dataset.x = String(x0); block.dataset.y = String(y0);
        block.style.left = x0 + 'px'; block.style.top = y0 + 'px';
      }
      var spans = block.children;
      for (var k = 0; k < para.lines.length; k++) {
        var l = para.lines[k], span = spans[k];
        if (!span) span = block.appendChild(document.createElement('span'));
        var font = l[3] + 'px ' + TEXT_LAYER_FONT;
        // A space after each line, past its drawn width: copied text keeps the words of two lines apart.
        if (span.textContent !== l[0] + ' ' || span.dataset.font !== font || span.dataset.w !== String(l[4])) {
          span.textContent = l[0] + ' ';
          span.dataset.font = font;
          span.dataset.w = String(l[4]);
          span.style.font = font;
          measure.font = font;
          var natural = measure.measureText(l[0]).width;
          var chars = Array.from(l[0]).length;
          span.style.letterSpacing = natural > 0 && chars > 0 ? ((l[4] - natural) / chars) + 'px' : '';
          changed = true;
        }
        var at = (l[1] - x0) + ',' + (l[2] - y0);
        if (span.dataset.at !== at) { span.dataset.at = at; changed = true; }
      }
      while (spans.length > para.lines.length) block.removeChild(block.lastChild);
      if (changed) moved.push(block);
    }
    while (blocks.length > paragraphs.length) layer.removeChild(layer.lastChild);
    // Where each span would sit in the flow (all read after all writes: one layout), then the
    // offsets that put it where it is drawn.
    var places = moved.map(function (block) {
      return Array.prototype.map.call(block.children, function (span) {
        return [span.offsetLeft - (parseFloat(span.style.left) || 0), span.offsetTop - (parseFloat(span.style.top) || 0)];
      });
    });
    moved.forEach(function (block, b) {
      Array.prototype.forEach.call(block.children, function (span, k) {
        var at = span.dataset.at.split(',');
        var left = (+at[0] - places[b][k][0]) + 'px', top = (+at[1] - places[b][k][1]) + 'px';
        if (span.style.left !== left) span.style.left = left;
        if (span.style.top !== top) span.style.top = top;
      });
    });
  }
});
