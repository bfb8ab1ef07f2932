#include "ui_kit.h"

#include "misc/cpp/imgui_stdlib.h"

#include <cmath>

namespace cdw {

Palette pal;

static ImU32 rgb(unsigned hex, float a = 1.0f) {
    return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, (int)(a * 255));
}

void apply_theme(bool dark, float dpr) {
    // Colours chosen to sit quietly in an article: near-white paper, ink-dark text, one blue
    // accent. Text/background pairs meet WCAG AA contrast in both themes.
    if (!dark) {
        pal = {rgb(0xFFFFFF), rgb(0xF6F7F9), rgb(0x1F2328), rgb(0x57606A), rgb(0xD0D7DE), rgb(0x1F5FAD), rgb(0x174C8C),
               rgb(0xFFFFFF), rgb(0xE8F0FA), rgb(0xB42318), rgb(0xFDECEA), rgb(0x1A7F37), rgb(0xFFF6DD), rgb(0x1F5FAD)};
    } else {
        pal = {rgb(0x16181C), rgb(0x1D2025), rgb(0xE6E8EB), rgb(0xA3ACB6), rgb(0x3A414A), rgb(0x7DB3F5), rgb(0x9CC5F8),
               rgb(0x0D1117), rgb(0x1F2C3D), rgb(0xFF8A80), rgb(0x3A1F1F), rgb(0x6CD08E), rgb(0x3A3320), rgb(0x7DB3F5)};
    }
    ImGuiStyle s;  // fresh defaults, then our look, then scaled to device pixels
    s.WindowPadding = ImVec2(16, 14);
    s.WindowRounding = 0;
    s.WindowBorderSize = 0;
    s.ChildRounding = 0;
    s.ChildBorderSize = 0;
    s.PopupRounding = 8;
    s.PopupBorderSize = 1;
    s.FramePadding = ImVec2(10, 7);
    s.FrameRounding = 6;
    s.FrameBorderSize = 1;
    s.ItemSpacing = ImVec2(8, 8);
    s.ItemInnerSpacing = ImVec2(8, 6);
    s.IndentSpacing = 20;
    s.ScrollbarSize = 10;
    s.ScrollbarRounding = 5;
    s.GrabRounding = 5;
    s.TabRounding = 6;
    s.SelectableTextAlign = ImVec2(0, 0.5f);
    s.AntiAliasedLinesUseTex = false;  // sharper 1 px rules
    ImVec4* c = s.Colors;
    c[ImGuiCol_Text] = col(pal.text);
    c[ImGuiCol_TextDisabled] = col(pal.muted);
    c[ImGuiCol_WindowBg] = col(pal.bg);
    c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_PopupBg] = col(pal.bg);
    c[ImGuiCol_Border] = col(pal.border);
    c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_FrameBg] = col(pal.bg);
    c[ImGuiCol_FrameBgHovered] = col(pal.panel);
    c[ImGuiCol_FrameBgActive] = col(pal.bg);
    c[ImGuiCol_TitleBg] = c[ImGuiCol_TitleBgActive] = c[ImGuiCol_TitleBgCollapsed] = col(pal.panel);
    c[ImGuiCol_MenuBarBg] = col(pal.panel);
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ScrollbarGrab] = col(pal.border);
    c[ImGuiCol_ScrollbarGrabHovered] = col(pal.muted);
    c[ImGuiCol_ScrollbarGrabActive] = col(pal.muted);
    c[ImGuiCol_CheckMark] = col(pal.accent);
    c[ImGuiCol_SliderGrab] = c[ImGuiCol_SliderGrabActive] = col(pal.accent);
    c[ImGuiCol_Button] = col(pal.panel);
    c[ImGuiCol_ButtonHovered] = col(pal.accent_soft);
    c[ImGuiCol_ButtonActive] = col(pal.accent_soft);
    c[ImGuiCol_Header] = col(pal.accent_soft);
    c[ImGuiCol_HeaderHovered] = col(pal.accent_soft);
    c[ImGuiCol_HeaderActive] = col(pal.accent_soft);
    c[ImGuiCol_Separator] = c[ImGuiCol_SeparatorHovered] = c[ImGuiCol_SeparatorActive] = col(pal.border);
    c[ImGuiCol_ResizeGrip] = c[ImGuiCol_ResizeGripHovered] = c[ImGuiCol_ResizeGripActive] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_Tab] = col(pal.panel);
    c[ImGuiCol_TabHovered] = col(pal.accent_soft);
    c[ImGuiCol_TabActive] = col(pal.bg);
    c[ImGuiCol_TextSelectedBg] = col(pal.accent_soft);
    c[ImGuiCol_NavHighlight] = col(pal.focus);
    c[ImGuiCol_ModalWindowDimBg] = ImVec4(0, 0, 0, dark ? 0.55f : 0.30f);
    s.ScaleAllSizes(dpr);
    ImGui::GetStyle() = s;
}

static void draw_text(const std::string& s, ImU32 color, ImFont* font) {
    if (font) ImGui::PushFont(font);
    if (color) ImGui::PushStyleColor(ImGuiCol_Text, color);
    // Keep an enclosing wrap position (a card's padding); otherwise wrap at the window edge.
    const bool own_wrap = ImGui::GetCurrentWindow()->DC.TextWrapPos < 0.0f;
    if (own_wrap) ImGui::PushTextWrapPos(0.0f);
    text_layer_lines(s.c_str(), s.c_str() + s.size());
    ImGui::TextUnformatted(s.c_str(), s.c_str() + s.size());
    if (own_wrap) ImGui::PopTextWrapPos();
    if (color) ImGui::PopStyleColor();
    if (font) ImGui::PopFont();
}

void text_wrapped(const std::string& s, ImU32 color, ImFont* font) {
    sem_text(SemKind::Paragraph, s);
    draw_text(s, color, font);
}
void heading(const std::string& s) {
    sem_text(SemKind::Heading, s);
    draw_text(s, 0, g_app.fonts.heading);
}
void label(const std::string& s) {
    sem_text(SemKind::Paragraph, s);
    draw_text(s, 0, g_app.fonts.strong);
}
void muted(const std::string& s) { text_wrapped(s, pal.muted, g_app.fonts.small); }

void bullet_text(const std::string& s, ImU32 color, ImFont* font) {
    // A small round bullet, then the text wrapped with a hanging indent.
    if (font) ImGui::PushFont(font);
    const float size = ImGui::GetFontSize();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + size * 0.35f, p.y + size * 0.55f), std::max(2.0f, size * 0.13f), color ? color : pal.muted);
    const float indent = size * 1.1f;
    ImGui::Indent(indent);
    sem_text(SemKind::Bullet, s);
    draw_text(s, color, nullptr);
    ImGui::Unindent(indent);
    if (font) ImGui::PopFont();
}

void spacer(float css) { ImGui::Dummy(ImVec2(1, px(css))); }

static void hand_cursor_if_hovered() {
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
}

bool button(const char* label, float css_width) {
    const bool pressed = ImGui::Button(label, ImVec2(css_width > 0 ? px(css_width) : 0, 0));
    sem_clipped_item(label);
    hand_cursor_if_hovered();
    return pressed;
}

bool primary_button(const char* label, float css_width) {
    ImGui::PushStyleColor(ImGuiCol_Button, pal.accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, pal.accent_hover);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, pal.accent_hover);
    ImGui::PushStyleColor(ImGuiCol_Text, pal.accent_text);
    ImGui::PushStyleColor(ImGuiCol_Border, pal.accent);
    ImGui::PushFont(g_app.fonts.strong);
    const bool pressed = button(label, css_width);
    ImGui::PopFont();
    ImGui::PopStyleColor(5);
    return pressed;
}

bool link_button(const char* label) {
    ImGui::PushStyleColor(ImGuiCol_Button, 0);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, 0);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, 0);
    ImGui::PushStyleColor(ImGuiCol_Text, pal.accent);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(px(2), px(2)));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
    ImGui::PushFont(g_app.fonts.small);
    const bool pressed = ImGui::Button(label);
    if (ImGui::IsItemHovered()) {
        // Underline on hover, like a link in the article around us.
        const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
        ImGui::GetWindowDrawList()->AddLine(ImVec2(a.x + px(2), b.y - px(2)), ImVec2(b.x - px(2), b.y - px(2)), pal.accent, std::max(1.0f, px(1)));
    }
    hand_cursor_if_hovered();
    ImGui::PopFont();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(4);
    return pressed;
}

bool toggle_button(const char* label, bool selected, float css_width) {
    if (selected) {
        ImGui::PushStyleColor(ImGuiCol_Button, pal.accent);
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, pal.accent_hover);
        ImGui::PushStyleColor(ImGuiCol_ButtonActive, pal.accent_hover);
        ImGui::PushStyleColor(ImGuiCol_Text, pal.accent_text);
        ImGui::PushStyleColor(ImGuiCol_Border, pal.accent);
    } else {
        ImGui::PushStyleColor(ImGuiCol_Button, pal.bg);
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, pal.accent_soft);
        ImGui::PushStyleColor(ImGuiCol_ButtonActive, pal.accent_soft);
        ImGui::PushStyleColor(ImGuiCol_Text, pal.text);
        ImGui::PushStyleColor(ImGuiCol_Border, pal.border);
    }
    const bool pressed = button(label, css_width);
    ImGui::PopStyleColor(5);
    item_state(selected);
    return pressed;
}

void flow_next(float next_width_px) {
    // Called after an item: keep on this line if the next one fits.
    const ImGuiStyle& st = ImGui::GetStyle();
    const float right = ImGui::GetItemRectMax().x + st.ItemSpacing.x + next_width_px;
    const float limit = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (right <= limit) ImGui::SameLine();
}

static float button_width(const char* label) {
    return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
}

bool segmented(const char* id, const char* const* options, int count, int* selected) {
    sem_role(SemKind::Radio);  // the answers to one question (item_context names it)
    ImGui::PushID(id);
    bool changed = false;
    // Equal widths in balanced rows (4 options: 4x1 or 2x2, never 3+1) look calmer than buttons
    // sized to their text.
    float text_max = px(72);
    for (int i = 0; i < count; i++) text_max = std::max(text_max, button_width(options[i]));
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const ImGuiWindow* win = ImGui::GetCurrentWindow();
    const float right = win->DC.TextWrapPos > 0 ? win->Pos.x + win->DC.TextWrapPos - win->Scroll.x
                                                : win->Pos.x + ImGui::GetWindowContentRegionMax().x;
    const float avail = right - ImGui::GetCursorScreenPos().x;
    int cols = std::max(1, std::min(count, (int)((avail + spacing) / (text_max + spacing))));
    const int rows = (count + cols - 1) / cols;
    cols = (count + rows - 1) / rows;
    const float w = std::min(std::floor((avail - spacing * (cols - 1)) / cols), std::max(text_max, px(140)));
    for (int i = 0; i < count; i++) {
        if (i % cols != 0) ImGui::SameLine();
        // "Yes##searched": the label says which question it answers (the tests find it by that).
        const std::string lbl = std::string(options[i]) + "##" + id;
        if (toggle_button(lbl.c_str(), *selected == i, w / g_app.ui_scale())) {
            *selected = i;
            changed = true;
        }
    }
    ImGui::PopID();
    sem_role(SemKind::Button);
    return changed;
}

bool choice_row(const char* id, const std::string& title, const std::string& detail, bool selected, bool strong) {
    // A full-width selectable with room for wrapped text; drawn by hand so the detail can wrap.
    ImGuiWindow* win = ImGui::GetCurrentWindow();
    const float pad = px(10);
    const float width = ImGui::GetContentRegionAvail().x;
    const float text_w = width - pad * 2 - px(28);
    ImFont* title_font = (strong || selected) ? g_app.fonts.strong : g_app.fonts.body;
    ImGui::PushFont(title_font);
    const ImVec2 title_size = ImGui::CalcTextSize(title.c_str(), nullptr, false, text_w);
    ImGui::PopFont();
    ImVec2 detail_size(0, 0);
    if (!detail.empty()) {
        ImGui::PushFont(g_app.fonts.small);
        detail_size = ImGui::CalcTextSize(detail.c_str(), nullptr, false, text_w);
        ImGui::PopFont();
    }
    const float height = pad * 2 + title_size.y + (detail.empty() ? 0 : px(3) + detail_size.y);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::PushID(id);
    // The row draws its own background: ImGui's selectable highlight spills into the item spacing.
    ImGui::PushStyleColor(ImGuiCol_Header, 0);
    ImGui::PushStyleColor(ImGuiCol_HeaderHovered, 0);
    ImGui::PushStyleColor(ImGuiCol_HeaderActive, 0);
    const bool pressed = ImGui::Selectable("##row", selected, ImGuiSelectableFlags_None, ImVec2(width, height));
    const bool hovered = ImGui::IsItemHovered();
    ImGui::PopStyleColor(3);
    // Tests find rows by their visible title.
    ImGuiContext& g = *GImGui;
    IMGUI_TEST_ENGINE_ITEM_INFO(ImGui::GetItemID(), title.c_str(), 0);
    item_state(selected);
    hand_cursor_if_hovered();
    ImGui::PopID();
    ImDrawList* dl = win->DrawList;
    const ImVec2 q(p.x + width, p.y + height);
    if (selected || hovered) dl->AddRectFilled(p, q, pal.accent_soft, px(6));
    dl->AddRect(p, q, selected ? pal.accent : pal.border, px(6), 0, selected ? px(2) : std::max(1.0f, px(1)));
    // Radio mark
    const float r = px(7);
    const ImVec2 c(p.x + pad + r, p.y + pad + title_size.y * 0.5f);
    dl->AddCircle(c, r, selected ? pal.accent : pal.muted, 20, std::max(1.0f, px(1.5f)));
    if (selected) dl->AddCircleFilled(c, r * 0.5f, pal.accent, 16);
    const float tx = p.x + pad + px(28);
    dl->AddText(title_font, title_font->FontSize, ImVec2(tx, p.y + pad), pal.text, title.c_str(), nullptr, text_w);
    if (!detail.empty())
        dl->AddText(g_app.fonts.small, g_app.fonts.small->FontSize, ImVec2(tx, p.y + pad + title_size.y + px(3)), pal.muted, detail.c_str(), nullptr, text_w);
    return pressed;
}

bool check_row(const char* id, const std::string& label, bool* value) {
    ImGuiWindow* win = ImGui::GetCurrentWindow();
    const float box = px(18), gap = px(8);
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::PushFont(g_app.fonts.small);
    const ImVec2 text_size = ImGui::CalcTextSize(label.c_str(), nullptr, false, width - box - gap);
    ImGui::PopFont();
    const float height = std::max(box, text_size.y) + px(4);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::PushID(id);
    const bool pressed = ImGui::InvisibleButton("##check", ImVec2(width, height));
    if (pressed) *value = !*value;
    ImGuiContext& g = *GImGui;  // for the macro
    IMGUI_TEST_ENGINE_ITEM_INFO(ImGui::GetItemID(), (label + "##" + id).c_str(),
                                ImGuiItemStatusFlags_Checkable | (*value ? ImGuiItemStatusFlags_Checked : 0));
    const bool hovered = ImGui::IsItemHovered();
    hand_cursor_if_hovered();
    ImGui::PopID();
    ImDrawList* dl = win->DrawList;
    const ImVec2 b0(p.x, p.y + px(2)), b1(p.x + box, p.y + px(2) + box);
    dl->AddRectFilled(b0, b1, *value ? pal.accent : pal.bg, px(4));
    dl->AddRect(b0, b1, *value || hovered ? pal.accent : pal.muted, px(4), 0, std::max(1.0f, px(1.5f)));
    if (*value) {  // a tick
        const float s = box / 18.0f;
        dl->PathLineTo(ImVec2(b0.x + 4 * s, b0.y + 9.5f * s));
        dl->PathLineTo(ImVec2(b0.x + 7.5f * s, b0.y + 13 * s));
        dl->PathLineTo(ImVec2(b0.x + 14 * s, b0.y + 5 * s));
        dl->PathStroke(pal.accent_text, 0, std::max(1.5f, 2.0f * s));
    }
    dl->AddText(g_app.fonts.small, g_app.fonts.small->FontSize, ImVec2(p.x + box + gap, p.y + px(2) + (box - g_app.fonts.small->FontSize) * 0.5f),
                pal.text, label.c_str(), nullptr, width - box - gap);
    return pressed;
}

void pill(const std::string& text, ImU32 fg, ImU32 bg) {
    ImGui::PushFont(g_app.fonts.small);
    const ImVec2 size = ImGui::CalcTextSize(text.c_str());
    const ImVec2 pad(px(8), px(2));
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + size.x + pad.x * 2, p.y + size.y + pad.y * 2), bg, size.y);
    ImGui::GetWindowDrawList()->AddText(ImVec2(p.x + pad.x, p.y + pad.y), fg, text.c_str());
    ImGui::Dummy(ImVec2(size.x + pad.x * 2, size.y + pad.y * 2));
    ImGui::PopFont();
}

void card_begin(Card& c, float css_pad) {
    c.pad = px(css_pad);
    c.splitter.Split(ImGui::GetWindowDrawList(), 2);
    c.splitter.SetCurrentChannel(ImGui::GetWindowDrawList(), 1);
    c.start = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(0, c.pad - ImGui::GetStyle().ItemSpacing.y));
    ImGui::Indent(c.pad);
    // Text inside the card wraps before the card's right padding.
    c.wrap_right = ImGui::GetWindowContentRegionMax().x - c.pad;
    ImGui::PushTextWrapPos(c.wrap_right);
    ImGui::BeginGroup();
}

void card_end(Card& c, ImU32 fill, ImU32 border) {
    ImGui::EndGroup();
    ImGui::PopTextWrapPos();
    ImGui::Unindent(c.pad);
    ImGui::Dummy(ImVec2(0, c.pad - ImGui::GetStyle().ItemSpacing.y));
    const ImVec2 end = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    c.splitter.SetCurrentChannel(dl, 0);
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    const ImVec2 a = c.start, b(right, end.y - ImGui::GetStyle().ItemSpacing.y);
    dl->AddRectFilled(a, b, fill, px(8));
    if (border) dl->AddRect(a, b, border, px(8), 0, std::max(1.0f, px(1)));
    c.splitter.Merge(dl);
}

void rule() {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    ImGui::GetWindowDrawList()->AddLine(ImVec2(p.x, p.y), ImVec2(right, p.y), pal.border, std::max(1.0f, px(1)));
    ImGui::Dummy(ImVec2(1, px(1)));
}

struct FieldLimit {
    size_t                 max_bytes;
    ImGuiInputTextCallback filter;
};

static int limit_field(ImGuiInputTextCallbackData* d) {
    const FieldLimit& lim = *(const FieldLimit*)d->UserData;
    if (d->EventFlag == ImGuiInputTextFlags_CallbackCharFilter) return lim.filter ? lim.filter(d) : 0;
    if (d->EventFlag == ImGuiInputTextFlags_CallbackEdit && (size_t)d->BufTextLen > lim.max_bytes) {
        int cut = (int)lim.max_bytes;
        while (cut > 0 && ((unsigned char)d->Buf[cut] & 0xC0) == 0x80) cut--;  // never split a character
        d->DeleteChars(cut, d->BufTextLen - cut);
    }
    return 0;
}

bool text_field(const char* id, const char* hint, std::string* text, size_t max_bytes, ImGuiInputTextFlags flags, ImGuiInputTextCallback filter) {
    FieldLimit lim{max_bytes, filter};
    flags |= ImGuiInputTextFlags_CallbackEdit;
    if (filter) flags |= ImGuiInputTextFlags_CallbackCharFilter;
    if (text->size() > max_bytes) text->resize(max_bytes);  // set from outside (a preset, a restore)
    const bool done = ImGui::InputTextWithHint(id, hint, text, flags, limit_field, &lim);
    sem_clipped_item(id);
    // The semantic layer's input shows the field's text; while it is edited, the live buffer (a
    // field that applies on Enter has not written it back yet) and the selection.
    const ImGuiContext& g = *GImGui;
    const ImGuiID field = ImGui::GetItemID();
    if (g.ActiveId == field && g.InputTextState.ID == field) {
        const ImGuiInputTextState& st = g.InputTextState;
        std::string live(static_cast<size_t>(st.CurLenW) * 4 + 1, '\0');
        live.resize(static_cast<size_t>(ImTextStrToUtf8(live.data(), static_cast<int>(live.size()), st.TextW.Data, st.TextW.Data + st.CurLenW)));
        const int a = st.GetSelectionStart(), b = st.GetSelectionEnd();
        if (a == b) sem_value(field, live, st.GetCursorPos(), st.GetCursorPos());
        else sem_value(field, live, ImMin(a, b), ImMax(a, b));
    } else {
        sem_value(field, *text);
    }
    return done;
}

}  // namespace cdw
