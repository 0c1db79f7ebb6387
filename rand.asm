    align 8
L388:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L389:
    jmp 140320710851944
    align 8
L390:
    jmp 140320710853048
    align 8
L391:
    jmp 140320710850344
    align 16
L392:
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
# rand:uniform_range/4
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xAE, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
uniform_range/4:
# i_breakpoint_trampoline
    short jmp L393
.db 0x00
    call L392
    align 8
L393:
# i_test_yield
    lea rdx, qword ptr [uniform_range/4+24]
    dec r14
    jle L390
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    short jne label_1
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    short jne label_1
# i_get_map_elements_fsI
.section .rodata {#1}
L396:
    align 8
.db 0x0B, 0x99, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x9C, 0x4F, 0xEC, 0x2C, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0xE1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xD2, 0xA9, 0x24, 0x1C, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+8]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L394
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L397:
    dec eax
    short jl label_1
    cmp qword ptr [rsi+rax*8+6], 57739
    short jne L397
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+40], rdx
L398:
    dec eax
    jl label_1
    cmp qword ptr [rsi+rax*8+6], 366859
    short jne L398
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+32], rdx
    short jmp L395
L394:
    mov ecx, 2
    lea r8, qword ptr [L396]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_1
L395:
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L399
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L399:
    sub rsp, 56
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+24], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+40], xmm0
# i_move_sd
    mov qword ptr [rbx+16], 15
# i_move_sd
    mov qword ptr [rbx], 503435
# line_I
# i_call_ext_e
L400:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rsp+8]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L402
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L401
L402:
    call 140320710853584
L401:
    mov qword ptr [rbx+8], rax
# line_I
# i_bsl_ssjd
    mov esi, 31
    mov rax, qword ptr [rbx]
    mov rcx, rax
    xor rcx, 15
    ror rcx, 4
    cmp rcx, 59
    short jae L403
    and rsi, -16
    sal rsi, cl
    lea rax, qword ptr [rsi+15]
    short jmp L404
L403:
    call 140320710851664
L404:
    mov qword ptr [rbx], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L405
    add rax, rdx
    short jno L406
L405:
    call 140320710853080
L406:
    mov qword ptr [rbx], rax
# i_bnot_jsd
    mov rax, qword ptr [rbx]
    xor rax, -16
# simplified test for small operand since it is a number
    test al, 1
    short jne L407
    call 140320710851536
L407:
    mov qword ptr [rbx], rax
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+48]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L408
    add rax, rdx
    short jno L409
L408:
    call 140320710853080
L409:
    mov qword ptr [rsp], rax
# i_band_ssjd
    mov rsi, qword ptr [rsp+48]
    mov rax, qword ptr [rsp]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L410
    and rax, rsi
    short jmp L411
L410:
    call 140320710851272
    je label_3
L411:
    mov qword ptr [rbx+16], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 15
    jne label_3
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rsp+48]
L412:
    mov rax, qword ptr [rsp+8]
    call 140320710851768
L413:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+48], rdi
# i_trim_t
    add rsp, 40
# line_I
# i_call_f
    call uniform_range/7
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rsp+8]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L414
    and rax, rsi
    short jmp L415
L414:
    call 140320710851200
L415:
    mov qword ptr [rbx+8], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L416
    add rax, rdx
    short jno L417
L416:
    call 140320710853080
L417:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L418
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L418:
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
    mov rdi, qword ptr [rsp]
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
    add rsp, 16
# return
    dec r14
    jl L391
    ret
# label_L
label_3:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov rdx, -32
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L419
    add rax, rdx
    short jno L420
L419:
    call 140320710853080
L420:
    mov qword ptr [rbx+16], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rsp+48]
L421:
    mov rax, qword ptr [rbx+16]
    call 140320710851768
L422:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    add rdi, 8
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call uniform_range/7
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# line_I
# i_rem_ssjd
L423:
    mov rcx, qword ptr [rsp+48]
    mov rdi, qword ptr [rbx+8]
    mov r8, 94919180917680
    call 140320710853120
L424:
    mov qword ptr [rbx+16], rdx
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# i_minus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx+16]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L426
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L425
L426:
    call 140320710853648
    je label_4
L425:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# i_bsl_ssjd
    mov esi, 31
    mov rax, qword ptr [rbx]
    mov rcx, rax
    xor rcx, 15
    ror rcx, 4
    cmp rcx, 59
    short jae L427
    and rsi, -16
    sal rsi, cl
    lea rax, qword ptr [rsi+15]
    short jmp L428
L427:
    call 140320710851632
    je label_4
L428:
    mov qword ptr [rbx], rax
# i_minus_ssjd
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rsp+48]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L430
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L429
L430:
    call 140320710853648
    je label_4
L429:
    mov qword ptr [rbx], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L431
    cmp rdi, rsi
    short jmp L432
L431:
    call 140320710848608
L432:
    jl label_4
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L433
    add rax, rdx
    short jno L434
L433:
    call 140320710853080
L434:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L435
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L435:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+24]
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
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 56
# return
    dec r14
    jl L391
    ret
# label_L
label_4:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 40
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun_t
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    mov rsi, 140320710850960
    lea r8, qword ptr [L436]
    test ecx, 1
    short jne L436
    cmp qword ptr [rcx-2], 212
    short jne L436
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L436:
    cmovne rdi, rsi
    call rdi
.db 0x90
    call rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_5
    cmp dword ptr [rsi-2], 128
    jne label_5
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 16
    jmp uniform_range/4
# label_L
label_5:
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
label_6:
# i_func_info_IaaI
# rand:uniform_range/7
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xAE, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
uniform_range/7:
# i_breakpoint_trampoline
    short jmp L437
.db 0x00
    call L392
    align 8
L437:
# i_test_yield
    lea rdx, qword ptr [uniform_range/7+24]
    dec r14
    jle L390
# is_ge_fss
    mov rsi, qword ptr [rbx]
    mov edi, 31
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L438
    cmp rdi, rsi
    short jmp L439
L438:
    call 140320710848608
L439:
    jl label_8
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L440
    mov ecx, 7
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L440:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L391
    ret
# label_L
label_8:
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L441
    mov ecx, 7
.db 0x66, 0x90
    call 140320710850576
L441:
    sub rsp, 48
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
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun_t
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    mov rsi, 140320710850960
    lea r8, qword ptr [L442]
    test ecx, 1
    short jne L442
    cmp qword ptr [rcx-2], 212
    short jne L442
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L442:
    cmovne rdi, rsi
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_9
    cmp dword ptr [rsi-2], 128
    jne label_9
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rsp+40]
L443:
    mov rax, qword ptr [rsp+8]
    call 140320710851768
L444:
    mov qword ptr [rbx+8], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rsp+24]
    mov rax, qword ptr [rsp+16]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L445
    and rax, rsi
    short jmp L446
L445:
    call 140320710851200
L446:
    mov qword ptr [rbx+16], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rsp+8]
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L447
    mov rcx, rax
    xor rcx, 15
    ror rcx, 4
    cmp rcx, rdx
    short jae L447
    and rsi, -16
    sal rsi, cl
    lea rax, qword ptr [rsi+15]
    short jmp L448
L447:
    call 140320710851664
L448:
    mov qword ptr [rbx+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L449
    or rax, rsi
    short jmp L450
L449:
    call 140320710851432
L450:
    mov qword ptr [rbx+16], rax
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp]
    mov rdx, qword ptr [rsp+8]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L452
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L451
L452:
    call 140320710853728
L451:
    mov qword ptr [rbx+48], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 48
    jmp uniform_range/7
# label_L
label_9:
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
label_10:
# i_func_info_IaaI
# rand:export_seed/0
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xAE, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
export_seed/0:
# i_breakpoint_trampoline
    short jmp L453
.db 0x00
    call L392
    align 8
L453:
# i_test_yield
    lea rdx, qword ptr [export_seed/0+24]
    dec r14
    jle L390
# i_get_hash_cId
    mov esi, 7868
    mov edx, 503563
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179278896
    mov rsp, rbp
    mov qword ptr [rbx], rax
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_12
    cmp dword ptr [rsi-2], 128
    jne label_12
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_12
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_12
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 43595
    mov edx, 249920315
    call 140320710852224
    jne label_12
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L454
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L454:
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
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L391
    ret
# label_L
label_12:
# i_move_sd
    mov qword ptr [rbx], 907
# return
    dec r14
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_13:
# i_func_info_IaaI
# rand:export_seed_s/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xAF, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
export_seed_s/1:
# i_breakpoint_trampoline
    short jmp L455
.db 0x00
    call L392
    align 8
L455:
# i_test_yield
    lea rdx, qword ptr [export_seed_s/1+24]
    dec r14
    jle L390
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_13
    cmp dword ptr [rsi-2], 128
    short jne label_13
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    short jne label_13
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    short jne label_13
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 43595
    mov edx, 249920315
    call 140320710852224
    jne label_13
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L456
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L456:
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
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_15:
# i_func_info_IaaI
# rand:seed/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x4C, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
seed/1:
# i_breakpoint_trampoline
    short jmp L457
.db 0x00
    call L392
    align 8
L457:
# i_test_yield
    lea rdx, qword ptr [seed/1+24]
    dec r14
    jle L390
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L458
    mov ecx, 1
    call 140320710850576
L458:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call seed_s/1
# i_call_last_ft
    jmp seed_put/1
# func_line_I
# aligned_label_Lt
    align 8
label_17:
# i_func_info_IaaI
# rand:seed_s/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xAF, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
seed_s/1:
# i_breakpoint_trampoline
    short jmp L459
.db 0x00
    call L392
    align 8
L459:
# i_test_yield
    lea rdx, qword ptr [seed_s/1+24]
    dec r14
    jle L390
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_20
    cmp dword ptr [rsi-2], 128
    jne label_20
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_19
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_19
# return
    dec r14
    jl L391
    ret
# label_L
label_19:
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    jne label_20
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L460
    mov ecx, 2
.db 0x90
    call 140320710850576
L460:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call mk_alg/1
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L461
    mov ecx, 1
    call 140320710850576
L461:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
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
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L391
    ret
# label_L
label_20:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L462
    mov ecx, 1
.db 0x90
    call 140320710850576
L462:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call default_seed/0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp seed_s/2
# func_line_I
# aligned_label_Lt
    align 8
label_21:
# i_func_info_IaaI
# rand:default_seed/0
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xAF, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
default_seed/0:
# i_breakpoint_trampoline
    short jmp L463
.db 0x00
    call L392
    align 8
L463:
# i_test_yield
    lea rdx, qword ptr [default_seed/0+24]
    dec r14
    jle L390
# allocate_heap_tIt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L464
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L464:
    sub rsp, 16
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# node_d
    mov rdi, 94919182011968
    mov rdi, qword ptr [rdi]
    mov rdi, qword ptr [rdi+24]
    mov qword ptr [rbx], rdi
# self_d
    mov rdi, qword ptr [r13]
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
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# line_I
# call_light_bif_be
    align 4
L465:
L466:
    long mov rcx, 9223372036854775807
    mov rax, 94919179118112
    lea rdx, qword ptr [L465]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# line_I
# call_light_bif_be
    align 4
L467:
L468:
    long mov rcx, 9223372036854775807
    mov rax, 94919179332560
    lea rdx, qword ptr [L467]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# call_light_bif_be
    align 4
L469:
L470:
    long mov rcx, 9223372036854775807
    mov rax, 94919178976800
    lea rdx, qword ptr [L469]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L471
    mov ecx, 1
    call 140320710850576
L471:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [r15+8], xmm0
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
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_23:
# i_func_info_IaaI
# rand:seed/2
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x4C, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
seed/2:
# i_breakpoint_trampoline
    short jmp L472
.db 0x00
    call L392
    align 8
L472:
# i_test_yield
    lea rdx, qword ptr [seed/2+24]
    dec r14
    jle L390
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L473
    mov ecx, 2
    call 140320710850576
L473:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call seed_s/2
# i_call_last_ft
    jmp seed_put/1
# func_line_I
# aligned_label_Lt
    align 8
label_25:
# i_func_info_IaaI
# rand:seed_s/2
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xAF, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
seed_s/2:
# i_breakpoint_trampoline
    short jmp L474
.db 0x00
    call L392
    align 8
L474:
# i_test_yield
    lea rdx, qword ptr [seed_s/2+24]
    dec r14
    jle L390
# is_eq_exact_fss
    cmp qword ptr [rbx], 11211
    jne label_27
# i_move_sd
    mov qword ptr [rbx], 503819
# i_call_only_f
    short jmp seed_s/2
# label_L
label_27:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L475
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L475:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call mk_alg/1
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
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
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L476]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L476:
    call rdi
    call rdi
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L477
    mov ecx, 1
    call 140320710850576
L477:
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
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_28:
# i_func_info_IaaI
# rand:uniform/0
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x4C, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
uniform/0:
# i_breakpoint_trampoline
    short jmp L478
.db 0x00
    call L392
    align 8
L478:
# i_test_yield
    lea rdx, qword ptr [uniform/0+24]
    dec r14
    jle L390
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L479
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L479:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call seed_get/0
# i_call_f
.db 0x0F, 0x1F, 0x00
    call uniform_s/1
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_30
    cmp dword ptr [rsi-2], 128
    jne label_30
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call seed_put/1
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L391
    ret
# label_L
label_30:
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
label_31:
# i_func_info_IaaI
# rand:uniform/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x4C, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
uniform/1:
# i_breakpoint_trampoline
    short jmp L480
.db 0x00
    call L392
    align 8
L480:
# i_test_yield
    lea rdx, qword ptr [uniform/1+24]
    dec r14
    jle L390
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L481
    mov ecx, 1
    call 140320710850576
L481:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call seed_get/0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_call_f
.db 0x90
    call uniform_s/2
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_33
    cmp dword ptr [rsi-2], 128
    jne label_33
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call seed_put/1
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L391
    ret
# label_L
label_33:
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
label_34:
# i_func_info_IaaI
# rand:uniform_s/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xB0, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
uniform_s/1:
# i_breakpoint_trampoline
    short jmp L482
.db 0x00
    call L392
    align 8
L482:
# i_test_yield
    lea rdx, qword ptr [uniform_s/1+24]
    dec r14
    jle L390
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_34
    cmp dword ptr [rsi-2], 128
    short jne label_34
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    short jne label_34
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    short jne label_34
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 478347
    mov edx, 288190427
    call 140320710852224
    jne label_36
    mov qword ptr [rbx+16], rax
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L483
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L483:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_fun_last_tt
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    mov rsi, 140320710850960
    lea r8, qword ptr [L484]
    test ecx, 1
    short jne L484
    cmp qword ptr [rcx-2], 212
    short jne L484
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L484:
    cmovne rdi, rsi
    jmp rdi
# label_L
label_36:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_get_map_elements_fsI
.section .rodata {#1}
L487:
    align 8
.db 0x0B, 0x99, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x9C, 0x4F, 0xEC, 0x2C, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0xE1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xD2, 0xA9, 0x24, 0x1C, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+8]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L485
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L488:
    dec eax
    jl label_37
    cmp qword ptr [rsi+rax*8+6], 57739
    short jne L488
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+32], rdx
L489:
    dec eax
    jl label_37
    cmp qword ptr [rsi+rax*8+6], 366859
    short jne L489
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+24], rdx
    short jmp L486
L485:
    mov ecx, 2
    lea r8, qword ptr [L487]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_37
L486:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L490
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L490:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun_t
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    mov rsi, 140320710850960
    lea r8, qword ptr [L491]
    test ecx, 1
    short jne L491
    cmp qword ptr [rcx-2], 212
    short jne L491
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L491:
    cmovne rdi, rsi
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_38
    cmp dword ptr [rsi-2], 128
    jne label_38
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp]
    mov rdx, -848
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L492
    mov rax, rsi
    add rax, rdx
    short jno L493
L492:
    call 140320710853080
L493:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+16]
L494:
    mov rax, qword ptr [rbx+8]
    call 140320710851768
L495:
    mov qword ptr [rbx+8], rax
# fconv_sl
    mov rsi, qword ptr [rbx+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L497
    sar rsi, 4
    cvtsi2sd xmm0, rsi
    short jmp L496
L497:
# skipped float path since source cannot be a float
L498:
    call 140320710850888
L496:
    movsd qword ptr [rbx+8256], xmm0
# fload_ql
L499:
    long mov rdi, 9223372036854775807
    movsd xmm0, qword ptr [rdi+6]
    movsd qword ptr [rbx+8320], xmm0
# i_fmul_lll
    movsd xmm0, qword ptr [rbx+8256]
    movsd xmm1, qword ptr [rbx+8320]
    mulpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8256], xmm0
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L500
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L500:
# fstore_ld
    movsd xmm0, qword ptr [rbx+8256]
    mov qword ptr [r15], 88
    movsd qword ptr [r15+8], xmm0
    lea rdi, qword ptr [r15+2]
    mov qword ptr [rbx+8], rdi
    add r15, 16
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
    jl L391
    ret
# label_L
label_37:
# i_get_map_elements_fsI
.section .rodata {#1}
L503:
    align 8
.db 0xCB, 0x5F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x65, 0xE0, 0x00, 0x99, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0xE1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xD2, 0xA9, 0x24, 0x1C, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+8]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L501
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L504:
    dec eax
    jl label_34
    cmp qword ptr [rsi+rax*8+6], 57739
    short jne L504
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+32], rdx
L505:
    dec eax
    jl label_34
    cmp qword ptr [rsi+rax*8+6], 24523
    short jne L505
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+24], rdx
    short jmp L502
L501:
    mov ecx, 2
    lea r8, qword ptr [L503]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_34
L502:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L506
    mov ecx, 5
    call 140320710850576
L506:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun_t
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    mov rsi, 140320710850960
    lea r8, qword ptr [L507]
    test ecx, 1
    short jne L507
    cmp qword ptr [rcx-2], 212
    short jne L507
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L507:
    cmovne rdi, rsi
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_39
    cmp dword ptr [rsi-2], 128
    jne label_39
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L508
    mov rax, rsi
    add rax, rdx
    short jno L509
L508:
    call 140320710853080
L509:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# fconv_sl
    mov rsi, qword ptr [rbx+16]
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L511
    sar rsi, 4
    cvtsi2sd xmm0, rsi
    short jmp L510
L511:
    rex test sil, 1
    short jne L512
    movsd xmm0, qword ptr [rsi+6]
    cmp qword ptr [rsi-2], 88
    short je L510
L512:
    call 140320710850888
L510:
    movsd qword ptr [rbx+8256], xmm0
# fconv_sl
    mov rsi, qword ptr [rbx+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L514
    sar rsi, 4
    cvtsi2sd xmm0, rsi
    short jmp L513
L514:
# skipped box test since source is always a number
    movsd xmm0, qword ptr [rsi+6]
    cmp qword ptr [rsi-2], 88
    short je L513
L515:
    call 140320710850888
L513:
    movsd qword ptr [rbx+8320], xmm0
# i_fdiv_lll
    movsd xmm0, qword ptr [rbx+8256]
    movsd xmm1, qword ptr [rbx+8320]
    divpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8256], xmm0
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L516
    mov ecx, 1
    call 140320710850576
L516:
# fstore_ld
    movsd xmm0, qword ptr [rbx+8256]
    mov qword ptr [r15], 88
    movsd qword ptr [r15+8], xmm0
    lea rdi, qword ptr [r15+2]
    mov qword ptr [rbx+8], rdi
    add r15, 16
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
    jl L391
    ret
# label_L
label_38:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_39:
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
label_40:
# i_func_info_IaaI
# rand:uniform_s/2
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xB0, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
uniform_s/2:
# i_breakpoint_trampoline
    short jmp L517
.db 0x00
    call L392
    align 8
L517:
# i_test_yield
    lea rdx, qword ptr [uniform_s/2+24]
    dec r14
    jle L390
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    short jne label_40
    cmp dword ptr [rsi-2], 128
    short jne label_40
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# is_map_fs
    mov rax, qword ptr [rbx+16]
    test al, 1
    short jne label_40
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    short jne label_40
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+16]
    mov esi, 503947
    mov edx, 2302468055
    call 140320710852224
    jne label_42
    mov qword ptr [rbx+24], rax
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L518
    test al, 1
    jne label_40
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_40
L518:
# is_ge_fss
    mov esi, 31
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L519
    cmp rdi, rsi
    short jmp L520
L519:
    call 140320710848608
L520:
    jl label_40
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L521
    mov ecx, 4
.db 0x90
    call 140320710850576
L521:
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+16], rdi
# line_I
# i_call_fun_last_tt
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    mov rsi, 140320710850960
    lea r8, qword ptr [L522]
    test ecx, 1
    short jne L522
    cmp qword ptr [rcx-2], 212
    short jne L522
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L522:
    cmovne rdi, rsi
    jmp rdi
# label_L
label_42:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# i_get_map_elements_fsI
.section .rodata {#1}
L525:
    align 8
.db 0x0B, 0x99, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x9C, 0x4F, 0xEC, 0x2C, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0xE1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xD2, 0xA9, 0x24, 0x1C, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+16]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L523
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L526:
    dec eax
    jl label_46
    cmp qword ptr [rsi+rax*8+6], 57739
    short jne L526
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+40], rdx
L527:
    dec eax
    jl label_46
    cmp qword ptr [rsi+rax*8+6], 366859
    short jne L527
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+32], rdx
    short jmp L524
L523:
    mov ecx, 2
    lea r8, qword ptr [L525]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_46
L524:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L528
    test al, 1
    jne label_40
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_40
L528:
# is_ge_fss
    mov esi, 31
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L529
    cmp rdi, rsi
    short jmp L530
L529:
    call 140320710848608
L530:
    jl label_40
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L531
    mov ecx, 6
.db 0x90
    call 140320710850576
L531:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun_t
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    mov rsi, 140320710850960
    lea r8, qword ptr [L532]
    test ecx, 1
    short jne L532
    cmp qword ptr [rcx-2], 212
    short jne L532
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L532:
    cmovne rdi, rsi
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_48
    cmp dword ptr [rsi-2], 128
    jne label_48
# line_I
# i_bsl_ssjd
    mov esi, 31
    mov rax, qword ptr [rsp]
    mov rcx, rax
    xor rcx, 15
    ror rcx, 4
    cmp rcx, 59
    short jae L533
    and rsi, -16
    sal rsi, cl
    lea rax, qword ptr [rsi+15]
    short jmp L534
L533:
    call 140320710851664
L534:
    mov qword ptr [rbx+8], rax
# i_minus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rsp+16]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L536
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L535
L536:
    call 140320710853584
L535:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L537
    cmp rdi, rsi
    short jmp L538
L537:
    call 140320710848608
L538:
    jl label_45
# is_lt_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L539
    cmp rdi, rsi
    short jmp L540
L539:
    call 140320710848608
L540:
    jge label_43
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L541
    mov rax, rsi
    add rax, rdx
    short jno L542
L541:
    call 140320710853080
L542:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L543
    mov ecx, 2
    call 140320710850576
L543:
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
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L391
    ret
# label_L
label_43:
# i_rem_ssjd
L544:
    mov rcx, qword ptr [rsp+16]
    mov rdi, qword ptr [rbx+16]
    mov r8, 94919180917680
    call 140320710853120
L545:
    mov qword ptr [rbx+24], rdx
# i_minus_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rdx, qword ptr [rbx+24]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L547
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L546
L547:
    call 140320710853648
    je label_44
L546:
    mov qword ptr [rbx+16], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L548
    cmp rdi, rsi
    short jmp L549
L548:
    call 140320710848608
L549:
    jl label_44
# i_increment_SWd
    mov rsi, qword ptr [rbx+24]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L550
    add rax, rdx
    short jno L551
L550:
    call 140320710853080
L551:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L552
    mov ecx, 2
    call 140320710850576
L552:
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
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L391
    ret
# label_L
label_44:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L553
    mov ecx, 1
    call 140320710850576
L553:
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
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp uniform_s/2
# label_L
label_45:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp uniform_range/4
# label_L
label_46:
# i_get_map_elements_fsI
.section .rodata {#1}
L556:
    align 8
.db 0xCB, 0x5F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x65, 0xE0, 0x00, 0x99, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0xE1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xD2, 0xA9, 0x24, 0x1C, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+16]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L554
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L557:
    dec eax
    jl label_40
    cmp qword ptr [rsi+rax*8+6], 57739
    short jne L557
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+40], rdx
L558:
    dec eax
    jl label_40
    cmp qword ptr [rsi+rax*8+6], 24523
    short jne L558
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+32], rdx
    short jmp L555
L554:
    mov ecx, 2
    lea r8, qword ptr [L556]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_40
L555:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L559
    test al, 1
    jne label_40
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_40
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
    jl label_40
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L562
    mov ecx, 6
    call 140320710850576
L562:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun_t
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    mov rsi, 140320710850960
    lea r8, qword ptr [L563]
    test ecx, 1
    short jne L563
    cmp qword ptr [rcx-2], 212
    short jne L563
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L563:
    cmovne rdi, rsi
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_49
    cmp dword ptr [rsi-2], 128
    jne label_49
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# is_ge_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rsp]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L564
    cmp rdi, rsi
    short jmp L565
L564:
    call 140320710848608
L565:
    jl label_47
# line_I
# i_rem_ssjd
L566:
    mov rcx, qword ptr [rsp+16]
    mov rdi, qword ptr [rbx+8]
    mov r8, 94919180917680
    call 140320710853120
L567:
    mov qword ptr [rbx+8], rdx
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L568
    add rax, rdx
    short jno L569
L568:
    call 140320710853080
L569:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L570
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L570:
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
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L391
    ret
# label_L
label_47:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L571
    mov rax, rsi
    add rax, rdx
    short jno L572
L571:
    call 140320710853080
L572:
    mov qword ptr [rbx+16], rax
# fconv_sl
    mov rsi, qword ptr [rbx+8]
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L574
    sar rsi, 4
    cvtsi2sd xmm0, rsi
    short jmp L573
L574:
    rex test sil, 1
    short jne L575
    movsd xmm0, qword ptr [rsi+6]
    cmp qword ptr [rsi-2], 88
    short je L573
L575:
    call 140320710850888
L573:
    movsd qword ptr [rbx+8256], xmm0
# fconv_sl
    mov rsi, qword ptr [rbx+16]
# simplified test for small operand since it is a number
    test esi, 1
    short je L577
    sar rsi, 4
    cvtsi2sd xmm0, rsi
    short jmp L576
L577:
# skipped box test since source is always a number
    movsd xmm0, qword ptr [rsi+6]
    cmp qword ptr [rsi-2], 88
    short je L576
L578:
    call 140320710850888
L576:
    movsd qword ptr [rbx+8320], xmm0
# i_fdiv_lll
    movsd xmm0, qword ptr [rbx+8256]
    movsd xmm1, qword ptr [rbx+8320]
    divpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8256], xmm0
# line_I
# fconv_sl
    mov rsi, qword ptr [rsp+16]
# simplified test for small operand since it is a number
    test esi, 1
    short je L580
    sar rsi, 4
    cvtsi2sd xmm0, rsi
    short jmp L579
L580:
# skipped float path since source cannot be a float
L581:
    call 140320710850888
L579:
    movsd qword ptr [rbx+8320], xmm0
# i_fmul_lll
    movsd xmm0, qword ptr [rbx+8256]
    movsd xmm1, qword ptr [rbx+8320]
    mulpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8256], xmm0
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L582
    mov ecx, 1
.db 0x90
    call 140320710850576
L582:
# fstore_ld
    movsd xmm0, qword ptr [rbx+8256]
    mov qword ptr [r15], 88
    movsd qword ptr [r15+8], xmm0
    lea rdi, qword ptr [r15+2]
    mov qword ptr [rbx+8], rdi
    add r15, 16
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+8]
    mov rcx, 94919178857424
    call 140320710851304
    mov qword ptr [rbx+8], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L583
    add rax, rdx
    short jno L584
L583:
    call 140320710853080
L584:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L585
    mov ecx, 2
    call 140320710850576
L585:
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
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L391
    ret
# label_L
label_48:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_49:
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
label_50:
# i_func_info_IaaI
# rand:uniform_real/0
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xB0, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
uniform_real/0:
# i_breakpoint_trampoline
    short jmp L586
.db 0x00
    call L392
    align 8
L586:
# i_test_yield
    lea rdx, qword ptr [uniform_real/0+24]
    dec r14
    jle L390
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L587
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L587:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call seed_get/0
# i_call_f
.db 0x0F, 0x1F, 0x00
    call uniform_real_s/1
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call seed_put/1
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_52:
# i_func_info_IaaI
# rand:uniform_real_s/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xB1, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
uniform_real_s/1:
# i_breakpoint_trampoline
    short jmp L588
.db 0x00
    call L392
    align 8
L588:
# i_test_yield
    lea rdx, qword ptr [uniform_real_s/1+24]
    dec r14
    jle L390
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_52
    cmp dword ptr [rsi-2], 128
    short jne label_52
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    short jne label_52
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    short jne label_52
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 57739
    mov edx, 472164818
    call 140320710852224
    jne label_52
    mov qword ptr [rbx+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 366859
    mov edx, 753684380
    call 140320710852224
    jne label_58
    mov qword ptr [rbx+32], rax
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L589
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L589:
    sub rsp, 32
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_fun_t
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    mov rsi, 140320710850960
    lea r8, qword ptr [L590]
    test ecx, 1
    short jne L590
    cmp qword ptr [rcx-2], 212
    short jne L590
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L590:
    cmovne rdi, rsi
    call rdi
.db 0x66, 0x90
    call rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_64
    cmp dword ptr [rsi-2], 128
    jne label_64
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov rdx, -896
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L591
    mov rax, rsi
    add rax, rdx
    short jno L592
L591:
    call 140320710853080
L592:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+16]
L593:
    mov rax, qword ptr [rbx+8]
    call 140320710851768
L594:
    mov qword ptr [rsp], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_ge_fss
    mov rsi, 576460752303423503
    mov rdi, qword ptr [rsp]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L595
    cmp rdi, rsi
    short jmp L596
L595:
    call 140320710848608
L596:
    jl label_54
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rsp]
# simplified test for small operand since it is a number
    test esi, 1
    short je L597
    mov rax, rsi
    sar rax, 3
    or rax, 15
    short jmp L598
L597:
    mov eax, 63
    call 140320710851768
L598:
    mov qword ptr [rbx+8], rax
# fconv_sl
    mov rsi, qword ptr [rbx+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L600
    sar rsi, 4
    cvtsi2sd xmm0, rsi
    short jmp L599
L600:
# skipped float path since source cannot be a float
L601:
    call 140320710850888
L599:
    movsd qword ptr [rbx+8256], xmm0
# fload_ql
L602:
    long mov rdi, 9223372036854775807
    movsd xmm0, qword ptr [rdi+6]
    movsd qword ptr [rbx+8320], xmm0
# i_fmul_lll
    movsd xmm0, qword ptr [rbx+8256]
    movsd xmm1, qword ptr [rbx+8320]
    mulpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8256], xmm0
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L603
    mov ecx, 1
    call 140320710850576
L603:
# fstore_ld
    movsd xmm0, qword ptr [rbx+8256]
    mov qword ptr [r15], 88
    movsd qword ptr [r15+8], xmm0
    lea rdi, qword ptr [r15+2]
    mov qword ptr [rbx+8], rdi
    add r15, 16
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+24]
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
    add rsp, 32
# return
    dec r14
    jl L391
    ret
# label_L
label_54:
# is_ge_fss
    mov rsi, 288230376151711759
    mov rdi, qword ptr [rsp]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L604
    cmp rdi, rsi
    short jmp L605
L604:
    call 140320710848608
L605:
    jl label_55
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rsp]
# simplified test for small operand since it is a number
    test esi, 1
    short je L606
    mov rax, rsi
    sar rax, 2
    or rax, 15
    short jmp L607
L606:
    mov eax, 47
    call 140320710851768
L607:
    mov qword ptr [rbx+8], rax
# fconv_sl
    mov rsi, qword ptr [rbx+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L609
    sar rsi, 4
    cvtsi2sd xmm0, rsi
    short jmp L608
L609:
# skipped float path since source cannot be a float
L610:
    call 140320710850888
L608:
    movsd qword ptr [rbx+8256], xmm0
# fload_ql
L611:
    long mov rdi, 9223372036854775807
    movsd xmm0, qword ptr [rdi+6]
    movsd qword ptr [rbx+8320], xmm0
# i_fmul_lll
    movsd xmm0, qword ptr [rbx+8256]
    movsd xmm1, qword ptr [rbx+8320]
    mulpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8256], xmm0
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L612
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L612:
# fstore_ld
    movsd xmm0, qword ptr [rbx+8256]
    mov qword ptr [r15], 88
    movsd qword ptr [r15+8], xmm0
    lea rdi, qword ptr [r15+2]
    mov qword ptr [rbx+8], rdi
    add r15, 16
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+24]
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
    add rsp, 32
# return
    dec r14
    jl L391
    ret
# label_L
label_55:
# is_ge_fss
    mov rsi, 144115188075855887
    mov rdi, qword ptr [rsp]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L613
    cmp rdi, rsi
    short jmp L614
L613:
    call 140320710848608
L614:
    jl label_56
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rsp]
# simplified test for small operand since it is a number
    test esi, 1
    short je L615
    mov rax, rsi
    sar rax, 1
    or rax, 15
    short jmp L616
L615:
    mov eax, 31
    call 140320710851768
L616:
    mov qword ptr [rbx+8], rax
# fconv_sl
    mov rsi, qword ptr [rbx+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L618
    sar rsi, 4
    cvtsi2sd xmm0, rsi
    short jmp L617
L618:
# skipped float path since source cannot be a float
L619:
    call 140320710850888
L617:
    movsd qword ptr [rbx+8256], xmm0
# fload_ql
L620:
    long mov rdi, 9223372036854775807
    movsd xmm0, qword ptr [rdi+6]
    movsd qword ptr [rbx+8320], xmm0
# i_fmul_lll
    movsd xmm0, qword ptr [rbx+8256]
    movsd xmm1, qword ptr [rbx+8320]
    mulpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8256], xmm0
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L621
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L621:
# fstore_ld
    movsd xmm0, qword ptr [rbx+8256]
    mov qword ptr [r15], 88
    movsd qword ptr [r15+8], xmm0
    lea rdi, qword ptr [r15+2]
    mov qword ptr [rbx+8], rdi
    add r15, 16
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+24]
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
    add rsp, 32
# return
    dec r14
    jl L391
    ret
# label_L
label_56:
# is_ge_fss
    mov rsi, 72057594037927951
    mov rdi, qword ptr [rsp]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L622
    cmp rdi, rsi
    short jmp L623
L622:
    call 140320710848608
L623:
    jl label_57
# line_I
# fconv_sl
    mov rsi, qword ptr [rsp]
# simplified test for small operand since it is a number
    test esi, 1
    short je L625
    sar rsi, 4
    cvtsi2sd xmm0, rsi
    short jmp L624
L625:
# skipped float path since source cannot be a float
L626:
    call 140320710850888
L624:
    movsd qword ptr [rbx+8256], xmm0
# fload_ql
L627:
    long mov rdi, 9223372036854775807
    movsd xmm0, qword ptr [rdi+6]
    movsd qword ptr [rbx+8320], xmm0
# i_fmul_lll
    movsd xmm0, qword ptr [rbx+8256]
    movsd xmm1, qword ptr [rbx+8320]
    mulpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8256], xmm0
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L628
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L628:
# fstore_ld
    movsd xmm0, qword ptr [rbx+8256]
    mov qword ptr [r15], 88
    movsd qword ptr [r15+8], xmm0
    lea rdi, qword ptr [r15+2]
    mov qword ptr [rbx+8], rdi
    add r15, 16
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+24]
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
    add rsp, 32
# return
    dec r14
    jl L391
    ret
# label_L
label_57:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L629]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L629:
    call rdi
    call rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_63
    cmp dword ptr [rsi-2], 128
    jne label_63
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+24], -881
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+48], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 32
    jmp uniform_real_s/7
# label_L
label_58:
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 24523
    mov edx, 2566971493
    call 140320710852224
    jne label_52
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L630
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L630:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_fun_t
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    mov rsi, 140320710850960
    lea r8, qword ptr [L631]
    test ecx, 1
    short jne L631
    cmp qword ptr [rcx-2], 212
    short jne L631
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L631:
    cmovne rdi, rsi
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_66
    cmp dword ptr [rsi-2], 128
    jne label_66
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rax, 1152921504606846975
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L632
    and rax, rsi
    short jmp L633
L632:
    call 140320710851200
L633:
    mov qword ptr [rsp], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_ge_fss
    mov rsi, 576460752303423503
    mov rdi, qword ptr [rsp]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L634:
L635:
    jl label_59
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rsp]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 3
    or rax, 15
L636:
L637:
    mov qword ptr [rbx+8], rax
# fconv_sl
# simplified fconv since source is always small
    mov rsi, qword ptr [rbx+8]
    sar rsi, 4
    cvtsi2sd xmm0, rsi
    movsd qword ptr [rbx+8256], xmm0
# fload_ql
L638:
    long mov rdi, 9223372036854775807
    movsd xmm0, qword ptr [rdi+6]
    movsd qword ptr [rbx+8320], xmm0
# i_fmul_lll
    movsd xmm0, qword ptr [rbx+8256]
    movsd xmm1, qword ptr [rbx+8320]
    mulpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8256], xmm0
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L639
    mov ecx, 1
.db 0x90
    call 140320710850576
L639:
# fstore_ld
    movsd xmm0, qword ptr [rbx+8256]
    mov qword ptr [r15], 88
    movsd qword ptr [r15+8], xmm0
    lea rdi, qword ptr [r15+2]
    mov qword ptr [rbx+8], rdi
    add r15, 16
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+16]
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
    add rsp, 24
# return
    dec r14
    jl L391
    ret
# label_L
label_59:
# is_ge_fss
    mov rsi, 288230376151711759
    mov rdi, qword ptr [rsp]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L640:
L641:
    jl label_60
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rsp]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 2
    or rax, 15
L642:
L643:
    mov qword ptr [rbx+8], rax
# fconv_sl
# simplified fconv since source is always small
    mov rsi, qword ptr [rbx+8]
    sar rsi, 4
    cvtsi2sd xmm0, rsi
    movsd qword ptr [rbx+8256], xmm0
# fload_ql
L644:
    long mov rdi, 9223372036854775807
    movsd xmm0, qword ptr [rdi+6]
    movsd qword ptr [rbx+8320], xmm0
# i_fmul_lll
    movsd xmm0, qword ptr [rbx+8256]
    movsd xmm1, qword ptr [rbx+8320]
    mulpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8256], xmm0
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L645
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L645:
# fstore_ld
    movsd xmm0, qword ptr [rbx+8256]
    mov qword ptr [r15], 88
    movsd qword ptr [r15+8], xmm0
    lea rdi, qword ptr [r15+2]
    mov qword ptr [rbx+8], rdi
    add r15, 16
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+16]
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
    add rsp, 24
# return
    dec r14
    jl L391
    ret
# label_L
label_60:
# is_ge_fss
    mov rsi, 144115188075855887
    mov rdi, qword ptr [rsp]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L646:
L647:
    jl label_61
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rsp]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 1
    or rax, 15
L648:
L649:
    mov qword ptr [rbx+8], rax
# fconv_sl
# simplified fconv since source is always small
    mov rsi, qword ptr [rbx+8]
    sar rsi, 4
    cvtsi2sd xmm0, rsi
    movsd qword ptr [rbx+8256], xmm0
# fload_ql
L650:
    long mov rdi, 9223372036854775807
    movsd xmm0, qword ptr [rdi+6]
    movsd qword ptr [rbx+8320], xmm0
# i_fmul_lll
    movsd xmm0, qword ptr [rbx+8256]
    movsd xmm1, qword ptr [rbx+8320]
    mulpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8256], xmm0
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L651
    mov ecx, 1
    call 140320710850576
L651:
# fstore_ld
    movsd xmm0, qword ptr [rbx+8256]
    mov qword ptr [r15], 88
    movsd qword ptr [r15+8], xmm0
    lea rdi, qword ptr [r15+2]
    mov qword ptr [rbx+8], rdi
    add r15, 16
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+16]
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
    add rsp, 24
# return
    dec r14
    jl L391
    ret
# label_L
label_61:
# is_ge_fss
    mov rsi, 72057594037927951
    mov rdi, qword ptr [rsp]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L652:
L653:
    jl label_62
# line_I
# fconv_sl
# simplified fconv since source is always small
    mov rsi, qword ptr [rsp]
    sar rsi, 4
    cvtsi2sd xmm0, rsi
    movsd qword ptr [rbx+8256], xmm0
# fload_ql
L654:
    long mov rdi, 9223372036854775807
    movsd xmm0, qword ptr [rdi+6]
    movsd qword ptr [rbx+8320], xmm0
# i_fmul_lll
    movsd xmm0, qword ptr [rbx+8256]
    movsd xmm1, qword ptr [rbx+8320]
    mulpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8256], xmm0
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L655
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L655:
# fstore_ld
    movsd xmm0, qword ptr [rbx+8256]
    mov qword ptr [r15], 88
    movsd qword ptr [r15+8], xmm0
    lea rdi, qword ptr [r15+2]
    mov qword ptr [rbx+8], rdi
    add r15, 16
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+16]
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
    add rsp, 24
# return
    dec r14
    jl L391
    ret
# label_L
label_62:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L656]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L656:
    call rdi
    call rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_65
    cmp dword ptr [rsi-2], 128
    jne label_65
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+24], -881
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+48], 911
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp uniform_real_s/7
# label_L
label_63:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_64:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_65:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_66:
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
label_67:
# i_func_info_IaaI
# rand:uniform_real_s/7
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xB1, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
uniform_real_s/7:
# i_breakpoint_trampoline
    short jmp L657
.db 0x00
    call L392
    align 8
L657:
# i_test_yield
    lea rdx, qword ptr [uniform_real_s/7+24]
    dec r14
    jle L390
# is_eq_exact_fss
    cmp qword ptr [rbx+24], -17009
    jne label_69
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L658
    mov ecx, 7
.db 0x66, 0x90
    call 140320710850576
L658:
    sub rsp, 40
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, 36028797018963983
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+16], 847
# line_I
# i_call_f
    call bc/3
# i_minus_ssjd
    mov esi, 863
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    test edx, 1
    short je L660
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L659
L660:
    call 140320710853584
L659:
    mov qword ptr [rbx], rax
# line_I
# i_bsl_ssjd
    mov rsi, qword ptr [rsp+24]
    mov rax, qword ptr [rbx]
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L661
    mov rcx, rax
    xor rcx, 15
    ror rcx, 4
    cmp rcx, rdx
    short jae L661
    and rsi, -16
    sal rsi, cl
    lea rax, qword ptr [rsi+15]
    short jmp L662
L661:
    call 140320710851664
L662:
    mov qword ptr [rbx+8], rax
# i_minus_ssjd
    mov rsi, qword ptr [rsp]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L664
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L663
L664:
    call 140320710853584
L663:
    mov qword ptr [rbx+16], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rsp+8]
L665:
    mov rax, qword ptr [rbx+16]
    call 140320710851768
L666:
    mov qword ptr [rbx+16], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+16]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L667
    or rax, rsi
    short jmp L668
L667:
    call 140320710851432
L668:
    mov qword ptr [rsp+24], rax
# i_minus_ssjd
    mov rsi, -17009
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    test edx, 1
    short je L670
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L669
L670:
    call 140320710853584
L669:
    mov qword ptr [rbx+8], rax
# i_trim_t
    add rsp, 16
# i_move_sd
L671:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L672:
L673:
    long mov rcx, 9223372036854775807
    mov rax, 94919179753456
    lea rdx, qword ptr [L672]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# fconv_sl
    mov rsi, qword ptr [rsp+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L675
    sar rsi, 4
    cvtsi2sd xmm0, rsi
    short jmp L674
L675:
# skipped float path since source cannot be a float
L676:
    call 140320710850888
L674:
    movsd qword ptr [rbx+8256], xmm0
# fload_Sl
    mov rdi, qword ptr [rbx]
    movsd xmm0, qword ptr [rdi+6]
    movsd qword ptr [rbx+8320], xmm0
# i_fmul_lll
    movsd xmm0, qword ptr [rbx+8256]
    movsd xmm1, qword ptr [rbx+8320]
    mulpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8256], xmm0
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L677
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L677:
# fstore_ld
    movsd xmm0, qword ptr [rbx+8256]
    mov qword ptr [r15], 88
    movsd qword ptr [r15+8], xmm0
    lea rdi, qword ptr [r15+2]
    mov qword ptr [rbx], rdi
    add r15, 16
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp]
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
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L391
    ret
# label_L
label_69:
# is_ge_fss
    mov rsi, 36028797018963983
    mov rdi, qword ptr [rbx+16]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L678
    cmp rdi, rsi
    short jmp L679
L678:
    call 140320710848608
L679:
    jl label_70
# line_I
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 31
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L680
    cmp rdx, 1
    short jbe L680
    and rsi, -16
    sal rsi, 1
    lea rax, qword ptr [rsi+15]
    short jmp L681
L680:
    call 140320710851664
L681:
    mov qword ptr [rbx+8], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+48]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L682
    mov rax, rsi
    add rax, rdx
    short jno L683
L682:
    call 140320710853080
L683:
    mov qword ptr [rbx+16], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+40]
L684:
    mov rax, qword ptr [rbx+16]
    call 140320710851768
L685:
    mov qword ptr [rbx+16], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+16]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L686
    or rax, rsi
    short jmp L687
L686:
    call 140320710851432
L687:
    mov qword ptr [rbx+8], rax
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+24]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L688
    add rax, rdx
    short jno L689
L688:
    call 140320710853080
L689:
    mov qword ptr [rbx+16], rax
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L690
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L690:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L691:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L692:
L693:
    long mov rcx, 9223372036854775807
    mov rax, 94919179753456
    lea rdx, qword ptr [L692]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# fconv_sl
    mov rsi, qword ptr [rsp]
# simplified test for small operand since it is a number
    test esi, 1
    short je L695
    sar rsi, 4
    cvtsi2sd xmm0, rsi
    short jmp L694
L695:
# skipped float path since source cannot be a float
L696:
    call 140320710850888
L694:
    movsd qword ptr [rbx+8256], xmm0
# fload_Sl
    mov rdi, qword ptr [rbx]
    movsd xmm0, qword ptr [rdi+6]
    movsd qword ptr [rbx+8320], xmm0
# i_fmul_lll
    movsd xmm0, qword ptr [rbx+8256]
    movsd xmm1, qword ptr [rbx+8320]
    mulpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8256], xmm0
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L697
    xor ecx, ecx
    call 140320710850576
L697:
# fstore_ld
    movsd xmm0, qword ptr [rbx+8256]
    mov qword ptr [r15], 88
    movsd qword ptr [r15+8], xmm0
    lea rdi, qword ptr [r15+2]
    mov qword ptr [rbx], rdi
    add r15, 16
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [r15+8], xmm0
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
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L391
    ret
# label_L
label_70:
# is_ge_fss
    mov rsi, 18014398509481999
    mov rdi, qword ptr [rbx+16]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L698
    cmp rdi, rsi
    short jmp L699
L698:
    call 140320710848608
L699:
    jl label_71
# line_I
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 47
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L700
    cmp rdx, 2
    short jbe L700
    and rsi, -16
    sal rsi, 2
    lea rax, qword ptr [rsi+15]
    short jmp L701
L700:
    call 140320710851664
L701:
    mov qword ptr [rbx+8], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+48]
    mov rdx, -32
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L702
    mov rax, rsi
    add rax, rdx
    short jno L703
L702:
    call 140320710853080
L703:
    mov qword ptr [rbx+16], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+40]
L704:
    mov rax, qword ptr [rbx+16]
    call 140320710851768
L705:
    mov qword ptr [rbx+16], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+16]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L706
    or rax, rsi
    short jmp L707
L706:
    call 140320710851432
L707:
    mov qword ptr [rbx+8], rax
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+24]
    mov rdx, -32
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L708
    add rax, rdx
    short jno L709
L708:
    call 140320710853080
L709:
    mov qword ptr [rbx+16], rax
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L710
    mov ecx, 5
.db 0x90
    call 140320710850576
L710:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L711:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L712:
L713:
    long mov rcx, 9223372036854775807
    mov rax, 94919179753456
    lea rdx, qword ptr [L712]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# fconv_sl
    mov rsi, qword ptr [rsp]
# simplified test for small operand since it is a number
    test esi, 1
    short je L715
    sar rsi, 4
    cvtsi2sd xmm0, rsi
    short jmp L714
L715:
# skipped float path since source cannot be a float
L716:
    call 140320710850888
L714:
    movsd qword ptr [rbx+8256], xmm0
# fload_Sl
    mov rdi, qword ptr [rbx]
    movsd xmm0, qword ptr [rdi+6]
    movsd qword ptr [rbx+8320], xmm0
# i_fmul_lll
    movsd xmm0, qword ptr [rbx+8256]
    movsd xmm1, qword ptr [rbx+8320]
    mulpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8256], xmm0
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L717
    xor ecx, ecx
    call 140320710850576
L717:
# fstore_ld
    movsd xmm0, qword ptr [rbx+8256]
    mov qword ptr [r15], 88
    movsd qword ptr [r15+8], xmm0
    lea rdi, qword ptr [r15+2]
    mov qword ptr [rbx], rdi
    add r15, 16
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [r15+8], xmm0
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
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L391
    ret
# label_L
label_71:
# is_ge_fss
    mov rsi, 9007199254741007
    mov rdi, qword ptr [rbx+16]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L718
    cmp rdi, rsi
    short jmp L719
L718:
    call 140320710848608
L719:
    jl label_72
# line_I
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 63
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L720
    cmp rdx, 3
    short jbe L720
    and rsi, -16
    sal rsi, 3
    lea rax, qword ptr [rsi+15]
    short jmp L721
L720:
    call 140320710851664
L721:
    mov qword ptr [rbx+8], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+48]
    mov rdx, -48
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L722
    mov rax, rsi
    add rax, rdx
    short jno L723
L722:
    call 140320710853080
L723:
    mov qword ptr [rbx+16], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+40]
L724:
    mov rax, qword ptr [rbx+16]
    call 140320710851768
L725:
    mov qword ptr [rbx+16], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+16]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L726
    or rax, rsi
    short jmp L727
L726:
    call 140320710851432
L727:
    mov qword ptr [rbx+8], rax
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+24]
    mov rdx, -48
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L728
    add rax, rdx
    short jno L729
L728:
    call 140320710853080
L729:
    mov qword ptr [rbx+16], rax
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L730
    mov ecx, 5
.db 0x90
    call 140320710850576
L730:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L731:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L732:
L733:
    long mov rcx, 9223372036854775807
    mov rax, 94919179753456
    lea rdx, qword ptr [L732]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# fconv_sl
    mov rsi, qword ptr [rsp]
# simplified test for small operand since it is a number
    test esi, 1
    short je L735
    sar rsi, 4
    cvtsi2sd xmm0, rsi
    short jmp L734
L735:
# skipped float path since source cannot be a float
L736:
    call 140320710850888
L734:
    movsd qword ptr [rbx+8256], xmm0
# fload_Sl
    mov rdi, qword ptr [rbx]
    movsd xmm0, qword ptr [rdi+6]
    movsd qword ptr [rbx+8320], xmm0
# i_fmul_lll
    movsd xmm0, qword ptr [rbx+8256]
    movsd xmm1, qword ptr [rbx+8320]
    mulpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8256], xmm0
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L737
    xor ecx, ecx
    call 140320710850576
L737:
# fstore_ld
    movsd xmm0, qword ptr [rbx+8256]
    mov qword ptr [r15], 88
    movsd qword ptr [r15+8], xmm0
    lea rdi, qword ptr [r15+2]
    mov qword ptr [rbx], rdi
    add r15, 16
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [r15+8], xmm0
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
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L391
    ret
# label_L
label_72:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 15
    jne label_79
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+48]
    mov rdx, -896
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L738
    mov rax, rsi
    add rax, rdx
    short jno L739
L738:
    call 140320710853080
L739:
    mov qword ptr [rbx+16], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+40]
L740:
    mov rax, qword ptr [rbx+16]
    call 140320710851768
L741:
    mov qword ptr [rbx+16], rax
# is_ge_fss
    mov rsi, 576460752303423503
    mov rdi, qword ptr [rbx+16]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L742
    cmp rdi, rsi
    short jmp L743
L742:
    call 140320710848608
L743:
    jl label_73
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+16]
# simplified test for small operand since it is a number
    test esi, 1
    short je L744
    mov rax, rsi
    sar rax, 3
    or rax, 15
    short jmp L745
L744:
    mov eax, 63
    call 140320710851768
L745:
    mov qword ptr [rbx+8], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+24]
    mov rdx, -848
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L746
    add rax, rdx
    short jno L747
L746:
    call 140320710853080
L747:
    mov qword ptr [rbx+16], rax
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L748
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L748:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L749:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L750:
L751:
    long mov rcx, 9223372036854775807
    mov rax, 94919179753456
    lea rdx, qword ptr [L750]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# fconv_sl
    mov rsi, qword ptr [rsp]
# simplified test for small operand since it is a number
    test esi, 1
    short je L753
    sar rsi, 4
    cvtsi2sd xmm0, rsi
    short jmp L752
L753:
# skipped float path since source cannot be a float
L754:
    call 140320710850888
L752:
    movsd qword ptr [rbx+8256], xmm0
# fload_Sl
    mov rdi, qword ptr [rbx]
    movsd xmm0, qword ptr [rdi+6]
    movsd qword ptr [rbx+8320], xmm0
# i_fmul_lll
    movsd xmm0, qword ptr [rbx+8256]
    movsd xmm1, qword ptr [rbx+8320]
    mulpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8256], xmm0
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L755
    xor ecx, ecx
    call 140320710850576
L755:
# fstore_ld
    movsd xmm0, qword ptr [rbx+8256]
    mov qword ptr [r15], 88
    movsd qword ptr [r15+8], xmm0
    lea rdi, qword ptr [r15+2]
    mov qword ptr [rbx], rdi
    add r15, 16
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [r15+8], xmm0
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
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L391
    ret
# label_L
label_73:
# is_ge_fss
    mov rsi, 288230376151711759
    mov rdi, qword ptr [rbx+16]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L756
    cmp rdi, rsi
    short jmp L757
L756:
    call 140320710848608
L757:
    jl label_74
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+16]
# simplified test for small operand since it is a number
    test esi, 1
    short je L758
    mov rax, rsi
    sar rax, 2
    or rax, 15
    short jmp L759
L758:
    mov eax, 47
    call 140320710851768
L759:
    mov qword ptr [rbx+8], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+24]
    mov rdx, -864
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L760
    add rax, rdx
    short jno L761
L760:
    call 140320710853080
L761:
    mov qword ptr [rbx+16], rax
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L762
    mov ecx, 5
.db 0x90
    call 140320710850576
L762:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L763:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L764:
L765:
    long mov rcx, 9223372036854775807
    mov rax, 94919179753456
    lea rdx, qword ptr [L764]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# fconv_sl
    mov rsi, qword ptr [rsp]
# simplified test for small operand since it is a number
    test esi, 1
    short je L767
    sar rsi, 4
    cvtsi2sd xmm0, rsi
    short jmp L766
L767:
# skipped float path since source cannot be a float
L768:
    call 140320710850888
L766:
    movsd qword ptr [rbx+8256], xmm0
# fload_Sl
    mov rdi, qword ptr [rbx]
    movsd xmm0, qword ptr [rdi+6]
    movsd qword ptr [rbx+8320], xmm0
# i_fmul_lll
    movsd xmm0, qword ptr [rbx+8256]
    movsd xmm1, qword ptr [rbx+8320]
    mulpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8256], xmm0
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L769
    xor ecx, ecx
    call 140320710850576
L769:
# fstore_ld
    movsd xmm0, qword ptr [rbx+8256]
    mov qword ptr [r15], 88
    movsd qword ptr [r15+8], xmm0
    lea rdi, qword ptr [r15+2]
    mov qword ptr [rbx], rdi
    add r15, 16
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [r15+8], xmm0
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
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L391
    ret
# label_L
label_74:
# is_ge_fss
    mov rsi, 144115188075855887
    mov rdi, qword ptr [rbx+16]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L770
    cmp rdi, rsi
    short jmp L771
L770:
    call 140320710848608
L771:
    jl label_75
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+16]
# simplified test for small operand since it is a number
    test esi, 1
    short je L772
    mov rax, rsi
    sar rax, 1
    or rax, 15
    short jmp L773
L772:
    mov eax, 31
    call 140320710851768
L773:
    mov qword ptr [rbx+8], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+24]
    mov rdx, -880
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L774
    add rax, rdx
    short jno L775
L774:
    call 140320710853080
L775:
    mov qword ptr [rbx+16], rax
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L776
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L776:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L777:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L778:
L779:
    long mov rcx, 9223372036854775807
    mov rax, 94919179753456
    lea rdx, qword ptr [L778]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# fconv_sl
    mov rsi, qword ptr [rsp]
# simplified test for small operand since it is a number
    test esi, 1
    short je L781
    sar rsi, 4
    cvtsi2sd xmm0, rsi
    short jmp L780
L781:
# skipped float path since source cannot be a float
L782:
    call 140320710850888
L780:
    movsd qword ptr [rbx+8256], xmm0
# fload_Sl
    mov rdi, qword ptr [rbx]
    movsd xmm0, qword ptr [rdi+6]
    movsd qword ptr [rbx+8320], xmm0
# i_fmul_lll
    movsd xmm0, qword ptr [rbx+8256]
    movsd xmm1, qword ptr [rbx+8320]
    mulpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8256], xmm0
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L783
    xor ecx, ecx
    call 140320710850576
L783:
# fstore_ld
    movsd xmm0, qword ptr [rbx+8256]
    mov qword ptr [r15], 88
    movsd qword ptr [r15+8], xmm0
    lea rdi, qword ptr [r15+2]
    mov qword ptr [rbx], rdi
    add r15, 16
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [r15+8], xmm0
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
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L391
    ret
# label_L
label_75:
# is_ge_fss
    mov rsi, 72057594037927951
    mov rdi, qword ptr [rbx+16]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L784
    cmp rdi, rsi
    short jmp L785
L784:
    call 140320710848608
L785:
    jl label_76
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+24]
    mov rdx, -896
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L786
    add rax, rdx
    short jno L787
L786:
    call 140320710853080
L787:
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L788
    mov ecx, 5
.db 0x90
    call 140320710850576
L788:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
L789:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L790:
L791:
    long mov rcx, 9223372036854775807
    mov rax, 94919179753456
    lea rdx, qword ptr [L790]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# fconv_sl
    mov rsi, qword ptr [rsp]
# simplified test for small operand since it is a number
    test esi, 1
    short je L793
    sar rsi, 4
    cvtsi2sd xmm0, rsi
    short jmp L792
L793:
# skipped float path since source cannot be a float
L794:
    call 140320710850888
L792:
    movsd qword ptr [rbx+8256], xmm0
# fload_Sl
    mov rdi, qword ptr [rbx]
    movsd xmm0, qword ptr [rdi+6]
    movsd qword ptr [rbx+8320], xmm0
# i_fmul_lll
    movsd xmm0, qword ptr [rbx+8256]
    movsd xmm1, qword ptr [rbx+8320]
    mulpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8256], xmm0
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L795
    xor ecx, ecx
    call 140320710850576
L795:
# fstore_ld
    movsd xmm0, qword ptr [rbx+8256]
    mov qword ptr [r15], 88
    movsd qword ptr [r15+8], xmm0
    lea rdi, qword ptr [r15+2]
    mov qword ptr [rbx], rdi
    add r15, 16
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [r15+8], xmm0
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
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L391
    ret
# label_L
label_76:
# is_eq_exact_fss
    cmp qword ptr [rbx+24], -16113
    jne label_78
# is_ge_fss
    mov rsi, 70368744177679
    mov rdi, qword ptr [rbx+16]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L796
    cmp rdi, rsi
    short jmp L797
L796:
    call 140320710848608
L797:
    jl label_77
# i_move_sd
    mov qword ptr [rbx+24], -17009
# i_call_only_f
    jmp uniform_real_s/5
# label_L
label_77:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L798
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L798:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp uniform_real_s/1
# label_L
label_78:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+24]
    mov rdx, -896
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L799
    add rax, rdx
    short jno L800
L799:
    call 140320710853080
L800:
    mov qword ptr [rbx+24], rax
# i_call_only_f
    jmp uniform_real_s/5
# label_L
label_79:
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L801
    mov ecx, 7
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L801:
    sub rsp, 48
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rsp], xmm0
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
    mov rdi, 4503599627370511
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+16], 799
# line_I
# i_call_f
    call bc/3
# i_minus_ssjd
    mov esi, 863
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    test edx, 1
    short je L803
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L802
L803:
    call 140320710853584
L802:
    mov qword ptr [rbx], rax
# line_I
# i_bsl_ssjd
    mov rsi, qword ptr [rsp+32]
    mov rax, qword ptr [rbx]
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L804
    mov rcx, rax
    xor rcx, 15
    ror rcx, 4
    cmp rcx, rdx
    short jae L804
    and rsi, -16
    sal rsi, cl
    lea rax, qword ptr [rsi+15]
    short jmp L805
L804:
    call 140320710851664
L805:
    mov qword ptr [rbx+8], rax
# i_minus_ssjd
    mov rsi, qword ptr [rsp]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L807
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L806
L807:
    call 140320710853584
L806:
    mov qword ptr [rbx+16], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rsp+8]
L808:
    mov rax, qword ptr [rbx+16]
    call 140320710851768
L809:
    mov qword ptr [rbx+16], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+16]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L810
    or rax, rsi
    short jmp L811
L810:
    call 140320710851432
L811:
    mov qword ptr [rsp+32], rax
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rsp+24]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L813
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L812
L813:
    call 140320710853584
L812:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsp+24], rdi
# i_trim_t
    add rsp, 24
# i_move_sd
L814:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L815:
L816:
    long mov rcx, 9223372036854775807
    mov rax, 94919179753456
    lea rdx, qword ptr [L815]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# fconv_sl
    mov rsi, qword ptr [rsp+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L818
    sar rsi, 4
    cvtsi2sd xmm0, rsi
    short jmp L817
L818:
# skipped float path since source cannot be a float
L819:
    call 140320710850888
L817:
    movsd qword ptr [rbx+8256], xmm0
# fload_Sl
    mov rdi, qword ptr [rbx]
    movsd xmm0, qword ptr [rdi+6]
    movsd qword ptr [rbx+8320], xmm0
# i_fmul_lll
    movsd xmm0, qword ptr [rbx+8256]
    movsd xmm1, qword ptr [rbx+8320]
    mulpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8256], xmm0
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L820
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L820:
# fstore_ld
    movsd xmm0, qword ptr [rbx+8256]
    mov qword ptr [r15], 88
    movsd qword ptr [r15+8], xmm0
    lea rdi, qword ptr [r15+2]
    mov qword ptr [rbx], rdi
    add r15, 16
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp]
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
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_80:
# i_func_info_IaaI
# rand:uniform_real_s/5
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xB1, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
uniform_real_s/5:
# i_breakpoint_trampoline
    short jmp L821
.db 0x00
    call L392
    align 8
L821:
# i_test_yield
    lea rdx, qword ptr [uniform_real_s/5+24]
    dec r14
    jle L390
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx]
    mov esi, 366859
    mov edx, 753684380
    call 140320710852224
    jne label_82
    mov qword ptr [rbx+40], rax
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L822
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L822:
    sub rsp, 40
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
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
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_83
    cmp dword ptr [rsi-2], 128
    jne label_83
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+48], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 40
    jmp uniform_real_s/7
# label_L
label_82:
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx]
    mov esi, 24523
    mov edx, 2566971493
    call 140320710852224
    jne label_80
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L824
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L824:
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
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L825]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L825:
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_84
    cmp dword ptr [rsi-2], 128
    jne label_84
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rax, 1152921504606846975
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L826
    and rax, rsi
    short jmp L827
L826:
    call 140320710851200
L827:
    mov qword ptr [rbx+40], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+32], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+48], 911
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp uniform_real_s/7
# label_L
label_83:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_84:
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
label_85:
# i_func_info_IaaI
# rand:bytes/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x98, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
bytes/1:
# i_breakpoint_trampoline
    short jmp L828
.db 0x00
    call L392
    align 8
L828:
# i_test_yield
    lea rdx, qword ptr [bytes/1+24]
    dec r14
    jle L390
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L829
    mov ecx, 1
    call 140320710850576
L829:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call seed_get/0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_call_f
.db 0x90
    call bytes_s/2
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call seed_put/1
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_87:
# i_func_info_IaaI
# rand:bytes_s/2
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xB1, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
bytes_s/2:
# i_breakpoint_trampoline
    short jmp L830
.db 0x00
    call L392
    align 8
L830:
# i_test_yield
    lea rdx, qword ptr [bytes_s/2+24]
    dec r14
    jle L390
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    short jne label_87
    cmp dword ptr [rsi-2], 128
    short jne label_87
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# is_map_fs
    mov rax, qword ptr [rbx+16]
    test al, 1
    short jne label_87
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    short jne label_87
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+16]
    mov esi, 57739
    mov edx, 472164818
    call 140320710852224
    jne label_87
    mov qword ptr [rbx+24], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+32], rdi
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+16]
    mov esi, 366859
    mov edx, 753684380
    call 140320710852224
    jne label_89
    mov qword ptr [rbx+40], rax
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L831
    test al, 1
    jne label_87
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_87
L831:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L832
    cmp rdi, rsi
    short jmp L833
L832:
    call 140320710848608
L833:
    jl label_87
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L834
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L834:
    sub rsp, 40
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 15
# i_move_sd
    mov qword ptr [rbx], 503435
# line_I
# i_call_ext_e
L835:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+32], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp bytes_r/6
# label_L
label_89:
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+16]
    mov esi, 24523
    mov edx, 2566971493
    call 140320710852224
    jne label_87
    mov qword ptr [rbx+40], rax
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L836
    test al, 1
    jne label_87
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_87
L836:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L837
    cmp rdi, rsi
    short jmp L838
L837:
    call 140320710848608
L838:
    jl label_87
# is_ge_fss
    mov rsi, 4611686018427387903
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L839
    cmp rdi, rsi
    short jmp L840
L839:
    call 140320710848608
L840:
    jl label_87
# i_move_sd
    mov qword ptr [rbx+40], 47
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+32], 943
# i_call_only_f
    jmp bytes_r/6
# func_line_I
# aligned_label_Lt
    align 8
label_90:
# i_func_info_IaaI
# rand:bytes_r/6
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB1, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
bytes_r/6:
# i_breakpoint_trampoline
    short jmp L841
.db 0x00
    call L392
    align 8
L841:
# line_I
# i_test_yield
    lea rdx, qword ptr [bytes_r/6+24]
    dec r14
    jle L390
# i_minus_ssjd
    mov rsi, qword ptr [rbx+32]
    mov rdx, qword ptr [rbx+40]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L843
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L842
L843:
    call 140320710853584
L842:
    mov qword ptr [rbx+40], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+40]
# simplified test for small operand since it is a number
    test esi, 1
    short je L844
    mov rax, rsi
    sar rax, 3
    or rax, 15
    short jmp L845
L844:
    mov eax, 63
    call 140320710851768
L845:
    mov qword ptr [rbx+40], rax
# line_I
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+40]
    mov eax, 63
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L846
    cmp rdx, 3
    short jbe L846
    and rsi, -16
    sal rsi, 3
    lea rax, qword ptr [rsi+15]
    short jmp L847
L846:
    call 140320710851664
L847:
    mov qword ptr [rbx+48], rax
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rbx+32]
    mov rdx, qword ptr [rbx+48]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L849
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L848
L849:
    call 140320710853584
L848:
    mov qword ptr [rbx+56], rax
# i_move_sd
L850:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+32], rdi
# i_call_only_f
    jmp bytes_r/8
# func_line_I
# aligned_label_Lt
    align 8
label_92:
# i_func_info_IaaI
# rand:bytes_r/8
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB1, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
bytes_r/8:
# i_breakpoint_trampoline
    short jmp L851
.db 0x00
    call L392
    align 8
L851:
# i_test_yield
    lea rdx, qword ptr [bytes_r/8+24]
    dec r14
    jle L390
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+40]
    mov eax, 47
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L852
    cmp rdx, 2
    short jbe L852
    and rsi, -16
    sal rsi, 2
    lea rax, qword ptr [rsi+15]
    short jmp L853
L852:
    call 140320710851632
    je label_94
L853:
    mov qword ptr [rbx+64], rax
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+64]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L854
    cmp rdi, rsi
    short jmp L855
L854:
    call 140320710848608
L855:
    jge label_94
# allocate_tt
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L856
    mov ecx, 8
    call 140320710850576
L856:
    sub rsp, 80
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+48], 1
    vmovups xmmword ptr [rsp+24], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+40], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+56], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+72], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_fun_t
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    mov rsi, 140320710850960
    lea r8, qword ptr [L857]
    test ecx, 1
    short jne L857
    cmp qword ptr [rcx-2], 212
    short jne L857
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L857:
    cmovne rdi, rsi
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_99
    cmp dword ptr [rsi-2], 128
    jne label_99
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp+16], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L858]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L858:
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_98
    cmp dword ptr [rsi-2], 128
    jne label_98
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L859]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L859:
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_97
    cmp dword ptr [rsi-2], 128
    jne label_97
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L860]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L860:
    call rdi
    call rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_96
    cmp dword ptr [rsi-2], 128
    jne label_96
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rsp+16]
L861:
    mov rax, qword ptr [rsp+24]
    call 140320710851768
L862:
    mov qword ptr [rbx+8], rax
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rsp+8]
L863:
    mov rax, qword ptr [rsp+24]
    call 140320710851768
L864:
    mov qword ptr [rbx+16], rax
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rsp]
L865:
    mov rax, qword ptr [rsp+24]
    call 140320710851768
L866:
    mov qword ptr [rbx+24], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+32], rdi
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+32]
L867:
    mov rax, qword ptr [rsp+24]
    call 140320710851768
L868:
    mov qword ptr [rbx+32], rax
# line_I
# i_bs_create_bin_jItd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+40], rdi
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+48], rdi
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+56], rdi
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+64], rdi
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+72], rdi
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L870
L869:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L870:
# calculate sizes
    xor r14d, r14d
# size binary/integer/float/string
    mov ecx, 2338
    mov rdi, qword ptr [rbx+48]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L869
    mov rax, rdi
    sar rax, 4
    short js L869
    add r14, rax
# size binary/integer/float/string
    mov ecx, 3362
    mov rdi, qword ptr [rbx+56]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L869
    mov rax, rdi
    sar rax, 4
    short js L869
    add r14, rax
# size binary/integer/float/string
    mov ecx, 4386
    mov rdi, qword ptr [rbx+64]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L869
    mov rax, rdi
    sar rax, 4
    short js L869
    add r14, rax
# size binary/integer/float/string
    mov ecx, 5410
    mov rdi, qword ptr [rbx+72]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L869
    mov rax, rdi
    sar rax, 4
    js L869
    add r14, rax
# append to binary
    mov edx, 10
    mov rcx, r14
    xor r8d, r8d
    mov r9d, 8
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+80], rdi
    mov rdi, r13
    mov rsi, rbx
    call 94919179746000
    mov rdi, qword ptr [rbx+80]
    mov ecx, 1024
    test eax, eax
    je L869
    mov qword ptr [rbx-120], rax
# construct integer segment
    mov rdx, qword ptr [rbx+48]
    sar rdx, 4
    mov rsi, qword ptr [rbx+8]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
# skipped test for success because construction can't fail
# construct integer segment
    mov rdx, qword ptr [rbx+56]
    sar rdx, 4
    mov rsi, qword ptr [rbx+16]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
# skipped test for success because construction can't fail
# construct integer segment
    mov rdx, qword ptr [rbx+64]
    sar rdx, 4
    mov rsi, qword ptr [rbx+24]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
# skipped test for success because construction can't fail
# construct integer segment
    mov rdx, qword ptr [rbx+72]
    sar rdx, 4
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
# line_I
# i_bsl_ssjd
    mov rsi, qword ptr [rsp+40]
    mov eax, 47
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L871
    cmp rdx, 2
    short jbe L871
    and rsi, -16
    sal rsi, 2
    lea rax, qword ptr [rsi+15]
    short jmp L872
L871:
    call 140320710851664
L872:
    mov qword ptr [rbx+16], rax
# i_minus_ssjd
    mov rsi, qword ptr [rsp+72]
    mov rdx, qword ptr [rbx+16]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L874
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L873
L874:
    call 140320710853584
L873:
    mov qword ptr [rbx+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+48], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+16], rdi
# i_call_last_ft
    add rsp, 80
    jmp bytes_r/8
# label_L
label_94:
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+40]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L875
    cmp rdi, rsi
    short jmp L876
L875:
    call 140320710848608
L876:
    jge label_95
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L877
    mov ecx, 8
    call 140320710850576
L877:
    sub rsp, 56
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+48], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_fun_t
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    mov rsi, 140320710850960
    lea r8, qword ptr [L878]
    test ecx, 1
    short jne L878
    cmp qword ptr [rcx-2], 212
    short jne L878
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L878:
    cmovne rdi, rsi
    call rdi
.db 0x66, 0x90
    call rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_100
    cmp dword ptr [rsi-2], 128
    jne label_100
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
L879:
    mov rax, qword ptr [rsp]
    call 140320710851768
L880:
    mov qword ptr [rbx+8], rax
# i_bs_create_bin_jItd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+24], rdi
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L882
L881:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L882:
# calculate sizes
    xor r14d, r14d
# size binary/integer/float/string
    mov ecx, 2338
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L881
    mov rax, rdi
    sar rax, 4
    short js L881
    add r14, rax
# append to binary
    mov edx, 4
    mov rcx, r14
    xor r8d, r8d
    mov r9d, 8
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+32], rdi
    mov rdi, r13
    mov rsi, rbx
    call 94919179746000
    mov rdi, qword ptr [rbx+32]
    mov ecx, 1024
    test eax, eax
    short je L881
    mov qword ptr [rbx-120], rax
# construct integer segment
    mov rdx, qword ptr [rbx+24]
    sar rdx, 4
    mov rsi, qword ptr [rbx+8]
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
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rsp+48]
    mov rdx, qword ptr [rsp+16]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L884
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L883
L884:
    call 140320710853584
L883:
    mov qword ptr [rbx+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+48], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+16], rdi
# i_call_last_ft
    add rsp, 56
    jmp bytes_r/8
# label_L
label_95:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L885
    mov ecx, 7
    call 140320710850576
L885:
    sub rsp, 32
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_fun_t
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    mov rsi, 140320710850960
    lea r8, qword ptr [L886]
    test ecx, 1
    short jne L886
    cmp qword ptr [rcx-2], 212
    short jne L886
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L886:
    cmovne rdi, rsi
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_101
    cmp dword ptr [rsi-2], 128
    jne label_101
# line_I
# i_bsl_ssjd
    mov rsi, qword ptr [rsp+24]
    mov eax, 63
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L887
    cmp rdx, 3
    short jbe L887
    and rsi, -16
    sal rsi, 3
    lea rax, qword ptr [rsi+15]
    short jmp L888
L887:
    call 140320710851664
L888:
    mov qword ptr [rbx+8], rax
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rsp]
    mov rdx, qword ptr [rbx+8]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L890
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L889
L890:
    call 140320710853584
L889:
    mov qword ptr [rbx+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+24]
L891:
    mov rax, qword ptr [rbx+16]
    call 140320710851768
L892:
    mov qword ptr [rbx+16], rax
# i_bs_create_bin_jItd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+24], rdi
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L894
L893:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L894:
# calculate sizes
    xor r14d, r14d
# size binary/integer/float/string
    mov ecx, 2338
    mov rdi, qword ptr [rbx+8]
# simplified test for small size since it is a number
    test edi, 1
    short je L893
    mov rax, rdi
    sar rax, 4
    short js L893
    add r14, rax
# append to binary
    mov edx, 4
    mov rcx, r14
    mov r8d, 6
    mov r9d, 8
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+32], rdi
    mov rdi, r13
    mov rsi, rbx
    call 94919179746000
    mov rdi, qword ptr [rbx+32]
    mov ecx, 1024
    test eax, eax
    short je L893
    mov qword ptr [rbx-120], rax
# construct integer segment
    mov rdx, qword ptr [rbx+8]
    sar rdx, 4
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
    mov rdi, qword ptr [rsp+16]
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
    add rsp, 32
# return
    dec r14
    jl L391
    ret
# label_L
label_96:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_97:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_98:
# line_I
    nop
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
# label_L
label_100:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_101:
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
label_102:
# i_func_info_IaaI
# rand:jump/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xB1, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
jump/1:
# i_breakpoint_trampoline
    short jmp L895
.db 0x00
    call L392
    align 8
L895:
# i_test_yield
    lea rdx, qword ptr [jump/1+24]
    dec r14
    jle L390
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_102
    cmp dword ptr [rsi-2], 128
    short jne label_102
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    short jne label_102
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    short jne label_102
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 504267
    mov edx, 2125691962
    call 140320710852224
    jne label_104
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L896
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L896:
# line_I
# i_call_fun_last_tt
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    mov rsi, 140320710850960
    lea r8, qword ptr [L897]
    test ecx, 1
    short jne L897
    cmp qword ptr [rcx-2], 212
    short jne L897
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L897:
    cmovne rdi, rsi
    jmp rdi
# label_L
label_104:
# i_move_sd
    mov qword ptr [rbx], 495051
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L898
    mov ecx, 1
    call 140320710850576
L898:
# call_light_bif_be
    align 4
L899:
L900:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L899]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_105:
# i_func_info_IaaI
# rand:jump/0
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xB1, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
jump/0:
# i_breakpoint_trampoline
    short jmp L901
.db 0x00
    call L392
    align 8
L901:
# i_test_yield
    lea rdx, qword ptr [jump/0+24]
    dec r14
    jle L390
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L902
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L902:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call seed_get/0
# i_call_f
.db 0x0F, 0x1F, 0x00
    call jump/1
# i_call_last_ft
    jmp seed_put/1
# func_line_I
# aligned_label_Lt
    align 8
label_107:
# i_func_info_IaaI
# rand:normal/0
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
normal/0:
# i_breakpoint_trampoline
    short jmp L903
.db 0x00
    call L392
    align 8
L903:
# i_test_yield
    lea rdx, qword ptr [normal/0+24]
    dec r14
    jle L390
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L904
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L904:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call seed_get/0
# i_call_f
.db 0x0F, 0x1F, 0x00
    call normal_s/1
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call seed_put/1
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_109:
# i_func_info_IaaI
# rand:normal/2
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
normal/2:
# i_breakpoint_trampoline
    short jmp L905
.db 0x00
    call L392
    align 8
L905:
# i_test_yield
    lea rdx, qword ptr [normal/2+24]
    dec r14
    jle L390
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L906
    mov ecx, 2
    call 140320710850576
L906:
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
# call_light_bif_be
    align 4
L907:
L908:
    long mov rcx, 9223372036854775807
    mov rax, 94919179753408
    lea rdx, qword ptr [L907]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_call_f
    call normal/0
# fload_Sl
    mov rdi, qword ptr [rsp]
    movsd xmm0, qword ptr [rdi+6]
    movsd qword ptr [rbx+8256], xmm0
# fload_Sl
    mov rdi, qword ptr [rbx]
    movsd xmm0, qword ptr [rdi+6]
    movsd qword ptr [rbx+8320], xmm0
# i_fmul_lll
    movsd xmm0, qword ptr [rbx+8256]
    movsd xmm1, qword ptr [rbx+8320]
    mulpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8256], xmm0
# fconv_sl
    mov rsi, qword ptr [rsp+8]
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L910
    sar rsi, 4
    cvtsi2sd xmm0, rsi
    short jmp L909
L910:
    rex test sil, 1
    short jne L911
    movsd xmm0, qword ptr [rsi+6]
    cmp qword ptr [rsi-2], 88
    short je L909
L911:
    call 140320710850888
L909:
    movsd qword ptr [rbx+8320], xmm0
# i_fadd_lll
    movsd xmm0, qword ptr [rbx+8320]
    movsd xmm1, qword ptr [rbx+8256]
    addpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8256], xmm0
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L912
    xor ecx, ecx
    call 140320710850576
L912:
# fstore_ld
    movsd xmm0, qword ptr [rbx+8256]
    mov qword ptr [r15], 88
    movsd qword ptr [r15+8], xmm0
    lea rdi, qword ptr [r15+2]
    mov qword ptr [rbx], rdi
    add r15, 16
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_111:
# i_func_info_IaaI
# rand:normal_s/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xB2, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
normal_s/1:
# i_breakpoint_trampoline
    short jmp L913
.db 0x00
    call L392
    align 8
L913:
# i_test_yield
    lea rdx, qword ptr [normal_s/1+24]
    dec r14
    jle L390
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_118
    cmp dword ptr [rsi-2], 128
    jne label_118
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_118
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_118
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 57739
    mov edx, 472164818
    call 140320710852224
    jne label_118
    mov qword ptr [rbx+16], rax
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L914
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L914:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 366859
    mov edx, 753684380
    call 140320710852224
    jne label_113
    mov qword ptr [rsp], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_fun_t
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    mov rsi, 140320710850960
    lea r8, qword ptr [L915]
    test ecx, 1
    short jne L915
    cmp qword ptr [rcx-2], 212
    short jne L915
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L915:
    cmovne rdi, rsi
    call rdi
.db 0x66, 0x90
    call rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_119
    cmp dword ptr [rsi-2], 128
    jne label_119
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp]
    mov rdx, -816
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L916
    mov rax, rsi
    add rax, rdx
    short jno L917
L916:
    call 140320710853080
L917:
    mov qword ptr [rbx+8], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L918
    add rax, rdx
    short jno L919
L918:
    call 140320710853080
L919:
    mov qword ptr [rbx+16], rax
# i_bsl_ssjd
    mov esi, 31
    mov rax, qword ptr [rbx+16]
    mov rcx, rax
    xor rcx, 15
    ror rcx, 4
    cmp rcx, 59
    short jae L920
    and rsi, -16
    sal rsi, cl
    lea rax, qword ptr [rsi+15]
    short jmp L921
L920:
    call 140320710851664
L921:
    mov qword ptr [rbx+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L922
    and rax, rsi
    short jmp L923
L922:
    call 140320710851200
L923:
    mov qword ptr [rbx+16], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+24]
L924:
    mov rax, qword ptr [rbx+8]
    call 140320710851768
L925:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L926
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L926:
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
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# jump_f
    jmp label_114
# label_L
label_113:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_fun_t
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    mov rsi, 140320710850960
    lea r8, qword ptr [L927]
    test ecx, 1
    short jne L927
    cmp qword ptr [rcx-2], 212
    short jne L927
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L927:
    cmovne rdi, rsi
    call rdi
.db 0x66, 0x90
    call rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_120
    cmp dword ptr [rsi-2], 128
    jne label_120
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rax, 36028797018963983
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L928
    and rax, rsi
    short jmp L929
L928:
    call 140320710851200
L929:
    mov qword ptr [rbx+16], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rax, 36028797018963967
# simplified test for small operand since it is a number
    test esi, 1
    short je L930
    and rax, rsi
    short jmp L931
L930:
    call 140320710851200
L931:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L932
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L932:
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
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# label_L
label_114:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L933
    and rax, rsi
    short jmp L934
L933:
    call 140320710851200
L934:
    mov qword ptr [rbx+16], rax
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+16]
    add rax, 16
    mov qword ptr [rbx+24], rax
# line_I
# bif_element_jssd
# skipped tuple test since source is always a literal tuple
L937:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+24]
    lea rcx, qword ptr [rsi-2]
# skipped test for small position since it is always small
    mov rax, rdi
    sar rax, 4
# skipped check for position =:= 0 since it is always >= 1
# skipped check for negative position and position beyond tuple
    mov rax, qword ptr [rcx+rax*8]
L935:
L936:
    mov qword ptr [rbx+24], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+32], rdi
# line_I
# fconv_sl
    mov rsi, qword ptr [rbx+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L939
    sar rsi, 4
    cvtsi2sd xmm0, rsi
    short jmp L938
L939:
# skipped float path since source cannot be a float
L940:
    call 140320710850888
L938:
    movsd qword ptr [rbx+8256], xmm0
# fload_Sl
    mov rdi, qword ptr [rbx+32]
    movsd xmm0, qword ptr [rdi+6]
    movsd qword ptr [rbx+8320], xmm0
# i_fmul_lll
    movsd xmm0, qword ptr [rbx+8256]
    movsd xmm1, qword ptr [rbx+8320]
    mulpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8256], xmm0
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L941
    mov ecx, 4
    call 140320710850576
L941:
# fstore_ld
    movsd xmm0, qword ptr [rbx+8256]
    mov qword ptr [r15], 88
    movsd qword ptr [r15+8], xmm0
    lea rdi, qword ptr [r15+2]
    mov qword ptr [rbx+32], rdi
    add r15, 16
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+40], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_lt_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L942
    cmp rdi, rsi
    short jmp L943
L942:
    call 140320710848608
L943:
    jge label_116
# is_eq_exact_fss
    cmp qword ptr [rbx+40], 15
    jne label_115
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L944
    mov ecx, 5
.db 0x90
    call 140320710850576
L944:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+32]
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
    jl L391
    ret
# label_L
label_115:
# fload_Sl
    mov rdi, qword ptr [rbx+32]
    movsd xmm0, qword ptr [rdi+6]
    movsd qword ptr [rbx+8256], xmm0
# line_I
# i_fnegate_ll
    pxor xmm0, xmm0
    movsd xmm1, qword ptr [rbx+8256]
    subpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8256], xmm0
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L945
    mov ecx, 1
.db 0x90
    call 140320710850576
L945:
# fstore_ld
    movsd xmm0, qword ptr [rbx+8256]
    mov qword ptr [r15], 88
    movsd qword ptr [r15+8], xmm0
    lea rdi, qword ptr [r15+2]
    mov qword ptr [rbx+8], rdi
    add r15, 16
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
    jl L391
    ret
# label_L
label_116:
# is_eq_exact_fss
    cmp qword ptr [rbx+40], 15
    jne label_117
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+16], rdi
# i_call_last_ft
    add rsp, 16
    jmp normal_s/4
# label_L
label_117:
# fload_Sl
    mov rdi, qword ptr [rbx+32]
    movsd xmm0, qword ptr [rdi+6]
    movsd qword ptr [rbx+8256], xmm0
# line_I
# i_fnegate_ll
    pxor xmm0, xmm0
    movsd xmm1, qword ptr [rbx+8256]
    subpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8256], xmm0
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L946
    mov ecx, 6
.db 0x90
    call 140320710850576
L946:
# fstore_ld
    movsd xmm0, qword ptr [rbx+8256]
    mov qword ptr [r15], 88
    movsd qword ptr [r15+8], xmm0
    lea rdi, qword ptr [r15+2]
    mov qword ptr [rbx+8], rdi
    add r15, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 16
    jmp normal_s/4
# label_L
label_118:
# i_call_only_f
    jmp '-inlined-get_52/1-'/1
# label_L
label_119:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_120:
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
label_121:
# i_func_info_IaaI
# rand:normal_s/3
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xB2, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
normal_s/3:
# i_breakpoint_trampoline
    short jmp L947
.db 0x00
    call L392
    align 8
L947:
# i_test_yield
    lea rdx, qword ptr [normal_s/3+24]
    dec r14
    jle L390
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 15
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L948
    cmp rdi, rsi
    short jmp L949
L948:
    call 140320710848608
L949:
    short jge label_121
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L950
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L950:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call normal_s/1
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# line_I
# call_light_bif_be
    align 4
L951:
L952:
    long mov rcx, 9223372036854775807
    mov rax, 94919179753408
    lea rdx, qword ptr [L951]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# fload_Sl
    mov rdi, qword ptr [rbx]
    movsd xmm0, qword ptr [rdi+6]
    movsd qword ptr [rbx+8256], xmm0
# fload_Sl
    mov rdi, qword ptr [rbx+8]
    movsd xmm0, qword ptr [rdi+6]
    movsd qword ptr [rbx+8320], xmm0
# i_fmul_lll
    movsd xmm0, qword ptr [rbx+8256]
    movsd xmm1, qword ptr [rbx+8320]
    mulpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8256], xmm0
# fconv_sl
    mov rsi, qword ptr [rsp+8]
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L954
    sar rsi, 4
    cvtsi2sd xmm0, rsi
    short jmp L953
L954:
    rex test sil, 1
    short jne L955
    movsd xmm0, qword ptr [rsi+6]
    cmp qword ptr [rsi-2], 88
    short je L953
L955:
    call 140320710850888
L953:
    movsd qword ptr [rbx+8320], xmm0
# i_fadd_lll
    movsd xmm0, qword ptr [rbx+8320]
    movsd xmm1, qword ptr [rbx+8256]
    addpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8256], xmm0
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L956
    xor ecx, ecx
    call 140320710850576
L956:
# fstore_ld
    movsd xmm0, qword ptr [rbx+8256]
    mov qword ptr [r15], 88
    movsd qword ptr [r15+8], xmm0
    lea rdi, qword ptr [r15+2]
    mov qword ptr [rbx], rdi
    add r15, 16
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
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
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_123:
# i_func_info_IaaI
# rand:seed_put/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xB2, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
seed_put/1:
# i_breakpoint_trampoline
    short jmp L957
.db 0x00
    call L392
    align 8
L957:
# i_test_yield
    lea rdx, qword ptr [seed_put/1+24]
    dec r14
    jle L390
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L958
    mov ecx, 1
    call 140320710850576
L958:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 503563
# line_I
# i_call_ext_e
L959:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_125:
# i_func_info_IaaI
# rand:seed_get/0
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB2, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
seed_get/0:
# i_breakpoint_trampoline
    short jmp L960
.db 0x00
    call L392
    align 8
L960:
# i_test_yield
    lea rdx, qword ptr [seed_get/0+24]
    dec r14
    jle L390
# i_get_hash_cId
    mov esi, 7868
    mov edx, 503563
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179278896
    mov rsp, rbp
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_127
# i_move_sd
    mov qword ptr [rbx], 503819
# i_call_only_f
    jmp seed/1
# label_L
label_127:
# return
    dec r14
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_128:
# i_func_info_IaaI
# rand:mk_alg/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xB2, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
mk_alg/1:
# i_breakpoint_trampoline
    short jmp L961
.db 0x00
    call L392
    align 8
L961:
# i_test_yield
    lea rdx, qword ptr [mk_alg/1+24]
    dec r14
    jle L390
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 488779
    je label_131
    cmp rsi, 503819
    je label_130
    cmp rsi, 504587
    je label_138
    cmp rsi, 504651
    je label_137
    cmp rsi, 504715
    je label_136
    cmp rsi, 504779
    je label_135
    cmp rsi, 504843
    je label_134
    cmp rsi, 504907
    je label_133
    cmp rsi, 504971
    je label_132
    jmp label_128
# label_L
label_130:
# test_heap_It
    lea rdx, qword ptr [r15+192]
    cmp rdx, rsp
    short jbe L962
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L962:
# i_make_fun3_FStt
L963:
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
# i_make_fun3_FStt
L964:
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
# i_make_fun3_FStt
L965:
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
    mov qword ptr [rbx+16], rax
# i_make_fun3_FStt
L966:
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
    mov qword ptr [rbx+24], rax
# update_map_assoc_sdtI
.section .rodata {#1}
L967:
    align 8
.db 0xCB, 0xB1, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0xE1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x4C, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0xB0, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L968:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+32], rdi
    mov edx, 4
    mov ecx, 8
    lea r8, qword ptr [L967]
    call 140320710854704
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L969
    mov ecx, 1
.db 0x90
    call 140320710850576
L969:
# i_make_fun3_FStt
L970:
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
    jl L391
    ret
# label_L
label_131:
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L971
    xor ecx, ecx
    call 140320710850576
L971:
# i_make_fun3_FStt
L972:
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
# i_make_fun3_FStt
L973:
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
# update_map_assoc_sdtI
.section .rodata {#1}
L974:
    align 8
.db 0xCB, 0xB1, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0xE1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L975:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
    mov edx, 2
    mov ecx, 4
    lea r8, qword ptr [L974]
    call 140320710854704
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L976
    mov ecx, 1
.db 0x90
    call 140320710850576
L976:
# i_make_fun3_FStt
L977:
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
    jl L391
    ret
# label_L
label_132:
# test_heap_It
    lea rdx, qword ptr [r15+192]
    cmp rdx, rsp
    short jbe L978
    xor ecx, ecx
.db 0x90
    call 140320710850576
L978:
# i_make_fun3_FStt
L979:
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
# i_make_fun3_FStt
L980:
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
# i_make_fun3_FStt
L981:
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
    mov qword ptr [rbx+16], rax
# i_make_fun3_FStt
L982:
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
    mov qword ptr [rbx+24], rax
# update_map_assoc_sdtI
.section .rodata {#1}
L983:
    align 8
.db 0xCB, 0xB1, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0xE1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x4C, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0xB0, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L984:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+32], rdi
    mov edx, 4
    mov ecx, 8
    lea r8, qword ptr [L983]
    call 140320710854704
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L985
    mov ecx, 1
.db 0x90
    call 140320710850576
L985:
# i_make_fun3_FStt
L986:
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
    jl L391
    ret
# label_L
label_133:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L987
    xor ecx, ecx
    call 140320710850576
L987:
# i_make_fun3_FStt
L988:
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
# update_map_assoc_sdtI
.section .rodata {#1}
L989:
    align 8
.db 0x8B, 0xE1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L990:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L989]
.db 0x66, 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L991
    mov ecx, 1
.db 0x90
    call 140320710850576
L991:
# i_make_fun3_FStt
L992:
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
    jl L391
    ret
# label_L
label_134:
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L993
    xor ecx, ecx
    call 140320710850576
L993:
# i_make_fun3_FStt
L994:
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
# i_make_fun3_FStt
L995:
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
# update_map_assoc_sdtI
.section .rodata {#1}
L996:
    align 8
.db 0xCB, 0xB1, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0xE1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L997:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
    mov edx, 2
    mov ecx, 4
    lea r8, qword ptr [L996]
    call 140320710854704
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L998
    mov ecx, 1
.db 0x90
    call 140320710850576
L998:
# i_make_fun3_FStt
L999:
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
    jl L391
    ret
# label_L
label_135:
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1000
    xor ecx, ecx
    call 140320710850576
L1000:
# i_make_fun3_FStt
L1001:
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
# i_make_fun3_FStt
L1002:
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
# update_map_assoc_sdtI
.section .rodata {#1}
L1003:
    align 8
.db 0xCB, 0xB1, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0xE1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L1004:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
    mov edx, 2
    mov ecx, 4
    lea r8, qword ptr [L1003]
    call 140320710854704
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1005
    mov ecx, 1
.db 0x90
    call 140320710850576
L1005:
# i_make_fun3_FStt
L1006:
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
    jl L391
    ret
# label_L
label_136:
# test_heap_It
    lea rdx, qword ptr [r15+192]
    cmp rdx, rsp
    short jbe L1007
    xor ecx, ecx
.db 0x90
    call 140320710850576
L1007:
# i_make_fun3_FStt
L1008:
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
# i_make_fun3_FStt
L1009:
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
# i_make_fun3_FStt
L1010:
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
    mov qword ptr [rbx+16], rax
# i_make_fun3_FStt
L1011:
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
    mov qword ptr [rbx+24], rax
# update_map_assoc_sdtI
.section .rodata {#1}
L1012:
    align 8
.db 0xCB, 0xB1, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0xE1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x4C, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0xB0, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L1013:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+32], rdi
    mov edx, 4
    mov ecx, 8
    lea r8, qword ptr [L1012]
    call 140320710854704
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1014
    mov ecx, 1
.db 0x90
    call 140320710850576
L1014:
# i_make_fun3_FStt
L1015:
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
    jl L391
    ret
# label_L
label_137:
# test_heap_It
    lea rdx, qword ptr [r15+192]
    cmp rdx, rsp
    short jbe L1016
    xor ecx, ecx
.db 0x90
    call 140320710850576
L1016:
# i_make_fun3_FStt
L1017:
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
# i_make_fun3_FStt
L1018:
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
# i_make_fun3_FStt
L1019:
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
    mov qword ptr [rbx+16], rax
# i_make_fun3_FStt
L1020:
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
    mov qword ptr [rbx+24], rax
# update_map_assoc_sdtI
.section .rodata {#1}
L1021:
    align 8
.db 0xCB, 0xB1, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0xE1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x4C, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0xB0, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L1022:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+32], rdi
    mov edx, 4
    mov ecx, 8
    lea r8, qword ptr [L1021]
    call 140320710854704
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1023
    mov ecx, 1
.db 0x90
    call 140320710850576
L1023:
# i_make_fun3_FStt
L1024:
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
    jl L391
    ret
# label_L
label_138:
# test_heap_It
    lea rdx, qword ptr [r15+152]
    cmp rdx, rsp
    short jbe L1025
    xor ecx, ecx
.db 0x90
    call 140320710850576
L1025:
# i_make_fun3_FStt
L1026:
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
# i_make_fun3_FStt
L1027:
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
# i_make_fun3_FStt
L1028:
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
    mov qword ptr [rbx+16], rax
# i_new_small_map_lit_dtqI
.section .rodata {#1}
L1029:
    align 8
.db 0xAF, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0xB3, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L1030:
    long mov rdx, 9223372036854775807
    mov ecx, 3
    lea r8, qword ptr [L1029]
.db 0x0F, 0x1F, 0x00
    call 140320710852992
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1031
    mov ecx, 1
.db 0x90
    call 140320710850576
L1031:
# i_make_fun3_FStt
L1032:
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
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_139:
# i_func_info_IaaI
# rand:exs64_seed/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xB4, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
exs64_seed/1:
# i_breakpoint_trampoline
    short jmp L1033
.db 0x00
    call L392
    align 8
L1033:
# i_test_yield
    lea rdx, qword ptr [exs64_seed/1+24]
    dec r14
    jle L390
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L1034
    test al, 2
    jne label_141
L1034:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1035
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1035:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 31
# line_I
# i_call_f
.db 0x90
    call seed64_nz/2
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving head and tail together)
    movups xmm0, xmmword ptr [rdi-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_144
# jump_f
    jmp label_142
# label_L
label_141:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1036
    test al, 1
    jne label_143
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_143
L1036:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1037
    mov ecx, 1
.db 0x90
    call 140320710850576
L1037:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 31
# line_I
# i_call_f
.db 0x90
    call seed64/2
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving head and tail together)
    movups xmm0, xmmword ptr [rdi-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_145
# label_L
label_142:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L391
    ret
# label_L
label_143:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_139
    cmp dword ptr [rsi-2], 192
    jne label_139
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rax, 68719476735
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1038
    and rax, rsi
    short jmp L1039
L1038:
    call 140320710851200
L1039:
    mov qword ptr [rbx+8], rax
# i_times_jssd
    mov rsi, qword ptr [rbx+8]
    mov rdx, 68719475167
# skipped test for small operand since it is always small
# mul with overflow check, imm RHS
    mov rax, rsi
    mov rcx, 4294967197
    and rax, -16
    imul rax, rcx
    short jo L1041
    or rax, 15
    short jmp L1040
L1041:
    call 140320710854432
L1040:
    mov qword ptr [rbx+8], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1042
    add rax, rdx
    short jno L1043
L1042:
    call 140320710853080
L1043:
    mov qword ptr [rbx+8], rax
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1044
    mov rax, rsi
    sar rax, 12
    or rax, 15
    short jmp L1045
L1044:
    mov eax, 207
    call 140320710851768
L1045:
    mov qword ptr [rbx+16], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+16]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1046
    xor rax, rsi
    or rax, 15
    short jmp L1047
L1046:
    call 140320710851840
L1047:
    mov qword ptr [rbx+8], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rax, 8796093022207
# simplified test for small operand since it is a number
    test esi, 1
    short je L1048
    and rax, rsi
    short jmp L1049
L1048:
    call 140320710851200
L1049:
    mov qword ptr [rbx+16], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 415
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
# skipped test for small operand since it is always small
    cmp rdx, 25
    short jbe L1050
    and rsi, -16
    sal rsi, 25
    lea rax, qword ptr [rsi+15]
    short jmp L1051
L1050:
    call 140320710851664
L1051:
    mov qword ptr [rbx+16], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+16]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L1052
    xor rax, rsi
    or rax, 15
    short jmp L1053
L1052:
    call 140320710851840
L1053:
    mov qword ptr [rbx+8], rax
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1054
    mov rax, rsi
    sar rax, 27
    or rax, 15
    short jmp L1055
L1054:
    mov eax, 447
    call 140320710851768
L1055:
    mov qword ptr [rbx+16], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+16]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1056
    xor rax, rsi
    or rax, 15
    short jmp L1057
L1056:
    call 140320710851840
L1057:
    mov qword ptr [rbx+8], rax
# line_I
# i_times_jssd
    mov rsi, qword ptr [rbx+8]
L1060:
    long mov rdx, 9223372036854775807
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1059
# mul with overflow check
    mov rax, rsi
    mov rcx, rdx
    sar rcx, 4
    and rax, -16
    imul rax, rcx
    short jo L1059
    or rax, 15
    short jmp L1058
L1059:
    call 140320710854432
L1058:
    mov qword ptr [rbx+8], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
L1061:
    long mov rax, 9223372036854775807
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1062
    and rax, rsi
    short jmp L1063
L1062:
    call 140320710851200
L1063:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rax, 68719476735
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1064
    and rax, rsi
    short jmp L1065
L1064:
    call 140320710851200
L1065:
    mov qword ptr [rbx+16], rax
# i_times_jssd
    mov rsi, qword ptr [rbx+16]
    mov rdx, 68719475711
# skipped test for small operand since it is always small
# mul with overflow check, imm RHS
    mov rax, rsi
    mov rcx, 4294967231
    and rax, -16
    imul rax, rcx
    short jo L1067
    or rax, 15
    short jmp L1066
L1067:
    call 140320710854432
L1066:
    mov qword ptr [rbx+16], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1068
    add rax, rdx
    short jno L1069
L1068:
    call 140320710853080
L1069:
    mov qword ptr [rbx+16], rax
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+16]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1070
    mov rax, rsi
    sar rax, 12
    or rax, 15
    short jmp L1071
L1070:
    mov eax, 207
    call 140320710851768
L1071:
    mov qword ptr [rbx+24], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+24]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1072
    xor rax, rsi
    or rax, 15
    short jmp L1073
L1072:
    call 140320710851840
L1073:
    mov qword ptr [rbx+16], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rax, 8796093022207
# simplified test for small operand since it is a number
    test esi, 1
    short je L1074
    and rax, rsi
    short jmp L1075
L1074:
    call 140320710851200
L1075:
    mov qword ptr [rbx+24], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+24]
    mov eax, 415
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
# skipped test for small operand since it is always small
    cmp rdx, 25
    short jbe L1076
    and rsi, -16
    sal rsi, 25
    lea rax, qword ptr [rsi+15]
    short jmp L1077
L1076:
    call 140320710851664
L1077:
    mov qword ptr [rbx+24], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+24]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L1078
    xor rax, rsi
    or rax, 15
    short jmp L1079
L1078:
    call 140320710851840
L1079:
    mov qword ptr [rbx+16], rax
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+16]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1080
    mov rax, rsi
    sar rax, 27
    or rax, 15
    short jmp L1081
L1080:
    mov eax, 447
    call 140320710851768
L1081:
    mov qword ptr [rbx+24], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+24]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1082
    xor rax, rsi
    or rax, 15
    short jmp L1083
L1082:
    call 140320710851840
L1083:
    mov qword ptr [rbx+16], rax
# line_I
# i_times_jssd
    mov rsi, qword ptr [rbx+16]
L1086:
    long mov rdx, 9223372036854775807
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1085
# mul with overflow check
    mov rax, rsi
    mov rcx, rdx
    sar rcx, 4
    and rax, -16
    imul rax, rcx
    short jo L1085
    or rax, 15
    short jmp L1084
L1085:
    call 140320710854432
L1084:
    mov qword ptr [rbx+16], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
L1087:
    long mov rax, 9223372036854775807
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1088
    and rax, rsi
    short jmp L1089
L1088:
    call 140320710851200
L1089:
    mov qword ptr [rbx+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, 68719476735
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1090
    and rax, rsi
    short jmp L1091
L1090:
    call 140320710851200
L1091:
    mov qword ptr [rbx], rax
# i_times_jssd
    mov rsi, qword ptr [rbx]
    mov rdx, 68719476479
# skipped test for small operand since it is always small
# mul with overflow check, imm RHS
    mov rax, rsi
    mov rcx, 4294967279
    and rax, -16
    imul rax, rcx
    short jo L1093
    or rax, 15
    short jmp L1092
L1093:
    call 140320710854432
L1092:
    mov qword ptr [rbx], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1094
    add rax, rdx
    short jno L1095
L1094:
    call 140320710853080
L1095:
    mov qword ptr [rbx], rax
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1096
    mov rax, rsi
    sar rax, 12
    or rax, 15
    short jmp L1097
L1096:
    mov eax, 207
    call 140320710851768
L1097:
    mov qword ptr [rbx+24], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+24]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1098
    xor rax, rsi
    or rax, 15
    short jmp L1099
L1098:
    call 140320710851840
L1099:
    mov qword ptr [rbx], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, 8796093022207
# simplified test for small operand since it is a number
    test esi, 1
    short je L1100
    and rax, rsi
    short jmp L1101
L1100:
    call 140320710851200
L1101:
    mov qword ptr [rbx+24], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+24]
    mov eax, 415
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
# skipped test for small operand since it is always small
    cmp rdx, 25
    short jbe L1102
    and rsi, -16
    sal rsi, 25
    lea rax, qword ptr [rsi+15]
    short jmp L1103
L1102:
    call 140320710851664
L1103:
    mov qword ptr [rbx+24], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+24]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L1104
    xor rax, rsi
    or rax, 15
    short jmp L1105
L1104:
    call 140320710851840
L1105:
    mov qword ptr [rbx], rax
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1106
    mov rax, rsi
    sar rax, 27
    or rax, 15
    short jmp L1107
L1106:
    mov eax, 447
    call 140320710851768
L1107:
    mov qword ptr [rbx+24], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+24]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1108
    xor rax, rsi
    or rax, 15
    short jmp L1109
L1108:
    call 140320710851840
L1109:
    mov qword ptr [rbx], rax
# line_I
# i_times_jssd
    mov rsi, qword ptr [rbx]
L1112:
    long mov rdx, 9223372036854775807
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1111
# mul with overflow check
    mov rax, rsi
    mov rcx, rdx
    sar rcx, 4
    and rax, -16
    imul rax, rcx
    short jo L1111
    or rax, 15
    short jmp L1110
L1111:
    call 140320710854432
L1110:
    mov qword ptr [rbx], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx]
L1113:
    long mov rax, 9223372036854775807
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1114
    and rax, rsi
    short jmp L1115
L1114:
    call 140320710851200
L1115:
    mov qword ptr [rbx], rax
# line_I
# i_times_jssd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx+16]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1117
# mul with overflow check
    mov rax, rsi
    mov rcx, rdx
    sar rcx, 4
    and rax, -16
    imul rax, rcx
    short jo L1117
    or rax, 15
    short jmp L1116
L1117:
    call 140320710854432
L1116:
    mov qword ptr [rbx+8], rax
# i_times_jssd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1119
# mul with overflow check
    mov rax, rsi
    mov rcx, rdx
    sar rcx, 4
    and rax, -16
    imul rax, rcx
    short jo L1119
    or rax, 15
    short jmp L1118
L1119:
    call 140320710854432
L1118:
    mov qword ptr [rbx], rax
# i_rem_ssjd
L1120:
L1122:
    long mov rcx, 9223372036854775807
    mov rdi, qword ptr [rbx]
    mov r8, 94919180917680
    call 140320710853120
L1121:
    mov qword ptr [rbx], rdx
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1123
    add rax, rdx
    short jno L1124
L1123:
    call 140320710853080
L1124:
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L391
    ret
# label_L
label_144:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_145:
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
label_146:
# i_func_info_IaaI
# rand:exs64_next/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xB5, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
exs64_next/1:
# i_breakpoint_trampoline
    short jmp L1125
.db 0x00
    call L392
    align 8
L1125:
# line_I
# i_test_yield
    lea rdx, qword ptr [exs64_next/1+24]
    dec r14
    jle L390
# i_bsr_ssjd
    mov rsi, qword ptr [rbx]
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1126
    mov rax, rsi
    sar rax, 12
    or rax, 15
    short jmp L1127
L1126:
    mov eax, 207
    call 140320710851768
L1127:
    mov qword ptr [rbx+8], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+8]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L1128
    xor rax, rsi
    or rax, 15
    short jmp L1129
L1128:
    call 140320710851840
L1129:
    mov qword ptr [rbx], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, 8796093022207
# simplified test for small operand since it is a number
    test esi, 1
    short je L1130
    and rax, rsi
    short jmp L1131
L1130:
    call 140320710851200
L1131:
    mov qword ptr [rbx+8], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 415
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
# skipped test for small operand since it is always small
    cmp rdx, 25
    short jbe L1132
    and rsi, -16
    sal rsi, 25
    lea rax, qword ptr [rsi+15]
    short jmp L1133
L1132:
    call 140320710851664
L1133:
    mov qword ptr [rbx+8], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+8]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L1134
    xor rax, rsi
    or rax, 15
    short jmp L1135
L1134:
    call 140320710851840
L1135:
    mov qword ptr [rbx], rax
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1136
    mov rax, rsi
    sar rax, 27
    or rax, 15
    short jmp L1137
L1136:
    mov eax, 447
    call 140320710851768
L1137:
    mov qword ptr [rbx+8], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+8]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L1138
    xor rax, rsi
    or rax, 15
    short jmp L1139
L1138:
    call 140320710851840
L1139:
    mov qword ptr [rbx], rax
# line_I
# i_times_jssd
    mov rsi, qword ptr [rbx]
L1142:
    long mov rdx, 9223372036854775807
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1141
# mul with overflow check
    mov rax, rsi
    mov rcx, rdx
    sar rcx, 4
    and rax, -16
    imul rax, rcx
    short jo L1141
    or rax, 15
    short jmp L1140
L1141:
    call 140320710854432
L1140:
    mov qword ptr [rbx+8], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
L1143:
    long mov rax, 9223372036854775807
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1144
    and rax, rsi
    short jmp L1145
L1144:
    call 140320710851200
L1145:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1146
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1146:
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
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_148:
# i_func_info_IaaI
# rand:exsplus_seed/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xB5, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
exsplus_seed/1:
# i_breakpoint_trampoline
    short jmp L1147
.db 0x00
    call L392
    align 8
L1147:
# i_test_yield
    lea rdx, qword ptr [exsplus_seed/1+24]
    dec r14
    jle L390
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L1148
    test al, 2
    jne label_150
L1148:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1149
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1149:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 47
# line_I
# i_call_f
.db 0x90
    call seed58_nz/2
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving head and tail together)
    movups xmm0, xmmword ptr [rdi-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_153
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+16], xmm0
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_153
# jump_f
    jmp label_151
# label_L
label_150:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1150
    test al, 1
    jne label_152
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_152
L1150:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1151
    mov ecx, 1
.db 0x90
    call 140320710850576
L1151:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 47
# line_I
# i_call_f
.db 0x90
    call seed58/2
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving head and tail together)
    movups xmm0, xmmword ptr [rdi-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_154
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+16], xmm0
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_154
# label_L
label_151:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1152
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1152:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L391
    ret
# label_L
label_152:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_148
    cmp dword ptr [rsi-2], 192
    jne label_148
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# line_I
# i_times_jssd
    mov rsi, qword ptr [rbx+8]
    mov rdx, 68719475167
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1154
# mul with overflow check, imm RHS
    mov rax, rsi
    mov rcx, 4294967197
    and rax, -16
    imul rax, rcx
    short jo L1154
    or rax, 15
    short jmp L1153
L1154:
    call 140320710854432
L1153:
    mov qword ptr [rbx+8], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1155
    add rax, rdx
    short jno L1156
L1155:
    call 140320710853080
L1156:
    mov qword ptr [rbx+8], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rax, 4611686018427387903
# simplified test for small operand since it is a number
    test esi, 1
    short je L1157
    and rax, rsi
    short jmp L1158
L1157:
    call 140320710851200
L1158:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# line_I
# i_times_jssd
    mov rsi, qword ptr [rbx+16]
    mov rdx, 68719475711
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1160
# mul with overflow check, imm RHS
    mov rax, rsi
    mov rcx, 4294967231
    and rax, -16
    imul rax, rcx
    short jo L1160
    or rax, 15
    short jmp L1159
L1160:
    call 140320710854432
L1159:
    mov qword ptr [rbx+16], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1161
    add rax, rdx
    short jno L1162
L1161:
    call 140320710853080
L1162:
    mov qword ptr [rbx+16], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rax, 4611686018427387903
# simplified test for small operand since it is a number
    test esi, 1
    short je L1163
    and rax, rsi
    short jmp L1164
L1163:
    call 140320710851200
L1164:
    mov qword ptr [rbx+16], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rax, 4611686018427387903
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+16], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rax, 4611686018427387903
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+24], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rax, 274877906943
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+8], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+8]
    xor rax, 15
    sal rax, 24
    or rax, 15
    mov qword ptr [rbx+8], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx+8]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+8], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+16]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+24], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 11
    or rax, 15
L1165:
L1166:
    mov qword ptr [rbx+8], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx+8]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+8], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+16]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 41
    or rax, 15
L1167:
L1168:
    mov qword ptr [rbx+24], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+24]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+8], rax
# line_I
# i_plus_ssjd
# add without overflow check
    mov rax, qword ptr [rbx+16]
    mov rsi, qword ptr [rbx+8]
    and rax, -16
    add rax, rsi
    mov qword ptr [rbx+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# line_I
# i_times_jssd
    mov rsi, qword ptr [rbx]
    mov rdx, 68719476479
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1170
# mul with overflow check, imm RHS
    mov rax, rsi
    mov rcx, 4294967279
    and rax, -16
    imul rax, rcx
    short jo L1170
    or rax, 15
    short jmp L1169
L1170:
    call 140320710854432
L1169:
    mov qword ptr [rbx], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1171
    add rax, rdx
    short jno L1172
L1171:
    call 140320710853080
L1172:
    mov qword ptr [rbx], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, 4611686018427387903
# simplified test for small operand since it is a number
    test esi, 1
    short je L1173
    and rax, rsi
    short jmp L1174
L1173:
    call 140320710851200
L1174:
    mov qword ptr [rbx], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rax, 4611686018427387903
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+8], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, 4611686018427387903
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+16], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, 274877906943
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx]
    xor rax, 15
    sal rax, 24
    or rax, 15
    mov qword ptr [rbx], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+8]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+16], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 11
    or rax, 15
L1175:
L1176:
    mov qword ptr [rbx], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 41
    or rax, 15
L1177:
L1178:
    mov qword ptr [rbx+16], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+16]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx], rax
# line_I
# i_plus_ssjd
# add without overflow check
    mov rax, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx]
    and rax, -16
    add rax, rsi
    mov qword ptr [rbx+16], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1179
    mov ecx, 2
    call 140320710850576
L1179:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L391
    ret
# label_L
label_153:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_154:
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
label_155:
# i_func_info_IaaI
# rand:exsss_seed/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB5, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
exsss_seed/1:
# i_breakpoint_trampoline
    short jmp L1180
.db 0x00
    call L392
    align 8
L1180:
# i_test_yield
    lea rdx, qword ptr [exsss_seed/1+24]
    dec r14
    jle L390
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L1181
    test al, 2
    jne label_157
L1181:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1182
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1182:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 47
# line_I
# i_call_f
.db 0x90
    call seed58_nz/2
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving head and tail together)
    movups xmm0, xmmword ptr [rdi-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_160
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+16], xmm0
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_160
# jump_f
    jmp label_158
# label_L
label_157:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1183
    test al, 1
    jne label_159
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_159
L1183:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1184
    mov ecx, 1
.db 0x90
    call 140320710850576
L1184:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 47
# line_I
# i_call_f
.db 0x90
    call seed58/2
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving head and tail together)
    movups xmm0, xmmword ptr [rdi-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_161
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+16], xmm0
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_161
# label_L
label_158:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1185
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1185:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L391
    ret
# label_L
label_159:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_155
    cmp dword ptr [rsi-2], 192
    jne label_155
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1186
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1186:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call seed58/1
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_bxor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1187
    xor rax, rsi
    or rax, 15
    short jmp L1188
L1187:
    call 140320710851840
L1188:
    mov qword ptr [rbx], rax
# i_call_f
    call seed58/1
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_bxor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1189
    xor rax, rsi
    or rax, 15
    short jmp L1190
L1189:
    call 140320710851840
L1190:
    mov qword ptr [rbx], rax
# i_call_f
    call seed58/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1191
    mov ecx, 1
    call 140320710850576
L1191:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
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
    jl L391
    ret
# label_L
label_160:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_161:
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
label_162:
# i_func_info_IaaI
# rand:exsp_next/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xB5, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
exsp_next/1:
# i_breakpoint_trampoline
    short jmp L1192
.db 0x00
    call L392
    align 8
L1192:
# i_test_yield
    lea rdx, qword ptr [exsp_next/1+24]
    dec r14
    jle L390
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    short jne label_162
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, 4611686018427387903
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1193
    and rax, rsi
    short jmp L1194
L1193:
    call 140320710851200
L1194:
    mov qword ptr [rbx], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rax, 4611686018427387903
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1195
    and rax, rsi
    short jmp L1196
L1195:
    call 140320710851200
L1196:
    mov qword ptr [rbx+16], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rax, 274877906943
# simplified test for small operand since it is a number
    test esi, 1
    short je L1197
    and rax, rsi
    short jmp L1198
L1197:
    call 140320710851200
L1198:
    mov qword ptr [rbx+8], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+8]
    xor rax, 15
    sal rax, 24
    or rax, 15
    mov qword ptr [rbx+8], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+8]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+8], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+16], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 11
    or rax, 15
L1199:
L1200:
    mov qword ptr [rbx+8], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+8]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+8], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 41
    or rax, 15
L1201:
L1202:
    mov qword ptr [rbx+16], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+16]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+8], rax
# line_I
# i_plus_ssjd
# add without overflow check
    mov rax, qword ptr [rbx]
    mov rsi, qword ptr [rbx+8]
    and rax, -16
    add rax, rsi
    mov qword ptr [rbx+16], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rax, 4611686018427387903
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+16], rax
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1203
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1203:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15], xmm0
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
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_164:
# i_func_info_IaaI
# rand:exsss_next/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xB6, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
exsss_next/1:
# i_breakpoint_trampoline
    short jmp L1204
.db 0x00
    call L392
    align 8
L1204:
# i_test_yield
    lea rdx, qword ptr [exsss_next/1+24]
    dec r14
    jle L390
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    short jne label_164
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, 4611686018427387903
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1205
    and rax, rsi
    short jmp L1206
L1205:
    call 140320710851200
L1206:
    mov qword ptr [rbx], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rax, 4611686018427387903
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1207
    and rax, rsi
    short jmp L1208
L1207:
    call 140320710851200
L1208:
    mov qword ptr [rbx+16], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rax, 274877906943
# simplified test for small operand since it is a number
    test esi, 1
    short je L1209
    and rax, rsi
    short jmp L1210
L1209:
    call 140320710851200
L1210:
    mov qword ptr [rbx+8], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+8]
    xor rax, 15
    sal rax, 24
    or rax, 15
    mov qword ptr [rbx+8], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+8]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+8], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+16], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 11
    or rax, 15
L1211:
L1212:
    mov qword ptr [rbx+8], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+8]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+8], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 41
    or rax, 15
L1213:
L1214:
    mov qword ptr [rbx+16], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+16]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+8], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, 1152921504606846975
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+16], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+16]
    xor rax, 15
    sal rax, 2
    or rax, 15
    mov qword ptr [rbx+16], rax
# i_plus_ssjd
# add without overflow check
    mov rax, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    and rax, -16
    add rax, rsi
    mov qword ptr [rbx+16], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rax, 36028797018963967
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+24], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+24]
    xor rax, 15
    sal rax, 7
    or rax, 15
    mov qword ptr [rbx+24], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+16]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 51
    or rax, 15
L1215:
L1216:
    mov qword ptr [rbx+16], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 2047
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+16], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx+16]
# skipped test for small operands since they are always small
    or rax, rsi
    mov qword ptr [rbx+16], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rax, 576460752303423487
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+24], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+24]
    xor rax, 15
    sal rax, 3
    or rax, 15
    mov qword ptr [rbx+24], rax
# i_plus_ssjd
# add without overflow check
    mov rax, qword ptr [rbx+16]
    mov rsi, qword ptr [rbx+24]
    and rax, -16
    add rax, rsi
    mov qword ptr [rbx+16], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rax, 4611686018427387903
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+16], rax
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1217
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1217:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15], xmm0
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
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_166:
# i_func_info_IaaI
# rand:exsp_uniform/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xB6, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
exsp_uniform/1:
# i_breakpoint_trampoline
    short jmp L1218
.db 0x00
    call L392
    align 8
L1218:
# i_test_yield
    lea rdx, qword ptr [exsp_uniform/1+24]
    dec r14
    jle L390
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_166
    cmp dword ptr [rsi-2], 128
    short jne label_166
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_168
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rax, 4611686018427387903
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1219
    and rax, rsi
    short jmp L1220
L1219:
    call 140320710851200
L1220:
    mov qword ptr [rbx+8], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rax, 4611686018427387903
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1221
    and rax, rsi
    short jmp L1222
L1221:
    call 140320710851200
L1222:
    mov qword ptr [rbx+24], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rax, 274877906943
# simplified test for small operand since it is a number
    test esi, 1
    short je L1223
    and rax, rsi
    short jmp L1224
L1223:
    call 140320710851200
L1224:
    mov qword ptr [rbx+16], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+16]
    xor rax, 15
    sal rax, 24
    or rax, 15
    mov qword ptr [rbx+16], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx+16]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+16], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+8]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+24], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+16]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 11
    or rax, 15
L1225:
L1226:
    mov qword ptr [rbx+16], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx+16]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+16], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 41
    or rax, 15
L1227:
L1228:
    mov qword ptr [rbx+24], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+24]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+16], rax
# line_I
# i_plus_ssjd
# add without overflow check
    mov rax, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+16]
    and rax, -16
    add rax, rsi
    mov qword ptr [rbx+24], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rax, 4611686018427387903
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+24], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1229
    mov ecx, 4
.db 0x90
    call 140320710850576
L1229:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+24]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 5
    or rax, 15
L1230:
L1231:
    mov qword ptr [rbx+16], rax
# fconv_sl
# simplified fconv since source is always small
    mov rsi, qword ptr [rbx+16]
    sar rsi, 4
    cvtsi2sd xmm0, rsi
    movsd qword ptr [rbx+8256], xmm0
# fload_ql
L1232:
    long mov rdi, 9223372036854775807
    movsd xmm0, qword ptr [rdi+6]
    movsd qword ptr [rbx+8320], xmm0
# i_fmul_lll
    movsd xmm0, qword ptr [rbx+8256]
    movsd xmm1, qword ptr [rbx+8320]
    mulpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8256], xmm0
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1233
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1233:
# fstore_ld
    movsd xmm0, qword ptr [rbx+8256]
    mov qword ptr [r15], 88
    movsd qword ptr [r15+8], xmm0
    lea rdi, qword ptr [r15+2]
    mov qword ptr [rbx+16], rdi
    add r15, 16
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
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
# return
    dec r14
    jl L391
    ret
# label_L
label_168:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp '-inlined-exsp_next/1-'/1
# func_line_I
# aligned_label_Lt
    align 8
label_169:
# i_func_info_IaaI
# rand:exsss_uniform/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB6, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
exsss_uniform/1:
# i_breakpoint_trampoline
    short jmp L1234
.db 0x00
    call L392
    align 8
L1234:
# i_test_yield
    lea rdx, qword ptr [exsss_uniform/1+24]
    dec r14
    jle L390
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_169
    cmp dword ptr [rsi-2], 128
    short jne label_169
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_171
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rax, 4611686018427387903
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1235
    and rax, rsi
    short jmp L1236
L1235:
    call 140320710851200
L1236:
    mov qword ptr [rbx+8], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rax, 4611686018427387903
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1237
    and rax, rsi
    short jmp L1238
L1237:
    call 140320710851200
L1238:
    mov qword ptr [rbx+24], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rax, 274877906943
# simplified test for small operand since it is a number
    test esi, 1
    short je L1239
    and rax, rsi
    short jmp L1240
L1239:
    call 140320710851200
L1240:
    mov qword ptr [rbx+16], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+16]
    xor rax, 15
    sal rax, 24
    or rax, 15
    mov qword ptr [rbx+16], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx+16]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+16], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+8]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+24], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+16]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 11
    or rax, 15
L1241:
L1242:
    mov qword ptr [rbx+16], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx+16]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+16], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 41
    or rax, 15
L1243:
L1244:
    mov qword ptr [rbx+24], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+24]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+16], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rax, 1152921504606846975
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+24], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+24]
    xor rax, 15
    sal rax, 2
    or rax, 15
    mov qword ptr [rbx+24], rax
# i_plus_ssjd
# add without overflow check
    mov rax, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+24]
    and rax, -16
    add rax, rsi
    mov qword ptr [rbx+24], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rax, 36028797018963967
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+32], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+32]
    xor rax, 15
    sal rax, 7
    or rax, 15
    mov qword ptr [rbx+32], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+24]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 51
    or rax, 15
L1245:
L1246:
    mov qword ptr [rbx+24], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov eax, 2047
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+24], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+32]
    mov rax, qword ptr [rbx+24]
# skipped test for small operands since they are always small
    or rax, rsi
    mov qword ptr [rbx+24], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rax, 576460752303423487
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+32], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+32]
    xor rax, 15
    sal rax, 3
    or rax, 15
    mov qword ptr [rbx+32], rax
# i_plus_ssjd
# add without overflow check
    mov rax, qword ptr [rbx+24]
    mov rsi, qword ptr [rbx+32]
    and rax, -16
    add rax, rsi
    mov qword ptr [rbx+24], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rax, 4611686018427387903
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+24], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1247
    mov ecx, 4
.db 0x90
    call 140320710850576
L1247:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+24]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 5
    or rax, 15
L1248:
L1249:
    mov qword ptr [rbx+16], rax
# fconv_sl
# simplified fconv since source is always small
    mov rsi, qword ptr [rbx+16]
    sar rsi, 4
    cvtsi2sd xmm0, rsi
    movsd qword ptr [rbx+8256], xmm0
# fload_ql
L1250:
    long mov rdi, 9223372036854775807
    movsd xmm0, qword ptr [rdi+6]
    movsd qword ptr [rbx+8320], xmm0
# i_fmul_lll
    movsd xmm0, qword ptr [rbx+8256]
    movsd xmm1, qword ptr [rbx+8320]
    mulpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8256], xmm0
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1251
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1251:
# fstore_ld
    movsd xmm0, qword ptr [rbx+8256]
    mov qword ptr [r15], 88
    movsd qword ptr [r15+8], xmm0
    lea rdi, qword ptr [r15+2]
    mov qword ptr [rbx+16], rdi
    add r15, 16
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
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
# return
    dec r14
    jl L391
    ret
# label_L
label_171:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp '-inlined-exsss_next/1-'/1
# func_line_I
# aligned_label_Lt
    align 8
label_172:
# i_func_info_IaaI
# rand:exsp_uniform/2
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xB6, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
exsp_uniform/2:
# i_breakpoint_trampoline
    short jmp L1252
.db 0x00
    call L392
    align 8
L1252:
# i_test_yield
    lea rdx, qword ptr [exsp_uniform/2+24]
    dec r14
    jle L390
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    short jne label_172
    cmp dword ptr [rsi-2], 128
    short jne label_172
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_177
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+16], xmm0
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rax, 4611686018427387903
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1253
    and rax, rsi
    short jmp L1254
L1253:
    call 140320710851200
L1254:
    mov qword ptr [rbx+16], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rax, 4611686018427387903
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1255
    and rax, rsi
    short jmp L1256
L1255:
    call 140320710851200
L1256:
    mov qword ptr [rbx+32], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rax, 274877906943
# simplified test for small operand since it is a number
    test esi, 1
    short je L1257
    and rax, rsi
    short jmp L1258
L1257:
    call 140320710851200
L1258:
    mov qword ptr [rbx+24], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+24]
    xor rax, 15
    sal rax, 24
    or rax, 15
    mov qword ptr [rbx+24], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+32]
    mov rax, qword ptr [rbx+24]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+24], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx+16]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+32], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+24]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 11
    or rax, 15
L1259:
L1260:
    mov qword ptr [rbx+24], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+32]
    mov rax, qword ptr [rbx+24]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+24], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+16]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 41
    or rax, 15
L1261:
L1262:
    mov qword ptr [rbx+32], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx+32]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+24], rax
# line_I
# i_plus_ssjd
# add without overflow check
    mov rax, qword ptr [rbx+16]
    mov rsi, qword ptr [rbx+24]
    and rax, -16
    add rax, rsi
    mov qword ptr [rbx+32], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+32]
    mov rax, 4611686018427387903
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+32], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1263
    mov ecx, 5
    call 140320710850576
L1263:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# line_I
# i_minus_ssjd
    mov rsi, 4611686018427387919
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1265
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1264
L1265:
    call 140320710853584
L1264:
    mov qword ptr [rbx+24], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+24]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1266
    cmp rdi, rsi
    short jmp L1267
L1266:
    call 140320710848608
L1267:
    jl label_176
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+32]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1268
    cmp rdi, rsi
    short jmp L1269
L1268:
    call 140320710848608
L1269:
    jge label_174
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+32]
    add rax, 16
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1270
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1270:
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
    jl L391
    ret
# label_L
label_174:
# i_rem_ssjd
L1271:
    mov rcx, qword ptr [rbx]
    mov rdi, qword ptr [rbx+32]
    mov r8, 94919180917680
    call 140320710853120
L1272:
    mov qword ptr [rbx+40], rdx
# i_minus_ssjd
    mov rsi, qword ptr [rbx+32]
    mov rdx, qword ptr [rbx+40]
# simplified test for small operands since both are numbers
    test edx, 1
    short je L1274
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1273
L1274:
    call 140320710853648
    je label_175
L1273:
    mov qword ptr [rbx+32], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+24]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1275
    cmp rdi, rsi
    short jmp L1276
L1275:
    call 140320710848608
L1276:
    jl label_175
# i_increment_SWd
    mov rsi, qword ptr [rbx+40]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1277
    add rax, rdx
    short jno L1278
L1277:
    call 140320710853080
L1278:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1279
    mov ecx, 3
.db 0x90
    call 140320710850576
L1279:
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
    jl L391
    ret
# label_L
label_175:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1280
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1280:
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
# i_call_only_f
    jmp exsp_uniform/2
# label_L
label_176:
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+24], rdi
# i_call_only_f
    jmp uniform_range/4
# label_L
label_177:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp '-inlined-exsp_next/1-'/1
# func_line_I
# aligned_label_Lt
    align 8
label_178:
# i_func_info_IaaI
# rand:exsss_uniform/2
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB6, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
exsss_uniform/2:
# i_breakpoint_trampoline
    short jmp L1281
.db 0x00
    call L392
    align 8
L1281:
# i_test_yield
    lea rdx, qword ptr [exsss_uniform/2+24]
    dec r14
    jle L390
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    short jne label_178
    cmp dword ptr [rsi-2], 128
    short jne label_178
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_183
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+16], xmm0
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rax, 4611686018427387903
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1282
    and rax, rsi
    short jmp L1283
L1282:
    call 140320710851200
L1283:
    mov qword ptr [rbx+16], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rax, 4611686018427387903
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1284
    and rax, rsi
    short jmp L1285
L1284:
    call 140320710851200
L1285:
    mov qword ptr [rbx+32], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rax, 274877906943
# simplified test for small operand since it is a number
    test esi, 1
    short je L1286
    and rax, rsi
    short jmp L1287
L1286:
    call 140320710851200
L1287:
    mov qword ptr [rbx+24], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+24]
    xor rax, 15
    sal rax, 24
    or rax, 15
    mov qword ptr [rbx+24], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+32]
    mov rax, qword ptr [rbx+24]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+24], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx+16]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+32], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+24]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 11
    or rax, 15
L1288:
L1289:
    mov qword ptr [rbx+24], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+32]
    mov rax, qword ptr [rbx+24]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+24], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+16]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 41
    or rax, 15
L1290:
L1291:
    mov qword ptr [rbx+32], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx+32]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+24], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rax, 1152921504606846975
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+32], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+32]
    xor rax, 15
    sal rax, 2
    or rax, 15
    mov qword ptr [rbx+32], rax
# i_plus_ssjd
# add without overflow check
    mov rax, qword ptr [rbx+16]
    mov rsi, qword ptr [rbx+32]
    and rax, -16
    add rax, rsi
    mov qword ptr [rbx+32], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+32]
    mov rax, 36028797018963967
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+40], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+40]
    xor rax, 15
    sal rax, 7
    or rax, 15
    mov qword ptr [rbx+40], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+32]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 51
    or rax, 15
L1292:
L1293:
    mov qword ptr [rbx+32], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+32]
    mov eax, 2047
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+32], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+40]
    mov rax, qword ptr [rbx+32]
# skipped test for small operands since they are always small
    or rax, rsi
    mov qword ptr [rbx+32], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+32]
    mov rax, 576460752303423487
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+40], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+40]
    xor rax, 15
    sal rax, 3
    or rax, 15
    mov qword ptr [rbx+40], rax
# i_plus_ssjd
# add without overflow check
    mov rax, qword ptr [rbx+32]
    mov rsi, qword ptr [rbx+40]
    and rax, -16
    add rax, rsi
    mov qword ptr [rbx+32], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+32]
    mov rax, 4611686018427387903
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+32], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1294
    mov ecx, 5
    call 140320710850576
L1294:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# line_I
# i_minus_ssjd
    mov rsi, 4611686018427387919
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1296
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1295
L1296:
    call 140320710853584
L1295:
    mov qword ptr [rbx+24], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+24]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1297
    cmp rdi, rsi
    short jmp L1298
L1297:
    call 140320710848608
L1298:
    jl label_182
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+32]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1299
    cmp rdi, rsi
    short jmp L1300
L1299:
    call 140320710848608
L1300:
    jge label_180
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+32]
    add rax, 16
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1301
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1301:
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
    jl L391
    ret
# label_L
label_180:
# i_rem_ssjd
L1302:
    mov rcx, qword ptr [rbx]
    mov rdi, qword ptr [rbx+32]
    mov r8, 94919180917680
    call 140320710853120
L1303:
    mov qword ptr [rbx+40], rdx
# i_minus_ssjd
    mov rsi, qword ptr [rbx+32]
    mov rdx, qword ptr [rbx+40]
# simplified test for small operands since both are numbers
    test edx, 1
    short je L1305
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1304
L1305:
    call 140320710853648
    je label_181
L1304:
    mov qword ptr [rbx+32], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+24]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1306
    cmp rdi, rsi
    short jmp L1307
L1306:
    call 140320710848608
L1307:
    jl label_181
# i_increment_SWd
    mov rsi, qword ptr [rbx+40]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1308
    add rax, rdx
    short jno L1309
L1308:
    call 140320710853080
L1309:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1310
    mov ecx, 3
.db 0x90
    call 140320710850576
L1310:
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
    jl L391
    ret
# label_L
label_181:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1311
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1311:
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
# i_call_only_f
    jmp exsss_uniform/2
# label_L
label_182:
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+24], rdi
# i_call_only_f
    jmp uniform_range/4
# label_L
label_183:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp '-inlined-exsss_next/1-'/1
# func_line_I
# aligned_label_Lt
    align 8
label_184:
# i_func_info_IaaI
# rand:exsplus_jump/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xB6, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
exsplus_jump/1:
# i_breakpoint_trampoline
    short jmp L1312
.db 0x00
    call L392
    align 8
L1312:
# i_test_yield
    lea rdx, qword ptr [exsplus_jump/1+24]
    dec r14
    jle L390
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_184
    cmp dword ptr [rsi-2], 128
    short jne label_184
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1313
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1313:
    sub rsp, 8
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call exsp_jump/1
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1314
    mov ecx, 1
    call 140320710850576
L1314:
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
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_186:
# i_func_info_IaaI
# rand:exsp_jump/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xB7, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
exsp_jump/1:
# i_breakpoint_trampoline
    short jmp L1315
.db 0x00
    call L392
    align 8
L1315:
# i_test_yield
    lea rdx, qword ptr [exsp_jump/1+24]
    dec r14
    jle L390
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1316
    mov ecx, 1
    call 140320710850576
L1316:
# i_move_sd
    mov rdi, 214178730856970623
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+24], 943
# i_move_sd
L1317:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call exsplus_jump/4
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# i_move_sd
    mov qword ptr [rbx+24], 943
# i_move_sd
    mov rdi, 3773218308966811855
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x90
    call exsplus_jump/4
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_188:
# i_func_info_IaaI
# rand:exsplus_jump/4
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xB6, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
exsplus_jump/4:
# i_breakpoint_trampoline
    short jmp L1318
.db 0x00
    call L392
    align 8
L1318:
# i_test_yield
    lea rdx, qword ptr [exsplus_jump/4+24]
    dec r14
    jle L390
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 15
    jne label_190
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1319
    mov ecx, 2
.db 0x90
    call 140320710850576
L1319:
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
    jl L391
    ret
# label_L
label_190:
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
# (moving head and tail together)
    movups xmm0, xmmword ptr [rdi-1]
    movups xmmword ptr [rbx+32], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_192
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+48], rsi
    mov qword ptr [rbx], rdx
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, 4611686018427387903
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1320
    and rax, rsi
    short jmp L1321
L1320:
    call 140320710851200
L1321:
    mov qword ptr [rbx+56], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+48]
    mov rax, 4611686018427387903
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1322
    and rax, rsi
    short jmp L1323
L1322:
    call 140320710851200
L1323:
    mov qword ptr [rbx+64], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+48]
    mov rax, 274877906943
# simplified test for small operand since it is a number
    test esi, 1
    short je L1324
    and rax, rsi
    short jmp L1325
L1324:
    call 140320710851200
L1325:
    mov qword ptr [rbx+72], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+72]
    xor rax, 15
    sal rax, 24
    or rax, 15
    mov qword ptr [rbx+72], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+64]
    mov rax, qword ptr [rbx+72]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+64], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+64]
    mov rax, qword ptr [rbx+56]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+72], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+64]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 11
    or rax, 15
L1326:
L1327:
    mov qword ptr [rbx+64], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+72]
    mov rax, qword ptr [rbx+64]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+64], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+56]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 41
    or rax, 15
L1328:
L1329:
    mov qword ptr [rbx+72], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+64]
    mov rax, qword ptr [rbx+72]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+64], rax
# line_I
# i_plus_ssjd
# add without overflow check
    mov rax, qword ptr [rbx+56]
    mov rsi, qword ptr [rbx+64]
    and rax, -16
    add rax, rsi
    mov qword ptr [rbx+72], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1330
    mov ecx, 9
.db 0x66, 0x90
    call 140320710850576
L1330:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx+56]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+56], rsi
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 31
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+64], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+64], 15
    jne label_191
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+16]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 1
    or rax, 15
L1331:
L1332:
    mov qword ptr [rbx], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+24]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1333
    add rax, rdx
    short jno L1334
L1333:
    call 140320710853080
L1334:
    mov qword ptr [rbx+24], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp exsplus_jump/4
# label_L
label_191:
# line_I
# i_bxor_jssd
    mov rsi, qword ptr [rbx+32]
    mov rax, qword ptr [rbx+48]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L1335
    xor rax, rsi
    or rax, 15
    short jmp L1336
L1335:
    call 140320710851840
L1336:
    mov qword ptr [rbx+8], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+40]
    mov rax, qword ptr [rbx]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1337
    xor rax, rsi
    or rax, 15
    short jmp L1338
L1337:
    call 140320710851840
L1338:
    mov qword ptr [rbx], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+16]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 1
    or rax, 15
L1339:
L1340:
    mov qword ptr [rbx+16], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+24]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1341
    add rax, rdx
    short jno L1342
L1341:
    call 140320710853080
L1342:
    mov qword ptr [rbx+24], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1343
    mov ecx, 8
.db 0x90
    call 140320710850576
L1343:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp exsplus_jump/4
# label_L
label_192:
# i_call_only_f
    jmp '-inlined-exsp_next/1-'/1
# func_line_I
# aligned_label_Lt
    align 8
label_193:
# i_func_info_IaaI
# rand:exs1024_seed/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xB7, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
exs1024_seed/1:
# i_breakpoint_trampoline
    short jmp L1344
.db 0x00
    call L392
    align 8
L1344:
# i_test_yield
    lea rdx, qword ptr [exs1024_seed/1+24]
    dec r14
    jle L390
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L1345
    test al, 2
    jne label_195
L1345:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1346
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1346:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 271
# line_I
# i_call_f
.db 0x90
    call seed64_nz/2
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1347
    mov ecx, 1
    call 140320710850576
L1347:
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
# deallocate_t
# return
    dec r14
    jl L391
    ret
# label_L
label_195:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1348
    test al, 1
    jne label_196
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_196
L1348:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1349
    mov ecx, 1
    call 140320710850576
L1349:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 271
# line_I
# i_call_f
.db 0x90
    call seed64/2
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1350
    mov ecx, 1
    call 140320710850576
L1350:
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
# deallocate_t
# return
    dec r14
    jl L391
    ret
# label_L
label_196:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_193
    cmp dword ptr [rsi-2], 192
    jne label_193
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 33554431
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1351
    and rax, rsi
    short jmp L1352
L1351:
    call 140320710851200
L1352:
    mov qword ptr [rbx+8], rax
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+8]
    add rax, 16
    mov qword ptr [rbx+8], rax
# i_times_jssd
# multiplication without overflow check
    mov rax, qword ptr [rbx+8]
    mov esi, 33554111
    and rax, -16
    sar rsi, 4
    imul rax, rsi
    or rax, 15
    mov qword ptr [rbx+8], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 33554431
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 33554431
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1353
    and rax, rsi
    short jmp L1354
L1353:
    call 140320710851200
L1354:
    mov qword ptr [rbx+16], rax
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+16]
    add rax, 16
    mov qword ptr [rbx+16], rax
# i_times_jssd
# multiplication without overflow check
    mov rax, qword ptr [rbx+16]
    mov esi, 33554143
    and rax, -16
    sar rsi, 4
    imul rax, rsi
    or rax, 15
    mov qword ptr [rbx+16], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 33554431
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov eax, 33554431
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1355
    and rax, rsi
    short jmp L1356
L1355:
    call 140320710851200
L1356:
    mov qword ptr [rbx], rax
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx]
    add rax, 16
    mov qword ptr [rbx], rax
# i_times_jssd
# multiplication without overflow check
    mov rax, qword ptr [rbx]
    mov esi, 33554303
    and rax, -16
    sar rsi, 4
    imul rax, rsi
    or rax, 15
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1357
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1357:
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov eax, 33554431
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx], rax
# line_I
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 703
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
# skipped test for small operand since it is always small
    cmp rdx, 43
    short jbe L1358
    and rsi, -16
    sal rsi, 43
    lea rax, qword ptr [rsi+15]
    short jmp L1359
L1358:
    call 140320710851664
L1359:
    mov qword ptr [rbx+8], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+16]
    xor rax, 15
    sal rax, 22
    or rax, 15
    mov qword ptr [rbx+16], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+16]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1360
    or rax, rsi
    short jmp L1361
L1360:
    call 140320710851432
L1361:
    mov qword ptr [rbx+8], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx]
    xor rax, 15
    sal rax, 1
    or rax, 15
    mov qword ptr [rbx], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1362
    or rax, rsi
    short jmp L1363
L1362:
    call 140320710851432
L1363:
    mov qword ptr [rbx], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov eax, 31
# simplified test for small operand since it is a number
    test esi, 1
    short je L1364
    or rax, rsi
    short jmp L1365
L1364:
    call 140320710851432
L1365:
    mov qword ptr [rbx], rax
# i_call_f
    call exs1024_gen1024/1
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1366
    mov ecx, 1
    call 140320710850576
L1366:
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
# deallocate_t
# return
    dec r14
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_197:
# i_func_info_IaaI
# rand:exs1024_gen1024/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB7, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
exs1024_gen1024/1:
# i_breakpoint_trampoline
    short jmp L1367
.db 0x00
    call L392
    align 8
L1367:
# i_test_yield
    lea rdx, qword ptr [exs1024_gen1024/1+24]
    dec r14
    jle L390
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 271
# i_call_only_f
    jmp exs1024_gen1024/3
# func_line_I
# aligned_label_Lt
    align 8
label_199:
# i_func_info_IaaI
# rand:exs1024_gen1024/3
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB7, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
exs1024_gen1024/3:
# i_breakpoint_trampoline
    short jmp L1368
.db 0x00
    call L392
    align 8
L1368:
# i_test_yield
    lea rdx, qword ptr [exs1024_gen1024/3+24]
    dec r14
    jle L390
# is_eq_exact_fss
    cmp qword ptr [rbx], 15
    jne label_201
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L391
    ret
# label_L
label_201:
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1369
    mov rax, rsi
    sar rax, 12
    or rax, 15
    short jmp L1370
L1369:
    mov eax, 207
    call 140320710851768
L1370:
    mov qword ptr [rbx+24], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+24]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L1371
    xor rax, rsi
    or rax, 15
    short jmp L1372
L1371:
    call 140320710851840
L1372:
    mov qword ptr [rbx+8], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rax, 8796093022207
# simplified test for small operand since it is a number
    test esi, 1
    short je L1373
    and rax, rsi
    short jmp L1374
L1373:
    call 140320710851200
L1374:
    mov qword ptr [rbx+24], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+24]
    mov eax, 415
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
# skipped test for small operand since it is always small
    cmp rdx, 25
    short jbe L1375
    and rsi, -16
    sal rsi, 25
    lea rax, qword ptr [rsi+15]
    short jmp L1376
L1375:
    call 140320710851664
L1376:
    mov qword ptr [rbx+24], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+24]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L1377
    xor rax, rsi
    or rax, 15
    short jmp L1378
L1377:
    call 140320710851840
L1378:
    mov qword ptr [rbx+8], rax
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1379
    mov rax, rsi
    sar rax, 27
    or rax, 15
    short jmp L1380
L1379:
    mov eax, 447
    call 140320710851768
L1380:
    mov qword ptr [rbx+24], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+24]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L1381
    xor rax, rsi
    or rax, 15
    short jmp L1382
L1381:
    call 140320710851840
L1382:
    mov qword ptr [rbx+8], rax
# line_I
# i_times_jssd
    mov rsi, qword ptr [rbx+8]
L1385:
    long mov rdx, 9223372036854775807
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1384
# mul with overflow check
    mov rax, rsi
    mov rcx, rdx
    sar rcx, 4
    and rax, -16
    imul rax, rcx
    short jo L1384
    or rax, 15
    short jmp L1383
L1384:
    call 140320710854432
L1383:
    mov qword ptr [rbx+24], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
L1386:
    long mov rax, 9223372036854775807
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1387
    and rax, rsi
    short jmp L1388
L1387:
    call 140320710851200
L1388:
    mov qword ptr [rbx+24], rax
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1389
    add rax, rdx
    short jno L1390
L1389:
    call 140320710853080
L1390:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1391
    mov ecx, 4
.db 0x90
    call 140320710850576
L1391:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_call_only_f
    jmp exs1024_gen1024/3
# func_line_I
# aligned_label_Lt
    align 8
label_202:
# i_func_info_IaaI
# rand:exs1024_calc/2
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xB7, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
exs1024_calc/2:
# i_breakpoint_trampoline
    short jmp L1392
.db 0x00
    call L392
    align 8
L1392:
# line_I
# i_test_yield
    lea rdx, qword ptr [exs1024_calc/2+24]
    dec r14
    jle L390
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rax, 137438953471
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1393
    and rax, rsi
    short jmp L1394
L1393:
    call 140320710851200
L1394:
    mov qword ptr [rbx+16], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 511
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
# skipped test for small operand since it is always small
    cmp rdx, 31
    short jbe L1395
    and rsi, -16
    sal rsi, 31
    lea rax, qword ptr [rsi+15]
    short jmp L1396
L1395:
    call 140320710851664
L1396:
    mov qword ptr [rbx+16], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+16]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L1397
    xor rax, rsi
    or rax, 15
    short jmp L1398
L1397:
    call 140320710851840
L1398:
    mov qword ptr [rbx+8], rax
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1399
    mov rax, rsi
    sar rax, 11
    or rax, 15
    short jmp L1400
L1399:
    mov eax, 191
    call 140320710851768
L1400:
    mov qword ptr [rbx+16], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+16]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L1401
    xor rax, rsi
    or rax, 15
    short jmp L1402
L1401:
    call 140320710851840
L1402:
    mov qword ptr [rbx+8], rax
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx]
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1403
    mov rax, rsi
    sar rax, 30
    or rax, 15
    short jmp L1404
L1403:
    mov eax, 495
    call 140320710851768
L1404:
    mov qword ptr [rbx+16], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+16]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L1405
    xor rax, rsi
    or rax, 15
    short jmp L1406
L1405:
    call 140320710851840
L1406:
    mov qword ptr [rbx], rax
# line_I
# i_bxor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+8]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L1407
    xor rax, rsi
    or rax, 15
    short jmp L1408
L1407:
    call 140320710851840
L1408:
    mov qword ptr [rbx], rax
# line_I
# i_times_jssd
    mov rsi, qword ptr [rbx]
L1411:
    long mov rdx, 9223372036854775807
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1410
# mul with overflow check
    mov rax, rsi
    mov rcx, rdx
    sar rcx, 4
    and rax, -16
    imul rax, rcx
    short jo L1410
    or rax, 15
    short jmp L1409
L1410:
    call 140320710854432
L1409:
    mov qword ptr [rbx+8], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
L1412:
    long mov rax, 9223372036854775807
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1413
    and rax, rsi
    short jmp L1414
L1413:
    call 140320710851200
L1414:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1415
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1415:
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
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_204:
# i_func_info_IaaI
# rand:exs1024_next/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xB8, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
exs1024_next/1:
# i_breakpoint_trampoline
    short jmp L1416
.db 0x00
    call L392
    align 8
L1416:
# i_test_yield
    lea rdx, qword ptr [exs1024_next/1+24]
    dec r14
    jle L390
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_204
    cmp dword ptr [rsi-2], 128
    short jne label_204
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    short jne label_204
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx+8], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_206
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, 137438953471
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1417
    and rax, rsi
    short jmp L1418
L1417:
    call 140320710851200
L1418:
    mov qword ptr [rbx+32], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+32]
    mov eax, 511
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
# skipped test for small operand since it is always small
    cmp rdx, 31
    short jbe L1419
    and rsi, -16
    sal rsi, 31
    lea rax, qword ptr [rsi+15]
    short jmp L1420
L1419:
    call 140320710851664
L1420:
    mov qword ptr [rbx+32], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+32]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L1421
    xor rax, rsi
    or rax, 15
    short jmp L1422
L1421:
    call 140320710851840
L1422:
    mov qword ptr [rbx], rax
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1423
    mov rax, rsi
    sar rax, 11
    or rax, 15
    short jmp L1424
L1423:
    mov eax, 191
    call 140320710851768
L1424:
    mov qword ptr [rbx+32], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+32]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L1425
    xor rax, rsi
    or rax, 15
    short jmp L1426
L1425:
    call 140320710851840
L1426:
    mov qword ptr [rbx], rax
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+24]
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1427
    mov rax, rsi
    sar rax, 30
    or rax, 15
    short jmp L1428
L1427:
    mov eax, 495
    call 140320710851768
L1428:
    mov qword ptr [rbx+32], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx+32]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L1429
    xor rax, rsi
    or rax, 15
    short jmp L1430
L1429:
    call 140320710851840
L1430:
    mov qword ptr [rbx+32], rax
# line_I
# i_bxor_jssd
    mov rsi, qword ptr [rbx+32]
    mov rax, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L1431
    xor rax, rsi
    or rax, 15
    short jmp L1432
L1431:
    call 140320710851840
L1432:
    mov qword ptr [rbx], rax
# line_I
# i_times_jssd
    mov rsi, qword ptr [rbx]
L1435:
    long mov rdx, 9223372036854775807
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1434
# mul with overflow check
    mov rax, rsi
    mov rcx, rdx
    sar rcx, 4
    and rax, -16
    imul rax, rcx
    short jo L1434
    or rax, 15
    short jmp L1433
L1434:
    call 140320710854432
L1433:
    mov qword ptr [rbx+32], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+32]
L1436:
    long mov rax, 9223372036854775807
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1437
    and rax, rsi
    short jmp L1438
L1437:
    call 140320710851200
L1438:
    mov qword ptr [rbx+32], rax
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1439
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1439:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [r15], xmm0
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
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L391
    ret
# label_L
label_206:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_204
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1440
    mov ecx, 4
    call 140320710850576
L1440:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1441:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_207
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+8], rsi
    mov qword ptr [rsp], rdx
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call exs1024_calc/2
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1442
    mov ecx, 1
    call 140320710850576
L1442:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
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
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
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
    add rsp, 16
# return
    dec r14
    jl L391
    ret
# label_L
label_207:
# i_move_sd
    mov qword ptr [rbx], 59
# line_I
# i_call_ext_e
L1443:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1444
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1444:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
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
    mov qword ptr [r15+16], 59
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp exs1024_next/1
# func_line_I
# aligned_label_Lt
    align 8
label_208:
# i_func_info_IaaI
# rand:exs1024_jump/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xB8, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
exs1024_jump/1:
# i_breakpoint_trampoline
    short jmp L1445
.db 0x00
    call L392
    align 8
L1445:
# i_test_yield
    lea rdx, qword ptr [exs1024_jump/1+24]
    dec r14
    jle L390
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_208
    cmp dword ptr [rsi-2], 128
    short jne label_208
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    short jne label_208
    cmp dword ptr [rsi-2], 128
    short jne label_208
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
    mov qword ptr [rbx+32], 15
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+40], rdi
# i_length_jtd
    align 4
L1446:
    mov esi, 3
    lea rdx, qword ptr [L1446]
    call 140320710852592
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1447
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1447:
    sub rsp, 16
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, 162966790779716063
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+32], 943
# i_move_sd
L1448:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+40], 16399
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_move_sd
L1449:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call exs1024_jump/6
# line_I
# i_minus_ssjd
# subtract without overflow check
    mov eax, 271
    mov rsi, qword ptr [rsp]
    and rsi, -16
    sub rax, rsi
    mov qword ptr [rbx+8], rax
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# init_yregs_I
    mov qword ptr [rsp], 59
# i_call_ext_e
L1450:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_210
    cmp dword ptr [rsi-2], 128
    jne label_210
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1451:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1452
    mov ecx, 1
    call 140320710850576
L1452:
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
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L391
    ret
# label_L
label_210:
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
label_211:
# i_func_info_IaaI
# rand:exs1024_jump/6
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xB8, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
exs1024_jump/6:
# i_breakpoint_trampoline
    short jmp L1453
.db 0x00
    call L392
    align 8
L1453:
# i_test_yield
    lea rdx, qword ptr [exs1024_jump/6+24]
    dec r14
    jle L390
# is_eq_exact_fss
    cmp qword ptr [rbx+40], 15
    jne label_213
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L391
    ret
# label_L
label_213:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_214
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+48], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 15
    jne label_214
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+32], 943
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+16], rdi
# i_call_only_f
    short jmp exs1024_jump/6
# label_L
label_214:
# allocate_tt
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L1454
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1454:
    sub rsp, 72
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+48], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+64], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rsp+16], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp+24]
    test al, 2
    jne label_218
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp+8], rsi
    mov qword ptr [rbx], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_215
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+8], rsi
    mov qword ptr [rsp], rdx
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call exs1024_calc/2
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1455
    mov ecx, 1
    call 140320710850576
L1455:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
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
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [r15], xmm0
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
# jump_f
    jmp label_216
# label_L
label_215:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_218
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1456:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1457
    mov ecx, 1
    call 140320710850576
L1457:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
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
    mov qword ptr [r15+16], 59
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_f
.db 0x66, 0x90
    call exs1024_next/1
# label_L
label_216:
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rsp+48]
    mov eax, 31
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_217
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rsp+48]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 1
    or rax, 15
L1458:
L1459:
    mov qword ptr [rbx], rax
# i_increment_SWd
    mov rsi, qword ptr [rsp+40]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1460
    add rax, rdx
    short jno L1461
L1460:
    call 140320710853080
L1461:
    mov qword ptr [rbx+8], rax
# i_increment_SWd
    mov rsi, qword ptr [rsp+32]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1462
    add rax, rdx
    short jno L1463
L1462:
    call 140320710853080
L1463:
    mov qword ptr [rbx+40], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 72
    jmp exs1024_jump/6
# label_L
label_217:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1464
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1464:
# i_make_fun3_FStt
L1465:
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
    mov qword ptr [rsp], rax
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_ext_e
L1466:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# call_light_bif_be
    align 4
L1467:
L1468:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1467]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+56], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_ext_e
L1469:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rsp+16]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 1
    or rax, 15
L1470:
L1471:
    mov qword ptr [rbx+8], rax
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1472
    add rax, rdx
    short jno L1473
L1472:
    call 140320710853080
L1473:
    mov qword ptr [rbx+16], rax
# i_increment_SWd
    mov rsi, qword ptr [rsp]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1474
    add rax, rdx
    short jno L1475
L1474:
    call 140320710853080
L1475:
    mov qword ptr [rbx+40], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp exs1024_jump/6
# label_L
label_218:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1476
    xor ecx, ecx
    call 140320710850576
L1476:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 72
    jmp '-inlined-exs1024_next/1-'/1
# func_line_I
# aligned_label_Lt
    align 8
label_219:
# i_func_info_IaaI
# rand:exro928_seed/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB8, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
exro928_seed/1:
# i_breakpoint_trampoline
    short jmp L1477
.db 0x00
    call L392
    align 8
L1477:
# i_test_yield
    lea rdx, qword ptr [exro928_seed/1+24]
    dec r14
    jle L390
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L1478
    test al, 2
    jne label_221
L1478:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1479
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1479:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 271
# line_I
# i_call_f
.db 0x90
    call seed58_nz/2
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1480
    mov ecx, 1
    call 140320710850576
L1480:
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
# deallocate_t
# return
    dec r14
    jl L391
    ret
# label_L
label_221:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1481
    test al, 1
    jne label_222
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_222
L1481:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1482
    mov ecx, 1
    call 140320710850576
L1482:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 271
# line_I
# i_call_f
.db 0x90
    call seed58/2
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1483
    mov ecx, 1
    call 140320710850576
L1483:
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
# deallocate_t
# return
    dec r14
    jl L391
    ret
# label_L
label_222:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_219
    cmp dword ptr [rsi-2], 192
    jne label_219
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1484
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1484:
    sub rsp, 24
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call seed58/1
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_bxor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1485
    xor rax, rsi
    or rax, 15
    short jmp L1486
L1485:
    call 140320710851840
L1486:
    mov qword ptr [rbx], rax
# i_call_f
.db 0x66, 0x90
    call seed58/1
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp+16], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_bxor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1487
    xor rax, rsi
    or rax, 15
    short jmp L1488
L1487:
    call 140320710851840
L1488:
    mov qword ptr [rbx], rax
# i_call_f
.db 0x66, 0x90
    call seed58/1
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 223
# line_I
# i_call_f
.db 0x90
    call seed58/2
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L1489
    mov ecx, 1
    call 140320710850576
L1489:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
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
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_223:
# i_func_info_IaaI
# rand:exro928ss_next/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xB8, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
exro928ss_next/1:
# i_breakpoint_trampoline
    short jmp L1490
.db 0x00
    call L392
    align 8
L1490:
# i_test_yield
    lea rdx, qword ptr [exro928ss_next/1+24]
    dec r14
    jle L390
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_223
    cmp dword ptr [rsi-2], 128
    short jne label_223
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    short jne label_223
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx+8], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_225
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, 4611686018427387903
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1491
    and rax, rsi
    short jmp L1492
L1491:
    call 140320710851200
L1492:
    mov qword ptr [rbx+32], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rax, 4611686018427387903
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1493
    and rax, rsi
    short jmp L1494
L1493:
    call 140320710851200
L1494:
    mov qword ptr [rbx+24], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx+32]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+24], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+32]
    mov eax, 262143
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+40], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+40]
    xor rax, 15
    sal rax, 44
    or rax, 15
    mov qword ptr [rbx+40], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+32]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 14
    or rax, 15
L1495:
L1496:
    mov qword ptr [rbx+32], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+40]
    mov rax, qword ptr [rbx+32]
# skipped test for small operands since they are always small
    or rax, rsi
    mov qword ptr [rbx+32], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+32]
    mov rax, qword ptr [rbx+24]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+32], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rax, 9007199254740991
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+40], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+40]
    xor rax, 15
    sal rax, 9
    or rax, 15
    mov qword ptr [rbx+40], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+32]
    mov rax, qword ptr [rbx+40]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+32], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov eax, 131071
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+40], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+40]
    xor rax, 15
    sal rax, 45
    or rax, 15
    mov qword ptr [rbx+40], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+24]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 13
    or rax, 15
L1497:
L1498:
    mov qword ptr [rbx+24], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+40]
    mov rax, qword ptr [rbx+24]
# skipped test for small operands since they are always small
    or rax, rsi
    mov qword ptr [rbx+24], rax
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1499
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1499:
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
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
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, 1152921504606846975
# simplified test for small operand since it is a number
    test esi, 1
    short je L1500
    and rax, rsi
    short jmp L1501
L1500:
    call 140320710851200
L1501:
    mov qword ptr [rbx+16], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+16]
    xor rax, 15
    sal rax, 2
    or rax, 15
    mov qword ptr [rbx+16], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rbx+16]
# simplified test for small operands since both are numbers
    test esi, 1
    short je L1503
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1502
L1503:
    call 140320710853728
L1502:
    mov qword ptr [rbx], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, 36028797018963967
# simplified test for small operand since it is a number
    test esi, 1
    short je L1504
    and rax, rsi
    short jmp L1505
L1504:
    call 140320710851200
L1505:
    mov qword ptr [rbx+16], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+16]
    xor rax, 15
    sal rax, 7
    or rax, 15
    mov qword ptr [rbx+16], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1506
    mov rax, rsi
    sar rax, 51
    or rax, 15
    short jmp L1507
L1506:
    mov eax, 831
    call 140320710851768
L1507:
    mov qword ptr [rbx], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov eax, 2047
# simplified test for small operand since it is a number
    test esi, 1
    short je L1508
    and rax, rsi
    short jmp L1509
L1508:
    call 140320710851200
L1509:
    mov qword ptr [rbx], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx]
# skipped test for small operands since they are always small
    or rax, rsi
    mov qword ptr [rbx], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, 576460752303423487
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+16], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+16]
    xor rax, 15
    sal rax, 3
    or rax, 15
    mov qword ptr [rbx+16], rax
# i_plus_ssjd
# add without overflow check
    mov rax, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    and rax, -16
    add rax, rsi
    mov qword ptr [rbx], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, 4611686018427387903
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1510
    mov ecx, 2
.db 0x90
    call 140320710850576
L1510:
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
    jl L391
    ret
# label_L
label_225:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_223
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1511
    mov ecx, 4
    call 140320710850576
L1511:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1512:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1513
    mov ecx, 1
    call 140320710850576
L1513:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
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
    mov qword ptr [r15+16], 59
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp exro928ss_next/1
# func_line_I
# aligned_label_Lt
    align 8
label_226:
# i_func_info_IaaI
# rand:exro928_next/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xB9, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
exro928_next/1:
# i_breakpoint_trampoline
    short jmp L1514
.db 0x00
    call L392
    align 8
L1514:
# i_test_yield
    lea rdx, qword ptr [exro928_next/1+24]
    dec r14
    jle L390
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_226
    cmp dword ptr [rsi-2], 128
    short jne label_226
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    short jne label_226
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx+8], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_228
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, 4611686018427387903
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1515
    and rax, rsi
    short jmp L1516
L1515:
    call 140320710851200
L1516:
    mov qword ptr [rbx+32], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rax, 4611686018427387903
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1517
    and rax, rsi
    short jmp L1518
L1517:
    call 140320710851200
L1518:
    mov qword ptr [rbx+40], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+40]
    mov rax, qword ptr [rbx+32]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+40], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+32]
    mov eax, 262143
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+48], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+48]
    xor rax, 15
    sal rax, 44
    or rax, 15
    mov qword ptr [rbx+48], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+32]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 14
    or rax, 15
L1519:
L1520:
    mov qword ptr [rbx+32], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+48]
    mov rax, qword ptr [rbx+32]
# skipped test for small operands since they are always small
    or rax, rsi
    mov qword ptr [rbx+32], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+32]
    mov rax, qword ptr [rbx+40]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+32], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+40]
    mov rax, 9007199254740991
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+48], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+48]
    xor rax, 15
    sal rax, 9
    or rax, 15
    mov qword ptr [rbx+48], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+32]
    mov rax, qword ptr [rbx+48]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+32], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+40]
    mov eax, 131071
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+48], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+48]
    xor rax, 15
    sal rax, 45
    or rax, 15
    mov qword ptr [rbx+48], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+40]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 13
    or rax, 15
L1521:
L1522:
    mov qword ptr [rbx+40], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+48]
    mov rax, qword ptr [rbx+40]
# skipped test for small operands since they are always small
    or rax, rsi
    mov qword ptr [rbx+40], rax
# test_heap_It
    lea rdx, qword ptr [r15+136]
    cmp rdx, rsp
    short jbe L1523
    mov ecx, 6
    call 140320710850576
L1523:
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
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
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L391
    ret
# label_L
label_228:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_226
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1524
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1524:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1525:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1526
    mov ecx, 1
    call 140320710850576
L1526:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
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
    mov qword ptr [r15+16], 59
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp exro928_next/1
# func_line_I
# aligned_label_Lt
    align 8
label_229:
# i_func_info_IaaI
# rand:exro928_next_state/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xB9, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
exro928_next_state/1:
# i_breakpoint_trampoline
    short jmp L1527
.db 0x00
    call L392
    align 8
L1527:
# i_test_yield
    lea rdx, qword ptr [exro928_next_state/1+24]
    dec r14
    jle L390
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_229
    cmp dword ptr [rsi-2], 128
    short jne label_229
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    short jne label_229
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx+8], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_231
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, 4611686018427387903
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1528
    and rax, rsi
    short jmp L1529
L1528:
    call 140320710851200
L1529:
    mov qword ptr [rbx], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rax, 4611686018427387903
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1530
    and rax, rsi
    short jmp L1531
L1530:
    call 140320710851200
L1531:
    mov qword ptr [rbx+24], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+24], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov eax, 262143
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+32], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+32]
    xor rax, 15
    sal rax, 44
    or rax, 15
    mov qword ptr [rbx+32], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 14
    or rax, 15
L1532:
L1533:
    mov qword ptr [rbx], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+32]
    mov rax, qword ptr [rbx]
# skipped test for small operands since they are always small
    or rax, rsi
    mov qword ptr [rbx], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+24]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rax, 9007199254740991
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+32], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+32]
    xor rax, 15
    sal rax, 9
    or rax, 15
    mov qword ptr [rbx+32], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+32]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov eax, 131071
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+32], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+32]
    xor rax, 15
    sal rax, 45
    or rax, 15
    mov qword ptr [rbx+32], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+24]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 13
    or rax, 15
L1534:
L1535:
    mov qword ptr [rbx+24], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+32]
    mov rax, qword ptr [rbx+24]
# skipped test for small operands since they are always small
    or rax, rsi
    mov qword ptr [rbx+24], rax
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1536
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1536:
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
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
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L391
    ret
# label_L
label_231:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_229
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1537
    mov ecx, 4
    call 140320710850576
L1537:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1538:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_232
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rax, 4611686018427387903
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1539
    and rax, rsi
    short jmp L1540
L1539:
    call 140320710851200
L1540:
    mov qword ptr [rbx+8], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rsp]
    mov rax, 4611686018427387903
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1541
    and rax, rsi
    short jmp L1542
L1541:
    call 140320710851200
L1542:
    mov qword ptr [rbx+16], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+8]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+16], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 262143
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+24], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+24]
    xor rax, 15
    sal rax, 44
    or rax, 15
    mov qword ptr [rbx+24], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 14
    or rax, 15
L1543:
L1544:
    mov qword ptr [rbx+8], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx+8]
# skipped test for small operands since they are always small
    or rax, rsi
    mov qword ptr [rbx+8], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+16]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+8], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rax, 9007199254740991
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+24], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+24]
    xor rax, 15
    sal rax, 9
    or rax, 15
    mov qword ptr [rbx+24], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+24]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+8], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 131071
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+24], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+24]
    xor rax, 15
    sal rax, 45
    or rax, 15
    mov qword ptr [rbx+24], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+16]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 13
    or rax, 15
L1545:
L1546:
    mov qword ptr [rbx+16], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx+16]
# skipped test for small operands since they are always small
    or rax, rsi
    mov qword ptr [rbx+16], rax
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1547
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1547:
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
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
    jl L391
    ret
# label_L
label_232:
# line_I
# badmatch_s
    mov qword ptr [r13+120], 59
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_233:
# i_func_info_IaaI
# rand:exro928ss_uniform/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB9, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
exro928ss_uniform/1:
# i_breakpoint_trampoline
    short jmp L1548
.db 0x00
    call L392
    align 8
L1548:
# i_test_yield
    lea rdx, qword ptr [exro928ss_uniform/1+24]
    dec r14
    jle L390
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_233
    cmp dword ptr [rsi-2], 128
    short jne label_233
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1549
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1549:
    sub rsp, 8
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call exro928ss_next/1
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 5
    or rax, 15
L1550:
L1551:
    mov qword ptr [rbx+8], rax
# fconv_sl
# simplified fconv since source is always small
    mov rsi, qword ptr [rbx+8]
    sar rsi, 4
    cvtsi2sd xmm0, rsi
    movsd qword ptr [rbx+8256], xmm0
# fload_ql
L1552:
    long mov rdi, 9223372036854775807
    movsd xmm0, qword ptr [rdi+6]
    movsd qword ptr [rbx+8320], xmm0
# i_fmul_lll
    movsd xmm0, qword ptr [rbx+8256]
    movsd xmm1, qword ptr [rbx+8320]
    mulpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8256], xmm0
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1553
    mov ecx, 1
    call 140320710850576
L1553:
# fstore_ld
    movsd xmm0, qword ptr [rbx+8256]
    mov qword ptr [r15], 88
    movsd qword ptr [r15+8], xmm0
    lea rdi, qword ptr [r15+2]
    mov qword ptr [rbx+8], rdi
    add r15, 16
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
    mov rdi, qword ptr [rsp]
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
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_235:
# i_func_info_IaaI
# rand:exro928ss_uniform/2
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB9, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
exro928ss_uniform/2:
# i_breakpoint_trampoline
    short jmp L1554
.db 0x00
    call L392
    align 8
L1554:
# i_test_yield
    lea rdx, qword ptr [exro928ss_uniform/2+24]
    dec r14
    jle L390
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    short jne label_235
    cmp dword ptr [rsi-2], 128
    short jne label_235
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1555
    mov ecx, 2
.db 0x90
    call 140320710850576
L1555:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call exro928ss_next/1
# line_I
# i_minus_ssjd
    mov rsi, 4611686018427387919
    mov rdx, qword ptr [rsp+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1557
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1556
L1557:
    call 140320710853584
L1556:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1558
    cmp rdi, rsi
    short jmp L1559
L1558:
    call 140320710848608
L1559:
    jl label_239
# is_lt_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx+16]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1560
    cmp rdi, rsi
    short jmp L1561
L1560:
    call 140320710848608
L1561:
    jge label_237
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+16]
    add rax, 16
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1562
    mov ecx, 2
    call 140320710850576
L1562:
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
    jl L391
    ret
# label_L
label_237:
# i_rem_ssjd
L1563:
    mov rcx, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx+16]
    mov r8, 94919180917680
    call 140320710853120
L1564:
    mov qword ptr [rbx+24], rdx
# i_minus_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rdx, qword ptr [rbx+24]
# simplified test for small operands since both are numbers
    test edx, 1
    short je L1566
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1565
L1566:
    call 140320710853648
    je label_238
L1565:
    mov qword ptr [rbx+16], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1567
    cmp rdi, rsi
    short jmp L1568
L1567:
    call 140320710848608
L1568:
    jl label_238
# i_increment_SWd
    mov rsi, qword ptr [rbx+24]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1569
    add rax, rdx
    short jno L1570
L1569:
    call 140320710853080
L1570:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1571
    mov ecx, 2
.db 0x90
    call 140320710850576
L1571:
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
    jl L391
    ret
# label_L
label_238:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1572
    mov ecx, 1
.db 0x90
    call 140320710850576
L1572:
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
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp exro928ss_uniform/2
# label_L
label_239:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp uniform_range/4
# func_line_I
# aligned_label_Lt
    align 8
label_240:
# i_func_info_IaaI
# rand:exro928_jump/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xB9, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
exro928_jump/1:
# i_breakpoint_trampoline
    short jmp L1573
.db 0x00
    call L392
    align 8
L1573:
# i_test_yield
    lea rdx, qword ptr [exro928_jump/1+24]
    dec r14
    jle L390
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_240
    cmp dword ptr [rsi-2], 128
    short jne label_240
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1574
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1574:
    sub rsp, 8
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call exro928_jump_2pow512/1
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1575
    mov ecx, 1
    call 140320710850576
L1575:
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
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_242:
# i_func_info_IaaI
# rand:exro928_jump_2pow512/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xBA, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
exro928_jump_2pow512/1:
# i_breakpoint_trampoline
    short jmp L1576
.db 0x00
    call L392
    align 8
L1576:
# i_test_yield
    lea rdx, qword ptr [exro928_jump_2pow512/1+24]
    dec r14
    jle L390
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1577
    mov ecx, 1
    call 140320710850576
L1577:
# i_make_fun3_FStt
L1578:
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
# i_move_sd
L1579:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_call_only_f
    jmp polyjump/3
# func_line_I
# aligned_label_Lt
    align 8
label_244:
# i_func_info_IaaI
# rand:exro928_jump_2pow20/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xBA, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
exro928_jump_2pow20/1:
# i_breakpoint_trampoline
    short jmp L1580
.db 0x00
    call L392
    align 8
L1580:
# i_test_yield
    lea rdx, qword ptr [exro928_jump_2pow20/1+24]
    dec r14
    jle L390
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1581
    mov ecx, 1
    call 140320710850576
L1581:
# i_make_fun3_FStt
L1582:
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
# i_move_sd
L1583:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_call_only_f
    jmp polyjump/3
# func_line_I
# aligned_label_Lt
    align 8
label_246:
# i_func_info_IaaI
# rand:exrop_seed/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xBA, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
exrop_seed/1:
# i_breakpoint_trampoline
    short jmp L1584
.db 0x00
    call L392
    align 8
L1584:
# i_test_yield
    lea rdx, qword ptr [exrop_seed/1+24]
    dec r14
    jle L390
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L1585
    test al, 2
    jne label_248
L1585:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1586
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1586:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 47
# line_I
# i_call_f
.db 0x90
    call seed58_nz/2
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving head and tail together)
    movups xmm0, xmmword ptr [rdi-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_251
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+16], xmm0
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_251
# jump_f
    jmp label_249
# label_L
label_248:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1587
    test al, 1
    jne label_250
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_250
L1587:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1588
    mov ecx, 1
.db 0x90
    call 140320710850576
L1588:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 47
# line_I
# i_call_f
.db 0x90
    call seed58/2
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving head and tail together)
    movups xmm0, xmmword ptr [rdi-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_252
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+16], xmm0
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_252
# label_L
label_249:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1589
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1589:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L391
    ret
# label_L
label_250:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_246
    cmp dword ptr [rsi-2], 192
    jne label_246
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# line_I
# i_times_jssd
    mov rsi, qword ptr [rbx+8]
    mov rdx, 68719475167
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1591
# mul with overflow check, imm RHS
    mov rax, rsi
    mov rcx, 4294967197
    and rax, -16
    imul rax, rcx
    short jo L1591
    or rax, 15
    short jmp L1590
L1591:
    call 140320710854432
L1590:
    mov qword ptr [rbx+8], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1592
    add rax, rdx
    short jno L1593
L1592:
    call 140320710853080
L1593:
    mov qword ptr [rbx+8], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rax, 4611686018427387903
# simplified test for small operand since it is a number
    test esi, 1
    short je L1594
    and rax, rsi
    short jmp L1595
L1594:
    call 140320710851200
L1595:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# line_I
# i_times_jssd
    mov rsi, qword ptr [rbx+16]
    mov rdx, 68719475711
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1597
# mul with overflow check, imm RHS
    mov rax, rsi
    mov rcx, 4294967231
    and rax, -16
    imul rax, rcx
    short jo L1597
    or rax, 15
    short jmp L1596
L1597:
    call 140320710854432
L1596:
    mov qword ptr [rbx+16], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1598
    add rax, rdx
    short jno L1599
L1598:
    call 140320710853080
L1599:
    mov qword ptr [rbx+16], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rax, 4611686018427387903
# simplified test for small operand since it is a number
    test esi, 1
    short je L1600
    and rax, rsi
    short jmp L1601
L1600:
    call 140320710851200
L1601:
    mov qword ptr [rbx+16], rax
# line_I
# i_bxor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+8]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+8], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 134217727
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+16], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+16]
    xor rax, 15
    sal rax, 35
    or rax, 15
    mov qword ptr [rbx+16], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 23
    or rax, 15
L1602:
L1603:
    mov qword ptr [rbx+8], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+8]
# skipped test for small operands since they are always small
    or rax, rsi
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# line_I
# i_times_jssd
    mov rsi, qword ptr [rbx]
    mov rdx, 68719476479
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1605
# mul with overflow check, imm RHS
    mov rax, rsi
    mov rcx, 4294967279
    and rax, -16
    imul rax, rcx
    short jo L1605
    or rax, 15
    short jmp L1604
L1605:
    call 140320710854432
L1604:
    mov qword ptr [rbx], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1606
    add rax, rdx
    short jno L1607
L1606:
    call 140320710853080
L1607:
    mov qword ptr [rbx], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, 4611686018427387903
# simplified test for small operand since it is a number
    test esi, 1
    short je L1608
    and rax, rsi
    short jmp L1609
L1608:
    call 140320710851200
L1609:
    mov qword ptr [rbx], rax
# line_I
# i_bxor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx+8], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, 274877906943
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+16], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+16]
    xor rax, 15
    sal rax, 24
    or rax, 15
    mov qword ptr [rbx+16], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 34
    or rax, 15
L1610:
L1611:
    mov qword ptr [rbx], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx]
# skipped test for small operands since they are always small
    or rax, rsi
    mov qword ptr [rbx], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+8]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rax, 1152921504606846975
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+16], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+16]
    xor rax, 15
    sal rax, 2
    or rax, 15
    mov qword ptr [rbx+16], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+16]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 134217727
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+16], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+16]
    xor rax, 15
    sal rax, 35
    or rax, 15
    mov qword ptr [rbx+16], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 23
    or rax, 15
L1612:
L1613:
    mov qword ptr [rbx+8], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+8]
# skipped test for small operands since they are always small
    or rax, rsi
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1614
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1614:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L391
    ret
# label_L
label_251:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_252:
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
label_253:
# i_func_info_IaaI
# rand:exrop_next/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xBA, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
exrop_next/1:
# i_breakpoint_trampoline
    short jmp L1615
.db 0x00
    call L392
    align 8
L1615:
# i_test_yield
    lea rdx, qword ptr [exrop_next/1+24]
    dec r14
    jle L390
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    short jne label_253
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1617
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1616
L1617:
    call 140320710853728
L1616:
    mov qword ptr [rbx+16], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rax, 4611686018427387903
# simplified test for small operand since it is a number
    test esi, 1
    short je L1618
    and rax, rsi
    short jmp L1619
L1618:
    call 140320710851200
L1619:
    mov qword ptr [rbx+16], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+8]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L1620
    xor rax, rsi
    or rax, 15
    short jmp L1621
L1620:
    call 140320710851840
L1621:
    mov qword ptr [rbx], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rax, 274877906943
# simplified test for small operand since it is a number
    test esi, 1
    short je L1622
    and rax, rsi
    short jmp L1623
L1622:
    call 140320710851200
L1623:
    mov qword ptr [rbx+24], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+24]
    xor rax, 15
    sal rax, 24
    or rax, 15
    mov qword ptr [rbx+24], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1624
    mov rax, rsi
    sar rax, 34
    or rax, 15
    short jmp L1625
L1624:
    mov eax, 559
    call 140320710851768
L1625:
    mov qword ptr [rbx+8], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx+8]
# simplified test for small operands since both are numbers
    test eax, 1
    short je L1626
    or rax, rsi
    short jmp L1627
L1626:
    call 140320710851432
L1627:
    mov qword ptr [rbx+8], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L1628
    xor rax, rsi
    or rax, 15
    short jmp L1629
L1628:
    call 140320710851840
L1629:
    mov qword ptr [rbx+8], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, 1152921504606846975
# simplified test for small operand since it is a number
    test esi, 1
    short je L1630
    and rax, rsi
    short jmp L1631
L1630:
    call 140320710851200
L1631:
    mov qword ptr [rbx+24], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+24]
    xor rax, 15
    sal rax, 2
    or rax, 15
    mov qword ptr [rbx+24], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+24]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1632
    xor rax, rsi
    or rax, 15
    short jmp L1633
L1632:
    call 140320710851840
L1633:
    mov qword ptr [rbx+8], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov eax, 134217727
# simplified test for small operand since it is a number
    test esi, 1
    short je L1634
    and rax, rsi
    short jmp L1635
L1634:
    call 140320710851200
L1635:
    mov qword ptr [rbx+24], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+24]
    xor rax, 15
    sal rax, 35
    or rax, 15
    mov qword ptr [rbx+24], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1636
    mov rax, rsi
    sar rax, 23
    or rax, 15
    short jmp L1637
L1636:
    mov eax, 383
    call 140320710851768
L1637:
    mov qword ptr [rbx], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx]
# simplified test for small operands since both are numbers
    test eax, 1
    short je L1638
    or rax, rsi
    short jmp L1639
L1638:
    call 140320710851432
L1639:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1640
    mov ecx, 3
.db 0x90
    call 140320710850576
L1640:
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
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_255:
# i_func_info_IaaI
# rand:exrop_uniform/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xBB, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
exrop_uniform/1:
# i_breakpoint_trampoline
    short jmp L1641
.db 0x00
    call L392
    align 8
L1641:
# i_test_yield
    lea rdx, qword ptr [exrop_uniform/1+24]
    dec r14
    jle L390
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_255
    cmp dword ptr [rsi-2], 128
    short jne label_255
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_257
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rdx, qword ptr [rbx+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1643
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1642
L1643:
    call 140320710853728
L1642:
    mov qword ptr [rbx+24], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rax, 4611686018427387903
# simplified test for small operand since it is a number
    test esi, 1
    short je L1644
    and rax, rsi
    short jmp L1645
L1644:
    call 140320710851200
L1645:
    mov qword ptr [rbx+24], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+16]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L1646
    xor rax, rsi
    or rax, 15
    short jmp L1647
L1646:
    call 140320710851840
L1647:
    mov qword ptr [rbx+8], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rax, 274877906943
# simplified test for small operand since it is a number
    test esi, 1
    short je L1648
    and rax, rsi
    short jmp L1649
L1648:
    call 140320710851200
L1649:
    mov qword ptr [rbx+32], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+32]
    xor rax, 15
    sal rax, 24
    or rax, 15
    mov qword ptr [rbx+32], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+16]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1650
    mov rax, rsi
    sar rax, 34
    or rax, 15
    short jmp L1651
L1650:
    mov eax, 559
    call 140320710851768
L1651:
    mov qword ptr [rbx+16], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+32]
    mov rax, qword ptr [rbx+16]
# simplified test for small operands since both are numbers
    test eax, 1
    short je L1652
    or rax, rsi
    short jmp L1653
L1652:
    call 140320710851432
L1653:
    mov qword ptr [rbx+16], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+8]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L1654
    xor rax, rsi
    or rax, 15
    short jmp L1655
L1654:
    call 140320710851840
L1655:
    mov qword ptr [rbx+16], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rax, 1152921504606846975
# simplified test for small operand since it is a number
    test esi, 1
    short je L1656
    and rax, rsi
    short jmp L1657
L1656:
    call 140320710851200
L1657:
    mov qword ptr [rbx+32], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+32]
    xor rax, 15
    sal rax, 2
    or rax, 15
    mov qword ptr [rbx+32], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+32]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1658
    xor rax, rsi
    or rax, 15
    short jmp L1659
L1658:
    call 140320710851840
L1659:
    mov qword ptr [rbx+16], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 134217727
# simplified test for small operand since it is a number
    test esi, 1
    short je L1660
    and rax, rsi
    short jmp L1661
L1660:
    call 140320710851200
L1661:
    mov qword ptr [rbx+32], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+32]
    xor rax, 15
    sal rax, 35
    or rax, 15
    mov qword ptr [rbx+32], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1662
    mov rax, rsi
    sar rax, 23
    or rax, 15
    short jmp L1663
L1662:
    mov eax, 383
    call 140320710851768
L1663:
    mov qword ptr [rbx+8], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+32]
    mov rax, qword ptr [rbx+8]
# simplified test for small operands since both are numbers
    test eax, 1
    short je L1664
    or rax, rsi
    short jmp L1665
L1664:
    call 140320710851432
L1665:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1666
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1666:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+24]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 5
    or rax, 15
L1667:
L1668:
    mov qword ptr [rbx+16], rax
# fconv_sl
# simplified fconv since source is always small
    mov rsi, qword ptr [rbx+16]
    sar rsi, 4
    cvtsi2sd xmm0, rsi
    movsd qword ptr [rbx+8256], xmm0
# fload_ql
L1669:
    long mov rdi, 9223372036854775807
    movsd xmm0, qword ptr [rdi+6]
    movsd qword ptr [rbx+8320], xmm0
# i_fmul_lll
    movsd xmm0, qword ptr [rbx+8256]
    movsd xmm1, qword ptr [rbx+8320]
    mulpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8256], xmm0
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1670
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1670:
# fstore_ld
    movsd xmm0, qword ptr [rbx+8256]
    mov qword ptr [r15], 88
    movsd qword ptr [r15+8], xmm0
    lea rdi, qword ptr [r15+2]
    mov qword ptr [rbx+16], rdi
    add r15, 16
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
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
# return
    dec r14
    jl L391
    ret
# label_L
label_257:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp '-inlined-exrop_next/1-'/1
# func_line_I
# aligned_label_Lt
    align 8
label_258:
# i_func_info_IaaI
# rand:exrop_uniform/2
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xBB, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
exrop_uniform/2:
# i_breakpoint_trampoline
    short jmp L1671
.db 0x00
    call L392
    align 8
L1671:
# i_test_yield
    lea rdx, qword ptr [exrop_uniform/2+24]
    dec r14
    jle L390
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    short jne label_258
    cmp dword ptr [rsi-2], 128
    short jne label_258
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_263
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+16], xmm0
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rdx, qword ptr [rbx+16]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1673
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1672
L1673:
    call 140320710853728
L1672:
    mov qword ptr [rbx+32], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+32]
    mov rax, 4611686018427387903
# simplified test for small operand since it is a number
    test esi, 1
    short je L1674
    and rax, rsi
    short jmp L1675
L1674:
    call 140320710851200
L1675:
    mov qword ptr [rbx+32], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+24]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L1676
    xor rax, rsi
    or rax, 15
    short jmp L1677
L1676:
    call 140320710851840
L1677:
    mov qword ptr [rbx+16], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rax, 274877906943
# simplified test for small operand since it is a number
    test esi, 1
    short je L1678
    and rax, rsi
    short jmp L1679
L1678:
    call 140320710851200
L1679:
    mov qword ptr [rbx+40], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+40]
    xor rax, 15
    sal rax, 24
    or rax, 15
    mov qword ptr [rbx+40], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+24]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1680
    mov rax, rsi
    sar rax, 34
    or rax, 15
    short jmp L1681
L1680:
    mov eax, 559
    call 140320710851768
L1681:
    mov qword ptr [rbx+24], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+40]
    mov rax, qword ptr [rbx+24]
# simplified test for small operands since both are numbers
    test eax, 1
    short je L1682
    or rax, rsi
    short jmp L1683
L1682:
    call 140320710851432
L1683:
    mov qword ptr [rbx+24], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx+16]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L1684
    xor rax, rsi
    or rax, 15
    short jmp L1685
L1684:
    call 140320710851840
L1685:
    mov qword ptr [rbx+24], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rax, 1152921504606846975
# simplified test for small operand since it is a number
    test esi, 1
    short je L1686
    and rax, rsi
    short jmp L1687
L1686:
    call 140320710851200
L1687:
    mov qword ptr [rbx+40], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+40]
    xor rax, 15
    sal rax, 2
    or rax, 15
    mov qword ptr [rbx+40], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx+40]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1688
    xor rax, rsi
    or rax, 15
    short jmp L1689
L1688:
    call 140320710851840
L1689:
    mov qword ptr [rbx+24], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 134217727
# simplified test for small operand since it is a number
    test esi, 1
    short je L1690
    and rax, rsi
    short jmp L1691
L1690:
    call 140320710851200
L1691:
    mov qword ptr [rbx+40], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+40]
    xor rax, 15
    sal rax, 35
    or rax, 15
    mov qword ptr [rbx+40], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+16]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1692
    mov rax, rsi
    sar rax, 23
    or rax, 15
    short jmp L1693
L1692:
    mov eax, 383
    call 140320710851768
L1693:
    mov qword ptr [rbx+16], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+40]
    mov rax, qword ptr [rbx+16]
# simplified test for small operands since both are numbers
    test eax, 1
    short je L1694
    or rax, rsi
    short jmp L1695
L1694:
    call 140320710851432
L1695:
    mov qword ptr [rbx+16], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1696
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L1696:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# line_I
# i_minus_ssjd
    mov rsi, 4611686018427387919
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1698
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1697
L1698:
    call 140320710853584
L1697:
    mov qword ptr [rbx+24], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+24]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1699
    cmp rdi, rsi
    short jmp L1700
L1699:
    call 140320710848608
L1700:
    jl label_262
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+32]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1701
    cmp rdi, rsi
    short jmp L1702
L1701:
    call 140320710848608
L1702:
    jge label_260
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+32]
    add rax, 16
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1703
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1703:
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
    jl L391
    ret
# label_L
label_260:
# i_rem_ssjd
L1704:
    mov rcx, qword ptr [rbx]
    mov rdi, qword ptr [rbx+32]
    mov r8, 94919180917680
    call 140320710853120
L1705:
    mov qword ptr [rbx+40], rdx
# i_minus_ssjd
    mov rsi, qword ptr [rbx+32]
    mov rdx, qword ptr [rbx+40]
# simplified test for small operands since both are numbers
    test edx, 1
    short je L1707
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1706
L1707:
    call 140320710853648
    je label_261
L1706:
    mov qword ptr [rbx+32], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+24]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1708
    cmp rdi, rsi
    short jmp L1709
L1708:
    call 140320710848608
L1709:
    jl label_261
# i_increment_SWd
    mov rsi, qword ptr [rbx+40]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1710
    add rax, rdx
    short jno L1711
L1710:
    call 140320710853080
L1711:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1712
    mov ecx, 3
.db 0x90
    call 140320710850576
L1712:
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
    jl L391
    ret
# label_L
label_261:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1713
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1713:
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
# i_call_only_f
    jmp exrop_uniform/2
# label_L
label_262:
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+24], rdi
# i_call_only_f
    jmp uniform_range/4
# label_L
label_263:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp '-inlined-exrop_next/1-'/1
# func_line_I
# aligned_label_Lt
    align 8
label_264:
# i_func_info_IaaI
# rand:exrop_jump/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xBB, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
exrop_jump/1:
# i_breakpoint_trampoline
    short jmp L1714
.db 0x00
    call L392
    align 8
L1714:
# i_test_yield
    lea rdx, qword ptr [exrop_jump/1+24]
    dec r14
    jle L390
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_264
    cmp dword ptr [rsi-2], 128
    short jne label_264
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1715
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1715:
    sub rsp, 8
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, 6994814954621309615
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+16], 15
# i_move_sd
L1716:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+8], 15
# line_I
# i_call_f
.db 0x90
    call exrop_jump/5
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1717
    mov ecx, 1
    call 140320710850576
L1717:
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
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_266:
# i_func_info_IaaI
# rand:exrop_jump/5
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xBB, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
exrop_jump/5:
# i_breakpoint_trampoline
    short jmp L1718
.db 0x00
    call L392
    align 8
L1718:
# i_test_yield
    lea rdx, qword ptr [exrop_jump/5+24]
    dec r14
    jle L390
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+24]
    cmp rsi, 15
    je label_269
    cmp rsi, 31
    je label_268
    jmp label_270
# label_L
label_268:
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_270
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, 2745163891867596079
    mov qword ptr [rbx+24], rdi
# i_call_only_f
    short jmp exrop_jump/5
# label_L
label_269:
# is_nil_fS
    cmp qword ptr [rbx+32], 59
    jne label_270
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1719
    mov ecx, 3
    call 140320710850576
L1719:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L391
    ret
# label_L
label_270:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_266
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+40], rsi
    mov qword ptr [rbx], rdx
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov eax, 31
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+48], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+48], 15
    jne label_271
# line_I
# i_bxor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+40]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1720
    xor rax, rsi
    or rax, 15
    short jmp L1721
L1720:
    call 140320710851840
L1721:
    mov qword ptr [rbx], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+40]
    mov rax, 274877906943
# simplified test for small operand since it is a number
    test esi, 1
    short je L1722
    and rax, rsi
    short jmp L1723
L1722:
    call 140320710851200
L1723:
    mov qword ptr [rbx+48], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+48]
    xor rax, 15
    sal rax, 24
    or rax, 15
    mov qword ptr [rbx+48], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+40]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1724
    mov rax, rsi
    sar rax, 34
    or rax, 15
    short jmp L1725
L1724:
    mov eax, 559
    call 140320710851768
L1725:
    mov qword ptr [rbx+40], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+48]
    mov rax, qword ptr [rbx+40]
# simplified test for small operands since both are numbers
    test eax, 1
    short je L1726
    or rax, rsi
    short jmp L1727
L1726:
    call 140320710851432
L1727:
    mov qword ptr [rbx+40], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+40]
    mov rax, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L1728
    xor rax, rsi
    or rax, 15
    short jmp L1729
L1728:
    call 140320710851840
L1729:
    mov qword ptr [rbx+40], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, 1152921504606846975
# simplified test for small operand since it is a number
    test esi, 1
    short je L1730
    and rax, rsi
    short jmp L1731
L1730:
    call 140320710851200
L1731:
    mov qword ptr [rbx+48], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+48]
    xor rax, 15
    sal rax, 2
    or rax, 15
    mov qword ptr [rbx+48], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+40]
    mov rax, qword ptr [rbx+48]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1732
    xor rax, rsi
    or rax, 15
    short jmp L1733
L1732:
    call 140320710851840
L1733:
    mov qword ptr [rbx+40], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov eax, 134217727
# simplified test for small operand since it is a number
    test esi, 1
    short je L1734
    and rax, rsi
    short jmp L1735
L1734:
    call 140320710851200
L1735:
    mov qword ptr [rbx+48], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+48]
    xor rax, 15
    sal rax, 35
    or rax, 15
    mov qword ptr [rbx+48], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1736
    mov rax, rsi
    sar rax, 23
    or rax, 15
    short jmp L1737
L1736:
    mov eax, 383
    call 140320710851768
L1737:
    mov qword ptr [rbx], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+48]
    mov rax, qword ptr [rbx]
# simplified test for small operands since both are numbers
    test eax, 1
    short je L1738
    or rax, rsi
    short jmp L1739
L1738:
    call 140320710851432
L1739:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1740
    mov ecx, 6
    call 140320710850576
L1740:
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+24]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 1
    or rax, 15
L1741:
L1742:
    mov qword ptr [rbx+24], rax
# i_call_only_f
    jmp exrop_jump/5
# label_L
label_271:
# line_I
# i_bxor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+40]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1743
    xor rax, rsi
    or rax, 15
    short jmp L1744
L1743:
    call 140320710851840
L1744:
    mov qword ptr [rbx+48], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+40]
    mov rax, 274877906943
# simplified test for small operand since it is a number
    test esi, 1
    short je L1745
    and rax, rsi
    short jmp L1746
L1745:
    call 140320710851200
L1746:
    mov qword ptr [rbx+56], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+56]
    xor rax, 15
    sal rax, 24
    or rax, 15
    mov qword ptr [rbx+56], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+40]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1747
    mov rax, rsi
    sar rax, 34
    or rax, 15
    short jmp L1748
L1747:
    mov eax, 559
    call 140320710851768
L1748:
    mov qword ptr [rbx+64], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+56]
    mov rax, qword ptr [rbx+64]
# simplified test for small operands since both are numbers
    test eax, 1
    short je L1749
    or rax, rsi
    short jmp L1750
L1749:
    call 140320710851432
L1750:
    mov qword ptr [rbx+56], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+56]
    mov rax, qword ptr [rbx+48]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L1751
    xor rax, rsi
    or rax, 15
    short jmp L1752
L1751:
    call 140320710851840
L1752:
    mov qword ptr [rbx+56], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+48]
    mov rax, 1152921504606846975
# simplified test for small operand since it is a number
    test esi, 1
    short je L1753
    and rax, rsi
    short jmp L1754
L1753:
    call 140320710851200
L1754:
    mov qword ptr [rbx+64], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+64]
    xor rax, 15
    sal rax, 2
    or rax, 15
    mov qword ptr [rbx+64], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+56]
    mov rax, qword ptr [rbx+64]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1755
    xor rax, rsi
    or rax, 15
    short jmp L1756
L1755:
    call 140320710851840
L1756:
    mov qword ptr [rbx+56], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+48]
    mov eax, 134217727
# simplified test for small operand since it is a number
    test esi, 1
    short je L1757
    and rax, rsi
    short jmp L1758
L1757:
    call 140320710851200
L1758:
    mov qword ptr [rbx+64], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+64]
    xor rax, 15
    sal rax, 35
    or rax, 15
    mov qword ptr [rbx+64], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+48]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1759
    mov rax, rsi
    sar rax, 23
    or rax, 15
    short jmp L1760
L1759:
    mov eax, 383
    call 140320710851768
L1760:
    mov qword ptr [rbx+48], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+64]
    mov rax, qword ptr [rbx+48]
# simplified test for small operands since both are numbers
    test eax, 1
    short je L1761
    or rax, rsi
    short jmp L1762
L1761:
    call 140320710851432
L1762:
    mov qword ptr [rbx+48], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1763
    mov ecx, 8
.db 0x66, 0x90
    call 140320710850576
L1763:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+48], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+48], rsi
# line_I
# i_bxor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+40]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L1764
    xor rax, rsi
    or rax, 15
    short jmp L1765
L1764:
    call 140320710851840
L1765:
    mov qword ptr [rbx+8], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L1766
    xor rax, rsi
    or rax, 15
    short jmp L1767
L1766:
    call 140320710851840
L1767:
    mov qword ptr [rbx+16], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+24]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 1
    or rax, 15
L1768:
L1769:
    mov qword ptr [rbx+24], rax
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp exrop_jump/5
# func_line_I
# aligned_label_Lt
    align 8
label_272:
# i_func_info_IaaI
# rand:dummy_uniform/2
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xBB, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dummy_uniform/2:
# i_breakpoint_trampoline
    short jmp L1770
.db 0x00
    call L392
    align 8
L1770:
# i_test_yield
    lea rdx, qword ptr [dummy_uniform/2+24]
    dec r14
    jle L390
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    short jne label_272
    cmp dword ptr [rsi-2], 128
    short jne label_272
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_bxor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, 4611686018427387903
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1771
    xor rax, rsi
    or rax, 15
    short jmp L1772
L1771:
    call 140320710851840
L1772:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1773
    mov ecx, 2
.db 0x90
    call 140320710850576
L1773:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
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
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 31
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_274:
# i_func_info_IaaI
# rand:dummy_next/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xBB, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dummy_next/1:
# i_breakpoint_trampoline
    short jmp L1774
.db 0x00
    call L392
    align 8
L1774:
# line_I
# i_test_yield
    lea rdx, qword ptr [dummy_next/1+24]
    dec r14
    jle L390
# i_bxor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, 4611686018427387903
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1775
    xor rax, rsi
    or rax, 15
    short jmp L1776
L1775:
    call 140320710851840
L1776:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1777
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1777:
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
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_276:
# i_func_info_IaaI
# rand:dummy_uniform/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xBB, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dummy_uniform/1:
# i_breakpoint_trampoline
    short jmp L1778
.db 0x00
    call L392
    align 8
L1778:
# i_test_yield
    lea rdx, qword ptr [dummy_uniform/1+24]
    dec r14
    jle L390
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_276
    cmp dword ptr [rsi-2], 128
    short jne label_276
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# line_I
# i_bxor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, 4611686018427387903
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1779
    xor rax, rsi
    or rax, 15
    short jmp L1780
L1779:
    call 140320710851840
L1780:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1781
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1781:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
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
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
L1782:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_278:
# i_func_info_IaaI
# rand:dummy_seed/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xBC, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dummy_seed/1:
# i_breakpoint_trampoline
    short jmp L1783
.db 0x00
    call L392
    align 8
L1783:
# i_test_yield
    lea rdx, qword ptr [dummy_seed/1+24]
    dec r14
    jle L390
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L1784
    test al, 2
    jne label_283
L1784:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_282
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_280
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1785
    test al, 1
    jne label_281
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_281
L1785:
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rax, 4611686018427387903
# simplified test for small operand since it is a number
    test esi, 1
    short je L1786
    and rax, rsi
    short jmp L1787
L1786:
    call 140320710851200
L1787:
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L391
    ret
# label_L
label_280:
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1788
    test al, 1
    jne label_281
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_281
L1788:
# i_move_sd
    mov qword ptr [rbx], 506955
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1789
    mov ecx, 1
    call 140320710850576
L1789:
# call_light_bif_be
    align 4
L1790:
L1791:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1790]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L391
    ret
# label_L
label_281:
# i_move_sd
    mov qword ptr [rbx], 507019
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1792
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1792:
# call_light_bif_be
    align 4
L1793:
L1794:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1793]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L391
    ret
# label_L
label_282:
# i_move_sd
    mov qword ptr [rbx], 507083
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1795
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1795:
# call_light_bif_be
    align 4
L1796:
L1797:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1796]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L391
    ret
# label_L
label_283:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1798
    test al, 1
    jne label_284
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_284
L1798:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1799
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1799:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call splitmix64_next/1
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, 4611686018427387903
# simplified test for small operand since it is a number
    test esi, 1
    short je L1800
    and rax, rsi
    short jmp L1801
L1800:
    call 140320710851200
L1801:
    mov qword ptr [rbx], rax
# deallocate_t
# return
    dec r14
    jl L391
    ret
# label_L
label_284:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_278
    cmp dword ptr [rsi-2], 192
    jne label_278
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1802
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1802:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call splitmix64_next/1
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_bxor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1803
    xor rax, rsi
    or rax, 15
    short jmp L1804
L1803:
    call 140320710851840
L1804:
    mov qword ptr [rbx], rax
# i_call_f
    call splitmix64_next/1
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_bxor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1805
    xor rax, rsi
    or rax, 15
    short jmp L1806
L1805:
    call 140320710851840
L1806:
    mov qword ptr [rbx], rax
# i_trim_t
    add rsp, 8
# i_call_f
    call splitmix64_next/1
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, 4611686018427387903
# simplified test for small operand since it is a number
    test esi, 1
    short je L1807
    and rax, rsi
    short jmp L1808
L1807:
    call 140320710851200
L1808:
    mov qword ptr [rbx], rax
# deallocate_t
# return
    dec r14
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_285:
# i_func_info_IaaI
# rand:mwc59/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xBD, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
mwc59/1:
# i_breakpoint_trampoline
    short jmp L1809
.db 0x00
    call L392
    align 8
L1809:
# line_I
# i_test_yield
    lea rdx, qword ptr [mwc59/1+24]
    dec r14
    jle L390
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, 9223372036854775807
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1810
    and rax, rsi
    short jmp L1811
L1810:
    call 140320710851200
L1811:
    mov qword ptr [rbx], rax
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 32
    or rax, 15
L1812:
L1813:
    mov qword ptr [rbx+8], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, 68719476735
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx], rax
# line_I
# i_times_jssd
# multiplication without overflow check
    mov rax, qword ptr [rbx]
    mov esi, 2141605935
    and rax, -16
    sar rsi, 4
    imul rax, rsi
    or rax, 15
    mov qword ptr [rbx], rax
# i_plus_ssjd
# add without overflow check
    mov rax, qword ptr [rbx]
    mov rsi, qword ptr [rbx+8]
    and rax, -16
    add rax, rsi
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_287:
# i_func_info_IaaI
# rand:mwc59_value32/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xBD, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
mwc59_value32/1:
# i_breakpoint_trampoline
    short jmp L1814
.db 0x00
    call L392
    align 8
L1814:
# line_I
# i_test_yield
    lea rdx, qword ptr [mwc59_value32/1+24]
    dec r14
    jle L390
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, 68719476735
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1815
    and rax, rsi
    short jmp L1816
L1815:
    call 140320710851200
L1816:
    mov qword ptr [rbx], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov eax, 268435455
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+8], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+8]
    xor rax, 15
    sal rax, 8
    or rax, 15
    mov qword ptr [rbx+8], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+8]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_289:
# i_func_info_IaaI
# rand:mwc59_value/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xBD, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
mwc59_value/1:
# i_breakpoint_trampoline
    short jmp L1817
.db 0x00
    call L392
    align 8
L1817:
# line_I
# i_test_yield
    lea rdx, qword ptr [mwc59_value/1+24]
    dec r14
    jle L390
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, 9223372036854775807
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1818
    and rax, rsi
    short jmp L1819
L1818:
    call 140320710851200
L1819:
    mov qword ptr [rbx], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, 576460752303423487
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+8], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+8]
    xor rax, 15
    sal rax, 4
    or rax, 15
    mov qword ptr [rbx+8], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+8]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, 68719476735
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+8], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+8]
    xor rax, 15
    sal rax, 27
    or rax, 15
    mov qword ptr [rbx+8], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+8]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_291:
# i_func_info_IaaI
# rand:mwc59_float/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xBD, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
mwc59_float/1:
# i_breakpoint_trampoline
    short jmp L1820
.db 0x00
    call L392
    align 8
L1820:
# line_I
# i_test_yield
    lea rdx, qword ptr [mwc59_float/1+24]
    dec r14
    jle L390
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, 144115188075855871
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1821
    and rax, rsi
    short jmp L1822
L1821:
    call 140320710851200
L1822:
    mov qword ptr [rbx], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, 9007199254740991
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+8], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+8]
    xor rax, 15
    sal rax, 4
    or rax, 15
    mov qword ptr [rbx+8], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+8]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov eax, 1073741823
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+8], rax
# i_bsl_ssjd
# skipped tests because operands and result are always small
    mov rax, qword ptr [rbx+8]
    xor rax, 15
    sal rax, 27
    or rax, 15
    mov qword ptr [rbx+8], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+8]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx], rax
# line_I
# fconv_sl
# simplified fconv since source is always small
    mov rsi, qword ptr [rbx]
    sar rsi, 4
    cvtsi2sd xmm0, rsi
    movsd qword ptr [rbx+8256], xmm0
# fload_ql
L1823:
    long mov rdi, 9223372036854775807
    movsd xmm0, qword ptr [rdi+6]
    movsd qword ptr [rbx+8320], xmm0
# i_fmul_lll
    movsd xmm0, qword ptr [rbx+8256]
    movsd xmm1, qword ptr [rbx+8320]
    mulpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8256], xmm0
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1824
    xor ecx, ecx
    call 140320710850576
L1824:
# fstore_ld
    movsd xmm0, qword ptr [rbx+8256]
    mov qword ptr [r15], 88
    movsd qword ptr [r15+8], xmm0
    lea rdi, qword ptr [r15+2]
    mov qword ptr [rbx], rdi
    add r15, 16
# return
    dec r14
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_293:
# i_func_info_IaaI
# rand:mwc59_seed/0
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xBE, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
mwc59_seed/0:
# i_breakpoint_trampoline
    short jmp L1825
.db 0x00
    call L392
    align 8
L1825:
# i_test_yield
    lea rdx, qword ptr [mwc59_seed/0+24]
    dec r14
    jle L390
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1826
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1826:
    sub rsp, 16
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call default_seed/0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call hash58/1
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call hash58/1
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call hash58/1
# line_I
# i_bxor_jssd
    mov rsi, qword ptr [rsp]
    mov rax, qword ptr [rsp+8]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L1827
    xor rax, rsi
    or rax, 15
    short jmp L1828
L1827:
    call 140320710851840
L1828:
    mov qword ptr [rbx+8], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L1829
    xor rax, rsi
    or rax, 15
    short jmp L1830
L1829:
    call 140320710851840
L1830:
    mov qword ptr [rbx], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1831
    add rax, rdx
    short jno L1832
L1831:
    call 140320710853080
L1832:
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_295:
# i_func_info_IaaI
# rand:mwc59_seed/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xBE, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
mwc59_seed/1:
# i_breakpoint_trampoline
    short jmp L1833
.db 0x00
    call L392
    align 8
L1833:
# i_test_yield
    lea rdx, qword ptr [mwc59_seed/1+24]
    dec r14
    jle L390
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1834
    test al, 1
    short jne label_295
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_295
L1834:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1835
    cmp rdi, rsi
    short jmp L1836
L1835:
    call 140320710848608
L1836:
    short jl label_295
# is_ge_fss
    mov rsi, qword ptr [rbx]
    mov rdi, 4611686018427387903
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1837
    cmp rdi, rsi
    short jmp L1838
L1837:
    call 140320710848608
L1838:
    jl label_295
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1839
    mov ecx, 1
.db 0x90
    call 140320710850576
L1839:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call hash58/1
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1840
    add rax, rdx
    short jno L1841
L1840:
    call 140320710853080
L1841:
    mov qword ptr [rbx], rax
# deallocate_t
# return
    dec r14
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_297:
# i_func_info_IaaI
# rand:hash58/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xBE, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
hash58/1:
# i_breakpoint_trampoline
    short jmp L1842
.db 0x00
    call L392
    align 8
L1842:
# line_I
# i_test_yield
    lea rdx, qword ptr [hash58/1+24]
    dec r14
    jle L390
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, 4611686018427387903
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1843
    and rax, rsi
    short jmp L1844
L1843:
    call 140320710851200
L1844:
    mov qword ptr [rbx], rax
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 29
    or rax, 15
L1845:
L1846:
    mov qword ptr [rbx+8], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+8]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx], rax
# i_times_jssd
    mov rsi, qword ptr [rbx]
    mov rdx, 3826649554591730911
# skipped test for small operand since it is always small
# mul with overflow check, imm RHS
    mov rax, rsi
    mov rcx, 239165597161983181
    and rax, -16
    imul rax, rcx
    short jo L1848
    or rax, 15
    short jmp L1847
L1848:
    call 140320710854432
L1847:
    mov qword ptr [rbx], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, 4611686018427387903
# simplified test for small operand since it is a number
    test esi, 1
    short je L1849
    and rax, rsi
    short jmp L1850
L1849:
    call 140320710851200
L1850:
    mov qword ptr [rbx], rax
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 29
    or rax, 15
L1851:
L1852:
    mov qword ptr [rbx+8], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+8]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx], rax
# i_times_jssd
    mov rsi, qword ptr [rbx]
    mov rdx, 931013539523380543
# skipped test for small operand since it is always small
# mul with overflow check, imm RHS
    mov rax, rsi
    mov rcx, 58188346220211283
    and rax, -16
    imul rax, rcx
    short jo L1854
    or rax, 15
    short jmp L1853
L1854:
    call 140320710854432
L1853:
    mov qword ptr [rbx], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, 4611686018427387903
# simplified test for small operand since it is a number
    test esi, 1
    short je L1855
    and rax, rsi
    short jmp L1856
L1855:
    call 140320710851200
L1856:
    mov qword ptr [rbx], rax
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 29
    or rax, 15
L1857:
L1858:
    mov qword ptr [rbx+8], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+8]
# skipped test for small operands since they are always small
    xor rax, rsi
    or rax, 15
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_299:
# i_func_info_IaaI
# rand:seed58_nz/2
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xBE, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
seed58_nz/2:
# i_breakpoint_trampoline
    short jmp L1859
.db 0x00
    call L392
    align 8
L1859:
# i_test_yield
    lea rdx, qword ptr [seed58_nz/2+24]
    dec r14
    jle L390
# i_move_sd
    mov qword ptr [rbx+24], 11
# i_move_sd
    mov qword ptr [rbx+16], 943
# i_call_only_f
    jmp seed_nz/4
# func_line_I
# aligned_label_Lt
    align 8
label_301:
# i_func_info_IaaI
# rand:seed64_nz/2
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xBE, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
seed64_nz/2:
# i_breakpoint_trampoline
    short jmp L1860
.db 0x00
    call L392
    align 8
L1860:
# i_test_yield
    lea rdx, qword ptr [seed64_nz/2+24]
    dec r14
    jle L390
# i_move_sd
    mov qword ptr [rbx+24], 11
# i_move_sd
    mov qword ptr [rbx+16], 1039
# i_call_only_f
    jmp seed_nz/4
# func_line_I
# aligned_label_Lt
    align 8
label_303:
# i_func_info_IaaI
# rand:seed_nz/4
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xBF, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
seed_nz/4:
# i_breakpoint_trampoline
    short jmp L1861
.db 0x00
    call L392
    align 8
L1861:
# i_test_yield
    lea rdx, qword ptr [seed_nz/4+24]
    dec r14
    jle L390
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_305
# is_ne_exact_fss
    cmp qword ptr [rbx+24], 75
    je label_305
# i_move_sd
    mov qword ptr [rbx], 507083
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1862
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1862:
# call_light_bif_be
    align 4
L1863:
L1864:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1863]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L391
    ret
# label_L
label_305:
# is_eq_exact_fss
    cmp qword ptr [rbx], 15
    jne label_307
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_306
# i_move_sd
    mov qword ptr [rbx], 506955
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1865
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1865:
# call_light_bif_be
    align 4
L1866:
L1867:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1866]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L391
    ret
# label_L
label_306:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_307
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L391
    ret
# label_L
label_307:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_310
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
    mov qword ptr [rbx+8], rdx
# is_integer_fs
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1868
    test al, 1
    jne label_309
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_309
L1868:
# line_I
# i_bsl_ssjd
    mov esi, 31
    mov rax, qword ptr [rbx+16]
    mov rcx, rax
    xor rcx, 15
    ror rcx, 4
    cmp rcx, 59
    short jae L1869
    and rsi, -16
    sal rsi, cl
    lea rax, qword ptr [rsi+15]
    short jmp L1870
L1869:
    call 140320710851664
L1870:
    mov qword ptr [rbx+40], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+40]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1871
    add rax, rdx
    short jno L1872
L1871:
    call 140320710853080
L1872:
    mov qword ptr [rbx+40], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+32]
    mov rax, qword ptr [rbx+40]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L1873
    and rax, rsi
    short jmp L1874
L1873:
    call 140320710851200
L1874:
    mov qword ptr [rbx+32], rax
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1875
    add rax, rdx
    short jno L1876
L1875:
    call 140320710853080
L1876:
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1877
    mov ecx, 5
.db 0x90
    call 140320710850576
L1877:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp], rdi
# is_ne_exact_fss
    cmp qword ptr [rbx+24], 75
    je label_308
# bif_is_ne_exact_Ssd
    mov eax, 11
    cmp qword ptr [rbx+32], 15
    mov edi, 75
    cmovne rax, rdi
    mov qword ptr [rbx+24], rax
# label_L
label_308:
# i_call_f
.db 0x90
    call seed_nz/4
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1878
    mov ecx, 1
    call 140320710850576
L1878:
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
    jl L391
    ret
# label_L
label_309:
# i_move_sd
    mov qword ptr [rbx], 507019
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1879
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1879:
# call_light_bif_be
    align 4
L1880:
L1881:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1880]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L391
    ret
# label_L
label_310:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_303
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 75
    jne label_303
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1882
    add rax, rdx
    short jno L1883
L1882:
    call 140320710853080
L1883:
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1884
    mov ecx, 3
.db 0x90
    call 140320710850576
L1884:
# i_move_sd
    mov qword ptr [rbx+24], 75
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_f
.db 0x0F, 0x1F, 0x00
    call seed_nz/4
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1885
    mov ecx, 1
    call 140320710850576
L1885:
# put_cons_ss
    mov qword ptr [r15], 15
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_311:
# i_func_info_IaaI
# rand:seed58/2
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xBF, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
seed58/2:
# i_breakpoint_trampoline
    short jmp L1886
.db 0x00
    call L392
    align 8
L1886:
# i_test_yield
    lea rdx, qword ptr [seed58/2+24]
    dec r14
    jle L390
# is_eq_exact_fss
    cmp qword ptr [rbx], 15
    jne label_313
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L391
    ret
# label_L
label_313:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1887
    mov ecx, 2
.db 0x90
    call 140320710850576
L1887:
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
    call seed58/1
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1888
    mov rax, rsi
    add rax, rdx
    short jno L1889
L1888:
    call 140320710853080
L1889:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+8], rdi
# i_trim_t
    add rsp, 8
# i_call_f
.db 0x90
    call seed58/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1890
    mov ecx, 1
    call 140320710850576
L1890:
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
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_314:
# i_func_info_IaaI
# rand:seed58/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xBF, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
seed58/1:
# i_breakpoint_trampoline
    short jmp L1891
.db 0x00
    call L392
    align 8
L1891:
# i_test_yield
    lea rdx, qword ptr [seed58/1+24]
    dec r14
    jle L390
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1892
    mov ecx, 1
    call 140320710850576
L1892:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call splitmix64_next/1
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rax, 4611686018427387903
# simplified test for small operand since it is a number
    test esi, 1
    short je L1893
    and rax, rsi
    short jmp L1894
L1893:
    call 140320710851200
L1894:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_316
# i_call_last_ft
    short jmp seed58/1
# label_L
label_316:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1895
    mov ecx, 2
.db 0x90
    call 140320710850576
L1895:
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
# return
    dec r14
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_317:
# i_func_info_IaaI
# rand:seed64/2
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xBF, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
seed64/2:
# i_breakpoint_trampoline
    short jmp L1896
.db 0x00
    call L392
    align 8
L1896:
# i_test_yield
    lea rdx, qword ptr [seed64/2+24]
    dec r14
    jle L390
# is_eq_exact_fss
    cmp qword ptr [rbx], 15
    jne label_319
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L391
    ret
# label_L
label_319:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1897
    mov ecx, 2
.db 0x90
    call 140320710850576
L1897:
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
    call seed64/1
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1898
    add rax, rdx
    short jno L1899
L1898:
    call 140320710853080
L1899:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+8], rdi
# i_trim_t
    add rsp, 8
# i_call_f
.db 0x90
    call seed64/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1900
    mov ecx, 1
    call 140320710850576
L1900:
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
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_320:
# i_func_info_IaaI
# rand:seed64/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xBF, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
seed64/1:
# i_breakpoint_trampoline
    short jmp L1901
.db 0x00
    call L392
    align 8
L1901:
# i_test_yield
    lea rdx, qword ptr [seed64/1+24]
    dec r14
    jle L390
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1902
    mov ecx, 1
    call 140320710850576
L1902:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call splitmix64_next/1
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_322
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    short jmp seed64/1
# label_L
label_322:
# deallocate_t
# return
    dec r14
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_323:
# i_func_info_IaaI
# rand:splitmix64_next/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xBF, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
splitmix64_next/1:
# i_breakpoint_trampoline
    short jmp L1903
.db 0x00
    call L392
    align 8
L1903:
# line_I
# i_test_yield
    lea rdx, qword ptr [splitmix64_next/1+24]
    dec r14
    jle L390
# i_plus_ssjd
    mov rsi, qword ptr [rbx]
L1906:
    long mov rdx, 9223372036854775807
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1905
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1904
L1905:
    call 140320710853728
L1904:
    mov qword ptr [rbx], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx]
L1907:
    long mov rax, 9223372036854775807
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1908
    and rax, rsi
    short jmp L1909
L1908:
    call 140320710851200
L1909:
    mov qword ptr [rbx], rax
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1910
    mov rax, rsi
    sar rax, 30
    or rax, 15
    short jmp L1911
L1910:
    mov eax, 495
    call 140320710851768
L1911:
    mov qword ptr [rbx+8], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1912
    xor rax, rsi
    or rax, 15
    short jmp L1913
L1912:
    call 140320710851840
L1913:
    mov qword ptr [rbx+8], rax
# i_times_jssd
    mov rsi, qword ptr [rbx+8]
L1916:
    long mov rdx, 9223372036854775807
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1915
# mul with overflow check
    mov rax, rsi
    mov rcx, rdx
    sar rcx, 4
    and rax, -16
    imul rax, rcx
    short jo L1915
    or rax, 15
    short jmp L1914
L1915:
    call 140320710854432
L1914:
    mov qword ptr [rbx+8], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
L1917:
    long mov rax, 9223372036854775807
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1918
    and rax, rsi
    short jmp L1919
L1918:
    call 140320710851200
L1919:
    mov qword ptr [rbx+8], rax
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1920
    mov rax, rsi
    sar rax, 27
    or rax, 15
    short jmp L1921
L1920:
    mov eax, 447
    call 140320710851768
L1921:
    mov qword ptr [rbx+16], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+16]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1922
    xor rax, rsi
    or rax, 15
    short jmp L1923
L1922:
    call 140320710851840
L1923:
    mov qword ptr [rbx+8], rax
# i_times_jssd
    mov rsi, qword ptr [rbx+8]
L1926:
    long mov rdx, 9223372036854775807
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1925
# mul with overflow check
    mov rax, rsi
    mov rcx, rdx
    sar rcx, 4
    and rax, -16
    imul rax, rcx
    short jo L1925
    or rax, 15
    short jmp L1924
L1925:
    call 140320710854432
L1924:
    mov qword ptr [rbx+8], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
L1927:
    long mov rax, 9223372036854775807
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1928
    and rax, rsi
    short jmp L1929
L1928:
    call 140320710851200
L1929:
    mov qword ptr [rbx+8], rax
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1930
    mov rax, rsi
    sar rax, 31
    or rax, 15
    short jmp L1931
L1930:
    mov eax, 511
    call 140320710851768
L1931:
    mov qword ptr [rbx+16], rax
# i_bxor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+16]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1932
    xor rax, rsi
    or rax, 15
    short jmp L1933
L1932:
    call 140320710851840
L1933:
    mov qword ptr [rbx+8], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
L1934:
    long mov rax, 9223372036854775807
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1935
    and rax, rsi
    short jmp L1936
L1935:
    call 140320710851200
L1936:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1937
    mov ecx, 2
    call 140320710850576
L1937:
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
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_325:
# i_func_info_IaaI
# rand:polyjump/3
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xC0, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
polyjump/3:
# i_breakpoint_trampoline
    short jmp L1938
.db 0x00
    call L392
    align 8
L1938:
# i_test_yield
    lea rdx, qword ptr [polyjump/3+24]
    dec r14
    jle L390
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_325
    cmp dword ptr [rsi-2], 128
    short jne label_325
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+32], rdi
    mov qword ptr [rbx+40], 15
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+48], rdi
# i_length_jtd
    align 4
L1939:
    mov esi, 4
    lea rdx, qword ptr [L1939]
    call 140320710852592
    mov qword ptr [rbx+24], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+32], rdi
# i_length_setup_jts
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+40], rdi
    mov qword ptr [rbx+48], 15
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+56], rdi
# i_length_jtd
    align 4
L1940:
    mov esi, 5
    lea rdx, qword ptr [L1940]
    call 140320710852592
    mov qword ptr [rbx+32], rax
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1941
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L1941:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_plus_ssjd
# add without overflow check
    mov rax, qword ptr [rbx+24]
    mov rsi, qword ptr [rbx+32]
    and rax, -16
    add rax, rsi
    mov qword ptr [rbx], rax
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_call_ext_e
L1942:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp polyjump/4
# func_line_I
# aligned_label_Lt
    align 8
label_327:
# i_func_info_IaaI
# rand:polyjump/4
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xC0, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
polyjump/4:
# i_breakpoint_trampoline
    short jmp L1943
.db 0x00
    call L392
    align 8
L1943:
# i_test_yield
    lea rdx, qword ptr [polyjump/4+24]
    dec r14
    jle L390
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_329
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
    mov qword ptr [rbx+16], rdx
# i_call_only_f
    jmp polyjump/5
# label_L
label_329:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1944
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1944:
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
# return
    dec r14
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_330:
# i_func_info_IaaI
# rand:polyjump/5
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xC0, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
polyjump/5:
# i_breakpoint_trampoline
    short jmp L1945
.db 0x00
    call L392
    align 8
L1945:
# i_test_yield
    lea rdx, qword ptr [polyjump/5+24]
    dec r14
    jle L390
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 31
    jne label_332
# i_call_only_f
    jmp polyjump/4
# label_L
label_332:
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1946
    mov ecx, 5
    call 140320710850576
L1946:
    sub rsp, 48
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+40], rdi
# line_I
# i_call_f
.db 0x90
    call exro928_next_state/1
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rsp+8]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 1
    or rax, 15
L1947:
L1948:
    mov qword ptr [rsp], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rsp+8]
    mov eax, 31
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_333
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+32], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 48
    jmp polyjump/5
# label_L
label_333:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+40]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x90
    call xorzip_sr/3
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp polyjump/5
# func_line_I
# aligned_label_Lt
    align 8
label_334:
# i_func_info_IaaI
# rand:xorzip_sr/3
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xC0, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
xorzip_sr/3:
# i_breakpoint_trampoline
    short jmp L1949
.db 0x00
    call L392
    align 8
L1949:
# i_test_yield
    lea rdx, qword ptr [xorzip_sr/3+24]
    dec r14
    jle L390
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_336
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_337
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 907
    jne label_336
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L391
    ret
# label_L
label_336:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_337
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1950
    mov ecx, 3
.db 0x90
    call 140320710850576
L1950:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1951:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 907
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp xorzip_sr/3
# label_L
label_337:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_334
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_334
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_bxor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1952
    xor rax, rsi
    or rax, 15
    short jmp L1953
L1952:
    call 140320710851840
L1953:
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1954
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L1954:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x90
    call xorzip_sr/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1955
    mov ecx, 1
    call 140320710850576
L1955:
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
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_338:
# i_func_info_IaaI
# rand:format_jumpconst58/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xC0, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
format_jumpconst58/1:
# i_breakpoint_trampoline
    short jmp L1956
.db 0x00
    call L392
    align 8
L1956:
# i_test_yield
    lea rdx, qword ptr [format_jumpconst58/1+24]
    dec r14
    jle L390
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1957
    mov ecx, 1
    call 140320710850576
L1957:
# i_move_sd
L1958:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
L1959:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# call_light_bif_be
    align 4
L1960:
L1961:
    long mov rcx, 9223372036854775807
    mov rax, 94919179874928
    lea rdx, qword ptr [L1960]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_340
    cmp dword ptr [rsi-2], 128
    jne label_340
    cmp qword ptr [rsi+6], 24203
    jne label_340
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1962:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_call_last_ft
    jmp format_jumcons58_matches/2
# label_L
label_340:
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
label_341:
# i_func_info_IaaI
# rand:format_jumcons58_matches/2
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xC0, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
format_jumcons58_matches/2:
# i_breakpoint_trampoline
    short jmp L1963
.db 0x00
    call L392
    align 8
L1963:
# i_test_yield
    lea rdx, qword ptr [format_jumcons58_matches/2+24]
    dec r14
    jle L390
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_343
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    short jne label_341
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
    mov qword ptr [rbx+16], rdx
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    short jne label_341
# line_I
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 1039
L1964:
    call 140320710851664
L1965:
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1966
    mov ecx, 5
    call 140320710850576
L1966:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov qword ptr [rbx+8], 271
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L1967:
L1968:
    long mov rcx, 9223372036854775807
    mov rax, 94919179445760
    lea rdx, qword ptr [L1967]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_bor_jssd
    mov rsi, qword ptr [rsp+8]
    mov rax, qword ptr [rbx]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1969
    or rax, rsi
    short jmp L1970
L1969:
    call 140320710851432
L1970:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp format_jumcons58_matches/2
# label_L
label_343:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp format_jumpconst58_value/1
# func_line_I
# aligned_label_Lt
    align 8
label_344:
# i_func_info_IaaI
# rand:format_jumpconst58_value/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xC1, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
format_jumpconst58_value/1:
# i_breakpoint_trampoline
    short jmp L1971
.db 0x00
    call L392
    align 8
L1971:
# i_test_yield
    lea rdx, qword ptr [format_jumpconst58_value/1+24]
    dec r14
    jle L390
# is_eq_exact_fss
    cmp qword ptr [rbx], 15
    jne label_346
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L391
    ret
# label_L
label_346:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1972
    mov ecx, 1
.db 0x90
    call 140320710850576
L1972:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, 4611686018427387903
# simplified test for small operand since it is a number
    test esi, 1
    short je L1973
    and rax, rsi
    short jmp L1974
L1973:
    call 140320710851200
L1974:
    mov qword ptr [rbx], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, 4611686018427387919
# skipped test for small operands since they are always small
    or rax, rsi
    mov qword ptr [rbx], rax
# i_move_sd
    mov qword ptr [rbx+8], 271
# call_light_bif_be
    align 4
L1975:
L1976:
    long mov rcx, 9223372036854775807
    mov rax, 94919179120608
    lea rdx, qword ptr [L1975]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1977
    mov ecx, 1
    call 140320710850576
L1977:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L1978:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_ext_e
L1979:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rsp]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1980
    mov rax, rsi
    sar rax, 58
    or rax, 15
    short jmp L1981
L1980:
    mov eax, 943
    call 140320710851768
L1981:
    mov qword ptr [rbx], rax
# i_call_last_ft
    add rsp, 8
    jmp format_jumpconst58_value/1
# func_line_I
# aligned_label_Lt
    align 8
label_347:
# i_func_info_IaaI
# rand:normal_s/4
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xB2, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
normal_s/4:
# i_breakpoint_trampoline
    short jmp L1982
.db 0x00
    call L392
    align 8
L1982:
# i_test_yield
    lea rdx, qword ptr [normal_s/4+24]
    dec r14
    jle L390
# is_eq_exact_fss
    cmp qword ptr [rbx], 15
    jne label_351
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1983
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1983:
    sub rsp, 32
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call uniform_s/1
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_354
    cmp dword ptr [rsi-2], 128
    jne label_354
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1984:
L1985:
    long mov rcx, 9223372036854775807
    mov rax, 94919179753360
    lea rdx, qword ptr [L1984]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# fload_Sl
    mov rdi, qword ptr [rbx]
    movsd xmm0, qword ptr [rdi+6]
    movsd qword ptr [rbx+8256], xmm0
# fload_ql
L1986:
    long mov rdi, 9223372036854775807
    movsd xmm0, qword ptr [rdi+6]
    movsd qword ptr [rbx+8320], xmm0
# i_fmul_lll
    movsd xmm0, qword ptr [rbx+8256]
    movsd xmm1, qword ptr [rbx+8320]
    mulpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8256], xmm0
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1987
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1987:
# fstore_ld
    movsd xmm0, qword ptr [rbx+8256]
    mov qword ptr [r15], 88
    movsd qword ptr [r15+8], xmm0
    lea rdi, qword ptr [r15+2]
    mov qword ptr [rsp], rdi
    add r15, 16
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_f
.db 0x90
    call uniform_s/1
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_353
    cmp dword ptr [rsi-2], 128
    jne label_353
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1988:
L1989:
    long mov rcx, 9223372036854775807
    mov rax, 94919179753360
    lea rdx, qword ptr [L1988]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# fload_Sl
    mov rdi, qword ptr [rbx]
    movsd xmm0, qword ptr [rdi+6]
    movsd qword ptr [rbx+8256], xmm0
# i_fnegate_ll
    pxor xmm0, xmm0
    movsd xmm1, qword ptr [rbx+8256]
    subpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8256], xmm0
# line_I
# i_fadd_lll
    movsd xmm0, qword ptr [rbx+8256]
    movsd xmm1, qword ptr [rbx+8256]
    addpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8256], xmm0
# fload_Sl
    mov rdi, qword ptr [rsp]
    movsd xmm0, qword ptr [rdi+6]
    movsd qword ptr [rbx+8320], xmm0
# i_fmul_lll
    movsd xmm0, qword ptr [rbx+8320]
    movsd xmm1, qword ptr [rbx+8320]
    mulpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8320], xmm0
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1990
    xor ecx, ecx
    call 140320710850576
L1990:
# fstore_ld
    movsd xmm0, qword ptr [rbx+8256]
    mov qword ptr [r15], 88
    movsd qword ptr [r15+8], xmm0
    lea rdi, qword ptr [r15+2]
    mov qword ptr [rbx], rdi
    add r15, 16
# fstore_ld
    movsd xmm0, qword ptr [rbx+8320]
    mov qword ptr [r15], 88
    movsd qword ptr [r15+8], xmm0
    lea rdi, qword ptr [r15+2]
    mov qword ptr [rbx+8], rdi
    add r15, 16
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1991
    cmp rdi, rsi
    short jmp L1992
L1991:
    call 140320710848608
L1992:
    jge label_350
# is_eq_exact_fss
    cmp qword ptr [rsp+24], 15
    jne label_349
# fload_Sl
    mov rdi, qword ptr [rsp]
    movsd xmm0, qword ptr [rdi+6]
    movsd qword ptr [rbx+8256], xmm0
# fload_ql
L1993:
    long mov rdi, 9223372036854775807
    movsd xmm0, qword ptr [rdi+6]
    movsd qword ptr [rbx+8320], xmm0
# line_I
# i_fadd_lll
    movsd xmm0, qword ptr [rbx+8256]
    movsd xmm1, qword ptr [rbx+8320]
    addpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8256], xmm0
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1994
    xor ecx, ecx
    call 140320710850576
L1994:
# fstore_ld
    movsd xmm0, qword ptr [rbx+8256]
    mov qword ptr [r15], 88
    movsd qword ptr [r15+8], xmm0
    lea rdi, qword ptr [r15+2]
    mov qword ptr [rbx], rdi
    add r15, 16
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
    jl L391
    ret
# label_L
label_349:
# fload_ql
L1995:
    long mov rdi, 9223372036854775807
    movsd xmm0, qword ptr [rdi+6]
    movsd qword ptr [rbx+8256], xmm0
# fload_Sl
    mov rdi, qword ptr [rsp]
    movsd xmm0, qword ptr [rdi+6]
    movsd qword ptr [rbx+8320], xmm0
# line_I
# i_fsub_lll
    movsd xmm0, qword ptr [rbx+8256]
    movsd xmm1, qword ptr [rbx+8320]
    subpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8256], xmm0
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1996
    xor ecx, ecx
    call 140320710850576
L1996:
# fstore_ld
    movsd xmm0, qword ptr [rbx+8256]
    mov qword ptr [r15], 88
    movsd qword ptr [r15+8], xmm0
    lea rdi, qword ptr [r15+2]
    mov qword ptr [rbx], rdi
    add r15, 16
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
    jl L391
    ret
# label_L
label_350:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 15
# i_call_last_ft
    add rsp, 32
    jmp normal_s/4
# label_L
label_351:
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1997
    mov ecx, 4
.db 0x90
    call 140320710850576
L1997:
    sub rsp, 40
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx]
    add rax, 16
    mov qword ptr [rbx], rax
# i_call_f
    call normal_fi/1
# swap_dd
    mov rdi, qword ptr [rsp+16]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+16], rsi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call uniform_s/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_355
    cmp dword ptr [rsi-2], 128
    jne label_355
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+32], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call normal_fi/1
# fload_Sl
    mov rdi, qword ptr [rbx]
    movsd xmm0, qword ptr [rdi+6]
    movsd qword ptr [rbx+8256], xmm0
# fload_Sl
    mov rdi, qword ptr [rsp+16]
    movsd xmm0, qword ptr [rdi+6]
    movsd qword ptr [rbx+8320], xmm0
# i_fsub_lll
    movsd xmm0, qword ptr [rbx+8256]
    movsd xmm1, qword ptr [rbx+8320]
    subpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8256], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# fconv_sl
    mov rsi, qword ptr [rbx]
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1999
    sar rsi, 4
    cvtsi2sd xmm0, rsi
    short jmp L1998
L1999:
    rex test sil, 1
    short jne L2000
    movsd xmm0, qword ptr [rsi+6]
    cmp qword ptr [rsi-2], 88
    short je L1998
L2000:
    call 140320710850888
L1998:
    movsd qword ptr [rbx+8384], xmm0
# i_fmul_lll
    movsd xmm0, qword ptr [rbx+8256]
    movsd xmm1, qword ptr [rbx+8384]
    mulpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8256], xmm0
# i_fadd_lll
    movsd xmm0, qword ptr [rbx+8256]
    movsd xmm1, qword ptr [rbx+8320]
    addpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8256], xmm0
# fload_Sl
    mov rdi, qword ptr [rsp+24]
    movsd xmm0, qword ptr [rdi+6]
    movsd qword ptr [rbx+8320], xmm0
# fload_ql
L2001:
    long mov rdi, 9223372036854775807
    movsd xmm0, qword ptr [rdi+6]
    movsd qword ptr [rbx+8384], xmm0
# i_fmul_lll
    movsd xmm0, qword ptr [rbx+8320]
    movsd xmm1, qword ptr [rbx+8384]
    mulpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8384], xmm0
# i_fmul_lll
    movsd xmm0, qword ptr [rbx+8384]
    movsd xmm1, qword ptr [rbx+8320]
    mulpd xmm0, xmm1
    call 140320710850232
    movsd qword ptr [rbx+8320], xmm0
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2002
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2002:
# fstore_ld
    movsd xmm0, qword ptr [rbx+8256]
    mov qword ptr [r15], 88
    movsd qword ptr [r15+8], xmm0
    lea rdi, qword ptr [r15+2]
    mov qword ptr [rsp+32], rdi
    add r15, 16
# fstore_ld
    movsd xmm0, qword ptr [rbx+8320]
    mov qword ptr [r15], 88
    movsd qword ptr [r15+8], xmm0
    lea rdi, qword ptr [r15+2]
    mov qword ptr [rbx], rdi
    add r15, 16
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# call_light_bif_be
    align 4
L2003:
L2004:
    long mov rcx, 9223372036854775807
    mov rax, 94919179753344
    lea rdx, qword ptr [L2003]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rsp+32]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L2005
    cmp rdi, rsi
    short jmp L2006
L2005:
    call 140320710848608
L2006:
    jge label_352
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2007
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2007:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L391
    ret
# label_L
label_352:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp normal_s/1
# label_L
label_353:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_354:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_355:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_356:
# i_func_info_IaaI
# rand:normal_fi/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xC1, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
normal_fi/1:
# i_breakpoint_trampoline
    short jmp L2008
.db 0x00
    call L392
    align 8
L2008:
# line_I
# i_test_yield
    lea rdx, qword ptr [normal_fi/1+24]
    dec r14
    jle L390
# bif_element_jssd
# skipped tuple test since source is always a literal tuple
L2011:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    lea rcx, qword ptr [rsi-2]
# simplified test for small position since it is an integer
    rex test dil, 1
    short je L2009
    mov rax, rdi
    sar rax, 4
    short jz L2009
    cmp rax, 256
    short ja L2009
    mov rax, qword ptr [rcx+rax*8]
    short jmp L2010
L2009:
    call 140320710851136
L2010:
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_358:
# i_func_info_IaaI
# rand:bc64/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xC1, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
bc64/1:
# i_breakpoint_trampoline
    short jmp L2012
.db 0x00
    call L392
    align 8
L2012:
# i_test_yield
    lea rdx, qword ptr [bc64/1+24]
    dec r14
    jle L390
# i_move_sd
    mov qword ptr [rbx+16], 1039
# i_move_sd
L2013:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp bc/3
# func_line_I
# aligned_label_Lt
    align 8
label_360:
# i_func_info_IaaI
# rand:bc/3
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xBA, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
bc/3:
# i_breakpoint_trampoline
    short jmp L2014
.db 0x00
    call L392
    align 8
L2014:
# i_test_yield
    lea rdx, qword ptr [bc/3+24]
    dec r14
    jle L390
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2015
    cmp rdi, rsi
    short jmp L2016
L2015:
    call 140320710848608
L2016:
    jl label_362
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L391
    ret
# label_L
label_362:
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L2017
    mov rax, rsi
    sar rax, 1
    or rax, 15
    short jmp L2018
L2017:
    mov eax, 31
    call 140320710851768
L2018:
    mov qword ptr [rbx+8], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L2019
    add rax, rdx
    short jno L2020
L2019:
    call 140320710853080
L2020:
    mov qword ptr [rbx+16], rax
# i_call_only_f
    jmp bc/3
# func_line_I
# aligned_label_Lt
    align 8
label_363:
# i_func_info_IaaI
# rand:make_float/3
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xC1, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
make_float/3:
# i_breakpoint_trampoline
    short jmp L2021
.db 0x00
    call L392
    align 8
L2021:
# line_I
# i_test_yield
    lea rdx, qword ptr [make_float/3+24]
    dec r14
    jle L390
# i_bs_create_bin_jItd
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L2023
L2022:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L2023:
# allocate binary
    xor r8d, r8d
    mov r9d, 3
    lea rdx, qword ptr [rbx-80]
    mov rsi, rbx
    mov rdi, r13
# (size in bytes)
    mov ecx, 8
    call 94919178210800
    mov qword ptr [rbx-120], rax
# construct integer segment
    mov edx, 1
    mov rsi, qword ptr [rbx]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
    mov rdi, qword ptr [rbx]
    mov ecx, 1296
    test eax, eax
    short je L2022
# construct integer segment
    mov edx, 11
    mov rsi, qword ptr [rbx+8]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
    mov rdi, qword ptr [rbx+8]
    mov ecx, 2320
    test eax, eax
    short je L2022
# construct integer segment
    mov edx, 52
    mov rsi, qword ptr [rbx+16]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
    mov rdi, qword ptr [rbx+16]
    mov ecx, 3344
    test eax, eax
    je L2022
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx], rax
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L2025
L2024:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2026
    mov qword ptr [rbx+8], rsi
    mov ecx, 2
    call 140320710850576
    mov rsi, qword ptr [rbx+8]
L2026:
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
L2025:
    mov qword ptr [rbx+8], rsi
# i_bs_get_float2_Sftstd
    mov rcx, qword ptr [rbx+8]
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2027
    mov qword ptr [rbx+16], rcx
    mov ecx, 3
    call 140320710850576
    mov rcx, qword ptr [rbx+16]
L2027:
    mov esi, 64
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov edx, 8
    lea rcx, qword ptr [rcx+6]
    call 94919179741520
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
    test eax, eax
    je label_365
    mov qword ptr [rbx+16], rax
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_365
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L391
    ret
# label_L
label_365:
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
label_366:
# i_func_info_IaaI
# rand:float2str/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xC2, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
float2str/1:
# i_breakpoint_trampoline
    short jmp L2028
.db 0x00
    call L392
    align 8
L2028:
# line_I
# i_test_yield
    lea rdx, qword ptr [float2str/1+24]
    dec r14
    jle L390
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178857248
    call 140320710851304
    mov qword ptr [rbx], rax
# i_bs_create_bin_jItd
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L2030
L2029:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L2030:
# allocate binary
    xor r8d, r8d
    mov r9d, 1
    lea rdx, qword ptr [rbx-80]
    mov rsi, rbx
    mov rdi, r13
# (size in bytes)
    mov ecx, 8
    call 94919178210800
    mov qword ptr [rbx-120], rax
# construct float segment
    mov edx, 64
    mov rsi, qword ptr [rbx]
    xor ecx, ecx
    mov rdi, r13
    call 94919179744048
    mov ecx, 1152
    mov rdi, rax
    test eax, eax
    short jne L2029
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx], rax
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L2032
L2031:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2033
    mov qword ptr [rbx+8], rsi
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rsi, qword ptr [rbx+8]
L2033:
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
L2032:
    mov qword ptr [rbx+8], rsi
# i_bs_get_integer_Sfttsd
    mov r8d, 1
    mov rdx, qword ptr [rbx+8]
    mov ecx, 8
    mov r9d, 2
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
    je label_372
    mov qword ptr [rbx+16], rax
# i_bs_get_integer_Sfttsd
    mov r8d, 11
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
    je label_372
    mov qword ptr [rbx+24], rax
# i_bs_get_integer_Sfttsd
    mov r8d, 52
    mov rdx, qword ptr [rbx+8]
    mov ecx, 8
    mov r9d, 4
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
    je label_372
    mov qword ptr [rbx+32], rax
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_372
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2034
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L2034:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 15
    jne label_368
# i_move_sd
    mov qword ptr [rbx], 703
# jump_f
    jmp label_369
# label_L
label_368:
# i_move_sd
    mov qword ptr [rbx], 735
# label_L
label_369:
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 15
    jne label_370
# i_move_sd
    mov qword ptr [rbx+8], 783
# jump_f
    jmp label_371
# label_L
label_370:
# i_move_sd
    mov qword ptr [rbx+8], 799
# label_L
label_371:
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+24]
    mov rdi, -16368
    add rax, rdi
    mov qword ptr [rbx+16], rax
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L2035
    mov ecx, 5
    call 140320710850576
L2035:
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
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
L2036:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L2037:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# line_I
# i_call_ext_last_et
L2038:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_372:
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
label_373:
# i_func_info_IaaI
# rand:module_info/0
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/0:
# i_breakpoint_trampoline
    short jmp L2039
.db 0x00
    call L392
    align 8
L2039:
# i_test_yield
    lea rdx, qword ptr [module_info/0+24]
    dec r14
    jle L390
# i_move_sd
    mov qword ptr [rbx], 202123
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2040
    mov ecx, 1
.db 0x90
    call 140320710850576
L2040:
# call_light_bif_be
    align 4
L2041:
L2042:
    long mov rcx, 9223372036854775807
    mov rax, 94919178912304
    lea rdx, qword ptr [L2041]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_375:
# i_func_info_IaaI
# rand:module_info/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/1:
# i_breakpoint_trampoline
    short jmp L2043
.db 0x00
    call L392
    align 8
L2043:
# i_test_yield
    lea rdx, qword ptr [module_info/1+24]
    dec r14
    jle L390
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 202123
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2044
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L2044:
# call_light_bif_be
    align 4
L2045:
L2046:
    long mov rcx, 9223372036854775807
    mov rax, 94919178913216
    lea rdx, qword ptr [L2045]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_377:
# i_func_info_IaaI
# rand:'-exs1024_jump/6-fun-0-'/2
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xC2, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-exs1024_jump/6-fun-0-'/2:
# i_breakpoint_trampoline
    short jmp L2047
.db 0x00
    call L392
    align 8
L2047:
# i_test_yield
    lea rdx, qword ptr ['-exs1024_jump/6-fun-0-'/2+24]
    dec r14
    jle L390
# i_bxor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+8]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2048
    xor rax, rsi
    or rax, 15
    short jmp L2049
L2048:
    call 140320710851840
L2049:
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L391
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_379:
# i_func_info_IaaI
# rand:'-inlined-exrop_next/1-'/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xC2, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-inlined-exrop_next/1-'/1:
# i_breakpoint_trampoline
    short jmp L2050
.db 0x00
    call L392
    align 8
L2050:
# i_test_yield
    lea rdx, qword ptr ['-inlined-exrop_next/1-'/1+24]
    dec r14
    jle L390
# jump_f
    short jmp label_379
# func_line_I
# aligned_label_Lt
    align 8
label_381:
# i_func_info_IaaI
# rand:'-inlined-exs1024_next/1-'/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xC2, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-inlined-exs1024_next/1-'/1:
# i_breakpoint_trampoline
    short jmp L2051
.db 0x00
    call L392
    align 8
L2051:
# i_test_yield
    lea rdx, qword ptr ['-inlined-exs1024_next/1-'/1+24]
    dec r14
    jle L390
# jump_f
    short jmp label_381
# func_line_I
# aligned_label_Lt
    align 8
label_383:
# i_func_info_IaaI
# rand:'-inlined-exsp_next/1-'/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xC3, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-inlined-exsp_next/1-'/1:
# i_breakpoint_trampoline
    short jmp L2052
.db 0x00
    call L392
    align 8
L2052:
# i_test_yield
    lea rdx, qword ptr ['-inlined-exsp_next/1-'/1+24]
    dec r14
    jle L390
# jump_f
    short jmp label_383
# func_line_I
# aligned_label_Lt
    align 8
label_385:
# i_func_info_IaaI
# rand:'-inlined-exsss_next/1-'/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xC3, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-inlined-exsss_next/1-'/1:
# i_breakpoint_trampoline
    short jmp L2053
.db 0x00
    call L392
    align 8
L2053:
# i_test_yield
    lea rdx, qword ptr ['-inlined-exsss_next/1-'/1+24]
    dec r14
    jle L390
# jump_f
    short jmp label_385
# func_line_I
# aligned_label_Lt
    align 8
label_387:
# i_func_info_IaaI
# rand:'-inlined-get_52/1-'/1
    call L389
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x15, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xC3, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-inlined-get_52/1-'/1:
# i_breakpoint_trampoline
    short jmp L2054
.db 0x00
    call L392
    align 8
L2054:
# i_test_yield
    lea rdx, qword ptr ['-inlined-get_52/1-'/1+24]
    dec r14
    jle L390
# jump_f
    short jmp label_387
# int_code_end
L2055:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, 94919180896308
    call 94919178184336
.section .rodata {#1}
line:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
.section .rodata {#1}
attr:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x0C, 0x68, 0x02, 0x64, 0x00, 0x03, 0x76, 0x73, 0x6E, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x6E, 0x10, 0x00, 0x90, 0xFB, 0x71, 0x7A, 0xAD, 0xAD, 0xFD, 0x0C, 0x80, 0xB5, 0x26, 0x8D, 0x3F, 0xC4, 0xDC, 0x40, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x08, 0x64, 0x69, 0x61, 0x6C, 0x79, 0x7A, 0x65, 0x72, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x68, 0x02, 0x64, 0x00, 0x11, 0x6E, 0x6F, 0x5F, 0x69, 0x6D, 0x70, 0x72, 0x6F, 0x70, 0x65, 0x72, 0x5F, 0x6C, 0x69, 0x73, 0x74, 0x73, 0x68, 0x02, 0x64, 0x00, 0x0C, 0x65, 0x78, 0x73, 0x70, 0x6C, 0x75, 0x73, 0x5F, 0x73, 0x65, 0x65, 0x64, 0x61, 0x01, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x08, 0x64, 0x69, 0x61, 0x6C, 0x79, 0x7A, 0x65, 0x72, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x68, 0x02, 0x64, 0x00, 0x11, 0x6E, 0x6F, 0x5F, 0x69, 0x6D, 0x70, 0x72, 0x6F, 0x70, 0x65, 0x72, 0x5F, 0x6C, 0x69, 0x73, 0x74, 0x73, 0x68, 0x02, 0x64, 0x00, 0x0A, 0x65, 0x78, 0x73, 0x73, 0x73, 0x5F, 0x73, 0x65, 0x65, 0x64, 0x61, 0x01, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x08, 0x64, 0x69, 0x61, 0x6C, 0x79, 0x7A, 0x65, 0x72, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x68, 0x02, 0x64, 0x00, 0x11, 0x6E, 0x6F, 0x5F, 0x69, 0x6D, 0x70, 0x72, 0x6F, 0x70, 0x65, 0x72, 0x5F, 0x6C, 0x69, 0x73, 0x74, 0x73, 0x68, 0x02, 0x64, 0x00, 0x09, 0x65, 0x78, 0x73, 0x70, 0x5F, 0x6E, 0x65, 0x78, 0x74, 0x61, 0x01, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x08, 0x64, 0x69, 0x61, 0x6C, 0x79, 0x7A, 0x65, 0x72, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x68, 0x02, 0x64, 0x00, 0x11, 0x6E, 0x6F, 0x5F, 0x69, 0x6D, 0x70, 0x72, 0x6F, 0x70, 0x65, 0x72, 0x5F, 0x6C, 0x69, 0x73, 0x74, 0x73, 0x68, 0x02, 0x64, 0x00, 0x0A, 0x65, 0x78, 0x73, 0x73, 0x73, 0x5F, 0x6E, 0x65, 0x78, 0x74, 0x61, 0x01, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x08, 0x64, 0x69, 0x61, 0x6C, 0x79, 0x7A, 0x65, 0x72, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x68, 0x02, 0x64, 0x00, 0x11, 0x6E, 0x6F, 0x5F, 0x69, 0x6D, 0x70, 0x72, 0x6F, 0x70, 0x65, 0x72, 0x5F, 0x6C, 0x69, 0x73, 0x74, 0x73, 0x68, 0x02, 0x64, 0x00, 0x0C, 0x65, 0x78, 0x73, 0x70, 0x6C, 0x75, 0x73, 0x5F, 0x6A, 0x75, 0x6D, 0x70, 0x61, 0x01, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x08, 0x64, 0x69, 0x61, 0x6C, 0x79, 0x7A, 0x65, 0x72, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x68, 0x02, 0x64, 0x00, 0x11, 0x6E, 0x6F, 0x5F, 0x69, 0x6D, 0x70, 0x72, 0x6F, 0x70, 0x65, 0x72, 0x5F, 0x6C, 0x69, 0x73, 0x74, 0x73, 0x68, 0x02, 0x64, 0x00, 0x09, 0x65, 0x78, 0x73, 0x70, 0x5F, 0x6A, 0x75, 0x6D, 0x70, 0x61, 0x01, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x08, 0x64, 0x69, 0x61, 0x6C, 0x79, 0x7A, 0x65, 0x72, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x68, 0x02, 0x64, 0x00, 0x11, 0x6E, 0x6F, 0x5F, 0x69, 0x6D, 0x70, 0x72, 0x6F, 0x70, 0x65, 0x72, 0x5F, 0x6C, 0x69, 0x73, 0x74, 0x73, 0x68, 0x02, 0x64, 0x00, 0x0C, 0x65, 0x78, 0x73, 0x70, 0x6C, 0x75, 0x73, 0x5F, 0x6A, 0x75, 0x6D, 0x70, 0x61, 0x04, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x08, 0x64, 0x69, 0x61, 0x6C, 0x79, 0x7A, 0x65, 0x72, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x68, 0x02, 0x64, 0x00, 0x11, 0x6E, 0x6F, 0x5F, 0x69, 0x6D, 0x70, 0x72, 0x6F, 0x70, 0x65, 0x72, 0x5F, 0x6C, 0x69, 0x73, 0x74, 0x73, 0x68, 0x02, 0x64, 0x00, 0x0A, 0x65, 0x78, 0x72, 0x6F, 0x70, 0x5F, 0x73, 0x65, 0x65, 0x64, 0x61, 0x01, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x08, 0x64, 0x69, 0x61, 0x6C, 0x79, 0x7A, 0x65, 0x72, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x68, 0x02, 0x64, 0x00, 0x11, 0x6E, 0x6F, 0x5F, 0x69, 0x6D, 0x70, 0x72, 0x6F, 0x70, 0x65, 0x72, 0x5F, 0x6C, 0x69, 0x73, 0x74, 0x73, 0x68, 0x02, 0x64, 0x00, 0x0C, 0x65, 0x78, 0x72, 0x6F, 0x70, 0x5F, 0x6E, 0x65, 0x78, 0x74, 0x5F, 0x73, 0x61, 0x02, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x08, 0x64, 0x69, 0x61, 0x6C, 0x79, 0x7A, 0x65, 0x72, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x68, 0x02, 0x64, 0x00, 0x11, 0x6E, 0x6F, 0x5F, 0x69, 0x6D, 0x70, 0x72, 0x6F, 0x70, 0x65, 0x72, 0x5F, 0x6C, 0x69, 0x73, 0x74, 0x73, 0x68, 0x02, 0x64, 0x00, 0x0A, 0x65, 0x78, 0x72, 0x6F, 0x70, 0x5F, 0x6E, 0x65, 0x78, 0x74, 0x61, 0x01, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x08, 0x64, 0x69, 0x61, 0x6C, 0x79, 0x7A, 0x65, 0x72, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x68, 0x02, 0x64, 0x00, 0x11, 0x6E, 0x6F, 0x5F, 0x69, 0x6D, 0x70, 0x72, 0x6F, 0x70, 0x65, 0x72, 0x5F, 0x6C, 0x69, 0x73, 0x74, 0x73, 0x68, 0x02, 0x64, 0x00, 0x0A, 0x65, 0x78, 0x72, 0x6F, 0x70, 0x5F, 0x6A, 0x75, 0x6D, 0x70, 0x61, 0x05, 0x6A, 0x6A
.section .text {#0}
.section .rodata {#1}
compile:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x68, 0x02, 0x64, 0x00, 0x07, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6F, 0x6E, 0x6B, 0x00, 0x03, 0x38, 0x2E, 0x32, 0x68, 0x02, 0x64, 0x00, 0x07, 0x6F, 0x70, 0x74, 0x69, 0x6F, 0x6E, 0x73, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x64, 0x00, 0x0A, 0x64, 0x65, 0x62, 0x75, 0x67, 0x5F, 0x69, 0x6E, 0x66, 0x6F, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x45, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x4F, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x2E, 0x2E, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x06, 0x73, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x6B, 0x00, 0x43, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x72, 0x61, 0x6E, 0x64, 0x2E, 0x65, 0x72, 0x6C, 0x6A
.section .text {#0}
.section .rodata {#1}
md5:
.db 0x40, 0xDC, 0xC4, 0x3F, 0x8D, 0x26, 0xB5, 0x80, 0x0C, 0xFD, 0xAD, 0xAD, 0x7A, 0x71, 0xFB, 0x90
.section .text {#0}
