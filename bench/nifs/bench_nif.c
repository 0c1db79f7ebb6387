/* NIFs for bench/bench_nif.erl: the cheapest possible call, and a dirty CPU no-op. */
#include <erl_nif.h>

static ERL_NIF_TERM add(ErlNifEnv* env, int argc, const ERL_NIF_TERM argv[]) {
    long a, b;
    if (!enif_get_long(env, argv[0], &a) || !enif_get_long(env, argv[1], &b)) return enif_make_badarg(env);
    return enif_make_long(env, a + b);
}
static ERL_NIF_TERM dirty_echo(ErlNifEnv* env, int argc, const ERL_NIF_TERM argv[]) { return argv[0]; }

static ErlNifFunc funcs[] = {
    {"add", 2, add, 0},
    {"dirty_echo", 1, dirty_echo, ERL_NIF_DIRTY_JOB_CPU_BOUND},
};
ERL_NIF_INIT(bench_nif, funcs, NULL, NULL, NULL, NULL)
