// The bridge: every function the host element (web/src/*.js) calls, in one place.
// Each only translates between JS and C++ (strings in, strings out) and hands the call to the
// session (session.h), the app's requests (app.cpp) or the platform layer (platform.h).
//
//   start, resize, input  cd_widget_start, _prepare, _rebuild, _resize, _set_dark, _paste, _proxy_key, _key, _focus,
//                         _keyboard_focus
//   answers and presets   cd_widget_set_today, _set_preset, _import, _forget
//   report and exports    cd_widget_report_json, _report_text, _report_markdown, _report_html,
//                         _questions_text, _case_file_json, _report_serial
//   saving on the device  cd_widget_saved_answers, _restore, _remembering, _set_remember,
//                         _storage_unavailable
//   test hooks            cd_widget_state_json, _frame_count, _flush, _record_items, _items_json
#include "platform.h"
#include "semantics.h"

#include <emscripten/emscripten.h>
#include <nlohmann/json.hpp>

#include <cstring>

using namespace cdw;

extern "C" {

// Returns 0 on success, 1 when WebGL is unavailable (the host then shows its text fallback).
EMSCRIPTEN_KEEPALIVE int cd_widget_start(float css_w, float css_h, float dpr, int dark) { return start_widget(css_w, css_h, dpr, dark); }
// The font atlas and GL objects, made ahead of the first frame (start-up's own task for them).
EMSCRIPTEN_KEEPALIVE void cd_widget_prepare() { prepare_drawing(); }
// The report for the answers so far, made ahead of the first frame (start-up's own task for it).
EMSCRIPTEN_KEEPALIVE void cd_widget_rebuild() { rebuild_if_changed(); }



EMSCRIPTEN_KEEPALIVE void cd_widget_resize(float css_w, float css_h, float dpr) {
    if (!P.gl) return;
    // Input still queued was aimed at the layout on screen: apply it there before the layout
    // changes (a tap just before a phone turns must press what was under the finger).
    if (!P.queue.empty()) draw_until_settled();
    set_canvas_size(css_w, css_h, dpr);
    // Resizing clears the canvas: draw right away rather than flash an empty frame.
    frame();
    request_frames(2);
}

// The reader's default font size, over 16 px (the host reads it from a probe with font-size:
// medium, which page CSS does not change).
EMSCRIPTEN_KEEPALIVE void cd_widget_set_text_scale(float scale) {
    const float s = scale < 1.0f ? 1.0f : scale > 2.5f ? 2.5f : scale;
    if (s == g_app.text_scale) return;
    g_app.text_scale = s;
    request_frames(3);
}

EMSCRIPTEN_KEEPALIVE void cd_widget_set_dark(int dark) {
    g_app.dark = dark != 0;
    request_frames(2);
}

EMSCRIPTEN_KEEPALIVE void cd_widget_paste(const char* text) {
    // Single-line fields: line breaks become spaces.
    const char* end = text + std::strlen(text);
    size_t n = 0;
    for (const char* s = text; s < end && n < kMaxPasteChars; n++) {
        unsigned cp = 0;
        const int len = ImTextCharFromUtf8(&cp, s, end);
        if (len <= 0) break;
        s += len;
        InputEvent e{InputEvent::Char};
        e.ch = (cp == '\n' || cp == '\r' || cp == '\t') ? ' ' : cp;
        if (e.ch >= 0x20) push(e);
    }
}

// Text typed into the host's proxy input (phones): one UTF-8 string, or a Backspace/Enter.
// A phone's date picker (touch screens) chose a date for the field with this date key: the same
// as typing it, YYYY-MM-DD ("" clears the field).
EMSCRIPTEN_KEEPALIVE void cd_widget_set_date(const char* key, const char* iso) {
    app_init();
    for (int i = 0; i < kDateCount; i++)
        if (std::strcmp(kDateKeys[i], key) == 0) {
            g_app.session.answers.date_text[i] = iso;
            g_app.session.settle_date(i);
            mark_changed();
            return;
        }
}

// The semantic layer's control with this id was activated (a screen reader's "activate", voice
// control's "click"): the same as a click on it. 0 when it is not on screen any more.
EMSCRIPTEN_KEEPALIVE int cd_widget_activate(unsigned id) { return sem_activate(id) ? 1 : 0; }
// The semantic layer's control with this id got focus: the keyboard cursor goes to it.
EMSCRIPTEN_KEEPALIVE int cd_widget_focus_item(unsigned id) { return sem_focus(id) ? 1 : 0; }

// Read aloud: the languages ("en es") with a voice on this device; and the host's word that the
// reading ended (or was stopped).
EMSCRIPTEN_KEEPALIVE void cd_widget_set_speech(const char* langs) {
    g_app.speech_langs = langs;
    request_frames(2);
}
EMSCRIPTEN_KEEPALIVE void cd_widget_speech_ended() {
    g_app.speaking = false;
    request_frames(2);
}

// The keyboard from the host: a key typed into the text agent (returns 1 when the widget used it),
// and whether the widget has the keyboard (its canvas or its text agent is focused).
EMSCRIPTEN_KEEPALIVE int cd_widget_key(int down, int key_code, const char* key, int mods, int repeat) {
    return host_key(down != 0, key_code, key, mods, repeat != 0) ? 1 : 0;
}
EMSCRIPTEN_KEEPALIVE void cd_widget_focus(int focused) { host_focus(focused != 0); }

EMSCRIPTEN_KEEPALIVE void cd_widget_proxy_key(int key_code) {
    InputEvent e{InputEvent::Key};
    e.code = key_code;
    e.down = true;
    push(e);
    e.down = false;
    push(e);
}

// The canvas got keyboard focus (Tab or Shift+Tab from the page): put the cursor on the first or
// last item, as a browser would with the first or last control of a form.
EMSCRIPTEN_KEEPALIVE void cd_widget_keyboard_focus(int from_end) {
    const std::vector<NavItem> items = tab_candidates();
    if (!items.empty()) tab_to(items, from_end ? (int)items.size() - 1 : 0);
}

EMSCRIPTEN_KEEPALIVE uint32_t cd_widget_frame_count() { return P.frame_count; }

// Draw now until every queued event is applied, and twice more so that its result is laid out
// (a click acts at the end of the frame that applies it; the next frame lays out the new screen;
// the one after uses its measured size). The host calls this before reading the report, the case
// file or the test hook, so that a click or key from a moment ago is never missed, or seen half
// laid out, while its animation frame is still pending.
EMSCRIPTEN_KEEPALIVE void cd_widget_flush() {
    if (!P.gl) return;
    draw_until_settled();
}

EMSCRIPTEN_KEEPALIVE void cd_widget_record_items(int on) {
    P.record_items = on != 0;
    cd_widget_flush();
}

// Test hook: the labelled items of the last frame as JSON, in CSS px relative to the canvas.
EMSCRIPTEN_KEEPALIVE const char* cd_widget_items_json() {
    static std::string out;
    out = "[";
    const float d = g_app.dpr;
    char buf[160];
    for (size_t i = 0; i < P.items.size(); i++) {
        const TestItem& it = P.items[i];
        if (i) out += ",";
        out += "{\"id\":" + std::to_string(it.id) + ",\"label\":\"";
        for (char c : it.label) {
            if (c == '"' || c == '\\') { out += '\\'; out += c; }
            else if ((unsigned char)c < 0x20) out += ' ';
            else out += c;
        }
        // "stop": the Tab stop that stands for it (a radio group's chosen or first answer; else itself).
        out += "\",\"stop\":" + std::to_string(sem_group_stop(it.id));
        snprintf(buf, sizeof buf, ",\"x\":%.1f,\"y\":%.1f,\"w\":%.1f,\"h\":%.1f,\"visible\":%s,\"focused\":%s,\"active\":%s}",
                 it.rect.Min.x / d, it.rect.Min.y / d, it.rect.GetWidth() / d, it.rect.GetHeight() / d, it.visible ? "true" : "false",
                 it.focused ? "true" : "false", it.active ? "true" : "false");
        out += buf;
    }
    out += "]";
    return out.c_str();
}



EMSCRIPTEN_KEEPALIVE void cd_widget_set_today(const char* iso) {
    app_init();
    g_app.session.today = iso;
    mark_changed();
}

EMSCRIPTEN_KEEPALIVE void cd_widget_set_preset(const char* key, const char* value) {
    if (!g_app.session.content) app_init();
    apply_preset(key, value);
}

static const char* keep(std::string s) {
    static std::string out;
    out = std::move(s);
    return out.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* cd_widget_report_json() {
    rebuild_if_changed();
    return keep(g_app.session.report ? cd::render_json(*g_app.session.report) : "");
}
EMSCRIPTEN_KEEPALIVE const char* cd_widget_report_text() {
    rebuild_if_changed();
    return keep(g_app.session.document_text(false));
}
EMSCRIPTEN_KEEPALIVE const char* cd_widget_report_markdown() {
    rebuild_if_changed();
    return keep(g_app.session.document_text(true));
}
EMSCRIPTEN_KEEPALIVE const char* cd_widget_report_html() {
    rebuild_if_changed();
    // The screen-reader mirror: the screen's outline as HTML, in the screen's order.
    return keep(g_app.session.report ? cd::render_html(g_app.session.screen_outline()) : "");
}
EMSCRIPTEN_KEEPALIVE const char* cd_widget_questions_text() {
    rebuild_if_changed();
    return keep(g_app.session.report ? cd::render_questions_text(*g_app.session.report) : "");
}
EMSCRIPTEN_KEEPALIVE const char* cd_widget_case_file_json() {
    rebuild_if_changed();
    return keep(cd::write_case_file(g_app.session.case_file));
}
// "" when imported; otherwise the one-line error, and the current answers are untouched.
EMSCRIPTEN_KEEPALIVE const char* cd_widget_import(const char* text) {
    std::string err = import_case_file(text);
    g_app.scroll_report_top = true;  // the message is drawn at the top of the report: show it
    // Said out loud too: the card that shows the result may be out of a screen reader's way.
    if (err.empty()) js_announce(T("widget.import.done"));
    else js_announce(std::string(T("widget.import.failed")) + " " + T(g_app.session.import_error_why.c_str()) + " " + T("widget.import.kept"));
    request_frames(3);
    return keep(err);
}
// The language pack the widget asked for (cd_js_need_language): its text, or word that it could not
// be loaded. Returns "" when added, else why not (the reader is told either way).
EMSCRIPTEN_KEEPALIVE const char* cd_widget_add_language_pack(const char* text) {
    if (!g_app.session.content) app_init();
    return keep(add_language_pack(text));
}
EMSCRIPTEN_KEEPALIVE void cd_widget_language_pack_failed() { language_pack_failed(); }
// Saving on this device: the host asks for the text to store, hands it back at start-up, and
// reports a browser that refuses storage. The reader's own choices arrive through the UI.
EMSCRIPTEN_KEEPALIVE const char* cd_widget_saved_answers() {
    return keep(g_app.session.saved_answers_json());
}
EMSCRIPTEN_KEEPALIVE const char* cd_widget_restore(const char* text) {
    if (!g_app.session.content) app_init();
    return keep(restore_saved_answers(text));
}
EMSCRIPTEN_KEEPALIVE int cd_widget_remembering() { return g_app.session.remember ? 1 : 0; }
EMSCRIPTEN_KEEPALIVE void cd_widget_set_remember(int on) {
    if ((on != 0) != g_app.session.remember) set_remember(on != 0);
}
EMSCRIPTEN_KEEPALIVE void cd_widget_storage_unavailable() {
    g_app.session.remember = false;
    g_app.storage_note = "widget.remember.unavailable";
    request_frames(3);
}
EMSCRIPTEN_KEEPALIVE void cd_widget_forget() { forget_everything(); }

EMSCRIPTEN_KEEPALIVE uint32_t cd_widget_report_serial() {
    rebuild_if_changed();
    return g_app.session.report_serial;
}
// Where the interview is, for tests and for the host's screen-reader announcements.
EMSCRIPTEN_KEEPALIVE const char* cd_widget_state_json() {
    std::string s = "{\"step\":" + std::to_string(g_app.session.step) + ",\"steps\":" + std::to_string(g_app.session.steps.size()) +
                    ",\"view\":\"" + (g_app.view == View::Intake ? "intake" : "report") + "\",\"wide\":" + (wide_layout() ? "true" : "false") + ",\"lang\":\"" + g_app.session.lang + "\"" + ",\"open_question\":" + std::to_string(g_app.questions_open) +
                    ",\"remember\":" + (g_app.session.remember ? "true" : "false") + ",\"restored\":" + (g_app.session.restored ? "true" : "false") +
                    ",\"storage_refused\":" + (g_app.storage_note.empty() ? "false" : "true") +
                    ",\"bottom_line\":[" + std::to_string((int)g_app.bottom_line_css[0]) + "," + std::to_string((int)g_app.bottom_line_css[1]) + "]" +
                    ",\"charge_query\":" + nlohmann::json(g_app.charge_query).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) +
                    ",\"import_why\":" + nlohmann::json(g_app.session.import_error.empty() || g_app.session.import_error_why.empty() ? std::string() : std::string(T(g_app.session.import_error_why.c_str()))).dump() +
                    ",\"title\":\"";
    for (char c : g_app.session.step_title(g_app.session.steps[g_app.session.step])) {
        if (c == '"' || c == '\\') s += '\\';
        s += c;
    }
    s += "\"}";
    return keep(s);
}

}  // extern "C"
