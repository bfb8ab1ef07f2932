#!/usr/bin/env python3
"""Builds dist/ from the Emscripten module and the files in web/.

  dist/case-decoder.js    one closure: the UI strings (assets/ui/widget.json), the wasm (gzipped,
                          then base64), the module factory, and the <case-decoder> element
  dist/index.html         the demo article (web/index.html), loading case-decoder.js
  dist/case-decoder.html  one self-contained page (web/standalone.html with the script inlined):
                          save it, open it from disk, offline

Usage: assemble.py --module build/wasm/wasm/case-decoder-module.js --wasm build/wasm/wasm/case-decoder-module.wasm
                   --web web --out dist
"""
import argparse
import base64
import gzip
import json
import pathlib
import re


# web/src/, in the order they are joined: shared helpers, the wasm inflate, styles, the element, the
# methods other parts add to it, then the definition and the page-facing `CaseDecoder`.
ELEMENT_PARTS = ["common.js", "inflate.js", "styles.js", "element.js", "storage.js", "files.js", "text_agent.js", "semantics.js", "text_layer.js", "speech.js", "api.js"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--module", required=True)
    ap.add_argument("--wasm", required=True)
    ap.add_argument("--web", required=True)
    ap.add_argument("--out", required=True)
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
    element_js = "\n".join((web / "src" / name).read_text(encoding="utf-8") for name in ELEMENT_PARTS)
    ui = json.loads((root / "assets" / "ui" / "widget.json").read_text(encoding="utf-8"))
    m = re.search(r"project\(\s*case_decoder\s+VERSION\s+([0-9.]+)", (root / "CMakeLists.txt").read_text(encoding="utf-8"))
    version = m.group(1) if m else "0.0.0"

    banner = ("/*! Case Decoder widget " + version + ". Legal information, not legal advice.\n"
              " * Runs entirely in the browser: no network requests, no analytics; nothing is stored unless the\n"
              " * reader ticks \"Remember my answers on this device\" (then only in this browser's localStorage).\n"
              " * Includes Dear ImGui (MIT) and a subset of DejaVu Sans (Bitstream Vera licence, see the font's name table). */\n")
    bundle = (banner + "(function () {\n"
              "var VERSION = " + json.dumps(version) + ";\n"
              "var UI = " + json.dumps(ui, ensure_ascii=False, separators=(",", ":")) + ";\n"
              "var WASM_GZ_BASE64 = \"" + wasm_gz_b64 + "\";\n"
              + module_js + "\n" + element_js + "\n})();\n")
    (out / "case-decoder.js").write_text(bundle, encoding="utf-8")

    (out / "index.html").write_text((web / "index.html").read_text(encoding="utf-8"), encoding="utf-8")

    # Inline: "</script" inside the code would end the element early.
    inline = bundle.replace("</script", "<\\/script")
    page = (web / "standalone.html").read_text(encoding="utf-8")
    if "<!--CASE_DECODER_JS-->" not in page:
        raise SystemExit("web/standalone.html: the <!--CASE_DECODER_JS--> marker is missing")
    page = page.replace("<!--CASE_DECODER_JS-->", "<script>\n" + inline + "</script>")
    (out / "case-decoder.html").write_text(page, encoding="utf-8")

    raw = len(bundle.encode("utf-8"))
    gz = len(gzip.compress(bundle.encode("utf-8"), 9))
    print(f"assemble: wasm {len(wasm) / 1024:.0f} KB (gzip {len(gzip.compress(wasm, 9)) / 1024:.0f} KB); "
          f"dist/case-decoder.js {raw / 1024:.0f} KB, gzip {gz / 1024:.0f} KB")


if __name__ == "__main__":
    main()
