// A small LIFO work stack for the iterative term walkers (vm/compare.cpp, vm/hash.cpp).
#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

namespace ember::vm {

// A LIFO stack with inline room for N items; spills to the heap only for deep or wide terms, so the
// common small comparison or hash allocates nothing. Invariant: m_data points at m_inline until the
// first spill, then at m_spill's storage; m_size <= m_capacity.
template <typename T, std::size_t N>
class InlineStack {
public:
    InlineStack() = default;
    InlineStack(const InlineStack&) = delete;
    InlineStack& operator=(const InlineStack&) = delete;
    bool empty() const { return m_size == 0; }
    T& back() { return m_data[m_size - 1]; }
    void pop_back() { --m_size; }
    void push_back(const T& v) {
        if (m_size == m_capacity) grow();
        m_data[m_size++] = v;
    }

private:
    void grow() {
        std::vector<T> bigger(m_capacity * 2);
        std::copy(m_data, m_data + m_size, bigger.begin());
        m_spill.swap(bigger);
        m_data = m_spill.data();
        m_capacity = m_spill.size();
    }
    T m_inline[N];
    std::vector<T> m_spill;
    T* m_data = m_inline;
    std::size_t m_size = 0;
    std::size_t m_capacity = N;
};

}  // namespace ember::vm
