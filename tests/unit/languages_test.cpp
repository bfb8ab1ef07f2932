// English and Spanish reports of the same case have the same structure: same question ids, path
// ratings, deadlines and dates; only the words change.
#include "test_support.h"

namespace {
std::string in_lang(std::string c, const char* lang) {
    c.insert(c.size() - 1, std::string(R"(,"lang":")") + lang + "\"");
    return c;
}
const char* kCases[] = {
    R"({"jurisdiction":"CA","charges":[{"offense":"dui","level":"misdemeanor"}],"stage":"pre_trial","in_custody":"no","dates":{"arraignment":"2026-09-04"},"facts":{"searched":"yes","search_warrant":"no","first_offense":"yes"}})",
    R"({"jurisdiction":"TX","charges":[{"offense":"domestic_violence","level":"misdemeanor"}],"dates":{"arrest":"2026-07-11"},"facts":{"witness_recanted":"yes","victim_wants_charges_dropped":"yes","apologized":"yes"}})",
    R"({"jurisdiction":"US","charges":[{"offense":"illegal_reentry","level":"felony"}],"in_custody":"yes","dates":{"arrest":"2026-09-01"},"facts":{"non_citizen":"yes"}})",
    R"({"jurisdiction":"NY","charges":[{"offense":"theft","level":"unknown"}],"stage":"arraignment"})"};
}  // namespace

TEST_CASE("a case decoded in English and Spanish has the same structure") {
    for (const char* c : kCases) {
        INFO(c);
        cd::Report en = cdtest::decode(in_lang(c, "en")), es = cdtest::decode(in_lang(c, "es"));
        CHECK(es.lang == "es");
        REQUIRE(en.questions.size() == es.questions.size());
        for (size_t i = 0; i < en.questions.size(); ++i) {
            CHECK(en.questions[i].id == es.questions[i].id);
            CHECK(en.questions[i].because == es.questions[i].because);
            CHECK(en.questions[i].citations == es.questions[i].citations);
        }
        REQUIRE(en.dismissal_paths.size() == es.dismissal_paths.size());
        for (size_t i = 0; i < en.dismissal_paths.size(); ++i) CHECK(en.dismissal_paths[i].applies == es.dismissal_paths[i].applies);
        REQUIRE(en.deadlines.size() == es.deadlines.size());
        for (size_t i = 0; i < en.deadlines.size(); ++i) {
            CHECK(en.deadlines[i].id == es.deadlines[i].id);
            CHECK(en.deadlines[i].due == es.deadlines[i].due);
        }
        REQUIRE(en.myths.size() == es.myths.size());
        CHECK(en.dont_make_it_worse.size() == es.dont_make_it_worse.size());
        CHECK(en.notice != es.notice);  // the words do change
        CHECK(en.stage.how != es.stage.how);
        CHECK(en.charges[0].plain_english != es.charges[0].plain_english);
    }
}

TEST_CASE("a string missing in Spanish falls back to English") {
    cd::Text t;
    t.by_lang["en"] = "Only English";
    CHECK(t.get("es") == "Only English");
    t.by_lang["es"] = "";
    CHECK(t.get("es") == "Only English");
    t.by_lang["es"] = "Solo español";
    CHECK(t.get("es") == "Solo español");
}

TEST_CASE("Spanish text and Markdown use Spanish headings") {
    cd::Report es = cdtest::decode(in_lang(kCases[0], "es"));
    std::string md = cd::render_markdown(es);
    CHECK(md.find("# Su caso, explicado") == 0);
    CHECK(md.find("Your case, decoded") == std::string::npos);
}
