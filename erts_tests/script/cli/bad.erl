main(_) -> x(.
