#include "test_support.h"

#include <memory>

namespace {

// The bundled content with California's file swapped for a made-up jurisdiction whose clocks
// exercise the date machinery: later-of triggers, months, custody, demands and effective dates.
std::shared_ptr<const cd::Content> content_with_test_clocks() {
    std::vector<cd::ContentFile> files = cd::bundled_content_files();
    for (auto& f : files)
        if (f.path == "jurisdictions/CA.json") f.text = R"J({
  "code": "CA", "name": "Testland", "reviewed": "2026-11-23",
  "indictment": { "required": false, "waivable": null, "summary": "Test.", "citation": "Test Const. art. 1", "verified": false, "source": "test", "reviewed": "2026-11-23" },
  "deadlines": [
    { "id": "t.later", "kind": "trial", "levels": ["felony"], "custody": "any", "days": 70, "from": ["formal_charges_filed", "arraignment"], "trigger": { "law": "the test words", "exact": true },
      "demand_required": false, "remedy": "dismissal", "summary": "Later of two.", "citation": "Test § 1", "verified": true, "source": "test", "reviewed": "2026-11-23" },
    { "id": "t.months", "kind": "trial", "levels": ["misdemeanor"], "custody": "any", "months": 6, "from": ["arrest"], "trigger": { "law": "the test words", "exact": true },
      "demand_required": false, "remedy": "dismissal", "summary": "Six months.", "citation": "Test § 2", "verified": true, "source": "test", "reviewed": "2026-11-23" },
    { "id": "t.jail", "kind": "release", "levels": ["misdemeanor", "felony"], "custody": "in_custody", "days": 30, "from": ["arrest"], "trigger": { "law": "the test words", "exact": true },
      "demand_required": false, "remedy": "release", "summary": "Jail.", "citation": "Test § 3", "verified": true, "source": "test", "reviewed": "2026-11-23" },
    { "id": "t.demand", "kind": "trial", "levels": ["misdemeanor", "felony"], "custody": "any", "days": 60, "from": ["speedy_trial_demand"], "trigger": { "law": "the test words", "exact": true },
      "demand_required": true, "remedy": "dismissal", "summary": "Demand.", "citation": "Test § 4", "verified": true, "source": "test", "reviewed": "2026-11-23" },
    { "id": "t.old", "kind": "charging", "levels": ["misdemeanor", "felony"], "custody": "any", "days": 10, "from": ["arrest"], "trigger": { "law": "the test words", "exact": true }, "effective_until": "2025-07-01",
      "demand_required": false, "remedy": "dismissal", "summary": "Old rule.", "citation": "Test § 5 (old)", "verified": true, "source": "test", "reviewed": "2026-11-23" },
    { "id": "t.new", "kind": "charging", "levels": ["misdemeanor", "felony"], "custody": "any", "days": 20, "from": ["arrest"], "trigger": { "law": "the test words", "exact": true }, "effective_from": "2025-07-01",
      "demand_required": false, "remedy": "dismissal", "summary": "New rule.", "citation": "Test § 5 (new)", "verified": false, "source": "test", "reviewed": "2026-11-23" }
  ],
  "programs": []
})J";
    cd::ContentResult r = cd::load_content(files);
    INFO(r.error);
    REQUIRE(r.content);
    return r.content;
}

std::vector<cd::Deadline> deadlines(const cd::Content& content, const std::string& case_json) {
    cd::CaseFileResult in = cd::parse_case_file(case_json, content);
    INFO(in.error);
    REQUIRE(in.ok);
    return cd::build_report(in.case_file, content).deadlines;
}

const cd::Deadline* find(const std::vector<cd::Deadline>& ds, const std::string& id) {
    for (const auto& d : ds) if (d.id == id) return &d;
    return nullptr;
}

}  // namespace

TEST_CASE("a clock with two triggers runs from the later known date") {
    auto content = content_with_test_clocks();
    auto ds = deadlines(*content, R"({"jurisdiction":"CA","charges":[{"offense":"theft","level":"felony"}],"in_custody":"no",
        "dates":{"formal_charges_filed":"2026-03-02","arraignment":"2026-03-10"}})");
    const cd::Deadline* d = find(ds, "t.later");
    REQUIRE(d);
    CHECK(d->from == "arraignment");
    CHECK(cd::to_iso(*d->due) == "2026-05-19");
    CHECK(find(ds, "t.months") == nullptr);  // misdemeanor clock, felony charge
    CHECK(find(ds, "t.jail") == nullptr);    // not in custody
}

TEST_CASE("a month-based clock clamps to the month's end; unknown start gives no date") {
    auto content = content_with_test_clocks();
    auto ds = deadlines(*content, R"({"jurisdiction":"CA","charges":[{"offense":"theft","level":"misdemeanor"}],"dates":{"arrest":"2026-08-31"}})");
    REQUIRE(find(ds, "t.months"));
    CHECK(cd::to_iso(*find(ds, "t.months")->due) == "2027-02-28");
    auto none = deadlines(*content, R"({"jurisdiction":"CA","charges":[{"offense":"theft","level":"misdemeanor"}]})");
    REQUIRE(find(none, "t.months"));
    CHECK_FALSE(find(none, "t.months")->due.has_value());
}

TEST_CASE("unknown custody or level keeps a clock, saying when it applies") {
    auto content = content_with_test_clocks();
    auto ds = deadlines(*content, R"({"jurisdiction":"CA","charges":[{"offense":"theft","level":"unknown"}],"dates":{"arrest":"2026-09-01"}})");
    const cd::Deadline* jail = find(ds, "t.jail");
    REQUIRE(jail);
    CHECK(jail->applies_if == "if you are in jail on this case");
    const cd::Deadline* later = find(ds, "t.later");
    REQUIRE(later);
    CHECK(later->applies_if == "if the charge is a felony");
    auto held = deadlines(*content, R"({"jurisdiction":"CA","charges":[{"offense":"theft","level":"felony"}],"in_custody":"yes","dates":{"arrest":"2026-09-01"}})");
    REQUIRE(find(held, "t.jail"));
    CHECK(find(held, "t.jail")->applies_if.empty());
    CHECK(cd::to_iso(*find(held, "t.jail")->due) == "2026-10-01");
}

TEST_CASE("a demand clock has no date until the demand is made") {
    auto content = content_with_test_clocks();
    auto before = deadlines(*content, R"({"jurisdiction":"CA","charges":[{"offense":"theft","level":"felony"}],"dates":{"arrest":"2026-09-01"}})");
    REQUIRE(find(before, "t.demand"));
    CHECK(find(before, "t.demand")->demand_required);
    CHECK_FALSE(find(before, "t.demand")->due.has_value());
    auto after = deadlines(*content, R"({"jurisdiction":"CA","charges":[{"offense":"theft","level":"felony"}],"dates":{"arrest":"2026-09-01","speedy_trial_demand":"2026-10-01"}})");
    CHECK(cd::to_iso(*find(after, "t.demand")->due) == "2026-11-30");
}

TEST_CASE("a changed rule: the version in force when the clock started applies") {
    auto content = content_with_test_clocks();
    auto old_case = deadlines(*content, R"({"jurisdiction":"CA","charges":[{"offense":"theft"}],"dates":{"arrest":"2025-06-30"}})");
    CHECK(find(old_case, "t.old"));
    CHECK_FALSE(find(old_case, "t.new"));
    CHECK(cd::to_iso(*find(old_case, "t.old")->due) == "2025-07-10");
    auto new_case = deadlines(*content, R"({"jurisdiction":"CA","charges":[{"offense":"theft"}],"dates":{"arrest":"2025-07-01"}})");
    CHECK_FALSE(find(new_case, "t.old"));
    CHECK(find(new_case, "t.new"));
    auto no_date = deadlines(*content, R"({"jurisdiction":"CA","charges":[{"offense":"theft"}]})");
    CHECK_FALSE(find(no_date, "t.old"));  // without a date, only the current rule is shown
    CHECK(find(no_date, "t.new"));
}

TEST_CASE("a clock whose length is not checked against the law shows no number and no date") {
    auto content = content_with_test_clocks();
    // t.new (20 days) is marked "verified": false; t.old (10 days) is checked.
    auto ds = deadlines(*content, R"({"jurisdiction":"CA","charges":[{"offense":"theft"}],"dates":{"arrest":"2025-07-01"}})");
    const cd::Deadline* unchecked = find(ds, "t.new");
    REQUIRE(unchecked);
    CHECK(unchecked->length_unchecked);
    CHECK_FALSE(unchecked->days.has_value());
    CHECK_FALSE(unchecked->due.has_value());
    // The reader is told why there is no date, and no day count appears anywhere in the text.
    cd::CaseFileResult in = cd::parse_case_file(R"({"jurisdiction":"CA","charges":[{"offense":"theft"}],"dates":{"arrest":"2025-07-01"}})", *content);
    REQUIRE(in.ok);
    const std::string text = cd::render_text(cd::build_report(in.case_file, *content));
    CHECK(text.find("we have not yet checked its length") != std::string::npos);
    CHECK(text.find("20 days") == std::string::npos);
    // A checked clock still counts its days.
    auto old_case = deadlines(*content, R"({"jurisdiction":"CA","charges":[{"offense":"theft"}],"dates":{"arrest":"2025-06-30"}})");
    CHECK_FALSE(find(old_case, "t.old")->length_unchecked);
    CHECK(find(old_case, "t.old")->days == 10);
}

TEST_CASE("from_earliest, from_first and not_before pick the day the law names") {
    // Hawaii: the earlier of the arrest and the charge. Virginia: the probable-cause finding if
    // any, else the indictment, but never before an arrest that came after it.
    auto hi = cdtest::decode(R"({"version":3,"jurisdiction":"HI","charges":[{"offense":"theft","level":"felony"}],
        "dates":{"formal_charges_filed":"2026-02-02","arrest":"2026-03-02"}})");
    const cd::Deadline* rule48 = find(hi.deadlines, "hi.trial");
    REQUIRE(rule48);
    CHECK(rule48->from == "formal_charges_filed");
    CHECK(cd::to_iso(*rule48->due) == "2026-08-02");
    auto va = [](const char* dates) {
        return cdtest::decode(std::string(R"({"version":3,"jurisdiction":"VA","in_custody":"no","charges":[{"offense":"burglary","level":"felony"}],"dates":)") + dates + "}");
    };
    auto usual = va(R"({"arrest":"2026-01-05","indictment":"2026-03-02"})");
    CHECK(find(usual.deadlines, "va.trial.felony.not_custody")->from == "indictment");
    auto sealed = va(R"({"indictment":"2026-03-02","arrest":"2026-06-15"})");
    CHECK(find(sealed.deadlines, "va.trial.felony.not_custody")->from == "arrest");
    auto hearing = va(R"({"arrest":"2026-01-05","probable_cause_finding":"2026-02-09","indictment":"2026-03-02"})");
    CHECK(find(hearing.deadlines, "va.trial.felony.not_custody")->from == "probable_cause_finding");
    CHECK(cd::to_iso(*find(hearing.deadlines, "va.trial.felony.not_custody")->due) == "2026-11-09");
}

TEST_CASE("a clock the law starts on a day no date key matches says so in plain words") {
    // Maryland's Hicks date runs from the first appearance in circuit court, which no date key is.
    auto md = cdtest::decode(R"({"version":3,"jurisdiction":"MD","charges":[{"offense":"theft","level":"felony"}],"dates":{"arraignment":"2026-03-02"}})");
    const cd::Deadline* hicks = find(md.deadlines, "md.trial.hicks");
    REQUIRE(hicks);
    CHECK_FALSE(hicks->trigger_exact);
    CHECK_FALSE(hicks->trigger_law.empty());
    CHECK(cd::render_text(md).find("none of your dates matches exactly") != std::string::npos);
}

TEST_CASE("as_of marks passed deadlines, and the procedural path notices") {
    auto content = content_with_test_clocks();
    cd::CaseFileResult in = cd::parse_case_file(R"({"jurisdiction":"CA","charges":[{"offense":"theft","level":"misdemeanor"}],"stage":"pre_trial",
        "dates":{"arrest":"2026-01-05"},"as_of":"2026-11-23"})", *content);
    REQUIRE(in.ok);
    cd::Report r = cd::build_report(in.case_file, *content);
    const cd::Deadline* d = find(r.deadlines, "t.months");
    REQUIRE(d);
    CHECK(d->status == cd::DeadlineStatus::Passed);
    CHECK(cdtest::path(r, "procedural_error").applies == cd::Rating::Likely);
    in.case_file.facts["speedy_trial_waived"] = cd::Tri::Yes;
    cd::Report waived = cd::build_report(in.case_file, *content);
    CHECK(cdtest::path(waived, "procedural_error").applies != cd::Rating::Likely);
}

TEST_CASE("real content: federal Speedy Trial Act clocks") {
    cd::Report r = cdtest::decode(R"({"jurisdiction":"US","charges":[{"offense":"drug_distribution","level":"felony"}],"in_custody":"yes",
        "dates":{"arrest":"2026-09-01","indictment":"2026-09-25","formal_charges_filed":"2026-09-25","arraignment":"2026-10-02"}})");
    const cd::Deadline* charging = find(r.deadlines, "us.charging.arrest");
    const cd::Deadline* trial = find(r.deadlines, "us.trial");
    REQUIRE(charging);
    REQUIRE(trial);
    CHECK(cd::to_iso(*charging->due) == "2026-10-01");  // 30 days from arrest, 18 U.S.C. § 3161(b)
    // The later of the filing and the first appearance, § 3161(c)(1): no first appearance given,
    // the indictment; an arraignment on it is not the first appearance and does not move it.
    CHECK(trial->from == "formal_charges_filed");
    CHECK(cd::to_iso(*trial->due) == "2026-12-04");

    // Indicted under seal, first seen by a judge weeks later: the appearance is the later date.
    cd::Report sealed = cdtest::decode(R"({"version":3,"jurisdiction":"US","charges":[{"offense":"drug_distribution","level":"felony"}],"in_custody":"yes",
        "dates":{"formal_charges_filed":"2026-08-03","arrest":"2026-09-10","first_appearance":"2026-09-11"}})");
    const cd::Deadline* late = find(sealed.deadlines, "us.trial");
    REQUIRE(late);
    CHECK(late->from == "first_appearance");
    CHECK(cd::to_iso(*late->due) == "2026-11-20");
}
