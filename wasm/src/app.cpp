// The answers, the case file and report built from them, the frame layout, and the functions the
// host element calls (presets, exports, import, test hooks).
#include "ui_kit.h"

#include <emscripten/emscripten.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>

extern "C" void cd_js_report_changed();
extern "C" void cd_js_lang_changed(const char* lang);

namespace cdw {

App g_app;

const char* T(const char* key) { return g_app.content->ui_text(key, g_app.lang).c_str(); }

static cd::Tri to_tri(Answer a) {
    return a == Answer::Yes ? cd::Tri::Yes : a == Answer::No ? cd::Tri::No : cd::Tri::Unknown;
}
static Answer from_tri(cd::Tri t) {
    return t == cd::Tri::Yes ? Answer::Yes : t == cd::Tri::No ? Answer::No : Answer::NotSure;
}

std::string answer_name(Answer a) {
    switch (a) {
    case Answer::Yes: return T("widget.answer.yes");
    case Answer::No: return T("widget.answer.no");
    case Answer::NotSure: return T("widget.answer.not_sure");
    default: return T("widget.answer.none");
    }
}

std::string level_name(const std::string& level) {
    return T(("widget.level." + level).c_str());
}

bool fact_is_follow_up(const cd::FactDef& f) {
    // "ask always" is written as an empty "all"; anything else depends on an earlier answer.
    return !(f.ask_when.kind == cd::Condition::Kind::All && f.ask_when.children.empty());
}

static std::string prettify(std::string id) {
    for (char& c : id) if (c == '_') c = ' ';
    if (!id.empty()) id[0] = (char)std::toupper((unsigned char)id[0]);
    return id;
}

std::string step_title(const Step& s) {
    switch (s.kind) {
    case StepKind::Charges: return T("widget.step.charges");
    case StepKind::Where: return T("widget.step.where");
    case StepKind::Stage: return T("widget.step.stage");
    case StepKind::Dates: return T("widget.step.dates");
    case StepKind::Review: return T("widget.step.review");
    case StepKind::Facts: {
        const std::string key = "widget.group." + s.group;
        const std::string& t = g_app.content->ui_text(key, g_app.lang);
        return t == key ? prettify(s.group) : t;  // a group added to the content later still reads well
    }
    }
    return "";
}

void build_steps() {
    auto& steps = g_app.steps;
    steps = {{StepKind::Charges, ""}, {StepKind::Where, ""}, {StepKind::Stage, ""}, {StepKind::Dates, ""}};
    for (const cd::FactDef& f : g_app.content->facts) {
        bool seen = false;
        for (const Step& s : steps) seen = seen || (s.kind == StepKind::Facts && s.group == f.group);
        if (!seen) steps.push_back({StepKind::Facts, f.group});
    }
    steps.push_back({StepKind::Review, ""});
}

void go_to_step(int index) {
    index = std::max(0, std::min(index, (int)g_app.steps.size() - 1));
    g_app.step = index;
    g_app.scroll_intake_top = true;
    char buf[64];
    snprintf(buf, sizeof buf, T("widget.progress"), index + 1, (int)g_app.steps.size());
    js_announce(std::string(buf) + ": " + step_title(g_app.steps[index]));
    request_frames(3);
}

void mark_changed() {
    g_app.answers_changed = true;
    request_frames(3);
}

// The case file follows the answers. Facts whose question is not asked any more (the follow-up
// to a "yes" that became "no") stay in the answers but not in the case file, so the report never
// reasons from an answer to a question the reader can no longer see.
static cd::CaseFile case_file_from_answers() {
    const Answers& a = g_app.answers;
    const cd::Content& content = *g_app.content;
    cd::CaseFile c;
    c.jurisdiction = a.jurisdiction;
    c.charges = a.charges;
    c.stage = a.stage.empty() ? "pre_trial" : a.stage;
    c.in_custody = to_tri(a.in_custody);
    for (int i = 0; i < kDateCount; i++)
        if (auto d = cd::parse_iso_date(a.date_text[i])) c.dates[kDateKeys[i]] = *d;
    c.lang = g_app.lang;
    c.as_of = cd::parse_iso_date(g_app.today);
    for (const cd::FactDef& f : content.facts) {
        auto it = a.facts.find(f.id);
        if (it == a.facts.end() || it->second == Answer::Unanswered) continue;
        // "Not sure" goes in as "unknown": the same for every rule, and the lawyer's sheet lists it.
        if (cd::should_ask(f, c, content)) c.facts[f.id] = to_tri(it->second);
    }
    return c;
}

static cd::OutlineOptions outline_options(cd::OutlineFor target) {
    cd::OutlineOptions o;
    o.target = target;
    o.stage_answered = !g_app.answers.stage.empty();  // the report states no stage the reader has not given
    return o;
}

const cd::ReportOutline& screen_outline() {
    static cd::ReportOutline outline;
    static uint32_t built_for = UINT32_MAX;  // no outline yet
    if (built_for != g_app.report_serial) {
        outline = cd::build_outline(*g_app.report, *g_app.content, outline_options(cd::OutlineFor::Screen));
        built_for = g_app.report_serial;
    }
    return outline;
}

std::string report_document_html() {
    return g_app.report ? cd::render_html(cd::build_outline(*g_app.report, *g_app.content, outline_options(cd::OutlineFor::Document))) : "";
}

std::string report_document_text(bool markdown) {
    if (!g_app.report) return "";
    cd::ReportOutline o = cd::build_outline(*g_app.report, *g_app.content, outline_options(cd::OutlineFor::Document));
    return markdown ? cd::render_markdown(o) : cd::render_text(o);
}

void rebuild_if_changed() {
    if (!g_app.answers_changed) return;
    g_app.answers_changed = false;
    g_app.case_file = case_file_from_answers();
    if (!g_app.case_file.jurisdiction.empty() && !g_app.case_file.charges.empty())
        g_app.report = cd::build_report(g_app.case_file, *g_app.content);
    else
        g_app.report.reset();
    g_app.report_serial++;
    cd_js_report_changed();
}

// ---------------------------------------------------------------------------------------------
// Presets (element attributes) and import
// ---------------------------------------------------------------------------------------------
static std::string lower(std::string s) {
    for (char& c : s) c = (char)std::tolower((unsigned char)c);
    return s;
}
static std::string upper(std::string s) {
    for (char& c : s) c = (char)std::toupper((unsigned char)c);
    return s;
}
static std::string trim(const std::string& s) {
    size_t a = s.find_first_not_of(" \t\r\n"), b = s.find_last_not_of(" \t\r\n");
    return a == std::string::npos ? "" : s.substr(a, b - a + 1);
}

static std::string default_level(const cd::Offense& o) {
    return o.usual_levels.size() == 1 ? o.usual_levels[0] : "unknown";
}

// offense="dui" or "dui, theft" or a name or synonym ("DWI"): ids first, then the best search hit.
static const cd::Offense* resolve_offense(const std::string& text) {
    if (const cd::Offense* o = g_app.content->offense(lower(text))) return o;
    auto hits = cd::search_offenses(*g_app.content, text, 1);
    return hits.empty() ? nullptr : hits[0];
}

std::string normalise_lang(const std::string& tag) {
    const std::string l = lower(trim(tag));
    return l.rfind("es", 0) == 0 && (l.size() == 2 || l[2] == '-' || l[2] == '_') ? "es" : "en";
}

// The language is presentation only: the answers, the step, what is open and what was typed all
// stay. The case file (which records the language) and the report are rebuilt in the new language.
void set_language(const std::string& lang) {
    if (lang == g_app.lang) return;
    g_app.lang = lang;
    cd_js_lang_changed(g_app.lang.c_str());
    mark_changed();
}

void apply_preset(const std::string& key, const std::string& raw) {
    const std::string value = trim(raw);
    Answers& a = g_app.answers;
    if (key == "offense") {
        a.charges.clear();
        size_t start = 0;
        while (start <= value.size()) {
            size_t comma = value.find(',', start);
            const std::string part = trim(value.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
            if (!part.empty())
                if (const cd::Offense* o = resolve_offense(part)) {
                    bool dup = false;
                    for (const auto& c : a.charges) dup = dup || c.offense == o->id;
                    if (!dup) a.charges.push_back({o->id, default_level(*o)});
                }
            if (comma == std::string::npos) break;
            start = comma + 1;
        }
        g_app.preset_charges = !a.charges.empty();
    } else if (key == "jurisdiction") {
        const std::string code = upper(value);
        a.jurisdiction = g_app.content->jurisdiction(code) ? code : "";
        g_app.preset_where = !a.jurisdiction.empty();
    } else if (key == "stage") {
        a.stage = g_app.content->stage(value) ? value : "";
        g_app.preset_stage = !a.stage.empty();
    } else if (key == "lang") {
        set_language(normalise_lang(value));
        return;
    } else if (key == "in_custody") {
        auto t = cd::parse_tri(value);
        a.in_custody = t ? from_tri(*t) : Answer::Unanswered;
    } else {
        return;
    }
    mark_changed();
}

// The answers a case file gives: what an import and a restore both start from.
static Answers answers_from_case_file(const cd::CaseFile& c) {
    Answers a;
    a.jurisdiction = c.jurisdiction;
    a.charges = c.charges;
    a.stage = c.stage;
    a.in_custody = c.in_custody == cd::Tri::Unknown ? Answer::Unanswered : from_tri(c.in_custody);
    for (int i = 0; i < kDateCount; i++) {
        auto it = c.dates.find(kDateKeys[i]);
        if (it != c.dates.end()) a.date_text[i] = cd::to_iso(it->second);
    }
    for (const auto& [id, t] : c.facts) a.facts[id] = t == cd::Tri::Unknown ? Answer::NotSure : from_tri(t);  // "unknown" was "not sure"
    return a;
}

std::string import_case_file(const std::string& text) {
    cd::CaseFileResult in = cd::parse_case_file(text, *g_app.content);
    if (!in.ok) {
        switch (in.error_kind) {
            case cd::CaseFileError::TooLarge:    g_app.import_error_why = "widget.import.why.too_large"; break;
            case cd::CaseFileError::NotJson:     g_app.import_error_why = "widget.import.why.not_json"; break;
            case cd::CaseFileError::NotCaseFile: g_app.import_error_why = "widget.import.why.not_case_file"; break;
            case cd::CaseFileError::TooNew:      g_app.import_error_why = "widget.import.why.too_new"; break;
            default:                             g_app.import_error_why = "widget.import.why.field"; break;
        }
        return in.error.empty() ? "case file: not readable" : in.error;
    }
    const cd::CaseFile& c = in.case_file;
    g_app.answers = answers_from_case_file(c);
    if (c.lang == "es" || c.lang == "en") set_language(c.lang);
    build_steps();
    go_to_step((int)g_app.steps.size() - 1);  // land on the review screen: "here is what we loaded"
    mark_changed();
    return "";
}

// ---------------------------------------------------------------------------------------------
// Saving on this device (the reader's choice; the host element keeps the text in localStorage)
// ---------------------------------------------------------------------------------------------
// The saved text is the case file with EVERY answer (a hidden follow-up's answer too, which the
// report's case file leaves out) plus what a case file cannot hold: "not sure" answers, dates as
// typed when they are not yet valid dates, and the step the reader was on.
std::string saved_answers_json() {
    const Answers& a = g_app.answers;
    cd::CaseFile c;
    c.jurisdiction = a.jurisdiction;
    c.charges = a.charges;
    c.stage = a.stage;
    c.in_custody = to_tri(a.in_custody);
    c.lang = g_app.lang;
    nlohmann::json not_sure = nlohmann::json::array(), typed = nlohmann::json::object();
    for (int i = 0; i < kDateCount; i++) {
        if (auto d = cd::parse_iso_date(a.date_text[i])) c.dates[kDateKeys[i]] = *d;
        else if (!a.date_text[i].empty()) typed[kDateKeys[i]] = a.date_text[i];
    }
    for (const auto& [id, ans] : a.facts) {
        if (ans == Answer::Yes || ans == Answer::No) c.facts[id] = to_tri(ans);
        else if (ans == Answer::NotSure) not_sure.push_back(id);
    }
    if (a.in_custody == Answer::NotSure) not_sure.push_back("in_custody");
    nlohmann::json j;
    j["format"] = "case-decoder/saved-answers";
    j["version"] = 1;
    j["step"] = g_app.step;
    j["not_sure"] = std::move(not_sure);
    j["typed_dates"] = std::move(typed);
    j["stage_answered"] = !a.stage.empty();
    // write_case_file's text is parsed back so the saved form nests it as an object.
    j["case_file"] = nlohmann::json::parse(cd::write_case_file(c), nullptr, false);
    return j.dump();
}

std::string restore_saved_answers(const std::string& text) {
    if (text.size() > (1u << 20)) return "saved answers: too large";
    nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return "saved answers: not readable";
    if (j.value("format", "") != "case-decoder/saved-answers") return "saved answers: not a Case Decoder save";
    if (!j.contains("case_file") || !j["case_file"].is_object()) return "saved answers: no case file inside";
    cd::CaseFileResult in = cd::parse_case_file(j["case_file"].dump(), *g_app.content);
    if (!in.ok) return in.error;
    const cd::CaseFile& c = in.case_file;
    Answers a = answers_from_case_file(c);
    if (!j.value("stage_answered", true)) a.stage.clear();
    const nlohmann::json& typed = j.contains("typed_dates") ? j["typed_dates"] : nlohmann::json();
    if (typed.is_object())
        for (int i = 0; i < kDateCount; i++)
            if (typed.contains(kDateKeys[i]) && typed[kDateKeys[i]].is_string() && a.date_text[i].empty())
                a.date_text[i] = typed[kDateKeys[i]].get<std::string>().substr(0, kMaxDateText);
    if (j.contains("not_sure") && j["not_sure"].is_array())
        for (const auto& v : j["not_sure"]) {
            if (!v.is_string()) continue;
            const std::string id = v.get<std::string>();
            if (id == "in_custody") a.in_custody = Answer::NotSure;
            else if (g_app.content->fact(id) && !a.facts.count(id)) a.facts[id] = Answer::NotSure;
        }
    g_app.answers = std::move(a);
    if (c.lang == "es" || c.lang == "en") set_language(c.lang);
    build_steps();
    const nlohmann::json& step = j.contains("step") ? j["step"] : nlohmann::json();
    g_app.step = step.is_number_integer() ? std::clamp(step.get<int>(), 0, (int)g_app.steps.size() - 1) : 0;
    g_app.scroll_intake_top = true;
    g_app.remember = true;  // it was saved because the reader asked; keep saving
    g_app.restored = true;
    mark_changed();
    return "";
}

void set_remember(bool on) {
    g_app.remember = on;
    g_app.storage_note.clear();
    if (!on) g_app.restored = false;
    js_remember_changed(on);
    js_announce(T(on ? "widget.remember.on" : "widget.remember.off"));
    request_frames(3);
}

void forget_everything() {
    g_app.answers = Answers{};
    g_app.charge_query.clear();
    g_app.where_query.clear();
    g_app.why_open.clear();
    g_app.questions_open = -1;
    g_app.import_error.clear();
    g_app.import_error_why.clear();
    g_app.import_note.clear();
    g_app.view = View::Intake;
    g_app.remember = false;
    g_app.restored = false;
    js_remember_changed(false);  // the host deletes the saved copy and clears its own mirrors
    mark_changed();
    go_to_step(0);
    js_announce(T("widget.forget.done"));
}

// ---------------------------------------------------------------------------------------------
// The frame: header, then the interview and the report side by side (wide) or as two tabs.
// ---------------------------------------------------------------------------------------------
static bool wide() { return g_app.css_w >= 760; }

// The language switch: a link naming the other language in that language ("Español" / "English"),
// the way bilingual sites offer it. "###lang" keeps its ImGui id when the label changes, so the
// keyboard cursor stays on it after switching.
static void language_link() {
    const std::string lbl = std::string(T("widget.lang.switch")) + "###lang";
    if (link_button(lbl.c_str())) {
        set_language(g_app.lang == "es" ? "en" : "es");
        js_announce(T("widget.lang.now"));
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
}

static void draw_tabs(float pad) {
    // Two tabs for narrow screens, drawn as a segmented control so they read as "views", not pages.
    ImGui::SetCursorPosX(pad);
    const float w = ImGui::GetIO().DisplaySize.x - pad * 2;
    const float half = (w - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    std::string report_label = T("widget.tab.report");
    if (g_app.report) report_label += " (" + std::to_string(g_app.report->questions.size()) + ")";
    report_label += "##tab_report";
    std::string intake_label = std::string(T("widget.tab.intake")) + "##tab_intake";
    if (toggle_button(intake_label.c_str(), g_app.view == View::Intake, half / g_app.dpr)) g_app.view = View::Intake;
    ImGui::SameLine();
    if (toggle_button(report_label.c_str(), g_app.view == View::Report, half / g_app.dpr)) g_app.view = View::Report;
}

void draw_app() {
    rebuild_if_changed();
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
        draw_intake(left_w, body_h);
        ImGui::EndChild();
        dl->AddRectFilled(ImVec2(left_w, body_top), ImVec2(io.DisplaySize.x, io.DisplaySize.y), pal.panel);
        dl->AddLine(ImVec2(left_w, body_top), ImVec2(left_w, io.DisplaySize.y), pal.border, std::max(1.0f, px(1)));
        ImGui::SetCursorPos(ImVec2(left_w + px(1), body_top));
        ImGui::BeginChild("##report_pane", ImVec2(io.DisplaySize.x - left_w - px(1), body_h), false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NavFlattened);
        draw_report(io.DisplaySize.x - left_w, body_h);
        ImGui::EndChild();
    } else {
        ImGui::SetCursorPos(ImVec2(0, body_top));
        if (g_app.view == View::Report) dl->AddRectFilled(ImVec2(0, body_top), io.DisplaySize, pal.panel);
        ImGui::BeginChild("##pane", ImVec2(io.DisplaySize.x, body_h), false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NavFlattened);
        if (g_app.view == View::Intake) draw_intake(io.DisplaySize.x, body_h);
        else draw_report(io.DisplaySize.x, body_h);
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

}  // namespace cdw

using namespace cdw;

// ---------------------------------------------------------------------------------------------
// Exports for the host element
// ---------------------------------------------------------------------------------------------
extern "C" {

void app_init() {
    g_app.content = &cd::bundled_content();
    build_steps();
    g_app.answers_changed = true;
}

EMSCRIPTEN_KEEPALIVE void cd_widget_set_today(const char* iso) {
    g_app.today = iso;
    mark_changed();
}

EMSCRIPTEN_KEEPALIVE void cd_widget_set_preset(const char* key, const char* value) {
    if (!g_app.content) app_init();
    apply_preset(key, value);
}

static const char* keep(std::string s) {
    static std::string out;
    out = std::move(s);
    return out.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* cd_widget_report_json() {
    rebuild_if_changed();
    return keep(g_app.report ? cd::render_json(*g_app.report) : "");
}
EMSCRIPTEN_KEEPALIVE const char* cd_widget_report_text() {
    rebuild_if_changed();
    return keep(report_document_text(false));
}
EMSCRIPTEN_KEEPALIVE const char* cd_widget_report_markdown() {
    rebuild_if_changed();
    return keep(report_document_text(true));
}
EMSCRIPTEN_KEEPALIVE const char* cd_widget_report_html() {
    rebuild_if_changed();
    // The screen-reader mirror: the screen's outline as HTML, in the screen's order.
    return keep(g_app.report ? cd::render_html(screen_outline()) : "");
}
EMSCRIPTEN_KEEPALIVE const char* cd_widget_questions_text() {
    rebuild_if_changed();
    return keep(g_app.report ? cd::render_questions_text(*g_app.report) : "");
}
EMSCRIPTEN_KEEPALIVE const char* cd_widget_case_file_json() {
    rebuild_if_changed();
    return keep(cd::write_case_file(g_app.case_file));
}
// "" when imported; otherwise the one-line error, and the current answers are untouched.
EMSCRIPTEN_KEEPALIVE const char* cd_widget_import(const char* text) {
    std::string err = import_case_file(text);
    g_app.import_error = err;
    g_app.import_note = err.empty() ? "widget.import.done" : "";
    g_app.scroll_report_top = true;  // the message is drawn at the top of the report: show it
    // Said out loud too: the card that shows the result may be out of a screen reader's way.
    if (err.empty()) js_announce(T("widget.import.done"));
    else js_announce(std::string(T("widget.import.failed")) + " " + T(g_app.import_error_why.c_str()) + " " + T("widget.import.kept"));
    request_frames(3);
    return keep(err);
}
// Saving on this device: the host asks for the text to store, hands it back at start-up, and
// reports a browser that refuses storage. The reader's own choices arrive through the UI.
EMSCRIPTEN_KEEPALIVE const char* cd_widget_saved_answers() {
    return keep(saved_answers_json());
}
EMSCRIPTEN_KEEPALIVE const char* cd_widget_restore(const char* text) {
    if (!g_app.content) app_init();
    return keep(restore_saved_answers(text));
}
EMSCRIPTEN_KEEPALIVE int cd_widget_remembering() { return g_app.remember ? 1 : 0; }
EMSCRIPTEN_KEEPALIVE void cd_widget_set_remember(int on) {
    if ((on != 0) != g_app.remember) set_remember(on != 0);
}
EMSCRIPTEN_KEEPALIVE void cd_widget_storage_unavailable() {
    g_app.remember = false;
    g_app.storage_note = "widget.remember.unavailable";
    request_frames(3);
}
EMSCRIPTEN_KEEPALIVE void cd_widget_forget() { forget_everything(); }

EMSCRIPTEN_KEEPALIVE uint32_t cd_widget_report_serial() {
    rebuild_if_changed();
    return g_app.report_serial;
}
// Where the interview is, for tests and for the host's screen-reader announcements.
EMSCRIPTEN_KEEPALIVE const char* cd_widget_state_json() {
    std::string s = "{\"step\":" + std::to_string(g_app.step) + ",\"steps\":" + std::to_string(g_app.steps.size()) +
                    ",\"view\":\"" + (g_app.view == View::Intake ? "intake" : "report") + "\",\"wide\":" + (wide() ? "true" : "false") + ",\"lang\":\"" + g_app.lang + "\"" + ",\"open_question\":" + std::to_string(g_app.questions_open) +
                    ",\"remember\":" + (g_app.remember ? "true" : "false") + ",\"restored\":" + (g_app.restored ? "true" : "false") +
                    ",\"storage_refused\":" + (g_app.storage_note.empty() ? "false" : "true") +
                    ",\"bottom_line\":[" + std::to_string((int)g_app.bottom_line_css[0]) + "," + std::to_string((int)g_app.bottom_line_css[1]) + "]" +
                    ",\"charge_query\":" + nlohmann::json(g_app.charge_query).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) +
                    ",\"import_why\":" + nlohmann::json(g_app.import_error.empty() || g_app.import_error_why.empty() ? std::string() : std::string(T(g_app.import_error_why.c_str()))).dump() +
                    ",\"title\":\"";
    for (char c : step_title(g_app.steps[g_app.step])) {
        if (c == '"' || c == '\\') s += '\\';
        s += c;
    }
    s += "\"}";
    return keep(s);
}

}  // extern "C"
