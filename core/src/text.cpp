// Small shared pieces: languages, tri-state values, vocabularies, JSON parsing without exceptions,
// messages that describe values, and "did you mean" suggestions.
#include "internal.h"

#include <algorithm>
#include <set>

namespace cd {

const std::vector<std::string> kLevels = {"infraction", "misdemeanor", "felony", "unknown"};
const std::vector<std::string> kStages = {"before_filing", "arraignment", "pre_trial", "trial", "after_conviction"};
const std::vector<std::string> kDateKeys = {"arrest", "complaint_filed", "formal_charges_filed", "indictment", "arraignment", "speedy_trial_demand"};
const std::vector<std::string> kPathIds = {"insufficient_evidence", "constitutional_violation", "witness_problems", "procedural_error",
                                           "diversion", "pretrial_intervention", "grand_jury_refusal"};
const std::vector<std::string> kOffenseTags = {"driving", "alcohol", "drug", "violent", "property", "theft", "weapons", "domestic",
                                               "sex", "public_order", "fraud", "court_order", "immigration", "police", "traffic"};
const std::vector<std::string> kJurisdictionFeatures = {
    "indictment_required", "diversion", "pretrial_intervention", "trial_deadline", "demand_deadline", "charging_deadline",
    "release_deadline", "program_fits", "program_may_fit", "diversion_fits", "diversion_may_fit", "pretrial_intervention_fits", "pretrial_intervention_may_fit"};
const std::vector<std::string> kJurisdictionCodes = {
    "US", "DC", "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
    "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND",
    "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY"};

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

namespace {
// Nesting depth of JSON text, ignoring brackets inside strings. Checked before parsing so hostile
// input (100,000 nested lists) is refused cheaply and never recurses deeply anywhere.
size_t max_depth(std::string_view t) {
    size_t depth = 0, deepest = 0;
    bool in_string = false;
    for (size_t i = 0; i < t.size(); ++i) {
        char c = t[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
        } else if (c == '"') in_string = true;
        else if (c == '{' || c == '[') deepest = std::max(deepest, ++depth);
        else if ((c == '}' || c == ']') && depth > 0) --depth;
    }
    return deepest;
}
}  // namespace

json parse_json(std::string_view text, std::string* duplicate_key) {
    if (max_depth(text) > 64) return json(json::value_t::discarded);
    if (!duplicate_key) return json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    std::vector<std::set<std::string>> seen;
    std::string dup;
    auto cb = [&](int, json::parse_event_t ev, json& parsed) {
        if (ev == json::parse_event_t::object_start) seen.emplace_back();
        else if (ev == json::parse_event_t::object_end) { if (!seen.empty()) seen.pop_back(); }
        else if (ev == json::parse_event_t::key && !seen.empty() && parsed.is_string()) {
            if (!seen.back().insert(parsed.get<std::string>()).second && dup.empty()) dup = parsed.get<std::string>();
        }
        return true;
    };
    json j = json::parse(text.begin(), text.end(), cb, /*allow_exceptions=*/false);
    if (duplicate_key) *duplicate_key = dup;
    return j;
}

}  // namespace cd
