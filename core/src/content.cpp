// Loading and validating the content in assets/. Every problem is an error naming the file and the
// key ("content: jurisdictions/CA.json: deadlines[2].from[0]: unknown date key ..."), so authors
// can fix content without reading C++.
#include "internal.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <set>

namespace cd {
namespace {

const std::vector<std::string> kLangs = {"en", "es"};

// Conditions are parsed by the one rule parser (condition.cpp).
bool read_condition(const JsonView& v, const std::string& where, Condition& out, std::string& error) {
    return parse_condition(v, where, out, error);
}
// The member `key` of the object j, or null when it is missing (or j is not an object).
const JsonView* member(const JsonView& j, const char* key) {
    auto it = j.find(key);
    return it == j.end() ? nullptr : &*it;
}

// Reads one content file, remembering the first error. Every accessor checks the type and
// returns an empty value on failure, so parsing code stays straight-line. Each accessor looks its
// key up once and copies a string once (this runs over all of assets/ at start-up).
struct Reader {
    std::string file;
    std::string error;

    bool ok() const { return error.empty(); }
    void fail(const std::string& where, const std::string& msg) {
        if (error.empty()) error = "content: " + file + ": " + (where.empty() ? "" : where + ": ") + msg;
    }
    // Object with exactly the allowed keys, all required ones present.
    bool object(const JsonView& j, const std::string& where, std::initializer_list<const char*> required,
                std::initializer_list<const char*> optional = {}) {
        if (!j.is_object()) { fail(where, std::string("expected an object, got ") + describe(j)); return false; }
        auto listed = [](std::initializer_list<const char*> keys, std::string_view k) {
            for (const char* x : keys) {  // k == x, without measuring x first: this runs for every key
                size_t i = 0;
                while (i < k.size() && x[i] != '\0' && x[i] == k[i]) ++i;
                if (i == k.size() && x[i] == '\0') return true;
            }
            return false;
        };
        size_t required_seen = 0;
        for (auto it = j.begin(); it != j.end(); ++it) {
            std::string_view key = it.key();
            if (listed(required, key)) ++required_seen;
            else if (!listed(optional, key)) {
                std::vector<std::string> allowed(required.begin(), required.end());
                allowed.insert(allowed.end(), optional.begin(), optional.end());
                std::string near = closest(key, allowed);
                fail(join_path(where, std::string(key)), "unknown key" + (near.empty() ? std::string() : " (did you mean \"" + near + "\"?)"));
                return false;
            }
        }
        // Keys are unique, so when every required key was seen the search below would find nothing.
        if (required_seen != required.size())
            for (const char* k : required)
                if (!j.contains(k)) { fail(join_path(where, k), "missing"); return false; }
        return true;
    }
    std::string str(const JsonView& j, const char* key, const std::string& where, bool required = true) {
        const JsonView* v = member(j, key);
        if (!v) { if (required) fail(join_path(where, key), "missing"); return ""; }
        if (!v->is_string() || (required && v->as_text().empty())) { fail(join_path(where, key), "expected non-empty text, got " + describe(*v)); return ""; }
        return std::string(v->as_text());
    }
    std::string one_of(const JsonView& j, const char* key, const std::string& where, const std::vector<std::string>& allowed, bool required = true) {
        std::string s = str(j, key, where, required);
        if (ok() && !s.empty() && !contains(allowed, s)) {
            std::string near = closest(s, allowed);
            fail(join_path(where, key), "unknown value \"" + s + "\"" + (near.empty() ? "" : " (did you mean \"" + near + "\"?)"));
        }
        return s;
    }
    // Where a value sits, spelled out only for a message: base, base.key or base[index]. (There
    // are ten thousand texts; their paths are almost never needed.)
    struct Place {
        const std::string& base;
        const char*        key = nullptr;
        size_t             index = SIZE_MAX;
        std::string        str() const { return key ? join_path(base, key) : index != SIZE_MAX ? index_path(base, index) : base; }
    };
    Text text_value(const JsonView& v, const Place& where) {
        Text t;
        if (v.is_string()) {
            if (v.as_text().empty()) fail(where.str(), "empty text");
            t.by_lang.emplace("en", v.as_text());
        } else if (v.is_object()) {
            for (auto it = v.begin(); it != v.end(); ++it) {
                std::string_view lang = it.key();
                if (!contains(kLangs, lang)) { fail(join_path(where.str(), std::string(lang)), "unknown language (expected en or es)"); return t; }
                if (!it.value().is_string()) { fail(join_path(where.str(), std::string(lang)), "expected text"); return t; }
                t.by_lang.emplace(lang, it.value().as_text());  // keys of one object are unique
            }
            if (!t.has("en")) fail(where.str(), "the English text (\"en\") is missing");
        } else {
            fail(where.str(), std::string("expected text or { \"en\": ..., \"es\": ... }, got ") + describe(v));
        }
        return t;
    }
    Text text(const JsonView& j, const char* key, const std::string& where, bool required = true) {
        const JsonView* v = member(j, key);
        if (!v) { if (required) fail(join_path(where, key), "missing"); return {}; }
        return text_value(*v, Place{where, key});
    }
    std::vector<Text> texts(const JsonView& j, const char* key, const std::string& where, bool non_empty = true) {
        std::vector<Text> out;
        std::string w = join_path(where, key);
        const JsonView* v = member(j, key);
        if (!v) { fail(w, "missing"); return out; }
        if (!v->is_array()) { fail(w, "expected a list"); return out; }
        if (non_empty && v->empty()) { fail(w, "empty list"); return out; }
        out.reserve(v->size());
        for (size_t i = 0; i < v->size() && ok(); ++i) out.push_back(text_value((*v)[i], Place{w, nullptr, i}));
        return out;
    }
    std::vector<std::string> strs(const JsonView& j, const char* key, const std::string& where, bool required = true,
                                  const std::vector<std::string>* vocabulary = nullptr, bool non_empty = false) {
        std::vector<std::string> out;
        const JsonView* v = member(j, key);
        if (!v) { if (required) fail(join_path(where, key), "missing"); return out; }
        if (!v->is_array()) { fail(join_path(where, key), "expected a list of text"); return out; }
        if (non_empty && v->empty()) { fail(join_path(where, key), "empty list"); return out; }
        out.reserve(v->size());
        for (size_t i = 0; i < v->size(); ++i) {
            const JsonView& e = (*v)[i];
            if (!e.is_string() || e.as_text().empty()) { fail(index_path(join_path(where, key), i), "expected non-empty text"); return out; }
            std::string_view s = e.as_text();
            if (vocabulary && !contains(*vocabulary, s)) {
                std::string near = closest(s, *vocabulary);
                fail(index_path(join_path(where, key), i), "unknown value \"" + std::string(s) + "\"" + (near.empty() ? "" : " (did you mean \"" + near + "\"?)"));
                return out;
            }
            out.emplace_back(s);
        }
        return out;
    }
    Condition condition(const JsonView& j, const char* key, const std::string& where) {
        Condition c;
        std::string w = join_path(where, key);
        const JsonView* v = member(j, key);
        if (!v) { fail(w, "missing"); return c; }
        std::string err;
        if (!read_condition(*v, w, c, err)) fail("", err);
        return c;
    }
    std::optional<Date> date(const JsonView& j, const char* key, const std::string& where, bool required) {
        const JsonView* v = member(j, key);
        if (!v) { if (required) fail(join_path(where, key), "missing"); return std::nullopt; }
        std::optional<Date> d = v->is_string() ? parse_iso_date(v->as_text()) : std::nullopt;
        if (!d) fail(join_path(where, key), "expected a date YYYY-MM-DD, got " + describe(*v));
        return d;
    }
    std::optional<bool> opt_bool(const JsonView& j, const char* key, const std::string& where) {
        const JsonView* v = member(j, key);
        if (!v || v->is_null()) return std::nullopt;
        if (!v->is_boolean()) { fail(join_path(where, key), "expected true, false or null"); return std::nullopt; }
        return v->as_bool();
    }
    std::optional<int> opt_count(const JsonView& j, const char* key, const std::string& where) {
        const JsonView* v = member(j, key);
        if (!v || v->is_null()) return std::nullopt;
        if (!v->is_number_integer() || v->as_integer() < 1 || v->as_integer() > 3650) {
            fail(join_path(where, key), "expected a whole number from 1 to 3650, or null");
            return std::nullopt;
        }
        return static_cast<int>(v->as_integer());
    }
    Provenance provenance(const JsonView& j, const std::string& where) {
        Provenance p;
        p.citation = str(j, "citation", where);
        p.source = str(j, "source", where);
        const JsonView* verified = member(j, "verified");
        if (!verified || !verified->is_boolean()) fail(join_path(where, "verified"), "expected true or false");
        else p.verified = verified->as_bool();
        auto d = date(j, "reviewed", where, true);
        if (d) p.reviewed = to_iso(*d);
        return p;
    }
    const JsonView* list(const JsonView& root, const std::string& where) {
        if (!root.is_array()) { fail(where, std::string("expected a list, got ") + describe(root)); return nullptr; }
        return &root;
    }
};

void load_offense(Reader& r, const JsonView& j, Content& c) {
    if (!r.object(j, "", {"id", "name", "synonyms", "tags", "usual_levels", "plain_english", "elements", "typical_evidence",
                          "weak_points", "collateral_consequences", "citations"})) return;
    Offense o;
    o.id = r.str(j, "id", "");
    o.name = r.text(j, "name", "");
    o.synonyms = r.strs(j, "synonyms", "");
    o.tags = r.strs(j, "tags", "", true, &kOffenseTags, true);
    o.usual_levels = r.strs(j, "usual_levels", "", true, &kLevels, true);
    o.plain_english = r.text(j, "plain_english", "");
    o.elements = r.texts(j, "elements", "");
    o.typical_evidence = r.texts(j, "typical_evidence", "");
    o.weak_points = r.texts(j, "weak_points", "");
    o.collateral_consequences = r.texts(j, "collateral_consequences", "");
    o.citations = r.strs(j, "citations", "", true, nullptr, true);
    std::string expected = r.file.substr(r.file.rfind('/') + 1);
    if (r.ok() && expected != o.id + ".json") r.fail("id", "\"" + o.id + "\" does not match the file name");
    if (r.ok()) c.offenses.push_back(std::move(o));
}

void load_jurisdiction(Reader& r, const JsonView& j, Content& c) {
    if (!r.object(j, "", {"code", "name", "reviewed", "indictment", "deadlines", "programs"})) return;
    Jurisdiction jd;
    jd.code = r.one_of(j, "code", "", kJurisdictionCodes);
    jd.name = r.text(j, "name", "");
    if (auto d = r.date(j, "reviewed", "", true)) jd.reviewed = to_iso(*d);
    if (r.ok() && r.file != "jurisdictions/" + jd.code + ".json") { r.fail("code", "\"" + jd.code + "\" does not match the file name"); return; }
    const JsonView& ind = j["indictment"];
    if (r.object(ind, "indictment", {"required", "waivable", "summary", "citation", "verified", "source", "reviewed"})) {
        jd.indictment.required = r.opt_bool(ind, "required", "indictment");
        jd.indictment.waivable = r.opt_bool(ind, "waivable", "indictment");
        jd.indictment.summary = r.text(ind, "summary", "indictment");
        jd.indictment.prov = r.provenance(ind, "indictment");
    }
    static const std::vector<std::string> custody = {"in_custody", "not_in_custody", "any"};
    static const std::vector<std::string> remedies = {"dismissal", "release", "other"};
    static const std::vector<std::string> deadline_levels = {"infraction", "misdemeanor", "felony"};
    const JsonView& deadlines = j["deadlines"];
    if (!deadlines.is_array()) r.fail("deadlines", "expected a list");
    std::set<std::string> ids;
    for (size_t i = 0; r.ok() && i < deadlines.size(); ++i) {
        const JsonView& d = deadlines[i];
        std::string w = index_path("deadlines", i);
        if (!r.object(d, w, {"id", "kind", "levels", "custody", "from", "demand_required", "remedy", "summary", "citation", "verified", "source", "reviewed"},
                      {"days", "months", "caveat", "effective_from", "effective_until"})) break;
        DeadlineRule rule;
        rule.id = r.str(d, "id", w);
        if (r.ok() && !ids.insert(rule.id).second) r.fail(join_path(w, "id"), "duplicate id \"" + rule.id + "\"");
        rule.kind = parse_deadline_kind(r.one_of(d, "kind", w, kDeadlineKinds)).value_or(DeadlineKind::Trial);
        rule.levels = r.strs(d, "levels", w, true, &deadline_levels, true);
        rule.custody = r.one_of(d, "custody", w, custody);
        rule.days = r.opt_count(d, "days", w);
        rule.months = r.opt_count(d, "months", w);
        if (rule.days && rule.months) r.fail(w, "give days or months, not both");
        rule.from = r.strs(d, "from", w, true, &kDateKeys, true);
        const JsonView& demand = d["demand_required"];
        if (!demand.is_boolean()) r.fail(join_path(w, "demand_required"), "expected true or false");
        else rule.demand_required = demand.as_bool();
        rule.remedy = r.one_of(d, "remedy", w, remedies);
        rule.summary = r.text(d, "summary", w);
        if (d.contains("caveat")) rule.caveat = r.text(d, "caveat", w);
        rule.effective_from = r.date(d, "effective_from", w, false);
        rule.effective_until = r.date(d, "effective_until", w, false);
        rule.prov = r.provenance(d, w);
        jd.deadlines.push_back(std::move(rule));
    }
    static const std::vector<std::string> first = {"required", "preferred", "not_required"};
    const JsonView& programs = j["programs"];
    if (r.ok() && !programs.is_array()) r.fail("programs", "expected a list");
    for (size_t i = 0; r.ok() && i < programs.size(); ++i) {
        const JsonView& p = programs[i];
        std::string w = index_path("programs", i);
        if (!r.object(p, w, {"id", "kind", "name", "summary", "eligibility", "citation", "verified", "source", "reviewed"}, {"excludes", "local_discretion"})) break;
        Program prog;
        prog.id = r.str(p, "id", w);
        if (r.ok() && !ids.insert(prog.id).second) r.fail(join_path(w, "id"), "duplicate id \"" + prog.id + "\"");
        prog.kind = r.one_of(p, "kind", w, kProgramKinds);
        prog.name = r.text(p, "name", w);
        prog.summary = r.text(p, "summary", w);
        if (p.contains("excludes")) prog.excludes = r.text(p, "excludes", w);
        prog.local_discretion = r.opt_bool(p, "local_discretion", w).value_or(false);
        const JsonView& e = p["eligibility"];
        std::string we = join_path(w, "eligibility");
        if (r.object(e, we, {}, {"offenses", "exclude_offenses", "levels", kKeyFirstOffense, "track", "needs_facts"})) {
            prog.eligibility.offenses = r.strs(e, "offenses", we, false);
            prog.eligibility.exclude_offenses = r.strs(e, "exclude_offenses", we, false);
            prog.eligibility.levels = r.strs(e, "levels", we, false, &deadline_levels);
            if (e.contains(kKeyFirstOffense)) prog.eligibility.first_offense = r.one_of(e, kKeyFirstOffense, we, first);
            prog.eligibility.track = e.contains("track") ? r.str(e, "track", we) : std::string(kGeneralTrack);  // checked against eligibility.json later
            prog.eligibility.needs_facts = r.strs(e, "needs_facts", we, false);
        }
        prog.prov = r.provenance(p, w);
        jd.programs.push_back(std::move(prog));
    }
    if (r.ok()) c.jurisdictions[jd.code] = std::move(jd);
}

void load_paths(Reader& r, const JsonView& root, Content& c) {
    const JsonView* list = r.list(root, "");
    static const std::vector<std::string> ratings = {"likely", "possible", "unlikely"};
    for (size_t i = 0; list && r.ok() && i < list->size(); ++i) {
        const JsonView& p = (*list)[i];
        std::string w = index_path("", i);
        if (!r.object(p, w, {"id", "name", "summary", "citations", "rules", "otherwise"}, {"not_at_this_stage", "not_at_this_stage_why", "cite_jurisdiction"})) return;
        PathDef d;
        d.id = parse_path_id(r.one_of(p, "id", w, kPathIds)).value_or(PathId::InsufficientEvidence);
        d.name = r.text(p, "name", w);
        d.summary = r.text(p, "summary", w);
        static const std::vector<std::string> cite_topics = {"deadlines", "programs", "indictment"};
        if (p.contains("cite_jurisdiction")) d.cite_jurisdiction = r.one_of(p, "cite_jurisdiction", w, cite_topics);
        d.citations = r.strs(p, "citations", w, true, nullptr, d.cite_jurisdiction.empty());
        if (p.contains("not_at_this_stage")) {
            d.not_at_this_stage = r.condition(p, "not_at_this_stage", w);
            d.not_at_this_stage_why = r.text(p, "not_at_this_stage_why", w);
        }
        const JsonView& rules = p["rules"];
        if (!rules.is_array()) { r.fail(join_path(w, "rules"), "expected a list"); return; }
        d.rules.reserve(rules.size());
        for (size_t k = 0; r.ok() && k < rules.size(); ++k) {
            const JsonView& rj = rules[k];
            std::string wr = index_path(join_path(w, "rules"), k);
            if (!r.object(rj, wr, {"applies", "when", "why"}, {"citations"})) return;
            PathRule rule;
            rule.applies = parse_rating(r.one_of(rj, "applies", wr, ratings)).value_or(Rating::Unlikely);
            rule.when = r.condition(rj, "when", wr);
            rule.why = r.text(rj, "why", wr);
            rule.citations = r.strs(rj, "citations", wr, false);
            d.rules.push_back(std::move(rule));
        }
        const JsonView& otherwise = p["otherwise"];
        if (r.object(otherwise, join_path(w, "otherwise"), {"why"})) d.otherwise_why = r.text(otherwise, "why", join_path(w, "otherwise"));
        if (r.ok()) c.paths.push_back(std::move(d));
    }
}

void load_questions(Reader& r, const JsonView& root, Content& c) {
    const JsonView* list = r.list(root, "");
    std::vector<std::string> reasons = kPathIds;
    reasons.push_back(kGeneralReason);
    static const std::vector<std::string> cite_topics = {"deadlines", "programs", "indictment"};
    for (size_t i = 0; list && r.ok() && i < list->size(); ++i) {
        const JsonView& q = (*list)[i];
        std::string w = index_path("", i);
        if (!r.object(q, w, {"id", "reason", "group", "weight", "when", "text", "why"}, {"citations", "cite_jurisdiction", "first_when"})) return;
        QuestionDef d;
        d.id = r.str(q, "id", w);
        d.reason = parse_path_id(r.one_of(q, "reason", w, reasons));  // "general": none
        d.group = r.str(q, "group", w);
        const JsonView& weight = q["weight"];
        if (!weight.is_number_integer() || weight.as_integer() < 1 || weight.as_integer() > 100)
            r.fail(join_path(w, "weight"), "expected a whole number from 1 to 100");
        else d.weight = static_cast<int>(weight.as_integer());
        d.when = r.condition(q, "when", w);
        if (q.contains("first_when")) d.first_when = r.condition(q, "first_when", w);
        d.text = r.text(q, "text", w);
        d.why = r.text(q, "why", w);
        d.citations = r.strs(q, "citations", w, false);
        if (q.contains("cite_jurisdiction")) d.cite_jurisdiction = r.one_of(q, "cite_jurisdiction", w, cite_topics);
        if (r.ok()) c.questions.push_back(std::move(d));
    }
}

template <class Def, class Fill>
void load_simple_list(Reader& r, const JsonView& root, std::vector<Def>& out, std::initializer_list<const char*> required,
                      std::initializer_list<const char*> optional, const Fill& fill) {
    const JsonView* list = r.list(root, "");
    for (size_t i = 0; list && r.ok() && i < list->size(); ++i) {
        std::string w = index_path("", i);
        if (!r.object((*list)[i], w, required, optional)) return;
        Def d;
        fill((*list)[i], w, d);
        if (r.ok()) out.push_back(std::move(d));
    }
}

// Reference checks that need the whole content: every fact and offense id used in a condition
// exists, ids are unique, and each question group and reason is sane.
void walk_condition(const Condition& cond, const std::function<void(const Condition&)>& f) {
    f(cond);
    for (const auto& ch : cond.children) walk_condition(ch, f);
}

std::string check_references(const Content& c, const std::map<const Condition*, std::string>& where) {
    std::vector<std::string> fact_ids, offense_ids;
    for (const auto& f : c.facts) fact_ids.push_back(f.id);
    for (const auto& o : c.offenses) offense_ids.push_back(o.id);
    std::string error;
    for (const auto& entry : where) {
        const std::string& place = entry.second;  // a plain reference: clang 14 cannot capture structured bindings
        walk_condition(*entry.first, [&](const Condition& k) {
            if (!error.empty()) return;
            if (k.kind == Condition::Kind::Fact && !contains(fact_ids, k.key)) {
                std::string near = closest(k.key, fact_ids);
                error = "content: " + place + ": unknown fact \"" + k.key + "\"" + (near.empty() ? "" : " (did you mean \"" + near + "\"?)");
            }
            if (k.kind == Condition::Kind::Offense)
                for (const auto& v : k.values)
                    if (error.empty() && !contains(offense_ids, v)) {
                        std::string near = closest(v, offense_ids);
                        error = "content: " + place + ": unknown offense \"" + v + "\"" + (near.empty() ? "" : " (did you mean \"" + near + "\"?)");
                    }
        });
        if (!error.empty()) return error;
    }
    for (const auto& [code, j] : c.jurisdictions)
        for (const auto& p : j.programs) {
            for (const auto* list : {&p.eligibility.offenses, &p.eligibility.exclude_offenses})
                for (const auto& id : *list)
                    if (!contains(offense_ids, id))
                        return "content: jurisdictions/" + code + ".json: programs (" + p.id + "): unknown offense \"" + id + "\"";
            for (const auto& id : p.eligibility.needs_facts)
                if (!contains(fact_ids, id)) {
                    std::string near = closest(id, fact_ids);
                    return "content: jurisdictions/" + code + ".json: programs (" + p.id + "): eligibility.needs_facts: unknown fact \"" + id + "\"" +
                           (near.empty() ? "" : " (did you mean \"" + near + "\"?)");
                }
        }
    return "";
}

// One content file, as the loader reads it: views, so the bundle is read where it lies.
struct FileView {
    std::string_view path, text;
};

// What loading a file adds to besides the content: the ids seen so far, and whether meta.json was.
struct LoadState {
    explicit LoadState(Content& content) : c(content) {}
    Content&              c;
    bool                  have_meta = false;
    std::set<std::string> question_ids, myth_ids, dont_ids, urgent_ids;
    bool                  have_eligibility = false, have_clocks = false;
};

// One file's parsed text into the content, by its path.
void load_file(Reader& r, const JsonView& j, LoadState& st) {
    Content& c = st.c;
    const std::string& p = r.file;
    auto under = [&](const char* dir) { return p.rfind(dir, 0) == 0 && p.find('/', std::string(dir).size()) == std::string::npos; };
    if (p == "meta.json") {
        st.have_meta = true;
        if (r.object(j, "", {"content_version", "reviewed", "notice"})) {
            c.version = r.str(j, "content_version", "");
            if (auto d = r.date(j, "reviewed", "", true)) c.reviewed = to_iso(*d);
            c.notice = r.text(j, "notice", "");
        }
    } else if (p == "paths.json") {
        load_paths(r, j, c);
    } else if (p == "myths.json") {
        load_simple_list<MythDef>(r, j, c.myths, {"id", "when", "myth", "text", "citations"}, {}, [&](const JsonView& m, const std::string& w, MythDef& d) {
            d.id = r.str(m, "id", w);
            d.when = r.condition(m, "when", w);
            d.myth = r.text(m, "myth", w);
            d.text = r.text(m, "text", w);
            d.citations = r.strs(m, "citations", w);
            if (r.ok() && !st.myth_ids.insert(d.id).second) r.fail(join_path(w, "id"), "duplicate id \"" + d.id + "\"");
        });
    } else if (p == "dont.json") {
        load_simple_list<DontDef>(r, j, c.donts, {"id", "when", "text", "citations"}, {}, [&](const JsonView& m, const std::string& w, DontDef& d) {
            d.id = r.str(m, "id", w);
            d.when = r.condition(m, "when", w);
            d.text = r.text(m, "text", w);
            d.citations = r.strs(m, "citations", w);
            if (r.ok() && !st.dont_ids.insert(d.id).second) r.fail(join_path(w, "id"), "duplicate id \"" + d.id + "\"");
        });
    } else if (p == "eligibility.json") {
        auto test = [&](const JsonView& v, const std::string& w, EligibilityTest& out) {
            if (!r.object(v, w, {"met", "failed"})) return;
            out.met = r.condition(v, "met", w);
            out.failed = r.condition(v, "failed", w);
        };
        st.have_eligibility = true;
        if (r.object(j, "", {kKeyFirstOffense, "tracks"})) {
            test(j[kKeyFirstOffense], kKeyFirstOffense, c.first_offense);
            const JsonView& tracks = j["tracks"];
            if (!tracks.is_object()) r.fail("tracks", "expected an object { \"track id\": { \"met\", \"failed\" } }");
            for (auto it = tracks.begin(); r.ok() && it != tracks.end(); ++it) test(it.value(), join_path("tracks", std::string(it.key())), c.tracks[std::string(it.key())]);
            if (r.ok() && !c.tracks.count(kGeneralTrack)) r.fail("tracks", std::string("the \"") + kGeneralTrack + "\" track is missing");
        }
    } else if (p == "clocks.json") {
        st.have_clocks = true;
        if (r.object(j, "", {"charges_filed_by", "warnings"})) {
            c.charges_filed_by = r.strs(j, "charges_filed_by", "", true, &kDateKeys);
            const JsonView* list = j.contains("warnings") ? &j["warnings"] : nullptr;
            if (!list || !list->is_array()) r.fail("warnings", "expected a list");
            for (size_t i = 0; list && r.ok() && i < list->size(); ++i) {
                const std::string w = index_path("warnings", i);
                if (!r.object((*list)[i], w, {"id", "when"})) break;
                ClockWarning cw;
                cw.id = r.str((*list)[i], "id", w);
                cw.when = r.condition((*list)[i], "when", w);
                c.clock_warnings.push_back(std::move(cw));
            }
        }
    } else if (p == "urgent.json") {
        load_simple_list<UrgentDef>(r, j, c.urgent, {"id", "when", "text", "citations"}, {}, [&](const JsonView& m, const std::string& w, UrgentDef& d) {
            d.id = r.str(m, "id", w);
            d.when = r.condition(m, "when", w);
            d.text = r.text(m, "text", w);
            d.citations = r.strs(m, "citations", w, false);
            if (r.ok() && !st.urgent_ids.insert(d.id).second) r.fail(join_path(w, "id"), "duplicate id \"" + d.id + "\"");
        });
    } else if (p == "stages.json") {
        static const std::vector<std::string> answers = {"yes", "rarely", "no"};
        load_simple_list<StageDef>(r, j, c.stages, {"id", "name", "can_charges_be_dropped", "how"}, {}, [&](const JsonView& m, const std::string& w, StageDef& d) {
            d.id = r.one_of(m, "id", w, kStages);
            d.name = r.text(m, "name", w);
            d.can_charges_be_dropped = r.one_of(m, "can_charges_be_dropped", w, answers);
            d.how = r.text(m, "how", w);
        });
        for (size_t i = 0; r.ok() && i < c.stages.size(); ++i)
            if (c.stages.size() != kStages.size() || c.stages[i].id != kStages[i]) r.fail("", "the five stages must appear once each, in timeline order: before_filing, arraignment, pre_trial, trial, after_conviction");
    } else if (p == "facts.json") {
        static const std::vector<std::string> groups = {"stop_and_search", "statements", "evidence", "witnesses", "procedure", "about_you"};
        std::set<std::string> ids;
        load_simple_list<FactDef>(r, j, c.facts, {"id", "group", "question", "why_we_ask", "ask_when"}, {"question_is_opposite"}, [&](const JsonView& m, const std::string& w, FactDef& d) {
            d.id = r.str(m, "id", w);
            d.group = r.one_of(m, "group", w, groups);
            d.question = r.text(m, "question", w);
            d.why_we_ask = r.text(m, "why_we_ask", w);
            d.ask_when = r.condition(m, "ask_when", w);
            d.question_is_opposite = r.opt_bool(m, "question_is_opposite", w).value_or(false);
            if (r.ok() && !ids.insert(d.id).second) r.fail(join_path(w, "id"), "duplicate id \"" + d.id + "\"");
        });
    } else if (p == "glossary.json") {
        load_simple_list<GlossaryEntry>(r, j, c.glossary, {"term", "meaning"}, {}, [&](const JsonView& m, const std::string& w, GlossaryEntry& d) {
            d.term = r.text(m, "term", w);
            d.meaning = r.text(m, "meaning", w);
        });
    } else if (under("questions/")) {
        size_t before = c.questions.size();
        load_questions(r, j, c);
        for (size_t i = before; r.ok() && i < c.questions.size(); ++i)
            if (!st.question_ids.insert(c.questions[i].id).second) r.fail(index_path("", i - before), "duplicate question id \"" + c.questions[i].id + "\"");
    } else if (under("offenses/")) {
        load_offense(r, j, c);
    } else if (under("jurisdictions/")) {
        load_jurisdiction(r, j, c);
    } else if (under("ui/")) {
        if (!j.is_object()) r.fail("", "expected an object of UI strings { \"key\": \"text\" }");
        else
            for (auto it = j.begin(); r.ok() && it != j.end(); ++it) {
                std::string key(it.key());
                if (c.ui.count(key)) { r.fail(key, "this UI string is defined in two files"); break; }
                c.ui[key] = r.text_value(it.value(), Reader::Place{key});
            }
    } else {
        r.fail("", "unexpected file (expected meta.json, paths.json, myths.json, dont.json, urgent.json, eligibility.json, clocks.json, stages.json, facts.json, glossary.json, questions/, offenses/, jurisdictions/ or ui/)");
    }
}

ContentResult load_files(std::vector<FileView> files, const ContentLoadOptions& options) {
    std::sort(files.begin(), files.end(), [](const FileView& a, const FileView& b) { return a.path < b.path; });

    auto content = std::make_shared<Content>();
    Content& c = *content;
    std::map<const Condition*, std::string> conditions;  // filled after all loads (vectors stop moving)
    LoadState st{c};

    JsonViewParser views;
    for (const FileView& f : files) {
        Reader r{std::string(f.path), ""};
        // Without the duplicate-key scan (content checked when it was built), the JsonView parser
        // reads the text: the same values as nlohmann's, without an allocation or two per value.
        // What it does not take on, and everything when the scan is on, nlohmann parses (and
        // refuses, with its rules), and the reader gets a view of nlohmann's value.
        JsonView view;
        json j;  // what the view points into, when nlohmann parsed the text
        if (options.check_duplicate_keys || !views.parse(f.text, view)) {
            std::string dup;
            j = parse_json(f.text, options.check_duplicate_keys ? &dup : nullptr);
            if (j.is_discarded()) return {nullptr, "content: " + r.file + ": not valid JSON (or nested deeper than 64 levels)"};
            if (!dup.empty()) return {nullptr, "content: " + r.file + ": the key \"" + dup + "\" appears twice in one object"};
            views.view(j, view);
        }
        load_file(r, view, st);
        if (!r.ok()) return {nullptr, r.error};
    }
    if (!st.have_meta) return {nullptr, "content: meta.json: missing"};
    if (!st.have_eligibility) return {nullptr, "content: eligibility.json: missing (the program eligibility tests)"};
    if (!st.have_clocks) return {nullptr, "content: clocks.json: missing (which dates meet a charging clock, clock warnings)"};
    for (const auto& [code, j] : c.jurisdictions)
        for (const auto& p : j.programs)
            if (!c.tracks.count(p.eligibility.track)) {
                std::vector<std::string> known;
                for (const auto& [id, t] : c.tracks) known.push_back(id);
                std::string near = closest(p.eligibility.track, known);
                return {nullptr, "content: jurisdictions/" + code + ".json: programs (" + p.id + "): eligibility.track: unknown track \"" + p.eligibility.track + "\"" +
                                     (near.empty() ? "" : " (did you mean \"" + near + "\"?)") + " (tracks are defined in eligibility.json)"};
            }
    for (const auto& w : c.clock_warnings)
        if (!c.ui.count(w.id)) return {nullptr, "content: clocks.json: warnings (" + w.id + "): no UI string with this id for its text"};
    if (c.stages.empty()) return {nullptr, "content: stages.json: missing"};
    if (c.facts.empty()) return {nullptr, "content: facts.json: missing"};
    for (const auto& id : kPathIds) {
        bool found = false;
        for (const auto& p : c.paths) found = found || id_of(p.id) == id;
        if (!found) return {nullptr, "content: paths.json: the path \"" + id + "\" is missing"};
    }
    std::sort(c.offenses.begin(), c.offenses.end(), [](auto& a, auto& b) { return a.id < b.id; });
    std::sort(c.questions.begin(), c.questions.end(), [](auto& a, auto& b) { return a.id < b.id; });

    // Paths are rated before questions, so a path's own rules cannot look at path ratings.
    std::string path_error;
    for (const auto& p : c.paths) {
        if (p.not_at_this_stage) conditions[&*p.not_at_this_stage] = "paths.json (" + std::string(id_of(p.id)) + ")";
        for (const auto& rule : p.rules) {
            conditions[&rule.when] = "paths.json (" + std::string(id_of(p.id)) + ")";
            walk_condition(rule.when, [&](const Condition& cond) {
                if (cond.kind == Condition::Kind::Path && path_error.empty())
                    path_error = "content: paths.json (" + std::string(id_of(p.id)) + "): a path rule cannot depend on another path's rating";
            });
        }
    }
    if (!path_error.empty()) return {nullptr, path_error};
    for (const auto& q : c.questions) {
        conditions[&q.when] = "questions (" + q.id + ")";
        if (q.first_when) conditions[&*q.first_when] = "questions (" + q.id + ")";
    }
    for (const auto& u : c.urgent) conditions[&u.when] = "urgent.json (" + u.id + ")";
    conditions[&c.first_offense.met] = conditions[&c.first_offense.failed] = "eligibility.json (first_offense)";
    for (const auto& [id, t] : c.tracks) conditions[&t.met] = conditions[&t.failed] = "eligibility.json (tracks." + id + ")";
    for (const auto& w : c.clock_warnings) conditions[&w.when] = "clocks.json (" + w.id + ")";
    for (const auto& m : c.myths) conditions[&m.when] = "myths.json (" + m.id + ")";
    for (const auto& d : c.donts) conditions[&d.when] = "dont.json (" + d.id + ")";
    for (const auto& f : c.facts) conditions[&f.ask_when] = "facts.json (" + f.id + ")";
    std::string ref_error = check_references(c, conditions);
    if (!ref_error.empty()) return {nullptr, ref_error};

    if (!options.sha256.empty()) {
        c.sha256 = options.sha256;
    } else {
        // The hash covers each file's path and its text without the whitespace outside strings,
        // so reformatting a file does not change it, and the minified bundle hashes the same as
        // the assets/ it was made from.
        std::string all_text;
        for (const FileView& f : files) {
            all_text.append(f.path);
            all_text += '\n';
            all_text += minify_json(f.text);
            all_text += '\n';
        }
        c.sha256 = sha256_hex(all_text);
    }
    return {content, ""};
}

}  // namespace

ContentResult load_content(const std::vector<ContentFile>& files) { return load_content(files, ContentLoadOptions{}); }

ContentResult load_content(const std::vector<ContentFile>& files, const ContentLoadOptions& options) {
    std::vector<FileView> views;
    views.reserve(files.size());
    for (const auto& f : files) views.push_back({f.path, f.text});
    return load_files(std::move(views), options);
}

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
    // Start-up matters in the widget. The bundle was fully checked when it was built (the
    // content_lint test loads bundled_content_files() with every check), and what is checked is
    // exactly these bytes, compiled into this binary. So: read the text where it lies, without
    // copying it; skip the duplicate-key scan (which lets the quick JSON reader do the parsing);
    // and take the hash computed at build time.
    std::vector<FileView> views;
    views.reserve(bundle::kFileCount);
    for (size_t i = 0; i < bundle::kFileCount; ++i) views.push_back({bundle::kPaths[i], std::string_view(bundle::kTexts[i], bundle::kSizes[i])});
    return load_files(std::move(views), ContentLoadOptions{false, bundled_content_sha256()});
}

const Content& bundled_content() {
    static const std::shared_ptr<const Content> content = [] {
        ContentResult r = load_bundled_content();
        if (!r.content) {
            std::fprintf(stderr, "case-decoder: the bundled content is broken: %s\n", r.error.c_str());
            std::abort();
        }
        return r.content;
    }();
    return *content;
}

const Offense* Content::offense(std::string_view id) const {
    auto it = std::lower_bound(offenses.begin(), offenses.end(), id, [](const Offense& o, std::string_view k) { return o.id < k; });
    return it != offenses.end() && it->id == id ? &*it : nullptr;
}
const Jurisdiction* Content::jurisdiction(std::string_view code) const {
    auto it = jurisdictions.find(std::string(code));
    return it == jurisdictions.end() ? nullptr : &it->second;
}
const FactDef* Content::fact(std::string_view id) const {
    for (const auto& f : facts) if (f.id == id) return &f;
    return nullptr;
}
const StageDef* Content::stage(std::string_view id) const {
    for (const auto& s : stages) if (s.id == id) return &s;
    return nullptr;
}
const std::string& Content::ui_text(std::string_view key, std::string_view lang) const {
    auto it = ui.find(std::string(key));
    if (it != ui.end()) return it->second.get(lang);
    static thread_local std::string missing;
    missing = std::string(key);
    return missing;
}

std::vector<const Offense*> search_offenses(const Content& content, std::string_view query, size_t max_results) {
    std::string q = lower(query);
    while (!q.empty() && q.back() == ' ') q.pop_back();
    while (!q.empty() && q.front() == ' ') q.erase(q.begin());
    std::vector<std::pair<int, const Offense*>> hits;
    for (const auto& o : content.offenses) {
        int best = 0;  // 4: exact, 3: prefix of name or synonym, 2: word prefix, 1: substring
        auto score = [&](const std::string& s) {
            std::string l = lower(s);
            size_t at = l.find(q);
            if (at == std::string::npos) return;
            int v = l == q ? 4 : at == 0 ? 3 : (l[at - 1] == ' ' || l[at - 1] == '_' || l[at - 1] == '-') ? 2 : 1;
            best = std::max(best, v);
        };
        if (q.empty()) best = 1;
        else {
            score(o.id);
            for (const auto& [lang, s] : o.name.by_lang) score(s);
            for (const auto& s : o.synonyms) score(s);
        }
        if (best > 0) hits.push_back({best, &o});
    }
    std::stable_sort(hits.begin(), hits.end(), [](auto& a, auto& b) { return a.first > b.first; });
    std::vector<const Offense*> out;
    for (size_t i = 0; i < hits.size() && out.size() < max_results; ++i) out.push_back(hits[i].second);
    return out;
}

}  // namespace cd
