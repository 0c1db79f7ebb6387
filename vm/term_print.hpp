// The ~w term printer (io_lib:format("~w", [T]) of OTP 25), used for crash reports printed before
// io_lib runs and for tests, and its erlang:display/1 variant. Output is UTF-8 text (display: see below).
//
// Matches erl for every term kind except: external pids/ports/refs print the node's atom index where
// erl prints its distribution-table index, and funs of unloaded code print a placeholder.
#pragma once

#include <string>

#include "vm/term.hpp"

namespace ember::vm {

// io_lib:format("~w", [T]). Iterative: any nesting depth is fine.
std::string format_term_w(Term t);
void append_term_w(std::string& out, Term t);

// erlang:display/1's format (OTP erl_printf_term.c, checked against erl 25): like ~w except that
// byte lists of printable Latin-1 (plus tab and newline) print as "..." (raw Latin-1 bytes; only " and
// newline escaped), binaries of bytes 32..126 as <<"...">>, floats as %.6e (1.500000e+00), map pairs
// as k=>v, atoms unquoted even when reserved words and with non-ASCII characters in UTF-8. Maps of more
// than 32 keys print flat (erl shows the HAMT's internal nodes).
std::string format_term_display(Term t);

// ~p's term text on one line (no line breaks): like ~w, but printable Latin-1 lists print as "..."
// and binaries of printable Latin-1 bytes as <<"...">>, as io_lib does. Used for crash reports.
std::string format_term_report(Term t);

// io_lib:write_atom_as_latin1/1 (what ~w uses): quotes when needed, escapes controls, \x{...} above 255.
void append_atom_w(std::string& out, Term atom);

// Floats print as float_to_list(D, [short]): float_to_text_short / append_float_short in vm/number_text.hpp.

// Decimal text of an integer term (small or bignum).
void append_integer(std::string& out, Term integer);

}  // namespace ember::vm
