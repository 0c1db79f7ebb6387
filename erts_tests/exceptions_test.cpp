// Stack traces recorded uncooked at a raise and cooked when asked for (vm/exceptions.hpp): a trace whose
// return addresses are in no module cooks to no frames, and a raw stack trace that was forged (as a
// hand-written beam could hand to raw_raise) or corrupted cooks to a list or comes back as it is,
// never a crash. erl's answers for real raises are checked by fixtures/exc_tests.erl.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "bifs/bif.hpp"
#include "loader/code_loader.hpp"
#include "vm/exceptions.hpp"
#include "vm/module.hpp"
#include "vm/process.hpp"
#include "vm/runtime_support.hpp"
#include "vm/term.hpp"

namespace fs = std::filesystem;

namespace ember::vm {
namespace {

// A loaded stdlib module, so that forged addresses can point into real code.
Module* load_stdlib(const std::string& name) {
    bifs::register_all_bifs();
    for (const auto& app : fs::directory_iterator(fs::path(EMBER_OTP_ROOT) / "lib")) {
        if (app.path().filename().string().rfind("stdlib-", 0) != 0) continue;
        std::ifstream in(app.path() / "ebin" / (name + ".beam"), std::ios::binary);
        std::vector<std::uint8_t> beam((std::istreambuf_iterator<char>(in)), {});
        std::string error;
        auto m = loader::prepare_module_bytes(beam, name, &error);
        if (!m) return nullptr;
        std::vector<std::unique_ptr<Module>> mods;
        mods.push_back(std::move(m));
        std::vector<Term> failed, on_load;
        if (CodeServer::global().finish_loading(mods, &failed, &on_load) != CodeServer::FinishResult::Ok)
            return nullptr;
        return CodeServer::global().find_module(AtomTable::global().intern(name));
    }
    return nullptr;
}

bool is_proper_list(Term t) {
    while (is_list(t)) t = cdr(t);
    return t == kNil;
}

TEST(StackTrace, AddressesOutsideModulesCookToNoFrames) {
    Process p;
    Instr not_code[4] = {};
    raise_error(&p, am_badarg);
    Term trace = build_stacktrace(&p, not_code + 1, not_code + 3, kNonValue);
    Term raw = make_cons(p, am_error, trace);
    EXPECT_EQ(cook_stacktrace(&p, raw), kNil);
    // A term that is no raw stack trace cooks to [], as erl's build_stacktrace.
    EXPECT_EQ(cook_stacktrace(&p, make_small(3)), kNil);
}

TEST(StackTrace, AddressIntoAFunctionCooksToItsFrame) {
    Module* sofs = load_stdlib("sofs");
    ASSERT_NE(sofs, nullptr);
    ASSERT_FALSE(sofs->functions.empty());
    Process p;
    const FunctionInfo& f = sofs->functions[sofs->functions.size() / 2];
    raise_error(&p, am_badarg);
    Term trace = build_stacktrace(&p, f.entry(), nullptr, kNonValue);
    Term cooked = cook_stacktrace(&p, make_cons(p, am_error, trace));
    ASSERT_TRUE(is_list(cooked));
    Term frame = car(cooked);
    ASSERT_TRUE(is_tuple(frame) && tuple_arity(frame) == 4);
    EXPECT_EQ(tuple_element(frame, 0), sofs->name);
    EXPECT_EQ(tuple_element(frame, 1), f.name);
    EXPECT_EQ(tuple_element(frame, 2), make_small(f.arity));
    EXPECT_EQ(cdr(cooked), kNil);
}

// Random limbs (addresses into the module, anywhere, or junk; counts and limits in and out of range)
// in the shape of an uncooked trace: cooking gives a proper list of at most 66 frames, or the term.
TEST(StackTrace, ForgedRawTracesNeverCrash) {
    Module* sofs = load_stdlib("sofs");
    ASSERT_NE(sofs, nullptr);
    Process p;
    raise_error(&p, am_badarg);
    Term genuine = build_stacktrace(&p, sofs->code.get() + 5, nullptr, kNonValue);
    ASSERT_TRUE(is_tuple(genuine) && tuple_arity(genuine) == 4);
    const Word mark = boxed_ptr(tuple_element(genuine, 0))[header_arity(boxed_header(tuple_element(genuine, 0)))];
    std::mt19937_64 rng(11);
    for (int round = 0; round < 3000; ++round) {
        Word count = rng() % 70;
        std::vector<Word> limbs;
        for (Word i = 0; i <= count; ++i) {  // the addresses, then the raising pc
            switch (rng() % 3) {
            case 0: limbs.push_back(reinterpret_cast<Word>(sofs->code.get() + rng() % (sofs->code_words + 8))); break;
            case 1: limbs.push_back(rng()); break;
            default: limbs.push_back(0); break;
            }
        }
        Word top = mark & ~Word(0xFFFF);
        Word limit = rng() % 4 == 0 ? rng() % 256 : 1 + rng() % 64;
        Word claimed = rng() % 4 == 0 ? rng() % 256 : count;
        limbs.push_back(rng() % 8 == 0 ? rng() : top | limit << 8 | claimed);
        Term* hp = p.alloc(limbs.size() + 1);
        hp[0] = make_header(limbs.size(), Subtag::NegBignum);
        std::copy(limbs.begin(), limbs.end(), hp + 1);
        Term args = rng() % 2 ? am_none : make_cons(p, make_small(1), kNil);
        Term error_info = rng() % 2 ? kNil : make_cons(p, make_small(2), kNil);
        Term bif_frame = rng() % 2 ? kNil : make_tuple4(p, am_erlang, am_error, make_small(1), kNil);
        Term forged = make_tuple4(p, make_boxed(hp), args, error_info, bif_frame);
        Term cooked = cook_stacktrace(&p, make_cons(p, am_error, forged));
        if (is_list(cooked) || cooked == kNil) {
            ASSERT_TRUE(is_proper_list(cooked));
            EXPECT_LE(list_length(cooked), 66);
        } else {
            EXPECT_EQ(cooked, forged);  // not taken for an uncooked trace: handed back as it is
        }
    }
}

}  // namespace
}  // namespace ember::vm
