// build_outline: the report as one ordered outline (outline.h). The order here is the order on
// screen, in print and in every download. It shows the report; it adds no findings.
#include "case_decoder/outline.h"

#include "internal.h"

namespace cd {

const char* tone_name(Tone t) {
    switch (t) {
        case Tone::Plain: return "plain";
        case Tone::Muted: return "muted";
        case Tone::Good: return "good";
        case Tone::Accent: return "accent";
        case Tone::Warning: return "warning";
        case Tone::Danger: return "danger";
    }
    return "plain";
}

const OutlineSection* ReportOutline::section(std::string_view id) const {
    for (const auto& p : parts)
        for (const auto& s : p.sections)
            if (s.id == id) return &s;
    return nullptr;
}

std::string fact_answer_in_words(const FactDef& f, Tri value, const Content& ct, const std::string& lang) {
    if (f.question_is_opposite && value != Tri::Unknown) value = value == Tri::Yes ? Tri::No : Tri::Yes;
    return ct.ui_text(std::string("answer.") + tri_name(value), lang);
}

std::string because_in_words(const std::vector<std::string>& because, const CaseFile& c, const Content& ct, const std::string& lang) {
    std::string out;
    for (const std::string& b : because) {
        const size_t colon = b.find(':');
        if (colon == std::string::npos) continue;
        const std::string kind = b.substr(0, colon), id = b.substr(colon + 1);
        std::string item;
        if (kind == "fact") {
            if (const FactDef* f = ct.fact(id)) item = "\xE2\x80\x9C" + f->question.get(lang) + "\xE2\x80\x9D " + fact_answer_in_words(*f, c.fact(id), ct, lang);
        } else if (kind == "offense") {
            if (const Offense* o = ct.offense(id)) item = o->name.get(lang);
        } else if (kind == "jurisdiction") {
            if (const Jurisdiction* j = ct.jurisdiction(id)) item = j->name.get(lang);
        } else if (kind == "stage") {
            if (const StageDef* s = ct.stage(id)) item = s->name.get(lang);
        } else if (kind == "level") {
            item = ct.ui_text("level." + id, lang);
        } else if (kind == "custody") {
            item = ct.ui_text("report.in_custody", lang) + ": " + ct.ui_text("answer." + id, lang);
        }
        if (item.empty() || out.find(item) != std::string::npos) continue;
        out += (out.empty() ? "" : "; ") + item;
    }
    return out;
}

namespace {

struct Builder {
    const Report&         r;
    const Content&        ct;
    const OutlineOptions& opt;

    const std::string& t(const std::string& key) const { return ct.ui_text(key, r.lang); }
    bool screen() const { return opt.target == OutlineFor::Screen; }

    static OutlineBlock para(std::string text, Tone tone = Tone::Plain, bool small = false) {
        OutlineBlock b;
        b.text = std::move(text);
        b.tone = tone;
        b.small = small;
        return b;
    }
    static OutlineBlock field(std::string label, std::string text, Tone tone = Tone::Plain, bool small = false) {
        OutlineBlock b = para(std::move(text), tone, small);
        b.kind = OutlineBlock::Kind::Field;
        b.label = std::move(label);
        return b;
    }
    static OutlineBlock list(std::string label, std::vector<std::string> items, bool folded = false) {
        OutlineBlock b;
        b.kind = OutlineBlock::Kind::List;
        b.label = std::move(label);
        b.items = std::move(items);
        b.folded = folded;
        return b;
    }
    OutlineBlock sources(std::vector<std::string> cites) const {
        OutlineBlock b;
        b.kind = OutlineBlock::Kind::Sources;
        b.label = t("report.sources");
        b.items = std::move(cites);
        b.small = true;
        b.tone = Tone::Muted;
        return b;
    }
    OutlineBlock because(const std::vector<std::string>& ids, const char* label_key) const {
        OutlineBlock b;
        b.kind = OutlineBlock::Kind::Because;
        b.label = t(label_key);
        b.text = because_in_words(ids, r.input, ct, r.lang);
        b.small = true;
        b.tone = Tone::Muted;
        return b;
    }
    static void add(std::vector<OutlineBlock>& to, OutlineBlock b) {
        const bool empty = b.kind == OutlineBlock::Kind::List || b.kind == OutlineBlock::Kind::Sources ? b.items.empty() : b.text.empty();
        if (!empty) to.push_back(std::move(b));
    }
    std::string date(Date d) const { return date_for_reader(d, r.as_of, r.lang, ct); }

    // ---- sections ------------------------------------------------------------------------------

    OutlineSection summary() const {
        OutlineSection s{"summary", t("summary.title"), t("summary.short"), Tone::Accent, {}, {}, false, false};
        const Summary& sum = r.summary;
        add(s.blocks, para(sum.headline));
        if (sum.next_deadline) {
            OutlineBlock b = field(t("summary.next_deadline"), sum.next_deadline->text);
            b.tone = sum.next_deadline->status == DeadlineStatus::Passed ? Tone::Danger
                     : sum.next_deadline->days_left && *sum.next_deadline->days_left <= 14 ? Tone::Warning : Tone::Plain;
            add(s.blocks, b);
        }
        std::vector<std::string> urgent;
        for (const auto& u : sum.urgent) urgent.push_back(u.text);
        OutlineBlock u = list(t("summary.urgent"), urgent);
        u.tone = Tone::Danger;
        add(s.blocks, u);
        std::vector<std::string> paths;
        for (const auto& p : sum.paths) paths.push_back(p.name + ": " + t(std::string("applies.") + id_of(p.applies)));  // why: in the paths section
        add(s.blocks, list(t("summary.paths"), paths));
        return s;
    }

    OutlineSection warnings() const {
        OutlineSection s{"warnings", t("report.warnings"), "", Tone::Warning, {}, {}, false, false};
        add(s.blocks, list("", r.warnings));
        return s;
    }

    // The reader's own answers, for the lawyer: everything they entered, in the interview's words.
    OutlineSection answers() const {
        const CaseFile& c = r.input;
        OutlineSection s{"answers", t("handoff.answers"), "", Tone::Plain, {}, {}, false, false};
        std::vector<std::string> charges;
        for (const auto& ch : r.charges)
            charges.push_back(ch.name + " (" + t("level." + ch.level) + ")" + (ch.counts > 1 ? ", " + std::to_string(ch.counts) + " " + t("report.counts") : ""));
        add(s.blocks, list(t("handoff.charges"), charges));
        add(s.blocks, field(t("handoff.where"), r.jurisdiction.county.empty() ? r.jurisdiction.name : r.jurisdiction.county + ", " + r.jurisdiction.name));
        add(s.blocks, field(t("handoff.stage"), opt.stage_answered ? r.stage.name : t("handoff.not_answered")));
        add(s.blocks, field(t("handoff.in_custody"), t(std::string("answer.") + tri_name(c.in_custody))));
        std::vector<std::string> dates;
        for (const auto& key : kDateKeys) {
            auto it = c.dates.find(key);
            if (it == c.dates.end()) continue;
            dates.push_back(t("widget.date." + key) + ": " + date(it->second));
        }
        if (dates.empty()) add(s.blocks, field(t("handoff.dates"), t("handoff.no_dates")));
        else add(s.blocks, list(t("handoff.dates"), dates));
        std::vector<std::string> facts;
        for (const auto& f : ct.facts) {
            auto it = c.facts.find(f.id);
            if (it == c.facts.end()) continue;
            facts.push_back(f.question.get(r.lang) + " " + fact_answer_in_words(f, it->second, ct, r.lang));
        }
        add(s.blocks, list(t("handoff.facts"), facts));
        return s;
    }

    OutlineSection stage() const {
        OutlineSection s{"stage", t("report.stage"), "", Tone::Plain, {}, {}, false, false};
        if (!opt.stage_answered) {
            add(s.blocks, para(t("report.stage_unknown")));
            return s;
        }
        OutlineItem it;
        it.id = r.stage.id;
        it.title = r.stage.name;
        add(it.blocks, field(t("report.can_be_dropped"), t("dropped." + r.stage.can_charges_be_dropped)));
        add(it.blocks, para(r.stage.how, Tone::Muted, true));
        s.items.push_back(std::move(it));
        return s;
    }

    OutlineSection jurisdiction() const {
        const JurisdictionInfo& j = r.jurisdiction;
        OutlineSection s{"jurisdiction", t("report.jurisdiction") + ": " + j.name, "", Tone::Plain, {}, {}, false, false};
        if (j.felony_indictment_required) {
            add(s.blocks, field(t("report.indictment"), (*j.felony_indictment_required ? t("report.indictment_required") : t("report.indictment_not_required")) + " " + j.indictment_summary));
            OutlineBlock src = sources({j.citation + (j.indictment_verified ? "" : ". " + t("report.unverified"))});
            add(s.blocks, src);
        }
        return s;
    }

    OutlineSection programs() const {
        OutlineSection s{"programs", t("report.programs"), "", Tone::Plain, {}, {}, false, false};
        for (const auto& p : r.jurisdiction.programs) {
            OutlineItem it;
            it.id = p.id;
            it.title = p.county.empty() ? p.name : p.county + ": " + p.name;
            it.badge = t("report.fits." + p.fits);
            it.badge_tone = p.fits == "yes" ? Tone::Good : p.fits == "maybe" ? Tone::Accent : Tone::Muted;
            add(it.blocks, para(p.summary));
            if (!p.runs_it.empty()) add(it.blocks, field(t("report.runs_it"), p.runs_it, Tone::Plain, true));
            if (p.local_discretion) add(it.blocks, para(t("report.local_discretion"), Tone::Plain, true));
            if (!p.verified) add(it.blocks, para(t("report.unverified"), Tone::Danger, true));
            add(it.blocks, sources({p.citation}));
            s.items.push_back(std::move(it));
        }
        return s;
    }

    OutlineSection charges() const {
        OutlineSection s{"charges", t("report.charges"), t("widget.short.charges"), Tone::Plain, {}, {}, false, false};
        for (const auto& c : r.charges) {
            OutlineItem it;
            it.id = c.offense;
            it.title = c.counts > 1 ? c.name + " \xE2\x80\x94 " + std::to_string(c.counts) + " " + t("report.counts") : c.name;
            it.badge = t("level." + c.level);
            it.badge_tone = Tone::Accent;
            if (c.counts > 1) add(it.blocks, para(t("report.counts_note"), Tone::Muted, true));
            add(it.blocks, para(c.plain_english));
            add(it.blocks, list(t("report.must_prove"), c.elements, true));
            if (!c.elements.empty()) add(it.blocks, para(t("report.elements_note"), Tone::Muted, true));
            add(it.blocks, list(t("report.weak_points"), c.weak_points, true));
            add(it.blocks, list(t("report.typical_evidence"), c.typical_evidence, true));
            add(it.blocks, list(t("report.consequences"), c.collateral_consequences, true));
            add(it.blocks, sources(c.citations));
            s.items.push_back(std::move(it));
        }
        return s;
    }

    OutlineSection paths() const {
        OutlineSection s{"paths", t("report.paths"), t("widget.short.paths"), Tone::Plain, {}, {}, false, false};
        for (const auto& p : r.dismissal_paths) {
            OutlineItem it;
            it.id = id_of(p.reason);
            it.title = p.name;
            it.badge = t(std::string("applies.") + id_of(p.applies));
            it.badge_tone = p.applies == Rating::Likely ? Tone::Good : p.applies == Rating::Possible ? Tone::Accent : Tone::Muted;
            add(it.blocks, para(p.why));
            if (may_apply(p.applies)) add(it.blocks, because(p.because, "report.because"));
            add(it.blocks, sources(p.citations));
            s.items.push_back(std::move(it));
        }
        return s;
    }

    // A clock's status in words and tone: passed, soon (14 days), later, met, no date yet.
    void deadline_status(const Deadline& d, OutlineItem& it) const {
        if (d.status == DeadlineStatus::Met) { it.badge = t("report.status.met"); it.badge_tone = Tone::Good; }
        else if (d.status == DeadlineStatus::Passed) { it.badge = t("report.status.passed"); it.badge_tone = Tone::Danger; }
        else if (d.due && r.as_of && d.due->days - r.as_of->days <= 14 && d.status == DeadlineStatus::Upcoming) { it.badge = t("report.status.soon"); it.badge_tone = Tone::Warning; }
        else if (d.due && d.status == DeadlineStatus::Upcoming) { it.badge = t("report.status.upcoming"); it.badge_tone = Tone::Accent; }
        else if (!d.due && (d.days || d.months)) { it.badge = t("report.status.no_date"); it.badge_tone = Tone::Muted; }
    }

    OutlineItem deadline_item(const Deadline& d, bool full) const {
        OutlineItem it;
        it.id = d.id;
        it.title = t(std::string("kind.") + id_of(d.kind));
        deadline_status(d, it);
        if (d.due) it.date = t("report.due") + " " + date(*d.due);
        std::string span;
        if (d.days) span = std::to_string(*d.days) + " " + t("report.days");
        else if (d.months) span = std::to_string(*d.months) + " " + t("report.months");
        if (!span.empty()) add(it.blocks, para(span + " " + t("report.from") + " " + t("date." + d.from), Tone::Muted, true));
        else if (d.length_unchecked) add(it.blocks, para(t("report.length_unchecked"), Tone::Warning));
        else add(it.blocks, para(t("report.no_fixed_deadline"), Tone::Plain));
        if (!d.due && (d.days || d.months))
            add(it.blocks, para(d.demand_required && !r.input.dates.count(kSpeedyTrialDemand) ? t("report.demand_needed")
                                                                                               : fill_template(t("report.need_date"), {{"date", t("date." + d.from)}}),
                                Tone::Plain, true));
        add(it.blocks, field(t("report.applies_if"), d.applies_if, Tone::Plain, true));
        if (full) add(it.blocks, para(d.summary));
        add(it.blocks, para(t("remedy." + d.remedy), Tone::Plain, true));
        if (full) add(it.blocks, para(d.caveat, Tone::Muted, true));
        // The law's own words for the day the clock starts; and, when no date of the case file is
        // exactly that day, a plain warning that the date above is the nearest one we have.
        if (full && !d.trigger_law.empty()) add(it.blocks, field(t("report.trigger_law"), d.trigger_law, Tone::Muted, true));
        if (!d.trigger_exact) add(it.blocks, para(fill_template(t("report.trigger_not_exact"), {{"date", t("date." + d.from)}}), Tone::Plain, true));
        if (!d.verified && !d.length_unchecked) add(it.blocks, para(t("report.unverified"), Tone::Danger, true));
        add(it.blocks, sources({d.citation}));
        return it;
    }

    OutlineSection deadlines(bool full) const {
        OutlineSection s{"deadlines", t(full ? "report.deadlines" : "handoff.deadlines"), full ? t("widget.short.deadlines") : "", Tone::Plain, {}, {}, false, false};
        if (!full) s.id = "handoff_deadlines";
        for (const auto& d : r.deadlines) s.items.push_back(deadline_item(d, full));
        if (r.deadlines.empty()) add(s.blocks, para(t("summary.no_deadline"), Tone::Muted));
        return s;
    }

    OutlineSection questions(bool full) const {
        OutlineSection s{"questions", t(full ? "report.questions" : "handoff.questions"), full ? t("widget.short.questions") : "", Tone::Plain, {}, {}, true, full && screen()};
        if (!full) s.id = "handoff_questions";
        if (full && screen()) add(s.blocks, para(t("widget.questions.hint"), Tone::Muted, true));
        for (const auto& q : r.questions) {
            OutlineItem it;
            it.id = q.id;
            it.title = q.text;
            if (full) {
                OutlineBlock why = field(t("report.why"), q.why);
                add(it.blocks, why);
            }
            add(it.blocks, because(q.because, full ? "report.because" : "handoff.chosen_because"));
            if (full) add(it.blocks, sources(q.citations));
            s.items.push_back(std::move(it));
        }
        return s;
    }

    OutlineSection myths() const {
        OutlineSection s{"myths", t("report.myths"), t("widget.short.myths"), Tone::Plain, {}, {}, false, false};
        for (const auto& m : r.myths) {
            OutlineItem it;
            it.id = m.id;
            it.title = t("report.myth") + ": \xE2\x80\x9C" + m.myth + "\xE2\x80\x9D";
            add(it.blocks, field(t("report.truth"), m.text));
            add(it.blocks, sources(m.citations));
            s.items.push_back(std::move(it));
        }
        return s;
    }

    OutlineSection dont() const {
        OutlineSection s{"dont", t("report.dont"), t("widget.short.dont"), Tone::Plain, {}, {}, false, false};
        add(s.blocks, list("", r.dont_make_it_worse));
        return s;
    }

    OutlineSection notice() const {
        OutlineSection s{"notice", t("report.notice"), "", Tone::Warning, {}, {}, false, false};
        add(s.blocks, para(r.notice));
        return s;
    }
};

bool has_content(const OutlineSection& s) { return !s.blocks.empty() || !s.items.empty(); }

}  // namespace

ReportOutline build_outline(const Report& r, const Content& ct, const OutlineOptions& opt) {
    Builder b{r, ct, opt};
    ReportOutline o;
    o.lang = r.lang;
    o.title = b.t("report.title");
    o.subtitle = r.jurisdiction.name;
    if (r.as_of) o.subtitle += " \xC2\xB7 " + b.t("report.as_of") + " " + date_in_words(*r.as_of, r.lang, ct);
    o.notice = r.notice;
    o.footer = b.t("report.content_version") + ": " + r.content_version + " (" + r.content_sha256.substr(0, 12) + ")";

    auto keep = [](std::vector<OutlineSection>& into, OutlineSection s) { if (has_content(s)) into.push_back(std::move(s)); };
    OutlinePart report{"report", "", "", {}};
    if (opt.target == OutlineFor::Document) {
        OutlinePart handoff{"handoff", b.t("handoff.title"), b.t("handoff.intro"), {}};
        keep(handoff.sections, b.summary());
        keep(handoff.sections, b.answers());
        keep(handoff.sections, b.deadlines(false));
        keep(handoff.sections, b.questions(false));
        o.parts.push_back(std::move(handoff));
        report.title = b.t("report.full");
        keep(report.sections, b.notice());
    } else {
        keep(report.sections, b.summary());
    }
    keep(report.sections, b.warnings());
    keep(report.sections, b.stage());
    keep(report.sections, b.charges());
    keep(report.sections, b.paths());
    keep(report.sections, b.jurisdiction());
    keep(report.sections, b.programs());
    keep(report.sections, b.deadlines(true));
    keep(report.sections, b.questions(true));
    keep(report.sections, b.myths());
    keep(report.sections, b.dont());
    o.parts.push_back(std::move(report));
    return o;
}

}  // namespace cd
