// Parsing of conf_runner transcripts and of fixtures/known_differences.txt.
#include "tools/conformance/conformance.hpp"

#include <fstream>
#include <sstream>

namespace ember::tools {

namespace {

std::vector<std::string> split_lines(const std::string& s) {
  std::vector<std::string> lines;
  std::string cur;
  for (char c : s) {
    if (c == '\n') {
      if (!cur.empty() && cur.back() == '\r') cur.pop_back();
      lines.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) lines.push_back(cur);
  return lines;
}

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

// A "done N" line: exactly "done " followed by decimal digits.
std::optional<long> parse_done(const std::string& line) {
  if (line.rfind("done ", 0) != 0 || line.size() == 5) return std::nullopt;
  long n = 0;
  for (size_t i = 5; i < line.size(); ++i) {
    if (line[i] < '0' || line[i] > '9' || n > 1000000000) return std::nullopt;
    n = n * 10 + (line[i] - '0');
  }
  return n;
}

// A test name as ~w prints it: an unquoted atom or a quoted one. Anything else before
// " => " (indented pretty-printed maps in a crash report, say) is not an entry start.
bool is_test_name(const std::string& s) {
  if (s.empty()) return false;
  if (s.front() == '\'') return s.size() >= 2 && s.back() == '\'';
  if (s[0] < 'a' || s[0] > 'z') return false;
  for (char c : s) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '@';
    if (!ok) return false;
  }
  return true;
}

}  // namespace

// Entry grammar: a line "NAME => TEXT" opens an entry (NAME has no space unless quoted,
// which is fine: we split at the first " => "), following lines continue it, and a line
// "%%" closes it. Lines seen while no entry is open are stray, except "done N".
Transcript parse_transcript(const std::string& output) {
  Transcript t;
  bool open = false;
  TestEntry cur;
  for (const std::string& line : split_lines(output)) {
    if (open) {
      if (line == "%%") {
        t.entries.push_back(std::move(cur));
        cur = TestEntry{};
        open = false;
      } else {
        cur.text += '\n';
        cur.text += line;
      }
      continue;
    }
    size_t arrow = line.find(" => ");
    if (arrow != std::string::npos && is_test_name(line.substr(0, arrow))) {
      cur.name = line.substr(0, arrow);
      cur.text = line.substr(arrow + 4);
      open = true;
    } else if (auto n = parse_done(line)) {
      t.done_count = n;
    } else {
      t.stray.push_back(line);
    }
  }
  if (open) {
    // Output cut short inside an entry: keep what arrived, marked as truncated.
    cur.text += "\n<truncated>";
    t.entries.push_back(std::move(cur));
  }
  return t;
}

std::optional<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool KnownDifferences::load(const std::string& path, std::string& error) {
  auto text = read_file(path);
  if (!text) {
    error = "cannot read known differences file " + path;
    return false;
  }
  for (const std::string& raw : split_lines(*text)) {
    std::string line = trim(raw);
    if (line.empty() || line[0] == '#') continue;
    size_t ws = line.find_first_of(" \t");
    std::string key = line.substr(0, ws);
    std::string reason = ws == std::string::npos ? "" : trim(line.substr(ws));
    if (key.find(':') == std::string::npos) continue;  // not MOD:FUN, ignore
    m_entries[key] = reason;
  }
  return true;
}

std::optional<std::string> KnownDifferences::find(const std::string& mod,
                                                  const std::string& fun) const {
  auto it = m_entries.find(mod + ":" + fun);
  if (it == m_entries.end()) it = m_entries.find(mod + ":*");
  if (it == m_entries.end()) return std::nullopt;
  return it->second;
}

}  // namespace ember::tools
