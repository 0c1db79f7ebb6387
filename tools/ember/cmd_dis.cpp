// `ember dis FILE.beam...`: prints a readable listing of each module's generic instructions.
#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

#include "loader/beam_file.hpp"
#include "loader/code_loader.hpp"
#include "loader/disasm.hpp"
#include "tools/ember/commands.hpp"

namespace ember::tools {

int cmd_dis(std::span<const std::string_view> args) {
    if (args.empty()) {
        std::fprintf(stderr, "usage: ember dis FILE.beam...\n");
        return 2;
    }
    int status = 0;
    for (std::string_view arg : args) {
        std::string path(arg);
        std::vector<std::uint8_t> bytes;
        if (!loader::read_file_bytes(path, bytes)) {
            std::fprintf(stderr, "%s: cannot open\n", path.c_str());
            status = 1;
            continue;
        }
        std::string hint = path.substr(path.find_last_of('/') + 1);
        if (hint.size() > 5 && hint.ends_with(".beam")) hint.resize(hint.size() - 5);
        auto result = loader::parse_beam(bytes, hint);
        if (!result) {
            std::fprintf(stderr, "%s: %s\n", path.c_str(), result.error().to_string().c_str());
            status = 1;
            continue;
        }
        // A string stream, not std::cout: <iostream> would make every start of the ember program
        // construct the standard streams and the locale (about half a millisecond).
        std::ostringstream listing;
        if (args.size() > 1) listing << "%% " << path << "\n";
        loader::disassemble(*result, listing);
        if (args.size() > 1) listing << "\n";
        const std::string text = listing.str();
        std::fwrite(text.data(), 1, text.size(), stdout);
    }
    std::fflush(stdout);
    return status;
}

}  // namespace ember::tools
