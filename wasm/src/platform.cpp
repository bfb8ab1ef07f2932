// The platform layer: WebGL context, input, frames, fonts, DPI. Modelled on sokol_app.h's
// Emscripten backend, but smaller and more polite, because this widget lives inside somebody
// else's article:
//
//   * every html5.h callback is bound to this widget's own canvas ("!canvas", registered per module
//     instance in specialHTMLTargets), never to the window or document, so typing in the page's
//     search box never reaches us and Backspace/Tab keep working everywhere else;
//   * the keyboard is ours only while the canvas has focus (tabindex=0), and Tab is never taken:
//     it moves focus in and out like any composite widget; arrows, Space and Enter work inside;
//   * the wheel is consumed only when the window under the pointer can scroll further in that
//     direction, otherwise the page scrolls as if the widget were an image;
//   * frames are drawn only after input or a state change (a few frames to let ImGui settle), so
//     an idle widget costs nothing;
//   * ImGui works in device pixels (fonts rasterised at size * devicePixelRatio, style scaled),
//     so text is crisp at any ratio, including fractional ones.
//
// Input events are queued and replayed one state change per key/button per frame: a click or a
// key press that begins and ends between two animation frames (fast typists, test drivers) is
// still seen by ImGui 1.86, whose input API only samples "is it down now".
#include "widget.h"

#include "imgui_impl_opengl3.h"
#include "imgui_internal.h"

#include <GLES2/gl2.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include <cmath>
#include <cstring>
#include <deque>

extern const unsigned char cd_font_regular[];
extern const unsigned int  cd_font_regular_size;
extern const unsigned char cd_font_bold[];
extern const unsigned int  cd_font_bold_size;
extern const ImWchar       cd_glyph_ranges[];

// The JS side (src/library_case_decoder.js): per-instance bridges to the host element.
extern "C" {
void cd_js_bind_canvas();
void cd_js_first_frame();
void cd_js_set_cursor(const char* css_cursor);
void cd_js_copy(const char* text);
void cd_js_download(const char* name, const char* mime, const char* text);
void cd_js_print(const char* html);
void cd_js_open_file();
void cd_js_announce(const char* text);
void cd_js_remember_changed(int on);
void cd_js_canvas_origin(double* left, double* top);  // canvas position in client coordinates
void cd_js_text_input_wanted(int wanted, double x, double y, double w, double h);
}

namespace cdw {

static const char* kCanvas = "!canvas";

// ---------------------------------------------------------------------------------------------
// State owned by this file
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
    bool                   focused = false;
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
    // Screen readers: the keyboard-focused item of this frame, and what was last read out.
    std::string            item_context;     // set by item_context() while a question's answers are drawn
    ImGuiID                speak_id = 0;
    std::string            speak_label, speak_context;
    int                    speak_state = -1;  // -1: not a choice; 0: not selected; 1: selected
    std::string            spoken;
};
static Platform P;

double now_ms() { return emscripten_get_now(); }
float  px(float css) { return std::floor(css * g_app.dpr + 0.5f); }

static EM_BOOL on_animation_frame(double, void*);

void request_frames(int n) {
    if (P.frames_pending < n) P.frames_pending = n;
    if (!P.raf_scheduled && P.gl) {
        P.raf_scheduled = true;
        emscripten_request_animation_frame(on_animation_frame, nullptr);
    }
}

static void on_wake(void*) {
    P.wake_scheduled = false;
    request_frames(1);
}
void wake_at(double time_ms) {
    // One pending timer is enough: the earliest wins, a later one is re-armed by the frame it wakes.
    if (P.wake_scheduled && P.wake_time <= time_ms) return;
    P.wake_scheduled = true;
    P.wake_time = time_ms;
    emscripten_set_timeout(on_wake, std::max(0.0, time_ms - now_ms()) + 5, nullptr);
}

void js_copy_text(const std::string& text) { cd_js_copy(text.c_str()); }
void js_download(const std::string& name, const std::string& mime, const std::string& text) { cd_js_download(name.c_str(), mime.c_str(), text.c_str()); }
void js_print_html(const std::string& html) { cd_js_print(html.c_str()); }
void js_open_file() { cd_js_open_file(); }
// A message ("Language: Spanish", "Step 3 of 9") outranks reading out the focused item: while the
// keyboard cursor stays on the item that caused it, the item is not read again (its label may
// change with the language); moving on reads the next item as usual.
static bool    g_message_hold = false;
static ImGuiID g_message_item = 0;
void js_announce(const std::string& text) {
    g_message_hold = true;
    g_message_item = GImGui ? GImGui->NavId : 0;
    cd_js_announce(text.c_str());
}
void js_remember_changed(bool on) { cd_js_remember_changed(on ? 1 : 0); }

// ---------------------------------------------------------------------------------------------
// Fonts and style
// ---------------------------------------------------------------------------------------------
static void build_fonts(float dpr) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = false;  // the bytes are static arrays
    // Horizontal oversampling sharpens glyph positioning at small pixel sizes; at 1.5x and above the
    // glyphs are big enough without it, and the atlas builds twice as fast (measured 152 -> ~80 ms).
    cfg.OversampleH = dpr >= 1.5f ? 1 : 2;
    cfg.OversampleV = 1;
    cfg.PixelSnapH = false;
    auto add = [&](const unsigned char* data, unsigned size, float css_px) {
        return io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(data), (int)size, std::round(css_px * dpr), &cfg, cd_glyph_ranges);
    };
    g_app.fonts.body = add(cd_font_regular, cd_font_regular_size, 16.0f);
    g_app.fonts.small = add(cd_font_regular, cd_font_regular_size, 14.0f);
    g_app.fonts.strong = add(cd_font_bold, cd_font_bold_size, 16.0f);
    g_app.fonts.heading = add(cd_font_bold, cd_font_bold_size, 19.0f);
    io.FontDefault = g_app.fonts.body;
    io.Fonts->Flags |= ImFontAtlasFlags_NoMouseCursors;  // the browser draws the cursor
    io.Fonts->TexDesiredWidth = 1024;
    io.Fonts->Build();
    if (P.font_dpr != 0) ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    P.font_dpr = dpr;
}

static void frame();

// Draws until every queued event is applied, and twice more so that its result is laid out (see
// cd_widget_flush).
static void draw_until_settled() {
    int settled = 0;  // frames drawn since the queue became empty, counting the one that emptied it
    for (int i = 0; i < 16 && settled < 3; i++) {
        frame();
        settled = P.queue.empty() ? settled + 1 : 0;
    }
}

void apply_theme(bool dark, float dpr);  // ui_kit.cpp

static void update_fonts_and_style() {
    if (P.font_dpr != g_app.dpr) build_fonts(g_app.dpr);
    if (P.style_dpr != g_app.dpr || P.style_dark != g_app.dark) {
        apply_theme(g_app.dark, g_app.dpr);
        P.style_dpr = g_app.dpr;
        P.style_dark = g_app.dark;
    }
}

// ---------------------------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------------------------
static void push(const InputEvent& e) {
    P.queue.push_back(e);
    request_frames(3);
}

// Which ImGui window would a vertical scroll of `dy` move? Mirrors ImGui 1.86's own wheel routing
// (child windows that cannot scroll hand the wheel to their parent), and answers "none" when that
// window is already at the end in that direction, so that the page scrolls instead.
static ImGuiWindow* scroll_target(float dy) {
    ImGuiContext& g = *GImGui;
    if (g.OpenPopupStack.Size > 0) return nullptr;
    ImGuiWindow* w = g.HoveredWindow;
    while (w && (w->Flags & ImGuiWindowFlags_ChildWindow) &&
           (w->ScrollMax.y <= 0.0f || (w->Flags & ImGuiWindowFlags_NoScrollWithMouse)) && w->ParentWindow)
        w = w->ParentWindow;
    if (!w || w->ScrollMax.y <= 0.0f || (w->Flags & ImGuiWindowFlags_NoScrollWithMouse)) return nullptr;
    const float pending = (P.scroll_window == w->ID) ? P.scroll_dy : 0.0f;
    const float y = w->Scroll.y + pending;
    if (dy > 0 && y >= w->ScrollMax.y - 0.5f) return nullptr;
    if (dy < 0 && y <= 0.5f) return nullptr;
    return w;
}

static bool scroll_by(float dy_fb) {
    ImGuiWindow* w = scroll_target(dy_fb);
    if (!w) return false;
    if (P.scroll_window != w->ID) P.scroll_dy = 0;
    P.scroll_window = w->ID;
    P.scroll_dy += dy_fb;
    request_frames(2);
    return true;
}

static void apply_scroll() {
    if (!P.scroll_window) return;
    if (ImGuiWindow* w = ImGui::FindWindowByID(P.scroll_window)) {
        const float y = ImClamp(w->Scroll.y + P.scroll_dy, 0.0f, w->ScrollMax.y);
        ImGui::SetScrollY(w, y);
    }
    P.scroll_window = 0;
    P.scroll_dy = 0;
}

static void set_mouse_pos(float css_x, float css_y) {
    InputEvent e{InputEvent::MouseMove};
    e.x = css_x * g_app.dpr;
    e.y = css_y * g_app.dpr;
    push(e);
}

static EM_BOOL on_mouse(int type, const EmscriptenMouseEvent* m, void*);

static void listen_window_mouse(bool on) {
    // While a button is held we follow the pointer outside the canvas (scrollbar drags), and only then.
    emscripten_set_mousemove_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, true, on ? on_mouse : nullptr);
    emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, true, on ? on_mouse : nullptr);
}

static EM_BOOL on_mouse(int type, const EmscriptenMouseEvent* m, void* user) {
    // Canvas listeners get canvas-relative coordinates; the window listeners (drags) do not.
    float x = (float)m->targetX, y = (float)m->targetY;
    if (user == nullptr) {
        double left = 0, top = 0;
        cd_js_canvas_origin(&left, &top);
        x = (float)(m->clientX - left);
        y = (float)(m->clientY - top);
    }
    switch (type) {
    case EMSCRIPTEN_EVENT_MOUSEMOVE:
        if (user == nullptr && !P.dragging) return false;   // window listener, not dragging
        if (user != nullptr && P.dragging) return false;    // the window listener has it
        set_mouse_pos(x, y);
        return false;
    case EMSCRIPTEN_EVENT_MOUSEENTER:
        P.mouse_inside = true;
        set_mouse_pos(x, y);
        return false;
    case EMSCRIPTEN_EVENT_MOUSELEAVE:
        P.mouse_inside = false;
        if (!P.dragging) {
            InputEvent e{InputEvent::MouseMove};
            e.x = e.y = -FLT_MAX;
            push(e);
        }
        return false;
    case EMSCRIPTEN_EVENT_MOUSEDOWN: {
        if (m->button > 2) return false;
        set_mouse_pos(x, y);
        InputEvent e{InputEvent::MouseButton};
        e.code = m->button == 2 ? 1 : (m->button == 1 ? 2 : 0);  // DOM: 0 left, 1 middle, 2 right
        e.down = true;
        push(e);
        if (!P.dragging) { P.dragging = true; listen_window_mouse(true); }
        return false;  // not prevented: the browser moves focus to the canvas
    }
    case EMSCRIPTEN_EVENT_MOUSEUP: {
        if (!P.dragging || m->button > 2) return false;
        set_mouse_pos(x, y);
        InputEvent e{InputEvent::MouseButton};
        e.code = m->button == 2 ? 1 : (m->button == 1 ? 2 : 0);
        e.down = false;
        push(e);
        if (m->buttons == 0) {
            P.dragging = false;
            listen_window_mouse(false);
            if (!P.mouse_inside) {
                InputEvent out{InputEvent::MouseMove};
                out.x = out.y = -FLT_MAX;
                push(out);
            }
        }
        return false;
    }
    }
    return false;
}

static EM_BOOL on_wheel(int, const EmscriptenWheelEvent* w, void*) {
    if (w->deltaY == 0) return false;
    double dy = w->deltaY;
    if (w->deltaMode == DOM_DELTA_LINE) dy *= 40;
    else if (w->deltaMode == DOM_DELTA_PAGE) dy *= g_app.css_h * 0.9;
    // Make sure ImGui knows which window is under the pointer before deciding.
    return scroll_by((float)dy * g_app.dpr) ? EM_TRUE : EM_FALSE;
}

static EM_BOOL on_touch(int type, const EmscriptenTouchEvent* t, void*) {
    const EmscriptenTouchPoint* tp = nullptr;
    for (int i = 0; i < t->numTouches; i++) {
        if (!t->touches[i].isChanged) continue;
        if (P.touch_id < 0 || t->touches[i].identifier == P.touch_id) { tp = &t->touches[i]; break; }
    }
    if (!tp) return false;
    const float x = (float)tp->targetX, y = (float)tp->targetY;
    switch (type) {
    case EMSCRIPTEN_EVENT_TOUCHSTART:
        if (P.touch_id >= 0 || t->numTouches > 1) return false;  // pinch-zoom stays the browser's
        P.touch_id = tp->identifier;
        P.touch_x0 = x; P.touch_y0 = y; P.touch_last_y = y;
        P.touch_scrolling = false;
        set_mouse_pos(x, y);
        return false;  // not prevented: the page may still scroll if we do not
    case EMSCRIPTEN_EVENT_TOUCHMOVE: {
        const float dy = P.touch_last_y - y;
        if (!P.touch_scrolling && std::fabs(y - P.touch_y0) + std::fabs(x - P.touch_x0) < 8) return true;
        P.touch_scrolling = true;
        P.touch_last_y = y;
        return scroll_by(dy * g_app.dpr) ? EM_TRUE : EM_FALSE;
    }
    case EMSCRIPTEN_EVENT_TOUCHEND:
    case EMSCRIPTEN_EVENT_TOUCHCANCEL: {
        const bool tap = type == EMSCRIPTEN_EVENT_TOUCHEND && !P.touch_scrolling;
        P.touch_id = -1;
        if (tap) {
            set_mouse_pos(x, y);
            InputEvent e{InputEvent::MouseButton};
            e.down = true;
            push(e);
            e.down = false;
            push(e);
        }
        InputEvent away{InputEvent::MouseMove};
        away.x = away.y = -FLT_MAX;
        push(away);
        return tap ? EM_TRUE : EM_FALSE;  // prevented: no emulated mouse click after our tap
    }
    }
    return false;
}

// DOM keyCode values we hand to ImGui (io.KeysDown is indexed by keyCode).
enum : int { K_Backspace = 8, K_Tab = 9, K_Enter = 13, K_Shift = 16, K_Ctrl = 17, K_Alt = 18, K_Escape = 27, K_Space = 32,
             K_PageUp = 33, K_PageDown = 34, K_End = 35, K_Home = 36, K_Left = 37, K_Up = 38, K_Right = 39, K_Down = 40,
             K_Insert = 45, K_Delete = 46, K_A = 65, K_C = 67, K_V = 86, K_X = 88, K_Y = 89, K_Z = 90, K_Meta = 91 };

static bool is_nav_or_edit_key(int k) {
    switch (k) {
    case K_Backspace: case K_Enter: case K_Escape: case K_Space: case K_PageUp: case K_PageDown: case K_End:
    case K_Home: case K_Left: case K_Up: case K_Right: case K_Down: case K_Insert: case K_Delete:
        return true;
    }
    return false;
}

static unsigned decode_single_codepoint(const char* s) {
    // The DOM `key` of a printable key is one character ("a", "ñ", "€"); named keys are longer.
    const unsigned char* u = (const unsigned char*)s;
    unsigned c = 0;
    int len = 0;
    if (u[0] < 0x80) { c = u[0]; len = 1; }
    else if ((u[0] & 0xE0) == 0xC0) { c = u[0] & 0x1F; len = 2; }
    else if ((u[0] & 0xF0) == 0xE0) { c = u[0] & 0x0F; len = 3; }
    else if ((u[0] & 0xF8) == 0xF0) { c = u[0] & 0x07; len = 4; }
    else return 0;
    for (int i = 1; i < len; i++) {
        if ((u[i] & 0xC0) != 0x80) return 0;
        c = (c << 6) | (u[i] & 0x3F);
    }
    return u[len] == 0 ? c : 0;
}

// Tab and Shift+Tab walk the widget's items in layout order, like the controls of a web form. Past
// the last item (or before the first) the browser takes over and focus leaves the widget: no
// keyboard trap. In a modal (the glossary) Tab cycles inside it; Escape closes it.
static std::vector<NavItem> tab_candidates() {
    ImGuiContext& g = *GImGui;
    ImGuiWindow* modal = ImGui::GetTopMostPopupModal();
    if (!modal) return P.nav_items;
    std::vector<NavItem> out;
    for (const NavItem& it : P.nav_items)
        if (it.window->RootWindow == modal) out.push_back(it);
    (void)g;
    return out;
}

static EM_BOOL tab_to(const std::vector<NavItem>& items, int index) {
    if (index < 0 || index >= (int)items.size()) return EM_FALSE;
    InputEvent e{InputEvent::NavTo};
    e.nav = items[index];
    push(e);
    return EM_TRUE;
}

// The item Tab (or Shift+Tab) moves to from the keyboard cursor, or -1: out of the widget.
static int tab_target(const std::vector<NavItem>& items, bool back) {
    if (items.empty()) return -1;
    const ImGuiID current = GImGui->NavDisableHighlight ? 0 : GImGui->NavId;
    int at = -1;
    for (int i = 0; i < (int)items.size(); i++)
        if (items[i].id == current) at = i;
    int next = at < 0 ? (back ? (int)items.size() - 1 : 0) : at + (back ? -1 : 1);
    if (ImGui::GetTopMostPopupModal() != nullptr) next = (next + (int)items.size()) % (int)items.size();
    return next >= 0 && next < (int)items.size() ? next : -1;
}

static EM_BOOL on_tab(bool back) {
    // Whether focus stays in the widget is decided now (the browser needs the answer at once);
    // which item it lands on is decided when the event is applied, against the items of the
    // latest frame: a click a moment earlier may have changed the step.
    if (tab_target(tab_candidates(), back) < 0) return EM_FALSE;
    InputEvent e{InputEvent::Tab};
    e.down = back;
    push(e);
    return EM_TRUE;
}

static void apply_nav_to(const NavItem& it) {
    ImGuiContext& g = *GImGui;
    ImGuiWindow* w = it.window;
    if (g.ActiveId) ImGui::ClearActiveID();  // leaving a text field ends its editing
    ImGui::SetFocusID(it.id, w);
    const ImVec2 off = w->DC.CursorStartPos;  // NavRectRel is relative to the window's content start
    w->NavRectRel[g.NavLayer] = ImRect(it.rect.Min.x - off.x, it.rect.Min.y - off.y, it.rect.Max.x - off.x, it.rect.Max.y - off.y);
    g.NavDisableHighlight = false;
    g.NavDisableMouseHover = true;
    g.NavInputSource = ImGuiInputSource_Keyboard;
    ImGui::ScrollToRect(w, it.rect, ImGuiScrollFlags_KeepVisibleEdgeY);
    if (it.inputable) ImGui::ActivateItem(it.id);  // start editing, text selected
}

static EM_BOOL on_key(int type, const EmscriptenKeyboardEvent* k, void*) {
    const int code = (int)k->keyCode;
    const bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
    const bool command = k->ctrlKey || k->metaKey;
    const ImGuiIO& io = ImGui::GetIO();
    if (code == K_Tab) return down ? on_tab(k->shiftKey) : EM_FALSE;
    if (code <= 0 || code >= 512) return false;

    // Paste: let the browser fire its 'paste' event on the canvas (library_case_decoder.js hands
    // the text to cd_widget_paste). Reading the clipboard ourselves would need a permission prompt.
    if (command && code == K_V) return false;

    InputEvent e{InputEvent::Key};
    e.code = code;
    e.down = down;
    e.ctrl = k->ctrlKey; e.shift = k->shiftKey; e.alt = k->altKey; e.super = k->metaKey;
    if (down && k->repeat) {
        // Auto-repeat: a fresh press each time (ImGui's own repeat needs continuous frames).
        InputEvent up = e;
        up.down = false;
        push(up);
    }
    push(e);

    if (!down) return is_nav_or_edit_key(code);
    if (!command) {
        const unsigned ch = decode_single_codepoint(k->key);
        if (ch >= 0x20 && ch != 0x7F) {
            InputEvent c{InputEvent::Char};
            c.ch = ch;
            push(c);
            return true;  // e.g. Space must not scroll the page while the widget has focus
        }
    }
    if (command) {
        // Copy / cut / select all / undo are ImGui's while a text field is being edited; otherwise
        // the browser's shortcuts (Ctrl+L, Ctrl+F, Ctrl+R, ...) keep working.
        return io.WantTextInput && (code == K_C || code == K_X || code == K_A || code == K_Z || code == K_Y);
    }
    return is_nav_or_edit_key(code);
}

static EM_BOOL on_focus(int type, const EmscriptenFocusEvent*, void*) {
    InputEvent e{InputEvent::Focus};
    e.down = type == EMSCRIPTEN_EVENT_FOCUS;
    P.focused = e.down;
    push(e);
    return false;
}

// Apply queued events to ImGui, at most one change per key and mouse button per frame. Returns
// whether anything was applied.
static bool drain_input() {
    ImGuiIO& io = ImGui::GetIO();
    bool button_changed[5] = {};
    bool key_changed[512] = {};
    bool any_button_changed = false;
    bool applied = !P.queue.empty();
    while (!P.queue.empty()) {
        const InputEvent& e = P.queue.front();
        if (e.kind == InputEvent::MouseMove) {
            if (any_button_changed) break;  // a click lands where it was made, then the pointer moves
            io.MousePos = ImVec2(e.x, e.y);
        } else if (e.kind == InputEvent::MouseButton) {
            if (button_changed[e.code]) break;
            button_changed[e.code] = true;
            any_button_changed = true;
            io.MouseDown[e.code] = e.down;
        } else if (e.kind == InputEvent::Key) {
            if (key_changed[e.code]) break;
            key_changed[e.code] = true;
            io.KeysDown[e.code] = e.down;
            io.KeyCtrl = e.ctrl; io.KeyShift = e.shift; io.KeyAlt = e.alt; io.KeySuper = e.super;
        } else if (e.kind == InputEvent::Char) {
            io.AddInputCharacter(e.ch);
        } else if (e.kind == InputEvent::NavTo) {
            apply_nav_to(e.nav);
        } else if (e.kind == InputEvent::Tab) {
            if (any_button_changed) break;  // let the click finish (and lay out its result) first
            const std::vector<NavItem> items = tab_candidates();
            const int next = tab_target(items, e.down);
            if (next >= 0) apply_nav_to(items[next]);
        } else if (e.kind == InputEvent::Focus) {
            io.AddFocusEvent(e.down);
            if (!e.down) {
                std::memset(io.KeysDown, 0, sizeof(io.KeysDown));
                io.KeyCtrl = io.KeyShift = io.KeyAlt = io.KeySuper = false;
            }
        }
        P.queue.pop_front();
    }
    // Enter presses buttons too (ImGui 1.86 maps only Space to "activate"), unless a text field is
    // being edited, where Enter means "done".
    ImGuiContext& g = *GImGui;
    if (io.KeysDown[K_Enter] && g.ActiveId == 0 && P.focused) io.NavInputs[ImGuiNavInput_Activate] = 1.0f;
    return applied;
}

// ---------------------------------------------------------------------------------------------
// Screen readers: the item under the keyboard cursor is read out through the host's aria-live
// region, with the question it answers and its state. ImGui reports each item it lays out (the
// hook below); the focused one is kept for the end of the frame.
// ---------------------------------------------------------------------------------------------
void item_context(const std::string& question) { P.item_context = question; }

void item_state(bool selected) {
    if (P.speak_id != 0 && ImGui::GetItemID() == P.speak_id) P.speak_state = selected ? 1 : 0;
}

void note_focused_item(ImGuiID id, const char* label, int status) {
    P.speak_id = id;
    const char* end = label ? ImGui::FindRenderedTextEnd(label) : nullptr;  // "Yes##searched" -> "Yes"
    P.speak_label.assign(label ? label : "", label ? end - label : 0);
    P.speak_context = P.item_context;
    P.speak_state = (status & ImGuiItemStatusFlags_Checkable) ? ((status & ImGuiItemStatusFlags_Checked) ? 1 : 0) : -1;
}

static void speak_focused_item() {
    const ImGuiContext& g = *GImGui;
    if (g.NavDisableHighlight) P.spoken.clear();  // back to the mouse: the next Tab speaks again
    if (!P.focused || g.NavDisableHighlight || P.speak_id == 0) return;
    std::string text = P.speak_context;
    if (!P.speak_label.empty() && P.speak_label != text) text += (text.empty() ? "" : ": ") + P.speak_label;
    if (P.speak_state >= 0) text += std::string(", ") + T(P.speak_state ? "widget.aria.selected" : "widget.aria.not_selected");
    if (g_message_hold && P.speak_id != g_message_item) g_message_hold = false;
    if (text.empty() || text == P.spoken) return;
    P.spoken = text;
    if (!g_message_hold) cd_js_announce(text.c_str());
}

// ---------------------------------------------------------------------------------------------
// Test hook (IMGUI_ENABLE_TEST_ENGINE): ImGui reports every labelled item it lays out.
// ---------------------------------------------------------------------------------------------
}  // namespace cdw

void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, const ImRect&, ImGuiID) {}
void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags status) {
    const ImRect r = ctx->LastItemData.Rect;
    const ImGuiItemFlags in_flags = ctx->LastItemData.InFlags;
    auto& nav = cdw::P.nav_items;
    const bool tab_stop = id != 0 && !(in_flags & (ImGuiItemFlags_Disabled | ImGuiItemFlags_NoNav | ImGuiItemFlags_NoTabStop)) &&
                          !(ctx->CurrentWindow->Flags & ImGuiWindowFlags_NoNavInputs) && (nav.empty() || nav.back().id != id);
    if (tab_stop) nav.push_back({id, ctx->CurrentWindow, r, (in_flags & ImGuiItemFlags_Inputable) != 0});
    if (id != 0 && id == ctx->NavId) cdw::note_focused_item(id, label, status);
    if (!cdw::P.record_items || !label) return;
    const ImRect clip = ctx->CurrentWindow ? ctx->CurrentWindow->ClipRect : r;
    const bool visible = r.Min.y < clip.Max.y && r.Max.y > clip.Min.y && r.Min.x < clip.Max.x && r.Max.x > clip.Min.x;
    // "focused": the keyboard-navigation cursor is on it (shown only while the canvas has focus).
    const bool focused = id != 0 && id == ctx->NavId && !ctx->NavDisableHighlight && cdw::P.focused;
    cdw::P.items.push_back({id, label, r, visible, focused, id != 0 && id == ctx->ActiveId});
}
void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}
const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }

namespace cdw {

// ---------------------------------------------------------------------------------------------
// Frames
// ---------------------------------------------------------------------------------------------
static const char* css_cursor(ImGuiMouseCursor c) {
    switch (c) {
    case ImGuiMouseCursor_TextInput: return "text";
    case ImGuiMouseCursor_ResizeAll: return "move";
    case ImGuiMouseCursor_ResizeNS: return "ns-resize";
    case ImGuiMouseCursor_ResizeEW: return "ew-resize";
    case ImGuiMouseCursor_ResizeNESW: return "nesw-resize";
    case ImGuiMouseCursor_ResizeNWSE: return "nwse-resize";
    case ImGuiMouseCursor_Hand: return "pointer";
    case ImGuiMouseCursor_NotAllowed: return "not-allowed";
    default: return "default";
    }
}

void draw_app();  // app.cpp

static void frame() {
    ImGuiIO& io = ImGui::GetIO();
    update_fonts_and_style();
    // ImGui needs a couple of frames after an event to settle (a click changes the state at the
    // end of one frame; the next lays out the result; the one after uses its measured size).
    if (drain_input() && P.frames_pending < 4) P.frames_pending = 4;

    const double t = now_ms();
    // Frames come in bursts after input; the gap before a burst can be minutes. ImGui only uses the
    // delta for double-click and key-repeat timing, and asserts on zero.
    io.DeltaTime = (float)ImClamp((t - P.last_frame_ms) / 1000.0, 0.001, 0.25);
    if (P.last_frame_ms == 0) io.DeltaTime = 1.0f / 60.0f;
    P.last_frame_ms = t;
    io.DisplaySize = ImVec2((float)P.fb_w, (float)P.fb_h);
    io.DisplayFramebufferScale = ImVec2(1, 1);  // ImGui already works in device pixels

    GImGui->TestEngineHookItems = true;  // items are always listed (the Tab order); labels only for tests
    P.items.clear();
    P.nav_items.clear();
    P.item_context.clear();
    P.speak_id = 0;
    P.speak_state = -1;
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    apply_scroll();
    draw_app();
    ImGui::Render();
    speak_focused_item();

    emscripten_webgl_make_context_current(P.gl);
    glViewport(0, 0, P.fb_w, P.fb_h);
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    P.frame_count++;

    const ImGuiMouseCursor cursor = ImGui::GetMouseCursor();
    if (cursor != P.cursor) {
        P.cursor = cursor;
        cd_js_set_cursor(css_cursor(cursor));
    }
    // Phones: a text field being edited needs the on-screen keyboard, which only a real DOM input
    // can summon. The host places an invisible one over the field and forwards what is typed.
    if (io.WantTextInput != P.want_text) {
        P.want_text = io.WantTextInput;
        ImGuiContext& g = *GImGui;
        const ImRect r = g.LastItemData.Rect;
        const float d = g_app.dpr;
        cd_js_text_input_wanted(P.want_text, r.Min.x / d, r.Min.y / d, r.GetWidth() / d, r.GetHeight() / d);
    }
    if (!P.first_frame_done) {
        P.first_frame_done = true;
        cd_js_first_frame();
    }
}

static EM_BOOL on_animation_frame(double, void*) {
    P.raf_scheduled = false;
    frame();
    if (P.frames_pending > 0) P.frames_pending--;
    if (!P.queue.empty() && P.frames_pending < 2) P.frames_pending = 2;
    if (P.frames_pending > 0) request_frames(P.frames_pending);
    return EM_FALSE;  // never loop on our own: idle means no frames
}

static void set_canvas_size(float css_w, float css_h, float dpr) {
    g_app.css_w = css_w;
    g_app.css_h = css_h;
    g_app.dpr = dpr > 0.25f ? dpr : 1.0f;
    P.fb_w = std::max(1, (int)std::lround(css_w * g_app.dpr));
    P.fb_h = std::max(1, (int)std::lround(css_h * g_app.dpr));
    emscripten_set_canvas_element_size(kCanvas, P.fb_w, P.fb_h);
}

}  // namespace cdw

using namespace cdw;

// ---------------------------------------------------------------------------------------------
// Exports for the host element (web/case-decoder-element.js)
// ---------------------------------------------------------------------------------------------
extern "C" {

void app_init();  // app.cpp

// Returns 0 on success, 1 when WebGL is unavailable (the host then shows its text fallback).
EMSCRIPTEN_KEEPALIVE int cd_widget_start(float css_w, float css_h, float dpr, int dark) {
    cd_js_bind_canvas();
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.alpha = false;
    attrs.depth = false;
    attrs.stencil = false;
    attrs.antialias = false;  // ImGui anti-aliases its own shapes
    attrs.premultipliedAlpha = false;
    attrs.preserveDrawingBuffer = false;
    attrs.powerPreference = EM_WEBGL_POWER_PREFERENCE_LOW_POWER;
    attrs.majorVersion = 1;
    attrs.enableExtensionsByDefault = true;  // OES_vertex_array_object for the ImGui backend
    P.gl = emscripten_webgl_create_context(kCanvas, &attrs);
    if (P.gl <= 0) { P.gl = 0; return 1; }
    emscripten_webgl_make_context_current(P.gl);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // ImGui stores nothing (saving answers is the reader's choice, done by the host)
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTextCursorBlink = false;  // a blinking caret would need frames forever
    io.ConfigWindowsMoveFromTitleBarOnly = true;
    io.BackendPlatformName = "case_decoder_html5";
    io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
    io.SetClipboardTextFn = [](void*, const char* text) { cd_js_copy(text); };
    io.GetClipboardTextFn = [](void*) -> const char* { return ""; };  // paste arrives as a DOM 'paste' event
    const int map[][2] = {{ImGuiKey_Tab, K_Tab}, {ImGuiKey_LeftArrow, K_Left}, {ImGuiKey_RightArrow, K_Right}, {ImGuiKey_UpArrow, K_Up},
                          {ImGuiKey_DownArrow, K_Down}, {ImGuiKey_PageUp, K_PageUp}, {ImGuiKey_PageDown, K_PageDown}, {ImGuiKey_Home, K_Home},
                          {ImGuiKey_End, K_End}, {ImGuiKey_Insert, K_Insert}, {ImGuiKey_Delete, K_Delete}, {ImGuiKey_Backspace, K_Backspace},
                          {ImGuiKey_Space, K_Space}, {ImGuiKey_Enter, K_Enter}, {ImGuiKey_Escape, K_Escape}, {ImGuiKey_KeyPadEnter, K_Enter},
                          {ImGuiKey_A, K_A}, {ImGuiKey_C, K_C}, {ImGuiKey_V, K_V}, {ImGuiKey_X, K_X}, {ImGuiKey_Y, K_Y}, {ImGuiKey_Z, K_Z}};
    for (const auto& m : map) io.KeyMap[m[0]] = m[1];
    ImGui_ImplOpenGL3_Init("#version 100");

    g_app.dark = dark != 0;
    set_canvas_size(css_w, css_h, dpr);

    // Every listener on this widget's canvas only. Capture phase is irrelevant (nothing nests
    // inside a canvas); useCapture=true matches what Emscripten's own backends do.
    void* canvas_tag = (void*)1;  // non-null: "this came from the canvas listener"
    emscripten_set_mousedown_callback(kCanvas, canvas_tag, true, on_mouse);
    emscripten_set_mousemove_callback(kCanvas, canvas_tag, true, on_mouse);
    // (mouseup is heard on the window while a button is held: see listen_window_mouse)
    emscripten_set_mouseenter_callback(kCanvas, canvas_tag, true, on_mouse);
    emscripten_set_mouseleave_callback(kCanvas, canvas_tag, true, on_mouse);
    emscripten_set_wheel_callback(kCanvas, nullptr, true, on_wheel);
    emscripten_set_touchstart_callback(kCanvas, nullptr, true, on_touch);
    emscripten_set_touchmove_callback(kCanvas, nullptr, true, on_touch);
    emscripten_set_touchend_callback(kCanvas, nullptr, true, on_touch);
    emscripten_set_touchcancel_callback(kCanvas, nullptr, true, on_touch);
    emscripten_set_keydown_callback(kCanvas, nullptr, true, on_key);
    emscripten_set_keyup_callback(kCanvas, nullptr, true, on_key);
    emscripten_set_focus_callback(kCanvas, nullptr, true, on_focus);
    emscripten_set_blur_callback(kCanvas, nullptr, true, on_focus);

    app_init();
    request_frames(3);
    return 0;
}

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
        snprintf(buf, sizeof buf, "\",\"x\":%.1f,\"y\":%.1f,\"w\":%.1f,\"h\":%.1f,\"visible\":%s,\"focused\":%s,\"active\":%s}",
                 it.rect.Min.x / d, it.rect.Min.y / d, it.rect.GetWidth() / d, it.rect.GetHeight() / d, it.visible ? "true" : "false",
                 it.focused ? "true" : "false", it.active ? "true" : "false");
        out += buf;
    }
    out += "]";
    return out.c_str();
}

}  // extern "C"
