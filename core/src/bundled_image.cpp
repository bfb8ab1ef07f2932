// The bundled content as a content image (content_image.cpp): what the widget starts from. The
// image was written at build time from the checked JSON bundle by `case-decoder compile-content`,
// with the Spanish prose held out for the language pack, so start-up reads bytes into structs and
// parses no JSON. Linked instead of bundled_content.cpp in the widget's build (wasm/CMakeLists.txt).
#include "internal.h"

namespace cd {

namespace {
std::string_view image() { return {bundle_image::kImage, bundle_image::kImageSize}; }
}  // namespace

ContentResult load_bundled_content() { return read_content_image(image()); }

ContentResult load_bundled_content_with_pack(std::string_view pack_json) {
    if (pack_json.empty()) return {nullptr, "language pack: empty"};
    return read_content_image(image(), pack_json);
}

const std::string& bundled_content_sha256() {
    static const std::string hash = bundled_content().sha256;
    return hash;
}

}  // namespace cd
