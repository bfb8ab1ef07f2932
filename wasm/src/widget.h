// The widget's state and the functions the parts share. One module instance runs one widget, so
// the state is a plain global (g_app): each <case-decoder> element has its own wasm memory.
//
// Files:
//   session.h/.cpp   the reader's session: answers, steps, case file and report, presets, import,
//                    saving and restoring, language (plain C++: unit-tested natively and under node)
//   app.cpp          the frame (header, panes, tabs) and the session's requests with their effects
//                    on the page (redraw, tell the host, announce)
//   intake.cpp       the guided interview
//   report_view.cpp  the report on screen (a walk over core's report outline) and the export buttons
//   ui_kit.cpp       small drawing helpers shared by intake and report (theme, wrapped text, ...)
//   platform.h/.cpp  the platform layer's state; WebGL context, frame scheduling (draw only after
//                    input), fonts, DPI, resizing
//   input.cpp        html5.h callbacks on this widget's canvas, Tab order, queued input
//   announce.cpp     what screen readers hear, ImGui's item hook
//   bridge.cpp       every JS-facing export (the host element's calls), and nothing else
#pragma once

#include "case_decoder/case_decoder.h"
#include "case_decoder/content.h"
#include "case_decoder/outline.h"
#include "imgui.h"
#include "session.h"

#include <functional>
#include <map>
#include <memory>
#include <set>
#include <optional>
#include <string>
#include <vector>

namespace cdw {

enum class View : uint8_t { Intake, Report };  // narrow layouts show one at a time

struct Fonts {
    ImFont* body = nullptr;     // 16 px regular
    ImFont* small = nullptr;    // 14 px regular: citations, hints
    ImFont* strong = nullptr;   // 16 px bold: labels
    ImFont* heading = nullptr;  // 19 px bold: section titles
};

struct App {
    // The reader's answers, the interview's position, the case file and report (session.h): all
    // that is not drawing. Everything below is the widget's own screen state.
    Session session;

    // Interview position and UI state that is not an answer.
    View        view = View::Intake;
    std::string charge_query;
    bool        focus_charge_search = false;  // after a charge was removed from the keyboard
    int         focus_step_start = 0;  // a step was changed from the keyboard: 2, then 1 when the new step is laid out
    // Read aloud: the languages with a voice that runs on this device (the host checks
    // speechSynthesis' voices for localService); the control shows only for those.
    std::string speech_langs;
    bool        speaking = false;
    std::set<std::string> level_suggested;
    // The date fields drawn this frame, for the host's native date pickers on touch screens
    // (offer_date_picker); sent to the host only when they change.
    struct DatePicker { std::string key, label, value; float x, y, w, h; };
    std::vector<DatePicker> date_pickers;
    std::string           date_pickers_sent = "[]";
    std::string           date_alerted[kDateCount];  // the text whose "not a date" was last said aloud, per field  // charges whose level a section number or class word suggested (shown as such)
    std::string where_query;
    std::map<std::string, bool> why_open;  // "why we ask" toggles by fact id
    int         questions_open = -1;       // which attorney question is expanded (-1: none)
    bool        glossary_open = false;
    double      toast_until = 0;           // "Copied" shows until this time (ms)
    std::string toast;                     // a UI key, like import_note
    bool        scroll_intake_top = false;  // after a step change
    bool        scroll_report_top = false;  // after an import: its message is at the top of the report

    // Saving on this device is the session's `remember` (the host keeps the copy in the browser's
    // localStorage; nothing is stored anywhere while it is off).
    std::string storage_note;       // a UI key: the browser refused to save (private mode, a locked-down page)

    // Spanish in the served embed is a language pack the host loads when the reader wants it
    // (README, "Spanish on demand"). The content with the pack added replaces the bundled one; the
    // bundled one stays alive (static), so nothing pointing into it ever dangles.
    std::shared_ptr<const cd::Content> content_with_pack;
    std::string                        pack_asked;  // the language asked of the host and not yet answered
    std::string                        lang_note;   // a UI key: the pack could not be loaded (shown under the header)

    // Where the bottom line was last drawn: top and bottom in CSS px from the canvas top (0, 0
    // when not drawn). The test hook reports it, so a test can prove it is on the first screen.
    float       bottom_line_css[2] = {0, 0};

    // Presentation.
    float       dpr = 1;        // device pixels per CSS pixel: pointer, text layer and DOM positions
    float       css_w = 0, css_h = 0;
    // The reader's default font size over 16 px (a browser setting, not the page's CSS): the
    // whole interface grows with it, as with zoom, inside the same box. 1 to 2.5.
    float       text_scale = 1;
    float       ui_scale() const { return dpr * text_scale; }  // framebuffer px per interface px
    float       layout_w() const { return css_w / text_scale; }  // the width layouts are chosen by
    bool        dark = false;
    Fonts       fonts;
};
extern App g_app;

// ---- app.cpp: the session's requests with their effects on the page (redraw, host, announce) ----
const char* T(const char* key);  // UI text in the current language (assets/ui/*.json)
void        rebuild_if_changed();  // and tell the host the report changed
void        mark_changed();
void        go_to_step(int index);  // moves the interview, scrolls it to the top, tells screen readers
void        apply_preset(const std::string& key, const std::string& value);
void        set_language(const std::string& lang);   // relabels everything; answers and the step stay
// The host's answer to cd_js_need_language: the pack's text ("" on success, else why not), or
// that it could not be loaded at all (failed: the reader is told; the page stays in its language).
std::string add_language_pack(const std::string& text);
void        language_pack_failed();
// "" on success, else the error line (and the session's import_error_why says why in plain words);
// the answers are untouched on error.
std::string import_case_file(const std::string& text);
std::string restore_saved_answers(const std::string& text);  // "" on success; answers untouched on error
void        set_remember(bool on);     // the reader's choice; tells the host to save or to delete
void        forget_everything();       // empty answers, first step, saving off, the saved copy deleted
void        draw_device_memory(const char* id);
// Touch screens: the date field just drawn (the last item) gets the phone's own date picker over
// it. `value` is the date understood, YYYY-MM-DD, or "".
void        offer_date_picker(const std::string& key, const std::string& label, const std::string& value);
void        send_date_pickers();  // after a frame: tell the host when the fields on screen changed  // "Remember on this device" + "Forget everything"
void        app_init();     // the session, once (whichever host call comes first)
bool        wide_layout();  // interview and report side by side (else two tabs)

// ---- intake.cpp / report_view.cpp ----
void draw_intake(float width, float height);
void draw_report(float width, float height);
void draw_glossary_popup();

// ---- platform.cpp ----
double now_ms();
void   request_frames(int n = 3);      // draw n more frames (after input or a state change)
void   wake_at(double time_ms);        // draw one frame at that time (a toast disappearing)
float  px(float css);                  // interface px (CSS px at the default text size) -> framebuffer px
void   js_copy_text(const std::string& text);
void   js_download(const std::string& name, const std::string& mime, const std::string& text);
void   js_print_html(const std::string& html);
void   js_open_page(const std::string& html, const std::string& title, const std::string& file_name);  // "Read as a web page"
void   js_open_file();
void   js_announce(const std::string& text);
void   js_alert(const std::string& text);  // an error, said at once (assertive)
void   js_leave_widget();  // the keyboard goes past the widget (the next Tab reaches the page after it)
// Read aloud: a link that reads `text` with a voice on this device, or stops reading. Drawn only
// when such a voice exists for the widget's language.
void   read_aloud_link(const char* id, const std::function<std::string()>& text);
void   js_remember_changed(bool on);  // host: save now / delete the saved copy
void   note_focused_item(ImGuiID id, const char* label, int status);  // from ImGui's item hook
std::string spoken_name(std::string_view label);  // a label as read out: no decorative arrows or marks

}  // namespace cdw
