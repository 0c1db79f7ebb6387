/* A small C library for the ember_ffi tests (erts_tests/ffi_test.cpp): one function per type that
 * returns its argument changed in a way the test can predict, so a value that crossed the boundary with
 * the wrong width, sign or register is seen. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

int8_t ffit_neg_i8(int8_t v) { return (int8_t)-v; }
int16_t ffit_neg_i16(int16_t v) { return (int16_t)-v; }
int32_t ffit_neg_i32(int32_t v) { return -v; }
int64_t ffit_neg_i64(int64_t v) { return (int64_t)(0 - (uint64_t)v); }
uint8_t ffit_not_u8(uint8_t v) { return (uint8_t)~v; }
uint16_t ffit_not_u16(uint16_t v) { return (uint16_t)~v; }
uint32_t ffit_not_u32(uint32_t v) { return ~v; }
uint64_t ffit_not_u64(uint64_t v) { return ~v; }
int8_t ffit_id_i8(int8_t v) { return v; }
int16_t ffit_id_i16(int16_t v) { return v; }
int32_t ffit_id_i32(int32_t v) { return v; }
int64_t ffit_id_i64(int64_t v) { return v; }
uint8_t ffit_id_u8(uint8_t v) { return v; }
uint16_t ffit_id_u16(uint16_t v) { return v; }
uint32_t ffit_id_u32(uint32_t v) { return v; }
uint64_t ffit_id_u64(uint64_t v) { return v; }
float ffit_half_f(float v) { return v / 2; }
double ffit_half_d(double v) { return v / 2; }

/* Mixed integer and floating arguments, more than fit in registers (x86-64: 6 integer, 8 SSE). */
double ffit_mix(int8_t a, uint16_t b, int32_t c, int64_t d, float e, double f, uint8_t g, int16_t h,
                uint32_t i, uint64_t j, double k, float l, double m, double n, double o, double p, double q) {
    return a + b + c + (double)d + e + f + g + h + i + (double)j + k + l + m + n + o + p + q;
}

/* Strings and binaries. */
size_t ffit_len(const char* s) { return s ? strlen(s) : (size_t)-1; }
int ffit_sum_bytes(const unsigned char* p, size_t n) {
    int sum = 0;
    for (size_t k = 0; k < n; ++k) sum += p[k];
    return sum;
}
static const char kGreeting[] = "hello from C";
const char* ffit_greeting(void) { return kGreeting; }
const char* ffit_null_string(void) { return NULL; }
const void* ffit_null_pointer(void) { return NULL; }
/* The pointer it was given, as an integer (pointer round trip). */
uintptr_t ffit_address_of(const void* p) { return (uintptr_t)p; }

/* Out-buffers: fills n bytes with i * mul, writes one int64 through the pointer. */
void ffit_fill(unsigned char* out, size_t n, unsigned char mul) {
    for (size_t k = 0; k < n; ++k) out[k] = (unsigned char)(k * mul);
}
int ffit_store_i64(int64_t* out, int64_t v) {
    if (!out) return -1;
    *out = v;
    return 0;
}

/* Side effect and void return. */
static int counter;
void ffit_bump(int by) { counter += by; }
int ffit_counter(void) { return counter; }

/* A call that takes a while (the dirty-call test). */
int ffit_sleep_ms(int ms) {
    usleep((useconds_t)ms * 1000);
    return ms;
}
