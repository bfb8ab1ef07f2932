// The semantic layer: what assistive technology sees of the interview. Each frame records the
// text the interview draws (headings, paragraphs, list items) and every control ImGui lays out
// (from its item hook) with its role, its name as read out, the question it answers and its
// state. After the frame the list goes to the host (cd_js_semantics) only when it changed; the
// host keeps it as real DOM (role, accessible name, aria-checked / aria-pressed / aria-disabled /
// aria-invalid) in the widget's shadow root, so a screen reader's browse mode and the browser's
// accessibility tree see a form, and a click on a control there (a screen reader's "activate", voice
// control's "click Next") presses the control on the canvas.
//
// The report's text is not recorded here: the host's report mirror (the report's HTML) carries it.
#pragma once

#include "imgui.h"
#include "imgui_internal.h"

#include <string>

namespace cdw {

enum class SemKind : unsigned char { Heading, Paragraph, Bullet, Region, RegionEnd, Button, Radio, Checkbox, TextBox, Tab, Progress };

// The next controls' role, when the item hook cannot tell it: segmented answers are radios, the
// phone's two views are tabs. Cleared by sem_role(SemKind::Button).
void sem_role(SemKind role);
// Text the interview draws (ui_kit's text functions call it). Off while the report is drawn.
void sem_text(SemKind kind, const std::string& text);
void sem_text_on(bool on);
// A landmark around what follows ("Your case"); sem_region_end closes it.
void sem_region(const std::string& name);
void sem_region_end();
// From ImGui's item hook: a control laid out this frame.
void sem_item(ImGuiID id, const char* label, int status_flags, int item_flags, const ImRect& rect);
// The control just drawn was scrolled out of its pane, so ImGui skipped it (and its item hook):
// it still joins the layer, in order, not placed (ui_kit's controls call this after drawing).
void sem_clipped_item(const char* label, int status = 0);
// The control just drawn is chosen (a radio, a pressed toggle) or not (ui_kit's item_state).
void sem_state(ImGuiID id, bool selected);
// The control just drawn is invalid: `why` is read as its description (a date that is not a date).
void sem_invalid(ImGuiID id, const std::string& why);
// The text field just drawn holds `value` (what the text agent shows and a screen reader reads);
// while it is edited, also its selection in UTF-16 units (the caret when start == end).
void sem_value(ImGuiID id, const std::string& value, int sel_start = -1, int sel_end = -1);
void sem_frame_begin();
void sem_frame_end();  // send to the host if changed
// A click on the control with this id, as if the pointer clicked its middle (the host's semantic
// layer was activated). False when no such control was drawn in the last frame.
bool sem_activate(ImGuiID id);
// The host's semantic layer gave this control focus (a screen reader moved to it): the keyboard
// cursor goes there, scrolled into view, as if Tab had reached it. False when it was not drawn.
bool sem_focus(ImGuiID id);
// Tab order, as for radio buttons on a web page: a question's answers are one Tab stop (the chosen
// answer, else the first); the arrow keys move between them. sem_group_stop gives the stop that
// stands for a radio (itself if it is one; the id itself for anything that is not a radio).
ImGuiID sem_group_stop(ImGuiID id);
// The interview's current step as one text to read aloud (last frame's nodes): its title, text,
// each question with its answers; not the buttons.
std::string sem_step_speech();

}  // namespace cdw
