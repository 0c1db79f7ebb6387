// nif/script_fs.hpp: files confined to a root directory (the hosted-script layer's fs_root): reads,
// writes and listings inside; every way out refused with outside_root.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "nif/script_fs.hpp"

namespace ember::script {
namespace {

namespace fs = std::filesystem;

class ScriptFs : public ::testing::Test {
protected:
    void SetUp() override {
        std::string pattern = (fs::temp_directory_path() / "ember-script-fs.XXXXXX").string();
        ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
        m_base = pattern;
        fs::create_directories(m_base / "root" / "sub");
        write(m_base / "root" / "a.txt", "alpha");
        write(m_base / "root" / "sub" / "b.txt", "beta");
        write(m_base / "secret.txt", "outside");
        fs::create_symlink(m_base / "secret.txt", m_base / "root" / "abs_link");
        fs::create_symlink("../secret.txt", m_base / "root" / "rel_link");
        fs::create_symlink("sub/b.txt", m_base / "root" / "inner_link");
        fs::create_directory_symlink(m_base, m_base / "root" / "dir_link");
    }
    void TearDown() override { fs::remove_all(m_base); }
    static void write(const fs::path& p, const std::string& s) { std::ofstream(p) << s; }
    FsRoot root() const { return FsRoot((m_base / "root").string()); }

    fs::path m_base;
};

TEST_F(ScriptFs, ReadsWritesAndListsInsideTheRoot) {
    FsRoot r = root();
    ASSERT_TRUE(r.valid());
    EXPECT_EQ(r.read_file("a.txt").data, "alpha");
    EXPECT_EQ(r.read_file("sub/b.txt").data, "beta");
    EXPECT_EQ(r.read_file("sub/../a.txt").data, "alpha");  // `..` that stays inside is fine
    EXPECT_EQ(r.read_file("inner_link").data, "beta");     // a symlink that stays inside too
    EXPECT_TRUE(r.write_file("sub/new.txt", "gamma").ok());
    EXPECT_EQ(r.read_file("sub/new.txt").data, "gamma");
    EXPECT_TRUE(r.write_file("sub/new.txt", "δ").ok());  // truncates
    EXPECT_EQ(r.read_file("sub/new.txt").data, "δ");
    FsResult list = r.list_dir("");
    ASSERT_TRUE(list.ok());
    EXPECT_EQ(list.names, (std::vector<std::string>{"a.txt", "abs_link", "dir_link", "inner_link", "rel_link", "sub"}));
    EXPECT_EQ(r.list_dir("sub").names, (std::vector<std::string>{"b.txt", "new.txt"}));
}

TEST_F(ScriptFs, EveryEscapeIsRefused) {
    FsRoot r = root();
    for (const char* path : {"../secret.txt", "sub/../../secret.txt", "abs_link", "rel_link", "dir_link/secret.txt",
                             "/etc/hostname", "/", ".."}) {
        SCOPED_TRACE(path);
        EXPECT_EQ(r.read_file(path).error, "outside_root");
    }
    EXPECT_EQ(r.write_file("../escape.txt", "x").error, "outside_root");
    EXPECT_FALSE(fs::exists(m_base / "escape.txt"));
    EXPECT_EQ(r.write_file("dir_link/escape.txt", "x").error, "outside_root");
    EXPECT_FALSE(fs::exists(m_base / "escape.txt"));
    EXPECT_EQ(r.write_file("abs_link", "x").error, "outside_root");
    EXPECT_EQ(r.read_file("../secret.txt").data, "");
    EXPECT_EQ(r.list_dir("..").error, "outside_root");
    EXPECT_EQ(r.list_dir("dir_link").error, "outside_root");
    EXPECT_EQ(r.list_dir("/tmp").error, "outside_root");
}

TEST_F(ScriptFs, ErrorsAreTheFileModulesNames) {
    FsRoot r = root();
    EXPECT_EQ(r.read_file("missing.txt").error, "enoent");
    EXPECT_EQ(r.read_file("sub").error, "eisdir");
    EXPECT_EQ(r.read_file("a.txt/x").error, "enotdir");
    EXPECT_EQ(r.list_dir("a.txt").error, "enotdir");
    EXPECT_EQ(r.list_dir("nope").error, "enoent");
    EXPECT_EQ(r.write_file("nodir/x.txt", "x").error, "enoent");
    EXPECT_EQ(r.read_file(std::string_view("a\0b", 3)).error, "einval");
    FsRoot missing((m_base / "no_such_root").string());
    EXPECT_FALSE(missing.valid());
    EXPECT_EQ(missing.read_file("a.txt").error, "enoent");
}

// The fallback for kernels without openat2: the same answers, except that symlinks are refused even
// when they stay inside.
TEST_F(ScriptFs, WalkingFallbackConfinesToo) {
    use_openat2(false);
    FsRoot r = root();
    EXPECT_EQ(r.read_file("a.txt").data, "alpha");
    EXPECT_EQ(r.read_file("sub/../a.txt").data, "alpha");
    EXPECT_EQ(r.read_file("inner_link").error, "outside_root");
    for (const char* path : {"../secret.txt", "sub/../../secret.txt", "abs_link", "rel_link", "dir_link/secret.txt",
                             "/etc/hostname", ".."})
        EXPECT_EQ(r.read_file(path).error, "outside_root") << path;
    EXPECT_TRUE(r.write_file("sub/w.txt", "w").ok());
    EXPECT_EQ(r.read_file("sub/w.txt").data, "w");
    EXPECT_EQ(r.list_dir("sub").names, (std::vector<std::string>{"b.txt", "w.txt"}));
    EXPECT_EQ(r.read_file("missing").error, "enoent");
    EXPECT_EQ(r.list_dir("dir_link").error, "outside_root");
    use_openat2(true);
}

}  // namespace
}  // namespace ember::script
