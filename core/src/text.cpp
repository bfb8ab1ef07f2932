// Small shared pieces: lists, prose in several languages (Text), tri-state answers. JSON reading is
// json.cpp; messages and "did you mean" are messages.cpp; the names the engine needs, names.cpp.
#include "internal.h"

#include <algorithm>
#include <cstdint>

namespace cd {

bool contains(const std::vector<std::string>& v, std::string_view s) { return std::find(v.begin(), v.end(), s) != v.end(); }

void push_unique(std::vector<std::string>& v, const std::string& s) {
    if (!contains(v, s)) v.push_back(s);
}

const std::string& Text::get(std::string_view lang) const {
    static const std::string empty;
    auto it = by_lang.find(std::string(lang));
    if (it != by_lang.end() && !it->second.empty()) return it->second;
    it = by_lang.find("en");
    return it != by_lang.end() ? it->second : empty;
}
bool Text::has(std::string_view lang) const {
    auto it = by_lang.find(std::string(lang));
    return it != by_lang.end() && !it->second.empty();
}

const char* tri_name(Tri t) { return t == Tri::Yes ? "yes" : t == Tri::No ? "no" : "unknown"; }
std::optional<Tri> parse_tri(std::string_view s) {
    if (s == "yes") return Tri::Yes;
    if (s == "no") return Tri::No;
    if (s == "unknown") return Tri::Unknown;
    return std::nullopt;
}

Tri CaseFile::fact(std::string_view id) const {
    auto it = facts.find(std::string(id));
    return it == facts.end() ? Tri::Unknown : it->second;
}

}  // namespace cd
