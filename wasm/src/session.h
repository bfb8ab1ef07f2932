// The reader's session: what they answered, where they are in the interview, the case file and
// report built from it, presets, saving and restoring, importing, the language. Plain C++ with no
// ImGui and no Emscripten, so it is unit-tested natively and under node like the core
// (tests/unit/session_test.cpp). The widget draws a Session; the bridge (bridge.cpp) hands the
// host's calls to it; effects on the page (announcing, redrawing, telling the host to save) are
// the caller's, never the session's.
#pragma once

#include "case_decoder/case_decoder.h"
#include "case_decoder/content.h"
#include "case_decoder/outline.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cdw {

// An answer in the interview. "Not sure" is an answer (the reader saw the question); Unanswered is
// not. Not sure becomes "unknown" in the case file; Unanswered is left out.
enum class Answer : uint8_t { Unanswered, Yes, No, NotSure };

// Steps of the interview, in order. The circumstance steps are one per FactDef::group.
enum class StepKind : uint8_t { Charges, Where, Stage, Dates, Facts, Review };
struct Step {
    StepKind    kind;
    std::string group;  // for Facts: the FactDef::group
};

// Date keys the interview may ask for, in the order a case usually runs (the case file's, names.cpp).
// The dates step shows only those cd::should_ask_date picks for the reader's jurisdiction.
inline const char* const kDateKeys[] = {"arrest", "first_appearance", "complaint_filed", "probable_cause_finding", "formal_charges_filed",
                                        "indictment", "counsel_appearance", "arraignment", "speedy_trial_demand", "court_date"};
constexpr int kDateCount = 10;

// Text-field limits (bytes of UTF-8). Generous for what each field is for; a paste of a whole
// document is cut, not choked on. A paste is also cut to kMaxPasteChars before it reaches ImGui.
constexpr size_t kMaxDateText = 40;     // "Wednesday, September 30, 2026", "miércoles, 30 de septiembre de 2026"
constexpr size_t kMaxSearchText = 100;  // an offense or place name, a few words
constexpr size_t kMaxPasteChars = 200;

// What the reader told us. Kept separately from the CaseFile so that nothing is lost: a follow-up
// answer stays here while its question is hidden, and a half-typed date stays as typed.
struct Answers {
    std::string                   jurisdiction;
    std::string                   county;  // a county id of the jurisdiction's local programs; empty: none or not sure
    std::vector<cd::Charge>       charges;
    std::string                   stage;  // empty: not answered yet (the report assumes pre_trial)
    Answer                        in_custody = Answer::Unanswered;
    std::string                   date_text[kDateCount];  // as typed
    std::map<std::string, Answer> facts;
};

struct Session {
    // Content and language.
    const cd::Content* content = nullptr;
    std::string        lang = "en";
    // A language chosen while the content lacks it: the widget's embed holds its Spanish prose in
    // a language pack, loaded only when wanted. Until use_content() brings it, lang stays as it was.
    std::string        wanted_lang;
    std::string        today;  // YYYY-MM-DD, the reader's "today" (the browser's local date)

    // Answers and what follows from them.
    Answers                   answers;
    cd::CaseFile              case_file;              // built from answers; what the report and exports use
    std::optional<cd::Report> report;                 // present once a charge and a jurisdiction are chosen
    bool                      answers_changed = true;  // rebuild() makes case_file and report again
    uint32_t                  report_serial = 0;      // bumps each time they are rebuilt

    // Where the reader is.
    std::vector<Step> steps;
    int               step = 0;

    // What the page preset (attributes), said on the first step until used ("Started with: ...").
    bool preset_charges = false, preset_where = false, preset_stage = false, preset_note_dismissed = false;

    // Saving on this device: only when the reader turns it on.
    bool remember = false;
    bool restored = false;  // answers came back from this device at start-up: say so

    // The last import: the English line naming the field, the reason as a UI key, or "Imported".
    std::string import_error, import_error_why, import_note;

    Session() = default;  // no content yet: the widget makes its session once the content is loaded
    explicit Session(const cd::Content& c);

    const char* text(const char* key) const;  // a UI string in the session's language
    void        mark_changed() { answers_changed = true; }
    bool        rebuild();  // when answers changed: the case file and the report again; true if it did

    // The interview.
    void        build_steps();
    int         clamp_step(int index) const;
    std::string step_title(const Step& s) const;
    std::string answer_name(Answer a) const;
    std::string level_name(const std::string& level) const;
    std::string county_of_answers() const;  // the county answer if it is one of the chosen state's, else ""

    // Host requests. Each returns what the caller must know; none touches the page.
    void        apply_preset(const std::string& key, const std::string& value);  // offense, jurisdiction, stage, in_custody (lang: set_language)
    bool        set_language(const std::string& lang);  // true when it changed; answers and step stay (see wanted_lang)
    bool        use_content(const cd::Content& c);       // the same content with more languages; true if wanted_lang came in
    std::string import_case_file(const std::string& text);  // "" on success, else the error line; answers untouched on error
    std::string saved_answers_json() const;                 // every answer, "not sure", typed dates, the step
    std::string restore_saved_answers(const std::string& text);  // "" on success; answers untouched on error
    void        forget();  // empty answers, first step, saving off

    // The report's renderings as the widget shows and exports them.
    std::optional<cd::Date>  typed_date(int index) const;  // a date field's text as a date, read as readers type dates
    bool                     settle_date(int index);  // a date understood is written YYYY-MM-DD, its one meaning; true if changed
    cd::OutlineOptions       outline_options(cd::OutlineFor target) const;  // no stage stated before the reader gives one
    const cd::ReportOutline& screen_outline();  // cached per report; only with a report
    std::string              document_html() const;
    std::string              document_text(bool markdown) const;

private:
    cd::CaseFile      case_file_from_answers() const;
    Answers           answers_from_case_file(const cd::CaseFile& c) const;
    cd::ReportOutline outline_;
    uint32_t          outline_for_ = UINT32_MAX;
};

bool        fact_is_follow_up(const cd::FactDef& f);  // asked only after an earlier answer
std::string normalise_lang(const std::string& tag);   // "es", "es-MX", "ES" -> "es"; anything else -> "en"

}  // namespace cdw
