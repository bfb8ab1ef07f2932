#!/usr/bin/env python3
"""Builds dist/ from the Emscripten module and the files in web/.

  dist/case-decoder.js      the script a page includes: the UI strings (assets/ui/widget.json) and
                            the <case-decoder> element, which reserves its box and, when the widget
                            nears the viewport (or at once with loading="eager"), adds
  dist/case-decoder.app.js  the module: its Emscripten factory and the element's methods that need it
  dist/case-decoder.wasm    the WebAssembly, fetched and compiled as it downloads where the page allows
  dist/case-decoder.wasm.js the same WebAssembly as a script (gzipped, then base64), where it does not
                            (connect-src 'none', a page opened from disk)
  dist/case-decoder.es.js   the Spanish language pack, added when a reader wants Spanish
  dist/index.html           the demo article (web/index.html), loading case-decoder.js
  dist/case-decoder.html    one self-contained page (web/standalone.html with all of it inlined,
                            both languages): save it, open it from disk, offline

Usage: assemble.py --module build/wasm/wasm/case-decoder-module.js --wasm build/wasm/wasm/case-decoder-module.wasm
                   --web web --out dist
"""
import argparse
import base64
import gzip
import json
import pathlib
import re


# web/src/, in the order they are joined into case-decoder.js: shared helpers, the side scripts
# (the module and the language packs), styles, the element, saving, then the definition and the
# page-facing `CaseDecoder`. What the page needs before the widget is near, and no more.
ELEMENT_PARTS = ["common.js", "side_scripts.js", "language_pack.js", "styles.js", "element.js", "storage.js", "api.js"]
# case-decoder.app.js: the shared helpers and styles again (its own closure) and the element's
# methods that only run once the module is there, which install(CaseDecoderWidget) adds to the
# element's prototype when the element first loads it. case-decoder.wasm.js: the wasm and its inflate.
APP_SHARED = ["common.js", "styles.js"]
WASM_SCRIPT = ["inflate.js"]
APP_METHODS = ["files.js", "text_agent.js", "semantics.js", "text_layer.js", "speech.js"]


# The files a server sends, each beside its precompressed copies.
SERVED = ["case-decoder.js", "case-decoder.app.js", "case-decoder.wasm", "case-decoder.wasm.js", "case-decoder.es.js"]


def ui_subset(ui, sources):
    """The UI strings the code in `sources` names: each 'widget.x' literal, and the numbered keys
    of a literal that ends where a number follows ('widget.fallback.q' -> q1 ... q6)."""
    named = set(re.findall(r"'(widget\.[A-Za-z0-9_.]+)'", sources))
    return {k: v for k, v in ui.items()
            if k in named or any(k.startswith(n) and k[len(n):].isdigit() for n in named)}


def without_comment_lines(js):
    """web/src's JavaScript without its whole-line // comments (they are for the repository's
    readers; the pages get the code). Safe for these files: none has a template literal or a string
    that runs over lines (every browser test runs the result)."""
    return "\n".join(line for line in js.split("\n") if not line.lstrip().startswith("//"))


def js_string(text):
    """A JavaScript string literal of text (JSON's, with the two line separators JSON allows but old JS did not)."""
    return json.dumps(text, ensure_ascii=False).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--module", required=True)
    ap.add_argument("--wasm", required=True)
    ap.add_argument("--web", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--pack-es", required=True, help="the Spanish language pack (case-decoder compile-content --pack-out)")
    args = ap.parse_args()

    web = pathlib.Path(args.web)
    root = web.parent
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    module_js = pathlib.Path(args.module).read_text(encoding="utf-8")
    wasm = pathlib.Path(args.wasm).read_bytes()
    # mtime=0: the same wasm always gives the same bytes (reproducible dist/).
    wasm_gz_b64 = base64.b64encode(gzip.compress(wasm, 9, mtime=0)).decode("ascii")
    # The element, from its parts in web/src/, joined in this order inside the one closure (each
    # later part may use what an earlier one defines).
    element_js = without_comment_lines("\n".join((web / "src" / name).read_text(encoding="utf-8") for name in ELEMENT_PARTS))
    if set(ELEMENT_PARTS) & set(APP_METHODS):
        raise SystemExit("assemble: a part is in both case-decoder.js and the module's methods")
    ui = json.loads((root / "assets" / "ui" / "widget.json").read_text(encoding="utf-8"))
    m = re.search(r"project\(\s*case_decoder\s+VERSION\s+([0-9.]+)", (root / "CMakeLists.txt").read_text(encoding="utf-8"))
    version = m.group(1) if m else "0.0.0"

    # The served embed: no pack inside (case-decoder.es.js is loaded when wanted). The offline page:
    # the same script with the pack inside, so it never asks the network for anything.
    pack_es = pathlib.Path(args.pack_es).read_text(encoding="utf-8")
    NO_PACKS = "var LANGUAGE_PACKS = {};\n"
    with_packs = "var LANGUAGE_PACKS = {es: " + js_string(pack_es) + "};\n"
    (out / "case-decoder.es.js").write_text(
        "/*! Case Decoder " + version + ": the Spanish language pack, loaded by case-decoder.js when a reader wants Spanish. */\n"
        "(self.CaseDecoderLanguagePacks = self.CaseDecoderLanguagePacks || {}).es = " + js_string(pack_es) + ";\n", encoding="utf-8")

    banner = ("/*! Case Decoder widget " + version + ". Legal information, not legal advice.\n"
              " * Runs entirely in the browser: it asks only for its own files, the same for every reader; no\n"
              " * analytics; nothing the reader enters leaves the device; nothing is stored unless the\n"
              " * reader ticks \"Remember my answers on this device\" (then only in this browser's localStorage).\n"
              " * Includes Dear ImGui (MIT) and a subset of DejaVu Sans (Bitstream Vera licence, see the font's name table). */\n")
    bundle = (banner + "(function () {\n"
              "var VERSION = " + json.dumps(version) + ";\n"
              "var UI = " + json.dumps(ui_subset(ui, element_js), ensure_ascii=False, separators=(",", ":")) + ";\n"
              + NO_PACKS
              + element_js + "\n})();\n")
    # The module registers itself for the element (side_scripts.js, loadApp), for this version only.
    read = lambda names: without_comment_lines("\n".join((web / "src" / name).read_text(encoding="utf-8") for name in names))
    app = ("/*! Case Decoder " + version + ": the widget's module (the Emscripten glue and the element's methods that need it), added by case-decoder.js when the widget is near. */\n"
           "(function () {\n"
           "var VERSION = " + json.dumps(version) + ";\n"
           "var UI = " + json.dumps(ui, ensure_ascii=False, separators=(",", ":")) + ";\n"
           + module_js + "\n" + read(APP_SHARED) + "\n"
           "function install(CaseDecoderWidget) {\n" + read(APP_METHODS) + "\n}\n"
           "self.CaseDecoderApp = { version: VERSION, CaseDecoderModule: CaseDecoderModule, install: install };\n"
           "})();\n")
    # The wasm as a script, for pages where it cannot be fetched (side_scripts.js, wasmModule).
    wasm_script = ("/*! Case Decoder " + version + ": the widget's WebAssembly as a script, for pages that allow no connections. */\n"
                   "(function () {\n"
                   "var WASM_GZ_BASE64 = \"" + wasm_gz_b64 + "\";\n"
                   + read(WASM_SCRIPT) + "\n"
                   "self.CaseDecoderWasm = { version: " + json.dumps(version) + ", compile: compileWasm };\n"
                   "})();\n")
    (out / "case-decoder.wasm.js").write_text(wasm_script, encoding="utf-8")
    (out / "case-decoder.wasm").write_bytes(wasm)
    (out / "case-decoder.app.js").write_text(app, encoding="utf-8")
    (out / "case-decoder.js").write_text(bundle, encoding="utf-8")

    (out / "index.html").write_text((web / "index.html").read_text(encoding="utf-8"), encoding="utf-8")

    # Inline: "</script" inside the code would end the element early.
    if bundle.count(NO_PACKS) != 1:
        raise SystemExit("assemble: the LANGUAGE_PACKS line is not in the bundle exactly once")
    # The wasm and the module first: the element finds them on the page and asks the network for nothing.
    inline = (wasm_script + app + bundle.replace(NO_PACKS, with_packs)).replace("</script", "<\\/script")
    page = (web / "standalone.html").read_text(encoding="utf-8")
    if "<!--CASE_DECODER_JS-->" not in page:
        raise SystemExit("web/standalone.html: the <!--CASE_DECODER_JS--> marker is missing")
    page = page.replace("<!--CASE_DECODER_JS-->", "<script>\n" + inline + "</script>")
    (out / "case-decoder.html").write_text(page, encoding="utf-8")

    # Precompressed copies for servers that send them as they are (nginx gzip_static/brotli_static,
    # Caddy precompressed): the served files, gzip (-9) and Brotli (quality 11).
    try:
        import brotli
    except ImportError:
        raise SystemExit("assemble: python3 cannot import brotli: install python3-brotli (scripts/setup.sh)")
    for name in SERVED:
        data = (out / name).read_bytes()
        (out / (name + ".gz")).write_bytes(gzip.compress(data, 9, mtime=0))
        (out / (name + ".br")).write_bytes(brotli.compress(data, quality=11))

    # dist/ is also an npm package, so a site can pin a version (npm install <tarball or git URL>)
    # instead of copying files. Private and UNLICENSED until the owners choose a licence (README).
    package = {
        "name": "case-decoder",
        "version": version,
        "description": "Can my charges be dropped? A widget for legal-information pages: the reader's facts in, "
                       "a plain-English report out, computed in the browser. Legal information, not legal advice.",
        "private": True,
        "license": "UNLICENSED",
        "browser": "case-decoder.js",
        "exports": {".": "./case-decoder.js", "./app": "./case-decoder.app.js", "./wasm": "./case-decoder.wasm",
                    "./wasm.js": "./case-decoder.wasm.js", "./es": "./case-decoder.es.js", "./case-decoder.html": "./case-decoder.html"},
        "files": [n + ext for n in SERVED for ext in ("", ".gz", ".br")] + ["case-decoder.html", "index.html"],
    }
    (out / "package.json").write_text(json.dumps(package, indent=2) + "\n", encoding="utf-8")

    gz = lambda text: len(gzip.compress(text.encode("utf-8"), 9)) / 1024
    print(f"assemble: wasm {len(wasm) / 1024:.0f} KB (gzip {len(gzip.compress(wasm, 9)) / 1024:.0f} KB); "
          f"dist/case-decoder.js {len(bundle.encode('utf-8')) / 1024:.0f} KB, gzip {gz(bundle):.1f} KB; "
          f"dist/case-decoder.app.js gzip {gz(app):.0f} KB; dist/case-decoder.wasm.js gzip {gz(wasm_script):.0f} KB")


if __name__ == "__main__":
    main()
