// `ember check-load PATH...`: loads every .beam (a PATH may be a directory, searched recursively) as
// far as the loader goes and reports each failure as `PATH: error`, then `loaded N of M`. Exit status
// 0 only if every file loaded.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

#include "bifs/bif.hpp"
#include "loader/beam_file.hpp"
#include "loader/code_loader.hpp"
#include "loader/transform.hpp"
#include "tools/ember/commands.hpp"
#include "vm/etf.hpp"

namespace ember::tools {

namespace fs = std::filesystem;

namespace {

// Loads one file; returns an empty string if it loaded, else the reason. This is the one place to
// extend as more of the loader exists (the lead will add the threaded-code translation here).
std::string check_one(const fs::path& path) {
    std::vector<std::uint8_t> bytes;
    if (!loader::read_file_bytes(path.string(), bytes)) return "cannot open";
    auto result = loader::parse_beam(bytes, path.stem().string());
    if (!result) return result.error().to_string();
    loader::BeamFile& file = *result;
    // Every literal (from LitT, and the big integers made from Code operands) must be valid ETF.
    for (std::size_t i = 0; i < file.literals.size(); ++i) {
        const auto& lit = file.literals[i];
        vm::EtfScan scan = vm::etf_scan(lit.data(), lit.size());
        if (!scan.ok) return std::string(file.module_name()) + ": literal " + std::to_string(i) + ": " + scan.error;
        if (scan.used != lit.size())
            return std::string(file.module_name()) + ": literal " + std::to_string(i) + ": trailing bytes after the term";
    }
    // The full translation into threaded code (not published: loading here changes nothing); it also
    // decodes Attr and CInf, and rejects one that is not an external term.
    auto module = loader::translate(file);
    if (!module) return module.error().to_string();
    return {};
}

// Appends PATH if it is a file, or every *.beam under it (sorted) if it is a directory.
void collect(const fs::path& path, std::vector<fs::path>& out) {
    std::error_code ec;
    if (!fs::is_directory(path, ec)) {
        out.push_back(path);
        return;
    }
    std::vector<fs::path> found;
    for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->path().extension() == ".beam" && it->is_regular_file(ec)) found.push_back(it->path());
    }
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
}

}  // namespace

int cmd_check_load(std::span<const std::string_view> args) {
    if (args.empty()) {
        std::fprintf(stderr, "usage: ember check-load PATH...   (a PATH is a .beam file or a directory)\n");
        return 2;
    }
    bifs::register_all_bifs();  // BIF calls in the code resolve against the registered natives
    std::vector<fs::path> files;
    for (std::string_view arg : args) collect(fs::path(std::string(arg)), files);
    std::size_t loaded = 0;
    for (const auto& f : files) {
        std::string error = check_one(f);
        if (error.empty()) {
            ++loaded;
        } else {
            std::printf("%s: %s\n", f.string().c_str(), error.c_str());
        }
    }
    std::printf("loaded %zu of %zu\n", loaded, files.size());
    return loaded == files.size() ? 0 : 1;
}

}  // namespace ember::tools
