// The widget starts from a content image with its Spanish prose held out; the Spanish comes as a
// language pack (both written by write_content_image, as `case-decoder compile-content` does at
// build time). Adding the pack must give exactly the full content: every scenario's report, in
// both languages and every format, is byte-identical to the full bundle's.
#include "test_support.h"

#include "session.h"

#include <nlohmann/json.hpp>

namespace {

// The widget's image and pack, made from the bundled content as the build makes them.
const cd::ContentImage& held_out() {
    static const cd::ContentImage image = cd::write_content_image(cd::bundled_content(), "es", /*lean=*/true);
    return image;
}

std::shared_ptr<const cd::Content> english_only() {
    REQUIRE(held_out().error.empty());
    cd::ContentResult r = cd::read_content_image(held_out().image);
    INFO(r.error);
    REQUIRE(r.content);
    return r.content;
}

cd::ContentResult with_pack(std::string_view pack) { return cd::read_content_image(held_out().image, pack); }

// A pack of version 2 with these members (the JSON text of each value).
std::string pack_with(const std::string& lang, const std::string& sha, const std::string& texts) {
    return R"({"format":"case-decoder/language-pack","version":2,"lang":)" + lang + R"(,"content_sha256":)" + sha + R"(,"texts":)" + texts + "}";
}

}  // namespace

TEST_CASE("the held-out content is English, with the offense names kept in both languages for the search") {
    auto c = english_only();
    CHECK(c->sha256 == cd::bundled_content_sha256());  // the reports name the same content
    CHECK_FALSE(c->has_language("es"));
    CHECK(c->has_language("en"));
    CHECK(cd::bundled_content().has_language("es"));
    CHECK(c->ui_text("report.title", "es") == c->ui_text("report.title", "en"));  // falls back to English
    const cd::Offense* theft = c->offense("theft");
    REQUIRE(theft);
    CHECK(theft->name.has("es"));
    CHECK_FALSE(theft->plain_english.has("es"));
    CHECK(held_out().pack.size() > 100000);
    CHECK(held_out().image.size() + 100000 < cd::write_content_image(cd::bundled_content(), {}, true).image.size());
}

TEST_CASE("adding the Spanish pack gives the full content: every report identical in both languages") {
    cd::ContentResult merged = with_pack(held_out().pack);
    INFO(merged.error);
    REQUIRE(merged.content);
    const cd::Content& full = cd::bundled_content();
    const cd::Content& m = *merged.content;
    CHECK(m.has_language("es"));
    CHECK(m.held_out.empty());
    CHECK(m.sha256 == full.sha256);
    CHECK(m.ui.size() == full.ui.size());
    for (const auto& entry : full.ui) CHECK_MESSAGE(m.ui_text(entry.first, "es") == entry.second.get("es"), entry.first);
    CHECK(cdtest::check_same_reports(full, m) >= 40);
    // Written again, the merged content gives the same image the full content gives.
    CHECK(cd::write_content_image(m, {}, true).image == cd::write_content_image(full, {}, true).image);
}

TEST_CASE("the charge search finds the same charges, in English and Spanish words, with Spanish held out") {
    auto c = english_only();
    const cd::Content& full = cd::bundled_content();
    for (const char* q : {"hit my girlfriend", "robo", "violencia domestica", "manejar borracho", "posesion de drogas", "PC 459",
                          "assualt", "hurto en tienda", "DWI", "agresión"}) {
        const auto a = cd::find_offenses(full, q), b = cd::find_offenses(*c, q);
        REQUIRE_MESSAGE(a.size() == b.size(), q);
        for (size_t i = 0; i < a.size(); ++i) {
            CHECK_MESSAGE(a[i].offense->id == b[i].offense->id, q);
            CHECK_MESSAGE(a[i].matched == b[i].matched, q);
        }
    }
}

TEST_CASE("a bad language pack is refused with the reason") {
    auto refused = [](std::string_view pack, const char* why) {
        cd::ContentResult r = with_pack(pack);
        CHECK_FALSE(r.content);
        CHECK_MESSAGE(r.error.find(why) != std::string::npos, r.error);
    };
    const std::string sha = "\"" + cd::bundled_content().sha256 + "\"";
    const std::string texts = nlohmann::json::parse(held_out().pack)["texts"].dump();
    refused("not json", "language pack: not valid JSON");
    refused("[1,2]", "language pack: not valid JSON");
    refused(R"({"format":"something-else","version":2})", "not a Case Decoder language pack");
    refused(R"({"format":5,"version":"2","lang":[],"content_sha256":{}})", "not a Case Decoder language pack");
    refused(R"({"format":"case-decoder/language-pack","version":1,"lang":"es","files":{}})", "version 2");  // the old shape
    refused(pack_with("7", "null", "[]"), "\"\" is not a language this content is waiting for");
    refused(pack_with("\"fr\"", sha, texts), "\"fr\" is not a language this content is waiting for");
    refused(pack_with("\"es\"", sha, "{}"), "texts: missing");
    refused(pack_with("\"es\"", sha, "[\"uno\", 2]"), "texts[1]: not a string");
    refused(pack_with("\"es\"", sha, "[\"uno\"]"), "it has 1 texts and the content holds out");
    refused(pack_with("\"es\"", "\"0000\"", texts), "made for another version of the content");
    CHECK(with_pack(pack_with("\"es\"", sha, texts)).content);  // the same members, rebuilt: taken
    CHECK(cd::load_bundled_content_with_pack(held_out().pack).error.find("already has every language") != std::string::npos);
}

TEST_CASE("the widget's session: Spanish waits for its pack, then comes in with every answer and the step kept") {
    auto english = english_only();
    cdw::Session s(*english);
    s.today = "2026-12-05";
    s.apply_preset("offense", "theft");
    s.apply_preset("jurisdiction", "TX");
    s.answers.date_text[0] = "10/01/2026";  // month first, as English reads it
    s.answers.facts["first_offense"] = cdw::Answer::Yes;
    s.mark_changed();
    s.step = 3;
    s.rebuild();

    CHECK_FALSE(s.set_language("es"));  // no Spanish yet
    CHECK(s.lang == "en");
    CHECK(s.wanted_lang == "es");
    CHECK(s.set_language("en") == false);  // changed their mind before the pack came
    CHECK(s.wanted_lang.empty());
    CHECK_FALSE(s.set_language("es"));

    cd::ContentResult merged = with_pack(held_out().pack);
    REQUIRE(merged.content);
    CHECK(s.use_content(*merged.content));
    CHECK(s.lang == "es");
    CHECK(s.wanted_lang.empty());
    CHECK(s.step == 3);
    CHECK(s.answers.date_text[0] == "2026-10-01");  // settled before the switch: the same day
    CHECK(s.answers.facts["first_offense"] == cdw::Answer::Yes);
    s.rebuild();
    REQUIRE(s.report);
    CHECK(s.report->lang == "es");
    CHECK(std::string(s.text("report.title")) == cd::bundled_content().ui_text("report.title", "es"));
    CHECK(std::string(s.text("report.title")) != cd::bundled_content().ui_text("report.title", "en"));
}
