// Dear ImGui build configuration for the widget (IMGUI_USER_CONFIG). Why each line:
#pragma once
#define IMGUI_DISABLE_OBSOLETE_FUNCTIONS     // keep to the current API
#define IMGUI_DISABLE_OBSOLETE_KEYIO         // (no-op in 1.86, harmless later)
#define IMGUI_DISABLE_FILE_FUNCTIONS         // no imgui.ini, no file I/O: ImGui itself stores nothing
#define IMGUI_DISABLE_DEMO_WINDOWS           // size
#define IMGUI_DISABLE_METRICS_WINDOW         // size
#define IMGUI_DISABLE_WIN32_FUNCTIONS
#define IMGUI_ENABLE_TEST_ENGINE             // item label + rectangle hooks, used by the browser tests to find buttons
