// Dates as a reader reads them: "Sunday, December 13, 2026 (in 8 days)". The words and their
// order come from the content's UI strings (assets/ui/dates.json), so a language is data.
#include "internal.h"

namespace cd {
namespace {

// "{weekday}, {month} {day}, {year}" with the named parts filled in; unknown names are kept.
std::string fill(const std::string& pattern, const std::vector<std::pair<const char*, std::string>>& parts) {
    std::string out;
    for (size_t i = 0; i < pattern.size();) {
        if (pattern[i] == '{') {
            size_t close = pattern.find('}', i);
            if (close != std::string::npos) {
                const std::string name = pattern.substr(i + 1, close - i - 1);
                bool done = false;
                for (const auto& [k, v] : parts)
                    if (name == k) { out += v; done = true; break; }
                if (done) { i = close + 1; continue; }
            }
        }
        out += pattern[i++];
    }
    return out;
}

}  // namespace

std::string fill_template(const std::string& pattern, const std::vector<std::pair<const char*, std::string>>& parts) { return fill(pattern, parts); }

std::string date_in_words(Date d, const std::string& lang, const Content& ct) {
    const std::string iso = to_iso(d);  // YYYY-MM-DD
    const int year = std::stoi(iso.substr(0, 4)), month = std::stoi(iso.substr(5, 2)), day = std::stoi(iso.substr(8, 2));
    return fill(ct.ui_text("date.long", lang), {{"weekday", ct.ui_text("date.weekday." + std::to_string(weekday(d)), lang)},
                                                {"month", ct.ui_text("date.month." + std::to_string(month), lang)},
                                                {"day", std::to_string(day)},
                                                {"year", std::to_string(year)}});
}

std::string days_from_today(int days, const std::string& lang, const Content& ct) {
    if (days == 0) return ct.ui_text("date.today", lang);
    if (days == 1) return ct.ui_text("date.tomorrow", lang);
    if (days == -1) return ct.ui_text("date.yesterday", lang);
    if (days > 0) return fill(ct.ui_text("date.in_days", lang), {{"n", std::to_string(days)}});
    return fill(ct.ui_text("date.days_ago", lang), {{"n", std::to_string(-days)}});
}

std::string date_for_reader(Date d, std::optional<Date> today, const std::string& lang, const Content& ct) {
    std::string s = date_in_words(d, lang, ct);
    if (today) s += " (" + days_from_today(d.days - today->days, lang, ct) + ")";
    return s;
}

}  // namespace cd
