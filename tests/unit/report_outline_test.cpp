// The report outline: one ordered list of sections that text, Markdown, HTML and the screen all
// walk. Every section appears once, in the outline's order, in every rendering; the bottom line
// comes first; the document opens with the "For my lawyer" sheet.
#include "test_support.h"

#include "case_decoder/outline.h"

namespace {

const char* kCase = R"({"jurisdiction":"FL","charges":[{"offense":"drug_possession","level":"felony"}],"stage":"pre_trial",
  "in_custody":"yes","dates":{"arrest":"2026-11-10"},
  "facts":{"searched":"yes","search_warrant":"no","has_attorney":"no","witness_recanted":"unknown"},"lang":"en","as_of":"2026-12-05"})";

// Where each section's title first appears in a rendering, in outline order; npos when missing.
std::vector<size_t> positions(const cd::ReportOutline& o, const std::string& out) {
    std::vector<size_t> at;
    size_t from = 0;
    for (const auto& part : o.parts)
        for (const auto& s : part.sections) {
            size_t p = out.find(s.title, from);
            at.push_back(p);
            if (p != std::string::npos) from = p + s.title.size();
        }
    return at;
}

std::string html_text(std::string s) {  // what a reader sees of HTML: tags out, entities back
    std::string out;
    bool tag = false;
    for (char c : s) {
        if (c == '<') tag = true;
        else if (c == '>') tag = false;
        else if (!tag) out += c;
    }
    for (auto [from, to] : {std::pair<const char*, const char*>{"&quot;", "\""}, {"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}})
        for (size_t p; (p = out.find(from)) != std::string::npos;) out.replace(p, std::string(from).size(), to);
    return out;
}

}  // namespace

TEST_CASE("the document outline: For my lawyer first (bottom line, answers, deadlines, questions), then the full report") {
    cd::Report r = cdtest::decode(kCase);
    cd::ReportOutline o = cd::build_outline(r);
    REQUIRE(o.parts.size() == 2);
    CHECK(o.parts[0].id == "handoff");
    CHECK(o.parts[1].id == "report");
    std::vector<std::string> ids;
    for (const auto& p : o.parts) for (const auto& s : p.sections) ids.push_back(s.id);
    const std::vector<std::string> want = {"summary", "answers", "handoff_deadlines", "handoff_questions", "notice", "stage", "charges",
                                           "paths", "jurisdiction", "programs", "deadlines", "questions", "myths", "dont"};
    std::string got;
    for (const auto& i : ids) got += i + " ";
    INFO(got);
    CHECK(ids == want);
}

TEST_CASE("the screen outline starts with the bottom line and has no handoff sheet") {
    cd::Report r = cdtest::decode(kCase);
    cd::ReportOutline o = cd::build_outline(r, cd::bundled_content(), {cd::OutlineFor::Screen});
    REQUIRE(o.parts.size() == 1);
    REQUIRE_FALSE(o.parts[0].sections.empty());
    CHECK(o.parts[0].sections.front().id == "summary");
    CHECK(o.section("answers") == nullptr);
    CHECK(o.section("questions")->foldable);
}

TEST_CASE("every section appears once and in order in text, Markdown and HTML") {
    for (const char* lang : {"en", "es"}) {
        std::string c = kCase;
        c.replace(c.find("\"lang\":\"en\""), 11, std::string("\"lang\":\"") + lang + "\"");
        cd::Report r = cdtest::decode(c);
        for (cd::OutlineFor target : {cd::OutlineFor::Document, cd::OutlineFor::Screen}) {
            cd::ReportOutline o = cd::build_outline(r, cd::bundled_content(), {target});
            for (const std::string& out : {cd::render_text(o), cd::render_markdown(o), html_text(cd::render_html(o))}) {
                std::vector<size_t> at = positions(o, out);
                for (size_t i = 0; i < at.size(); ++i) {
                    CHECK_MESSAGE(at[i] != std::string::npos, lang << " section " << i);
                    if (i) CHECK(at[i - 1] < at[i]);
                }
                // The bottom line's headline comes before every other section's title.
                CHECK(out.find(r.summary.headline) < at[1]);
            }
        }
    }
}

TEST_CASE("the renderers of a Report are the renderers of its document outline") {
    cd::Report r = cdtest::decode(kCase);
    cd::ReportOutline o = cd::build_outline(r);
    CHECK(cd::render_text(r) == cd::render_text(o));
    CHECK(cd::render_markdown(r) == cd::render_markdown(o));
    CHECK(cd::render_html(r) == cd::render_html(o));
}

TEST_CASE("the lawyer's sheet lists the reader's own answers, dates in words, 'not sure' included") {
    cd::Report r = cdtest::decode(kCase);
    std::string text = cd::render_text(r);
    const size_t full = text.find("\n" + cd::bundled_content().ui_text("report.full", "en") + "\n");
    REQUIRE(full != std::string::npos);
    const std::string sheet = text.substr(0, full);
    CHECK(sheet.find("Arrest: Tuesday, November 10, 2026 (25 days ago)") != std::string::npos);
    CHECK(sheet.find("Drug possession") != std::string::npos);
    CHECK(sheet.find("Florida") != std::string::npos);
    CHECK(sheet.find("In jail on this case: Yes") != std::string::npos);
    CHECK(sheet.find("Has that person taken back or changed their story? Not sure") != std::string::npos);
    CHECK(sheet.find("Did the police search you, your car, your phone or your home? Yes") != std::string::npos);
    for (const auto& q : r.questions) CHECK(sheet.find(q.text) != std::string::npos);
    CHECK(sheet.find("Chosen because") != std::string::npos);
    CHECK(sheet.find("2026-11-10") == std::string::npos);  // people read words, not ISO dates
    // The full legal notice is in the document.
    CHECK(text.find(r.notice) != std::string::npos);
}

TEST_CASE("a question asked the positive way round shows the reader's own answer") {
    // non_citizen: "no" means a citizen; the interview asks "Are you a U.S. citizen?", so the sheet says "Yes".
    cd::Report r = cdtest::decode(R"({"jurisdiction":"CA","charges":[{"offense":"dui","level":"misdemeanor"}],"facts":{"non_citizen":"no"}})");
    const cd::FactDef* f = cd::bundled_content().fact("non_citizen");
    REQUIRE(f);
    CHECK(f->question_is_opposite);
    CHECK(f->question.get("en").find(" not ") == std::string::npos);  // no double negative
    std::string text = cd::render_text(r);
    CHECK(text.find(f->question.get("en") + " Yes") != std::string::npos);
}

TEST_CASE("deadline cards say their status in words: soon, passed, met, no date yet") {
    cd::Report r = cdtest::decode(kCase);
    cd::ReportOutline o = cd::build_outline(r, cd::bundled_content(), {cd::OutlineFor::Screen});
    const cd::OutlineSection* d = o.section("deadlines");
    REQUIRE(d);
    bool soon = false;
    for (const auto& it : d->items)
        if (it.id == "fl.charging.custody") {
            soon = it.badge == "Soon" && it.badge_tone == cd::Tone::Warning;
            CHECK(it.date == "Due Sunday, December 13, 2026 (in 8 days)");
        }
    CHECK(soon);

    cd::Report passed = cdtest::decode(R"({"jurisdiction":"OH","charges":[{"offense":"burglary","level":"felony"}],"in_custody":"yes",
      "dates":{"arrest":"2026-06-10"},"as_of":"2026-11-23"})");
    const cd::ReportOutline po = cd::build_outline(passed, cd::bundled_content(), {cd::OutlineFor::Screen});
    bool danger = false;
    for (const auto& it : po.section("deadlines")->items) danger = danger || (it.badge == "May have passed" && it.badge_tone == cd::Tone::Danger);
    CHECK(danger);

    cd::Report nodate = cdtest::decode(R"({"jurisdiction":"FL","charges":[{"offense":"theft","level":"misdemeanor"}],"in_custody":"no"})");
    const cd::ReportOutline no = cd::build_outline(nodate, cd::bundled_content(), {cd::OutlineFor::Screen});
    bool need = false;
    for (const auto& it : no.section("deadlines")->items)
        if (it.badge == "No date yet")
            for (const auto& b : it.blocks) need = need || b.text.find("we need the date of") != std::string::npos;
    CHECK(need);
}

TEST_CASE("an unanswered stage is not stated as if the reader had given it") {
    cd::Report r = cdtest::decode(kCase);
    cd::ReportOutline o = cd::build_outline(r, cd::bundled_content(), {cd::OutlineFor::Screen, false});
    const cd::OutlineSection* s = o.section("stage");
    REQUIRE(s);
    CHECK(s->items.empty());
    REQUIRE(s->blocks.size() == 1);
    CHECK(s->blocks[0].text == cd::bundled_content().ui_text("report.stage_unknown", "en"));
    std::string doc = cd::render_text(cd::build_outline(r, cd::bundled_content(), {cd::OutlineFor::Document, false}));
    CHECK(doc.find("Stage: Not answered") != std::string::npos);
}
