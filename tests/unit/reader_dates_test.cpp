// Dates as readers type them (parse_reader_date): every accepted form, month-first English and
// day-first Spanish, and a reason for each date that cannot be read.
#include "test_support.h"

namespace {
std::string iso(const char* text, const char* lang = "en") {
    cd::ReaderDate d = cd::parse_reader_date(text, lang);
    INFO(text << " (" << lang << "): " << d.problem);
    return d.date ? cd::to_iso(*d.date) : "";
}
std::string why(const char* text, const char* lang = "en") {
    cd::ReaderDate d = cd::parse_reader_date(text, lang);
    CHECK_FALSE(d.date.has_value());
    return d.problem;
}
}  // namespace

TEST_CASE("the forms readers type, in English") {
    for (const char* t : {"10/01/2026", "10/1/26", "10/1/2026", "10-01-2026", "10.01.2026", "Oct 1 2026", "Oct. 1, 2026", "October 1, 2026",
                          "october 1 2026", "1 October 2026", "Thursday, October 1, 2026", "October 1st, 2026", "2026-10-01", "2026/10/01", "20261001",
                          "  10/01/2026  "})
        CHECK_MESSAGE(iso(t) == "2026-10-01", t);
    CHECK(iso("2/29/2028") == "2028-02-29");  // a leap day
    CHECK(iso("12/31/99") == "1999-12-31");   // two-digit years: 70-99 are the 1900s
    CHECK(iso("1/2/03") == "2003-01-02");
}

TEST_CASE("the forms readers type, in Spanish: day first") {
    for (const char* t : {"01/10/2026", "1/10/26", "1 de octubre de 2026", "1 octubre 2026", "1º de octubre de 2026", "jueves, 1 de octubre de 2026",
                          "1 oct 2026", "2026-10-01", "1-10-2026"})
        CHECK_MESSAGE(iso(t, "es") == "2026-10-01", t);
    CHECK(iso("MIÉRCOLES 30 DE SEPTIEMBRE DE 2026", "es") == "2026-09-30");
    CHECK(iso("30 setiembre 2026", "es") == "2026-09-30");
}

TEST_CASE("when only one reading is a real date, it is taken in either language") {
    CHECK(iso("13/10/2026") == "2026-10-13");        // English, but 13 cannot be a month
    CHECK(iso("10/13/2026", "es") == "2026-10-13");  // Spanish, but 13 cannot be a month
    CHECK(iso("10/01/2026", "es") == "2026-01-10");  // both real: the language's order
}

TEST_CASE("a date that cannot be read says exactly why, in the reader's language") {
    CHECK(why("02/30/2026") == "February 2026 has 28 days.");
    CHECK(why("30/02/2026", "es") == "En febrero de 2026 hay 28 días.");
    CHECK(why("2026-02-30") == "February 2026 has 28 days.");
    CHECK(why("13/13/2026") == "There is no month 13. Months go from 1 to 12.");
    CHECK(why("10/01").rfind("Add the year", 0) == 0);
    CHECK(why("October 1").rfind("Add the year", 0) == 0);
    CHECK(why("October 2026").rfind("Add the day", 0) == 0);
    CHECK(why("1 de octubre", "es").rfind("Agregue el año", 0) == 0);
    CHECK(why("10/01/1850").rfind("The year must be", 0) == 0);
    for (const char* t : {"", "yesterday", "soon", "10/01/2026/5", "Octember 1 2026", "1 2 3 4", "October March 1 2026", "999999999999"})
        CHECK_MESSAGE(why(t).rfind("We could not read this as a date", 0) == 0, t);
}

TEST_CASE("the reasons exist in both languages and no template is left unfilled") {
    for (const char* t : {"02/30/2026", "13/13/2026", "10/01", "October 2026", "10/01/1850", "nonsense"})
        for (const char* lang : {"en", "es"}) {
            const std::string w = why(t, lang);
            CHECK(w.find('{') == std::string::npos);
            CHECK(w.find("date.error") == std::string::npos);
        }
}
