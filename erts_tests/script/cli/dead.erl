main(_) -> H = ember_script:spawn(fun() -> receive x -> ok end end), ember_script:await(H).
