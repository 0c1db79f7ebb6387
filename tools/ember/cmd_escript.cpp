// `ember escript [-OPT...] FILE [ARG...]` and the binary invoked as `escript`: OTP's escript front end
// (erts/doc escript.xml; erts/etc/common/escript.c is OTP's program). It builds erl's command line
//   +B -boot no_dot_erlang -noshell <%%! words> -run escript start <OPTs without '-'> -extra FILE ARG...
// sets ESCRIPT_NAME=FILE and runs it: in this process (Ember is the emulator) or, when ESCRIPT_EMULATOR
// is set, by exec'ing that program as OTP's escript does. OTP's stdlib escript.erl does the rest
// (source, beam and archive scripts, main/1, the exit status).
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>
#include <vector>

#include "tools/ember/commands.hpp"

namespace ember::tools {

namespace {

constexpr std::size_t kLineBuf = 1024;  // escript.c reads the %%! line into a buffer of this size

[[noreturn]] void fail(const std::string& message) {
    std::fprintf(stderr, "escript: %s\n", message.c_str());
    std::exit(1);
}

// The words of the script's "%%!" line: line 2, else line 3 (line 1 is the #! line). Words are split
// on spaces only, as escript.c does (no quoting); a line longer than the buffer is cut.
std::vector<std::string> emulator_args(const std::string& script) {
    std::FILE* f = std::fopen(script.c_str(), "r");
    if (!f) fail("Failed to open file: " + script);
    std::vector<std::string> words;
    char line[kLineBuf];
    bool found = false;
    if (std::fgets(line, sizeof line, f)) {
        for (int n = 0; n < 2 && !found; ++n) {
            if (!std::fgets(line, sizeof line, f)) break;
            found = line[0] == '%' && line[1] == '%' && line[2] == '!';
        }
    }
    std::fclose(f);
    if (!found) return words;
    std::string rest(line + 3);
    if (auto nl = rest.find('\n'); nl != std::string::npos) rest.resize(nl);
    std::size_t i = 0;
    while (i < rest.size()) {
        while (i < rest.size() && rest[i] == ' ') ++i;
        std::size_t end = rest.find(' ', i);
        if (end == std::string::npos) end = rest.size();
        if (end == i) break;
        words.push_back(rest.substr(i, end - i));
        i = end + 1;
    }
    return words;
}

}  // namespace

int cmd_escript(std::span<const std::string_view> argv) {
    std::size_t i = 0;
    std::vector<std::string> opts;  // escript's own options (-c, -i, -s, -d, -n), passed to escript:start/1
    while (i < argv.size() && !argv[i].empty() && argv[i][0] == '-') opts.emplace_back(argv[i++].substr(1));
    if (i >= argv.size()) fail("Missing filename\n");
    std::string script(argv[i++]);

    std::vector<std::string> args = {"+B", "-boot", "no_dot_erlang", "-noshell"};
    for (std::string& w : emulator_args(script)) args.push_back(std::move(w));
    args.insert(args.end(), {"-run", "escript", "start"});
    args.insert(args.end(), opts.begin(), opts.end());
    args.push_back("-extra");
    args.push_back(script);
    for (; i < argv.size(); ++i) args.emplace_back(argv[i]);
    ::setenv("ESCRIPT_NAME", script.c_str(), 1);

    if (const char* emu = std::getenv("ESCRIPT_EMULATOR")) {
        if (std::string(emu).size() >= 4096) fail("Value of environment variable ESCRIPT_EMULATOR is too large");
        std::vector<char*> cargv;
        cargv.push_back(const_cast<char*>(emu));
        for (std::string& a : args) cargv.push_back(a.data());
        cargv.push_back(nullptr);
        ::execvp(emu, cargv.data());
        fail("Error " + std::to_string(errno) + " executing '" + emu + "'.");
    }
    std::vector<std::string_view> views(args.begin(), args.end());
    return cmd_erl(views);
}

}  // namespace ember::tools
