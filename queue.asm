    align 8
L288:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L289:
    jmp 140320710851944
    align 8
L290:
    jmp 140320710853048
    align 8
L291:
    jmp 140320710850344
    align 16
L292:
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
# queue:new/0
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x6C, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
new/0:
# i_breakpoint_trampoline
    short jmp L293
.db 0x00
    call L292
    align 8
L293:
# i_test_yield
    lea rdx, qword ptr [new/0+24]
    dec r14
    jle L290
# i_move_sd
L294:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L291
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_3:
# i_func_info_IaaI
# queue:is_queue/1
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x43, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_queue/1:
# i_breakpoint_trampoline
    short jmp L295
.db 0x00
    call L292
    align 8
L295:
# i_test_yield
    lea rdx, qword ptr [is_queue/1+24]
    dec r14
    jle L290
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_5
    cmp dword ptr [rsi-2], 128
    jne label_5
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L296
    test al, 2
    jne label_5
L296:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# nofail_bif1_sbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178916256
    call 140320710851400
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L291
    ret
# label_L
label_5:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L291
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_6:
# i_func_info_IaaI
# queue:is_empty/1
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x43, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_empty/1:
# i_breakpoint_trampoline
    short jmp L297
.db 0x00
    call L292
    align 8
L297:
# i_test_yield
    lea rdx, qword ptr [is_empty/1+24]
    dec r14
    jle L290
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_9
    cmp dword ptr [rsi-2], 128
    jne label_9
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_8
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_8
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L291
    ret
# label_L
label_8:
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L298
    test al, 2
    jne label_9
L298:
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L299
    test al, 2
    jne label_9
L299:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L291
    ret
# label_L
label_9:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L300
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L300:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L301
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L301:
# call_light_bif_be
    align 4
L302:
L303:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L302]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L291
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_10:
# i_func_info_IaaI
# queue:len/1
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB0, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
len/1:
# i_breakpoint_trampoline
    short jmp L304
.db 0x00
    call L292
    align 8
L304:
# i_test_yield
    lea rdx, qword ptr [len/1+24]
    dec r14
    jle L290
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_12
    cmp dword ptr [rsi-2], 128
    jne label_12
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L305
    test al, 2
    jne label_12
L305:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L306
    test al, 2
    jne label_12
L306:
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
    mov qword ptr [rbx+32], 15
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+40], rdi
# i_length_jtd
    align 4
L307:
    mov esi, 3
    lea rdx, qword ptr [L307]
    call 140320710852592
    mov qword ptr [rbx], rax
# i_length_setup_jts
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+24], rdi
    mov qword ptr [rbx+32], 15
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+40], rdi
# i_length_jtd
    align 4
L308:
    mov esi, 3
    lea rdx, qword ptr [L308]
    call 140320710852592
    mov qword ptr [rbx+8], rax
# i_plus_ssjd
# add without overflow check
    mov rax, qword ptr [rbx]
    mov rsi, qword ptr [rbx+8]
    and rax, -16
    add rax, rsi
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L291
    ret
# label_L
label_12:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L309
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L309:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L310
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L310:
# call_light_bif_be
    align 4
L311:
L312:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L311]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L291
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_13:
# i_func_info_IaaI
# queue:to_list/1
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x6B, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
to_list/1:
# i_breakpoint_trampoline
    short jmp L313
.db 0x00
    call L292
    align 8
L313:
# i_test_yield
    lea rdx, qword ptr [to_list/1+24]
    dec r14
    jle L290
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_15
    cmp dword ptr [rsi-2], 128
    jne label_15
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L314
    test al, 2
    jne label_15
L314:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L315
    test al, 2
    jne label_15
L315:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L316
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L316:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# call_light_bif_be
    align 4
L317:
L318:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L317]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L319:
L320:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L319]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L291
    ret
# label_L
label_15:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L321
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L321:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L322
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L322:
# call_light_bif_be
    align 4
L323:
L324:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L323]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L291
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_16:
# i_func_info_IaaI
# queue:from_list/1
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xFE, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
from_list/1:
# i_breakpoint_trampoline
    short jmp L325
.db 0x00
    call L292
    align 8
L325:
# i_test_yield
    lea rdx, qword ptr [from_list/1+24]
    dec r14
    jle L290
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L326
    test al, 2
    jne label_21
L326:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_20
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_18
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_19
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L327
    mov ecx, 3
.db 0x90
    call 140320710850576
L327:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L291
    ret
# label_L
label_18:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_19
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L328
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L328:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 59
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L291
    ret
# label_L
label_19:
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
    mov qword ptr [rbx+16], 15
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_length_jtd
    align 4
L329:
    mov esi, 1
    lea rdx, qword ptr [L329]
    call 140320710852592
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L330
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L330:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# i_int_div_jssd
    mov r9, 2
    mov rax, qword ptr [rbx+8]
# skipped test for small dividend since it is always small
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rax, 4
    or rax, 15
L331:
L332:
    mov qword ptr [rbx+8], rax
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_ext_e
L333:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_22
    cmp dword ptr [rsi-2], 128
    jne label_22
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# call_light_bif_be
    align 4
L334:
L335:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L334]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L336
    mov ecx, 1
    call 140320710850576
L336:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L291
    ret
# label_L
label_20:
# i_move_sd
L337:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L291
    ret
# label_L
label_21:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L338
    mov ecx, 1
.db 0x90
    call 140320710850576
L338:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L339
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L339:
# call_light_bif_be
    align 4
L340:
L341:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L340]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L291
    ret
# label_L
label_22:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_23:
# i_func_info_IaaI
# queue:member/2
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xE1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
member/2:
# i_breakpoint_trampoline
    short jmp L342
.db 0x00
    call L292
    align 8
L342:
# i_test_yield
    lea rdx, qword ptr [member/2+24]
    dec r14
    jle L290
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_26
    cmp dword ptr [rsi-2], 128
    jne label_26
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L343
    test al, 2
    jne label_26
L343:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# is_list_fs
    mov rax, qword ptr [rbx+24]
    cmp rax, 59
    short je L344
    test al, 2
    jne label_26
L344:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L345
    mov ecx, 4
.db 0x90
    call 140320710850576
L345:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# line_I
# call_light_bif_be
    align 4
L346:
L347:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L346]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_25
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L291
    ret
# label_L
label_25:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# call_light_bif_be
    align 4
L348:
L349:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L348]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L291
    ret
# label_L
label_26:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L350
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L350:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L351
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L351:
# call_light_bif_be
    align 4
L352:
L353:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L352]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L291
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_27:
# i_func_info_IaaI
# queue:in/2
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x50, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
in/2:
# i_breakpoint_trampoline
    short jmp L354
.db 0x00
    call L292
    align 8
L354:
# i_test_yield
    lea rdx, qword ptr [in/2+24]
    dec r14
    jle L290
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_30
    cmp dword ptr [rsi-2], 128
    jne label_30
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+16], xmm0
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_29
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
# is_nil_fS
    cmp qword ptr [rbx+32], 59
    jne label_29
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_29
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L355
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L355:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L291
    ret
# label_L
label_29:
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L356
    test al, 2
    jne label_30
L356:
# is_list_fs
    mov rax, qword ptr [rbx+24]
    cmp rax, 59
    short je L357
    test al, 2
    jne label_30
L357:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L358
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L358:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L291
    ret
# label_L
label_30:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L359
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L359:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L360
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L360:
# call_light_bif_be
    align 4
L361:
L362:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L361]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L291
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_31:
# i_func_info_IaaI
# queue:in_r/2
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x44, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
in_r/2:
# i_breakpoint_trampoline
    short jmp L363
.db 0x00
    call L292
    align 8
L363:
# i_test_yield
    lea rdx, qword ptr [in_r/2+24]
    dec r14
    jle L290
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_34
    cmp dword ptr [rsi-2], 128
    jne label_34
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+16], xmm0
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_33
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_33
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
# is_nil_fS
    cmp qword ptr [rbx+32], 59
    jne label_33
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L364
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L364:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L291
    ret
# label_L
label_33:
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L365
    test al, 2
    jne label_34
L365:
# is_list_fs
    mov rax, qword ptr [rbx+24]
    cmp rax, 59
    short je L366
    test al, 2
    jne label_34
L366:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L367
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L367:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L291
    ret
# label_L
label_34:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L368
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L368:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L369
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L369:
# call_light_bif_be
    align 4
L370:
L371:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L370]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L291
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_35:
# i_func_info_IaaI
# queue:out/1
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x7B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
out/1:
# i_breakpoint_trampoline
    short jmp L372
.db 0x00
    call L292
    align 8
L372:
# i_test_yield
    lea rdx, qword ptr [out/1+24]
    dec r14
    jle L290
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_45
    cmp dword ptr [rsi-2], 128
    jne label_45
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_38
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_nil_fS
    cmp qword ptr [rbx+32], 59
    jne label_37
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_39
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L373
    mov ecx, 4
    call 140320710850576
L373:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 45067
    mov rdi, qword ptr [rbx+24]
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
L374:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L291
    ret
# label_L
label_37:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_39
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L375
    mov ecx, 5
    call 140320710850576
L375:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L376:
L377:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L376]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_46
# test_heap_It
    lea rdx, qword ptr [r15+120]
    cmp rdx, rsp
    short jbe L378
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L378:
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rbx], xmm0
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 45067
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
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
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L291
    ret
# label_L
label_38:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_39
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_39
# i_move_sd
L379:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L291
    ret
# label_L
label_39:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_45
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+16], xmm0
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_44
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L380
    test al, 2
    jne label_45
L380:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L381
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L381:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+8], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_42
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rbx+16], rdx
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_40
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_41
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L382
    mov ecx, 3
.db 0x90
    call 140320710850576
L382:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# jump_f
    jmp label_43
# label_L
label_40:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_41
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L383
    mov ecx, 2
.db 0x90
    call 140320710850576
L383:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 59
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# jump_f
    jmp label_43
# label_L
label_41:
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx+24], 15
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
# i_length_jtd
    align 4
L384:
    mov esi, 2
    lea rdx, qword ptr [L384]
    call 140320710852592
    mov qword ptr [rbx], rax
# i_int_div_jssd
    mov r9, 2
    mov rax, qword ptr [rbx]
# skipped test for small dividend since it is always small
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rax, 4
    or rax, 15
L385:
L386:
    mov qword ptr [rbx], rax
# i_call_ext_e
L387:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_47
    cmp dword ptr [rsi-2], 128
    jne label_47
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# call_light_bif_be
    align 4
L388:
L389:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L388]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L390
    mov ecx, 1
    call 140320710850576
L390:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# jump_f
    jmp label_43
# label_L
label_42:
# i_move_sd
L391:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# label_L
label_43:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L392
    mov ecx, 1
    call 140320710850576
L392:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 45067
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
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
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L291
    ret
# label_L
label_44:
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L393
    test al, 2
    jne label_45
L393:
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L394
    mov ecx, 4
    call 140320710850576
L394:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 45067
    mov rdi, qword ptr [rbx+24]
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
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
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
    jl L291
    ret
# label_L
label_45:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L395
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L395:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L396
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L396:
# call_light_bif_be
    align 4
L397:
L398:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L397]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L291
    ret
# label_L
label_46:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_47:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_48:
# i_func_info_IaaI
# queue:out_r/1
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x44, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
out_r/1:
# i_breakpoint_trampoline
    short jmp L399
.db 0x00
    call L292
    align 8
L399:
# i_test_yield
    lea rdx, qword ptr [out_r/1+24]
    dec r14
    jle L290
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_58
    cmp dword ptr [rsi-2], 128
    jne label_58
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_55
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx+8], rdx
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_54
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L400
    test al, 2
    jne label_58
L400:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L401
    mov ecx, 4
.db 0x90
    call 140320710850576
L401:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+8], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_52
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_50
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_51
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L402
    mov ecx, 2
.db 0x90
    call 140320710850576
L402:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
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
    mov qword ptr [rbx], rdi
# jump_f
    jmp label_53
# label_L
label_50:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_51
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L403
    mov ecx, 3
    call 140320710850576
L403:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 59
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# jump_f
    jmp label_53
# label_L
label_51:
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+24], rdi
    mov qword ptr [rbx+32], 15
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+40], rdi
# i_length_jtd
    align 4
L404:
    mov esi, 3
    lea rdx, qword ptr [L404]
    call 140320710852592
    mov qword ptr [rbx], rax
# i_int_div_jssd
    mov r9, 2
    mov rax, qword ptr [rbx]
# skipped test for small dividend since it is always small
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rax, 4
    or rax, 15
L405:
L406:
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_call_ext_e
L407:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_59
    cmp dword ptr [rsi-2], 128
    jne label_59
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# call_light_bif_be
    align 4
L408:
L409:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L408]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L410
    mov ecx, 1
    call 140320710850576
L410:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# jump_f
    jmp label_53
# label_L
label_52:
# i_move_sd
L411:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# label_L
label_53:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L412
    mov ecx, 1
    call 140320710850576
L412:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 45067
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
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
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L291
    ret
# label_L
label_54:
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L413
    test al, 2
    jne label_58
L413:
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L414
    mov ecx, 4
    call 140320710850576
L414:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 45067
    mov rdi, qword ptr [rbx+24]
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
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
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
    jl L291
    ret
# label_L
label_55:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_58
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_57
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_56
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L415
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L415:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 45067
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
L416:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L291
    ret
# label_L
label_56:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L417
    mov ecx, 2
    call 140320710850576
L417:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# call_light_bif_be
    align 4
L418:
L419:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L418]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_60
# test_heap_It
    lea rdx, qword ptr [r15+120]
    cmp rdx, rsp
    short jbe L420
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L420:
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rbx], xmm0
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 45067
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+16]
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
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L291
    ret
# label_L
label_57:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_58
# i_move_sd
L421:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L291
    ret
# label_L
label_58:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L422
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L422:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L423
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L423:
# call_light_bif_be
    align 4
L424:
L425:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L424]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L291
    ret
# label_L
label_59:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_60:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_61:
# i_func_info_IaaI
# queue:get/1
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xB9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get/1:
# i_breakpoint_trampoline
    short jmp L426
.db 0x00
    call L292
    align 8
L426:
# i_test_yield
    lea rdx, qword ptr [get/1+24]
    dec r14
    jle L290
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_64
    cmp dword ptr [rsi-2], 128
    jne label_64
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_63
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_63
# i_move_sd
L427:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 75211
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L428
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L428:
# call_light_bif_be
    align 4
L429:
L430:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L429]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L291
    ret
# label_L
label_63:
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L431
    test al, 2
    jne label_64
L431:
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L432
    test al, 2
    jne label_64
L432:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp get/2
# label_L
label_64:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L433
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L433:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L434
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L434:
# call_light_bif_be
    align 4
L435:
L436:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L435]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L291
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_65:
# i_func_info_IaaI
# queue:get/2
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xB9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get/2:
# i_breakpoint_trampoline
    short jmp L437
.db 0x00
    call L292
    align 8
L437:
# i_test_yield
    lea rdx, qword ptr [get/2+24]
    dec r14
    jle L290
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_67
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L291
    ret
# label_L
label_67:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_69
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_68
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L291
    ret
# label_L
label_68:
# line_I
# i_call_ext_only_e
L438:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_69:
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov qword ptr [rbx], 59
# jump_f
    jmp label_65
# func_line_I
# aligned_label_Lt
    align 8
label_70:
# i_func_info_IaaI
# queue:get_r/1
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x44, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_r/1:
# i_breakpoint_trampoline
    short jmp L439
.db 0x00
    call L292
    align 8
L439:
# i_test_yield
    lea rdx, qword ptr [get_r/1+24]
    dec r14
    jle L290
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_75
    cmp dword ptr [rsi-2], 128
    jne label_75
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_72
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+8], rsi
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L440
    test al, 2
    jne label_75
L440:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L291
    ret
# label_L
label_72:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_75
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_74
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_73
# return
    dec r14
    jl L291
    ret
# label_L
label_73:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_call_ext_only_e
L441:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_74:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_75
# i_move_sd
L442:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 75211
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L443
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L443:
# call_light_bif_be
    align 4
L444:
L445:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L444]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L291
    ret
# label_L
label_75:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L446
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L446:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L447
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L447:
# call_light_bif_be
    align 4
L448:
L449:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L448]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L291
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_76:
# i_func_info_IaaI
# queue:peek/1
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xAF, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
peek/1:
# i_breakpoint_trampoline
    short jmp L450
.db 0x00
    call L292
    align 8
L450:
# i_test_yield
    lea rdx, qword ptr [peek/1+24]
    dec r14
    jle L290
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_81
    cmp dword ptr [rsi-2], 128
    jne label_81
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_78
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_78
# i_move_sd
    mov qword ptr [rbx], 75211
# return
    dec r14
    jl L291
    ret
# label_L
label_78:
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_79
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+24], rsi
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L451
    test al, 2
    jne label_79
L451:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L452
    mov ecx, 4
.db 0x90
    call 140320710850576
L452:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 45067
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L291
    ret
# label_L
label_79:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_81
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx+8], rdx
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_80
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_81
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L453
    mov ecx, 4
.db 0x90
    call 140320710850576
L453:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 45067
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L291
    ret
# label_L
label_80:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_81
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L454
    mov ecx, 2
    call 140320710850576
L454:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L455:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L456
    mov ecx, 1
    call 140320710850576
L456:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 45067
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L291
    ret
# label_L
label_81:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L457
    mov ecx, 1
    call 140320710850576
L457:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L458
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L458:
# call_light_bif_be
    align 4
L459:
L460:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L459]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L291
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_82:
# i_func_info_IaaI
# queue:peek_r/1
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x44, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
peek_r/1:
# i_breakpoint_trampoline
    short jmp L461
.db 0x00
    call L292
    align 8
L461:
# i_test_yield
    lea rdx, qword ptr [peek_r/1+24]
    dec r14
    jle L290
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_87
    cmp dword ptr [rsi-2], 128
    jne label_87
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_84
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+8], rsi
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L462
    test al, 2
    jne label_87
L462:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L463
    mov ecx, 2
    call 140320710850576
L463:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 45067
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L291
    ret
# label_L
label_84:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_87
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_86
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_85
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L464
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L464:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 45067
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L291
    ret
# label_L
label_85:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L465
    mov ecx, 2
    call 140320710850576
L465:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L466:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L467
    mov ecx, 1
    call 140320710850576
L467:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 45067
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L291
    ret
# label_L
label_86:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_87
# i_move_sd
    mov qword ptr [rbx], 75211
# return
    dec r14
    jl L291
    ret
# label_L
label_87:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L468
    mov ecx, 1
    call 140320710850576
L468:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L469
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L469:
# call_light_bif_be
    align 4
L470:
L471:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L470]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L291
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_88:
# i_func_info_IaaI
# queue:drop/1
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x39, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
drop/1:
# i_breakpoint_trampoline
    short jmp L472
.db 0x00
    call L292
    align 8
L472:
# i_test_yield
    lea rdx, qword ptr [drop/1+24]
    dec r14
    jle L290
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_97
    cmp dword ptr [rsi-2], 128
    jne label_97
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_91
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_nil_fS
    cmp qword ptr [rbx+32], 59
    jne label_90
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_92
# jump_f
    jmp label_95
# label_L
label_90:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_92
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L473
    mov ecx, 5
    call 140320710850576
L473:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L474:
L475:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L474]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_98
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L476
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L476:
# get_tl_Sd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
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
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L291
    ret
# label_L
label_91:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_92
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_92
# i_move_sd
L477:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 75211
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L478
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L478:
# call_light_bif_be
    align 4
L479:
L480:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L479]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L291
    ret
# label_L
label_92:
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_97
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_96
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L481
    test al, 2
    jne label_97
L481:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_95
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rbx+16], rdx
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_93
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_94
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L482
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L482:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L291
    ret
# label_L
label_93:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_94
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L483
    mov ecx, 2
    call 140320710850576
L483:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 59
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L291
    ret
# label_L
label_94:
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx+24], 15
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
# i_length_jtd
    align 4
L484:
    mov esi, 2
    lea rdx, qword ptr [L484]
    call 140320710852592
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L485
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L485:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# i_int_div_jssd
    mov r9, 2
    mov rax, qword ptr [rbx]
# skipped test for small dividend since it is always small
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rax, 4
    or rax, 15
L486:
L487:
    mov qword ptr [rbx], rax
# i_call_ext_e
L488:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_99
    cmp dword ptr [rsi-2], 128
    jne label_99
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# call_light_bif_be
    align 4
L489:
L490:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L489]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L491
    mov ecx, 1
    call 140320710850576
L491:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
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
    jl L291
    ret
# label_L
label_95:
# i_move_sd
L492:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L291
    ret
# label_L
label_96:
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L493
    test al, 2
    jne label_97
L493:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L494
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L494:
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
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L291
    ret
# label_L
label_97:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L495
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L495:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L496
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L496:
# call_light_bif_be
    align 4
L497:
L498:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L497]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L291
    ret
# label_L
label_98:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_99:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_100:
# i_func_info_IaaI
# queue:drop_r/1
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x45, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
drop_r/1:
# i_breakpoint_trampoline
    short jmp L499
.db 0x00
    call L292
    align 8
L499:
# i_test_yield
    lea rdx, qword ptr [drop_r/1+24]
    dec r14
    jle L290
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_109
    cmp dword ptr [rsi-2], 128
    jne label_109
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_105
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+8], rsi
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_104
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L500
    test al, 2
    jne label_109
L500:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_106
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_102
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_103
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L501
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L501:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
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
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L291
    ret
# label_L
label_102:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_103
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L502
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L502:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 59
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L291
    ret
# label_L
label_103:
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+24], rdi
    mov qword ptr [rbx+32], 15
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+40], rdi
# i_length_jtd
    align 4
L503:
    mov esi, 3
    lea rdx, qword ptr [L503]
    call 140320710852592
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L504
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L504:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# i_int_div_jssd
    mov r9, 2
    mov rax, qword ptr [rbx]
# skipped test for small dividend since it is always small
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rax, 4
    or rax, 15
L505:
L506:
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_call_ext_e
L507:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_110
    cmp dword ptr [rsi-2], 128
    jne label_110
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# call_light_bif_be
    align 4
L508:
L509:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L508]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L510
    mov ecx, 1
    call 140320710850576
L510:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L291
    ret
# label_L
label_104:
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L511
    test al, 2
    jne label_109
L511:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L512
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L512:
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
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L291
    ret
# label_L
label_105:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_109
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_108
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_107
# label_L
label_106:
# i_move_sd
L513:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L291
    ret
# label_L
label_107:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L514
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L514:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# call_light_bif_be
    align 4
L515:
L516:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L515]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_111
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L517
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L517:
# get_tl_Sd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
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
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L291
    ret
# label_L
label_108:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_109
# i_move_sd
L518:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 75211
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L519
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L519:
# call_light_bif_be
    align 4
L520:
L521:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L520]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L291
    ret
# label_L
label_109:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L522
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L522:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L523
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L523:
# call_light_bif_be
    align 4
L524:
L525:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L524]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L291
    ret
# label_L
label_110:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_111:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_112:
# i_func_info_IaaI
# queue:reverse/1
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
reverse/1:
# i_breakpoint_trampoline
    short jmp L526
.db 0x00
    call L292
    align 8
L526:
# i_test_yield
    lea rdx, qword ptr [reverse/1+24]
    dec r14
    jle L290
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_114
    cmp dword ptr [rsi-2], 128
    jne label_114
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L527
    test al, 2
    jne label_114
L527:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L528
    test al, 2
    jne label_114
L528:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L529
    mov ecx, 3
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
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L291
    ret
# label_L
label_114:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L530
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L530:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L531
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L531:
# call_light_bif_be
    align 4
L532:
L533:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L532]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L291
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_115:
# i_func_info_IaaI
# queue:join/2
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x4E, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
join/2:
# i_breakpoint_trampoline
    short jmp L534
.db 0x00
    call L292
    align 8
L534:
# i_test_yield
    lea rdx, qword ptr [join/2+24]
    dec r14
    jle L290
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_119
    cmp dword ptr [rsi-2], 128
    jne label_119
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+16], xmm0
# i_is_eq_exact_literal_fscI
L535:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_117
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_117
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L536
    test al, 2
    jne label_117
L536:
# is_list_fs
    mov rax, qword ptr [rbx+24]
    cmp rax, 59
    short je L537
    test al, 2
    jne label_117
L537:
# return
    dec r14
    jl L291
    ret
# label_L
label_117:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_118
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_118
# i_is_tuple_fs
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_119
    test byte ptr [rsi-2], 63
    jne label_119
# i_test_arity_fsA
    mov rsi, qword ptr [rbx+8]
    cmp dword ptr [rsi-2], 128
    jne label_118
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+32], rdi
# is_list_fs
    mov rax, qword ptr [rbx+32]
    cmp rax, 59
    short je L538
    test al, 2
    jne label_118
L538:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+32], rdi
# is_list_fs
    mov rax, qword ptr [rbx+32]
    cmp rax, 59
    short je L539
    test al, 2
    jne label_118
L539:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L291
    ret
# label_L
label_118:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_119
    cmp dword ptr [rsi-2], 128
    jne label_119
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L540
    test al, 2
    jne label_119
L540:
# is_list_fs
    mov rax, qword ptr [rbx+24]
    cmp rax, 59
    short je L541
    test al, 2
    jne label_119
L541:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+32], rdi
# is_list_fs
    mov rax, qword ptr [rbx+32]
    cmp rax, 59
    short je L542
    test al, 2
    jne label_119
L542:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+40], rdi
# is_list_fs
    mov rax, qword ptr [rbx+40]
    cmp rax, 59
    short je L543
    test al, 2
    jne label_119
L543:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L544
    mov ecx, 6
.db 0x90
    call 140320710850576
L544:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L545:
L546:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L545]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# call_light_bif_be
    align 4
L547:
L548:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L547]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L549
    mov ecx, 1
    call 140320710850576
L549:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
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
    jl L291
    ret
# label_L
label_119:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L550
    mov ecx, 2
    call 140320710850576
L550:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L551
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L551:
# call_light_bif_be
    align 4
L552:
L553:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L552]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L291
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_120:
# i_func_info_IaaI
# queue:split/2
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
split/2:
# i_breakpoint_trampoline
    short jmp L554
.db 0x00
    call L292
    align 8
L554:
# i_test_yield
    lea rdx, qword ptr [split/2+24]
    dec r14
    jle L290
# is_eq_exact_fss
    cmp qword ptr [rbx], 15
    jne label_122
# i_is_tuple_fs
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_134
    test byte ptr [rsi-2], 63
    jne label_134
# i_test_arity_fsA
    mov rsi, qword ptr [rbx+8]
    cmp dword ptr [rsi-2], 128
    jne label_122
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L555
    test al, 2
    jne label_122
L555:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L556
    test al, 2
    jne label_122
L556:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L557
    mov ecx, 2
.db 0x90
    call 140320710850576
L557:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
L558:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L291
    ret
# label_L
label_122:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_134
    cmp dword ptr [rsi-2], 128
    jne label_134
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L559
    test al, 1
    jne label_134
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_134
L559:
# is_ge_fss
    mov esi, 31
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L560
    cmp rdi, rsi
    short jmp L561
L560:
    call 140320710848608
L561:
    jl label_134
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L562
    test al, 2
    jne label_134
L562:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# is_list_fs
    mov rax, qword ptr [rbx+24]
    cmp rax, 59
    short je L563
    test al, 2
    jne label_134
L563:
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+32], rdi
    mov qword ptr [rbx+40], 15
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+48], rdi
# i_length_jtd
    align 4
L564:
    mov esi, 4
    lea rdx, qword ptr [L564]
    call 140320710852592
    mov qword ptr [rbx+32], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L565
    cmp rdi, rsi
    short jmp L566
L565:
    call 140320710848608
L566:
    jge label_123
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_135
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+8], rsi
    mov qword ptr [rbx+24], rdx
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L567
    add rax, rdx
    short jno L568
L567:
    call 140320710853080
L568:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L569
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L569:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_call_only_f
    jmp split_f1_to_r2/5
# label_L
label_123:
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+32]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L570
    cmp rdi, rsi
    short jmp L571
L570:
    call 140320710848608
L571:
    jge label_126
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+40], rdi
    mov qword ptr [rbx+48], 15
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+56], rdi
# i_length_jtd
    align 4
L572:
    mov esi, 5
    lea rdx, qword ptr [L572]
    call 140320710852592
    mov qword ptr [rbx+40], rax
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rbx+32]
# simplified test for small operands since both are numbers
    test esi, 1
    short je L574
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L573
L574:
    call 140320710853584
L573:
    mov qword ptr [rbx+32], rax
# i_minus_ssjd
    mov rsi, qword ptr [rbx+40]
    mov rdx, qword ptr [rbx+32]
# simplified test for small operands since both are numbers
    test edx, 1
    short je L576
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L575
L576:
    call 140320710853584
L575:
    mov qword ptr [rbx+32], rax
# is_lt_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+32]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L577
    cmp rdi, rsi
    short jmp L578
L577:
    call 140320710848608
L578:
    jge label_124
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L579
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L579:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L580
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L580:
# call_light_bif_be
    align 4
L581:
L582:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L581]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L291
    ret
# label_L
label_124:
# is_lt_fss
    mov rsi, qword ptr [rbx+32]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L583
    cmp rdi, rsi
    short jmp L584
L583:
    call 140320710848608
L584:
    jge label_125
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_136
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+32]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L585
    add rax, rdx
    short jno L586
L585:
    call 140320710853080
L586:
    mov qword ptr [rbx+16], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L587
    mov ecx, 4
    call 140320710850576
L587:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov qword ptr [rbx+32], 59
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+24]
    mov qword ptr [rbx+24], rdi
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp split_r1_to_f2/5
# label_L
label_125:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L588
    mov ecx, 2
    call 140320710850576
L588:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
L589:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L291
    ret
# label_L
label_126:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L590
    mov ecx, 5
.db 0x90
    call 140320710850576
L590:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_129
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_128
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_127
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L591
    mov ecx, 2
.db 0x90
    call 140320710850576
L591:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
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
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# jump_f
    jmp label_130
# label_L
label_127:
# line_I
# i_int_div_jssd
    mov r9, 2
    mov rax, qword ptr [rbx+32]
# skipped test for small dividend since it is always small
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rax, 4
    or rax, 15
L592:
L593:
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_call_ext_e
L594:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_137
    cmp dword ptr [rsi-2], 128
    jne label_137
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# call_light_bif_be
    align 4
L595:
L596:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L595]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L597
    mov ecx, 1
    call 140320710850576
L597:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# jump_f
    jmp label_130
# label_L
label_128:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L598
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L598:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 59
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# jump_f
    jmp label_130
# label_L
label_129:
# i_move_sd
L599:
    long mov rdi, 9223372036854775807
    mov qword ptr [rsp], rdi
# label_L
label_130:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp+8]
    test al, 2
    jne label_133
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_131
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_132
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L600
    mov ecx, 2
    call 140320710850576
L600:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
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
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
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
    jl L291
    ret
# label_L
label_131:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_132
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L601
    xor ecx, ecx
    call 140320710850576
L601:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 59
    mov rdi, qword ptr [rsp+8]
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
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
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
    jl L291
    ret
# label_L
label_132:
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
    mov qword ptr [rbx+8], 15
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_length_jtd
    align 4
L602:
    xor esi, esi
    lea rdx, qword ptr [L602]
    call 140320710852592
    mov qword ptr [rbx], rax
# i_int_div_jssd
    mov r9, 2
    mov rax, qword ptr [rbx]
# skipped test for small dividend since it is always small
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rax, 4
    or rax, 15
L603:
L604:
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_call_ext_e
L605:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_138
    cmp dword ptr [rsi-2], 128
    jne label_138
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# call_light_bif_be
    align 4
L606:
L607:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L606]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L608
    mov ecx, 1
    call 140320710850576
L608:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
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
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
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
    jl L291
    ret
# label_L
label_133:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L609
    xor ecx, ecx
    call 140320710850576
L609:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
L610:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L291
    ret
# label_L
label_134:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L611
    mov ecx, 2
.db 0x90
    call 140320710850576
L611:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L612
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L612:
# call_light_bif_be
    align 4
L613:
L614:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L613]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L291
    ret
# label_L
label_135:
# line_I
# badmatch_s
    mov qword ptr [r13+120], 59
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_136:
# line_I
    nop
# badmatch_s
    mov qword ptr [r13+120], 59
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_137:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_138:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_139:
# i_func_info_IaaI
# queue:split_f1_to_r2/5
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x45, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
split_f1_to_r2/5:
# i_breakpoint_trampoline
    short jmp L615
.db 0x00
    call L292
    align 8
L615:
# i_test_yield
    lea rdx, qword ptr [split_f1_to_r2/5+24]
    dec r14
    jle L290
# is_eq_exact_fss
    cmp qword ptr [rbx], 15
    jne label_141
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L616
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L616:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+24]
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
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
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
    jl L291
    ret
# label_L
label_141:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_142
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+40], rsi
    mov qword ptr [rbx+16], rdx
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L617
    add rax, rdx
    short jno L618
L617:
    call 140320710853080
L618:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L619
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L619:
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_call_only_f
    jmp split_f1_to_r2/5
# label_L
label_142:
# i_move_sd
    mov qword ptr [rbx+16], 59
# jump_f
    jmp label_139
# func_line_I
# aligned_label_Lt
    align 8
label_143:
# i_func_info_IaaI
# queue:split_r1_to_f2/5
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x45, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
split_r1_to_f2/5:
# i_breakpoint_trampoline
    short jmp L620
.db 0x00
    call L292
    align 8
L620:
# i_test_yield
    lea rdx, qword ptr [split_r1_to_f2/5+24]
    dec r14
    jle L290
# is_eq_exact_fss
    cmp qword ptr [rbx], 15
    jne label_145
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L621
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L621:
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
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
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
    jl L291
    ret
# label_L
label_145:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_146
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+40], rsi
    mov qword ptr [rbx+8], rdx
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L622
    add rax, rdx
    short jno L623
L622:
    call 140320710853080
L623:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L624
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L624:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_call_only_f
    jmp split_r1_to_f2/5
# label_L
label_146:
# i_move_sd
    mov qword ptr [rbx+8], 59
# jump_f
    jmp label_143
# func_line_I
# aligned_label_Lt
    align 8
label_147:
# i_func_info_IaaI
# queue:filter/2
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x49, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
filter/2:
# i_breakpoint_trampoline
    short jmp L625
.db 0x00
    call L292
    align 8
L625:
# i_test_yield
    lea rdx, qword ptr [filter/2+24]
    dec r14
    jle L290
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_156
    cmp dword ptr [rsi-2], 128
    jne label_156
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_156
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    jne label_156
    cmp byte ptr [rdi+22], 1
    jne label_156
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L626
    test al, 2
    jne label_156
L626:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# is_list_fs
    mov rax, qword ptr [rbx+24]
    cmp rax, 59
    short je L627
    test al, 2
    jne label_156
L627:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L628
    mov ecx, 4
    call 140320710850576
L628:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call filter_f/2
# swap_dd
    mov rdi, qword ptr [rsp+8]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call filter_r/2
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_152
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp+8]
    test al, 2
    jne label_151
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_150
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_149
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L629
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L629:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
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
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L291
    ret
# label_L
label_149:
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
    mov qword ptr [rbx+8], 15
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_length_jtd
    align 4
L630:
    xor esi, esi
    lea rdx, qword ptr [L630]
    call 140320710852592
    mov qword ptr [rbx], rax
# i_int_div_jssd
    mov r9, 2
    mov rax, qword ptr [rbx]
# skipped test for small dividend since it is always small
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rax, 4
    or rax, 15
L631:
L632:
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_trim_t
    add rsp, 8
# i_call_ext_e
L633:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_157
    cmp dword ptr [rsi-2], 128
    jne label_157
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# call_light_bif_be
    align 4
L634:
L635:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L634]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L636
    mov ecx, 1
    call 140320710850576
L636:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L291
    ret
# label_L
label_150:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L637
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L637:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 59
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L291
    ret
# label_L
label_151:
# i_move_sd
L638:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L291
    ret
# label_L
label_152:
# is_nil_fS
    cmp qword ptr [rsp+8], 59
    jne label_155
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_154
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_153
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_154
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L639
    mov ecx, 3
.db 0x90
    call 140320710850576
L639:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L291
    ret
# label_L
label_153:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_154
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L640
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L640:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 59
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
    jl L291
    ret
# label_L
label_154:
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
    mov qword ptr [rbx+16], 15
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_length_jtd
    align 4
L641:
    mov esi, 1
    lea rdx, qword ptr [L641]
    call 140320710852592
    mov qword ptr [rbx+8], rax
# i_int_div_jssd
    mov r9, 2
    mov rax, qword ptr [rbx+8]
# skipped test for small dividend since it is always small
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rax, 4
    or rax, 15
L642:
L643:
    mov qword ptr [rbx+8], rax
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_trim_t
    add rsp, 8
# i_call_ext_e
L644:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_158
    cmp dword ptr [rsi-2], 128
    jne label_158
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# call_light_bif_be
    align 4
L645:
L646:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L645]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L647
    mov ecx, 1
    call 140320710850576
L647:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
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
    jl L291
    ret
# label_L
label_155:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L648
    mov ecx, 1
    call 140320710850576
L648:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L291
    ret
# label_L
label_156:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L649
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L649:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L650
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L650:
# call_light_bif_be
    align 4
L651:
L652:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L651]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L291
    ret
# label_L
label_157:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_158:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_159:
# i_func_info_IaaI
# queue:filter_f/2
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x45, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
filter_f/2:
# i_breakpoint_trampoline
    short jmp L653
.db 0x00
    call L292
    align 8
L653:
# i_test_yield
    lea rdx, qword ptr [filter_f/2+24]
    dec r14
    jle L290
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_166
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L654
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L654:
    sub rsp, 32
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L655]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L655:
    call rdi
.db 0x66, 0x90
    call rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_161
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp+16], rsi
    mov qword ptr [rbx], rdx
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_165
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsp+24], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
    call filter_f/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L656
    mov ecx, 1
    call 140320710850576
L656:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L291
    ret
# label_L
label_161:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_163
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_164
    cmp rsi, 75
    je label_162
    jmp label_165
# label_L
label_162:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsp+24], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
    call filter_f/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L657
    mov ecx, 1
    call 140320710850576
L657:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L291
    ret
# label_L
label_163:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_165
# label_L
label_164:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp filter_f/2
# label_L
label_165:
# is_list_fs
    mov rax, qword ptr [rsp]
    cmp rax, 59
    short je L658
    test al, 2
    jne label_167
L658:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+24], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
    call filter_f/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L659:
L660:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L659]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L291
    ret
# label_L
label_166:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_159
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L291
    ret
# label_L
label_167:
# line_I
# case_end_s
    mov rdi, qword ptr [rsp]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_168:
# i_func_info_IaaI
# queue:filter_r/2
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x46, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
filter_r/2:
# i_breakpoint_trampoline
    short jmp L661
.db 0x00
    call L292
    align 8
L661:
# i_test_yield
    lea rdx, qword ptr [filter_r/2+24]
    dec r14
    jle L290
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_175
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L662
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L662:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rsp+8], rsi
    mov qword ptr [rbx+8], rdx
# line_I
# i_call_f
.db 0x66, 0x90
    call filter_r/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [rbx], xmm0
# init_yregs_I
    mov qword ptr [rsp+16], 59
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L663]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L663:
    call rdi
.db 0x66, 0x90
    call rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_170
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_174
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L664
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L664:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L291
    ret
# label_L
label_170:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_172
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_173
    cmp rsi, 75
    je label_171
    jmp label_174
# label_L
label_171:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L665
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L665:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L291
    ret
# label_L
label_172:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_174
# label_L
label_173:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L291
    ret
# label_L
label_174:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L666
    test al, 2
    jne label_176
L666:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# line_I
# call_light_bif_be
    align 4
L667:
L668:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L667]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L291
    ret
# label_L
label_175:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_168
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L291
    ret
# label_L
label_176:
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
label_177:
# i_func_info_IaaI
# queue:filtermap/2
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x3C, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
filtermap/2:
# i_breakpoint_trampoline
    short jmp L669
.db 0x00
    call L292
    align 8
L669:
# i_test_yield
    lea rdx, qword ptr [filtermap/2+24]
    dec r14
    jle L290
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_186
    cmp dword ptr [rsi-2], 128
    jne label_186
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_186
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    jne label_186
    cmp byte ptr [rdi+22], 1
    jne label_186
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L670
    test al, 2
    jne label_186
L670:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# is_list_fs
    mov rax, qword ptr [rbx+24]
    cmp rax, 59
    short je L671
    test al, 2
    jne label_186
L671:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L672
    mov ecx, 4
    call 140320710850576
L672:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_ext_e
L673:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# swap_dd
    mov rdi, qword ptr [rsp+8]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call filtermap_r/2
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_182
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp+8]
    test al, 2
    jne label_180
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_179
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_181
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L674
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L674:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
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
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L291
    ret
# label_L
label_179:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_181
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L675
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L675:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 59
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L291
    ret
# label_L
label_180:
# is_nil_fS
    cmp qword ptr [rsp+8], 59
    jne label_181
# i_move_sd
L676:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L291
    ret
# label_L
label_181:
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
    mov qword ptr [rbx+8], 15
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_length_jtd
    align 4
L677:
    xor esi, esi
    lea rdx, qword ptr [L677]
    call 140320710852592
    mov qword ptr [rbx], rax
# i_int_div_jssd
    mov r9, 2
    mov rax, qword ptr [rbx]
# skipped test for small dividend since it is always small
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rax, 4
    or rax, 15
L678:
L679:
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_trim_t
    add rsp, 8
# i_call_ext_e
L680:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_187
    cmp dword ptr [rsi-2], 128
    jne label_187
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# call_light_bif_be
    align 4
L681:
L682:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L681]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L683
    mov ecx, 1
    call 140320710850576
L683:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L291
    ret
# label_L
label_182:
# is_nil_fS
    cmp qword ptr [rsp+8], 59
    jne label_185
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving head and tail together)
    movups xmm0, xmmword ptr [rdi-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_184
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_183
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L684
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L684:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L291
    ret
# label_L
label_183:
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
    mov qword ptr [rbx+16], 15
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_length_jtd
    align 4
L685:
    mov esi, 1
    lea rdx, qword ptr [L685]
    call 140320710852592
    mov qword ptr [rbx+8], rax
# i_int_div_jssd
    mov r9, 2
    mov rax, qword ptr [rbx+8]
# skipped test for small dividend since it is always small
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rax, 4
    or rax, 15
L686:
L687:
    mov qword ptr [rbx+8], rax
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_trim_t
    add rsp, 8
# i_call_ext_e
L688:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_188
    cmp dword ptr [rsi-2], 128
    jne label_188
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# call_light_bif_be
    align 4
L689:
L690:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L689]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L691
    mov ecx, 1
    call 140320710850576
L691:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
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
    jl L291
    ret
# label_L
label_184:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L692
    mov ecx, 1
    call 140320710850576
L692:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 59
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
    jl L291
    ret
# label_L
label_185:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L693
    mov ecx, 1
    call 140320710850576
L693:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L291
    ret
# label_L
label_186:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L694
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L694:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L695
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L695:
# call_light_bif_be
    align 4
L696:
L697:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L696]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L291
    ret
# label_L
label_187:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_188:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_189:
# i_func_info_IaaI
# queue:filtermap_r/2
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x46, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
filtermap_r/2:
# i_breakpoint_trampoline
    short jmp L698
.db 0x00
    call L292
    align 8
L698:
# i_test_yield
    lea rdx, qword ptr [filtermap_r/2+24]
    dec r14
    jle L290
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_194
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L699
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L699:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rsp+8], rsi
    mov qword ptr [rbx+8], rdx
# line_I
# i_call_f
.db 0x66, 0x90
    call filtermap_r/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [rbx], xmm0
# init_yregs_I
    mov qword ptr [rsp+16], 59
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L700]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L700:
    call rdi
.db 0x66, 0x90
    call rdi
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_191
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_191
    cmp edi, 128
    jne label_195
    cmp qword ptr [rsi+6], 75
    jne label_195
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L701
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L701:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L291
    ret
# label_L
label_191:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_193
    cmp rsi, 75
    je label_192
    jmp label_195
# label_L
label_192:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L702
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L702:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L291
    ret
# label_L
label_193:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L291
    ret
# label_L
label_194:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_189
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L291
    ret
# label_L
label_195:
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
label_196:
# i_func_info_IaaI
# queue:fold/3
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xFA, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
fold/3:
# i_breakpoint_trampoline
    short jmp L703
.db 0x00
    call L292
    align 8
L703:
# i_test_yield
    lea rdx, qword ptr [fold/3+24]
    dec r14
    jle L290
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_198
    cmp dword ptr [rsi-2], 128
    jne label_198
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_198
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    jne label_198
    cmp byte ptr [rdi+22], 2
    jne label_198
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# is_list_fs
    mov rax, qword ptr [rbx+24]
    cmp rax, 59
    short je L704
    test al, 2
    jne label_198
L704:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+32], rdi
# is_list_fs
    mov rax, qword ptr [rbx+32]
    cmp rax, 59
    short je L705
    test al, 2
    jne label_198
L705:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L706
    mov ecx, 5
    call 140320710850576
L706:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+16], rdi
# line_I
# i_call_ext_e
L707:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 16
L708:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_198:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L709
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L709:
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L710
    mov ecx, 2
    call 140320710850576
L710:
# call_light_bif_be
    align 4
L711:
L712:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L711]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L291
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_199:
# i_func_info_IaaI
# queue:any/2
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x0C, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
any/2:
# i_breakpoint_trampoline
    short jmp L713
.db 0x00
    call L292
    align 8
L713:
# i_test_yield
    lea rdx, qword ptr [any/2+24]
    dec r14
    jle L290
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_202
    cmp dword ptr [rsi-2], 128
    jne label_202
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_202
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    jne label_202
    cmp byte ptr [rdi+22], 1
    jne label_202
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L714
    test al, 2
    jne label_202
L714:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# is_list_fs
    mov rax, qword ptr [rbx+24]
    cmp rax, 59
    short je L715
    test al, 2
    jne label_202
L715:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L716
    mov ecx, 4
    call 140320710850576
L716:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_ext_e
L717:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_201
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L291
    ret
# label_L
label_201:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_ext_last_et
    add rsp, 16
L718:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_202:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L719
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L719:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L720
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L720:
# call_light_bif_be
    align 4
L721:
L722:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L721]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L291
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_203:
# i_func_info_IaaI
# queue:all/2
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
all/2:
# i_breakpoint_trampoline
    short jmp L723
.db 0x00
    call L292
    align 8
L723:
# i_test_yield
    lea rdx, qword ptr [all/2+24]
    dec r14
    jle L290
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_206
    cmp dword ptr [rsi-2], 128
    jne label_206
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_206
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    jne label_206
    cmp byte ptr [rdi+22], 1
    jne label_206
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L724
    test al, 2
    jne label_206
L724:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# is_list_fs
    mov rax, qword ptr [rbx+24]
    cmp rax, 59
    short je L725
    test al, 2
    jne label_206
L725:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L726
    mov ecx, 4
    call 140320710850576
L726:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_ext_e
L727:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_205
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_ext_last_et
    add rsp, 16
L728:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_205:
# i_move_sd
    mov qword ptr [rbx], 11
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L291
    ret
# label_L
label_206:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L729
    mov ecx, 2
    call 140320710850576
L729:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L730
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L730:
# call_light_bif_be
    align 4
L731:
L732:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L731]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L291
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_207:
# i_func_info_IaaI
# queue:delete/2
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xDF, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
delete/2:
# i_breakpoint_trampoline
    short jmp L733
.db 0x00
    call L292
    align 8
L733:
# i_test_yield
    lea rdx, qword ptr [delete/2+24]
    dec r14
    jle L290
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_218
    cmp dword ptr [rsi-2], 128
    jne label_218
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L734
    test al, 2
    jne label_218
L734:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# is_list_fs
    mov rax, qword ptr [rbx+24]
    cmp rax, 59
    short je L735
    test al, 2
    jne label_218
L735:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L736
    mov ecx, 4
.db 0x90
    call 140320710850576
L736:
    sub rsp, 32
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call delete_front/2
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_213
# is_eq_exact_fss
    cmp qword ptr [rbx], 11
    jne label_217
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+24], rax
# line_I
# i_call_f
.db 0x66, 0x90
    call delete_rear/2
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_209
# is_eq_exact_fss
    cmp qword ptr [rbx], 11
    jne label_212
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L291
    ret
# label_L
label_209:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_212
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp+8]
    test al, 2
    jne label_216
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_210
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_211
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L737
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L737:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
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
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L291
    ret
# label_L
label_210:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_211
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L738
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L738:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 59
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L291
    ret
# label_L
label_211:
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
    mov qword ptr [rbx+8], 15
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_length_jtd
    align 4
L739:
    xor esi, esi
    lea rdx, qword ptr [L739]
    call 140320710852592
    mov qword ptr [rbx], rax
# i_int_div_jssd
    mov r9, 2
    mov rax, qword ptr [rbx]
# skipped test for small dividend since it is always small
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rax, 4
    or rax, 15
L740:
L741:
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 24
# i_call_ext_e
L742:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_219
    cmp dword ptr [rsi-2], 128
    jne label_219
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# call_light_bif_be
    align 4
L743:
L744:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L743]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L745
    mov ecx, 1
    call 140320710850576
L745:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L291
    ret
# label_L
label_212:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L746
    mov ecx, 1
    call 140320710850576
L746:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L291
    ret
# label_L
label_213:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_217
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp]
    test al, 2
    jne label_216
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_214
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_215
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L747
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L747:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
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
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L291
    ret
# label_L
label_214:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_215
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L748
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L748:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 59
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L291
    ret
# label_L
label_215:
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
    mov qword ptr [rbx+8], 15
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_length_jtd
    align 4
L749:
    xor esi, esi
    lea rdx, qword ptr [L749]
    call 140320710852592
    mov qword ptr [rbx], rax
# i_int_div_jssd
    mov r9, 2
    mov rax, qword ptr [rbx]
# skipped test for small dividend since it is always small
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rax, 4
    or rax, 15
L750:
L751:
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+24], 59
# i_trim_t
    add rsp, 24
# i_call_ext_e
L752:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_220
    cmp dword ptr [rsi-2], 128
    jne label_220
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# call_light_bif_be
    align 4
L753:
L754:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L753]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L755
    mov ecx, 1
    call 140320710850576
L755:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
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
    jl L291
    ret
# label_L
label_216:
# i_move_sd
L756:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L291
    ret
# label_L
label_217:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L757
    mov ecx, 1
.db 0x90
    call 140320710850576
L757:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
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
    jl L291
    ret
# label_L
label_218:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L758
    mov ecx, 2
    call 140320710850576
L758:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L759
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L759:
# call_light_bif_be
    align 4
L760:
L761:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L760]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L291
    ret
# label_L
label_219:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_220:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_221:
# i_func_info_IaaI
# queue:delete_r/2
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x46, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
delete_r/2:
# i_breakpoint_trampoline
    short jmp L762
.db 0x00
    call L292
    align 8
L762:
# i_test_yield
    lea rdx, qword ptr [delete_r/2+24]
    dec r14
    jle L290
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_223
    cmp dword ptr [rsi-2], 128
    jne label_223
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L763
    test al, 2
    jne label_223
L763:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# is_list_fs
    mov rax, qword ptr [rbx+24]
    cmp rax, 59
    short je L764
    test al, 2
    jne label_223
L764:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L765
    mov ecx, 4
.db 0x90
    call 140320710850576
L765:
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
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call delete/2
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L766
    mov ecx, 1
    call 140320710850576
L766:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
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
# deallocate_t
# return
    dec r14
    jl L291
    ret
# label_L
label_223:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L767
    mov ecx, 2
.db 0x90
    call 140320710850576
L767:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L768
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L768:
# call_light_bif_be
    align 4
L769:
L770:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L769]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L291
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_224:
# i_func_info_IaaI
# queue:delete_front/2
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x46, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
delete_front/2:
# i_breakpoint_trampoline
    short jmp L771
.db 0x00
    call L292
    align 8
L771:
# i_test_yield
    lea rdx, qword ptr [delete_front/2+24]
    dec r14
    jle L290
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_228
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# is_eq_exact_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L772
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_226
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_226
L772:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L291
    ret
# label_L
label_226:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L773
    mov ecx, 3
.db 0x90
    call 140320710850576
L773:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call delete_front/2
# is_eq_exact_fss
    cmp qword ptr [rbx], 11
    jne label_227
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L291
    ret
# label_L
label_227:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L774
    mov ecx, 1
    call 140320710850576
L774:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L291
    ret
# label_L
label_228:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_224
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L291
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_229:
# i_func_info_IaaI
# queue:delete_rear/2
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x47, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
delete_rear/2:
# i_breakpoint_trampoline
    short jmp L775
.db 0x00
    call L292
    align 8
L775:
# i_test_yield
    lea rdx, qword ptr [delete_rear/2+24]
    dec r14
    jle L290
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_233
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L776
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L776:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call delete_rear/2
# is_eq_exact_fss
    cmp qword ptr [rbx], 11
    jne label_232
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rsp+8]
    cmp rdi, rsi
    short je L777
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_231
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_231
L777:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L291
    ret
# label_L
label_231:
# i_move_sd
    mov qword ptr [rbx], 11
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L291
    ret
# label_L
label_232:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L778
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L778:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L291
    ret
# label_L
label_233:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_229
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L291
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_234:
# i_func_info_IaaI
# queue:delete_with/2
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x47, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
delete_with/2:
# i_breakpoint_trampoline
    short jmp L779
.db 0x00
    call L292
    align 8
L779:
# i_test_yield
    lea rdx, qword ptr [delete_with/2+24]
    dec r14
    jle L290
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_245
    cmp dword ptr [rsi-2], 128
    jne label_245
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_245
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    jne label_245
    cmp byte ptr [rdi+22], 1
    jne label_245
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L780
    test al, 2
    jne label_245
L780:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# is_list_fs
    mov rax, qword ptr [rbx+24]
    cmp rax, 59
    short je L781
    test al, 2
    jne label_245
L781:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L782
    mov ecx, 4
    call 140320710850576
L782:
    sub rsp, 32
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call delete_with_front/2
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_240
# is_eq_exact_fss
    cmp qword ptr [rbx], 11
    jne label_244
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+24], rax
# line_I
# i_call_f
.db 0x66, 0x90
    call delete_with_rear/2
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_236
# is_eq_exact_fss
    cmp qword ptr [rbx], 11
    jne label_239
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L291
    ret
# label_L
label_236:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_239
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp+8]
    test al, 2
    jne label_243
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_237
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_238
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L783
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L783:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
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
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L291
    ret
# label_L
label_237:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_238
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L784
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L784:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 59
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L291
    ret
# label_L
label_238:
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
    mov qword ptr [rbx+8], 15
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_length_jtd
    align 4
L785:
    xor esi, esi
    lea rdx, qword ptr [L785]
    call 140320710852592
    mov qword ptr [rbx], rax
# i_int_div_jssd
    mov r9, 2
    mov rax, qword ptr [rbx]
# skipped test for small dividend since it is always small
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rax, 4
    or rax, 15
L786:
L787:
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 24
# i_call_ext_e
L788:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_246
    cmp dword ptr [rsi-2], 128
    jne label_246
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# call_light_bif_be
    align 4
L789:
L790:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L789]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L791
    mov ecx, 1
    call 140320710850576
L791:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L291
    ret
# label_L
label_239:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L792
    mov ecx, 1
    call 140320710850576
L792:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L291
    ret
# label_L
label_240:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_244
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp]
    test al, 2
    jne label_243
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_241
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_242
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L793
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L793:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
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
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L291
    ret
# label_L
label_241:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_242
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L794
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L794:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 59
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L291
    ret
# label_L
label_242:
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
    mov qword ptr [rbx+8], 15
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_length_jtd
    align 4
L795:
    xor esi, esi
    lea rdx, qword ptr [L795]
    call 140320710852592
    mov qword ptr [rbx], rax
# i_int_div_jssd
    mov r9, 2
    mov rax, qword ptr [rbx]
# skipped test for small dividend since it is always small
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rax, 4
    or rax, 15
L796:
L797:
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+24], 59
# i_trim_t
    add rsp, 24
# i_call_ext_e
L798:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_247
    cmp dword ptr [rsi-2], 128
    jne label_247
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# call_light_bif_be
    align 4
L799:
L800:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L799]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L801
    mov ecx, 1
    call 140320710850576
L801:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
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
    jl L291
    ret
# label_L
label_243:
# i_move_sd
L802:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L291
    ret
# label_L
label_244:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L803
    mov ecx, 1
.db 0x90
    call 140320710850576
L803:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
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
    jl L291
    ret
# label_L
label_245:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L804
    mov ecx, 2
    call 140320710850576
L804:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L805
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L805:
# call_light_bif_be
    align 4
L806:
L807:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L806]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L291
    ret
# label_L
label_246:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_247:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_248:
# i_func_info_IaaI
# queue:delete_with_r/2
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x47, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
delete_with_r/2:
# i_breakpoint_trampoline
    short jmp L808
.db 0x00
    call L292
    align 8
L808:
# i_test_yield
    lea rdx, qword ptr [delete_with_r/2+24]
    dec r14
    jle L290
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_250
    cmp dword ptr [rsi-2], 128
    jne label_250
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_250
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    jne label_250
    cmp byte ptr [rdi+22], 1
    jne label_250
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L809
    test al, 2
    jne label_250
L809:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# is_list_fs
    mov rax, qword ptr [rbx+24]
    cmp rax, 59
    short je L810
    test al, 2
    jne label_250
L810:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L811
    mov ecx, 4
    call 140320710850576
L811:
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
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call delete_with/2
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L812
    mov ecx, 1
    call 140320710850576
L812:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
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
# deallocate_t
# return
    dec r14
    jl L291
    ret
# label_L
label_250:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L813
    mov ecx, 2
.db 0x90
    call 140320710850576
L813:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L814
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L814:
# call_light_bif_be
    align 4
L815:
L816:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L815]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L291
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_251:
# i_func_info_IaaI
# queue:delete_with_front/2
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x47, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
delete_with_front/2:
# i_breakpoint_trampoline
    short jmp L817
.db 0x00
    call L292
    align 8
L817:
# i_test_yield
    lea rdx, qword ptr [delete_with_front/2+24]
    dec r14
    jle L290
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_256
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L818
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L818:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L819]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L819:
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_254
    cmp rsi, 75
    je label_253
    jmp label_257
# label_L
label_253:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L291
    ret
# label_L
label_254:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+16], rax
# line_I
# i_call_f
    call delete_with_front/2
# is_eq_exact_fss
    cmp qword ptr [rbx], 11
    jne label_255
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L291
    ret
# label_L
label_255:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L820
    mov ecx, 1
    call 140320710850576
L820:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L291
    ret
# label_L
label_256:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_251
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L291
    ret
# label_L
label_257:
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
label_258:
# i_func_info_IaaI
# queue:delete_with_rear/2
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x48, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
delete_with_rear/2:
# i_breakpoint_trampoline
    short jmp L821
.db 0x00
    call L292
    align 8
L821:
# i_test_yield
    lea rdx, qword ptr [delete_with_rear/2+24]
    dec r14
    jle L290
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_263
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L822
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L822:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call delete_with_rear/2
# is_eq_exact_fss
    cmp qword ptr [rbx], 11
    jne label_262
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [rbx], xmm0
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L823]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L823:
    call rdi
.db 0x66, 0x90
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_261
    cmp rsi, 75
    je label_260
    jmp label_264
# label_L
label_260:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L291
    ret
# label_L
label_261:
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L291
    ret
# label_L
label_262:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L824
    mov ecx, 1
.db 0x90
    call 140320710850576
L824:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L291
    ret
# label_L
label_263:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_258
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L291
    ret
# label_L
label_264:
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
label_265:
# i_func_info_IaaI
# queue:cons/2
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xBA, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
cons/2:
# i_breakpoint_trampoline
    short jmp L825
.db 0x00
    call L292
    align 8
L825:
# i_test_yield
    lea rdx, qword ptr [cons/2+24]
    dec r14
    jle L290
# i_call_only_f
    jmp in_r/2
# func_line_I
# aligned_label_Lt
    align 8
label_267:
# i_func_info_IaaI
# queue:head/1
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x7B, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
head/1:
# i_breakpoint_trampoline
    short jmp L826
.db 0x00
    call L292
    align 8
L826:
# i_test_yield
    lea rdx, qword ptr [head/1+24]
    dec r14
    jle L290
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_270
    cmp dword ptr [rsi-2], 128
    jne label_270
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_269
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_269
# i_move_sd
L827:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 75211
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L828
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L828:
# call_light_bif_be
    align 4
L829:
L830:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L829]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L291
    ret
# label_L
label_269:
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L831
    test al, 2
    jne label_270
L831:
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L832
    test al, 2
    jne label_270
L832:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp get/2
# label_L
label_270:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L833
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L833:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L834
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L834:
# call_light_bif_be
    align 4
L835:
L836:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L835]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L291
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_271:
# i_func_info_IaaI
# queue:tail/1
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x48, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
tail/1:
# i_breakpoint_trampoline
    short jmp L837
.db 0x00
    call L292
    align 8
L837:
# i_test_yield
    lea rdx, qword ptr [tail/1+24]
    dec r14
    jle L290
# i_call_only_f
    jmp drop/1
# func_line_I
# aligned_label_Lt
    align 8
label_273:
# i_func_info_IaaI
# queue:snoc/2
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x48, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
snoc/2:
# i_breakpoint_trampoline
    short jmp L838
.db 0x00
    call L292
    align 8
L838:
# i_test_yield
    lea rdx, qword ptr [snoc/2+24]
    dec r14
    jle L290
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp in/2
# func_line_I
# aligned_label_Lt
    align 8
label_275:
# i_func_info_IaaI
# queue:daeh/1
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x48, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
daeh/1:
# i_breakpoint_trampoline
    short jmp L839
.db 0x00
    call L292
    align 8
L839:
# i_test_yield
    lea rdx, qword ptr [daeh/1+24]
    dec r14
    jle L290
# i_call_only_f
    jmp get_r/1
# func_line_I
# aligned_label_Lt
    align 8
label_277:
# i_func_info_IaaI
# queue:last/1
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xE0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
last/1:
# i_breakpoint_trampoline
    short jmp L840
.db 0x00
    call L292
    align 8
L840:
# i_test_yield
    lea rdx, qword ptr [last/1+24]
    dec r14
    jle L290
# i_call_only_f
    jmp get_r/1
# func_line_I
# aligned_label_Lt
    align 8
label_279:
# i_func_info_IaaI
# queue:liat/1
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x49, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
liat/1:
# i_breakpoint_trampoline
    short jmp L841
.db 0x00
    call L292
    align 8
L841:
# i_test_yield
    lea rdx, qword ptr [liat/1+24]
    dec r14
    jle L290
# i_call_only_f
    jmp drop_r/1
# func_line_I
# aligned_label_Lt
    align 8
label_281:
# i_func_info_IaaI
# queue:lait/1
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x49, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
lait/1:
# i_breakpoint_trampoline
    short jmp L842
.db 0x00
    call L292
    align 8
L842:
# i_test_yield
    lea rdx, qword ptr [lait/1+24]
    dec r14
    jle L290
# i_call_only_f
    jmp drop_r/1
# func_line_I
# aligned_label_Lt
    align 8
label_283:
# i_func_info_IaaI
# queue:init/1
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
init/1:
# i_breakpoint_trampoline
    short jmp L843
.db 0x00
    call L292
    align 8
L843:
# i_test_yield
    lea rdx, qword ptr [init/1+24]
    dec r14
    jle L290
# i_call_only_f
    jmp drop_r/1
# func_line_I
# aligned_label_Lt
    align 8
label_285:
# i_func_info_IaaI
# queue:module_info/0
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/0:
# i_breakpoint_trampoline
    short jmp L844
.db 0x00
    call L292
    align 8
L844:
# i_test_yield
    lea rdx, qword ptr [module_info/0+24]
    dec r14
    jle L290
# i_move_sd
    mov qword ptr [rbx], 202059
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L845
    mov ecx, 1
.db 0x90
    call 140320710850576
L845:
# call_light_bif_be
    align 4
L846:
L847:
    long mov rcx, 9223372036854775807
    mov rax, 94919178912304
    lea rdx, qword ptr [L846]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L291
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_287:
# i_func_info_IaaI
# queue:module_info/1
    call L289
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/1:
# i_breakpoint_trampoline
    short jmp L848
.db 0x00
    call L292
    align 8
L848:
# i_test_yield
    lea rdx, qword ptr [module_info/1+24]
    dec r14
    jle L290
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 202059
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L849
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L849:
# call_light_bif_be
    align 4
L850:
L851:
    long mov rcx, 9223372036854775807
    mov rax, 94919178913216
    lea rdx, qword ptr [L850]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L291
    ret
# int_code_end
L852:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, 94919180896308
    call 94919178184336
.section .rodata {#1}
line:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
.section .rodata {#1}
attr:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x02, 0x68, 0x02, 0x64, 0x00, 0x03, 0x76, 0x73, 0x6E, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x6E, 0x10, 0x00, 0xBF, 0x99, 0x6A, 0x15, 0xBC, 0xF8, 0xEB, 0x42, 0x95, 0xB4, 0x21, 0xF5, 0x60, 0x91, 0x4D, 0xDE, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x0A, 0x64, 0x65, 0x70, 0x72, 0x65, 0x63, 0x61, 0x74, 0x65, 0x64, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x68, 0x03, 0x64, 0x00, 0x04, 0x6C, 0x61, 0x69, 0x74, 0x61, 0x01, 0x6B, 0x00, 0x18, 0x75, 0x73, 0x65, 0x20, 0x71, 0x75, 0x65, 0x75, 0x65, 0x3A, 0x6C, 0x69, 0x61, 0x74, 0x2F, 0x31, 0x20, 0x69, 0x6E, 0x73, 0x74, 0x65, 0x61, 0x64, 0x6A, 0x6A
.section .text {#0}
.section .rodata {#1}
compile:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x68, 0x02, 0x64, 0x00, 0x07, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6F, 0x6E, 0x6B, 0x00, 0x03, 0x38, 0x2E, 0x32, 0x68, 0x02, 0x64, 0x00, 0x07, 0x6F, 0x70, 0x74, 0x69, 0x6F, 0x6E, 0x73, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x64, 0x00, 0x0A, 0x64, 0x65, 0x62, 0x75, 0x67, 0x5F, 0x69, 0x6E, 0x66, 0x6F, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x45, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x4F, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x2E, 0x2E, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x06, 0x73, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x6B, 0x00, 0x44, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x71, 0x75, 0x65, 0x75, 0x65, 0x2E, 0x65, 0x72, 0x6C, 0x6A
.section .text {#0}
.section .rodata {#1}
md5:
.db 0xDE, 0x4D, 0x91, 0x60, 0xF5, 0x21, 0xB4, 0x95, 0x42, 0xEB, 0xF8, 0xBC, 0x15, 0x6A, 0x99, 0xBF
.section .text {#0}
