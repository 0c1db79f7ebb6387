// The erlang:display/1 printer variant, against erl 25.2.3's output (the ~w printer is covered by
// etf_test's vectors). Each case: term_to_binary(T) and the bytes erlang:display(T) wrote (without the
// line end).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "vm/binary.hpp"
#include "vm/etf.hpp"
#include "vm/number_text.hpp"
#include "vm/term_print.hpp"

#include "test_support.hpp"

namespace ember::vm {
namespace {

using namespace test;

TEST(TermPrintTest, DisplayMatchesErl) {
    static const std::vector<std::pair<std::vector<std::uint8_t>, std::string>> cases = {
    {{131,107,0,3,1,2,3}, "[1,2,3]"},
    {{131,107,0,3,97,10,98}, "\"a\\nb\""},
    {{131,109,0,0,0,2,97,10}, "<<97,10>>"},
    {{131,106}, "[]"},
    {{131,107,0,1,233}, "\"\xE9""\""},
    {{131,109,0,0,0,2,195,169}, "<<195,169>>"},
    {{131,108,0,0,0,2,107,0,2,97,98,107,0,1,99,106}, "[\"ab\",\"c\"]"},
    {{131,70,0,0,0,0,0,0,0,0}, "0.000000e+00"},
    {{131,70,191,248,0,0,0,0,0,0}, "-1.500000e+00"},
    {{131,70,84,178,73,173,37,148,195,125}, "1.000000e+100"},
    {{131,70,65,157,111,52,84,128,0,0}, "1.234568e+08"},
    {{131,110,9,0,0,0,0,0,0,0,0,0,64}, "1180591620717411303424"},
    {{131,88,100,0,13,110,111,110,111,100,101,64,110,111,104,111,115,116,0,0,0,9,0,0,0,0,0,0,0,0}, "<0.9.0>"},
    {{131,89,100,0,13,110,111,110,111,100,101,64,110,111,104,111,115,116,0,0,0,0,0,0,0,0}, "#Port<0.0>"},
    {{131,113,100,0,5,108,105,115,116,115,100,0,3,109,97,112,97,2}, "fun lists:map/2"},
    {{131,107,0,3,97,34,98}, "\"a\\\"b\""},
    {{131,109,0,0,0,3,97,34,98}, "<<\"a\\\"b\">>"},
    {{131,107,0,1,9}, "\"\x09""\""},
    {{131,108,0,0,0,1,97,97,100,0,1,98}, "[97|b]"},
    {{131,108,0,0,0,4,97,97,97,98,97,99,98,0,0,1,0,106}, "[97,98,99,256]"},
    {{131,107,0,1,0}, "[0]"},
    {{131,109,0,0,0,1,0}, "<<0>>"},
    {{131,109,0,0,0,0}, "<<>>"},
    {{131,116,0,0,0,2,97,1,97,2,100,0,1,98,106}, "#{1=>2,b=>[]}"},
    {{131,104,2,100,0,1,97,107,0,1,120}, "{a,\"x\"}"},
    {{131,100,0,11,104,101,108,108,111,32,119,111,114,108,100}, "'hello world'"},
    {{131,107,0,1,126}, "\"~\""},
    {{131,107,0,1,127}, "[127]"},
    {{131,107,0,1,160}, "\"\xA0""\""},
    {{131,107,0,1,92}, "\"\\\""},
    {{131,100,0,7,114,101,99,101,105,118,101}, "receive"},
    {{131,100,0,1,201}, "'\xC3""\x89""'"},
    {{131,100,0,1,233}, "\xC3""\xA9"""},
    {{131,100,0,3,97,10,98}, "'a\\nb'"},
    {{131,100,0,3,97,39,98}, "'a\\'b'"},
    {{131,100,0,0}, "''"},
    {{131,107,0,1,128}, "[128]"},
    {{131,107,0,1,31}, "[31]"},
    {{131,107,0,3,13,11,12}, "[13,11,12]"},
    {{131,109,0,0,0,3,97,92,98}, "<<\"a\\b\">>"},
    {{131,109,0,0,0,2,32,126}, "<<\" ~\">>"},
    {{131,109,0,0,0,1,127}, "<<127>>"},
    {{131,70,128,0,0,0,0,0,0,0}, "-0.000000e+00"},
    {{131,70,0,0,0,0,0,0,0,1}, "4.940656e-324"},
    {{131,119,12,208,191,209,128,208,184,208,178,208,181,209,130}, "'\xD0""\xBF""\xD1""\x80""\xD0""\xB8""\xD0""\xB2""\xD0""\xB5""\xD1""\x82""'"},
    {{131,100,0,4,97,32,98,1}, "'a b\\001'"},
    {{131,107,0,2,160,255}, "\"\xA0""\xFF""\""},
    {{131,77,0,0,0,1,3,32}, "<<1:3>>"},
    {{131,77,0,0,0,3,3,97,98,32}, "<<97,98,1:3>>"},
    {{131,116,0,0,0,0}, "#{}"},
    {{131,104,1,106}, "{[]}"},
    {{131,108,0,0,0,1,106,106}, "[[]]"},
    {{131,110,8,1,210,10,31,235,140,169,84,171}, "-12345678901234567890"},
    };
    for (const auto& [bytes, expected] : cases) {
        TestHeap heap;
        std::string err;
        Term t = etf_decode(heap, bytes.data(), bytes.size(), EtfDecodeOption::None, &err);
        ASSERT_NE(t, kNonValue) << err;
        EXPECT_EQ(format_term_display(t), expected);
    }
}

// Crash reports print terms as erl's logger does with ~p (strings as strings), on one line; the
// expected texts are io_lib:format("~p", [T]) of erl 25 for terms that fit in one line.
TEST(TermPrintTest, ReportPrintsStringsAsErlP) {
    static const std::vector<std::pair<std::vector<std::uint8_t>, std::string>> cases = {
    {{131,107,0,3,97,10,98}, "\"a\\nb\""},
    {{131,107,0,3,1,2,3}, "[1,2,3]"},
    {{131,107,0,3,97,34,98}, "\"a\\\"b\""},
    {{131,107,0,1,92}, "\"\\\\\""},
    {{131,107,0,2,160,255}, "\"\xA0\xFF\""},
    {{131,107,0,1,127}, "[127]"},
    {{131,107,0,3,13,11,27}, "\"\\r\\v\\e\""},
    {{131,109,0,0,0,3,98,105,110}, "<<\"bin\">>"},
    {{131,109,0,0,0,2,195,169}, "<<\"\xC3\xA9\">>"},
    {{131,109,0,0,0,1,0}, "<<0>>"},
    {{131,109,0,0,0,0}, "<<>>"},
    {{131,106}, "[]"},
    {{131,104,2,100,0,4,102,105,108,101,107,0,5,116,46,101,114,108}, "{file,\"t.erl\"}"},
    {{131,116,0,0,0,1,100,0,1,107,107,0,1,118}, "#{k => \"v\"}"},
    };
    for (const auto& [bytes, expected] : cases) {
        TestHeap heap;
        std::string err;
        Term t = etf_decode(heap, bytes.data(), bytes.size(), EtfDecodeOption::None, &err);
        ASSERT_NE(t, kNonValue) << err;
        EXPECT_EQ(format_term_report(t), expected);
    }
}

TEST(TermPrintTest, FloatShortForms) {
    EXPECT_EQ(float_to_text_short(1.0), "1.0");
    EXPECT_EQ(float_to_text_short(0.1), "0.1");
    EXPECT_EQ(float_to_text_short(100.0), "100.0");
    EXPECT_EQ(float_to_text_short(1000.0), "1.0e3");
    EXPECT_EQ(float_to_text_short(0.0001), "0.0001");
    EXPECT_EQ(float_to_text_short(0.00001), "1.0e-5");
    EXPECT_EQ(float_to_text_short(8123456789012345.0), "8123456789012345.0");
    EXPECT_EQ(float_to_text_short(9007199254740992.0), "9.007199254740992e15");
    EXPECT_EQ(float_to_text_short(-0.0), "-0.0");
}

TEST(TermPrintTest, DeepTermsPrintIteratively) {
    TestHeap heap;
    Term t = kNil;
    for (int i = 0; i < 500000; ++i) {
        Term* tp = heap.alloc(2);
        tp[0] = make_header(1, Subtag::Tuple);
        tp[1] = t;
        t = make_boxed(tp);
    }
    std::string s = format_term_w(t);
    EXPECT_EQ(s.size(), 2 * 500000u + 2);
    EXPECT_EQ(s.substr(0, 3), "{{{");
    EXPECT_EQ(format_term_display(t).size(), s.size());
}

}  // namespace
}  // namespace ember::vm
