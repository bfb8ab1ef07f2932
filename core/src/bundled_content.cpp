// The bundled content as JSON (cmake/embed_content.cmake): every assets/ file, minified, compiled
// into the binary. The CLI and the tests load it; the widget starts from the content image instead
// (bundled_image.cpp), made from this same content at build time.
#include "content_reader.h"

namespace cd {

const std::vector<ContentFile>& bundled_content_files() {
    static const std::vector<ContentFile> files = [] {
        std::vector<ContentFile> out;
        for (size_t i = 0; i < bundle::kFileCount; ++i) out.push_back({bundle::kPaths[i], std::string(bundle::kTexts[i], bundle::kSizes[i])});
        return out;
    }();
    return files;
}

const std::string& bundled_content_sha256() {
    static const std::string hash = bundle::kSha256;
    return hash;
}

ContentResult load_bundled_content() {
    // The bundle was fully checked when it was built (the content_lint test loads
    // bundled_content_files() with every check), and what is checked is exactly these bytes,
    // compiled into this binary. So: read the text where it lies, without copying it; skip the
    // duplicate-key scan (which lets the quick JSON reader do the parsing); and take the hash
    // computed at build time.
    std::vector<content_load::FileView> views;
    views.reserve(bundle::kFileCount);
    for (size_t i = 0; i < bundle::kFileCount; ++i) views.push_back({bundle::kPaths[i], std::string_view(bundle::kTexts[i], bundle::kSizes[i])});
    return load_file_views(std::move(views), ContentLoadOptions{false, bundled_content_sha256()});
}

// This content holds every language: there is no pack to add.
ContentResult load_bundled_content_with_pack(std::string_view) {
    return {nullptr, "language pack: this build's content already has every language"};
}

}  // namespace cd
