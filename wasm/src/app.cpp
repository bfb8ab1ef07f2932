// The answers, the case file and report built from them, the frame layout, and the functions the
// host element calls (presets, exports, import, test hooks).
#include "ui_kit.h"

#include <emscripten/emscripten.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>

extern "C" void cd_js_report_changed();  // library_case_decoder.js
extern "C" void cd_js_lang_changed(const char* lang);
extern "C" void cd_js_need_language(const char* lang);
extern "C" void cd_js_date_pickers(const char* json);
extern "C" void cd_js_speak(const char* text, const char* lang);

namespace cdw {

App g_app;

const char* T(const char* key) { return g_app.session.text(key); }

// The session's requests, with what they do to the page: redraw, tell the host, announce.
void go_to_step(int index) {
    Session& s = g_app.session;
    s.step = s.clamp_step(index);
    g_app.scroll_intake_top = true;
    // From the keyboard, a step the report needs (the charges, the place, the stage) starts on its
    // first control, as a form's next page would. The optional steps (dates, the questions) keep
    // the cursor on Next, so one key skips them; Shift+Tab goes back into their questions.
    const StepKind kind = s.steps[s.step].kind;
    if (GImGui && !GImGui->NavDisableHighlight && (kind == StepKind::Charges || kind == StepKind::Where || kind == StepKind::Stage))
        g_app.focus_step_start = 2;
    char buf[64];
    snprintf(buf, sizeof buf, T("widget.progress"), s.step + 1, (int)s.steps.size());
    js_announce(std::string(buf) + ": " + s.step_title(s.steps[s.step]));
    request_frames(3);
}

void mark_changed() {
    g_app.session.mark_changed();
    request_frames(3);
}

void rebuild_if_changed() {
    if (g_app.session.rebuild()) cd_js_report_changed();
}

// A language the content lacks (its pack not loaded yet) is asked of the host, once; the switch
// finishes in add_language_pack. The request is the same whatever the answers are: only the
// reader's choice of language (or the page's) makes it.
static void ask_for_wanted_language() {
    const std::string& want = g_app.session.wanted_lang;
    if (want.empty() || want == g_app.pack_asked) return;
    g_app.pack_asked = want;
    cd_js_need_language(want.c_str());
}

// Said only when the reader switched with the link (a page's own language is not news), and only
// once it has happened: at once, or when the pack arrives.
static bool g_say_language = false;

static void language_changed() {
    cd_js_lang_changed(g_app.session.lang.c_str());
    if (g_say_language) js_announce(T("widget.lang.now"));
    g_say_language = false;
    request_frames(3);
}

void set_language(const std::string& lang) {
    const bool changed = g_app.session.set_language(lang);
    ask_for_wanted_language();
    if (changed) language_changed();
}

std::string add_language_pack(const std::string& text) {
    g_app.pack_asked.clear();
    if (g_app.content_with_pack) return "";  // added before (two calls racing): nothing more to add
    cd::ContentResult r = cd::load_bundled_content_with_pack(text);
    if (!r.content) {
        language_pack_failed();
        return r.error;
    }
    g_app.content_with_pack = r.content;
    g_app.lang_note.clear();
    if (g_app.session.use_content(*r.content)) language_changed();
    request_frames(3);
    return "";
}

void language_pack_failed() {
    g_app.pack_asked.clear();
    g_say_language = false;
    if (g_app.session.wanted_lang.empty()) return;  // the reader went back before it failed
    g_app.session.wanted_lang.clear();
    g_app.lang_note = "widget.lang.unavailable";
    js_alert(T("widget.lang.unavailable"));
    request_frames(3);
}

void apply_preset(const std::string& key, const std::string& value) {
    if (key == "lang") set_language(normalise_lang(value));
    else g_app.session.apply_preset(key, value);
    request_frames(3);
}

std::string import_case_file(const std::string& text) {
    const std::string lang_before = g_app.session.lang;
    std::string err = g_app.session.import_case_file(text);
    ask_for_wanted_language();
    if (g_app.session.lang != lang_before) cd_js_lang_changed(g_app.session.lang.c_str());
    if (err.empty()) go_to_step(g_app.session.step);  // the review screen, announced
    g_app.scroll_report_top = true;  // the message is drawn at the top of the report: show it
    request_frames(3);
    return err;
}

std::string restore_saved_answers(const std::string& text) {
    const std::string lang_before = g_app.session.lang;
    std::string err = g_app.session.restore_saved_answers(text);
    if (!err.empty()) return err;
    ask_for_wanted_language();
    if (g_app.session.lang != lang_before) cd_js_lang_changed(g_app.session.lang.c_str());
    g_app.scroll_intake_top = true;
    request_frames(3);
    return "";
}

void set_remember(bool on) {
    g_app.session.remember = on;
    g_app.storage_note.clear();
    if (!on) g_app.session.restored = false;
    js_remember_changed(on);
    js_announce(T(on ? "widget.remember.on" : "widget.remember.off"));
    request_frames(3);
}

void forget_everything() {
    g_app.session.forget();
    g_app.charge_query.clear();
    g_app.where_query.clear();
    g_app.why_open.clear();
    g_app.questions_open = -1;
    g_app.view = View::Intake;
    js_remember_changed(false);  // the host deletes the saved copy and clears its own mirrors
    mark_changed();
    go_to_step(0);
    js_announce(T("widget.forget.done"));
}

// ---------------------------------------------------------------------------------------------
// The frame: header, then the interview and the report side by side (wide) or as two tabs.
// ---------------------------------------------------------------------------------------------
static bool wide() { return g_app.layout_w() >= 760; }

// The language switch: a link naming the other language in that language ("Español" / "English"),
// the way bilingual sites offer it. "###lang" keeps its ImGui id when the label changes, so the
// keyboard cursor stays on it after switching.
static void language_link() {
    const std::string lbl = std::string(T("widget.lang.switch")) + "###lang";
    if (link_button(lbl.c_str())) {
        g_say_language = true;
        set_language(g_app.session.lang == "es" ? "en" : "es");
    }
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::TextUnformatted(T("widget.lang.switch_hint"));
        ImGui::EndTooltip();
    }
}

static float link_width(const char* text) {
    ImGui::PushFont(g_app.fonts.small);
    const float w = ImGui::CalcTextSize(text, nullptr, true).x + px(4);  // link_button's 2 px frame padding
    ImGui::PopFont();
    return w;
}

static void draw_header(float pad) {
    // Title, then the language switch and "Legal terms" on the right of the same line; the privacy
    // line (wrapped) under it. When the three do not fit on one line (phones, longer Spanish), the
    // language switch moves to the right of the privacy line, which wraps before it.
    const float right = ImGui::GetIO().DisplaySize.x - pad;
    ImGui::SetCursorPos(ImVec2(pad, px(12)));
    const float top = ImGui::GetCursorPosY();
    ImGui::PushFont(g_app.fonts.heading);
    const float title_w = ImGui::CalcTextSize(T("widget.title")).x;
    ImGui::TextUnformatted(T("widget.title"));
    ImGui::PopFont();
    const float after_title = ImGui::GetCursorPosY();
    const char* terms = T("widget.terms");
    const float terms_w = link_width(terms);
    const float lang_w = link_width(T("widget.lang.switch"));
    const float gap = px(14);
    const bool one_line = pad + title_w + gap + lang_w + gap + terms_w <= right;
    // Drawn left to right, so that Tab meets them in reading order.
    if (one_line) {
        ImGui::SetCursorPos(ImVec2(right - terms_w - gap - lang_w, top + px(2)));
        language_link();
    }
    ImGui::SetCursorPos(ImVec2(right - terms_w, top + px(2)));
    if (link_button(terms)) g_app.glossary_open = true;
    const float privacy_top = after_title - px(4);
    ImGui::SetCursorPos(ImVec2(pad, privacy_top));
    ImGui::PushTextWrapPos(one_line ? right : right - lang_w - gap);
    ImGui::PushFont(g_app.fonts.small);
    ImGui::PushStyleColor(ImGuiCol_Text, pal.muted);
    ImGui::TextUnformatted(T("widget.private"));
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::PopTextWrapPos();
    if (!one_line) {
        const float below = ImGui::GetCursorPosY();
        ImGui::SetCursorPos(ImVec2(right - lang_w, privacy_top - px(2)));
        language_link();
        ImGui::SetCursorPosY(std::max(below, ImGui::GetCursorPosY()));
    }
    if (!g_app.lang_note.empty()) {
        ImGui::SetCursorPosX(pad);
        ImGui::PushTextWrapPos(right);
        text_wrapped(T(g_app.lang_note.c_str()), pal.danger, g_app.fonts.small);
        ImGui::PopTextWrapPos();
    }
}

static void draw_tabs(float pad) {
    // Two tabs for narrow screens, drawn as a segmented control so they read as "views", not pages.
    ImGui::SetCursorPosX(pad);
    const float w = ImGui::GetIO().DisplaySize.x - pad * 2;
    const float half = (w - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    std::string report_label = T("widget.tab.report");
    if (g_app.session.report) report_label += " (" + std::to_string(g_app.session.report->questions.size()) + ")";
    report_label += "##tab_report";
    std::string intake_label = std::string(T("widget.tab.intake")) + "##tab_intake";
    sem_role(SemKind::Tab);
    if (toggle_button(intake_label.c_str(), g_app.view == View::Intake, half / g_app.ui_scale())) g_app.view = View::Intake;
    ImGui::SameLine();
    if (toggle_button(report_label.c_str(), g_app.view == View::Report, half / g_app.ui_scale())) g_app.view = View::Report;
    sem_role(SemKind::Button);
}

void offer_date_picker(const std::string& key, const std::string& label, const std::string& value) {
    // Only the part of the field the reader can see: a field scrolled under the Back/Next bar
    // must not put a picker over the bar.
    ImGuiWindow* w = ImGui::GetCurrentWindow();
    ImRect r(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    const float full = r.GetHeight();
    r.ClipWith(w->InnerClipRect);
    if (r.GetWidth() <= 0 || r.GetHeight() < full * 0.75f) return;
    const float d = g_app.dpr;
    g_app.date_pickers.push_back({key, label, value, r.Min.x / d, r.Min.y / d, r.GetWidth() / d, r.GetHeight() / d});
}

void send_date_pickers() {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& p : g_app.date_pickers)
        list.push_back({{"key", p.key}, {"label", p.label}, {"value", p.value},
                        {"x", std::round(p.x)}, {"y", std::round(p.y)}, {"w", std::round(p.w)}, {"h", std::round(p.h)}});
    g_app.date_pickers.clear();
    std::string json = list.dump();
    if (json == g_app.date_pickers_sent) return;
    g_app.date_pickers_sent = std::move(json);
    cd_js_date_pickers(g_app.date_pickers_sent.c_str());
}

// The two panes as landmarks of the semantic layer. The report's own text reaches assistive
// technology through the host's report mirror, so only its controls are recorded here.
static void intake_region(float w, float h) {
    sem_region(T("widget.tab.intake"));
    draw_intake(w, h);
    sem_region_end();
}
static void report_region(float w, float h) {
    sem_region(T("widget.tab.report"));
    sem_text_on(false);
    draw_report(w, h);
    sem_text_on(true);
    sem_region_end();
}

void read_aloud_link(const char* id, const std::function<std::string()>& text) {
    const std::string& lang = g_app.session.lang;
    if (g_app.speech_langs.find(lang) == std::string::npos) return;
    const std::string label = std::string(T(g_app.speaking ? "widget.read_aloud.stop" : "widget.read_aloud")) + "##" + id;
    if (link_button(label.c_str())) {
        g_app.speaking = !g_app.speaking;
        cd_js_speak(g_app.speaking ? text().c_str() : "", lang.c_str());
    }
}

void draw_app() {
    rebuild_if_changed();
    g_app.date_pickers.clear();
    sem_frame_begin();
    text_layer_frame_begin();
    ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                   ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoScrollbar;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin("##case_decoder", nullptr, flags);
    ImGui::PopStyleVar();

    // Header band
    const float pad = px(wide() ? 20 : 14);
    draw_header(pad);
    if (!wide()) {
        spacer(2);
        draw_tabs(pad);
    }
    const float body_top = ImGui::GetCursorPosY() + px(4);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddLine(ImVec2(0, body_top - px(1)), ImVec2(io.DisplaySize.x, body_top - px(1)), pal.border, std::max(1.0f, px(1)));
    const float body_h = io.DisplaySize.y - body_top;

    if (wide()) {
        const float left_w = std::floor(io.DisplaySize.x * 0.46f);
        ImGui::SetCursorPos(ImVec2(0, body_top));
        ImGui::BeginChild("##intake_pane", ImVec2(left_w, body_h), false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NavFlattened);
        intake_region(left_w, body_h);
        ImGui::EndChild();
        dl->AddRectFilled(ImVec2(left_w, body_top), ImVec2(io.DisplaySize.x, io.DisplaySize.y), pal.panel);
        dl->AddLine(ImVec2(left_w, body_top), ImVec2(left_w, io.DisplaySize.y), pal.border, std::max(1.0f, px(1)));
        ImGui::SetCursorPos(ImVec2(left_w + px(1), body_top));
        ImGui::BeginChild("##report_pane", ImVec2(io.DisplaySize.x - left_w - px(1), body_h), false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NavFlattened);
        report_region(io.DisplaySize.x - left_w, body_h);
        ImGui::EndChild();
    } else {
        ImGui::SetCursorPos(ImVec2(0, body_top));
        if (g_app.view == View::Report) dl->AddRectFilled(ImVec2(0, body_top), io.DisplaySize, pal.panel);
        ImGui::BeginChild("##pane", ImVec2(io.DisplaySize.x, body_h), false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NavFlattened);
        if (g_app.view == View::Intake) intake_region(io.DisplaySize.x, body_h);
        else report_region(io.DisplaySize.x, body_h);
        ImGui::EndChild();
    }
    draw_glossary_popup();
    ImGui::End();

    if (g_app.toast_until > 0 && now_ms() >= g_app.toast_until) {
        g_app.toast_until = 0;
        g_app.toast.clear();
        request_frames(1);
    }
}

// Once, whichever host call comes first (today, a preset, a saved copy, start): later calls keep
// what earlier ones set.
void app_init() {
    if (!g_app.session.content) g_app.session = Session(cd::bundled_content());
}

bool wide_layout() { return wide(); }

}  // namespace cdw
