#include "test_support.h"

using cdtest::parse;

namespace {
// A minimal valid case with one field replaced by `field_json` (a "key": value pair).
std::string with(const std::string& field_json) {
    return R"({"format":"case-decoder/case-file","version":1,"jurisdiction":"CA","charges":[{"offense":"dui","level":"misdemeanor"}],"stage":"pre_trial",)" +
           field_json + "}";
}
std::string replaced(std::string s, const std::string& from, const std::string& to) {
    s.replace(s.find(from), from.size(), to);
    return s;
}
void check_error(const std::string& text, const std::string& expected) {
    cd::CaseFileResult r = parse(text);
    CHECK_FALSE(r.ok);
    CHECK(r.error == expected);
    CHECK(r.error.find('\n') == std::string::npos);
}
}  // namespace

TEST_CASE("a complete case file parses into typed fields") {
    cd::CaseFile c = cdtest::must_parse(with(R"("in_custody":"no","dates":{"arrest":"2026-09-14","arraignment":"2026-09-16"},"facts":{"searched":"yes","search_warrant":"no","first_offense":"unknown"},"lang":"en")"));
    CHECK(c.jurisdiction == "CA");
    REQUIRE(c.charges.size() == 1);
    CHECK(c.charges[0].offense == "dui");
    CHECK(c.charges[0].level == "misdemeanor");
    CHECK(c.in_custody == cd::Tri::No);
    CHECK(cd::to_iso(c.dates.at("arraignment")) == "2026-09-16");
    CHECK(c.fact("searched") == cd::Tri::Yes);
    CHECK(c.fact("search_warrant") == cd::Tri::No);
    CHECK(c.fact("first_offense") == cd::Tri::Unknown);
    CHECK(c.fact("video_exists") == cd::Tri::Unknown);  // missing means unknown
}

TEST_CASE("syntax and shape errors name what is wrong") {
    check_error("{", "case file: not valid JSON (check for a missing comma or quote; nesting deeper than 64 levels is refused)");
    check_error("[1,2]", "case file: expected a JSON object { ... }, got a list");
    check_error(R"({"jurisdiction":"CA","jurisdiction":"NY","charges":[{"offense":"dui"}]})", "case file: jurisdiction: appears twice; give each field once");
    check_error(replaced(with(R"("lang":"en")"), "\"version\":1", "\"version\":4"),
                "case file: version: version 4 is not supported (this build reads versions 1, 2 and 3; a newer file needs a newer Case Decoder)");
    check_error(replaced(with(R"("lang":"en")"), "\"version\":1", "\"version\":\"1\""), "case file: version: expected the number 1, 2 or 3, got \"1\"");
    check_error(replaced(with(R"("lang":"en")"), "case-decoder/case-file", "something-else"), "case file: format: expected \"case-decoder/case-file\", got \"something-else\"");
}

TEST_CASE("jurisdiction errors") {
    check_error(R"({"charges":[{"offense":"dui"}]})", "case file: jurisdiction: missing (a two-letter state code such as \"CA\", \"DC\", or \"US\" for federal court)");
    check_error(R"({"jurisdiction":5,"charges":[{"offense":"dui"}]})", "case file: jurisdiction: expected text such as \"CA\", got 5");
    check_error(R"({"jurisdiction":"XX","charges":[{"offense":"dui"}]})", "case file: jurisdiction: unknown jurisdiction \"XX\" (use a two-letter state code, \"DC\", or \"US\" for federal court)");
    check_error(R"({"jurisdiction":"California","charges":[{"offense":"dui"}]})", "case file: jurisdiction: unknown jurisdiction \"California\" (did you mean \"CA\"?)");
    cd::CaseFileResult lower = parse(R"({"jurisdiction":"ca","charges":[{"offense":"dui"}],"stage":"pre_trial"})");
    REQUIRE(lower.ok);
    CHECK(lower.case_file.jurisdiction == "CA");
}

TEST_CASE("charge errors, with did-you-mean for near misses and synonyms") {
    check_error(R"({"jurisdiction":"CA"})", "case file: charges: missing (a list such as [ { \"offense\": \"dui\", \"level\": \"misdemeanor\" } ])");
    check_error(R"({"jurisdiction":"CA","charges":{}})", "case file: charges: expected a list, got an object");
    check_error(R"({"jurisdiction":"CA","charges":[]})", "case file: charges: empty: give at least one charge");
    check_error(R"({"jurisdiction":"CA","charges":["dui"]})", "case file: charges[0]: expected an object { \"offense\": ..., \"level\": ... }, got text");
    check_error(R"({"jurisdiction":"CA","charges":[{"level":"felony"}]})", "case file: charges[0].offense: missing");
    check_error(R"({"jurisdiction":"CA","charges":[{"offense":7}]})", "case file: charges[0].offense: expected an offense id such as \"dui\", got 7");
    check_error(R"({"jurisdiction":"CA","charges":[{"offense":"duii"}]})", "case file: charges[0].offense: unknown offense \"duii\" (did you mean \"dui\"?)");
    check_error(R"({"jurisdiction":"CA","charges":[{"offense":"DWI"}]})", "case file: charges[0].offense: unknown offense \"DWI\" (did you mean \"dui\"?)");
    check_error(R"({"jurisdiction":"CA","charges":[{"offense":"dui"},{"offense":"theft","level":"big"}]})",
                "case file: charges[1].level: unknown level \"big\" (expected infraction, misdemeanor, felony or unknown)");
    check_error(R"({"jurisdiction":"CA","charges":[{"offense":"dui","level":"felonyy"}]})",
                "case file: charges[0].level: unknown level \"felonyy\" (expected infraction, misdemeanor, felony or unknown) (did you mean \"felony\"?)");
    std::string many = R"({"jurisdiction":"CA","charges":[)";
    for (int i = 0; i < 51; ++i) many += std::string(i ? "," : "") + R"({"offense":"theft"})";
    check_error(many + "]}", "case file: charges: 51 charges; at most 50 are read");
}

TEST_CASE("stage, custody, dates, facts and language errors") {
    check_error(with(R"("in_custody":true)"), "case file: in_custody: expected \"yes\", \"no\" or \"unknown\", got true");
    check_error(with(R"("dates":[])"), "case file: dates: expected an object { \"arrest\": \"YYYY-MM-DD\", ... }, got a list");
    check_error(with(R"("dates":{"arrest":"2026-02-30"})"), "case file: dates.arrest: not a real date \"2026-02-30\" (expected YYYY-MM-DD, e.g. \"2026-09-14\", between 1900 and 2200)");
    check_error(with(R"("dates":{"arrest":20260214})"), "case file: dates.arrest: expected a date \"YYYY-MM-DD\", got 20260214");
    check_error(with(R"("facts":"yes")"), "case file: facts: expected an object { \"searched\": \"yes\", ... }, got text");
    check_error(with(R"("facts":{"searched":true})"), "case file: facts.searched: expected \"yes\", \"no\" or \"unknown\", got true");
    check_error(with(R"("facts":{"searched":"maybe"})"), "case file: facts.searched: expected \"yes\", \"no\" or \"unknown\", got \"maybe\"");
    check_error(with(R"("lang":"fr")"), "case file: lang: unknown language \"fr\" (expected \"en\" or \"es\")");
    check_error(with(R"("as_of":"yesterday")"), "case file: as_of: expected a date \"YYYY-MM-DD\", got \"yesterday\"");
    check_error(R"({"jurisdiction":"CA","charges":[{"offense":"dui"}],"stage":"pretrial"})",
                "case file: stage: unknown stage \"pretrial\" (expected before_filing, arraignment, pre_trial, trial or after_conviction) (did you mean \"pre_trial\"?)");
}

TEST_CASE("unknown fields are ignored with a warning, never an error") {
    cd::CaseFileResult r = parse(with(R"("facts":{"serched":"yes"},"dates":{"arest":"2026-01-01"},"colour":"blue")"));
    REQUIRE(r.ok);
    CHECK(cdtest::has(r.warnings, "case file: colour: unknown field ignored"));
    CHECK(cdtest::has(r.warnings, "case file: facts.serched: unknown fact ignored (did you mean \"searched\"?)"));
    CHECK(cdtest::has(r.warnings, "case file: dates.arest: unknown date ignored (did you mean \"arrest\"?)"));
    CHECK(r.case_file.fact("searched") == cd::Tri::Unknown);
}

TEST_CASE("hostile input gets a clear error, not a crash") {
    check_error(std::string(100000, '[') + std::string(100000, ']'), "case file: not valid JSON (check for a missing comma or quote; nesting deeper than 64 levels is refused)");
    check_error(std::string("{\"jurisdiction\":\"\xff\xfe\"}"), "case file: not valid JSON (check for a missing comma or quote; nesting deeper than 64 levels is refused)");
    std::string huge = with(R"("notes":")" + std::string(5 << 20, 'x') + "\"");
    cd::CaseFileResult r = parse(huge);
    CHECK_FALSE(r.ok);
    CHECK(r.error.rfind("case file: too large", 0) == 0);
}

TEST_CASE("write_case_file round-trips through parse_case_file") {
    cd::CaseFile c = cdtest::must_parse(with(R"("in_custody":"yes","dates":{"arrest":"2026-09-14"},"facts":{"searched":"yes","miranda_warning":"no"},"lang":"es","as_of":"2026-11-23")"));
    std::string saved = cd::write_case_file(c);
    cd::CaseFile back = cdtest::must_parse(saved);
    CHECK(cd::write_case_file(back) == saved);
    CHECK(back.in_custody == cd::Tri::Yes);
    CHECK(back.lang == "es");
    CHECK(back.fact("miranda_warning") == cd::Tri::No);
    CHECK(cd::to_iso(*back.as_of) == "2026-11-23");
}
