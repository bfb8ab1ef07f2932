// Adding a language pack (cmake/language_pack.py writes them) to content read without it: each
// file's prose in the pack's language is put back where the pack's shape says, and the files are
// loaded as usual. Refused, with the reason, when the pack is not a pack, is for another version of
// the content, or has a shape the file does not (nothing is guessed).
#include "internal.h"

#include <algorithm>

namespace cd {
namespace {

// Puts `pack` (the file's prose, in the file's shape) into `file`. `where` names the place for errors.
std::string merge(json& file, const json& pack, const std::string& lang, const std::string& where) {
    if (pack.is_null()) return "";
    if (pack.is_object()) {
        if (!file.is_object()) return where + ": the pack has an object where the content has " + type_name(file);
        // A text: {"en": ...} in the content, {"es": ...} in the pack.
        if (file.contains("en") && file["en"].is_string() && pack.size() == 1 && pack.contains(lang)) {
            if (!pack[lang].is_string()) return where + "." + lang + ": not a string";
            file[lang] = pack[lang];
            return "";
        }
        for (const auto& [key, value] : pack.items()) {
            if (!file.contains(key)) return where + "." + key + ": not in the content";
            std::string e = merge(file[key], value, lang, where + "." + key);
            if (!e.empty()) return e;
        }
        return "";
    }
    if (pack.is_array()) {
        if (!file.is_array() || file.size() != pack.size())
            return where + ": the pack has a list of " + std::to_string(pack.size()) + " where the content has " +
                   (file.is_array() ? "a list of " + std::to_string(file.size()) : std::string(type_name(file)));
        for (size_t i = 0; i < pack.size(); ++i) {
            std::string e = merge(file[i], pack[i], lang, where + "[" + std::to_string(i) + "]");
            if (!e.empty()) return e;
        }
        return "";
    }
    return where + ": the pack has " + type_name(pack) + " where it should have text";
}

// A string member, or "" when it is missing or not a string (nlohmann's value() would throw).
std::string text_of(const json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

ContentResult load_content_with_pack(const std::vector<ContentFile>& files, std::string_view pack_json,
                                     const ContentLoadOptions& options) {
    const json pack = parse_json(pack_json);
    auto fail = [](const std::string& why) { return ContentResult{nullptr, "language pack: " + why}; };
    if (pack.is_discarded() || !pack.is_object()) return fail("not valid JSON");
    if (text_of(pack, "format") != "case-decoder/language-pack" || !pack.contains("version") || pack["version"] != 1)
        return fail("not a Case Decoder language pack (format \"case-decoder/language-pack\", version 1)");
    const std::string lang = text_of(pack, "lang");
    if (std::find(options.held_out.begin(), options.held_out.end(), lang) == options.held_out.end())
        return fail("\"" + lang + "\" is not a language this content is waiting for");
    if (!options.sha256.empty() && text_of(pack, "content_sha256") != options.sha256)
        return fail("made for another version of the content (the page and its language pack must come from the same build)");
    if (!pack.contains("files") || !pack["files"].is_object()) return fail("files: missing");

    std::vector<ContentFile> merged = files;
    for (const auto& item : pack["files"].items()) {
        const std::string& path = item.key();
        const json&        prose = item.value();
        auto it = std::find_if(merged.begin(), merged.end(), [&](const ContentFile& f) { return f.path == path; });
        if (it == merged.end()) return fail(path + ": not a file of this content");
        json file = parse_json(it->text);
        if (file.is_discarded()) return fail(path + ": the content file is not valid JSON");
        std::string e = merge(file, prose, lang, path);
        if (!e.empty()) return fail(e);
        it->text = file.dump(-1, ' ', false, json::error_handler_t::replace);
    }
    ContentLoadOptions o = options;
    o.held_out.erase(std::find(o.held_out.begin(), o.held_out.end(), lang));
    return load_content(merged, o);
}

}  // namespace cd
