%% Benchmark: OTP's crypto NIF library (crypto.so, loaded unmodified): SHA-256 over 256 MB in 1 MB
%% updates and in one call over 64 MB, HMAC of 1 KB messages, AES-128-GCM of 32 MB. In-VM time of the
%% work is printed.
-module(bench_crypto).
-export([main/0, main/1]).

main(_) -> main().
main() ->
    Chunk = binary:copy(<<"0123456789abcdef">>, 65536),  % 1 MB
    Big = binary:copy(Chunk, 64),
    _ = crypto:hash(sha256, <<>>),
    T0 = erlang:monotonic_time(millisecond),
    S = lists:foldl(fun(_, St) -> crypto:hash_update(St, Chunk) end, crypto:hash_init(sha256), lists:seq(1, 256)),
    H1 = crypto:hash_final(S),
    H2 = crypto:hash(sha256, Big),
    Msg = binary:part(Chunk, 0, 1024),
    Mac = lists:foldl(fun(I, Acc) -> crypto:mac(hmac, sha256, <<I:32>>, Msg) =:= Acc orelse Acc end, true, lists:seq(1, 100000)),
    {C, T} = crypto:crypto_one_time_aead(aes_128_gcm, <<1:128>>, <<2:96>>, binary:part(Big, 0, 32 bsl 20), <<>>, true),
    T1 = erlang:monotonic_time(millisecond),
    io:format("bench_crypto work_ms ~w~n", [T1 - T0]),
    io:format("bench_crypto checksum ~w~n", [{H1, H2, Mac, erlang:phash2(C), T}]),
    erlang:halt(0).
