// Calendar math on day numbers (days since 1970-01-01), using Howard Hinnant's civil-date
// algorithms: exact for the proleptic Gregorian calendar, identical natively and in wasm.
#include "case_decoder/case_decoder.h"

#include <cstdio>

namespace cd {
namespace {

int32_t days_from_civil(int y, unsigned m, unsigned d) {
    y -= m <= 2;
    const int      era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int>(doe) - 719468;
}

void civil_from_days(int32_t z, int& y, unsigned& m, unsigned& d) {
    z += 719468;
    const int      era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp  = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = static_cast<int>(yoe) + era * 400 + (m <= 2);
}

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

unsigned days_in_month(int y, unsigned m) {
    static const unsigned k[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : k[m - 1];
}

}  // namespace

std::optional<Date> parse_iso_date(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    int v[3] = {0, 0, 0};
    const int start[3] = {0, 5, 8}, len[3] = {4, 2, 2};
    for (int part = 0; part < 3; ++part)
        for (int i = 0; i < len[part]; ++i) {
            char c = s[start[part] + i];
            if (c < '0' || c > '9') return std::nullopt;
            v[part] = v[part] * 10 + (c - '0');
        }
    if (v[0] < 1900 || v[0] > 2200 || v[1] < 1 || v[1] > 12) return std::nullopt;
    if (v[2] < 1 || static_cast<unsigned>(v[2]) > days_in_month(v[0], v[1])) return std::nullopt;
    return Date{days_from_civil(v[0], v[1], v[2])};
}

std::string to_iso(Date date) {
    int y; unsigned m, d;
    civil_from_days(date.days, y, m, d);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, d);
    return buf;
}

Date add_days(Date d, int n) { return Date{d.days + n}; }

Date add_months(Date date, int n) {
    int y; unsigned m, d;
    civil_from_days(date.days, y, m, d);
    int total = y * 12 + static_cast<int>(m) - 1 + n;
    int ny = total / 12;
    unsigned nm = static_cast<unsigned>(total % 12) + 1;
    unsigned nd = d > days_in_month(ny, nm) ? days_in_month(ny, nm) : d;
    return Date{days_from_civil(ny, nm, nd)};
}

}  // namespace cd

namespace cd {
int weekday(Date d) {
    // 1970-01-01 was a Thursday (4).
    const int w = (d.days % 7 + 7 + 4) % 7;
    return w;
}
}  // namespace cd
