// Content checks beyond loading: every question can be reached by some case, every generated case
// gets 10 to 15 questions with no near-duplicates, and the coverage figures for lint --stats.
#include "internal.h"

#include <algorithm>

namespace cd {
namespace {

// Builds a case that makes a condition true (or false): a small greedy solver over the rule
// language. It is a tool for lint, not for readers, so it favours clarity over completeness;
// anything it cannot satisfy is reported and a fixture can cover it instead.
struct Solver {
    const Content& content;

    bool eval(const Condition& cond, const CaseFile& c) const {
        Report r = build_report(c, content);  // paths and deadlines as the real report sees them
        EvalContext ctx{c, content, content.jurisdiction(c.jurisdiction), {}, r.deadlines};
        for (const auto& p : r.dismissal_paths) ctx.path_ratings[p.reason] = p.applies;
        return evaluate(cond, ctx).value;
    }

    bool solve(const Condition& cond, bool want, CaseFile& c, int depth = 0) const {
        if (depth > 12) return false;
        using K = Condition::Kind;
        switch (cond.kind) {
            case K::All:
            case K::Any: {
                // All-true and any-false need every child to take the wanted value; all-false and
                // any-true need just one.
                bool every = (cond.kind == K::All) == want;
                if (every) {
                    for (const auto& ch : cond.children)
                        if (!solve(ch, want, c, depth + 1)) return false;
                    return true;
                }
                for (const auto& ch : cond.children) {
                    CaseFile copy = c;
                    if (solve(ch, want, copy, depth + 1) && eval(cond, copy) == want) { c = copy; return true; }
                }
                return false;
            }
            case K::Not: return solve(cond.children[0], !want, c, depth + 1);
            case K::Fact: {
                for (const char* v : {"yes", "no", "unknown"})
                    if (contains(cond.values, v) == want) {
                        Tri t = *parse_tri(v);
                        if (t == Tri::Unknown) c.facts.erase(cond.key);
                        else c.facts[cond.key] = t;
                        return true;
                    }
                return false;
            }
            case K::Offense:
            case K::OffenseTag: {
                for (const auto& o : content.offenses) {
                    bool hit = cond.kind == K::Offense ? contains(cond.values, o.id)
                                                       : std::any_of(o.tags.begin(), o.tags.end(), [&](auto& t) { return contains(cond.values, t); });
                    if (hit == want) { c.charges[0].offense = o.id; c.charges.resize(1); return true; }
                }
                return false;
            }
            case K::Level:
                for (const auto& l : kLevels)
                    if (contains(cond.values, l) == want) { for (auto& ch : c.charges) ch.level = l; return true; }
                return false;
            case K::Stage:
                for (const auto& s : kStages)
                    if (contains(cond.values, s) == want) { c.stage = s; return true; }
                return false;
            case K::Custody:
                for (Tri t : {Tri::Yes, Tri::No, Tri::Unknown})
                    if (contains(cond.values, tri_name(t)) == want) { c.in_custody = t; return true; }
                return false;
            case K::DateKnown:
                if (want) c.dates[cond.key] = *parse_iso_date("2026-09-01");
                else c.dates.erase(cond.key);
                return true;
            case K::Jurisdiction:
                for (const auto& [code, j] : content.jurisdictions)
                    if (contains(cond.values, code) == want) { c.jurisdiction = code; return true; }
                return false;
            case K::DateWithin:
                if (want) {
                    c.as_of = *parse_iso_date("2026-09-01");
                    c.dates[cond.key] = add_days(*c.as_of, cond.days > 0 ? 1 : 0);
                } else {
                    c.dates.erase(cond.key);
                }
                return true;
            case K::JurisdictionHas:
            case K::DeadlineOpen:
            case K::DeadlineApplies:
            case K::DeadlinePassed: {
                if ((cond.kind == K::DeadlineOpen || cond.kind == K::DeadlineApplies) && want) {
                    // A clock that has started (an arrest, a filing) with no "today" to pass it.
                    c.as_of.reset();
                    for (const char* k : {"arrest", "complaint_filed", "arraignment"}) c.dates[k] = *parse_iso_date("2026-09-01");
                    for (const auto& k : content.charges_filed_by) c.dates.erase(k);
                }
                if (cond.kind == K::DeadlinePassed && want) {
                    // Old dates and a late "today". Charging clocks count as met once charges are
                    // filed, so first try without the filing dates.
                    c.as_of = *parse_iso_date("2030-01-01");
                    for (const char* k : {"arrest", "complaint_filed", "arraignment"}) c.dates[k] = *parse_iso_date("2026-01-05");
                    if (eval(cond, c)) return true;
                    for (const auto& k : content.charges_filed_by) c.dates[k] = *parse_iso_date("2026-01-05");
                } else if (cond.kind == K::DeadlinePassed) {
                    c.as_of.reset();
                    return true;
                }
                for (const auto& [code, j] : content.jurisdictions) {
                    CaseFile copy = c;
                    copy.jurisdiction = code;
                    if (eval(cond, copy) == want) { c = copy; return true; }
                    // A program fits with a matching charge and answers that meet its tests
                    // (eligibility.json: the first-offense test and its track's).
                    for (const auto& p : j.programs) {
                        CaseFile fit = copy;
                        if (!p.eligibility.offenses.empty()) fit.charges = {{p.eligibility.offenses[0], p.eligibility.levels.empty() ? "misdemeanor" : p.eligibility.levels[0]}};
                        solve(content.first_offense.met, true, fit, depth + 1);
                        solve(content.first_offense.failed, false, fit, depth + 1);
                        if (auto t = content.tracks.find(p.eligibility.track); t != content.tracks.end()) solve(t->second.met, true, fit, depth + 1);
                        for (const auto& f : p.eligibility.needs_facts) fit.facts[f] = Tri::Yes;
                        if (eval(cond, fit) == want) { c = fit; return true; }
                    }
                }
                return false;
            }
            case K::Path: {
                const PathDef* path = nullptr;
                for (const auto& p : content.paths) if (id_of(p.id) == cond.key) path = &p;
                if (!path) return false;
                for (Rating rating : {Rating::Likely, Rating::Possible, Rating::Unlikely, Rating::NotAtThisStage}) {
                    if (contains(cond.values, id_of(rating)) != want) continue;
                    std::vector<const Condition*> tries;
                    if (rating == Rating::NotAtThisStage && path->not_at_this_stage) tries.push_back(&*path->not_at_this_stage);
                    for (const auto& rule : path->rules) if (rule.applies == rating) tries.push_back(&rule.when);
                    for (const Condition* t : tries) {
                        CaseFile copy = c;
                        if (solve(*t, true, copy, depth + 1) && eval(cond, copy) == want) { c = copy; return true; }
                    }
                    if (rating == Rating::Unlikely && eval(cond, c) == want) return true;  // no rule fired
                }
                return false;
            }
        }
        return false;
    }
};

CaseFile base_case(const Content& content) {
    CaseFile c;
    c.jurisdiction = content.jurisdictions.empty() ? "US" : content.jurisdictions.begin()->first;
    c.charges = {{content.offenses.empty() ? "" : content.offenses.front().id, "misdemeanor"}};
    c.stage = "pre_trial";
    return c;
}

// Counts a prose field for the language figures; a field without Spanish is listed by owner.
void count_text(const Text& t, LintStats& s, const std::string& owner) {
    if (t.by_lang.empty()) return;  // an optional field that is absent
    ++s.prose_fields;
    for (const auto& [lang, v] : t.by_lang) if (!v.empty()) ++s.translated[lang];
    if (!t.has("es")) push_unique(s.missing["es"], owner);
}

void count_translations(const Content& content, LintStats& s) {
    for (const auto& [code, j] : content.jurisdictions) {
        std::string owner = "jurisdictions/" + code + ".json";
        count_text(j.name, s, owner);
        count_text(j.indictment.summary, s, owner);
        for (const auto& d : j.deadlines) { count_text(d.summary, s, owner); count_text(d.caveat, s, owner); }
        for (const auto& p : j.programs) { count_text(p.name, s, owner); count_text(p.summary, s, owner); count_text(p.excludes, s, owner); }
        for (const auto& county : j.counties)
            for (const auto& p : county.programs) {
                const std::string cowner = "counties/" + code + ".json";
                count_text(p.name, s, cowner); count_text(p.summary, s, cowner); count_text(p.excludes, s, cowner); count_text(p.runs_it, s, cowner);
            }
    }
    for (const auto& o : content.offenses) {
        std::string owner = "offenses/" + o.id + ".json";
        count_text(o.name, s, owner);
        count_text(o.plain_english, s, owner);
        for (const auto* v : {&o.elements, &o.typical_evidence, &o.weak_points, &o.collateral_consequences})
            for (const auto& t : *v) count_text(t, s, owner);
    }
    for (const auto& q : content.questions) { count_text(q.text, s, "question " + q.id); count_text(q.why, s, "question " + q.id); }
    for (const auto& p : content.paths) {
        std::string owner = "paths.json (" + std::string(id_of(p.id)) + ")";
        for (const Text* t : {&p.name, &p.summary, &p.not_at_this_stage_why, &p.otherwise_why}) count_text(*t, s, owner);
        for (const auto& r : p.rules) count_text(r.why, s, owner);
    }
    for (const auto& m : content.myths) { count_text(m.myth, s, "myths.json (" + m.id + ")"); count_text(m.text, s, "myths.json (" + m.id + ")"); }
    for (const auto& d : content.donts) count_text(d.text, s, "dont.json (" + d.id + ")");
    for (const auto& u : content.urgent) count_text(u.text, s, "urgent.json (" + u.id + ")");
    for (const auto& st : content.stages) { count_text(st.name, s, "stages.json (" + st.id + ")"); count_text(st.how, s, "stages.json (" + st.id + ")"); }
    for (const auto& f : content.facts) { count_text(f.question, s, "facts.json (" + f.id + ")"); count_text(f.why_we_ask, s, "facts.json (" + f.id + ")"); }
    for (const auto& g : content.glossary) { count_text(g.term, s, "glossary.json (" + g.term.get("en") + ")"); count_text(g.meaning, s, "glossary.json (" + g.term.get("en") + ")"); }
    for (const auto& [k, t] : content.ui) count_text(t, s, "ui: " + k);
    count_text(content.notice, s, "meta.json (notice)");
}

}  // namespace

std::vector<std::string> lint_content(const Content& content, LintStats* stats) {
    std::vector<std::string> problems;
    Solver solver{content};

    // 1. Every question is reachable: some case makes its rule true and the report then asks it.
    // The solver starts from a few quiet cases (every fact "no", or every fact unknown) so that the
    // question is not crowded out by others the starting case alone would trigger.
    // Several starting points (jurisdiction and offense) make the check independent of which
    // file happens to sort first.
    std::vector<CaseFile> bases;
    std::vector<std::string> codes = {base_case(content).jurisdiction}, offenses = {base_case(content).charges[0].offense};
    if (content.jurisdiction("US")) push_unique(codes, "US");
    if (content.offense("disorderly_conduct")) push_unique(offenses, "disorderly_conduct");
    for (const auto& code : codes)
        for (const auto& offense : offenses)
            for (Tri fill : {Tri::No, Tri::Unknown}) {
                CaseFile b = base_case(content);
                b.jurisdiction = code;
                b.charges[0].offense = offense;
                if (fill == Tri::No)
                    for (const auto& f : content.facts) b.facts[f.id] = Tri::No;
                bases.push_back(b);
            }
    for (const auto& q : content.questions) {
        bool built = false, asked = false;
        for (size_t i = 0; i < bases.size() && !asked; ++i) {
            CaseFile c = bases[i];
            if (!solver.solve(q.when, true, c) || !solver.eval(q.when, c)) continue;
            built = true;
            Report r = build_report(c, content);
            asked = std::any_of(r.questions.begin(), r.questions.end(), [&](auto& a) { return a.id == q.id; });
        }
        if (!built) {
            problems.push_back("questions (" + q.id + "): no case could be built that makes its rule true");
            continue;
        }
        if (!asked) problems.push_back("questions (" + q.id + "): its rule can be true, but it was not among the questions asked for the case built for it (raise its weight or narrow its rule)");
        if (q.reason && q.citations.empty() && q.cite_jurisdiction.empty())
            problems.push_back("questions (" + q.id + "): a question tied to a path to dismissal needs a citation");
    }

    // 1b. Every "do not wait" rule can fire: some case makes it true and the bottom line shows it.
    for (const auto& u : content.urgent) {
        bool shown = false;
        for (size_t i = 0; i < bases.size() && !shown; ++i) {
            CaseFile c = bases[i];
            if (!solver.solve(u.when, true, c)) continue;
            Report r = build_report(c, content);
            shown = std::any_of(r.summary.urgent.begin(), r.summary.urgent.end(), [&](auto& x) { return x.id == u.id; });
        }
        if (!shown) problems.push_back("urgent.json (" + u.id + "): no case could be built that shows it");
    }

    // 2. Generated cases: every jurisdiction with every offense at two stages and levels.
    int generated = 0;
    for (const auto& [code, j] : content.jurisdictions)
        for (const auto& o : content.offenses)
            for (const char* stage : {"arraignment", "trial"}) {
                CaseFile c;
                c.jurisdiction = code;
                c.charges = {{o.id, o.usual_levels.empty() ? "unknown" : o.usual_levels.back()}};
                c.stage = stage;
                Report r = build_report(c, content);
                ++generated;
                std::vector<std::string> ids;
                for (const auto& q : r.questions) push_unique(ids, q.id);
                if (r.questions.size() < 10 || r.questions.size() > 15 || ids.size() != r.questions.size()) {
                    problems.push_back("generated case " + code + "/" + o.id + "/" + stage + ": " + std::to_string(r.questions.size()) + " questions (expected 10 to 15, no repeats)");
                    if (problems.size() > 40) return problems;
                }
            }
    (void)generated;

    if (stats) {
        LintStats& s = *stats;
        s.jurisdictions = static_cast<int>(content.jurisdictions.size());
        s.offenses = static_cast<int>(content.offenses.size());
        s.questions = static_cast<int>(content.questions.size());
        for (const auto& [code, j] : content.jurisdictions) {
            bool has_trial = false;
            for (const auto& d : j.deadlines) has_trial = has_trial || d.kind == DeadlineKind::Trial;
            if (has_trial && j.indictment.required.has_value()) ++s.jurisdictions_complete;
            s.deadlines += static_cast<int>(j.deadlines.size());
            s.programs += static_cast<int>(j.programs.size());
            ++s.facts_total;
            s.facts_verified += j.indictment.prov.verified;
            for (const auto& d : j.deadlines) {
                ++s.facts_total;
                s.facts_verified += d.prov.verified;
                auto& by = s.clocks_by_trigger[d.from_first.empty() ? d.from.front() : d.from_first.front()];
                ++by.first;
                by.second += d.trigger_exact;
                s.clocks_trigger_unread += d.trigger_law.empty();
            }
            for (const auto& p : j.programs) { ++s.facts_total; s.facts_verified += p.prov.verified; }
            for (const auto& county : j.counties) {
                ++s.counties;
                for (const auto& p : county.programs) { ++s.county_programs; s.county_programs_verified += p.prov.verified; }
            }
        }
        for (const auto& [code, j] : content.jurisdictions) {
            if (j.statutes.empty()) {
                if (!content.statute_coverage.empty()) s.statute_gaps[code] = {"(no statutes file)"};
                s.statute_groups += static_cast<int>(content.statute_coverage.size());
                continue;
            }
            ++s.statute_jurisdictions;
            for (const auto& st : j.statutes) { ++s.statutes; s.statutes_verified += st.prov.verified; }
            for (const auto& group : content.statute_coverage) {
                ++s.statute_groups;
                bool met = false;
                for (const auto& st : j.statutes) met = met || contains(group, st.offense);
                if (met) { ++s.statute_groups_covered; continue; }
                std::string name;
                for (const auto& id : group) name += (name.empty() ? "" : "/") + id;
                s.statute_gaps[code].push_back(name);
            }
        }
        count_translations(content, s);
        s.ui_strings = static_cast<int>(content.ui.size());
    }
    return problems;
}

}  // namespace cd
