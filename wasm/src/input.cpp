// The input layer: html5.h callbacks bound to this widget's canvas only (never the window or the
// document), queued and replayed one state change per key and button per frame; wheel and touch
// scrolling that hands over to the page at the end; Tab and Shift+Tab walking the widget's items
// like a form's controls. platform.cpp says why.
#include "platform.h"
#include "semantics.h"

#include <emscripten/emscripten.h>

#include <cmath>
#include <cstring>

namespace cdw {

// ---------------------------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------------------------
void push(const InputEvent& e) {
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

void apply_scroll() {
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

static EM_BOOL on_mouse(int type, const EmscriptenMouseEvent* m, void* user);

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
std::vector<NavItem> tab_candidates() {
    ImGuiWindow* modal = ImGui::GetTopMostPopupModal();
    std::vector<NavItem> out;
    for (const NavItem& it : P.nav_items)
        if ((!modal || it.window->RootWindow == modal) && sem_group_stop(it.id) == it.id) out.push_back(it);
    return out;
}

EM_BOOL tab_to(const std::vector<NavItem>& items, int index) {
    if (index < 0 || index >= (int)items.size()) return EM_FALSE;
    InputEvent e{InputEvent::NavTo};
    e.nav = items[index];
    push(e);
    return EM_TRUE;
}

// The item Tab (or Shift+Tab) moves to from the keyboard cursor, or -1: out of the widget.
static int tab_target(const std::vector<NavItem>& items, bool back) {
    if (items.empty()) return -1;
    // An answer reached with the arrow keys is not a Tab stop itself: its question's stop stands for it.
    const ImGuiID current = GImGui->NavDisableHighlight ? 0 : sem_group_stop(GImGui->NavId);
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

// Focus is reported by the host, not by the canvas's own focus events: the keyboard stays the
// widget's while it moves between the canvas and the text agent (the DOM input of the field being
// edited), and only leaving both is a loss of focus.
void host_focus(bool focused) {
    if (focused == P.focused) return;
    InputEvent e{InputEvent::Focus};
    e.down = focused;
    P.focused = focused;
    push(e);
}

// A key typed into the text agent: the same as on the canvas. Returns whether the widget used it
// (the host then cancels the browser's own action: the input never edits itself).
bool host_key(bool down, int key_code, const char* key, int mods, bool repeat) {
    EmscriptenKeyboardEvent k{};
    k.keyCode = static_cast<unsigned long>(key_code);
    std::strncpy(k.key, key ? key : "", sizeof k.key - 1);
    k.ctrlKey = (mods & 1) != 0;
    k.shiftKey = (mods & 2) != 0;
    k.altKey = (mods & 4) != 0;
    k.metaKey = (mods & 8) != 0;
    k.repeat = repeat;
    return on_key(down ? EMSCRIPTEN_EVENT_KEYDOWN : EMSCRIPTEN_EVENT_KEYUP, &k, nullptr);
}

// Apply queued events to ImGui, at most one change per key and mouse button per frame. Returns
// whether anything was applied.
bool drain_input() {
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
            // Enter presses the focused button only if no text field was being edited when it went
            // down, and keeps pressing it (one press) until it comes up: held for several frames,
            // it must not press again when the button it pressed becomes, then stops being, active.
            if (e.code == K_Enter) P.enter_activates = e.down && GImGui->ActiveId == 0;
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
    // Enter presses buttons too (ImGui 1.86 maps only Space to "activate"), unless a text field was
    // being edited when it went down, where Enter means "done".
    if (io.KeysDown[K_Enter] && P.enter_activates && P.focused) io.NavInputs[ImGuiNavInput_Activate] = 1.0f;
    return applied;
}

// Every listener on this widget's canvas only. Capture phase is irrelevant (nothing nests inside a
// canvas); useCapture=true matches what Emscripten's own backends do.
void bind_input() {
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
}

}  // namespace cdw
