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
//
// This file: the WebGL context, frame scheduling, fonts, DPI and resizing. The input layer is
// input.cpp, screen-reader announcements announce.cpp, the JS-facing exports bridge.cpp; their
// shared state is platform.h.
#include "platform.h"
#include "semantics.h"
#include "text_layer.h"

#include "imgui_impl_opengl3.h"

#include <GLES2/gl2.h>
#include <emscripten/emscripten.h>

#include <algorithm>
#include <cmath>
#include <cstring>

extern const unsigned char cd_font_regular[];
extern const unsigned int  cd_font_regular_size;
extern const unsigned char cd_font_bold[];
extern const unsigned int  cd_font_bold_size;
extern const ImWchar       cd_glyph_ranges[];

namespace cdw {

Platform P;

static EM_BOOL on_animation_frame(double, void*);

double now_ms() { return emscripten_get_now(); }
float  px(float css) { return std::floor(css * g_app.ui_scale() + 0.5f); }

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
void js_open_page(const std::string& html, const std::string& title, const std::string& file_name) {
    cd_js_open_page(html.c_str(), title.c_str(), g_app.session.lang.c_str(), file_name.c_str());
}
void js_open_file() { cd_js_open_file(); }
void js_remember_changed(bool on) { cd_js_remember_changed(on ? 1 : 0); }

// ---------------------------------------------------------------------------------------------
// Fonts and style
// ---------------------------------------------------------------------------------------------
void build_fonts(float dpr) {
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
    // Before the renderer's GL objects exist, making them uploads this atlas (make_gl_objects).
    if (P.gl_objects) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    P.font_dpr = dpr;
}

// The ImGui renderer's GL objects (shaders, buffers and the font texture), made once the atlas is
// built: making them first would upload an atlas about to be replaced.
static void make_gl_objects() {
    if (P.gl_objects) return;
    ImGui_ImplOpenGL3_CreateDeviceObjects();
    P.gl_objects = true;
}


// Draws until every queued event is applied, and twice more so that its result is laid out (see
// cd_widget_flush).
void draw_until_settled() {
    int settled = 0;  // frames drawn since the queue became empty, counting the one that emptied it
    for (int i = 0; i < 16 && settled < 3; i++) {
        frame();
        settled = P.queue.empty() ? settled + 1 : 0;
    }
}

void apply_theme(bool dark, float dpr);  // ui_kit.cpp

static void update_fonts_and_style() {
    const float scale = g_app.ui_scale();
    if (P.font_dpr != scale) build_fonts(scale);
    if (P.style_dpr != scale || P.style_dark != g_app.dark) {
        apply_theme(g_app.dark, scale);
        P.style_dpr = scale;
        P.style_dark = g_app.dark;
    }
}

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

void frame() {
    // While the WebGL context is lost nothing can be drawn; input waits in the queue and the
    // session (every answer, the step, the scroll) is untouched until it comes back.
    if (P.context_lost) return;
    ImGuiIO& io = ImGui::GetIO();
    prepare_drawing();
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
    // A text field being edited is typed into through a real DOM input (the host's text agent: the
    // semantic layer's input for this field), which gives IME composition, paste and the phone's
    // keyboard. The host is told which field, when editing starts, moves or ends.
    const ImGuiID editing = io.WantTextInput ? GImGui->ActiveId : 0;
    if (io.WantTextInput != P.want_text || editing != P.want_text_id) {
        P.want_text = io.WantTextInput;
        P.want_text_id = editing;
        const ImRect r = GImGui->LastItemData.Rect;
        const float d = g_app.dpr;
        cd_js_text_input_wanted(P.want_text, editing, r.Min.x / d, r.Min.y / d, r.GetWidth() / d, r.GetHeight() / d);
    }
    // A step changed from the keyboard: the cursor goes to the step's first control (laid out in
    // this frame, in the step's own pane), applied with the next frame's input.
    // (The frame that changed the step laid out the old one: wait for the next.)
    if (g_app.focus_step_start == 2) {
        g_app.focus_step_start = 1;
        request_frames(2);
    } else if (g_app.focus_step_start == 1) {
        g_app.focus_step_start = 0;
        for (const NavItem& it : P.nav_items)
            if (it.window && std::strstr(it.window->Name, "##step")) {
                InputEvent e{InputEvent::NavTo};
                e.nav = it;
                push(e);
                break;
            }
    }
    send_date_pickers();
    sem_frame_end();
    text_layer_frame_end();
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

// The size the widget lays out for; the canvas element itself is resized only with a frame to draw
// on it (set_canvas_size), since a resized canvas is cleared and repainted by the page.
static void set_layout_size(float css_w, float css_h, float dpr) {
    g_app.css_w = css_w;
    g_app.css_h = css_h;
    g_app.dpr = dpr > 0.25f ? dpr : 1.0f;
    P.fb_w = std::max(1, (int)std::lround(css_w * g_app.dpr));
    P.fb_h = std::max(1, (int)std::lround(css_h * g_app.dpr));
}

void set_canvas_size(float css_w, float css_h, float dpr) {
    set_layout_size(css_w, css_h, dpr);
    emscripten_set_canvas_element_size(kCanvas, P.fb_w, P.fb_h);
}

void app_init();  // app.cpp

// Phones take WebGL contexts back when the reader switches apps or the page goes to the
// background. Saying "handled" on loss lets the browser restore the context; on restore, every GL
// object is gone: the ImGui renderer and the font atlas texture are made again, and the next
// frame draws the same screen (answers, step and scroll live in ImGui and the session, not in GL).
static EM_BOOL on_context_lost(int, const void*, void*) {
    P.context_lost = true;
    return EM_TRUE;
}
static EM_BOOL on_context_restored(int, const void*, void*) {
    P.context_lost = false;
    emscripten_webgl_make_context_current(P.gl);
    emscripten_webgl_enable_extension(P.gl, "OES_vertex_array_object");
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplOpenGL3_Init("#version 100");
    ImGui::GetIO().Fonts->SetTexID(0);
    P.gl_objects = false;
    P.font_dpr = 0;  // rebuild the atlas into a new texture on the next frame
    request_frames(3);
    return EM_TRUE;
}

// What a frame needs before it draws: the font atlas and style for the current scale, and the GL
// objects. Every frame calls it (it does nothing when both are current); the host also calls it
// ahead of the first frame, in a task of its own (start-up yields between stages, so no one task
// holds the page for long).
void prepare_drawing() {
    if (!P.gl || P.context_lost) return;
    update_fonts_and_style();
    make_gl_objects();
}

// The widget starts: the WebGL context on this widget's canvas, ImGui, the listeners, the session.
int start_widget(float css_w, float css_h, float dpr, int dark) {
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
    // Only the one extension the ImGui backend uses. Enabling every extension by default asks the
    // browser for each of about 40, one by one (measured: 24 ms of a 300 ms start-up under
    // SwiftShader), for nothing the widget draws.
    attrs.enableExtensionsByDefault = false;
    P.gl = emscripten_webgl_create_context(kCanvas, &attrs);
    if (P.gl <= 0) { P.gl = 0; return 1; }
    emscripten_webgl_make_context_current(P.gl);
    emscripten_webgl_enable_extension(P.gl, "OES_vertex_array_object");
    emscripten_set_webglcontextlost_callback(kCanvas, nullptr, EM_FALSE, on_context_lost);
    emscripten_set_webglcontextrestored_callback(kCanvas, nullptr, EM_FALSE, on_context_restored);

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
    // The fonts are built for this scale before the first frame; the canvas takes its size with
    // that frame (cd_widget_resize), so start-up's earlier turns give the page nothing to repaint.
    set_layout_size(css_w, css_h, dpr);

    bind_input();

    app_init();
    // No frame yet: the host draws the first one when it attaches (cd_widget_resize), after the
    // turns of start-up that prepare it.
    return 0;
}

}  // namespace cdw
