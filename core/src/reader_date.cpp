// Dates as readers type them: "10/01/2026", "10/1/26", "Oct 1 2026", "October 1, 2026",
// "1 de octubre de 2026", "2026-10-01", "20261001". English puts the month first, Spanish the day,
// unless only one reading is a real date ("13/10/2026" is the 13th in either language). A date
// that cannot be read gets the reason, in the reader's language, from the content's UI strings.
#include "internal.h"

#include <cctype>

namespace cd {
namespace {

struct MonthName {
    const char* name;
    int         month;
};
// English and Spanish month names and their usual short forms, lower case, without accents.
const MonthName kMonths[] = {
    {"january", 1}, {"jan", 1}, {"enero", 1}, {"ene", 1},
    {"february", 2}, {"feb", 2}, {"febrero", 2},
    {"march", 3}, {"mar", 3}, {"marzo", 3},
    {"april", 4}, {"apr", 4}, {"abril", 4}, {"abr", 4},
    {"may", 5}, {"mayo", 5},
    {"june", 6}, {"jun", 6}, {"junio", 6},
    {"july", 7}, {"jul", 7}, {"julio", 7},
    {"august", 8}, {"aug", 8}, {"agosto", 8}, {"ago", 8},
    {"september", 9}, {"sept", 9}, {"sep", 9}, {"septiembre", 9}, {"setiembre", 9}, {"set", 9},
    {"october", 10}, {"oct", 10}, {"octubre", 10},
    {"november", 11}, {"nov", 11}, {"noviembre", 11},
    {"december", 12}, {"dec", 12}, {"diciembre", 12}, {"dic", 12},
};
// Words a date may carry that say nothing: weekdays, "de", "of", "the", ordinal endings.
const char* const kFiller[] = {"de", "del", "of", "the", "el", "on",
                               "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                               "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
                               "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo"};

// Lower case, with the accented letters of Spanish dates folded (miércoles, sábado).
std::string fold(std::string_view s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == 0xC3 && i + 1 < s.size()) {
            unsigned char n = static_cast<unsigned char>(s[i + 1]);
            const char* map = nullptr;
            switch (n) {
                case 0xA1: case 0x81: map = "a"; break;
                case 0xA9: case 0x89: map = "e"; break;
                case 0xAD: case 0x8D: map = "i"; break;
                case 0xB3: case 0x93: map = "o"; break;
                case 0xBA: case 0x9A: case 0xBC: case 0x9C: map = "u"; break;
                case 0xB1: case 0x91: map = "n"; break;
            }
            if (map) { out += map; ++i; continue; }
        }
        out += static_cast<char>(std::tolower(c));
    }
    return out;
}

struct Token {
    bool        number;
    std::string text;
};

std::vector<Token> tokens(std::string_view raw) {
    const std::string s = fold(raw);
    std::vector<Token> out;
    for (size_t i = 0; i < s.size();) {
        if (std::isdigit(static_cast<unsigned char>(s[i]))) {
            size_t j = i;
            while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
            out.push_back({true, s.substr(i, j - i)});
            // "1st", "2nd", "3rd", "4th", "1o": an ordinal ending belongs to the number
            size_t k = j;
            while (k < s.size() && std::isalpha(static_cast<unsigned char>(s[k]))) ++k;
            const std::string tail = s.substr(j, k - j);
            if (tail == "st" || tail == "nd" || tail == "rd" || tail == "th" || tail == "o") j = k;
            i = j;
        } else if (std::isalpha(static_cast<unsigned char>(s[i]))) {
            size_t j = i;
            while (j < s.size() && std::isalpha(static_cast<unsigned char>(s[j]))) ++j;
            out.push_back({false, s.substr(i, j - i)});
            i = j;
        } else {
            ++i;  // spaces, slashes, dashes, dots, commas, the degree sign of "1º"
        }
    }
    return out;
}

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
int  month_days(int y, int m) {
    static const int k[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : k[m - 1];
}
bool real(int y, int m, int d) { return m >= 1 && m <= 12 && d >= 1 && d <= month_days(y, m); }

}  // namespace

ReaderDate parse_reader_date(std::string_view text, const std::string& lang, const Content& ct) {
    ReaderDate out;
    auto fail = [&](const char* key, std::vector<std::pair<const char*, std::string>> parts = {}) {
        out.problem_key = key;
        out.problem = fill_template(ct.ui_text(key, lang), parts);
        return out;
    };
    std::vector<Token> all = tokens(text), toks;
    int month_name = 0;
    for (const Token& t : all) {
        if (t.number) { toks.push_back(t); continue; }
        bool filler = false;
        for (const char* f : kFiller) filler = filler || t.text == f;
        if (filler) continue;
        int m = 0;
        for (const MonthName& mn : kMonths)
            if (t.text == mn.name) m = mn.month;
        if (m == 0 || month_name != 0) return fail("date.error.unreadable");
        month_name = m;
    }
    if (toks.empty() && month_name == 0) return fail("date.error.unreadable");
    auto num = [](const Token& t) { return t.text.size() > 4 ? 99999 : std::stoi(t.text); };
    auto year_of = [&](const Token& t) {  // "26" is 2026, "98" is 1998; four digits as they are
        int y = num(t);
        if (t.text.size() <= 2) y += y < 70 ? 2000 : 1900;
        return t.text.size() == 3 ? -1 : y;
    };
    int y = 0, m = 0, d = 0;
    if (month_name) {
        // "October 1, 2026", "1 de octubre de 2026", "Oct 1 26": the day is the 1-2 digit number
        // that comes first; the year is the other.
        m = month_name;
        if (toks.size() < 2) return fail(toks.empty() || toks[0].text.size() >= 3 ? "date.error.no_day" : "date.error.no_year");
        if (toks.size() > 2) return fail("date.error.unreadable");
        const Token* day = nullptr;
        const Token* year = nullptr;
        if (toks[0].text.size() <= 2 && toks[1].text.size() != 1) { day = &toks[0]; year = &toks[1]; }
        else if (toks[1].text.size() <= 2 && toks[0].text.size() == 4) { day = &toks[1]; year = &toks[0]; }
        else return fail("date.error.unreadable");
        d = num(*day);
        y = year_of(*year);
    } else if (toks.size() == 1 && toks[0].text.size() == 8) {
        // "20261001": the phone keypad's shortcut
        y = std::stoi(toks[0].text.substr(0, 4));
        m = std::stoi(toks[0].text.substr(4, 2));
        d = std::stoi(toks[0].text.substr(6, 2));
    } else if (toks.size() == 3 && toks[0].text.size() == 4) {
        y = num(toks[0]);  // 2026-10-01, 2026/10/01
        m = num(toks[1]);
        d = num(toks[2]);
    } else if (toks.size() == 3 && toks[0].text.size() <= 2 && toks[1].text.size() <= 2 && (toks[2].text.size() == 2 || toks[2].text.size() == 4)) {
        y = year_of(toks[2]);
        const int a = num(toks[0]), b = num(toks[1]);
        const bool day_first = lang == "es";
        m = day_first ? b : a;
        d = day_first ? a : b;
        // Only one reading is a real date (13/10/2026): take it, whatever the language's order.
        if (!real(y, m, d) && real(y, d, m)) std::swap(m, d);
    } else if (toks.size() == 2 && toks[0].text.size() <= 2 && toks[1].text.size() <= 2) {
        return fail("date.error.no_year");
    } else {
        return fail("date.error.unreadable");
    }
    if (y < 1900 || y > 2200) return fail("date.error.year");
    if (m < 1 || m > 12) return fail("date.error.month", {{"n", std::to_string(m)}});
    if (d < 1 || d > month_days(y, m))
        return fail("date.error.day", {{"month", ct.ui_text("date.month." + std::to_string(m), lang)},
                                       {"year", std::to_string(y)},
                                       {"n", std::to_string(month_days(y, m))}});
    char iso[11];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", y, m, d);
    out.date = parse_iso_date(iso);
    return out;
}

}  // namespace cd
