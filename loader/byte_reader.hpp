// The one bounds-checked reader the loader uses for every byte of a BEAM file (OTP beam_file.c
// BeamReader). Big-endian, like the file format.
//
// Invariant: the cursor never moves past the end. A read that does not fit sets the (sticky) failed
// flag, remembers where it happened and returns 0 / an empty span without moving the cursor; callers
// check ok() (or the bool-returning try_ forms) before trusting a value.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

namespace ember::loader {

class ByteReader {
public:
    ByteReader() = default;
    // `base_offset` is the absolute file offset of data[0]; offset() reports absolute positions so
    // errors can name the byte in the file.
    explicit ByteReader(std::span<const std::uint8_t> data, std::size_t base_offset = 0)
        : m_data(data), m_base(base_offset) {}

    bool ok() const { return !m_failed; }
    bool at_end() const { return m_pos == m_data.size(); }
    std::size_t remaining() const { return m_data.size() - m_pos; }
    std::size_t offset() const { return m_base + m_pos; }            // absolute offset of the cursor
    std::size_t position() const { return m_pos; }                   // relative to data[0]
    std::size_t error_offset() const { return m_base + m_error_pos; } // where the first failed read was
    bool has(std::size_t n) const { return remaining() >= n; }

    std::uint8_t u8() {
        if (!want(1)) return 0;
        return m_data[m_pos++];
    }
    std::uint16_t u16() {
        if (!want(2)) return 0;
        std::uint16_t v = std::uint16_t(m_data[m_pos] << 8 | m_data[m_pos + 1]);
        m_pos += 2;
        return v;
    }
    std::uint32_t u32() {
        if (!want(4)) return 0;
        std::uint32_t v = std::uint32_t(m_data[m_pos]) << 24 | std::uint32_t(m_data[m_pos + 1]) << 16 |
                          std::uint32_t(m_data[m_pos + 2]) << 8 | std::uint32_t(m_data[m_pos + 3]);
        m_pos += 4;
        return v;
    }
    std::int32_t i32() { return static_cast<std::int32_t>(u32()); }
    std::uint64_t u64() {
        std::uint64_t hi = u32();
        std::uint64_t lo = u32();
        return hi << 32 | lo;
    }
    std::int64_t i64() { return static_cast<std::int64_t>(u64()); }

    // The next n bytes, or an empty span (and the failed flag) if fewer remain.
    std::span<const std::uint8_t> bytes(std::size_t n) {
        if (!want(n)) return {};
        auto s = m_data.subspan(m_pos, n);
        m_pos += n;
        return s;
    }
    bool skip(std::size_t n) {
        if (!want(n)) return false;
        m_pos += n;
        return true;
    }
    // The unread rest, consumed.
    std::span<const std::uint8_t> rest() {
        auto s = m_data.subspan(m_pos);
        m_pos = m_data.size();
        return s;
    }
    std::uint8_t peek() const { return m_pos < m_data.size() ? m_data[m_pos] : 0; }

    // Marks the reader failed at the cursor (a caller found a bad value rather than a short read).
    void fail() {
        if (!m_failed) m_error_pos = m_pos;
        m_failed = true;
    }

private:
    bool want(std::size_t n) {
        if (m_failed) return false;
        if (n > remaining()) {
            m_error_pos = m_pos;
            m_failed = true;
            return false;
        }
        return true;
    }

    std::span<const std::uint8_t> m_data;
    std::size_t m_base = 0;
    std::size_t m_pos = 0;
    std::size_t m_error_pos = 0;
    bool m_failed = false;
};

}  // namespace ember::loader
