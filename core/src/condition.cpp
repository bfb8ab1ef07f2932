// The rule language: parsing conditions from content JSON and evaluating them against a case.
// Evaluation returns the value and the atoms that decided it, which become the report's "because".
#include "internal.h"

namespace cd {
namespace {

struct AtomSpec {
    const char*                     key;
    Condition::Kind                 kind;
    const std::vector<std::string>* vocabulary;  // null: checked later against the content (facts, offenses)
};

const std::vector<std::string> kTriValues = {"yes", "no", "unknown"};

// The text of a string value, for either JSON type the rules are read from.
std::string text_of(const json& s) { return s.get<std::string>(); }
std::string text_of(const JsonView& s) { return std::string(s.as_text()); }
long long   int_of(const json& n) { return n.get<long long>(); }
long long   int_of(const JsonView& n) { return n.as_integer(); }

// Accepts "x" or ["x", "y"]; every entry must be in vocabulary when one is given.
template <class Json>
bool read_values(const Json& v, const std::string& where, const std::vector<std::string>* vocabulary,
                 std::vector<std::string>& out, std::string& error) {
    auto one = [&](const Json& s) {
        if (!s.is_string()) { error = where + ": expected text, got " + describe(s); return false; }
        std::string str = text_of(s);
        if (vocabulary && !contains(*vocabulary, str)) {
            std::string near = closest(str, *vocabulary);
            error = where + ": unknown value " + describe(s) + (near.empty() ? "" : " (did you mean \"" + near + "\"?)");
            return false;
        }
        out.push_back(str);
        return true;
    };
    if (v.is_array()) {
        if (v.empty()) { error = where + ": empty list"; return false; }
        for (size_t i = 0; i < v.size(); ++i) if (!one(v[i])) return false;
        return true;
    }
    return one(v);
}

// Written once for both JSON types: content is read through JsonView at start-up, and through
// nlohmann where a value was already parsed that way (tests, --content folders off the fast path).
template <class Json>
bool parse_condition_from(const Json& j, const std::string& where, Condition& out, std::string& error) {
    if (!j.is_object()) { error = where + ": a condition must be an object, got " + describe(j); return false; }
    if (j.contains("all") || j.contains("any")) {
        const char* key = j.contains("all") ? "all" : "any";
        if (j.size() != 1) { error = where + ": \"" + key + "\" must be the only key"; return false; }
        const Json& list = j[key];
        if (!list.is_array()) { error = join_path(where, key) + ": expected a list of conditions"; return false; }
        out.kind = j.contains("all") ? Condition::Kind::All : Condition::Kind::Any;
        for (size_t i = 0; i < list.size(); ++i) {
            Condition child;
            if (!parse_condition_from(list[i], index_path(join_path(where, key), i), child, error)) return false;
            out.children.push_back(std::move(child));
        }
        if (out.kind == Condition::Kind::Any && out.children.empty()) { error = join_path(where, key) + ": \"any\" of nothing is never true"; return false; }
        return true;
    }
    if (j.contains("not")) {
        if (j.size() != 1) { error = where + ": \"not\" must be the only key"; return false; }
        out.kind = Condition::Kind::Not;
        Condition child;
        if (!parse_condition_from(j["not"], join_path(where, "not"), child, error)) return false;
        out.children.push_back(std::move(child));
        return true;
    }
    if (j.contains("fact")) {
        if (j.size() != 2 || !j.contains("is")) { error = where + ": a fact condition is { \"fact\": ID, \"is\": yes|no|unknown }"; return false; }
        if (!j["fact"].is_string()) { error = join_path(where, "fact") + ": expected a fact id"; return false; }
        out.kind = Condition::Kind::Fact;
        out.key = text_of(j["fact"]);
        return read_values(j["is"], join_path(where, "is"), &kTriValues, out.values, error);
    }
    if (j.contains("path")) {
        if (j.size() != 2 || !j.contains("applies")) { error = where + ": a path condition is { \"path\": ID, \"applies\": [...] }"; return false; }
        std::vector<std::string> id;
        if (!read_values(j["path"], join_path(where, "path"), &kPathIds, id, error)) return false;
        if (id.size() != 1) { error = join_path(where, "path") + ": one path id"; return false; }
        out.kind = Condition::Kind::Path;
        out.key = id[0];
        return read_values(j["applies"], join_path(where, "applies"), &kRatings, out.values, error);
    }
    if (j.contains("date_within_days")) {
        // { "date_within_days": { "date": "court_date", "days": 14 } }: that date is from the
        // reader's today (as_of) to `days` days after it.
        const Json& v = j["date_within_days"];
        const std::string w = join_path(where, "date_within_days");
        if (j.size() != 1) { error = where + ": \"date_within_days\" must be the only key"; return false; }
        if (!v.is_object() || v.size() != 2 || !v.contains("date") || !v.contains("days")) { error = w + ": expected { \"date\": KEY, \"days\": N }"; return false; }
        std::vector<std::string> key;
        if (!read_values(v["date"], join_path(w, "date"), &kDateKeys, key, error)) return false;
        if (key.size() != 1) { error = join_path(w, "date") + ": expected one date key"; return false; }
        const Json& days = v["days"];
        if (!days.is_number_integer() || int_of(days) < 0 || int_of(days) > 366) { error = join_path(w, "days") + ": expected a whole number from 0 to 366"; return false; }
        out.kind = Condition::Kind::DateWithin;
        out.key = key[0];
        out.days = static_cast<int>(int_of(days));
        return true;
    }
    static const AtomSpec atoms[] = {
        {"offense", Condition::Kind::Offense, nullptr},
        {"offense_tag", Condition::Kind::OffenseTag, &kOffenseTags},
        {"level", Condition::Kind::Level, &kLevels},
        {"jurisdiction", Condition::Kind::Jurisdiction, &kJurisdictionCodes},
        {"stage", Condition::Kind::Stage, &kStages},
        {"in_custody", Condition::Kind::Custody, &kTriValues},
        {"date_known", Condition::Kind::DateKnown, &kDateKeys},
        {"jurisdiction_has", Condition::Kind::JurisdictionHas, &kJurisdictionFeatures},
        {"deadline_passed", Condition::Kind::DeadlinePassed, &kDeadlineKinds},
        {"deadline_open", Condition::Kind::DeadlineOpen, &kDeadlineKinds},
        {"deadline_applies", Condition::Kind::DeadlineApplies, &kDeadlineKinds},
    };
    for (const auto& a : atoms) {
        if (!j.contains(a.key)) continue;
        if (j.size() != 1) { error = where + ": \"" + a.key + "\" must be the only key"; return false; }
        out.kind = a.kind;
        if (!read_values(j[a.key], join_path(where, a.key), a.vocabulary, out.values, error)) return false;
        bool single = a.kind == Condition::Kind::DateKnown || a.kind == Condition::Kind::JurisdictionHas;
        if (single) {
            if (out.values.size() != 1) { error = join_path(where, a.key) + ": expected one value"; return false; }
            out.key = out.values[0];
        }
        return true;
    }
    std::string first = j.empty() ? std::string("(nothing)") : std::string(j.begin().key());
    error = where + ": unknown condition \"" + first + "\" (expected all, any, not, fact, offense, offense_tag, level, jurisdiction, stage, in_custody, date_known, jurisdiction_has, path, deadline_passed, deadline_open, deadline_applies or date_within_days)";
    return false;
}

}  // namespace

bool parse_condition(const json& j, const std::string& where, Condition& out, std::string& error) {
    return parse_condition_from(j, where, out, error);
}
bool parse_condition(const JsonView& j, const std::string& where, Condition& out, std::string& error) {
    return parse_condition_from(j, where, out, error);
}

namespace {

bool has_feature(const std::string& feature, const EvalContext& ctx) {
    const Jurisdiction* j = ctx.jurisdiction;
    if (!j) return false;
    auto any_program = [&](const char* kind, bool maybe_ok) {
        for (const Program* p : case_programs(*j, ctx.c)) {
            if (p->kind != kind) continue;
            std::string fit = program_fit(*p, ctx.c, ctx.content);
            if (fit == "yes" || (maybe_ok && fit == "maybe")) return true;
        }
        return false;
    };
    auto any_deadline = [&](auto pred) {
        for (const auto& d : ctx.deadlines) if (pred(d)) return true;
        return false;
    };
    if (feature == "indictment_required") return j->indictment.required.value_or(false);
    // Program features: "<kind>", "<kind>_fits", "<kind>_may_fit", and "program_fits" /
    // "program_may_fit" for any kind (the kinds are the names table's kProgramKinds).
    for (const std::string& kind : kProgramKinds) {
        if (feature == kind) {
            for (const Program* p : case_programs(*j, ctx.c)) if (p->kind == kind) return true;
            return false;
        }
        if (feature == kind + "_fits") return any_program(kind.c_str(), false);
        if (feature == kind + "_may_fit") return any_program(kind.c_str(), true);
    }
    if (feature == "program_fits" || feature == "program_may_fit") {
        const bool maybe_ok = feature == "program_may_fit";
        for (const std::string& kind : kProgramKinds)
            if (any_program(kind.c_str(), maybe_ok)) return true;
        return false;
    }
    if (feature == "trial_deadline") return any_deadline([](const Deadline& d) { return d.kind == DeadlineKind::Trial && (d.days || d.months); });
    if (feature == "demand_deadline") return any_deadline([](const Deadline& d) { return d.demand_required; });
    if (feature == "charging_deadline") return any_deadline([](const Deadline& d) { return d.kind == DeadlineKind::Charging; });
    if (feature == "release_deadline") return any_deadline([](const Deadline& d) { return d.kind == DeadlineKind::Release; });
    return false;
}

}  // namespace

EvalResult evaluate(const Condition& cond, const EvalContext& ctx) {
    EvalResult r;
    const CaseFile& c = ctx.c;
    switch (cond.kind) {
        case Condition::Kind::All: {
            r.value = true;
            for (const auto& child : cond.children) {
                EvalResult e = evaluate(child, ctx);
                if (!e.value) return e;  // the first false child explains why all is false
                for (auto& b : e.because) push_unique(r.because, b);
            }
            return r;
        }
        case Condition::Kind::Any: {
            std::vector<std::string> all_false;
            for (const auto& child : cond.children) {
                EvalResult e = evaluate(child, ctx);
                if (e.value) { r.value = true; for (auto& b : e.because) push_unique(r.because, b); }
                else for (auto& b : e.because) push_unique(all_false, b);
            }
            if (!r.value) r.because = std::move(all_false);
            return r;
        }
        case Condition::Kind::Not: {
            EvalResult e = evaluate(cond.children[0], ctx);
            e.value = !e.value;
            return e;
        }
        case Condition::Kind::Fact:
            r.value = contains(cond.values, tri_name(c.fact(cond.key)));
            r.because.push_back("fact:" + cond.key);
            return r;
        case Condition::Kind::Offense:
        case Condition::Kind::OffenseTag: {
            for (const auto& ch : c.charges) {
                bool hit = false;
                if (cond.kind == Condition::Kind::Offense) hit = contains(cond.values, ch.offense);
                else if (const Offense* o = ctx.content.offense(ch.offense))
                    for (const auto& t : o->tags) hit = hit || contains(cond.values, t);
                if (hit) { r.value = true; push_unique(r.because, "offense:" + ch.offense); }
            }
            if (!r.value) for (const auto& ch : c.charges) push_unique(r.because, "offense:" + ch.offense);
            return r;
        }
        case Condition::Kind::Level:
            for (const auto& ch : c.charges)
                if (contains(cond.values, ch.level)) { r.value = true; push_unique(r.because, "level:" + ch.level); }
            if (!r.value) for (const auto& ch : c.charges) push_unique(r.because, "level:" + ch.level);
            return r;
        case Condition::Kind::Jurisdiction:
            r.value = contains(cond.values, c.jurisdiction);
            r.because.push_back("jurisdiction:" + c.jurisdiction);
            return r;
        case Condition::Kind::Stage:
            r.value = contains(cond.values, c.stage);
            r.because.push_back("stage:" + c.stage);
            return r;
        case Condition::Kind::Custody:
            r.value = contains(cond.values, tri_name(c.in_custody));
            r.because.push_back(std::string("custody:") + tri_name(c.in_custody));
            return r;
        case Condition::Kind::DateKnown:
            r.value = c.dates.count(cond.key) > 0;
            r.because.push_back("date:" + cond.key);
            return r;
        case Condition::Kind::JurisdictionHas:
            r.value = has_feature(cond.key, ctx);
            r.because.push_back("jurisdiction:" + c.jurisdiction);
            return r;
        case Condition::Kind::Path: {
            auto id = parse_path_id(cond.key);  // checked when the content loaded
            auto it = id ? ctx.path_ratings.find(*id) : ctx.path_ratings.end();
            r.value = it != ctx.path_ratings.end() && contains(cond.values, id_of(it->second));
            r.because.push_back("path:" + cond.key);
            return r;
        }
        case Condition::Kind::DeadlinePassed:
            for (const auto& d : ctx.deadlines)
                if (contains(cond.values, id_of(d.kind)) && d.status == DeadlineStatus::Passed) { r.value = true; push_unique(r.because, "deadline:" + d.id); }
            if (!r.value) r.because.push_back("date:as_of");
            return r;
        case Condition::Kind::DeadlineOpen:
            // A clock of that kind applies to this case and is still running: not met, not passed.
            for (const auto& d : ctx.deadlines)
                if (contains(cond.values, id_of(d.kind)) && (d.days || d.months) && d.status != DeadlineStatus::Met && d.status != DeadlineStatus::Passed) {
                    r.value = true;
                    push_unique(r.because, "deadline:" + d.id);
                }
            if (!r.value) r.because.push_back("jurisdiction:" + c.jurisdiction);
            return r;
        case Condition::Kind::DeadlineApplies:
            for (const auto& d : ctx.deadlines)
                if (contains(cond.values, id_of(d.kind))) { r.value = true; push_unique(r.because, "deadline:" + d.id); }
            if (!r.value) r.because.push_back("jurisdiction:" + c.jurisdiction);
            return r;
        case Condition::Kind::DateWithin: {
            auto it = c.dates.find(cond.key);
            r.value = it != c.dates.end() && c.as_of && !(it->second < *c.as_of) && !(add_days(*c.as_of, cond.days) < it->second);
            r.because.push_back("date:" + cond.key);
            return r;
        }
    }
    return r;
}

bool should_ask(const FactDef& fact, const CaseFile& c, const Content& content) {
    EvalContext ctx{c, content, content.jurisdiction(c.jurisdiction), {}, {}};
    return evaluate(fact.ask_when, ctx).value;
}


bool should_ask_date(std::string_view key, std::string_view jurisdiction, const Content& content, const CaseFile* answers) {
    if (key == kCourtDate) return true;
    if (answers && answers->dates.count(std::string(key))) return true;
    if (contains(content.charges_filed_by, std::string(key))) return true;
    if (contains(content.dates_in_rules, key)) return true;
    // An unchecked clock shows no date, so the day it would count from is not worth asking.
    auto clocks_use = [&](const Jurisdiction& j) {
        for (const auto& r : j.deadlines)
            if (r.prov.verified && (contains(r.from, key) || contains(r.from_first, key) || contains(r.not_before, key))) return true;
        return false;
    };
    if (const Jurisdiction* j = jurisdiction.empty() ? nullptr : content.jurisdiction(jurisdiction)) return clocks_use(*j);
    // No jurisdiction yet: a date some jurisdiction's clock uses.
    for (const auto& [code, j] : content.jurisdictions)
        if (clocks_use(j)) return true;
    return false;
}

}  // namespace cd
