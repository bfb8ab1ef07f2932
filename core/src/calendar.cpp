// render_ics: the reader's deadlines and court date as an iCalendar file (RFC 5545), made on the
// device. All-day events (a deadline is a day, not a time), CRLF line ends, long lines folded at 75
// octets, text escaped. A UID names the deadline, the case (its place and charges) and the content
// version, so exporting again after correcting a date updates the same events instead of adding
// new ones.
#include "case_decoder/outline.h"
#include "internal.h"

namespace cd {
namespace {

std::string ics_date(Date d) {
    std::string iso = to_iso(d);  // YYYY-MM-DD
    return iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
}

// TEXT values: backslash, semicolon, comma and newline are escaped (RFC 5545 3.3.11).
std::string ics_text(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '\\' || c == ';' || c == ',') { out += '\\'; out += c; }
        else if (c == '\n') out += "\\n";
        else if (c != '\r') out += c;
    }
    return out;
}

// One content line, folded: at most 75 octets a line, never inside a UTF-8 character, each
// continuation starting with a space (RFC 5545 3.1).
void line(std::string& out, const std::string& s) {
    size_t pos = 0, limit = 75;
    while (s.size() - pos > limit) {
        size_t cut = pos + limit;
        while (cut > pos && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // back to a character start
        out.append(s, pos, cut - pos);
        out += "\r\n ";
        pos = cut;
        limit = 74;  // the leading space counts
    }
    out.append(s, pos, std::string::npos);
    out += "\r\n";
}

void event(std::string& out, const std::string& uid, const std::string& stamp, Date day, const std::string& summary,
           const std::string& description) {
    line(out, "BEGIN:VEVENT");
    line(out, "UID:" + uid);
    line(out, "DTSTAMP:" + stamp);
    line(out, "DTSTART;VALUE=DATE:" + ics_date(day));
    line(out, "DTEND;VALUE=DATE:" + ics_date(add_days(day, 1)));
    line(out, "SUMMARY:" + ics_text(summary));
    line(out, "DESCRIPTION:" + ics_text(description));
    line(out, "TRANSP:TRANSPARENT");
    line(out, "BEGIN:VALARM");
    line(out, "ACTION:DISPLAY");
    line(out, "DESCRIPTION:" + ics_text(summary));
    line(out, "TRIGGER:-P1D");
    line(out, "END:VALARM");
    line(out, "END:VEVENT");
}

}  // namespace

std::string render_ics(const Report& r, const Content& ct) {
    auto t = [&](const std::string& key) -> const std::string& { return ct.ui_text(key, r.lang); };
    // The case, for UIDs: its place and charges, not the answers that may still change.
    std::string identity = r.input.jurisdiction;
    for (const auto& ch : r.input.charges) identity += "|" + ch.offense + ":" + ch.level;
    const std::string case_id = sha256_hex(identity).substr(0, 12);
    const std::string version = r.content_version.empty() ? "0" : r.content_version;
    auto stamp_for = [&](Date fallback) { return ics_date(r.as_of ? *r.as_of : fallback) + "T000000Z"; };

    std::string out;
    line(out, "BEGIN:VCALENDAR");
    line(out, "VERSION:2.0");
    line(out, "PRODID:-//Case Decoder//Case Decoder " + version + "//" + (r.lang == "es" ? "ES" : "EN"));
    line(out, "CALSCALE:GREGORIAN");
    line(out, "METHOD:PUBLISH");
    line(out, "X-WR-CALNAME:" + ics_text(t("calendar.name")));
    for (const auto& d : r.deadlines) {
        if (!d.due) continue;
        std::string what = t(std::string("kind.") + id_of(d.kind));
        std::string desc = d.summary;
        if (!d.applies_if.empty()) desc += "\n" + t("report.applies_if") + ": " + d.applies_if;
        desc += "\n" + t("remedy." + d.remedy) + ".";
        if (!d.caveat.empty()) desc += "\n" + d.caveat;
        if (!d.verified) desc += "\n" + t("report.unverified");
        desc += "\n" + t("report.sources") + ": " + d.citation;
        desc += "\n\n" + t("calendar.deadline_note");
        event(out, d.id + "." + case_id + "." + version + "@case-decoder", stamp_for(*d.due), *d.due, what + " (" + r.jurisdiction.name + ")", desc);
    }
    auto court = r.input.dates.find(kCourtDate);
    if (court != r.input.dates.end())
        event(out, "court_date." + case_id + "." + version + "@case-decoder", stamp_for(court->second), court->second, t("calendar.court_date"),
              t("calendar.court_date_note"));
    line(out, "END:VCALENDAR");
    return out;
}

}  // namespace cd
