// The widget's state and the functions the parts share. One module instance runs one widget, so
// the state is a plain global (g_app): each <case-decoder> element has its own wasm memory.
//
// Files:
//   platform.cpp     WebGL context, the input layer (html5.h callbacks on this widget's canvas),
//                    frame scheduling (draw only after input), fonts, DPI
//   app.cpp          the answers, building the case file and the report, the JS-facing exports
//   intake.cpp       the guided interview
//   report_view.cpp  the report on screen (a walk over core's report outline) and the export buttons
//   ui_kit.cpp       small drawing helpers shared by intake and report (theme, wrapped text, ...)
#pragma once

#include "case_decoder/case_decoder.h"
#include "case_decoder/content.h"
#include "case_decoder/outline.h"
#include "imgui.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cdw {

// An answer in the interview. "Not sure" is an answer (the reader saw the question); Unanswered is
// not. Both become "unknown" in the case file.
enum class Answer : uint8_t { Unanswered, Yes, No, NotSure };

// Steps of the interview, in order. The circumstance steps are one per FactDef::group.
enum class StepKind : uint8_t { Charges, Where, Stage, Dates, Facts, Review };
struct Step {
    StepKind    kind;
    std::string group;  // for Facts: the FactDef::group
};

// Date keys the interview asks for, in the order a case usually runs.
inline const char* const kDateKeys[] = {"arrest", "complaint_filed", "formal_charges_filed", "indictment", "arraignment", "speedy_trial_demand", "court_date"};
constexpr int kDateCount = 7;

// Text-field limits (bytes of UTF-8). Generous for what each field is for; a paste of a whole
// document is cut, not choked on. A paste is also cut to kMaxPasteChars before it reaches ImGui.
constexpr size_t kMaxDateText = 10;     // YYYY-MM-DD
constexpr size_t kMaxSearchText = 100;  // an offense or place name, a few words
constexpr size_t kMaxPasteChars = 200;

// What the reader told us. Kept separately from the CaseFile so that nothing is lost: a follow-up
// answer stays here while its question is hidden, and a half-typed date stays as typed.
struct Answers {
    std::string                         jurisdiction;
    std::vector<cd::Charge>             charges;
    std::string                         stage;  // empty: not answered yet (the report assumes pre_trial)
    Answer                              in_custody = Answer::Unanswered;
    std::string                         date_text[kDateCount];  // as typed
    std::map<std::string, Answer>       facts;
};

enum class View : uint8_t { Intake, Report };  // narrow layouts show one at a time

struct Fonts {
    ImFont* body = nullptr;     // 16 px regular
    ImFont* small = nullptr;    // 14 px regular: citations, hints
    ImFont* strong = nullptr;   // 16 px bold: labels
    ImFont* heading = nullptr;  // 19 px bold: section titles
};

struct App {
    // Content and language.
    const cd::Content* content = nullptr;
    std::string        lang = "en";
    std::string        today;  // YYYY-MM-DD from the browser's clock (JS Date, local time)

    // Answers and what follows from them.
    Answers     answers;
    cd::CaseFile case_file;                // built from answers; what the report and exports use
    std::optional<cd::Report> report;      // present once a charge and a jurisdiction are chosen
    bool        answers_changed = true;    // rebuild case_file and report before drawing
    uint32_t    report_serial = 0;         // bumps when the report changes (JS polls it for the mirror)

    // Interview position and UI state that is not an answer.
    std::vector<Step> steps;
    int         step = 0;
    View        view = View::Intake;
    std::string charge_query;
    std::string where_query;
    // What the page preset (attributes), said on the first step ("Started with: DUI in California")
    // so that nothing is answered silently, until the reader changes it or moves on.
    bool        preset_charges = false, preset_where = false, preset_stage = false, preset_note_dismissed = false;
    std::map<std::string, bool> why_open;  // "why we ask" toggles by fact id
    int         questions_open = -1;       // which attorney question is expanded (-1: none)
    bool        glossary_open = false;
    std::string import_error;              // last failed import, shown until dismissed (English, names the field)
    std::string import_error_why;          // the same failure for the reader: a UI key, shown in the current language
    std::string import_note;               // "Imported" confirmation: a UI key, shown in the current language
    double      toast_until = 0;           // "Copied" shows until this time (ms)
    std::string toast;                     // a UI key, like import_note
    bool        scroll_intake_top = false;  // after a step change
    bool        scroll_report_top = false;  // after an import: its message is at the top of the report

    // Saving on this device: only when the reader turns it on (the host keeps the copy in the
    // browser's localStorage; nothing is stored anywhere while this is off).
    bool        remember = false;
    bool        restored = false;   // answers came back from this device at start-up: say so
    std::string storage_note;       // a UI key: the browser refused to save (private mode, a locked-down page)

    // Where the bottom line was last drawn: top and bottom in CSS px from the canvas top (0, 0
    // when not drawn). The test hook reports it, so a test can prove it is on the first screen.
    float       bottom_line_css[2] = {0, 0};

    // Presentation.
    float       dpr = 1;        // device pixels per CSS pixel
    float       css_w = 0, css_h = 0;
    bool        dark = false;
    Fonts       fonts;
};
extern App g_app;

// ---- app.cpp ----
void        rebuild_if_changed();
void        mark_changed();
void        build_steps();
void        go_to_step(int index);  // moves the interview, scrolls it to the top, tells screen readers
const char* T(const char* key);  // UI text in the current language (assets/ui/*.json)
std::string step_title(const Step& s);
bool        fact_is_follow_up(const cd::FactDef& f);
std::string answer_name(Answer a);
std::string level_name(const std::string& level);
void        apply_preset(const std::string& key, const std::string& value);
std::string normalise_lang(const std::string& tag);  // "es", "es-MX", "ES" -> "es"; anything else -> "en"
void        set_language(const std::string& lang);   // relabels everything; answers and the step stay
// "" on success, else the error line (and g_app.import_error_why says why in plain words);
// the answers are untouched on error.
std::string import_case_file(const std::string& text);

// Saved answers: everything the reader entered (including "not sure", hidden follow-ups and
// half-typed dates) and where they were, as JSON {"format":"case-decoder/saved-answers",...}.
std::string saved_answers_json();
std::string restore_saved_answers(const std::string& text);  // "" on success; answers untouched on error
void        set_remember(bool on);     // the reader's choice; tells the host to save or to delete
void        forget_everything();       // empty answers, first step, saving off, the saved copy deleted
void        draw_device_memory(const char* id);  // "Remember on this device" + "Forget everything"

// ---- intake.cpp / report_view.cpp ----
void draw_intake(float width, float height);
void draw_report(float width, float height);
void draw_glossary_popup();

// ---- app.cpp: the report's outline, as every rendering of the widget uses it ----
// The screen's outline of the current report (rebuilt when the report changes). Only call with a report.
const cd::ReportOutline& screen_outline();
std::string report_document_html();          // the print view: For my lawyer, then the full report
std::string report_document_text(bool markdown);  // the .txt / .md downloads, the same document

// ---- platform.cpp ----
double now_ms();
void   request_frames(int n = 3);      // draw n more frames (after input or a state change)
void   wake_at(double time_ms);        // draw one frame at that time (a toast disappearing)
float  px(float css);                  // CSS px -> framebuffer px (ImGui works in device pixels)
void   js_copy_text(const std::string& text);
void   js_download(const std::string& name, const std::string& mime, const std::string& text);
void   js_print_html(const std::string& html);
void   js_open_file();
void   js_announce(const std::string& text);
void   js_remember_changed(bool on);  // host: save now / delete the saved copy
void   note_focused_item(ImGuiID id, const char* label, int status);  // from ImGui's item hook

}  // namespace cdw
