// Statute numbers typed the way charging papers print them ("PC 459", "vc23152(a)", "§ 11350(a)",
// "2C:35-10a(1)", "720 ILCS 5/12-3.2") find the charge; the chosen jurisdiction's section ranks
// first; a class or degree word suggests the level. The engine is tested here on a small statutes
// file of its own (real sections, named in the files below), so these tests do not move when the
// content's statute lists grow; the content itself is measured by the phrasings fixture.
#include "test_support.h"

#include <string>

namespace {
const char* kCA = R"({"jurisdiction": "CA", "reviewed": "2026-12-05", "prefixes": ["PC", "VC", "HS"], "statutes": [
  {"offense": "burglary", "section": "459", "written": ["PC 459", "Penal Code 459"], "citation": "Cal. Penal Code § 459",
   "level": null, "verified": true, "source": "test", "reviewed": "2026-12-05"},
  {"offense": "dui", "section": "23152", "written": ["VC 23152", "Vehicle Code 23152"], "citation": "Cal. Veh. Code § 23152",
   "level": null, "verified": true, "source": "test", "reviewed": "2026-12-05"},
  {"offense": "drug_possession", "section": "11350", "written": ["HS 11350"], "citation": "Cal. Health & Safety Code § 11350",
   "level": "misdemeanor", "verified": true, "source": "test", "reviewed": "2026-12-05"},
  {"offense": "robbery", "section": "211", "written": ["PC 211"], "citation": "Cal. Penal Code § 211",
   "level": "felony", "verified": false, "source": "from memory", "reviewed": "2026-12-05"}]})";
const char* kTX = R"({"jurisdiction": "TX", "reviewed": "2026-12-05", "prefixes": ["PC", "Penal Code"],
  "degrees": [{"written": "Class A", "level": "misdemeanor"}, {"written": "third degree felony", "level": "felony"}],
  "statutes": [
  {"offense": "assault", "section": "22.01", "written": ["PC 22.01", "Penal Code 22.01"], "citation": "Tex. Penal Code § 22.01",
   "level": null, "verified": true, "source": "test", "reviewed": "2026-12-05"}]})";
const char* kNJ = R"({"jurisdiction": "NJ", "reviewed": "2026-12-05", "statutes": [
  {"offense": "drug_possession", "section": "2C:35-10", "written": ["2C:35-10", "N.J.S.A. 2C:35-10"], "citation": "N.J. Stat. Ann. § 2C:35-10",
   "level": null, "verified": true, "source": "test", "reviewed": "2026-12-05"}]})";
const char* kIL = R"({"jurisdiction": "IL", "reviewed": "2026-12-05", "statutes": [
  {"offense": "domestic_violence", "section": "5/12-3.2", "written": ["720 ILCS 5/12-3.2"], "citation": "720 ILCS 5/12-3.2",
   "level": null, "verified": true, "source": "test", "reviewed": "2026-12-05"}]})";
const char* kMA = R"({"jurisdiction": "MA", "reviewed": "2026-12-05", "statutes": [
  {"offense": "dui", "section": "c. 90, § 24", "written": ["G.L. c. 90, § 24"], "citation": "Mass. Gen. Laws ch. 90, § 24",
   "level": null, "verified": true, "source": "test", "reviewed": "2026-12-05"}]})";

// The bundled content with these statutes files in place of its own.
const cd::Content& content() {
    static const cd::ContentResult r = [] {
        std::vector<cd::ContentFile> files;
        for (const auto& f : cd::bundled_content_files())
            if (f.path.rfind("statutes/", 0) != 0) files.push_back(f);
        files.push_back({"statutes/CA.json", kCA});
        files.push_back({"statutes/TX.json", kTX});
        files.push_back({"statutes/NJ.json", kNJ});
        files.push_back({"statutes/IL.json", kIL});
        files.push_back({"statutes/MA.json", kMA});
        return cd::load_content(files);
    }();
    REQUIRE_MESSAGE(r.content, r.error);
    return *r.content;
}
cd::OffenseMatch first(const char* q, const char* jurisdiction = "") {
    auto m = cd::find_offenses(content(), q, jurisdiction, 3);
    REQUIRE_MESSAGE(!m.empty(), q);
    return m.front();
}
}  // namespace

TEST_CASE("a section number as paperwork prints it finds the charge first") {
    CHECK(first("PC 459", "CA").offense->id == "burglary");
    CHECK(first("pc459 2nd degree", "CA").offense->id == "burglary");
    CHECK(first("VC 23152(a)", "CA").offense->id == "dui");
    CHECK(first("vc23152 a & b", "CA").offense->id == "dui");
    CHECK(first("§ 11350(a)", "CA").offense->id == "drug_possession");
    CHECK(first("Penal Code 22.01(a)(1)", "TX").offense->id == "assault");
    CHECK(first("2C:35-10a(1)", "NJ").offense->id == "drug_possession");
    CHECK(first("720 ILCS 5/12-3.2", "IL").offense->id == "domestic_violence");
    CHECK(first("c. 90 s. 24", "MA").offense->id == "dui");
}

TEST_CASE("the match names the section and its citation") {
    const auto m = first("VC 23152(a)", "CA");
    REQUIRE(m.statute);
    CHECK(m.statute->prov.citation == "Cal. Veh. Code § 23152");
    CHECK(m.statute_jurisdiction == "CA");
    CHECK(m.matched == "VC 23152");
}

TEST_CASE("with a jurisdiction chosen, other jurisdictions' sections do not match") {
    const auto hits = cd::find_offenses(content(), "22.01", "CA", 8);
    for (const auto& h : hits) CHECK(h.statute == nullptr);
}

TEST_CASE("with no jurisdiction chosen, any jurisdiction's section matches") {
    const auto m = first("Penal Code 22.01");
    CHECK(m.offense->id == "assault");
    REQUIRE(m.statute);
    CHECK(m.statute_jurisdiction == "TX");
}

TEST_CASE("a section outranks the words of another charge in the same query") {
    // "theft" is a whole offense name, but the number on the paperwork is the burglary section.
    CHECK(first("PC 459 theft", "CA").offense->id == "burglary");
}

TEST_CASE("short numbers, dates and amounts are not read as sections") {
    const auto hits = cd::find_offenses(content(), "DUI .08", "CA", 8);
    REQUIRE(!hits.empty());
    CHECK(hits.front().offense->id == "dui");
    CHECK(hits.front().statute == nullptr);
    for (const auto& h : cd::find_offenses(content(), "24", "MA", 8)) CHECK(h.statute == nullptr);
    // A longer number that merely starts like a section is another section.
    for (const auto& h : cd::find_offenses(content(), "PC 4590", "CA", 8)) CHECK(h.statute == nullptr);
}

TEST_CASE("the level: from the section, else a class or degree word, else a level named outright") {
    CHECK(first("HS 11350", "CA").level == std::optional<std::string>("misdemeanor"));
    CHECK(first("PC 459", "CA").level == std::nullopt);
    // A section not yet checked against its text finds its charge but suggests no level.
    CHECK(first("PC 211", "CA").offense->id == "robbery");
    CHECK(first("PC 211", "CA").level == std::nullopt);
    CHECK(first("PC 22.01 Class A", "TX").level == std::optional<std::string>("misdemeanor"));
    CHECK(first("assault third degree felony", "TX").level == std::optional<std::string>("felony"));
    // "Class A" means a misdemeanor in Texas only; elsewhere it says nothing.
    CHECK(first("assault class a", "CA").level == std::nullopt);
    CHECK(first("burglary felony", "CA").level == std::optional<std::string>("felony"));
    CHECK(first("robo delito grave").level == std::optional<std::string>("felony"));
}

TEST_CASE("a statutes file that names an unknown offense or a section without a number is refused") {
    auto load_with = [](const char* text) {
        std::vector<cd::ContentFile> files;
        for (const auto& f : cd::bundled_content_files())
            if (f.path.rfind("statutes/", 0) != 0) files.push_back(f);
        files.push_back({"statutes/CA.json", text});
        return cd::load_content(files);
    };
    auto bad_offense = load_with(R"({"jurisdiction": "CA", "reviewed": "2026-12-05", "statutes": [
      {"offense": "burglery", "section": "459", "written": ["PC 459"], "citation": "Cal. Penal Code § 459",
       "level": null, "verified": true, "source": "test", "reviewed": "2026-12-05"}]})");
    CHECK(bad_offense.error.find("statutes/CA.json: statutes[0].offense: unknown offense \"burglery\" (did you mean \"burglary\"?)") != std::string::npos);
    auto no_number = load_with(R"({"jurisdiction": "CA", "reviewed": "2026-12-05", "statutes": [
      {"offense": "burglary", "section": "burglary", "written": ["PC 459"], "citation": "Cal. Penal Code § 459",
       "level": null, "verified": true, "source": "test", "reviewed": "2026-12-05"}]})");
    CHECK(no_number.error.find("section: a section number needs a digit") != std::string::npos);
    auto wrong_file = load_with(R"({"jurisdiction": "TX", "reviewed": "2026-12-05", "statutes": []})");
    CHECK(wrong_file.error.find("does not match the file name") != std::string::npos);
}
