// Messages about content and case files: where a value sits ("charges[0].offense"), what it is
// ("\"duii\"", "an object"), and the closest known id for a "did you mean".
#include "internal.h"

#include <algorithm>

namespace cd {

std::string join_path(const std::string& base, const std::string& key) { return base.empty() ? key : base + "." + key; }
std::string index_path(const std::string& base, size_t i) { return base + "[" + std::to_string(i) + "]"; }

const char* type_name(const json& v) {
    switch (v.type()) {
        case json::value_t::null: return "null";
        case json::value_t::object: return "an object";
        case json::value_t::array: return "a list";
        case json::value_t::string: return "text";
        case json::value_t::boolean: return "true/false";
        case json::value_t::number_integer:
        case json::value_t::number_unsigned:
        case json::value_t::number_float: return "a number";
        default: return "a value";
    }
}

std::string describe(const json& v) {
    if (v.is_string()) {
        std::string s = v.get<std::string>();
        if (s.size() > 40) s = s.substr(0, 40) + "...";
        // Keep messages on one line and printable.
        for (char& c : s)
            if (static_cast<unsigned char>(c) < 0x20) c = '?';
        return "\"" + s + "\"";
    }
    if (v.is_number() || v.is_boolean() || v.is_null()) return v.dump();
    return type_name(v);
}

std::string describe(const JsonView& v) { return describe(v.to_json()); }

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

namespace {
size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<size_t> prev2(b.size() + 1), prev(b.size() + 1), cur(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (size_t j = 1; j <= b.size(); ++j)
        {
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
            // Swapped neighbours ("trail" for "trial") count as one typo.
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) cur[j] = std::min(cur[j], prev2[j - 2] + 1);
        }
        prev2 = prev;
        std::swap(prev, cur);
    }
    return prev[b.size()];
}
}  // namespace

std::string closest(std::string_view word, const std::vector<std::string>& candidates) {
    if (word.size() > 64) return "";
    std::string w = lower(word), best;
    size_t best_d = 0;
    for (const auto& c : candidates) {
        size_t d = edit_distance(w, lower(c));
        if (best.empty() || d < best_d) best = c, best_d = d;
    }
    size_t limit = std::max<size_t>(1, std::min<size_t>(3, w.size() / 3));
    return best_d <= limit ? best : "";
}

}  // namespace cd
