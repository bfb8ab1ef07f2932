// The widget's session without a browser: answers in, case file and report out; presets, steps,
// the language, import, saving and restoring. The same tests run natively and under node.
#include "test_support.h"

#include "session.h"

#include <nlohmann/json.hpp>

#include <set>

using cdw::Answer;
using cdw::Answers;
using cdw::Session;

namespace {

Session fresh() {
    Session s(cd::bundled_content());
    s.today = "2026-12-05";
    return s;
}

int date_index(const char* key) {
    for (int i = 0; i < cdw::kDateCount; ++i)
        if (std::string(cdw::kDateKeys[i]) == key) return i;
    FAIL("no date key " << key);
    return -1;
}

}  // namespace

TEST_CASE("the steps: charges, place, stage, dates, one per group of facts, review") {
    Session s = fresh();
    REQUIRE(s.steps.size() >= 6);
    CHECK(s.steps.front().kind == cdw::StepKind::Charges);
    CHECK(s.steps.back().kind == cdw::StepKind::Review);
    std::set<std::string> groups;
    for (const auto& st : s.steps) if (st.kind == cdw::StepKind::Facts) groups.insert(st.group);
    for (const auto& f : cd::bundled_content().facts) CHECK(groups.count(f.group));
    CHECK(s.clamp_step(-3) == 0);
    CHECK(s.clamp_step(999) == (int)s.steps.size() - 1);
    CHECK(s.step_title(s.steps[1]) == "Where your case is");
}

TEST_CASE("no report until a charge and a place; then the case file follows the answers") {
    Session s = fresh();
    CHECK(s.rebuild());
    CHECK_FALSE(s.report.has_value());
    CHECK_FALSE(s.rebuild());  // nothing changed
    s.answers.charges = {{"dui", "misdemeanor"}};
    s.answers.jurisdiction = "CA";
    s.answers.in_custody = Answer::No;
    s.answers.date_text[date_index("arrest")] = "2026-09-14";
    s.answers.date_text[date_index("arraignment")] = "09/3";  // half typed: no year yet
    s.answers.facts["searched"] = Answer::Yes;
    s.answers.facts["search_warrant"] = Answer::NotSure;
    s.answers.facts["video_exists"] = Answer::Unanswered;
    s.mark_changed();
    const uint32_t serial = s.report_serial;
    CHECK(s.rebuild());
    CHECK(s.report_serial == serial + 1);
    REQUIRE(s.report.has_value());
    const cd::CaseFile& c = s.case_file;
    CHECK(c.stage == "pre_trial");  // not answered: the report assumes before trial...
    CHECK_FALSE(s.outline_options(cd::OutlineFor::Screen).stage_answered);  // ...but does not say so
    CHECK(c.in_custody == cd::Tri::No);
    CHECK(cd::to_iso(c.dates.at("arrest")) == "2026-09-14");
    CHECK_FALSE(c.dates.count("arraignment"));
    CHECK(c.facts.at("searched") == cd::Tri::Yes);
    CHECK(c.facts.at("search_warrant") == cd::Tri::Unknown);  // "not sure" is kept, as unknown
    CHECK_FALSE(c.facts.count("video_exists"));  // unanswered is left out
    CHECK(c.as_of.has_value());
    // A follow-up whose question is hidden again leaves the case file, but not the answers.
    s.answers.facts["searched"] = Answer::No;
    s.mark_changed();
    s.rebuild();
    CHECK_FALSE(s.case_file.facts.count("search_warrant"));
    CHECK(s.answers.facts.at("search_warrant") == Answer::NotSure);
}

TEST_CASE("presets from the page: names, synonyms and ids; a bad value is ignored") {
    Session s = fresh();
    s.apply_preset("offense", " DWI, theft, nonsense, dui ");
    REQUIRE(s.answers.charges.size() == 2);
    CHECK(s.answers.charges[0].offense == "dui");
    CHECK(s.answers.charges[1].offense == "theft");
    CHECK(s.preset_charges);
    s.apply_preset("jurisdiction", "ny");
    CHECK(s.answers.jurisdiction == "NY");
    CHECK(s.preset_where);
    s.apply_preset("jurisdiction", "Narnia");
    CHECK(s.answers.jurisdiction.empty());
    CHECK_FALSE(s.preset_where);
    s.apply_preset("stage", "trial");
    CHECK(s.answers.stage == "trial");
    s.apply_preset("in_custody", "yes");
    CHECK(s.answers.in_custody == Answer::Yes);
    CHECK(cdw::normalise_lang("es-MX") == "es");
    CHECK(cdw::normalise_lang("ES") == "es");
    CHECK(cdw::normalise_lang("est") == "en");
}

TEST_CASE("switching language keeps every answer and the step, and rebuilds the report in it") {
    Session s = fresh();
    s.apply_preset("offense", "theft");
    s.apply_preset("jurisdiction", "TX");
    s.answers.facts["first_offense"] = Answer::Yes;
    s.step = 3;
    s.rebuild();
    const size_t questions = s.report->questions.size();
    CHECK(s.set_language("es"));
    CHECK_FALSE(s.set_language("es"));
    s.rebuild();
    CHECK(s.report->lang == "es");
    CHECK(s.report->questions.size() == questions);
    CHECK(s.step == 3);
    CHECK(s.answers.facts.at("first_offense") == Answer::Yes);
    CHECK(std::string(s.text("widget.step.where")) == "Dónde está su caso");
}

TEST_CASE("import: a good file replaces the answers and lands on review; a bad one changes nothing") {
    Session s = fresh();
    s.apply_preset("offense", "dui");
    s.apply_preset("jurisdiction", "CA");
    const Answers before = s.answers;
    std::string err = s.import_case_file(R"({"jurisdiction":"CA","charges":[{"offense":"duii"}]})");
    CHECK(err.find("charges[0].offense") != std::string::npos);
    CHECK(s.import_error == err);
    CHECK(s.import_error_why == "widget.import.why.field");
    CHECK(s.answers.charges.size() == before.charges.size());
    CHECK(s.answers.charges[0].offense == "dui");
    CHECK(s.import_case_file("%PDF-1.7").size() > 0);
    CHECK(s.import_error_why == "widget.import.why.not_json");

    CHECK(s.import_case_file(R"({"jurisdiction":"NJ","charges":[{"offense":"drug_possession","level":"felony"}],"stage":"arraignment",
      "in_custody":"yes","dates":{"arrest":"2026-11-01"},"facts":{"searched":"yes","witness_recanted":"unknown"},"lang":"es"})") == "");
    CHECK(s.import_error.empty());
    CHECK(s.import_note == "widget.import.done");
    CHECK(s.answers.jurisdiction == "NJ");
    CHECK(s.answers.stage == "arraignment");
    CHECK(s.answers.in_custody == Answer::Yes);
    CHECK(s.answers.facts.at("witness_recanted") == Answer::NotSure);
    CHECK(s.lang == "es");
    CHECK(s.step == (int)s.steps.size() - 1);
}

TEST_CASE("saved answers come back whole: not sure, half-typed dates, an unanswered stage, the step") {
    Session s = fresh();
    s.apply_preset("offense", "assault");
    s.answers.jurisdiction = "WA";
    s.answers.in_custody = Answer::NotSure;
    s.answers.date_text[date_index("arrest")] = "2026-10-02";
    s.answers.date_text[date_index("court_date")] = "12/1";  // still typing: no year
    s.answers.facts["key_witness"] = Answer::Yes;
    s.answers.facts["witness_recanted"] = Answer::NotSure;
    s.step = 5;
    const std::string saved = s.saved_answers_json();
    CHECK(nlohmann::json::parse(saved)["format"] == "case-decoder/saved-answers");

    Session back = fresh();
    CHECK(back.restore_saved_answers(saved) == "");
    CHECK(back.answers.jurisdiction == "WA");
    CHECK(back.answers.charges.size() == 1);
    CHECK(back.answers.stage.empty());  // still unanswered
    CHECK(back.answers.in_custody == Answer::NotSure);
    CHECK(back.answers.date_text[date_index("arrest")] == "2026-10-02");
    CHECK(back.answers.date_text[date_index("court_date")] == "12/1");
    CHECK(back.answers.facts.at("key_witness") == Answer::Yes);
    CHECK(back.answers.facts.at("witness_recanted") == Answer::NotSure);
    CHECK(back.step == 5);
    CHECK(back.remember);
    CHECK(back.restored);

    Session untouched = fresh();
    untouched.apply_preset("offense", "dui");
    for (const char* bad : {"", "{", "[]", R"({"format":"other"})", R"({"format":"case-decoder/saved-answers"})"}) {
        CHECK_FALSE(untouched.restore_saved_answers(bad).empty());
        CHECK(untouched.answers.charges.size() == 1);
        CHECK_FALSE(untouched.restored);
    }
}

TEST_CASE("forget clears every answer, the step and saving") {
    Session s = fresh();
    s.apply_preset("offense", "dui");
    s.apply_preset("jurisdiction", "CA");
    s.remember = true;
    s.step = 4;
    s.forget();
    CHECK(s.answers.charges.empty());
    CHECK(s.answers.jurisdiction.empty());
    CHECK(s.step == 0);
    CHECK_FALSE(s.remember);
    CHECK_FALSE(s.preset_charges);
    s.rebuild();
    CHECK_FALSE(s.report.has_value());
}

TEST_CASE("the widget's documents are the core's outline, with the stage left unsaid until given") {
    Session s = fresh();
    s.apply_preset("offense", "theft");
    s.apply_preset("jurisdiction", "OR");
    s.rebuild();
    REQUIRE(s.report);
    const std::string doc = s.document_text(false);
    CHECK(doc.find("Stage: Not answered") != std::string::npos);
    CHECK(s.screen_outline().section("stage")->items.empty());
    s.answers.stage = "pre_trial";
    s.mark_changed();
    s.rebuild();
    CHECK_FALSE(s.screen_outline().section("stage")->items.empty());  // rebuilt for the new report
    CHECK(s.document_html().find("cd-part-handoff") != std::string::npos);
}

TEST_CASE("answers saved before the place and the charge are chosen still come back") {
    Session s = fresh();
    s.answers.facts["searched"] = Answer::Yes;
    s.answers.date_text[date_index("arrest")] = "2026-10-02";
    s.step = 2;
    Session back = fresh();
    CHECK(back.restore_saved_answers(s.saved_answers_json()) == "");
    CHECK(back.answers.jurisdiction.empty());
    CHECK(back.answers.charges.empty());
    CHECK(back.answers.facts.at("searched") == Answer::Yes);
    CHECK(back.answers.date_text[date_index("arrest")] == "2026-10-02");
    CHECK(back.step == 2);
    // With the place only, too.
    s.answers.jurisdiction = "GA";
    Session place = fresh();
    CHECK(place.restore_saved_answers(s.saved_answers_json()) == "");
    CHECK(place.answers.jurisdiction == "GA");
    CHECK(place.answers.charges.empty());
}

TEST_CASE("date fields take dates as readers type them, in the session's language") {
    Session s = fresh();
    s.apply_preset("offense", "theft");
    s.apply_preset("jurisdiction", "TX");
    s.answers.date_text[date_index("arrest")] = "10/01/2026";
    s.answers.date_text[date_index("court_date")] = "December 10, 2026";
    s.rebuild();
    CHECK(cd::to_iso(s.case_file.dates.at("arrest")) == "2026-10-01");
    CHECK(cd::to_iso(s.case_file.dates.at("court_date")) == "2026-12-10");
    s.set_language("es");  // Spanish reads 10/01 day first: the date typed in English keeps its meaning
    s.rebuild();
    CHECK(cd::to_iso(s.case_file.dates.at("arrest")) == "2026-10-01");
    CHECK(s.answers.date_text[date_index("arrest")] == "2026-10-01");
    s.answers.date_text[date_index("arrest")] = "10/01/2026";  // typed now, in Spanish
    s.mark_changed();
    s.rebuild();
    CHECK(cd::to_iso(s.case_file.dates.at("arrest")) == "2026-01-10");
}

TEST_CASE("the county answer: kept in the case file only while it is one of the chosen state's counties") {
    Session s = fresh();
    s.apply_preset("offense", "theft");
    s.answers.jurisdiction = "IL";
    s.answers.county = "cook";
    s.answers_changed = true;
    s.rebuild();
    CHECK(s.case_file.county == "cook");
    REQUIRE(s.report);
    CHECK(s.report->jurisdiction.county == "Cook County");
    // Saved and restored with the other answers.
    Session back = fresh();
    CHECK(back.restore_saved_answers(s.saved_answers_json()) == "");
    CHECK(back.answers.county == "cook");
    // Another state: Cook County no longer counts (and no county programs join the report).
    s.answers.jurisdiction = "IN";
    s.answers_changed = true;
    s.rebuild();
    CHECK(s.case_file.county.empty());
}

TEST_CASE("the dates step asks only the dates the chosen state's rules use") {
    // Maryland counts the Hicks date from the day counsel entered the case; California does not.
    CHECK(cd::should_ask_date("counsel_appearance", "MD", cd::bundled_content()));
    CHECK_FALSE(cd::should_ask_date("counsel_appearance", "CA", cd::bundled_content()));
    // Every date key of the interview is one the case file reads.
    for (int i = 0; i < cdw::kDateCount; ++i) {
        const std::string file = std::string(R"({"format":"case-decoder/case-file","version":3,"jurisdiction":"MD","stage":"pre_trial","charges":[{"offense":"theft","level":"misdemeanor"}],"dates":{")") +
                                 cdw::kDateKeys[i] + R"(":"2026-10-01"}})";
        cd::CaseFileResult r = cd::parse_case_file(file, cd::bundled_content());
        INFO(cdw::kDateKeys[i]);
        REQUIRE(r.ok);
        CHECK(r.warnings.empty());
        CHECK(r.case_file.dates.size() == 1);
    }
}
