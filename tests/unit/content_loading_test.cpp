#include "test_support.h"

#include "../../core/src/internal.h"  // JsonViewParser, minify_json: the quick load's parts

#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

namespace {
// The bundled files with one file replaced (or added), loaded again.
std::string load_error(const std::string& path, const std::string& text) {
    std::vector<cd::ContentFile> files = cd::bundled_content_files();
    bool replaced = false;
    for (auto& f : files)
        if (f.path == path) f.text = text, replaced = true;
    if (!replaced) files.push_back({path, text});
    cd::ContentResult r = cd::load_content(files);
    return r.content ? "" : r.error;
}
const char* kGoodOffense = R"({"id":"theft","name":"Theft","synonyms":[],"tags":["theft"],"usual_levels":["misdemeanor"],"plain_english":"x",
  "elements":["x"],"typical_evidence":["x"],"weak_points":["x"],"collateral_consequences":["x"],"citations":["Model Penal Code § 223.2"]})";
}  // namespace

TEST_CASE("the bundled content loads and is complete") {
    const cd::Content& c = cd::bundled_content();
    CHECK(c.jurisdictions.size() == 52);
    CHECK(c.offenses.size() >= 40);
    CHECK(c.questions.size() >= 150);
    CHECK(c.paths.size() == 7);
    CHECK(c.stages.size() == 5);
    CHECK(c.sha256.size() == 64);
    for (const char* id : {"dui", "drug_possession", "drug_distribution", "theft", "shoplifting", "burglary", "robbery", "assault",
                           "aggravated_assault", "domestic_violence", "weapons_possession", "fraud", "trespass", "vandalism",
                           "resisting_arrest", "disorderly_conduct", "driving_license_suspended", "reckless_driving", "harassment",
                           "protective_order_violation"})
        CHECK_MESSAGE(c.offense(id), id);
}

TEST_CASE("content errors name the file and the key") {
    CHECK(load_error("offenses/theft.json", "{") == "content: offenses/theft.json: not valid JSON (or nested deeper than 64 levels)");
    std::string extra = kGoodOffense;
    extra.insert(1, R"("colour":"red",)");
    CHECK(load_error("offenses/theft.json", extra) == "content: offenses/theft.json: colour: unknown key");
    std::string no_cite = kGoodOffense;
    no_cite.replace(no_cite.find(R"(["Model Penal Code § 223.2"])"), std::string(R"(["Model Penal Code § 223.2"])").size(), "[]");
    CHECK(load_error("offenses/theft.json", no_cite) == "content: offenses/theft.json: citations: empty list");
    std::string bad_tag = kGoodOffense;
    bad_tag.replace(bad_tag.find(R"(["theft"])"), 9, R"(["thef"])");
    CHECK(load_error("offenses/theft.json", bad_tag) == "content: offenses/theft.json: tags[0]: unknown value \"thef\" (did you mean \"theft\"?)");
    CHECK(load_error("questions/zz.json", R"([{"id":"q.zz","reason":"general","group":"zz","weight":10,"when":{"fact":"serched","is":"yes"},"text":"x","why":"y"}])") ==
          "content: questions (q.zz): unknown fact \"serched\" (did you mean \"searched\"?)");
    CHECK(load_error("questions/zz.json", R"([{"id":"q.zz","reason":"general","group":"zz","weight":10,"when":{"offense":["duii"]},"text":"x","why":"y"}])") ==
          "content: questions (q.zz): unknown offense \"duii\" (did you mean \"dui\"?)");
    CHECK(load_error("questions/zz.json", R"([{"id":"q.zz","reason":"general","group":"zz","weight":10,"when":{"stage":"trail"},"text":"x","why":"y"}])") ==
          "content: questions/zz.json: [0].when.stage: unknown value \"trail\" (did you mean \"trial\"?)");
    CHECK(load_error("questions/zz.json", R"([{"id":"q.zz","reason":"general","group":"zz","weight":300,"when":{"all":[]},"text":"x","why":"y"}])") ==
          "content: questions/zz.json: [0].weight: expected a whole number from 1 to 100");
    CHECK(load_error("stray.json", "{}").find("content: stray.json: unexpected file") == 0);
    CHECK(load_error("offenses/theft.json", R"({"id":"theft","id":"x"})") == "content: offenses/theft.json: the key \"id\" appears twice in one object");
}

TEST_CASE("a program's needs_facts must name known facts") {
    std::string nj;
    for (const auto& f : cd::bundled_content_files())
        if (f.path == "jurisdictions/NJ.json") nj = f.text;
    REQUIRE(nj.find(R"("needs_facts":["mental_health_factor"])") != std::string::npos);
    std::string typo = nj;
    typo.replace(typo.find(R"(["mental_health_factor"])"), std::string(R"(["mental_health_factor"])").size(), R"(["mental_helth_factor"])");
    CHECK(load_error("jurisdictions/NJ.json", typo) ==
          "content: jurisdictions/NJ.json: programs (nj.veterans_diversion): eligibility.needs_facts: unknown fact \"mental_helth_factor\" (did you mean \"mental_health_factor\"?)");
    std::string not_list = nj;
    not_list.replace(not_list.find(R"(["mental_health_factor"])"), std::string(R"(["mental_health_factor"])").size(), "7");
    CHECK(load_error("jurisdictions/NJ.json", not_list).find("needs_facts") != std::string::npos);
}

TEST_CASE("a path's rules cannot depend on another path's rating") {
    std::string paths;
    for (const auto& f : cd::bundled_content_files())
        if (f.path == "paths.json") paths = f.text;
    const std::string from = R"("jurisdiction_has":"diversion_fits")", to = R"("path":"witness_problems","applies":["likely"])";  // the bundle is minified
    REQUIRE(paths.find(from) != std::string::npos);
    paths.replace(paths.find(from), from.size(), to);
    CHECK(load_error("paths.json", paths) == "content: paths.json (diversion): a path rule cannot depend on another path's rating");
}

TEST_CASE("every jurisdiction fact carries provenance") {
    for (const auto& entry : cd::bundled_content().jurisdictions) {
        const std::string& code = entry.first;  // clang 14 cannot capture structured bindings in INFO
        const cd::Jurisdiction& j = entry.second;
        INFO(code);
        CHECK_FALSE(j.indictment.prov.citation.empty());
        CHECK_FALSE(j.indictment.prov.source.empty());
        CHECK(j.indictment.prov.reviewed.size() == 10);
        bool has_trial = false;
        for (const auto& d : j.deadlines) {
            has_trial = has_trial || d.kind == cd::DeadlineKind::Trial;
            CHECK_FALSE(d.prov.citation.empty());
            CHECK_FALSE(d.prov.source.empty());
        }
        CHECK(has_trial);  // a fixed clock, or the constitutional standard
    }
}

TEST_CASE("offense search finds names and synonyms") {
    const cd::Content& c = cd::bundled_content();
    auto dwi = cd::search_offenses(c, "DWI");
    REQUIRE_FALSE(dwi.empty());
    CHECK(dwi[0]->id == "dui");
    auto shop = cd::search_offenses(c, "shopl");
    REQUIRE_FALSE(shop.empty());
    CHECK(shop[0]->id == "shoplifting");
    CHECK(cd::search_offenses(c, "zzzz-nothing").empty());
    auto theft = cd::search_offenses(c, "theft");
    REQUIRE_FALSE(theft.empty());
    CHECK(theft[0]->id == "theft");  // an exact match beats offenses that merely mention theft
}

// --- The quick load (bundled_content()) against the full one (lint, --content DIR) ------------

namespace {
namespace fs = std::filesystem;

std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// A JsonView and an nlohmann value are the same: same kinds and values, members in the same
// (iteration) order.
bool same(const cd::JsonView& v, const cd::json& j, std::string& where) {
    if (v.is_null() != j.is_null() || v.is_boolean() != j.is_boolean() || v.is_number_integer() != j.is_number_integer() ||
        v.is_string() != j.is_string() || v.is_array() != j.is_array() || v.is_object() != j.is_object() || v.size() != j.size())
        return false;
    if (j.is_number_unsigned() && !v.is_number_integer()) return false;
    if (v.is_boolean()) return v.as_bool() == j.get<bool>();
    if (v.is_number_integer()) return v.as_integer() == j.get<long long>() && v.to_json() == j && v.to_json().type() == j.type();
    if (v.is_string()) return v.as_text() == j.get_ref<const std::string&>();
    if (j.is_number_float()) return v.to_json() == j && v.to_json().is_number_float();
    if (v.is_array()) {
        for (size_t i = 0; i < j.size(); ++i)
            if (!same(v[i], j[i], where)) { where = "[" + std::to_string(i) + "]" + where; return false; }
        return true;
    }
    if (v.is_object()) {
        auto a = v.begin();
        for (auto b = j.begin(); b != j.end(); ++a, ++b) {
            if (a == v.end() || a.key() != b.key()) { where = "." + b.key() + " (order)"; return false; }
            if (!same(a.value(), b.value(), where)) { where = "." + b.key() + where; return false; }
            if (!v.contains(b.key()) || &v[b.key()] != &a.value()) { where = "." + b.key() + " (lookup)"; return false; }
        }
        return a == v.end() && !v.contains("no such key");
    }
    return v.is_null();
}

// Quick parse of text: "refused" when the JsonView parser leaves it to nlohmann, "same" when it
// gives what nlohmann gives, else what differs. Checks the view of nlohmann's value on the way
// (what the reader gets when nlohmann parsed the text).
std::string quick_vs_nlohmann(const std::string& text) {
    cd::JsonViewParser parser;
    cd::json j = cd::parse_json(text);
    std::string where;
    if (!j.is_discarded()) {
        cd::JsonView viewed;
        parser.view(j, viewed);
        if (!same(viewed, j, where)) return "view of nlohmann's value differs at " + where;
    }
    cd::JsonView view;
    if (!parser.parse(text, view)) return "refused";
    if (j.is_discarded()) return "took what nlohmann refuses";
    return same(view, j, where) ? "same" : "differs at " + where;
}

// Every scenario fixture and shared example decoded with a content, in all three formats.
std::vector<std::string> all_reports(const cd::Content& content) {
    std::vector<fs::path> cases;
    for (const auto& dir : {fs::path(CD_SOURCE_DIR) / "tests" / "scenarios", fs::path(CD_SOURCE_DIR) / ".." / "shared" / "examples"}) {
        std::error_code ec;
        for (const auto& e : fs::directory_iterator(dir, ec))
            if (e.path().extension() == ".json" && e.path().filename().string().find(".expect.") == std::string::npos) cases.push_back(e.path());
    }
    std::sort(cases.begin(), cases.end());
    std::vector<std::string> out;
    for (const auto& p : cases) {
        cd::CaseFileResult in = cd::parse_case_file(read_file(p), content);
        if (!in.ok) { out.push_back(p.filename().string() + ": " + in.error); continue; }
        in.case_file.as_of = cd::parse_iso_date("2026-11-23");
        cd::Report r = cd::build_report(in.case_file, content);
        out.push_back(p.filename().string() + "\n" + cd::render_json(r) + cd::render_text(r, content) + cd::render_markdown(r, content) +
                      cd::render_questions_text(r, content));
    }
    return out;
}
}  // namespace

TEST_CASE("the quick JSON reader takes every bundled file and reads it as nlohmann does") {
    for (const auto& f : cd::bundled_content_files()) {
        INFO(f.path);
        CHECK(quick_vs_nlohmann(f.text) == "same");  // "refused" would mean the slow path at start-up
    }
}

TEST_CASE("the quick JSON reader gives nlohmann's value, or leaves the text to nlohmann") {
    // Taken, with the same value (escapes, UTF-8, numbers, order, repeated keys, whitespace).
    for (const char* text : {R"({"b":1,"a":[true,false,null],"c":{"z":"","y":"\\\"\/\b\f\n\r\t"}})", "  [ 0 , -0, -7, 123456789012345678 ]\n",
                             R"({"k":1,"k":2,"a":{"k":[1],"k":{"x":"y"}}})", "[\"\xc3\xa9 \xe2\x80\x9c\xf0\x9f\x98\x80\xe2\x80\x9d\", \"\xc2\xa7\"]",
                             R"("just text")", "17", "true", "{}", "[]", R"({"a":{"b":{"c":[[[]]]}}})"}) {
        INFO(text);
        CHECK(quick_vs_nlohmann(text) == "same");
    }
    // Left to nlohmann: outside the subset (fractions, \u), or not JSON at all.
    for (const char* text : {"1.5", "1e3", R"("\u00e9")", "1234567890123456789", "", " ", "[1,]", R"({"a":1,})", "[1 2]", "tru", "nul", "[01]",
                             "-", "+1", R"("a)", "\"a\tb\"", R"("\x")", "\"\xc3\"", "\"\xc0\xa9\"", "\"\xed\xa0\x80\"", "\"\xf4\x90\x80\x80\"",
                             "\xef\xbb\xbf{}", R"({"a" 1})", R"({a:1})", "[1]x", "{} {}", "[\"a\"\"b\"]"}) {
        INFO(text);
        CHECK(quick_vs_nlohmann(text) == "refused");
    }
    std::string deep = std::string(64, '[') + std::string(64, ']');
    CHECK(quick_vs_nlohmann(deep) == "same");
    CHECK(quick_vs_nlohmann("[" + deep + "]") == "refused");  // 65 levels: parse_json refuses it too
    CHECK(cd::parse_json("[" + deep + "]").is_discarded());
}

TEST_CASE("the bundle is assets/ minified, and hashes as assets/ does") {
    // Every file in assets/ is in the bundle, minified exactly as minify_json() does it (the CMake
    // embed step and the C++ agree), and nothing else is.
    const fs::path assets = fs::path(CD_SOURCE_DIR) / "assets";
    std::vector<cd::ContentFile> disk;
    for (const auto& e : fs::recursive_directory_iterator(assets))
        if (e.is_regular_file() && e.path().extension() == ".json") disk.push_back({fs::relative(e.path(), assets).generic_string(), read_file(e.path())});
    std::sort(disk.begin(), disk.end(), [](auto& a, auto& b) { return a.path < b.path; });
    const auto& bundled = cd::bundled_content_files();
    REQUIRE(disk.size() == bundled.size());
    size_t raw = 0, minified = 0;
    for (size_t i = 0; i < disk.size(); ++i) {
        INFO(disk[i].path);
        CHECK(bundled[i].path == disk[i].path);
        CHECK(bundled[i].text == cd::minify_json(disk[i].text));
        CHECK(cd::json::parse(bundled[i].text) == cd::json::parse(disk[i].text));
        raw += disk[i].text.size();
        minified += bundled[i].text.size();
    }
    CHECK(minified < raw);
    // One hash, however the content is loaded: quick (build-time hash), full, or from the folder.
    cd::ContentResult full = cd::load_content(bundled), folder = cd::load_content(disk);
    REQUIRE(full.content);
    REQUIRE(folder.content);
    CHECK(cd::bundled_content().sha256 == cd::bundled_content_sha256());
    CHECK(full.content->sha256 == cd::bundled_content_sha256());
    CHECK(folder.content->sha256 == cd::bundled_content_sha256());
}

TEST_CASE("the quick load gives the same content as the full load") {
    cd::ContentResult quick = cd::load_bundled_content(), full = cd::load_content(cd::bundled_content_files());
    REQUIRE(quick.content);
    REQUIRE(full.content);
    const cd::Content &q = *quick.content, &f = *full.content;
    CHECK(q.version == f.version);
    CHECK(q.reviewed == f.reviewed);
    CHECK(q.sha256 == f.sha256);
    CHECK(q.notice.by_lang == f.notice.by_lang);
    REQUIRE(q.offenses.size() == f.offenses.size());
    for (size_t i = 0; i < q.offenses.size(); ++i) {
        CHECK(q.offenses[i].id == f.offenses[i].id);
        CHECK(q.offenses[i].synonyms == f.offenses[i].synonyms);
        CHECK(q.offenses[i].plain_english.by_lang == f.offenses[i].plain_english.by_lang);
        CHECK(q.offenses[i].weak_points.size() == f.offenses[i].weak_points.size());
    }
    REQUIRE(q.jurisdictions.size() == f.jurisdictions.size());
    for (const auto& entry : f.jurisdictions) {
        const cd::Jurisdiction* j = q.jurisdiction(entry.first);
        REQUIRE(j);
        CHECK(j->deadlines.size() == entry.second.deadlines.size());
        CHECK(j->programs.size() == entry.second.programs.size());
        CHECK(j->indictment.summary.by_lang == entry.second.indictment.summary.by_lang);
        for (size_t i = 0; i < j->deadlines.size() && i < entry.second.deadlines.size(); ++i) {
            CHECK(j->deadlines[i].days == entry.second.deadlines[i].days);
            CHECK(j->deadlines[i].from == entry.second.deadlines[i].from);
        }
    }
    CHECK(q.paths.size() == f.paths.size());
    REQUIRE(q.questions.size() == f.questions.size());
    for (size_t i = 0; i < q.questions.size(); ++i) {
        CHECK(q.questions[i].id == f.questions[i].id);
        CHECK(q.questions[i].weight == f.questions[i].weight);
        CHECK(q.questions[i].when.children.size() == f.questions[i].when.children.size());
    }
    CHECK(q.myths.size() == f.myths.size());
    CHECK(q.donts.size() == f.donts.size());
    CHECK(q.stages.size() == f.stages.size());
    REQUIRE(q.facts.size() == f.facts.size());
    for (size_t i = 0; i < q.facts.size(); ++i) CHECK(q.facts[i].question.by_lang == f.facts[i].question.by_lang);
    CHECK(q.glossary.size() == f.glossary.size());
    REQUIRE(q.ui.size() == f.ui.size());
    for (auto a = q.ui.begin(), b = f.ui.begin(); a != q.ui.end(); ++a, ++b) {
        CHECK(a->first == b->first);
        CHECK(a->second.by_lang == b->second.by_lang);
    }
    // And the whole of it, as readers see it: every fixture's report, in every format.
    std::vector<std::string> from_quick = all_reports(q), from_full = all_reports(f);
    CHECK(from_quick.size() >= 20);
    REQUIRE(from_quick.size() == from_full.size());
    for (size_t i = 0; i < from_quick.size(); ++i) CHECK(from_quick[i] == from_full[i]);
}

TEST_CASE("without the duplicate-key scan, content loads as with it (and errors read the same)") {
    // The quick path is taken whenever the scan is off, so it must give the full path's answers,
    // errors included.
    auto both = [](const std::string& path, const std::string& text) {
        std::vector<cd::ContentFile> files = cd::bundled_content_files();
        for (auto& f : files)
            if (f.path == path) f.text = text;
        cd::ContentResult full = cd::load_content(files), quick = cd::load_content(files, cd::ContentLoadOptions{false, ""});
        CHECK(full.error == quick.error);
        CHECK((full.content != nullptr) == (quick.content != nullptr));
        if (full.content && quick.content) CHECK(full.content->sha256 == quick.content->sha256);
        return quick.error;
    };
    std::string extra = kGoodOffense;
    extra.insert(1, R"("colour":"red","zzz":1,)");
    CHECK(both("offenses/theft.json", extra) == "content: offenses/theft.json: colour: unknown key");
    CHECK(both("offenses/theft.json", "{") == "content: offenses/theft.json: not valid JSON (or nested deeper than 64 levels)");
    std::string bad_tag = kGoodOffense;
    bad_tag.replace(bad_tag.find(R"(["theft"])"), 9, R"(["thef"])");
    CHECK(both("offenses/theft.json", bad_tag) == "content: offenses/theft.json: tags[0]: unknown value \"thef\" (did you mean \"theft\"?)");
    std::string empty_element = kGoodOffense;
    empty_element.replace(empty_element.find(R"("elements":["x"])"), 16, R"("elements":["x",""])");
    CHECK(both("offenses/theft.json", empty_element) == "content: offenses/theft.json: elements[1]: empty text");
    std::string french = kGoodOffense;
    french.replace(french.find(R"("name":"Theft")"), 14, R"("name":{"en":"Theft","fr":"Vol"})");
    CHECK(both("offenses/theft.json", french) == "content: offenses/theft.json: name.fr: unknown language (expected en or es)");
    CHECK(both("offenses/theft.json", kGoodOffense).empty());
    std::string pretty = kGoodOffense;  // whitespace does not change the hash
    pretty.insert(1, "\n  ");
    CHECK(both("offenses/theft.json", pretty).empty());
    CHECK(both("questions/deadlines.json", R"([{"id":"q.zz","reason":"general","group":"zz","weight":1.5,"when":{"all":[]},"text":"x","why":"y"}])") ==
          "content: questions/deadlines.json: [0].weight: expected a whole number from 1 to 100");
    CHECK(both("stages.json", "[]") == "content: stages.json: missing");
    CHECK(both("stages.json", R"([{"id":"trial","name":"T","can_charges_be_dropped":"yes","how":"h"}])").find("content: stages.json: the five stages") == 0);
}
