// ember_ffi natives: C functions of shared libraries called through libffi (docs/ffi.md). The guest
// module lib/ember/src/ember_ffi.erl binds this static NIF library from its -on_load function; every
// row carries kCapNativeCode, so a process without native_code cannot touch any of it.
//
// Handles are resource references (nif/resource.hpp): a library (dlopen handle), a function (symbol +
// prepared libffi call interface) and a buffer (zeroed native bytes for out-parameters). A function
// keeps its library object alive; `close` empties the library's dlopen handle, so the functions made
// from it raise error:closed, and dlclose runs when the last call that was already running ends.
//
// What is checked (an error, never a crash): handle kinds, type atoms, argument count, each argument
// against its type (integer ranges, NUL-free strings, live buffers), buffer bounds. What cannot be
// checked: that the C function really has the signature it was declared with, and what C does with
// the pointers it is given.
#include <dlfcn.h>
#include <ffi.h>

#include <cfloat>
#include <climits>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "bifs/bif.hpp"
#include "nif/resource.hpp"
#include "nif/static_nifs.hpp"
#include "vm/arith.hpp"
#include "vm/bignum.hpp"

namespace ember::nif {

using namespace ember::vm;

namespace {

// ---- types -------------------------------------------------------------------------------------------

enum class CType : std::uint8_t {
    Void, Int8, Int16, Int32, Int64, UInt8, UInt16, UInt32, UInt64, Float, Double,
    Pointer,  // an address: integer, buffer handle or null
    String,   // an iolist/binary copied with a NUL terminator (arg); a NUL-terminated char* (return)
    Binary,   // a binary's bytes, read-only (arg only)
    Buffer,   // a live buffer handle's bytes (arg only)
};

constexpr CType int_of_size(std::size_t bytes, bool is_signed) {
    switch (bytes) {
    case 1: return is_signed ? CType::Int8 : CType::UInt8;
    case 2: return is_signed ? CType::Int16 : CType::UInt16;
    case 4: return is_signed ? CType::Int32 : CType::UInt32;
    default: return is_signed ? CType::Int64 : CType::UInt64;
    }
}

struct TypeName {
    const char* name;
    CType type;
};

// The C names map to fixed widths by this platform's sizes (LP64 on Linux: long and size_t are 64 bits).
const TypeName kTypeNames[] = {
    {"void", CType::Void},       {"int8", CType::Int8},     {"int16", CType::Int16},
    {"int32", CType::Int32},     {"int64", CType::Int64},   {"uint8", CType::UInt8},
    {"uint16", CType::UInt16},   {"uint32", CType::UInt32}, {"uint64", CType::UInt64},
    {"float", CType::Float},     {"double", CType::Double}, {"pointer", CType::Pointer},
    {"string", CType::String},   {"binary", CType::Binary}, {"buffer", CType::Buffer},
    {"char", int_of_size(sizeof(char), CHAR_MIN < 0)},
    {"short", int_of_size(sizeof(short), true)},
    {"ushort", int_of_size(sizeof(short), false)},
    {"int", int_of_size(sizeof(int), true)},
    {"uint", int_of_size(sizeof(int), false)},
    {"long", int_of_size(sizeof(long), true)},
    {"ulong", int_of_size(sizeof(long), false)},
    {"size_t", int_of_size(sizeof(std::size_t), false)},
    {"ssize_t", int_of_size(sizeof(std::size_t), true)},
};

bool type_of_atom(Term t, CType& out) {
    if (!is_atom(t)) return false;
    for (const TypeName& n : kTypeNames) {
        if (t == AtomTable::global().intern(n.name)) {
            out = n.type;
            return true;
        }
    }
    return false;
}

ffi_type* ffi_type_of(CType t) {
    switch (t) {
    case CType::Void: return &ffi_type_void;
    case CType::Int8: return &ffi_type_sint8;
    case CType::Int16: return &ffi_type_sint16;
    case CType::Int32: return &ffi_type_sint32;
    case CType::Int64: return &ffi_type_sint64;
    case CType::UInt8: return &ffi_type_uint8;
    case CType::UInt16: return &ffi_type_uint16;
    case CType::UInt32: return &ffi_type_uint32;
    case CType::UInt64: return &ffi_type_uint64;
    case CType::Float: return &ffi_type_float;
    case CType::Double: return &ffi_type_double;
    default: return &ffi_type_pointer;
    }
}

std::size_t size_of(CType t) { return t == CType::Void ? 0 : ffi_type_of(t)->size; }

bool is_signed_int(CType t) { return t >= CType::Int8 && t <= CType::Int64; }
bool is_unsigned_int(CType t) { return t >= CType::UInt8 && t <= CType::UInt64; }

// ---- resources ---------------------------------------------------------------------------------------

struct DlHandle {
    explicit DlHandle(void* h) : handle(h) {}
    ~DlHandle() { dlclose(handle); }
    DlHandle(const DlHandle&) = delete;
    DlHandle& operator=(const DlHandle&) = delete;
    void* const handle;
};

struct FfiLibrary final : Resource {
    explicit FfiLibrary(std::shared_ptr<DlHandle> h) : Resource(ResourceKind::FfiLibrary), dl(std::move(h)) {}
    // The open handle, or nullptr once closed. Callers hold the copy while they use the library.
    std::shared_ptr<DlHandle> acquire() {
        std::lock_guard lock(mutex);
        return dl;
    }
    void close() {
        std::shared_ptr<DlHandle> dropped;  // dlclose outside the lock (it runs destructors)
        std::lock_guard lock(mutex);
        dropped.swap(dl);
    }

private:
    std::mutex mutex;
    std::shared_ptr<DlHandle> dl;
};

struct FfiFunction final : Resource {
    FfiFunction() : Resource(ResourceKind::FfiFunction) {}
    std::shared_ptr<FfiLibrary> library;
    void (*code)() = nullptr;
    CType ret = CType::Void;
    std::vector<CType> args;
    std::vector<ffi_type*> ffi_args;  // invariant: not resized after ffi_prep_cif (cif points into it)
    ffi_cif cif{};
};

// Invariant: bytes is non-null (calloc of at least one byte) and holds `size` zero-initialized bytes.
struct FfiBuffer final : Resource {
    FfiBuffer(std::uint8_t* b, std::size_t n) : Resource(ResourceKind::FfiBuffer), bytes(b), size(n) {}
    ~FfiBuffer() override { std::free(bytes); }
    FfiBuffer(const FfiBuffer&) = delete;
    FfiBuffer& operator=(const FfiBuffer&) = delete;
    std::uint8_t* const bytes;
    const std::size_t size;
};

// The largest buffer alloc/1 makes (4 GiB); above it, system_limit.
constexpr std::uint64_t kMaxBufferSize = std::uint64_t(1) << 32;

Term raise(Process* p, Term reason) {
    raise_error(p, reason);
    return kNonValue;
}

Term error_tuple(Process* p, Term kind, Term what) {
    return make_tuple2(*p, am_error, make_tuple2(*p, kind, what));
}

std::shared_ptr<FfiBuffer> find_buffer(Term t) {
    return ResourceTable::global().find_as<FfiBuffer>(t, ResourceKind::FfiBuffer);
}

// ---- open / close / fn -------------------------------------------------------------------------------

// open(default | Path): dlopen with RTLD_NOW | RTLD_LOCAL; `default` is the program itself with every
// library it loaded globally (libc, libm, ...). Runs on the dirty IO pool (dlopen reads files and runs
// the library's constructors).
EMBER_BIF(nif_open) {
    std::string path;
    bool program = args[0] == bifs::atom("default");
    // A file name as prim_file takes it: a (deep) list of code points as UTF-8, a binary as raw bytes.
    if (!program && (!native_name(args[0], path) || path.empty())) return badarg(p);
    void* h = dlopen(program ? nullptr : path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        const char* why = dlerror();
        return error_tuple(p, bifs::atom("open_failed"), make_charlist(*p, why ? why : "dlopen failed"));
    }
    auto lib = std::make_shared<FfiLibrary>(std::make_shared<DlHandle>(h));
    return make_tuple2(*p, am_ok, ResourceTable::global().make_unguessable(*p, p->pid, std::move(lib)));
}

EMBER_BIF(nif_close) {
    auto lib = ResourceTable::global().find_as<FfiLibrary>(args[0], ResourceKind::FfiLibrary);
    if (!lib) return badarg(p);
    ResourceTable::global().release(args[0]);
    lib->close();
    return am_ok;
}

// Parses fn/4's type list into f (variadic marker '...' sets nfixed); returns kNonValue when all is
// well, else the {error, {bad_type, T}} answer (badarg for a list that is not proper is the caller's).
Term parse_arg_types(Process* p, Term list, FfiFunction& f, unsigned& nfixed, bool& variadic) {
    Term ellipsis = bifs::atom("...");
    variadic = false;
    for (Term t = list; t != kNil; t = cdr(t)) {
        Term a = car(t);
        if (a == ellipsis && !variadic) {
            variadic = true;
            nfixed = static_cast<unsigned>(f.args.size());
            continue;
        }
        CType ct;
        // C's default argument promotions: a variadic argument is never float, char or short.
        if (!type_of_atom(a, ct) || ct == CType::Void ||
            (variadic && (ct == CType::Float || size_of(ct) < sizeof(int))))
            return error_tuple(p, bifs::atom("bad_type"), a);
        f.args.push_back(ct);
        f.ffi_args.push_back(ffi_type_of(ct));
    }
    if (!variadic) nfixed = static_cast<unsigned>(f.args.size());
    return kNonValue;
}

// fn(Lib, Symbol, ArgTypes, RetType) -> {ok, Fn} | {error, Reason}.
EMBER_BIF(nif_fn) {
    auto lib = ResourceTable::global().find_as<FfiLibrary>(args[0], ResourceKind::FfiLibrary);
    std::string symbol;
    if (!lib || !(is_atom(args[1]) ? (symbol = std::string(atom_name(args[1])), true)
                                   : bifs::latin1_string(args[1], symbol)) ||
        symbol.empty() || symbol.find('\0') != std::string::npos || list_length(args[2]) < 0)
        return badarg(p);
    auto f = std::make_shared<FfiFunction>();
    unsigned nfixed = 0;
    bool variadic = false;
    if (Term bad = parse_arg_types(p, args[2], *f, nfixed, variadic); bad != kNonValue) return bad;
    if (!type_of_atom(args[3], f->ret) || f->ret == CType::Binary || f->ret == CType::Buffer)
        return error_tuple(p, bifs::atom("bad_type"), args[3]);
    std::shared_ptr<DlHandle> dl = lib->acquire();
    if (!dl) return make_tuple2(*p, am_error, bifs::atom("closed"));  // closed by another process meanwhile
    dlerror();
    void* sym = dlsym(dl->handle, symbol.c_str());
    if (!sym) return error_tuple(p, bifs::atom("undefined_symbol"), args[1]);
    f->code = reinterpret_cast<void (*)()>(sym);
    f->library = std::move(lib);
    ffi_status st = variadic ? ffi_prep_cif_var(&f->cif, FFI_DEFAULT_ABI, nfixed, static_cast<unsigned>(f->args.size()),
                                                ffi_type_of(f->ret), f->ffi_args.data())
                             : ffi_prep_cif(&f->cif, FFI_DEFAULT_ABI, static_cast<unsigned>(f->args.size()),
                                            ffi_type_of(f->ret), f->ffi_args.data());
    if (st != FFI_OK) return make_tuple2(*p, am_error, bifs::atom("bad_signature"));
    return make_tuple2(*p, am_ok, ResourceTable::global().make_unguessable(*p, p->pid, std::move(f)));
}

// ---- call --------------------------------------------------------------------------------------------

// One argument's native value; libffi reads size_of(type) bytes at its address.
union Slot {
    std::int8_t i8;
    std::int16_t i16;
    std::int32_t i32;
    std::int64_t i64;
    std::uint8_t u8;
    std::uint16_t u16;
    std::uint32_t u32;
    std::uint64_t u64;
    float f;
    double d;
    const void* ptr;
};

// What a call keeps alive until ffi_call returns: copied strings and the buffers it points into.
struct CallScratch {
    std::vector<std::unique_ptr<char[]>> bytes;
    std::vector<std::shared_ptr<FfiBuffer>> buffers;
};

// Atoms a call may meet per argument, interned once.
struct CallAtoms {
    Term null = bifs::atom("null");
    Term infinity = bifs::atom("infinity");
    Term neg_infinity = bifs::atom("neg_infinity");
    Term nan = bifs::atom("nan");
};
const CallAtoms& call_atoms() {
    static const CallAtoms atoms;
    return atoms;
}

bool to_double(Term t, double& out) {
    if (is_float(t)) {
        out = float_value(t);
        return true;
    }
    if (is_integer(t)) return integer_to_double(t, &out);
    if (t == call_atoms().infinity) out = HUGE_VAL;
    else if (t == call_atoms().neg_infinity) out = -HUGE_VAL;
    else if (t == call_atoms().nan) out = std::nan("");
    else return false;
    return true;
}

// The bytes of a binary or iolist into a new NUL-terminated copy; false if t is neither or holds NUL.
bool copy_c_string(Term t, CallScratch& scratch, const void*& out) {
    std::string s;
    if (!bifs::iolist_bytes(t, s) || s.find('\0') != std::string::npos) return false;
    auto copy = std::make_unique<char[]>(s.size() + 1);
    std::memcpy(copy.get(), s.c_str(), s.size() + 1);
    out = copy.get();
    scratch.bytes.push_back(std::move(copy));
    return true;
}

// A binary's bytes: in place when byte-aligned, else copied into scratch.
bool binary_bytes(Term t, CallScratch& scratch, const void*& out) {
    static const std::uint8_t kEmpty = 0;
    if (!is_bitstring(t)) return false;
    BinaryRef r = binary_ref(t);
    if (!r.is_binary()) return false;
    if (r.byte_size() == 0) {
        out = &kEmpty;
    } else if (r.byte_aligned()) {
        out = r.data;
    } else {
        auto copy = std::make_unique<char[]>(r.byte_size());
        copy_bits(r.data, r.bit_offset, reinterpret_cast<std::uint8_t*>(copy.get()), 0, r.bit_size);
        out = copy.get();
        scratch.bytes.push_back(std::move(copy));
    }
    return true;
}

// Converts t to the native value of `type`; false if t does not fit the type.
bool to_slot(Term t, CType type, Slot& s, CallScratch& scratch) {
    if (is_signed_int(type)) {
        std::int64_t v;
        if (!is_integer(t) || !integer_to_int64(t, &v)) return false;
        switch (type) {
        case CType::Int8: if (v < INT8_MIN || v > INT8_MAX) return false; s.i8 = std::int8_t(v); break;
        case CType::Int16: if (v < INT16_MIN || v > INT16_MAX) return false; s.i16 = std::int16_t(v); break;
        case CType::Int32: if (v < INT32_MIN || v > INT32_MAX) return false; s.i32 = std::int32_t(v); break;
        default: s.i64 = v; break;
        }
        return true;
    }
    if (is_unsigned_int(type)) {
        std::uint64_t v;
        if (!is_integer(t) || !integer_to_uint64(t, &v)) return false;
        switch (type) {
        case CType::UInt8: if (v > UINT8_MAX) return false; s.u8 = std::uint8_t(v); break;
        case CType::UInt16: if (v > UINT16_MAX) return false; s.u16 = std::uint16_t(v); break;
        case CType::UInt32: if (v > UINT32_MAX) return false; s.u32 = std::uint32_t(v); break;
        default: s.u64 = v; break;
        }
        return true;
    }
    Term null = call_atoms().null;
    switch (type) {
    case CType::Double: return to_double(t, s.d);
    case CType::Float: {
        double d;
        if (!to_double(t, d) || (std::isfinite(d) && std::fabs(d) > FLT_MAX)) return false;
        s.f = static_cast<float>(d);
        return true;
    }
    case CType::Pointer: {
        std::uint64_t v;
        if (t == null) {
            s.ptr = nullptr;
        } else if (is_integer(t)) {
            if (!integer_to_uint64(t, &v)) return false;
            s.ptr = reinterpret_cast<const void*>(static_cast<std::uintptr_t>(v));
        } else if (auto b = find_buffer(t)) {
            s.ptr = b->bytes;
            scratch.buffers.push_back(std::move(b));
        } else {
            return false;
        }
        return true;
    }
    case CType::Buffer: {
        auto b = find_buffer(t);
        if (!b) return false;
        s.ptr = b->bytes;
        scratch.buffers.push_back(std::move(b));
        return true;
    }
    case CType::String:
        if (t == null) {
            s.ptr = nullptr;
            return true;
        }
        return copy_c_string(t, scratch, s.ptr);
    case CType::Binary: return binary_bytes(t, scratch, s.ptr);
    default: return false;
    }
}

Term from_double(Process* p, double d) {
    if (std::isnan(d)) return call_atoms().nan;
    if (std::isinf(d)) return d > 0 ? call_atoms().infinity : call_atoms().neg_infinity;
    return make_float(*p, d);
}

// The Erlang value of a call's result. libffi widens integer results narrower than a register to
// ffi_arg (sign- or zero-extended), so they are read from the full word and narrowed.
Term from_result(Process* p, CType type, const void* rvalue) {
    ffi_arg a;
    std::memcpy(&a, rvalue, sizeof a);
    auto sa = static_cast<ffi_sarg>(a);
    switch (type) {
    case CType::Void: return am_ok;
    case CType::Int8: return make_small(static_cast<std::int8_t>(sa));
    case CType::Int16: return make_small(static_cast<std::int16_t>(sa));
    case CType::Int32: return make_small(static_cast<std::int32_t>(sa));
    case CType::Int64: return make_integer(*p, static_cast<std::int64_t>(sa));
    case CType::UInt8: return make_small(static_cast<std::uint8_t>(a));
    case CType::UInt16: return make_small(static_cast<std::uint16_t>(a));
    case CType::UInt32: return make_small(static_cast<std::uint32_t>(a));
    case CType::UInt64: return make_integer_u64(*p, static_cast<std::uint64_t>(a));
    case CType::Float: {
        float f;
        std::memcpy(&f, rvalue, sizeof f);
        return from_double(p, f);
    }
    case CType::Double: {
        double d;
        std::memcpy(&d, rvalue, sizeof d);
        return from_double(p, d);
    }
    case CType::Pointer: {
        void* ptr;
        std::memcpy(&ptr, rvalue, sizeof ptr);
        return make_integer_u64(*p, reinterpret_cast<std::uintptr_t>(ptr));
    }
    case CType::String: {
        const char* s;
        std::memcpy(&s, rvalue, sizeof s);
        if (!s) return call_atoms().null;
        return make_binary(*p, std::string_view(s));
    }
    default: return am_ok;  // Binary and Buffer are refused as return types by fn/4
    }
}

// call(Fn, Args): on whatever thread the row says (normal, dirty CPU or dirty IO).
EMBER_BIF(nif_call) {
    auto f = ResourceTable::global().find_as<FfiFunction>(args[0], ResourceKind::FfiFunction);
    if (!f) return badarg(p);
    std::int64_t n = list_length(args[1]);
    if (n < 0) return badarg(p);
    if (static_cast<std::size_t>(n) != f->args.size())
        return raise(p, make_tuple3(*p, bifs::atom("bad_arg_count"), make_small(SWord(f->args.size())),
                                    make_small(n)));
    // Up to kInlineArgs arguments live on the C++ stack (most C functions take few).
    constexpr std::size_t kInlineArgs = 8;
    Slot inline_slots[kInlineArgs];
    void* inline_values[kInlineArgs];
    std::vector<Slot> heap_slots;
    std::vector<void*> heap_values;
    Slot* slots = inline_slots;
    void** values = inline_values;
    if (f->args.size() > kInlineArgs) {
        heap_slots.resize(f->args.size());
        heap_values.resize(f->args.size());
        slots = heap_slots.data();
        values = heap_values.data();
    }
    CallScratch scratch;
    Term t = args[1];
    for (std::size_t i = 0; i < f->args.size(); ++i, t = cdr(t)) {
        slots[i].u64 = 0;
        if (!to_slot(car(t), f->args[i], slots[i], scratch))
            return raise(p, make_tuple2(*p, bifs::atom("bad_arg"), make_small(SWord(i + 1))));
        values[i] = &slots[i];
    }
    std::shared_ptr<DlHandle> dl = f->library->acquire();  // the code stays mapped until the call returns
    if (!dl) return raise(p, bifs::atom("closed"));
    alignas(16) std::uint8_t result[16] = {};  // >= sizeof(ffi_arg), double and pointers
    ffi_call(&f->cif, f->code, result, values);
    return from_result(p, f->ret, result);
}

// ---- buffers -----------------------------------------------------------------------------------------

EMBER_BIF(nif_alloc) {
    std::uint64_t size;
    if (!is_integer(args[0])) return badarg(p);
    bool negative = is_small(args[0]) ? small_value(args[0]) < 0 : bignum_negative(args[0]);
    if (negative) return badarg(p);
    if (!integer_to_uint64(args[0], &size)) return raise(p, am_system_limit);  // >= 2^64
    if (size > kMaxBufferSize) return raise(p, am_system_limit);
    void* bytes = std::calloc(size ? size : 1, 1);
    if (!bytes) return raise(p, am_system_limit);
    auto b = std::make_shared<FfiBuffer>(static_cast<std::uint8_t*>(bytes), static_cast<std::size_t>(size));
    return ResourceTable::global().make_unguessable(*p, p->pid, std::move(b));
}

EMBER_BIF(nif_free) {
    if (!find_buffer(args[0])) return badarg(p);
    ResourceTable::global().release(args[0]);
    return am_ok;
}

// Offset and length within the buffer: [off, off + len) inside [0, size).
bool in_bounds(const FfiBuffer& b, Term off_t, std::uint64_t len, std::size_t& off) {
    std::uint64_t o;
    if (!is_integer(off_t) || !integer_to_uint64(off_t, &o)) return false;
    if (o > b.size || len > b.size - o) return false;
    off = static_cast<std::size_t>(o);
    return true;
}

EMBER_BIF(nif_read) {
    auto b = find_buffer(args[0]);
    std::uint64_t len;
    std::size_t off;
    if (!b || !is_integer(args[2]) || !integer_to_uint64(args[2], &len) || !in_bounds(*b, args[1], len, off))
        return badarg(p);
    return make_binary(*p, b->bytes + off, static_cast<std::size_t>(len));
}

EMBER_BIF(nif_write) {
    auto b = find_buffer(args[0]);
    std::string data;
    std::size_t off;
    if (!b || !bifs::iolist_bytes(args[2], data) || !in_bounds(*b, args[1], data.size(), off)) return badarg(p);
    std::memcpy(b->bytes + off, data.data(), data.size());
    return am_ok;
}

EMBER_BIF(nif_size) {
    auto b = find_buffer(args[0]);
    if (!b) return badarg(p);
    return make_integer_u64(*p, b->size);
}

EMBER_BIF(nif_address) {
    auto b = find_buffer(args[0]);
    if (!b) return badarg(p);
    return make_integer_u64(*p, reinterpret_cast<std::uintptr_t>(b->bytes));
}

EMBER_BIF(nif_sizeof) {
    CType t;
    if (!type_of_atom(args[0], t)) return badarg(p);
    return make_small(SWord(size_of(t)));
}

const BifSpec kNifs[] = {
    {"ember_ffi", "open", 1, nif_open, kCapNativeCode, DirtyKind::Io},
    {"ember_ffi", "close", 1, nif_close, kCapNativeCode},
    {"ember_ffi", "fn", 4, nif_fn, kCapNativeCode},
    {"ember_ffi", "call", 2, nif_call, kCapNativeCode},
    {"ember_ffi", "call_dirty_cpu", 2, nif_call, kCapNativeCode, DirtyKind::Cpu},
    {"ember_ffi", "call_dirty_io", 2, nif_call, kCapNativeCode, DirtyKind::Io},
    {"ember_ffi", "alloc", 1, nif_alloc, kCapNativeCode},
    {"ember_ffi", "free", 1, nif_free, kCapNativeCode},
    {"ember_ffi", "read", 3, nif_read, kCapNativeCode},
    {"ember_ffi", "write", 3, nif_write, kCapNativeCode},
    {"ember_ffi", "size", 1, nif_size, kCapNativeCode},
    {"ember_ffi", "address", 1, nif_address, kCapNativeCode},
    {"ember_ffi", "sizeof", 1, nif_sizeof, kCapNativeCode},
};

}  // namespace

std::span<const BifSpec> ember_ffi_nifs() { return kNifs; }

}  // namespace ember::nif
