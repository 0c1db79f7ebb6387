    align 8
global::apply_fun_shared:
    xor edx, edx
    mov rcx, qword ptr [rbx]
    mov r8, qword ptr [rbx+8]
    mov rdi, r8
L79:
    cmp edi, 59
    short je L78
    test edi, 2
    short jne L80
    mov rax, qword ptr [rdi-1]
    mov rdi, qword ptr [rdi+7]
    mov qword ptr [rbx+rdx*8], rax
    inc rdx
    cmp rdx, 1023
    short jb L79
    mov rax, 15440
    jmp L81
L80:
    mov rax, 3152
L81:
    mov qword ptr [rbx], rcx
    mov qword ptr [rbx+8], r8
    mov qword ptr [r13+112], rax
    mov rcx, 94919180921968
    jmp global::raise_exception
L78:
    ret
    align 8
global::arith_compare_shared:
    mov edx, edi
    or edx, esi
    and edx, 1
    short jne L82
    mov rdx, qword ptr [rdi-2]
    mov r8, qword ptr [rsi-2]
    and edx, 63
    and r8d, 63
    sub edx, 24
    sub r8d, 24
    or edx, r8d
    jne L83
    movsd xmm0, qword ptr [rdi+6]
    movsd xmm1, qword ptr [rsi+6]
    comisd xmm0, xmm1
    setae al
    dec al
    ret
L82:
    mov edx, edi
    mov r8d, esi
    and edx, 63
    and r8d, 63
    sub edx, 11
    sub r8d, 11
    or edx, r8d
    jne L83
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919178382320
    mov rsp, rbp
    test eax, eax
    ret
L83:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
# erts_cmp_compound(X, Y, 0, 0);
    xor edx, edx
    xor ecx, ecx
    call 94919179058512
    mov rsp, rbp
    test rax, rax
    ret
    align 8
global::arith_eq_shared:
    mov edx, edi
    or edx, esi
    and edx, 1
    short jne L84
    mov rdx, qword ptr [rdi-2]
    mov r8, qword ptr [rsi-2]
    and edx, 63
    and r8d, 63
    sub edx, 24
    sub r8d, 24
    or edx, r8d
    short jne L84
    movsd xmm0, qword ptr [rdi+6]
    movsd xmm1, qword ptr [rsi+6]
    comisd xmm0, xmm1
    ret
L84:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
# erts_cmp_compound(X, Y, 0, 1);
    xor edx, edx
    mov ecx, 1
    call 94919179058512
    mov rsp, rbp
    test rax, rax
    ret
    align 8
global::bif_nif_epilogue:
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rdi, 94919181785668
    mov edi, dword ptr [rdi]
    cmp r12, 3
    cmovne r12, rdi
    test eax, eax
    short je L85
# Do return and dispatch to it
    mov qword ptr [rbx], rax
    ret
L85:
    cmp qword ptr [r13+112], 1024
    jne L87
# yield
# test trap to hibernate
    mov rdi, qword ptr [r13+288]
    mov rsi, rdi
    and rsi, 1
    short je L86
# do hibernate trap
    and rdi, -2
    mov qword ptr [r13+288], rdi
    jmp global::do_schedule
L86:
# do normal trap
    mov rdx, qword ptr [r13+256]
    jmp global::context_switch_simplified
L87:
    mov rsi, rsp
    mov qword ptr [r13+88], rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178638000
    mov rsp, qword ptr [r13+88]
    mov rsi, rax
    mov rcx, qword ptr [r13+472]
    jmp global::raise_exception_shared
    align 8
global::bif_element_shared:
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L88
    mov rcx, rdi
    sar rcx, 4
    rex test sil, 1
    short jne L88
    mov r8, rsi
    lea r8, qword ptr [r8-2]
    mov r9, qword ptr [r8]
    mov eax, r9d
    and al, 63
    short jne L88
    shr r9, 6
    dec rcx
    cmp r9, rcx
    short jbe L88
    inc rcx
    mov rax, qword ptr [r8+rcx*8]
    ret
L88:
    test rdx, rdx
    je global::handle_element_error
    add rsp, 8
    jmp rdx
    align 8
global::bif_export_trap:
    mov rax, qword ptr [r13+472]
    sub rax, 56
    jmp qword ptr [rax+r12*8]
    align 8
global::bs_add_shared:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178210672
    mov rsp, rbp
    ret
    align 8
global::bs_create_bin_error_shared:
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    lea rsp, qword ptr [rbx-128]
    mov rsi, rcx
    mov rcx, rdi
    mov rdi, r13
    call 94919178211680
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    pop rsi
    and rsi, -8
    push rsi
    xor ecx, ecx
    jmp global::raise_exception_shared
    align 8
global::bs_size_check_shared:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178210608
    mov rsp, rbp
    ret
    align 8
global::bs_fixed_integer_shared:
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, rdx
    shr rsi, 3
    and rdx, 7
    lea rcx, qword ptr [rcx+6]
    call 94919179739648
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    ret
    align 8
global::bs_get_tail_shared:
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, qword ptr [rdi+6]
    mov rdx, qword ptr [rdi+14]
    mov rcx, qword ptr [rdi+22]
    mov r8, qword ptr [rdi+30]
    sub r8, rcx
    lea rdi, qword ptr [r13+80]
    call 94919179751712
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
    ret
    align 8
global::call_bif_shared:
    mov qword ptr [r13+472], rsi
    mov r8, qword ptr [rsi+16]
    mov qword ptr [r13+184], r8
    mov qword ptr [r13+256], rdx
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, rbx
    call 94919178209728
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rdi, 94919181785668
    mov edi, dword ptr [rdi]
    cmp r12, 3
    cmovne r12, rdi
    test eax, eax
    short je L89
# Do return and dispatch to it
    mov qword ptr [rbx], rax
    ret
L89:
    cmp qword ptr [r13+112], 1024
    jne L91
# yield
# test trap to hibernate
    mov rdi, qword ptr [r13+288]
    mov rsi, rdi
    and rsi, 1
    short je L90
# do hibernate trap
    and rdi, -2
    mov qword ptr [r13+288], rdi
    jmp global::do_schedule
L90:
# do normal trap
    mov rdx, qword ptr [r13+256]
    jmp global::context_switch_simplified
L91:
    mov rsi, rsp
    mov qword ptr [r13+88], rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178638000
    mov rsp, qword ptr [r13+88]
    mov rsi, rax
    mov rcx, qword ptr [r13+472]
    jmp global::raise_exception_shared
    align 8
global::call_light_bif_shared:
    mov rdi, qword ptr [r13+560]
    mov qword ptr [rbx-120], rdx
    mov qword ptr [rbx-112], rcx
    mov qword ptr [rbx-104], rdi
    cmp dword ptr [rcx+36], 0
    jne L92
    cmp r12, 3
    je L92
    dec r14
    jle L93
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, rbx
    call rax
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rdi, 94919181785668
    mov edi, dword ptr [rdi]
    cmp r12, 3
    cmovne r12, rdi
    test dword ptr [r13+288], 3072
    jne L95
    mov rdi, qword ptr [r13+600]
    cmp qword ptr [r13+544], rdi
    ja L95
    mov rsi, qword ptr [r13+584]
    lea rdi, qword ptr [r15+rsi+3]
    cmp rsp, rdi
    jl L95
L94:
    test eax, eax
    short je L96
    mov qword ptr [rbx], rax
    ret
L96:
    cmp qword ptr [r13+112], 1024
    short jne L97
    mov rdx, qword ptr [r13+256]
    jmp global::context_switch_simplified
L97:
    mov rsi, qword ptr [rbx-120]
    mov rcx, qword ptr [rbx-112]
    add rcx, 56
    mov qword ptr [rsp], rsi
    jmp global::raise_exception_shared
L95:
    mov rsi, qword ptr [rbx-104]
    mov r8, qword ptr [rbx-112]
    mov r8, qword ptr [r8+72]
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rdx, rax
    mov rcx, rbx
    call 94919179728576
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    short jmp L94
L92:
    mov rax, rcx
    jmp qword ptr [rax+r12*8]
L93:
    mov rsi, qword ptr [rcx+72]
    lea rcx, qword ptr [rcx+56]
    mov qword ptr [r13+184], rsi
    mov qword ptr [r13+472], rcx
    add rsp, 8
    jmp global::context_switch_simplified
    align 8
global::call_nif_early:
    mov rsi, qword ptr [rsp]
    sub rsi, 48
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179943520
    mov rsp, rbp
    add rsp, 8
    mov rdx, rax
    jmp global::call_nif_shared
    align 8
global::call_nif_shared:
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, rdx
    mov rdx, rbx
    mov rcx, qword ptr [rsi+16]
    mov r8, qword ptr [rsi+24]
    mov r9, qword ptr [rsi+32]
    call 94919178209856
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rdi, 94919181785668
    mov edi, dword ptr [rdi]
    cmp r12, 3
    cmovne r12, rdi
    test eax, eax
    short je L98
# Do return and dispatch to it
    mov qword ptr [rbx], rax
    ret
L98:
    cmp qword ptr [r13+112], 1024
    jne L100
# yield
# test trap to hibernate
    mov rdi, qword ptr [r13+288]
    mov rsi, rdi
    and rsi, 1
    short je L99
# do hibernate trap
    and rdi, -2
    mov qword ptr [r13+288], rdi
    jmp global::do_schedule
L99:
# do normal trap
    mov rdx, qword ptr [r13+256]
    jmp global::context_switch_simplified
L100:
    mov rsi, rsp
    mov qword ptr [r13+88], rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178638000
    mov rsp, qword ptr [r13+88]
    mov rsi, rax
    mov rcx, qword ptr [r13+472]
    jmp global::raise_exception_shared
    align 8
global::call_nif_yield_helper:
    dec r14
    short jl L101
    jmp global::call_nif_shared
L101:
    mov rdi, qword ptr [rdx-8]
    mov qword ptr [r13+184], rdi
    lea rdi, qword ptr [rdx-24]
    mov qword ptr [r13+472], rdi
    add rdx, 40
    jmp global::context_switch_simplified
    align 8
global::catch_end_shared:
    mov rsi, qword ptr [rbx+8]
    cmp qword ptr [rbx+24], 715
    short jne L102
    mov qword ptr [rbx], rsi
    ret
L102:
    cmp qword ptr [rbx+24], 779
    jne L103
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rdx, qword ptr [rbx+16]
    call 94919178639520
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov rsi, rax
L103:
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L104
    mov qword ptr [rbx], rsi
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call global::garbage_collect
    mov rsi, qword ptr [rbx]
L104:
    mov qword ptr [r15], 128
    mov qword ptr [r15+8], 1355
    mov qword ptr [r15+16], rsi
    lea rax, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rax
    ret
    align 8
global::check_float_error:
    movsd xmm2, xmm0
    movsd xmm1, qword ptr [L106]
    andpd xmm2, xmmword ptr [L107]
    ucomisd xmm1, xmm2
    short jb L105
    ret
L105:
    mov qword ptr [r13+112], 4176
    sub rcx, rcx
    jmp global::raise_exception
    align 16
L107:
.dq 0x7FFFFFFFFFFFFFFF
L106:
.dq 0x7FEFFFFFFFFFFFFF
    align 8
global::dispatch_bif:
    mov rdx, qword ptr [r13+256]
    lea rsi, qword ptr [rdx-24]
    mov rcx, qword ptr [rdx+16]
    jmp global::call_bif_shared
    align 8
global::dispatch_nif:
    mov rdx, qword ptr [r13+256]
    jmp global::call_nif_shared
    align 8
global::dispatch_return:
    pop rdx
    mov qword ptr [r13+472], 0
    mov qword ptr [r13+184], 1
    jmp global::context_switch_simplified
    align 8
global::dispatch_save_calls:
    mov qword ptr [rbx-120], rax
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, rax
    call 94919178987776
    mov rsp, rbp
    mov rax, qword ptr [rbx-120]
    mov rdi, 94919181785668
    mov edi, dword ptr [rdi]
    jmp qword ptr [rax+rdi*8]
    align 8
global::export_trampoline:
    mov rdi, qword ptr [rax+88]
    cmp rdi, 111
    je global::generic_bp_global
    cmp rdi, 20
    je L108
    cmp rdi, 22
    je L109
    cmp rdi, 230
    je L110
# Unexpected export trampoline op
    ud2
L108:
    lea rsi, qword ptr [rax+56]
    mov rdx, qword ptr [r13+256]
    mov rcx, qword ptr [rax+96]
    jmp global::call_bif_shared
L110:
    jmp qword ptr [rax+96]
L109:
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [rax+56]
    mov rdx, rbx
    mov ecx, 1035
    call 94919178642816
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    test rax, rax
    je global::process_exit
    jmp qword ptr [rax+r12*8]
    align 8
global::garbage_collect:
    sub rdx, r15
    shr rdx, 3
    lea rsi, qword ptr [rdx-4]
    mov rax, qword ptr [rsp]
    mov qword ptr [r13+256], rax
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rdx, rbx
    mov r8, r14
    call 94919179729216
    sub r14, rax
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    ret
    align 8
global::generic_bp_global:
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [rax+40]
    mov rdx, rbx
    call 94919178674496
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    jmp rax
    align 8
global::generic_bp_local:
    pop qword ptr [rbx-112]
    pop rsi
    mov qword ptr [rbx-120], rsi
    sub rsi, 48
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rdx, rbx
    call 94919178674496
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    cmp rax, 103
    je global::debug_bp
    push qword ptr [rbx-120]
    push qword ptr [rbx-112]
    ret
    align 8
global::debug_bp:
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rsi, qword ptr [rbx-120]
    sub rsi, 8
    mov rdi, r13
    lea rsi, qword ptr [rsi-24]
    mov rdx, rbx
    mov rcx, 6923
    call 94919178642816
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    test rax, rax
    je L111
    jmp qword ptr [rax+r12*8]
L111:
    mov rsi, qword ptr [rbx-120]
    jmp global::raise_exception
    align 8
global::fconv_shared:
    mov rdi, rsi
    rex test sil, 1
    short jne L112
    mov rsi, qword ptr [rsi-2]
    and rsi, 59
    cmp rsi, 8
    short jne L112
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rsi, qword ptr [rbx-120]
    call 94919179655360
    mov rsp, rbp
    test eax, eax
    short js L112
    movsd xmm0, qword ptr [rbx-120]
    ret
L112:
    mov qword ptr [r13+112], 4176
    sub rcx, rcx
    jmp global::raise_exception
    align 8
global::handle_call_fun_error:
    test cl, 1
    jne L114
    cmp qword ptr [rcx-2], 212
    short je L113
L114:
    mov qword ptr [r13+112], 10320
    mov qword ptr [r13+120], rcx
    push r8
    xor ecx, ecx
    jmp global::raise_exception
L113:
    mov qword ptr [rbx-120], rcx
    mov qword ptr [rbx-112], r8
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, rbx
    call 94919178214752
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov rdi, qword ptr [rbx-120]
    mov qword ptr [rbx], rdi
    mov qword ptr [rbx+8], rax
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L115
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call global::garbage_collect
L115:
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+8]
    mov qword ptr [r15], 128
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], rsi
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [r13+112], 11344
    mov qword ptr [r13+120], rdi
    push qword ptr [rbx-112]
    xor ecx, ecx
    jmp global::raise_exception
    align 8
global::handle_element_error:
    mov qword ptr [rbx], rdi
    mov qword ptr [rbx+8], rsi
    mov qword ptr [r13+112], 3152
    mov rcx, 94919181695360
    jmp global::raise_exception
    align 8
global::handle_hd_error:
    mov qword ptr [rbx], rax
    mov qword ptr [r13+112], 3152
    mov rcx, 94919181695392
    jmp global::raise_exception
    align 8
global::i_band_body_shared:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov qword ptr [rbx-120], rsi
    mov qword ptr [rbx-112], rax
    mov rdi, r13
    mov rdx, rax
    call 94919179309792
    mov rsp, rbp
    test eax, eax
    short je L116
    ret
L116:
    mov rdi, qword ptr [rbx-120]
    mov rsi, qword ptr [rbx-112]
    mov qword ptr [rbx], rdi
    mov qword ptr [rbx+8], rsi
    mov rcx, 94919180917584
    jmp global::raise_exception
    align 8
global::i_band_guard_shared:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rdx, rax
    call 94919179309792
    mov rsp, rbp
    test eax, eax
    ret
    align 8
global::i_bif_body_shared:
    mov rbp, rsp
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov qword ptr [rbx-120], rsi
    mov qword ptr [rbx-112], rcx
    mov rdi, r13
    xor edx, edx
    call rcx
    test eax, eax
    short je L117
    mov rsp, rbp
    mov r14, qword ptr [r13+104]
    ret
L117:
    mov rsi, qword ptr [rbx-120]
    mov rdi, qword ptr [rsi]
    mov qword ptr [rbx], rdi
    mov rdi, qword ptr [rsi+8]
    mov qword ptr [rbx+8], rdi
    mov rdi, qword ptr [rsi+16]
    mov qword ptr [rbx+16], rdi
    mov rdi, qword ptr [rbx-112]
    call 94919178637872
    mov rsp, rbp
    mov r14, qword ptr [r13+104]
    mov rcx, rax
    jmp global::raise_exception
    align 8
global::i_bif_guard_shared:
    mov rbp, rsp
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    xor edx, edx
    call rcx
    mov rsp, rbp
    mov r14, qword ptr [r13+104]
    test eax, eax
    ret
    align 8
global::i_bor_body_shared:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov qword ptr [rbx-120], rsi
    mov qword ptr [rbx-112], rax
    mov rdi, r13
    mov rdx, rax
    call 94919179310976
    mov rsp, rbp
    test eax, eax
    short je L118
    ret
L118:
    mov rdi, qword ptr [rbx-120]
    mov rsi, qword ptr [rbx-112]
    mov qword ptr [rbx], rdi
    mov qword ptr [rbx+8], rsi
    mov rcx, 94919180917552
    jmp global::raise_exception
    align 8
global::i_bor_guard_shared:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rdx, rax
    call 94919179310976
    mov rsp, rbp
    test eax, eax
    ret
    align 8
global::i_bnot_body_shared:
    xor rax, -16
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov qword ptr [rbx-120], rax
    mov rdi, r13
    mov rsi, rax
    call 94919179313344
    mov rsp, rbp
    test eax, eax
    short je L119
    ret
L119:
    mov rdi, qword ptr [rbx-120]
    mov qword ptr [rbx], rdi
    mov rcx, 94919180917488
    jmp global::raise_exception
    align 8
global::i_bnot_guard_shared:
    xor rax, -16
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, rax
    call 94919179313344
    mov rsp, rbp
    test eax, eax
    ret
    align 8
global::i_bsl_guard_shared:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rdx, rax
    call 94919179299712
    mov rsp, rbp
    test eax, eax
    ret
    align 8
global::i_bsl_body_shared:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov qword ptr [rbx-120], rsi
    mov qword ptr [rbx-112], rax
    mov rdi, r13
    mov rdx, rax
    call 94919179299712
    mov rsp, rbp
    test eax, eax
    short je L120
    ret
L120:
    mov rdi, qword ptr [rbx-120]
    mov rsi, qword ptr [rbx-112]
    mov qword ptr [rbx], rdi
    mov qword ptr [rbx+8], rsi
    mov rcx, 94919180917424
    jmp global::raise_exception
    align 8
global::i_bsr_guard_shared:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rdx, rax
    call 94919179299728
    mov rsp, rbp
    test eax, eax
    ret
    align 8
global::i_bsr_body_shared:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov qword ptr [rbx-120], rsi
    mov qword ptr [rbx-112], rax
    mov rdi, r13
    mov rdx, rax
    call 94919179299728
    mov rsp, rbp
    test eax, eax
    short je L121
    ret
L121:
    mov rdi, qword ptr [rbx-120]
    mov rsi, qword ptr [rbx-112]
    mov qword ptr [rbx], rdi
    mov qword ptr [rbx+8], rsi
    mov rcx, 94919180917456
    jmp global::raise_exception
    align 8
global::i_bxor_body_shared:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov qword ptr [rbx-120], rsi
    mov qword ptr [rbx-112], rax
    mov rdi, r13
    mov rdx, rax
    call 94919179312160
    mov rsp, rbp
    test eax, eax
    short je L122
    ret
L122:
    mov rdi, qword ptr [rbx-120]
    mov rsi, qword ptr [rbx-112]
    mov qword ptr [rbx], rdi
    mov qword ptr [rbx+8], rsi
    mov rcx, 94919180917520
    jmp global::raise_exception
    align 8
global::i_bxor_guard_shared:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rdx, rax
    call 94919179312160
    mov rsp, rbp
    test eax, eax
    ret
    align 8
global::i_func_info_shared:
    pop rdi
    and rdi, -8
    add rdi, 16
    mov qword ptr [r13+112], 6224
    mov qword ptr [r13+472], rdi
    xor esi, esi
    xor ecx, ecx
    jmp global::raise_exception_shared
    align 8
global::i_get_map_element_shared:
    mov eax, esi
    and al, 3
    cmp al, 3
    short jne L123
    mov eax, dword ptr [rdi-2]
    mov ecx, eax
    and ecx, 252
    cmp ecx, 60
    short jne L124
    mov eax, dword ptr [rdi+6]
    mov rcx, qword ptr [rdi+14]
L126:
    dec eax
    short jl L125
    cmp rsi, qword ptr [rcx+rax*8+6]
    short jne L126
    mov rax, qword ptr [rdi+rax*8+22]
L125:
    ret
L123:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919178646704
    mov rsp, rbp
    test eax, eax
    rex setnz dil
    rex dec dil
    ret
L124:
    mov r8, rsi
    shr r8, 32
    mov ecx, esi
    mov edx, 3432918353
    mov r9d, 2654435769
    call global::internal_hash_helper
    add rdi, 8
    xor r8d, r8d
L127:
    mov ecx, edx
    and ecx, 15
    shr edx, 4
    inc r8d
    sar eax, 16
    cmp eax, -1
    short je L130
    bt eax, ecx
    short jnc L128
    bzhi eax, eax, ecx
    popcnt ecx, eax
L130:
    mov rdi, qword ptr [rdi+rcx*8+6]
    test edi, 2
    short je L129
    mov eax, dword ptr [rdi-2]
    test r8d, 7
    short jz L131
    short jmp L127
L129:
    cmp qword ptr [rdi-1], rsi
    mov rax, qword ptr [rdi+7]
L128:
    ret
L131:
    mov dword ptr [rbx-120], r8d
    mov ecx, r8d
    shr ecx, 3
    mov r8d, 1
    mov r9d, 2563012070
    call global::internal_hash_helper
    xor edx, 3432918353
    mov ecx, esi
    mov r8, rsi
    shr r8, 32
    mov r9d, 2654435769
    call global::internal_hash_helper
    mov r8d, dword ptr [rbx-120]
    short jmp L127
    align 8
global::i_get_map_element_hash_shared:
    mov eax, dword ptr [rdi-2]
    mov ecx, eax
    and ecx, 252
    cmp ecx, 60
    short jne L132
    mov eax, dword ptr [rdi+6]
    mov rcx, qword ptr [rdi+14]
L134:
    dec eax
    short jl L133
    cmp rsi, qword ptr [rcx+rax*8+6]
    short jne L134
    mov rax, qword ptr [rdi+rax*8+22]
L133:
    ret
L132:
    add rdi, 8
    xor r8d, r8d
L135:
    mov ecx, edx
    and ecx, 15
    shr edx, 4
    inc r8d
    sar eax, 16
    cmp eax, -1
    short je L138
    bt eax, ecx
    short jnc L136
    bzhi eax, eax, ecx
    popcnt ecx, eax
L138:
    mov rdi, qword ptr [rdi+rcx*8+6]
    test edi, 2
    short je L137
    mov eax, dword ptr [rdi-2]
    test r8d, 7
    short jz L139
    short jmp L135
L137:
    cmp qword ptr [rdi-1], rsi
    mov rax, qword ptr [rdi+7]
L136:
    ret
L139:
    mov dword ptr [rbx-120], r8d
    mov ecx, r8d
    shr ecx, 3
    mov r8d, 1
    mov r9d, 2563012070
    call global::internal_hash_helper
    xor edx, 3432918353
    mov ecx, esi
    mov r8, rsi
    shr r8, 32
    mov r9d, 2654435769
    call global::internal_hash_helper
    mov r8d, dword ptr [rbx-120]
    short jmp L135
    align 8
global::i_load_nif_shared:
    mov qword ptr [rbx-120], rsi
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rdx, rbx
    call 94919178210112
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    cmp rax, 2
    short je L140
    cmp rax, 0
    short jne L141
    ret
L141:
    mov rcx, 94919181695296
    jmp global::raise_exception
L140:
    mov rdx, qword ptr [rbx-120]
    jmp global::context_switch_simplified
    align 8
global::i_length_guard_shared:
    mov qword ptr [rbx-120], rsi
    mov qword ptr [rbx-112], rdx
    mov rbp, rsp
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [rbx+rsi*8]
    call 94919178858128
    mov rsp, rbp
    mov r14, qword ptr [r13+104]
    test eax, eax
    short je L143
    ret
L143:
    mov rsi, qword ptr [rbx-120]
    mov rdx, qword ptr [rbx-112]
    cmp qword ptr [r13+112], 1024
    jne L142
    add rsi, 2
    add rsp, 8
    mov qword ptr [r13+472], 0
    mov qword ptr [r13+184], rsi
    jmp global::context_switch_simplified
L142:
    sub rax, rax
    ret
    align 8
global::i_length_body_shared:
    mov qword ptr [rbx-120], rsi
    mov qword ptr [rbx-112], rdx
    mov rbp, rsp
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [rbx+rsi*8]
    call 94919178858128
    mov rsp, rbp
    mov r14, qword ptr [r13+104]
    test eax, eax
    short je L145
    ret
L145:
    mov rsi, qword ptr [rbx-120]
    mov rdx, qword ptr [rbx-112]
    cmp qword ptr [r13+112], 1024
    jne L144
    add rsi, 3
    add rsp, 8
    mov qword ptr [r13+472], 0
    mov qword ptr [r13+184], rsi
    jmp global::context_switch_simplified
L144:
    mov rdi, qword ptr [rbx+rsi*8+16]
    mov qword ptr [rbx], rdi
    mov rcx, 94919180919312
    jmp global::raise_exception
    align 8
global::i_loop_rec_shared:
    or dword ptr [r13+288], 8192
    mov qword ptr [r13+256], rdi
    mov qword ptr [rbx-120], rsi
L146:
    test r14, r14
    jle L148
# Peek next message
L147:
    mov rdi, qword ptr [r13+344]
    mov rdi, qword ptr [rdi]
    test rdi, rdi
    jne L149
# Inner queue empty, fetch more from outer/middle queues
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov qword ptr [rbx-112], 0
    mov rdi, r13
    mov rsi, r14
    xor edx, edx
    lea rcx, qword ptr [rbx-112]
    lea r8, dword ptr [rbx-104]
    call 94919179265504
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov rdi, 94919181785668
    mov edi, dword ptr [rdi]
    cmp r12, 3
    cmovne r12, rdi
    sub r14, rax
    mov rdi, qword ptr [rbx-112]
    test rdi, rdi
    jne L149
    cmp dword ptr [rbx-104], 0
    short jne L148
    and dword ptr [r13+288], -8193
    add rsp, 8
    jmp qword ptr [rbx-120]
L148:
    and dword ptr [r13+288], -8193
    mov qword ptr [r13+184], 0
    mov qword ptr [r13+472], 0
    add rsp, 8
    jmp global::do_schedule
# Check if message is distributed
L149:
    cmp qword ptr [rdi+16], 0
    jne L150
    sub r14, 10
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rdi
    mov rdi, r13
    call 94919178212464
    mov rsp, rbp
    test rax, rax
    je L146
    mov rdi, rax
L150:
    mov rdi, qword ptr [rdi+16]
    mov qword ptr [rbx], rdi
    ret
    align 8
global::i_new_small_map_lit_shared:
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, rbx
    call 94919178647888
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    ret
    align 8
global::i_test_yield_shared:
    lea rsi, qword ptr [rdx-48]
    mov qword ptr [r13+472], rsi
    mov rsi, qword ptr [rsi+16]
    mov qword ptr [r13+184], rsi
    jmp global::context_switch_simplified
    align 8
global::increment_body_shared:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    or rdx, 15
    call 94919179300144
    mov rsp, rbp
    test eax, eax
    short je L151
    ret
L151:
    xor ecx, ecx
    jmp global::raise_exception
    align 8
global::int_div_rem_body_shared:
    cmp rcx, 15
    je L152
    mov esi, edi
    and esi, ecx
    and esi, 15
    cmp esi, 15
    jne L153
    mov r9, rcx
    sar r9, 4
    mov rax, rdi
    sar rax, 4
    cqo
    idiv r9
    mov r9, rax
    sal rax, 4
    sal rdx, 4
    or rax, 15
    or rdx, 15
    sar r9, 59
    cmp r9, 1
    short jge L153
    ret
L153:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov qword ptr [rbx-120], rdi
    mov qword ptr [rbx-112], rcx
    mov qword ptr [rbx-104], r8
    mov rsi, rdi
    mov rdx, rcx
    lea rcx, qword ptr [rbx-96]
    lea r8, qword ptr [rbx-88]
    mov rdi, r13
    call 94919179305008
    mov rsp, rbp
    test eax, eax
    mov rax, qword ptr [rbx-96]
    mov rdx, qword ptr [rbx-88]
    short je L154
    ret
L152:
    mov qword ptr [r13+112], 4176
    mov qword ptr [rbx], rdi
    mov qword ptr [rbx+8], rcx
    mov rcx, r8
    jmp global::raise_exception
L154:
    mov rdi, qword ptr [rbx-120]
    mov rsi, qword ptr [rbx-112]
    mov qword ptr [rbx], rdi
    mov qword ptr [rbx+8], rsi
    mov rcx, qword ptr [rbx-104]
    jmp global::raise_exception
    align 8
global::int_div_rem_guard_shared:
    cmp rcx, 15
    je L155
    mov esi, edi
    and esi, ecx
    and esi, 15
    cmp esi, 15
    jne L156
    mov r8, rcx
    sar r8, 4
    mov rax, rdi
    sar rax, 4
    cqo
    idiv r8
    mov r8, rax
    sal rax, 4
    sal rdx, 4
    or rax, 15
    or rdx, 15
    sar r8, 59
    cmp r8, 1
    jl L155
L156:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rdi
    mov rdx, rcx
    lea rcx, qword ptr [rbx-120]
    lea r8, qword ptr [rbx-112]
    mov rdi, r13
    call 94919179305008
    mov rsp, rbp
    test eax, eax
    mov rax, qword ptr [rbx-120]
    mov rdx, qword ptr [rbx-112]
L155:
    ret
    align 8
global::internal_hash_helper:
    add ecx, r9d
    add r8d, r9d
    sub ecx, r8d
    sub ecx, edx
    mov r9d, edx
    shr r9d, 13
    xor ecx, r9d
    sub r8d, edx
    sub r8d, ecx
    mov r9d, ecx
    shl r9d, 8
    xor r8d, r9d
    sub edx, ecx
    sub edx, r8d
    mov r9d, r8d
    shr r9d, 13
    xor edx, r9d
    sub ecx, r8d
    sub ecx, edx
    mov r9d, edx
    shr r9d, 12
    xor ecx, r9d
    sub r8d, edx
    sub r8d, ecx
    mov r9d, ecx
    shl r9d, 16
    xor r8d, r9d
    sub edx, ecx
    sub edx, r8d
    mov r9d, r8d
    shr r9d, 5
    xor edx, r9d
    sub ecx, r8d
    sub ecx, edx
    mov r9d, edx
    shr r9d, 3
    xor ecx, r9d
    sub r8d, edx
    sub r8d, ecx
    mov r9d, ecx
    shl r9d, 10
    xor r8d, r9d
    sub edx, ecx
    sub edx, r8d
    mov r9d, r8d
    shr r9d, 15
    xor edx, r9d
    ret
    align 8
global::minus_body_shared:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov qword ptr [rbx-120], rsi
    mov qword ptr [rbx-112], rdx
    mov rdi, r13
    call 94919179301840
    mov rsp, rbp
    test eax, eax
    short je L157
    ret
L157:
    mov rdi, qword ptr [rbx-120]
    mov rsi, qword ptr [rbx-112]
    mov qword ptr [rbx], rdi
    mov qword ptr [rbx+8], rsi
    mov rcx, 94919180917840
    jmp global::raise_exception
    align 8
global::minus_guard_shared:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179301840
    mov rsp, rbp
    test eax, eax
    ret
    align 8
global::new_map_shared:
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, rbx
    call 94919178647216
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    ret
    align 8
global::plus_body_shared:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov qword ptr [rbx-120], rsi
    mov qword ptr [rbx-112], rdx
    mov rdi, r13
    call 94919179300144
    mov rsp, rbp
    test eax, eax
    short je L158
    ret
L158:
    mov rdi, qword ptr [rbx-120]
    mov rsi, qword ptr [rbx-112]
    mov qword ptr [rbx], rdi
    mov qword ptr [rbx+8], rsi
    mov rcx, 94919180917872
    jmp global::raise_exception
    align 8
global::plus_guard_shared:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179300144
    mov rsp, rbp
    test eax, eax
    ret
    align 8
global::process_exit:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    xor esi, esi
    xor ecx, ecx
    mov rdx, rbx
    call 94919178639648
    mov rsp, rbp
    test rax, rax
    je global::do_schedule
# End of process
    ud2
    align 8
global::process_main:
    sub rsp, 16656
    and rsp, -64
    mov qword ptr [rdi], rsp
    lea rbx, qword ptr [rsp+128]
    lea rdi, qword ptr [rbx-80]
    call 94919179739520
    mov qword ptr [rbx+16448], 0
    mov qword ptr [rbx+16456], 0
    xor r13d, r13d
    xor r14d, r14d
    xor edx, edx
    jmp L162
L161:
    mov rdx, qword ptr [r13+248]
    sub rdx, r14
    jmp L162
L159:
# Context switch, unknown arity/MFA
    mov rdi, qword ptr [rdx-8]
    mov qword ptr [r13+184], rdi
    lea rdi, qword ptr [rdx-24]
    mov qword ptr [r13+472], rdi
L160:
# Context switch, known arity and MFA
    sub rbp, rbp
    mov qword ptr [r13+256], rdx
    mov edi, dword ptr [r13+640]
    test edi, 2048
    short je L163
# Process exiting
    lea rdi, qword ptr [global::process_exit]
    mov qword ptr [r13+256], rdi
    mov qword ptr [r13+184], 0
    mov qword ptr [r13+472], 0
    short jmp L161
L163:
    mov rdx, qword ptr [r13+248]
    sub rdx, r14
    mov r14, rdx
    mov rdi, r13
    mov rsi, rbx
    call 94919178637504
    mov rdx, r14
L162:
# schedule_next
    cmp qword ptr [rbx+16456], 0
    short je L164
    mov rdi, r13
    mov rsi, qword ptr [rbx+16456]
    mov qword ptr [rbx+16456], rdx
    mov rdx, qword ptr [rbx+16448]
    call 94919178637744
    mov rdx, qword ptr [rbx+16456]
L164:
    xor edi, edi
    mov rsi, r13
    call 94919178120624
    mov r13, rax
    mov rdi, 94919181781152
    cmp qword ptr [rdi], 0
    mov qword ptr [rbx+16456], 0
    short je L165
    call 94919179069904
    mov qword ptr [rbx+16456], rax
    mov rax, qword ptr [r13+256]
    mov qword ptr [rbx+16448], rax
L165:
    mov rdi, r13
    mov rsi, rbx
    call 94919178637696
    mov r14, qword ptr [r13+104]
    mov qword ptr [r13+248], r14
    mov rdi, r13
    mov rsi, 1
    call 94919178232464
    test rax, rax
    mov rdi, 94919181785668
    mov rsi, 3
    mov r12d, dword ptr [rdi]
    cmovnz r12, rsi
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov rax, qword ptr [r13+256]
    cmp qword ptr [rax], 24
    je global::dispatch_nif
    cmp qword ptr [rax], 20
    je global::dispatch_bif
    jmp rax
global::context_switch:
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    lea rsp, qword ptr [rbx-128]
    jmp L159
global::context_switch_simplified:
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    lea rsp, qword ptr [rbx-128]
    jmp L160
global::do_schedule:
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    lea rsp, qword ptr [rbx-128]
    jmp L161
    align 8
global::raise_exception:
    pop rsi
    and rsi, -4
    push rsi
    jmp global::raise_exception_shared
    align 8
global::raise_exception_shared:
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    lea rsp, qword ptr [rbx-128]
    test esi, 3
    short jne L166
    mov rdi, r13
    mov rdx, rbx
    call 94919178639648
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    test rax, rax
    short je global::do_schedule
    jmp rax
L166:
# Error address is not a CP or NULL or ARG2 and ARG4 are unset
    ud2
    align 8
global::times_body_shared:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov qword ptr [rbx-120], rsi
    mov qword ptr [rbx-112], rdx
    mov rdi, r13
    call 94919179302944
    mov rsp, rbp
    test eax, eax
    short je L167
    ret
L167:
    mov rdi, qword ptr [rbx-120]
    mov rsi, qword ptr [rbx-112]
    mov qword ptr [rbx], rdi
    mov qword ptr [rbx+8], rsi
    mov rcx, 94919180917616
    jmp global::raise_exception
    align 8
global::times_guard_shared:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179302944
    mov rsp, rbp
    test eax, eax
    ret
    align 8
global::unary_minus_body_shared:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov qword ptr [rbx-120], rsi
    mov rdi, r13
    call 94919179301264
    mov rsp, rbp
    test eax, eax
    short je L168
    ret
L168:
    mov rdi, qword ptr [rbx-120]
    mov qword ptr [rbx], rdi
    mov rcx, 94919180917808
    jmp global::raise_exception
    align 8
global::unary_minus_guard_shared:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179301264
    mov rsp, rbp
    test eax, eax
    ret
    align 8
global::unloaded_fun:
    mov qword ptr [rbx-120], r8
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, rbx
    call 94919178214976
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rdi, 94919181785668
    mov edi, dword ptr [rdi]
    cmp r12, 3
    cmovne r12, rdi
    test rax, rax
    jz L169
    jmp qword ptr [rax+r12*8]
L169:
    push qword ptr [rbx-120]
    xor ecx, ecx
    jmp global::raise_exception
    align 8
global::update_map_assoc_shared:
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, rbx
    call 94919178648144
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    ret
    align 8
global::update_map_exact_guard_shared:
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, rbx
    call 94919178649856
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    test eax, eax
    ret
    align 8
global::update_map_exact_body_shared:
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, rbx
    call 94919178649856
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    test eax, eax
    short je L170
    ret
L170:
    xor ecx, ecx
    jmp global::raise_exception
