#include "test_support.h"

using cdtest::date;

TEST_CASE("ISO dates round-trip and reject impossible days") {
    CHECK(cd::to_iso(date("2026-09-14")) == "2026-09-14");
    CHECK(cd::to_iso(date("1970-01-01")) == "1970-01-01");
    CHECK(date("1970-01-01").days == 0);
    CHECK(cd::parse_iso_date("2024-02-29").has_value());   // leap year
    CHECK_FALSE(cd::parse_iso_date("2026-02-29"));         // not a leap year
    CHECK_FALSE(cd::parse_iso_date("1900-02-29"));         // century, not leap
    CHECK(cd::parse_iso_date("2000-02-29").has_value());   // divisible by 400, leap
    CHECK_FALSE(cd::parse_iso_date("2026-04-31"));
    CHECK_FALSE(cd::parse_iso_date("2026-13-01"));
    CHECK_FALSE(cd::parse_iso_date("2026-00-10"));
    CHECK_FALSE(cd::parse_iso_date("2026-1-01"));
    CHECK_FALSE(cd::parse_iso_date("26-01-01"));
    CHECK_FALSE(cd::parse_iso_date("2026/01/01"));
    CHECK_FALSE(cd::parse_iso_date("2026-01-0a"));
    CHECK_FALSE(cd::parse_iso_date(""));
    CHECK_FALSE(cd::parse_iso_date("1899-12-31"));
    CHECK_FALSE(cd::parse_iso_date("2201-01-01"));
}

TEST_CASE("adding days crosses months, years and leap days") {
    CHECK(cd::to_iso(cd::add_days(date("2026-09-16"), 45)) == "2026-10-31");
    CHECK(cd::to_iso(cd::add_days(date("2026-12-20"), 15)) == "2027-01-04");
    CHECK(cd::to_iso(cd::add_days(date("2024-02-28"), 1)) == "2024-02-29");
    CHECK(cd::to_iso(cd::add_days(date("2023-02-28"), 1)) == "2023-03-01");
    CHECK(cd::to_iso(cd::add_days(date("2024-01-01"), 366)) == "2025-01-01");
    CHECK(cd::to_iso(cd::add_days(date("2026-08-22"), 180)) == "2027-02-18");
}

TEST_CASE("adding months clamps to the end of a shorter month") {
    CHECK(cd::to_iso(cd::add_months(date("2026-01-31"), 1)) == "2026-02-28");
    CHECK(cd::to_iso(cd::add_months(date("2024-01-31"), 1)) == "2024-02-29");
    CHECK(cd::to_iso(cd::add_months(date("2026-03-15"), 6)) == "2026-09-15");
    CHECK(cd::to_iso(cd::add_months(date("2026-08-31"), 6)) == "2027-02-28");
    CHECK(cd::to_iso(cd::add_months(date("2026-11-30"), 12)) == "2027-11-30");
    CHECK(cd::to_iso(cd::add_months(date("2026-05-31"), 9)) == "2027-02-28");
}
