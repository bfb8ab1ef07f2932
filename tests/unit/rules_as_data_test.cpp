// Legal logic is content: program eligibility tests (eligibility.json), which filings meet a
// charging clock and the clock warnings (clocks.json). Changing the content changes the findings,
// with no C++ change; a bad id is refused when the content loads, naming the file.
#include "test_support.h"

#include <nlohmann/json.hpp>

#include <functional>

namespace {

// The bundled content with one file's JSON edited.
cd::ContentResult load_with(const std::string& path, const std::function<void(nlohmann::json&)>& edit) {
    std::vector<cd::ContentFile> files = cd::bundled_content_files();
    for (auto& f : files)
        if (f.path == path) {
            nlohmann::json j = nlohmann::json::parse(f.text);
            edit(j);
            f.text = j.dump();
        }
    return cd::load_content(files);
}

std::string fit(const cd::Content& ct, const char* jurisdiction, const char* program, const std::string& case_json) {
    cd::CaseFileResult in = cd::parse_case_file(case_json, ct);
    REQUIRE(in.ok);
    const cd::Jurisdiction* j = ct.jurisdiction(jurisdiction);
    REQUIRE(j);
    for (const auto& p : j->programs)
        if (p.id == program) return cd::program_fit(p, in.case_file, ct);
    FAIL("no program " << std::string(program));
    return "";
}

const char* kDrugCase = R"({"jurisdiction":"CA","charges":[{"offense":"drug_possession","level":"misdemeanor"}],"facts":{"first_offense":"yes","prior_record":"no"}})";

}  // namespace

TEST_CASE("a program's track test is content: editing eligibility.json changes the fit") {
    const cd::Content& ct = cd::bundled_content();
    const std::string before = fit(ct, "CA", "ca.drug_diversion_1000", kDrugCase);
    CHECK(before != "no");
    // Make the drug track need a veteran instead: the same case no longer clearly fits.
    cd::ContentResult edited = load_with("eligibility.json", [](nlohmann::json& j) {
        j["tracks"]["drug"]["met"] = {{"fact", "veteran"}, {"is", "yes"}};
        j["tracks"]["drug"]["failed"] = {{"fact", "veteran"}, {"is", "no"}};
    });
    REQUIRE(edited.content);
    CHECK(fit(*edited.content, "CA", "ca.drug_diversion_1000", kDrugCase) == "maybe");
    std::string veteran_no = R"({"jurisdiction":"CA","charges":[{"offense":"drug_possession","level":"misdemeanor"}],"facts":{"first_offense":"yes","veteran":"no"}})";
    CHECK(fit(*edited.content, "CA", "ca.drug_diversion_1000", veteran_no) == "no");
}

TEST_CASE("the first-offense test is content") {
    cd::ContentResult edited = load_with("eligibility.json", [](nlohmann::json& j) {
        j["first_offense"]["failed"] = {{"fact", "apologized"}, {"is", "yes"}};  // absurd, but it proves where the rule lives
    });
    REQUIRE(edited.content);
    for (const auto& [code, j] : edited.content->jurisdictions)
        for (const auto& p : j.programs) {
            if (p.eligibility.first_offense != "required") continue;
            std::string c = std::string(R"({"jurisdiction":")") + code + R"(","charges":[{"offense":")" +
                            (p.eligibility.offenses.empty() ? "theft" : p.eligibility.offenses[0]) + R"(","level":"misdemeanor"}],"facts":{"apologized":"yes"}})";
            CHECK(fit(*edited.content, code.c_str(), p.id.c_str(), c) == "no");
            return;
        }
    FAIL("no program requires a first offense");
}

TEST_CASE("which filings meet a charging clock is content (clocks.json)") {
    const char* c = R"({"jurisdiction":"FL","charges":[{"offense":"theft","level":"felony"}],"in_custody":"yes",
      "dates":{"arrest":"2026-11-10","indictment":"2026-11-20"},"as_of":"2026-12-05"})";
    auto status = [&](const cd::Content& ct) {
        cd::CaseFileResult in = cd::parse_case_file(c, ct);
        REQUIRE(in.ok);
        cd::Report r = cd::build_report(in.case_file, ct);
        for (const auto& d : r.deadlines) if (d.id == "fl.charging.custody") return std::string(cd::id_of(d.status));
        return std::string("absent");
    };
    CHECK(status(cd::bundled_content()) == "met");
    cd::ContentResult edited = load_with("clocks.json", [](nlohmann::json& j) { j["charges_filed_by"] = {"formal_charges_filed"}; });
    REQUIRE(edited.content);
    CHECK(status(*edited.content) == "upcoming");
}

TEST_CASE("clock warnings are content rules") {
    const char* c = R"({"jurisdiction":"CA","charges":[{"offense":"dui","level":"misdemeanor"}],"facts":{"speedy_trial_waived":"yes"}})";
    cd::Report r = cdtest::decode(c);
    const std::string& paused = cd::bundled_content().ui_text("warning.clock_paused", "en");
    CHECK(cdtest::has(r.warnings, paused));
    cd::ContentResult none = load_with("clocks.json", [](nlohmann::json& j) { j["warnings"] = nlohmann::json::array(); });
    REQUIRE(none.content);
    cd::CaseFileResult in = cd::parse_case_file(c, *none.content);
    REQUIRE(in.ok);
    CHECK_FALSE(cdtest::has(cd::build_report(in.case_file, *none.content).warnings, paused));
}

TEST_CASE("ids in the rules files are checked when content loads") {
    cd::ContentResult bad_track = load_with("jurisdictions/CA.json", [](nlohmann::json& j) { j["programs"][0]["eligibility"]["track"] = "drugs"; });
    CHECK(bad_track.error.find("jurisdictions/CA.json") != std::string::npos);
    CHECK(bad_track.error.find("unknown track \"drugs\" (did you mean \"drug\"?)") != std::string::npos);
    cd::ContentResult bad_fact = load_with("eligibility.json", [](nlohmann::json& j) { j["tracks"]["veteran"]["met"] = {{"fact", "vetran"}, {"is", "yes"}}; });
    CHECK(bad_fact.error.find("eligibility.json") != std::string::npos);
    CHECK(bad_fact.error.find("vetran") != std::string::npos);
    cd::ContentResult bad_date = load_with("clocks.json", [](nlohmann::json& j) { j["charges_filed_by"] = {"indictmnt"}; });
    CHECK(bad_date.error.find("clocks.json") != std::string::npos);
    cd::ContentResult bad_warning = load_with("clocks.json", [](nlohmann::json& j) { j["warnings"][0]["id"] = "warning.no_such_text"; });
    CHECK(bad_warning.error.find("warning.no_such_text") != std::string::npos);
    cd::ContentResult no_general = load_with("eligibility.json", [](nlohmann::json& j) { j["tracks"].erase("general"); });
    CHECK(no_general.error.find("\"general\" track is missing") != std::string::npos);
}
