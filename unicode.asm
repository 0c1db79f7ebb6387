    align 8
L414:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L415:
    jmp 140320710851944
    align 8
L416:
    jmp 140320710853048
    align 8
L417:
    jmp 140320710850344
    align 16
L418:
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
# unicode:bin_is_7bit/1
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xF1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
bin_is_7bit/1:
# i_breakpoint_trampoline
    short jmp L419
.db 0x00
    call L418
    align 8
L419:
# call_bif_mfa_aaI
L420:
    lea rsi, qword ptr [bin_is_7bit/1-24]
    lea rdx, qword ptr [L420]
    mov rcx, 94919179886592
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L421
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L421:
# call_light_bif_be
    align 4
L422:
L423:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L422]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L417
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_3:
# i_func_info_IaaI
# unicode:characters_to_binary/2
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xF0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
characters_to_binary/2:
# i_breakpoint_trampoline
    short jmp L424
.db 0x00
    call L418
    align 8
L424:
# call_bif_mfa_aaI
L425:
    lea rsi, qword ptr [characters_to_binary/2-24]
    lea rdx, qword ptr [L425]
    mov rcx, 94919179886704
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L426
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L426:
# call_light_bif_be
    align 4
L427:
L428:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L427]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L417
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_5:
# i_func_info_IaaI
# unicode:characters_to_list/2
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xF1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
characters_to_list/2:
# i_breakpoint_trampoline
    short jmp L429
.db 0x00
    call L418
    align 8
L429:
# call_bif_mfa_aaI
L430:
    lea rsi, qword ptr [characters_to_list/2-24]
    lea rdx, qword ptr [L430]
    mov rcx, 94919179892224
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L431
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L431:
# call_light_bif_be
    align 4
L432:
L433:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L432]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L417
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_7:
# i_func_info_IaaI
# unicode:characters_to_list/1
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xF1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
characters_to_list/1:
# i_breakpoint_trampoline
    short jmp L434
.db 0x00
    call L418
    align 8
L434:
# i_test_yield
    lea rdx, qword ptr [characters_to_list/1+24]
    dec r14
    jle L416
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L435
    mov ecx, 1
    call 140320710850576
L435:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L436:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# i_move_sd
    mov qword ptr [rbx+8], 43979
# line_I
# call_light_bif_be
    align 4
L437:
L438:
    long mov rcx, 9223372036854775807
    mov rax, 94919179892224
    lea rdx, qword ptr [L437]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L417
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
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L439
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L439:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
L440:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L441:
L442:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L441]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L417
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
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_11:
# i_func_info_IaaI
# unicode:characters_to_binary/1
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xF0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
characters_to_binary/1:
# i_breakpoint_trampoline
    short jmp L443
.db 0x00
    call L418
    align 8
L443:
# i_test_yield
    lea rdx, qword ptr [characters_to_binary/1+24]
    dec r14
    jle L416
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L444
    mov ecx, 1
    call 140320710850576
L444:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L445:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# i_move_sd
    mov qword ptr [rbx+8], 43979
# line_I
# call_light_bif_be
    align 4
L446:
L447:
    long mov rcx, 9223372036854775807
    mov rax, 94919179886704
    lea rdx, qword ptr [L446]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L417
    ret
# label_L
label_13:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_14
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call error_type/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L448
    mov ecx, 1
    call 140320710850576
L448:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L449:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# line_I
# call_light_bif_be
    align 4
L450:
L451:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L450]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L417
    ret
# label_L
label_14:
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
label_15:
# i_func_info_IaaI
# unicode:characters_to_binary/3
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xF0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
characters_to_binary/3:
# i_breakpoint_trampoline
    short jmp L452
.db 0x00
    call L418
    align 8
L452:
# i_test_yield
    lea rdx, qword ptr [characters_to_binary/3+24]
    dec r14
    jle L416
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L453
    mov ecx, 3
    call 140320710850576
L453:
    sub rsp, 32
# init_yregs_I
    mov qword ptr [rsp+24], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call no_conversion_needed/3
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_18
    cmp rsi, 75
    je label_17
    jmp label_21
# label_L
label_17:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L417
    ret
# label_L
label_18:
# catch_yf
    inc qword ptr [r13+264]
L454:
    mov eax, 2147483647
    mov qword ptr [rsp+24], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call characters_to_binary_int/3
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+24], 59
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L417
    ret
# label_L
label_19:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_20
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call error_type/1
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L455
    mov ecx, 1
    call 140320710850576
L455:
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
    mov qword ptr [rbx+8], rsi
# i_move_sd
L456:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# line_I
# call_light_bif_be
    align 4
L457:
L458:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L457]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L417
    ret
# label_L
label_20:
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
label_21:
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
label_22:
# i_func_info_IaaI
# unicode:no_conversion_needed/3
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x97, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
no_conversion_needed/3:
# i_breakpoint_trampoline
    short jmp L459
.db 0x00
    call L418
    align 8
L459:
# i_test_yield
    lea rdx, qword ptr [no_conversion_needed/3+24]
    dec r14
    jle L416
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 22667
    jne label_24
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 22667
    jne label_24
# nofail_bif1_sbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178916608
    call 140320710851400
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L417
    ret
# label_L
label_24:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 22667
    je label_26
    cmp rsi, 43979
    je label_25
    cmp rsi, 44299
    je label_25
    jmp label_28
# label_L
label_25:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 22667
    jne label_28
# jump_f
    jmp label_27
# label_L
label_26:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 43979
    je label_27
    cmp rsi, 44299
    je label_27
    jmp label_28
# label_L
label_27:
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L460
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L460:
# call_light_bif_be
    align 4
L461:
L462:
    long mov rcx, 9223372036854775807
    mov rax, 94919179886592
    lea rdx, qword ptr [L461]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L417
    ret
# label_L
label_28:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L417
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_29:
# i_func_info_IaaI
# unicode:bom_to_encoding/1
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x97, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
bom_to_encoding/1:
# i_breakpoint_trampoline
    short jmp L463
.db 0x00
    call L418
    align 8
L463:
# i_test_yield
    lea rdx, qword ptr [bom_to_encoding/1+24]
    dec r14
    jle L416
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_37
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L465
# is_binary_header
    cmp al, 40
    short je L464
    and al, -5
    cmp al, 32
    jne label_37
L464:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L466
    mov qword ptr [rbx+8], rsi
    mov ecx, 2
    call 140320710850576
    mov rsi, qword ptr [rbx+8]
L466:
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
L465:
    mov qword ptr [rbx+8], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx], rdi
# i_bs_get_integer_16_Stfd
    mov rcx, qword ptr [rbx+8]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+16]
    cmp rdx, qword ptr [rcx+30]
    ja label_36
    rex test sil, 7
    short je L468
    mov edx, 128
    call 140320710849168
    short jmp L467
L468:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movbe ax, word ptr [rdi+rsi]
    movzx rax, ax
    shl rax, 4
    or rax, 15
L467:
    mov qword ptr [rbx+16], rax
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx+24], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 15
    je label_35
    cmp rsi, 981951
    je label_34
    cmp rsi, 1044479
    je label_33
    cmp rsi, 1048559
    je label_31
    jmp label_36
# label_L
label_31:
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx+8]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_32
    rex test sil, 7
    short je L470
    mov edx, 64
    call 140320710849168
    short jmp L469
L470:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L469:
    mov qword ptr [rbx+16], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 15
    jne label_32
# i_bs_match_string_SfWM
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rdi+30]
    ja label_32
    mov qword ptr [rbx-120], rdi
    mov rcx, rsi
    and rcx, 7
    shr rsi, 3
    mov rdx, qword ptr [rdi+14]
    add rdx, rsi
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
L471:
    long mov rdi, 9223372036854775807
    xor esi, esi
    mov r8d, 8
    call 94919179751184
    mov rsp, rbp
    test rax, rax
    jne label_32
    mov rdi, qword ptr [rbx-120]
    add qword ptr [rdi+22], 8
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx+8]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_32
# i_move_sd
L472:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L417
    ret
# label_L
label_32:
# bs_set_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+24]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx+8]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_36
# i_move_sd
L473:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L417
    ret
# label_L
label_33:
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx+8]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_36
# i_move_sd
L474:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L417
    ret
# label_L
label_34:
# i_bs_match_string_SfWM
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rdi+30]
    ja label_36
    mov qword ptr [rbx-120], rdi
    mov rcx, rsi
    and rcx, 7
    shr rsi, 3
    mov rdx, qword ptr [rdi+14]
    add rdx, rsi
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
L475:
    long mov rdi, 9223372036854775807
    xor esi, esi
    mov r8d, 8
    call 94919179751184
    mov rsp, rbp
    test rax, rax
    jne label_36
    mov rdi, qword ptr [rbx-120]
    add qword ptr [rdi+22], 8
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx+8]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_36
# i_move_sd
L476:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L417
    ret
# label_L
label_35:
# i_bs_match_string_SfWM
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+22]
    lea rdx, qword ptr [rsi+16]
    cmp rdx, qword ptr [rdi+30]
    ja label_36
    mov qword ptr [rbx-120], rdi
    mov rcx, rsi
    and rcx, 7
    shr rsi, 3
    mov rdx, qword ptr [rdi+14]
    add rdx, rsi
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
L477:
    long mov rdi, 9223372036854775807
    xor esi, esi
    mov r8d, 16
    call 94919179751184
    mov rsp, rbp
    test rax, rax
    jne label_36
    mov rdi, qword ptr [rbx-120]
    add qword ptr [rdi+22], 16
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx+8]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_36
# i_move_sd
L478:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L417
    ret
# label_L
label_36:
# bs_set_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+8]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L479
    mov qword ptr [rbx+16], rdi
    mov ecx, 3
    call 140320710850576
    mov rdi, qword ptr [rbx+16]
L479:
    call 140320710849224
    mov qword ptr [rbx], rax
# is_binary_fs
    mov rdi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L481
# simplified binary test since source is always a bitstring when boxed
    short jmp L480
L481:
    cmp byte ptr [rdi+22], 0
    jne label_29
L480:
# i_move_sd
L482:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L417
    ret
# label_L
label_37:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_29
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L484
    and al, -5
    cmp al, 32
    jne label_29
    short jmp L483
L484:
    cmp byte ptr [rdi+22], 0
    jne label_29
L483:
# i_move_sd
L485:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L417
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_38:
# i_func_info_IaaI
# unicode:encoding_to_bom/1
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x97, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
encoding_to_bom/1:
# i_breakpoint_trampoline
    short jmp L486
.db 0x00
    call L418
    align 8
L486:
# i_test_yield
    lea rdx, qword ptr [encoding_to_bom/1+24]
    dec r14
    jle L416
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_44
    test byte ptr [rsi-2], 63
    jne label_44
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 128
    short jne label_38
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 44363
    je label_42
    cmp rsi, 44427
    je label_40
    jmp label_38
# label_L
label_40:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 5707
    je label_45
    cmp rsi, 23371
    je label_41
    jmp label_38
# label_L
label_41:
# i_move_sd
L487:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L417
    ret
# label_L
label_42:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 5707
    je label_46
    cmp rsi, 23371
    je label_43
    jmp label_38
# label_L
label_43:
# i_move_sd
L488:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L417
    ret
# label_L
label_44:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 22667
    je label_48
    cmp rsi, 43979
    je label_47
    cmp rsi, 44299
    je label_47
    cmp rsi, 44363
    je label_46
    cmp rsi, 44427
    je label_45
    jmp label_38
# label_L
label_45:
# i_move_sd
L489:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L417
    ret
# label_L
label_46:
# i_move_sd
L490:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L417
    ret
# label_L
label_47:
# i_move_sd
L491:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L417
    ret
# label_L
label_48:
# i_move_sd
L492:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L417
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_49:
# i_func_info_IaaI
# unicode:characters_to_nfd_list/1
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x98, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
characters_to_nfd_list/1:
# i_breakpoint_trampoline
    short jmp L493
.db 0x00
    call L418
    align 8
L493:
# i_test_yield
    lea rdx, qword ptr [characters_to_nfd_list/1+24]
    dec r14
    jle L416
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L494
    mov ecx, 1
    call 140320710850576
L494:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L495:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call characters_to_nfd_list/2
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L417
    ret
# label_L
label_51:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_52
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L496
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L496:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L497:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L498:
L499:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L498]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L417
    ret
# label_L
label_52:
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
label_53:
# i_func_info_IaaI
# unicode:characters_to_nfd_list/2
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x98, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
characters_to_nfd_list/2:
# i_breakpoint_trampoline
    short jmp L500
.db 0x00
    call L418
    align 8
L500:
# i_test_yield
    lea rdx, qword ptr [characters_to_nfd_list/2+24]
    dec r14
    jle L416
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L501
    mov ecx, 2
    call 140320710850576
L501:
    sub rsp, 24
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
# line_I
# i_call_ext_e
L502:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_56
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L503
    test al, 2
    jne label_55
L503:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# line_I
# call_light_bif_be
    align 4
L504:
L505:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L504]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp characters_to_nfd_list/2
# label_L
label_55:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L506
    mov ecx, 1
.db 0x90
    call 140320710850576
L506:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp characters_to_nfd_list/2
# label_L
label_56:
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_57
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_57
    cmp edi, 128
    jne label_58
    cmp qword ptr [rsi+6], 779
    jne label_58
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_ext_e
L507:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L508
    mov ecx, 1
    call 140320710850576
L508:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_57:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_58
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 24
L509:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_58:
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
label_59:
# i_func_info_IaaI
# unicode:characters_to_nfd_binary/1
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x98, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
characters_to_nfd_binary/1:
# i_breakpoint_trampoline
    short jmp L510
.db 0x00
    call L418
    align 8
L510:
# i_test_yield
    lea rdx, qword ptr [characters_to_nfd_binary/1+24]
    dec r14
    jle L416
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L511
    mov ecx, 1
    call 140320710850576
L511:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L512:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_move_sd
    mov qword ptr [rbx+8], 3215
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call characters_to_nfd_binary/4
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L417
    ret
# label_L
label_61:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_62
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L513
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L513:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L514:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L515:
L516:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L515]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L417
    ret
# label_L
label_62:
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
label_63:
# i_func_info_IaaI
# unicode:characters_to_nfd_binary/4
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x98, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
characters_to_nfd_binary/4:
# i_breakpoint_trampoline
    short jmp L517
.db 0x00
    call L418
    align 8
L517:
# i_test_yield
    lea rdx, qword ptr [characters_to_nfd_binary/4+24]
    dec r14
    jle L416
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L518
    cmp rdi, rsi
    short jmp L519
L518:
    call 140320710848608
L519:
    jge label_67
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L520
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L520:
    sub rsp, 32
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+24], rdi
# line_I
# i_call_ext_e
L521:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_65
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx], rsi
# get_tl_Sd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rdi+7]
    mov qword ptr [rbx+8], rsi
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+24]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L522
    add rax, rdx
    short jno L523
L522:
    call 140320710853080
L523:
    mov qword ptr [rbx+16], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L524
    mov ecx, 3
.db 0x90
    call 140320710850576
L524:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+24], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# i_call_last_ft
    add rsp, 32
    jmp characters_to_nfd_binary/4
# label_L
label_65:
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_66
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_66
    cmp edi, 128
    jne label_68
    cmp qword ptr [rsi+6], 779
    jne label_68
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+24], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call prepend_row_to_acc/2
# i_call_f
.db 0x0F, 0x1F, 0x00
    call acc_to_binary/1
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L525
    mov ecx, 1
    call 140320710850576
L525:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_66:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_68
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx], xmm0
# i_trim_t
    add rsp, 32
# line_I
# i_call_f
    call prepend_row_to_acc/2
# i_call_last_ft
    jmp acc_to_binary/1
# label_L
label_67:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L526
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L526:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x90
    call prepend_row_to_acc/2
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx+8], 3215
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp characters_to_nfd_binary/4
# label_L
label_68:
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
label_69:
# i_func_info_IaaI
# unicode:characters_to_nfkd_list/1
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x98, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
characters_to_nfkd_list/1:
# i_breakpoint_trampoline
    short jmp L527
.db 0x00
    call L418
    align 8
L527:
# i_test_yield
    lea rdx, qword ptr [characters_to_nfkd_list/1+24]
    dec r14
    jle L416
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L528
    mov ecx, 1
    call 140320710850576
L528:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L529:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call characters_to_nfkd_list/2
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L417
    ret
# label_L
label_71:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_72
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L530
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L530:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L531:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L532:
L533:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L532]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L417
    ret
# label_L
label_72:
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
label_73:
# i_func_info_IaaI
# unicode:characters_to_nfkd_list/2
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x98, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
characters_to_nfkd_list/2:
# i_breakpoint_trampoline
    short jmp L534
.db 0x00
    call L418
    align 8
L534:
# i_test_yield
    lea rdx, qword ptr [characters_to_nfkd_list/2+24]
    dec r14
    jle L416
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L535
    mov ecx, 2
    call 140320710850576
L535:
    sub rsp, 24
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
# line_I
# i_call_ext_e
L536:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_76
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L537
    test al, 2
    jne label_75
L537:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# line_I
# call_light_bif_be
    align 4
L538:
L539:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L538]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp characters_to_nfkd_list/2
# label_L
label_75:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L540
    mov ecx, 1
.db 0x90
    call 140320710850576
L540:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp characters_to_nfkd_list/2
# label_L
label_76:
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_77
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_77
    cmp edi, 128
    jne label_78
    cmp qword ptr [rsi+6], 779
    jne label_78
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_ext_e
L541:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L542
    mov ecx, 1
    call 140320710850576
L542:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_77:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_78
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 24
L543:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_78:
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
label_79:
# i_func_info_IaaI
# unicode:characters_to_nfkd_binary/1
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x99, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
characters_to_nfkd_binary/1:
# i_breakpoint_trampoline
    short jmp L544
.db 0x00
    call L418
    align 8
L544:
# i_test_yield
    lea rdx, qword ptr [characters_to_nfkd_binary/1+24]
    dec r14
    jle L416
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L545
    mov ecx, 1
    call 140320710850576
L545:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L546:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_move_sd
    mov qword ptr [rbx+8], 3215
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call characters_to_nfkd_binary/4
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L417
    ret
# label_L
label_81:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_82
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L547
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L547:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L548:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L549:
L550:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L549]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L417
    ret
# label_L
label_82:
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
label_83:
# i_func_info_IaaI
# unicode:characters_to_nfkd_binary/4
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x99, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
characters_to_nfkd_binary/4:
# i_breakpoint_trampoline
    short jmp L551
.db 0x00
    call L418
    align 8
L551:
# i_test_yield
    lea rdx, qword ptr [characters_to_nfkd_binary/4+24]
    dec r14
    jle L416
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L552
    cmp rdi, rsi
    short jmp L553
L552:
    call 140320710848608
L553:
    jge label_87
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L554
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L554:
    sub rsp, 32
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+24], rdi
# line_I
# i_call_ext_e
L555:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_85
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx], rsi
# get_tl_Sd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rdi+7]
    mov qword ptr [rbx+8], rsi
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+24]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L556
    add rax, rdx
    short jno L557
L556:
    call 140320710853080
L557:
    mov qword ptr [rbx+16], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L558
    mov ecx, 3
.db 0x90
    call 140320710850576
L558:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+24], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# i_call_last_ft
    add rsp, 32
    jmp characters_to_nfkd_binary/4
# label_L
label_85:
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_86
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_86
    cmp edi, 128
    jne label_88
    cmp qword ptr [rsi+6], 779
    jne label_88
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+24], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call prepend_row_to_acc/2
# i_call_f
.db 0x0F, 0x1F, 0x00
    call acc_to_binary/1
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L559
    mov ecx, 1
    call 140320710850576
L559:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_86:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_88
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx], xmm0
# i_trim_t
    add rsp, 32
# line_I
# i_call_f
    call prepend_row_to_acc/2
# i_call_last_ft
    jmp acc_to_binary/1
# label_L
label_87:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L560
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L560:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x90
    call prepend_row_to_acc/2
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx+8], 3215
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp characters_to_nfkd_binary/4
# label_L
label_88:
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
label_89:
# i_func_info_IaaI
# unicode:characters_to_nfc_list/1
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x8E, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
characters_to_nfc_list/1:
# i_breakpoint_trampoline
    short jmp L561
.db 0x00
    call L418
    align 8
L561:
# i_test_yield
    lea rdx, qword ptr [characters_to_nfc_list/1+24]
    dec r14
    jle L416
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L562
    mov ecx, 1
    call 140320710850576
L562:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L563:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call characters_to_nfc_list/2
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L417
    ret
# label_L
label_91:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_92
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L564
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L564:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L565:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L566:
L567:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L566]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L417
    ret
# label_L
label_92:
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
label_93:
# i_func_info_IaaI
# unicode:characters_to_nfc_list/2
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x8E, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
characters_to_nfc_list/2:
# i_breakpoint_trampoline
    short jmp L568
.db 0x00
    call L418
    align 8
L568:
# i_test_yield
    lea rdx, qword ptr [characters_to_nfc_list/2+24]
    dec r14
    jle L416
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L569
    mov ecx, 2
    call 140320710850576
L569:
    sub rsp, 24
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
# line_I
# i_call_ext_e
L570:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_96
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L571
    test al, 2
    jne label_95
L571:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# line_I
# call_light_bif_be
    align 4
L572:
L573:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L572]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp characters_to_nfc_list/2
# label_L
label_95:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L574
    mov ecx, 1
.db 0x90
    call 140320710850576
L574:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp characters_to_nfc_list/2
# label_L
label_96:
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_97
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_97
    cmp edi, 128
    jne label_98
    cmp qword ptr [rsi+6], 779
    jne label_98
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_ext_e
L575:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L576
    mov ecx, 1
    call 140320710850576
L576:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_97:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_98
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 24
L577:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_98:
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
label_99:
# i_func_info_IaaI
# unicode:characters_to_nfc_binary/1
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x99, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
characters_to_nfc_binary/1:
# i_breakpoint_trampoline
    short jmp L578
.db 0x00
    call L418
    align 8
L578:
# i_test_yield
    lea rdx, qword ptr [characters_to_nfc_binary/1+24]
    dec r14
    jle L416
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L579
    mov ecx, 1
    call 140320710850576
L579:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L580:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_move_sd
    mov qword ptr [rbx+8], 3215
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call characters_to_nfc_binary/4
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L417
    ret
# label_L
label_101:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_102
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L581
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L581:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L582:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L583:
L584:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L583]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L417
    ret
# label_L
label_102:
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
label_103:
# i_func_info_IaaI
# unicode:characters_to_nfc_binary/4
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x99, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
characters_to_nfc_binary/4:
# i_breakpoint_trampoline
    short jmp L585
.db 0x00
    call L418
    align 8
L585:
# i_test_yield
    lea rdx, qword ptr [characters_to_nfc_binary/4+24]
    dec r14
    jle L416
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L586
    cmp rdi, rsi
    short jmp L587
L586:
    call 140320710848608
L587:
    jge label_107
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L588
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L588:
    sub rsp, 32
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+24], rdi
# line_I
# i_call_ext_e
L589:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_105
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx], rsi
# get_tl_Sd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rdi+7]
    mov qword ptr [rbx+8], rsi
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+24]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L590
    add rax, rdx
    short jno L591
L590:
    call 140320710853080
L591:
    mov qword ptr [rbx+16], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L592
    mov ecx, 3
.db 0x90
    call 140320710850576
L592:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+24], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# i_call_last_ft
    add rsp, 32
    jmp characters_to_nfc_binary/4
# label_L
label_105:
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_106
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_106
    cmp edi, 128
    jne label_108
    cmp qword ptr [rsi+6], 779
    jne label_108
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+24], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call prepend_row_to_acc/2
# i_call_f
.db 0x0F, 0x1F, 0x00
    call acc_to_binary/1
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L593
    mov ecx, 1
    call 140320710850576
L593:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_106:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_108
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx], xmm0
# i_trim_t
    add rsp, 32
# line_I
# i_call_f
    call prepend_row_to_acc/2
# i_call_last_ft
    jmp acc_to_binary/1
# label_L
label_107:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L594
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L594:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x90
    call prepend_row_to_acc/2
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx+8], 3215
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp characters_to_nfc_binary/4
# label_L
label_108:
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
label_109:
# i_func_info_IaaI
# unicode:characters_to_nfkc_list/1
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x9A, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
characters_to_nfkc_list/1:
# i_breakpoint_trampoline
    short jmp L595
.db 0x00
    call L418
    align 8
L595:
# i_test_yield
    lea rdx, qword ptr [characters_to_nfkc_list/1+24]
    dec r14
    jle L416
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L596
    mov ecx, 1
    call 140320710850576
L596:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L597:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call characters_to_nfkc_list/2
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L417
    ret
# label_L
label_111:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_112
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L598
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L598:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L599:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L600:
L601:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L600]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L417
    ret
# label_L
label_112:
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
label_113:
# i_func_info_IaaI
# unicode:characters_to_nfkc_list/2
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x9A, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
characters_to_nfkc_list/2:
# i_breakpoint_trampoline
    short jmp L602
.db 0x00
    call L418
    align 8
L602:
# i_test_yield
    lea rdx, qword ptr [characters_to_nfkc_list/2+24]
    dec r14
    jle L416
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L603
    mov ecx, 2
    call 140320710850576
L603:
    sub rsp, 24
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
# line_I
# i_call_ext_e
L604:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_116
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L605
    test al, 2
    jne label_115
L605:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
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
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp characters_to_nfkc_list/2
# label_L
label_115:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L608
    mov ecx, 1
.db 0x90
    call 140320710850576
L608:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp characters_to_nfkc_list/2
# label_L
label_116:
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_117
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_117
    cmp edi, 128
    jne label_118
    cmp qword ptr [rsi+6], 779
    jne label_118
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_ext_e
L609:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L610
    mov ecx, 1
    call 140320710850576
L610:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_117:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_118
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 24
L611:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_118:
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
label_119:
# i_func_info_IaaI
# unicode:characters_to_nfkc_binary/1
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x9A, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
characters_to_nfkc_binary/1:
# i_breakpoint_trampoline
    short jmp L612
.db 0x00
    call L418
    align 8
L612:
# i_test_yield
    lea rdx, qword ptr [characters_to_nfkc_binary/1+24]
    dec r14
    jle L416
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L613
    mov ecx, 1
    call 140320710850576
L613:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L614:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_move_sd
    mov qword ptr [rbx+8], 3215
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call characters_to_nfkc_binary/4
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L417
    ret
# label_L
label_121:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_122
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L615
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L615:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L616:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L617:
L618:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L617]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L417
    ret
# label_L
label_122:
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
label_123:
# i_func_info_IaaI
# unicode:characters_to_nfkc_binary/4
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x9A, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
characters_to_nfkc_binary/4:
# i_breakpoint_trampoline
    short jmp L619
.db 0x00
    call L418
    align 8
L619:
# i_test_yield
    lea rdx, qword ptr [characters_to_nfkc_binary/4+24]
    dec r14
    jle L416
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L620
    cmp rdi, rsi
    short jmp L621
L620:
    call 140320710848608
L621:
    jge label_127
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L622
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L622:
    sub rsp, 32
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+24], rdi
# line_I
# i_call_ext_e
L623:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_125
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx], rsi
# get_tl_Sd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rdi+7]
    mov qword ptr [rbx+8], rsi
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+24]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L624
    add rax, rdx
    short jno L625
L624:
    call 140320710853080
L625:
    mov qword ptr [rbx+16], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L626
    mov ecx, 3
.db 0x90
    call 140320710850576
L626:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+24], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# i_call_last_ft
    add rsp, 32
    jmp characters_to_nfkc_binary/4
# label_L
label_125:
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_126
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_126
    cmp edi, 128
    jne label_128
    cmp qword ptr [rsi+6], 779
    jne label_128
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+24], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call prepend_row_to_acc/2
# i_call_f
.db 0x0F, 0x1F, 0x00
    call acc_to_binary/1
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L627
    mov ecx, 1
    call 140320710850576
L627:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_126:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_128
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx], xmm0
# i_trim_t
    add rsp, 32
# line_I
# i_call_f
    call prepend_row_to_acc/2
# i_call_last_ft
    jmp acc_to_binary/1
# label_L
label_127:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L628
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L628:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x90
    call prepend_row_to_acc/2
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx+8], 3215
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp characters_to_nfkc_binary/4
# label_L
label_128:
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
label_129:
# i_func_info_IaaI
# unicode:acc_to_binary/1
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x9A, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
acc_to_binary/1:
# i_breakpoint_trampoline
    short jmp L629
.db 0x00
    call L418
    align 8
L629:
# i_test_yield
    lea rdx, qword ptr [acc_to_binary/1+24]
    dec r14
    jle L416
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L630
    mov ecx, 1
    call 140320710850576
L630:
# line_I
# i_call_ext_e
L631:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# call_light_bif_be
    align 4
L632:
L633:
    long mov rcx, 9223372036854775807
    mov rax, 94919179448896
    lea rdx, qword ptr [L632]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L417
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_131:
# i_func_info_IaaI
# unicode:prepend_row_to_acc/2
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x9B, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
prepend_row_to_acc/2:
# i_breakpoint_trampoline
    short jmp L634
.db 0x00
    call L418
    align 8
L634:
# i_test_yield
    lea rdx, qword ptr [prepend_row_to_acc/2+24]
    dec r14
    jle L416
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L635
    mov ecx, 2
    call 140320710850576
L635:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_ext_e
L636:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_call_f
.db 0x0F, 0x1F, 0x00
    call characters_to_binary/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L637
    mov ecx, 1
    call 140320710850576
L637:
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
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_133:
# i_func_info_IaaI
# unicode:characters_to_list_int/2
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x21, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
characters_to_list_int/2:
# i_breakpoint_trampoline
    short jmp L638
.db 0x00
    call L418
    align 8
L638:
# i_test_yield
    lea rdx, qword ptr [characters_to_list_int/2+24]
    dec r14
    jle L416
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L639
    mov ecx, 2
    call 140320710850576
L639:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# catch_yf
    inc qword ptr [r13+264]
L640:
    mov eax, 2147483647
    mov qword ptr [rsp+16], rax
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call do_characters_to_list/2
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+16], 59
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L417
    ret
# label_L
label_135:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_136
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L641
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L641:
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
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 61707
# i_call_last_ft
    add rsp, 24
    jmp fake_stacktrace/3
# label_L
label_136:
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
label_137:
# i_func_info_IaaI
# unicode:do_characters_to_list/2
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x9B, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_characters_to_list/2:
# i_breakpoint_trampoline
    short jmp L642
.db 0x00
    call L418
    align 8
L642:
# i_test_yield
    lea rdx, qword ptr [do_characters_to_list/2+24]
    dec r14
    jle L416
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L643
    mov ecx, 2
    call 140320710850576
L643:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# call_light_bif_be
    align 4
L644:
L645:
    long mov rcx, 9223372036854775807
    mov rax, 94919179886704
    lea rdx, qword ptr [L644]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_139
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L647
    and al, -5
    cmp al, 32
    jne label_139
    short jmp L646
L647:
    cmp byte ptr [rdi+22], 0
    jne label_139
L646:
# i_move_sd
    mov qword ptr [rbx+8], 44299
# line_I
# call_light_bif_be
    align 4
L648:
L649:
    long mov rcx, 9223372036854775807
    mov rax, 94919179892224
    lea rdx, qword ptr [L648]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_139:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_142
    cmp dword ptr [rsi-2], 192
    jne label_142
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rsp], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 779
    je label_141
    cmp rsi, 20811
    je label_140
    jmp label_142
# label_L
label_140:
# i_move_sd
    mov qword ptr [rbx+8], 44299
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L650:
L651:
    long mov rcx, 9223372036854775807
    mov rax, 94919179892224
    lea rdx, qword ptr [L650]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L652
    mov ecx, 1
    call 140320710850576
L652:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 20811
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_141:
# i_move_sd
    mov qword ptr [rbx+8], 44299
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L653:
L654:
    long mov rcx, 9223372036854775807
    mov rax, 94919179892224
    lea rdx, qword ptr [L653]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L655
    mov ecx, 1
    call 140320710850576
L655:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_142:
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
label_143:
# i_func_info_IaaI
# unicode:characters_to_binary_int/2
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x21, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
characters_to_binary_int/2:
# i_breakpoint_trampoline
    short jmp L656
.db 0x00
    call L418
    align 8
L656:
# i_test_yield
    lea rdx, qword ptr [characters_to_binary_int/2+24]
    dec r14
    jle L416
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L657
    mov ecx, 2
    call 140320710850576
L657:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# catch_yf
    inc qword ptr [r13+264]
L658:
    mov eax, 2147483647
    mov qword ptr [rsp+16], rax
# i_move_sd
    mov qword ptr [rbx+16], 43979
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call characters_to_binary_int/3
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+16], 59
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L417
    ret
# label_L
label_145:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_146
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L659
    mov ecx, 2
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
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 61643
# i_call_last_ft
    add rsp, 24
    jmp fake_stacktrace/3
# label_L
label_146:
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
label_147:
# i_func_info_IaaI
# unicode:fake_stacktrace/3
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x9B, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
fake_stacktrace/3:
# i_breakpoint_trampoline
    short jmp L660
.db 0x00
    call L418
    align 8
L660:
# i_test_yield
    lea rdx, qword ptr [fake_stacktrace/3+24]
    dec r14
    jle L416
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L661
    mov ecx, 3
    call 140320710850576
L661:
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
L662:
    mov eax, 2147483647
    mov qword ptr [rsp+24], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 151307
# line_I
# call_light_bif_be
    align 4
L663:
L664:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L663]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# label_L
label_149:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_150
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# build_stacktrace
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, qword ptr [rbx]
    call 94919178638688
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov qword ptr [rbx], rax
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_151
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_151
    cmp dword ptr [rsi-2], 256
    jne label_151
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+24], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+24]
    cmp rdi, rsi
    short je L665
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_151
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_151
L665:
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L666
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L666:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [r15+16], xmm0
L667:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rsp+24], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
    call error_type/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 779
# call_light_bif_be
    align 4
L668:
L669:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L668]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_150:
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
label_151:
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
label_152:
# i_func_info_IaaI
# unicode:characters_to_binary_int/3
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x21, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
characters_to_binary_int/3:
# i_breakpoint_trampoline
    short jmp L670
.db 0x00
    call L418
    align 8
L670:
# i_test_yield
    lea rdx, qword ptr [characters_to_binary_int/3+24]
    dec r14
    jle L416
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L671
    mov ecx, 3
    call 140320710850576
L671:
    sub rsp, 32
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 22667
    jne label_154
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 43979
    je label_156
    cmp rsi, 44299
    je label_156
    jmp label_154
# label_L
label_154:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 43979
    jne label_155
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 43979
    je label_156
    cmp rsi, 44299
    je label_156
    jmp label_155
# label_L
label_155:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 44299
    jne label_157
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 22667
    je label_158
    cmp rsi, 43979
    je label_156
    cmp rsi, 44299
    je label_156
    jmp label_159
# label_L
label_156:
# line_I
# call_light_bif_be
    align 4
L672:
L673:
    long mov rcx, 9223372036854775807
    mov rax, 94919179886704
    lea rdx, qword ptr [L672]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L417
    ret
# label_L
label_157:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 22667
    jne label_159
# label_L
label_158:
# init_yregs_I
    mov qword ptr [rsp+16], 59
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call i_trans_chk/1
# i_move_sd
    mov qword ptr [rsp], 4095
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# jump_f
    jmp label_161
# label_L
label_159:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call i_trans/1
# is_eq_exact_fss
    cmp qword ptr [rsp+16], 22667
    jne label_160
# i_move_sd
    mov qword ptr [rsp], 4095
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# jump_f
    jmp label_161
# label_L
label_160:
# i_move_sd
    mov qword ptr [rsp], 17825791
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# label_L
label_161:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_f
.db 0x66, 0x90
    call o_trans/1
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L674
    mov ecx, 1
    call 140320710850576
L674:
# i_make_fun3_FStt
L675:
    long mov rsi, 9223372036854775807
    mov edx, 2
    mov ecx, 3
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179755328
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
# Move fun environment
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rax+40], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [rax+48], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [rax+56], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx+8], rax
# i_move_sd
L676:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    lea rdi, qword ptr [rsp+16]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_f
.db 0x66, 0x90
    call ml_map/3
# is_binary_fs
    mov rdi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L678
    and al, -5
    cmp al, 32
    jne label_162
    short jmp L677
L678:
    cmp byte ptr [rdi+22], 0
    jne label_162
L677:
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L417
    ret
# label_L
label_162:
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_165
    cmp esi, 192
    je label_164
    cmp esi, 256
    je label_163
    jne label_165
# label_L
label_163:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L679
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L679:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+14], 1
    vmovups xmmword ptr [rbx], xmm0
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 20811
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L417
    ret
# label_L
label_164:
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L417
    ret
# label_L
label_165:
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
label_166:
# i_func_info_IaaI
# unicode:cbv/2
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xB5, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
cbv/2:
# i_breakpoint_trampoline
    short jmp L680
.db 0x00
    call L418
    align 8
L680:
# i_test_yield
    lea rdx, qword ptr [cbv/2+24]
    dec r14
    jle L416
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx+8]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L682
L681:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L683
    mov qword ptr [rbx+16], rsi
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rsi, qword ptr [rbx+16]
L683:
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
L682:
    mov qword ptr [rbx+8], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx+16], rdi
# i_bs_match_string_SfWM
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+22]
    lea rdx, qword ptr [rsi+2]
    cmp rdx, qword ptr [rdi+30]
    ja label_173
    mov qword ptr [rbx-120], rdi
    mov rcx, rsi
    and rcx, 7
    shr rsi, 3
    mov rdx, qword ptr [rdi+14]
    add rdx, rsi
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
L684:
    long mov rdi, 9223372036854775807
    xor esi, esi
    mov r8d, 2
    call 94919179751184
    mov rsp, rbp
    test rax, rax
    jne label_173
    mov rdi, qword ptr [rbx-120]
    add qword ptr [rdi+22], 2
# i_bs_get_integer_Sfttsd
    mov r8d, 1
    mov rdx, qword ptr [rbx+8]
    mov ecx, 8
    mov r9d, 3
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, rbx
    call 94919178211552
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    test eax, eax
    je label_173
    mov qword ptr [rbx+24], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 15
    jne label_168
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    cmp rsi, 5
    jne label_173
# is_eq_exact_fss
    cmp qword ptr [rbx], 44299
    jne label_174
# jump_f
    jmp label_193
# label_L
label_168:
# i_bs_get_integer_Sfttsd
    mov r8d, 1
    mov rdx, qword ptr [rbx+8]
    mov ecx, 8
    mov r9d, 3
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, rbx
    call 94919178211552
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    test eax, eax
    je label_173
    mov qword ptr [rbx+24], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 15
    jne label_170
# i_bs_skip_bits_imm2_fSW
    mov eax, 4
    mov rdi, qword ptr [rbx+8]
    add rax, qword ptr [rdi+22]
    cmp rax, qword ptr [rdi+30]
    ja label_173
    mov qword ptr [rdi+22], rax
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx+24], rdi
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx+8]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_173
# is_eq_exact_fss
    cmp qword ptr [rbx], 44299
    jne label_174
# i_bs_match_string_SfWM
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+22]
    lea rdx, qword ptr [rsi+2]
    cmp rdx, qword ptr [rdi+30]
    ja label_169
    mov qword ptr [rbx-120], rdi
    mov rcx, rsi
    and rcx, 7
    shr rsi, 3
    mov rdx, qword ptr [rdi+14]
    add rdx, rsi
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
L685:
    long mov rdi, 9223372036854775807
    xor esi, esi
    mov r8d, 2
    call 94919179751184
    mov rsp, rbp
    test rax, rax
    jne label_169
    mov rdi, qword ptr [rbx-120]
    add qword ptr [rdi+22], 2
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    cmp rsi, 6
    jne label_169
# i_move_sd
    mov qword ptr [rbx], 31
# return
    dec r14
    jl L417
    ret
# label_L
label_169:
# bs_set_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+24]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_195
# i_move_sd
    mov qword ptr [rbx], 47
# return
    dec r14
    jl L417
    ret
# label_L
label_170:
# i_bs_match_string_SfWM
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+22]
    lea rdx, qword ptr [rsi+1]
    cmp rdx, qword ptr [rdi+30]
    ja label_173
    mov qword ptr [rbx-120], rdi
    mov rcx, rsi
    and rcx, 7
    shr rsi, 3
    mov rdx, qword ptr [rdi+14]
    add rdx, rsi
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
L686:
    long mov rdi, 9223372036854775807
    xor esi, esi
    mov r8d, 1
    call 94919179751184
    mov rsp, rbp
    test rax, rax
    jne label_173
    mov rdi, qword ptr [rbx-120]
    add qword ptr [rdi+22], 1
# i_bs_skip_bits_imm2_fSW
    mov eax, 3
    mov rdi, qword ptr [rbx+8]
    add rax, qword ptr [rdi+22]
    cmp rax, qword ptr [rdi+30]
    ja label_173
    mov qword ptr [rdi+22], rax
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx+24], rdi
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx+8]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_173
# is_eq_exact_fss
    cmp qword ptr [rbx], 44299
    jne label_174
# i_bs_match_string_SfWM
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+22]
    lea rdx, qword ptr [rsi+2]
    cmp rdx, qword ptr [rdi+30]
    ja label_172
    mov qword ptr [rbx-120], rdi
    mov rcx, rsi
    and rcx, 7
    shr rsi, 3
    mov rdx, qword ptr [rdi+14]
    add rdx, rsi
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
L687:
    long mov rdi, 9223372036854775807
    xor esi, esi
    mov r8d, 2
    call 94919179751184
    mov rsp, rbp
    test rax, rax
    jne label_172
    mov rdi, qword ptr [rbx-120]
    add qword ptr [rdi+22], 2
# i_bs_skip_bits_imm2_fSW
    mov eax, 6
    mov rdi, qword ptr [rbx+8]
    add rax, qword ptr [rdi+22]
    cmp rax, qword ptr [rdi+30]
    ja label_195
    mov qword ptr [rdi+22], rax
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx], rdi
# i_bs_match_string_SfWM
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+22]
    lea rdx, qword ptr [rsi+2]
    cmp rdx, qword ptr [rdi+30]
    ja label_171
    mov qword ptr [rbx-120], rdi
    mov rcx, rsi
    and rcx, 7
    shr rsi, 3
    mov rdx, qword ptr [rdi+14]
    add rdx, rsi
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
L688:
    long mov rdi, 9223372036854775807
    xor esi, esi
    mov r8d, 2
    call 94919179751184
    mov rsp, rbp
    test rax, rax
    jne label_171
    mov rdi, qword ptr [rbx-120]
    add qword ptr [rdi+22], 2
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    cmp rsi, 6
    jne label_171
# i_move_sd
    mov qword ptr [rbx], 31
# return
    dec r14
    jl L417
    ret
# label_L
label_171:
# bs_set_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_172
# i_move_sd
    mov qword ptr [rbx], 47
# return
    dec r14
    jl L417
    ret
# label_L
label_172:
# bs_set_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+24]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_195
# i_move_sd
    mov qword ptr [rbx], 63
# return
    dec r14
    jl L417
    ret
# label_L
label_173:
# is_ne_exact_fss
    cmp qword ptr [rbx], 44299
    je label_195
# label_L
label_174:
# bs_set_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+16]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx+8]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_175
    rex test sil, 7
    short je L690
    mov edx, 64
    call 140320710849168
    short jmp L689
L690:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L689:
    mov qword ptr [rbx+24], rax
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_175
# i_is_eq_exact_literal_fscI
L691:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_175
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_175
# is_lt_fss
    mov rsi, qword ptr [rbx+24]
    mov edi, 3455
# skipped test for small operands since they are always small
    cmp rdi, rsi
L692:
L693:
    jge label_193
# is_lt_fss
    mov esi, 3599
    mov rdi, qword ptr [rbx+24]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L694:
L695:
    jge label_193
# label_L
label_175:
# bs_set_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+16]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# i_bs_get_integer_Sfttsd
    mov r8d, 6
    mov rdx, qword ptr [rbx+8]
    mov ecx, 8
    mov r9d, 3
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, rbx
    call 94919178211552
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    test eax, eax
    je label_178
    mov qword ptr [rbx+24], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 879
    jne label_178
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    cmp rsi, 2
    jne label_176
# i_is_ne_exact_literal_fsc
L697:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L696
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jnz label_188
L696:
# label_L
label_176:
# i_bs_skip_bits_imm2_fSW
    mov eax, 10
    mov rdi, qword ptr [rbx+8]
    add rax, qword ptr [rdi+22]
    cmp rax, qword ptr [rdi+30]
    ja label_178
    mov qword ptr [rdi+22], rax
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx+24], rdi
# i_bs_match_string_SfWM
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+22]
    lea rdx, qword ptr [rsi+6]
    cmp rdx, qword ptr [rdi+30]
    ja label_177
    mov qword ptr [rbx-120], rdi
    mov rcx, rsi
    and rcx, 7
    shr rsi, 3
    mov rdx, qword ptr [rdi+14]
    add rdx, rsi
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
L698:
    long mov rdi, 9223372036854775807
    xor esi, esi
    mov r8d, 6
    call 94919179751184
    mov rsp, rbp
    test rax, rax
    jne label_177
    mov rdi, qword ptr [rbx-120]
    add qword ptr [rdi+22], 6
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    cmp rsi, 2
    jne label_177
# i_is_eq_exact_literal_fscI
L699:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_179
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_179
# jump_f
    jmp label_193
# label_L
label_177:
# bs_set_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+24]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_178
# i_is_eq_exact_literal_fscI
L700:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_179
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_179
# jump_f
    jmp label_190
# label_L
label_178:
# i_is_ne_exact_literal_fsc
L702:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L701
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jnz label_195
L701:
# label_L
label_179:
# bs_set_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+16]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# i_bs_skip_bits_imm2_fSW
    mov eax, 8
    mov rdi, qword ptr [rbx+8]
    add rax, qword ptr [rdi+22]
    cmp rax, qword ptr [rdi+30]
    ja label_182
    mov qword ptr [rdi+22], rax
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx+24], rdi
# i_bs_match_string_SfWM
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+22]
    lea rdx, qword ptr [rsi+6]
    cmp rdx, qword ptr [rdi+30]
    ja label_181
    mov qword ptr [rbx-120], rdi
    mov rcx, rsi
    and rcx, 7
    shr rsi, 3
    mov rdx, qword ptr [rdi+14]
    add rdx, rsi
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
L703:
    long mov rdi, 9223372036854775807
    xor esi, esi
    mov r8d, 6
    call 94919179751184
    mov rsp, rbp
    test rax, rax
    jne label_181
    mov rdi, qword ptr [rbx-120]
    add qword ptr [rdi+22], 6
# i_bs_skip_bits_imm2_fSW
    mov eax, 2
    mov rdi, qword ptr [rbx+8]
    add rax, qword ptr [rdi+22]
    cmp rax, qword ptr [rdi+30]
    ja label_182
    mov qword ptr [rdi+22], rax
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_180
# i_is_eq_exact_literal_fscI
L704:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_183
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_183
# jump_f
    jmp label_190
# label_L
label_180:
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    cmp rsi, 8
    jne label_181
# i_is_eq_exact_literal_fscI
L705:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_183
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_183
# jump_f
    jmp label_193
# label_L
label_181:
# bs_set_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+24]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_182
# i_is_eq_exact_literal_fscI
L706:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_183
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_183
# jump_f
    jmp label_193
# label_L
label_182:
# i_is_ne_exact_literal_fsc
L708:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L707
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jnz label_195
L707:
# label_L
label_183:
# bs_set_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+16]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# i_bs_match_string_SfWM
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rdi+30]
    ja label_186
    mov qword ptr [rbx-120], rdi
    mov rcx, rsi
    and rcx, 7
    shr rsi, 3
    mov rdx, qword ptr [rdi+14]
    add rdx, rsi
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
L709:
    long mov rdi, 9223372036854775807
    xor esi, esi
    mov r8d, 8
    call 94919179751184
    mov rsp, rbp
    test rax, rax
    jne label_186
    mov rdi, qword ptr [rbx-120]
    add qword ptr [rdi+22], 8
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_184
# i_is_ne_exact_literal_fsc
L711:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L710
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jnz label_188
L710:
# label_L
label_184:
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx+8]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_186
    rex test sil, 7
    short je L713
    mov edx, 64
    call 140320710849168
    short jmp L712
L713:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L712:
    mov qword ptr [rbx+24], rax
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_185
# i_is_eq_exact_literal_fscI
L714:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_187
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_187
# is_ge_fss
    mov rsi, qword ptr [rbx+24]
    mov edi, 271
# skipped test for small operands since they are always small
    cmp rdi, rsi
L715:
L716:
    jl label_186
# jump_f
    jmp label_190
# label_L
label_185:
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx+8]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_186
    rex test sil, 7
    short je L718
    mov edx, 64
    call 140320710849168
    short jmp L717
L718:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L717:
    mov qword ptr [rbx+32], rax
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_186
# i_is_eq_exact_literal_fscI
L719:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_187
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_187
# is_ge_fss
    mov rsi, qword ptr [rbx+24]
    mov edi, 271
# skipped test for small operands since they are always small
    cmp rdi, rsi
L720:
L721:
    jl label_186
# is_ge_fss
    mov rsi, qword ptr [rbx+24]
    mov edi, 15
# skipped test for small operands since they are always small
    cmp rdi, rsi
L722:
L723:
    jl label_193
# is_lt_fss
    mov rsi, qword ptr [rbx+32]
    mov edi, 3455
# skipped test for small operands since they are always small
    cmp rdi, rsi
L724:
L725:
    jge label_193
# is_lt_fss
    mov esi, 3599
    mov rdi, qword ptr [rbx+32]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L726:
L727:
    jge label_193
# label_L
label_186:
# i_is_ne_exact_literal_fsc
L729:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L728
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jnz label_195
L728:
# label_L
label_187:
# bs_set_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+16]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx+8]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_194
    rex test sil, 7
    short je L731
    mov edx, 64
    call 140320710849168
    short jmp L730
L731:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L730:
    mov qword ptr [rbx+24], rax
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_189
# i_is_eq_exact_literal_fscI
L732:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_189
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_189
# label_L
label_188:
# i_move_sd
    mov qword ptr [rbx], 63
# return
    dec r14
    jl L417
    ret
# label_L
label_189:
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx+8]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_194
    rex test sil, 7
    short je L734
    mov edx, 64
    call 140320710849168
    short jmp L733
L734:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L733:
    mov qword ptr [rbx+32], rax
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx+40], rdi
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_191
# i_is_eq_exact_literal_fscI
L735:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_196
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_196
# label_L
label_190:
# i_move_sd
    mov qword ptr [rbx], 47
# return
    dec r14
    jl L417
    ret
# label_L
label_191:
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 4095
    jne label_192
# i_bs_match_string_SfWM
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rdi+30]
    ja label_192
    mov qword ptr [rbx-120], rdi
    mov rcx, rsi
    and rcx, 7
    shr rsi, 3
    mov rdx, qword ptr [rdi+14]
    add rdx, rsi
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
L736:
    long mov rdi, 9223372036854775807
    xor esi, esi
    mov r8d, 8
    call 94919179751184
    mov rsp, rbp
    test rax, rax
    jne label_192
    mov rdi, qword ptr [rbx-120]
    add qword ptr [rdi+22], 8
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_192
# i_is_eq_exact_literal_fscI
L737:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_196
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_196
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+24]
# (Src == 0xfef || Src == 0xfff) <=> (Src | 0x10) == 0xfff
    or rsi, 16
    cmp rsi, 4095
    je label_195
    jmp label_192
# label_L
label_192:
# bs_set_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+40]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx+8]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_194
    rex test sil, 7
    short je L739
    mov edx, 64
    call 140320710849168
    short jmp L738
L739:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L738:
    mov qword ptr [rbx+24], rax
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_194
# i_is_eq_exact_literal_fscI
L740:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_196
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_196
# is_ge_fss
    mov rsi, qword ptr [rbx+24]
    mov edi, 271
# skipped test for small operands since they are always small
    cmp rdi, rsi
L741:
L742:
    jl label_194
# is_ge_fss
    mov rsi, qword ptr [rbx+24]
    mov edi, 15
# skipped test for small operands since they are always small
    cmp rdi, rsi
L743:
L744:
    jl label_193
# is_lt_fss
    mov rsi, qword ptr [rbx+32]
    mov edi, 3455
# skipped test for small operands since they are always small
    cmp rdi, rsi
L745:
L746:
    jge label_193
# is_ge_fss
    mov esi, 3599
    mov rdi, qword ptr [rbx+32]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L747:
L748:
    jl label_194
# label_L
label_193:
# i_move_sd
    mov qword ptr [rbx], 31
# return
    dec r14
    jl L417
    ret
# label_L
label_194:
# i_is_eq_exact_literal_fscI
L749:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_196
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_196
# label_L
label_195:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L417
    ret
# label_L
label_196:
# bs_set_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+16]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+8]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L750
    mov qword ptr [rbx+16], rdi
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rdi, qword ptr [rbx+16]
L750:
    call 140320710849224
    mov qword ptr [rbx+8], rax
# jump_f
    jmp label_166
# func_line_I
# aligned_label_Lt
    align 8
label_197:
# i_func_info_IaaI
# unicode:ml_map/3
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x9B, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ml_map/3:
# i_breakpoint_trampoline
    short jmp L751
.db 0x00
    call L418
    align 8
L751:
# i_test_yield
    lea rdx, qword ptr [ml_map/3+24]
    dec r14
    jle L416
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_210
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# i_is_tuple_fs
    mov rsi, qword ptr [rbx+16]
# skipped box test since argument is always boxed
    test byte ptr [rsi-2], 63
    jne label_199
# is_integer_fs
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L752
    test al, 1
    jne label_201
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_201
L752:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L753
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L753:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L417
    ret
# label_L
label_199:
# is_integer_fs
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L754
    test al, 1
    jne label_201
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_201
L754:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L755
    mov ecx, 5
.db 0x90
    call 140320710850576
L755:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun2_FtS
    mov rcx, qword ptr [rbx+16]
.db 0x0F, 0x1F, 0x00
    call L413
# is_binary_fs
    mov rdi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L757
    and al, -5
    cmp al, 32
    jne label_200
    short jmp L756
L757:
    cmp byte ptr [rdi+22], 0
    jne label_200
L756:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp ml_map/3
# label_L
label_200:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_216
    cmp dword ptr [rsi-2], 192
    jne label_216
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L758
    mov ecx, 1
    call 140320710850576
L758:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+14], 1
    vmovups xmmword ptr [rbx], xmm0
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L417
    ret
# label_L
label_201:
# i_is_tuple_fs
    mov rsi, qword ptr [rbx+16]
# skipped box test since argument is always boxed
    test byte ptr [rsi-2], 63
    jne label_203
# is_binary_fs
    mov rdi, qword ptr [rbx+24]
    rex test dil, 1
    jne label_206
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L760
    and al, -5
    cmp al, 32
    jne label_206
    short jmp L759
L760:
    cmp byte ptr [rdi+22], 0
    jne label_206
L759:
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+24]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+40], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+40]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx+40], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# is_ge_fss
    mov rsi, qword ptr [rbx+40]
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L761
    cmp rdi, rsi
    short jmp L762
L761:
    call 140320710848608
L762:
    jl label_202
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx+24]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L764
L763:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L765
    mov qword ptr [rbx+56], rsi
    mov ecx, 8
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rsi, qword ptr [rbx+56]
L765:
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
L764:
    mov qword ptr [rbx], rsi
# i_bs_get_binary2_Sftstd
    mov rax, qword ptr [rbx+40]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_217
    and rax, -16
    js label_217
    mov edx, 8
    mul rdx
    jo label_217
    sar rax, 4
    mov rsi, rax
    mov qword ptr [rbx-120], rsi
    mov rcx, qword ptr [rbx]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L766
    mov qword ptr [rbx+56], rcx
    mov ecx, 8
.db 0x90
    call 140320710850576
    mov rcx, qword ptr [rbx+56]
L766:
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, qword ptr [rbx-120]
    mov edx, 64
    lea rcx, qword ptr [rcx+6]
    call 94919179752080
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
    test eax, eax
    je label_217
    mov qword ptr [rbx+40], rax
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L767
    mov qword ptr [rbx+56], rdi
    mov ecx, 8
.db 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+56]
L767:
    call 140320710849224
    mov qword ptr [rbx], rax
# line_I
# i_bs_create_bin_jItd
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L769
L768:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L769:
# calculate sizes
    xor r14d, r14d
# size of an entire binary
    mov rdi, qword ptr [rbx+40]
    call 94919178212384
# skipped check for success since the source is always a bit string
    add r14, rax
# append to binary
    mov edx, 7
    mov rcx, r14
    mov r8d, 4
    mov r9d, 8
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+56], rdi
    mov rdi, r13
    mov rsi, rbx
    call 94919179746000
    mov rdi, qword ptr [rbx+56]
    mov ecx, 1024
    test eax, eax
    short je L768
    mov qword ptr [rbx-120], rax
# construct a binary segment
    mov rdx, 8
    mov rsi, qword ptr [rbx+40]
    mov rdi, r13
    call 94919179743696
    mov ecx, 2104
    test eax, eax
    short je L768
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx+24], rax
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp ml_map/3
# label_L
label_202:
# line_I
# i_bs_create_bin_jItd
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L771
L770:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L771:
# calculate sizes
    xor r14d, r14d
# size of an entire binary
    mov rdi, qword ptr [rbx+24]
    call 94919178212384
# skipped check for success since the source is always a bit string
    add r14, rax
# append to binary
    mov edx, 7
    mov rcx, r14
    xor r8d, r8d
    mov r9d, 8
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+56], rdi
    mov rdi, r13
    mov rsi, rbx
    call 94919179746000
    mov rdi, qword ptr [rbx+56]
    mov ecx, 1024
    test eax, eax
    short je L770
    mov qword ptr [rbx-120], rax
# construct a binary segment
    mov rdx, 8
    mov rsi, qword ptr [rbx+24]
    mov rdi, r13
    call 94919179743696
    mov ecx, 2104
    test eax, eax
    short je L770
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx+24], rax
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rbx+40]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L773
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L772
L773:
    call 140320710853584
L772:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L774
    mov ecx, 5
.db 0x90
    call 140320710850576
L774:
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
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp ml_map/3
# label_L
label_203:
# is_binary_fs
    mov rdi, qword ptr [rbx+24]
    rex test dil, 1
    jne label_206
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L776
    and al, -5
    cmp al, 32
    jne label_206
    short jmp L775
L776:
    cmp byte ptr [rdi+22], 0
    jne label_206
L775:
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+24]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov edi, 131087
# skipped test for small operands since they are always small
    cmp rdi, rsi
L777:
L778:
    jge label_204
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx+24]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L780
L779:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L781
    mov qword ptr [rbx+40], rsi
    mov ecx, 6
.db 0x90
    call 140320710850576
    mov rsi, qword ptr [rbx+40]
L781:
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
L780:
    mov qword ptr [rbx], rsi
# i_bs_get_binary2_Sftstd
    mov esi, 65536
    mov qword ptr [rbx-120], rsi
    mov rcx, qword ptr [rbx]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L782
    mov qword ptr [rbx+40], rcx
    mov ecx, 6
.db 0x90
    call 140320710850576
    mov rcx, qword ptr [rbx+40]
L782:
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, qword ptr [rbx-120]
    mov edx, 64
    lea rcx, qword ptr [rcx+6]
    call 94919179752080
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
    test eax, eax
    je label_218
    mov qword ptr [rbx+40], rax
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L783
    mov qword ptr [rbx+48], rdi
    mov ecx, 7
.db 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+48]
L783:
    call 140320710849224
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L784
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L784:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp ml_map/3
# label_L
label_204:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L785
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L785:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun2_FtS
    mov rcx, qword ptr [rbx+16]
.db 0x0F, 0x1F, 0x00
    call L413
# is_binary_fs
    mov rdi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L787
    and al, -5
    cmp al, 32
    jne label_205
    short jmp L786
L787:
    cmp byte ptr [rdi+22], 0
    jne label_205
L786:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp ml_map/3
# label_L
label_205:
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_219
    cmp esi, 192
    je label_209
    cmp esi, 256
    je label_208
    jne label_219
# label_L
label_206:
# is_list_fs
    mov rax, qword ptr [rbx+24]
    cmp rax, 59
    short je L788
    test al, 2
    jne label_212
L788:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L789
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L789:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call ml_map/3
# is_binary_fs
    mov rdi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L791
    and al, -5
    cmp al, 32
    jne label_207
    short jmp L790
L791:
    cmp byte ptr [rdi+22], 0
    jne label_207
L790:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp ml_map/3
# label_L
label_207:
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_220
    cmp esi, 192
    je label_209
    cmp esi, 256
    je label_208
    jne label_220
# label_L
label_208:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L792
    mov ecx, 1
    call 140320710850576
L792:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+14]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx], rdi
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
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+16], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 16
    jmp ml_map/3
# label_L
label_209:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L793
    mov ecx, 1
    call 140320710850576
L793:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+14], 1
    vmovups xmmword ptr [rbx], xmm0
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L417
    ret
# label_L
label_210:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_212
# i_is_tuple_fs
    mov rsi, qword ptr [rbx+16]
# skipped box test since argument is always boxed
    test byte ptr [rsi-2], 63
    jne label_211
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L794
    mov ecx, 3
    call 140320710850576
L794:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 20811
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L417
    ret
# label_L
label_211:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L417
    ret
# label_L
label_212:
# i_is_tuple_fs
    mov rsi, qword ptr [rbx+16]
# skipped box test since argument is always boxed
    test byte ptr [rsi-2], 63
    jne label_214
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_197
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L796
    and al, -5
    cmp al, 32
    jne label_197
    short jmp L795
L796:
    cmp byte ptr [rdi+22], 0
    jne label_197
L795:
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+24], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+32], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+32]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx+32], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# is_ge_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L797
    cmp rdi, rsi
    short jmp L798
L797:
    call 140320710848608
L798:
    jl label_213
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L799
    mov ecx, 6
.db 0x90
    call 140320710850576
L799:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp ml_map/3
# label_L
label_213:
# line_I
# i_bs_create_bin_jItd
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L801
L800:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L801:
# calculate sizes
    xor r14d, r14d
# size of an entire binary
    mov rdi, qword ptr [rbx]
    call 94919178212384
# skipped check for success since the source is always a bit string
    add r14, rax
# append to binary
    mov edx, 6
    mov rcx, r14
    xor r8d, r8d
    mov r9d, 8
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+48], rdi
    mov rdi, r13
    mov rsi, rbx
    call 94919179746000
    mov rdi, qword ptr [rbx+48]
    mov ecx, 1024
    test eax, eax
    short je L800
    mov qword ptr [rbx-120], rax
# construct a binary segment
    mov rdx, 8
    mov rsi, qword ptr [rbx]
    mov rdi, r13
    call 94919179743696
    mov ecx, 2104
    test eax, eax
    short je L800
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx], rax
# i_minus_ssjd
    mov rsi, qword ptr [rbx+32]
    mov rdx, qword ptr [rbx+24]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L803
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L802
L803:
    call 140320710853584
L802:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L804
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L804:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 20811
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+24], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L417
    ret
# label_L
label_214:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_197
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L806
    and al, -5
    cmp al, 32
    jne label_197
    short jmp L805
L806:
    cmp byte ptr [rdi+22], 0
    jne label_197
L805:
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+24], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+24]
    mov edi, 131087
# skipped test for small operands since they are always small
    cmp rdi, rsi
L807:
L808:
    jge label_215
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L810
L809:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L811
    mov qword ptr [rbx+24], rsi
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
    mov rsi, qword ptr [rbx+24]
L811:
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
L810:
    mov qword ptr [rbx+24], rsi
# i_bs_get_binary2_Sftstd
    mov esi, 65536
    mov qword ptr [rbx-120], rsi
    mov rcx, qword ptr [rbx+24]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L812
    mov qword ptr [rbx+32], rcx
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rcx, qword ptr [rbx+32]
L812:
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, qword ptr [rbx-120]
    mov edx, 64
    lea rcx, qword ptr [rcx+6]
    call 94919179752080
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
    test eax, eax
    je label_221
    mov qword ptr [rbx+32], rax
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+24]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L813
    mov qword ptr [rbx+40], rdi
    mov ecx, 6
    call 140320710850576
    mov rdi, qword ptr [rbx+40]
L813:
    call 140320710849224
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L814
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L814:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp ml_map/3
# label_L
label_215:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L815
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L815:
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# line_I
# i_call_fun2_last_FtSt
    mov rcx, qword ptr [rbx+16]
    jmp L413
# label_L
label_216:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_217:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_218:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_219:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_220:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_221:
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
label_222:
# i_func_info_IaaI
# unicode:i_trans/1
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x9C, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
i_trans/1:
# i_breakpoint_trampoline
    short jmp L816
.db 0x00
    call L418
    align 8
L816:
# i_test_yield
    lea rdx, qword ptr [i_trans/1+24]
    dec r14
    jle L416
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_228
    test byte ptr [rsi-2], 63
    jne label_228
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 128
    short jne label_222
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 44363
    je label_226
    cmp rsi, 44427
    je label_224
    jmp label_222
# label_L
label_224:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 5707
    je label_230
    cmp rsi, 23371
    je label_225
    jmp label_222
# label_L
label_225:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L817
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L817:
# i_make_fun3_FStt
L818:
    long mov rsi, 9223372036854775807
    mov edx, 1
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
# return
    dec r14
    jl L417
    ret
# label_L
label_226:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 5707
    je label_231
    cmp rsi, 23371
    je label_227
    jmp label_222
# label_L
label_227:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L819
    xor ecx, ecx
.db 0x90
    call 140320710850576
L819:
# i_make_fun3_FStt
L820:
    long mov rsi, 9223372036854775807
    mov edx, 1
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
# return
    dec r14
    jl L417
    ret
# label_L
label_228:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 22667
    je label_233
    cmp rsi, 43979
    je label_232
    cmp rsi, 44299
    je label_229
    cmp rsi, 44363
    je label_231
    cmp rsi, 44427
    je label_230
    jmp label_222
# label_L
label_229:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L821
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L821:
# i_make_fun3_FStt
L822:
    long mov rsi, 9223372036854775807
    mov edx, 1
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
# return
    dec r14
    jl L417
    ret
# label_L
label_230:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L823
    xor ecx, ecx
    call 140320710850576
L823:
# i_make_fun3_FStt
L824:
    long mov rsi, 9223372036854775807
    mov edx, 1
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
# return
    dec r14
    jl L417
    ret
# label_L
label_231:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L825
    xor ecx, ecx
    call 140320710850576
L825:
# i_make_fun3_FStt
L826:
    long mov rsi, 9223372036854775807
    mov edx, 1
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
# return
    dec r14
    jl L417
    ret
# label_L
label_232:
# i_move_sd
    mov qword ptr [rbx], 44299
# i_call_only_f
    jmp i_trans/1
# label_L
label_233:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L827
    xor ecx, ecx
    call 140320710850576
L827:
# i_make_fun3_FStt
L828:
    long mov rsi, 9223372036854775807
    mov edx, 1
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
# return
    dec r14
    jl L417
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_234:
# i_func_info_IaaI
# unicode:i_trans_chk/1
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x9C, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
i_trans_chk/1:
# i_breakpoint_trampoline
    short jmp L829
.db 0x00
    call L418
    align 8
L829:
# i_test_yield
    lea rdx, qword ptr [i_trans_chk/1+24]
    dec r14
    jle L416
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_240
    test byte ptr [rsi-2], 63
    jne label_240
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 128
    short jne label_234
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 44363
    je label_238
    cmp rsi, 44427
    je label_236
    jmp label_234
# label_L
label_236:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 5707
    je label_242
    cmp rsi, 23371
    je label_237
    jmp label_234
# label_L
label_237:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L830
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L830:
# i_make_fun3_FStt
L831:
    long mov rsi, 9223372036854775807
    mov edx, 1
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
# return
    dec r14
    jl L417
    ret
# label_L
label_238:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 5707
    je label_243
    cmp rsi, 23371
    je label_239
    jmp label_234
# label_L
label_239:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L832
    xor ecx, ecx
.db 0x90
    call 140320710850576
L832:
# i_make_fun3_FStt
L833:
    long mov rsi, 9223372036854775807
    mov edx, 1
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
# return
    dec r14
    jl L417
    ret
# label_L
label_240:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 22667
    je label_245
    cmp rsi, 43979
    je label_244
    cmp rsi, 44299
    je label_241
    cmp rsi, 44363
    je label_243
    cmp rsi, 44427
    je label_242
    jmp label_234
# label_L
label_241:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L834
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L834:
# i_make_fun3_FStt
L835:
    long mov rsi, 9223372036854775807
    mov edx, 1
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
# return
    dec r14
    jl L417
    ret
# label_L
label_242:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L836
    xor ecx, ecx
    call 140320710850576
L836:
# i_make_fun3_FStt
L837:
    long mov rsi, 9223372036854775807
    mov edx, 1
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
# return
    dec r14
    jl L417
    ret
# label_L
label_243:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L838
    xor ecx, ecx
    call 140320710850576
L838:
# i_make_fun3_FStt
L839:
    long mov rsi, 9223372036854775807
    mov edx, 1
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
# return
    dec r14
    jl L417
    ret
# label_L
label_244:
# i_move_sd
    mov qword ptr [rbx], 44299
# i_call_only_f
    jmp i_trans_chk/1
# label_L
label_245:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L840
    xor ecx, ecx
    call 140320710850576
L840:
# i_make_fun3_FStt
L841:
    long mov rsi, 9223372036854775807
    mov edx, 1
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
# return
    dec r14
    jl L417
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_246:
# i_func_info_IaaI
# unicode:o_trans/1
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x9C, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
o_trans/1:
# i_breakpoint_trampoline
    short jmp L842
.db 0x00
    call L418
    align 8
L842:
# i_test_yield
    lea rdx, qword ptr [o_trans/1+24]
    dec r14
    jle L416
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_254
    test byte ptr [rsi-2], 63
    jne label_254
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 128
    short jne label_246
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 44363
    je label_251
    cmp rsi, 44427
    je label_248
    jmp label_246
# label_L
label_248:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 5707
    je label_250
    cmp rsi, 23371
    je label_249
    jmp label_246
# label_L
label_249:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L843
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L843:
# i_make_fun3_FStt
L844:
    long mov rsi, 9223372036854775807
    mov edx, 1
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
# return
    dec r14
    jl L417
    ret
# label_L
label_250:
# i_move_sd
    mov qword ptr [rbx], 44427
# i_call_only_f
    jmp o_trans/1
# label_L
label_251:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 5707
    je label_253
    cmp rsi, 23371
    je label_252
    jmp label_246
# label_L
label_252:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L845
    xor ecx, ecx
.db 0x90
    call 140320710850576
L845:
# i_make_fun3_FStt
L846:
    long mov rsi, 9223372036854775807
    mov edx, 1
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
# return
    dec r14
    jl L417
    ret
# label_L
label_253:
# i_move_sd
    mov qword ptr [rbx], 44363
# i_call_only_f
    jmp o_trans/1
# label_L
label_254:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 22667
    je label_259
    cmp rsi, 43979
    je label_258
    cmp rsi, 44299
    je label_255
    cmp rsi, 44363
    je label_257
    cmp rsi, 44427
    je label_256
    jmp label_246
# label_L
label_255:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L847
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L847:
# i_make_fun3_FStt
L848:
    long mov rsi, 9223372036854775807
    mov edx, 1
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
# return
    dec r14
    jl L417
    ret
# label_L
label_256:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L849
    xor ecx, ecx
    call 140320710850576
L849:
# i_make_fun3_FStt
L850:
    long mov rsi, 9223372036854775807
    mov edx, 1
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
# return
    dec r14
    jl L417
    ret
# label_L
label_257:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L851
    xor ecx, ecx
    call 140320710850576
L851:
# i_make_fun3_FStt
L852:
    long mov rsi, 9223372036854775807
    mov edx, 1
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
# return
    dec r14
    jl L417
    ret
# label_L
label_258:
# i_move_sd
    mov qword ptr [rbx], 44299
# i_call_only_f
    jmp o_trans/1
# label_L
label_259:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L853
    xor ecx, ecx
    call 140320710850576
L853:
# i_make_fun3_FStt
L854:
    long mov rsi, 9223372036854775807
    mov edx, 1
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
# return
    dec r14
    jl L417
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_260:
# i_func_info_IaaI
# unicode:do_o_binary/2
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x9C, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_o_binary/2:
# i_breakpoint_trampoline
    short jmp L855
.db 0x00
    call L418
    align 8
L855:
# i_test_yield
    lea rdx, qword ptr [do_o_binary/2+24]
    dec r14
    jle L416
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L856
    mov ecx, 2
    call 140320710850576
L856:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call do_o_binary2/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_262
    test byte ptr [rsi-2], 63
    jne label_262
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L857:
L858:
    long mov rcx, 9223372036854775807
    mov rax, 94919179448912
    lea rdx, qword ptr [L857]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L859
    mov ecx, 1
    call 140320710850576
L859:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_262:
# line_I
# call_light_bif_be
    align 4
L860:
L861:
    long mov rcx, 9223372036854775807
    mov rax, 94919179448912
    lea rdx, qword ptr [L860]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_263:
# i_func_info_IaaI
# unicode:do_o_binary2/2
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x9D, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_o_binary2/2:
# i_breakpoint_trampoline
    short jmp L862
.db 0x00
    call L418
    align 8
L862:
# i_test_yield
    lea rdx, qword ptr [do_o_binary2/2+24]
    dec r14
    jle L416
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_268
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L863
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L863:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# catch_yf
    inc qword ptr [r13+264]
L864:
    mov eax, 2147483647
    mov qword ptr [rsp+24], rax
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L865]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L865:
    call rdi
.db 0x90
    call rdi
# label_L
label_265:
# catch_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+24], 59
    cmp qword ptr [rbx], 0
    short jne L866
    call 140320710850088
L866:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp+24]
    rex test sil, 1
    jne label_266
    cmp dword ptr [rsi-2], 128
    jne label_266
    cmp qword ptr [rsi+6], 1355
    jne label_266
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L867
    xor ecx, ecx
.db 0x90
    call 140320710850576
L867:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
L868:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L417
    ret
# label_L
label_266:
# is_binary_fs
    mov rdi, qword ptr [rsp+24]
    rex test dil, 1
    jne label_269
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L870
    and al, -5
    cmp al, 32
    jne label_269
    short jmp L869
L870:
    cmp byte ptr [rdi+22], 0
    jne label_269
L869:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call do_o_binary2/2
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_267
    test byte ptr [rsi-2], 63
    jne label_267
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L871
    mov ecx, 1
.db 0x90
    call 140320710850576
L871:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+14], 1
    vmovups xmmword ptr [rbx], xmm0
# put_cons_ss
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L417
    ret
# label_L
label_267:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L872
    mov ecx, 1
.db 0x90
    call 140320710850576
L872:
# put_cons_ss
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L417
    ret
# label_L
label_268:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_263
# i_move_sd
L873:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L417
    ret
# label_L
label_269:
# line_I
# case_end_s
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_270:
# i_func_info_IaaI
# unicode:do_i_utf8_chk/1
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x9D, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_i_utf8_chk/1:
# i_breakpoint_trampoline
    short jmp L874
.db 0x00
    call L418
    align 8
L874:
# i_test_yield
    lea rdx, qword ptr [do_i_utf8_chk/1+24]
    dec r14
    jle L416
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_278
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L876
# is_binary_header
    cmp al, 40
    short je L875
    and al, -5
    cmp al, 32
    jne label_278
L875:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L877
    mov qword ptr [rbx+8], rsi
    mov ecx, 2
    call 140320710850576
    mov rsi, qword ptr [rbx+8]
L877:
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
L876:
    mov qword ptr [rbx+8], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx], rdi
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_272
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L417
    ret
# label_L
label_272:
# i_bs_get_utf8_Sfd
    mov rdi, qword ptr [rbx+8]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rdi, qword ptr [rdi+6]
    call 94919179750352
    mov rsp, rbp
    test eax, eax
    je label_277
    mov qword ptr [rbx+16], rax
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx+8]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_277
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 4095
# skipped test for small operands since they are always small
    cmp rdi, rsi
L878:
L879:
    jl label_276
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L880
    mov ecx, 3
    call 140320710850576
L880:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call do_i_utf8_chk/1
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_275
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 192
    je label_274
    cmp esi, 256
    je label_273
    jne label_275
# label_L
label_273:
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L881
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L881:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+14]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 20811
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_274:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L882
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L882:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+14], 1
    vmovups xmmword ptr [rbx], xmm0
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
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
    jl L417
    ret
# label_L
label_275:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L883
    test al, 2
    jne label_280
L883:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L884
    mov ecx, 1
.db 0x90
    call 140320710850576
L884:
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
    jl L417
    ret
# label_L
label_276:
# bs_set_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+8]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L885
    mov qword ptr [rbx+16], rdi
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+16]
L885:
    call 140320710849224
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L886
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L886:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov qword ptr [r15+16], 59
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L417
    ret
# label_L
label_277:
# bs_set_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+8]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L887
    mov qword ptr [rbx+16], rdi
    mov ecx, 3
.db 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+16]
L887:
    call 140320710849224
    mov qword ptr [rbx], rax
# is_binary_fs
    mov rdi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L889
# simplified binary test since source is always a bitstring when boxed
    short jmp L888
L889:
    cmp byte ptr [rdi+22], 0
    jne label_270
L888:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L890
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L890:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx], 44299
# line_I
# i_call_f
.db 0x90
    call cbv/2
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L891
    test al, 1
    jne label_279
# skipped header test since we know it's a bignum when boxed
L891:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L892
    mov ecx, 1
.db 0x90
    call 140320710850576
L892:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 20811
    mov qword ptr [r15+16], 59
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_278:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_270
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L894
    and al, -5
    cmp al, 32
    jne label_270
    short jmp L893
L894:
    cmp byte ptr [rdi+22], 0
    jne label_270
L893:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L895
    mov ecx, 1
    call 140320710850576
L895:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 44299
# i_call_f
.db 0x66, 0x90
    call cbv/2
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L896
    test al, 1
    jne label_279
# skipped header test since we know it's a bignum when boxed
L896:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L897
    mov ecx, 1
.db 0x90
    call 140320710850576
L897:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 20811
    mov qword ptr [r15+16], 59
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_279:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L898
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L898:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov qword ptr [r15+16], 59
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_280:
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
label_281:
# i_func_info_IaaI
# unicode:do_i_utf16_big_chk/1
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x9D, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_i_utf16_big_chk/1:
# i_breakpoint_trampoline
    short jmp L899
.db 0x00
    call L418
    align 8
L899:
# i_test_yield
    lea rdx, qword ptr [do_i_utf16_big_chk/1+24]
    dec r14
    jle L416
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_289
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L901
# is_binary_header
    cmp al, 40
    short je L900
    and al, -5
    cmp al, 32
    jne label_289
L900:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L902
    mov qword ptr [rbx+8], rsi
    mov ecx, 2
    call 140320710850576
    mov rsi, qword ptr [rbx+8]
L902:
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
L901:
    mov qword ptr [rbx+8], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx], rdi
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_283
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L417
    ret
# label_L
label_283:
# i_bs_get_utf16_Sftd
    mov rdi, qword ptr [rbx+8]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rdi, qword ptr [rdi+6]
    xor esi, esi
    call 94919179750896
    mov rsp, rbp
    test eax, eax
    je label_288
    mov qword ptr [rbx+16], rax
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx+8]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_288
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 4095
# skipped test for small operands since they are always small
    cmp rdi, rsi
L903:
L904:
    jl label_287
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L905
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L905:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call do_i_utf16_big_chk/1
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_286
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 192
    je label_285
    cmp esi, 256
    je label_284
    jne label_286
# label_L
label_284:
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L906
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L906:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+14]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 20811
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_285:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L907
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L907:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+14], 1
    vmovups xmmword ptr [rbx], xmm0
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
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
    jl L417
    ret
# label_L
label_286:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L908
    test al, 2
    jne label_291
L908:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L909
    mov ecx, 1
.db 0x90
    call 140320710850576
L909:
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
    jl L417
    ret
# label_L
label_287:
# bs_set_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+8]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L910
    mov qword ptr [rbx+16], rdi
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+16]
L910:
    call 140320710849224
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L911
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L911:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov qword ptr [r15+16], 59
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L417
    ret
# label_L
label_288:
# bs_set_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+8]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L912
    mov qword ptr [rbx+16], rdi
    mov ecx, 3
.db 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+16]
L912:
    call 140320710849224
    mov qword ptr [rbx], rax
# is_binary_fs
    mov rdi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L914
# simplified binary test since source is always a bitstring when boxed
    short jmp L913
L914:
    cmp byte ptr [rdi+22], 0
    jne label_281
L913:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L915
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L915:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
L916:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call cbv/2
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L917
    test al, 1
    jne label_290
# skipped header test since we know it's a bignum when boxed
L917:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L918
    mov ecx, 1
.db 0x90
    call 140320710850576
L918:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 20811
    mov qword ptr [r15+16], 59
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_289:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_281
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L920
    and al, -5
    cmp al, 32
    jne label_281
    short jmp L919
L920:
    cmp byte ptr [rdi+22], 0
    jne label_281
L919:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L921
    mov ecx, 1
    call 140320710850576
L921:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L922:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_f
    call cbv/2
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L923
    test al, 1
    jne label_290
# skipped header test since we know it's a bignum when boxed
L923:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L924
    mov ecx, 1
.db 0x90
    call 140320710850576
L924:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 20811
    mov qword ptr [r15+16], 59
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_290:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L925
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L925:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov qword ptr [r15+16], 59
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_291:
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
label_292:
# i_func_info_IaaI
# unicode:do_i_utf16_little_chk/1
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x9D, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_i_utf16_little_chk/1:
# i_breakpoint_trampoline
    short jmp L926
.db 0x00
    call L418
    align 8
L926:
# i_test_yield
    lea rdx, qword ptr [do_i_utf16_little_chk/1+24]
    dec r14
    jle L416
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_300
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L928
# is_binary_header
    cmp al, 40
    short je L927
    and al, -5
    cmp al, 32
    jne label_300
L927:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L929
    mov qword ptr [rbx+8], rsi
    mov ecx, 2
    call 140320710850576
    mov rsi, qword ptr [rbx+8]
L929:
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
L928:
    mov qword ptr [rbx+8], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx], rdi
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_294
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L417
    ret
# label_L
label_294:
# i_bs_get_utf16_Sftd
    mov rdi, qword ptr [rbx+8]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rdi, qword ptr [rdi+6]
    mov esi, 2
    call 94919179750896
    mov rsp, rbp
    test eax, eax
    je label_299
    mov qword ptr [rbx+16], rax
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx+8]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_299
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 4095
# skipped test for small operands since they are always small
    cmp rdi, rsi
L930:
L931:
    jl label_298
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L932
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L932:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call do_i_utf16_little_chk/1
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_297
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 192
    je label_296
    cmp esi, 256
    je label_295
    jne label_297
# label_L
label_295:
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L933
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L933:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+14]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 20811
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_296:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L934
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L934:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+14], 1
    vmovups xmmword ptr [rbx], xmm0
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
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
    jl L417
    ret
# label_L
label_297:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L935
    test al, 2
    jne label_302
L935:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L936
    mov ecx, 1
.db 0x90
    call 140320710850576
L936:
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
    jl L417
    ret
# label_L
label_298:
# bs_set_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+8]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L937
    mov qword ptr [rbx+16], rdi
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+16]
L937:
    call 140320710849224
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L938
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L938:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov qword ptr [r15+16], 59
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L417
    ret
# label_L
label_299:
# bs_set_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+8]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L939
    mov qword ptr [rbx+16], rdi
    mov ecx, 3
.db 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+16]
L939:
    call 140320710849224
    mov qword ptr [rbx], rax
# is_binary_fs
    mov rdi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L941
# simplified binary test since source is always a bitstring when boxed
    short jmp L940
L941:
    cmp byte ptr [rdi+22], 0
    jne label_292
L940:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L942
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L942:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
L943:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call cbv/2
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L944
    test al, 1
    jne label_301
# skipped header test since we know it's a bignum when boxed
L944:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L945
    mov ecx, 1
.db 0x90
    call 140320710850576
L945:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 20811
    mov qword ptr [r15+16], 59
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_300:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_292
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L947
    and al, -5
    cmp al, 32
    jne label_292
    short jmp L946
L947:
    cmp byte ptr [rdi+22], 0
    jne label_292
L946:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L948
    mov ecx, 1
    call 140320710850576
L948:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L949:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_f
    call cbv/2
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L950
    test al, 1
    jne label_301
# skipped header test since we know it's a bignum when boxed
L950:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L951
    mov ecx, 1
.db 0x90
    call 140320710850576
L951:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 20811
    mov qword ptr [r15+16], 59
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_301:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L952
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L952:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov qword ptr [r15+16], 59
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_302:
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
label_303:
# i_func_info_IaaI
# unicode:do_i_utf32_big_chk/1
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x9E, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_i_utf32_big_chk/1:
# i_breakpoint_trampoline
    short jmp L953
.db 0x00
    call L418
    align 8
L953:
# i_test_yield
    lea rdx, qword ptr [do_i_utf32_big_chk/1+24]
    dec r14
    jle L416
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_309
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L955
# is_binary_header
    cmp al, 40
    short je L954
    and al, -5
    cmp al, 32
    jne label_309
L954:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L956
    mov qword ptr [rbx+8], rsi
    mov ecx, 2
    call 140320710850576
    mov rsi, qword ptr [rbx+8]
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
    mov qword ptr [rbx+8], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx], rdi
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_305
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L417
    ret
# label_L
label_305:
# i_bs_get_integer_32_Stfd
    mov rcx, qword ptr [rbx+8]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+32]
    cmp rdx, qword ptr [rcx+30]
    ja label_308
    rex test sil, 7
    short je L958
    mov edx, 256
    call 140320710849168
    short jmp L957
L958:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movbe eax, dword ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L957:
    mov qword ptr [rbx+16], rax
# i_bs_validate_unicode_retract_jsS
    mov rdi, qword ptr [rbx+16]
    mov edx, edi
    and edx, 15
    cmp edx, 15
    jne L959
    cmp rdi, 884751
    jb L960
    cmp rdi, 917503
    jbe L959
    cmp rdi, 17825791
    ja L959
    jmp L960
L959:
    mov rdi, qword ptr [rbx+8]
    sub qword ptr [rdi+22], 32
    jmp label_308
L960:
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx+8]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_308
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 4095
# skipped test for small operands since they are always small
    cmp rdi, rsi
L961:
L962:
    jl label_307
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L963
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L963:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call do_i_utf32_big_chk/1
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_306
    cmp dword ptr [rsi-2], 192
    jne label_306
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L964
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L964:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+14], 1
    vmovups xmmword ptr [rbx], xmm0
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
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
    jl L417
    ret
# label_L
label_306:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L965
    test al, 2
    jne label_311
L965:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L966
    mov ecx, 1
.db 0x90
    call 140320710850576
L966:
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
    jl L417
    ret
# label_L
label_307:
# bs_set_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+8]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L967
    mov qword ptr [rbx+16], rdi
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+16]
L967:
    call 140320710849224
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L968
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L968:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov qword ptr [r15+16], 59
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L417
    ret
# label_L
label_308:
# bs_set_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+8]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L969
    mov qword ptr [rbx+16], rdi
    mov ecx, 3
.db 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+16]
L969:
    call 140320710849224
    mov qword ptr [rbx], rax
# is_binary_fs
    mov rdi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L971
# simplified binary test since source is always a bitstring when boxed
    short jmp L970
L971:
    cmp byte ptr [rdi+22], 0
    jne label_303
L970:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L972
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L972:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
L973:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call cbv/2
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L974
    test al, 1
    jne label_310
# skipped header test since we know it's a bignum when boxed
L974:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L975
    mov ecx, 1
.db 0x90
    call 140320710850576
L975:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 20811
    mov qword ptr [r15+16], 59
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_309:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_303
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L977
    and al, -5
    cmp al, 32
    jne label_303
    short jmp L976
L977:
    cmp byte ptr [rdi+22], 0
    jne label_303
L976:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L978
    mov ecx, 1
    call 140320710850576
L978:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L979:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_f
    call cbv/2
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L980
    test al, 1
    jne label_310
# skipped header test since we know it's a bignum when boxed
L980:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L981
    mov ecx, 1
.db 0x90
    call 140320710850576
L981:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 20811
    mov qword ptr [r15+16], 59
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_310:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L982
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L982:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov qword ptr [r15+16], 59
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_311:
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
label_312:
# i_func_info_IaaI
# unicode:do_i_utf32_little_chk/1
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x9E, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_i_utf32_little_chk/1:
# i_breakpoint_trampoline
    short jmp L983
.db 0x00
    call L418
    align 8
L983:
# i_test_yield
    lea rdx, qword ptr [do_i_utf32_little_chk/1+24]
    dec r14
    jle L416
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_318
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L985
# is_binary_header
    cmp al, 40
    short je L984
    and al, -5
    cmp al, 32
    jne label_318
L984:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L986
    mov qword ptr [rbx+8], rsi
    mov ecx, 2
    call 140320710850576
    mov rsi, qword ptr [rbx+8]
L986:
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
L985:
    mov qword ptr [rbx+8], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx], rdi
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_314
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L417
    ret
# label_L
label_314:
# i_bs_get_integer_32_Stfd
    mov rcx, qword ptr [rbx+8]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+32]
    cmp rdx, qword ptr [rcx+30]
    ja label_317
    rex test sil, 7
    short je L988
    mov edx, 258
    call 140320710849168
    short jmp L987
L988:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    mov eax, dword ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L987:
    mov qword ptr [rbx+16], rax
# i_bs_validate_unicode_retract_jsS
    mov rdi, qword ptr [rbx+16]
    mov edx, edi
    and edx, 15
    cmp edx, 15
    jne L989
    cmp rdi, 884751
    jb L990
    cmp rdi, 917503
    jbe L989
    cmp rdi, 17825791
    ja L989
    jmp L990
L989:
    mov rdi, qword ptr [rbx+8]
    sub qword ptr [rdi+22], 32
    jmp label_317
L990:
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx+8]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_317
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 4095
# skipped test for small operands since they are always small
    cmp rdi, rsi
L991:
L992:
    jl label_316
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L993
    mov ecx, 3
    call 140320710850576
L993:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call do_i_utf32_little_chk/1
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_315
    cmp dword ptr [rsi-2], 192
    jne label_315
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L994
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L994:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+14], 1
    vmovups xmmword ptr [rbx], xmm0
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
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
    jl L417
    ret
# label_L
label_315:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L995
    test al, 2
    jne label_320
L995:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L996
    mov ecx, 1
.db 0x90
    call 140320710850576
L996:
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
    jl L417
    ret
# label_L
label_316:
# bs_set_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+8]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L997
    mov qword ptr [rbx+16], rdi
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+16]
L997:
    call 140320710849224
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L998
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L998:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov qword ptr [r15+16], 59
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L417
    ret
# label_L
label_317:
# bs_set_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+8]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L999
    mov qword ptr [rbx+16], rdi
    mov ecx, 3
.db 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+16]
L999:
    call 140320710849224
    mov qword ptr [rbx], rax
# is_binary_fs
    mov rdi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1001
# simplified binary test since source is always a bitstring when boxed
    short jmp L1000
L1001:
    cmp byte ptr [rdi+22], 0
    jne label_312
L1000:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1002
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1002:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
L1003:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call cbv/2
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1004
    test al, 1
    jne label_319
# skipped header test since we know it's a bignum when boxed
L1004:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1005
    mov ecx, 1
.db 0x90
    call 140320710850576
L1005:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 20811
    mov qword ptr [r15+16], 59
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_318:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_312
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1007
    and al, -5
    cmp al, 32
    jne label_312
    short jmp L1006
L1007:
    cmp byte ptr [rdi+22], 0
    jne label_312
L1006:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1008
    mov ecx, 1
    call 140320710850576
L1008:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L1009:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_f
    call cbv/2
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1010
    test al, 1
    jne label_319
# skipped header test since we know it's a bignum when boxed
L1010:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1011
    mov ecx, 1
.db 0x90
    call 140320710850576
L1011:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 20811
    mov qword ptr [r15+16], 59
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_319:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1012
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1012:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov qword ptr [r15+16], 59
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_320:
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
label_321:
# i_func_info_IaaI
# unicode:do_i_utf8/1
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x9E, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_i_utf8/1:
# i_breakpoint_trampoline
    short jmp L1013
.db 0x00
    call L418
    align 8
L1013:
# i_test_yield
    lea rdx, qword ptr [do_i_utf8/1+24]
    dec r14
    jle L416
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_328
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L1015
# is_binary_header
    cmp al, 40
    short je L1014
    and al, -5
    cmp al, 32
    jne label_328
L1014:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1016
    mov qword ptr [rbx+8], rsi
    mov ecx, 2
    call 140320710850576
    mov rsi, qword ptr [rbx+8]
L1016:
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
L1015:
    mov qword ptr [rbx+8], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx], rdi
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_323
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L417
    ret
# label_L
label_323:
# i_bs_get_utf8_Sfd
    mov rdi, qword ptr [rbx+8]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rdi, qword ptr [rdi+6]
    call 94919179750352
    mov rsp, rbp
    test eax, eax
    je label_327
    mov qword ptr [rbx+16], rax
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx+8]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_327
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1017
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1017:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call do_i_utf8/1
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_326
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 192
    je label_325
    cmp esi, 256
    je label_324
    jne label_326
# label_L
label_324:
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1018
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1018:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+14]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 20811
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_325:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1019
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1019:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+14], 1
    vmovups xmmword ptr [rbx], xmm0
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
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
    jl L417
    ret
# label_L
label_326:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L1020
    test al, 2
    jne label_330
L1020:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1021
    mov ecx, 1
.db 0x90
    call 140320710850576
L1021:
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
    jl L417
    ret
# label_L
label_327:
# bs_set_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+8]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1022
    mov qword ptr [rbx+16], rdi
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+16]
L1022:
    call 140320710849224
    mov qword ptr [rbx], rax
# is_binary_fs
    mov rdi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1024
# simplified binary test since source is always a bitstring when boxed
    short jmp L1023
L1024:
    cmp byte ptr [rdi+22], 0
    jne label_321
L1023:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1025
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1025:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx], 44299
# line_I
# i_call_f
.db 0x90
    call cbv/2
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1026
    test al, 1
    jne label_329
# skipped header test since we know it's a bignum when boxed
L1026:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1027
    mov ecx, 1
.db 0x90
    call 140320710850576
L1027:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 20811
    mov qword ptr [r15+16], 59
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_328:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_321
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1029
    and al, -5
    cmp al, 32
    jne label_321
    short jmp L1028
L1029:
    cmp byte ptr [rdi+22], 0
    jne label_321
L1028:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1030
    mov ecx, 1
    call 140320710850576
L1030:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 44299
# i_call_f
.db 0x66, 0x90
    call cbv/2
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1031
    test al, 1
    jne label_329
# skipped header test since we know it's a bignum when boxed
L1031:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1032
    mov ecx, 1
.db 0x90
    call 140320710850576
L1032:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 20811
    mov qword ptr [r15+16], 59
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_329:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1033
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1033:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov qword ptr [r15+16], 59
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_330:
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
label_331:
# i_func_info_IaaI
# unicode:do_i_utf16_big/1
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x9E, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_i_utf16_big/1:
# i_breakpoint_trampoline
    short jmp L1034
.db 0x00
    call L418
    align 8
L1034:
# i_test_yield
    lea rdx, qword ptr [do_i_utf16_big/1+24]
    dec r14
    jle L416
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_338
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L1036
# is_binary_header
    cmp al, 40
    short je L1035
    and al, -5
    cmp al, 32
    jne label_338
L1035:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1037
    mov qword ptr [rbx+8], rsi
    mov ecx, 2
    call 140320710850576
    mov rsi, qword ptr [rbx+8]
L1037:
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
L1036:
    mov qword ptr [rbx+8], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx], rdi
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_333
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L417
    ret
# label_L
label_333:
# i_bs_get_utf16_Sftd
    mov rdi, qword ptr [rbx+8]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rdi, qword ptr [rdi+6]
    xor esi, esi
    call 94919179750896
    mov rsp, rbp
    test eax, eax
    je label_337
    mov qword ptr [rbx+16], rax
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx+8]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_337
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1038
    mov ecx, 3
    call 140320710850576
L1038:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call do_i_utf16_big/1
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_336
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 192
    je label_335
    cmp esi, 256
    je label_334
    jne label_336
# label_L
label_334:
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1039
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1039:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+14]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 20811
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_335:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1040
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1040:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+14], 1
    vmovups xmmword ptr [rbx], xmm0
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
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
    jl L417
    ret
# label_L
label_336:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L1041
    test al, 2
    jne label_340
L1041:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1042
    mov ecx, 1
.db 0x90
    call 140320710850576
L1042:
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
    jl L417
    ret
# label_L
label_337:
# bs_set_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+8]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1043
    mov qword ptr [rbx+16], rdi
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+16]
L1043:
    call 140320710849224
    mov qword ptr [rbx], rax
# is_binary_fs
    mov rdi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1045
# simplified binary test since source is always a bitstring when boxed
    short jmp L1044
L1045:
    cmp byte ptr [rdi+22], 0
    jne label_331
L1044:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1046
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1046:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
L1047:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call cbv/2
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1048
    test al, 1
    jne label_339
# skipped header test since we know it's a bignum when boxed
L1048:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1049
    mov ecx, 1
.db 0x90
    call 140320710850576
L1049:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 20811
    mov qword ptr [r15+16], 59
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_338:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_331
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1051
    and al, -5
    cmp al, 32
    jne label_331
    short jmp L1050
L1051:
    cmp byte ptr [rdi+22], 0
    jne label_331
L1050:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1052
    mov ecx, 1
    call 140320710850576
L1052:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L1053:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_f
    call cbv/2
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1054
    test al, 1
    jne label_339
# skipped header test since we know it's a bignum when boxed
L1054:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1055
    mov ecx, 1
.db 0x90
    call 140320710850576
L1055:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 20811
    mov qword ptr [r15+16], 59
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_339:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1056
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1056:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov qword ptr [r15+16], 59
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_340:
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
label_341:
# i_func_info_IaaI
# unicode:do_i_utf16_little/1
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x9F, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_i_utf16_little/1:
# i_breakpoint_trampoline
    short jmp L1057
.db 0x00
    call L418
    align 8
L1057:
# i_test_yield
    lea rdx, qword ptr [do_i_utf16_little/1+24]
    dec r14
    jle L416
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_348
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L1059
# is_binary_header
    cmp al, 40
    short je L1058
    and al, -5
    cmp al, 32
    jne label_348
L1058:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1060
    mov qword ptr [rbx+8], rsi
    mov ecx, 2
    call 140320710850576
    mov rsi, qword ptr [rbx+8]
L1060:
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
L1059:
    mov qword ptr [rbx+8], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx], rdi
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_343
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L417
    ret
# label_L
label_343:
# i_bs_get_utf16_Sftd
    mov rdi, qword ptr [rbx+8]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rdi, qword ptr [rdi+6]
    mov esi, 2
    call 94919179750896
    mov rsp, rbp
    test eax, eax
    je label_347
    mov qword ptr [rbx+16], rax
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx+8]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_347
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1061
    mov ecx, 3
.db 0x90
    call 140320710850576
L1061:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call do_i_utf16_little/1
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_346
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 192
    je label_345
    cmp esi, 256
    je label_344
    jne label_346
# label_L
label_344:
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1062
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1062:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+14]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 20811
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_345:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1063
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1063:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+14], 1
    vmovups xmmword ptr [rbx], xmm0
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
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
    jl L417
    ret
# label_L
label_346:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L1064
    test al, 2
    jne label_350
L1064:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1065
    mov ecx, 1
.db 0x90
    call 140320710850576
L1065:
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
    jl L417
    ret
# label_L
label_347:
# bs_set_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+8]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1066
    mov qword ptr [rbx+16], rdi
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+16]
L1066:
    call 140320710849224
    mov qword ptr [rbx], rax
# is_binary_fs
    mov rdi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1068
# simplified binary test since source is always a bitstring when boxed
    short jmp L1067
L1068:
    cmp byte ptr [rdi+22], 0
    jne label_341
L1067:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1069
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1069:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
L1070:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call cbv/2
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1071
    test al, 1
    jne label_349
# skipped header test since we know it's a bignum when boxed
L1071:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1072
    mov ecx, 1
.db 0x90
    call 140320710850576
L1072:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 20811
    mov qword ptr [r15+16], 59
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_348:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_341
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1074
    and al, -5
    cmp al, 32
    jne label_341
    short jmp L1073
L1074:
    cmp byte ptr [rdi+22], 0
    jne label_341
L1073:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1075
    mov ecx, 1
    call 140320710850576
L1075:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L1076:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_f
    call cbv/2
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1077
    test al, 1
    jne label_349
# skipped header test since we know it's a bignum when boxed
L1077:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1078
    mov ecx, 1
.db 0x90
    call 140320710850576
L1078:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 20811
    mov qword ptr [r15+16], 59
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_349:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1079
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1079:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov qword ptr [r15+16], 59
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_350:
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
label_351:
# i_func_info_IaaI
# unicode:do_i_utf32_big/1
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x9F, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_i_utf32_big/1:
# i_breakpoint_trampoline
    short jmp L1080
.db 0x00
    call L418
    align 8
L1080:
# i_test_yield
    lea rdx, qword ptr [do_i_utf32_big/1+24]
    dec r14
    jle L416
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_358
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L1082
# is_binary_header
    cmp al, 40
    short je L1081
    and al, -5
    cmp al, 32
    jne label_358
L1081:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1083
    mov qword ptr [rbx+8], rsi
    mov ecx, 2
    call 140320710850576
    mov rsi, qword ptr [rbx+8]
L1083:
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
L1082:
    mov qword ptr [rbx+8], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx], rdi
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_353
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L417
    ret
# label_L
label_353:
# i_bs_get_integer_32_Stfd
    mov rcx, qword ptr [rbx+8]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+32]
    cmp rdx, qword ptr [rcx+30]
    ja label_357
    rex test sil, 7
    short je L1085
    mov edx, 256
    call 140320710849168
    short jmp L1084
L1085:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movbe eax, dword ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L1084:
    mov qword ptr [rbx+16], rax
# i_bs_validate_unicode_retract_jsS
    mov rdi, qword ptr [rbx+16]
    mov edx, edi
    and edx, 15
    cmp edx, 15
    jne L1086
    cmp rdi, 884751
    jb L1087
    cmp rdi, 917503
    jbe L1086
    cmp rdi, 17825791
    ja L1086
    jmp L1087
L1086:
    mov rdi, qword ptr [rbx+8]
    sub qword ptr [rdi+22], 32
    jmp label_357
L1087:
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx+8]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_357
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1088
    mov ecx, 3
    call 140320710850576
L1088:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call do_i_utf32_big/1
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_356
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 192
    je label_355
    cmp esi, 256
    je label_354
    jne label_356
# label_L
label_354:
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1089
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1089:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+14]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 20811
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_355:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1090
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1090:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+14], 1
    vmovups xmmword ptr [rbx], xmm0
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
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
    jl L417
    ret
# label_L
label_356:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L1091
    test al, 2
    jne label_360
L1091:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1092
    mov ecx, 1
.db 0x90
    call 140320710850576
L1092:
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
    jl L417
    ret
# label_L
label_357:
# bs_set_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+8]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1093
    mov qword ptr [rbx+16], rdi
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+16]
L1093:
    call 140320710849224
    mov qword ptr [rbx], rax
# is_binary_fs
    mov rdi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1095
# simplified binary test since source is always a bitstring when boxed
    short jmp L1094
L1095:
    cmp byte ptr [rdi+22], 0
    jne label_351
L1094:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1096
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1096:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
L1097:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call cbv/2
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1098
    test al, 1
    jne label_359
# skipped header test since we know it's a bignum when boxed
L1098:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1099
    mov ecx, 1
.db 0x90
    call 140320710850576
L1099:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 20811
    mov qword ptr [r15+16], 59
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_358:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_351
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1101
    and al, -5
    cmp al, 32
    jne label_351
    short jmp L1100
L1101:
    cmp byte ptr [rdi+22], 0
    jne label_351
L1100:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1102
    mov ecx, 1
    call 140320710850576
L1102:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L1103:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_f
    call cbv/2
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1104
    test al, 1
    jne label_359
# skipped header test since we know it's a bignum when boxed
L1104:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1105
    mov ecx, 1
.db 0x90
    call 140320710850576
L1105:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 20811
    mov qword ptr [r15+16], 59
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_359:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1106
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1106:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov qword ptr [r15+16], 59
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_360:
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
label_361:
# i_func_info_IaaI
# unicode:do_i_utf32_little/1
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x9F, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_i_utf32_little/1:
# i_breakpoint_trampoline
    short jmp L1107
.db 0x00
    call L418
    align 8
L1107:
# i_test_yield
    lea rdx, qword ptr [do_i_utf32_little/1+24]
    dec r14
    jle L416
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_368
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L1109
# is_binary_header
    cmp al, 40
    short je L1108
    and al, -5
    cmp al, 32
    jne label_368
L1108:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1110
    mov qword ptr [rbx+8], rsi
    mov ecx, 2
    call 140320710850576
    mov rsi, qword ptr [rbx+8]
L1110:
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
L1109:
    mov qword ptr [rbx+8], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx], rdi
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_363
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L417
    ret
# label_L
label_363:
# i_bs_get_integer_32_Stfd
    mov rcx, qword ptr [rbx+8]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+32]
    cmp rdx, qword ptr [rcx+30]
    ja label_367
    rex test sil, 7
    short je L1112
    mov edx, 258
    call 140320710849168
    short jmp L1111
L1112:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    mov eax, dword ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L1111:
    mov qword ptr [rbx+16], rax
# i_bs_validate_unicode_retract_jsS
    mov rdi, qword ptr [rbx+16]
    mov edx, edi
    and edx, 15
    cmp edx, 15
    jne L1113
    cmp rdi, 884751
    jb L1114
    cmp rdi, 917503
    jbe L1113
    cmp rdi, 17825791
    ja L1113
    jmp L1114
L1113:
    mov rdi, qword ptr [rbx+8]
    sub qword ptr [rdi+22], 32
    jmp label_367
L1114:
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx+8]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_367
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1115
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1115:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call do_i_utf32_little/1
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_366
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 192
    je label_365
    cmp esi, 256
    je label_364
    jne label_366
# label_L
label_364:
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1116
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1116:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+14]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 20811
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_365:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1117
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1117:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+14], 1
    vmovups xmmword ptr [rbx], xmm0
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
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
    jl L417
    ret
# label_L
label_366:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L1118
    test al, 2
    jne label_370
L1118:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1119
    mov ecx, 1
.db 0x90
    call 140320710850576
L1119:
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
    jl L417
    ret
# label_L
label_367:
# bs_set_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+8]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1120
    mov qword ptr [rbx+16], rdi
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+16]
L1120:
    call 140320710849224
    mov qword ptr [rbx], rax
# is_binary_fs
    mov rdi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1122
# simplified binary test since source is always a bitstring when boxed
    short jmp L1121
L1122:
    cmp byte ptr [rdi+22], 0
    jne label_361
L1121:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1123
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1123:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
L1124:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call cbv/2
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1125
    test al, 1
    jne label_369
# skipped header test since we know it's a bignum when boxed
L1125:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1126
    mov ecx, 1
.db 0x90
    call 140320710850576
L1126:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 20811
    mov qword ptr [r15+16], 59
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_368:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_361
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1128
    and al, -5
    cmp al, 32
    jne label_361
    short jmp L1127
L1128:
    cmp byte ptr [rdi+22], 0
    jne label_361
L1127:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1129
    mov ecx, 1
    call 140320710850576
L1129:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L1130:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_f
    call cbv/2
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1131
    test al, 1
    jne label_369
# skipped header test since we know it's a bignum when boxed
L1131:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1132
    mov ecx, 1
.db 0x90
    call 140320710850576
L1132:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 20811
    mov qword ptr [r15+16], 59
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_369:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1133
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1133:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov qword ptr [r15+16], 59
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_370:
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
label_371:
# i_func_info_IaaI
# unicode:error_type/1
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x9F, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
error_type/1:
# i_breakpoint_trampoline
    short jmp L1134
.db 0x00
    call L418
    align 8
L1134:
# i_test_yield
    lea rdx, qword ptr [error_type/1+24]
    dec r14
    jle L416
# is_eq_exact_fss
    cmp qword ptr [rbx], 41675
    jne label_373
# return
    dec r14
    jl L417
    ret
# label_L
label_373:
# i_move_sd
    mov qword ptr [rbx], 4747
# return
    dec r14
    jl L417
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_374:
# i_func_info_IaaI
# unicode:module_info/0
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/0:
# i_breakpoint_trampoline
    short jmp L1135
.db 0x00
    call L418
    align 8
L1135:
# i_test_yield
    lea rdx, qword ptr [module_info/0+24]
    dec r14
    jle L416
# i_move_sd
    mov qword ptr [rbx], 43979
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1136
    mov ecx, 1
.db 0x90
    call 140320710850576
L1136:
# call_light_bif_be
    align 4
L1137:
L1138:
    long mov rcx, 9223372036854775807
    mov rax, 94919178912304
    lea rdx, qword ptr [L1137]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L417
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_376:
# i_func_info_IaaI
# unicode:module_info/1
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/1:
# i_breakpoint_trampoline
    short jmp L1139
.db 0x00
    call L418
    align 8
L1139:
# i_test_yield
    lea rdx, qword ptr [module_info/1+24]
    dec r14
    jle L416
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 43979
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1140
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1140:
# call_light_bif_be
    align 4
L1141:
L1142:
    long mov rcx, 9223372036854775807
    mov rax, 94919178913216
    lea rdx, qword ptr [L1141]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L417
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_378:
# i_func_info_IaaI
# unicode:'-o_trans/1-fun-6-'/1
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA0, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-o_trans/1-fun-6-'/1:
# i_breakpoint_trampoline
    short jmp L1143
.db 0x00
    call L418
    align 8
L1143:
# i_test_yield
    lea rdx, qword ptr ['-o_trans/1-fun-6-'/1+24]
    dec r14
    jle L416
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1144
    mov ecx, 1
    call 140320710850576
L1144:
# i_make_fun3_FStt
L1145:
    long mov rsi, 9223372036854775807
    mov edx, 1
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
    mov qword ptr [rbx+8], rax
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp do_o_binary/2
# func_line_I
# aligned_label_Lt
    align 8
label_380:
# i_func_info_IaaI
# unicode:'-o_trans/1-fun-5-'/1
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xA0, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-o_trans/1-fun-5-'/1:
# i_breakpoint_trampoline
    short jmp L1146
.db 0x00
    call L418
    align 8
L1146:
# line_I
# i_test_yield
    lea rdx, qword ptr ['-o_trans/1-fun-5-'/1+24]
    dec r14
    jle L416
# i_bs_create_bin_jItd
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L1148
L1147:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L1148:
# calculate sizes
    xor r14d, r14d
    mov rdi, qword ptr [rbx]
    mov eax, 16
    mov esi, 32
    cmp rdi, 1048591
    cmovae rax, rsi
    add r14, rax
# allocate binary
    xor r8d, r8d
    mov r9d, 1
    lea rdx, qword ptr [rbx-80]
    mov rsi, rbx
    mov rdi, r13
# (size in bits)
    mov rcx, r14
    call 94919178211120
    mov qword ptr [rbx-120], rax
    mov rsi, qword ptr [rbx]
    mov rdx, 2
    lea rdi, qword ptr [rbx-80]
    call 94919179743008
    mov rdi, qword ptr [rbx]
    mov ecx, 1552
    test eax, eax
    short je L1147
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L417
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_382:
# i_func_info_IaaI
# unicode:'-o_trans/1-fun-10-'/1
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xA0, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-o_trans/1-fun-10-'/1:
# i_breakpoint_trampoline
    short jmp L1149
.db 0x00
    call L418
    align 8
L1149:
# i_test_yield
    lea rdx, qword ptr ['-o_trans/1-fun-10-'/1+24]
    dec r14
    jle L416
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1150
    mov ecx, 1
    call 140320710850576
L1150:
# i_make_fun3_FStt
L1151:
    long mov rsi, 9223372036854775807
    mov edx, 1
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
    mov qword ptr [rbx+8], rax
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp do_o_binary/2
# func_line_I
# aligned_label_Lt
    align 8
label_384:
# i_func_info_IaaI
# unicode:'-o_trans/1-fun-9-'/1
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xA0, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-o_trans/1-fun-9-'/1:
# i_breakpoint_trampoline
    short jmp L1152
.db 0x00
    call L418
    align 8
L1152:
# line_I
# i_test_yield
    lea rdx, qword ptr ['-o_trans/1-fun-9-'/1+24]
    dec r14
    jle L416
# i_bs_create_bin_jItd
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L1154
L1153:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L1154:
# calculate sizes
    xor r14d, r14d
    mov rdi, qword ptr [rbx]
    mov ecx, 1680
    add r14, 32
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1153
    cmp rdi, 884751
    short jb L1155
    cmp rdi, 917503
    short jbe L1153
    cmp rdi, 17825791
    short ja L1153
L1155:
# allocate binary
    xor r8d, r8d
    mov r9d, 1
    lea rdx, qword ptr [rbx-80]
    mov rsi, rbx
    mov rdi, r13
# (size in bits)
    mov rcx, r14
    call 94919178211120
    mov qword ptr [rbx-120], rax
    mov rsi, qword ptr [rbx]
    mov edx, 32
    mov rcx, 2
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
    mov rdi, qword ptr [rbx]
    mov ecx, 1680
    test eax, eax
    je L1153
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L417
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_386:
# i_func_info_IaaI
# unicode:'-o_trans/1-fun-0-'/1
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA1, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-o_trans/1-fun-0-'/1:
# i_breakpoint_trampoline
    short jmp L1156
.db 0x00
    call L418
    align 8
L1156:
# i_test_yield
    lea rdx, qword ptr ['-o_trans/1-fun-0-'/1+24]
    dec r14
    jle L416
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1157
    mov ecx, 1
    call 140320710850576
L1157:
# call_light_bif_be
    align 4
L1158:
L1159:
    long mov rcx, 9223372036854775807
    mov rax, 94919179448896
    lea rdx, qword ptr [L1158]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L417
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_388:
# i_func_info_IaaI
# unicode:'-o_trans/1-fun-2-'/1
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xA1, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-o_trans/1-fun-2-'/1:
# i_breakpoint_trampoline
    short jmp L1160
.db 0x00
    call L418
    align 8
L1160:
# i_test_yield
    lea rdx, qword ptr ['-o_trans/1-fun-2-'/1+24]
    dec r14
    jle L416
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1161
    mov ecx, 1
    call 140320710850576
L1161:
# i_make_fun3_FStt
L1162:
    long mov rsi, 9223372036854775807
    mov edx, 1
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
    mov qword ptr [rbx+8], rax
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp do_o_binary/2
# func_line_I
# aligned_label_Lt
    align 8
label_390:
# i_func_info_IaaI
# unicode:'-o_trans/1-fun-1-'/1
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xA1, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-o_trans/1-fun-1-'/1:
# i_breakpoint_trampoline
    short jmp L1163
.db 0x00
    call L418
    align 8
L1163:
# line_I
# i_test_yield
    lea rdx, qword ptr ['-o_trans/1-fun-1-'/1+24]
    dec r14
    jle L416
# i_bs_create_bin_jItd
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L1165
L1164:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L1165:
# calculate sizes
    xor r14d, r14d
# size utf8
    mov rdi, qword ptr [rbx]
    xor eax, eax
    mov al, 8
    cmp rdi, 2063
    short jl L1166
    mov al, 16
    cmp rdi, 32783
    short jl L1166
    mov al, 24
    cmp rdi, 1048591
    short jl L1166
    mov al, 32
L1166:
    add r14, rax
# allocate binary
    xor r8d, r8d
    mov r9d, 1
    lea rdx, qword ptr [rbx-80]
    mov rsi, rbx
    mov rdi, r13
# (size in bits)
    mov rcx, r14
    call 94919178211120
    mov qword ptr [rbx-120], rax
    mov rsi, qword ptr [rbx]
    lea rdi, qword ptr [rbx-80]
    call 94919179742624
    mov rdi, qword ptr [rbx]
    mov ecx, 1424
    test eax, eax
    short je L1164
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L417
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_392:
# i_func_info_IaaI
# unicode:'-o_trans/1-fun-4-'/1
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xA1, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-o_trans/1-fun-4-'/1:
# i_breakpoint_trampoline
    short jmp L1167
.db 0x00
    call L418
    align 8
L1167:
# i_test_yield
    lea rdx, qword ptr ['-o_trans/1-fun-4-'/1+24]
    dec r14
    jle L416
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1168
    mov ecx, 1
    call 140320710850576
L1168:
# i_make_fun3_FStt
L1169:
    long mov rsi, 9223372036854775807
    mov edx, 1
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
    mov qword ptr [rbx+8], rax
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp do_o_binary/2
# func_line_I
# aligned_label_Lt
    align 8
label_394:
# i_func_info_IaaI
# unicode:'-o_trans/1-fun-3-'/1
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA2, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-o_trans/1-fun-3-'/1:
# i_breakpoint_trampoline
    short jmp L1170
.db 0x00
    call L418
    align 8
L1170:
# line_I
# i_test_yield
    lea rdx, qword ptr ['-o_trans/1-fun-3-'/1+24]
    dec r14
    jle L416
# i_bs_create_bin_jItd
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L1172
L1171:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L1172:
# calculate sizes
    xor r14d, r14d
    mov rdi, qword ptr [rbx]
    mov eax, 16
    mov esi, 32
    cmp rdi, 1048591
    cmovae rax, rsi
    add r14, rax
# allocate binary
    xor r8d, r8d
    mov r9d, 1
    lea rdx, qword ptr [rbx-80]
    mov rsi, rbx
    mov rdi, r13
# (size in bits)
    mov rcx, r14
    call 94919178211120
    mov qword ptr [rbx-120], rax
    mov rsi, qword ptr [rbx]
    mov rdx, 0
    lea rdi, qword ptr [rbx-80]
    call 94919179743008
    mov rdi, qword ptr [rbx]
    mov ecx, 1552
    test eax, eax
    short je L1171
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L417
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_396:
# i_func_info_IaaI
# unicode:'-o_trans/1-fun-8-'/1
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xA2, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-o_trans/1-fun-8-'/1:
# i_breakpoint_trampoline
    short jmp L1173
.db 0x00
    call L418
    align 8
L1173:
# i_test_yield
    lea rdx, qword ptr ['-o_trans/1-fun-8-'/1+24]
    dec r14
    jle L416
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1174
    mov ecx, 1
    call 140320710850576
L1174:
# i_make_fun3_FStt
L1175:
    long mov rsi, 9223372036854775807
    mov edx, 1
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
    mov qword ptr [rbx+8], rax
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp do_o_binary/2
# func_line_I
# aligned_label_Lt
    align 8
label_398:
# i_func_info_IaaI
# unicode:'-o_trans/1-fun-7-'/1
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xA2, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-o_trans/1-fun-7-'/1:
# i_breakpoint_trampoline
    short jmp L1176
.db 0x00
    call L418
    align 8
L1176:
# line_I
# i_test_yield
    lea rdx, qword ptr ['-o_trans/1-fun-7-'/1+24]
    dec r14
    jle L416
# i_bs_create_bin_jItd
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L1178
L1177:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L1178:
# calculate sizes
    xor r14d, r14d
    mov rdi, qword ptr [rbx]
    mov ecx, 1680
    add r14, 32
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1177
    cmp rdi, 884751
    short jb L1179
    cmp rdi, 917503
    short jbe L1177
    cmp rdi, 17825791
    short ja L1177
L1179:
# allocate binary
    xor r8d, r8d
    mov r9d, 1
    lea rdx, qword ptr [rbx-80]
    mov rsi, rbx
    mov rdi, r13
# (size in bits)
    mov rcx, r14
    call 94919178211120
    mov qword ptr [rbx-120], rax
    mov rsi, qword ptr [rbx]
    mov edx, 32
    mov rcx, 0
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
    mov rdi, qword ptr [rbx]
    mov ecx, 1680
    test eax, eax
    je L1177
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L417
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_400:
# i_func_info_IaaI
# unicode:'-i_trans_chk/1-fun-0-'/1
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xA2, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-i_trans_chk/1-fun-0-'/1:
# i_breakpoint_trampoline
    short jmp L1180
.db 0x00
    call L418
    align 8
L1180:
# i_test_yield
    lea rdx, qword ptr ['-i_trans_chk/1-fun-0-'/1+24]
    dec r14
    jle L416
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1181
    mov ecx, 1
    call 140320710850576
L1181:
# call_light_bif_be
    align 4
L1182:
L1183:
    long mov rcx, 9223372036854775807
    mov rax, 94919179445984
    lea rdx, qword ptr [L1182]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L417
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_402:
# i_func_info_IaaI
# unicode:'-i_trans/1-fun-0-'/1
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA3, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-i_trans/1-fun-0-'/1:
# i_breakpoint_trampoline
    short jmp L1184
.db 0x00
    call L418
    align 8
L1184:
# i_test_yield
    lea rdx, qword ptr ['-i_trans/1-fun-0-'/1+24]
    dec r14
    jle L416
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1185
    mov ecx, 1
    call 140320710850576
L1185:
# call_light_bif_be
    align 4
L1186:
L1187:
    long mov rcx, 9223372036854775807
    mov rax, 94919179445984
    lea rdx, qword ptr [L1186]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L417
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_404:
# i_func_info_IaaI
# unicode:'-characters_to_binary_int/3-fun-0-'/5
    call L415
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xA3, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-characters_to_binary_int/3-fun-0-'/5:
# i_breakpoint_trampoline
    short jmp L1188
.db 0x00
    call L418
    align 8
L1188:
# i_test_yield
    lea rdx, qword ptr ['-characters_to_binary_int/3-fun-0-'/5+24]
    dec r14
    jle L416
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_409
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1190
    and al, -5
    cmp al, 32
    jne label_409
    short jmp L1189
L1190:
    cmp byte ptr [rdi+22], 0
    jne label_409
L1189:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1191
    mov ecx, 5
    call 140320710850576
L1191:
    sub rsp, 32
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L1192]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1192:
    call rdi
    call rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L1193
    test al, 2
    jne label_406
L1193:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L1194]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1194:
    call rdi
    call rdi
# line_I
# i_bs_create_bin_jItd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L1196
L1195:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L1196:
# calculate sizes
    xor r14d, r14d
# size of an entire binary
    mov rdi, qword ptr [rbx]
    call 94919178212384
    mov rdi, qword ptr [rbx]
    mov ecx, 2064
    test rax, rax
    short js L1195
    add r14, rax
# append to binary
    mov edx, 2
    mov rcx, r14
    xor r8d, r8d
    mov r9d, 8
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
    mov rdi, r13
    mov rsi, rbx
    call 94919179746000
    mov rdi, qword ptr [rbx+16]
    mov ecx, 1024
    test eax, eax
    short je L1195
    mov qword ptr [rbx-120], rax
# construct a binary segment
    mov rdx, 8
    mov rsi, qword ptr [rbx]
    mov rdi, r13
    call 94919179743696
    mov ecx, 2104
    test eax, eax
    short je L1195
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L417
    ret
# label_L
label_406:
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_412
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_412
    cmp esi, 192
    je label_408
    cmp esi, 256
    je label_407
    jne label_412
# label_L
label_407:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 20811
    jne label_412
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L1197]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1197:
    call rdi
    call rdi
# line_I
# i_bs_create_bin_jItd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L1199
L1198:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L1199:
# calculate sizes
    xor r14d, r14d
# size of an entire binary
    mov rdi, qword ptr [rbx]
    call 94919178212384
    mov rdi, qword ptr [rbx]
    mov ecx, 2064
    test rax, rax
    short js L1198
    add r14, rax
# append to binary
    mov edx, 2
    mov rcx, r14
    mov r8d, 5
    mov r9d, 8
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
    mov rdi, r13
    mov rsi, rbx
    call 94919179746000
    mov rdi, qword ptr [rbx+16]
    mov ecx, 1024
    test eax, eax
    short je L1198
    mov qword ptr [rbx-120], rax
# construct a binary segment
    mov rdx, 8
    mov rsi, qword ptr [rbx]
    mov rdi, r13
    call 94919179743696
    mov ecx, 2104
    test eax, eax
    je L1198
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+22]
    movups xmmword ptr [rbx+8], xmm0
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 20811
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L417
    ret
# label_L
label_408:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rsp], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_412
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L1200]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1200:
    call rdi
.db 0x90
    call rdi
# line_I
# i_bs_create_bin_jItd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L1202
L1201:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L1202:
# calculate sizes
    xor r14d, r14d
# size of an entire binary
    mov rdi, qword ptr [rbx]
    call 94919178212384
    mov rdi, qword ptr [rbx]
    mov ecx, 2064
    test rax, rax
    short js L1201
    add r14, rax
# append to binary
    mov edx, 2
    mov rcx, r14
    mov r8d, 4
    mov r9d, 8
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
    mov rdi, r13
    mov rsi, rbx
    call 94919179746000
    mov rdi, qword ptr [rbx+16]
    mov ecx, 1024
    test eax, eax
    short je L1201
    mov qword ptr [rbx-120], rax
# construct a binary segment
    mov rdx, 8
    mov rsi, qword ptr [rbx]
    mov rdi, r13
    call 94919179743696
    mov ecx, 2104
    test eax, eax
    je L1201
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx], rax
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L417
    ret
# label_L
label_409:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1203
    test al, 1
    jne label_411
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_411
L1203:
# is_ge_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+24]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1204
    cmp rdi, rsi
    short jmp L1205
L1204:
    call 140320710848608
L1205:
    jl label_411
# allocate_heap_tIt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1206
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L1206:
    sub rsp, 16
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rsp], xmm0
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L1207]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1207:
    call rdi
.db 0x66, 0x90
    call rdi
# is_binary_fs
    mov rdi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1209
    and al, -5
    cmp al, 32
    jne label_410
    short jmp L1208
L1209:
    cmp byte ptr [rdi+22], 0
    jne label_410
L1208:
# line_I
# i_bs_create_bin_jItd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L1211
L1210:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L1211:
# calculate sizes
    xor r14d, r14d
# size of an entire binary
    mov rdi, qword ptr [rbx]
    call 94919178212384
# skipped check for success since the source is always a bit string
    add r14, rax
# append to binary
    mov edx, 2
    mov rcx, r14
    xor r8d, r8d
    mov r9d, 8
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
    mov rdi, r13
    mov rsi, rbx
    call 94919179746000
    mov rdi, qword ptr [rbx+16]
    mov ecx, 1024
    test eax, eax
    short je L1210
    mov qword ptr [rbx-120], rax
# construct a binary segment
    mov rdx, 8
    mov rsi, qword ptr [rbx]
    mov rdi, r13
    call 94919179743696
    mov ecx, 2104
    test eax, eax
    short je L1210
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L417
    ret
# label_L
label_410:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+8], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_413
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L1212
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_413
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_413
L1212:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1213
    xor ecx, ecx
    call 140320710850576
L1213:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L417
    ret
# label_L
label_411:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1214
    mov ecx, 2
.db 0x90
    call 140320710850576
L1214:
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
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L417
    ret
# label_L
label_412:
# line_I
# case_end_s
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_413:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# i_lambda_trampoline_FfWW
L413:
    movups xmm0, xmmword ptr [rcx+38]
    movups xmmword ptr [rbx+16], xmm0
    mov rax, qword ptr [rcx+54]
    mov qword ptr [rbx+32], rax
    jmp '-characters_to_binary_int/3-fun-0-'/5
# int_code_end
L1215:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, 94919180896308
    call 94919178184336
.section .rodata {#1}
line:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
.section .rodata {#1}
str:
.db 0x00, 0xBF, 0xFE, 0xFF, 0xC0, 0x80, 0xDC, 0xD8
.section .text {#0}
.section .rodata {#1}
attr:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x02, 0x68, 0x02, 0x64, 0x00, 0x03, 0x76, 0x73, 0x6E, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x6E, 0x10, 0x00, 0x07, 0x7E, 0x78, 0xA8, 0x64, 0x87, 0x91, 0x9E, 0x40, 0x08, 0x9B, 0x13, 0xCC, 0x00, 0x79, 0x7F, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x08, 0x64, 0x69, 0x61, 0x6C, 0x79, 0x7A, 0x65, 0x72, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x68, 0x02, 0x64, 0x00, 0x11, 0x6E, 0x6F, 0x5F, 0x69, 0x6D, 0x70, 0x72, 0x6F, 0x70, 0x65, 0x72, 0x5F, 0x6C, 0x69, 0x73, 0x74, 0x73, 0x68, 0x02, 0x64, 0x00, 0x0C, 0x64, 0x6F, 0x5F, 0x6F, 0x5F, 0x62, 0x69, 0x6E, 0x61, 0x72, 0x79, 0x32, 0x61, 0x02, 0x6A, 0x6A
.section .text {#0}
.section .rodata {#1}
compile:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x68, 0x02, 0x64, 0x00, 0x07, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6F, 0x6E, 0x6B, 0x00, 0x03, 0x38, 0x2E, 0x32, 0x68, 0x02, 0x64, 0x00, 0x07, 0x6F, 0x70, 0x74, 0x69, 0x6F, 0x6E, 0x73, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x64, 0x00, 0x0A, 0x64, 0x65, 0x62, 0x75, 0x67, 0x5F, 0x69, 0x6E, 0x66, 0x6F, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x45, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x4F, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x2E, 0x2E, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x06, 0x73, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x6B, 0x00, 0x46, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x75, 0x6E, 0x69, 0x63, 0x6F, 0x64, 0x65, 0x2E, 0x65, 0x72, 0x6C, 0x6A
.section .text {#0}
.section .rodata {#1}
md5:
.db 0x7F, 0x79, 0x00, 0xCC, 0x13, 0x9B, 0x08, 0x40, 0x9E, 0x91, 0x87, 0x64, 0xA8, 0x78, 0x7E, 0x07
.section .text {#0}
