// The text layer, after PDF.js's: every line of text the widget draws through ui_kit is also sent
// to the host as a transparent DOM text run at the same place, size and width over the canvas.
// The lines of one wrapped paragraph are marked as one, so the host keeps them one run of text
// (a find matches across the line break). Selecting with the mouse selects real text (the selection shows over the canvas), copying
// copies it, and the browser's find lights up matches on the canvas. Only lines inside their
// window's visible area are sent, and only when something moved or changed (idle: nothing).
#pragma once

#include "imgui.h"

namespace cdw {

// The text about to be drawn at the cursor, with the current font and wrap position: its lines
// as ImGui will lay them out.
void text_layer_lines(const char* text, const char* end);
void text_layer_frame_begin();
void text_layer_frame_end();  // send to the host if changed

}  // namespace cdw
