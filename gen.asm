    align 8
L279:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L280:
    jmp 140320710851944
    align 8
L281:
    jmp 140320710853048
    align 8
L282:
    jmp 140320710850344
    align 16
L283:
    ret
    align 16
    jmp 140320710849808
    align 16
.db 0x66, 0x90
    call 140320710850712
    ret
    align 16
.db 0x66, 0x90
    call 140320710850712
    jmp 140320710849808
# func_line_I
# aligned_label_Lt
    align 8
label_1:
# i_func_info_IaaI
# gen:start/6
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x9F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
start/6:
# i_breakpoint_trampoline
    short jmp L284
.db 0x00
    call L283
    align 8
L284:
# i_test_yield
    lea rdx, qword ptr [start/6+24]
    dec r14
    jle L281
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L285
    mov ecx, 6
    call 140320710850576
L285:
    sub rsp, 48
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call where/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_3
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 48
    jmp do_spawn/6
# label_L
label_3:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L286
    mov ecx, 1
.db 0x90
    call 140320710850576
L286:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 205835
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L282
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_4:
# i_func_info_IaaI
# gen:start/5
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x9F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
start/5:
# i_breakpoint_trampoline
    short jmp L287
.db 0x00
    call L283
    align 8
L287:
# i_test_yield
    lea rdx, qword ptr [start/5+24]
    dec r14
    jle L281
# i_call_only_f
    jmp do_spawn/5
# func_line_I
# aligned_label_Lt
    align 8
label_6:
# i_func_info_IaaI
# gen:do_spawn/5
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xE6, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_spawn/5:
# i_breakpoint_trampoline
    short jmp L288
.db 0x00
    call L283
    align 8
L288:
# i_test_yield
    lea rdx, qword ptr [do_spawn/5+24]
    dec r14
    jle L281
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 26443
    je label_8
    cmp rsi, 47947
    je label_9
    jmp label_10
# label_L
label_8:
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L289
    mov ecx, 5
.db 0x90
    call 140320710850576
L289:
    sub rsp, 48
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call timeout/1
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call spawn_opts/1
# test_heap_It
    lea rdx, qword ptr [r15+128]
    cmp rdx, rsp
    short jbe L290
    mov ecx, 1
.db 0x90
    call 140320710850576
L290:
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+48], rdi
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# append_cons_Is
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+64], rdi
    mov qword ptr [r15+72], rsi
    lea rsi, qword ptr [r15+65]
# store_cons_Id
    add r15, 80
    mov qword ptr [rbx+8], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+8], 331531
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+32], rdi
# i_trim_t
    add rsp, 48
# i_move_sd
    mov qword ptr [rbx], 194379
# line_I
# i_call_ext_e
L291:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_call_last_ft
    jmp monitor_return/1
# label_L
label_9:
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L292
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L292:
    sub rsp, 48
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call timeout/1
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call spawn_opts/1
# test_heap_It
    lea rdx, qword ptr [r15+128]
    cmp rdx, rsp
    short jbe L293
    mov ecx, 1
.db 0x90
    call 140320710850576
L293:
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+48], rdi
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# append_cons_Is
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+64], rdi
    mov qword ptr [r15+72], rsi
    lea rsi, qword ptr [r15+65]
# store_cons_Id
    add r15, 80
    mov qword ptr [rbx+8], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+8], 331531
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx], 194379
# i_call_ext_last_et
    add rsp, 48
L294:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_10:
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L295
    mov ecx, 5
    call 140320710850576
L295:
    sub rsp, 48
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call timeout/1
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call spawn_opts/1
# test_heap_It
    lea rdx, qword ptr [r15+128]
    cmp rdx, rsp
    short jbe L296
    mov ecx, 1
.db 0x90
    call 140320710850576
L296:
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov qword ptr [r15+48], 49931
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# append_cons_Is
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+64], rdi
    mov qword ptr [r15+72], rsi
    lea rsi, qword ptr [r15+65]
# store_cons_Id
    add r15, 80
    mov qword ptr [rbx+8], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+8], 331531
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx], 194379
# i_call_ext_last_et
    add rsp, 48
L297:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_11:
# i_func_info_IaaI
# gen:do_spawn/6
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xE6, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_spawn/6:
# i_breakpoint_trampoline
    short jmp L298
.db 0x00
    call L283
    align 8
L298:
# i_test_yield
    lea rdx, qword ptr [do_spawn/6+24]
    dec r14
    jle L281
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 26443
    je label_13
    cmp rsi, 47947
    je label_14
    jmp label_15
# label_L
label_13:
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L299
    mov ecx, 6
.db 0x90
    call 140320710850576
L299:
    sub rsp, 56
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call timeout/1
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call spawn_opts/1
# test_heap_It
    lea rdx, qword ptr [r15+144]
    cmp rdx, rsp
    short jbe L300
    mov ecx, 1
.db 0x90
    call 140320710850576
L300:
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15+48], rdi
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# append_cons_Is
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+64], rdi
    mov qword ptr [r15+72], rsi
    lea rsi, qword ptr [r15+65]
# append_cons_Is
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+80], rdi
    mov qword ptr [r15+88], rsi
    lea rsi, qword ptr [r15+81]
# store_cons_Id
    add r15, 96
    mov qword ptr [rbx+8], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+8], 331531
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+32], rdi
# i_trim_t
    add rsp, 56
# i_move_sd
    mov qword ptr [rbx], 194379
# line_I
# i_call_ext_e
L301:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_call_last_ft
    jmp monitor_return/1
# label_L
label_14:
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L302
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L302:
    sub rsp, 56
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call timeout/1
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call spawn_opts/1
# test_heap_It
    lea rdx, qword ptr [r15+144]
    cmp rdx, rsp
    short jbe L303
    mov ecx, 1
.db 0x90
    call 140320710850576
L303:
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15+48], rdi
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# append_cons_Is
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+64], rdi
    mov qword ptr [r15+72], rsi
    lea rsi, qword ptr [r15+65]
# append_cons_Is
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+80], rdi
    mov qword ptr [r15+88], rsi
    lea rsi, qword ptr [r15+81]
# store_cons_Id
    add r15, 96
    mov qword ptr [rbx+8], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+8], 331531
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx], 194379
# i_call_ext_last_et
    add rsp, 56
L304:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_15:
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L305
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L305:
    sub rsp, 56
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call timeout/1
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call spawn_opts/1
# test_heap_It
    lea rdx, qword ptr [r15+144]
    cmp rdx, rsp
    short jbe L306
    mov ecx, 1
.db 0x90
    call 140320710850576
L306:
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15+48], rdi
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# append_cons_Is
    mov qword ptr [r15+64], 49931
    mov qword ptr [r15+72], rsi
    lea rsi, qword ptr [r15+65]
# append_cons_Is
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+80], rdi
    mov qword ptr [r15+88], rsi
    lea rsi, qword ptr [r15+81]
# store_cons_Id
    add r15, 96
    mov qword ptr [rbx+8], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+8], 331531
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx], 194379
# i_call_ext_last_et
    add rsp, 56
L307:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_16:
# i_func_info_IaaI
# gen:monitor_return/1
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xE7, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
monitor_return/1:
# i_breakpoint_trampoline
    short jmp L308
.db 0x00
    call L283
    align 8
L308:
# i_test_yield
    lea rdx, qword ptr [monitor_return/1+24]
    dec r14
    jle L281
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_16
    cmp dword ptr [rsi-2], 128
    short jne label_16
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_18
    cmp dword ptr [rsi-2], 128
    jne label_18
    cmp qword ptr [rsi+6], 30603
    jne label_18
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# is_pid_fs
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L309
    test al, 1
    jne label_18
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 48
    jne label_18
L309:
# is_reference_fs
    mov rax, qword ptr [rbx+16]
    test al, 1
    jne label_16
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 16
    short je L310
    cmp al, 56
    jne label_16
L310:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L311
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L311:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 30603
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L282
    ret
# label_L
label_18:
# is_reference_fs
    mov rax, qword ptr [rbx+16]
    test al, 1
    jne label_16
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 16
    short je L312
    cmp al, 56
    jne label_16
L312:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L313
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L313:
    sub rsp, 16
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rsp], xmm0
# aligned_label_Lt
    align 4
label_19:
# i_loop_rec_f
    align 4
L314:
    lea rdi, qword ptr [L314]
    lea rsi, qword ptr [label_21]
    call 140320710852712
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_20
    cmp dword ptr [rsi-2], 320
    jne label_20
    cmp qword ptr [rsi+6], 1227
    jne label_20
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+14], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx], 33675
    jne label_20
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L315
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_20
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_20
L315:
# remove_message
    mov rdx, r15
    mov rcx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, r14
    mov r8, r12
    call 94919178212640
    mov r14, rax
    mov rsp, rbp
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L282
    ret
# label_L
label_20:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_19
# aligned_label_Lt
    align 4
label_21:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_19]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# func_line_I
# aligned_label_Lt
    align 8
label_22:
# i_func_info_IaaI
# gen:init_it/6
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x0F, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
init_it/6:
# i_breakpoint_trampoline
    short jmp L316
.db 0x00
    call L283
    align 8
L316:
# i_test_yield
    lea rdx, qword ptr [init_it/6+24]
    dec r14
    jle L281
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+48], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rbx+40], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rbx+32], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_call_only_f
    jmp init_it2/7
# func_line_I
# aligned_label_Lt
    align 8
label_24:
# i_func_info_IaaI
# gen:init_it/7
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x0F, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
init_it/7:
# i_breakpoint_trampoline
    short jmp L317
.db 0x00
    call L283
    align 8
L317:
# i_test_yield
    lea rdx, qword ptr [init_it/7+24]
    dec r14
    jle L281
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L318
    mov ecx, 7
    call 140320710850576
L318:
    sub rsp, 56
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call register_name/1
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_26
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L319
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L319:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 205835
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 56
L320:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_26:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+40], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+24], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp init_it2/7
# func_line_I
# aligned_label_Lt
    align 8
label_27:
# i_func_info_IaaI
# gen:init_it2/7
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xE7, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
init_it2/7:
# i_breakpoint_trampoline
    short jmp L321
.db 0x00
    call L283
    align 8
L321:
# i_test_yield
    lea rdx, qword ptr [init_it2/7+24]
    dec r14
    jle L281
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L322
    mov ecx, 7
    call 140320710850576
L322:
# i_move_sd
    mov qword ptr [rbx+56], 331531
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rbx+24], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rbx+32], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rbx+40], xmm0
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+48]
    mov qword ptr [rbx+48], rdi
    mov qword ptr [rbx], rsi
# line_I
# apply_last_tt
    align 4
L324:
    mov edx, 6
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, rbx
    lea rcx, qword ptr [L324]
    xor r8d, r8d
    call 94919178644032
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    test rax, rax
    short jne L323
    lea rsi, qword ptr [L324]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L323:
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_29:
# i_func_info_IaaI
# gen:call/3
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
call/3:
# i_breakpoint_trampoline
    short jmp L325
.db 0x00
    call L283
    align 8
L325:
# i_test_yield
    lea rdx, qword ptr [call/3+24]
    dec r14
    jle L281
# i_move_sd
    mov qword ptr [rbx+24], 80015
# i_call_only_f
    jmp call/4
# func_line_I
# aligned_label_Lt
    align 8
label_31:
# i_func_info_IaaI
# gen:call/4
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
call/4:
# i_breakpoint_trampoline
    short jmp L326
.db 0x00
    call L283
    align 8
L326:
# i_test_yield
    lea rdx, qword ptr [call/4+24]
    dec r14
    jle L281
# is_pid_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L327
    test al, 1
    jne label_34
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 48
    jne label_34
L327:
# is_ne_exact_fss
    cmp qword ptr [rbx+24], 395
    je label_33
# is_integer_fs
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L328
    test al, 1
    jne label_34
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_34
L328:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+24]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L329
    cmp rdi, rsi
    short jmp L330
L329:
    call 140320710848608
L330:
    jl label_31
# label_L
label_33:
# i_call_only_f
    jmp do_call/4
# label_L
label_34:
# is_ne_exact_fss
    cmp qword ptr [rbx+24], 395
    je label_35
# is_integer_fs
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L331
    test al, 1
    jne label_31
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_31
L331:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+24]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L332
    cmp rdi, rsi
    short jmp L333
L332:
    call 140320710848608
L333:
    jl label_31
# label_L
label_35:
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L334
    mov ecx, 4
.db 0x90
    call 140320710850576
L334:
# i_make_fun3_FStt
L335:
    long mov rsi, 9223372036854775807
    mov edx, 1
    mov ecx, 3
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179755328
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
# Move fun environment
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rax+40], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rax+48], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rax+56], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp do_for_proc/2
# func_line_I
# aligned_label_Lt
    align 8
label_36:
# i_func_info_IaaI
# gen:do_call/4
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xE7, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_call/4:
# i_breakpoint_trampoline
    short jmp L336
.db 0x00
    call L283
    align 8
L336:
# i_test_yield
    lea rdx, qword ptr [do_call/4+24]
    dec r14
    jle L281
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+32], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L337
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_38
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_38
L337:
# i_move_sd
    mov qword ptr [rbx], 387019
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L338
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L338:
# call_light_bif_be
    align 4
L339:
L340:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L339]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L282
    ret
# label_L
label_38:
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 395
    jne label_46
# is_pid_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L341
    test al, 1
    jne label_39
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 48
    jne label_39
L341:
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919179434272
    call 140320710851400
    je label_46
    mov qword ptr [rbx+32], rax
# node_d
    mov rdi, 94919182011968
    mov rdi, qword ptr [rdi]
    mov rdi, qword ptr [rdi+24]
    mov qword ptr [rbx+40], rdi
# is_ne_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx+40]
    cmp qword ptr [rbx+32], rdi
    je label_40
# label_L
label_39:
# bif_element_jssd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_46
    mov eax, dword ptr [rsi-2]
    cmp eax, 128
    jb label_46
    and al, 63
    jne label_46
    mov rax, qword ptr [rsi+14]
    mov qword ptr [rbx+32], rax
# node_d
    mov rdi, 94919182011968
    mov rdi, qword ptr [rdi]
    mov rdi, qword ptr [rdi+24]
    mov qword ptr [rbx+40], rdi
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx+40]
    cmp qword ptr [rbx+32], rdi
    jne label_46
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+32], rdi
# is_atom_fs
    mov rax, qword ptr [rbx+32]
    and al, 63
    cmp al, 11
    jne label_46
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 128
    jne label_46
# label_L
label_40:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L342
    mov ecx, 3
.db 0x90
    call 140320710850576
L342:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# recv_marker_reserve_S
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178493184
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov qword ptr [rsp], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 33675
# line_I
# call_light_bif_be
    align 4
L343:
L344:
    long mov rcx, 9223372036854775807
    mov rax, 94919179086448
    lea rdx, qword ptr [L343]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L345
    mov ecx, 1
    call 140320710850576
L345:
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+8], rdi
# recv_marker_bind_SS
    mov rsi, qword ptr [rsp]
    mov rdx, qword ptr [rbx]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178492288
    mov rsp, rbp
# swap_dd
    mov rdi, qword ptr [rsp+24]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+24], rsi
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# send
    align 4
L346:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L346]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# recv_marker_use_S
    mov rsi, qword ptr [rsp+24]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178492864
    mov rsp, rbp
# aligned_label_Lt
    align 4
label_41:
# i_loop_rec_f
    align 4
L347:
    lea rdi, qword ptr [L347]
    lea rsi, qword ptr [label_45]
    call 140320710852712
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_44
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_44
    cmp esi, 128
    je label_43
    cmp esi, 320
    je label_42
    jne label_44
# label_L
label_42:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 1227
    jne label_44
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+24]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L348
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_44
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_44
L348:
# recv_marker_clear_S
    mov rsi, qword ptr [rsp+24]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491968
    mov rsp, rbp
# remove_message
    mov rdx, r15
    mov rcx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, r14
    mov r8, r12
    call 94919178212640
    mov r14, rax
    mov rsp, rbp
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L349:
L350:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L349]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L282
    ret
# label_L
label_43:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+24]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L351
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_44
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_44
L351:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# remove_message
    mov rdx, r15
    mov rcx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, r14
    mov r8, r12
    call 94919178212640
    mov r14, rax
    mov rsp, rbp
# i_move_sd
L352:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L353:
L354:
    long mov rcx, 9223372036854775807
    mov rax, 94919179085664
    lea rdx, qword ptr [L353]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L355
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L355:
# recv_marker_clear_S
    mov rsi, qword ptr [rsp+24]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491968
    mov rsp, rbp
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 30603
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L282
    ret
# label_L
label_44:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_41
# aligned_label_Lt
    align 4
label_45:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_41]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# label_L
label_46:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_47
# jump_f
    jmp label_36
# label_L
label_47:
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L356
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L356:
    sub rsp, 40
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+24], xmm0
# recv_marker_reserve_S
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178493184
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov qword ptr [rsp], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L357:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 33675
# line_I
# call_light_bif_be
    align 4
L358:
L359:
    long mov rcx, 9223372036854775807
    mov rax, 94919179086480
    lea rdx, qword ptr [L358]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L360
    mov ecx, 1
    call 140320710850576
L360:
# put_cons_ss
    mov qword ptr [r15], 1995
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+16], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+8], rdi
# recv_marker_bind_SS
    mov rsi, qword ptr [rsp]
    mov rdx, qword ptr [rbx]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178492288
    mov rsp, rbp
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_move_sd
L361:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+16], rax
# line_I
# call_light_bif_be
    align 4
L362:
L363:
    long mov rcx, 9223372036854775807
    mov rax, 94919179093952
    lea rdx, qword ptr [L362]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# recv_marker_use_S
    mov rsi, qword ptr [rsp+24]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178492864
    mov rsp, rbp
# aligned_label_Lt
    align 4
label_48:
# i_loop_rec_f
    align 4
L364:
    lea rdi, qword ptr [L364]
    lea rsi, qword ptr [label_55]
    call 140320710852712
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_54
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_54
    cmp esi, 128
    je label_53
    cmp esi, 320
    je label_49
    jne label_54
# label_L
label_49:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 1227
    jne label_54
# is_eq_exact_fss
    cmp qword ptr [rbx], 28491
    jne label_52
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+24]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L365
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_54
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_54
L365:
# recv_marker_clear_S
    mov rsi, qword ptr [rsp+24]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491968
    mov rsp, rbp
# remove_message
    mov rdx, r15
    mov rcx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, r14
    mov r8, r12
    call 94919178212640
    mov r14, rax
    mov rsp, rbp
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rsp+32]
    rex test sil, 1
    jne label_50
    cmp dword ptr [rsi-2], 128
    jne label_50
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_50
# jump_f
    jmp label_51
# label_L
label_50:
# is_pid_fs
    mov rdi, qword ptr [rsp+32]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L366
    test al, 1
    jne label_59
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 48
    jne label_59
L366:
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+32]
    mov rcx, 94919179434272
    call 140320710851304
    mov qword ptr [rbx], rax
# label_L
label_51:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L367
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L367:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 28683
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L368:
L369:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L368]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L282
    ret
# label_L
label_52:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+24]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L370
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_54
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_54
L370:
# recv_marker_clear_S
    mov rsi, qword ptr [rsp+24]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491968
    mov rsp, rbp
# remove_message
    mov rdx, r15
    mov rcx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, r14
    mov r8, r12
    call 94919178212640
    mov r14, rax
    mov rsp, rbp
# line_I
# call_light_bif_be
    align 4
L371:
L372:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L371]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L282
    ret
# label_L
label_53:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_54
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 1995
    jne label_54
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+24]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L373
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_54
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_54
L373:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# remove_message
    mov rdx, r15
    mov rcx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, r14
    mov r8, r12
    call 94919178212640
    mov r14, rax
    mov rsp, rbp
# i_move_sd
L374:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 24
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L375:
L376:
    long mov rcx, 9223372036854775807
    mov rax, 94919179085664
    lea rdx, qword ptr [L375]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L377
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L377:
# recv_marker_clear_S
    mov rsi, qword ptr [rsp]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491968
    mov rsp, rbp
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 30603
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L282
    ret
# label_L
label_54:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_48
# aligned_label_Lt
    align 4
label_55:
# wait_timeout_locked_sf
    mov rsi, qword ptr [rsp+8]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rdx, qword ptr [L379]
    call 94919178213728
    mov rsp, rbp
    cmp rax, 1
    short je L378
    short jl L379
    lea rsi, qword ptr [label_55]
    xor ecx, ecx
    push rsi
    jmp 140320710854368
L378:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_48]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
    align 4
L379:
# timeout
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178214144
    mov rsp, rbp
# i_move_sd
L380:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+8], rax
    mov qword ptr [rsp+32], rax
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L381:
L382:
    long mov rcx, 9223372036854775807
    mov rax, 94919179085664
    lea rdx, qword ptr [L381]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# recv_marker_use_S
    mov rsi, qword ptr [rsp+24]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178492864
    mov rsp, rbp
# aligned_label_Lt
    align 4
label_56:
# i_loop_rec_f
    align 4
L383:
    lea rdi, qword ptr [L383]
    lea rsi, qword ptr [label_58]
    call 140320710852712
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_57
    cmp dword ptr [rsi-2], 128
    jne label_57
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_57
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 1995
    jne label_57
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+24]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L384
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_57
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_57
L384:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L385
    mov ecx, 1
    call 140320710850576
L385:
# recv_marker_clear_S
    mov rsi, qword ptr [rsp+24]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491968
    mov rsp, rbp
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# remove_message
    mov rdx, r15
    mov rcx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, r14
    mov r8, r12
    call 94919178212640
    mov r14, rax
    mov rsp, rbp
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 30603
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L282
    ret
# label_L
label_57:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_56
# aligned_label_Lt
    align 4
label_58:
# timeout_locked
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178214400
    mov rsp, rbp
# recv_marker_clear_S
    mov rsi, qword ptr [rsp+24]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491968
    mov rsp, rbp
# i_move_sd
    mov qword ptr [rbx], 459
# line_I
# call_light_bif_be
    align 4
L386:
L387:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L386]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L282
    ret
# label_L
label_59:
# line_I
# case_end_s
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_60:
# i_func_info_IaaI
# gen:send_request/3
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xE8, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
send_request/3:
# i_breakpoint_trampoline
    short jmp L388
.db 0x00
    call L283
    align 8
L388:
# i_test_yield
    lea rdx, qword ptr [send_request/3+24]
    dec r14
    jle L281
# is_pid_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L389
    test al, 1
    jne label_62
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 48
    jne label_62
L389:
# i_call_only_f
    jmp do_send_request/3
# label_L
label_62:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L390
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L390:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_make_fun3_FStt
L391:
    long mov rsi, 9223372036854775807
    mov edx, 1
    mov ecx, 2
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179755328
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
# Move fun environment
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rax+40], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rax+48], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx+8], rax
# catch_yf
    inc qword ptr [r13+264]
L392:
    mov eax, 2147483647
    mov qword ptr [rsp+16], rax
# line_I
# i_call_f
.db 0x90
    call do_for_proc/2
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+16], 59
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L282
    ret
# label_L
label_63:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 843
    jne label_64
# call_light_bif_be
    align 4
L393:
L394:
    long mov rcx, 9223372036854775807
    mov rax, 94919178976592
    lea rdx, qword ptr [L393]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L395
    mov ecx, 1
    call 140320710850576
L395:
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 320
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 1227
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], 33675
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [r15+32], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 48
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# i_trim_t
    add rsp, 16
# line_I
# send
    align 4
L396:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L396]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L282
    ret
# label_L
label_64:
# raise_ss
    mov rdx, qword ptr [rsp]
    mov rsi, qword ptr [rbx+8]
    mov qword ptr [r13+120], rdx
    mov qword ptr [r13+304], rsi
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178638496
    mov rsp, rbp
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_65:
# i_func_info_IaaI
# gen:send_request/5
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xE8, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
send_request/5:
# i_breakpoint_trampoline
    short jmp L397
.db 0x00
    call L283
    align 8
L397:
# i_test_yield
    lea rdx, qword ptr [send_request/5+24]
    dec r14
    jle L281
# is_map_fs
    mov rax, qword ptr [rbx+32]
    test al, 1
    short jne label_65
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    short jne label_65
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L398
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L398:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp], xmm0
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call send_request/3
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+8], xmm0
# call_light_bif_be
    align 4
L399:
L400:
    long mov rcx, 9223372036854775807
    mov rax, 94919180028704
    lea rdx, qword ptr [L399]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L282
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_67:
# i_func_info_IaaI
# gen:do_send_request/3
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xE8, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_send_request/3:
# i_breakpoint_trampoline
    short jmp L401
.db 0x00
    call L283
    align 8
L401:
# i_test_yield
    lea rdx, qword ptr [do_send_request/3+24]
    dec r14
    jle L281
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L402
    mov ecx, 3
    call 140320710850576
L402:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L403:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 33675
# line_I
# call_light_bif_be
    align 4
L404:
L405:
    long mov rcx, 9223372036854775807
    mov rax, 94919179086480
    lea rdx, qword ptr [L404]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L406
    mov ecx, 1
    call 140320710850576
L406:
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+8], rdi
# put_cons_ss
    mov qword ptr [r15], 1995
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+8], rdi
# swap_dd
    mov rdi, qword ptr [rsp+16]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+16], rsi
# i_move_sd
L407:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_trim_t
    add rsp, 16
# line_I
# call_light_bif_be
    align 4
L408:
L409:
    long mov rcx, 9223372036854775807
    mov rax, 94919179093952
    lea rdx, qword ptr [L408]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L282
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_69:
# i_func_info_IaaI
# gen:wait_response/2
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xE8, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
wait_response/2:
# i_breakpoint_trampoline
    short jmp L410
.db 0x00
    call L283
    align 8
L410:
# i_test_yield
    lea rdx, qword ptr [wait_response/2+24]
    dec r14
    jle L281
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L411
    mov ecx, 2
    call 140320710850576
L411:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call timeout_value/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# aligned_label_Lt
    align 4
label_71:
# i_loop_rec_f
    align 4
L412:
    lea rdi, qword ptr [L412]
    lea rsi, qword ptr [label_75]
    call 140320710852712
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_74
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_74
    cmp esi, 128
    je label_73
    cmp esi, 320
    je label_72
    jne label_74
# label_L
label_72:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 1227
    jne label_74
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L413
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_74
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_74
L413:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L414
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L414:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+30], 1
    vmovups xmmword ptr [rbx], xmm0
# remove_message
    mov rdx, r15
    mov rcx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, r14
    mov r8, r12
    call 94919178212640
    mov r14, rax
    mov rsp, rbp
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L282
    ret
# label_L
label_73:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_74
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 1995
    jne label_74
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L415
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_74
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_74
L415:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# remove_message
    mov rdx, r15
    mov rcx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, r14
    mov r8, r12
    call 94919178212640
    mov r14, rax
    mov rsp, rbp
# i_move_sd
L416:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+8], rdi
# i_trim_t
    add rsp, 8
# line_I
# call_light_bif_be
    align 4
L417:
L418:
    long mov rcx, 9223372036854775807
    mov rax, 94919179085664
    lea rdx, qword ptr [L417]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L419
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L419:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L282
    ret
# label_L
label_74:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_71
# aligned_label_Lt
    align 4
label_75:
# wait_timeout_locked_sf
    mov rsi, qword ptr [rsp]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rdx, qword ptr [L421]
    call 94919178213728
    mov rsp, rbp
    cmp rax, 1
    short je L420
    short jl L421
    lea rsi, qword ptr [label_75]
    xor ecx, ecx
    push rsi
    jmp 140320710854368
L420:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_71]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
    align 4
L421:
# timeout
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178214144
    mov rsp, rbp
# i_move_sd
    mov qword ptr [rbx], 459
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L282
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_76:
# i_func_info_IaaI
# gen:wait_response/3
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xE8, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
wait_response/3:
# i_breakpoint_trampoline
    short jmp L422
.db 0x00
    call L283
    align 8
L422:
# i_test_yield
    lea rdx, qword ptr [wait_response/3+24]
    dec r14
    jle L281
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919180007984
    call 140320710851400
    je label_78
    mov qword ptr [rbx+24], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 15
    jne label_78
# is_boolean_fs
    mov rdi, qword ptr [rbx+16]
    and rdi, -65
    cmp rdi, 11
    short jne label_76
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L423
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L423:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call timeout_value/1
# i_move_sd
    mov qword ptr [rbx], 387275
# deallocate_t
# return
    dec r14
    jl L282
    ret
# label_L
label_78:
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_76
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_76
# is_boolean_fs
    mov rdi, qword ptr [rbx+16]
    and rdi, -65
    cmp rdi, 11
    jne label_76
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L424
    mov ecx, 3
.db 0x90
    call 140320710850576
L424:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call timeout_value/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# aligned_label_Lt
    align 4
label_79:
# i_loop_rec_f
    align 4
L425:
    lea rdi, qword ptr [L425]
    lea rsi, qword ptr [label_83]
    call 140320710852712
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_82
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_82
    cmp esi, 128
    je label_81
    cmp esi, 320
    je label_80
    jne label_82
# label_L
label_80:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 1227
    jne label_82
# i_get_map_element_fSSS
    mov rdi, qword ptr [rsp+16]
    mov rsi, qword ptr [rbx+16]
    call 140320710851984
    jne label_82
# remove_message
    mov rdx, r15
    mov rcx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, r14
    mov r8, r12
    call 94919178212640
    mov r14, rax
    mov rsp, rbp
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_last_ft
    add rsp, 24
    jmp collection_result/3
# label_L
label_81:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_82
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 1995
    jne label_82
# i_get_map_element_fSSS
    mov rdi, qword ptr [rsp+16]
    mov rsi, qword ptr [rbx+8]
    call 140320710851984
    jne label_82
# remove_message
    mov rdx, r15
    mov rcx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, r14
    mov r8, r12
    call 94919178212640
    mov r14, rax
    mov rsp, rbp
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_last_ft
    add rsp, 24
    jmp collection_result/3
# label_L
label_82:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_79
# aligned_label_Lt
    align 4
label_83:
# wait_timeout_locked_sf
    mov rsi, qword ptr [rsp]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rdx, qword ptr [L427]
    call 94919178213728
    mov rsp, rbp
    cmp rax, 1
    short je L426
    short jl L427
    lea rsi, qword ptr [label_83]
    xor ecx, ecx
    push rsi
    jmp 140320710854368
L426:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_79]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
    align 4
L427:
# timeout
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178214144
    mov rsp, rbp
# i_move_sd
    mov qword ptr [rbx], 459
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L282
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_84:
# i_func_info_IaaI
# gen:receive_response/2
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xE9, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
receive_response/2:
# i_breakpoint_trampoline
    short jmp L428
.db 0x00
    call L283
    align 8
L428:
# i_test_yield
    lea rdx, qword ptr [receive_response/2+24]
    dec r14
    jle L281
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L429
    mov ecx, 2
    call 140320710850576
L429:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call timeout_value/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# aligned_label_Lt
    align 4
label_86:
# i_loop_rec_f
    align 4
L430:
    lea rdi, qword ptr [L430]
    lea rsi, qword ptr [label_90]
    call 140320710852712
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_89
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_89
    cmp esi, 128
    je label_88
    cmp esi, 320
    je label_87
    jne label_89
# label_L
label_87:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 1227
    jne label_89
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L431
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_89
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_89
L431:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L432
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L432:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+30], 1
    vmovups xmmword ptr [rbx], xmm0
# remove_message
    mov rdx, r15
    mov rcx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, r14
    mov r8, r12
    call 94919178212640
    mov r14, rax
    mov rsp, rbp
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L282
    ret
# label_L
label_88:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_89
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 1995
    jne label_89
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L433
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_89
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_89
L433:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# remove_message
    mov rdx, r15
    mov rcx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, r14
    mov r8, r12
    call 94919178212640
    mov r14, rax
    mov rsp, rbp
# i_move_sd
L434:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+8], rdi
# i_trim_t
    add rsp, 8
# line_I
# call_light_bif_be
    align 4
L435:
L436:
    long mov rcx, 9223372036854775807
    mov rax, 94919179085664
    lea rdx, qword ptr [L435]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L437
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L437:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L282
    ret
# label_L
label_89:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_86
# aligned_label_Lt
    align 4
label_90:
# wait_timeout_locked_sf
    mov rsi, qword ptr [rsp]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rdx, qword ptr [L439]
    call 94919178213728
    mov rsp, rbp
    cmp rax, 1
    short je L438
    short jl L439
    lea rsi, qword ptr [label_90]
    xor ecx, ecx
    push rsi
    jmp 140320710854368
L438:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_86]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
    align 4
L439:
# timeout
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178214144
    mov rsp, rbp
# i_move_sd
L440:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L441:
L442:
    long mov rcx, 9223372036854775807
    mov rax, 94919179085664
    lea rdx, qword ptr [L441]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# aligned_label_Lt
    align 4
label_91:
# i_loop_rec_f
    align 4
L443:
    lea rdi, qword ptr [L443]
    lea rsi, qword ptr [label_93]
    call 140320710852712
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_92
    cmp dword ptr [rsi-2], 128
    jne label_92
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_92
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 1995
    jne label_92
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L444
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_92
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_92
L444:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L445
    mov ecx, 1
    call 140320710850576
L445:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# remove_message
    mov rdx, r15
    mov rcx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, r14
    mov r8, r12
    call 94919178212640
    mov r14, rax
    mov rsp, rbp
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L282
    ret
# label_L
label_92:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_91
# aligned_label_Lt
    align 4
label_93:
# timeout_locked
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178214400
    mov rsp, rbp
# i_move_sd
    mov qword ptr [rbx], 459
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L282
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_94:
# i_func_info_IaaI
# gen:receive_response/3
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xE9, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
receive_response/3:
# i_breakpoint_trampoline
    short jmp L446
.db 0x00
    call L283
    align 8
L446:
# i_test_yield
    lea rdx, qword ptr [receive_response/3+24]
    dec r14
    jle L281
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919180007984
    call 140320710851400
    je label_96
    mov qword ptr [rbx+24], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 15
    jne label_96
# is_boolean_fs
    mov rdi, qword ptr [rbx+16]
    and rdi, -65
    cmp rdi, 11
    short jne label_94
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L447
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L447:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call timeout_value/1
# i_move_sd
    mov qword ptr [rbx], 387275
# deallocate_t
# return
    dec r14
    jl L282
    ret
# label_L
label_96:
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_94
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_94
# is_boolean_fs
    mov rdi, qword ptr [rbx+16]
    and rdi, -65
    cmp rdi, 11
    jne label_94
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L448
    mov ecx, 3
.db 0x90
    call 140320710850576
L448:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call timeout_value/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# aligned_label_Lt
    align 4
label_97:
# i_loop_rec_f
    align 4
L449:
    lea rdi, qword ptr [L449]
    lea rsi, qword ptr [label_101]
    call 140320710852712
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_100
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_100
    cmp esi, 128
    je label_99
    cmp esi, 320
    je label_98
    jne label_100
# label_L
label_98:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 1227
    jne label_100
# i_get_map_element_fSSS
    mov rdi, qword ptr [rsp+16]
    mov rsi, qword ptr [rbx+16]
    call 140320710851984
    jne label_100
# remove_message
    mov rdx, r15
    mov rcx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, r14
    mov r8, r12
    call 94919178212640
    mov r14, rax
    mov rsp, rbp
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_last_ft
    add rsp, 24
    jmp collection_result/3
# label_L
label_99:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_100
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 1995
    jne label_100
# i_get_map_element_fSSS
    mov rdi, qword ptr [rsp+16]
    mov rsi, qword ptr [rbx+8]
    call 140320710851984
    jne label_100
# remove_message
    mov rdx, r15
    mov rcx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, r14
    mov r8, r12
    call 94919178212640
    mov r14, rax
    mov rsp, rbp
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_last_ft
    add rsp, 24
    jmp collection_result/3
# label_L
label_100:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_97
# aligned_label_Lt
    align 4
label_101:
# wait_timeout_locked_sf
    mov rsi, qword ptr [rsp]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rdx, qword ptr [L451]
    call 94919178213728
    mov rsp, rbp
    cmp rax, 1
    short je L450
    short jl L451
    lea rsi, qword ptr [label_101]
    xor ecx, ecx
    push rsi
    jmp 140320710854368
L450:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_97]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
    align 4
L451:
# timeout
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178214144
    mov rsp, rbp
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L452
    xor ecx, ecx
    call 140320710850576
L452:
# i_make_fun3_FStt
L453:
    long mov rsi, 9223372036854775807
    mov edx, 2
    xor ecx, ecx
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179755328
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
# Move fun environment
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_ext_e
L454:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
    call flush_responses/1
# i_move_sd
    mov qword ptr [rbx], 459
# deallocate_t
# return
    dec r14
    jl L282
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_102:
# i_func_info_IaaI
# gen:check_response/2
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xE9, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
check_response/2:
# i_breakpoint_trampoline
    short jmp L455
.db 0x00
    call L283
    align 8
L455:
# i_test_yield
    lea rdx, qword ptr [check_response/2+24]
    dec r14
    jle L281
# is_reference_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_107
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 16
    short je L456
    cmp al, 56
    jne label_107
L456:
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_106
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_106
    cmp esi, 128
    je label_105
    cmp esi, 320
    je label_104
    jne label_106
# label_L
label_104:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 1227
    jne label_106
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L457
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_106
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_106
L457:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L458
    mov ecx, 1
    call 140320710850576
L458:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+30], 1
    vmovups xmmword ptr [rbx], xmm0
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L282
    ret
# label_L
label_105:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_106
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+16], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 1995
    jne label_106
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L459
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_106
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_106
L459:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L460
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L460:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
L461:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# call_light_bif_be
    align 4
L462:
L463:
    long mov rcx, 9223372036854775807
    mov rax, 94919179085664
    lea rdx, qword ptr [L462]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L464
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L464:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L282
    ret
# label_L
label_106:
# i_move_sd
    mov qword ptr [rbx], 387467
# return
    dec r14
    jl L282
    ret
# label_L
label_107:
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L465
    mov ecx, 1
.db 0x90
    call 140320710850576
L465:
# call_light_bif_be
    align 4
L466:
L467:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L466]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L282
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_108:
# i_func_info_IaaI
# gen:check_response/3
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xE9, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
check_response/3:
# i_breakpoint_trampoline
    short jmp L468
.db 0x00
    call L283
    align 8
L468:
# i_test_yield
    lea rdx, qword ptr [check_response/3+24]
    dec r14
    jle L281
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+8]
    mov rcx, 94919180007984
    call 140320710851400
    je label_110
    mov qword ptr [rbx+24], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 15
    jne label_110
# is_boolean_fs
    mov rdi, qword ptr [rbx+16]
    and rdi, -65
    cmp rdi, 11
    short jne label_108
# i_move_sd
    mov qword ptr [rbx], 387275
# return
    dec r14
    jl L282
    ret
# label_L
label_110:
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_108
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_108
# is_boolean_fs
    mov rdi, qword ptr [rbx+16]
    and rdi, -65
    cmp rdi, 11
    jne label_108
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_113
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_113
    cmp esi, 128
    je label_112
    cmp esi, 320
    je label_111
    jne label_113
# label_L
label_111:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 1227
    jne label_113
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# i_get_map_element_fSSS
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+24]
    call 140320710851984
    jne label_113
# i_call_only_f
    jmp collection_result/3
# label_L
label_112:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_113
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+24], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 1995
    jne label_113
# i_get_map_element_fSSS
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+24]
    call 140320710851984
    jne label_113
# i_call_only_f
    jmp collection_result/3
# label_L
label_113:
# i_move_sd
    mov qword ptr [rbx], 387467
# return
    dec r14
    jl L282
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_114:
# i_func_info_IaaI
# gen:collection_result/3
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xE9, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
collection_result/3:
# i_breakpoint_trampoline
    short jmp L469
.db 0x00
    call L283
    align 8
L469:
# i_test_yield
    lea rdx, qword ptr [collection_result/3+24]
    dec r14
    jle L281
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 128
    je label_117
    cmp esi, 320
    je label_116
    short jne label_114
# label_L
label_116:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 1227
    short jne label_114
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L470
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L470:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+30]
    movups xmmword ptr [rbx+24], xmm0
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+24], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+24], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp collection_result/4
# label_L
label_117:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_114
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+24], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 1995
    jne label_114
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L471
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L471:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
L472:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L473:
L474:
    long mov rcx, 9223372036854775807
    mov rax, 94919179085664
    lea rdx, qword ptr [L473]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L475
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L475:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_call_last_ft
    add rsp, 32
    jmp collection_result/4
# func_line_I
# aligned_label_Lt
    align 8
label_118:
# i_func_info_IaaI
# gen:collection_result/4
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xE9, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
collection_result/4:
# i_breakpoint_trampoline
    short jmp L476
.db 0x00
    call L283
    align 8
L476:
# i_test_yield
    lea rdx, qword ptr [collection_result/4+24]
    dec r14
    jle L281
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 75
    jne label_120
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L477
    mov ecx, 3
.db 0x90
    call 140320710850576
L477:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L478:
L479:
    long mov rcx, 9223372036854775807
    mov rax, 94919180038848
    lea rdx, qword ptr [L478]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_121
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L480
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L480:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L282
    ret
# label_L
label_120:
# line_I
# i_bif2_ssjbd
    lea rsi, qword ptr [rbx+8]
    mov rcx, 94919180022976
    call 140320710851304
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L481
    mov ecx, 3
.db 0x90
    call 140320710850576
L481:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L282
    ret
# label_L
label_121:
# line_I
# badmatch_s
    mov qword ptr [r13+120], 779
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_122:
# i_func_info_IaaI
# gen:flush_responses/1
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xEA, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
flush_responses/1:
# i_breakpoint_trampoline
    short jmp L482
.db 0x00
    call L283
    align 8
L482:
# i_test_yield
    lea rdx, qword ptr [flush_responses/1+24]
    dec r14
    jle L281
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L483
    mov ecx, 1
    call 140320710850576
L483:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# aligned_label_Lt
    align 4
label_124:
# i_loop_rec_f
    align 4
L484:
    lea rdi, qword ptr [L484]
    lea rsi, qword ptr [label_126]
    call 140320710852712
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_125
    cmp dword ptr [rsi-2], 128
    jne label_125
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_125
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 1995
    jne label_125
# i_get_map_element_fSSS
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    call 140320710851984
    jne label_125
# remove_message
    mov rdx, r15
    mov rcx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, r14
    mov r8, r12
    call 94919178212640
    mov r14, rax
    mov rsp, rbp
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp flush_responses/1
# label_L
label_125:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_124
# aligned_label_Lt
    align 4
label_126:
# timeout_locked
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178214400
    mov rsp, rbp
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L282
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_127:
# i_func_info_IaaI
# gen:timeout_value/1
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xA5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
timeout_value/1:
# i_breakpoint_trampoline
    short jmp L485
.db 0x00
    call L283
    align 8
L485:
# i_test_yield
    lea rdx, qword ptr [timeout_value/1+24]
    dec r14
    jle L281
# is_ne_exact_fss
    cmp qword ptr [rbx], 395
    je label_129
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L486
    cmp rdi, rsi
    short jmp L487
L486:
    call 140320710848608
L487:
    jl label_130
# is_ge_fss
    mov rsi, qword ptr [rbx]
    mov rdi, 68719476735
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L488
    cmp rdi, rsi
    short jmp L489
L488:
    call 140320710848608
L489:
    jl label_130
# label_L
label_129:
# return
    dec r14
    jl L282
    ret
# label_L
label_130:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_133
    cmp dword ptr [rsi-2], 128
    jne label_133
    cmp qword ptr [rsi+6], 46155
    jne label_133
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L490
    test al, 1
    jne label_133
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_133
L490:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L491
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L491:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx], 25739
# line_I
# call_light_bif_be
    align 4
L492:
L493:
    long mov rcx, 9223372036854775807
    mov rax, 94919179332416
    lea rdx, qword ptr [L492]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_minus_ssjd
    mov rsi, qword ptr [rsp]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L495
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L494
L495:
    call 140320710853584
L494:
    mov qword ptr [rbx], rax
# is_lt_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L496
    cmp rdi, rsi
    short jmp L497
L496:
    call 140320710848608
L497:
    jge label_131
# i_move_sd
    mov qword ptr [rbx], 15
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L282
    ret
# label_L
label_131:
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov rdi, 68719476735
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L498
    cmp rdi, rsi
    short jmp L499
L498:
    call 140320710848608
L499:
    jge label_132
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L500:
L501:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L500]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L282
    ret
# label_L
label_132:
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L282
    ret
# label_L
label_133:
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L502
    mov ecx, 1
.db 0x90
    call 140320710850576
L502:
# call_light_bif_be
    align 4
L503:
L504:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L503]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L282
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_134:
# i_func_info_IaaI
# gen:reqids_new/0
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xEA, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
reqids_new/0:
# i_breakpoint_trampoline
    short jmp L505
.db 0x00
    call L283
    align 8
L505:
# i_test_yield
    lea rdx, qword ptr [reqids_new/0+24]
    dec r14
    jle L281
# i_move_sd
L506:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L282
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_136:
# i_func_info_IaaI
# gen:reqids_size/1
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xEA, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
reqids_size/1:
# i_breakpoint_trampoline
    short jmp L507
.db 0x00
    call L283
    align 8
L507:
# i_test_yield
    lea rdx, qword ptr [reqids_size/1+24]
    dec r14
    jle L281
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_138
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_138
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919180007984
    call 140320710851304
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L282
    ret
# label_L
label_138:
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L508
    mov ecx, 1
.db 0x90
    call 140320710850576
L508:
# call_light_bif_be
    align 4
L509:
L510:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L509]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L282
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_139:
# i_func_info_IaaI
# gen:reqids_add/3
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xEA, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
reqids_add/3:
# i_breakpoint_trampoline
    short jmp L511
.db 0x00
    call L283
    align 8
L511:
# i_test_yield
    lea rdx, qword ptr [reqids_add/3+24]
    dec r14
    jle L281
# is_reference_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_142
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 16
    short je L512
    cmp al, 56
    jne label_142
L512:
# i_bif2_ssjbd
    lea rsi, qword ptr [rbx-104]
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsi], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsi+8], rdi
    mov rcx, 94919180022896
    call 140320710851400
    je label_141
    mov qword ptr [rbx+24], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 75
    jne label_141
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L513
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L513:
# call_light_bif_be
    align 4
L514:
L515:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L514]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L282
    ret
# label_L
label_141:
# is_map_fs
    mov rax, qword ptr [rbx+16]
    test al, 1
    jne label_142
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_142
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L516
    mov ecx, 3
.db 0x90
    call 140320710850576
L516:
# call_light_bif_be
    align 4
L517:
L518:
    long mov rcx, 9223372036854775807
    mov rax, 94919180028704
    lea rdx, qword ptr [L517]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L282
    ret
# label_L
label_142:
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L519
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L519:
# call_light_bif_be
    align 4
L520:
L521:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L520]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L282
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_143:
# i_func_info_IaaI
# gen:reqids_to_list/1
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xEB, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
reqids_to_list/1:
# i_breakpoint_trampoline
    short jmp L522
.db 0x00
    call L283
    align 8
L522:
# i_test_yield
    lea rdx, qword ptr [reqids_to_list/1+24]
    dec r14
    jle L281
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_145
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_145
# line_I
# i_call_ext_only_e
L523:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_145:
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L524
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L524:
# call_light_bif_be
    align 4
L525:
L526:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L525]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L282
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_146:
# i_func_info_IaaI
# gen:reply/2
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x8B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
reply/2:
# i_breakpoint_trampoline
    short jmp L527
.db 0x00
    call L283
    align 8
L527:
# i_test_yield
    lea rdx, qword ptr [reply/2+24]
    dec r14
    jle L281
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_146
    cmp dword ptr [rsi-2], 128
    short jne label_146
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_149
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_148
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+24], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 1995
    jne label_149
# is_reference_fs
    mov rax, qword ptr [rbx+24]
    test al, 1
    jne label_149
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 16
    short je L528
    cmp al, 56
    jne label_149
L528:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L529
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L529:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# send
    align 4
L530:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L530]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L282
    ret
# label_L
label_148:
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 1995
    jne label_149
# is_reference_fs
    mov rax, qword ptr [rbx+32]
    test al, 1
    jne label_149
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 16
    short je L531
    cmp al, 56
    jne label_149
L531:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L532
    mov ecx, 5
    call 140320710850576
L532:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# send
    align 4
L533:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L533]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L282
    ret
# label_L
label_149:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L534
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L534:
    sub rsp, 8
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# catch_yf
    inc qword ptr [r13+264]
L535:
    mov eax, 2147483647
    mov qword ptr [rsp], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# line_I
# send
    align 4
L536:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L536]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp], 59
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L282
    ret
# label_L
label_150:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L282
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_151:
# i_func_info_IaaI
# gen:stop/1
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
stop/1:
# i_breakpoint_trampoline
    short jmp L537
.db 0x00
    call L283
    align 8
L537:
# i_test_yield
    lea rdx, qword ptr [stop/1+24]
    dec r14
    jle L281
# i_move_sd
    mov qword ptr [rbx+16], 395
# i_move_sd
    mov qword ptr [rbx+8], 523
# i_call_only_f
    jmp stop/3
# func_line_I
# aligned_label_Lt
    align 8
label_153:
# i_func_info_IaaI
# gen:stop/3
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
stop/3:
# i_breakpoint_trampoline
    short jmp L538
.db 0x00
    call L283
    align 8
L538:
# i_test_yield
    lea rdx, qword ptr [stop/3+24]
    dec r14
    jle L281
# is_ne_exact_fss
    cmp qword ptr [rbx+16], 395
    je label_155
# is_integer_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L539
    test al, 1
    short jne label_153
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_153
L539:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+16]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L540
    cmp rdi, rsi
    short jmp L541
L540:
    call 140320710848608
L541:
    jl label_153
# label_L
label_155:
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L542
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L542:
# i_make_fun3_FStt
L543:
    long mov rsi, 9223372036854775807
    mov edx, 1
    mov ecx, 2
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179755328
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
# Move fun environment
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rax+40], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rax+48], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp do_for_proc/2
# func_line_I
# aligned_label_Lt
    align 8
label_156:
# i_func_info_IaaI
# gen:do_for_proc/2
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xEB, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_for_proc/2:
# i_breakpoint_trampoline
    short jmp L544
.db 0x00
    call L283
    align 8
L544:
# i_test_yield
    lea rdx, qword ptr [do_for_proc/2+24]
    dec r14
    jle L281
# is_pid_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L545
    test al, 1
    jne label_158
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 48
    jne label_158
L545:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L546
    mov ecx, 2
    call 140320710850576
L546:
# line_I
# i_call_fun2_last_atSt
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L547]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L547:
    jmp rdi
# label_L
label_158:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_160
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L548
    mov ecx, 2
.db 0x90
    call 140320710850576
L548:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# call_light_bif_be
    align 4
L549:
L550:
    long mov rcx, 9223372036854775807
    mov rax, 94919179093904
    lea rdx, qword ptr [L549]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_pid_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L551
    test al, 1
    jne label_159
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 48
    jne label_159
L551:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_fun2_last_atSt
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L552]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L552:
    add rsp, 8
    jmp rdi
# label_L
label_159:
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_169
# i_move_sd
    mov qword ptr [rbx], 28939
# line_I
# call_light_bif_be
    align 4
L553:
L554:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L553]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L282
    ret
# label_L
label_160:
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_156
    test byte ptr [rsi-2], 63
    jne label_156
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 128
    jne label_161
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# is_ne_exact_fss
    cmp qword ptr [rbx+16], 18827
    je label_162
# label_L
label_161:
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 192
    jne label_166
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 387979
    jne label_166
# label_L
label_162:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L555
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L555:
    sub rsp, 24
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+16], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# line_I
# i_call_f
    call where/1
# is_pid_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L556
    test al, 1
    jne label_165
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 48
    jne label_165
L556:
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919179434272
    call 140320710851304
    mov qword ptr [rsp], rax
# catch_yf
    inc qword ptr [r13+264]
L557:
    mov eax, 2147483647
    mov qword ptr [rsp+16], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L558]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L558:
    call rdi
    call rdi
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+16], 59
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L282
    ret
# label_L
label_163:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 843
    jne label_164
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_164
    cmp dword ptr [rsi-2], 128
    jne label_164
    cmp qword ptr [rsi+6], 28683
    jne label_164
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rsp]
    cmp qword ptr [rbx], rdi
    jne label_164
# i_move_sd
    mov qword ptr [rbx], 28939
# line_I
# call_light_bif_be
    align 4
L559:
L560:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L559]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L282
    ret
# label_L
label_164:
# raise_ss
    mov rdx, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [r13+120], rdx
    mov qword ptr [r13+304], rsi
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178638496
    mov rsp, rbp
    xor ecx, ecx
    call 140320710854352
# label_L
label_165:
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_170
# i_move_sd
    mov qword ptr [rbx], 28939
# line_I
# call_light_bif_be
    align 4
L561:
L562:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L561]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L282
    ret
# label_L
label_166:
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 128
    jne label_156
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# node_d
    mov rdi, 94919182011968
    mov rdi, qword ptr [rdi]
    mov rdi, qword ptr [rdi+24]
    mov qword ptr [rbx+24], rdi
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx+24]
    cmp qword ptr [rbx+16], rdi
    jne label_167
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp do_for_proc/2
# label_L
label_167:
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    jne label_156
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 203
    jne label_168
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L563
    mov ecx, 3
    call 140320710850576
L563:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 28683
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L564
    mov ecx, 1
.db 0x90
    call 140320710850576
L564:
# call_light_bif_be
    align 4
L565:
L566:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L565]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L282
    ret
# label_L
label_168:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L567
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L567:
# line_I
# i_call_fun2_last_atSt
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L568]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L568:
    jmp rdi
# label_L
label_169:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_170:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_171:
# i_func_info_IaaI
# gen:where/1
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xEB, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
where/1:
# i_breakpoint_trampoline
    short jmp L569
.db 0x00
    call L283
    align 8
L569:
# i_test_yield
    lea rdx, qword ptr [where/1+24]
    dec r14
    jle L281
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_171
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    short jne label_171
    cmp esi, 128
    je label_174
    cmp esi, 192
    je label_173
    short jne label_171
# label_L
label_173:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 387979
    jne label_171
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L570
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L570:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+14], 1
    vmovups xmmword ptr [rbx], xmm0
# i_move_sd
    mov qword ptr [rbx+16], 388107
# line_I
# apply_last_tt
    align 4
L572:
    mov edx, 1
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, rbx
    lea rcx, qword ptr [L572]
    xor r8d, r8d
    call 94919178644032
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    test rax, rax
    short jne L571
    lea rsi, qword ptr [L572]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L571:
    jmp qword ptr [rax+r12*8]
# label_L
label_174:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 18827
    je label_176
    cmp rsi, 23627
    je label_175
    jmp label_171
# label_L
label_175:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L573
    mov ecx, 1
    call 140320710850576
L573:
# call_light_bif_be
    align 4
L574:
L575:
    long mov rcx, 9223372036854775807
    mov rax, 94919179093904
    lea rdx, qword ptr [L574]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L282
    ret
# label_L
label_176:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_ext_only_e
L576:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_177:
# i_func_info_IaaI
# gen:register_name/1
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xEC, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
register_name/1:
# i_breakpoint_trampoline
    short jmp L577
.db 0x00
    call L283
    align 8
L577:
# i_test_yield
    lea rdx, qword ptr [register_name/1+24]
    dec r14
    jle L281
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_177
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    short jne label_177
    cmp esi, 128
    je label_181
    cmp esi, 192
    je label_179
    short jne label_177
# label_L
label_179:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 387979
    jne label_177
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L578
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L578:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+24], 388171
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# line_I
# apply_t
    align 4
L580:
    mov edx, 2
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, rbx
    xor ecx, ecx
    xor r8d, r8d
    call 94919178644032
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    test rax, rax
    short jne L579
    lea rsi, qword ptr [L580]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L579:
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 28171
    je label_180
    cmp rsi, 45835
    je label_186
    jmp label_188
# label_L
label_180:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x66, 0x90
    call where/1
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L581
    mov ecx, 1
    call 140320710850576
L581:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 11
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L282
    ret
# label_L
label_181:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 18827
    je label_185
    cmp rsi, 23627
    je label_182
    jmp label_177
# label_L
label_182:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L582
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L582:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+8], rdi
# catch_yf
    inc qword ptr [r13+264]
L583:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L584:
L585:
    long mov rcx, 9223372036854775807
    mov rax, 94919179093792
    lea rdx, qword ptr [L584]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_189
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L282
    ret
# label_L
label_183:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_184
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x90
    call where/1
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L586
    mov ecx, 1
    call 140320710850576
L586:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 11
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L282
    ret
# label_L
label_184:
# raise_ss
    mov rdx, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [r13+120], rdx
    mov qword ptr [r13+304], rsi
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178638496
    mov rsp, rbp
    xor ecx, ecx
    call 140320710854352
# label_L
label_185:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L587
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L587:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L588:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 28171
    je label_187
    cmp rsi, 45835
    je label_186
    jmp label_190
# label_L
label_186:
# i_move_sd
    mov qword ptr [rbx], 75
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L282
    ret
# label_L
label_187:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x90
    call where/1
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L589
    mov ecx, 1
    call 140320710850576
L589:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 11
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L282
    ret
# label_L
label_188:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_189:
# line_I
    nop
# try_case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 16464
    xor ecx, ecx
    call 140320710854352
# label_L
label_190:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_191:
# i_func_info_IaaI
# gen:name/1
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x69, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
name/1:
# i_breakpoint_trampoline
    short jmp L590
.db 0x00
    call L283
    align 8
L590:
# i_test_yield
    lea rdx, qword ptr [name/1+24]
    dec r14
    jle L281
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_196
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_196
    cmp esi, 128
    je label_194
    cmp esi, 192
    je label_193
    jne label_196
# label_L
label_193:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 387979
    jne label_196
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L282
    ret
# label_L
label_194:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 18827
    je label_195
    cmp rsi, 23627
    je label_195
    jmp label_196
# label_L
label_195:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L282
    ret
# label_L
label_196:
# is_pid_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L591
    test al, 1
    jne label_191
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 48
    jne label_191
L591:
# return
    dec r14
    jl L282
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_197:
# i_func_info_IaaI
# gen:unregister_name/1
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xEC, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
unregister_name/1:
# i_breakpoint_trampoline
    short jmp L592
.db 0x00
    call L283
    align 8
L592:
# i_test_yield
    lea rdx, qword ptr [unregister_name/1+24]
    dec r14
    jle L281
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_204
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_204
    cmp esi, 128
    je label_200
    cmp esi, 192
    je label_199
    jne label_204
# label_L
label_199:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 387979
    jne label_204
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L593
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L593:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+14], 1
    vmovups xmmword ptr [rbx], xmm0
# i_move_sd
    mov qword ptr [rbx+16], 388235
# line_I
# apply_t
    align 4
L595:
    mov edx, 1
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, rbx
    xor ecx, ecx
    xor r8d, r8d
    call 94919178644032
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    test rax, rax
    short jne L594
    lea rsi, qword ptr [L595]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L594:
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L282
    ret
# label_L
label_200:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 18827
    je label_203
    cmp rsi, 23627
    je label_201
    jmp label_204
# label_L
label_201:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L596
    mov ecx, 3
.db 0x90
    call 140320710850576
L596:
    sub rsp, 8
# catch_yf
    inc qword ptr [r13+264]
L597:
    mov eax, 2147483647
    mov qword ptr [rsp], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L598:
L599:
    long mov rcx, 9223372036854775807
    mov rax, 94919179093840
    lea rdx, qword ptr [L598]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp], 59
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L282
    ret
# label_L
label_202:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L282
    ret
# label_L
label_203:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L600
    mov ecx, 3
.db 0x90
    call 140320710850576
L600:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L601:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L282
    ret
# label_L
label_204:
# is_pid_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L602
    test al, 1
    jne label_197
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 48
    jne label_197
L602:
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L282
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_205:
# i_func_info_IaaI
# gen:get_proc_name/1
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xEC, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_proc_name/1:
# i_breakpoint_trampoline
    short jmp L603
.db 0x00
    call L283
    align 8
L603:
# i_test_yield
    lea rdx, qword ptr [get_proc_name/1+24]
    dec r14
    jle L281
# is_pid_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L604
    test al, 1
    jne label_207
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 48
    jne label_207
L604:
# return
    dec r14
    jl L282
    ret
# label_L
label_207:
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_205
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    short jne label_205
    cmp esi, 128
    je label_211
    cmp esi, 192
    je label_208
    jne label_205
# label_L
label_208:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 387979
    jne label_205
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L605
    mov ecx, 1
.db 0x90
    call 140320710850576
L605:
    sub rsp, 16
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+14], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 388107
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# apply_t
    align 4
L607:
    mov edx, 1
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, rbx
    xor ecx, ecx
    xor r8d, r8d
    call 94919178644032
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    test rax, rax
    short jne L606
    lea rsi, qword ptr [L607]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L606:
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_209
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L608
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L608:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 388363
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L609:
L610:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L609]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L282
    ret
# label_L
label_209:
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L611
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_210
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_210
L611:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L282
    ret
# label_L
label_210:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L612
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L612:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 388363
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L613:
L614:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L613]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L282
    ret
# label_L
label_211:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 18827
    je label_215
    cmp rsi, 23627
    je label_212
    jmp label_205
# label_L
label_212:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L615
    mov ecx, 3
    call 140320710850576
L615:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 35531
# line_I
# i_call_ext_e
L616:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_214
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_214
    cmp edi, 128
    jne label_218
    cmp qword ptr [rsi+6], 35531
    jne label_218
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L617
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_213
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_213
L617:
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L282
    ret
# label_L
label_213:
# i_move_sd
    mov qword ptr [rbx], 388427
# line_I
# call_light_bif_be
    align 4
L618:
L619:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L618]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L282
    ret
# label_L
label_214:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_218
# i_move_sd
    mov qword ptr [rbx], 388427
# line_I
# call_light_bif_be
    align 4
L620:
L621:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L620]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L282
    ret
# label_L
label_215:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L622
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L622:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L623:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_216
# i_move_sd
    mov qword ptr [rbx], 388491
# line_I
# call_light_bif_be
    align 4
L624:
L625:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L624]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L282
    ret
# label_L
label_216:
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L626
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_217
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_217
L626:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L282
    ret
# label_L
label_217:
# i_move_sd
    mov qword ptr [rbx], 388491
# line_I
# call_light_bif_be
    align 4
L627:
L628:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L627]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L282
    ret
# label_L
label_218:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_219:
# i_func_info_IaaI
# gen:get_parent/0
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xED, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_parent/0:
# i_breakpoint_trampoline
    short jmp L629
.db 0x00
    call L283
    align 8
L629:
# i_test_yield
    lea rdx, qword ptr [get_parent/0+24]
    dec r14
    jle L281
# i_get_hash_cId
    mov esi, 3549
    mov edx, 227147
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179278896
    mov rsp, rbp
    mov qword ptr [rbx], rax
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_222
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx], rsi
# is_pid_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L630
    test al, 1
    jne label_221
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 48
    jne label_221
L630:
# return
    dec r14
    jl L282
    ret
# label_L
label_221:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_222
# i_call_only_f
    jmp name_to_pid/1
# label_L
label_222:
# i_move_sd
    mov qword ptr [rbx], 388619
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L631
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L631:
# call_light_bif_be
    align 4
L632:
L633:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L632]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L282
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_223:
# i_func_info_IaaI
# gen:name_to_pid/1
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xEE, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
name_to_pid/1:
# i_breakpoint_trampoline
    short jmp L634
.db 0x00
    call L283
    align 8
L634:
# i_test_yield
    lea rdx, qword ptr [name_to_pid/1+24]
    dec r14
    jle L281
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L635
    mov ecx, 1
    call 140320710850576
L635:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# call_light_bif_be
    align 4
L636:
L637:
    long mov rcx, 9223372036854775807
    mov rax, 94919179093904
    lea rdx, qword ptr [L636]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_225
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_ext_e
L638:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_225
# i_move_sd
    mov qword ptr [rbx], 388747
# line_I
# call_light_bif_be
    align 4
L639:
L640:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L639]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L282
    ret
# label_L
label_225:
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L282
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_226:
# i_func_info_IaaI
# gen:timeout/1
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
timeout/1:
# i_breakpoint_trampoline
    short jmp L641
.db 0x00
    call L283
    align 8
L641:
# i_test_yield
    lea rdx, qword ptr [timeout/1+24]
    dec r14
    jle L281
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L642
    mov ecx, 1
    call 140320710850576
L642:
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 459
# line_I
# call_light_bif_be
    align 4
L643:
L644:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L643]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_228
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 128
    jne label_229
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L282
    ret
# label_L
label_228:
# i_move_sd
    mov qword ptr [rbx], 395
# deallocate_t
# return
    dec r14
    jl L282
    ret
# label_L
label_229:
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_230:
# i_func_info_IaaI
# gen:spawn_opts/1
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xEE, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
spawn_opts/1:
# i_breakpoint_trampoline
    short jmp L645
.db 0x00
    call L283
    align 8
L645:
# i_test_yield
    lea rdx, qword ptr [spawn_opts/1+24]
    dec r14
    jle L281
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L646
    mov ecx, 1
    call 140320710850576
L646:
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 50955
# line_I
# call_light_bif_be
    align 4
L647:
L648:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L647]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_232
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 128
    jne label_233
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L282
    ret
# label_L
label_232:
# i_move_sd
    mov qword ptr [rbx], 59
# deallocate_t
# return
    dec r14
    jl L282
    ret
# label_L
label_233:
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_234:
# i_func_info_IaaI
# gen:hibernate_after/1
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xEF, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
hibernate_after/1:
# i_breakpoint_trampoline
    short jmp L649
.db 0x00
    call L283
    align 8
L649:
# i_test_yield
    lea rdx, qword ptr [hibernate_after/1+24]
    dec r14
    jle L281
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L650
    mov ecx, 1
    call 140320710850576
L650:
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 388875
# line_I
# call_light_bif_be
    align 4
L651:
L652:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L651]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_236
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 128
    jne label_237
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L282
    ret
# label_L
label_236:
# i_move_sd
    mov qword ptr [rbx], 395
# deallocate_t
# return
    dec r14
    jl L282
    ret
# label_L
label_237:
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_238:
# i_func_info_IaaI
# gen:debug_options/2
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xEF, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
debug_options/2:
# i_breakpoint_trampoline
    short jmp L653
.db 0x00
    call L283
    align 8
L653:
# i_test_yield
    lea rdx, qword ptr [debug_options/2+24]
    dec r14
    jle L281
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L654
    mov ecx, 2
    call 140320710850576
L654:
    sub rsp, 24
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+16], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov qword ptr [rbx], 83147
# line_I
# call_light_bif_be
    align 4
L655:
L656:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L655]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_241
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 128
    jne label_242
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L657:
    mov eax, 2147483647
    mov qword ptr [rsp+16], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L658:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+16], 59
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L282
    ret
# label_L
label_240:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L659
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L659:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_trim_t
    add rsp, 24
# i_move_sd
L660:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L661:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx], 59
# deallocate_t
# return
    dec r14
    jl L282
    ret
# label_L
label_241:
# i_move_sd
    mov qword ptr [rbx], 59
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L282
    ret
# label_L
label_242:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_243:
# i_func_info_IaaI
# gen:format_status_header/2
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xEF, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
format_status_header/2:
# i_breakpoint_trampoline
    short jmp L662
.db 0x00
    call L283
    align 8
L662:
# i_test_yield
    lea rdx, qword ptr [format_status_header/2+24]
    dec r14
    jle L281
# is_pid_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L663
    test al, 1
    jne label_245
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 48
    jne label_245
L663:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L664
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L664:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L665:
L666:
    long mov rcx, 9223372036854775807
    mov rax, 94919179108912
    lea rdx, qword ptr [L665]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L667
    mov ecx, 1
    call 140320710850576
L667:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
L668:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# i_call_ext_last_et
    add rsp, 8
L669:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_245:
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    jne label_246
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L670
    mov ecx, 2
.db 0x90
    call 140320710850576
L670:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
L671:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# line_I
# i_call_ext_only_e
L672:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_246:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L673
    mov ecx, 2
    call 140320710850576
L673:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L282
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_247:
# i_func_info_IaaI
# gen:format_status/4
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x35, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
format_status/4:
# i_breakpoint_trampoline
    short jmp L674
.db 0x00
    call L283
    align 8
L674:
# i_test_yield
    lea rdx, qword ptr [format_status/4+24]
    dec r14
    jle L281
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L675
    mov ecx, 4
    call 140320710850576
L675:
    sub rsp, 40
# init_yregs_I
    mov qword ptr [rsp+32], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov qword ptr [rbx+16], 31
# i_move_sd
    mov qword ptr [rbx+8], 341323
# line_I
# call_light_bif_be
    align 4
L676:
L677:
    long mov rcx, 9223372036854775807
    mov rax, 94919179108272
    lea rdx, qword ptr [L676]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 47
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 341323
# line_I
# call_light_bif_be
    align 4
L678:
L679:
    long mov rcx, 9223372036854775807
    mov rax, 94919179108272
    lea rdx, qword ptr [L678]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_select_val_lins_sfI
    mov rsi, qword ptr [rsp+32]
    cmp rsi, 11
    je label_256
    cmp rsi, 75
    je label_249
    jmp label_263
# label_L
label_249:
# catch_yf
    inc qword ptr [r13+264]
L680:
    mov eax, 2147483647
    mov qword ptr [rsp+32], rax
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 341323
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+16], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# apply_t
    align 4
L682:
    mov edx, 1
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, rbx
    xor ecx, ecx
    xor r8d, r8d
    call 94919178644032
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    test rax, rax
    short jne L681
    lea rsi, qword ptr [L682]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L681:
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+32], 59
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_252
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_252
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+32], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L683:
L684:
    long mov rcx, 9223372036854775807
    mov rax, 94919180014144
    lea rdx, qword ptr [L683]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919180007984
    call 140320710851304
    mov qword ptr [rbx+8], rax
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+16]
    mov rcx, 94919180007984
    call 140320710851304
    mov qword ptr [rbx+16], rax
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx+16]
    cmp qword ptr [rbx+8], rdi
    jne label_250
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L282
    ret
# label_L
label_250:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+16]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# call_light_bif_be
    align 4
L685:
L686:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100592
    lea rdx, qword ptr [L685]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
L687:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# call_light_bif_be
    align 4
L688:
L689:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L688]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_map_fs
    mov rax, qword ptr [rsp+8]
    test al, 1
    jne label_251
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_251
# update_map_assoc_sdtI
.section .rodata {#1}
L690:
    align 8
.db 0x4B, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L690]
.db 0x66, 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L282
    ret
# label_L
label_251:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L691
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L691:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 5131
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L692:
L693:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L692]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L282
    ret
# label_L
label_252:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+16]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# call_light_bif_be
    align 4
L694:
L695:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100592
    lea rdx, qword ptr [L694]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
L696:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# call_light_bif_be
    align 4
L697:
L698:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L697]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_map_fs
    mov rax, qword ptr [rsp+8]
    test al, 1
    jne label_253
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_253
# update_map_assoc_sdtI
.section .rodata {#1}
L699:
    align 8
.db 0x4B, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L699]
.db 0x66, 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L282
    ret
# label_L
label_253:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L700
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L700:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 5131
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L701:
L702:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L701]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L282
    ret
# label_L
label_254:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+24]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# call_light_bif_be
    align 4
L703:
L704:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100592
    lea rdx, qword ptr [L703]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
L705:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# call_light_bif_be
    align 4
L706:
L707:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L706]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_map_fs
    mov rax, qword ptr [rsp+8]
    test al, 1
    jne label_255
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_255
# update_map_assoc_sdtI
.section .rodata {#1}
L708:
    align 8
.db 0x4B, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L708]
.db 0x66, 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L282
    ret
# label_L
label_255:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L709
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L709:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 5131
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L710:
L711:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L710]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L282
    ret
# label_L
label_256:
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_262
# is_list_fs
    mov rax, qword ptr [rsp]
    cmp rax, 59
    short je L712
    test al, 2
    jne label_262
L712:
# catch_yf
    inc qword ptr [r13+264]
L713:
    mov eax, 2147483647
    mov qword ptr [rsp+32], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+24], 341323
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+16], rax
# line_I
# apply_t
    align 4
L715:
    mov edx, 2
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, rbx
    xor ecx, ecx
    xor r8d, r8d
    call 94919178644032
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    test rax, rax
    short jne L714
    lea rsi, qword ptr [L715]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L714:
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+32], 59
# is_map_fs
    mov rax, qword ptr [rsp+8]
    test al, 1
    jne label_257
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_257
# update_map_assoc_sdtI
.section .rodata {#1}
L716:
    align 8
.db 0xCB, 0xEF, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L716]
.db 0x66, 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L282
    ret
# label_L
label_257:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L717
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L717:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 5131
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L718:
L719:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L718]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L282
    ret
# label_L
label_258:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 715
    jne label_260
# is_map_fs
    mov rax, qword ptr [rsp+8]
    test al, 1
    jne label_259
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_259
# update_map_assoc_sdtI
.section .rodata {#1}
L720:
    align 8
.db 0xCB, 0xEF, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
    mov edx, 2
    mov ecx, 2
    lea r8, qword ptr [L720]
.db 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L282
    ret
# label_L
label_259:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L721
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L721:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 5131
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L722:
L723:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L722]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L282
    ret
# label_L
label_260:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+24]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# call_light_bif_be
    align 4
L724:
L725:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100592
    lea rdx, qword ptr [L724]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
L726:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# call_light_bif_be
    align 4
L727:
L728:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L727]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_map_fs
    mov rax, qword ptr [rsp+8]
    test al, 1
    jne label_261
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_261
# update_map_assoc_sdtI
.section .rodata {#1}
L729:
    align 8
.db 0x4B, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L729]
.db 0x66, 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L282
    ret
# label_L
label_261:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L730
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L730:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 5131
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L731:
L732:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L731]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L282
    ret
# label_L
label_262:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L282
    ret
# label_L
label_263:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L733
    mov ecx, 1
    call 140320710850576
L733:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_264:
# i_func_info_IaaI
# gen:module_info/0
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/0:
# i_breakpoint_trampoline
    short jmp L734
.db 0x00
    call L283
    align 8
L734:
# i_test_yield
    lea rdx, qword ptr [module_info/0+24]
    dec r14
    jle L281
# i_move_sd
    mov qword ptr [rbx], 194379
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L735
    mov ecx, 1
.db 0x90
    call 140320710850576
L735:
# call_light_bif_be
    align 4
L736:
L737:
    long mov rcx, 9223372036854775807
    mov rax, 94919178912304
    lea rdx, qword ptr [L736]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L282
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_266:
# i_func_info_IaaI
# gen:module_info/1
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/1:
# i_breakpoint_trampoline
    short jmp L738
.db 0x00
    call L283
    align 8
L738:
# i_test_yield
    lea rdx, qword ptr [module_info/1+24]
    dec r14
    jle L281
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 194379
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L739
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L739:
# call_light_bif_be
    align 4
L740:
L741:
    long mov rcx, 9223372036854775807
    mov rax, 94919178913216
    lea rdx, qword ptr [L740]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L282
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_268:
# i_func_info_IaaI
# gen:'-stop/3-fun-0-'/3
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xF0, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-stop/3-fun-0-'/3:
# i_breakpoint_trampoline
    short jmp L742
.db 0x00
    call L283
    align 8
L742:
# i_test_yield
    lea rdx, qword ptr ['-stop/3-fun-0-'/3+24]
    dec r14
    jle L281
# i_call_ext_only_e
L743:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# i_lambda_trampoline_FfWW
L278:
    movups xmm0, xmmword ptr [rcx+38]
    movups xmmword ptr [rbx+8], xmm0
    short jmp '-stop/3-fun-0-'/3
# func_line_I
# aligned_label_Lt
    align 8
label_270:
# i_func_info_IaaI
# gen:'-receive_response/3-fun-0-'/2
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xF0, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-receive_response/3-fun-0-'/2:
# i_breakpoint_trampoline
    short jmp L744
.db 0x00
    call L283
    align 8
L744:
# i_test_yield
    lea rdx, qword ptr ['-receive_response/3-fun-0-'/2+24]
    dec r14
    jle L281
# is_reference_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_272
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 16
    short je L745
    cmp al, 56
    jne label_272
L745:
# i_move_sd
L746:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L747
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L747:
# call_light_bif_be
    align 4
L748:
L749:
    long mov rcx, 9223372036854775807
    mov rax, 94919179085664
    lea rdx, qword ptr [L748]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L282
    ret
# label_L
label_272:
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L750
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L750:
# call_light_bif_be
    align 4
L751:
L752:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L751]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L282
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_273:
# i_func_info_IaaI
# gen:'-send_request/3-fun-0-'/3
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xF0, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-send_request/3-fun-0-'/3:
# i_breakpoint_trampoline
    short jmp L753
.db 0x00
    call L283
    align 8
L753:
# i_test_yield
    lea rdx, qword ptr ['-send_request/3-fun-0-'/3+24]
    dec r14
    jle L281
# i_call_only_f
    jmp do_send_request/3
# i_lambda_trampoline_FfWW
L277:
    movups xmm0, xmmword ptr [rcx+38]
    movups xmmword ptr [rbx+8], xmm0
    short jmp '-send_request/3-fun-0-'/3
# func_line_I
# aligned_label_Lt
    align 8
label_275:
# i_func_info_IaaI
# gen:'-call/4-fun-0-'/4
    call L280
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xF7, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xF0, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-call/4-fun-0-'/4:
# i_breakpoint_trampoline
    short jmp L754
.db 0x00
    call L283
    align 8
L754:
# i_test_yield
    lea rdx, qword ptr ['-call/4-fun-0-'/4+24]
    dec r14
    jle L281
# i_call_only_f
    jmp do_call/4
# i_lambda_trampoline_FfWW
L276:
    movups xmm0, xmmword ptr [rcx+38]
    movups xmmword ptr [rbx+8], xmm0
    mov rax, qword ptr [rcx+54]
    mov qword ptr [rbx+24], rax
    short jmp '-call/4-fun-0-'/4
# int_code_end
L755:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, 94919180896308
    call 94919178184336
.section .rodata {#1}
line:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
.section .rodata {#1}
attr:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x68, 0x02, 0x64, 0x00, 0x03, 0x76, 0x73, 0x6E, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x6E, 0x10, 0x00, 0xC6, 0x0D, 0x52, 0x1D, 0xB1, 0xB5, 0x60, 0xBD, 0xB5, 0x2B, 0xD7, 0xB3, 0xF2, 0xB3, 0x88, 0x9A, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x08, 0x64, 0x69, 0x61, 0x6C, 0x79, 0x7A, 0x65, 0x72, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x68, 0x02, 0x64, 0x00, 0x11, 0x6E, 0x6F, 0x5F, 0x69, 0x6D, 0x70, 0x72, 0x6F, 0x70, 0x65, 0x72, 0x5F, 0x6C, 0x69, 0x73, 0x74, 0x73, 0x68, 0x02, 0x64, 0x00, 0x07, 0x64, 0x6F, 0x5F, 0x63, 0x61, 0x6C, 0x6C, 0x61, 0x04, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x08, 0x64, 0x69, 0x61, 0x6C, 0x79, 0x7A, 0x65, 0x72, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x68, 0x02, 0x64, 0x00, 0x11, 0x6E, 0x6F, 0x5F, 0x69, 0x6D, 0x70, 0x72, 0x6F, 0x70, 0x65, 0x72, 0x5F, 0x6C, 0x69, 0x73, 0x74, 0x73, 0x68, 0x02, 0x64, 0x00, 0x0F, 0x64, 0x6F, 0x5F, 0x73, 0x65, 0x6E, 0x64, 0x5F, 0x72, 0x65, 0x71, 0x75, 0x65, 0x73, 0x74, 0x61, 0x03, 0x6A, 0x6A
.section .text {#0}
.section .rodata {#1}
compile:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x68, 0x02, 0x64, 0x00, 0x07, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6F, 0x6E, 0x6B, 0x00, 0x03, 0x38, 0x2E, 0x32, 0x68, 0x02, 0x64, 0x00, 0x07, 0x6F, 0x70, 0x74, 0x69, 0x6F, 0x6E, 0x73, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x64, 0x00, 0x0A, 0x64, 0x65, 0x62, 0x75, 0x67, 0x5F, 0x69, 0x6E, 0x66, 0x6F, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x45, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x4F, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x2E, 0x2E, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x06, 0x73, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x6B, 0x00, 0x42, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x67, 0x65, 0x6E, 0x2E, 0x65, 0x72, 0x6C, 0x6A
.section .text {#0}
.section .rodata {#1}
md5:
.db 0x9A, 0x88, 0xB3, 0xF2, 0xB3, 0xD7, 0x2B, 0xB5, 0xBD, 0x60, 0xB5, 0xB1, 0x1D, 0x52, 0x0D, 0xC6
.section .text {#0}
