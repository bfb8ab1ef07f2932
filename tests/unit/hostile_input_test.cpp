// Named hostile inputs: each gets exit-code-2 style rejection with one clear line, or a bounded
// report. None may crash or hang (the sanitizer build runs these too).
#include "test_support.h"

namespace {
std::string base_with(const std::string& tail) {
    return R"({"jurisdiction":"CA","charges":[{"offense":"dui","level":"misdemeanor"}],"stage":"pre_trial")" + tail + "}";
}
void rejected_with_one_line(const std::string& text, const std::string& starts_with) {
    cd::CaseFileResult r = cdtest::parse(text);
    CHECK_FALSE(r.ok);
    CHECK(r.error.rfind(starts_with, 0) == 0);
    CHECK(r.error.find('\n') == std::string::npos);
    CHECK(r.error.size() < 300);
}
}  // namespace

TEST_CASE("deeply nested JSON is refused before parsing") {
    rejected_with_one_line(std::string(200000, '{'), "case file: not valid JSON");
    rejected_with_one_line(base_with(R"(,"facts":)" + std::string(70, '[') + std::string(70, ']')), "case file: not valid JSON");
}

TEST_CASE("a 10 MB string is refused as too large") {
    rejected_with_one_line(base_with(R"(,"note":")" + std::string(10u << 20, 'a') + "\""), "case file: too large");
}

TEST_CASE("a long string in a known field is named, and shortened in the message") {
    rejected_with_one_line(base_with(R"(,"lang":")" + std::string(100000, 'z') + "\""), "case file: lang: unknown language \"zzzz");
}

TEST_CASE("10,000 charges are refused with the limit named") {
    std::string charges;
    for (int i = 0; i < 10000; ++i) charges += std::string(i ? "," : "") + R"({"offense":"theft"})";
    rejected_with_one_line(R"({"jurisdiction":"CA","charges":[)" + charges + "]}", "case file: charges: 10000 charges; at most 50 are read");
}

TEST_CASE("invalid UTF-8 is refused") {
    rejected_with_one_line("{\"jurisdiction\":\"C\xc3\x28\",\"charges\":[]}", "case file: not valid JSON");
    rejected_with_one_line(base_with(",\"facts\":{\"searched\":\"y\xff\"}"), "case file: not valid JSON");
}

TEST_CASE("duplicate keys are refused, naming the key") {
    rejected_with_one_line(base_with(R"(,"facts":{"searched":"yes","searched":"no"})"), "case file: searched: appears twice");
}

TEST_CASE("dates out of range or impossible are refused") {
    rejected_with_one_line(base_with(R"(,"dates":{"arrest":"9999-01-01"})"), "case file: dates.arrest: not a real date");
    rejected_with_one_line(base_with(R"(,"dates":{"arrest":"0000-00-00"})"), "case file: dates.arrest: not a real date");
    rejected_with_one_line(base_with(R"(,"dates":{"arrest":"2026-02-29"})"), "case file: dates.arrest: not a real date");
}

TEST_CASE("numbers, lists, objects and nulls where text belongs") {
    rejected_with_one_line(R"({"jurisdiction":["CA"],"charges":[{"offense":"dui"}]})", "case file: jurisdiction: expected text");
    rejected_with_one_line(R"({"jurisdiction":"CA","charges":[{"offense":{"id":"dui"}}]})", "case file: charges[0].offense: expected an offense id");
    rejected_with_one_line(R"({"jurisdiction":"CA","charges":[{"offense":"dui"}],"stage":12})", "case file: stage: expected text, got 12");
    rejected_with_one_line(base_with(R"(,"in_custody":1)"), "case file: in_custody: expected");
    rejected_with_one_line(base_with(R"(,"facts":{"searched":null})"), "case file: facts.searched: expected");
    rejected_with_one_line(base_with(R"(,"dates":{"arrest":["2026-01-01"]})"), "case file: dates.arrest: expected a date");
    rejected_with_one_line("\"just a string\"", "case file: expected a JSON object");
    rejected_with_one_line("", "case file: not valid JSON");
    rejected_with_one_line(std::string("\0\0\0", 3), "case file: not valid JSON");
}

TEST_CASE("a maximal but valid case gives a bounded report") {
    std::string charges, facts;
    const cd::Content& content = cd::bundled_content();
    const char* levels[] = {"felony", "misdemeanor"};  // 50 different charges: a repeated one would be read as counts
    for (size_t i = 0; i < 50; ++i)
        charges += std::string(i ? "," : "") + R"({"offense":")" + content.offenses[i % content.offenses.size()].id + R"(","level":")" +
                   levels[(i / content.offenses.size()) % 2] + R"("})";
    for (size_t i = 0; i < content.facts.size(); ++i) facts += std::string(i ? "," : "") + "\"" + content.facts[i].id + "\":\"yes\"";
    cd::Report r = cdtest::decode(R"({"jurisdiction":"US","charges":[)" + charges + R"(],"facts":{)" + facts + "}}");
    CHECK(r.charges.size() == 50);
    CHECK(r.questions.size() >= 10);
    CHECK(r.questions.size() <= 15);
}
