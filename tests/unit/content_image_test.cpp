// The content image (content_image.cpp): the content compiled at build time, read back with no JSON
// parsing. It must give the same reports, byte for byte, as the content loaded from the assets/
// folder (what `--content assets` does), and damaged bytes must be refused by name, never crash.
#include "test_support.h"

#include <filesystem>

namespace {

namespace fs = std::filesystem;

// assets/ read from disk and loaded with every check, as `case-decoder --content assets` loads it.
std::shared_ptr<const cd::Content> from_folder() {
    static const std::shared_ptr<const cd::Content> content = [] {
        const fs::path assets = fs::path(CD_SOURCE_DIR) / "assets";
        std::vector<cd::ContentFile> files;
        for (const auto& e : fs::recursive_directory_iterator(assets))
            if (e.is_regular_file() && e.path().extension() == ".json")
                files.push_back({fs::relative(e.path(), assets).generic_string(), cdtest::read_file(e.path())});
        cd::ContentResult r = cd::load_content(files);
        INFO(r.error);
        REQUIRE(r.content);
        return r.content;
    }();
    return content;
}

const std::string& full_image() {
    static const std::string image = cd::write_content_image(*from_folder()).image;
    return image;
}

std::shared_ptr<const cd::Content> from_image() {
    cd::ContentResult r = cd::read_content_image(full_image());
    INFO(r.error);
    REQUIRE(r.content);
    return r.content;
}

}  // namespace

TEST_CASE("the content image gives the same reports as the assets folder, in every format and both languages") {
    auto image = from_image();
    auto folder = from_folder();
    CHECK(image->sha256 == folder->sha256);
    CHECK(image->sha256 == cd::bundled_content_sha256());
    CHECK(image->held_out.empty());
    CHECK(image->has_language("es"));
    CHECK(cdtest::check_same_reports(*folder, *image) >= 40);
}

TEST_CASE("the content image holds what the interview and the search read") {
    auto image = from_image();
    auto folder = from_folder();
    REQUIRE(image->facts.size() == folder->facts.size());
    for (size_t i = 0; i < image->facts.size(); ++i) {
        CHECK(image->facts[i].id == folder->facts[i].id);
        CHECK(image->facts[i].question.get("es") == folder->facts[i].question.get("es"));
        CHECK(image->facts[i].question_is_opposite == folder->facts[i].question_is_opposite);
    }
    CHECK(image->ui.size() == folder->ui.size());
    CHECK(image->dates_in_rules == folder->dates_in_rules);
    CHECK(image->jurisdictions.size() == folder->jurisdictions.size());
    for (const char* q : {"hit my girlfriend", "PC 459", "robo", "2C:35-10", "Class A theft", "assualt"}) {
        const auto a = cd::find_offenses(*folder, q), b = cd::find_offenses(*image, q);
        REQUIRE_MESSAGE(a.size() == b.size(), q);
        for (size_t i = 0; i < a.size(); ++i) {
            CHECK_MESSAGE(a[i].offense->id == b[i].offense->id, q);
            CHECK_MESSAGE(a[i].level == b[i].level, q);
            CHECK_MESSAGE((a[i].statute ? a[i].statute->section : "") == (b[i].statute ? b[i].statute->section : ""), q);
        }
    }
    // Date-typed fields survive: a clock with an effective date (Florida's rule change).
    const cd::Jurisdiction* fl = image->jurisdiction("FL");
    REQUIRE(fl);
    bool dated = false;
    for (const auto& d : fl->deadlines) dated = dated || d.effective_from || d.effective_until;
    CHECK(dated);
}

TEST_CASE("the same content always gives the same image bytes, and the image is smaller than the JSON") {
    CHECK(cd::write_content_image(*from_folder()).image == full_image());
    CHECK(cd::write_content_image(cd::bundled_content()).image == full_image());
    size_t json = 0;
    for (const auto& f : cd::bundled_content_files()) json += f.text.size();
    CHECK(full_image().size() < json);
}

TEST_CASE("a damaged content image is refused by name, never read past its end") {
    auto refused = [](std::string_view bytes, const char* why) {
        cd::ContentResult r = cd::read_content_image(bytes);
        CHECK_FALSE(r.content);
        CHECK_MESSAGE(r.error.find(why) != std::string::npos, r.error);
    };
    const std::string& good = full_image();
    refused("", "content image: not a Case Decoder content image");
    refused("{\"meta\":1}", "not a Case Decoder content image");
    std::string other_version = good;
    other_version[8] = 9;
    refused(other_version, "content image: version 9, and this build reads version 1");
    refused(good + "x", "bytes are left over after the content");
    // Cut anywhere: every prefix is refused (sampled, with the first bytes and the end in full).
    int cuts = 0;
    for (size_t n = 8; n < good.size(); n += (n < 200 || n + 200 > good.size()) ? 1 : 997) {
        cd::ContentResult r = cd::read_content_image(std::string_view(good).substr(0, n));
        CHECK_FALSE(r.content);
        CHECK(r.error.rfind("content image: ", 0) == 0);
        ++cuts;
    }
    CHECK(cuts > 400);
    // A length that claims more than is left.
    std::string huge = good.substr(0, 10) + std::string("\xff\xff\xff\xff\x0f", 5);
    refused(huge, "content image:");
}

TEST_CASE("the lean image (the widget's) leaves out what only authors read, and gives the same reports and search") {
    const cd::ContentImage lean = cd::write_content_image(*from_folder(), {}, true);
    REQUIRE(lean.error.empty());
    CHECK(lean.image.size() + 100000 < full_image().size());
    cd::ContentResult r = cd::read_content_image(lean.image);
    REQUIRE(r.content);
    const cd::Content& c = *r.content;
    CHECK(cdtest::check_same_reports(*from_folder(), c) >= 40);
    const cd::Jurisdiction* ca = c.jurisdiction("CA");
    REQUIRE(ca);
    REQUIRE_FALSE(ca->statutes.empty());
    CHECK(ca->statutes[0].prov.source.empty());    // where it was checked: for authors
    CHECK_FALSE(ca->statutes[0].prov.citation.empty());  // what the search shows: kept
    REQUIRE_FALSE(ca->deadlines.empty());
    CHECK_FALSE(ca->deadlines[0].prov.source.empty());  // each deadline's source is in the report
    for (const char* q : {"PC 459", "VC 23152", "burglary"}) {
        const auto a = cd::find_offenses(*from_folder(), q, "CA"), b = cd::find_offenses(c, q, "CA");
        REQUIRE_MESSAGE(a.size() == b.size(), q);
        for (size_t i = 0; i < a.size(); ++i) {
            CHECK_MESSAGE(a[i].offense->id == b[i].offense->id, q);
            CHECK_MESSAGE((a[i].statute ? a[i].statute->prov.citation : "") == (b[i].statute ? b[i].statute->prov.citation : ""), q);
            CHECK_MESSAGE(a[i].level == b[i].level, q);
        }
    }
}

TEST_CASE("holding out English or a language the content lacks is refused") {
    CHECK(cd::write_content_image(*from_folder(), "en").error.find("cannot hold out \"en\"") != std::string::npos);
    CHECK(cd::write_content_image(*from_folder(), "fr").error.find("cannot hold out \"fr\"") != std::string::npos);
    CHECK(cd::write_content_image(*from_folder()).pack.empty());
}
