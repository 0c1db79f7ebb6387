// BEAM file reader tests: synthetic beams for each error path, small modules compiled with erlc, and
// every beam of the installed OTP, checked against what beam_lib / beam_disasm say in real erl.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "beam_builder.hpp"
#include "loader/beam_file.hpp"
#include "loader/disasm.hpp"
#include "vm/atom_table.hpp"

namespace fs = std::filesystem;
using namespace ember::loader;
using ember::vm::atom_name;
using namespace ember::test;

namespace {

std::vector<std::uint8_t> read_bytes(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::vector<std::uint8_t>(std::istreambuf_iterator<char>(in), {});
}

fs::path temp_dir_path() { return fs::temp_directory_path() / ("ember_beam_test_" + std::to_string(::getpid())); }

fs::path temp_dir() {
    static fs::path dir = [] {
        fs::path d = temp_dir_path();
        fs::create_directories(d);
        return d;
    }();
    return dir;
}

// Removes the temp dir (compiled modules, erl output) when the test program ends.
class TempDirCleanup : public ::testing::Environment {
public:
    void TearDown() override {
        std::error_code ec;
        fs::remove_all(temp_dir_path(), ec);
    }
};
const auto* const kCleanup = ::testing::AddGlobalTestEnvironment(new TempDirCleanup);

// Compiles `source` (module `name`) with erlc into the temp dir; returns the .beam path.
fs::path compile_erl(const std::string& name, const std::string& source) {
    fs::path erl = temp_dir() / (name + ".erl");
    std::ofstream(erl) << source;
    std::string cmd = "cd '" + temp_dir().string() + "' && erlc '" + erl.string() + "'";
    EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
    return temp_dir() / (name + ".beam");
}

std::vector<fs::path> otp_beams() {
    std::vector<fs::path> out;
    fs::path lib = fs::path(EMBER_OTP_ROOT) / "lib";
    for (const auto& app : fs::directory_iterator(lib)) {
        fs::path ebin = app.path() / "ebin";
        if (!fs::is_directory(ebin)) continue;
        for (const auto& f : fs::directory_iterator(ebin))
            if (f.path().extension() == ".beam") out.push_back(f.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::string parse_error(const std::vector<std::uint8_t>& bytes) {
    auto r = parse_beam(bytes, "m");
    return r ? std::string("ok") : r.error().to_string();
}

}  // namespace

TEST(BeamFile, SyntheticMinimalModule) {
    auto r = parse_beam(synthetic({}), "m");
    ASSERT_TRUE(r) << r.error().to_string();
    EXPECT_EQ(r->module_name(), "m");
    ASSERT_EQ(r->atoms.size(), 3u);
    EXPECT_EQ(r->atoms[0], ember::vm::kNonValue);
    ASSERT_EQ(r->exports.size(), 1u);
    EXPECT_EQ(atom_name(r->exports[0].function), "f");
    EXPECT_EQ(r->exports[0].label, 2u);
    ASSERT_EQ(r->code.size(), 5u);
    EXPECT_EQ(r->code[1].op, GenOp::op_func_info);
    EXPECT_EQ(r->code[1].args[0].kind, OperandKind::Atom);
    EXPECT_EQ(r->code.back().op, GenOp::op_int_code_end);
}

TEST(BeamFile, OperandForms) {
    // move {integer,-5} x0 ; move 2^64 (9 bytes, becomes a literal) x1 ; move nil y1 ; move x(1023) x0
    std::vector<std::uint8_t> body{64, 0x19, 0xFF, 0xFB, 0x03,
                                   64, 0xF9, 0x00, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0x13,
                                   64, 0x02, 0x14,
                                   64, 0x6B, 0xFF, 0x03};
    auto r = parse_beam(synthetic(body), "m");
    ASSERT_TRUE(r) << r.error().to_string();
    const auto& c = r->code;
    ASSERT_EQ(c.size(), 9u);
    EXPECT_EQ(c[3].args[0].kind, OperandKind::Integer);
    EXPECT_EQ(c[3].args[0].value, -5);
    EXPECT_EQ(c[4].args[0].kind, OperandKind::Literal);
    ASSERT_EQ(r->literals.size(), 1u);
    EXPECT_EQ(r->file_literal_count, 0u);
    std::vector<std::uint8_t> two64{131, 110, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    EXPECT_EQ(r->literals[0], two64);
    EXPECT_EQ(c[4].args[1].kind, OperandKind::X);
    EXPECT_EQ(c[4].args[1].value, 1);
    EXPECT_EQ(c[5].args[0].kind, OperandKind::Nil);
    EXPECT_EQ(c[5].args[1].kind, OperandKind::Y);
    EXPECT_EQ(c[6].args[0].kind, OperandKind::X);
    EXPECT_EQ(c[6].args[0].value, 1023);
}

TEST(BeamFile, ErrorsNameChunkAndOffset) {
    // x register 1024.
    auto bad_x = synthetic({64, 0x8B, 0x00, 0x04});
    auto r = parse_beam(bad_x, "m");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().chunk, "Code");
    EXPECT_EQ(r.error().module, "m");
    EXPECT_NE(r.error().message.find("register"), std::string::npos) << r.error().to_string();
    EXPECT_GT(r.error().offset, 20u);
    EXPECT_EQ(bad_x[r.error().offset], 0x8B);

    EXPECT_NE(parse_error(synthetic({61, 0x55})).find("label 5 out of range"), std::string::npos);  // jump f(5)
    EXPECT_NE(parse_error(synthetic({64, 0x92, 0x03})).find("atom index"), std::string::npos);      // a(9)
    EXPECT_NE(parse_error(synthetic({64, 0x47, 0x00, 0x03})).find("literal index"), std::string::npos);
    EXPECT_NE(parse_error(synthetic({185})).find("newer"), std::string::npos);
    EXPECT_NE(parse_error(synthetic({27, 0, 0, 0, 0})).find("obsolete"), std::string::npos);  // m_plus
    EXPECT_NE(parse_error(synthetic({64, 0x03, 0x05})).find("expected 'd'"), std::string::npos);  // move x0 f0
    EXPECT_NE(parse_error(synthetic({7, 0x10, 0x00})).find("import index"), std::string::npos);    // call_ext 1 0
    EXPECT_EQ(parse_error(synthetic({61, 0x05})), "ok");  // jump f(0) is fine at decode time
    // Export of a label that no `label` instruction defines; a label defined twice.
    BeamBuilder undefined;
    undefined.add("AtU8", {0, 0, 0, 2, 1, 'm', 1, 'f'});
    undefined.add("Code", code_chunk({1, 0x10, 2, 0x12, 0x22, 0x00, 19, 3}));
    undefined.add("ImpT", {0, 0, 0, 0});
    undefined.add("ExpT", {0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 2});
    auto u = parse_beam(undefined.build(), "m");
    ASSERT_FALSE(u);
    EXPECT_EQ(u.error().chunk, "ExpT");
    EXPECT_NE(u.error().message.find("undefined label 2"), std::string::npos);
    EXPECT_NE(parse_error(synthetic({1, 0x20})).find("defined twice"), std::string::npos);
    auto newer = parse_error(synthetic({}, 185));
    EXPECT_NE(newer.find("needs a newer Ember"), std::string::npos) << newer;
    EXPECT_NE(parse_error({1, 2, 3}).find("FOR1"), std::string::npos);
}

TEST(BeamFile, OldLatin1AtomChunkAndLongAtomCounts) {
    // The pre-OTP 21 "Atom" chunk is Latin-1: byte 0xE9 is U+00E9.
    BeamBuilder old;
    old.add("Atom", {0, 0, 0, 2, 1, 'm', 2, 'f', 0xE9});
    std::vector<std::uint8_t> code{1, 0x10, 2, 0x12, 0x22, 0x00, 1, 0x20, 19, 3};
    old.add("Code", code_chunk(code));
    old.add("ImpT", {0, 0, 0, 0});
    old.add("ExpT", {0, 0, 0, 0});
    auto r = parse_beam(old.build(), "m");
    ASSERT_TRUE(r) << r.error().to_string();
    EXPECT_EQ(atom_name(r->atoms[2]), "f\xC3\xA9");
    // OTP 28 long atoms: a negative count means the lengths are compact u terms.
    BeamBuilder long_atoms;
    long_atoms.add("AtU8", {0xFF, 0xFF, 0xFF, 0xFE, 0x10, 'm', 0x10, 'f'});
    long_atoms.add("Code", code_chunk(code));
    long_atoms.add("ImpT", {0, 0, 0, 0});
    long_atoms.add("ExpT", {0, 0, 0, 0});
    r = parse_beam(long_atoms.build(), "m");
    ASSERT_TRUE(r) << r.error().to_string();
    EXPECT_EQ(atom_name(r->atoms[2]), "f");
}

TEST(BeamFile, TypeTableVersions) {
    std::vector<std::uint8_t> code{1, 0x10, 2, 0x12, 0x22, 0x00, 1, 0x20,
                                   64, 0x57, 0x03, 0x10, 0x03,  // move x(0)/t1 x(0)
                                   19, 3};
    auto with_types = [&](std::vector<std::uint8_t> type_chunk) {
        BeamBuilder b;
        b.add("AtU8", {0, 0, 0, 2, 1, 'm', 1, 'f'});
        b.add("Code", code_chunk(code));
        b.add("ImpT", {0, 0, 0, 0});
        b.add("ExpT", {0, 0, 0, 0});
        b.add("Type", std::move(type_chunk));
        return parse_beam(b.build(), "m");
    };
    // Version 3 (OTP 27): entry 0 any (bits 0x0FFF), entry 1 integer (bit 5) with both bounds.
    std::vector<std::uint8_t> v3{0, 0, 0, 3, 0, 0, 0, 2, 0x0F, 0xFF, 0x30, 0x20};
    for (int i = 0; i < 7; ++i) v3.push_back(0);
    v3.push_back(1);  // min 1
    for (int i = 0; i < 7; ++i) v3.push_back(0);
    v3.push_back(9);  // max 9
    auto r = with_types(v3);
    ASSERT_TRUE(r) << r.error().to_string();
    ASSERT_EQ(r->types.entries.size(), 2u);
    EXPECT_TRUE(r->types.entries[1].has_min && r->types.entries[1].has_max);
    EXPECT_EQ(r->types.entries[1].min, 1);
    EXPECT_EQ(r->types.entries[1].max, 9);
    EXPECT_EQ(r->code[3].args[0].type_index, 1u);
    // A type index beyond the table is an error; an unknown version makes registers untyped.
    v3[7] = 1;
    v3.resize(10);
    EXPECT_FALSE(with_types(v3));
    v3[3] = 99;
    r = with_types(v3);
    ASSERT_TRUE(r) << r.error().to_string();
    EXPECT_EQ(r->code[3].args[0].type_index, 0u);
}

TEST(BeamFile, GzippedBeam) {
    fs::path lists;
    for (const auto& p : otp_beams())
        if (p.filename() == "lists.beam") lists = p;
    ASSERT_FALSE(lists.empty());
    fs::path gz = temp_dir() / "lists.beam.gz";
    std::string cmd = "gzip -c '" + lists.string() + "' > '" + gz.string() + "'";
    ASSERT_EQ(std::system(cmd.c_str()), 0);
    auto plain = parse_beam(read_bytes(lists), "lists");
    auto zipped = parse_beam(read_bytes(gz), "lists");
    ASSERT_TRUE(plain && zipped);
    EXPECT_EQ(plain->code.size(), zipped->code.size());
    EXPECT_EQ(plain->literals, zipped->literals);
}

TEST(BeamFile, EveryTruncationFails) {
    auto good = synthetic({64, 0x19, 0xFF, 0xFB, 0x03});
    ASSERT_EQ(parse_error(good), "ok");
    for (std::size_t n = 0; n < good.size(); ++n) {
        std::vector<std::uint8_t> cut(good.begin(), good.begin() + std::ptrdiff_t(n));
        EXPECT_NE(parse_error(cut), "ok") << "prefix " << n;
    }
}

TEST(BeamFile, CompiledModuleOperandsAndLines) {
    fs::path beam = compile_erl("ember_t1", R"(-module(ember_t1).
-export([f/1, g/2, big/0, neg/0, h/1, k/0]).
f(X) -> {X, [1,2,3], "abc", 3.14}.
g(A, B) -> fun(Y) -> A + Y + B end.
big() -> 123456789012345678901234567890.
neg() -> -98765432109876543210.
h(<<A:8, B/binary>>) -> {A, B};
h(X) when is_list(X) -> lists:reverse(X);
h(M) when is_map(M) -> maps:get(a, M, -5).
-file("other.hrl", 100).
k() -> erlang:error(boom).
)");
    auto bytes = read_bytes(beam);
    auto r = parse_beam(bytes, "ember_t1");
    ASSERT_TRUE(r) << r.error().to_string();
    const BeamFile& b = *r;
    EXPECT_EQ(b.module_name(), "ember_t1");
    ASSERT_EQ(b.lambdas.size(), 1u);
    EXPECT_EQ(b.lambdas[0].num_free, 2u);
    EXPECT_EQ(b.lambdas[0].arity, 3u);
    // Big integers in code are literals, in the ETF term_to_binary gives in erl.
    std::vector<std::uint8_t> big{131, 110, 13, 0, 210, 10, 63, 78, 238, 224, 115, 195, 246, 15, 233, 142, 1};
    std::vector<std::uint8_t> neg{131, 110, 9, 1, 234, 126, 38, 229, 56, 77, 165, 90, 5};
    bool saw_big = false, saw_neg = false, saw_minus5 = false, saw_typed = false;
    for (const auto& in : b.code) {
        for (const auto& a : in.args) {
            if (a.kind == OperandKind::Literal && b.literals[std::size_t(a.value)] == big) saw_big = true;
            if (a.kind == OperandKind::Literal && b.literals[std::size_t(a.value)] == neg) saw_neg = true;
            if (a.kind == OperandKind::Integer && a.value == -5) saw_minus5 = true;
            if (a.is_register() && a.type_index != 0) saw_typed = true;
            for (const auto& e : a.list)
                if (e.is_register() && e.type_index != 0) saw_typed = true;
        }
    }
    EXPECT_TRUE(saw_big);
    EXPECT_TRUE(saw_neg);
    EXPECT_TRUE(saw_minus5);
    EXPECT_TRUE(saw_typed);
    EXPECT_TRUE(b.types.present);
    // Line items: f on line 3, g 4, big 5, neg 6, h 7, reverse call 8, maps:get 9, k at other.hrl:101.
    ASSERT_TRUE(b.lines.present);
    ASSERT_EQ(b.lines.file_names.size(), 2u);
    EXPECT_EQ(b.lines.file_names[0], "ember_t1.erl");
    EXPECT_EQ(b.lines.file_names[1], "other.hrl");
    std::vector<std::pair<std::uint32_t, std::uint32_t>> items;
    for (const auto& it : b.lines.items) items.emplace_back(it.file, it.line);
    std::vector<std::pair<std::uint32_t, std::uint32_t>> want{{0, 0}, {0, 3}, {0, 4}, {0, 5}, {0, 6},
                                                              {0, 7}, {0, 8}, {0, 9}, {1, 101}};
    EXPECT_EQ(items, want);
    std::ostringstream dis;
    disassemble(b, dis);
    EXPECT_NE(dis.str().find("func_info"), std::string::npos);
}

// ---- differential check against erl ---------------------------------------------------------------

namespace {

const char* kDescribeErl = R"(-module(ember_describe).
-export([main/1]).
main([Out | Files]) ->
    Text = [describe(F) || F <- Files],
    ok = file:write_file(Out, Text),
    halt(0).
b(I) when is_integer(I) -> integer_to_binary(I);
b(A) when is_atom(A) -> atom_to_binary(A, utf8).
line(Parts) -> [lists:join(<<" ">>, [b(P) || P <- Parts]), <<"\n">>].
describe(File) ->
    {ok, {M, [{atoms, Atoms}, {labeled_exports, Exps}, {imports, Imps}, {labeled_locals, Locs}]}} =
        beam_lib:chunks(File, [atoms, labeled_exports, imports, labeled_locals]),
    {ok, {_, Raw}} = beam_lib:chunks(File, ["FunT", "LitT", "Line"], [allow_missing_chunks]),
    Atom = fun(I) -> element(2, lists:keyfind(I, 1, Atoms)) end,
    [line([module, M]),
     [line([atom, I, A]) || {I, A} <- Atoms],
     [line([export, F, A, L]) || {F, A, L} <- lists:sort(Exps)],
     [line([import, Mo, F, A]) || {Mo, F, A} <- lists:sort(Imps)],
     [line([local, F, A, L]) || {F, A, L} <- lists:sort(Locs)],
     lambdas(proplists:get_value("FunT", Raw), Atom),
     literals(proplists:get_value("LitT", Raw)),
     lines(proplists:get_value("Line", Raw)),
     functions(File)].
lambdas(<<_:32, T/binary>>, Atom) ->
    [line([lambda, Atom(F), A, L, I, NF, OU]) || <<F:32, A:32, L:32, I:32, NF:32, OU:32>> <= T];
lambdas(_, _) -> [].
literals(<<_:32, Z/binary>>) ->
    <<N:32, T/binary>> = zlib:uncompress(Z),
    line([literals, N, fnv(T, 2166136261, 0)]);
literals(_) -> line([literals, 0, 2166136261]).
%% FNV-1a over the literals' ETF bytes (the size words skipped).
fnv(<<>>, H, _) -> H;
fnv(<<S:32, B:S/binary, R/binary>>, H, _) -> fnv(R, fnv_bytes(B, H), 0).
fnv_bytes(<<C, R/binary>>, H) -> fnv_bytes(R, ((H bxor C) * 16777619) band 16#FFFFFFFF);
fnv_bytes(<<>>, H) -> H.
lines(<<V:32, _:32, NI:32, NL:32, NF:32, _/binary>>) -> line([lines, V, NI, NL, NF]);
lines(_) -> line([lines, none]).
functions(File) ->
    {beam_file, _, _, _, _, Code} = beam_disasm:file(File),
    [line([function, N, A, E, length(Is)]) || {function, N, A, E, Is} <- Code].
)";

std::uint32_t fnv(std::uint32_t h, const std::vector<std::uint8_t>& bytes) {
    for (auto c : bytes) h = (h ^ c) * 16777619u;
    return h;
}

// The same description from our reader.
std::string describe(const BeamFile& b) {
    std::ostringstream o;
    o << "module " << b.module_name() << "\n";
    for (std::size_t i = 1; i < b.atoms.size(); ++i) o << "atom " << i << " " << atom_name(b.atoms[i]) << "\n";
    auto sorted = [](std::vector<FunctionEntry> v) {
        std::sort(v.begin(), v.end(), [](const FunctionEntry& x, const FunctionEntry& y) {
            auto xn = atom_name(x.function), yn = atom_name(y.function);
            return std::tie(xn, x.arity, x.label) < std::tie(yn, y.arity, y.label);
        });
        return v;
    };
    for (const auto& e : sorted(b.exports)) o << "export " << atom_name(e.function) << " " << e.arity << " " << e.label << "\n";
    std::vector<Import> imports = b.imports;
    std::sort(imports.begin(), imports.end(), [](const Import& x, const Import& y) {
        auto xm = atom_name(x.module), ym = atom_name(y.module), xf = atom_name(x.function), yf = atom_name(y.function);
        return std::tie(xm, xf, x.arity) < std::tie(ym, yf, y.arity);
    });
    for (const auto& i : imports)
        o << "import " << atom_name(i.module) << " " << atom_name(i.function) << " " << i.arity << "\n";
    for (const auto& e : sorted(b.locals)) o << "local " << atom_name(e.function) << " " << e.arity << " " << e.label << "\n";
    for (const auto& l : b.lambdas)
        o << "lambda " << atom_name(l.function) << " " << l.arity << " " << l.label << " " << l.index << " "
          << l.num_free << " " << l.old_uniq << "\n";
    std::uint32_t h = 2166136261u;
    for (std::size_t i = 0; i < b.file_literal_count; ++i) h = fnv(h, b.literals[i]);
    o << "literals " << b.file_literal_count << " " << h << "\n";
    if (b.lines.present)
        o << "lines " << b.lines.version << " " << b.lines.instruction_count << " " << b.lines.items.size() - 1 << " "
          << b.lines.file_names.size() - 1 << "\n";
    else
        o << "lines none\n";
    // Functions: each starts at the label before its func_info (with an optional line between).
    std::vector<std::size_t> starts;
    for (std::size_t k = 0; k < b.code.size(); ++k) {
        if (b.code[k].op != GenOp::op_func_info) continue;
        std::size_t s = k;
        if (s >= 1 && b.code[s - 1].op == GenOp::op_line) --s;
        if (s >= 1 && b.code[s - 1].op == GenOp::op_label) --s;
        starts.push_back(s);
    }
    for (std::size_t f = 0; f < starts.size(); ++f) {
        std::size_t end = f + 1 < starts.size() ? starts[f + 1] : b.code.size() - 1;  // drop int_code_end
        std::size_t k = starts[f];
        while (b.code[k].op != GenOp::op_func_info) ++k;
        const auto& fi = b.code[k];
        std::int64_t entry = k + 1 < b.code.size() && b.code[k + 1].op == GenOp::op_label ? b.code[k + 1].args[0].value : -1;
        o << "function " << atom_name(ember::vm::Term(fi.args[1].value)) << " " << fi.args[2].value << " " << entry
          << " " << end - starts[f] << "\n";
    }
    return o.str();
}

// Runs erl's description of `beams` and compares it, module by module, with ours.
void compare_with_erl(const std::vector<fs::path>& beams) {
    fs::path dir = temp_dir();
    std::ofstream(dir / "ember_describe.erl") << kDescribeErl;
    std::string compile = "cd '" + dir.string() + "' && erlc ember_describe.erl";
    ASSERT_EQ(std::system(compile.c_str()), 0);
    fs::path out = dir / "describe.txt";
    std::string cmd = "erl -noshell -pa '" + dir.string() + "' -run ember_describe main '" + out.string() + "'";
    for (const auto& b : beams) cmd += " '" + b.string() + "'";
    ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd;
    std::ifstream in(out);
    std::string expected((std::istreambuf_iterator<char>(in)), {});
    std::string ours;
    for (const auto& p : beams) {
        auto bytes = read_bytes(p);
        auto r = parse_beam(bytes, p.stem().string());
        ASSERT_TRUE(r) << p << ": " << r.error().to_string();
        ours += describe(*r);
    }
    // Compare line by line for a readable failure.
    std::istringstream e(expected), o(ours);
    std::string el, ol;
    int n = 0;
    while (true) {
        bool he = bool(std::getline(e, el)), ho = bool(std::getline(o, ol));
        ++n;
        if (!he && !ho) break;
        ASSERT_EQ(ol, el) << "line " << n;
    }
}

}  // namespace

TEST(BeamFile, MatchesErlOnCompiledModules) {
    fs::path t2 = compile_erl("ember_t2", R"(-module(ember_t2).
-export([a/1, b/0, c/1]).
a(X) -> X + 1.
c(L) -> [fun() -> Y * 2 end || Y <- L, Y > 1].
-file("other.hrl", 100).
b() -> erlang:error({boom, #{a => 1}, <<"bin">>, 1.5e300}).
)");
    compare_with_erl({t2});
}

TEST(BeamFile, MatchesErlOnOtpSample) {
    auto all = otp_beams();
    std::vector<fs::path> sample;
    for (std::size_t i = 0; i < all.size(); i += 25) sample.push_back(all[i]);
    for (const char* name : {"stdlib-*/ebin/lists.beam", "stdlib-*/ebin/io_lib_format.beam",
                             "stdlib-*/ebin/gen_server.beam", "compiler-*/ebin/beam_ssa_opt.beam"}) {
        std::string pattern = name;
        std::string app = pattern.substr(0, pattern.find('-'));
        std::string file = pattern.substr(pattern.rfind('/') + 1);
        for (const auto& p : all)
            if (p.filename() == file && p.parent_path().parent_path().filename().string().rfind(app + "-", 0) == 0)
                sample.push_back(p);
    }
    compare_with_erl(sample);
}

// ---- instruction-level check against OTP's own decoder ------------------------------------------
//
// OTP's beam_disasm decodes each instruction into raw {Op, Args} before resolving names. The test
// compiles a renamed copy of the installed beam_disasm.erl with +export_all (OTP code used as the
// oracle at test time, not shipped), feeds it placeholder literals (so literal operands print as
// their index) and prints every instruction in a canonical form that we print too.

namespace {

const char* kRawDisErl = R"ERL(-module(ember_rawdis).
-export([main/1]).
main([Out | Files]) ->
    ok = file:write_file(Out, [dis(F) || F <- Files]),
    halt(0).
dis(File) ->
    {ok, {M, [{atoms, AtomList}]}} = beam_lib:chunks(File, [atoms]),
    {ok, {_, Raw}} = beam_lib:chunks(File, ["Code", "LitT", "Type"], [allow_missing_chunks]),
    Atoms = gb_trees:from_orddict(lists:sort(AtomList)),
    NLits = case proplists:get_value("LitT", Raw) of
                <<_:32, Z/binary>> -> <<N:32, _/binary>> = zlib:uncompress(Z), N;
                _ -> 0
            end,
    Lits = gb_trees:from_orddict([{I, {ember_lit, I}} || I <- lists:seq(0, NLits - 1)]),
    NTypes = case proplists:get_value("Type", Raw) of
                 <<_:32, C:32, _/binary>> -> C;
                 _ -> 0
             end,
    Types = gb_trees:from_orddict([{I, any} || I <- lists:seq(0, NTypes - 1)]),
    <<SS:32, Rest/binary>> = proplists:get_value("Code", Raw),
    <<_:SS/binary, CodeBin/binary>> = Rest,
    Instrs = ember_beam_disasm:disasm_code(binary_to_list(CodeBin), Atoms, Lits, Types),
    [["module ", atom_to_binary(M, utf8), "\n"] | [[instr(I), "\n"] || I <- Instrs]].
instr({Op, Args}) -> [atom_to_list(Op) | [[" ", arg(A)] || A <- args(Op, Args)]].
args(bs_create_bin, [{A1, A2, A3, A4, A5, Z, U, L}]) -> [A1, A2, A3, A4, A5, {Z, U, L}];
args(_, Args) -> Args.
i(N) -> integer_to_list(N).
arg({u, {alloc, L}}) -> ["{alloc", [[",", atom_to_list(K), "=", i(V)] || {K, V} <- L], "}"];
arg({u, N}) -> i(N);
arg({i, N}) when N >= -(1 bsl 63), N < (1 bsl 63) -> i(N);
arg({i, _}) -> "bigint";
arg({atom, A}) -> ["a:", atom_to_binary(A, utf8)];
arg(nil) -> "[]";
arg({x, N}) -> ["x(", i(N), ")"];
arg({y, N}) -> ["y(", i(N), ")"];
arg({fr, N}) -> ["fr(", i(N), ")"];
arg({f, N}) -> ["f(", i(N), ")"];
arg({h, N}) -> ["char(", i(N), ")"];
arg({literal, {ember_lit, I}}) -> ["lit(", i(I), ")"];
arg({tr, R, _}) -> arg(R);
arg({{z, 1}, {u, _}, L}) -> ["[", lists:join(",", [arg(E) || E <- L]), "]"];
arg(Other) -> io_lib:format("?~w", [Other]).
)ERL";

std::string raw_operand(const BeamFile& b, const Operand& o) {
    switch (o.kind) {
    case OperandKind::Unsigned:
    case OperandKind::Integer: return std::to_string(o.value);
    case OperandKind::Atom: return "a:" + std::string(atom_name(ember::vm::Term(o.value)));
    case OperandKind::Nil: return "[]";
    case OperandKind::X: return "x(" + std::to_string(o.value) + ")";
    case OperandKind::Y: return "y(" + std::to_string(o.value) + ")";
    case OperandKind::FloatReg: return "fr(" + std::to_string(o.value) + ")";
    case OperandKind::Label: return "f(" + std::to_string(o.value) + ")";
    case OperandKind::Char: return "char(" + std::to_string(o.value) + ")";
    case OperandKind::Overflow: return "overflow";
    case OperandKind::Literal:
        return std::size_t(o.value) < b.file_literal_count ? "lit(" + std::to_string(o.value) + ")" : "bigint";
    case OperandKind::List: {
        std::string s = "[";
        for (std::size_t i = 0; i < o.list.size(); ++i) s += (i ? "," : "") + raw_operand(b, o.list[i]);
        return s + "]";
    }
    case OperandKind::AllocList: {
        static const char* kinds[] = {"words", "floats", "funs"};
        std::string s = "{alloc";
        for (std::size_t i = 0; i + 1 < o.list.size(); i += 2)
            s += std::string(",") + kinds[o.list[i].value] + "=" + std::to_string(o.list[i + 1].value);
        return s + "}";
    }
    }
    return "?";
}

}  // namespace

TEST(BeamFile, InstructionsMatchOtpBeamDisasm) {
    fs::path dir = temp_dir();
    fs::path compiler_src;
    for (const auto& app : fs::directory_iterator(fs::path(EMBER_OTP_ROOT) / "lib"))
        if (app.path().filename().string().rfind("compiler-", 0) == 0) compiler_src = app.path() / "src";
    std::ifstream src(compiler_src / "beam_disasm.erl");
    if (!src) GTEST_SKIP() << "no compiler sources under " << compiler_src;
    std::string text((std::istreambuf_iterator<char>(src)), {});
    auto at = text.find("-module(beam_disasm).");
    ASSERT_NE(at, std::string::npos);
    text.replace(at, 21, "-module(ember_beam_disasm).");
    std::ofstream(dir / "ember_beam_disasm.erl") << text;
    std::ofstream(dir / "ember_rawdis.erl") << kRawDisErl;
    std::string compile = "cd '" + dir.string() + "' && erlc +export_all +nowarn_export_all -I '" +
                          compiler_src.string() + "' ember_beam_disasm.erl ember_rawdis.erl";
    ASSERT_EQ(std::system(compile.c_str()), 0) << compile;

    auto all = otp_beams();
    std::vector<fs::path> sample;
    for (std::size_t i = 7; i < all.size(); i += 20) sample.push_back(all[i]);
    for (const auto& p : all)
        if (p.filename() == "lists.beam" || p.filename() == "io_lib_format.beam" || p.filename() == "beam_ssa_opt.beam" ||
            p.filename() == "gen_server.beam" || p.filename() == "maps.beam" || p.filename() == "binary.beam")
            sample.push_back(p);
    sample.push_back(compile_erl("ember_t3", R"(-module(ember_t3).
-export([f/2]).
f(X, Y) when is_float(X) -> <<X/float, Y:7/little-signed, "abc", (X * 2.5):32/float>>;
f(#{k := V} = M, L) -> {M#{k => V + 1, z => L}, [E || E <- L, E > 1 bsl 70], -(1 bsl 80), $a};
f(B, _) -> receive {B, R} -> R after 10 -> try binary_to_atom(B) catch error:E -> E end end.
)"));
    fs::path out = dir / "rawdis.txt";
    std::string cmd = "erl -noshell -pa '" + dir.string() + "' -run ember_rawdis main '" + out.string() + "'";
    for (const auto& b : sample) cmd += " '" + b.string() + "'";
    ASSERT_EQ(std::system(cmd.c_str()), 0);
    std::ifstream in(out);
    std::string expected((std::istreambuf_iterator<char>(in)), {});

    std::string ours;
    std::size_t instructions = 0;
    for (const auto& p : sample) {
        auto r = parse_beam(read_bytes(p), p.stem().string());
        ASSERT_TRUE(r) << p << ": " << r.error().to_string();
        ours += "module " + std::string(r->module_name()) + "\n";
        for (const auto& in : r->code) {
            ours += genop_name(in.op);
            for (const auto& a : in.args) ours += " " + raw_operand(*r, a);
            ours += "\n";
            ++instructions;
        }
    }
    std::istringstream e(expected), o(ours);
    std::string el, ol, module;
    int n = 0;
    while (true) {
        bool he = bool(std::getline(e, el)), ho = bool(std::getline(o, ol));
        ++n;
        if (!he && !ho) break;
        if (el.rfind("module ", 0) == 0) module = el;
        ASSERT_EQ(ol, el) << module << ", line " << n;
    }
    std::printf("%zu modules, %zu instructions identical to beam_disasm\n", sample.size(), instructions);
}

TEST(BeamFile, AllOtpBeamsParse) {
    auto all = otp_beams();
    EXPECT_GE(all.size(), 1000u);
    std::size_t failures = 0, instructions = 0;
    for (const auto& p : all) {
        auto bytes = read_bytes(p);
        auto r = parse_beam(bytes, p.stem().string());
        if (!r) {
            ++failures;
            ADD_FAILURE() << p << ": " << r.error().to_string();
            continue;
        }
        EXPECT_EQ(r->module_name(), p.stem().string());
        instructions += r->code.size();
        std::size_t func_infos = std::count_if(r->code.begin(), r->code.end(),
                                               [](const GenericInstr& in) { return in.op == GenOp::op_func_info; });
        EXPECT_EQ(func_infos, r->function_count) << p;
    }
    EXPECT_EQ(failures, 0u);
    std::printf("parsed %zu beams, %zu generic instructions\n", all.size(), instructions);
}
