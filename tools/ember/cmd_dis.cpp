// `ember dis FILE.beam...`: prints a readable listing of each module's generic instructions.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "loader/beam_file.hpp"
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
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            std::fprintf(stderr, "%s: cannot open\n", path.c_str());
            status = 1;
            continue;
        }
        std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(in)), {});
        std::string hint = path.substr(path.find_last_of('/') + 1);
        if (hint.size() > 5 && hint.ends_with(".beam")) hint.resize(hint.size() - 5);
        auto result = loader::parse_beam(bytes, hint);
        if (!result) {
            std::fprintf(stderr, "%s: %s\n", path.c_str(), result.error().to_string().c_str());
            status = 1;
            continue;
        }
        if (args.size() > 1) std::cout << "%% " << path << "\n";
        loader::disassemble(*result, std::cout);
        if (args.size() > 1) std::cout << "\n";
    }
    std::cout.flush();
    return status;
}

}  // namespace ember::tools
