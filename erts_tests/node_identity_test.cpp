// This node's name and creation in the external format, and interned external identifiers
// (vm/node_name.hpp, vm/external_ids.hpp; docs/etf.md, docs/distribution.md).
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "vm/atom_table.hpp"
#include "vm/etf.hpp"
#include "vm/external_ids.hpp"
#include "vm/literal_area.hpp"
#include "vm/node_name.hpp"

#include "test_support.hpp"

namespace ember::vm {

using test::TestHeap;
namespace {

std::vector<std::uint8_t> encode(Term t) {
    std::vector<std::uint8_t> out;
    EXPECT_TRUE(etf_encode(t, out));
    return out;
}

Term decode(HeapAllocator& heap, const std::vector<std::uint8_t>& b) {
    std::string err;
    Term t = etf_decode(heap, b.data(), b.size(), EtfDecodeOption::None, &err);
    EXPECT_NE(t, kNonValue) << err;
    return t;
}

// After the node is made alive (erlang:setnode/2), local identifiers are written with its name and
// creation, and read back as local only with both; a pid of this name with another creation is an old
// incarnation (an external pid), as in erl 25. External identifiers are interned once, in the literal
// range (a GC leaves them in place).
TEST(NodeIdentityTest, NameAndCreationOnceAlive) {
    TestHeap heap;
    Term node = AtomTable::global().intern("ember@host");
    set_this_node(node, 0x01020304);
    std::vector<std::uint8_t> pid = encode(make_pid(91));
    const std::vector<std::uint8_t> want = {131, 88, 100, 0, 10, 'e', 'm', 'b', 'e', 'r', '@', 'h', 'o', 's', 't',
                                            0, 0, 0, 91, 0, 0, 0, 0, 1, 2, 3, 4};
    EXPECT_EQ(pid, want);
    EXPECT_TRUE(is_local_pid(decode(heap, pid)));
    std::vector<std::uint8_t> old = pid;
    old.back() = 5;  // another creation
    Term stale = decode(heap, old);
    ASSERT_TRUE(is_external_pid(stale));
    EXPECT_EQ(external_node(stale), node);
    Term a = intern_external(stale), b = intern_external(decode(heap, old));
    EXPECT_EQ(a, b);
    EXPECT_TRUE(is_literal_ptr(boxed_ptr(a)));
    EXPECT_FALSE(is_local_pid(decode(heap, {131, 88, 100, 0, 13, 'n', 'o', 'n', 'o', 'd', 'e', '@', 'n', 'o', 'h',
                                            'o', 's', 't', 0, 0, 0, 91, 0, 0, 0, 0, 0, 0, 0, 0})));
    set_this_node(am_nonode_at_nohost, 0);  // as before, for the other tests
    EXPECT_FALSE(node_alive());
    EXPECT_EQ(encode(make_pid(91)), (std::vector<std::uint8_t>{131, 88, 100, 0, 13, 'n', 'o', 'n', 'o', 'd', 'e',
                                                                 '@', 'n', 'o', 'h', 'o', 's', 't', 0, 0, 0, 91,
                                                                 0, 0, 0, 0, 0, 0, 0, 0}));
}

}  // namespace
}  // namespace ember::vm
