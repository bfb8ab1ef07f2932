// Dates written for people: weekday, month name and distance, in English and Spanish.
#include "test_support.h"

using cdtest::date;

TEST_CASE("weekdays are right across years, leap days and the epoch") {
    CHECK(cd::weekday(date("1970-01-01")) == 4);  // Thursday
    CHECK(cd::weekday(date("1969-12-31")) == 3);  // before the epoch too
    CHECK(cd::weekday(date("2026-12-13")) == 0);  // Sunday
    CHECK(cd::weekday(date("2024-02-29")) == 4);
    CHECK(cd::weekday(date("2000-01-01")) == 6);
    CHECK(cd::weekday(date("1900-01-01")) == 1);
}

TEST_CASE("a date in words, English and Spanish") {
    CHECK(cd::date_in_words(date("2026-12-13"), "en") == "Sunday, December 13, 2026");
    CHECK(cd::date_in_words(date("2026-12-13"), "es") == "domingo, 13 de diciembre de 2026");
    CHECK(cd::date_in_words(date("2026-10-01"), "en") == "Thursday, October 1, 2026");
    CHECK(cd::date_in_words(date("2026-10-01"), "es") == "jueves, 1 de octubre de 2026");
    CHECK(cd::date_in_words(date("2027-03-03"), "es") == "miércoles, 3 de marzo de 2027");
    // Every month and weekday has its own word in both languages (no key shows through).
    for (int m = 1; m <= 12; ++m) {
        char iso[11];
        std::snprintf(iso, sizeof iso, "2026-%02d-15", m);
        for (const char* lang : {"en", "es"}) {
            std::string s = cd::date_in_words(date(iso), lang);
            CHECK(s.find("date.") == std::string::npos);
            CHECK(s.find("15") != std::string::npos);
        }
    }
}

TEST_CASE("distance from today: today, tomorrow, yesterday, in N days, N days ago") {
    CHECK(cd::days_from_today(0, "en") == "today");
    CHECK(cd::days_from_today(1, "en") == "tomorrow");
    CHECK(cd::days_from_today(-1, "en") == "yesterday");
    CHECK(cd::days_from_today(8, "en") == "in 8 days");
    CHECK(cd::days_from_today(-76, "en") == "76 days ago");
    CHECK(cd::days_from_today(0, "es") == "hoy");
    CHECK(cd::days_from_today(1, "es") == "mañana");
    CHECK(cd::days_from_today(-1, "es") == "ayer");
    CHECK(cd::days_from_today(8, "es") == "en 8 días");
    CHECK(cd::days_from_today(-76, "es") == "hace 76 días");
}

TEST_CASE("a date for a reader carries its distance only when today is known") {
    CHECK(cd::date_for_reader(date("2026-12-13"), date("2026-12-05"), "en") == "Sunday, December 13, 2026 (in 8 days)");
    CHECK(cd::date_for_reader(date("2026-12-13"), date("2026-12-05"), "es") == "domingo, 13 de diciembre de 2026 (en 8 días)");
    CHECK(cd::date_for_reader(date("2026-12-05"), date("2026-12-05"), "en") == "Saturday, December 5, 2026 (today)");
    CHECK(cd::date_for_reader(date("2026-12-13"), std::nullopt, "en") == "Sunday, December 13, 2026");
}
