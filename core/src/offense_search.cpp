// The charge search (find_offenses in content.h): from what a reader types to offenses. Words are
// read the same way on both sides: lower case, accents folded, punctuation dropped, stop words
// out, a light stemming (plural s, -ing, -ed, a final e) and the content's "same word" table
// ("stole" is "steal"). Then each offense's phrases (names, id, synonyms, search terms) are scored
// against the query's words.
#include "internal.h"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace cd {
namespace {

// Lower case, accents folded (posesión = posesion), anything but letters and digits a space.
std::string fold(std::string_view s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == 0xC3 && i + 1 < s.size()) {
            const unsigned char n = static_cast<unsigned char>(s[i + 1]);
            const char* map = nullptr;
            switch (n) {
                case 0xA0: case 0xA1: case 0xA2: case 0xA4: case 0x80: case 0x81: map = "a"; break;
                case 0xA8: case 0xA9: case 0xAA: case 0xAB: case 0x88: case 0x89: map = "e"; break;
                case 0xAC: case 0xAD: case 0xAE: case 0xAF: case 0x8C: case 0x8D: map = "i"; break;
                case 0xB2: case 0xB3: case 0xB4: case 0xB6: case 0x92: case 0x93: map = "o"; break;
                case 0xB9: case 0xBA: case 0xBB: case 0xBC: case 0x99: case 0x9A: case 0x9C: map = "u"; break;
                case 0xB1: case 0x91: map = "n"; break;
            }
            out += map ? map : " ";
            ++i;
            continue;
        }
        out += std::isalnum(c) ? static_cast<char>(std::tolower(c)) : ' ';
    }
    return out;
}

struct Words {
    const Content& ct;

    std::string stem(std::string w) const {
        auto same = ct.search_same_word.find(w);
        if (same != ct.search_same_word.end()) w = same->second;
        auto ends = [&](const char* s) { size_t n = std::strlen(s); return w.size() > n && w.compare(w.size() - n, n, s) == 0; };
        if (w.size() > 5 && ends("ing")) w.resize(w.size() - 3);
        else if (w.size() > 4 && ends("ed")) w.resize(w.size() - 2);
        if (w.size() > 3 && ends("s") && !ends("ss")) w.resize(w.size() - 1);
        if (w.size() > 4 && ends("e")) w.resize(w.size() - 1);
        return w;
    }
    // The words of a text, stop words out, stemmed. `raw` keeps each word as typed (for prefixes).
    std::vector<std::string> words(std::string_view text, std::vector<std::string>* raw = nullptr) const {
        std::vector<std::string> out;
        const std::string f = fold(text);
        size_t i = 0;
        while (i < f.size()) {
            while (i < f.size() && f[i] == ' ') ++i;
            size_t j = i;
            while (j < f.size() && f[j] != ' ') ++j;
            if (j > i) {
                std::string w = f.substr(i, j - i);
                if (!contains(ct.search_stop_words, w)) {
                    out.push_back(stem(w));
                    if (raw) raw->push_back(w);
                }
            }
            i = j;
        }
        return out;
    }
};

// Typos forgiven by word length: none below 5 letters, one up to 7, two from 8.
bool near(const std::string& a, const std::string& b) {
    const size_t n = std::min(a.size(), b.size());
    const size_t allowed = n < 5 ? 0 : n < 8 ? 1 : 2;
    if (allowed == 0) return false;
    if (a.size() > b.size() + allowed || b.size() > a.size() + allowed) return false;
    // Damerau-Levenshtein (adjacent swaps count as one), small words only.
    std::vector<std::vector<size_t>> d(a.size() + 1, std::vector<size_t>(b.size() + 1));
    for (size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    for (size_t i = 1; i <= a.size(); ++i)
        for (size_t j = 1; j <= b.size(); ++j) {
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[a.size()][b.size()] <= allowed;
}

// How well one query word meets one phrase word: 3 the same, 2 the start of it (the word being
// typed), 1 a small typo, 0 not at all.
int meet(const std::string& q, const std::string& q_raw, bool last, const std::string& w) {
    if (q == w) return 3;
    if (last && q_raw.size() >= 2 && w.compare(0, q_raw.size(), q_raw) == 0) return 2;
    if (last && q.size() >= 2 && w.compare(0, q.size(), q) == 0) return 2;
    return near(q, w) ? 1 : 0;
}

// Statute numbers as typed: "PC 459", "vc23152(a)", "§ 11350(a)", "2C:35-10a(1)", "720 ILCS
// 5/12-3.2", "c. 90 s. 24". Lower case; section marks, slashes, commas and subsection brackets
// split; a number keeps its inner dots, dashes and colons ("22.01", "2c:35-10"); letters glued in
// front of a number are a prefix ("pc459" is "pc" and "459").
struct NumberTokens {
    std::vector<std::string> numbers, words;
};
NumberTokens number_tokens(std::string_view text) {
    NumberTokens out;
    std::string t;
    auto flush = [&] {
        while (!t.empty() && (t.back() == '.' || t.back() == '-' || t.back() == ':')) t.pop_back();
        size_t b = 0;
        while (b < t.size() && (t[b] == '.' || t[b] == '-' || t[b] == ':')) ++b;
        t.erase(0, b);
        if (!t.empty()) {
            size_t d = t.find_first_of("0123456789");
            if (d == std::string::npos) {
                out.words.push_back(t);
            } else {
                size_t lead = 0;  // letters (and dots) glued in front: "pc459", "s.24"
                while (lead < d && (std::isalpha(static_cast<unsigned char>(t[lead])) || t[lead] == '.')) ++lead;
                if (lead == d && d > 0 && d <= 5) {
                    std::string w = t.substr(0, d);
                    w.erase(std::remove(w.begin(), w.end(), '.'), w.end());
                    if (!w.empty()) out.words.push_back(w);
                    t.erase(0, d);
                }
                out.numbers.push_back(t);
            }
        }
        t.clear();
    };
    for (char ch : text) {
        const unsigned char c = static_cast<unsigned char>(ch);
        if (std::isalnum(c)) t += static_cast<char>(std::tolower(c));
        else if ((c == '.' || c == '-' || c == ':') && !t.empty()) t += static_cast<char>(c);
        else flush();
    }
    flush();
    return out;
}

// A typed number stands for a section number: the same, or the same with a subsection letter or
// two glued on ("10a" for "10", "23152a" for "23152").
bool same_section_number(const std::string& typed, const std::string& section) {
    if (typed == section) return true;
    if (typed.size() <= section.size() || typed.size() > section.size() + 2 || typed.compare(0, section.size(), section) != 0) return false;
    return std::all_of(typed.begin() + static_cast<long>(section.size()), typed.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}

// Does the query hold this section's numbers, in order? Sections with fewer than three digits in
// all ("c. 90 s. 24" has four) are too easily met by chance and need a prefix word as well.
int statute_score(const NumberTokens& q, const Statute& st) {
    const NumberTokens s = number_tokens(st.section);
    if (s.numbers.empty()) return 0;
    size_t at = 0;
    for (const auto& n : s.numbers) {
        while (at < q.numbers.size() && !same_section_number(q.numbers[at], n)) ++at;
        if (at == q.numbers.size()) return 0;
        ++at;
    }
    bool prefix = false;  // a word of the query is a word of a written form ("pc", "penal", "ilcs")
    for (const auto& form : st.written) {
        const NumberTokens f = number_tokens(form);
        for (const auto& w : f.words) prefix = prefix || contains(q.words, w);
    }
    size_t digits = 0;
    for (const auto& n : s.numbers) digits += static_cast<size_t>(std::count_if(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; }));
    if (digits < 3 && !prefix) return 0;
    return prefix ? 2 : 1;
}

// The level words of the query: a class or degree of the jurisdiction ("Class A", "M1"), else a
// level named outright ("felony", "delito grave"). The longest phrase found wins.
std::optional<std::string> level_in(std::string_view query, const Jurisdiction* j, const Content& ct) {
    // fold() leaves a space for each dropped mark: squeeze the runs, so phrases compare word by word.
    auto words_of = [](std::string_view text) {
        std::string out = " ";
        for (char c : fold(text))
            if (c != ' ' || out.back() != ' ') out += c;
        if (out.back() != ' ') out += ' ';
        return out;
    };
    const std::string q = words_of(query);
    auto find = [&](const std::vector<DegreeWord>& words) -> std::optional<std::string> {
        const DegreeWord* best = nullptr;
        for (const auto& d : words) {
            const std::string w = words_of(d.written);
            if (w.size() > 2 && q.find(w) != std::string::npos && (!best || d.written.size() > best->written.size())) best = &d;
        }
        if (best) return best->level;
        return std::nullopt;
    };
    if (j)
        if (auto l = find(j->degrees)) return l;
    return find(ct.search_level_words);
}

}  // namespace

namespace {

// Every word of every offense's phrases, stemmed: what the search knows.
std::vector<std::string> known_words(const Content& content, const Words& words) {
    std::vector<std::string> out;
    for (const auto& o : content.offenses) {
        auto add = [&](const std::string& phrase) { for (auto& w : words.words(phrase)) out.push_back(std::move(w)); };
        for (const auto& [lang, name] : o.name.by_lang) add(name);
        for (const auto& s : o.synonyms) add(s);
        for (const auto& s : o.search_terms) add(s);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

// Two slips of a hurried thumb that typo tolerance cannot see: one word typed as two ("shop
// lifting", "man slaughter") and a dropped final g ("stalkin", "stealin"). Only mended when the
// mended word is one the content knows, so real words are never changed into others.
void mend_split_and_clipped_words(const Content& content, const Words& words, std::vector<std::string>& q, std::vector<std::string>& raw) {
    if (q.empty()) return;
    const std::vector<std::string> known = known_words(content, words);
    auto is_known = [&](const std::string& w) { return std::binary_search(known.begin(), known.end(), w); };
    for (size_t i = 0; i < q.size(); ++i) {
        // Joined first: "man" and "slaughter" may each be known, "manslaughter" says more.
        if (i + 1 < q.size()) {
            const std::string joined = words.stem(raw[i] + raw[i + 1]);
            if (is_known(joined)) {
                q[i] = joined;
                raw[i] += raw[i + 1];
                q.erase(q.begin() + static_cast<std::ptrdiff_t>(i) + 1);
                raw.erase(raw.begin() + static_cast<std::ptrdiff_t>(i) + 1);
                continue;
            }
        }
        if (!is_known(q[i]) && raw[i].size() >= 4 && raw[i].compare(raw[i].size() - 2, 2, "in") == 0) {
            const std::string g = words.stem(raw[i] + "g");
            if (is_known(g)) { q[i] = g; raw[i] += "g"; }
        }
    }
}

}  // namespace

std::vector<OffenseMatch> find_offenses(const Content& content, std::string_view query, size_t max_results) {
    return find_offenses(content, query, "", max_results);
}

std::vector<OffenseMatch> find_offenses(const Content& content, std::string_view query, std::string_view jurisdiction, size_t max_results) {
    Words words{content};
    std::vector<std::string> raw;
    std::vector<std::string> q = words.words(query, &raw);
    mend_split_and_clipped_words(content, words, q, raw);
    std::vector<OffenseMatch> out;
    const std::string whole = [&] { std::string s; for (const auto& w : q) s += w + " "; return s; }();
    for (const auto& o : content.offenses) {
        std::vector<std::string> phrases;
        for (const auto& [lang, name] : o.name.by_lang) phrases.push_back(name);
        phrases.push_back(o.id);
        for (const auto& s : o.synonyms) phrases.push_back(s);
        for (const auto& s : o.search_terms) phrases.push_back(s);
        OffenseMatch best;
        best.offense = &o;
        if (q.empty()) {
            best.score = 1;  // nothing typed yet: every offense, most common first
        } else {
            std::vector<int> anywhere(q.size(), 0);  // each query word's best meeting in any phrase
            for (const auto& phrase : phrases) {
                const std::vector<std::string> p = words.words(phrase);
                if (p.empty()) continue;
                std::string pwhole;
                for (const auto& w : p) pwhole += w + " ";
                int matched = 0, quality = 0;
                for (size_t i = 0; i < q.size(); ++i) {
                    int m = 0;
                    for (const auto& w : p) m = std::max(m, meet(q[i], raw[i], i + 1 == q.size(), w));
                    if (m) { ++matched; quality += m; }
                    anywhere[i] = std::max(anywhere[i], m);
                }
                int score = 0;
                if (pwhole == whole) score = 1000;
                else if (matched == static_cast<int>(q.size()))
                    score = 600 + 10 * quality - 3 * static_cast<int>(p.size() - std::min(p.size(), q.size()));
                else if (matched > 0)
                    score = 100 * matched / static_cast<int>(q.size()) + quality;
                if (score > best.score) { best.matched = phrase; best.score = score; }
            }
            // Every word found, though in different phrases ("girlfriend hit": both in the vocabulary).
            const bool all = std::all_of(anywhere.begin(), anywhere.end(), [](int m) { return m > 0; });
            int total = 0;
            for (int m : anywhere) total += m;
            if (all && best.score < 400) best.score = 400 + 10 * total;
        }
        if (best.score > 0) out.push_back(best);
    }
    // Section numbers: above every word match. With a jurisdiction chosen, only its sections count.
    const NumberTokens nt = number_tokens(query);
    const Jurisdiction* chosen = jurisdiction.empty() ? nullptr : content.jurisdiction(jurisdiction);
    if (!nt.numbers.empty())
        for (const auto& [code, j] : content.jurisdictions) {
            if (chosen && &j != chosen) continue;
            for (const auto& st : j.statutes) {
                const int s = statute_score(nt, st);
                if (!s) continue;
                const int score = (chosen ? 2000 : 1500) + 50 * s;
                auto it = std::find_if(out.begin(), out.end(), [&](const OffenseMatch& m) { return m.offense->id == st.offense; });
                if (it == out.end()) {
                    const Offense* o = content.offense(st.offense);
                    if (!o) continue;
                    out.emplace_back();
                    out.back().offense = o;
                    it = out.end() - 1;
                }
                if (score > it->score) {
                    it->score = score;
                    it->statute = &st;
                    it->statute_jurisdiction = code;
                    it->matched = st.written.empty() ? st.section : st.written.front();
                }
            }
        }
    for (auto& m : out) {
        // A level is suggested from a section only when that section was checked against its text.
        if (m.statute && m.statute->level && m.statute->prov.verified) m.level = m.statute->level;
        else m.level = level_in(query, m.statute ? content.jurisdiction(m.statute_jurisdiction) : chosen, content);
    }
    auto common = [&](const Offense* o) {
        auto it = std::find(content.search_common_first.begin(), content.search_common_first.end(), o->id);
        return static_cast<size_t>(it - content.search_common_first.begin());
    };
    std::stable_sort(out.begin(), out.end(), [&](const OffenseMatch& a, const OffenseMatch& b) {
        if (a.score != b.score) return a.score > b.score;
        if (common(a.offense) != common(b.offense)) return common(a.offense) < common(b.offense);
        return a.offense->id < b.offense->id;
    });
    if (out.size() > max_results) out.resize(max_results);
    return out;
}

}  // namespace cd
