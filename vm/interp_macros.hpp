// Macros shared by the interpreter's handler files (vm/ops_*.inc). Only vm/interp.cpp includes this.
// Local state of run_process: I (next instruction), E (stack pointer, = Process::stop while running),
// x (register file), fr (float registers), p (process), CP (continuation pointer).
#pragma once

#define EMBER_OP(name) op_##name:
#define DISPATCH() goto* reinterpret_cast<const void*>(*I)
#define NEXT(n) \
    do {        \
        I += (n);  \
        DISPATCH(); \
    } while (0)
#define JUMP(target)                                  \
    do {                                              \
        I = reinterpret_cast<const Instr*>(target);   \
        DISPATCH();                                   \
    } while (0)

// Operand words (vm/term.hpp "operand words in threaded code").
#define REG(w) (__builtin_expect(((w) & ::ember::vm::kOperandY) != 0, 0) ? E[((w) >> 4) + 1] : x[(w) >> 4])
#define SRC(w) (::ember::vm::operand_is_register(w) ? REG(w) : ::ember::vm::Term(w))
#define OPND(n) (I[n])
// Field k (16 bits) and half k (32 bits) of the packed operand word n (vm/code.hpp).
#define FIELD(n, k) (reinterpret_cast<const ::ember::vm::PackedField*>(I + (n))[k])
#define HALF(n, k) (reinterpret_cast<const ::ember::vm::PackedHalf*>(I + (n))[k])
#define LABEL(n) reinterpret_cast<const ::ember::vm::Instr*>(I[n])

// Before anything that may inspect or move the stack or heap (GC, BIFs, stack traces).
#define SWAPOUT() (p->stop = E, p->i = I, p->cp = CP)
#define SWAPIN() (E = p->stop)

// Raise an exception whose class and reason are already on the process.
#define RAISE() goto handle_error

#define ERROR_REASON(reason)                          \
    do {                                              \
        p->exc_class = ::ember::vm::ExceptionClass::Error; \
        p->exc_reason = (reason);                     \
        p->exc_args = ::ember::vm::kNonValue;         \
        p->exc_bif = nullptr;                         \
        p->exc_bif_frame = false;                     \
        RAISE();                                      \
    } while (0)

// True when a GC point must collect before allocating `need` words: the heap is short, or the refc
// binaries linked since the last GC exceed the virtual binary heap (Process::bin_vheap_used; one extra
// compare, so that garbage off-heap binaries are released while the heap still has room), or binaries
// on the old heap grew in place past its share (Process::charge_grown_binary), or its heap fragments
// outgrew the free heap (noted by remove_message and after a caught exception, as erl notes it at a
// receive), or, for a process with a max_heap_size, past Process::fragment_gc_words.
// Process::gc_wanted says whether any of the last five can hold, so the common case loads two words.
#define HEAP_CHECK_FAILS(need) (static_cast<::ember::vm::Word>(E - p->htop) < (need) || GC_WANTED_ANYWAY())
// The heap fragments (received messages, what BIFs and exceptions built while the heap was full) hold
// more words than the heap has free: the first test of OTP's ERTS_IS_GC_DESIRED. Uses E, so not
// between SWAPOUT and SWAPIN (GC_AFTER_BIF reads p->stop for it).
#define FRAGMENTS_OUTGROW_HEAP() (p->fragment_words > static_cast<::ember::vm::Word>(E - p->htop))
// The part of HEAP_CHECK_FAILS that does not depend on the free heap: also what bs_create_bin, a GC
// point that checks no heap room of its own, collects for.
#define GC_WANTED_ANYWAY()                                                                               \
    (p->gc_wanted && (p->bin_vheap_used > p->bin_vheap_sz || p->fragment_words > p->fragment_gc_words || \
                      FRAGMENTS_OUTGROW_HEAP() ||                                                        \
                      p->bin_old_vheap > p->bin_old_vheap_sz ||                                          \
                      (::ember::vm::g_gc_stress && ::ember::vm::gc_stress_due(p, E))))

// OTP's ERTS_IS_GC_DESIRED after a BIF or NIF call (beam_emu.c, erts_gc_after_bif_call): the terms the
// call built in heap fragments (with any message fragments) outgrow the free heap, or the refc
// binaries outgrow the virtual binary heap. Without it a loop that allocates only through BIFs (bignum
// arithmetic: fib(N - 1, B, A + B)) never reaches a GC point, and its fragments pile up in fresh memory.
// `result` is kept in x[live] across the collection. Call after the BIF, before SWAPIN.
#define GC_AFTER_BIF(live, result)                                                                      \
    do {                                                                                                \
        if (p->fragment_words > static_cast<::ember::vm::Word>(p->stop - p->htop) ||                   \
            p->bin_vheap_used > p->bin_vheap_sz) [[unlikely]] {                                         \
            x[(live)] = (result);                                                                       \
            ::ember::vm::garbage_collect(p, 0, x, (live) + 1);                                          \
            E = p->stop;                                                                                \
            GC_KILL_CHECK();                                                                            \
            (result) = x[(live)];                                                                       \
        }                                                                                               \
    } while (0)

// After a collection at a GC point: a process past its max_heap_size with kill was not collected and
// ends here with reason killed (vm/gc.hpp), before anything touches its heap.
#define GC_KILL_CHECK()                                                            \
    do {                                                                           \
        if (p->max_heap_killed) [[unlikely]]                                       \
            goto max_heap_exit;                                                    \
    } while (0)

// Make sure `need` heap words are free after an instruction made `result` (not yet in a register):
// it is kept in x[live] across the collection (x[live] is dead by the meaning of `live`).
#define ENSURE_HEAP_KEEPING(need, live, result)                                    \
    do {                                                                           \
        if (HEAP_CHECK_FAILS(need)) {                                              \
            x[(live)] = (result);                                                  \
            SWAPOUT();                                                             \
            ::ember::vm::garbage_collect(p, (need), x, (live) + 1);                \
            SWAPIN();                                                              \
            GC_KILL_CHECK();                                                       \
            (result) = x[(live)];                                                  \
        }                                                                          \
    } while (0)

// Make sure `need` heap words are free, collecting with `live` x registers if not.
#define ENSURE_HEAP(need, live)                                                    \
    do {                                                                           \
        if (HEAP_CHECK_FAILS(need)) {                                              \
            SWAPOUT();                                                             \
            ::ember::vm::garbage_collect(p, (need), x, (live));                    \
            SWAPIN();                                                              \
            GC_KILL_CHECK();                                                       \
        }                                                                          \
    } while (0)
