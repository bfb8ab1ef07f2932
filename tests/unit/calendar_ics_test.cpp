// The calendar export (render_ics): valid RFC 5545 that a calendar can read back, one all-day event
// per computed deadline and per court date, with UIDs that stay the same when the case is exported
// again.
#include "test_support.h"

#include <map>
#include <set>
#include <sstream>

namespace {

const char* kCase = R"({"jurisdiction":"FL","charges":[{"offense":"drug_possession","level":"felony"}],"stage":"before_filing",
  "in_custody":"yes","dates":{"arrest":"2026-11-10","court_date":"2026-12-10"},"facts":{},"lang":"en","as_of":"2026-12-05"})";

struct Event {
    std::map<std::string, std::string> props;  // name (with parameters) -> value, unescaped
};

// Reads an .ics back as a calendar would: CRLF lines, unfolded, events and their properties.
std::vector<Event> parse_ics(const std::string& ics, std::vector<std::string>& problems) {
    std::vector<std::string> physical;
    size_t pos = 0;
    while (pos < ics.size()) {
        size_t end = ics.find("\r\n", pos);
        if (end == std::string::npos) { problems.push_back("a line does not end in CRLF"); break; }
        std::string l = ics.substr(pos, end - pos);
        if (l.find('\n') != std::string::npos) problems.push_back("a bare LF inside a line");
        if (l.size() > 75) problems.push_back("a line longer than 75 octets: " + l);
        physical.push_back(l);
        pos = end + 2;
    }
    std::vector<std::string> lines;  // unfolded
    for (const auto& l : physical) {
        if (!l.empty() && l[0] == ' ' && !lines.empty()) lines.back() += l.substr(1);
        else lines.push_back(l);
    }
    std::vector<Event> events;
    int depth = 0;
    if (lines.empty() || lines.front() != "BEGIN:VCALENDAR" || lines.back() != "END:VCALENDAR") problems.push_back("not wrapped in VCALENDAR");
    for (const auto& l : lines) {
        if (l == "BEGIN:VEVENT") { events.push_back({}); ++depth; continue; }
        if (l == "END:VEVENT") { --depth; continue; }
        if (depth != 1 || l.rfind("BEGIN:", 0) == 0 || l.rfind("END:", 0) == 0) continue;
        const size_t colon = l.find(':');
        std::string value;
        for (size_t i = colon + 1; i < l.size(); ++i) {
            if (l[i] == '\\' && i + 1 < l.size()) { ++i; value += l[i] == 'n' ? '\n' : l[i]; }
            else value += l[i];
        }
        if (!events.back().props.count(l.substr(0, colon))) events.back().props[l.substr(0, colon)] = value;
    }
    return events;
}

std::string ics_date(cd::Date d) {
    std::string iso = cd::to_iso(d);
    return iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
}

}  // namespace

TEST_CASE("the calendar has one all-day event per computed deadline and the court date, dates as computed") {
    cd::Report r = cdtest::decode(kCase);
    std::string ics = cd::render_ics(r);
    std::vector<std::string> problems;
    std::vector<Event> events = parse_ics(ics, problems);
    INFO(ics);
    CHECK(problems.empty());
    CHECK(ics.find("VERSION:2.0\r\n") != std::string::npos);
    CHECK(ics.find("PRODID:") != std::string::npos);

    size_t with_date = 0;
    for (const auto& d : r.deadlines) {
        if (!d.due) continue;
        ++with_date;
        bool found = false;
        for (const auto& e : events)
            if (e.props.at("UID").rfind(d.id + ".", 0) == 0) {
                found = true;
                CHECK(e.props.at("DTSTART;VALUE=DATE") == ics_date(*d.due));
                CHECK(e.props.at("DTEND;VALUE=DATE") == ics_date(cd::add_days(*d.due, 1)));
                CHECK(e.props.at("DESCRIPTION").find(d.citation) != std::string::npos);  // the citation, unescaped
                CHECK(e.props.at("DTSTAMP") == "20261205T000000Z");
            }
        CHECK_MESSAGE(found, d.id);
    }
    REQUIRE(with_date >= 1);
    CHECK(events.size() == with_date + 1);  // and the court date
    bool court = false;
    for (const auto& e : events)
        if (e.props.at("UID").rfind("court_date.", 0) == 0) court = e.props.at("DTSTART;VALUE=DATE") == "20261210";
    CHECK(court);
    // UIDs are unique in the file
    std::set<std::string> uids;
    for (const auto& e : events) uids.insert(e.props.at("UID"));
    CHECK(uids.size() == events.size());
}

TEST_CASE("calendar UIDs stay the same for the same case and content, whatever the day of export") {
    std::string later = kCase;
    later.replace(later.find("2026-12-05"), 10, "2026-12-07");
    std::vector<std::string> p1, p2;
    auto a = parse_ics(cd::render_ics(cdtest::decode(kCase)), p1), b = parse_ics(cd::render_ics(cdtest::decode(later)), p2);
    REQUIRE(a.size() == b.size());
    for (size_t i = 0; i < a.size(); ++i) CHECK(a[i].props.at("UID") == b[i].props.at("UID"));
    // Another case (another place) gets other UIDs.
    std::string other = kCase;
    other.replace(other.find("\"FL\""), 4, "\"GA\"");
    auto c = parse_ics(cd::render_ics(cdtest::decode(other)), p1);
    for (const auto& e : c)
        for (const auto& x : a) CHECK(e.props.at("UID") != x.props.at("UID"));
}

TEST_CASE("calendar text is escaped and folded without splitting a character") {
    std::string es = kCase;
    es.replace(es.find("\"lang\":\"en\""), 11, "\"lang\":\"es\"");
    std::string ics = cd::render_ics(cdtest::decode(es));
    std::vector<std::string> problems;
    auto events = parse_ics(ics, problems);
    CHECK(problems.empty());
    REQUIRE_FALSE(events.empty());
    // Folding never cuts inside a UTF-8 character: every physical line is valid UTF-8 on its own.
    std::istringstream in(ics);
    std::string l;
    while (std::getline(in, l)) {
        size_t i = 0;
        while (i < l.size()) {
            unsigned char c = static_cast<unsigned char>(l[i]);
            size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
            REQUIRE_MESSAGE(n != 0, "a line starts or continues mid-character: " << l);
            for (size_t k = 1; k < n; ++k) REQUIRE(i + k < l.size());
            i += n;
        }
    }
    // Commas and semicolons in text are escaped on the wire.
    CHECK(ics.find("DESCRIPTION:") != std::string::npos);
    for (const auto& e : events) CHECK(e.props.at("SUMMARY").find('\\') == std::string::npos);
}

TEST_CASE("a case with no dates gives an empty but valid calendar") {
    cd::Report r = cdtest::decode(R"({"jurisdiction":"CA","charges":[{"offense":"dui","level":"misdemeanor"}]})");
    std::vector<std::string> problems;
    CHECK(parse_ics(cd::render_ics(r), problems).empty());
    CHECK(problems.empty());
}
