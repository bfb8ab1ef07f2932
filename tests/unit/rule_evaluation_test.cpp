#include "test_support.h"

using cd::Condition;
using K = Condition::Kind;

namespace {
Condition fact(const std::string& id, std::vector<std::string> values) { return {K::Fact, id, std::move(values), {}}; }
Condition atom(K kind, std::vector<std::string> values) { return {kind, values.size() == 1 ? values[0] : "", std::move(values), {}}; }
Condition all(std::vector<Condition> c) { return {K::All, "", {}, std::move(c)}; }
Condition any(std::vector<Condition> c) { return {K::Any, "", {}, std::move(c)}; }
Condition negate(Condition c) { return {K::Not, "", {}, {std::move(c)}}; }

cd::EvalResult eval(const Condition& cond, const cd::CaseFile& c) {
    const cd::Content& content = cd::bundled_content();
    cd::EvalContext ctx{c, content, content.jurisdiction(c.jurisdiction), {}, {}};
    return cd::evaluate(cond, ctx);
}

const char* kCase = R"({"jurisdiction":"NJ","charges":[{"offense":"drug_possession","level":"felony"}],"stage":"arraignment",
  "in_custody":"no","dates":{"arrest":"2026-10-02"},"facts":{"searched":"yes","search_warrant":"no"}})";
}  // namespace

TEST_CASE("facts are tri-state: unknown is neither yes nor no") {
    cd::CaseFile c = cdtest::must_parse(kCase);
    CHECK(eval(fact("searched", {"yes"}), c).value);
    CHECK_FALSE(eval(fact("searched", {"no"}), c).value);
    CHECK_FALSE(eval(fact("video_exists", {"yes"}), c).value);
    CHECK_FALSE(eval(fact("video_exists", {"no"}), c).value);
    CHECK(eval(fact("video_exists", {"unknown"}), c).value);
    CHECK(eval(fact("video_exists", {"no", "unknown"}), c).value);
    CHECK(eval(fact("searched", {"yes"}), c).because == std::vector<std::string>{"fact:searched"});
}

TEST_CASE("all, any and not combine, and report the atoms that decided") {
    cd::CaseFile c = cdtest::must_parse(kCase);
    cd::EvalResult both = eval(all({fact("searched", {"yes"}), fact("search_warrant", {"no"})}), c);
    CHECK(both.value);
    CHECK(both.because == std::vector<std::string>{"fact:searched", "fact:search_warrant"});

    cd::EvalResult one_false = eval(all({fact("searched", {"yes"}), fact("first_offense", {"yes"})}), c);
    CHECK_FALSE(one_false.value);
    CHECK(one_false.because == std::vector<std::string>{"fact:first_offense"});

    cd::EvalResult either = eval(any({fact("first_offense", {"yes"}), fact("searched", {"yes"})}), c);
    CHECK(either.value);
    CHECK(either.because == std::vector<std::string>{"fact:searched"});

    cd::EvalResult negated = eval(negate(fact("search_warrant", {"yes"})), c);
    CHECK(negated.value);
    CHECK(negated.because == std::vector<std::string>{"fact:search_warrant"});

    CHECK(eval(all({}), c).value);  // an empty "all" is true: the rule always applies
}

TEST_CASE("offense, tag, level, jurisdiction, stage, custody and date atoms") {
    cd::CaseFile c = cdtest::must_parse(kCase);
    CHECK(eval(atom(K::Offense, {"dui", "drug_possession"}), c).value);
    CHECK(eval(atom(K::Offense, {"drug_possession"}), c).because == std::vector<std::string>{"offense:drug_possession"});
    CHECK_FALSE(eval(atom(K::Offense, {"dui"}), c).value);
    CHECK(eval(atom(K::OffenseTag, {"drug"}), c).value);
    CHECK_FALSE(eval(atom(K::OffenseTag, {"driving"}), c).value);
    CHECK(eval(atom(K::Level, {"felony"}), c).value);
    CHECK_FALSE(eval(atom(K::Level, {"misdemeanor"}), c).value);
    CHECK(eval(atom(K::Jurisdiction, {"NJ"}), c).value);
    CHECK_FALSE(eval(atom(K::Jurisdiction, {"NY"}), c).value);
    CHECK(eval(atom(K::Stage, {"arraignment", "pre_trial"}), c).value);
    CHECK(eval(atom(K::Custody, {"no"}), c).value);
    CHECK_FALSE(eval(atom(K::Custody, {"yes"}), c).value);
    CHECK(eval(atom(K::DateKnown, {"arrest"}), c).value);
    CHECK_FALSE(eval(atom(K::DateKnown, {"arraignment"}), c).value);
}

TEST_CASE("jurisdiction features come from the content") {
    cd::CaseFile nj = cdtest::must_parse(kCase);
    CHECK(eval(atom(K::JurisdictionHas, {"indictment_required"}), nj).value);  // N.J. Const. art. I, para. 8
    CHECK(eval(atom(K::JurisdictionHas, {"pretrial_intervention"}), nj).value);
    cd::CaseFile ca = cdtest::must_parse(R"({"jurisdiction":"CA","charges":[{"offense":"dui","level":"felony"}]})");
    CHECK_FALSE(eval(atom(K::JurisdictionHas, {"indictment_required"}), ca).value);
}

TEST_CASE("program eligibility: first offense and tracks") {
    const cd::Content& content = cd::bundled_content();
    cd::Program p;
    p.kind = "diversion";
    p.eligibility.offenses = {"drug_possession"};
    p.eligibility.first_offense = "required";
    p.eligibility.track = "drug";
    p.prov.verified = true;
    cd::CaseFile c = cdtest::must_parse(kCase);
    CHECK(cd::program_fit(p, c, content) == "maybe");  // first offense not answered
    c.facts["first_offense"] = cd::Tri::Yes;
    CHECK(cd::program_fit(p, c, content) == "yes");     // drug charge satisfies the drug track
    p.prov.verified = false;
    CHECK(cd::program_fit(p, c, content) == "maybe");   // rules not checked against their text: never "fits"
    p.prov.verified = true;
    c.facts["prior_record"] = cd::Tri::Yes;
    CHECK(cd::program_fit(p, c, content) == "no");
    c.facts.erase("prior_record");
    c.charges[0].offense = "theft";
    CHECK(cd::program_fit(p, c, content) == "no");      // offense not covered
    p.eligibility.offenses.clear();
    p.eligibility.exclude_offenses = {"theft"};
    CHECK(cd::program_fit(p, c, content) == "no");      // offense excluded
    p.eligibility.exclude_offenses.clear();
    p.eligibility.track = "veteran";
    CHECK(cd::program_fit(p, c, content) == "maybe");   // veteran status unknown
    c.facts["veteran"] = cd::Tri::No;
    CHECK(cd::program_fit(p, c, content) == "no");
}

TEST_CASE("follow-up interview questions are asked only when their parent applies") {
    const cd::Content& content = cd::bundled_content();
    const cd::FactDef* warrant = content.fact("search_warrant");
    const cd::FactDef* miranda = content.fact("miranda_warning");
    REQUIRE(warrant);
    REQUIRE(miranda);
    cd::CaseFile c = cdtest::must_parse(R"({"jurisdiction":"CA","charges":[{"offense":"dui"}]})");
    CHECK_FALSE(cd::should_ask(*warrant, c, content));
    CHECK_FALSE(cd::should_ask(*miranda, c, content));
    c.facts["searched"] = cd::Tri::Yes;
    c.facts["questioned_by_police"] = cd::Tri::Yes;
    CHECK(cd::should_ask(*warrant, c, content));
    CHECK(cd::should_ask(*miranda, c, content));
}
