// The semantic layer (semantics.h): a list of nodes per frame, sent to the host when it changes.
#include "semantics.h"

#include "platform.h"

#include <nlohmann/json.hpp>

#include <cfloat>
#include <cmath>
#include <cstring>

extern "C" void cd_js_semantics(const char* json);  // library_case_decoder.js

namespace cdw {
namespace {

struct SemNode {
    SemKind     kind = SemKind::Paragraph;
    std::string name, group, invalid, value;
    bool        search = false;  // a text field that searches (the phone's keyboard shows a search key)
    int         sel_start = -1, sel_end = -1;  // the field being edited: its selection
    ImGuiID     id = 0;
    int         on = -1;  // -1: no state; 0/1: aria-checked, aria-pressed or aria-selected
    bool        disabled = false;
    ImRect      rect;
    // Inside its pane's visible area (its centre): placed over its item and clickable there.
    // Outside (scrolled out of its pane), it is still in the layer, in order, for a screen reader's
    // browse mode; activating it first scrolls it into view.
    bool         shown = true;
    ImGuiWindow* window = nullptr;
};

struct Semantics {
    std::vector<SemNode> nodes, last;  // this frame's, and the last frame's (for activation)
    ImGuiID              pending = 0;  // activated while scrolled out of view: click once it shows
    int                  pending_frames = 0;
    SemKind              role = SemKind::Button;
    bool                 text_on = true;
    std::string          sent = "[]";
} S;

SemNode* find(std::vector<SemNode>& list, ImGuiID id) {
    for (auto it = list.rbegin(); it != list.rend(); ++it)
        if (it->id == id && it->kind != SemKind::Heading && it->kind != SemKind::Paragraph && it->kind != SemKind::Bullet) return &*it;
    return nullptr;
}

const char* kind_name(SemKind k) {
    switch (k) {
        case SemKind::Heading: return "h";
        case SemKind::Paragraph: return "p";
        case SemKind::Bullet: return "li";
        case SemKind::Region: return "region";
        case SemKind::RegionEnd: return "end";
        case SemKind::Button: return "button";
        case SemKind::Radio: return "radio";
        case SemKind::Checkbox: return "checkbox";
        case SemKind::TextBox: return "textbox";
        case SemKind::Tab: return "tab";
        case SemKind::Progress: return "progress";
    }
    return "p";
}

}  // namespace

void sem_role(SemKind role) { S.role = role; }
void sem_text_on(bool on) { S.text_on = on; }

void sem_text(SemKind kind, const std::string& text) {
    if (!S.text_on || text.empty()) return;
    SemNode n;
    n.kind = kind;
    n.name = spoken_name(text);
    S.nodes.push_back(std::move(n));
}

void sem_region(const std::string& name) {
    SemNode n;
    n.kind = SemKind::Region;
    n.name = name;
    S.nodes.push_back(std::move(n));
}
void sem_region_end() {
    SemNode n;
    n.kind = SemKind::RegionEnd;
    S.nodes.push_back(std::move(n));
}

void sem_item(ImGuiID id, const char* label, int status, int item_flags, const ImRect& rect) {
    if (id == 0 || !label) return;
    const char* end = ImGui::FindRenderedTextEnd(label);
    std::string name = spoken_name(std::string_view(label, static_cast<size_t>(end - label)));
    SemKind kind = S.role;
    if (item_flags & ImGuiItemFlags_Inputable) kind = SemKind::TextBox;
    else if (status & ImGuiItemStatusFlags_Checkable) kind = SemKind::Checkbox;
    // A text field is named by its question; an answer belongs to its question's group.
    std::string group = P.item_context;
    const bool search = kind == SemKind::TextBox && std::strstr(label, "_search") != nullptr;  // ##charge_search, ##where_search
    if (kind == SemKind::TextBox && !group.empty()) { name = group; group.clear(); }
    if (name.empty()) name = group;
    if (name.empty()) return;  // a drawing aid ("##progress"): Back and Next serve it
    // One item may be reported twice (a row reports "##row", then its title): the last one names it.
    if (SemNode* same = find(S.nodes, id)) {
        if (!name.empty()) same->name = name;
        return;
    }
    SemNode n;
    n.kind = kind;
    n.name = name;
    if (kind == SemKind::Radio) n.group = group;
    n.id = id;
    n.search = search;
    n.disabled = (item_flags & ImGuiItemFlags_Disabled) != 0;
    if (kind == SemKind::Checkbox) n.on = (status & ImGuiItemStatusFlags_Checked) ? 1 : 0;
    n.rect = rect;
    n.window = GImGui->CurrentWindow;
    n.shown = n.window && n.window->ClipRect.Contains(rect.GetCenter());
    S.nodes.push_back(std::move(n));
}

void sem_clipped_item(const char* label, int status) {
    const ImGuiContext& g = *GImGui;
    ImGuiWindow* w = g.CurrentWindow;
    // (A window that skips its items never laid this one out: LastItemData is another item's.)
    if (!w || w->SkipItems || g.LastItemData.ID != ImGui::GetID(label) || ImGui::IsItemVisible()) return;
    sem_item(g.LastItemData.ID, label, status, g.LastItemData.InFlags, g.LastItemData.Rect);
}

void sem_state(ImGuiID id, bool selected) {
    if (SemNode* n = find(S.nodes, id)) n->on = selected ? 1 : 0;
}

void sem_invalid(ImGuiID id, const std::string& why) {
    if (SemNode* n = find(S.nodes, id)) n->invalid = why;
}

void sem_value(ImGuiID id, const std::string& value, int sel_start, int sel_end) {
    if (SemNode* n = find(S.nodes, id); n && n->kind == SemKind::TextBox) {
        n->value = value;
        n->sel_start = sel_start;
        n->sel_end = sel_end;
    }
}

void sem_frame_begin() {
    S.nodes.clear();
    S.role = SemKind::Button;
    S.text_on = true;
}

void sem_frame_end() {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& n : S.nodes) {
        nlohmann::json j = {{"k", kind_name(n.kind)}, {"t", n.name}};
        if (n.id) j["id"] = n.id;
        if (!n.group.empty()) j["g"] = n.group;
        if (n.on >= 0) j["on"] = n.on == 1;
        if (n.disabled) j["off"] = true;
        if (!n.invalid.empty()) j["bad"] = n.invalid;
        if (n.kind == SemKind::TextBox) j["v"] = n.value;
        if (n.search) j["search"] = true;
        if (n.sel_start >= 0) j["s"] = {n.sel_start, n.sel_end};
        if (n.id && n.shown && n.rect.GetWidth() > 0) {  // where it is drawn, in CSS px from the canvas's corner
            const float d = g_app.dpr > 0 ? g_app.dpr : 1.0f;
            j["r"] = {std::round(n.rect.Min.x / d), std::round(n.rect.Min.y / d), std::round(n.rect.GetWidth() / d), std::round(n.rect.GetHeight() / d)};
        }
        list.push_back(std::move(j));
    }
    S.last.swap(S.nodes);
    // A control activated while out of view, scrolled into view since: now the click.
    if (S.pending) {
        const SemNode* n = find(S.last, S.pending);
        if (n && n->shown) {
            const ImGuiID id = S.pending;
            S.pending = 0;
            if (n->kind != SemKind::TextBox) sem_activate(id);  // (a field is already being edited)
        } else if (--S.pending_frames <= 0) {
            S.pending = 0;
        } else {
            request_frames(2);
        }
    }
    std::string json = list.dump();
    if (json == S.sent) return;
    S.sent = std::move(json);
    cd_js_semantics(S.sent.c_str());
}

ImGuiID sem_group_stop(ImGuiID id) {
    const auto& v = S.last;
    size_t at = v.size();
    for (size_t i = 0; i < v.size(); i++)
        if (v[i].id == id && v[i].kind == SemKind::Radio) { at = i; break; }
    if (at == v.size()) return id;
    size_t a = at, b = at;
    while (a > 0 && v[a - 1].kind == SemKind::Radio && v[a - 1].group == v[at].group) --a;
    while (b + 1 < v.size() && v[b + 1].kind == SemKind::Radio && v[b + 1].group == v[at].group) ++b;
    for (size_t i = a; i <= b; i++)
        if (v[i].on == 1) return v[i].id;
    return v[a].id;
}

std::string sem_step_speech() {
    std::string out, group;
    int depth = 0;
    for (const auto& n : S.last) {
        if (n.kind == SemKind::Region) { ++depth; continue; }
        if (n.kind == SemKind::RegionEnd) { --depth; if (depth == 0 && !out.empty()) break; continue; }
        if (depth == 0) continue;
        std::string line;
        switch (n.kind) {
            case SemKind::Heading: case SemKind::Paragraph: case SemKind::Bullet: line = n.name; break;
            case SemKind::Radio:
                if (n.group != group) { group = n.group; if (!group.empty()) out += group + "\n"; }
                line = n.name;
                break;
            case SemKind::TextBox: case SemKind::Checkbox: line = n.name; break;
            default: break;
        }
        if (n.kind != SemKind::Radio) group.clear();
        if (!line.empty()) out += line + "\n";
    }
    return out;
}

bool sem_focus(ImGuiID id) {
    const SemNode* n = find(S.last, id);
    if (!n || !n->window) return false;
    InputEvent e{InputEvent::NavTo};
    e.nav = NavItem{n->id, n->window, n->rect, n->kind == SemKind::TextBox};
    push(e);
    request_frames(2);
    return true;
}

bool sem_activate(ImGuiID id) {
    const SemNode* n = find(S.last, id);
    if (!n || n->disabled || n->rect.GetWidth() <= 0) return false;
    if (!n->shown) {
        // Scrolled out of its pane: bring it into view with the keyboard cursor on it (a text
        // field starts editing), and click it once it is drawn there.
        if (!sem_focus(id)) return false;
        S.pending = id;
        S.pending_frames = 8;
        return true;
    }
    const ImVec2 c = n->rect.GetCenter();
    InputEvent e{InputEvent::MouseMove};
    e.x = c.x;
    e.y = c.y;
    push(e);
    e.kind = InputEvent::MouseButton;
    e.code = 0;
    e.down = true;
    push(e);
    e.down = false;
    push(e);
    InputEvent away{InputEvent::MouseMove};  // no hover left behind
    away.x = away.y = -FLT_MAX;
    push(away);
    return true;
}

}  // namespace cdw
