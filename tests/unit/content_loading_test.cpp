#include "test_support.h"

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

TEST_CASE("a path's rules cannot depend on another path's rating") {
    std::string paths;
    for (const auto& f : cd::bundled_content_files())
        if (f.path == "paths.json") paths = f.text;
    const std::string from = R"("jurisdiction_has": "diversion_fits")", to = R"("path": "witness_problems", "applies": ["likely"])";
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
            has_trial = has_trial || d.kind == "trial";
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
