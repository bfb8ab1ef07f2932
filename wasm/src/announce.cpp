// What screen readers hear: the item under the keyboard cursor, with the question it answers and
// whether it is chosen, through the host's aria-live region; messages (a step change, a language
// switch) outrank it. ImGui's item hook (IMGUI_ENABLE_TEST_ENGINE) reports each item laid out:
// the Tab order, the focused item and the test hook's item list come from it.
#include "platform.h"
#include "semantics.h"

#include <cstring>

namespace cdw {

// A message ("Language: Spanish", "Step 3 of 9") outranks reading out the focused item: while the
// keyboard cursor stays on the item that caused it, the item is not read again (its label may
// change with the language); moving on reads the next item as usual.
bool    g_message_hold = false;
ImGuiID g_message_item = 0;
void js_alert(const std::string& text) { cd_js_alert(text.c_str()); }
void js_leave_widget() { cd_js_leave(); }

void js_announce(const std::string& text) {
    g_message_hold = true;
    g_message_item = GImGui ? GImGui->NavId : 0;
    cd_js_announce(text.c_str());
}

// ---------------------------------------------------------------------------------------------
// Screen readers: the item under the keyboard cursor is read out through the host's aria-live
// region, with the question it answers and its state. ImGui reports each item it lays out (the
// hook below); the focused one is kept for the end of the frame.
// ---------------------------------------------------------------------------------------------
void item_context(const std::string& question) { P.item_context = question; }

void item_state(bool selected) {
    sem_state(ImGui::GetItemID(), selected);
    if (P.speak_id != 0 && ImGui::GetItemID() == P.speak_id) P.speak_state = selected ? 1 : 0;
}

// What a label is called when read out: the arrows and marks that only decorate it on screen
// ("▸ Browse all charges", "Next →", "✓ Done") are not read; a lone "−" or "+" is "Fewer" or "More".
std::string spoken_name(std::string_view label) {
    static const char* const decorations[] = {"\xE2\x96\xB8", "\xE2\x96\xBE", "\xE2\x96\xB4", "\xE2\x97\x82", "\xE2\x86\x92",
                                              "\xE2\x86\x90", "\xE2\x9C\x93", "\xE2\x80\xA2"};
    std::string s(label);
    for (const char* d : decorations)
        for (size_t at = s.find(d); at != std::string::npos; at = s.find(d)) s.erase(at, std::strlen(d));
    const size_t a = s.find_first_not_of(' '), b = s.find_last_not_of(' ');
    s = a == std::string::npos ? "" : s.substr(a, b - a + 1);
    if (s == "\xE2\x88\x92") return T("widget.aria.fewer");
    if (s == "+") return T("widget.aria.more");
    return s;
}

void note_focused_item(ImGuiID id, const char* label, int status) {
    P.speak_id = id;
    const char* end = label ? ImGui::FindRenderedTextEnd(label) : nullptr;  // "Yes##searched" -> "Yes"
    P.speak_label = spoken_name(std::string_view(label ? label : "", label ? static_cast<size_t>(end - label) : 0));
    P.speak_context = P.item_context;
    P.speak_state = (status & ImGuiItemStatusFlags_Checkable) ? ((status & ImGuiItemStatusFlags_Checked) ? 1 : 0) : -1;
}

void speak_focused_item() {
    const ImGuiContext& g = *GImGui;
    if (g.NavDisableHighlight) P.spoken.clear();  // back to the mouse: the next Tab speaks again
    if (!P.focused || g.NavDisableHighlight || P.speak_id == 0) return;
    std::string text = P.speak_context;
    if (!P.speak_label.empty() && P.speak_label != text) text = (text.empty() ? "" : cd::lead_in(text) + " ") + P.speak_label;
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
    cdw::sem_item(id, label, status, in_flags, r);
    if (!cdw::P.record_items || !label) return;
    const ImRect clip = ctx->CurrentWindow ? ctx->CurrentWindow->ClipRect : r;
    // "visible": its centre is inside its pane, so a click there lands on it (an item half under
    // the bar at the bottom of the pane is not: the click would hit the bar).
    const bool visible = clip.Contains(r.GetCenter());
    // "focused": the keyboard-navigation cursor is on it (shown only while the canvas has focus).
    const bool focused = id != 0 && id == ctx->NavId && !ctx->NavDisableHighlight && cdw::P.focused;
    cdw::P.items.push_back({id, label, r, visible, focused, id != 0 && id == ctx->ActiveId});
}
void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}
const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }

namespace cdw {

}  // namespace cdw
