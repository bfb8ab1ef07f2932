// Small drawing helpers on top of Dear ImGui, shared by the interview and the report. Sizes are
// given in CSS pixels and converted with px(); ImGui itself works in device pixels.
#pragma once

#include "widget.h"

#include "imgui_internal.h"
#include "semantics.h"
#include "text_layer.h"

#include <string>

namespace cdw {

// The calm palette: light by default, dark under prefers-color-scheme: dark.
struct Palette {
    ImU32 bg, panel, text, muted, border, accent, accent_hover, accent_text, accent_soft, danger, danger_soft, success, warn_soft, focus;
};
extern Palette pal;
void apply_theme(bool dark, float dpr);

inline ImVec4 col(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

// Text
void text_wrapped(const std::string& s, ImU32 color = 0, ImFont* font = nullptr);
void heading(const std::string& s);                  // section title (bold, larger)
void label(const std::string& s);                    // bold body text
void muted(const std::string& s);                    // small, secondary colour
void bullet_text(const std::string& s, ImU32 color = 0, ImFont* font = nullptr);
void spacer(float css);

// Buttons: all show a hand cursor; primary is the accent-filled "Next" style.
bool button(const char* label, float css_width = 0);
bool primary_button(const char* label, float css_width = 0);
bool link_button(const char* label);  // text-only, for "Why we ask" and "Edit"
bool toggle_button(const char* label, bool selected, float css_width = 0);

// Yes / No / Not sure style choice: returns true when the selection changed. `options` are shown
// in one row when they fit, else wrapped.
bool segmented(const char* id, const char* const* options, int count, int* selected);

// A selectable row with a title and an optional muted second line (stage, jurisdiction, offense).
// `strong`: a bold title, for short lists of real choices (stages) rather than long pick lists.
bool choice_row(const char* id, const std::string& title, const std::string& detail, bool selected, bool strong = false);

// A checkbox whose label wraps (ImGui's own does not: long Spanish labels overflow a phone).
// `id` is the ImGui id; tests and screen readers see `label`. Returns true when toggled.
bool check_row(const char* id, const std::string& label, bool* value);

// A coloured pill ("Likely", "Passed").
void pill(const std::string& text, ImU32 fg, ImU32 bg);

// Cards: a padded, rounded background behind whatever is drawn between begin and end.
struct Card {
    ImDrawListSplitter splitter;
    ImVec2             start;
    float              pad;
    float              wrap_right;
};
void card_begin(Card& c, float css_pad = 12);
void card_end(Card& c, ImU32 fill, ImU32 border = 0);

// A one-line text field that never holds more than `max_bytes` of UTF-8: typing stops there and a
// paste is cut at a character boundary. `filter` (optional) sees each typed character first, as
// with ImGuiInputTextFlags_CallbackCharFilter. Returns true when the text changed.
bool text_field(const char* id, const char* hint, std::string* text, size_t max_bytes, ImGuiInputTextFlags flags = 0,
                ImGuiInputTextCallback filter = nullptr);

// Screen readers hear what the keyboard cursor is on (the host's aria-live region): the item's
// label, the question it answers and whether it is the chosen answer. `item_context` names the
// question for the items drawn after it (until the next call; "" ends it): "Were you searched?".
// `item_state` says whether the item just drawn is selected. Both cost nothing for other items.
void item_context(const std::string& question);
void item_state(bool selected);

// Lay out the next item on the same line if `css_width` more still fits, else on a new line.
void flow_next(float next_width_px);

// Horizontal rule in the border colour.
void rule();

}  // namespace cdw
