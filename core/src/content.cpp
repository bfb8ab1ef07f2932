// Loading and validating the content in assets/. Every problem is an error naming the file and the
// key ("content: jurisdictions/CA.json: deadlines[2].from[0]: unknown date key ..."), so authors
// can fix content without reading C++.
#include "internal.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <set>

namespace cd {
namespace {

const std::vector<std::string> kLangs = {"en", "es"};

// Reads one content file, remembering the first error. Every accessor checks the type and
// returns an empty value on failure, so parsing code stays straight-line.
struct Reader {
    std::string file;
    std::string error;

    bool ok() const { return error.empty(); }
    void fail(const std::string& where, const std::string& msg) {
        if (error.empty()) error = "content: " + file + ": " + (where.empty() ? "" : where + ": ") + msg;
    }
    // Object with exactly the allowed keys, all required ones present.
    bool object(const json& j, const std::string& where, std::initializer_list<const char*> required,
                std::initializer_list<const char*> optional = {}) {
        if (!j.is_object()) { fail(where, std::string("expected an object, got ") + describe(j)); return false; }
        auto listed = [](std::initializer_list<const char*> keys, const std::string& k) {
            for (const char* x : keys) if (k == x) return true;
            return false;
        };
        for (auto it = j.begin(); it != j.end(); ++it)
            if (!listed(required, it.key()) && !listed(optional, it.key())) {
                std::vector<std::string> allowed(required.begin(), required.end());
                allowed.insert(allowed.end(), optional.begin(), optional.end());
                std::string near = closest(it.key(), allowed);
                fail(join_path(where, it.key()), "unknown key" + (near.empty() ? std::string() : " (did you mean \"" + near + "\"?)"));
                return false;
            }
        for (const char* k : required)
            if (!j.contains(k)) { fail(join_path(where, k), "missing"); return false; }
        return true;
    }
    std::string str(const json& j, const char* key, const std::string& where, bool required = true) {
        if (!j.contains(key)) { if (required) fail(join_path(where, key), "missing"); return ""; }
        const json& v = j[key];
        if (!v.is_string() || (required && v.get<std::string>().empty())) { fail(join_path(where, key), "expected non-empty text, got " + describe(v)); return ""; }
        return v.get<std::string>();
    }
    std::string one_of(const json& j, const char* key, const std::string& where, const std::vector<std::string>& allowed, bool required = true) {
        std::string s = str(j, key, where, required);
        if (ok() && !s.empty() && !contains(allowed, s)) {
            std::string near = closest(s, allowed);
            fail(join_path(where, key), "unknown value \"" + s + "\"" + (near.empty() ? "" : " (did you mean \"" + near + "\"?)"));
        }
        return s;
    }
    Text text_value(const json& v, const std::string& where) {
        Text t;
        if (v.is_string()) {
            if (v.get<std::string>().empty()) fail(where, "empty text");
            t.by_lang["en"] = v.get<std::string>();
        } else if (v.is_object()) {
            for (auto it = v.begin(); it != v.end(); ++it) {
                if (!contains(kLangs, it.key())) { fail(join_path(where, it.key()), "unknown language (expected en or es)"); return t; }
                if (!it.value().is_string()) { fail(join_path(where, it.key()), "expected text"); return t; }
                t.by_lang[it.key()] = it.value().get<std::string>();
            }
            if (!t.has("en")) fail(where, "the English text (\"en\") is missing");
        } else {
            fail(where, std::string("expected text or { \"en\": ..., \"es\": ... }, got ") + describe(v));
        }
        return t;
    }
    Text text(const json& j, const char* key, const std::string& where, bool required = true) {
        if (!j.contains(key)) { if (required) fail(join_path(where, key), "missing"); return {}; }
        return text_value(j[key], join_path(where, key));
    }
    std::vector<Text> texts(const json& j, const char* key, const std::string& where, bool non_empty = true) {
        std::vector<Text> out;
        std::string w = join_path(where, key);
        if (!j.contains(key)) { fail(w, "missing"); return out; }
        const json& v = j[key];
        if (!v.is_array()) { fail(w, "expected a list"); return out; }
        if (non_empty && v.empty()) { fail(w, "empty list"); return out; }
        for (size_t i = 0; i < v.size() && ok(); ++i) out.push_back(text_value(v[i], index_path(w, i)));
        return out;
    }
    std::vector<std::string> strs(const json& j, const char* key, const std::string& where, bool required = true,
                                  const std::vector<std::string>* vocabulary = nullptr, bool non_empty = false) {
        std::vector<std::string> out;
        std::string w = join_path(where, key);
        if (!j.contains(key)) { if (required) fail(w, "missing"); return out; }
        const json& v = j[key];
        if (!v.is_array()) { fail(w, "expected a list of text"); return out; }
        if (non_empty && v.empty()) { fail(w, "empty list"); return out; }
        for (size_t i = 0; i < v.size(); ++i) {
            if (!v[i].is_string() || v[i].get<std::string>().empty()) { fail(index_path(w, i), "expected non-empty text"); return out; }
            std::string s = v[i].get<std::string>();
            if (vocabulary && !contains(*vocabulary, s)) {
                std::string near = closest(s, *vocabulary);
                fail(index_path(w, i), "unknown value \"" + s + "\"" + (near.empty() ? "" : " (did you mean \"" + near + "\"?)"));
                return out;
            }
            out.push_back(s);
        }
        return out;
    }
    Condition condition(const json& j, const char* key, const std::string& where) {
        Condition c;
        std::string w = join_path(where, key);
        if (!j.contains(key)) { fail(w, "missing"); return c; }
        std::string err;
        if (!parse_condition(j[key], w, c, err)) fail("", err);
        return c;
    }
    std::optional<Date> date(const json& j, const char* key, const std::string& where, bool required) {
        if (!j.contains(key)) { if (required) fail(join_path(where, key), "missing"); return std::nullopt; }
        const json& v = j[key];
        std::optional<Date> d = v.is_string() ? parse_iso_date(v.get<std::string>()) : std::nullopt;
        if (!d) fail(join_path(where, key), "expected a date YYYY-MM-DD, got " + describe(v));
        return d;
    }
    std::optional<bool> opt_bool(const json& j, const char* key, const std::string& where) {
        if (!j.contains(key) || j[key].is_null()) return std::nullopt;
        if (!j[key].is_boolean()) { fail(join_path(where, key), "expected true, false or null"); return std::nullopt; }
        return j[key].get<bool>();
    }
    std::optional<int> opt_count(const json& j, const char* key, const std::string& where) {
        if (!j.contains(key) || j[key].is_null()) return std::nullopt;
        const json& v = j[key];
        if (!v.is_number_integer() || v.get<long long>() < 1 || v.get<long long>() > 3650) {
            fail(join_path(where, key), "expected a whole number from 1 to 3650, or null");
            return std::nullopt;
        }
        return static_cast<int>(v.get<long long>());
    }
    Provenance provenance(const json& j, const std::string& where) {
        Provenance p;
        p.citation = str(j, "citation", where);
        p.source = str(j, "source", where);
        if (!j.contains("verified") || !j["verified"].is_boolean()) fail(join_path(where, "verified"), "expected true or false");
        else p.verified = j["verified"].get<bool>();
        auto d = date(j, "reviewed", where, true);
        if (d) p.reviewed = to_iso(*d);
        return p;
    }
    const json* list(const json& root, const std::string& where) {
        if (!root.is_array()) { fail(where, std::string("expected a list, got ") + describe(root)); return nullptr; }
        return &root;
    }
};

void load_offense(Reader& r, const json& j, Content& c) {
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

void load_jurisdiction(Reader& r, const json& j, Content& c) {
    if (!r.object(j, "", {"code", "name", "reviewed", "indictment", "deadlines", "programs"})) return;
    Jurisdiction jd;
    jd.code = r.one_of(j, "code", "", kJurisdictionCodes);
    jd.name = r.text(j, "name", "");
    if (auto d = r.date(j, "reviewed", "", true)) jd.reviewed = to_iso(*d);
    if (r.ok() && r.file != "jurisdictions/" + jd.code + ".json") { r.fail("code", "\"" + jd.code + "\" does not match the file name"); return; }
    const json& ind = j["indictment"];
    if (r.object(ind, "indictment", {"required", "waivable", "summary", "citation", "verified", "source", "reviewed"})) {
        jd.indictment.required = r.opt_bool(ind, "required", "indictment");
        jd.indictment.waivable = r.opt_bool(ind, "waivable", "indictment");
        jd.indictment.summary = r.text(ind, "summary", "indictment");
        jd.indictment.prov = r.provenance(ind, "indictment");
    }
    static const std::vector<std::string> kinds = {"trial", "charging", "release"};
    static const std::vector<std::string> custody = {"in_custody", "not_in_custody", "any"};
    static const std::vector<std::string> remedies = {"dismissal", "release", "other"};
    static const std::vector<std::string> deadline_levels = {"infraction", "misdemeanor", "felony"};
    if (!j["deadlines"].is_array()) r.fail("deadlines", "expected a list");
    std::set<std::string> ids;
    for (size_t i = 0; r.ok() && i < j["deadlines"].size(); ++i) {
        const json& d = j["deadlines"][i];
        std::string w = index_path("deadlines", i);
        if (!r.object(d, w, {"id", "kind", "levels", "custody", "from", "demand_required", "remedy", "summary", "citation", "verified", "source", "reviewed"},
                      {"days", "months", "caveat", "effective_from", "effective_until"})) break;
        DeadlineRule rule;
        rule.id = r.str(d, "id", w);
        if (r.ok() && !ids.insert(rule.id).second) r.fail(join_path(w, "id"), "duplicate id \"" + rule.id + "\"");
        rule.kind = r.one_of(d, "kind", w, kinds);
        rule.levels = r.strs(d, "levels", w, true, &deadline_levels, true);
        rule.custody = r.one_of(d, "custody", w, custody);
        rule.days = r.opt_count(d, "days", w);
        rule.months = r.opt_count(d, "months", w);
        if (rule.days && rule.months) r.fail(w, "give days or months, not both");
        rule.from = r.strs(d, "from", w, true, &kDateKeys, true);
        if (!d["demand_required"].is_boolean()) r.fail(join_path(w, "demand_required"), "expected true or false");
        else rule.demand_required = d["demand_required"].get<bool>();
        rule.remedy = r.one_of(d, "remedy", w, remedies);
        rule.summary = r.text(d, "summary", w);
        if (d.contains("caveat")) rule.caveat = r.text(d, "caveat", w);
        rule.effective_from = r.date(d, "effective_from", w, false);
        rule.effective_until = r.date(d, "effective_until", w, false);
        rule.prov = r.provenance(d, w);
        jd.deadlines.push_back(std::move(rule));
    }
    static const std::vector<std::string> program_kinds = {"diversion", "pretrial_intervention"};
    static const std::vector<std::string> first = {"required", "preferred", "not_required"};
    static const std::vector<std::string> tracks = {"general", "drug", "mental_health", "veteran", "youth"};
    if (r.ok() && !j["programs"].is_array()) r.fail("programs", "expected a list");
    for (size_t i = 0; r.ok() && i < j["programs"].size(); ++i) {
        const json& p = j["programs"][i];
        std::string w = index_path("programs", i);
        if (!r.object(p, w, {"id", "kind", "name", "summary", "eligibility", "citation", "verified", "source", "reviewed"}, {"excludes"})) break;
        Program prog;
        prog.id = r.str(p, "id", w);
        if (r.ok() && !ids.insert(prog.id).second) r.fail(join_path(w, "id"), "duplicate id \"" + prog.id + "\"");
        prog.kind = r.one_of(p, "kind", w, program_kinds);
        prog.name = r.text(p, "name", w);
        prog.summary = r.text(p, "summary", w);
        if (p.contains("excludes")) prog.excludes = r.text(p, "excludes", w);
        const json& e = p["eligibility"];
        std::string we = join_path(w, "eligibility");
        if (r.object(e, we, {}, {"offenses", "exclude_offenses", "levels", "first_offense", "track"})) {
            prog.eligibility.offenses = r.strs(e, "offenses", we, false);
            prog.eligibility.exclude_offenses = r.strs(e, "exclude_offenses", we, false);
            prog.eligibility.levels = r.strs(e, "levels", we, false, &deadline_levels);
            if (e.contains("first_offense")) prog.eligibility.first_offense = r.one_of(e, "first_offense", we, first);
            if (e.contains("track")) prog.eligibility.track = r.one_of(e, "track", we, tracks);
        }
        prog.prov = r.provenance(p, w);
        jd.programs.push_back(std::move(prog));
    }
    if (r.ok()) c.jurisdictions[jd.code] = std::move(jd);
}

void load_paths(Reader& r, const json& root, Content& c) {
    const json* list = r.list(root, "");
    static const std::vector<std::string> ratings = {"likely", "possible", "unlikely"};
    for (size_t i = 0; list && r.ok() && i < list->size(); ++i) {
        const json& p = (*list)[i];
        std::string w = index_path("", i);
        if (!r.object(p, w, {"id", "name", "summary", "citations", "rules", "otherwise"}, {"not_at_this_stage", "not_at_this_stage_why", "cite_jurisdiction"})) return;
        PathDef d;
        d.id = r.one_of(p, "id", w, kPathIds);
        d.name = r.text(p, "name", w);
        d.summary = r.text(p, "summary", w);
        static const std::vector<std::string> cite_topics = {"deadlines", "programs", "indictment"};
        if (p.contains("cite_jurisdiction")) d.cite_jurisdiction = r.one_of(p, "cite_jurisdiction", w, cite_topics);
        d.citations = r.strs(p, "citations", w, true, nullptr, d.cite_jurisdiction.empty());
        if (p.contains("not_at_this_stage")) {
            d.not_at_this_stage = r.condition(p, "not_at_this_stage", w);
            d.not_at_this_stage_why = r.text(p, "not_at_this_stage_why", w);
        }
        if (!p["rules"].is_array()) { r.fail(join_path(w, "rules"), "expected a list"); return; }
        for (size_t k = 0; r.ok() && k < p["rules"].size(); ++k) {
            const json& rj = p["rules"][k];
            std::string wr = index_path(join_path(w, "rules"), k);
            if (!r.object(rj, wr, {"applies", "when", "why"}, {"citations"})) return;
            PathRule rule;
            rule.applies = r.one_of(rj, "applies", wr, ratings);
            rule.when = r.condition(rj, "when", wr);
            rule.why = r.text(rj, "why", wr);
            rule.citations = r.strs(rj, "citations", wr, false);
            d.rules.push_back(std::move(rule));
        }
        if (r.object(p["otherwise"], join_path(w, "otherwise"), {"why"})) d.otherwise_why = r.text(p["otherwise"], "why", join_path(w, "otherwise"));
        if (r.ok()) c.paths.push_back(std::move(d));
    }
}

void load_questions(Reader& r, const json& root, Content& c) {
    const json* list = r.list(root, "");
    std::vector<std::string> reasons = kPathIds;
    reasons.push_back("general");
    static const std::vector<std::string> cite_topics = {"deadlines", "programs", "indictment"};
    for (size_t i = 0; list && r.ok() && i < list->size(); ++i) {
        const json& q = (*list)[i];
        std::string w = index_path("", i);
        if (!r.object(q, w, {"id", "reason", "group", "weight", "when", "text", "why"}, {"citations", "cite_jurisdiction"})) return;
        QuestionDef d;
        d.id = r.str(q, "id", w);
        d.reason = r.one_of(q, "reason", w, reasons);
        d.group = r.str(q, "group", w);
        if (!q["weight"].is_number_integer() || q["weight"].get<long long>() < 1 || q["weight"].get<long long>() > 100)
            r.fail(join_path(w, "weight"), "expected a whole number from 1 to 100");
        else d.weight = static_cast<int>(q["weight"].get<long long>());
        d.when = r.condition(q, "when", w);
        d.text = r.text(q, "text", w);
        d.why = r.text(q, "why", w);
        d.citations = r.strs(q, "citations", w, false);
        if (q.contains("cite_jurisdiction")) d.cite_jurisdiction = r.one_of(q, "cite_jurisdiction", w, cite_topics);
        if (r.ok()) c.questions.push_back(std::move(d));
    }
}

template <class Def>
void load_simple_list(Reader& r, const json& root, std::vector<Def>& out, std::initializer_list<const char*> required,
                      std::initializer_list<const char*> optional, const std::function<void(const json&, const std::string&, Def&)>& fill) {
    const json* list = r.list(root, "");
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
        for (const auto& p : j.programs)
            for (const auto* list : {&p.eligibility.offenses, &p.eligibility.exclude_offenses})
                for (const auto& id : *list)
                    if (!contains(offense_ids, id))
                        return "content: jurisdictions/" + code + ".json: programs (" + p.id + "): unknown offense \"" + id + "\"";
    return "";
}

}  // namespace

ContentResult load_content(const std::vector<ContentFile>& files_in) { return load_content(files_in, ContentLoadOptions{}); }

ContentResult load_content(const std::vector<ContentFile>& files_in, const ContentLoadOptions& options) {
    std::vector<const ContentFile*> files;
    for (const auto& f : files_in) files.push_back(&f);
    std::sort(files.begin(), files.end(), [](auto* a, auto* b) { return a->path < b->path; });

    auto content = std::make_shared<Content>();
    Content& c = *content;
    std::string all_text;
    std::map<const Condition*, std::string> conditions;  // filled after all loads (vectors stop moving)
    bool have_meta = false;
    std::set<std::string> question_ids, myth_ids, dont_ids;

    for (const ContentFile* f : files) {
        all_text += f->path + "\n" + f->text + "\n";
        Reader r{f->path, ""};
        std::string dup;
        json j = parse_json(f->text, options.check_duplicate_keys ? &dup : nullptr);
        if (j.is_discarded()) return {nullptr, "content: " + f->path + ": not valid JSON (or nested deeper than 64 levels)"};
        if (!dup.empty()) return {nullptr, "content: " + f->path + ": the key \"" + dup + "\" appears twice in one object"};
        const std::string& p = f->path;
        auto under = [&](const char* dir) { return p.rfind(dir, 0) == 0 && p.find('/', std::string(dir).size()) == std::string::npos; };
        if (p == "meta.json") {
            have_meta = true;
            if (r.object(j, "", {"content_version", "reviewed", "notice"})) {
                c.version = r.str(j, "content_version", "");
                if (auto d = r.date(j, "reviewed", "", true)) c.reviewed = to_iso(*d);
                c.notice = r.text(j, "notice", "");
            }
        } else if (p == "paths.json") {
            load_paths(r, j, c);
        } else if (p == "myths.json") {
            load_simple_list<MythDef>(r, j, c.myths, {"id", "when", "myth", "text", "citations"}, {}, [&](const json& m, const std::string& w, MythDef& d) {
                d.id = r.str(m, "id", w);
                d.when = r.condition(m, "when", w);
                d.myth = r.text(m, "myth", w);
                d.text = r.text(m, "text", w);
                d.citations = r.strs(m, "citations", w);
                if (r.ok() && !myth_ids.insert(d.id).second) r.fail(join_path(w, "id"), "duplicate id \"" + d.id + "\"");
            });
        } else if (p == "dont.json") {
            load_simple_list<DontDef>(r, j, c.donts, {"id", "when", "text", "citations"}, {}, [&](const json& m, const std::string& w, DontDef& d) {
                d.id = r.str(m, "id", w);
                d.when = r.condition(m, "when", w);
                d.text = r.text(m, "text", w);
                d.citations = r.strs(m, "citations", w);
                if (r.ok() && !dont_ids.insert(d.id).second) r.fail(join_path(w, "id"), "duplicate id \"" + d.id + "\"");
            });
        } else if (p == "stages.json") {
            static const std::vector<std::string> answers = {"yes", "rarely", "no"};
            load_simple_list<StageDef>(r, j, c.stages, {"id", "name", "can_charges_be_dropped", "how"}, {}, [&](const json& m, const std::string& w, StageDef& d) {
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
            load_simple_list<FactDef>(r, j, c.facts, {"id", "group", "question", "why_we_ask", "ask_when"}, {}, [&](const json& m, const std::string& w, FactDef& d) {
                d.id = r.str(m, "id", w);
                d.group = r.one_of(m, "group", w, groups);
                d.question = r.text(m, "question", w);
                d.why_we_ask = r.text(m, "why_we_ask", w);
                d.ask_when = r.condition(m, "ask_when", w);
                if (r.ok() && !ids.insert(d.id).second) r.fail(join_path(w, "id"), "duplicate id \"" + d.id + "\"");
            });
        } else if (p == "glossary.json") {
            load_simple_list<GlossaryEntry>(r, j, c.glossary, {"term", "meaning"}, {}, [&](const json& m, const std::string& w, GlossaryEntry& d) {
                d.term = r.text(m, "term", w);
                d.meaning = r.text(m, "meaning", w);
            });
        } else if (under("questions/")) {
            size_t before = c.questions.size();
            load_questions(r, j, c);
            for (size_t i = before; r.ok() && i < c.questions.size(); ++i)
                if (!question_ids.insert(c.questions[i].id).second) r.fail(index_path("", i - before), "duplicate question id \"" + c.questions[i].id + "\"");
        } else if (under("offenses/")) {
            load_offense(r, j, c);
        } else if (under("jurisdictions/")) {
            load_jurisdiction(r, j, c);
        } else if (under("ui/")) {
            if (!j.is_object()) r.fail("", "expected an object of UI strings { \"key\": \"text\" }");
            else
                for (auto it = j.begin(); r.ok() && it != j.end(); ++it) {
                    if (c.ui.count(it.key())) { r.fail(it.key(), "this UI string is defined in two files"); break; }
                    c.ui[it.key()] = r.text_value(it.value(), it.key());
                }
        } else {
            r.fail("", "unexpected file (expected meta.json, paths.json, myths.json, dont.json, stages.json, facts.json, glossary.json, questions/, offenses/, jurisdictions/ or ui/)");
        }
        if (!r.ok()) return {nullptr, r.error};
    }
    if (!have_meta) return {nullptr, "content: meta.json: missing"};
    if (c.stages.empty()) return {nullptr, "content: stages.json: missing"};
    if (c.facts.empty()) return {nullptr, "content: facts.json: missing"};
    for (const auto& id : kPathIds) {
        bool found = false;
        for (const auto& p : c.paths) found = found || p.id == id;
        if (!found) return {nullptr, "content: paths.json: the path \"" + id + "\" is missing"};
    }
    std::sort(c.offenses.begin(), c.offenses.end(), [](auto& a, auto& b) { return a.id < b.id; });
    std::sort(c.questions.begin(), c.questions.end(), [](auto& a, auto& b) { return a.id < b.id; });

    // Paths are rated before questions, so a path's own rules cannot look at path ratings.
    std::string path_error;
    for (const auto& p : c.paths) {
        if (p.not_at_this_stage) conditions[&*p.not_at_this_stage] = "paths.json (" + p.id + ")";
        for (const auto& rule : p.rules) {
            conditions[&rule.when] = "paths.json (" + p.id + ")";
            walk_condition(rule.when, [&](const Condition& cond) {
                if (cond.kind == Condition::Kind::Path && path_error.empty())
                    path_error = "content: paths.json (" + p.id + "): a path rule cannot depend on another path's rating";
            });
        }
    }
    if (!path_error.empty()) return {nullptr, path_error};
    for (const auto& q : c.questions) conditions[&q.when] = "questions (" + q.id + ")";
    for (const auto& m : c.myths) conditions[&m.when] = "myths.json (" + m.id + ")";
    for (const auto& d : c.donts) conditions[&d.when] = "dont.json (" + d.id + ")";
    for (const auto& f : c.facts) conditions[&f.ask_when] = "facts.json (" + f.id + ")";
    std::string ref_error = check_references(c, conditions);
    if (!ref_error.empty()) return {nullptr, ref_error};

    c.sha256 = options.sha256.empty() ? sha256_hex(all_text) : options.sha256;
    return {content, ""};
}

const Content& bundled_content() {
    static const std::shared_ptr<const Content> content = [] {
        // Start-up matters in the widget: the bundle was fully checked when it was built (the
        // content_lint test loads it with every check), so skip the duplicate-key scan and use the
        // hash computed at build time.
        ContentResult r = load_content(bundled_content_files(), ContentLoadOptions{false, bundled_content_sha256()});
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
