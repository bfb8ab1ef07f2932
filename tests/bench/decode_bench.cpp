// Start-up and decode timing, printed as median, p90 and max in microseconds. Used by
// scripts/bench.sh on the native and the wasm build.
//   decode_bench FILE... [--runs N] [--load-runs M]
// First line: loading the bundled content the way bundled_content() does (the widget's start-up
// path), M times (default 20), with the first (cold) load shown too. Then one line per case file:
// parse it and build its report, N times (default 2000).
#include "case_decoder/case_decoder.h"
#include "case_decoder/content.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    std::vector<std::string> files;
    int runs = 2000, load_runs = 20;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--runs" && i + 1 < argc) runs = std::max(1, std::atoi(argv[++i]));
        else if (a == "--load-runs" && i + 1 < argc) load_runs = std::max(1, std::atoi(argv[++i]));
        else files.push_back(a);
    }
    if (files.empty()) { std::fprintf(stderr, "usage: decode_bench FILE... [--runs N] [--load-runs M]\n"); return 2; }

    // Content loading: the JSON bundle, as the CLI's bundled_content() does it on first use, and the
    // widget's content image (lean, Spanish held out, as the widget build writes it). The first run
    // is the cold one paid once: fresh memory, cold caches and, under node, compiling the code as it
    // runs.
    const std::string image = cd::write_content_image(cd::bundled_content(), "es", true).image;
    for (const char* what : {"bundled_content_load (JSON)", "content_image_load (widget)"}) {
        const bool from_image = what[0] == 'c';
        std::vector<double> us;
        double first = 0;
        size_t sink = 0;
        for (int r = 0; r < load_runs; ++r) {
            auto t0 = std::chrono::steady_clock::now();
            cd::ContentResult loaded = from_image ? cd::read_content_image(image) : cd::load_bundled_content();
            auto t1 = std::chrono::steady_clock::now();
            if (!loaded.content) { std::fprintf(stderr, "bundled content: %s\n", loaded.error.c_str()); return 2; }
            sink += loaded.content->questions.size();
            double t = std::chrono::duration<double, std::micro>(t1 - t0).count();
            if (r == 0) first = t;
            us.push_back(t);
        }
        std::sort(us.begin(), us.end());
        std::printf("%-44s median %7.0f us   p90 %7.0f us   max %8.0f us   (%d runs, first %.0f us, %zu questions)\n", what,
                    us[us.size() / 2], us[us.size() * 9 / 10], us.back(), load_runs, first, sink / static_cast<size_t>(load_runs));
    }
    const cd::Content& content = cd::bundled_content();  // parsed once, as in the widget
    for (const auto& f : files) {
        std::ifstream in(f, std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        std::string text = ss.str();
        std::vector<double> us;
        size_t sink = 0;
        for (int r = 0; r < runs; ++r) {
            auto t0 = std::chrono::steady_clock::now();
            cd::CaseFileResult c = cd::parse_case_file(text, content);
            if (!c.ok) { std::fprintf(stderr, "%s: %s\n", f.c_str(), c.error.c_str()); return 2; }
            cd::Report rep = cd::build_report(c.case_file, content);
            sink += rep.questions.size();
            auto t1 = std::chrono::steady_clock::now();
            us.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
        }
        std::sort(us.begin(), us.end());
        std::string name = f.substr(f.find_last_of('/') + 1);
        std::printf("%-44s median %7.1f us   p90 %7.1f us   max %8.1f us   (%d runs, %zu questions)\n", name.c_str(), us[us.size() / 2],
                    us[us.size() * 9 / 10], us.back(), runs, sink / static_cast<size_t>(runs));
    }
    return 0;
}
