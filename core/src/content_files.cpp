// Each kind of content file read into the Content: offenses, jurisdictions (clocks, programs),
// paths, questions, and the lists (myths, what not to do, urgent, eligibility, clocks, stages,
// facts, glossary, UI strings). What each key may hold is documented in assets/README.md.
#include "content_reader.h"

#include <algorithm>

namespace cd::content_load {
namespace {

// The levels a rule, a program or a statute names (a charge's "unknown" is not one).
const std::vector<std::string> kRuleLevels = {"infraction", "misdemeanor", "felony"};

void load_offense(Reader& r, const JsonView& j, Content& c) {
    if (!r.object(j, "", {"id", "name", "synonyms", "tags", "usual_levels", "plain_english", "elements", "typical_evidence",
                          "weak_points", "collateral_consequences", "citations"}, {"search_terms"})) return;
    Offense o;
    o.id = r.str(j, "id", "");
    o.name = r.text(j, "name", "");
    o.synonyms = r.strs(j, "synonyms", "");
    o.search_terms = r.strs(j, "search_terms", "", false);
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

// statutes/XX.json: the section numbers on paperwork, attached to jurisdiction XX (loaded before:
// files load in path order, and offenses/ and jurisdictions/ sort before statutes/).
void load_statutes(Reader& r, const JsonView& j, Content& c) {
    if (!r.object(j, "", {"jurisdiction", "reviewed", "statutes"}, {"prefixes", "degrees"})) return;
    const std::string code = r.one_of(j, "jurisdiction", "", kJurisdictionCodes);
    if (r.ok() && r.file != "statutes/" + code + ".json") { r.fail("jurisdiction", "\"" + code + "\" does not match the file name"); return; }
    auto it = c.jurisdictions.find(code);
    if (r.ok() && it == c.jurisdictions.end()) { r.fail("jurisdiction", "no jurisdictions/" + code + ".json for these statutes"); return; }
    if (!r.ok()) return;
    Jurisdiction& jd = it->second;
    if (auto d = r.date(j, "reviewed", "", true)) jd.statutes_reviewed = to_iso(*d);
    if (j.contains("prefixes")) jd.statute_prefixes = r.strs(j, "prefixes", "", false);
    if (j.contains("degrees")) {
        const JsonView& degrees = j["degrees"];
        if (!degrees.is_array()) r.fail("degrees", "expected a list");
        for (size_t i = 0; r.ok() && i < degrees.size(); ++i) {
            const std::string w = index_path("degrees", i);
            if (!r.object(degrees[i], w, {"written", "level"})) break;
            jd.degrees.push_back({r.str(degrees[i], "written", w), r.one_of(degrees[i], "level", w, kRuleLevels)});
        }
    }
    std::vector<std::string> offense_ids;
    for (const auto& o : c.offenses) offense_ids.push_back(o.id);
    const JsonView& list = j["statutes"];
    if (r.ok() && !list.is_array()) r.fail("statutes", "expected a list");
    for (size_t i = 0; r.ok() && i < list.size(); ++i) {
        const JsonView& e = list[i];
        const std::string w = index_path("statutes", i);
        if (!r.object(e, w, {"offense", "section", "written", "citation", "level", "verified", "source", "reviewed"})) break;
        Statute st;
        st.offense = r.str(e, "offense", w);
        if (r.ok() && !contains(offense_ids, st.offense)) {
            const std::string near = closest(st.offense, offense_ids);
            r.fail(join_path(w, "offense"), "unknown offense \"" + st.offense + "\"" + (near.empty() ? "" : " (did you mean \"" + near + "\"?)"));
        }
        st.section = r.str(e, "section", w);
        if (r.ok() && std::none_of(st.section.begin(), st.section.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
            r.fail(join_path(w, "section"), "a section number needs a digit, got \"" + st.section + "\"");
        st.written = r.strs(e, "written", w);
        const JsonView& level = e["level"];
        if (!level.is_null()) st.level = r.one_of(e, "level", w, kRuleLevels);
        st.prov = r.provenance(e, w);
        if (r.ok()) jd.statutes.push_back(std::move(st));
    }
}

// One diversion program, of a jurisdiction or (with `county`, which may say who runs it) a county.
Program read_program(Reader& r, const JsonView& p, const std::string& w, std::set<std::string>& ids, bool county) {
    static const std::vector<std::string> first = {"required", "preferred", "not_required"};
    Program prog;
    const bool shaped = county ? r.object(p, w, {"id", "kind", "name", "summary", "eligibility", "citation", "verified", "source", "reviewed"}, {"excludes", "local_discretion", "runs_it"})
                               : r.object(p, w, {"id", "kind", "name", "summary", "eligibility", "citation", "verified", "source", "reviewed"}, {"excludes", "local_discretion"});
    if (!shaped) return prog;
    prog.id = r.str(p, "id", w);
    if (r.ok() && !ids.insert(prog.id).second) r.fail(join_path(w, "id"), "duplicate id \"" + prog.id + "\"");
    prog.kind = r.one_of(p, "kind", w, kProgramKinds);
    prog.name = r.text(p, "name", w);
    prog.summary = r.text(p, "summary", w);
    if (p.contains("excludes")) prog.excludes = r.text(p, "excludes", w);
    if (p.contains("runs_it")) prog.runs_it = r.text(p, "runs_it", w);
    prog.local_discretion = r.opt_bool(p, "local_discretion", w).value_or(false);
    const JsonView& e = p["eligibility"];
    std::string we = join_path(w, "eligibility");
    if (r.object(e, we, {}, {"offenses", "exclude_offenses", "levels", kKeyFirstOffense, "track", "needs_facts"})) {
        prog.eligibility.offenses = r.strs(e, "offenses", we, false);
        prog.eligibility.exclude_offenses = r.strs(e, "exclude_offenses", we, false);
        prog.eligibility.levels = r.strs(e, "levels", we, false, &kRuleLevels);
        if (e.contains(kKeyFirstOffense)) prog.eligibility.first_offense = r.one_of(e, kKeyFirstOffense, we, first);
        prog.eligibility.track = e.contains("track") ? r.str(e, "track", we) : std::string(kGeneralTrack);  // checked against eligibility.json later
        prog.eligibility.needs_facts = r.strs(e, "needs_facts", we, false);
    }
    prog.prov = r.provenance(p, w);
    return prog;
}

// counties/XX.json: counties of jurisdiction XX with their own programs (loaded after every
// jurisdiction: content.cpp sorts counties/ last).
void load_counties(Reader& r, const JsonView& j, Content& c) {
    if (!r.object(j, "", {"jurisdiction", "reviewed", "counties"})) return;
    const std::string code = r.str(j, "jurisdiction", "");
    if (r.ok() && r.file != "counties/" + code + ".json") { r.fail("jurisdiction", "\"" + code + "\" does not match the file name"); return; }
    auto it = c.jurisdictions.find(code);
    if (r.ok() && it == c.jurisdictions.end()) { r.fail("jurisdiction", "no jurisdictions/" + code + ".json for these counties"); return; }
    std::string reviewed;
    if (auto d = r.date(j, "reviewed", "", true)) reviewed = to_iso(*d);
    Jurisdiction& jd = it->second;
    std::set<std::string> ids;  // program ids: unique across the state's and its counties'
    for (const auto& p : jd.programs) ids.insert(p.id);
    std::set<std::string> county_ids;
    const JsonView& list = j["counties"];
    if (r.ok() && !list.is_array()) r.fail("counties", "expected a list");
    for (size_t i = 0; r.ok() && i < list.size(); ++i) {
        const JsonView& m = list[i];
        const std::string w = index_path("counties", i);
        if (!r.object(m, w, {"id", "name", "fips", "programs"}, {"population", "population_source", "note"})) break;
        County county;
        county.id = r.str(m, "id", w);
        if (r.ok() && !county_ids.insert(county.id).second) r.fail(join_path(w, "id"), "duplicate county \"" + county.id + "\"");
        county.name = r.str(m, "name", w);
        county.fips = r.str(m, "fips", w);
        if (r.ok() && (county.fips.size() != 5 || county.fips.find_first_not_of("0123456789") != std::string::npos))
            r.fail(join_path(w, "fips"), "expected five digits (the county's FIPS code), got \"" + county.fips + "\"");
        county.reviewed = reviewed;
        const JsonView& programs = m["programs"];
        if (r.ok() && !programs.is_array()) r.fail(join_path(w, "programs"), "expected a list");
        for (size_t k = 0; r.ok() && k < programs.size(); ++k) {
            Program prog = read_program(r, programs[k], index_path(join_path(w, "programs"), k), ids, true);
            if (r.ok()) county.programs.push_back(std::move(prog));
        }
        if (r.ok()) jd.counties.push_back(std::move(county));
    }
    std::sort(jd.counties.begin(), jd.counties.end(), [](const County& a, const County& b) { return a.name < b.name; });
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
    const JsonView& deadlines = j["deadlines"];
    if (!deadlines.is_array()) r.fail("deadlines", "expected a list");
    std::set<std::string> ids;
    for (size_t i = 0; r.ok() && i < deadlines.size(); ++i) {
        const JsonView& d = deadlines[i];
        std::string w = index_path("deadlines", i);
        if (!r.object(d, w, {"id", "kind", "levels", "custody", "from", "trigger", "demand_required", "remedy", "summary", "citation", "verified", "source", "reviewed"},
                      {"days", "months", "caveat", "effective_from", "effective_until", "from_first", "from_earliest", "not_before"})) break;
        DeadlineRule rule;
        rule.id = r.str(d, "id", w);
        if (r.ok() && !ids.insert(rule.id).second) r.fail(join_path(w, "id"), "duplicate id \"" + rule.id + "\"");
        rule.kind = parse_deadline_kind(r.one_of(d, "kind", w, kDeadlineKinds)).value_or(DeadlineKind::Trial);
        rule.levels = r.strs(d, "levels", w, true, &kRuleLevels, true);
        rule.custody = r.one_of(d, "custody", w, custody);
        rule.days = r.opt_count(d, "days", w);
        rule.months = r.opt_count(d, "months", w);
        if (rule.days && rule.months) r.fail(w, "give days or months, not both");
        rule.from = r.strs(d, "from", w, true, &kDateKeys, true);
        if (d.contains("from_first")) rule.from_first = r.strs(d, "from_first", w, true, &kDateKeys, true);
        if (d.contains("not_before")) rule.not_before = r.strs(d, "not_before", w, true, &kDateKeys, true);
        if (d.contains("from_earliest")) {
            if (!d["from_earliest"].is_boolean()) r.fail(join_path(w, "from_earliest"), "expected true or false");
            else rule.from_earliest = d["from_earliest"].as_bool();
        }
        {
            // The law's words for the day the clock starts, and whether `from` is exactly that day.
            const JsonView& t = d["trigger"];
            const std::string tw = join_path(w, "trigger");
            if (r.ok() && r.object(t, tw, {"law", "exact"}, {"source"})) {
                // null: the rule's words for its start were not read yet (then it cannot be exact).
                if (!t["law"].is_null()) rule.trigger_law = r.str(t, "law", tw);
                if (!t["exact"].is_boolean()) r.fail(join_path(tw, "exact"), "expected true or false");
                else rule.trigger_exact = t["exact"].as_bool();
                if (rule.trigger_law.empty() && rule.trigger_exact) r.fail(join_path(tw, "exact"), "true needs the law's words in \"law\"");
            }
        }
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
    const JsonView& programs = j["programs"];
    if (r.ok() && !programs.is_array()) r.fail("programs", "expected a list");
    for (size_t i = 0; r.ok() && i < programs.size(); ++i) {
        Program prog = read_program(r, programs[i], index_path("programs", i), ids, false);
        if (r.ok()) jd.programs.push_back(std::move(prog));
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

}  // namespace

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
    } else if (p == "search.json") {
        if (r.object(j, "", {"stop_words", "same_word", "common_first", "browse_by_tag"}, {"level_words", "statute_coverage"})) {
            c.search_stop_words = r.strs(j, "stop_words", "");
            const JsonView& same = j["same_word"];
            if (!same.is_object()) r.fail("same_word", "expected an object { \"form\": \"word\" }");
            for (auto it = same.begin(); r.ok() && it != same.end(); ++it) {
                if (!it.value().is_string()) { r.fail(join_path("same_word", std::string(it.key())), "expected text"); break; }
                c.search_same_word[std::string(it.key())] = std::string(it.value().as_text());
            }
            c.search_common_first = r.strs(j, "common_first", "");
            c.search_browse_tags = r.strs(j, "browse_by_tag", "", true, &kOffenseTags);
            if (j.contains("statute_coverage")) {
                const JsonView& groups = j["statute_coverage"];
                if (!groups.is_array()) r.fail("statute_coverage", "expected a list of offense id lists");
                std::vector<std::string> offense_ids;
                for (const auto& o : c.offenses) offense_ids.push_back(o.id);
                for (size_t i = 0; r.ok() && i < groups.size(); ++i) {
                    const std::string w = index_path("statute_coverage", i);
                    if (!groups[i].is_array() || groups[i].empty()) { r.fail(w, "expected a non-empty list of offense ids"); break; }
                    std::vector<std::string> ids;
                    for (size_t k = 0; r.ok() && k < groups[i].size(); ++k) {
                        const JsonView& id = groups[i][k];
                        if (!id.is_string() || !contains(offense_ids, id.as_text())) { r.fail(index_path(w, k), "expected an offense id"); break; }
                        ids.emplace_back(id.as_text());
                    }
                    c.statute_coverage.push_back(std::move(ids));
                }
            }
            if (j.contains("level_words")) {
                            const JsonView& lw = j["level_words"];
                if (!lw.is_object()) r.fail("level_words", "expected an object { \"level\": [\"word\", ...] }");
                for (auto it = lw.begin(); r.ok() && it != lw.end(); ++it) {
                    const std::string level(it.key());
                    if (!contains(kRuleLevels, level)) { r.fail(join_path("level_words", level), "unknown level (infraction, misdemeanor or felony)"); break; }
                    for (const auto& word : r.strs(j["level_words"], level.c_str(), "level_words")) c.search_level_words.push_back({word, level});
                }
            }
        }
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
    } else if (under("statutes/")) {
        load_statutes(r, j, c);
    } else if (under("counties/")) {
        load_counties(r, j, c);
    } else if (under("ui/")) {
        if (!j.is_object()) r.fail("", "expected an object of UI strings { \"key\": \"text\" }");
        else
            for (auto it = j.begin(); r.ok() && it != j.end(); ++it) {
                std::string key(it.key());
                if (c.ui.count(key)) { r.fail(key, "this UI string is defined in two files"); break; }
                c.ui[key] = r.text_value(it.value(), Reader::Place{key});
            }
    } else {
        r.fail("", "unexpected file (expected meta.json, paths.json, myths.json, dont.json, urgent.json, eligibility.json, clocks.json, search.json, stages.json, facts.json, glossary.json, questions/, offenses/, jurisdictions/, statutes/, counties/ or ui/)");
    }
}

}  // namespace cd::content_load
