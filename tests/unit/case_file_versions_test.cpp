// Case file format versions: version 2 adds charges[].counts ("two counts of theft") and refuses
// the same charge given twice; a version 1 file (or one with no version) is migrated: identical
// repeated charges fold into one charge with counts, with a warning. Nothing version 1 allowed is
// refused, and a version 1 file and its version 2 equivalent give the same report, byte for byte.
#include "test_support.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using cdtest::parse;

namespace {

const char* kHead = R"("format":"case-decoder/case-file","jurisdiction":"CA","stage":"pre_trial","in_custody":"no",)"
                    R"("dates":{"arrest":"2026-09-14","arraignment":"2026-09-16"},"facts":{"searched":"yes","search_warrant":"no"},"lang":"en")";

// A case file with the given version (e.g. "1", "2", "\"2\""; empty: no "version" field) and charges list.
std::string case_file(const std::string& version, const std::string& charges) {
    return std::string("{") + kHead + (version.empty() ? "" : ",\"version\":" + version) + ",\"charges\":" + charges + "}";
}

const char* kRepeatedTheft = R"([{"offense":"theft","level":"misdemeanor"},{"offense":"dui","level":"misdemeanor"},{"offense":"theft","level":"misdemeanor"}])";
const char* kFoldedTheft = R"([{"offense":"theft","level":"misdemeanor","counts":2},{"offense":"dui","level":"misdemeanor"}])";
const char* kFoldWarning = "case file: charges: version 1 file: 2 identical \"theft\" charges read as one charge with 2 counts";

void check_error(const std::string& text, const std::string& expected) {
    cd::CaseFileResult r = parse(text);
    CHECK_FALSE(r.ok);
    CHECK(r.error == expected);
    CHECK(r.error.find('\n') == std::string::npos);
}

std::string counts_error(const std::string& counts_json) {
    cd::CaseFileResult r = parse(case_file("2", R"([{"offense":"dui","level":"misdemeanor"},{"offense":"theft","level":"misdemeanor","counts":)" + counts_json + "}]"));
    CHECK_FALSE(r.ok);
    CHECK(r.error.find('\n') == std::string::npos);
    return r.error;
}

cd::Report decode_with_as_of(const std::string& text) {
    cd::CaseFile c = cdtest::must_parse(text);
    c.as_of = cdtest::date("2026-11-23");
    return cd::build_report(c, cd::bundled_content());
}

std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace

TEST_CASE("a version 1 file without repeated charges loads unchanged and with no warnings") {
    cd::CaseFileResult r = parse(case_file("1", R"([{"offense":"theft","level":"misdemeanor"},{"offense":"theft","level":"felony"},{"offense":"dui"}])"));
    REQUIRE(r.ok);
    CHECK(r.warnings.empty());
    const cd::CaseFile& c = r.case_file;
    REQUIRE(c.charges.size() == 3);
    CHECK(c.charges[0].offense == "theft");
    CHECK(c.charges[0].level == "misdemeanor");
    CHECK(c.charges[1].offense == "theft");
    CHECK(c.charges[1].level == "felony");  // same offense, another level: a different charge
    CHECK(c.charges[2].offense == "dui");
    CHECK(c.charges[2].level == "unknown");
    for (const auto& ch : c.charges) CHECK(ch.counts == 1);
    CHECK(c.jurisdiction == "CA");
    CHECK(c.fact("searched") == cd::Tri::Yes);
}

TEST_CASE("a version 1 file with a repeated charge folds it into counts, with one warning") {
    cd::CaseFileResult r = parse(case_file("1", kRepeatedTheft));
    INFO(r.error);
    REQUIRE(r.ok);
    REQUIRE(r.case_file.charges.size() == 2);
    CHECK(r.case_file.charges[0].offense == "theft");
    CHECK(r.case_file.charges[0].level == "misdemeanor");
    CHECK(r.case_file.charges[0].counts == 2);
    CHECK(r.case_file.charges[1].offense == "dui");
    CHECK(r.case_file.charges[1].counts == 1);
    CHECK(r.warnings == std::vector<std::string>{kFoldWarning});

    cd::Report report = cd::build_report(r.case_file, cd::bundled_content());
    REQUIRE(report.charges.size() == 2);
    CHECK(report.charges[0].offense == "theft");
    CHECK(report.charges[0].counts == 2);
    CHECK(report.charges[1].counts == 1);
    nlohmann::json j = nlohmann::json::parse(cd::render_json(report));
    REQUIRE(j["charges"].size() == 2);
    CHECK(j["charges"][0]["counts"] == 2);
    CHECK(j["charges"][1]["counts"] == 1);
}

TEST_CASE("folding a version 1 file treats a missing level as unknown, as the reader does") {
    cd::CaseFileResult r = parse(case_file("1", R"([{"offense":"theft"},{"offense":"theft","level":"unknown"},{"offense":"theft","level":null}])"));
    REQUIRE(r.ok);
    REQUIRE(r.case_file.charges.size() == 1);
    CHECK(r.case_file.charges[0].level == "unknown");
    CHECK(r.case_file.charges[0].counts == 3);
    CHECK(r.warnings == std::vector<std::string>{"case file: charges: version 1 file: 3 identical \"theft\" charges read as one charge with 3 counts"});
}

TEST_CASE("a version 1 file gives one warning per folded group") {
    cd::CaseFileResult r = parse(case_file("1", R"([{"offense":"theft","level":"felony"},{"offense":"dui","level":"misdemeanor"},{"offense":"dui","level":"misdemeanor"},{"offense":"theft","level":"felony"}])"));
    REQUIRE(r.ok);
    REQUIRE(r.case_file.charges.size() == 2);
    CHECK(r.case_file.charges[0].offense == "theft");  // order of first appearance
    CHECK(r.case_file.charges[0].counts == 2);
    CHECK(r.case_file.charges[1].offense == "dui");
    CHECK(r.case_file.charges[1].counts == 2);
    CHECK(r.warnings.size() == 2);
    CHECK(cdtest::has(r.warnings, "case file: charges: version 1 file: 2 identical \"theft\" charges read as one charge with 2 counts"));
    CHECK(cdtest::has(r.warnings, "case file: charges: version 1 file: 2 identical \"dui\" charges read as one charge with 2 counts"));
}

TEST_CASE("errors in a folded version 1 file still name the charge as the reader wrote it") {
    check_error(case_file("1", R"([{"offense":"theft"},{"offense":"theft"},{"offense":"duii"}])"),
                "case file: charges[2].offense: unknown offense \"duii\" (did you mean \"dui\"?)");
    check_error(case_file("1", R"([{"offense":"theft","level":"big"},{"offense":"theft","level":"big"}])"),
                "case file: charges[0].level: unknown level \"big\" (expected infraction, misdemeanor, felony or unknown)");
    check_error(case_file("1", R"([{"offense":"dui"},{"offense":"dui"},"theft"])"),
                "case file: charges[2]: expected an object { \"offense\": ..., \"level\": ... }, got text");
}

TEST_CASE("a counts field in a version 1 file is ignored with a warning, as version 1 always did") {
    cd::CaseFileResult r = parse(case_file("1", R"([{"offense":"theft","level":"misdemeanor","counts":"many","note":"x"}])"));
    REQUIRE(r.ok);
    REQUIRE(r.case_file.charges.size() == 1);
    CHECK(r.case_file.charges[0].counts == 1);
    CHECK(cdtest::has(r.warnings, "case file: charges[0].counts: unknown field ignored (\"counts\" needs \"version\": 2)"));
    CHECK(cdtest::has(r.warnings, "case file: charges[0].note: unknown field ignored"));
}

TEST_CASE("the same repeated charges labelled version 2 are refused with one clear line") {
    check_error(case_file("2", kRepeatedTheft),
                "case file: charges[2]: same charge as charges[0] (theft, misdemeanor); give it once with \"counts\": 2");
    check_error(case_file("2", R"([{"offense":"dui"},{"offense":"dui","level":"unknown","counts":2}])"),
                "case file: charges[1]: same charge as charges[0] (dui, unknown); give it once with \"counts\": 3");
}

TEST_CASE("a version 2 file reads counts, with no warnings") {
    cd::CaseFileResult r = parse(case_file("2", R"([{"offense":"theft","level":"misdemeanor","counts":2},{"offense":"theft","level":"felony","counts":99},{"offense":"dui","counts":null},{"offense":"assault","counts":1}])"));
    INFO(r.error);
    REQUIRE(r.ok);
    CHECK(r.warnings.empty());
    REQUIRE(r.case_file.charges.size() == 4);
    CHECK(r.case_file.charges[0].counts == 2);
    CHECK(r.case_file.charges[1].counts == 99);
    CHECK(r.case_file.charges[2].counts == 1);  // null: the default
    CHECK(r.case_file.charges[3].counts == 1);
}

TEST_CASE("counts of 0 is refused") {
    CHECK(counts_error("0") == "case file: charges[1].counts: expected a whole number from 1 to 99, got 0");
}

TEST_CASE("counts of 100 is refused") {
    CHECK(counts_error("100") == "case file: charges[1].counts: expected a whole number from 1 to 99, got 100");
    CHECK(counts_error("18446744073709551615") == "case file: charges[1].counts: expected a whole number from 1 to 99, got 18446744073709551615");
}

TEST_CASE("negative counts is refused") {
    CHECK(counts_error("-1") == "case file: charges[1].counts: expected a whole number from 1 to 99, got -1");
}

TEST_CASE("fractional counts is refused") {
    CHECK(counts_error("1.5") == "case file: charges[1].counts: expected a whole number from 1 to 99, got 1.5");
    CHECK(counts_error("2.0") == "case file: charges[1].counts: expected a whole number from 1 to 99, got 2.0");
}

TEST_CASE("counts given as text is refused") {
    CHECK(counts_error("\"2\"") == "case file: charges[1].counts: expected a whole number from 1 to 99, got \"2\" (text)");
}

TEST_CASE("counts of another type is refused") {
    CHECK(counts_error("true") == "case file: charges[1].counts: expected a whole number from 1 to 99, got true");
    CHECK(counts_error("[2]") == "case file: charges[1].counts: expected a whole number from 1 to 99, got a list");
}

TEST_CASE("a file without a version is read as version 1, with a warning") {
    cd::CaseFileResult plain = parse(case_file("", R"([{"offense":"dui","level":"misdemeanor"}])"));
    REQUIRE(plain.ok);
    CHECK(plain.warnings == std::vector<std::string>{"case file: version: missing; read as version 1"});
    CHECK(plain.case_file.charges[0].counts == 1);

    cd::CaseFileResult repeated = parse(case_file("", kRepeatedTheft));  // version 1 rules: folded, not refused
    REQUIRE(repeated.ok);
    CHECK(repeated.warnings == std::vector<std::string>{"case file: version: missing; read as version 1", kFoldWarning});
    REQUIRE(repeated.case_file.charges.size() == 2);
    CHECK(repeated.case_file.charges[0].counts == 2);
}

TEST_CASE("version 4 and later are refused as too new") {
    for (const char* v : {"4", "10", "18446744073709551615"})
        check_error(case_file(v, kFoldedTheft), std::string("case file: version: version ") + v +
                                                    " is not supported (this build reads versions 1, 2 and 3; a newer file needs a newer Case Decoder)");
}

TEST_CASE("version 0, negative and fractional versions are refused") {
    check_error(case_file("0", kFoldedTheft), "case file: version: expected the number 1, 2 or 3, got 0 (versions start at 1)");
    check_error(case_file("-1", kFoldedTheft), "case file: version: expected the number 1, 2 or 3, got -1 (versions start at 1)");
    check_error(case_file("1.5", kFoldedTheft), "case file: version: expected the number 1, 2 or 3, got 1.5");
    check_error(case_file("\"2\"", kFoldedTheft), "case file: version: expected the number 1, 2 or 3, got \"2\"");
    check_error(case_file("null", kFoldedTheft), "case file: version: expected the number 1, 2 or 3, got null");
}

TEST_CASE("the 50-charge cap counts entries, not counts") {
    const cd::Content& content = cd::bundled_content();
    const char* levels[] = {"felony", "misdemeanor", "infraction", "unknown"};
    auto entries = [&](size_t n) {
        std::string s = "[";
        for (size_t i = 0; i < n; ++i)  // all different: offense by offense, then the next level
            s += std::string(i ? "," : "") + R"({"offense":")" + content.offenses[i % content.offenses.size()].id + R"(","level":")" +
                 levels[(i / content.offenses.size()) % 4] + R"(","counts":99})";
        return s + "]";
    };
    REQUIRE(content.offenses.size() * 4 >= 51);
    cd::CaseFileResult fifty = parse(case_file("2", entries(50)));
    INFO(fifty.error);
    REQUIRE(fifty.ok);
    CHECK(fifty.case_file.charges.size() == 50);
    check_error(case_file("2", entries(51)), "case file: charges: 51 charges; at most 50 are read");
}

TEST_CASE("write_case_file writes version 3 and round-trips counts") {
    cd::CaseFile c = cdtest::must_parse(case_file("2", kFoldedTheft));
    std::string saved = cd::write_case_file(c);
    nlohmann::json j = nlohmann::json::parse(saved);
    CHECK(j["version"] == 3);
    CHECK(j["charges"][0]["counts"] == 2);
    CHECK_FALSE(j["charges"][1].contains("counts"));  // one count: written as in version 1
    cd::CaseFileResult back = parse(saved);
    REQUIRE(back.ok);
    CHECK(back.warnings.empty());
    REQUIRE(back.case_file.charges.size() == 2);
    CHECK(back.case_file.charges[0].counts == 2);
    CHECK(back.case_file.charges[1].counts == 1);
    CHECK(cd::write_case_file(back.case_file) == saved);

    // A migrated version 1 file saves as version 3 and reads back the same.
    cd::CaseFile migrated = cdtest::must_parse(case_file("1", kRepeatedTheft));
    CHECK(cd::write_case_file(migrated) == saved);
}

TEST_CASE("a version 1 case file and its version 2 equivalent give byte-identical reports") {
    cd::Report v1 = decode_with_as_of(case_file("1", kRepeatedTheft));
    cd::Report v2 = decode_with_as_of(case_file("2", kFoldedTheft));
    CHECK(cd::render_json(v1) == cd::render_json(v2));
    CHECK(cd::render_text(v1) == cd::render_text(v2));
    CHECK(cd::render_markdown(v1) == cd::render_markdown(v2));

    // Without repeats the two versions are the same file but for the number.
    std::string single = R"([{"offense":"dui","level":"misdemeanor"}])";
    CHECK(cd::render_json(decode_with_as_of(case_file("1", single))) == cd::render_json(decode_with_as_of(case_file("2", single))));
}

TEST_CASE("text and Markdown show counts after the charge name only when more than one") {
    cd::Report r = decode_with_as_of(case_file("2", kFoldedTheft));
    const std::string note = cd::bundled_content().ui_text("report.counts_note", "en");
    CHECK(note.rfind("Each count is a separate charge.", 0) == 0);
    std::string text = cd::render_text(r), md = cd::render_markdown(r);
    CHECK(text.find("\nTheft \xE2\x80\x94 2 counts (misdemeanor)\n\n" + note + "\n\n") != std::string::npos);
    CHECK(md.find("\n#### Theft \xE2\x80\x94 2 counts (misdemeanor)\n\n" + note + "\n\n") != std::string::npos);
    for (const std::string* out : {&text, &md}) {
        CHECK(out->find(" counts (misdemeanor)") == out->rfind(" counts (misdemeanor)"));  // the one-count DUI has none
        CHECK(out->find(note) == out->rfind(note));  // the note once, for the charge with counts
    }

    cd::Report single = decode_with_as_of(case_file("2", R"([{"offense":"dui","level":"misdemeanor"}])"));
    for (const std::string& out : {cd::render_text(single), cd::render_markdown(single)}) {
        CHECK(out.find("\xE2\x80\x94 1 ") == std::string::npos);
        CHECK(out.find(note) == std::string::npos);
    }
    nlohmann::json j = nlohmann::json::parse(cd::render_json(single));
    CHECK(j["charges"][0]["counts"] == 1);  // the JSON report always says
}

TEST_CASE("counts are shown in Spanish too") {
    std::string es = case_file("2", kFoldedTheft);
    es.replace(es.find("\"lang\":\"en\""), 11, "\"lang\":\"es\"");
    cd::Report r = decode_with_as_of(es);
    REQUIRE(r.lang == "es");
    const cd::Content& content = cd::bundled_content();
    const std::string& label = content.ui_text("report.counts", "es");
    const std::string& note = content.ui_text("report.counts_note", "es");
    CHECK(label != content.ui_text("report.counts", "en"));
    CHECK(note != content.ui_text("report.counts_note", "en"));
    std::string head = r.charges[0].name + " \xE2\x80\x94 2 " + label + " (";
    for (const std::string& out : {cd::render_text(r, content), cd::render_markdown(r, content)}) {
        CHECK(out.find(head) != std::string::npos);
        CHECK(out.find(note) != std::string::npos);
    }
}

// Scenario fixtures may say what charges the report has ("charges": [{"offense", "level", "counts"}]);
// the version 1 fixture with a repeated charge (or-theft-two-counts-v1) expects one with counts 2.
TEST_CASE("scenario fixtures' expected charges and counts hold") {
    namespace fs = std::filesystem;
    const fs::path dir = fs::path(CD_SOURCE_DIR) / "tests" / "scenarios";
    REQUIRE(fs::exists(dir / "or-theft-two-counts-v1.expect.json"));
    int checked = 0;
    std::vector<fs::path> fixtures;
    for (const auto& entry : fs::directory_iterator(dir)) {
        std::string n = entry.path().filename().string();
        if (n.size() > 12 && n.substr(n.size() - 12) == ".expect.json") fixtures.push_back(entry.path());
    }
    std::sort(fixtures.begin(), fixtures.end());
    for (const auto& f : fixtures) {
        nlohmann::json e = nlohmann::json::parse(read_file(f));
        if (!e.contains("charges")) continue;
        std::string name = f.filename().string();
        name = name.substr(0, name.size() - std::string(".expect.json").size());
        fs::path case_path = e.contains("case_file") ? fs::path(CD_SOURCE_DIR) / e["case_file"].get<std::string>() : dir / (name + ".case.json");
        INFO("scenario " << name);
        cd::Report r = cdtest::decode(read_file(case_path));
        REQUIRE(r.charges.size() == e["charges"].size());
        for (size_t i = 0; i < r.charges.size(); ++i) {
            const nlohmann::json& want = e["charges"][i];
            CHECK(r.charges[i].offense == want["offense"].get<std::string>());
            if (want.contains("level")) CHECK(r.charges[i].level == want["level"].get<std::string>());
            CHECK(r.charges[i].counts == want.value("counts", 1));
        }
        ++checked;
    }
    CHECK(checked >= 1);
}

// Version 3 adds three dates the law counts from: the first appearance before a judge, the
// probable-cause finding (held to answer) and the day defense counsel entered the case.
TEST_CASE("version 3 reads first_appearance, probable_cause_finding and counsel_appearance") {
    const std::string dates = R"("dates":{"arrest":"2026-03-02","first_appearance":"2026-03-03","probable_cause_finding":"2026-03-20","counsel_appearance":"2026-03-05"})";
    auto file = [&](const char* version) {
        return std::string(R"({"format":"case-decoder/case-file","version":)") + version +
               R"(,"jurisdiction":"VA","stage":"pre_trial","charges":[{"offense":"burglary","level":"felony"}],)" + dates + "}";
    };
    cd::CaseFileResult v3 = parse(file("3"));
    REQUIRE(v3.ok);
    CHECK(v3.warnings.empty());
    CHECK(cd::to_iso(v3.case_file.dates.at("first_appearance")) == "2026-03-03");
    CHECK(cd::to_iso(v3.case_file.dates.at("probable_cause_finding")) == "2026-03-20");
    CHECK(cd::to_iso(v3.case_file.dates.at("counsel_appearance")) == "2026-03-05");
    // Written back as version 3 with every date, and read back the same.
    std::string saved = cd::write_case_file(v3.case_file);
    cd::CaseFileResult back = parse(saved);
    REQUIRE(back.ok);
    CHECK(back.case_file.dates.size() == 4);
    CHECK(cd::write_case_file(back.case_file) == saved);

    // A version 2 file had no such dates: each is named in a warning and ignored, as before.
    cd::CaseFileResult v2 = parse(file("2"));
    REQUIRE(v2.ok);
    CHECK(v2.case_file.dates.size() == 1);
    CHECK(v2.warnings == std::vector<std::string>{
                             "case file: dates.counsel_appearance: ignored (this date needs \"version\": 3)",
                             "case file: dates.first_appearance: ignored (this date needs \"version\": 3)",
                             "case file: dates.probable_cause_finding: ignored (this date needs \"version\": 3)"});
}

TEST_CASE("a version 2 file and the same file as version 3 give byte-identical reports") {
    std::string single = R"([{"offense":"dui","level":"misdemeanor"}])";
    CHECK(cd::render_json(decode_with_as_of(case_file("2", single))) == cd::render_json(decode_with_as_of(case_file("3", single))));
}
