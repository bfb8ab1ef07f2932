// Checks that need the whole content loaded: every fact and offense a rule or a program names
// exists, with a "did you mean" when one is close.
#include "content_reader.h"

namespace cd::content_load {

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
        for (const auto& [file, p] : programs_with_files(j)) {
            for (const auto* list : {&p->eligibility.offenses, &p->eligibility.exclude_offenses})
                for (const auto& id : *list)
                    if (!contains(offense_ids, id)) {
                        std::string near = closest(id, offense_ids);
                        return "content: " + file + ": programs (" + p->id + "): unknown offense \"" + id + "\"" + (near.empty() ? "" : " (did you mean \"" + near + "\"?)");
                    }
            for (const auto& id : p->eligibility.needs_facts)
                if (!contains(fact_ids, id)) {
                    std::string near = closest(id, fact_ids);
                    return "content: " + file + ": programs (" + p->id + "): eligibility.needs_facts: unknown fact \"" + id + "\"" +
                           (near.empty() ? "" : " (did you mean \"" + near + "\"?)");
                }
        }
    return "";
}

}  // namespace cd::content_load
