// The element's own styles (in its shadow root) and the print view's (a print-only copy of the
// report added to the page while printing).
var STYLE = [
  ':host{display:block;position:relative;width:100%;max-width:1200px;margin:1.5em auto;box-sizing:border-box;',
  '--cd-bg:#fff;--cd-border:#d0d7de;--cd-text:#1f2328;--cd-muted:#57606a;--cd-focus:rgba(31,95,173,.45)}',
  ':host([hidden]){display:none}',
  '@media (prefers-color-scheme:dark){:host(:not([theme=light])){--cd-bg:#16181c;--cd-border:#3a414a;--cd-text:#e6e8eb;--cd-muted:#a3acb6;--cd-focus:rgba(125,179,245,.55)}}',
  ':host([theme=dark]){--cd-bg:#16181c;--cd-border:#3a414a;--cd-text:#e6e8eb;--cd-muted:#a3acb6;--cd-focus:rgba(125,179,245,.55)}',
  // Never taller than the visible viewport (less a margin): the Back/Next bar stays on screen
  // on a phone or a short window, whatever height the page asked for.
  '.frame{position:relative;box-sizing:border-box;height:var(--cd-height,640px);max-height:calc(100vh - 16px);max-height:calc(100dvh - 16px);min-height:min(300px,calc(100vh - 16px));border:1px solid var(--cd-border);border-radius:10px;overflow:hidden;background:var(--cd-bg)}',
  '.frame.focus-ring{box-shadow:0 0 0 3px var(--cd-focus)}',
  'canvas{display:block;width:100%;height:100%;outline:none;-webkit-tap-highlight-color:transparent;user-select:none;-webkit-user-select:none}',
  '.cover{position:absolute;inset:0;display:flex;align-items:center;justify-content:center;padding:24px;text-align:center;',
  'font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--cd-muted);background:var(--cd-bg)}',
  '.cover[hidden],canvas[hidden]{display:none}',
  '.cover p{margin:0}',
  // A widget that cannot start shows plain text to read: from the top, scrollable, left-aligned.
  '.cover.failed{display:block;overflow:auto;text-align:left;color:var(--cd-text)}',
  '.cover.failed p{margin:0 0 12px}',
  '.cover.failed ol{margin:0;padding-left:1.5em}',
  '.cover.failed li{margin:0 0 6px}',
  '.sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;border:0}',
  // The text layer: transparent text over the canvas, selectable; the selection shows.
  '.text-layer{position:absolute;inset:0;overflow:hidden;pointer-events:none;line-height:1;-webkit-text-size-adjust:none;text-size-adjust:none}',
  '.text-layer>div{position:absolute;white-space:pre}',
  '.text-layer span{position:relative;color:transparent;pointer-events:auto;cursor:text;user-select:text;-webkit-user-select:text}',
  '.text-layer ::selection{background:rgba(31,95,173,.35);color:transparent}',
  '@media (pointer:coarse){.text-layer span{pointer-events:none}}',
  // The semantic layer: invisible, and lets the pointer through to the canvas; its controls sit over
  // the items they stand for (voice control shows its labels there), its text is visually hidden.
  '.sem-layer{position:absolute;inset:0;overflow:hidden;opacity:0;pointer-events:none}',
  '.sem-layer [data-id]{position:absolute;overflow:hidden;white-space:nowrap;font-size:1px}',
  // (16 px: a phone does not zoom the page to a focused input with text at least that big.)
  '.sem-layer input[data-id]{font-size:16px;border:0;padding:0;margin:0;background:transparent;color:transparent;caret-color:transparent}',
  '.picker{position:absolute;opacity:0;font-size:16px;border:0;padding:0;margin:0;box-sizing:border-box;cursor:pointer}',
  '.proxy{position:absolute;opacity:0;font-size:16px;border:0;padding:0;margin:0;background:transparent;color:transparent;caret-color:transparent;pointer-events:none}'
].join('\n');

var PRINT_STYLE = [
  '@media screen{#case-decoder-print{display:none!important}}',
  '@media print{body>*:not(#case-decoder-print){display:none!important}',
  '#case-decoder-print{display:block;color:#000;background:#fff;font:11pt/1.45 Georgia,"Times New Roman",serif;max-width:44em;margin:0 auto}',
  '#case-decoder-print h1{font-size:18pt;margin:0 0 .2em}#case-decoder-print h2{font-size:14pt;margin:1.2em 0 .3em;border-bottom:1px solid #999}',
  '#case-decoder-print h3{font-size:12pt;margin:.8em 0 .2em}#case-decoder-print h4{font-size:11pt;margin:.6em 0 .1em}',
  '#case-decoder-print .cd-cite,#case-decoder-print .cd-sub{font-size:9pt;color:#333}',
  '#case-decoder-print .cd-notice{border:1px solid #000;padding:.5em}#case-decoder-print .cd-q{font-weight:bold}',
  '#case-decoder-print li{break-inside:avoid}',
  '#case-decoder-print p,#case-decoder-print li,#case-decoder-print .cd-plain{color:#000}#case-decoder-print .cd-muted{color:#333}',
  '#case-decoder-print .cd-small{font-size:10pt}#case-decoder-print .cd-danger{font-weight:bold}',
  '#case-decoder-print .cd-badge{border:1px solid #000;border-radius:3px;padding:0 .3em;font-size:9pt;font-weight:normal}',
  '#case-decoder-print .cd-date{font-weight:bold;margin:.1em 0}#case-decoder-print section.cd-accent{border:2px solid #000;padding:.2em .8em .6em}',
  '#case-decoder-print .cd-part-report{break-before:page}#case-decoder-print .cd-part-title{font-size:16pt}}'
].join('\n');

// The text layer's runs use a font close to the widget's (DejaVu Sans); each is scaled to the
// drawn line's exact width anyway.
var TEXT_LAYER_FONT = '"DejaVu Sans", Verdana, "Segoe UI", sans-serif';

// "Read as a web page": the report as a plain page of its own. Sizes in rem, so the reader's own
// text size applies; one column that reflows at any width; light or dark as the device is.
var READ_STYLE = [
  ':root{color-scheme:light dark}',
  'body{margin:0;padding:1rem;font:1.0625rem/1.6 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2328;background:#fff}',
  '@media (prefers-color-scheme:dark){body{color:#e6e8eb;background:#16181c}.cd-cite,.cd-sub,.cd-muted{color:#a3acb6!important}}',
  'main{max-width:40rem;margin:0 auto;overflow-wrap:break-word}',
  'h1{font-size:1.6rem;line-height:1.25;margin:.2em 0}h2{font-size:1.3rem;margin:1.6em 0 .4em;padding-bottom:.2em;border-bottom:1px solid #8c959f}',
  'h3{font-size:1.1rem;margin:1.1em 0 .3em}h4{font-size:1rem;margin:.8em 0 .2em}',
  '.cd-cite,.cd-sub,.cd-muted{color:#57606a;font-size:.9rem}.cd-small{font-size:.95rem}.cd-danger{font-weight:bold}',
  '.cd-notice{border:1px solid #8c959f;border-radius:6px;padding:.6em .9em}.cd-q{font-weight:bold}',
  '.cd-badge{border:1px solid currentColor;border-radius:4px;padding:0 .35em;font-size:.85rem;font-weight:normal}',
  '.cd-date{font-weight:bold;margin:.15em 0}section.cd-accent{border:2px solid #1f5fad;border-radius:8px;padding:.3em 1em .8em}',
  'li{margin:.2em 0}'
].join('\n');

// Text for an HTML document's title: no markup.
function htmlText(s) { return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'); }
