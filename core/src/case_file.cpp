// Reading and writing the case file (../shared/spec/case-file.md). Every error is one line naming
// the field: "case file: charges[0].offense: unknown offense "duii" (did you mean "dui"?)".
//
// Format versions: 3 and 2 are read directly (3 only adds the date keys first_appearance,
// probable_cause_finding and counsel_appearance; in a version 2 file they are warned about and
// ignored, as a version 2 reader would); 1 (or no "version") is first rewritten as 2 by
// migrate_v1_to_v2 and then read by the same rules, so there is one reader, not three. Files are
// written as version 3.
#include "internal.h"

namespace cd {
namespace {

constexpr size_t kMaxCharges = 50;  // a real case has a handful; more is a mistake or an attack (entries, not counts)
constexpr int    kNewestVersion = 3;
constexpr int    kMaxCounts = 99;
constexpr size_t kMaxTextBytes = 4 << 20;

const std::vector<std::string> kTopKeys = {"format", "version", "jurisdiction", "county", "charges", "stage", "in_custody", "dates", "facts", "lang", "as_of"};

std::string did_you_mean(const std::string& near) { return near.empty() ? "" : " (did you mean \"" + near + "\"?)"; }

// An offense the reader typed by a synonym ("DWI") is suggested by its id.
std::string suggest_offense(const std::string& typed, const Content& content) {
    std::vector<std::string> ids;
    for (const auto& o : content.offenses) {
        ids.push_back(o.id);
        for (const auto& s : o.synonyms)
            if (lower(s) == lower(typed)) return o.id;
        if (lower(o.name.get("en")) == lower(typed)) return o.id;
    }
    return closest(typed, ids);
}

// A charge's level as the parser reads it: missing or null is "unknown". Charges are "the same"
// when their offense and this level match.
std::string charge_level(const json& ch) {
    if (!ch.contains("level") || ch["level"].is_null()) return "unknown";
    return ch["level"].is_string() ? ch["level"].get<std::string>() : std::string();
}

// A version 1 case file, rewritten as version 2 so the one reader can read it.
//  - Version 1 had no "counts" and warned about every field of a charge other than offense and
//    level; those fields are dropped here with that same warning (so nothing v1 allowed is refused).
//  - Version 1 could only say "two counts of theft" by giving the same charge twice. Version 2
//    refuses that, so identical charges (same offense, same level, missing level = "unknown") fold
//    into the first of them with "counts" = how many there were, with one warning per group.
// `origin` gets, for each charge of the result, its index in the file, so that later messages
// still name the charge the reader wrote. Charges that are not well-formed objects are left as
// they are, for the reader to refuse under the same name it always did.
json migrate_v1_to_v2(json j, std::vector<std::string>& warnings, std::vector<size_t>& origin) {
    j["version"] = 2;
    origin.clear();
    if (!j.contains("charges") || !j["charges"].is_array() || j["charges"].size() > kMaxCharges) return j;
    const json& in = j["charges"];
    json out = json::array();
    std::vector<size_t> group_size;  // per charge of `out`: how many charges of the file it stands for
    for (size_t i = 0; i < in.size(); ++i) {
        json ch = in[i];
        if (ch.is_object()) {
            std::string w = index_path("charges", i);
            std::vector<std::string> extra;
            for (auto it = ch.begin(); it != ch.end(); ++it)
                if (it.key() != "offense" && it.key() != "level") extra.push_back(it.key());
            for (const auto& k : extra) {
                warnings.push_back("case file: " + join_path(w, k) + ": unknown field ignored" +
                                   (k == "counts" ? " (\"counts\" needs \"version\": 2)" : ""));
                ch.erase(k);
            }
        }
        bool foldable = ch.is_object() && ch.contains("offense") && ch["offense"].is_string() && !charge_level(ch).empty();
        size_t same = out.size();
        if (foldable)
            for (size_t k = 0; k < out.size() && same == out.size(); ++k)
                if (out[k].is_object() && out[k].contains("offense") && out[k]["offense"] == ch["offense"] && charge_level(out[k]) == charge_level(ch)) same = k;
        if (foldable && same < out.size()) {
            ++group_size[same];
            continue;
        }
        out.push_back(std::move(ch));
        origin.push_back(i);
        group_size.push_back(1);
    }
    for (size_t k = 0; k < out.size(); ++k) {
        if (group_size[k] < 2) continue;
        out[k]["counts"] = group_size[k];
        std::string n = std::to_string(group_size[k]);
        warnings.push_back("case file: charges: version 1 file: " + n + " identical " + describe(out[k]["offense"]) +
                           " charges read as one charge with " + n + " counts");
    }
    j["charges"] = std::move(out);
    return j;
}

}  // namespace

CaseFileResult parse_case_file(std::string_view text, const Content& content) {
    CaseFileResult res;
    auto fail_as = [&](CaseFileError kind, const std::string& where, const std::string& msg) {
        res.ok = false;
        res.error = "case file: " + (where.empty() ? "" : where + ": ") + msg;
        res.error_kind = kind;
        return res;
    };
    auto fail = [&](const std::string& where, const std::string& msg) { return fail_as(CaseFileError::Field, where, msg); };
    if (text.size() > kMaxTextBytes)
        return fail_as(CaseFileError::TooLarge, "", "too large (" + std::to_string(text.size() >> 20) + " MB; a case file is a few KB)");
    std::string dup;
    json j = parse_json(text, &dup);
    if (j.is_discarded())
        return fail_as(CaseFileError::NotJson, "", "not valid JSON (check for a missing comma or quote; nesting deeper than 64 levels is refused)");
    if (!j.is_object()) return fail_as(CaseFileError::NotCaseFile, "", std::string("expected a JSON object { ... }, got ") + type_name(j));
    if (!dup.empty()) return fail(dup, "appears twice; give each field once");

    CaseFile& c = res.case_file;
    for (auto it = j.begin(); it != j.end(); ++it)
        if (!contains(kTopKeys, it.key())) res.warnings.push_back("case file: " + it.key() + ": unknown field ignored" + did_you_mean(closest(it.key(), kTopKeys)));

    if (j.contains("format")) {
        if (!j["format"].is_string() || j["format"].get<std::string>() != "case-decoder/case-file")
            return fail_as(CaseFileError::NotCaseFile, "format", "expected \"case-decoder/case-file\", got " + describe(j["format"]));
    } else {
        res.warnings.push_back("case file: format: missing; assuming \"case-decoder/case-file\"");
    }
    int version = 1;
    if (j.contains("version")) {
        const json& v = j["version"];
        if (!v.is_number_integer()) return fail("version", "expected the number 1, 2 or 3, got " + describe(v));
        bool too_new = v.is_number_unsigned() ? v.get<unsigned long long>() > kNewestVersion : v.get<long long>() > kNewestVersion;
        if (too_new)
            return fail_as(CaseFileError::TooNew, "version", "version " + v.dump() + " is not supported (this build reads versions 1, 2 and 3; a newer file needs a newer Case Decoder)");
        if (v.get<long long>() < 1) return fail("version", "expected the number 1, 2 or 3, got " + v.dump() + " (versions start at 1)");
        version = static_cast<int>(v.get<long long>());
    } else {
        res.warnings.push_back("case file: version: missing; read as version 1");
    }
    // Index in the file of each charge read (the migration may fold repeated charges); empty: the same index.
    std::vector<size_t> charge_origin;
    if (version == 1) j = migrate_v1_to_v2(std::move(j), res.warnings, charge_origin);

    // jurisdiction
    if (!j.contains("jurisdiction")) return fail("jurisdiction", "missing (a two-letter state code such as \"CA\", \"DC\", or \"US\" for federal court)");
    if (!j["jurisdiction"].is_string()) return fail("jurisdiction", "expected text such as \"CA\", got " + describe(j["jurisdiction"]));
    {
        std::string code = j["jurisdiction"].get<std::string>();
        std::string upper = code;
        for (char& ch : upper) if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
        if (!contains(kJurisdictionCodes, upper)) {
            std::string hint;
            for (const auto& [k, jd] : content.jurisdictions)
                if (lower(jd.name.get("en")) == lower(code)) hint = k;
            return fail("jurisdiction", "unknown jurisdiction " + describe(j["jurisdiction"]) +
                                            (hint.empty() ? " (use a two-letter state code, \"DC\", or \"US\" for federal court)" : did_you_mean(hint)));
        }
        if (upper != code) res.warnings.push_back("case file: jurisdiction: \"" + code + "\" read as \"" + upper + "\"");
        c.jurisdiction = upper;
    }

    // county (version 3): one of the jurisdiction's counties with programs (counties/XX.json).
    // A county not in that list is not an error (most counties have no program in our data): it
    // is named in a warning and read as no county, so the state's programs still show.
    if (j.contains("county") && !j["county"].is_null()) {
        const json& v = j["county"];
        if (!v.is_string()) return fail("county", "expected a county id such as \"los_angeles\", got " + describe(v));
        const std::string id = v.get<std::string>();
        const Jurisdiction* jd = content.jurisdiction(c.jurisdiction);
        std::vector<std::string> ids;
        if (jd) for (const auto& county : jd->counties) ids.push_back(county.id);
        if (version < 3) res.warnings.push_back("case file: county: ignored (a county needs \"version\": 3)");
        else if (contains(ids, id)) c.county = id;
        else res.warnings.push_back("case file: county: " + describe(v) + " has no local programs in our list for " + c.jurisdiction + "; read as no county" +
                                    did_you_mean(closest(id, ids)));
    }

    // charges
    if (!j.contains("charges")) return fail("charges", "missing (a list such as [ { \"offense\": \"dui\", \"level\": \"misdemeanor\" } ])");
    const json& charges = j["charges"];
    if (!charges.is_array()) return fail("charges", std::string("expected a list, got ") + type_name(charges));
    if (charges.empty()) return fail("charges", "empty: give at least one charge");
    if (charges.size() > kMaxCharges) return fail("charges", std::to_string(charges.size()) + " charges; at most " + std::to_string(kMaxCharges) + " are read");
    auto charge_path = [&](size_t i) { return index_path("charges", i < charge_origin.size() ? charge_origin[i] : i); };
    for (size_t i = 0; i < charges.size(); ++i) {
        std::string w = charge_path(i);
        const json& ch = charges[i];
        if (!ch.is_object()) return fail(w, std::string("expected an object { \"offense\": ..., \"level\": ... }, got ") + type_name(ch));
        for (auto it = ch.begin(); it != ch.end(); ++it)
            if (it.key() != "offense" && it.key() != "level" && it.key() != "counts")
                res.warnings.push_back("case file: " + join_path(w, it.key()) + ": unknown field ignored");
        if (!ch.contains("offense")) return fail(join_path(w, "offense"), "missing");
        if (!ch["offense"].is_string()) return fail(join_path(w, "offense"), "expected an offense id such as \"dui\", got " + describe(ch["offense"]));
        Charge charge;
        charge.offense = ch["offense"].get<std::string>();
        if (!content.offense(charge.offense))
            return fail(join_path(w, "offense"), "unknown offense " + describe(ch["offense"]) + did_you_mean(suggest_offense(charge.offense, content)));
        charge.level = "unknown";
        if (ch.contains("level") && !ch["level"].is_null()) {
            if (!ch["level"].is_string()) return fail(join_path(w, "level"), "expected infraction, misdemeanor, felony or unknown, got " + describe(ch["level"]));
            charge.level = ch["level"].get<std::string>();
            if (!contains(kLevels, charge.level))
                return fail(join_path(w, "level"), "unknown level " + describe(ch["level"]) + " (expected infraction, misdemeanor, felony or unknown)" + did_you_mean(closest(charge.level, kLevels)));
        }
        if (ch.contains("counts") && !ch["counts"].is_null()) {
            const json& n = ch["counts"];
            bool whole = n.is_number_integer() && !(n.is_number_unsigned() && n.get<unsigned long long>() > kMaxCounts);
            if (!whole || n.get<long long>() < 1 || n.get<long long>() > kMaxCounts)
                return fail(join_path(w, "counts"), "expected a whole number from 1 to " + std::to_string(kMaxCounts) + ", got " + describe(n) + (n.is_string() ? " (text)" : ""));
            charge.counts = static_cast<int>(n.get<long long>());
        }
        for (size_t k = 0; k < c.charges.size(); ++k)
            if (c.charges[k].offense == charge.offense && c.charges[k].level == charge.level)
                return fail(w, "same charge as " + charge_path(k) + " (" + charge.offense + ", " + charge.level + "); give it once with \"counts\": " +
                                   std::to_string(c.charges[k].counts + charge.counts));
        c.charges.push_back(charge);
    }

    // stage
    if (j.contains("stage") && !j["stage"].is_null()) {
        if (!j["stage"].is_string()) return fail("stage", "expected text, got " + describe(j["stage"]));
        c.stage = j["stage"].get<std::string>();
        if (!contains(kStages, c.stage))
            return fail("stage", "unknown stage " + describe(j["stage"]) + " (expected before_filing, arraignment, pre_trial, trial or after_conviction)" + did_you_mean(closest(c.stage, kStages)));
    } else {
        res.warnings.push_back("case file: stage: missing; assuming \"pre_trial\"");
    }

    // in_custody
    if (j.contains("in_custody") && !j["in_custody"].is_null()) {
        const json& v = j["in_custody"];
        std::optional<Tri> t = v.is_string() ? parse_tri(v.get<std::string>()) : std::nullopt;
        if (!t) return fail("in_custody", "expected \"yes\", \"no\" or \"unknown\", got " + describe(v));
        c.in_custody = *t;
    }

    // dates
    if (j.contains("dates") && !j["dates"].is_null()) {
        const json& d = j["dates"];
        if (!d.is_object()) return fail("dates", std::string("expected an object { \"arrest\": \"YYYY-MM-DD\", ... }, got ") + type_name(d));
        for (auto it = d.begin(); it != d.end(); ++it) {
            std::string w = join_path("dates", it.key());
            if (!contains(kDateKeys, it.key())) {
                res.warnings.push_back("case file: " + w + ": unknown date ignored" + did_you_mean(closest(it.key(), kDateKeys)));
                continue;
            }
            if (version < 3 && contains(kDateKeysSinceV3, it.key())) {
                res.warnings.push_back("case file: " + w + ": ignored (this date needs \"version\": 3)");
                continue;
            }
            if (it.value().is_null()) continue;
            if (!it.value().is_string()) return fail(w, "expected a date \"YYYY-MM-DD\", got " + describe(it.value()));
            auto date = parse_iso_date(it.value().get<std::string>());
            if (!date) return fail(w, "not a real date " + describe(it.value()) + " (expected YYYY-MM-DD, e.g. \"2026-09-14\", between 1900 and 2200)");
            c.dates[it.key()] = *date;
        }
    }

    // facts
    std::vector<std::string> fact_ids;
    for (const auto& f : content.facts) fact_ids.push_back(f.id);
    if (j.contains("facts") && !j["facts"].is_null()) {
        const json& f = j["facts"];
        if (!f.is_object()) return fail("facts", std::string("expected an object { \"searched\": \"yes\", ... }, got ") + type_name(f));
        for (auto it = f.begin(); it != f.end(); ++it) {
            std::string w = join_path("facts", it.key());
            if (!contains(fact_ids, it.key())) {
                res.warnings.push_back("case file: " + w + ": unknown fact ignored" + did_you_mean(closest(it.key(), fact_ids)));
                continue;
            }
            std::optional<Tri> t = it.value().is_string() ? parse_tri(it.value().get<std::string>()) : std::nullopt;
            if (!t) return fail(w, "expected \"yes\", \"no\" or \"unknown\", got " + describe(it.value()));
            c.facts[it.key()] = *t;  // "unknown" kept: the reader said "not sure", which the lawyer sheet shows
        }
    }

    // lang
    if (j.contains("lang") && !j["lang"].is_null()) {
        if (!j["lang"].is_string()) return fail("lang", "expected \"en\" or \"es\", got " + describe(j["lang"]));
        c.lang = j["lang"].get<std::string>();
        if (c.lang != "en" && c.lang != "es") return fail("lang", "unknown language " + describe(j["lang"]) + " (expected \"en\" or \"es\")");
    }

    // as_of (extension): the reader's "today", so the report can say which deadlines have passed
    if (j.contains("as_of") && !j["as_of"].is_null()) {
        auto d = j["as_of"].is_string() ? parse_iso_date(j["as_of"].get<std::string>()) : std::nullopt;
        if (!d) return fail("as_of", "expected a date \"YYYY-MM-DD\", got " + describe(j["as_of"]));
        c.as_of = *d;
    }

    res.ok = true;
    return res;
}

std::string write_case_file(const CaseFile& c) {
    nlohmann::ordered_json j;
    j["format"] = "case-decoder/case-file";
    j["version"] = kNewestVersion;
    j["jurisdiction"] = c.jurisdiction;
    if (!c.county.empty()) j["county"] = c.county;
    j["charges"] = nlohmann::ordered_json::array();
    for (const auto& ch : c.charges) {
        nlohmann::ordered_json e = {{"offense", ch.offense}, {"level", ch.level}};
        if (ch.counts > 1) e["counts"] = ch.counts;  // a one-count charge reads as it did in version 1
        j["charges"].push_back(e);
    }
    j["stage"] = c.stage;
    j["in_custody"] = tri_name(c.in_custody);
    j["dates"] = nlohmann::ordered_json::object();
    for (const auto& [k, d] : c.dates) j["dates"][k] = to_iso(d);
    j["facts"] = nlohmann::ordered_json::object();
    for (const auto& [k, t] : c.facts)
        j["facts"][k] = tri_name(t);
    j["lang"] = c.lang;
    if (c.as_of) j["as_of"] = to_iso(*c.as_of);
    return j.dump(2) + "\n";
}

}  // namespace cd
