// The BIF surface: every BIF that OTP 25's erts, kernel, stdlib and compiler beams import (the list is
// made by erl at build time: erts_tests/bif_surface/otp_bif_imports.erl, erlang:is_builtin/3 over the
// beams' import tables) must be a registered native in Ember, except the ones listed with a reason in
// erts_tests/bif_surface/missing.txt. That list must only shrink: an entry that is implemented now
// fails the test too, so it gets deleted.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "bifs/bif.hpp"
#include "vm/atom_table.hpp"
#include "vm/module.hpp"

namespace {

using ember::vm::AtomTable;
using ember::vm::CodeServer;

// "M F A" lines.
std::set<std::string> read_imports(const std::string& path) {
    std::ifstream in(path);
    std::set<std::string> out;
    std::string m, f, a;
    while (in >> m >> f >> a) out.insert(m + ":" + f + "/" + a);
    return out;
}

// "M:F/A  reason" lines; '#' comments and blank lines are skipped.
std::map<std::string, std::string> read_missing(const std::string& path) {
    std::ifstream in(path);
    std::map<std::string, std::string> out;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream s(line);
        std::string mfa, reason;
        s >> mfa;
        std::getline(s, reason);
        out[mfa] = reason;
    }
    return out;
}

bool is_native(const std::string& mfa) {
    std::size_t colon = mfa.find(':'), slash = mfa.rfind('/');
    AtomTable& atoms = AtomTable::global();
    auto* ep = CodeServer::global().find_defined(atoms.intern(mfa.substr(0, colon)),
                                                 atoms.intern(mfa.substr(colon + 1, slash - colon - 1)),
                                                 std::uint32_t(std::stoul(mfa.substr(slash + 1))));
    return ep != nullptr && ep->bif != nullptr;
}

TEST(BifSurface, EveryImportedBifIsImplemented) {
    ember::bifs::register_all_bifs();
    std::set<std::string> imports = read_imports(EMBER_BINARY_DIR "/bif_surface/otp_bif_imports.txt");
    std::map<std::string, std::string> missing = read_missing(EMBER_SOURCE_DIR "/erts_tests/bif_surface/missing.txt");
    ASSERT_GT(imports.size(), 300u) << "the import list made by erl looks truncated";
    std::size_t implemented = 0;
    for (const std::string& mfa : imports) {
        bool listed = missing.count(mfa) != 0;
        if (is_native(mfa)) {
            ++implemented;
            EXPECT_FALSE(listed) << mfa << " is implemented now: delete it from missing.txt";
        } else {
            EXPECT_TRUE(listed) << mfa << " is imported by OTP's beams but not implemented";
        }
    }
    for (const auto& [mfa, reason] : missing) {
        EXPECT_TRUE(imports.count(mfa)) << mfa << " in missing.txt is not imported by OTP's beams";
        EXPECT_FALSE(reason.empty()) << mfa << " in missing.txt has no reason";
    }
    std::printf("%zu of %zu imported BIFs implemented, %zu listed as missing\n", implemented, imports.size(),
                missing.size());
}

TEST(BifSurface, EachMfaIsRegisteredOnce) {
    ember::bifs::register_all_bifs();
    for (const std::string& mfa : CodeServer::global().duplicate_bifs())
        ADD_FAILURE() << mfa << " is registered by two table rows";
}

}  // namespace
