// build_report: the one place where findings are made. Order matters: deadlines first (paths and
// questions may look at them), then the seven paths (questions may look at their ratings), then
// questions, myths and warnings. Everything legal comes from the content; this file only
// evaluates, computes dates and ranks.
#include "internal.h"

#include <algorithm>

namespace cd {
namespace {

const std::string& tr(const Content& content, const char* key, const std::string& lang) { return content.ui_text(key, lang); }


// Which date a clock runs from (content.h, DeadlineRule): the first known of `from_first`, else
// the latest known of `from` (the earliest with from_earliest); then moved to a later known date
// of `not_before`.
std::optional<std::pair<std::string, Date>> trigger_date(const DeadlineRule& rule, const CaseFile& c) {
    std::optional<std::pair<std::string, Date>> best;
    for (const auto& key : rule.from_first) {
        auto it = c.dates.find(key);
        if (it != c.dates.end()) { best = {key, it->second}; break; }
    }
    if (!best)
        for (const auto& key : rule.from) {
            auto it = c.dates.find(key);
            if (it == c.dates.end()) continue;
            const bool better = !best || (rule.from_earliest ? it->second < best->second : best->second < it->second);
            if (better) best = {key, it->second};
        }
    if (best)
        for (const auto& key : rule.not_before) {
            auto it = c.dates.find(key);
            if (it != c.dates.end() && best->second < it->second) best = {key, it->second};
        }
    return best;
}

// "met" when a charging clock was satisfied by the charges the reader says were filed in time;
// "passed" or "upcoming" against the reader's as_of date. A trial clock is only judged before
// trial: once trial has started we cannot tell from the dates whether it started in time.
DeadlineStatus deadline_status(const DeadlineRule& rule, Date due, const CaseFile& c, const Content& content) {
    if (rule.kind == DeadlineKind::Charging)
        for (const std::string& key : content.charges_filed_by) {  // clocks.json: the filings that meet it
            auto it = c.dates.find(key);
            if (it != c.dates.end() && !(due < it->second)) return DeadlineStatus::Met;
        }
    if (!c.as_of) return DeadlineStatus::Unknown;
    if (rule.kind == DeadlineKind::Trial && (c.stage == "trial" || c.stage == "after_conviction")) return DeadlineStatus::Unknown;
    return due < *c.as_of ? DeadlineStatus::Passed : DeadlineStatus::Upcoming;
}

std::vector<Deadline> compute_deadlines(const CaseFile& c, const Content& content, const Jurisdiction* j, const std::string& lang) {
    std::vector<Deadline> out;
    if (!j) return out;
    bool some_level_unknown = std::any_of(c.charges.begin(), c.charges.end(), [](const Charge& ch) { return ch.level == "unknown"; });
    for (const auto& rule : j->deadlines) {
        Deadline d;
        bool level_match = false;
        for (const auto& ch : c.charges) level_match = level_match || contains(rule.levels, ch.level);
        if (!level_match && !some_level_unknown) continue;
        std::vector<std::string> conditions;  // what must also be true for the clock to apply
        // Most charges are misdemeanors or felonies: a clock covering both needs no caveat.
        bool covers_usual = contains(rule.levels, "misdemeanor") && contains(rule.levels, "felony");
        if (!level_match && !covers_usual) {
            std::string levels;
            for (size_t i = 0; i < rule.levels.size(); ++i)
                levels += (i ? (i + 1 == rule.levels.size() ? " " + tr(content, "report.or", lang) + " " : ", ") : "") + tr(content, ("level." + rule.levels[i]).c_str(), lang);
            conditions.push_back(tr(content, "deadline.if_level", lang) + " " + levels);
        }
        if (rule.custody == "in_custody") {
            if (c.in_custody == Tri::No) continue;
            if (c.in_custody == Tri::Unknown) conditions.push_back(tr(content, "deadline.if_in_custody", lang));
        } else if (rule.custody == "not_in_custody") {
            if (c.in_custody == Tri::Yes) continue;
            if (c.in_custody == Tri::Unknown) conditions.push_back(tr(content, "deadline.if_not_in_custody", lang));
        }
        auto trig = trigger_date(rule, c);
        // A rule that changed: pick the version in force when the clock started, or, before it
        // has started, when the case began (the earliest date we know). With no date at all, show
        // only the current rule.
        std::optional<Date> started = trig ? std::optional<Date>(trig->second) : std::nullopt;
        if (!started)
            for (const auto& [key, when] : c.dates)
                if (key != kCourtDate && (!started || when < *started)) started = when;  // a court date to come starts nothing
        if (started) {
            if (rule.effective_from && *started < *rule.effective_from) continue;
            if (rule.effective_until && !(*started < *rule.effective_until)) continue;
        } else if (rule.effective_until) {
            continue;
        }
        d.id = rule.id;
        d.kind = rule.kind;
        d.days = rule.days;
        d.months = rule.months;
        d.from = trig ? trig->first : (rule.from_first.empty() ? rule.from.front() : rule.from_first.front());
        d.trigger_law = rule.trigger_law;
        d.trigger_exact = rule.trigger_exact;
        d.remedy = rule.remedy;
        d.demand_required = rule.demand_required;
        d.summary = rule.summary.get(lang);
        d.caveat = rule.caveat.get(lang);
        d.citation = rule.prov.citation;
        d.source = rule.prov.source;
        d.verified = rule.prov.verified;
        for (size_t i = 0; i < conditions.size(); ++i) d.applies_if += (i ? "; " : "") + conditions[i];
        bool demand_missing = rule.demand_required && !c.dates.count(kSpeedyTrialDemand);
        // A length not yet checked against the law's text is never shown as if certain: no number,
        // no date; the report names the rule and sends the reader to their lawyer.
        if (!rule.prov.verified && (rule.days || rule.months)) {
            d.days.reset();
            d.months.reset();
            d.length_unchecked = true;
        }
        if (trig && (d.days || d.months) && !demand_missing) {
            d.due = d.days ? add_days(trig->second, *d.days) : add_months(trig->second, *d.months);
            d.status = deadline_status(rule, *d.due, c, content);
        }
        out.push_back(std::move(d));
    }
    // Stable, readable order: trial clocks first, then charging, then release; earliest due first.
    auto rank = [](DeadlineKind k) { return static_cast<int>(k); };  // the enum is in this order
    std::stable_sort(out.begin(), out.end(), [&](const Deadline& a, const Deadline& b) {
        if (rank(a.kind) != rank(b.kind)) return rank(a.kind) < rank(b.kind);
        if (a.due.has_value() != b.due.has_value()) return a.due.has_value();
        if (a.due && b.due && !(*a.due == *b.due)) return *a.due < *b.due;
        return a.id < b.id;
    });
    return out;
}

std::vector<std::string> jurisdiction_citations(const Jurisdiction* j, const std::string& topic, const std::vector<Deadline>& deadlines) {
    std::vector<std::string> out;
    if (!j) return out;
    if (topic == "deadlines") for (const auto& d : deadlines) push_unique(out, d.citation);
    if (topic == "programs") for (const auto& p : j->programs) push_unique(out, p.prov.citation);  // the state's: a county's shows with its program
    if (topic == "indictment") push_unique(out, j->indictment.prov.citation);
    return out;
}

int rating_bonus(Rating rating) {
    switch (rating) {
        case Rating::Likely: return 20;
        case Rating::Possible: return 10;
        case Rating::Unlikely: return -5;
        case Rating::NotAtThisStage: return -15;
    }
    return 0;
}

// Picks 10 to 15 questions: ranked by weight plus how strongly their path applies, one per
// near-duplicate group, every path rated likely or possible covered by at least one question.
std::vector<AttorneyQuestion> select_questions(const EvalContext& ctx, const std::string& lang) {
    constexpr size_t kMax = 15, kMin = 10, kGenericCutoff = 12;
    constexpr int kGenericScore = 40;
    const Content& content = ctx.content;
    std::vector<AttorneyQuestion> candidates;
    for (const auto& q : content.questions) {
        EvalResult e = evaluate(q.when, ctx);
        if (!e.value) continue;
        AttorneyQuestion a;
        a.id = q.id;
        a.text = q.text.get(lang);
        a.why = q.why.get(lang);
        a.reason = q.reason;
        a.because = e.because;
        if (a.because.empty()) a.because.push_back("stage:" + ctx.c.stage);
        a.citations = q.citations;
        for (const auto& cit : jurisdiction_citations(ctx.jurisdiction, q.cite_jurisdiction, ctx.deadlines)) push_unique(a.citations, cit);
        auto it = q.reason ? ctx.path_ratings.find(*q.reason) : ctx.path_ratings.end();
        a.score = q.weight + (it == ctx.path_ratings.end() ? 0 : rating_bonus(it->second));
        // "Asked first when ..." (say, getting a lawyer when the reader has none): above any score.
        if (q.first_when && evaluate(*q.first_when, ctx).value) a.score += 1000;
        candidates.push_back(std::move(a));
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const AttorneyQuestion& a, const AttorneyQuestion& b) {
        return a.score != b.score ? a.score > b.score : a.id < b.id;
    });
    auto group_of = [&](const std::string& id) -> const std::string& {
        for (const auto& q : content.questions) if (q.id == id) return q.group;
        static const std::string none;
        return none;
    };
    std::vector<AttorneyQuestion> chosen;
    std::vector<std::string> groups;
    auto take = [&](const AttorneyQuestion& a) {
        chosen.push_back(a);
        groups.push_back(group_of(a.id));
    };
    for (const auto& a : candidates) {
        if (chosen.size() >= kMax) break;
        if (contains(groups, group_of(a.id))) continue;
        if (a.score < kGenericScore && chosen.size() >= kGenericCutoff) continue;
        take(a);
    }
    // Coverage: a path that may apply gets at least one question, replacing the weakest question
    // whose own reason is already covered (or general).
    // In the order of the paths' ids, as text: the order the questions were always chosen in.
    std::vector<std::pair<PathId, Rating>> rated_paths(ctx.path_ratings.begin(), ctx.path_ratings.end());
    std::sort(rated_paths.begin(), rated_paths.end(), [](const auto& a, const auto& b) { return std::string_view(id_of(a.first)) < id_of(b.first); });
    for (const auto& rated : rated_paths) {
        const PathId path = rated.first;
        if (!may_apply(rated.second)) continue;
        bool covered = std::any_of(chosen.begin(), chosen.end(), [&](const AttorneyQuestion& a) { return a.reason == path; });
        if (covered) continue;
        const AttorneyQuestion* best = nullptr;
        for (const auto& a : candidates)
            if (a.reason == path && !contains(groups, group_of(a.id))) { best = &a; break; }
        if (!best) continue;
        if (chosen.size() < kMax) { take(*best); continue; }
        for (size_t i = chosen.size(); i-- > 0;) {
            const std::optional<PathId> r = chosen[i].reason;
            size_t same = std::count_if(chosen.begin(), chosen.end(), [&](const AttorneyQuestion& a) { return a.reason == r; });
            if (!r || same > 1) {  // a general question, or one of several for its path
                chosen.erase(chosen.begin() + static_cast<long>(i));
                groups.erase(groups.begin() + static_cast<long>(i));
                take(*best);
                break;
            }
        }
    }
    std::stable_sort(chosen.begin(), chosen.end(), [](const AttorneyQuestion& a, const AttorneyQuestion& b) {
        return a.score != b.score ? a.score > b.score : a.id < b.id;
    });
    (void)kMin;  // the content guarantees at least kMin applicable questions; lint proves it
    return chosen;
}

// The soonest clock still to be met, as one plain sentence with its date in words.
std::optional<NextDeadline> next_deadline(const std::vector<Deadline>& deadlines, const CaseFile& c, const Content& ct, const std::string& lang) {
    const Deadline* best = nullptr;
    for (const auto& d : deadlines) {
        if (d.status == DeadlineStatus::Met || !d.due) continue;
        if (!best || *d.due < *best->due) best = &d;
    }
    if (!best)  // no date yet: the first clock with a number, so the reader learns what date we need
        for (const auto& d : deadlines)
            if (d.status != DeadlineStatus::Met && (d.days || d.months)) { best = &d; break; }
    if (!best) return std::nullopt;
    NextDeadline n;
    n.id = best->id;
    n.kind = best->kind;
    n.due = best->due;
    n.status = best->status;
    const std::string kind = ct.ui_text(std::string("kind.") + id_of(best->kind), lang);
    if (best->due) {
        if (c.as_of) n.days_left = best->due->days - c.as_of->days;
        n.text = fill_template(ct.ui_text("summary.next_due", lang), {{"kind", kind}, {"date", date_for_reader(*best->due, c.as_of, lang, ct)}});
        if (!best->applies_if.empty()) n.text += " (" + best->applies_if + ")";
        n.text += " " + ct.ui_text("remedy." + best->remedy, lang) + ".";
        if (best->status == DeadlineStatus::Passed) n.text += " " + ct.ui_text("summary.next_passed", lang);
    } else if (best->demand_required && !c.dates.count(kSpeedyTrialDemand)) {
        n.text = kind + ": " + ct.ui_text("report.demand_needed", lang);
    } else {
        n.text = fill_template(ct.ui_text("summary.next_no_date", lang), {{"kind", kind}, {"date", ct.ui_text("date." + best->from, lang)}});
    }
    return n;
}

// The bottom line: chosen from the findings, never adding one.
Summary build_summary(const Report& r, const EvalContext& ctx, const std::string& lang) {
    const Content& ct = ctx.content;
    Summary s;
    for (Rating rating : {Rating::Likely, Rating::Possible})
        for (const auto& p : r.dismissal_paths)
            if (p.applies == rating && s.paths.size() < 3) s.paths.push_back({p.reason, p.applies, p.name, p.why});
    s.next_deadline = next_deadline(r.deadlines, ctx.c, ct, lang);
    for (const auto& u : ct.urgent) {
        EvalResult e = evaluate(u.when, ctx);
        if (e.value) s.urgent.push_back({u.id, u.text.get(lang), e.because, u.citations});
    }
    // The headline names the strongest paths only: the likely ones, or else the possible ones.
    const bool any_likely = !s.paths.empty() && s.paths.front().applies == Rating::Likely;
    std::string names;
    for (const auto& p : s.paths)
        if (p.applies == s.paths.front().applies) names += (names.empty() ? "" : "; ") + p.name;
    if (r.stage.can_charges_be_dropped == "no") s.headline = ct.ui_text("summary.headline.after_conviction", lang);
    else if (s.paths.empty()) s.headline = ct.ui_text("summary.headline.none", lang);
    else s.headline = fill_template(ct.ui_text(any_likely ? "summary.headline.likely" : "summary.headline.possible", lang), {{"paths", names}});
    if (r.stage.can_charges_be_dropped == "rarely") s.headline += " " + ct.ui_text("summary.headline.rarely", lang);
    return s;
}

}  // namespace

std::string program_fit(const Program& p, const CaseFile& c, const Content& content) {
    const ProgramEligibility& e = p.eligibility;
    bool any_charge = false, level_unsure = false;
    for (const auto& ch : c.charges) {
        if (!e.offenses.empty() && !contains(e.offenses, ch.offense)) continue;
        if (contains(e.exclude_offenses, ch.offense)) continue;
        if (!e.levels.empty() && !contains(e.levels, ch.level)) {
            if (ch.level != "unknown") continue;
            level_unsure = true;
        }
        any_charge = true;
    }
    if (!any_charge) return "no";
    // The tests themselves are content (eligibility.json): which answers meet a first-offense rule
    // or a track (drug, veteran, ...), and which rule it out. Neither is "maybe".
    EvalContext ctx{c, content, content.jurisdiction(c.jurisdiction), {}, {}};
    auto met = [&](const EligibilityTest& t) { return evaluate(t.met, ctx).value; };
    auto failed = [&](const EligibilityTest& t) { return evaluate(t.failed, ctx).value; };
    bool unsure = level_unsure;
    if (e.first_offense == "required") {
        if (failed(content.first_offense)) return "no";
        if (!met(content.first_offense)) unsure = true;
    } else if (e.first_offense == "preferred") {
        if (!met(content.first_offense)) unsure = true;
    }
    auto track = content.tracks.find(e.track);  // the loader guarantees it exists
    if (track != content.tracks.end()) {
        if (met(track->second)) {
        } else if (failed(track->second)) {
            return "no";
        } else {
            unsure = true;
        }
    }
    for (const auto& f : e.needs_facts)
        if (c.fact(f) != Tri::Yes) unsure = true;  // never "no": see ProgramEligibility::needs_facts
    if (p.local_discretion) unsure = true;  // the county's prosecutor decides: never "fits" as of right
    if (!p.prov.verified) unsure = true;    // rules not checked against their text: never "fits" as if certain
    return unsure ? "maybe" : "yes";
}

Report build_report(const CaseFile& c, const Content& content) {
    Report r;
    const std::string& lang = c.lang;
    r.lang = lang;
    r.input = c;
    r.content_version = content.version;
    r.content_sha256 = content.sha256;
    r.as_of = c.as_of;
    r.notice = content.notice.get(lang);

    const Jurisdiction* j = content.jurisdiction(c.jurisdiction);
    r.jurisdiction.code = c.jurisdiction;
    if (j) {
        r.jurisdiction.name = j->name.get(lang);
        r.jurisdiction.felony_indictment_required = j->indictment.required;
        r.jurisdiction.indictment_summary = j->indictment.summary.get(lang);
        r.jurisdiction.citation = j->indictment.prov.citation;
        r.jurisdiction.indictment_verified = j->indictment.prov.verified;
        r.jurisdiction.reviewed = j->reviewed;
        auto add = [&](const Program& p, const std::string& county_name) {
            r.jurisdiction.programs.push_back({p.id, p.kind, p.name.get(lang), p.summary.get(lang), p.prov.citation, county_name,
                                               p.runs_it.get(lang), program_fit(p, c, content), p.prov.verified, p.local_discretion});
        };
        for (const auto& p : j->programs) add(p, "");
        if (const County* county = c.county.empty() ? nullptr : j->county(c.county)) {  // the same order as case_programs
            r.jurisdiction.county = county->name;
            for (const auto& p : county->programs) add(p, county->name);
        }
    } else {
        r.jurisdiction.name = c.jurisdiction;
        r.warnings.push_back(tr(content, "warning.no_jurisdiction_content", lang));
    }

    for (const auto& ch : c.charges) {
        const Offense* o = content.offense(ch.offense);
        if (!o) continue;  // parse_case_file guarantees this; a hand-built CaseFile may not
        ChargeReport cr;
        cr.offense = o->id;
        cr.name = o->name.get(lang);
        cr.level = ch.level;
        cr.counts = ch.counts;
        cr.plain_english = o->plain_english.get(lang);
        for (const auto& t : o->elements) cr.elements.push_back(t.get(lang));
        for (const auto& t : o->typical_evidence) cr.typical_evidence.push_back(t.get(lang));
        for (const auto& t : o->weak_points) cr.weak_points.push_back(t.get(lang));
        for (const auto& t : o->collateral_consequences) cr.collateral_consequences.push_back(t.get(lang));
        cr.citations = o->citations;
        r.charges.push_back(std::move(cr));
    }

    EvalContext ctx{c, content, j, {}, compute_deadlines(c, content, j, lang)};
    r.deadlines = ctx.deadlines;

    for (const auto& p : content.paths) {
        DismissalPath dp;
        dp.reason = p.id;
        dp.name = p.name.get(lang);
        dp.citations = p.citations;
        for (const auto& cit : jurisdiction_citations(j, p.cite_jurisdiction, ctx.deadlines)) push_unique(dp.citations, cit);
        bool decided = false;
        if (p.not_at_this_stage) {
            EvalResult e = evaluate(*p.not_at_this_stage, ctx);
            if (e.value) {
                dp.applies = Rating::NotAtThisStage;
                dp.why = p.not_at_this_stage_why.get(lang);
                dp.because = e.because;
                decided = true;
            }
        }
        for (size_t i = 0; !decided && i < p.rules.size(); ++i) {
            EvalResult e = evaluate(p.rules[i].when, ctx);
            if (!e.value) continue;
            dp.applies = p.rules[i].applies;
            dp.why = p.rules[i].why.get(lang);
            dp.because = e.because;
            for (const auto& cit : p.rules[i].citations) push_unique(dp.citations, cit);
            decided = true;
        }
        if (!decided) {
            dp.applies = Rating::Unlikely;
            dp.why = p.otherwise_why.get(lang);
        }
        ctx.path_ratings[p.id] = dp.applies;
        r.dismissal_paths.push_back(std::move(dp));
    }

    r.questions = select_questions(ctx, lang);

    for (const auto& m : content.myths)
        if (evaluate(m.when, ctx).value) r.myths.push_back({m.id, m.myth.get(lang), m.text.get(lang), m.citations});
    for (const auto& d : content.donts)
        if (evaluate(d.when, ctx).value) r.dont_make_it_worse.push_back(d.text.get(lang));

    if (const StageDef* s = content.stage(c.stage)) {
        r.stage = {s->id, s->name.get(lang), s->can_charges_be_dropped, s->how.get(lang), 0};
        for (size_t i = 0; i < content.stages.size(); ++i)
            if (content.stages[i].id == s->id) r.stage.index = static_cast<int>(i);
    }

    for (const auto& d : r.deadlines)
        if (!d.verified) { r.warnings.push_back(tr(content, "warning.unverified_deadlines", lang)); break; }
    for (const auto& w : content.clock_warnings)  // clocks.json: "a waiver or a delay you asked for pauses these clocks"
        if (evaluate(w.when, ctx).value) r.warnings.push_back(content.ui_text(w.id, lang));
    r.summary = build_summary(r, ctx, lang);
    return r;
}

}  // namespace cd
