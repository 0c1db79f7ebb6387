    align 8
L230:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L231:
    jmp 140320710851944
    align 8
L232:
    jmp 140320710853048
    align 8
L233:
    jmp 140320710850344
    align 16
L234:
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
# logger_std_h:filesync/1
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xFA, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
filesync/1:
# i_breakpoint_trampoline
    short jmp L235
.db 0x00
    call L234
    align 8
L235:
# i_test_yield
    lea rdx, qword ptr [filesync/1+24]
    dec r14
    jle L232
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 197963
# i_call_ext_only_e
L236:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_3:
# i_func_info_IaaI
# logger_std_h:adding_handler/1
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA1, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
adding_handler/1:
# i_breakpoint_trampoline
    short jmp L237
.db 0x00
    call L234
    align 8
L237:
# line_I
# i_test_yield
    lea rdx, qword ptr [adding_handler/1+24]
    dec r14
    jle L232
# i_call_ext_only_e
L238:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_5:
# i_func_info_IaaI
# logger_std_h:changing_config/3
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x24, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
changing_config/3:
# i_breakpoint_trampoline
    short jmp L239
.db 0x00
    call L234
    align 8
L239:
# line_I
# i_test_yield
    lea rdx, qword ptr [changing_config/3+24]
    dec r14
    jle L232
# i_call_ext_only_e
L240:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_7:
# i_func_info_IaaI
# logger_std_h:removing_handler/1
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xA1, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
removing_handler/1:
# i_breakpoint_trampoline
    short jmp L241
.db 0x00
    call L234
    align 8
L241:
# line_I
# i_test_yield
    lea rdx, qword ptr [removing_handler/1+24]
    dec r14
    jle L232
# i_call_ext_only_e
L242:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_9:
# i_func_info_IaaI
# logger_std_h:log/2
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xD5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
log/2:
# i_breakpoint_trampoline
    short jmp L243
.db 0x00
    call L234
    align 8
L243:
# line_I
# i_test_yield
    lea rdx, qword ptr [log/2+24]
    dec r14
    jle L232
# i_call_ext_only_e
L244:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_11:
# i_func_info_IaaI
# logger_std_h:filter_config/1
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x04, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
filter_config/1:
# i_breakpoint_trampoline
    short jmp L245
.db 0x00
    call L234
    align 8
L245:
# line_I
# i_test_yield
    lea rdx, qword ptr [filter_config/1+24]
    dec r14
    jle L232
# i_call_ext_only_e
L246:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_13:
# i_func_info_IaaI
# logger_std_h:init/2
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
init/2:
# i_breakpoint_trampoline
    short jmp L247
.db 0x00
    call L234
    align 8
L247:
# i_test_yield
    lea rdx, qword ptr [init/2+24]
    dec r14
    jle L232
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L248
    mov ecx, 2
    call 140320710850576
L248:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
L249:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L250:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x66, 0x90
    call file_ctrl_start/2
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_15
    cmp dword ptr [rsi-2], 128
    jne label_15
    cmp qword ptr [rsi+6], 30603
    jne label_15
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# update_map_assoc_sdtI
.section .rodata {#1}
L251:
    align 8
.db 0x4B, 0xFA, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L251]
.db 0x66, 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L252
    mov ecx, 1
.db 0x90
    call 140320710850576
L252:
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
    add rsp, 8
# return
    dec r14
    jl L233
    ret
# label_L
label_15:
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L233
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_16:
# i_func_info_IaaI
# logger_std_h:check_config/4
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x1F, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
check_config/4:
# i_breakpoint_trampoline
    short jmp L253
.db 0x00
    call L234
    align 8
L253:
# i_test_yield
    lea rdx, qword ptr [check_config/4+24]
    dec r14
    jle L232
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 38475
    jne label_18
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 907
    jne label_18
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L254
    mov ecx, 4
    call 140320710850576
L254:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call normalize_config/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# i_call_f
.db 0x90
    call merge_default_config/2
# i_call_last_ft
    jmp check_h_config/1
# label_L
label_18:
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L255
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L255:
    sub rsp, 40
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L256:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L257:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rsp+24]
    cmp rsi, 38475
    je label_20
    cmp rsi, 65419
    je label_19
    jmp label_23
# label_L
label_19:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsp+32], rdi
# jump_f
    jmp label_21
# label_L
label_20:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+16]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_f
.db 0x66, 0x90
    call merge_default_config/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# label_L
label_21:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_f
.db 0x66, 0x90
    call normalize_config/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+32], 59
# call_light_bif_be
    align 4
L258:
L259:
    long mov rcx, 9223372036854775807
    mov rax, 94919180014144
    lea rdx, qword ptr [L258]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L260:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L261:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L262
# skipped test of tags since they are always equal
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_22
L262:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp check_h_config/1
# label_L
label_22:
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L263
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L263:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 271243
    mov qword ptr [r15+16], 197963
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
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
    add rsp, 40
# return
    dec r14
    jl L233
    ret
# label_L
label_23:
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
label_24:
# i_func_info_IaaI
# logger_std_h:check_h_config/1
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xFA, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
check_h_config/1:
# i_breakpoint_trampoline
    short jmp L264
.db 0x00
    call L234
    align 8
L264:
# line_I
# i_test_yield
    lea rdx, qword ptr [check_h_config/1+24]
    dec r14
    jle L232
# i_bif2_ssjbd
    lea rsi, qword ptr [rbx-104]
    mov qword ptr [rsi], 43595
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsi+8], rdi
    mov rcx, 94919180022976
    call 140320710851304
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L265
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L265:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# i_call_ext_e
L266:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
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
    call check_h_config/2
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_26
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# new_map_dtI
.section .rodata {#1}
L267:
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov edx, 2
    mov ecx, 2
    lea r8, qword ptr [L267]
.db 0x0F, 0x1F, 0x00
    call 140320710853672
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L268
    mov ecx, 1
.db 0x90
    call 140320710850576
L268:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 269963
    mov qword ptr [r15+16], 197963
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
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
    jl L233
    ret
# label_L
label_26:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x90
    call fix_file_opts/1
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L269
    mov ecx, 1
    call 140320710850576
L269:
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
# return
    dec r14
    jl L233
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_27:
# i_func_info_IaaI
# logger_std_h:check_h_config/2
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xFA, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
check_h_config/2:
# i_breakpoint_trampoline
    short jmp L270
.db 0x00
    call L234
    align 8
L270:
# i_test_yield
    lea rdx, qword ptr [check_h_config/2+24]
    dec r14
    jle L232
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_29
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+16]
# skipped box test since argument is always boxed
    cmp dword ptr [rsi-2], 128
    jne label_29
    cmp qword ptr [rsi+6], 43595
    jne label_29
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L271
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_29
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_29
L271:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 63499
    je label_30
    cmp rsi, 96011
    je label_30
    cmp rsi, 239371
    je label_30
    jmp label_29
# label_L
label_29:
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_31
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_31
    cmp edi, 128
    jne label_38
    cmp qword ptr [rsi+6], 159051
    jne label_38
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_39
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+16]
# skipped box test since argument is always boxed
    cmp dword ptr [rsi-2], 128
    jne label_38
    cmp qword ptr [rsi+6], 43595
    jne label_38
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_38
    cmp dword ptr [rsi-2], 128
    jne label_38
    cmp qword ptr [rsi+6], 159051
    jne label_38
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+32], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L272
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
L272:
# label_L
label_30:
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp check_h_config/2
# label_L
label_31:
# is_eq_exact_fss
    cmp qword ptr [rbx], 63499
    jne label_38
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_39
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rbx+16], rdx
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+24]
    cmp rsi, 63499
    je label_36
    cmp rsi, 522955
    je label_37
    cmp rsi, 523019
    je label_34
    cmp rsi, 523083
    je label_32
    cmp rsi, 523147
    je label_34
    cmp rsi, 523211
    je label_36
    jmp label_38
# label_L
label_32:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L273
    test al, 1
    jne label_33
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_33
L273:
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L274
    cmp rdi, rsi
    short jmp L275
L274:
    call 140320710848608
L275:
    jge label_38
# jump_f
    jmp label_35
# label_L
label_33:
# is_eq_exact_fss
    cmp qword ptr [rbx], 395
    jne label_38
# jump_f
    jmp label_35
# label_L
label_34:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L276
    test al, 1
    jne label_38
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_38
L276:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L277
    cmp rdi, rsi
    short jmp L278
L277:
    call 140320710848608
L278:
    jl label_38
# label_L
label_35:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 63499
# i_call_only_f
    jmp check_h_config/2
# label_L
label_36:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L279
    test al, 2
    jne label_38
L279:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 63499
# i_call_only_f
    jmp check_h_config/2
# label_L
label_37:
# is_boolean_fs
    mov rdi, qword ptr [rbx]
    and rdi, -65
    cmp rdi, 11
    jne label_38
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 63499
# i_call_only_f
    jmp check_h_config/2
# label_L
label_38:
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_39
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L280
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L280:
# get_hd_Sd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi-1]
    mov qword ptr [rbx], rsi
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
    jl L233
    ret
# label_L
label_39:
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L233
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_40:
# i_func_info_IaaI
# logger_std_h:normalize_config/1
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xFC, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
normalize_config/1:
# i_breakpoint_trampoline
    short jmp L281
.db 0x00
    call L234
    align 8
L281:
# i_test_yield
    lea rdx, qword ptr [normalize_config/1+24]
    dec r14
    jle L232
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_45
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_45
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx]
    mov esi, 43595
    mov edx, 249920315
    call 140320710852224
    jne label_44
    mov qword ptr [rbx+8], rax
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_44
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_44
    cmp esi, 128
    je label_43
    cmp esi, 192
    je label_42
    jne label_44
# label_L
label_42:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 63499
    jne label_44
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+14], 1
    vmovups xmmword ptr [rbx+8], xmm0
# update_map_assoc_sdtI
.section .rodata {#1}
L282:
    align 8
.db 0x0B, 0xF8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0xFB, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0xAA, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0xF8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
    mov edx, 3
    mov ecx, 6
    lea r8, qword ptr [L282]
.db 0x66, 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# i_call_only_f
    jmp normalize_config/1
# label_L
label_43:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 63499
    jne label_44
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# update_map_assoc_sdtI
.section .rodata {#1}
L283:
    align 8
.db 0x0B, 0xF8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0xAA, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0xF8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
    mov edx, 2
    mov ecx, 4
    lea r8, qword ptr [L283]
    call 140320710854704
    mov qword ptr [rbx], rax
# i_call_only_f
    jmp normalize_config/1
# label_L
label_44:
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx]
    mov esi, 63499
    mov edx, 3771297052
    call 140320710852224
    jne label_45
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L284
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L284:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L285:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# update_map_assoc_sdtI
.section .rodata {#1}
L286:
    align 8
.db 0x0B, 0xF8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L286]
.db 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L233
    ret
# label_L
label_45:
# return
    dec r14
    jl L233
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_46:
# i_func_info_IaaI
# logger_std_h:merge_default_config/2
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xFC, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
merge_default_config/2:
# i_breakpoint_trampoline
    short jmp L287
.db 0x00
    call L234
    align 8
L287:
# i_test_yield
    lea rdx, qword ptr [merge_default_config/2+24]
    dec r14
    jle L232
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_49
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_49
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 43595
    mov edx, 249920315
    call 140320710852224
    jne label_48
    mov qword ptr [rbx+16], rax
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_only_f
    jmp merge_default_config/3
# label_L
label_48:
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 63499
    mov edx, 3771297052
    call 140320710852224
    jne label_49
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 63499
# i_call_only_f
    jmp merge_default_config/3
# label_L
label_49:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 239371
# i_call_only_f
    jmp merge_default_config/3
# func_line_I
# aligned_label_Lt
    align 8
label_50:
# i_func_info_IaaI
# logger_std_h:merge_default_config/3
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xFC, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
merge_default_config/3:
# i_breakpoint_trampoline
    short jmp L288
.db 0x00
    call L234
    align 8
L288:
# i_test_yield
    lea rdx, qword ptr [merge_default_config/3+24]
    dec r14
    jle L232
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L289
    mov ecx, 3
    call 140320710850576
L289:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_default_config/2
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# call_light_bif_be
    align 4
L290:
L291:
    long mov rcx, 9223372036854775807
    mov rax, 94919180014144
    lea rdx, qword ptr [L290]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L233
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_52:
# i_func_info_IaaI
# logger_std_h:get_default_config/2
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x1B, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_default_config/2:
# i_breakpoint_trampoline
    short jmp L292
.db 0x00
    call L234
    align 8
L292:
# i_test_yield
    lea rdx, qword ptr [get_default_config/2+24]
    dec r14
    jle L232
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 63499
    jne label_54
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L293
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L293:
# line_I
# call_light_bif_be
    align 4
L294:
L295:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100592
    lea rdx, qword ptr [L294]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_call_ext_e
L296:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# update_map_assoc_sdtI
.section .rodata {#1}
L297:
    align 8
.db 0xCB, 0xFA, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0xF8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0xFB, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0xFB, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0xFB, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0xFB, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L298:
.db 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F
.section .text {#0}
L299:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 12
    lea r8, qword ptr [L297]
.db 0x0F, 0x1F, 0x00
    call 140320710854704
    mov qword ptr [rbx], rax
# deallocate_t
# return
    dec r14
    jl L233
    ret
# label_L
label_54:
# i_new_small_map_lit_dtqI
.section .rodata {#1}
L300:
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L301:
    long mov rdx, 9223372036854775807
    mov ecx, 2
    lea r8, qword ptr [L300]
.db 0x0F, 0x1F, 0x00
    call 140320710852992
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L233
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_55:
# i_func_info_IaaI
# logger_std_h:fix_file_opts/1
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xFC, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
fix_file_opts/1:
# i_breakpoint_trampoline
    short jmp L302
.db 0x00
    call L234
    align 8
L302:
# i_test_yield
    lea rdx, qword ptr [fix_file_opts/1+24]
    dec r14
    jle L232
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx]
    mov esi, 523211
    mov edx, 4239741238
    call 140320710852224
    jne label_57
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L303
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L303:
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
    call fix_modes/1
# update_map_assoc_sdtI
.section .rodata {#1}
L304:
    align 8
.db 0xCB, 0xFB, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L304]
.db 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L233
    ret
# label_L
label_57:
# update_map_assoc_sdtI
.section .rodata {#1}
L305:
    align 8
.db 0xCB, 0xFC, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0xFD, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L305]
.db 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L233
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_58:
# i_func_info_IaaI
# logger_std_h:fix_modes/1
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xFD, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
fix_modes/1:
# i_breakpoint_trampoline
    short jmp L306
.db 0x00
    call L234
    align 8
L306:
# i_test_yield
    lea rdx, qword ptr [fix_modes/1+24]
    dec r14
    jle L232
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L307
    mov ecx, 1
    call 140320710850576
L307:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-fix_modes/1-lc$^0/1-0-'/1
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_60
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L308
    xor ecx, ecx
.db 0x90
    call 140320710850576
L308:
# put_cons_ss
    mov qword ptr [r15], 56203
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# jump_f
    jmp label_61
# label_L
label_60:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp], rdi
# label_L
label_61:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
    mov qword ptr [rbx], 34635
# line_I
# call_light_bif_be
    align 4
L309:
L310:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L309]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_62
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+8], rdi
# jump_f
    jmp label_63
# label_L
label_62:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L311
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L311:
# put_cons_ss
    mov qword ptr [r15], 34635
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# label_L
label_63:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L312
    xor ecx, ecx
.db 0x90
    call 140320710850576
L312:
# i_make_fun3_FStt
L313:
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
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_ext_e
L314:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_64
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L315
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L315:
# put_cons_ss
    mov qword ptr [r15], 523659
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L233
    ret
# label_L
label_64:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L233
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_65:
# i_func_info_IaaI
# logger_std_h:config_changed/3
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xFD, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
config_changed/3:
# i_breakpoint_trampoline
    short jmp L316
.db 0x00
    call L234
    align 8
L316:
# i_test_yield
    lea rdx, qword ptr [config_changed/3+24]
    dec r14
    jle L232
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_68
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_68
# i_get_map_elements_fsI
.section .rodata {#1}
L319:
    align 8
.db 0xCB, 0xFA, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0xB5, 0xBB, 0x18, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0xFB, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x1F, 0xC5, 0xAB, 0x5F, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0xFB, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x71, 0x6F, 0x0C, 0x7E, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0xFB, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x61, 0xB7, 0xF9, 0xCE, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+8]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L317
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L320:
    dec eax
    jl label_68
    cmp qword ptr [rsi+rax*8+6], 523147
    short jne L320
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+8], rdx
L321:
    dec eax
    jl label_68
    cmp qword ptr [rsi+rax*8+6], 523083
    short jne L321
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+32], rdx
L322:
    dec eax
    jl label_68
    cmp qword ptr [rsi+rax*8+6], 523019
    short jne L322
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+24], rdx
L323:
    dec eax
    jl label_68
    cmp qword ptr [rsi+rax*8+6], 522955
    short jne L323
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx], rdx
    short jmp L318
L317:
    mov ecx, 4
    lea r8, qword ptr [L319]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_68
L318:
# is_map_fs
    mov rax, qword ptr [rbx+16]
    test al, 1
    jne label_68
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_68
# i_get_map_elements_fsI
.section .rodata {#1}
L326:
    align 8
.db 0xCB, 0xFA, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0xB5, 0xBB, 0x18, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0xFB, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x63, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x1F, 0xC5, 0xAB, 0x5F, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0xFB, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x73, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x71, 0x6F, 0x0C, 0x7E, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0xFB, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x83, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x61, 0xB7, 0xF9, 0xCE, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+16]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L324
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L327:
    dec eax
    jl label_67
    cmp qword ptr [rsi+rax*8+6], 523147
    short jne L327
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+64], rdx
L328:
    dec eax
    jl label_67
    cmp qword ptr [rsi+rax*8+6], 523083
    short jne L328
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+56], rdx
L329:
    dec eax
    jl label_67
    cmp qword ptr [rsi+rax*8+6], 523019
    short jne L329
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+48], rdx
L330:
    dec eax
    jl label_67
    cmp qword ptr [rsi+rax*8+6], 522955
    short jne L330
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+40], rdx
    short jmp L325
L324:
    mov ecx, 4
    lea r8, qword ptr [L326]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_67
L325:
# is_eq_exact_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+40]
    cmp rdi, rsi
    short je L331
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_67
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_67
L331:
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+48]
    cmp rdi, rsi
    short je L332
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_67
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_67
L332:
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+56]
    cmp rdi, rsi
    short je L333
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_67
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_67
L333:
# is_ne_exact_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+64]
    cmp rdi, rsi
    je label_68
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    short je L334
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jnz label_68
L334:
# label_L
label_67:
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+16]
    mov esi, 522827
    mov edx, 907271530
    call 140320710852224
    jne label_68
    mov qword ptr [rbx+40], rax
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L335
    mov ecx, 6
    call 140320710850576
L335:
    sub rsp, 40
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rsp+24], xmm0
# i_new_small_map_lit_dtqI
.section .rodata {#1}
L336:
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L337:
    long mov rdx, 9223372036854775807
    mov ecx, 6
    lea r8, qword ptr [L336]
.db 0x0F, 0x1F, 0x00
    call 140320710852992
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L338
    mov ecx, 6
.db 0x90
    call 140320710850576
L338:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 262923
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# line_I
# send
    align 4
L339:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L339]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# line_I
# update_map_exact_sjdtI
.section .rodata {#1}
L340:
    align 8
.db 0xCB, 0xFA, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0xFB, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x27, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0xFB, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x37, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0xFB, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x47, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
    xor edx, edx
    mov ecx, 8
    lea r8, qword ptr [L340]
    call 140320710854816
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L233
    ret
# label_L
label_68:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L233
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_69:
# i_func_info_IaaI
# logger_std_h:filesync/3
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xFA, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
filesync/3:
# i_breakpoint_trampoline
    short jmp L341
.db 0x00
    call L234
    align 8
L341:
# i_test_yield
    lea rdx, qword ptr [filesync/3+24]
    dec r14
    jle L232
# is_map_fs
    mov rax, qword ptr [rbx+16]
    test al, 1
    short jne label_69
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    short jne label_69
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+16]
    mov esi, 522827
    mov edx, 907271530
    call 140320710852224
    short jne label_69
    mov qword ptr [rbx+24], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L342
    mov ecx, 4
.db 0x90
    call 140320710850576
L342:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
    call file_ctrl_filesync/2
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L343
    mov ecx, 1
    call 140320710850576
L343:
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
    jl L233
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_71:
# i_func_info_IaaI
# logger_std_h:write/4
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x7C, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
write/4:
# i_breakpoint_trampoline
    short jmp L344
.db 0x00
    call L234
    align 8
L344:
# i_test_yield
    lea rdx, qword ptr [write/4+24]
    dec r14
    jle L232
# is_map_fs
    mov rax, qword ptr [rbx+24]
    test al, 1
    short jne label_71
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    short jne label_71
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+24]
    mov esi, 522827
    mov edx, 907271530
    call 140320710852224
    short jne label_71
    mov qword ptr [rbx+32], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L345
    mov ecx, 5
.db 0x90
    call 140320710850576
L345:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
    call file_write/3
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L346
    mov ecx, 1
    call 140320710850576
L346:
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
    jl L233
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_73:
# i_func_info_IaaI
# logger_std_h:reset_state/2
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x3C, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
reset_state/2:
# i_breakpoint_trampoline
    short jmp L347
.db 0x00
    call L234
    align 8
L347:
# i_test_yield
    lea rdx, qword ptr [reset_state/2+24]
    dec r14
    jle L232
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L233
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_75:
# i_func_info_IaaI
# logger_std_h:handle_info/3
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x7D, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
handle_info/3:
# i_breakpoint_trampoline
    short jmp L348
.db 0x00
    call L234
    align 8
L348:
# i_test_yield
    lea rdx, qword ptr [handle_info/3+24]
    dec r14
    jle L232
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_77
    cmp dword ptr [rsi-2], 192
    jne label_77
    cmp qword ptr [rsi+6], 1355
    jne label_77
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_map_fs
    mov rax, qword ptr [rbx+16]
    test al, 1
    jne label_77
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_77
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+16]
    mov esi, 522827
    mov edx, 907271530
    call 140320710852224
    jne label_77
    mov qword ptr [rbx+24], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+24]
    cmp rdi, rsi
    short je L349
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_77
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_77
L349:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L350
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L350:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L351:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L352:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L353
    mov ecx, 1
    call 140320710850576
L353:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 523787
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
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
# call_light_bif_be
    align 4
L354:
L355:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L354]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L233
    ret
# label_L
label_77:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L233
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_78:
# i_func_info_IaaI
# logger_std_h:terminate/3
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x5A, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
terminate/3:
# i_breakpoint_trampoline
    short jmp L356
.db 0x00
    call L234
    align 8
L356:
# i_test_yield
    lea rdx, qword ptr [terminate/3+24]
    dec r14
    jle L232
# is_map_fs
    mov rax, qword ptr [rbx+16]
    test al, 1
    short jne label_78
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    short jne label_78
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+16]
    mov esi, 522827
    mov edx, 907271530
    call 140320710852224
    short jne label_78
    mov qword ptr [rbx+24], rax
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L357
    mov ecx, 4
.db 0x90
    call 140320710850576
L357:
    sub rsp, 24
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L358:
L359:
    long mov rcx, 9223372036854775807
    mov rax, 94919178883904
    lea rdx, qword ptr [L358]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_84
    cmp rsi, 75
    je label_80
    jmp label_85
# label_L
label_80:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L360:
L361:
    long mov rcx, 9223372036854775807
    mov rax, 94919179088544
    lea rdx, qword ptr [L360]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call file_ctrl_stop/1
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
    mov qword ptr [rsp+8], rax
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 33675
# line_I
# call_light_bif_be
    align 4
L362:
L363:
    long mov rcx, 9223372036854775807
    mov rax, 94919179086448
    lea rdx, qword ptr [L362]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# recv_marker_bind_SS
    mov rsi, qword ptr [rsp+8]
    mov rdx, qword ptr [rbx]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178492288
    mov rsp, rbp
# recv_marker_use_S
    mov rsi, qword ptr [rbx]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178492864
    mov rsp, rbp
# aligned_label_Lt
    align 4
label_81:
# i_loop_rec_f
    align 4
L364:
    lea rdi, qword ptr [L364]
    lea rsi, qword ptr [label_83]
    call 140320710852712
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_82
    cmp dword ptr [rsi-2], 320
    jne label_82
    cmp qword ptr [rsi+6], 1227
    jne label_82
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L365
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_82
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_82
L365:
# recv_marker_clear_S
    mov rsi, qword ptr [rsp]
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
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L233
    ret
# label_L
label_82:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_81
# aligned_label_Lt
    align 4
label_83:
# wait_timeout_locked_sf
    mov esi, 80015
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rdx, qword ptr [L367]
    call 94919178213728
    mov rsp, rbp
    cmp rax, 1
    short je L366
    short jl L367
    lea rsi, qword ptr [label_83]
    xor ecx, ecx
    push rsi
    jmp 140320710854368
L366:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_81]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
    align 4
L367:
# timeout
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178214144
    mov rsp, rbp
# recv_marker_clear_S
    mov rsi, qword ptr [rsp]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491968
    mov rsp, rbp
# i_move_sd
    mov qword ptr [rbx+8], 22219
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 24
# line_I
# call_light_bif_be
    align 4
L368:
L369:
    long mov rcx, 9223372036854775807
    mov rax, 94919179091616
    lea rdx, qword ptr [L368]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L233
    ret
# label_L
label_84:
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L233
    ret
# label_L
label_85:
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
label_86:
# i_func_info_IaaI
# logger_std_h:open_log_file/2
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xFE, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
open_log_file/2:
# i_breakpoint_trampoline
    short jmp L370
.db 0x00
    call L234
    align 8
L370:
# i_test_yield
    lea rdx, qword ptr [open_log_file/2+24]
    dec r14
    jle L232
# i_get_map_elements_fsI
.section .rodata {#1}
L373:
    align 8
.db 0x0B, 0xF8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x1C, 0x6D, 0xC9, 0xE0, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0xFB, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x1F, 0xC5, 0xAB, 0x5F, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0xFB, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x36, 0x51, 0xB5, 0xFC, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0xAA, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x3B, 0x7B, 0xE5, 0x0E, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+8]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L371
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L374:
    dec eax
    short jl label_86
    cmp qword ptr [rsi+rax*8+6], 43595
    short jne L374
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+40], rdx
L375:
    dec eax
    short jl label_86
    cmp qword ptr [rsi+rax*8+6], 523211
    short jne L375
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+32], rdx
L376:
    dec eax
    jl label_86
    cmp qword ptr [rsi+rax*8+6], 523019
    short jne L376
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+24], rdx
L377:
    dec eax
    jl label_86
    cmp qword ptr [rsi+rax*8+6], 63499
    short jne L377
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+16], rdx
    short jmp L372
L371:
    mov ecx, 4
    lea r8, qword ptr [L373]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_86
L372:
# is_eq_exact_fss
    cmp qword ptr [rbx+40], 63499
    jne label_86
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L378
    mov ecx, 5
.db 0x90
    call 140320710850576
L378:
    sub rsp, 56
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+40], rdi
# catch_yf
    inc qword ptr [r13+264]
L379:
    mov eax, 2147483647
    mov qword ptr [rsp+48], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L380:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_88
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L381:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_88
    cmp dword ptr [rsi-2], 128
    jne label_88
    cmp qword ptr [rsi+6], 30603
    jne label_88
# i_move_sd
L382:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L383:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_91
    cmp dword ptr [rsi-2], 128
    jne label_91
    cmp qword ptr [rsi+6], 30603
    jne label_91
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp]
    rex test sil, 1
    jne label_91
    cmp dword ptr [rsi-2], 896
    jne label_91
    cmp qword ptr [rsi+6], 91723
    jne label_91
# i_move_sd
L384:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+32], 59
# line_I
# call_light_bif_be
    align 4
L385:
L386:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927888
    lea rdx, qword ptr [L385]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L387
    mov ecx, 1
    call 140320710850576
L387:
# put_cons_ss
    mov qword ptr [r15], 56203
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rsp+32], rsi
# line_I
# i_call_f
    call timestamp/0
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+94]
    mov qword ptr [rbx+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_new_small_map_lit_dtqI
.section .rodata {#1}
L388:
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x47, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x37, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x67, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x57, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x77, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x77, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L389:
    long mov rdx, 9223372036854775807
    mov ecx, 3
    lea r8, qword ptr [L388]
.db 0x0F, 0x1F, 0x00
    call 140320710852992
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L390
    mov ecx, 1
.db 0x90
    call 140320710850576
L390:
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
# jump_f
    jmp label_89
# label_L
label_88:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# label_L
label_89:
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+48], 59
# deallocate_t
    add rsp, 56
# return
    dec r14
    jl L233
    ret
# label_L
label_90:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L391
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L391:
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
    add rsp, 56
# return
    dec r14
    jl L233
    ret
# label_L
label_91:
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
label_92:
# i_func_info_IaaI
# logger_std_h:close_log_file/1
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
close_log_file/1:
# i_breakpoint_trampoline
    short jmp L392
.db 0x00
    call L234
    align 8
L392:
# i_test_yield
    lea rdx, qword ptr [close_log_file/1+24]
    dec r14
    jle L232
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx]
    mov esi, 16459
    mov edx, 2620436788
    call 140320710852224
    jne label_94
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L393
    mov ecx, 1
    call 140320710850576
L393:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_ext_e
L394:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_ext_e
L395:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L233
    ret
# label_L
label_94:
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L233
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_95:
# i_func_info_IaaI
# logger_std_h:delayed_write_close/1
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
delayed_write_close/1:
# i_breakpoint_trampoline
    short jmp L396
.db 0x00
    call L234
    align 8
L396:
# i_test_yield
    lea rdx, qword ptr [delayed_write_close/1+24]
    dec r14
    jle L232
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx]
    mov esi, 16459
    mov edx, 2620436788
    call 140320710852224
    short jne label_95
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L397
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L397:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L398:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_97
    cmp dword ptr [rsi-2], 128
    jne label_97
    cmp qword ptr [rsi+6], 779
    jne label_97
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 8
L399:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_97:
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L233
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_98:
# i_func_info_IaaI
# logger_std_h:file_ctrl_start/2
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
file_ctrl_start/2:
# i_breakpoint_trampoline
    short jmp L400
.db 0x00
    call L234
    align 8
L400:
# i_test_yield
    lea rdx, qword ptr [file_ctrl_start/2+24]
    dec r14
    jle L232
# allocate_heap_tIt
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L401
    mov ecx, 2
    call 140320710850576
L401:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+16], rdi
# i_make_fun3_FStt
L402:
    long mov rsi, 9223372036854775807
    xor edx, edx
    mov ecx, 3
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179755328
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
# Move fun environment
    mov rdi, qword ptr [rbx]
    mov qword ptr [rax+40], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rax+48], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rax+56], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx], rax
# line_I
# i_call_ext_e
L403:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# aligned_label_Lt
    align 4
label_100:
# i_loop_rec_f
    align 4
L404:
    lea rdi, qword ptr [L404]
    lea rsi, qword ptr [label_103]
    call 140320710852712
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_102
    cmp dword ptr [rsi-2], 128
    jne label_102
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_101
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L405
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_102
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_102
L405:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L406
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L406:
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
    jl L233
    ret
# label_L
label_101:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L407
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_102
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_102
L407:
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
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L233
    ret
# label_L
label_102:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_100
# aligned_label_Lt
    align 4
label_103:
# wait_timeout_locked_sf
    mov esi, 80015
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rdx, qword ptr [L409]
    call 94919178213728
    mov rsp, rbp
    cmp rax, 1
    short je L408
    short jl L409
    lea rsi, qword ptr [label_103]
    xor ecx, ecx
    push rsi
    jmp 140320710854368
L408:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_100]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
    align 4
L409:
# timeout
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178214144
    mov rsp, rbp
# i_move_sd
L410:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L233
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_104:
# i_func_info_IaaI
# logger_std_h:file_ctrl_stop/1
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
file_ctrl_stop/1:
# i_breakpoint_trampoline
    short jmp L411
.db 0x00
    call L234
    align 8
L411:
# i_test_yield
    lea rdx, qword ptr [file_ctrl_stop/1+24]
    dec r14
    jle L232
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L412
    mov ecx, 1
    call 140320710850576
L412:
# i_move_sd
    mov qword ptr [rbx+8], 40971
# line_I
# send
    align 4
L413:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L413]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L233
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_106:
# i_func_info_IaaI
# logger_std_h:file_write/3
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x01, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
file_write/3:
# i_breakpoint_trampoline
    short jmp L414
.db 0x00
    call L234
    align 8
L414:
# i_test_yield
    lea rdx, qword ptr [file_write/3+24]
    dec r14
    jle L232
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 3723
    je label_109
    cmp rsi, 114123
    je label_108
    short jmp label_106
# label_L
label_108:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L415
    mov ecx, 3
.db 0x90
    call 140320710850576
L415:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 54731
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp file_ctrl_call/2
# label_L
label_109:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L416
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L416:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 54731
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# send
    align 4
L417:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L417]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L233
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_110:
# i_func_info_IaaI
# logger_std_h:file_ctrl_filesync/2
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x01, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
file_ctrl_filesync/2:
# i_breakpoint_trampoline
    short jmp L418
.db 0x00
    call L234
    align 8
L418:
# i_test_yield
    lea rdx, qword ptr [file_ctrl_filesync/2+24]
    dec r14
    jle L232
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 3723
    je label_113
    cmp rsi, 114123
    je label_112
    short jmp label_110
# label_L
label_112:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 522763
# i_call_only_f
    jmp file_ctrl_call/2
# label_L
label_113:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L419
    mov ecx, 2
.db 0x90
    call 140320710850576
L419:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 522763
# line_I
# send
    align 4
L420:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L420]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L233
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_114:
# i_func_info_IaaI
# logger_std_h:file_ctrl_call/2
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x01, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
file_ctrl_call/2:
# i_breakpoint_trampoline
    short jmp L421
.db 0x00
    call L234
    align 8
L421:
# i_test_yield
    lea rdx, qword ptr [file_ctrl_call/2+24]
    dec r14
    jle L232
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L422
    mov ecx, 2
    call 140320710850576
L422:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
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
L423:
L424:
    long mov rcx, 9223372036854775807
    mov rax, 94919179086448
    lea rdx, qword ptr [L423]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L425
    mov ecx, 1
    call 140320710850576
L425:
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
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
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
    mov qword ptr [rsp+8], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# send
    align 4
L426:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L426]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# recv_marker_use_S
    mov rsi, qword ptr [rsp+8]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178492864
    mov rsp, rbp
# aligned_label_Lt
    align 4
label_116:
# i_loop_rec_f
    align 4
L427:
    lea rdi, qword ptr [L427]
    lea rsi, qword ptr [label_120]
    call 140320710852712
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_119
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_119
    cmp esi, 128
    je label_118
    cmp esi, 320
    je label_117
    jne label_119
# label_L
label_117:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 1227
    jne label_119
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L428
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_119
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_119
L428:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L429
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L429:
# recv_marker_clear_S
    mov rsi, qword ptr [rsp+8]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491968
    mov rsp, rbp
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
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
    mov qword ptr [r15+8], 779
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L233
    ret
# label_L
label_118:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L430
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_119
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_119
L430:
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
L431:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L432:
L433:
    long mov rcx, 9223372036854775807
    mov rax, 94919179085664
    lea rdx, qword ptr [L432]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# recv_marker_clear_S
    mov rsi, qword ptr [rsp+8]
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
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L233
    ret
# label_L
label_119:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_116
# aligned_label_Lt
    align 4
label_120:
# wait_timeout_locked_sf
    mov esi, 80015
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rdx, qword ptr [L435]
    call 94919178213728
    mov rsp, rbp
    cmp rax, 1
    short je L434
    short jl L435
    lea rsi, qword ptr [label_120]
    xor ecx, ecx
    push rsi
    jmp 140320710854368
L434:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_116]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
    align 4
L435:
# timeout
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178214144
    mov rsp, rbp
# i_move_sd
L436:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L437:
L438:
    long mov rcx, 9223372036854775807
    mov rax, 94919179085664
    lea rdx, qword ptr [L437]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L439
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L439:
# recv_marker_clear_S
    mov rsi, qword ptr [rsp+8]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491968
    mov rsp, rbp
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 475275
    mov rdi, qword ptr [rsp+16]
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
    add rsp, 24
# return
    dec r14
    jl L233
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_121:
# i_func_info_IaaI
# logger_std_h:file_ctrl_init/3
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x01, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
file_ctrl_init/3:
# i_breakpoint_trampoline
    short jmp L440
.db 0x00
    call L234
    align 8
L440:
# i_test_yield
    lea rdx, qword ptr [file_ctrl_init/3+24]
    dec r14
    jle L232
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 43595
    mov edx, 249920315
    call 140320710852224
    short jne label_121
    mov qword ptr [rbx+24], rax
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx+24]
    rex test sil, 1
    jne label_123
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_123
    cmp edi, 128
    jne label_126
    cmp qword ptr [rsi+6], 159051
    jne label_126
# allocate_heap_tIt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L441
    mov ecx, 4
    call 140320710850576
L441:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 30603
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# send
    align 4
L442:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L442]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_new_small_map_lit_dtqI
.section .rodata {#1}
L443:
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x27, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L444:
    long mov rdx, 9223372036854775807
    mov ecx, 1
    lea r8, qword ptr [L443]
.db 0x90
    call 140320710852992
    mov qword ptr [rbx], rax
# i_call_last_ft
    add rsp, 16
    jmp file_ctrl_loop/1
# label_L
label_123:
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 63499
    jne label_126
# i_get_map_elements_fsI
.section .rodata {#1}
L447:
    align 8
.db 0xCB, 0xFA, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0xB5, 0xBB, 0x18, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0xF8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x1C, 0x6D, 0xC9, 0xE0, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0xFB, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x63, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x71, 0x6F, 0x0C, 0x7E, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0xFB, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x73, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x61, 0xB7, 0xF9, 0xCE, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+8]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L445
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L448:
    dec eax
    jl label_126
    cmp qword ptr [rsi+rax*8+6], 523147
    short jne L448
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+56], rdx
L449:
    dec eax
    jl label_126
    cmp qword ptr [rsi+rax*8+6], 523083
    short jne L449
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+48], rdx
L450:
    dec eax
    jl label_126
    cmp qword ptr [rsi+rax*8+6], 63499
    short jne L450
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+40], rdx
L451:
    dec eax
    jl label_126
    cmp qword ptr [rsi+rax*8+6], 522955
    short jne L451
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+32], rdx
    short jmp L446
L445:
    mov ecx, 4
    lea r8, qword ptr [L447]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_126
L446:
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L452
    mov ecx, 8
.db 0x90
    call 140320710850576
L452:
    sub rsp, 56
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+48]
    movups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# i_move_sd
    mov qword ptr [rbx+8], 30475
# i_move_sd
    mov qword ptr [rbx], 25099
# line_I
# call_light_bif_be
    align 4
L453:
L454:
    long mov rcx, 9223372036854775807
    mov rax, 94919179091664
    lea rdx, qword ptr [L453]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+40], 1
    vmovups xmmword ptr [rbx], xmm0
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+40]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_f
.db 0x90
    call open_log_file/2
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_127
    cmp dword ptr [rsi-2], 128
    jne label_127
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+48], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 779
    je label_125
    cmp rsi, 30603
    je label_124
    jmp label_127
# label_L
label_124:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L455
    xor ecx, ecx
.db 0x90
    call 140320710850576
L455:
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 30603
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsp+32], rdi
# i_trim_t
    add rsp, 24
# line_I
# send
    align 4
L456:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L456]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L457
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L457:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 32
# line_I
# i_call_f
.db 0x90
    call update_rotation/2
# i_call_last_ft
    jmp file_ctrl_loop/1
# label_L
label_125:
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L458
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L458:
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 524875
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov rdi, qword ptr [rbx+8]
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
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# line_I
# send
    align 4
L459:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L459]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 56
# return
    dec r14
    jl L233
    ret
# label_L
label_126:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L460
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L460:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 30603
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# send
    align 4
L461:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L461]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_new_small_map_lit_dtqI
.section .rodata {#1}
L462:
    align 8
.db 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x27, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L463:
    long mov rdx, 9223372036854775807
    xor ecx, ecx
    lea r8, qword ptr [L462]
.db 0x0F, 0x1F, 0x00
    call 140320710852992
    mov qword ptr [rbx], rax
# i_call_last_ft
    add rsp, 16
    jmp file_ctrl_loop/1
# label_L
label_127:
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
label_128:
# i_func_info_IaaI
# logger_std_h:file_ctrl_loop/1
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x02, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
file_ctrl_loop/1:
# i_breakpoint_trampoline
    short jmp L464
.db 0x00
    call L234
    align 8
L464:
# i_test_yield
    lea rdx, qword ptr [file_ctrl_loop/1+24]
    dec r14
    jle L232
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L465
    mov ecx, 1
    call 140320710850576
L465:
    sub rsp, 24
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# aligned_label_Lt
    align 4
label_130:
# i_loop_rec_f
    align 4
L466:
    lea rdi, qword ptr [L466]
    lea rsi, qword ptr [label_139]
    call 140320710852712
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_135
    test byte ptr [rsi-2], 63
    jne label_135
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 128
    jne label_138
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_131
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_131
    cmp edi, 128
    jne label_138
    cmp qword ptr [rsi+6], 54731
    jne label_138
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_138
    cmp dword ptr [rsi-2], 128
    jne label_138
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
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
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call ensure_file/1
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x90
    call write_to_dev/2
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L467
    mov ecx, 1
    call 140320710850576
L467:
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
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 30603
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# send
    align 4
L468:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L468]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp file_ctrl_loop/1
# label_L
label_131:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 54731
    je label_133
    cmp rsi, 262923
    je label_132
    cmp rsi, 522763
    je label_134
    jmp label_138
# label_L
label_132:
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_138
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_138
# i_get_map_elements_fsI
.section .rodata {#1}
L471:
    align 8
.db 0xCB, 0xFA, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0xB5, 0xBB, 0x18, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0xFB, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x1F, 0xC5, 0xAB, 0x5F, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0xFB, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x71, 0x6F, 0x0C, 0x7E, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0xFB, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x61, 0xB7, 0xF9, 0xCE, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L469
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L472:
    dec eax
    jl label_138
    cmp qword ptr [rsi+rax*8+6], 523147
    short jne L472
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx], rdx
L473:
    dec eax
    jl label_138
    cmp qword ptr [rsi+rax*8+6], 523083
    short jne L473
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+24], rdx
L474:
    dec eax
    jl label_138
    cmp qword ptr [rsi+rax*8+6], 523019
    short jne L474
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+16], rdx
L475:
    dec eax
    jl label_138
    cmp qword ptr [rsi+rax*8+6], 522955
    short jne L475
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+8], rdx
    short jmp L470
L469:
    mov ecx, 4
    lea r8, qword ptr [L471]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_138
L470:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L476
    mov ecx, 4
.db 0x90
    call 140320710850576
L476:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
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
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
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
# i_call_f
.db 0x66, 0x90
    call update_rotation/2
# update_map_assoc_sdtI
.section .rodata {#1}
L477:
    align 8
.db 0x0B, 0xFB, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L477]
.db 0x66, 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# i_call_last_ft
    add rsp, 8
    jmp file_ctrl_loop/1
# label_L
label_133:
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
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
    call write_to_dev/2
# i_call_last_ft
    jmp file_ctrl_loop/1
# label_L
label_134:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_138
    cmp dword ptr [rsi-2], 128
    jne label_138
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
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
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x90
    call ensure_file/1
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call sync_dev/1
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L478
    mov ecx, 1
    call 140320710850576
L478:
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
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 30603
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# send
    align 4
L479:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L479]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp file_ctrl_loop/1
# label_L
label_135:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 40971
    je label_136
    cmp rsi, 522763
    je label_137
    jmp label_138
# label_L
label_136:
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
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call close_log_file/1
# i_move_sd
    mov qword ptr [rbx], 219403
# deallocate_t
# return
    dec r14
    jl L233
    ret
# label_L
label_137:
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
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
    call sync_dev/1
# i_call_last_ft
    jmp file_ctrl_loop/1
# label_L
label_138:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_130
# aligned_label_Lt
    align 4
label_139:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_130]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# func_line_I
# aligned_label_Lt
    align 8
label_140:
# i_func_info_IaaI
# logger_std_h:maybe_ensure_file/1
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x02, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
maybe_ensure_file/1:
# i_breakpoint_trampoline
    short jmp L480
.db 0x00
    call L234
    align 8
L480:
# i_test_yield
    lea rdx, qword ptr [maybe_ensure_file/1+24]
    dec r14
    jle L232
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx]
    mov esi, 523019
    mov edx, 1605092639
    call 140320710852224
    jne label_144
    mov qword ptr [rbx+8], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_142
# i_call_only_f
    jmp ensure_file/1
# label_L
label_142:
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx]
    mov esi, 524107
    mov edx, 1671725038
    call 140320710852224
    jne label_144
    mov qword ptr [rbx+16], rax
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L481
    test al, 1
    jne label_144
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_144
L481:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L482
    mov ecx, 3
.db 0x90
    call 140320710850576
L482:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call timestamp/0
# i_minus_ssjd
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rsp]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L484
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L483
L484:
    call 140320710853648
    je label_143
L483:
    mov qword ptr [rbx], rax
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rsp+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L485
    cmp rdi, rsi
    short jmp L486
L485:
    call 140320710848608
L486:
    jge label_143
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp ensure_file/1
# label_L
label_143:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L233
    ret
# label_L
label_144:
# return
    dec r14
    jl L233
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_145:
# i_func_info_IaaI
# logger_std_h:ensure_file/1
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x03, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ensure_file/1:
# i_breakpoint_trampoline
    short jmp L487
.db 0x00
    call L234
    align 8
L487:
# i_test_yield
    lea rdx, qword ptr [ensure_file/1+24]
    dec r14
    jle L232
# i_get_map_elements_fsI
.section .rodata {#1}
L490:
    align 8
.db 0xCB, 0x60, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x68, 0x92, 0x7C, 0x06, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0xFF, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x12, 0x3F, 0x91, 0x13, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0xFB, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x36, 0x51, 0xB5, 0xFC, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L488
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L491:
    dec eax
    jl label_148
    cmp qword ptr [rsi+rax*8+6], 523211
    short jne L491
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+24], rdx
L492:
    dec eax
    jl label_148
    cmp qword ptr [rsi+rax*8+6], 524043
    short jne L492
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+16], rdx
L493:
    dec eax
    jl label_148
    cmp qword ptr [rsi+rax*8+6], 286923
    short jne L493
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+8], rdx
    short jmp L489
L488:
    mov ecx, 3
    lea r8, qword ptr [L490]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_148
L489:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L494
    mov ecx, 4
    call 140320710850576
L494:
    sub rsp, 32
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
L495:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_ext_e
L496:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_147
    cmp dword ptr [rsi-2], 128
    jne label_147
    cmp qword ptr [rsi+6], 30603
    jne label_147
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_147
    cmp dword ptr [rsi-2], 896
    jne label_147
    cmp qword ptr [rsi+6], 91723
    jne label_147
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+94]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L497
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_147
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_147
L497:
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
.db 0x66, 0x90
    call timestamp/0
# update_map_assoc_sdtI
.section .rodata {#1}
L498:
    align 8
.db 0x4B, 0xFF, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L498]
.db 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L233
    ret
# label_L
label_147:
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call close_log_file/1
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call ensure_open/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_move_sd
L499:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_ext_e
L500:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_149
    cmp dword ptr [rsi-2], 128
    jne label_149
    cmp qword ptr [rsi+6], 30603
    jne label_149
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp]
    rex test sil, 1
    jne label_149
    cmp dword ptr [rsi-2], 896
    jne label_149
    cmp qword ptr [rsi+6], 91723
    jne label_149
# line_I
# i_call_f
.db 0x66, 0x90
    call timestamp/0
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+94]
    mov qword ptr [rbx+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# update_map_assoc_sdtI
.section .rodata {#1}
L501:
    align 8
.db 0x4B, 0x40, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0xFF, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0xFF, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0xFF, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x77, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0x77, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+24], rdi
    mov edx, 3
    mov ecx, 10
    lea r8, qword ptr [L501]
.db 0x0F, 0x1F, 0x00
    call 140320710854704
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L233
    ret
# label_L
label_148:
# return
    dec r14
    jl L233
    ret
# label_L
label_149:
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
label_150:
# i_func_info_IaaI
# logger_std_h:ensure_open/2
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x03, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ensure_open/2:
# i_breakpoint_trampoline
    short jmp L502
.db 0x00
    call L234
    align 8
L502:
# i_test_yield
    lea rdx, qword ptr [ensure_open/2+24]
    dec r14
    jle L232
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L503
    mov ecx, 2
    call 140320710850576
L503:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# line_I
# i_call_ext_e
L504:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_153
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# i_trim_t
    add rsp, 16
# line_I
# i_call_ext_e
L505:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_152
    cmp dword ptr [rsi-2], 128
    jne label_152
    cmp qword ptr [rsi+6], 30603
    jne label_152
# deallocate_t
# return
    dec r14
    jl L233
    ret
# label_L
label_152:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L506
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L506:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 525195
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L507:
L508:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L507]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L233
    ret
# label_L
label_153:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L509
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L509:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 525259
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L510:
L511:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L510]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L233
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_154:
# i_func_info_IaaI
# logger_std_h:write_to_dev/2
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x04, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
write_to_dev/2:
# i_breakpoint_trampoline
    short jmp L512
.db 0x00
    call L234
    align 8
L512:
# i_test_yield
    lea rdx, qword ptr [write_to_dev/2+24]
    dec r14
    jle L232
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 524811
    mov edx, 358721836
    call 140320710852224
    jne label_156
    mov qword ptr [rbx+16], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L513
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L513:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L514:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L233
    ret
# label_L
label_156:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L515
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L515:
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
    call maybe_ensure_file/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx]
    mov esi, 16459
    mov edx, 2620436788
    call 140320710852224
    jne label_157
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_ext_e
L516:
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
    call maybe_rotate_file/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 97483
# line_I
# i_call_f
.db 0x90
    call maybe_notify_error/3
# update_map_assoc_sdtI
.section .rodata {#1}
L517:
    align 8
.db 0x0B, 0x77, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0xFF, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x27, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
    xor edx, edx
    mov ecx, 4
    lea r8, qword ptr [L517]
.db 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L233
    ret
# label_L
label_157:
# line_I
# badmatch_s
    mov rdi, qword ptr [rsp]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_158:
# i_func_info_IaaI
# logger_std_h:sync_dev/1
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x04, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
sync_dev/1:
# i_breakpoint_trampoline
    short jmp L518
.db 0x00
    call L234
    align 8
L518:
# i_test_yield
    lea rdx, qword ptr [sync_dev/1+24]
    dec r14
    jle L232
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx]
    mov esi, 489227
    mov edx, 1965936733
    call 140320710852224
    jne label_160
    mov qword ptr [rbx+8], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 11
    jne label_160
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L519
    mov ecx, 1
    call 140320710850576
L519:
    sub rsp, 16
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call maybe_ensure_file/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx]
    mov esi, 16459
    mov edx, 2620436788
    call 140320710852224
    jne label_161
    mov qword ptr [rbx], rax
# line_I
# i_call_ext_e
L520:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 522763
# line_I
# i_call_f
.db 0x90
    call maybe_notify_error/3
# update_map_assoc_sdtI
.section .rodata {#1}
L521:
    align 8
.db 0x8B, 0xFF, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0x77, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
    xor edx, edx
    mov ecx, 4
    lea r8, qword ptr [L521]
    call 140320710854704
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L233
    ret
# label_L
label_160:
# return
    dec r14
    jl L233
    ret
# label_L
label_161:
# line_I
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
label_162:
# i_func_info_IaaI
# logger_std_h:update_rotation/2
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x04, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
update_rotation/2:
# i_breakpoint_trampoline
    short jmp L522
.db 0x00
    call L234
    align 8
L522:
# i_test_yield
    lea rdx, qword ptr [update_rotation/2+24]
    dec r14
    jle L232
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+24], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 395
    jne label_164
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L523
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L523:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx], 15
# line_I
# i_call_f
    call maybe_remove_archives/2
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 525515
# line_I
# call_light_bif_be
    align 4
L524:
L525:
    long mov rcx, 9223372036854775807
    mov rax, 94919180039056
    lea rdx, qword ptr [L524]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L233
    ret
# label_L
label_164:
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_162
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_162
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 286923
    mov edx, 108827240
    call 140320710852224
    jne label_162
    mov qword ptr [rbx+32], rax
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L526
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L526:
    sub rsp, 40
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+8], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+32], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call maybe_remove_archives/2
# i_move_sd
L527:
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
# i_call_ext_e
L528:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_165
    cmp dword ptr [rsi-2], 128
    jne label_165
    cmp qword ptr [rsi+6], 30603
    jne label_165
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_165
    cmp dword ptr [rsi-2], 896
    jne label_165
    cmp qword ptr [rsi+6], 91723
    jne label_165
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_new_small_map_lit_dtqI
.section .rodata {#1}
L529:
    align 8
.db 0x37, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x27, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L530:
    long mov rdx, 9223372036854775807
    mov ecx, 1
    lea r8, qword ptr [L529]
    call 140320710852992
    mov qword ptr [rbx], rax
# update_map_assoc_sdtI
.section .rodata {#1}
L531:
    align 8
.db 0xCB, 0x04, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L531]
.db 0x90
    call 140320710854704
    mov qword ptr [rsp+24], rax
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 24
# i_move_sd
    mov qword ptr [rbx], 15
# line_I
# i_call_f
.db 0x66, 0x90
    call maybe_update_compress/2
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 15
# i_call_last_ft
    add rsp, 8
    jmp maybe_rotate_file/2
# label_L
label_165:
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
label_166:
# i_func_info_IaaI
# logger_std_h:maybe_remove_archives/2
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x05, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
maybe_remove_archives/2:
# i_breakpoint_trampoline
    short jmp L532
.db 0x00
    call L234
    align 8
L532:
# i_test_yield
    lea rdx, qword ptr [maybe_remove_archives/2+24]
    dec r14
    jle L232
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    short jne label_166
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    short jne label_166
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 286923
    mov edx, 108827240
    call 140320710852224
    short jne label_166
    mov qword ptr [rbx+16], rax
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L533
    mov ecx, 3
.db 0x90
    call 140320710850576
L533:
    sub rsp, 40
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+16], 11
# line_I
# i_call_f
    call rot_file_name/3
# swap_dd
    mov rdi, qword ptr [rsp+16]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 75
# line_I
# i_call_f
.db 0x66, 0x90
    call rot_file_name/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_move_sd
L534:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_ext_e
L535:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_move_sd
L536:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_ext_e
L537:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_is_eq_exact_literal_fscI
L538:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rsp]
    rex test dil, 1
    jne label_168
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_168
# i_is_eq_exact_literal_fscI
L539:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_168
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_168
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L233
    ret
# label_L
label_168:
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
L540:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_ext_e
L541:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L542
    mov rax, rsi
    add rax, rdx
    short jno L543
L542:
    call 140320710853080
L543:
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 16
    jmp maybe_remove_archives/2
# func_line_I
# aligned_label_Lt
    align 8
label_169:
# i_func_info_IaaI
# logger_std_h:maybe_update_compress/2
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x05, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
maybe_update_compress/2:
# i_breakpoint_trampoline
    short jmp L544
.db 0x00
    call L234
    align 8
L544:
# i_test_yield
    lea rdx, qword ptr [maybe_update_compress/2+24]
    dec r14
    jle L232
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 525515
    mov edx, 1905610486
    call 140320710852224
    short jne label_169
    mov qword ptr [rbx+16], rax
# is_map_fs
    mov rax, qword ptr [rbx+16]
    test al, 1
    short jne label_169
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    short jne label_169
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+16]
    mov esi, 10379
    mov edx, 1410632082
    call 140320710852224
    jne label_171
    mov qword ptr [rbx+24], rax
# is_eq_exact_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+24]
    cmp rdi, rsi
    short je L545
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_171
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_171
L545:
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L233
    ret
# label_L
label_171:
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+16]
    mov esi, 122955
    mov edx, 3661202431
    call 140320710852224
    jne label_169
    mov qword ptr [rbx+16], rax
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 286923
    mov edx, 108827240
    call 140320710852224
    jne label_169
    mov qword ptr [rbx+24], rax
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+16]
    mov rcx, 94919178915584
    call 140320710851304
    mov qword ptr [rbx+32], rax
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L546
    mov ecx, 5
    call 140320710850576
L546:
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
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_f
    call rot_file_name/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
L547:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_ext_e
L548:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_173
    cmp dword ptr [rsi-2], 128
    jne label_173
    cmp qword ptr [rsi+6], 30603
    jne label_173
# is_eq_exact_fss
    cmp qword ptr [rsp+8], 75
    jne label_172
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_f
    call compress_file/1
# jump_f
    jmp label_173
# label_L
label_172:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call decompress_file/1
# label_L
label_173:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+24]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L549
    add rax, rdx
    short jno L550
L549:
    call 140320710853080
L550:
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 32
    jmp maybe_update_compress/2
# func_line_I
# aligned_label_Lt
    align 8
label_174:
# i_func_info_IaaI
# logger_std_h:maybe_rotate_file/2
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x05, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
maybe_rotate_file/2:
# i_breakpoint_trampoline
    short jmp L551
.db 0x00
    call L234
    align 8
L551:
# i_test_yield
    lea rdx, qword ptr [maybe_rotate_file/2+24]
    dec r14
    jle L232
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 525515
    mov edx, 1905610486
    call 140320710852224
    jne label_178
    mov qword ptr [rbx+16], rax
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_176
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L553
    and al, -5
    cmp al, 32
    jne label_176
    short jmp L552
L553:
    cmp byte ptr [rdi+22], 0
    jne label_176
L552:
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# i_call_only_f
    short jmp maybe_rotate_file/2
# label_L
label_176:
# is_map_fs
    mov rax, qword ptr [rbx+16]
    test al, 1
    jne label_178
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_178
# i_get_map_elements_fsI
.section .rodata {#1}
L556:
    align 8
.db 0x0B, 0x05, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x9C, 0x29, 0xA2, 0x60, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x9C, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xD8, 0xF0, 0x94, 0xA4, 0x00, 0x00, 0x00, 0x00
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
    jl label_178
    cmp qword ptr [rsi+rax*8+6], 40075
    short jne L557
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+32], rdx
L558:
    dec eax
    jl label_178
    cmp qword ptr [rsi+rax*8+6], 525579
    short jne L558
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+24], rdx
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
    je label_178
L555:
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L560
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L559
L560:
    call 140320710853728
L559:
    mov qword ptr [rbx], rax
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L561
    cmp rdi, rsi
    short jmp L562
L561:
    call 140320710848608
L562:
    jge label_177
# update_map_assoc_sdtI
.section .rodata {#1}
L563:
    align 8
.db 0x0B, 0x05, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+24], rdi
    mov edx, 3
    mov ecx, 2
    lea r8, qword ptr [L563]
.db 0x66, 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# update_map_assoc_sdtI
.section .rodata {#1}
L564:
    align 8
.db 0xCB, 0x04, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
    mov edx, 2
    mov ecx, 2
    lea r8, qword ptr [L564]
.db 0x66, 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# i_call_only_f
    jmp rotate_file/1
# label_L
label_177:
# update_map_assoc_sdtI
.section .rodata {#1}
L565:
    align 8
.db 0x0B, 0x05, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+24], rdi
    mov edx, 3
    mov ecx, 2
    lea r8, qword ptr [L565]
.db 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# update_map_assoc_sdtI
.section .rodata {#1}
L566:
    align 8
.db 0xCB, 0x04, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
    mov edx, 2
    mov ecx, 2
    lea r8, qword ptr [L566]
.db 0x66, 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L233
    ret
# label_L
label_178:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L233
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_179:
# i_func_info_IaaI
# logger_std_h:rotate_file/1
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x06, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rotate_file/1:
# i_breakpoint_trampoline
    short jmp L567
.db 0x00
    call L234
    align 8
L567:
# i_test_yield
    lea rdx, qword ptr [rotate_file/1+24]
    dec r14
    jle L232
# i_get_map_elements_fsI
.section .rodata {#1}
L570:
    align 8
.db 0xCB, 0x60, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x68, 0x92, 0x7C, 0x06, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0xFB, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x36, 0x51, 0xB5, 0xFC, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0x04, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xF6, 0x4E, 0x95, 0x71, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L568
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L571:
    dec eax
    short jl label_179
    cmp qword ptr [rsi+rax*8+6], 525515
    short jne L571
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+24], rdx
L572:
    dec eax
    short jl label_179
    cmp qword ptr [rsi+rax*8+6], 523211
    short jne L572
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+16], rdx
L573:
    dec eax
    jl label_179
    cmp qword ptr [rsi+rax*8+6], 286923
    short jne L573
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+8], rdx
    short jmp L569
L568:
    mov ecx, 3
    lea r8, qword ptr [L570]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_179
L569:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L574
    mov ecx, 4
    call 140320710850576
L574:
    sub rsp, 32
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call sync_dev/1
# swap_dd
    mov rdi, qword ptr [rsp+24]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+24], rsi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call delayed_write_close/1
# line_I
# i_bif2_ssjbd
    lea rsi, qword ptr [rbx-104]
    mov qword ptr [rsi], 10379
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsi+8], rdi
    mov rcx, 94919180022976
    call 140320710851304
    mov qword ptr [rbx+8], rax
# i_bif2_ssjbd
    lea rsi, qword ptr [rbx-104]
    mov qword ptr [rsi], 122955
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsi+8], rdi
    mov rcx, 94919180022976
    call 140320710851304
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_f
    call rotate_files/3
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call ensure_open/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_move_sd
L575:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_ext_e
L576:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_181
    cmp dword ptr [rsi-2], 128
    jne label_181
    cmp qword ptr [rsi+6], 30603
    jne label_181
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_181
    cmp dword ptr [rsi-2], 896
    jne label_181
    cmp qword ptr [rsi+6], 91723
    jne label_181
# update_map_assoc_sdtI
.section .rodata {#1}
L577:
    align 8
.db 0x0B, 0x05, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
    mov edx, 2
    mov ecx, 2
    lea r8, qword ptr [L577]
.db 0x0F, 0x1F, 0x00
    call 140320710854704
    mov qword ptr [rbx], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+94]
    mov qword ptr [rbx+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# update_map_assoc_sdtI
.section .rodata {#1}
L578:
    align 8
.db 0x4B, 0x40, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0xFF, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0x04, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+24], rdi
    mov edx, 3
    mov ecx, 6
    lea r8, qword ptr [L578]
.db 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L233
    ret
# label_L
label_181:
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
label_182:
# i_func_info_IaaI
# logger_std_h:rotate_files/3
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x06, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rotate_files/3:
# i_breakpoint_trampoline
    short jmp L579
.db 0x00
    call L234
    align 8
L579:
# i_test_yield
    lea rdx, qword ptr [rotate_files/3+24]
    dec r14
    jle L232
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 15
    je label_186
    cmp rsi, 31
    je label_184
    jmp label_187
# label_L
label_184:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L580
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L580:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
L581:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# call_light_bif_be
    align 4
L582:
L583:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L582]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_ext_e
L584:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_185
# is_eq_exact_fss
    cmp qword ptr [rsp], 75
    jne label_185
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp compress_file/1
# label_L
label_185:
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L233
    ret
# label_L
label_186:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L585
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L585:
# line_I
# i_call_ext_e
L586:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L233
    ret
# label_L
label_187:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -32
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L587
    mov rax, rsi
    add rax, rdx
    short jno L588
L587:
    call 140320710853080
L588:
    mov qword ptr [rbx+24], rax
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L589
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L589:
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
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_call_f
.db 0x66, 0x90
    call rot_file_name/3
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+16]
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
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x90
    call rot_file_name/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_ext_e
L592:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L593
    add rax, rdx
    short jno L594
L593:
    call 140320710853080
L594:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp rotate_files/3
# func_line_I
# aligned_label_Lt
    align 8
label_188:
# i_func_info_IaaI
# logger_std_h:rot_file_name/3
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x06, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rot_file_name/3:
# i_breakpoint_trampoline
    short jmp L595
.db 0x00
    call L234
    align 8
L595:
# i_test_yield
    lea rdx, qword ptr [rot_file_name/3+24]
    dec r14
    jle L232
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 11
    je label_191
    cmp rsi, 75
    je label_190
    short jmp label_188
# label_L
label_190:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L596
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L596:
# i_move_sd
    mov qword ptr [rbx+16], 11
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call rot_file_name/3
# i_move_sd
L597:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# call_light_bif_be
    align 4
L598:
L599:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L598]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L233
    ret
# label_L
label_191:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L600
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L600:
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
L601:
L602:
    long mov rcx, 9223372036854775807
    mov rax, 94919179120432
    lea rdx, qword ptr [L601]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L603
    mov ecx, 1
    call 140320710850576
L603:
# put_cons_ss
    mov qword ptr [r15], 751
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L604:
L605:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L604]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L233
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_192:
# i_func_info_IaaI
# logger_std_h:compress_file/1
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x06, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
compress_file/1:
# i_breakpoint_trampoline
    short jmp L606
.db 0x00
    call L234
    align 8
L606:
# i_test_yield
    lea rdx, qword ptr [compress_file/1+24]
    dec r14
    jle L232
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L607
    mov ecx, 1
    call 140320710850576
L607:
    sub rsp, 32
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
L608:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_ext_e
L609:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_195
    cmp dword ptr [rsi-2], 128
    jne label_195
    cmp qword ptr [rsi+6], 30603
    jne label_195
# i_move_sd
L610:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L611:
L612:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L611]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
L613:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_call_ext_e
L614:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_194
    cmp dword ptr [rsi-2], 128
    jne label_194
    cmp qword ptr [rsi+6], 30603
    jne label_194
# line_I
# i_call_ext_e
L615:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx+24], 511
# i_move_sd
    mov qword ptr [rbx+32], 143
# i_move_sd
    mov qword ptr [rbx+16], 120395
# i_move_sd
    mov qword ptr [rbx+40], 11211
# i_move_sd
    mov qword ptr [rbx+8], 11211
# line_I
# i_call_ext_e
L616:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call compress_data/3
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L617:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_ext_e
L618:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+8], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_ext_e
L619:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_ext_e
L620:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_ext_e
L621:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L233
    ret
# label_L
label_194:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_195:
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
label_196:
# i_func_info_IaaI
# logger_std_h:compress_data/3
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x07, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
compress_data/3:
# i_breakpoint_trampoline
    short jmp L622
.db 0x00
    call L234
    align 8
L622:
# i_test_yield
    lea rdx, qword ptr [compress_data/3+24]
    dec r14
    jle L232
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L623
    mov ecx, 3
    call 140320710850576
L623:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 1600015
# line_I
# i_call_ext_e
L624:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_198
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_198
    cmp edi, 128
    jne label_199
    cmp qword ptr [rsi+6], 30603
    jne label_199
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L625:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L626:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp compress_data/3
# label_L
label_198:
# is_eq_exact_fss
    cmp qword ptr [rbx], 14091
    jne label_199
# i_move_sd
L627:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 123019
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_ext_e
L628:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_ext_e
L629:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L233
    ret
# label_L
label_199:
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
label_200:
# i_func_info_IaaI
# logger_std_h:decompress_file/1
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x07, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
decompress_file/1:
# i_breakpoint_trampoline
    short jmp L630
.db 0x00
    call L234
    align 8
L630:
# i_test_yield
    lea rdx, qword ptr [decompress_file/1+24]
    dec r14
    jle L232
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L631
    mov ecx, 1
    call 140320710850576
L631:
    sub rsp, 32
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
L632:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_ext_e
L633:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_203
    cmp dword ptr [rsi-2], 128
    jne label_203
    cmp qword ptr [rsi+6], 30603
    jne label_203
# i_move_sd
L634:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L635:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
L636:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_call_ext_e
L637:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_202
    cmp dword ptr [rsi-2], 128
    jne label_202
    cmp qword ptr [rsi+6], 30603
    jne label_202
# line_I
# i_call_ext_e
L638:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx+8], 511
# line_I
# i_call_ext_e
L639:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call decompress_data/3
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L640:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_ext_e
L641:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+8], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_ext_e
L642:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_ext_e
L643:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_ext_e
L644:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L233
    ret
# label_L
label_202:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_203:
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
label_204:
# i_func_info_IaaI
# logger_std_h:decompress_data/3
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x07, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
decompress_data/3:
# i_breakpoint_trampoline
    short jmp L645
.db 0x00
    call L234
    align 8
L645:
# i_test_yield
    lea rdx, qword ptr [decompress_data/3+24]
    dec r14
    jle L232
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L646
    mov ecx, 3
    call 140320710850576
L646:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 16015
# line_I
# i_call_ext_e
L647:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_206
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_206
    cmp edi, 128
    jne label_207
    cmp qword ptr [rsi+6], 30603
    jne label_207
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L648:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L649:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp decompress_data/3
# label_L
label_206:
# is_eq_exact_fss
    cmp qword ptr [rbx], 14091
    jne label_207
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L233
    ret
# label_L
label_207:
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
label_208:
# i_func_info_IaaI
# logger_std_h:maybe_notify_error/3
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x07, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
maybe_notify_error/3:
# i_breakpoint_trampoline
    short jmp L650
.db 0x00
    call L234
    align 8
L650:
# i_test_yield
    lea rdx, qword ptr [maybe_notify_error/3+24]
    dec r14
    jle L232
# is_ne_exact_fss
    cmp qword ptr [rbx+8], 30603
    je label_211
# i_get_map_elements_fsI
.section .rodata {#1}
L653:
    align 8
.db 0x8B, 0xFF, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x1E, 0xDD, 0x53, 0x87, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0xFF, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xA5, 0x9C, 0x35, 0x3D, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+16]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L651
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L654:
    dec eax
    jl label_212
    cmp qword ptr [rsi+rax*8+6], 524235
    short jne L654
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+32], rdx
L655:
    dec eax
    jl label_212
    cmp qword ptr [rsi+rax*8+6], 524171
    short jne L655
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+24], rdx
    short jmp L652
L651:
    mov ecx, 2
    lea r8, qword ptr [L653]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_212
L652:
# is_eq_exact_fss
    cmp qword ptr [rbx], 97483
    jne label_210
# is_ne_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    je label_211
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    short je L656
    call 140320710848744
    je label_211
L656:
# label_L
label_210:
# is_eq_exact_fss
    cmp qword ptr [rbx], 522763
    jne label_212
# is_eq_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L657
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_212
    call 140320710848744
    jne label_212
L657:
# label_L
label_211:
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L233
    ret
# label_L
label_212:
# i_get_map_elements_fsI
.section .rodata {#1}
L660:
    align 8
.db 0xCB, 0x60, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x68, 0x92, 0x7C, 0x06, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0xFE, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x88, 0x88, 0x9B, 0xB6, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+16]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L658
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L661:
    dec eax
    jl label_208
    cmp qword ptr [rsi+rax*8+6], 523979
    short jne L661
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+32], rdx
L662:
    dec eax
    jl label_208
    cmp qword ptr [rsi+rax*8+6], 286923
    short jne L662
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+24], rdx
    short jmp L659
L658:
    mov ecx, 2
    lea r8, qword ptr [L660]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_208
L659:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L663
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L663:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L664:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L233
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_213:
# i_func_info_IaaI
# logger_std_h:timestamp/0
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA6, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
timestamp/0:
# i_breakpoint_trampoline
    short jmp L665
.db 0x00
    call L234
    align 8
L665:
# i_test_yield
    lea rdx, qword ptr [timestamp/0+24]
    dec r14
    jle L232
# i_move_sd
    mov qword ptr [rbx], 25739
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L666
    mov ecx, 1
.db 0x90
    call 140320710850576
L666:
# call_light_bif_be
    align 4
L667:
L668:
    long mov rcx, 9223372036854775807
    mov rax, 94919179332416
    lea rdx, qword ptr [L667]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L233
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_215:
# i_func_info_IaaI
# logger_std_h:module_info/0
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/0:
# i_breakpoint_trampoline
    short jmp L669
.db 0x00
    call L234
    align 8
L669:
# i_test_yield
    lea rdx, qword ptr [module_info/0+24]
    dec r14
    jle L232
# i_move_sd
    mov qword ptr [rbx], 197963
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L670
    mov ecx, 1
.db 0x90
    call 140320710850576
L670:
# call_light_bif_be
    align 4
L671:
L672:
    long mov rcx, 9223372036854775807
    mov rax, 94919178912304
    lea rdx, qword ptr [L671]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L233
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_217:
# i_func_info_IaaI
# logger_std_h:module_info/1
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/1:
# i_breakpoint_trampoline
    short jmp L673
.db 0x00
    call L234
    align 8
L673:
# i_test_yield
    lea rdx, qword ptr [module_info/1+24]
    dec r14
    jle L232
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 197963
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L674
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L674:
# call_light_bif_be
    align 4
L675:
L676:
    long mov rcx, 9223372036854775807
    mov rax, 94919178913216
    lea rdx, qword ptr [L675]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L233
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_219:
# i_func_info_IaaI
# logger_std_h:'-file_ctrl_start/2-fun-0-'/3
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x08, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-file_ctrl_start/2-fun-0-'/3:
# i_breakpoint_trampoline
    short jmp L677
.db 0x00
    call L234
    align 8
L677:
# i_test_yield
    lea rdx, qword ptr ['-file_ctrl_start/2-fun-0-'/3+24]
    dec r14
    jle L232
# i_call_only_f
    jmp file_ctrl_init/3
# i_lambda_trampoline_FfWW
L229:
    movups xmm0, xmmword ptr [rcx+38]
    movups xmmword ptr [rbx], xmm0
    mov rax, qword ptr [rcx+54]
    mov qword ptr [rbx+16], rax
    short jmp '-file_ctrl_start/2-fun-0-'/3
# func_line_I
# aligned_label_Lt
    align 8
label_221:
# i_func_info_IaaI
# logger_std_h:'-fix_modes/1-fun-1-'/1
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x08, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-fix_modes/1-fun-1-'/1:
# i_breakpoint_trampoline
    short jmp L678
.db 0x00
    call L234
    align 8
L678:
# i_test_yield
    lea rdx, qword ptr ['-fix_modes/1-fun-1-'/1+24]
    dec r14
    jle L232
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_224
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_224
    cmp edi, 192
    jne label_223
    cmp qword ptr [rsi+6], 523659
    jne label_223
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L233
    ret
# label_L
label_223:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L233
    ret
# label_L
label_224:
# bif_is_eq_exact_Ssd
    mov eax, 75
    cmp qword ptr [rbx], 523659
    mov edi, 11
    cmovne rax, rdi
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L233
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_225:
# i_func_info_IaaI
# logger_std_h:'-fix_modes/1-lc$^0/1-0-'/1
    call L231
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x05, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x08, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-fix_modes/1-lc$^0/1-0-'/1:
# i_breakpoint_trampoline
    short jmp L679
.db 0x00
    call L234
    align 8
L679:
# i_test_yield
    lea rdx, qword ptr ['-fix_modes/1-lc$^0/1-0-'/1+24]
    dec r14
    jle L232
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_228
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L680
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L680:
    sub rsp, 16
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
L681:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L682:
L683:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L682]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_227
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x66, 0x90
    call '-fix_modes/1-lc$^0/1-0-'/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L684
    mov ecx, 1
    call 140320710850576
L684:
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
    jl L233
    ret
# label_L
label_227:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp '-fix_modes/1-lc$^0/1-0-'/1
# label_L
label_228:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_229
# return
    dec r14
    jl L233
    ret
# label_L
label_229:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L685
    mov ecx, 1
.db 0x90
    call 140320710850576
L685:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 95627
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L686
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L686:
# call_light_bif_be
    align 4
L687:
L688:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L687]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L233
    ret
# int_code_end
L689:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, 94919180896308
    call 94919178184336
.section .rodata {#1}
line:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
.section .rodata {#1}
attr:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x68, 0x02, 0x64, 0x00, 0x03, 0x76, 0x73, 0x6E, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x6E, 0x10, 0x00, 0x31, 0x0A, 0x1C, 0x96, 0x71, 0xE7, 0x0A, 0x4E, 0xB9, 0x5E, 0xF1, 0x23, 0xAD, 0x63, 0x35, 0x94, 0x6A, 0x6A
.section .text {#0}
.section .rodata {#1}
compile:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x68, 0x02, 0x64, 0x00, 0x07, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6F, 0x6E, 0x6B, 0x00, 0x03, 0x38, 0x2E, 0x32, 0x68, 0x02, 0x64, 0x00, 0x07, 0x6F, 0x70, 0x74, 0x69, 0x6F, 0x6E, 0x73, 0x6C, 0x00, 0x00, 0x00, 0x02, 0x64, 0x00, 0x0A, 0x64, 0x65, 0x62, 0x75, 0x67, 0x5F, 0x69, 0x6E, 0x66, 0x6F, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x45, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x06, 0x73, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x6B, 0x00, 0x4B, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x6C, 0x6F, 0x67, 0x67, 0x65, 0x72, 0x5F, 0x73, 0x74, 0x64, 0x5F, 0x68, 0x2E, 0x65, 0x72, 0x6C, 0x6A
.section .text {#0}
.section .rodata {#1}
md5:
.db 0x94, 0x35, 0x63, 0xAD, 0x23, 0xF1, 0x5E, 0xB9, 0x4E, 0x0A, 0xE7, 0x71, 0x96, 0x1C, 0x0A, 0x31
.section .text {#0}
