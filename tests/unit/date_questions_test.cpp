// Which dates the interview asks (should_ask_date): only those a rule of the reader's
// jurisdiction counts from or the content looks at, so a reader in California is not asked the
// day their lawyer entered the case, and a reader in Maryland is.
#include "test_support.h"

namespace {
bool asks(const char* key, const char* jurisdiction) { return cd::should_ask_date(key, jurisdiction, cd::bundled_content()); }
}  // namespace

TEST_CASE("a date the jurisdiction's clocks count from is asked there, and not elsewhere") {
    CHECK(asks("counsel_appearance", "MD"));         // Hicks: the earlier of counsel's appearance and the first appearance
    CHECK_FALSE(asks("counsel_appearance", "CA"));
    CHECK(asks("probable_cause_finding", "VA"));     // Va. Code § 19.2-243
    CHECK(asks("probable_cause_finding", "KY"));     // RCr 5.22(3)
    CHECK(asks("probable_cause_finding", "CA"));     // Cal. Penal Code § 1382(a)(1): 15 days from being held to answer
    CHECK_FALSE(asks("probable_cause_finding", "TX"));
    CHECK(asks("first_appearance", "IA"));           // Iowa R. Crim. P. 2.33(2)(a) since 2023
    CHECK(asks("first_appearance", "OK"));           // 22 O.S. § 812.1 since November 2024
    CHECK(asks("first_appearance", "US"));           // 18 U.S.C. § 3161(c)(1)
    CHECK_FALSE(asks("first_appearance", "CA"));
    CHECK(asks("complaint_filed", "PA"));            // Pa. R. Crim. P. 600
    CHECK_FALSE(asks("complaint_filed", "CA"));
}

TEST_CASE("a date only an unchecked clock counts from is not asked (that clock shows no date)") {
    cd::Content content = cd::bundled_content();
    cd::Jurisdiction& md = content.jurisdictions.at("MD");
    CHECK(cd::should_ask_date("counsel_appearance", "MD", content));
    for (auto& rule : md.deadlines) rule.prov.verified = false;
    CHECK_FALSE(cd::should_ask_date("counsel_appearance", "MD", content));
}

TEST_CASE("dates any rule of the content looks at, and the next court date, are asked everywhere") {
    for (const char* j : {"CA", "MD", "TX", "US", "WY"}) {
        CHECK(asks("court_date", j));
        CHECK(asks("arrest", j));                // questions and paths look at it
        CHECK(asks("formal_charges_filed", j));  // it meets a charging clock (clocks.json)
    }
}

TEST_CASE("with no jurisdiction yet, a date is asked when any jurisdiction uses it") {
    CHECK(asks("counsel_appearance", ""));
    CHECK(asks("first_appearance", ""));
}

TEST_CASE("a date the reader already gave stays asked, so it can be seen and cleared") {
    cd::CaseFile c;
    c.jurisdiction = "CA";
    c.dates["counsel_appearance"] = *cd::parse_iso_date("2026-10-01");
    CHECK(cd::should_ask_date("counsel_appearance", "CA", cd::bundled_content(), &c));
    CHECK_FALSE(cd::should_ask_date("first_appearance", "CA", cd::bundled_content(), &c));
}

TEST_CASE("the date keys are the case file's, in the order a case runs") {
    // The interview shows them in this order; version 3 added the middle three.
    const cd::Content& ct = cd::bundled_content();
    for (const char* key : {"arrest", "first_appearance", "complaint_filed", "probable_cause_finding", "formal_charges_filed", "indictment",
                            "counsel_appearance", "arraignment", "speedy_trial_demand", "court_date"}) {
        INFO(key);
        CHECK(ct.ui_text(std::string("widget.date.") + key, "en") != std::string("widget.date.") + key);
        CHECK(ct.ui_text(std::string("widget.date.") + key + ".help", "es") != std::string("widget.date.") + key + ".help");
        CHECK(ct.ui_text(std::string("date.") + key, "es") != std::string("date.") + key);
    }
}
