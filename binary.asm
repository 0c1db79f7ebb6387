    align 8
L401:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L402:
    jmp 140320710851944
    align 8
L403:
    jmp 140320710853048
    align 8
L404:
    jmp 140320710850344
    align 16
L405:
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
# binary:at/2
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xF5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
at/2:
# i_breakpoint_trampoline
    short jmp L406
.db 0x00
    call L405
    align 8
L406:
# call_bif_mfa_aaI
L407:
    lea rsi, qword ptr [at/2-24]
    lea rdx, qword ptr [L407]
    mov rcx, 94919179964240
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L408
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L408:
# call_light_bif_be
    align 4
L409:
L410:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L409]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L404
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_3:
# i_func_info_IaaI
# binary:bin_to_list/1
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x81, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
bin_to_list/1:
# i_breakpoint_trampoline
    short jmp L411
.db 0x00
    call L405
    align 8
L411:
# i_test_yield
    lea rdx, qword ptr [bin_to_list/1+24]
    dec r14
    jle L403
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L412
    mov ecx, 1
    call 140320710850576
L412:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L413:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# line_I
# call_light_bif_be
    align 4
L414:
L415:
    long mov rcx, 9223372036854775807
    mov rax, 94919179445984
    lea rdx, qword ptr [L414]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L404
    ret
# label_L
label_5:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_6
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L416
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L416:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
L417:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L418:
L419:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L418]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L404
    ret
# label_L
label_6:
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
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_7:
# i_func_info_IaaI
# binary:bin_to_list/2
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x81, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
bin_to_list/2:
# i_breakpoint_trampoline
    short jmp L420
.db 0x00
    call L405
    align 8
L420:
# i_test_yield
    lea rdx, qword ptr [bin_to_list/2+24]
    dec r14
    jle L403
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_11
    cmp dword ptr [rsi-2], 128
    jne label_11
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L421
    mov ecx, 2
.db 0x90
    call 140320710850576
L421:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# catch_yf
    inc qword ptr [r13+264]
L422:
    mov eax, 2147483647
    mov qword ptr [rsp+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call bin_to_list/3
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+16], 59
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L404
    ret
# label_L
label_9:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_10
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L423
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L423:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# i_move_sd
L424:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L425:
L426:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L425]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L404
    ret
# label_L
label_10:
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
label_11:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L427
    mov ecx, 2
    call 140320710850576
L427:
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
L428:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L429
    mov ecx, 3
.db 0x90
    call 140320710850576
L429:
# call_light_bif_be
    align 4
L430:
L431:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L430]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L404
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_12:
# i_func_info_IaaI
# binary:bin_to_list/3
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x81, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
bin_to_list/3:
# i_breakpoint_trampoline
    short jmp L432
.db 0x00
    call L405
    align 8
L432:
# i_test_yield
    lea rdx, qword ptr [bin_to_list/3+24]
    dec r14
    jle L403
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_20
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L434
    and al, -5
    cmp al, 32
    jne label_20
    short jmp L433
L434:
    cmp byte ptr [rdi+22], 0
    jne label_20
L433:
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L435
    test al, 1
    jne label_20
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_20
L435:
# is_integer_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L436
    test al, 1
    jne label_20
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_20
L436:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 15
    jne label_14
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L437
    cmp rdi, rsi
    short jmp L438
L437:
    call 140320710848608
L438:
    jl label_14
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+24], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+24]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L439
    cmp rdi, rsi
    short jmp L440
L439:
    call 140320710848608
L440:
    jl label_14
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L404
    ret
# label_L
label_14:
# is_lt_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+16]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L441
    cmp rdi, rsi
    short jmp L442
L441:
    call 140320710848608
L442:
    jge label_16
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L443
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L443:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# catch_yf
    inc qword ptr [r13+264]
L444:
    mov eax, 2147483647
    mov qword ptr [rsp+24], rax
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx+16]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L446
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L445
L446:
    call 140320710853728
L445:
    mov qword ptr [rbx], rax
# i_unary_minus_sjd
    mov rsi, qword ptr [rbx+16]
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L448
# negation with overflow test
    movzx rax, al
    mov rdx, rsi
    and rdx, -16
    sub rax, rdx
    short jno L447
L448:
    call 140320710854520
L447:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call bin_to_list/3
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+24], 59
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L404
    ret
# label_L
label_15:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_18
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L449
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L449:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# i_move_sd
L450:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L451:
L452:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L451]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L404
    ret
# label_L
label_16:
# is_lt_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L453
    cmp rdi, rsi
    short jmp L454
L453:
    call 140320710848608
L454:
    jge label_19
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L455
    mov ecx, 3
    call 140320710850576
L455:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# catch_yf
    inc qword ptr [r13+264]
L456:
    mov eax, 2147483647
    mov qword ptr [rsp+24], rax
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L457
    add rax, rdx
    short jno L458
L457:
    call 140320710853080
L458:
    mov qword ptr [rbx], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx+16]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L460
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L459
L460:
    call 140320710853728
L459:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L461:
L462:
    long mov rcx, 9223372036854775807
    mov rax, 94919179446528
    lea rdx, qword ptr [L461]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+24], 59
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L404
    ret
# label_L
label_17:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_18
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L463
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L463:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# i_move_sd
L464:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L465:
L466:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L465]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L404
    ret
# label_L
label_18:
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
label_19:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L467
    mov ecx, 3
    call 140320710850576
L467:
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
L468:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L469
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L469:
# call_light_bif_be
    align 4
L470:
L471:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L470]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L404
    ret
# label_L
label_20:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L472
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L472:
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
L473:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L474
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L474:
# call_light_bif_be
    align 4
L475:
L476:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L475]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L404
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_21:
# i_func_info_IaaI
# binary:compile_pattern/1
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xF4, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
compile_pattern/1:
# i_breakpoint_trampoline
    short jmp L477
.db 0x00
    call L405
    align 8
L477:
# call_bif_mfa_aaI
L478:
    lea rsi, qword ptr [compile_pattern/1-24]
    lea rdx, qword ptr [L478]
    mov rcx, 94919179962992
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L479
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L479:
# call_light_bif_be
    align 4
L480:
L481:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L480]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L404
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_23:
# i_func_info_IaaI
# binary:copy/1
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x27, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
copy/1:
# i_breakpoint_trampoline
    short jmp L482
.db 0x00
    call L405
    align 8
L482:
# call_bif_mfa_aaI
L483:
    lea rsi, qword ptr [copy/1-24]
    lea rdx, qword ptr [L483]
    mov rcx, 94919179964512
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L484
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L484:
# call_light_bif_be
    align 4
L485:
L486:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L485]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L404
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_25:
# i_func_info_IaaI
# binary:copy/2
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x27, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
copy/2:
# i_breakpoint_trampoline
    short jmp L487
.db 0x00
    call L405
    align 8
L487:
# call_bif_mfa_aaI
L488:
    lea rsi, qword ptr [copy/2-24]
    lea rdx, qword ptr [L488]
    mov rcx, 94919179964528
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L489
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L489:
# call_light_bif_be
    align 4
L490:
L491:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L490]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L404
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_27:
# i_func_info_IaaI
# binary:decode_unsigned/1
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xF6, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
decode_unsigned/1:
# i_breakpoint_trampoline
    short jmp L492
.db 0x00
    call L405
    align 8
L492:
# call_bif_mfa_aaI
L493:
    lea rsi, qword ptr [decode_unsigned/1-24]
    lea rdx, qword ptr [L493]
    mov rcx, 94919179964704
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L494
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L494:
# call_light_bif_be
    align 4
L495:
L496:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L495]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L404
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_29:
# i_func_info_IaaI
# binary:decode_unsigned/2
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xF6, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
decode_unsigned/2:
# i_breakpoint_trampoline
    short jmp L497
.db 0x00
    call L405
    align 8
L497:
# call_bif_mfa_aaI
L498:
    lea rsi, qword ptr [decode_unsigned/2-24]
    lea rdx, qword ptr [L498]
    mov rcx, 94919179964720
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L499
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L499:
# call_light_bif_be
    align 4
L500:
L501:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L500]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L404
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_31:
# i_func_info_IaaI
# binary:encode_unsigned/1
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xF6, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
encode_unsigned/1:
# i_breakpoint_trampoline
    short jmp L502
.db 0x00
    call L405
    align 8
L502:
# call_bif_mfa_aaI
L503:
    lea rsi, qword ptr [encode_unsigned/1-24]
    lea rdx, qword ptr [L503]
    mov rcx, 94919179964672
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L504
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L504:
# call_light_bif_be
    align 4
L505:
L506:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L505]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L404
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_33:
# i_func_info_IaaI
# binary:encode_unsigned/2
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xF6, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
encode_unsigned/2:
# i_breakpoint_trampoline
    short jmp L507
.db 0x00
    call L405
    align 8
L507:
# call_bif_mfa_aaI
L508:
    lea rsi, qword ptr [encode_unsigned/2-24]
    lea rdx, qword ptr [L508]
    mov rcx, 94919179964688
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L509
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L509:
# call_light_bif_be
    align 4
L510:
L511:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L510]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L404
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_35:
# i_func_info_IaaI
# binary:first/1
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x40, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
first/1:
# i_breakpoint_trampoline
    short jmp L512
.db 0x00
    call L405
    align 8
L512:
# call_bif_mfa_aaI
L513:
    lea rsi, qword ptr [first/1-24]
    lea rdx, qword ptr [L513]
    mov rcx, 94919179963888
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L514
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L514:
# call_light_bif_be
    align 4
L515:
L516:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L515]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L404
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_37:
# i_func_info_IaaI
# binary:last/1
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xE0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
last/1:
# i_breakpoint_trampoline
    short jmp L517
.db 0x00
    call L405
    align 8
L517:
# call_bif_mfa_aaI
L518:
    lea rsi, qword ptr [last/1-24]
    lea rdx, qword ptr [L518]
    mov rcx, 94919179964064
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
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
    mov rax, 94919179090304
    lea rdx, qword ptr [L520]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L404
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_39:
# i_func_info_IaaI
# binary:list_to_bin/1
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xF5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
list_to_bin/1:
# i_breakpoint_trampoline
    short jmp L522
.db 0x00
    call L405
    align 8
L522:
# call_bif_mfa_aaI
L523:
    lea rsi, qword ptr [list_to_bin/1-24]
    lea rdx, qword ptr [L523]
    mov rcx, 94919179964496
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
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
    mov rax, 94919179090304
    lea rdx, qword ptr [L525]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L404
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_41:
# i_func_info_IaaI
# binary:longest_common_prefix/1
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xF4, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
longest_common_prefix/1:
# i_breakpoint_trampoline
    short jmp L527
.db 0x00
    call L405
    align 8
L527:
# call_bif_mfa_aaI
L528:
    lea rsi, qword ptr [longest_common_prefix/1-24]
    lea rdx, qword ptr [L528]
    mov rcx, 94919179963856
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L529
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L529:
# call_light_bif_be
    align 4
L530:
L531:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L530]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L404
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_43:
# i_func_info_IaaI
# binary:longest_common_suffix/1
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xF4, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
longest_common_suffix/1:
# i_breakpoint_trampoline
    short jmp L532
.db 0x00
    call L405
    align 8
L532:
# call_bif_mfa_aaI
L533:
    lea rsi, qword ptr [longest_common_suffix/1-24]
    lea rdx, qword ptr [L533]
    mov rcx, 94919179963872
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L534
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L534:
# call_light_bif_be
    align 4
L535:
L536:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L535]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L404
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_45:
# i_func_info_IaaI
# binary:match/2
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x5E, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
match/2:
# i_breakpoint_trampoline
    short jmp L537
.db 0x00
    call L405
    align 8
L537:
# call_bif_mfa_aaI
L538:
    lea rsi, qword ptr [match/2-24]
    lea rdx, qword ptr [L538]
    mov rcx, 94919179963216
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L539
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L539:
# call_light_bif_be
    align 4
L540:
L541:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L540]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L404
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_47:
# i_func_info_IaaI
# binary:match/3
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x5E, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
match/3:
# i_breakpoint_trampoline
    short jmp L542
.db 0x00
    call L405
    align 8
L542:
# call_bif_mfa_aaI
L543:
    lea rsi, qword ptr [match/3-24]
    lea rdx, qword ptr [L543]
    mov rcx, 94919179963248
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L544
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L544:
# call_light_bif_be
    align 4
L545:
L546:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L545]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L404
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_49:
# i_func_info_IaaI
# binary:matches/2
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xF4, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
matches/2:
# i_breakpoint_trampoline
    short jmp L547
.db 0x00
    call L405
    align 8
L547:
# call_bif_mfa_aaI
L548:
    lea rsi, qword ptr [matches/2-24]
    lea rdx, qword ptr [L548]
    mov rcx, 94919179963280
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L549
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L549:
# call_light_bif_be
    align 4
L550:
L551:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L550]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L404
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_51:
# i_func_info_IaaI
# binary:matches/3
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xF4, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
matches/3:
# i_breakpoint_trampoline
    short jmp L552
.db 0x00
    call L405
    align 8
L552:
# call_bif_mfa_aaI
L553:
    lea rsi, qword ptr [matches/3-24]
    lea rdx, qword ptr [L553]
    mov rcx, 94919179963312
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L554
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L554:
# call_light_bif_be
    align 4
L555:
L556:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L555]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L404
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_53:
# i_func_info_IaaI
# binary:part/2
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xF5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
part/2:
# i_breakpoint_trampoline
    short jmp L557
.db 0x00
    call L405
    align 8
L557:
# call_bif_mfa_aaI
L558:
    lea rsi, qword ptr [part/2-24]
    lea rdx, qword ptr [L558]
    mov rcx, 94919179963792
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L559
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L559:
# call_light_bif_be
    align 4
L560:
L561:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L560]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L404
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_55:
# i_func_info_IaaI
# binary:part/3
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xF5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
part/3:
# i_breakpoint_trampoline
    short jmp L562
.db 0x00
    call L405
    align 8
L562:
# call_bif_mfa_aaI
L563:
    lea rsi, qword ptr [part/3-24]
    lea rdx, qword ptr [L563]
    mov rcx, 94919179963776
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L564
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L564:
# call_light_bif_be
    align 4
L565:
L566:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L565]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L404
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_57:
# i_func_info_IaaI
# binary:referenced_byte_size/1
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xF5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
referenced_byte_size/1:
# i_breakpoint_trampoline
    short jmp L567
.db 0x00
    call L405
    align 8
L567:
# call_bif_mfa_aaI
L568:
    lea rsi, qword ptr [referenced_byte_size/1-24]
    lea rdx, qword ptr [L568]
    mov rcx, 94919179964544
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L569
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L569:
# call_light_bif_be
    align 4
L570:
L571:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L570]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L404
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_59:
# i_func_info_IaaI
# binary:split/2
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
split/2:
# i_breakpoint_trampoline
    short jmp L572
.db 0x00
    call L405
    align 8
L572:
# call_bif_mfa_aaI
L573:
    lea rsi, qword ptr [split/2-24]
    lea rdx, qword ptr [L573]
    mov rcx, 94919179963344
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L574
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L574:
# call_light_bif_be
    align 4
L575:
L576:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L575]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L404
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_61:
# i_func_info_IaaI
# binary:split/3
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
split/3:
# i_breakpoint_trampoline
    short jmp L577
.db 0x00
    call L405
    align 8
L577:
# call_bif_mfa_aaI
L578:
    lea rsi, qword ptr [split/3-24]
    lea rdx, qword ptr [L578]
    mov rcx, 94919179963360
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L579
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L579:
# call_light_bif_be
    align 4
L580:
L581:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L580]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L404
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_63:
# i_func_info_IaaI
# binary:replace/3
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xF8, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
replace/3:
# i_breakpoint_trampoline
    short jmp L582
.db 0x00
    call L405
    align 8
L582:
# i_test_yield
    lea rdx, qword ptr [replace/3+24]
    dec r14
    jle L403
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L583
    mov ecx, 3
    call 140320710850576
L583:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# catch_yf
    inc qword ptr [r13+264]
L584:
    mov eax, 2147483647
    mov qword ptr [rsp+24], rax
# i_move_sd
    mov qword ptr [rbx+24], 59
# line_I
# i_call_f
.db 0x66, 0x90
    call replace/4
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+24], 59
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L404
    ret
# label_L
label_65:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_66
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L585
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L585:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# i_move_sd
L586:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L587:
L588:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L587]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L404
    ret
# label_L
label_66:
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
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_67:
# i_func_info_IaaI
# binary:replace/4
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xF8, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
replace/4:
# i_breakpoint_trampoline
    short jmp L589
.db 0x00
    call L405
    align 8
L589:
# i_test_yield
    lea rdx, qword ptr [replace/4+24]
    dec r14
    jle L403
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L590
    mov ecx, 4
    call 140320710850576
L590:
    sub rsp, 56
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+32], xmm0
# catch_yf
    inc qword ptr [r13+264]
L591:
    mov eax, 2147483647
    mov qword ptr [rsp+48], rax
# is_binary_fs
    mov rdi, qword ptr [rbx+16]
    rex test dil, 1
    jne label_80
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L593
    and al, -5
    cmp al, 32
    jne label_80
    short jmp L592
L593:
    cmp byte ptr [rdi+22], 0
    jne label_80
L592:
# i_move_sd
L594:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_opts_replace/2
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rsp+8], rdi
# i_is_tuple_fs
    mov rsi, qword ptr [rbx+8]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_69
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L595
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L595:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 37899
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# jump_f
    jmp label_70
# label_L
label_69:
# i_move_sd
    mov qword ptr [rbx+8], 59
# label_L
label_70:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_71
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L596:
L597:
    long mov rcx, 9223372036854775807
    mov rax, 94919179963312
    lea rdx, qword ptr [L596]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# jump_f
    jmp label_73
# label_L
label_71:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L598:
L599:
    long mov rcx, 9223372036854775807
    mov rax, 94919179963248
    lea rdx, qword ptr [L598]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 28235
    jne label_72
# i_move_sd
    mov qword ptr [rsp], 59
# jump_f
    jmp label_73
# label_L
label_72:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L600
    mov ecx, 1
.db 0x66, 0x90
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
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# label_L
label_73:
# is_nil_fS
    cmp qword ptr [rsp+8], 59
    jne label_74
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# jump_f
    jmp label_76
# label_L
label_74:
# is_integer_fs
    mov rdi, qword ptr [rsp+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L601
    test al, 1
    jne label_75
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_75
L601:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L602
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L602:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov qword ptr [rbx+8], 15
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call splitat/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# jump_f
    jmp label_76
# label_L
label_75:
# is_list_fs
    mov rax, qword ptr [rsp+8]
    cmp rax, 59
    short je L603
    test al, 2
    jne label_79
L603:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_ext_e
L604:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_f
    call splitat/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# label_L
label_76:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+24], 15
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call do_replace/4
# call_light_bif_be
    align 4
L605:
L606:
    long mov rcx, 9223372036854775807
    mov rax, 94919179448912
    lea rdx, qword ptr [L605]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+48], 59
# deallocate_t
    add rsp, 56
# return
    dec r14
    jl L404
    ret
# label_L
label_77:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 715
    jne label_78
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 5387
    jne label_78
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L607
    xor ecx, ecx
    call 140320710850576
L607:
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
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L608:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L609:
L610:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L609]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 56
# return
    dec r14
    jl L404
    ret
# label_L
label_78:
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L611
    xor ecx, ecx
.db 0x90
    call 140320710850576
L611:
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
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L612:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L613:
L614:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L613]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 56
# return
    dec r14
    jl L404
    ret
# label_L
label_79:
# line_I
# case_end_s
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_80:
# line_I
    nop
# badmatch_s
    mov qword ptr [r13+120], 11
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_81:
# i_func_info_IaaI
# binary:do_replace/4
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x81, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_replace/4:
# i_breakpoint_trampoline
    short jmp L615
.db 0x00
    call L405
    align 8
L615:
# i_test_yield
    lea rdx, qword ptr [do_replace/4+24]
    dec r14
    jle L403
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_85
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+32], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+32]
    rex test sil, 1
    short jne label_81
    cmp dword ptr [rsi-2], 128
    short jne label_81
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx+24]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L617
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L616
L617:
    call 140320710853584
L616:
    mov qword ptr [rbx+48], rax
# allocate_heap_tIt
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L618
    mov ecx, 7
.db 0x66, 0x90
    call 140320710850576
L618:
    sub rsp, 56
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# call_light_bif_be
    align 4
L619:
L620:
    long mov rcx, 9223372036854775807
    mov rax, 94919179963792
    lea rdx, qword ptr [L619]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# is_nonempty_list_fS
    test byte ptr [rsp+40], 2
    jne label_83
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L621:
L622:
    long mov rcx, 9223372036854775807
    mov rax, 94919179963792
    lea rdx, qword ptr [L621]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# i_call_f
    call do_insert/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# jump_f
    jmp label_84
# label_L
label_83:
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rsp], rdi
# label_L
label_84:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp+16]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L624
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L623
L624:
    call 140320710853728
L623:
    mov qword ptr [rbx+24], rax
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+32]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rsp+40], xmm0
# i_trim_t
    add rsp, 40
# i_call_f
.db 0x90
    call do_replace/4
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L625
    mov ecx, 1
    call 140320710850576
L625:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L404
    ret
# label_L
label_85:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_81
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+8], rax
# i_minus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx+24]
# simplified test for small operands since both are numbers
    test edx, 1
    short je L627
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L626
L627:
    call 140320710853584
L626:
    mov qword ptr [rbx+8], rax
# allocate_heap_tIt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L628
    mov ecx, 4
.db 0x90
    call 140320710850576
L628:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# call_light_bif_be
    align 4
L629:
L630:
    long mov rcx, 9223372036854775807
    mov rax, 94919179963792
    lea rdx, qword ptr [L629]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L631
    mov ecx, 1
    call 140320710850576
L631:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L404
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_86:
# i_func_info_IaaI
# binary:do_insert/2
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x81, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_insert/2:
# i_breakpoint_trampoline
    short jmp L632
.db 0x00
    call L405
    align 8
L632:
# i_test_yield
    lea rdx, qword ptr [do_insert/2+24]
    dec r14
    jle L403
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving head and tail together)
    movups xmm0, xmmword ptr [rdi-1]
    movups xmmword ptr [rbx+16], xmm0
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_88
# return
    dec r14
    jl L404
    ret
# label_L
label_88:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L633
    mov ecx, 4
    call 140320710850576
L633:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call do_insert/2
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L634
    mov ecx, 1
    call 140320710850576
L634:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L404
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_89:
# i_func_info_IaaI
# binary:splitat/3
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x82, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
splitat/3:
# i_breakpoint_trampoline
    short jmp L635
.db 0x00
    call L405
    align 8
L635:
# i_test_yield
    lea rdx, qword ptr [splitat/3+24]
    dec r14
    jle L403
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_91
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+16], xmm0
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rdx, qword ptr [rbx+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L637
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L636
L637:
    call 140320710853584
L636:
    mov qword ptr [rbx+32], rax
# allocate_heap_tIt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L638
    mov ecx, 5
.db 0x90
    call 140320710850576
L638:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# call_light_bif_be
    align 4
L639:
L640:
    long mov rcx, 9223372036854775807
    mov rax, 94919179963792
    lea rdx, qword ptr [L639]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_trim_t
    add rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x66, 0x90
    call splitat/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L641
    mov ecx, 1
    call 140320710850576
L641:
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
    jl L404
    ret
# label_L
label_91:
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+16], rax
# i_minus_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rdx, qword ptr [rbx+8]
# simplified test for small operands since both are numbers
    test edx, 1
    short je L643
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L642
L643:
    call 140320710853584
L642:
    mov qword ptr [rbx+16], rax
# allocate_heap_tIt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L644
    mov ecx, 3
.db 0x90
    call 140320710850576
L644:
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
# call_light_bif_be
    align 4
L645:
L646:
    long mov rcx, 9223372036854775807
    mov rax, 94919179963792
    lea rdx, qword ptr [L645]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L647
    mov ecx, 1
    call 140320710850576
L647:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L404
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_92:
# i_func_info_IaaI
# binary:get_opts_replace/2
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x82, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_opts_replace/2:
# i_breakpoint_trampoline
    short jmp L648
.db 0x00
    call L405
    align 8
L648:
# i_test_yield
    lea rdx, qword ptr [get_opts_replace/2+24]
    dec r14
    jle L403
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_97
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# i_is_tuple_fs
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_96
    test byte ptr [rsi-2], 63
    jne label_96
# i_test_arity_fsA
    mov rsi, qword ptr [rbx+16]
    cmp dword ptr [rsi-2], 128
    jne label_98
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+24]
    cmp rsi, 37899
    je label_94
    cmp rsi, 426635
    je label_95
    jmp label_98
# label_L
label_94:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_98
    cmp dword ptr [rsi-2], 128
    jne label_98
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L649
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L649:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp get_opts_replace/2
# label_L
label_95:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L650
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L650:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp get_opts_replace/2
# label_L
label_96:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 18827
    jne label_98
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L651
    mov ecx, 2
    call 140320710850576
L651:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 75
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp get_opts_replace/2
# label_L
label_97:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_98
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L404
    ret
# label_L
label_98:
# i_move_sd
    mov qword ptr [rbx+8], 5387
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L652
    mov ecx, 3
.db 0x90
    call 140320710850576
L652:
# call_light_bif_be
    align 4
L653:
L654:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L653]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L404
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_99:
# i_func_info_IaaI
# binary:encode_hex/1
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x82, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
encode_hex/1:
# i_breakpoint_trampoline
    short jmp L655
.db 0x00
    call L405
    align 8
L655:
# i_test_yield
    lea rdx, qword ptr [encode_hex/1+24]
    dec r14
    jle L403
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178859104
    call 140320710851400
    je label_101
    mov qword ptr [rbx+8], rax
# i_rem_ssjd
    mov r9, 8
    mov rax, qword ptr [rbx+8]
# skipped test for small dividend since it is always small
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rdx, 4
    or rdx, 15
L656:
L657:
    mov qword ptr [rbx+8], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_101
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L658
    mov ecx, 1
.db 0x90
    call 140320710850576
L658:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178858912
    call 140320710851304
    mov qword ptr [rbx], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 6
    or rax, 15
L659:
L660:
    mov qword ptr [rbx], rax
# i_times_jssd
# multiplication without overflow check
    mov rax, qword ptr [rbx]
    mov esi, 271
    and rax, -16
    sar rsi, 4
    imul rax, rsi
    or rax, 15
    mov qword ptr [rbx], rax
# bs_init_writable
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, qword ptr [rbx]
    call 94919179749296
    mov qword ptr [rbx], rax
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp '-encode_hex/1-lbc$^0/2-0-'/2
# label_L
label_101:
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178859104
    call 140320710851400
    je label_102
    mov qword ptr [rbx+8], rax
# line_I
# i_rem_ssjd
    mov r9, 7
    mov rax, qword ptr [rbx+8]
# skipped test for small dividend since it is always small
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rdx, 4
    or rdx, 15
L661:
L662:
    mov qword ptr [rbx+8], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_102
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L663
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L663:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178858912
    call 140320710851304
    mov qword ptr [rbx], rax
# i_int_div_jssd
    mov r9, 56
    mov rax, qword ptr [rbx]
# skipped test for small dividend since it is always small
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rax, 4
    or rax, 15
L664:
L665:
    mov qword ptr [rbx], rax
# i_times_jssd
# multiplication without overflow check
    mov rax, qword ptr [rbx]
    mov esi, 239
    and rax, -16
    sar rsi, 4
    imul rax, rsi
    or rax, 15
    mov qword ptr [rbx], rax
# bs_init_writable
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, qword ptr [rbx]
    call 94919179749296
    mov qword ptr [rbx], rax
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp '-encode_hex/1-lbc$^1/2-1-'/2
# label_L
label_102:
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178859104
    call 140320710851400
    je label_103
    mov qword ptr [rbx+8], rax
# line_I
# i_rem_ssjd
    mov r9, 6
    mov rax, qword ptr [rbx+8]
# skipped test for small dividend since it is always small
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rdx, 4
    or rdx, 15
L666:
L667:
    mov qword ptr [rbx+8], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_103
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L668
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L668:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178858912
    call 140320710851304
    mov qword ptr [rbx], rax
# i_int_div_jssd
    mov r9, 48
    mov rax, qword ptr [rbx]
# skipped test for small dividend since it is always small
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rax, 4
    or rax, 15
L669:
L670:
    mov qword ptr [rbx], rax
# i_times_jssd
# multiplication without overflow check
    mov rax, qword ptr [rbx]
    mov esi, 207
    and rax, -16
    sar rsi, 4
    imul rax, rsi
    or rax, 15
    mov qword ptr [rbx], rax
# bs_init_writable
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, qword ptr [rbx]
    call 94919179749296
    mov qword ptr [rbx], rax
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp '-encode_hex/1-lbc$^2/2-2-'/2
# label_L
label_103:
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178859104
    call 140320710851400
    je label_104
    mov qword ptr [rbx+8], rax
# line_I
# i_rem_ssjd
    mov r9, 5
    mov rax, qword ptr [rbx+8]
# skipped test for small dividend since it is always small
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rdx, 4
    or rdx, 15
L671:
L672:
    mov qword ptr [rbx+8], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_104
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L673
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L673:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178858912
    call 140320710851304
    mov qword ptr [rbx], rax
# i_int_div_jssd
    mov r9, 40
    mov rax, qword ptr [rbx]
# skipped test for small dividend since it is always small
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rax, 4
    or rax, 15
L674:
L675:
    mov qword ptr [rbx], rax
# i_times_jssd
# multiplication without overflow check
    mov rax, qword ptr [rbx]
    mov esi, 175
    and rax, -16
    sar rsi, 4
    imul rax, rsi
    or rax, 15
    mov qword ptr [rbx], rax
# bs_init_writable
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, qword ptr [rbx]
    call 94919179749296
    mov qword ptr [rbx], rax
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp '-encode_hex/1-lbc$^3/2-3-'/2
# label_L
label_104:
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178859104
    call 140320710851400
    je label_105
    mov qword ptr [rbx+8], rax
# line_I
# i_rem_ssjd
    mov r9, 4
    mov rax, qword ptr [rbx+8]
# skipped test for small dividend since it is always small
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rdx, 4
    or rdx, 15
L676:
L677:
    mov qword ptr [rbx+8], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_105
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L678
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L678:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178858912
    call 140320710851304
    mov qword ptr [rbx], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 5
    or rax, 15
L679:
L680:
    mov qword ptr [rbx], rax
# i_times_jssd
# multiplication without overflow check
    mov rax, qword ptr [rbx]
    mov esi, 143
    and rax, -16
    sar rsi, 4
    imul rax, rsi
    or rax, 15
    mov qword ptr [rbx], rax
# bs_init_writable
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, qword ptr [rbx]
    call 94919179749296
    mov qword ptr [rbx], rax
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp '-encode_hex/1-lbc$^4/2-4-'/2
# label_L
label_105:
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178859104
    call 140320710851400
    je label_106
    mov qword ptr [rbx+8], rax
# line_I
# i_rem_ssjd
    mov r9, 3
    mov rax, qword ptr [rbx+8]
# skipped test for small dividend since it is always small
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rdx, 4
    or rdx, 15
L681:
L682:
    mov qword ptr [rbx+8], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_106
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L683
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L683:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178858912
    call 140320710851304
    mov qword ptr [rbx], rax
# i_int_div_jssd
    mov r9, 24
    mov rax, qword ptr [rbx]
# skipped test for small dividend since it is always small
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rax, 4
    or rax, 15
L684:
L685:
    mov qword ptr [rbx], rax
# i_times_jssd
# multiplication without overflow check
    mov rax, qword ptr [rbx]
    mov esi, 111
    and rax, -16
    sar rsi, 4
    imul rax, rsi
    or rax, 15
    mov qword ptr [rbx], rax
# bs_init_writable
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, qword ptr [rbx]
    call 94919179749296
    mov qword ptr [rbx], rax
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp '-encode_hex/1-lbc$^5/2-5-'/2
# label_L
label_106:
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178859104
    call 140320710851400
    je label_107
    mov qword ptr [rbx+8], rax
# line_I
# i_rem_ssjd
    mov r9, 2
    mov rax, qword ptr [rbx+8]
# skipped test for small dividend since it is always small
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rdx, 4
    or rdx, 15
L686:
L687:
    mov qword ptr [rbx+8], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_107
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L688
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L688:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178858912
    call 140320710851304
    mov qword ptr [rbx], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 4
    or rax, 15
L689:
L690:
    mov qword ptr [rbx], rax
# i_times_jssd
# multiplication without overflow check
    mov rax, qword ptr [rbx]
    mov esi, 79
    and rax, -16
    sar rsi, 4
    imul rax, rsi
    or rax, 15
    mov qword ptr [rbx], rax
# bs_init_writable
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, qword ptr [rbx]
    call 94919179749296
    mov qword ptr [rbx], rax
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp '-encode_hex/1-lbc$^6/2-6-'/2
# label_L
label_107:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_108
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L692
    and al, -5
    cmp al, 32
    jne label_108
    short jmp L691
L692:
    cmp byte ptr [rdi+22], 0
    jne label_108
L691:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L693
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L693:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178858912
    call 140320710851304
    mov qword ptr [rbx], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 3
    or rax, 15
L694:
L695:
    mov qword ptr [rbx], rax
# i_times_jssd
# multiplication without overflow check
    mov rax, qword ptr [rbx]
    mov esi, 47
    and rax, -16
    sar rsi, 4
    imul rax, rsi
    or rax, 15
    mov qword ptr [rbx], rax
# bs_init_writable
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, qword ptr [rbx]
    call 94919179749296
    mov qword ptr [rbx], rax
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp '-encode_hex/1-lbc$^7/2-7-'/2
# label_L
label_108:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L696
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L696:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L697:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L698
    mov ecx, 3
.db 0x90
    call 140320710850576
L698:
# call_light_bif_be
    align 4
L699:
L700:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L699]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L404
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_109:
# i_func_info_IaaI
# binary:decode_hex/1
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x83, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
decode_hex/1:
# i_breakpoint_trampoline
    short jmp L701
.db 0x00
    call L405
    align 8
L701:
# i_test_yield
    lea rdx, qword ptr [decode_hex/1+24]
    dec r14
    jle L403
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178859104
    call 140320710851400
    je label_111
    mov qword ptr [rbx+8], rax
# i_rem_ssjd
    mov r9, 2
    mov rax, qword ptr [rbx+8]
# skipped test for small dividend since it is always small
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rdx, 4
    or rdx, 15
L702:
L703:
    mov qword ptr [rbx+8], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_111
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L704
    mov ecx, 1
.db 0x90
    call 140320710850576
L704:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178858912
    call 140320710851304
    mov qword ptr [rbx], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 4
    or rax, 15
L705:
L706:
    mov qword ptr [rbx], rax
# bs_init_writable
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, qword ptr [rbx]
    call 94919179749296
    mov qword ptr [rbx], rax
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp '-decode_hex/1-lbc$^0/2-0-'/2
# label_L
label_111:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L707
    mov ecx, 1
.db 0x90
    call 140320710850576
L707:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L708:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L709
    mov ecx, 3
.db 0x90
    call 140320710850576
L709:
# call_light_bif_be
    align 4
L710:
L711:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L710]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L404
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_112:
# i_func_info_IaaI
# binary:unhex/1
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x83, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
unhex/1:
# i_breakpoint_trampoline
    short jmp L712
.db 0x00
    call L405
    align 8
L712:
# i_test_yield
    lea rdx, qword ptr [unhex/1+24]
    dec r14
    jle L403
# i_select_val_bins_sfI
    mov rsi, qword ptr [rbx]
# Binary search in table of 484 elements
# Subtree [0..483], pivot 241
    cmp rsi, 267887
    je label_194
    ja L713
# Subtree [0..240], pivot 120
    cmp rsi, 218143
    je label_279
    ja L714
# Subtree [0..119], pivot 59
    cmp rsi, 205935
    je label_322
    ja L715
# Subtree [0..58], pivot 29
    cmp rsi, 201599
    je label_346
    ja L716
# Subtree [0..28], pivot 14
    cmp rsi, 197727
    je label_355
    ja L717
# Subtree [0..13], pivot 6
    cmp rsi, 197487
    je label_363
    ja L718
# Linear search in [0..5], 6 elements
    cmp rsi, 197391
    je label_369
    cmp rsi, 197407
    je label_368
    cmp rsi, 197423
    je label_367
    cmp rsi, 197439
    je label_366
    cmp rsi, 197455
    je label_365
    cmp rsi, 197471
    je label_364
    jmp label_370
L718:
# Linear search in [7..13], 7 elements
    cmp rsi, 197503
    je label_362
    cmp rsi, 197519
    je label_361
    cmp rsi, 197535
    je label_360
    cmp rsi, 197663
    je label_359
    cmp rsi, 197679
    je label_358
    cmp rsi, 197695
    je label_357
    cmp rsi, 197711
    je label_356
    jmp label_370
L717:
# Subtree [15..28], pivot 21
    cmp rsi, 198255
    je label_354
    ja L719
# Linear search in [15..20], 6 elements
    cmp rsi, 197743
    je label_354
    cmp rsi, 198175
    je label_359
    cmp rsi, 198191
    je label_358
    cmp rsi, 198207
    je label_357
    cmp rsi, 198223
    je label_356
    cmp rsi, 198239
    je label_355
    jmp label_370
L719:
# Linear search in [22..28], 7 elements
    cmp rsi, 201487
    je label_353
    cmp rsi, 201503
    je label_352
    cmp rsi, 201519
    je label_351
    cmp rsi, 201535
    je label_350
    cmp rsi, 201551
    je label_349
    cmp rsi, 201567
    je label_348
    cmp rsi, 201583
    je label_347
    jmp label_370
L716:
# Subtree [30..58], pivot 44
    cmp rsi, 205583
    je label_337
    ja L720
# Subtree [30..43], pivot 36
    cmp rsi, 201823
    je label_339
    ja L721
# Linear search in [30..35], 6 elements
    cmp rsi, 201615
    je label_345
    cmp rsi, 201631
    je label_344
    cmp rsi, 201759
    je label_343
    cmp rsi, 201775
    je label_342
    cmp rsi, 201791
    je label_341
    cmp rsi, 201807
    je label_340
    jmp label_370
L721:
# Linear search in [37..43], 7 elements
    cmp rsi, 201839
    je label_338
    cmp rsi, 202271
    je label_343
    cmp rsi, 202287
    je label_342
    cmp rsi, 202303
    je label_341
    cmp rsi, 202319
    je label_340
    cmp rsi, 202335
    je label_339
    cmp rsi, 202351
    je label_338
    jmp label_370
L720:
# Subtree [45..58], pivot 51
    cmp rsi, 205695
    je label_330
    ja L722
# Linear search in [45..50], 6 elements
    cmp rsi, 205599
    je label_336
    cmp rsi, 205615
    je label_335
    cmp rsi, 205631
    je label_334
    cmp rsi, 205647
    je label_333
    cmp rsi, 205663
    je label_332
    cmp rsi, 205679
    je label_331
    jmp label_370
L722:
# Linear search in [52..58], 7 elements
    cmp rsi, 205711
    je label_329
    cmp rsi, 205727
    je label_328
    cmp rsi, 205855
    je label_327
    cmp rsi, 205871
    je label_326
    cmp rsi, 205887
    je label_325
    cmp rsi, 205903
    je label_324
    cmp rsi, 205919
    je label_323
    jmp label_370
L715:
# Subtree [60..119], pivot 89
    cmp rsi, 213791
    je label_304
    ja L723
# Subtree [60..88], pivot 74
    cmp rsi, 209807
    je label_313
    ja L724
# Subtree [60..73], pivot 66
    cmp rsi, 209679
    je label_321
    ja L725
# Linear search in [60..65], 6 elements
    cmp rsi, 206367
    je label_327
    cmp rsi, 206383
    je label_326
    cmp rsi, 206399
    je label_325
    cmp rsi, 206415
    je label_324
    cmp rsi, 206431
    je label_323
    cmp rsi, 206447
    je label_322
    jmp label_370
L725:
# Linear search in [67..73], 7 elements
    cmp rsi, 209695
    je label_320
    cmp rsi, 209711
    je label_319
    cmp rsi, 209727
    je label_318
    cmp rsi, 209743
    je label_317
    cmp rsi, 209759
    je label_316
    cmp rsi, 209775
    je label_315
    cmp rsi, 209791
    je label_314
    jmp label_370
L724:
# Subtree [75..88], pivot 81
    cmp rsi, 210031
    je label_306
    ja L726
# Linear search in [75..80], 6 elements
    cmp rsi, 209823
    je label_312
    cmp rsi, 209951
    je label_311
    cmp rsi, 209967
    je label_310
    cmp rsi, 209983
    je label_309
    cmp rsi, 209999
    je label_308
    cmp rsi, 210015
    je label_307
    jmp label_370
L726:
# Linear search in [82..88], 7 elements
    cmp rsi, 210463
    je label_311
    cmp rsi, 210479
    je label_310
    cmp rsi, 210495
    je label_309
    cmp rsi, 210511
    je label_308
    cmp rsi, 210527
    je label_307
    cmp rsi, 210543
    je label_306
    cmp rsi, 213775
    je label_305
    jmp label_370
L723:
# Subtree [90..119], pivot 104
    cmp rsi, 214559
    je label_295
    ja L727
# Subtree [90..103], pivot 96
    cmp rsi, 213903
    je label_297
    ja L728
# Linear search in [90..95], 6 elements
    cmp rsi, 213807
    je label_303
    cmp rsi, 213823
    je label_302
    cmp rsi, 213839
    je label_301
    cmp rsi, 213855
    je label_300
    cmp rsi, 213871
    je label_299
    cmp rsi, 213887
    je label_298
    jmp label_370
L728:
# Linear search in [97..103], 7 elements
    cmp rsi, 213919
    je label_296
    cmp rsi, 214047
    je label_295
    cmp rsi, 214063
    je label_294
    cmp rsi, 214079
    je label_293
    cmp rsi, 214095
    je label_292
    cmp rsi, 214111
    je label_291
    cmp rsi, 214127
    je label_290
    jmp label_370
L727:
# Subtree [105..119], pivot 112
    cmp rsi, 217903
    je label_287
    ja L729
# Linear search in [105..111], 7 elements
    cmp rsi, 214575
    je label_294
    cmp rsi, 214591
    je label_293
    cmp rsi, 214607
    je label_292
    cmp rsi, 214623
    je label_291
    cmp rsi, 214639
    je label_290
    cmp rsi, 217871
    je label_289
    cmp rsi, 217887
    je label_288
    jmp label_370
L729:
# Linear search in [113..119], 7 elements
    cmp rsi, 217919
    je label_286
    cmp rsi, 217935
    je label_285
    cmp rsi, 217951
    je label_284
    cmp rsi, 217967
    je label_283
    cmp rsi, 217983
    je label_282
    cmp rsi, 217999
    je label_281
    cmp rsi, 218015
    je label_280
    jmp label_370
L714:
# Subtree [121..240], pivot 180
    cmp rsi, 230223
    je label_237
    ja L730
# Subtree [121..179], pivot 150
    cmp rsi, 222783
    je label_261
    ja L731
# Subtree [121..149], pivot 135
    cmp rsi, 222015
    je label_270
    ja L732
# Subtree [121..134], pivot 127
    cmp rsi, 218671
    je label_278
    ja L733
# Linear search in [121..126], 6 elements
    cmp rsi, 218159
    je label_278
    cmp rsi, 218175
    je label_277
    cmp rsi, 218191
    je label_276
    cmp rsi, 218207
    je label_275
    cmp rsi, 218223
    je label_274
    cmp rsi, 218655
    je label_279
    jmp label_370
L733:
# Linear search in [128..134], 7 elements
    cmp rsi, 218687
    je label_277
    cmp rsi, 218703
    je label_276
    cmp rsi, 218719
    je label_275
    cmp rsi, 218735
    je label_274
    cmp rsi, 221967
    je label_273
    cmp rsi, 221983
    je label_272
    cmp rsi, 221999
    je label_271
    jmp label_370
L732:
# Subtree [136..149], pivot 142
    cmp rsi, 222239
    je label_263
    ja L734
# Linear search in [136..141], 6 elements
    cmp rsi, 222031
    je label_269
    cmp rsi, 222047
    je label_268
    cmp rsi, 222063
    je label_267
    cmp rsi, 222079
    je label_266
    cmp rsi, 222095
    je label_265
    cmp rsi, 222111
    je label_264
    jmp label_370
L734:
# Linear search in [143..149], 7 elements
    cmp rsi, 222255
    je label_262
    cmp rsi, 222271
    je label_261
    cmp rsi, 222287
    je label_260
    cmp rsi, 222303
    je label_259
    cmp rsi, 222319
    je label_258
    cmp rsi, 222751
    je label_263
    cmp rsi, 222767
    je label_262
    jmp label_370
L731:
# Subtree [151..179], pivot 165
    cmp rsi, 226351
    je label_246
    ja L735
# Subtree [151..164], pivot 157
    cmp rsi, 226111
    je label_254
    ja L736
# Linear search in [151..156], 6 elements
    cmp rsi, 222799
    je label_260
    cmp rsi, 222815
    je label_259
    cmp rsi, 222831
    je label_258
    cmp rsi, 226063
    je label_257
    cmp rsi, 226079
    je label_256
    cmp rsi, 226095
    je label_255
    jmp label_370
L736:
# Linear search in [158..164], 7 elements
    cmp rsi, 226127
    je label_253
    cmp rsi, 226143
    je label_252
    cmp rsi, 226159
    je label_251
    cmp rsi, 226175
    je label_250
    cmp rsi, 226191
    je label_249
    cmp rsi, 226207
    je label_248
    cmp rsi, 226335
    je label_247
    jmp label_370
L735:
# Subtree [166..179], pivot 172
    cmp rsi, 226879
    je label_245
    ja L737
# Linear search in [166..171], 6 elements
    cmp rsi, 226367
    je label_245
    cmp rsi, 226383
    je label_244
    cmp rsi, 226399
    je label_243
    cmp rsi, 226415
    je label_242
    cmp rsi, 226847
    je label_247
    cmp rsi, 226863
    je label_246
    jmp label_370
L737:
# Linear search in [173..179], 7 elements
    cmp rsi, 226895
    je label_244
    cmp rsi, 226911
    je label_243
    cmp rsi, 226927
    je label_242
    cmp rsi, 230159
    je label_241
    cmp rsi, 230175
    je label_240
    cmp rsi, 230191
    je label_239
    cmp rsi, 230207
    je label_238
    jmp label_370
L730:
# Subtree [181..240], pivot 210
    cmp rsi, 234559
    je label_213
    ja L738
# Subtree [181..209], pivot 195
    cmp rsi, 230991
    je label_228
    ja L739
# Subtree [181..194], pivot 187
    cmp rsi, 230447
    je label_230
    ja L740
# Linear search in [181..186], 6 elements
    cmp rsi, 230239
    je label_236
    cmp rsi, 230255
    je label_235
    cmp rsi, 230271
    je label_234
    cmp rsi, 230287
    je label_233
    cmp rsi, 230303
    je label_232
    cmp rsi, 230431
    je label_231
    jmp label_370
L740:
# Linear search in [188..194], 7 elements
    cmp rsi, 230463
    je label_229
    cmp rsi, 230479
    je label_228
    cmp rsi, 230495
    je label_227
    cmp rsi, 230511
    je label_226
    cmp rsi, 230943
    je label_231
    cmp rsi, 230959
    je label_230
    cmp rsi, 230975
    je label_229
    jmp label_370
L739:
# Subtree [196..209], pivot 202
    cmp rsi, 234319
    je label_221
    ja L741
# Linear search in [196..201], 6 elements
    cmp rsi, 231007
    je label_227
    cmp rsi, 231023
    je label_226
    cmp rsi, 234255
    je label_225
    cmp rsi, 234271
    je label_224
    cmp rsi, 234287
    je label_223
    cmp rsi, 234303
    je label_222
    jmp label_370
L741:
# Linear search in [203..209], 7 elements
    cmp rsi, 234335
    je label_220
    cmp rsi, 234351
    je label_219
    cmp rsi, 234367
    je label_218
    cmp rsi, 234383
    je label_217
    cmp rsi, 234399
    je label_216
    cmp rsi, 234527
    je label_215
    cmp rsi, 234543
    je label_214
    jmp label_370
L738:
# Subtree [211..240], pivot 225
    cmp rsi, 267103
    je label_204
    ja L742
# Subtree [211..224], pivot 217
    cmp rsi, 235087
    je label_212
    ja L743
# Linear search in [211..216], 6 elements
    cmp rsi, 234575
    je label_212
    cmp rsi, 234591
    je label_211
    cmp rsi, 234607
    je label_210
    cmp rsi, 235039
    je label_215
    cmp rsi, 235055
    je label_214
    cmp rsi, 235071
    je label_213
    jmp label_370
L743:
# Linear search in [218..224], 7 elements
    cmp rsi, 235103
    je label_211
    cmp rsi, 235119
    je label_210
    cmp rsi, 267023
    je label_209
    cmp rsi, 267039
    je label_208
    cmp rsi, 267055
    je label_207
    cmp rsi, 267071
    je label_206
    cmp rsi, 267087
    je label_205
    jmp label_370
L742:
# Subtree [226..240], pivot 233
    cmp rsi, 267343
    je label_196
    ja L744
# Linear search in [226..232], 7 elements
    cmp rsi, 267119
    je label_203
    cmp rsi, 267135
    je label_202
    cmp rsi, 267151
    je label_201
    cmp rsi, 267167
    je label_200
    cmp rsi, 267295
    je label_199
    cmp rsi, 267311
    je label_198
    cmp rsi, 267327
    je label_197
    jmp label_370
L744:
# Linear search in [234..240], 7 elements
    cmp rsi, 267359
    je label_195
    cmp rsi, 267375
    je label_194
    cmp rsi, 267807
    je label_199
    cmp rsi, 267823
    je label_198
    cmp rsi, 267839
    je label_197
    cmp rsi, 267855
    je label_196
    cmp rsi, 267871
    je label_195
    jmp label_370
L713:
# Subtree [242..483], pivot 362
    cmp rsi, 398367
    je label_199
    ja L745
# Subtree [242..361], pivot 301
    cmp rsi, 279663
    je label_146
    ja L746
# Subtree [242..300], pivot 271
    cmp rsi, 275327
    je label_170
    ja L747
# Subtree [242..270], pivot 256
    cmp rsi, 271455
    je label_179
    ja L748
# Subtree [242..255], pivot 248
    cmp rsi, 271215
    je label_187
    ja L749
# Linear search in [242..247], 6 elements
    cmp rsi, 271119
    je label_193
    cmp rsi, 271135
    je label_192
    cmp rsi, 271151
    je label_191
    cmp rsi, 271167
    je label_190
    cmp rsi, 271183
    je label_189
    cmp rsi, 271199
    je label_188
    jmp label_370
L749:
# Linear search in [249..255], 7 elements
    cmp rsi, 271231
    je label_186
    cmp rsi, 271247
    je label_185
    cmp rsi, 271263
    je label_184
    cmp rsi, 271391
    je label_183
    cmp rsi, 271407
    je label_182
    cmp rsi, 271423
    je label_181
    cmp rsi, 271439
    je label_180
    jmp label_370
L748:
# Subtree [257..270], pivot 263
    cmp rsi, 271983
    je label_178
    ja L750
# Linear search in [257..262], 6 elements
    cmp rsi, 271471
    je label_178
    cmp rsi, 271903
    je label_183
    cmp rsi, 271919
    je label_182
    cmp rsi, 271935
    je label_181
    cmp rsi, 271951
    je label_180
    cmp rsi, 271967
    je label_179
    jmp label_370
L750:
# Linear search in [264..270], 7 elements
    cmp rsi, 275215
    je label_177
    cmp rsi, 275231
    je label_176
    cmp rsi, 275247
    je label_175
    cmp rsi, 275263
    je label_174
    cmp rsi, 275279
    je label_173
    cmp rsi, 275295
    je label_172
    cmp rsi, 275311
    je label_171
    jmp label_370
L747:
# Subtree [272..300], pivot 286
    cmp rsi, 279311
    je label_161
    ja L751
# Subtree [272..285], pivot 278
    cmp rsi, 275551
    je label_163
    ja L752
# Linear search in [272..277], 6 elements
    cmp rsi, 275343
    je label_169
    cmp rsi, 275359
    je label_168
    cmp rsi, 275487
    je label_167
    cmp rsi, 275503
    je label_166
    cmp rsi, 275519
    je label_165
    cmp rsi, 275535
    je label_164
    jmp label_370
L752:
# Linear search in [279..285], 7 elements
    cmp rsi, 275567
    je label_162
    cmp rsi, 275999
    je label_167
    cmp rsi, 276015
    je label_166
    cmp rsi, 276031
    je label_165
    cmp rsi, 276047
    je label_164
    cmp rsi, 276063
    je label_163
    cmp rsi, 276079
    je label_162
    jmp label_370
L751:
# Subtree [287..300], pivot 293
    cmp rsi, 279423
    je label_154
    ja L753
# Linear search in [287..292], 6 elements
    cmp rsi, 279327
    je label_160
    cmp rsi, 279343
    je label_159
    cmp rsi, 279359
    je label_158
    cmp rsi, 279375
    je label_157
    cmp rsi, 279391
    je label_156
    cmp rsi, 279407
    je label_155
    jmp label_370
L753:
# Linear search in [294..300], 7 elements
    cmp rsi, 279439
    je label_153
    cmp rsi, 279455
    je label_152
    cmp rsi, 279583
    je label_151
    cmp rsi, 279599
    je label_150
    cmp rsi, 279615
    je label_149
    cmp rsi, 279631
    je label_148
    cmp rsi, 279647
    je label_147
    jmp label_370
L746:
# Subtree [302..361], pivot 331
    cmp rsi, 287519
    je label_128
    ja L754
# Subtree [302..330], pivot 316
    cmp rsi, 283535
    je label_137
    ja L755
# Subtree [302..315], pivot 308
    cmp rsi, 283407
    je label_145
    ja L756
# Linear search in [302..307], 6 elements
    cmp rsi, 280095
    je label_151
    cmp rsi, 280111
    je label_150
    cmp rsi, 280127
    je label_149
    cmp rsi, 280143
    je label_148
    cmp rsi, 280159
    je label_147
    cmp rsi, 280175
    je label_146
    jmp label_370
L756:
# Linear search in [309..315], 7 elements
    cmp rsi, 283423
    je label_144
    cmp rsi, 283439
    je label_143
    cmp rsi, 283455
    je label_142
    cmp rsi, 283471
    je label_141
    cmp rsi, 283487
    je label_140
    cmp rsi, 283503
    je label_139
    cmp rsi, 283519
    je label_138
    jmp label_370
L755:
# Subtree [317..330], pivot 323
    cmp rsi, 283759
    je label_130
    ja L757
# Linear search in [317..322], 6 elements
    cmp rsi, 283551
    je label_136
    cmp rsi, 283679
    je label_135
    cmp rsi, 283695
    je label_134
    cmp rsi, 283711
    je label_133
    cmp rsi, 283727
    je label_132
    cmp rsi, 283743
    je label_131
    jmp label_370
L757:
# Linear search in [324..330], 7 elements
    cmp rsi, 284191
    je label_135
    cmp rsi, 284207
    je label_134
    cmp rsi, 284223
    je label_133
    cmp rsi, 284239
    je label_132
    cmp rsi, 284255
    je label_131
    cmp rsi, 284271
    je label_130
    cmp rsi, 287503
    je label_129
    jmp label_370
L754:
# Subtree [332..361], pivot 346
    cmp rsi, 288287
    je label_119
    ja L758
# Subtree [332..345], pivot 338
    cmp rsi, 287631
    je label_121
    ja L759
# Linear search in [332..337], 6 elements
    cmp rsi, 287535
    je label_127
    cmp rsi, 287551
    je label_126
    cmp rsi, 287567
    je label_125
    cmp rsi, 287583
    je label_124
    cmp rsi, 287599
    je label_123
    cmp rsi, 287615
    je label_122
    jmp label_370
L759:
# Linear search in [339..345], 7 elements
    cmp rsi, 287647
    je label_120
    cmp rsi, 287775
    je label_119
    cmp rsi, 287791
    je label_118
    cmp rsi, 287807
    je label_117
    cmp rsi, 287823
    je label_116
    cmp rsi, 287839
    je label_115
    cmp rsi, 287855
    je label_114
    jmp label_370
L758:
# Subtree [347..361], pivot 354
    cmp rsi, 398127
    je label_207
    ja L760
# Linear search in [347..353], 7 elements
    cmp rsi, 288303
    je label_118
    cmp rsi, 288319
    je label_117
    cmp rsi, 288335
    je label_116
    cmp rsi, 288351
    je label_115
    cmp rsi, 288367
    je label_114
    cmp rsi, 398095
    je label_209
    cmp rsi, 398111
    je label_208
    jmp label_370
L760:
# Linear search in [355..361], 7 elements
    cmp rsi, 398143
    je label_206
    cmp rsi, 398159
    je label_205
    cmp rsi, 398175
    je label_204
    cmp rsi, 398191
    je label_203
    cmp rsi, 398207
    je label_202
    cmp rsi, 398223
    je label_201
    cmp rsi, 398239
    je label_200
    jmp label_370
L745:
# Subtree [363..483], pivot 423
    cmp rsi, 410463
    je label_156
    ja L761
# Subtree [363..422], pivot 392
    cmp rsi, 403007
    je label_181
    ja L762
# Subtree [363..391], pivot 377
    cmp rsi, 402239
    je label_190
    ja L763
# Subtree [363..376], pivot 369
    cmp rsi, 398895
    je label_198
    ja L764
# Linear search in [363..368], 6 elements
    cmp rsi, 398383
    je label_198
    cmp rsi, 398399
    je label_197
    cmp rsi, 398415
    je label_196
    cmp rsi, 398431
    je label_195
    cmp rsi, 398447
    je label_194
    cmp rsi, 398879
    je label_199
    jmp label_370
L764:
# Linear search in [370..376], 7 elements
    cmp rsi, 398911
    je label_197
    cmp rsi, 398927
    je label_196
    cmp rsi, 398943
    je label_195
    cmp rsi, 398959
    je label_194
    cmp rsi, 402191
    je label_193
    cmp rsi, 402207
    je label_192
    cmp rsi, 402223
    je label_191
    jmp label_370
L763:
# Subtree [378..391], pivot 384
    cmp rsi, 402463
    je label_183
    ja L765
# Linear search in [378..383], 6 elements
    cmp rsi, 402255
    je label_189
    cmp rsi, 402271
    je label_188
    cmp rsi, 402287
    je label_187
    cmp rsi, 402303
    je label_186
    cmp rsi, 402319
    je label_185
    cmp rsi, 402335
    je label_184
    jmp label_370
L765:
# Linear search in [385..391], 7 elements
    cmp rsi, 402479
    je label_182
    cmp rsi, 402495
    je label_181
    cmp rsi, 402511
    je label_180
    cmp rsi, 402527
    je label_179
    cmp rsi, 402543
    je label_178
    cmp rsi, 402975
    je label_183
    cmp rsi, 402991
    je label_182
    jmp label_370
L762:
# Subtree [393..422], pivot 407
    cmp rsi, 406575
    je label_166
    ja L766
# Subtree [393..406], pivot 399
    cmp rsi, 406335
    je label_174
    ja L767
# Linear search in [393..398], 6 elements
    cmp rsi, 403023
    je label_180
    cmp rsi, 403039
    je label_179
    cmp rsi, 403055
    je label_178
    cmp rsi, 406287
    je label_177
    cmp rsi, 406303
    je label_176
    cmp rsi, 406319
    je label_175
    jmp label_370
L767:
# Linear search in [400..406], 7 elements
    cmp rsi, 406351
    je label_173
    cmp rsi, 406367
    je label_172
    cmp rsi, 406383
    je label_171
    cmp rsi, 406399
    je label_170
    cmp rsi, 406415
    je label_169
    cmp rsi, 406431
    je label_168
    cmp rsi, 406559
    je label_167
    jmp label_370
L766:
# Subtree [408..422], pivot 415
    cmp rsi, 407119
    je label_164
    ja L768
# Linear search in [408..414], 7 elements
    cmp rsi, 406591
    je label_165
    cmp rsi, 406607
    je label_164
    cmp rsi, 406623
    je label_163
    cmp rsi, 406639
    je label_162
    cmp rsi, 407071
    je label_167
    cmp rsi, 407087
    je label_166
    cmp rsi, 407103
    je label_165
    jmp label_370
L768:
# Linear search in [416..422], 7 elements
    cmp rsi, 407135
    je label_163
    cmp rsi, 407151
    je label_162
    cmp rsi, 410383
    je label_161
    cmp rsi, 410399
    je label_160
    cmp rsi, 410415
    je label_159
    cmp rsi, 410431
    je label_158
    cmp rsi, 410447
    je label_157
    jmp label_370
L761:
# Subtree [424..483], pivot 453
    cmp rsi, 414799
    je label_132
    ja L769
# Subtree [424..452], pivot 438
    cmp rsi, 411231
    je label_147
    ja L770
# Subtree [424..437], pivot 430
    cmp rsi, 410687
    je label_149
    ja L771
# Linear search in [424..429], 6 elements
    cmp rsi, 410479
    je label_155
    cmp rsi, 410495
    je label_154
    cmp rsi, 410511
    je label_153
    cmp rsi, 410527
    je label_152
    cmp rsi, 410655
    je label_151
    cmp rsi, 410671
    je label_150
    jmp label_370
L771:
# Linear search in [431..437], 7 elements
    cmp rsi, 410703
    je label_148
    cmp rsi, 410719
    je label_147
    cmp rsi, 410735
    je label_146
    cmp rsi, 411167
    je label_151
    cmp rsi, 411183
    je label_150
    cmp rsi, 411199
    je label_149
    cmp rsi, 411215
    je label_148
    jmp label_370
L770:
# Subtree [439..452], pivot 445
    cmp rsi, 414559
    je label_140
    ja L772
# Linear search in [439..444], 6 elements
    cmp rsi, 411247
    je label_146
    cmp rsi, 414479
    je label_145
    cmp rsi, 414495
    je label_144
    cmp rsi, 414511
    je label_143
    cmp rsi, 414527
    je label_142
    cmp rsi, 414543
    je label_141
    jmp label_370
L772:
# Linear search in [446..452], 7 elements
    cmp rsi, 414575
    je label_139
    cmp rsi, 414591
    je label_138
    cmp rsi, 414607
    je label_137
    cmp rsi, 414623
    je label_136
    cmp rsi, 414751
    je label_135
    cmp rsi, 414767
    je label_134
    cmp rsi, 414783
    je label_133
    jmp label_370
L769:
# Subtree [454..483], pivot 468
    cmp rsi, 418671
    je label_123
    ja L773
# Subtree [454..467], pivot 460
    cmp rsi, 415327
    je label_131
    ja L774
# Linear search in [454..459], 6 elements
    cmp rsi, 414815
    je label_131
    cmp rsi, 414831
    je label_130
    cmp rsi, 415263
    je label_135
    cmp rsi, 415279
    je label_134
    cmp rsi, 415295
    je label_133
    cmp rsi, 415311
    je label_132
    jmp label_370
L774:
# Linear search in [461..467], 7 elements
    cmp rsi, 415343
    je label_130
    cmp rsi, 418575
    je label_129
    cmp rsi, 418591
    je label_128
    cmp rsi, 418607
    je label_127
    cmp rsi, 418623
    je label_126
    cmp rsi, 418639
    je label_125
    cmp rsi, 418655
    je label_124
    jmp label_370
L773:
# Subtree [469..483], pivot 476
    cmp rsi, 418911
    je label_115
    ja L775
# Linear search in [469..475], 7 elements
    cmp rsi, 418687
    je label_122
    cmp rsi, 418703
    je label_121
    cmp rsi, 418719
    je label_120
    cmp rsi, 418847
    je label_119
    cmp rsi, 418863
    je label_118
    cmp rsi, 418879
    je label_117
    cmp rsi, 418895
    je label_116
    jmp label_370
L775:
# Linear search in [477..483], 7 elements
    cmp rsi, 418927
    je label_114
    cmp rsi, 419359
    je label_119
    cmp rsi, 419375
    je label_118
    cmp rsi, 419391
    je label_117
    cmp rsi, 419407
    je label_116
    cmp rsi, 419423
    je label_115
    cmp rsi, 419439
    je label_114
    jmp label_370
# label_L
label_114:
# i_move_sd
    mov qword ptr [rbx], 4095
# return
    dec r14
    jl L404
    ret
# label_L
label_115:
# i_move_sd
    mov qword ptr [rbx], 4079
# return
    dec r14
    jl L404
    ret
# label_L
label_116:
# i_move_sd
    mov qword ptr [rbx], 4063
# return
    dec r14
    jl L404
    ret
# label_L
label_117:
# i_move_sd
    mov qword ptr [rbx], 4047
# return
    dec r14
    jl L404
    ret
# label_L
label_118:
# i_move_sd
    mov qword ptr [rbx], 4031
# return
    dec r14
    jl L404
    ret
# label_L
label_119:
# i_move_sd
    mov qword ptr [rbx], 4015
# return
    dec r14
    jl L404
    ret
# label_L
label_120:
# i_move_sd
    mov qword ptr [rbx], 3999
# return
    dec r14
    jl L404
    ret
# label_L
label_121:
# i_move_sd
    mov qword ptr [rbx], 3983
# return
    dec r14
    jl L404
    ret
# label_L
label_122:
# i_move_sd
    mov qword ptr [rbx], 3967
# return
    dec r14
    jl L404
    ret
# label_L
label_123:
# i_move_sd
    mov qword ptr [rbx], 3951
# return
    dec r14
    jl L404
    ret
# label_L
label_124:
# i_move_sd
    mov qword ptr [rbx], 3935
# return
    dec r14
    jl L404
    ret
# label_L
label_125:
# i_move_sd
    mov qword ptr [rbx], 3919
# return
    dec r14
    jl L404
    ret
# label_L
label_126:
# i_move_sd
    mov qword ptr [rbx], 3903
# return
    dec r14
    jl L404
    ret
# label_L
label_127:
# i_move_sd
    mov qword ptr [rbx], 3887
# return
    dec r14
    jl L404
    ret
# label_L
label_128:
# i_move_sd
    mov qword ptr [rbx], 3871
# return
    dec r14
    jl L404
    ret
# label_L
label_129:
# i_move_sd
    mov qword ptr [rbx], 3855
# return
    dec r14
    jl L404
    ret
# label_L
label_130:
# i_move_sd
    mov qword ptr [rbx], 3839
# return
    dec r14
    jl L404
    ret
# label_L
label_131:
# i_move_sd
    mov qword ptr [rbx], 3823
# return
    dec r14
    jl L404
    ret
# label_L
label_132:
# i_move_sd
    mov qword ptr [rbx], 3807
# return
    dec r14
    jl L404
    ret
# label_L
label_133:
# i_move_sd
    mov qword ptr [rbx], 3791
# return
    dec r14
    jl L404
    ret
# label_L
label_134:
# i_move_sd
    mov qword ptr [rbx], 3775
# return
    dec r14
    jl L404
    ret
# label_L
label_135:
# i_move_sd
    mov qword ptr [rbx], 3759
# return
    dec r14
    jl L404
    ret
# label_L
label_136:
# i_move_sd
    mov qword ptr [rbx], 3743
# return
    dec r14
    jl L404
    ret
# label_L
label_137:
# i_move_sd
    mov qword ptr [rbx], 3727
# return
    dec r14
    jl L404
    ret
# label_L
label_138:
# i_move_sd
    mov qword ptr [rbx], 3711
# return
    dec r14
    jl L404
    ret
# label_L
label_139:
# i_move_sd
    mov qword ptr [rbx], 3695
# return
    dec r14
    jl L404
    ret
# label_L
label_140:
# i_move_sd
    mov qword ptr [rbx], 3679
# return
    dec r14
    jl L404
    ret
# label_L
label_141:
# i_move_sd
    mov qword ptr [rbx], 3663
# return
    dec r14
    jl L404
    ret
# label_L
label_142:
# i_move_sd
    mov qword ptr [rbx], 3647
# return
    dec r14
    jl L404
    ret
# label_L
label_143:
# i_move_sd
    mov qword ptr [rbx], 3631
# return
    dec r14
    jl L404
    ret
# label_L
label_144:
# i_move_sd
    mov qword ptr [rbx], 3615
# return
    dec r14
    jl L404
    ret
# label_L
label_145:
# i_move_sd
    mov qword ptr [rbx], 3599
# return
    dec r14
    jl L404
    ret
# label_L
label_146:
# i_move_sd
    mov qword ptr [rbx], 3583
# return
    dec r14
    jl L404
    ret
# label_L
label_147:
# i_move_sd
    mov qword ptr [rbx], 3567
# return
    dec r14
    jl L404
    ret
# label_L
label_148:
# i_move_sd
    mov qword ptr [rbx], 3551
# return
    dec r14
    jl L404
    ret
# label_L
label_149:
# i_move_sd
    mov qword ptr [rbx], 3535
# return
    dec r14
    jl L404
    ret
# label_L
label_150:
# i_move_sd
    mov qword ptr [rbx], 3519
# return
    dec r14
    jl L404
    ret
# label_L
label_151:
# i_move_sd
    mov qword ptr [rbx], 3503
# return
    dec r14
    jl L404
    ret
# label_L
label_152:
# i_move_sd
    mov qword ptr [rbx], 3487
# return
    dec r14
    jl L404
    ret
# label_L
label_153:
# i_move_sd
    mov qword ptr [rbx], 3471
# return
    dec r14
    jl L404
    ret
# label_L
label_154:
# i_move_sd
    mov qword ptr [rbx], 3455
# return
    dec r14
    jl L404
    ret
# label_L
label_155:
# i_move_sd
    mov qword ptr [rbx], 3439
# return
    dec r14
    jl L404
    ret
# label_L
label_156:
# i_move_sd
    mov qword ptr [rbx], 3423
# return
    dec r14
    jl L404
    ret
# label_L
label_157:
# i_move_sd
    mov qword ptr [rbx], 3407
# return
    dec r14
    jl L404
    ret
# label_L
label_158:
# i_move_sd
    mov qword ptr [rbx], 3391
# return
    dec r14
    jl L404
    ret
# label_L
label_159:
# i_move_sd
    mov qword ptr [rbx], 3375
# return
    dec r14
    jl L404
    ret
# label_L
label_160:
# i_move_sd
    mov qword ptr [rbx], 3359
# return
    dec r14
    jl L404
    ret
# label_L
label_161:
# i_move_sd
    mov qword ptr [rbx], 3343
# return
    dec r14
    jl L404
    ret
# label_L
label_162:
# i_move_sd
    mov qword ptr [rbx], 3327
# return
    dec r14
    jl L404
    ret
# label_L
label_163:
# i_move_sd
    mov qword ptr [rbx], 3311
# return
    dec r14
    jl L404
    ret
# label_L
label_164:
# i_move_sd
    mov qword ptr [rbx], 3295
# return
    dec r14
    jl L404
    ret
# label_L
label_165:
# i_move_sd
    mov qword ptr [rbx], 3279
# return
    dec r14
    jl L404
    ret
# label_L
label_166:
# i_move_sd
    mov qword ptr [rbx], 3263
# return
    dec r14
    jl L404
    ret
# label_L
label_167:
# i_move_sd
    mov qword ptr [rbx], 3247
# return
    dec r14
    jl L404
    ret
# label_L
label_168:
# i_move_sd
    mov qword ptr [rbx], 3231
# return
    dec r14
    jl L404
    ret
# label_L
label_169:
# i_move_sd
    mov qword ptr [rbx], 3215
# return
    dec r14
    jl L404
    ret
# label_L
label_170:
# i_move_sd
    mov qword ptr [rbx], 3199
# return
    dec r14
    jl L404
    ret
# label_L
label_171:
# i_move_sd
    mov qword ptr [rbx], 3183
# return
    dec r14
    jl L404
    ret
# label_L
label_172:
# i_move_sd
    mov qword ptr [rbx], 3167
# return
    dec r14
    jl L404
    ret
# label_L
label_173:
# i_move_sd
    mov qword ptr [rbx], 3151
# return
    dec r14
    jl L404
    ret
# label_L
label_174:
# i_move_sd
    mov qword ptr [rbx], 3135
# return
    dec r14
    jl L404
    ret
# label_L
label_175:
# i_move_sd
    mov qword ptr [rbx], 3119
# return
    dec r14
    jl L404
    ret
# label_L
label_176:
# i_move_sd
    mov qword ptr [rbx], 3103
# return
    dec r14
    jl L404
    ret
# label_L
label_177:
# i_move_sd
    mov qword ptr [rbx], 3087
# return
    dec r14
    jl L404
    ret
# label_L
label_178:
# i_move_sd
    mov qword ptr [rbx], 3071
# return
    dec r14
    jl L404
    ret
# label_L
label_179:
# i_move_sd
    mov qword ptr [rbx], 3055
# return
    dec r14
    jl L404
    ret
# label_L
label_180:
# i_move_sd
    mov qword ptr [rbx], 3039
# return
    dec r14
    jl L404
    ret
# label_L
label_181:
# i_move_sd
    mov qword ptr [rbx], 3023
# return
    dec r14
    jl L404
    ret
# label_L
label_182:
# i_move_sd
    mov qword ptr [rbx], 3007
# return
    dec r14
    jl L404
    ret
# label_L
label_183:
# i_move_sd
    mov qword ptr [rbx], 2991
# return
    dec r14
    jl L404
    ret
# label_L
label_184:
# i_move_sd
    mov qword ptr [rbx], 2975
# return
    dec r14
    jl L404
    ret
# label_L
label_185:
# i_move_sd
    mov qword ptr [rbx], 2959
# return
    dec r14
    jl L404
    ret
# label_L
label_186:
# i_move_sd
    mov qword ptr [rbx], 2943
# return
    dec r14
    jl L404
    ret
# label_L
label_187:
# i_move_sd
    mov qword ptr [rbx], 2927
# return
    dec r14
    jl L404
    ret
# label_L
label_188:
# i_move_sd
    mov qword ptr [rbx], 2911
# return
    dec r14
    jl L404
    ret
# label_L
label_189:
# i_move_sd
    mov qword ptr [rbx], 2895
# return
    dec r14
    jl L404
    ret
# label_L
label_190:
# i_move_sd
    mov qword ptr [rbx], 2879
# return
    dec r14
    jl L404
    ret
# label_L
label_191:
# i_move_sd
    mov qword ptr [rbx], 2863
# return
    dec r14
    jl L404
    ret
# label_L
label_192:
# i_move_sd
    mov qword ptr [rbx], 2847
# return
    dec r14
    jl L404
    ret
# label_L
label_193:
# i_move_sd
    mov qword ptr [rbx], 2831
# return
    dec r14
    jl L404
    ret
# label_L
label_194:
# i_move_sd
    mov qword ptr [rbx], 2815
# return
    dec r14
    jl L404
    ret
# label_L
label_195:
# i_move_sd
    mov qword ptr [rbx], 2799
# return
    dec r14
    jl L404
    ret
# label_L
label_196:
# i_move_sd
    mov qword ptr [rbx], 2783
# return
    dec r14
    jl L404
    ret
# label_L
label_197:
# i_move_sd
    mov qword ptr [rbx], 2767
# return
    dec r14
    jl L404
    ret
# label_L
label_198:
# i_move_sd
    mov qword ptr [rbx], 2751
# return
    dec r14
    jl L404
    ret
# label_L
label_199:
# i_move_sd
    mov qword ptr [rbx], 2735
# return
    dec r14
    jl L404
    ret
# label_L
label_200:
# i_move_sd
    mov qword ptr [rbx], 2719
# return
    dec r14
    jl L404
    ret
# label_L
label_201:
# i_move_sd
    mov qword ptr [rbx], 2703
# return
    dec r14
    jl L404
    ret
# label_L
label_202:
# i_move_sd
    mov qword ptr [rbx], 2687
# return
    dec r14
    jl L404
    ret
# label_L
label_203:
# i_move_sd
    mov qword ptr [rbx], 2671
# return
    dec r14
    jl L404
    ret
# label_L
label_204:
# i_move_sd
    mov qword ptr [rbx], 2655
# return
    dec r14
    jl L404
    ret
# label_L
label_205:
# i_move_sd
    mov qword ptr [rbx], 2639
# return
    dec r14
    jl L404
    ret
# label_L
label_206:
# i_move_sd
    mov qword ptr [rbx], 2623
# return
    dec r14
    jl L404
    ret
# label_L
label_207:
# i_move_sd
    mov qword ptr [rbx], 2607
# return
    dec r14
    jl L404
    ret
# label_L
label_208:
# i_move_sd
    mov qword ptr [rbx], 2591
# return
    dec r14
    jl L404
    ret
# label_L
label_209:
# i_move_sd
    mov qword ptr [rbx], 2575
# return
    dec r14
    jl L404
    ret
# label_L
label_210:
# i_move_sd
    mov qword ptr [rbx], 2559
# return
    dec r14
    jl L404
    ret
# label_L
label_211:
# i_move_sd
    mov qword ptr [rbx], 2543
# return
    dec r14
    jl L404
    ret
# label_L
label_212:
# i_move_sd
    mov qword ptr [rbx], 2527
# return
    dec r14
    jl L404
    ret
# label_L
label_213:
# i_move_sd
    mov qword ptr [rbx], 2511
# return
    dec r14
    jl L404
    ret
# label_L
label_214:
# i_move_sd
    mov qword ptr [rbx], 2495
# return
    dec r14
    jl L404
    ret
# label_L
label_215:
# i_move_sd
    mov qword ptr [rbx], 2479
# return
    dec r14
    jl L404
    ret
# label_L
label_216:
# i_move_sd
    mov qword ptr [rbx], 2463
# return
    dec r14
    jl L404
    ret
# label_L
label_217:
# i_move_sd
    mov qword ptr [rbx], 2447
# return
    dec r14
    jl L404
    ret
# label_L
label_218:
# i_move_sd
    mov qword ptr [rbx], 2431
# return
    dec r14
    jl L404
    ret
# label_L
label_219:
# i_move_sd
    mov qword ptr [rbx], 2415
# return
    dec r14
    jl L404
    ret
# label_L
label_220:
# i_move_sd
    mov qword ptr [rbx], 2399
# return
    dec r14
    jl L404
    ret
# label_L
label_221:
# i_move_sd
    mov qword ptr [rbx], 2383
# return
    dec r14
    jl L404
    ret
# label_L
label_222:
# i_move_sd
    mov qword ptr [rbx], 2367
# return
    dec r14
    jl L404
    ret
# label_L
label_223:
# i_move_sd
    mov qword ptr [rbx], 2351
# return
    dec r14
    jl L404
    ret
# label_L
label_224:
# i_move_sd
    mov qword ptr [rbx], 2335
# return
    dec r14
    jl L404
    ret
# label_L
label_225:
# i_move_sd
    mov qword ptr [rbx], 2319
# return
    dec r14
    jl L404
    ret
# label_L
label_226:
# i_move_sd
    mov qword ptr [rbx], 2303
# return
    dec r14
    jl L404
    ret
# label_L
label_227:
# i_move_sd
    mov qword ptr [rbx], 2287
# return
    dec r14
    jl L404
    ret
# label_L
label_228:
# i_move_sd
    mov qword ptr [rbx], 2271
# return
    dec r14
    jl L404
    ret
# label_L
label_229:
# i_move_sd
    mov qword ptr [rbx], 2255
# return
    dec r14
    jl L404
    ret
# label_L
label_230:
# i_move_sd
    mov qword ptr [rbx], 2239
# return
    dec r14
    jl L404
    ret
# label_L
label_231:
# i_move_sd
    mov qword ptr [rbx], 2223
# return
    dec r14
    jl L404
    ret
# label_L
label_232:
# i_move_sd
    mov qword ptr [rbx], 2207
# return
    dec r14
    jl L404
    ret
# label_L
label_233:
# i_move_sd
    mov qword ptr [rbx], 2191
# return
    dec r14
    jl L404
    ret
# label_L
label_234:
# i_move_sd
    mov qword ptr [rbx], 2175
# return
    dec r14
    jl L404
    ret
# label_L
label_235:
# i_move_sd
    mov qword ptr [rbx], 2159
# return
    dec r14
    jl L404
    ret
# label_L
label_236:
# i_move_sd
    mov qword ptr [rbx], 2143
# return
    dec r14
    jl L404
    ret
# label_L
label_237:
# i_move_sd
    mov qword ptr [rbx], 2127
# return
    dec r14
    jl L404
    ret
# label_L
label_238:
# i_move_sd
    mov qword ptr [rbx], 2111
# return
    dec r14
    jl L404
    ret
# label_L
label_239:
# i_move_sd
    mov qword ptr [rbx], 2095
# return
    dec r14
    jl L404
    ret
# label_L
label_240:
# i_move_sd
    mov qword ptr [rbx], 2079
# return
    dec r14
    jl L404
    ret
# label_L
label_241:
# i_move_sd
    mov qword ptr [rbx], 2063
# return
    dec r14
    jl L404
    ret
# label_L
label_242:
# i_move_sd
    mov qword ptr [rbx], 2047
# return
    dec r14
    jl L404
    ret
# label_L
label_243:
# i_move_sd
    mov qword ptr [rbx], 2031
# return
    dec r14
    jl L404
    ret
# label_L
label_244:
# i_move_sd
    mov qword ptr [rbx], 2015
# return
    dec r14
    jl L404
    ret
# label_L
label_245:
# i_move_sd
    mov qword ptr [rbx], 1999
# return
    dec r14
    jl L404
    ret
# label_L
label_246:
# i_move_sd
    mov qword ptr [rbx], 1983
# return
    dec r14
    jl L404
    ret
# label_L
label_247:
# i_move_sd
    mov qword ptr [rbx], 1967
# return
    dec r14
    jl L404
    ret
# label_L
label_248:
# i_move_sd
    mov qword ptr [rbx], 1951
# return
    dec r14
    jl L404
    ret
# label_L
label_249:
# i_move_sd
    mov qword ptr [rbx], 1935
# return
    dec r14
    jl L404
    ret
# label_L
label_250:
# i_move_sd
    mov qword ptr [rbx], 1919
# return
    dec r14
    jl L404
    ret
# label_L
label_251:
# i_move_sd
    mov qword ptr [rbx], 1903
# return
    dec r14
    jl L404
    ret
# label_L
label_252:
# i_move_sd
    mov qword ptr [rbx], 1887
# return
    dec r14
    jl L404
    ret
# label_L
label_253:
# i_move_sd
    mov qword ptr [rbx], 1871
# return
    dec r14
    jl L404
    ret
# label_L
label_254:
# i_move_sd
    mov qword ptr [rbx], 1855
# return
    dec r14
    jl L404
    ret
# label_L
label_255:
# i_move_sd
    mov qword ptr [rbx], 1839
# return
    dec r14
    jl L404
    ret
# label_L
label_256:
# i_move_sd
    mov qword ptr [rbx], 1823
# return
    dec r14
    jl L404
    ret
# label_L
label_257:
# i_move_sd
    mov qword ptr [rbx], 1807
# return
    dec r14
    jl L404
    ret
# label_L
label_258:
# i_move_sd
    mov qword ptr [rbx], 1791
# return
    dec r14
    jl L404
    ret
# label_L
label_259:
# i_move_sd
    mov qword ptr [rbx], 1775
# return
    dec r14
    jl L404
    ret
# label_L
label_260:
# i_move_sd
    mov qword ptr [rbx], 1759
# return
    dec r14
    jl L404
    ret
# label_L
label_261:
# i_move_sd
    mov qword ptr [rbx], 1743
# return
    dec r14
    jl L404
    ret
# label_L
label_262:
# i_move_sd
    mov qword ptr [rbx], 1727
# return
    dec r14
    jl L404
    ret
# label_L
label_263:
# i_move_sd
    mov qword ptr [rbx], 1711
# return
    dec r14
    jl L404
    ret
# label_L
label_264:
# i_move_sd
    mov qword ptr [rbx], 1695
# return
    dec r14
    jl L404
    ret
# label_L
label_265:
# i_move_sd
    mov qword ptr [rbx], 1679
# return
    dec r14
    jl L404
    ret
# label_L
label_266:
# i_move_sd
    mov qword ptr [rbx], 1663
# return
    dec r14
    jl L404
    ret
# label_L
label_267:
# i_move_sd
    mov qword ptr [rbx], 1647
# return
    dec r14
    jl L404
    ret
# label_L
label_268:
# i_move_sd
    mov qword ptr [rbx], 1631
# return
    dec r14
    jl L404
    ret
# label_L
label_269:
# i_move_sd
    mov qword ptr [rbx], 1615
# return
    dec r14
    jl L404
    ret
# label_L
label_270:
# i_move_sd
    mov qword ptr [rbx], 1599
# return
    dec r14
    jl L404
    ret
# label_L
label_271:
# i_move_sd
    mov qword ptr [rbx], 1583
# return
    dec r14
    jl L404
    ret
# label_L
label_272:
# i_move_sd
    mov qword ptr [rbx], 1567
# return
    dec r14
    jl L404
    ret
# label_L
label_273:
# i_move_sd
    mov qword ptr [rbx], 1551
# return
    dec r14
    jl L404
    ret
# label_L
label_274:
# i_move_sd
    mov qword ptr [rbx], 1535
# return
    dec r14
    jl L404
    ret
# label_L
label_275:
# i_move_sd
    mov qword ptr [rbx], 1519
# return
    dec r14
    jl L404
    ret
# label_L
label_276:
# i_move_sd
    mov qword ptr [rbx], 1503
# return
    dec r14
    jl L404
    ret
# label_L
label_277:
# i_move_sd
    mov qword ptr [rbx], 1487
# return
    dec r14
    jl L404
    ret
# label_L
label_278:
# i_move_sd
    mov qword ptr [rbx], 1471
# return
    dec r14
    jl L404
    ret
# label_L
label_279:
# i_move_sd
    mov qword ptr [rbx], 1455
# return
    dec r14
    jl L404
    ret
# label_L
label_280:
# i_move_sd
    mov qword ptr [rbx], 1439
# return
    dec r14
    jl L404
    ret
# label_L
label_281:
# i_move_sd
    mov qword ptr [rbx], 1423
# return
    dec r14
    jl L404
    ret
# label_L
label_282:
# i_move_sd
    mov qword ptr [rbx], 1407
# return
    dec r14
    jl L404
    ret
# label_L
label_283:
# i_move_sd
    mov qword ptr [rbx], 1391
# return
    dec r14
    jl L404
    ret
# label_L
label_284:
# i_move_sd
    mov qword ptr [rbx], 1375
# return
    dec r14
    jl L404
    ret
# label_L
label_285:
# i_move_sd
    mov qword ptr [rbx], 1359
# return
    dec r14
    jl L404
    ret
# label_L
label_286:
# i_move_sd
    mov qword ptr [rbx], 1343
# return
    dec r14
    jl L404
    ret
# label_L
label_287:
# i_move_sd
    mov qword ptr [rbx], 1327
# return
    dec r14
    jl L404
    ret
# label_L
label_288:
# i_move_sd
    mov qword ptr [rbx], 1311
# return
    dec r14
    jl L404
    ret
# label_L
label_289:
# i_move_sd
    mov qword ptr [rbx], 1295
# return
    dec r14
    jl L404
    ret
# label_L
label_290:
# i_move_sd
    mov qword ptr [rbx], 1279
# return
    dec r14
    jl L404
    ret
# label_L
label_291:
# i_move_sd
    mov qword ptr [rbx], 1263
# return
    dec r14
    jl L404
    ret
# label_L
label_292:
# i_move_sd
    mov qword ptr [rbx], 1247
# return
    dec r14
    jl L404
    ret
# label_L
label_293:
# i_move_sd
    mov qword ptr [rbx], 1231
# return
    dec r14
    jl L404
    ret
# label_L
label_294:
# i_move_sd
    mov qword ptr [rbx], 1215
# return
    dec r14
    jl L404
    ret
# label_L
label_295:
# i_move_sd
    mov qword ptr [rbx], 1199
# return
    dec r14
    jl L404
    ret
# label_L
label_296:
# i_move_sd
    mov qword ptr [rbx], 1183
# return
    dec r14
    jl L404
    ret
# label_L
label_297:
# i_move_sd
    mov qword ptr [rbx], 1167
# return
    dec r14
    jl L404
    ret
# label_L
label_298:
# i_move_sd
    mov qword ptr [rbx], 1151
# return
    dec r14
    jl L404
    ret
# label_L
label_299:
# i_move_sd
    mov qword ptr [rbx], 1135
# return
    dec r14
    jl L404
    ret
# label_L
label_300:
# i_move_sd
    mov qword ptr [rbx], 1119
# return
    dec r14
    jl L404
    ret
# label_L
label_301:
# i_move_sd
    mov qword ptr [rbx], 1103
# return
    dec r14
    jl L404
    ret
# label_L
label_302:
# i_move_sd
    mov qword ptr [rbx], 1087
# return
    dec r14
    jl L404
    ret
# label_L
label_303:
# i_move_sd
    mov qword ptr [rbx], 1071
# return
    dec r14
    jl L404
    ret
# label_L
label_304:
# i_move_sd
    mov qword ptr [rbx], 1055
# return
    dec r14
    jl L404
    ret
# label_L
label_305:
# i_move_sd
    mov qword ptr [rbx], 1039
# return
    dec r14
    jl L404
    ret
# label_L
label_306:
# i_move_sd
    mov qword ptr [rbx], 1023
# return
    dec r14
    jl L404
    ret
# label_L
label_307:
# i_move_sd
    mov qword ptr [rbx], 1007
# return
    dec r14
    jl L404
    ret
# label_L
label_308:
# i_move_sd
    mov qword ptr [rbx], 991
# return
    dec r14
    jl L404
    ret
# label_L
label_309:
# i_move_sd
    mov qword ptr [rbx], 975
# return
    dec r14
    jl L404
    ret
# label_L
label_310:
# i_move_sd
    mov qword ptr [rbx], 959
# return
    dec r14
    jl L404
    ret
# label_L
label_311:
# i_move_sd
    mov qword ptr [rbx], 943
# return
    dec r14
    jl L404
    ret
# label_L
label_312:
# i_move_sd
    mov qword ptr [rbx], 927
# return
    dec r14
    jl L404
    ret
# label_L
label_313:
# i_move_sd
    mov qword ptr [rbx], 911
# return
    dec r14
    jl L404
    ret
# label_L
label_314:
# i_move_sd
    mov qword ptr [rbx], 895
# return
    dec r14
    jl L404
    ret
# label_L
label_315:
# i_move_sd
    mov qword ptr [rbx], 879
# return
    dec r14
    jl L404
    ret
# label_L
label_316:
# i_move_sd
    mov qword ptr [rbx], 863
# return
    dec r14
    jl L404
    ret
# label_L
label_317:
# i_move_sd
    mov qword ptr [rbx], 847
# return
    dec r14
    jl L404
    ret
# label_L
label_318:
# i_move_sd
    mov qword ptr [rbx], 831
# return
    dec r14
    jl L404
    ret
# label_L
label_319:
# i_move_sd
    mov qword ptr [rbx], 815
# return
    dec r14
    jl L404
    ret
# label_L
label_320:
# i_move_sd
    mov qword ptr [rbx], 799
# return
    dec r14
    jl L404
    ret
# label_L
label_321:
# i_move_sd
    mov qword ptr [rbx], 783
# return
    dec r14
    jl L404
    ret
# label_L
label_322:
# i_move_sd
    mov qword ptr [rbx], 767
# return
    dec r14
    jl L404
    ret
# label_L
label_323:
# i_move_sd
    mov qword ptr [rbx], 751
# return
    dec r14
    jl L404
    ret
# label_L
label_324:
# i_move_sd
    mov qword ptr [rbx], 735
# return
    dec r14
    jl L404
    ret
# label_L
label_325:
# i_move_sd
    mov qword ptr [rbx], 719
# return
    dec r14
    jl L404
    ret
# label_L
label_326:
# i_move_sd
    mov qword ptr [rbx], 703
# return
    dec r14
    jl L404
    ret
# label_L
label_327:
# i_move_sd
    mov qword ptr [rbx], 687
# return
    dec r14
    jl L404
    ret
# label_L
label_328:
# i_move_sd
    mov qword ptr [rbx], 671
# return
    dec r14
    jl L404
    ret
# label_L
label_329:
# i_move_sd
    mov qword ptr [rbx], 655
# return
    dec r14
    jl L404
    ret
# label_L
label_330:
# i_move_sd
    mov qword ptr [rbx], 639
# return
    dec r14
    jl L404
    ret
# label_L
label_331:
# i_move_sd
    mov qword ptr [rbx], 623
# return
    dec r14
    jl L404
    ret
# label_L
label_332:
# i_move_sd
    mov qword ptr [rbx], 607
# return
    dec r14
    jl L404
    ret
# label_L
label_333:
# i_move_sd
    mov qword ptr [rbx], 591
# return
    dec r14
    jl L404
    ret
# label_L
label_334:
# i_move_sd
    mov qword ptr [rbx], 575
# return
    dec r14
    jl L404
    ret
# label_L
label_335:
# i_move_sd
    mov qword ptr [rbx], 559
# return
    dec r14
    jl L404
    ret
# label_L
label_336:
# i_move_sd
    mov qword ptr [rbx], 543
# return
    dec r14
    jl L404
    ret
# label_L
label_337:
# i_move_sd
    mov qword ptr [rbx], 527
# return
    dec r14
    jl L404
    ret
# label_L
label_338:
# i_move_sd
    mov qword ptr [rbx], 511
# return
    dec r14
    jl L404
    ret
# label_L
label_339:
# i_move_sd
    mov qword ptr [rbx], 495
# return
    dec r14
    jl L404
    ret
# label_L
label_340:
# i_move_sd
    mov qword ptr [rbx], 479
# return
    dec r14
    jl L404
    ret
# label_L
label_341:
# i_move_sd
    mov qword ptr [rbx], 463
# return
    dec r14
    jl L404
    ret
# label_L
label_342:
# i_move_sd
    mov qword ptr [rbx], 447
# return
    dec r14
    jl L404
    ret
# label_L
label_343:
# i_move_sd
    mov qword ptr [rbx], 431
# return
    dec r14
    jl L404
    ret
# label_L
label_344:
# i_move_sd
    mov qword ptr [rbx], 415
# return
    dec r14
    jl L404
    ret
# label_L
label_345:
# i_move_sd
    mov qword ptr [rbx], 399
# return
    dec r14
    jl L404
    ret
# label_L
label_346:
# i_move_sd
    mov qword ptr [rbx], 383
# return
    dec r14
    jl L404
    ret
# label_L
label_347:
# i_move_sd
    mov qword ptr [rbx], 367
# return
    dec r14
    jl L404
    ret
# label_L
label_348:
# i_move_sd
    mov qword ptr [rbx], 351
# return
    dec r14
    jl L404
    ret
# label_L
label_349:
# i_move_sd
    mov qword ptr [rbx], 335
# return
    dec r14
    jl L404
    ret
# label_L
label_350:
# i_move_sd
    mov qword ptr [rbx], 319
# return
    dec r14
    jl L404
    ret
# label_L
label_351:
# i_move_sd
    mov qword ptr [rbx], 303
# return
    dec r14
    jl L404
    ret
# label_L
label_352:
# i_move_sd
    mov qword ptr [rbx], 287
# return
    dec r14
    jl L404
    ret
# label_L
label_353:
# i_move_sd
    mov qword ptr [rbx], 271
# return
    dec r14
    jl L404
    ret
# label_L
label_354:
# i_move_sd
    mov qword ptr [rbx], 255
# return
    dec r14
    jl L404
    ret
# label_L
label_355:
# i_move_sd
    mov qword ptr [rbx], 239
# return
    dec r14
    jl L404
    ret
# label_L
label_356:
# i_move_sd
    mov qword ptr [rbx], 223
# return
    dec r14
    jl L404
    ret
# label_L
label_357:
# i_move_sd
    mov qword ptr [rbx], 207
# return
    dec r14
    jl L404
    ret
# label_L
label_358:
# i_move_sd
    mov qword ptr [rbx], 191
# return
    dec r14
    jl L404
    ret
# label_L
label_359:
# i_move_sd
    mov qword ptr [rbx], 175
# return
    dec r14
    jl L404
    ret
# label_L
label_360:
# i_move_sd
    mov qword ptr [rbx], 159
# return
    dec r14
    jl L404
    ret
# label_L
label_361:
# i_move_sd
    mov qword ptr [rbx], 143
# return
    dec r14
    jl L404
    ret
# label_L
label_362:
# i_move_sd
    mov qword ptr [rbx], 127
# return
    dec r14
    jl L404
    ret
# label_L
label_363:
# i_move_sd
    mov qword ptr [rbx], 111
# return
    dec r14
    jl L404
    ret
# label_L
label_364:
# i_move_sd
    mov qword ptr [rbx], 95
# return
    dec r14
    jl L404
    ret
# label_L
label_365:
# i_move_sd
    mov qword ptr [rbx], 79
# return
    dec r14
    jl L404
    ret
# label_L
label_366:
# i_move_sd
    mov qword ptr [rbx], 63
# return
    dec r14
    jl L404
    ret
# label_L
label_367:
# i_move_sd
    mov qword ptr [rbx], 47
# return
    dec r14
    jl L404
    ret
# label_L
label_368:
# i_move_sd
    mov qword ptr [rbx], 31
# return
    dec r14
    jl L404
    ret
# label_L
label_369:
# i_move_sd
    mov qword ptr [rbx], 15
# return
    dec r14
    jl L404
    ret
# label_L
label_370:
# line_I
# i_bs_create_bin_jItd
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L777
L776:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L777:
# allocate binary
    mov r8d, 2
    mov r9d, 1
    lea rdx, qword ptr [rbx-80]
    mov rsi, rbx
    mov rdi, r13
# (size in bytes)
    mov ecx, 2
    call 94919178210800
    mov qword ptr [rbx-120], rax
# construct integer segment
    mov edx, 16
    mov rsi, qword ptr [rbx]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
# skipped test for success because construction can't fail
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx], rax
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L778:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L779
    mov ecx, 3
.db 0x90
    call 140320710850576
L779:
# call_light_bif_be
    align 4
L780:
L781:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L780]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L404
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_371:
# i_func_info_IaaI
# binary:module_info/0
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/0:
# i_breakpoint_trampoline
    short jmp L782
.db 0x00
    call L405
    align 8
L782:
# i_test_yield
    lea rdx, qword ptr [module_info/0+24]
    dec r14
    jle L403
# i_move_sd
    mov qword ptr [rbx], 5899
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L783
    mov ecx, 1
.db 0x90
    call 140320710850576
L783:
# call_light_bif_be
    align 4
L784:
L785:
    long mov rcx, 9223372036854775807
    mov rax, 94919178912304
    lea rdx, qword ptr [L784]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L404
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_373:
# i_func_info_IaaI
# binary:module_info/1
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/1:
# i_breakpoint_trampoline
    short jmp L786
.db 0x00
    call L405
    align 8
L786:
# i_test_yield
    lea rdx, qword ptr [module_info/1+24]
    dec r14
    jle L403
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 5899
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L787
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L787:
# call_light_bif_be
    align 4
L788:
L789:
    long mov rcx, 9223372036854775807
    mov rax, 94919178913216
    lea rdx, qword ptr [L788]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L404
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_375:
# i_func_info_IaaI
# binary:'-decode_hex/1-lbc$^0/2-0-'/2
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x83, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-decode_hex/1-lbc$^0/2-0-'/2:
# i_breakpoint_trampoline
    short jmp L790
.db 0x00
    call L405
    align 8
L790:
# i_test_yield
    lea rdx, qword ptr ['-decode_hex/1-lbc$^0/2-0-'/2+24]
    dec r14
    jle L403
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L792
L791:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L793
    mov qword ptr [rbx+16], rsi
    mov ecx, 3
    call 140320710850576
    mov rsi, qword ptr [rbx+16]
L793:
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179750080
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    lea rsi, qword ptr [rax+2]
L792:
    mov qword ptr [rbx], rsi
# i_bs_get_integer_16_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+16]
    cmp rdx, qword ptr [rcx+30]
    ja label_377
    rex test sil, 7
    short je L795
    mov edx, 128
    call 140320710849168
    short jmp L794
L795:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movbe ax, word ptr [rdi+rsi]
    movzx rax, ax
    shl rax, 4
    or rax, 15
L794:
    mov qword ptr [rbx+16], rax
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L796
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L796:
    sub rsp, 16
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x90
    call unhex/1
# i_bs_create_bin_jItd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L798
L797:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L798:
# private append to binary
    mov rsi, qword ptr [rbx+8]
    mov edx, 8
    mov rcx, 1
    mov rdi, r13
    call 94919179748080
    mov qword ptr [rbx-120], rax
# construct integer segment
    mov edx, 8
    mov rsi, qword ptr [rbx]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
    mov rdi, qword ptr [rbx]
    mov ecx, 2320
    test eax, eax
    short je L797
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp '-decode_hex/1-lbc$^0/2-0-'/2
# label_L
label_377:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L404
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_378:
# i_func_info_IaaI
# binary:'-encode_hex/1-lbc$^0/2-0-'/2
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x83, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-encode_hex/1-lbc$^0/2-0-'/2:
# i_breakpoint_trampoline
    short jmp L799
.db 0x00
    call L405
    align 8
L799:
# i_test_yield
    lea rdx, qword ptr ['-encode_hex/1-lbc$^0/2-0-'/2+24]
    dec r14
    jle L403
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L801
L800:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L802
    mov qword ptr [rbx+16], rsi
    mov ecx, 3
    call 140320710850576
    mov rsi, qword ptr [rbx+16]
L802:
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179750080
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    lea rsi, qword ptr [rax+2]
L801:
    mov qword ptr [rbx], rsi
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_380
    rex test sil, 7
    short je L804
    mov edx, 64
    call 140320710849168
    short jmp L803
L804:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L803:
    mov qword ptr [rbx+16], rax
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_380
    rex test sil, 7
    short je L806
    mov edx, 64
    call 140320710849168
    short jmp L805
L806:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L805:
    mov qword ptr [rbx+24], rax
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_380
    rex test sil, 7
    short je L808
    mov edx, 64
    call 140320710849168
    short jmp L807
L808:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L807:
    mov qword ptr [rbx+32], rax
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_380
    rex test sil, 7
    short je L810
    mov edx, 64
    call 140320710849168
    short jmp L809
L810:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L809:
    mov qword ptr [rbx+40], rax
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_380
    rex test sil, 7
    short je L812
    mov edx, 64
    call 140320710849168
    short jmp L811
L812:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L811:
    mov qword ptr [rbx+48], rax
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_380
    rex test sil, 7
    short je L814
    mov edx, 64
    call 140320710849168
    short jmp L813
L814:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L813:
    mov qword ptr [rbx+56], rax
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_380
    rex test sil, 7
    short je L816
    mov edx, 64
    call 140320710849168
    short jmp L815
L816:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L815:
    mov qword ptr [rbx+64], rax
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_380
    rex test sil, 7
    short je L818
    mov edx, 64
    call 140320710849168
    short jmp L817
L818:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L817:
    mov qword ptr [rbx+72], rax
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+16]
    add rax, 16
    mov qword ptr [rbx+16], rax
# line_I
# bif_element_jssd
# skipped tuple test since source is always a literal tuple
L821:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+16]
    lea rcx, qword ptr [rsi-2]
# skipped test for small position since it is always small
    mov rax, rdi
    sar rax, 4
# skipped check for position =:= 0 since it is always >= 1
# skipped check for negative position and position beyond tuple
    mov rax, qword ptr [rcx+rax*8]
L819:
L820:
    mov qword ptr [rbx+16], rax
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+24]
    add rax, 16
    mov qword ptr [rbx+24], rax
# line_I
# bif_element_jssd
# skipped tuple test since source is always a literal tuple
L824:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+24]
    lea rcx, qword ptr [rsi-2]
# skipped test for small position since it is always small
    mov rax, rdi
    sar rax, 4
# skipped check for position =:= 0 since it is always >= 1
# skipped check for negative position and position beyond tuple
    mov rax, qword ptr [rcx+rax*8]
L822:
L823:
    mov qword ptr [rbx+24], rax
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+32]
    add rax, 16
    mov qword ptr [rbx+32], rax
# line_I
# bif_element_jssd
# skipped tuple test since source is always a literal tuple
L827:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+32]
    lea rcx, qword ptr [rsi-2]
# skipped test for small position since it is always small
    mov rax, rdi
    sar rax, 4
# skipped check for position =:= 0 since it is always >= 1
# skipped check for negative position and position beyond tuple
    mov rax, qword ptr [rcx+rax*8]
L825:
L826:
    mov qword ptr [rbx+32], rax
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+40]
    add rax, 16
    mov qword ptr [rbx+40], rax
# line_I
# bif_element_jssd
# skipped tuple test since source is always a literal tuple
L830:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+40]
    lea rcx, qword ptr [rsi-2]
# skipped test for small position since it is always small
    mov rax, rdi
    sar rax, 4
# skipped check for position =:= 0 since it is always >= 1
# skipped check for negative position and position beyond tuple
    mov rax, qword ptr [rcx+rax*8]
L828:
L829:
    mov qword ptr [rbx+40], rax
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+48]
    add rax, 16
    mov qword ptr [rbx+48], rax
# line_I
# bif_element_jssd
# skipped tuple test since source is always a literal tuple
L833:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+48]
    lea rcx, qword ptr [rsi-2]
# skipped test for small position since it is always small
    mov rax, rdi
    sar rax, 4
# skipped check for position =:= 0 since it is always >= 1
# skipped check for negative position and position beyond tuple
    mov rax, qword ptr [rcx+rax*8]
L831:
L832:
    mov qword ptr [rbx+48], rax
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+56]
    add rax, 16
    mov qword ptr [rbx+56], rax
# line_I
# bif_element_jssd
# skipped tuple test since source is always a literal tuple
L836:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+56]
    lea rcx, qword ptr [rsi-2]
# skipped test for small position since it is always small
    mov rax, rdi
    sar rax, 4
# skipped check for position =:= 0 since it is always >= 1
# skipped check for negative position and position beyond tuple
    mov rax, qword ptr [rcx+rax*8]
L834:
L835:
    mov qword ptr [rbx+56], rax
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+64]
    add rax, 16
    mov qword ptr [rbx+64], rax
# line_I
# bif_element_jssd
# skipped tuple test since source is always a literal tuple
L839:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+64]
    lea rcx, qword ptr [rsi-2]
# skipped test for small position since it is always small
    mov rax, rdi
    sar rax, 4
# skipped check for position =:= 0 since it is always >= 1
# skipped check for negative position and position beyond tuple
    mov rax, qword ptr [rcx+rax*8]
L837:
L838:
    mov qword ptr [rbx+64], rax
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+72]
    add rax, 16
    mov qword ptr [rbx+72], rax
# line_I
# bif_element_jssd
# skipped tuple test since source is always a literal tuple
L842:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+72]
    lea rcx, qword ptr [rsi-2]
# skipped test for small position since it is always small
    mov rax, rdi
    sar rax, 4
# skipped check for position =:= 0 since it is always >= 1
# skipped check for negative position and position beyond tuple
    mov rax, qword ptr [rcx+rax*8]
L840:
L841:
    mov qword ptr [rbx+72], rax
# line_I
# i_bs_create_bin_jItd
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L844
L843:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L844:
# private append to binary
    mov rsi, qword ptr [rbx+8]
    mov edx, 128
    mov rcx, 1
    mov rdi, r13
    call 94919179748080
    mov qword ptr [rbx-120], rax
# construct integer segment
    mov edx, 16
    mov rsi, qword ptr [rbx+16]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
# skipped test for success because construction can't fail
# construct integer segment
    mov edx, 16
    mov rsi, qword ptr [rbx+24]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
# skipped test for success because construction can't fail
# construct integer segment
    mov edx, 16
    mov rsi, qword ptr [rbx+32]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
# skipped test for success because construction can't fail
# construct integer segment
    mov edx, 16
    mov rsi, qword ptr [rbx+40]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
# skipped test for success because construction can't fail
# construct integer segment
    mov edx, 16
    mov rsi, qword ptr [rbx+48]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
# skipped test for success because construction can't fail
# construct integer segment
    mov edx, 16
    mov rsi, qword ptr [rbx+56]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
# skipped test for success because construction can't fail
# construct integer segment
    mov edx, 16
    mov rsi, qword ptr [rbx+64]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
# skipped test for success because construction can't fail
# construct integer segment
    mov edx, 16
    mov rsi, qword ptr [rbx+72]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
# skipped test for success because construction can't fail
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp '-encode_hex/1-lbc$^0/2-0-'/2
# label_L
label_380:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L404
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_381:
# i_func_info_IaaI
# binary:'-encode_hex/1-lbc$^1/2-1-'/2
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x84, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-encode_hex/1-lbc$^1/2-1-'/2:
# i_breakpoint_trampoline
    short jmp L845
.db 0x00
    call L405
    align 8
L845:
# i_test_yield
    lea rdx, qword ptr ['-encode_hex/1-lbc$^1/2-1-'/2+24]
    dec r14
    jle L403
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L847
L846:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L848
    mov qword ptr [rbx+16], rsi
    mov ecx, 3
    call 140320710850576
    mov rsi, qword ptr [rbx+16]
L848:
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179750080
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    lea rsi, qword ptr [rax+2]
L847:
    mov qword ptr [rbx], rsi
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_383
    rex test sil, 7
    short je L850
    mov edx, 64
    call 140320710849168
    short jmp L849
L850:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L849:
    mov qword ptr [rbx+16], rax
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_383
    rex test sil, 7
    short je L852
    mov edx, 64
    call 140320710849168
    short jmp L851
L852:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L851:
    mov qword ptr [rbx+24], rax
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_383
    rex test sil, 7
    short je L854
    mov edx, 64
    call 140320710849168
    short jmp L853
L854:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L853:
    mov qword ptr [rbx+32], rax
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_383
    rex test sil, 7
    short je L856
    mov edx, 64
    call 140320710849168
    short jmp L855
L856:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L855:
    mov qword ptr [rbx+40], rax
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_383
    rex test sil, 7
    short je L858
    mov edx, 64
    call 140320710849168
    short jmp L857
L858:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L857:
    mov qword ptr [rbx+48], rax
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_383
    rex test sil, 7
    short je L860
    mov edx, 64
    call 140320710849168
    short jmp L859
L860:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L859:
    mov qword ptr [rbx+56], rax
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_383
    rex test sil, 7
    short je L862
    mov edx, 64
    call 140320710849168
    short jmp L861
L862:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L861:
    mov qword ptr [rbx+64], rax
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+16]
    add rax, 16
    mov qword ptr [rbx+16], rax
# line_I
# bif_element_jssd
# skipped tuple test since source is always a literal tuple
L865:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+16]
    lea rcx, qword ptr [rsi-2]
# skipped test for small position since it is always small
    mov rax, rdi
    sar rax, 4
# skipped check for position =:= 0 since it is always >= 1
# skipped check for negative position and position beyond tuple
    mov rax, qword ptr [rcx+rax*8]
L863:
L864:
    mov qword ptr [rbx+16], rax
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+24]
    add rax, 16
    mov qword ptr [rbx+24], rax
# line_I
# bif_element_jssd
# skipped tuple test since source is always a literal tuple
L868:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+24]
    lea rcx, qword ptr [rsi-2]
# skipped test for small position since it is always small
    mov rax, rdi
    sar rax, 4
# skipped check for position =:= 0 since it is always >= 1
# skipped check for negative position and position beyond tuple
    mov rax, qword ptr [rcx+rax*8]
L866:
L867:
    mov qword ptr [rbx+24], rax
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+32]
    add rax, 16
    mov qword ptr [rbx+32], rax
# line_I
# bif_element_jssd
# skipped tuple test since source is always a literal tuple
L871:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+32]
    lea rcx, qword ptr [rsi-2]
# skipped test for small position since it is always small
    mov rax, rdi
    sar rax, 4
# skipped check for position =:= 0 since it is always >= 1
# skipped check for negative position and position beyond tuple
    mov rax, qword ptr [rcx+rax*8]
L869:
L870:
    mov qword ptr [rbx+32], rax
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+40]
    add rax, 16
    mov qword ptr [rbx+40], rax
# line_I
# bif_element_jssd
# skipped tuple test since source is always a literal tuple
L874:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+40]
    lea rcx, qword ptr [rsi-2]
# skipped test for small position since it is always small
    mov rax, rdi
    sar rax, 4
# skipped check for position =:= 0 since it is always >= 1
# skipped check for negative position and position beyond tuple
    mov rax, qword ptr [rcx+rax*8]
L872:
L873:
    mov qword ptr [rbx+40], rax
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+48]
    add rax, 16
    mov qword ptr [rbx+48], rax
# line_I
# bif_element_jssd
# skipped tuple test since source is always a literal tuple
L877:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+48]
    lea rcx, qword ptr [rsi-2]
# skipped test for small position since it is always small
    mov rax, rdi
    sar rax, 4
# skipped check for position =:= 0 since it is always >= 1
# skipped check for negative position and position beyond tuple
    mov rax, qword ptr [rcx+rax*8]
L875:
L876:
    mov qword ptr [rbx+48], rax
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+56]
    add rax, 16
    mov qword ptr [rbx+56], rax
# line_I
# bif_element_jssd
# skipped tuple test since source is always a literal tuple
L880:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+56]
    lea rcx, qword ptr [rsi-2]
# skipped test for small position since it is always small
    mov rax, rdi
    sar rax, 4
# skipped check for position =:= 0 since it is always >= 1
# skipped check for negative position and position beyond tuple
    mov rax, qword ptr [rcx+rax*8]
L878:
L879:
    mov qword ptr [rbx+56], rax
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+64]
    add rax, 16
    mov qword ptr [rbx+64], rax
# line_I
# bif_element_jssd
# skipped tuple test since source is always a literal tuple
L883:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+64]
    lea rcx, qword ptr [rsi-2]
# skipped test for small position since it is always small
    mov rax, rdi
    sar rax, 4
# skipped check for position =:= 0 since it is always >= 1
# skipped check for negative position and position beyond tuple
    mov rax, qword ptr [rcx+rax*8]
L881:
L882:
    mov qword ptr [rbx+64], rax
# line_I
# i_bs_create_bin_jItd
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L885
L884:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L885:
# private append to binary
    mov rsi, qword ptr [rbx+8]
    mov edx, 112
    mov rcx, 1
    mov rdi, r13
    call 94919179748080
    mov qword ptr [rbx-120], rax
# construct integer segment
    mov edx, 16
    mov rsi, qword ptr [rbx+16]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
# skipped test for success because construction can't fail
# construct integer segment
    mov edx, 16
    mov rsi, qword ptr [rbx+24]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
# skipped test for success because construction can't fail
# construct integer segment
    mov edx, 16
    mov rsi, qword ptr [rbx+32]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
# skipped test for success because construction can't fail
# construct integer segment
    mov edx, 16
    mov rsi, qword ptr [rbx+40]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
# skipped test for success because construction can't fail
# construct integer segment
    mov edx, 16
    mov rsi, qword ptr [rbx+48]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
# skipped test for success because construction can't fail
# construct integer segment
    mov edx, 16
    mov rsi, qword ptr [rbx+56]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
# skipped test for success because construction can't fail
# construct integer segment
    mov edx, 16
    mov rsi, qword ptr [rbx+64]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
# skipped test for success because construction can't fail
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp '-encode_hex/1-lbc$^1/2-1-'/2
# label_L
label_383:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L404
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_384:
# i_func_info_IaaI
# binary:'-encode_hex/1-lbc$^2/2-2-'/2
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x84, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-encode_hex/1-lbc$^2/2-2-'/2:
# i_breakpoint_trampoline
    short jmp L886
.db 0x00
    call L405
    align 8
L886:
# i_test_yield
    lea rdx, qword ptr ['-encode_hex/1-lbc$^2/2-2-'/2+24]
    dec r14
    jle L403
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L888
L887:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L889
    mov qword ptr [rbx+16], rsi
    mov ecx, 3
    call 140320710850576
    mov rsi, qword ptr [rbx+16]
L889:
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179750080
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    lea rsi, qword ptr [rax+2]
L888:
    mov qword ptr [rbx], rsi
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_386
    rex test sil, 7
    short je L891
    mov edx, 64
    call 140320710849168
    short jmp L890
L891:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L890:
    mov qword ptr [rbx+16], rax
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_386
    rex test sil, 7
    short je L893
    mov edx, 64
    call 140320710849168
    short jmp L892
L893:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L892:
    mov qword ptr [rbx+24], rax
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_386
    rex test sil, 7
    short je L895
    mov edx, 64
    call 140320710849168
    short jmp L894
L895:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L894:
    mov qword ptr [rbx+32], rax
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_386
    rex test sil, 7
    short je L897
    mov edx, 64
    call 140320710849168
    short jmp L896
L897:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L896:
    mov qword ptr [rbx+40], rax
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_386
    rex test sil, 7
    short je L899
    mov edx, 64
    call 140320710849168
    short jmp L898
L899:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L898:
    mov qword ptr [rbx+48], rax
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_386
    rex test sil, 7
    short je L901
    mov edx, 64
    call 140320710849168
    short jmp L900
L901:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L900:
    mov qword ptr [rbx+56], rax
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+16]
    add rax, 16
    mov qword ptr [rbx+16], rax
# line_I
# bif_element_jssd
# skipped tuple test since source is always a literal tuple
L904:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+16]
    lea rcx, qword ptr [rsi-2]
# skipped test for small position since it is always small
    mov rax, rdi
    sar rax, 4
# skipped check for position =:= 0 since it is always >= 1
# skipped check for negative position and position beyond tuple
    mov rax, qword ptr [rcx+rax*8]
L902:
L903:
    mov qword ptr [rbx+16], rax
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+24]
    add rax, 16
    mov qword ptr [rbx+24], rax
# line_I
# bif_element_jssd
# skipped tuple test since source is always a literal tuple
L907:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+24]
    lea rcx, qword ptr [rsi-2]
# skipped test for small position since it is always small
    mov rax, rdi
    sar rax, 4
# skipped check for position =:= 0 since it is always >= 1
# skipped check for negative position and position beyond tuple
    mov rax, qword ptr [rcx+rax*8]
L905:
L906:
    mov qword ptr [rbx+24], rax
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+32]
    add rax, 16
    mov qword ptr [rbx+32], rax
# line_I
# bif_element_jssd
# skipped tuple test since source is always a literal tuple
L910:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+32]
    lea rcx, qword ptr [rsi-2]
# skipped test for small position since it is always small
    mov rax, rdi
    sar rax, 4
# skipped check for position =:= 0 since it is always >= 1
# skipped check for negative position and position beyond tuple
    mov rax, qword ptr [rcx+rax*8]
L908:
L909:
    mov qword ptr [rbx+32], rax
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+40]
    add rax, 16
    mov qword ptr [rbx+40], rax
# line_I
# bif_element_jssd
# skipped tuple test since source is always a literal tuple
L913:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+40]
    lea rcx, qword ptr [rsi-2]
# skipped test for small position since it is always small
    mov rax, rdi
    sar rax, 4
# skipped check for position =:= 0 since it is always >= 1
# skipped check for negative position and position beyond tuple
    mov rax, qword ptr [rcx+rax*8]
L911:
L912:
    mov qword ptr [rbx+40], rax
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+48]
    add rax, 16
    mov qword ptr [rbx+48], rax
# line_I
# bif_element_jssd
# skipped tuple test since source is always a literal tuple
L916:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+48]
    lea rcx, qword ptr [rsi-2]
# skipped test for small position since it is always small
    mov rax, rdi
    sar rax, 4
# skipped check for position =:= 0 since it is always >= 1
# skipped check for negative position and position beyond tuple
    mov rax, qword ptr [rcx+rax*8]
L914:
L915:
    mov qword ptr [rbx+48], rax
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+56]
    add rax, 16
    mov qword ptr [rbx+56], rax
# line_I
# bif_element_jssd
# skipped tuple test since source is always a literal tuple
L919:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+56]
    lea rcx, qword ptr [rsi-2]
# skipped test for small position since it is always small
    mov rax, rdi
    sar rax, 4
# skipped check for position =:= 0 since it is always >= 1
# skipped check for negative position and position beyond tuple
    mov rax, qword ptr [rcx+rax*8]
L917:
L918:
    mov qword ptr [rbx+56], rax
# line_I
# i_bs_create_bin_jItd
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L921
L920:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L921:
# private append to binary
    mov rsi, qword ptr [rbx+8]
    mov edx, 96
    mov rcx, 1
    mov rdi, r13
    call 94919179748080
    mov qword ptr [rbx-120], rax
# construct integer segment
    mov edx, 16
    mov rsi, qword ptr [rbx+16]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
# skipped test for success because construction can't fail
# construct integer segment
    mov edx, 16
    mov rsi, qword ptr [rbx+24]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
# skipped test for success because construction can't fail
# construct integer segment
    mov edx, 16
    mov rsi, qword ptr [rbx+32]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
# skipped test for success because construction can't fail
# construct integer segment
    mov edx, 16
    mov rsi, qword ptr [rbx+40]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
# skipped test for success because construction can't fail
# construct integer segment
    mov edx, 16
    mov rsi, qword ptr [rbx+48]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
# skipped test for success because construction can't fail
# construct integer segment
    mov edx, 16
    mov rsi, qword ptr [rbx+56]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
# skipped test for success because construction can't fail
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp '-encode_hex/1-lbc$^2/2-2-'/2
# label_L
label_386:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L404
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_387:
# i_func_info_IaaI
# binary:'-encode_hex/1-lbc$^3/2-3-'/2
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x84, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-encode_hex/1-lbc$^3/2-3-'/2:
# i_breakpoint_trampoline
    short jmp L922
.db 0x00
    call L405
    align 8
L922:
# i_test_yield
    lea rdx, qword ptr ['-encode_hex/1-lbc$^3/2-3-'/2+24]
    dec r14
    jle L403
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L924
L923:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L925
    mov qword ptr [rbx+16], rsi
    mov ecx, 3
    call 140320710850576
    mov rsi, qword ptr [rbx+16]
L925:
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179750080
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    lea rsi, qword ptr [rax+2]
L924:
    mov qword ptr [rbx], rsi
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_389
    rex test sil, 7
    short je L927
    mov edx, 64
    call 140320710849168
    short jmp L926
L927:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L926:
    mov qword ptr [rbx+16], rax
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_389
    rex test sil, 7
    short je L929
    mov edx, 64
    call 140320710849168
    short jmp L928
L929:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L928:
    mov qword ptr [rbx+24], rax
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_389
    rex test sil, 7
    short je L931
    mov edx, 64
    call 140320710849168
    short jmp L930
L931:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L930:
    mov qword ptr [rbx+32], rax
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_389
    rex test sil, 7
    short je L933
    mov edx, 64
    call 140320710849168
    short jmp L932
L933:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L932:
    mov qword ptr [rbx+40], rax
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_389
    rex test sil, 7
    short je L935
    mov edx, 64
    call 140320710849168
    short jmp L934
L935:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L934:
    mov qword ptr [rbx+48], rax
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+16]
    add rax, 16
    mov qword ptr [rbx+16], rax
# line_I
# bif_element_jssd
# skipped tuple test since source is always a literal tuple
L938:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+16]
    lea rcx, qword ptr [rsi-2]
# skipped test for small position since it is always small
    mov rax, rdi
    sar rax, 4
# skipped check for position =:= 0 since it is always >= 1
# skipped check for negative position and position beyond tuple
    mov rax, qword ptr [rcx+rax*8]
L936:
L937:
    mov qword ptr [rbx+16], rax
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+24]
    add rax, 16
    mov qword ptr [rbx+24], rax
# line_I
# bif_element_jssd
# skipped tuple test since source is always a literal tuple
L941:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+24]
    lea rcx, qword ptr [rsi-2]
# skipped test for small position since it is always small
    mov rax, rdi
    sar rax, 4
# skipped check for position =:= 0 since it is always >= 1
# skipped check for negative position and position beyond tuple
    mov rax, qword ptr [rcx+rax*8]
L939:
L940:
    mov qword ptr [rbx+24], rax
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+32]
    add rax, 16
    mov qword ptr [rbx+32], rax
# line_I
# bif_element_jssd
# skipped tuple test since source is always a literal tuple
L944:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+32]
    lea rcx, qword ptr [rsi-2]
# skipped test for small position since it is always small
    mov rax, rdi
    sar rax, 4
# skipped check for position =:= 0 since it is always >= 1
# skipped check for negative position and position beyond tuple
    mov rax, qword ptr [rcx+rax*8]
L942:
L943:
    mov qword ptr [rbx+32], rax
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+40]
    add rax, 16
    mov qword ptr [rbx+40], rax
# line_I
# bif_element_jssd
# skipped tuple test since source is always a literal tuple
L947:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+40]
    lea rcx, qword ptr [rsi-2]
# skipped test for small position since it is always small
    mov rax, rdi
    sar rax, 4
# skipped check for position =:= 0 since it is always >= 1
# skipped check for negative position and position beyond tuple
    mov rax, qword ptr [rcx+rax*8]
L945:
L946:
    mov qword ptr [rbx+40], rax
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+48]
    add rax, 16
    mov qword ptr [rbx+48], rax
# line_I
# bif_element_jssd
# skipped tuple test since source is always a literal tuple
L950:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+48]
    lea rcx, qword ptr [rsi-2]
# skipped test for small position since it is always small
    mov rax, rdi
    sar rax, 4
# skipped check for position =:= 0 since it is always >= 1
# skipped check for negative position and position beyond tuple
    mov rax, qword ptr [rcx+rax*8]
L948:
L949:
    mov qword ptr [rbx+48], rax
# line_I
# i_bs_create_bin_jItd
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L952
L951:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L952:
# private append to binary
    mov rsi, qword ptr [rbx+8]
    mov edx, 80
    mov rcx, 1
    mov rdi, r13
    call 94919179748080
    mov qword ptr [rbx-120], rax
# construct integer segment
    mov edx, 16
    mov rsi, qword ptr [rbx+16]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
# skipped test for success because construction can't fail
# construct integer segment
    mov edx, 16
    mov rsi, qword ptr [rbx+24]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
# skipped test for success because construction can't fail
# construct integer segment
    mov edx, 16
    mov rsi, qword ptr [rbx+32]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
# skipped test for success because construction can't fail
# construct integer segment
    mov edx, 16
    mov rsi, qword ptr [rbx+40]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
# skipped test for success because construction can't fail
# construct integer segment
    mov edx, 16
    mov rsi, qword ptr [rbx+48]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
# skipped test for success because construction can't fail
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp '-encode_hex/1-lbc$^3/2-3-'/2
# label_L
label_389:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L404
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_390:
# i_func_info_IaaI
# binary:'-encode_hex/1-lbc$^4/2-4-'/2
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x84, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-encode_hex/1-lbc$^4/2-4-'/2:
# i_breakpoint_trampoline
    short jmp L953
.db 0x00
    call L405
    align 8
L953:
# i_test_yield
    lea rdx, qword ptr ['-encode_hex/1-lbc$^4/2-4-'/2+24]
    dec r14
    jle L403
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L955
L954:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L956
    mov qword ptr [rbx+16], rsi
    mov ecx, 3
    call 140320710850576
    mov rsi, qword ptr [rbx+16]
L956:
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179750080
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    lea rsi, qword ptr [rax+2]
L955:
    mov qword ptr [rbx], rsi
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_392
    rex test sil, 7
    short je L958
    mov edx, 64
    call 140320710849168
    short jmp L957
L958:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L957:
    mov qword ptr [rbx+16], rax
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_392
    rex test sil, 7
    short je L960
    mov edx, 64
    call 140320710849168
    short jmp L959
L960:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L959:
    mov qword ptr [rbx+24], rax
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_392
    rex test sil, 7
    short je L962
    mov edx, 64
    call 140320710849168
    short jmp L961
L962:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L961:
    mov qword ptr [rbx+32], rax
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_392
    rex test sil, 7
    short je L964
    mov edx, 64
    call 140320710849168
    short jmp L963
L964:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L963:
    mov qword ptr [rbx+40], rax
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+16]
    add rax, 16
    mov qword ptr [rbx+16], rax
# line_I
# bif_element_jssd
# skipped tuple test since source is always a literal tuple
L967:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+16]
    lea rcx, qword ptr [rsi-2]
# skipped test for small position since it is always small
    mov rax, rdi
    sar rax, 4
# skipped check for position =:= 0 since it is always >= 1
# skipped check for negative position and position beyond tuple
    mov rax, qword ptr [rcx+rax*8]
L965:
L966:
    mov qword ptr [rbx+16], rax
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+24]
    add rax, 16
    mov qword ptr [rbx+24], rax
# line_I
# bif_element_jssd
# skipped tuple test since source is always a literal tuple
L970:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+24]
    lea rcx, qword ptr [rsi-2]
# skipped test for small position since it is always small
    mov rax, rdi
    sar rax, 4
# skipped check for position =:= 0 since it is always >= 1
# skipped check for negative position and position beyond tuple
    mov rax, qword ptr [rcx+rax*8]
L968:
L969:
    mov qword ptr [rbx+24], rax
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+32]
    add rax, 16
    mov qword ptr [rbx+32], rax
# line_I
# bif_element_jssd
# skipped tuple test since source is always a literal tuple
L973:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+32]
    lea rcx, qword ptr [rsi-2]
# skipped test for small position since it is always small
    mov rax, rdi
    sar rax, 4
# skipped check for position =:= 0 since it is always >= 1
# skipped check for negative position and position beyond tuple
    mov rax, qword ptr [rcx+rax*8]
L971:
L972:
    mov qword ptr [rbx+32], rax
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+40]
    add rax, 16
    mov qword ptr [rbx+40], rax
# line_I
# bif_element_jssd
# skipped tuple test since source is always a literal tuple
L976:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+40]
    lea rcx, qword ptr [rsi-2]
# skipped test for small position since it is always small
    mov rax, rdi
    sar rax, 4
# skipped check for position =:= 0 since it is always >= 1
# skipped check for negative position and position beyond tuple
    mov rax, qword ptr [rcx+rax*8]
L974:
L975:
    mov qword ptr [rbx+40], rax
# line_I
# i_bs_create_bin_jItd
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L978
L977:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L978:
# private append to binary
    mov rsi, qword ptr [rbx+8]
    mov edx, 64
    mov rcx, 1
    mov rdi, r13
    call 94919179748080
    mov qword ptr [rbx-120], rax
# construct integer segment
    mov edx, 16
    mov rsi, qword ptr [rbx+16]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
# skipped test for success because construction can't fail
# construct integer segment
    mov edx, 16
    mov rsi, qword ptr [rbx+24]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
# skipped test for success because construction can't fail
# construct integer segment
    mov edx, 16
    mov rsi, qword ptr [rbx+32]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
# skipped test for success because construction can't fail
# construct integer segment
    mov edx, 16
    mov rsi, qword ptr [rbx+40]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
# skipped test for success because construction can't fail
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp '-encode_hex/1-lbc$^4/2-4-'/2
# label_L
label_392:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L404
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_393:
# i_func_info_IaaI
# binary:'-encode_hex/1-lbc$^5/2-5-'/2
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x85, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-encode_hex/1-lbc$^5/2-5-'/2:
# i_breakpoint_trampoline
    short jmp L979
.db 0x00
    call L405
    align 8
L979:
# i_test_yield
    lea rdx, qword ptr ['-encode_hex/1-lbc$^5/2-5-'/2+24]
    dec r14
    jle L403
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L981
L980:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L982
    mov qword ptr [rbx+16], rsi
    mov ecx, 3
    call 140320710850576
    mov rsi, qword ptr [rbx+16]
L982:
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179750080
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    lea rsi, qword ptr [rax+2]
L981:
    mov qword ptr [rbx], rsi
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_395
    rex test sil, 7
    short je L984
    mov edx, 64
    call 140320710849168
    short jmp L983
L984:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L983:
    mov qword ptr [rbx+16], rax
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_395
    rex test sil, 7
    short je L986
    mov edx, 64
    call 140320710849168
    short jmp L985
L986:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L985:
    mov qword ptr [rbx+24], rax
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_395
    rex test sil, 7
    short je L988
    mov edx, 64
    call 140320710849168
    short jmp L987
L988:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L987:
    mov qword ptr [rbx+32], rax
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+16]
    add rax, 16
    mov qword ptr [rbx+16], rax
# line_I
# bif_element_jssd
# skipped tuple test since source is always a literal tuple
L991:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+16]
    lea rcx, qword ptr [rsi-2]
# skipped test for small position since it is always small
    mov rax, rdi
    sar rax, 4
# skipped check for position =:= 0 since it is always >= 1
# skipped check for negative position and position beyond tuple
    mov rax, qword ptr [rcx+rax*8]
L989:
L990:
    mov qword ptr [rbx+16], rax
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+24]
    add rax, 16
    mov qword ptr [rbx+24], rax
# line_I
# bif_element_jssd
# skipped tuple test since source is always a literal tuple
L994:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+24]
    lea rcx, qword ptr [rsi-2]
# skipped test for small position since it is always small
    mov rax, rdi
    sar rax, 4
# skipped check for position =:= 0 since it is always >= 1
# skipped check for negative position and position beyond tuple
    mov rax, qword ptr [rcx+rax*8]
L992:
L993:
    mov qword ptr [rbx+24], rax
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+32]
    add rax, 16
    mov qword ptr [rbx+32], rax
# line_I
# bif_element_jssd
# skipped tuple test since source is always a literal tuple
L997:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+32]
    lea rcx, qword ptr [rsi-2]
# skipped test for small position since it is always small
    mov rax, rdi
    sar rax, 4
# skipped check for position =:= 0 since it is always >= 1
# skipped check for negative position and position beyond tuple
    mov rax, qword ptr [rcx+rax*8]
L995:
L996:
    mov qword ptr [rbx+32], rax
# line_I
# i_bs_create_bin_jItd
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L999
L998:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L999:
# private append to binary
    mov rsi, qword ptr [rbx+8]
    mov edx, 48
    mov rcx, 1
    mov rdi, r13
    call 94919179748080
    mov qword ptr [rbx-120], rax
# construct integer segment
    mov edx, 16
    mov rsi, qword ptr [rbx+16]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
# skipped test for success because construction can't fail
# construct integer segment
    mov edx, 16
    mov rsi, qword ptr [rbx+24]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
# skipped test for success because construction can't fail
# construct integer segment
    mov edx, 16
    mov rsi, qword ptr [rbx+32]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
# skipped test for success because construction can't fail
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp '-encode_hex/1-lbc$^5/2-5-'/2
# label_L
label_395:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L404
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_396:
# i_func_info_IaaI
# binary:'-encode_hex/1-lbc$^6/2-6-'/2
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x85, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-encode_hex/1-lbc$^6/2-6-'/2:
# i_breakpoint_trampoline
    short jmp L1000
.db 0x00
    call L405
    align 8
L1000:
# i_test_yield
    lea rdx, qword ptr ['-encode_hex/1-lbc$^6/2-6-'/2+24]
    dec r14
    jle L403
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L1002
L1001:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1003
    mov qword ptr [rbx+16], rsi
    mov ecx, 3
    call 140320710850576
    mov rsi, qword ptr [rbx+16]
L1003:
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179750080
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    lea rsi, qword ptr [rax+2]
L1002:
    mov qword ptr [rbx], rsi
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_398
    rex test sil, 7
    short je L1005
    mov edx, 64
    call 140320710849168
    short jmp L1004
L1005:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L1004:
    mov qword ptr [rbx+16], rax
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_398
    rex test sil, 7
    short je L1007
    mov edx, 64
    call 140320710849168
    short jmp L1006
L1007:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L1006:
    mov qword ptr [rbx+24], rax
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+16]
    add rax, 16
    mov qword ptr [rbx+16], rax
# line_I
# bif_element_jssd
# skipped tuple test since source is always a literal tuple
L1010:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+16]
    lea rcx, qword ptr [rsi-2]
# skipped test for small position since it is always small
    mov rax, rdi
    sar rax, 4
# skipped check for position =:= 0 since it is always >= 1
# skipped check for negative position and position beyond tuple
    mov rax, qword ptr [rcx+rax*8]
L1008:
L1009:
    mov qword ptr [rbx+16], rax
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+24]
    add rax, 16
    mov qword ptr [rbx+24], rax
# line_I
# bif_element_jssd
# skipped tuple test since source is always a literal tuple
L1013:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+24]
    lea rcx, qword ptr [rsi-2]
# skipped test for small position since it is always small
    mov rax, rdi
    sar rax, 4
# skipped check for position =:= 0 since it is always >= 1
# skipped check for negative position and position beyond tuple
    mov rax, qword ptr [rcx+rax*8]
L1011:
L1012:
    mov qword ptr [rbx+24], rax
# line_I
# i_bs_create_bin_jItd
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L1015
L1014:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L1015:
# private append to binary
    mov rsi, qword ptr [rbx+8]
    mov edx, 32
    mov rcx, 1
    mov rdi, r13
    call 94919179748080
    mov qword ptr [rbx-120], rax
# construct integer segment
    mov edx, 16
    mov rsi, qword ptr [rbx+16]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
# skipped test for success because construction can't fail
# construct integer segment
    mov edx, 16
    mov rsi, qword ptr [rbx+24]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
# skipped test for success because construction can't fail
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp '-encode_hex/1-lbc$^6/2-6-'/2
# label_L
label_398:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L404
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_399:
# i_func_info_IaaI
# binary:'-encode_hex/1-lbc$^7/2-7-'/2
    call L402
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x85, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-encode_hex/1-lbc$^7/2-7-'/2:
# i_breakpoint_trampoline
    short jmp L1016
.db 0x00
    call L405
    align 8
L1016:
# i_test_yield
    lea rdx, qword ptr ['-encode_hex/1-lbc$^7/2-7-'/2+24]
    dec r14
    jle L403
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L1018
L1017:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1019
    mov qword ptr [rbx+16], rsi
    mov ecx, 3
    call 140320710850576
    mov rsi, qword ptr [rbx+16]
L1019:
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179750080
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    lea rsi, qword ptr [rax+2]
L1018:
    mov qword ptr [rbx], rsi
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_401
    rex test sil, 7
    short je L1021
    mov edx, 64
    call 140320710849168
    short jmp L1020
L1021:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L1020:
    mov qword ptr [rbx+16], rax
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+16]
    add rax, 16
    mov qword ptr [rbx+16], rax
# line_I
# bif_element_jssd
# skipped tuple test since source is always a literal tuple
L1024:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+16]
    lea rcx, qword ptr [rsi-2]
# skipped test for small position since it is always small
    mov rax, rdi
    sar rax, 4
# skipped check for position =:= 0 since it is always >= 1
# skipped check for negative position and position beyond tuple
    mov rax, qword ptr [rcx+rax*8]
L1022:
L1023:
    mov qword ptr [rbx+16], rax
# line_I
# i_bs_create_bin_jItd
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L1026
L1025:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L1026:
# private append to binary
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
    mov rcx, 1
    mov rdi, r13
    call 94919179748080
    mov qword ptr [rbx-120], rax
# construct integer segment
    mov edx, 16
    mov rsi, qword ptr [rbx+16]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
# skipped test for success because construction can't fail
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp '-encode_hex/1-lbc$^7/2-7-'/2
# label_L
label_401:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L404
    ret
# int_code_end
L1027:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, 94919180896308
    call 94919178184336
.section .rodata {#1}
line:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
.section .rodata {#1}
attr:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x68, 0x02, 0x64, 0x00, 0x03, 0x76, 0x73, 0x6E, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x6E, 0x10, 0x00, 0x53, 0xFF, 0x8E, 0xA5, 0x0F, 0x9E, 0xD1, 0xB2, 0x1A, 0x3A, 0x68, 0xC3, 0xB4, 0xC7, 0xA4, 0x24, 0x6A, 0x6A
.section .text {#0}
.section .rodata {#1}
compile:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x68, 0x02, 0x64, 0x00, 0x07, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6F, 0x6E, 0x6B, 0x00, 0x03, 0x38, 0x2E, 0x32, 0x68, 0x02, 0x64, 0x00, 0x07, 0x6F, 0x70, 0x74, 0x69, 0x6F, 0x6E, 0x73, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x64, 0x00, 0x0A, 0x64, 0x65, 0x62, 0x75, 0x67, 0x5F, 0x69, 0x6E, 0x66, 0x6F, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x45, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x4F, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x2E, 0x2E, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x06, 0x73, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x6B, 0x00, 0x45, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x62, 0x69, 0x6E, 0x61, 0x72, 0x79, 0x2E, 0x65, 0x72, 0x6C, 0x6A
.section .text {#0}
.section .rodata {#1}
md5:
.db 0x24, 0xA4, 0xC7, 0xB4, 0xC3, 0x68, 0x3A, 0x1A, 0xB2, 0xD1, 0x9E, 0x0F, 0xA5, 0x8E, 0xFF, 0x53
.section .text {#0}
