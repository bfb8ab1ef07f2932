#include "test_support.h"

#include <nlohmann/json.hpp>

namespace {
const char* kCase = R"({"format":"case-decoder/case-file","version":1,"jurisdiction":"CA","charges":[{"offense":"dui","level":"misdemeanor"}],
  "stage":"pre_trial","in_custody":"no","dates":{"arrest":"2026-09-14","arraignment":"2026-09-16"},
  "facts":{"searched":"yes","search_warrant":"no","first_offense":"yes"},"lang":"en","as_of":"2026-11-23"})";
}

TEST_CASE("JSON output follows the report contract") {
    cd::Report r = cdtest::decode(kCase);
    nlohmann::json j = nlohmann::json::parse(cd::render_json(r));
    CHECK(j["format"] == "case-decoder/report");
    CHECK(j["version"] == 1);
    CHECK(j["content"]["sha256"].get<std::string>().size() == 64);
    CHECK(j["jurisdiction"]["code"] == "CA");
    CHECK(j["jurisdiction"]["felony_indictment_required"] == false);
    CHECK(j["charges"][0]["offense"] == "dui");
    CHECK(j["charges"][0]["counts"] == 1);  // always given; 1 unless the case file says more
    CHECK(j["charges"][0]["elements"].size() >= 3);
    CHECK(j["dismissal_paths"].size() == 7);
    for (const auto& p : j["dismissal_paths"]) {
        std::string a = p["applies"];
        CHECK((a == "likely" || a == "possible" || a == "unlikely" || a == "not_at_this_stage"));
    }
    bool found_trial = false;
    for (const auto& d : j["deadlines"])
        if (d["kind"] == "trial" && d["from"] == "arraignment") {
            found_trial = true;
            CHECK(d["days"] == 45);  // Cal. Penal Code § 1382(a)(3), misdemeanor, not in custody
            CHECK(d["due"] == "2026-10-31");
            CHECK(d["status"] == "passed");
        }
    CHECK(found_trial);
    CHECK(j["questions"].size() >= 10);
    CHECK(j["questions"].size() <= 15);
    CHECK(j["stage"]["id"] == "pre_trial");
    CHECK_FALSE(j["notice"].get<std::string>().empty());
    bool first_offense_myth = false;
    for (const auto& m : j["myths"]) first_offense_myth = first_offense_myth || m["id"] == "first_offense";
    CHECK(first_offense_myth);
}

TEST_CASE("text and Markdown show the same report") {
    cd::Report r = cdtest::decode(kCase);
    std::string text = cd::render_text(r), md = cd::render_markdown(r);
    CHECK(text.find("Your case, decoded\n==================") == 0);
    CHECK(md.find("# Your case, decoded") == 0);
    for (const std::string* out : {&text, &md}) {
        CHECK(out->find(r.notice) != std::string::npos);
        CHECK(out->find("2026-10-31") == std::string::npos);  // dates are written in words for readers
        CHECK(out->find("Saturday, October 31, 2026") != std::string::npos);
        for (const auto& q : r.questions) CHECK(out->find(q.text) != std::string::npos);
        for (const auto& c : r.charges) CHECK(out->find(c.plain_english) != std::string::npos);
        for (const auto& p : r.dismissal_paths) CHECK(out->find(p.why) != std::string::npos);
    }
    CHECK(md.find("### Questions for your attorney") != std::string::npos);
    CHECK(text.find("## ") == std::string::npos);
}

TEST_CASE("copied questions are numbered, one per line") {
    cd::Report r = cdtest::decode(kCase);
    std::string q = cd::render_questions_text(r);
    CHECK(q.find("1. " + r.questions[0].text + "\n") != std::string::npos);
    CHECK(q.find(std::to_string(r.questions.size()) + ". " + r.questions.back().text + "\n") != std::string::npos);
}
