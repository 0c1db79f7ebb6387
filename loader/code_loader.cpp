#include "loader/code_loader.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <filesystem>

#include "loader/beam_file.hpp"
#include "loader/module_md5.hpp"
#include "loader/transform.hpp"
#include "vm/atom_table.hpp"

namespace ember::loader {

namespace fs = std::filesystem;

namespace {
std::atomic<bool> g_erts_nif_on_load_at_load{true};
}  // namespace

void set_erts_nif_on_load_at_load(bool on) { g_erts_nif_on_load_at_load.store(on, std::memory_order_relaxed); }

std::unique_ptr<vm::Module> prepare_module_bytes(std::span<const std::uint8_t> bytes, std::string_view name_hint,
                                                 std::string* error) {
    // A gzip-compressed beam is inflated once, here; parse_beam and module_md5 both read the image.
    std::vector<std::uint8_t> inflated;
    std::span<const std::uint8_t> image;
    std::string gzip_error;
    if (!plain_beam_image(bytes, inflated, image, gzip_error)) {
        if (error) *error = LoadError{std::string(name_hint), "", 0, "gzip: " + gzip_error}.to_string();
        return nullptr;
    }
    BeamResult parsed = parse_beam(image, name_hint);
    if (!parsed) {
        if (error) *error = parsed.error().to_string();
        return nullptr;
    }
    auto translated = translate(*parsed);
    if (!translated) {
        if (error) *error = translated.error().to_string();
        return nullptr;
    }
    std::unique_ptr<vm::Module> m = std::move(*translated);
    module_md5(image, m->md5);
    // erts' preloaded NIF modules have no -on_load attribute: erl_init:start/2 calls their on_load/0 at
    // boot. Ember runs it the same way as an -on_load function, when the module is first loaded.
    static const vm::Term kErtsOnLoad[] = {vm::AtomTable::global().intern("prim_buffer"),
                                           vm::AtomTable::global().intern("prim_file"),
                                           vm::AtomTable::global().intern("zlib")};
    if (!m->on_load && g_erts_nif_on_load_at_load.load(std::memory_order_relaxed) && std::find(std::begin(kErtsOnLoad), std::end(kErtsOnLoad), m->name) != std::end(kErtsOnLoad)) {
        vm::Term on_load = vm::AtomTable::global().intern("on_load");
        for (const vm::FunctionInfo& f : m->functions)
            if (f.name == on_load && f.arity == 0) m->on_load = f.entry();
    }
    return m;
}

vm::Module* load_module_bytes(std::span<const std::uint8_t> bytes, std::string_view name_hint, std::string* error) {
    std::unique_ptr<vm::Module> prepared = prepare_module_bytes(bytes, name_hint, error);
    if (!prepared) return nullptr;
    vm::Module* m = prepared.get();
    if (m->on_load) vm::CodeServer::global().publish_pending(std::move(prepared));
    else vm::CodeServer::global().publish(std::move(prepared));
    return m;
}

bool read_file_bytes(const std::string& path, std::vector<std::uint8_t>& bytes) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    struct stat st {};
    bool ok = ::fstat(fd, &st) == 0;
    // One byte over the size: the read that finds the end then needs no bigger buffer.
    bytes.resize(ok && st.st_size > 0 ? static_cast<std::size_t>(st.st_size) + 1 : 4096);
    std::size_t got = 0;
    while (ok) {
        if (got == bytes.size()) bytes.resize(bytes.size() * 2);
        ssize_t n = ::read(fd, bytes.data() + got, bytes.size() - got);
        if (n > 0) got += static_cast<std::size_t>(n);
        else if (n == 0) break;
        else if (errno != EINTR) ok = false;
    }
    ::close(fd);
    bytes.resize(got);
    return ok;
}

vm::Module* load_module_file(const std::string& path, std::string* error) {
    std::vector<std::uint8_t> bytes;
    if (!read_file_bytes(path, bytes)) {
        if (error) *error = path + ": cannot open";
        return nullptr;
    }
    return load_module_bytes(bytes, fs::path(path).stem().string(), error);
}

CodePath& CodePath::global() {
    static CodePath path;
    return path;
}

void CodePath::add_front(const std::string& dir) {
    std::lock_guard lock(m_mutex);
    m_dirs.insert(m_dirs.begin(), dir);
}

void CodePath::add_back(const std::string& dir) {
    std::lock_guard lock(m_mutex);
    m_dirs.push_back(dir);
}

void CodePath::add_otp_root(const std::string& root) {
    std::error_code ec;
    std::vector<std::string> found;
    for (const auto& entry : fs::directory_iterator(fs::path(root) / "lib", ec)) {
        fs::path ebin = entry.path() / "ebin";
        if (fs::is_directory(ebin, ec)) found.push_back(ebin.string());
    }
    std::sort(found.begin(), found.end());
    // kernel and stdlib first, as erl's boot script puts them.
    std::stable_partition(found.begin(), found.end(), [](const std::string& d) {
        return d.find("/kernel-") != std::string::npos || d.find("/stdlib-") != std::string::npos;
    });
    std::lock_guard lock(m_mutex);
    m_otp_root = root;
    for (auto& d : found) m_dirs.push_back(d);
}

std::string CodePath::otp_root() {
    std::lock_guard lock(m_mutex);
    return m_otp_root;
}

std::string CodePath::find(std::string_view module) {
    std::lock_guard lock(m_mutex);
    std::error_code ec;
    for (const std::string& dir : m_dirs) {
        fs::path p = fs::path(dir) / (std::string(module) + ".beam");
        if (fs::is_regular_file(p, ec)) return p.string();
    }
    return {};
}

std::vector<std::string> CodePath::dirs() {
    std::lock_guard lock(m_mutex);
    return m_dirs;
}

vm::Module* ensure_loaded(vm::Term module, std::string* error) {
    static std::mutex load_mutex;
    vm::CodeServer& server = vm::CodeServer::global();
    if (vm::Module* m = server.find_module(module)) return m;
    std::lock_guard lock(load_mutex);
    if (vm::Module* m = server.find_module(module)) return m;
    if (!server.is_pending(module)) {
        std::string path = CodePath::global().find(vm::atom_name(module));
        if (path.empty()) {
            if (error) *error = "nofile";
            return nullptr;
        }
        vm::Module* m = load_module_file(path, error);
        if (!m || !m->on_load) return m;
    }
    if (error) *error = kOnLoadPending;
    return nullptr;
}

}  // namespace ember::loader
