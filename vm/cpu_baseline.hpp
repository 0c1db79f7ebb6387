// Whether this build checks at start that the CPU has the instructions it was compiled for
// (vm/cpu_baseline.cpp). Referring to it links the check into a program that uses libember.
#pragma once

namespace ember::vm {

extern const bool kCpuBaselineChecked;

}  // namespace ember::vm
