// County diversion programs (assets/counties/XX.json): named in a version 3 case file's "county",
// they join the state's programs in the report; a county we have no programs for is a warning,
// never an error; the loader names the file and field of a bad county entry.
#include "test_support.h"

#include <nlohmann/json.hpp>

namespace {
std::string cook(const char* version, const char* county_json) {
    return std::string(R"({"format":"case-decoder/case-file","version":)") + version + R"(,"jurisdiction":"IL",)" + county_json +
           R"("stage":"pre_trial","charges":[{"offense":"theft","level":"misdemeanor"}],"facts":{"prior_record":"no"}})";
}
const cd::ProgramInfo* program(const cd::Report& r, const std::string& id) {
    for (const auto& p : r.jurisdiction.programs) if (p.id == id) return &p;
    return nullptr;
}
}  // namespace

TEST_CASE("a county named in the case file adds its own programs after the state's") {
    cd::Report r = cdtest::decode(cook("3", R"("county":"cook",)"));
    CHECK(r.jurisdiction.county == "Cook County");
    const cd::ProgramInfo* local = program(r, "il.cook.misdemeanor_deferred_prosecution");
    REQUIRE(local);
    CHECK(local->county == "Cook County");
    CHECK_FALSE(local->runs_it.empty());
    CHECK(local->verified);
    CHECK(local->fits != "no");  // a first misdemeanor theft: "may fit" (the prosecutor decides)
    // The state's programs are still there, and first.
    REQUIRE_FALSE(r.jurisdiction.programs.empty());
    CHECK(r.jurisdiction.programs.front().county.empty());
    // The JSON report names the county and each county program's office.
    nlohmann::json j = nlohmann::json::parse(cd::render_json(r));
    CHECK(j["jurisdiction"]["county"] == "Cook County");
}

TEST_CASE("no county, no county programs") {
    cd::Report r = cdtest::decode(cook("3", ""));
    CHECK(r.jurisdiction.county.empty());
    CHECK_FALSE(program(r, "il.cook.misdemeanor_deferred_prosecution"));
}

TEST_CASE("a county without programs in our list is a warning, read as no county") {
    cd::CaseFileResult res = cd::parse_case_file(cook("3", R"("county":"cookk",)"), cd::bundled_content());
    REQUIRE(res.ok);
    CHECK(res.case_file.county.empty());
    REQUIRE(res.warnings.size() == 1);
    CHECK(res.warnings[0] == "case file: county: \"cookk\" has no local programs in our list for IL; read as no county (did you mean \"cook\"?)");
    cd::CaseFileResult wrong_type = cd::parse_case_file(cook("3", R"("county":17,)"), cd::bundled_content());
    CHECK_FALSE(wrong_type.ok);
    CHECK(wrong_type.error == "case file: county: expected a county id such as \"los_angeles\", got 17");
}

TEST_CASE("a county in a version 2 file is ignored with a warning; version 3 writes it back") {
    cd::CaseFileResult v2 = cd::parse_case_file(cook("2", R"("county":"cook",)"), cd::bundled_content());
    REQUIRE(v2.ok);
    CHECK(v2.case_file.county.empty());
    CHECK(v2.warnings == std::vector<std::string>{"case file: county: ignored (a county needs \"version\": 3)"});
    cd::CaseFile c = cdtest::must_parse(cook("3", R"("county":"cook",)"));
    const std::string saved = cd::write_case_file(c);
    CHECK(nlohmann::json::parse(saved)["county"] == "cook");
    CHECK(cdtest::must_parse(saved).county == "cook");
}

TEST_CASE("a county program's fit counts for the diversion path and the bottom line features") {
    // Harris County's marijuana diversion is the county's own; without the county the state's
    // programs decide alone.
    const char* base = R"({"format":"case-decoder/case-file","version":3,"jurisdiction":"TX",%s"stage":"pre_trial",
        "charges":[{"offense":"marijuana_possession","level":"misdemeanor"}],"facts":{"prior_record":"no"}})";
    char with[600], without[600];
    std::snprintf(with, sizeof with, base, R"("county":"harris",)");
    std::snprintf(without, sizeof without, base, "");
    cd::Report a = cdtest::decode(with), b = cdtest::decode(without);
    CHECK(a.jurisdiction.programs.size() == b.jurisdiction.programs.size() + 1);
    const cd::ProgramInfo* mmdp = program(a, "tx.harris.misdemeanor_marijuana_diversion");
    REQUIRE(mmdp);
    CHECK(mmdp->fits != "no");
}

TEST_CASE("the loader names the file and field of a bad county entry") {
    auto load_with = [](const std::string& text) {
        std::vector<cd::ContentFile> files;
        for (const auto& f : cd::bundled_content_files())
            if (f.path.rfind("counties/", 0) != 0) files.push_back(f);
        files.push_back({"counties/IL.json", text});
        return cd::load_content(files);
    };
    const std::string program = R"({"id": "il.x.p", "kind": "diversion", "name": "P", "summary": "S", "eligibility": {"offenses": ["theftt"]},
        "citation": "C", "verified": true, "source": "s", "reviewed": "2026-12-05"})";
    auto bad_fips = load_with(R"({"jurisdiction": "IL", "reviewed": "2026-12-05", "counties": [{"id": "x", "name": "X County", "fips": "123", "programs": []}]})");
    CHECK(bad_fips.error == "content: counties/IL.json: counties[0].fips: expected five digits (the county's FIPS code), got \"123\"");
    auto bad_offense = load_with(R"({"jurisdiction": "IL", "reviewed": "2026-12-05", "counties": [{"id": "x", "name": "X County", "fips": "17031", "programs": [)" + program + "]}]}");
    CHECK(bad_offense.error == "content: counties/IL.json: programs (il.x.p): unknown offense \"theftt\" (did you mean \"theft\"?)");
    auto wrong_file = load_with(R"({"jurisdiction": "IN", "reviewed": "2026-12-05", "counties": []})");
    CHECK(wrong_file.error == "content: counties/IL.json: jurisdiction: \"IN\" does not match the file name");
}

TEST_CASE("lint's figures count county programs and clocks by the date that starts them") {
    cd::LintStats s;
    CHECK(cd::lint_content(cd::bundled_content(), &s).empty());
    CHECK(s.counties >= 16);
    CHECK(s.county_programs_verified == s.county_programs);  // only checked county programs are listed
    int clocks = 0;
    for (const auto& [key, n] : s.clocks_by_trigger) {
        clocks += n.first;
        CHECK(n.second <= n.first);
    }
    CHECK(clocks == s.deadlines);
    CHECK(s.clocks_by_trigger.count("counsel_appearance") == 1);  // Maryland's Hicks rule
}
