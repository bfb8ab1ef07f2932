// The kind of a case-file error: what the widget uses to explain a failed import in the reader's
// language (the English error line names the field; the kind says what went wrong in general).
#include "test_support.h"

using cdtest::parse;

namespace {
cd::CaseFileError kind_of(const std::string& text) {
    cd::CaseFileResult r = parse(text);
    CHECK_FALSE(r.ok);
    CHECK_FALSE(r.error.empty());
    return r.error_kind;
}
const std::string kGood = R"({"format":"case-decoder/case-file","version":2,"jurisdiction":"CA","charges":[{"offense":"dui","level":"misdemeanor"}]})";
}  // namespace

TEST_CASE("a good case file has no error kind") {
    cd::CaseFileResult r = parse(kGood);
    CHECK(r.ok);
    CHECK(r.error_kind == cd::CaseFileError::None);
}

TEST_CASE("a file over 4 MB is too large, whatever it holds") {
    CHECK(kind_of(std::string(5u << 20, ' ')) == cd::CaseFileError::TooLarge);
}

TEST_CASE("text that is not JSON is NotJson: a PDF header, a half-saved file, nothing at all") {
    CHECK(kind_of("%PDF-1.7\n%\xE2\xE3\xCF\xD3") == cd::CaseFileError::NotJson);
    CHECK(kind_of(kGood.substr(0, kGood.size() / 2)) == cd::CaseFileError::NotJson);
    CHECK(kind_of("") == cd::CaseFileError::NotJson);
    CHECK(kind_of(std::string(100, '[')) == cd::CaseFileError::NotJson);  // nested too deep
}

TEST_CASE("JSON that is not a case file is NotCaseFile: a list, a number, another program's format") {
    CHECK(kind_of("[1,2,3]") == cd::CaseFileError::NotCaseFile);
    CHECK(kind_of("42") == cd::CaseFileError::NotCaseFile);
    CHECK(kind_of(R"({"format":"case-decoder/saved-answers","version":1})") == cd::CaseFileError::NotCaseFile);
    CHECK(kind_of(R"({"format":7,"jurisdiction":"CA"})") == cd::CaseFileError::NotCaseFile);
}

TEST_CASE("a newer format version is TooNew; a nonsense version is a field error") {
    CHECK(kind_of(R"({"format":"case-decoder/case-file","version":4,"jurisdiction":"CA","charges":[]})") == cd::CaseFileError::TooNew);
    CHECK(kind_of(R"({"format":"case-decoder/case-file","version":0,"jurisdiction":"CA","charges":[]})") == cd::CaseFileError::Field);
    CHECK(kind_of(R"({"format":"case-decoder/case-file","version":"2","jurisdiction":"CA","charges":[]})") == cd::CaseFileError::Field);
}

TEST_CASE("one wrong field in a real case file is a Field error whose line names the field") {
    struct Case { const char* from; const char* to; const char* field; };
    const Case cases[] = {
        {"\"dui\"", "\"duii\"", "charges[0].offense"},
        {"\"CA\"", "\"ZZ\"", "jurisdiction"},
        {"\"misdemeanor\"", "\"big\"", "charges[0].level"},
        {"\"charges\"", "\"charge\"", "charges"},
    };
    for (const Case& c : cases) {
        std::string text = kGood;
        text.replace(text.find(c.from), std::string(c.from).size(), c.to);
        CAPTURE(text);
        cd::CaseFileResult r = parse(text);
        CHECK_FALSE(r.ok);
        CHECK(r.error_kind == cd::CaseFileError::Field);
        CHECK(r.error.find(c.field) != std::string::npos);
    }
    CHECK(kind_of(R"({"format":"case-decoder/case-file","version":2,"jurisdiction":"CA","jurisdiction":"NY","charges":[]})") == cd::CaseFileError::Field);
}
