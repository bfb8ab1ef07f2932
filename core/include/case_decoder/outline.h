// The report outline: the one ordered list of what a reader sees, built from a Report right after
// build_report. Text, Markdown, HTML (print, "read as a page", the screen-reader mirror) and the
// widget's screen all walk it, so they show the same things in the same order. Adding a section
// means adding it to build_outline(), and every rendering has it.
//
//     cd::Report r = cd::build_report(case_file, content);
//     cd::ReportOutline doc = cd::build_outline(r, content);                         // downloads, print
//     cd::ReportOutline screen = cd::build_outline(r, content, {cd::OutlineFor::Screen});
//     std::string md = cd::render_markdown(doc);
//
// Plain data: strings already in the report's language, dates already in words. Nothing here
// knows about ImGui or HTML; renderers decide how a Tone or a folded block looks.
#pragma once

#include "case_decoder/case_decoder.h"
#include "case_decoder/content.h"

#include <string>
#include <vector>

namespace cd {

// How a badge or a line should stand out. Renderers map it to colour and words; never colour alone.
enum class Tone : uint8_t { Plain, Muted, Good, Accent, Warning, Danger };
const char* tone_name(Tone t);  // "plain", "muted", ...: HTML classes and tests

// A label as it leads into its text: "Where: New York", but a question keeps its own mark
// ("Can charges be dropped at this stage? Yes"), in any language.
inline std::string lead_in(const std::string& label) {
    const char last = label.empty() ? ' ' : label.back();
    return last == '?' || last == ':' ? label : label + ":";
}

struct OutlineBlock {
    enum class Kind : uint8_t {
        Paragraph,  // text
        Field,      // label: text ("If missed: the case can be dismissed")
        List,       // label, then items as bullets
        Sources,    // label ("Sources"), items are citations
        Because,    // label ("Chosen because"), text lists the reader's answers that chose it
    };
    Kind                     kind = Kind::Paragraph;
    std::string              label, text;
    std::vector<std::string> items;
    Tone                     tone = Tone::Plain;
    bool                     small = false;   // secondary (hints, notes): smaller on screen
    bool                     folded = false;  // on screen, behind its label until opened (a charge's lists)
};

// One card: a charge, a path, a clock, a question, a program, a myth.
struct OutlineItem {
    std::string               id;  // the report's id (deadline id, question id, offense id...)
    std::string               title;
    std::string               badge;  // "Likely", "May have passed", "misdemeanor"; may be empty
    Tone                      badge_tone = Tone::Plain;
    std::string               date;  // a clock's due date in words, shown large; may be empty
    std::vector<OutlineBlock> blocks;
};

struct OutlineSection {
    std::string               id;           // stable: "summary", "answers", "stage", "charges", ...
    std::string               title;
    std::string               short_title;  // for the screen's jump links; empty: not a jump target
    Tone                      tone = Tone::Plain;  // the bottom line stands out (Accent)
    std::vector<OutlineBlock> blocks;       // before the items
    std::vector<OutlineItem>  items;
    bool                      numbered = false;  // items are a numbered list (the attorney questions)
    bool                      foldable = false;  // on screen, items show their title and open on tap
};

// A document has two parts: "handoff" (For my lawyer: the bottom line, the reader's answers, the
// deadlines, the questions) and "report" (the full report as an appendix). The screen has one
// untitled part, "report", starting with the bottom line.
struct OutlinePart {
    std::string                 id, title;
    std::string                 intro;  // a line under the part's title; may be empty
    std::vector<OutlineSection> sections;
};

struct ReportOutline {
    std::string              lang, title, subtitle;
    std::string              notice;  // the full legal notice; documents print it, the screen folds it
    std::vector<OutlinePart> parts;
    std::string              footer;  // content version

    const OutlineSection* section(std::string_view id) const;  // first with that id, or null
};

enum class OutlineFor : uint8_t { Document, Screen };
struct OutlineOptions {
    OutlineFor target = OutlineFor::Document;
    bool       stage_answered = true;  // false: the reader has not said; the report does not state a stage
};
ReportOutline build_outline(const Report& r, const Content& content = bundled_content(), const OutlineOptions& options = {});

std::string render_text(const ReportOutline& o);
std::string render_markdown(const ReportOutline& o);
std::string render_html(const ReportOutline& o);  // an <article>: headings, lists, paragraphs; classes cd-*

// "fact:searched" -> the interview's words and the reader's answer ("Did the police search you...?
// Yes"), offense and place names, and so on: what "chosen because" shows. Ids it cannot name are left out.
std::string because_in_words(const std::vector<std::string>& because, const CaseFile& c, const Content& content, const std::string& lang);
// A fact's answer as the reader gave it to the question on screen (flipped for a question asked
// the opposite way round): "Yes", "No", "Not sure".
std::string fact_answer_in_words(const FactDef& f, Tri value, const Content& content, const std::string& lang);

}  // namespace cd
