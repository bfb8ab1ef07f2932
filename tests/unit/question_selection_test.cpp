#include "test_support.h"

#include <set>

namespace {

// A spread of cases: every jurisdiction crossed with a few offenses, stages and fact patterns.
std::vector<std::string> varied_cases() {
    std::vector<std::string> out;
    const char* facts[] = {
        R"({})",
        R"({"searched":"yes","search_warrant":"no","consented_to_search":"no","questioned_by_police":"yes","miranda_warning":"no","made_statements":"yes"})",
        R"({"key_witness":"yes","witness_recanted":"yes","victim_wants_charges_dropped":"yes","no_contact_order":"yes"})",
        R"({"first_offense":"yes","prior_record":"no","substance_use_factor":"yes","veteran":"yes","non_citizen":"yes"})",
        R"({"stopped_by_police":"unknown","searched":"unknown","discovery_received":"no","missed_court_date":"yes"})"};
    const char* offenses[] = {"dui", "drug_possession", "domestic_violence", "theft", "weapons_possession", "assault"};
    const char* stages[] = {"before_filing", "arraignment", "pre_trial", "trial", "after_conviction"};
    int i = 0;
    for (const auto& [code, j] : cd::bundled_content().jurisdictions)
        for (const char* f : facts) {
            ++i;
            std::string c = R"({"jurisdiction":")" + code + R"(","charges":[{"offense":")" + offenses[i % 6] + R"(","level":")" +
                            (i % 2 ? "felony" : "misdemeanor") + R"("}],"stage":")" + stages[i % 5] + R"(","dates":{"arrest":"2026-07-01"},"facts":)" + f + "}";
            out.push_back(c);
        }
    return out;
}

}  // namespace

TEST_CASE("every case gets 10 to 15 questions, no repeats, no two from one group") {
    const cd::Content& content = cd::bundled_content();
    for (const auto& c : varied_cases()) {
        cd::Report r = cdtest::decode(c);
        INFO(c);
        CHECK(r.questions.size() >= 10);
        CHECK(r.questions.size() <= 15);
        std::set<std::string> ids, groups;
        for (const auto& q : r.questions) {
            ids.insert(q.id);
            for (const auto& def : content.questions)
                if (def.id == q.id) groups.insert(def.group);
            CHECK_FALSE(q.text.empty());
            CHECK_FALSE(q.why.empty());
            CHECK_FALSE(q.because.empty());
        }
        CHECK(ids.size() == r.questions.size());
        CHECK(groups.size() == r.questions.size());
    }
}

TEST_CASE("questions come most relevant first") {
    for (const auto& c : varied_cases()) {
        cd::Report r = cdtest::decode(c);
        for (size_t i = 1; i < r.questions.size(); ++i) CHECK(r.questions[i - 1].score >= r.questions[i].score);
    }
}

TEST_CASE("every path that may apply is covered by a question") {
    for (const auto& c : varied_cases()) {
        cd::Report r = cdtest::decode(c);
        for (const auto& p : r.dismissal_paths) {
            if (!cd::may_apply(p.applies)) continue;
            bool covered = false;
            for (const auto& q : r.questions) covered = covered || q.reason == p.reason;
            INFO(c << " path " << cd::id_of(p.reason));
            CHECK(covered);
        }
    }
}

TEST_CASE("a warrantless search brings the search question, tied to the facts that chose it") {
    cd::Report r = cdtest::decode(R"({"jurisdiction":"CA","charges":[{"offense":"drug_possession","level":"misdemeanor"}],
        "facts":{"searched":"yes","search_warrant":"no","consented_to_search":"no"}})");
    const cd::AttorneyQuestion* q = nullptr;
    for (const auto& a : r.questions)
        if (a.reason == cd::PathId::ConstitutionalViolation && cdtest::has(a.because, "fact:search_warrant")) q = &a;
    REQUIRE(q);
    CHECK_FALSE(q->citations.empty());
    CHECK(r.questions.front().reason == cd::PathId::ConstitutionalViolation);  // the strongest issue leads
}

TEST_CASE("selection is deterministic") {
    const std::string c = varied_cases()[7];
    CHECK(cd::render_json(cdtest::decode(c)) == cd::render_json(cdtest::decode(c)));
}
