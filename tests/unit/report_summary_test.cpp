// The bottom line (Report::summary), chosen from the findings by fact patterns: the strongest paths,
// the next clock, and what cannot wait (assets/urgent.json).
#include "test_support.h"

#include <nlohmann/json.hpp>

TEST_CASE("the summary names at most three paths, likely before possible, never unlikely") {
    cd::Report r = cdtest::decode(R"({"jurisdiction":"NJ","charges":[{"offense":"drug_possession","level":"felony"}],
      "facts":{"searched":"yes","search_warrant":"no","consented_to_search":"no","first_offense":"yes","witness_recanted":"yes","key_witness":"yes"}})");
    REQUIRE_FALSE(r.summary.paths.empty());
    CHECK(r.summary.paths.size() <= 3);
    bool seen_possible = false;
    for (const auto& p : r.summary.paths) {
        CHECK(cd::may_apply(p.applies));
        if (p.applies == cd::Rating::Possible) seen_possible = true;
        else CHECK_FALSE(seen_possible);  // no likely after a possible
        CHECK(cdtest::path(r, cd::id_of(p.reason)).applies == p.applies);
    }
}

TEST_CASE("next deadline: the soonest not met, days counted from as_of, negative when passed") {
    cd::Report r = cdtest::decode(R"({"jurisdiction":"FL","charges":[{"offense":"drug_possession","level":"felony"}],"stage":"before_filing",
      "in_custody":"yes","dates":{"arrest":"2026-11-10"},"as_of":"2026-12-05"})");
    REQUIRE(r.summary.next_deadline);
    CHECK(r.summary.next_deadline->id == "fl.charging.custody");
    CHECK(r.summary.next_deadline->days_left == 8);
    CHECK(r.summary.next_deadline->text.find("Sunday, December 13, 2026 (in 8 days)") != std::string::npos);

    // Charges filed in time: the charging clock is met and no longer the next deadline.
    cd::Report met = cdtest::decode(R"({"jurisdiction":"FL","charges":[{"offense":"drug_possession","level":"felony"}],
      "in_custody":"yes","dates":{"arrest":"2026-11-10","formal_charges_filed":"2026-11-20"},"as_of":"2026-12-05"})");
    REQUIRE(met.summary.next_deadline);
    CHECK(met.summary.next_deadline->id != "fl.charging.custody");

    // Without as_of: a due date but no count of days.
    cd::Report no_today = cdtest::decode(R"({"jurisdiction":"FL","charges":[{"offense":"drug_possession","level":"felony"}],"stage":"before_filing",
      "in_custody":"yes","dates":{"arrest":"2026-11-10"}})");
    REQUIRE(no_today.summary.next_deadline);
    CHECK(no_today.summary.next_deadline->due.has_value());
    CHECK_FALSE(no_today.summary.next_deadline->days_left.has_value());

    // No dates at all: the clock is named with no date, and the text says which date we need.
    cd::Report no_dates = cdtest::decode(R"({"jurisdiction":"FL","charges":[{"offense":"drug_possession","level":"felony"}],"in_custody":"yes"})");
    REQUIRE(no_dates.summary.next_deadline);
    CHECK_FALSE(no_dates.summary.next_deadline->due.has_value());
    CHECK(no_dates.summary.next_deadline->text.find("once you enter the date of") != std::string::npos);
}

TEST_CASE("the JSON report carries the summary with null fields where nothing can be computed") {
    cd::Report r = cdtest::decode(R"({"jurisdiction":"FL","charges":[{"offense":"drug_possession","level":"felony"}],"in_custody":"yes"})");
    nlohmann::json j = nlohmann::json::parse(cd::render_json(r));
    REQUIRE(j.contains("summary"));
    CHECK(j["summary"]["headline"].is_string());
    CHECK(j["summary"]["paths"].is_array());
    CHECK(j["summary"]["urgent"].is_array());
    CHECK(j["summary"]["next_deadline"]["due"].is_null());
    CHECK(j["summary"]["next_deadline"]["days_left"].is_null());
    CHECK(j["summary"]["next_deadline"]["status"].is_null());
    // The summary comes before the findings it summarises.
    std::string text = cd::render_json(r);
    CHECK(text.find("\"summary\"") < text.find("\"jurisdiction\""));
}

TEST_CASE("no lawyer: getting one is the first question, and it is urgent") {
    const char* base = R"({"jurisdiction":"TX","charges":[{"offense":"domestic_violence","level":"misdemeanor"}],"facts":{"has_attorney":"%s","key_witness":"yes"}})";
    char buf[512];
    std::snprintf(buf, sizeof buf, base, "no");
    cd::Report none = cdtest::decode(buf);
    REQUIRE_FALSE(none.questions.empty());
    CHECK(none.questions.front().id == "q.general.lawyer");
    bool urgent = false;
    for (const auto& u : none.summary.urgent) urgent = urgent || u.id == "urgent.no_lawyer";
    CHECK(urgent);
    std::snprintf(buf, sizeof buf, base, "yes");
    cd::Report has = cdtest::decode(buf);
    CHECK_FALSE(cdtest::has_question(has, "q.general.lawyer"));
    for (const auto& u : has.summary.urgent) CHECK(u.id != "urgent.no_lawyer");
}

TEST_CASE("a court date is urgent within 14 days of today, not before, not after, and starts no clock") {
    auto urgent_for = [](const char* court) {
        std::string c = std::string(R"({"jurisdiction":"CA","charges":[{"offense":"dui","level":"misdemeanor"}],"dates":{"court_date":")") + court +
                        R"("},"as_of":"2026-12-05"})";
        cd::Report r = cdtest::decode(c);
        for (const auto& d : r.deadlines) CHECK(d.from != "court_date");
        for (const auto& u : r.summary.urgent) if (u.id == "urgent.court_date_soon") return true;
        return false;
    };
    CHECK(urgent_for("2026-12-05"));
    CHECK(urgent_for("2026-12-19"));
    CHECK_FALSE(urgent_for("2026-12-20"));
    CHECK_FALSE(urgent_for("2026-12-04"));
}

TEST_CASE("a program run at the county prosecutor's choice never 'fits' outright") {
    // Found in the content rather than named here: whichever programs carry local_discretion.
    const cd::Content& ct = cd::bundled_content();
    for (const auto& [code, j] : ct.jurisdictions)
        for (const auto& p : j.programs) {
            if (!p.local_discretion) continue;
            cd::CaseFile c;
            c.jurisdiction = code;
            c.charges = {{p.eligibility.offenses.empty() ? "theft" : p.eligibility.offenses[0], p.eligibility.levels.empty() ? "misdemeanor" : p.eligibility.levels[0]}};
            for (const auto& f : ct.facts) c.facts[f.id] = cd::Tri::Yes;
            c.facts["prior_record"] = cd::Tri::No;
            CHECK_MESSAGE(cd::program_fit(p, c, ct) != "yes", p.id);
        }
}

TEST_CASE("after a conviction the headline says charges are past being dropped; at trial it says rarely") {
    cd::Report after = cdtest::decode(R"({"jurisdiction":"NC","charges":[{"offense":"theft","level":"misdemeanor"}],"stage":"after_conviction"})");
    CHECK(after.summary.headline == cd::bundled_content().ui_text("summary.headline.after_conviction", "en"));
    cd::Report trial = cdtest::decode(R"({"jurisdiction":"NC","charges":[{"offense":"theft","level":"misdemeanor"}],"stage":"trial"})");
    CHECK(trial.summary.headline.find(cd::bundled_content().ui_text("summary.headline.rarely", "en")) != std::string::npos);
}

TEST_CASE("the Spanish summary has the same structure, in Spanish") {
    const char* c = R"({"jurisdiction":"FL","charges":[{"offense":"drug_possession","level":"felony"}],"stage":"before_filing",
      "in_custody":"yes","dates":{"arrest":"2026-11-10"},"facts":{"has_attorney":"no"},"lang":"%s","as_of":"2026-12-05"})";
    char en[512], es[512];
    std::snprintf(en, sizeof en, c, "en");
    std::snprintf(es, sizeof es, c, "es");
    cd::Report a = cdtest::decode(en), b = cdtest::decode(es);
    CHECK(a.summary.paths.size() == b.summary.paths.size());
    CHECK(a.summary.urgent.size() == b.summary.urgent.size());
    REQUIRE(b.summary.next_deadline);
    CHECK(b.summary.next_deadline->text.find("domingo, 13 de diciembre de 2026 (en 8 días)") != std::string::npos);
    CHECK(a.summary.headline != b.summary.headline);
}
