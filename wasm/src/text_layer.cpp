// The text layer (text_layer.h): the lines ImGui will draw, found the way ImFont::RenderText
// wraps them (CalcWordWrapPositionA, blanks skipped after a wrap, a new line at '\n').
#include "text_layer.h"

#include "platform.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstring>

extern "C" void cd_js_text_layer(const char* json);  // library_case_decoder.js

namespace cdw {
namespace {

struct Line {
    std::string text;
    float       x, y, size, width;
    int         paragraph;  // lines wrapped from one paragraph share it: the host keeps them one run of text
    ImGuiWindow* window;
};
std::vector<Line> g_lines;
int               g_paragraph = 0;
std::string       g_sent = "[]";

}  // namespace

void text_layer_lines(const char* text, const char* end) {
    ImGuiWindow* win = ImGui::GetCurrentWindow();
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    const float scale = size / font->FontSize;
    const ImVec2 pos(win->DC.CursorPos.x, win->DC.CursorPos.y + win->DC.CurrLineTextBaseOffset);
    const bool wrap = win->DC.TextWrapPos >= 0.0f;
    const float wrap_w = wrap ? ImGui::CalcWrapWidthForPos(pos, win->DC.TextWrapPos) : FLT_MAX;
    const ImRect clip = win->ClipRect;
    float y = pos.y;
    const char* p = text;
    while (p < end) {
        const char* para_end = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(end - p)));
        if (!para_end) para_end = end;
        const char* s = p;
        ++g_paragraph;
        do {
            const char* eol = wrap ? font->CalcWordWrapPositionA(scale, s, para_end, wrap_w) : para_end;
            if (eol == s && s < para_end) eol = s + 1;
            const char* last = eol;
            while (last > s && (last[-1] == ' ' || last[-1] == '\t')) --last;
            if (last > s && y + size > clip.Min.y && y < clip.Max.y) {
                const float w = font->CalcTextSizeA(size, FLT_MAX, 0.0f, s, last).x;
                g_lines.push_back({std::string(s, last), pos.x, y, size, w, g_paragraph, win});
            }
            y += size;
            s = eol;
            while (s < para_end && (*s == ' ' || *s == '\t')) ++s;
        } while (s < para_end);
        p = para_end < end ? para_end + 1 : end;
    }
}

void text_layer_frame_begin() {
    g_lines.clear();
    g_paragraph = 0;
}

void text_layer_frame_end() {
    // Text under an open popup (a menu) is hidden by it: leave it out, or its transparent run
    // would sit over the menu and take the clicks meant for it.
    const ImGuiContext& g = *GImGui;
    for (const ImGuiPopupData& popup : g.OpenPopupStack) {
        const ImGuiWindow* pw = popup.Window;
        if (!pw || !pw->Active) continue;
        const ImRect cover = pw->Rect();
        g_lines.erase(std::remove_if(g_lines.begin(), g_lines.end(), [&](const Line& l) {
            return l.window != pw && cover.Overlaps(ImRect(l.x, l.y, l.x + l.width, l.y + l.size));
        }), g_lines.end());
    }
    const float d = g_app.dpr > 0 ? g_app.dpr : 1.0f;
    auto css = [&](float v) { return std::round(v / d * 10.0f) / 10.0f; };
    nlohmann::json list = nlohmann::json::array();
    for (const auto& l : g_lines) list.push_back({l.text, css(l.x), css(l.y), css(l.size), css(l.width), l.paragraph});
    std::string json = list.dump();
    if (json == g_sent) return;
    g_sent = std::move(json);
    cd_js_text_layer(g_sent.c_str());
}

}  // namespace cdw
