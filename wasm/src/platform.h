// The platform layer's shared state and the functions its files share (platform.cpp explains the
// design). One plain struct, P, holds everything the layer keeps between frames, the way
// sokol_app keeps one state struct per backend:
//
//   platform.cpp  WebGL context, frame scheduling (draw only after input), fonts, DPI, resize
//   input.cpp     the html5.h callbacks on this widget's canvas, Tab order, the queued input
//   announce.cpp  what screen readers hear (the keyboard cursor's item), ImGui's item hook
//   bridge.cpp    every function the host element calls (the JS-facing exports)
#pragma once

#include "widget.h"

#include "imgui_internal.h"

#include <emscripten/html5.h>

#include <deque>
#include <string>
#include <vector>

// The JS side (src/library_case_decoder.js): per-instance bridges to the host element.
extern "C" {
void cd_js_bind_canvas();
void cd_js_first_frame();
void cd_js_set_cursor(const char* css_cursor);
void cd_js_copy(const char* text);
void cd_js_download(const char* name, const char* mime, const char* text);
void cd_js_print(const char* html);
void cd_js_open_page(const char* html, const char* title, const char* lang, const char* file_name);
void cd_js_open_file();
void cd_js_announce(const char* text);
void cd_js_alert(const char* text);
void cd_js_leave();  // focus moves to the end of the widget
void cd_js_speak(const char* text, const char* lang);  // "" stops  // said at once, interrupting (an error in what was just typed)
void cd_js_remember_changed(int on);
void cd_js_canvas_origin(double* left, double* top);  // canvas position in client coordinates
void cd_js_text_input_wanted(int wanted, unsigned id, double x, double y, double w, double h);
void cd_js_date_pickers(const char* json);  // the date fields on screen: [{key, label, value, x, y, w, h}] in CSS px
void cd_js_semantics(const char* json);     // the semantic layer's nodes (semantics.h)
void cd_js_text_layer(const char* json);    // the visible lines of text: [[text, x, y, size, width, paragraph]] in CSS px
void cd_js_report_changed();
void cd_js_lang_changed(const char* lang);
}

namespace cdw {

inline const char* const kCanvas = "!canvas";

// ---------------------------------------------------------------------------------------------
// State of the platform layer
// ---------------------------------------------------------------------------------------------
// Every interactive item of the last frame, in the order it was laid out: the Tab order.
struct NavItem {
    ImGuiID      id;
    ImGuiWindow* window;
    ImRect       rect;
    bool         inputable;  // a text field: Tab into it starts editing, like a web form
};

struct InputEvent {
    enum Kind : uint8_t { MouseMove, MouseButton, Key, Char, Focus, NavTo, Tab } kind;
    bool     down = false;
    int      code = 0;  // button or key code
    float    x = 0, y = 0;  // framebuffer px
    unsigned ch = 0;
    bool     ctrl = false, shift = false, alt = false, super = false;
    NavItem  nav{};  // NavTo: the item Tab moves to
};

struct TestItem {
    ImGuiID     id;
    std::string label;
    ImRect      rect;
    bool        visible, focused, active;
};

struct Platform {
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = 0;
    int                    fb_w = 0, fb_h = 0;
    float                  font_dpr = 0;  // dpr the font atlas was built for
    bool                   gl_objects = false;  // the ImGui renderer's shaders, buffers and font texture exist
    bool                   style_dark = false;
    float                  style_dpr = 0;
    std::deque<InputEvent> queue;
    int                    frames_pending = 0;
    bool                   raf_scheduled = false;
    double                 wake_time = 0;
    bool                   wake_scheduled = false;
    double                 last_frame_ms = 0;
    uint32_t               frame_count = 0;
    bool                   first_frame_done = false;
    bool                   context_lost = false;  // the browser took the WebGL context (a phone backgrounded the page)
    bool                   focused = false;
    bool                   enter_activates = false;  // Enter went down with no text field active: it presses, once
    bool                   dragging = false;  // a button went down on the canvas and is still down
    bool                   mouse_inside = false;
    ImGuiMouseCursor       cursor = ImGuiMouseCursor_COUNT;
    // Touch: a tap becomes a click; a drag scrolls the ImGui window under the finger.
    int                    touch_id = -1;
    float                  touch_x0 = 0, touch_y0 = 0, touch_last_y = 0;
    bool                   touch_scrolling = false;
    // Wheel and touch scrolling, applied in the next frame to the window that was under the pointer.
    ImGuiID                scroll_window = 0;
    float                  scroll_dy = 0;
    // Test hook: items seen in the last frame.
    bool                   record_items = false;
    std::vector<NavItem>   nav_items;
    std::vector<TestItem>  items;
    bool                   want_text = false;
    ImGuiID                want_text_id = 0;  // the text field being edited (0: none)
    // Screen readers: the keyboard-focused item of this frame, and what was last read out.
    std::string            item_context;     // set by item_context() while a question's answers are drawn
    ImGuiID                speak_id = 0;
    std::string            speak_label, speak_context;
    int                    speak_state = -1;  // -1: not a choice; 0: not selected; 1: selected
    std::string            spoken;
};
extern Platform P;

// DOM keyCode values we hand to ImGui (io.KeysDown is indexed by keyCode).
enum : int { K_Backspace = 8, K_Tab = 9, K_Enter = 13, K_Shift = 16, K_Ctrl = 17, K_Alt = 18, K_Escape = 27, K_Space = 32,
             K_PageUp = 33, K_PageDown = 34, K_End = 35, K_Home = 36, K_Left = 37, K_Up = 38, K_Right = 39, K_Down = 40,
             K_Insert = 45, K_Delete = 46, K_A = 65, K_C = 67, K_V = 86, K_X = 88, K_Y = 89, K_Z = 90, K_Meta = 91 };


// ---- platform.cpp ----
void frame();
void draw_until_settled();  // draw until queued input is applied and laid out (see cd_widget_flush)
void set_canvas_size(float css_w, float css_h, float dpr);
void build_fonts(float dpr);
int  start_widget(float css_w, float css_h, float dpr, int dark);  // 0, or 1 when WebGL is unavailable
void prepare_drawing();  // the font atlas and GL objects a frame needs (also called ahead of the first frame)
// ---- input.cpp ----
void                 push(const InputEvent& e);
bool                 drain_input();
// The keyboard, from the host: keys typed into the text agent (a DOM input standing for the field
// being edited) and whether the widget has the keyboard (its canvas or its text agent has focus).
bool                 host_key(bool down, int key_code, const char* key, int mods, bool repeat);
void                 host_focus(bool focused);  // apply queued events, at most one change per key/button per frame
void                 apply_scroll();
std::vector<NavItem> tab_candidates();
EM_BOOL              tab_to(const std::vector<NavItem>& items, int index);
void                 bind_input();  // every listener, on this widget's canvas only
// ---- announce.cpp ----
void           speak_focused_item();
extern bool    g_message_hold;
extern ImGuiID g_message_item;

}  // namespace cdw
