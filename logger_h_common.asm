    align 8
L139:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L140:
    jmp 140320710851944
    align 8
L141:
    jmp 140320710853048
    align 8
L142:
    jmp 140320710850344
    align 16
L143:
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
# logger_h_common:filesync/2
    call L140
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xFA, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
filesync/2:
# i_breakpoint_trampoline
    short jmp L144
.db 0x00
    call L143
    align 8
L144:
# i_test_yield
    lea rdx, qword ptr [filesync/2+24]
    dec r14
    jle L141
# i_move_sd
    mov qword ptr [rbx+16], 522763
# i_call_only_f
    jmp call/3
# func_line_I
# aligned_label_Lt
    align 8
label_3:
# i_func_info_IaaI
# logger_h_common:adding_handler/1
    call L140
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA1, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
adding_handler/1:
# i_breakpoint_trampoline
    short jmp L145
.db 0x00
    call L143
    align 8
L145:
# i_test_yield
    lea rdx, qword ptr [adding_handler/1+24]
    dec r14
    jle L141
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    short jne label_3
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    short jne label_3
# i_get_map_elements_fsI
.section .rodata {#1}
L148:
    align 8
.db 0xCB, 0x4F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x93, 0x63, 0xB2, 0x67, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x57, 0xAB, 0xAC, 0x39, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L146
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L149:
    dec eax
    short jl label_3
    cmp qword ptr [rsi+rax*8+6], 26251
    short jne L149
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+16], rdx
L150:
    dec eax
    jl label_3
    cmp qword ptr [rsi+rax*8+6], 20427
    short jne L150
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+8], rdx
    short jmp L147
L146:
    mov ecx, 2
    lea r8, qword ptr [L148]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_3
L147:
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L151
    mov ecx, 3
    call 140320710850576
L151:
    sub rsp, 48
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L152:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 86859
# line_I
# i_call_ext_e
L153:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L154:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L155:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+16], 907
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+8], 38475
# i_move_sd
    mov qword ptr [rbx+40], 270155
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+24], 59
# line_I
# apply_t
    align 4
L157:
    mov edx, 4
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
    short jne L156
    lea rsi, qword ptr [L157]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L156:
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_6
    cmp dword ptr [rsi-2], 128
    jne label_6
    cmp qword ptr [rsi+6], 30603
    jne label_6
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L158:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L159:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L160:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L161:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call get_default_config/0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# call_light_bif_be
    align 4
L162:
L163:
    long mov rcx, 9223372036854775807
    mov rax, 94919180014144
    lea rdx, qword ptr [L162]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# call_light_bif_be
    align 4
L164:
L165:
    long mov rcx, 9223372036854775807
    mov rax, 94919180014144
    lea rdx, qword ptr [L164]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call check_config/1
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_5
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L166
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L166:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 269963
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+16], rdi
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
    add rsp, 48
# return
    dec r14
    jl L142
    ret
# label_L
label_5:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+24]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_trim_t
    add rsp, 16
# line_I
# call_light_bif_be
    align 4
L167:
L168:
    long mov rcx, 9223372036854775807
    mov rax, 94919180014144
    lea rdx, qword ptr [L167]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 16
# i_move_sd
L169:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L170:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# update_map_assoc_sdtI
.section .rodata {#1}
L171:
    align 8
.db 0x4B, 0x53, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L171]
    call 140320710854704
    mov qword ptr [rbx+8], rax
# i_call_last_ft
    add rsp, 16
    jmp start/2
# label_L
label_6:
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L142
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_7:
# i_func_info_IaaI
# logger_h_common:removing_handler/1
    call L140
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xA1, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
removing_handler/1:
# i_breakpoint_trampoline
    short jmp L172
.db 0x00
    call L143
    align 8
L172:
# i_test_yield
    lea rdx, qword ptr [removing_handler/1+24]
    dec r14
    jle L141
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    short jne label_7
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    short jne label_7
# i_get_map_elements_fsI
.section .rodata {#1}
L175:
    align 8
.db 0x4B, 0x53, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xE7, 0xCF, 0x46, 0xC7, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0x4F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x93, 0x63, 0xB2, 0x67, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x57, 0xAB, 0xAC, 0x39, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L173
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L176:
    dec eax
    short jl label_7
    cmp qword ptr [rsi+rax*8+6], 26251
    short jne L176
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+24], rdx
L177:
    dec eax
    jl label_7
    cmp qword ptr [rsi+rax*8+6], 20427
    short jne L177
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+16], rdx
L178:
    dec eax
    jl label_7
    cmp qword ptr [rsi+rax*8+6], 86859
    short jne L178
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+8], rdx
    short jmp L174
L173:
    mov ecx, 3
    lea r8, qword ptr [L175]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_7
L174:
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_7
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_7
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 526667
    mov edx, 1487398549
    call 140320710852224
    jne label_7
    mov qword ptr [rbx+8], rax
# allocate_heap_tIt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L179
    mov ecx, 4
.db 0x90
    call 140320710850576
L179:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
L180:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# line_I
# i_call_ext_e
L181:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# call_light_bif_be
    align 4
L182:
L183:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100768
    lea rdx, qword ptr [L182]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# call_light_bif_be
    align 4
L184:
L185:
    long mov rcx, 9223372036854775807
    mov rax, 94919179093904
    lea rdx, qword ptr [L184]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_9
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L142
    ret
# label_L
label_9:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_ext_e
L186:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L142
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_10:
# i_func_info_IaaI
# logger_h_common:changing_config/3
    call L140
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x24, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
changing_config/3:
# i_breakpoint_trampoline
    short jmp L187
.db 0x00
    call L143
    align 8
L187:
# i_test_yield
    lea rdx, qword ptr [changing_config/3+24]
    dec r14
    jle L141
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    short jne label_10
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    short jne label_10
# i_get_map_elements_fsI
.section .rodata {#1}
L190:
    align 8
.db 0x4B, 0x53, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xE7, 0xCF, 0x46, 0xC7, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0x4F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x93, 0x63, 0xB2, 0x67, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x57, 0xAB, 0xAC, 0x39, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+8]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L188
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L191:
    dec eax
    short jl label_10
    cmp qword ptr [rsi+rax*8+6], 26251
    short jne L191
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+40], rdx
L192:
    dec eax
    jl label_10
    cmp qword ptr [rsi+rax*8+6], 20427
    short jne L192
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+32], rdx
L193:
    dec eax
    jl label_10
    cmp qword ptr [rsi+rax*8+6], 86859
    short jne L193
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+24], rdx
    short jmp L189
L188:
    mov ecx, 3
    lea r8, qword ptr [L190]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_10
L189:
# allocate_tt
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L194
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L194:
    sub rsp, 72
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [rsp+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+56], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+64], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L195:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 86859
# line_I
# i_call_ext_e
L196:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L197:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L198:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L199:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L200:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+40], 270155
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+16], rax
    mov qword ptr [rsp+40], rax
# line_I
# apply_t
    align 4
L202:
    mov edx, 4
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
    short jne L201
    lea rsi, qword ptr [L202]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L201:
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_19
    cmp dword ptr [rsi-2], 128
    jne label_19
    cmp qword ptr [rsi+6], 30603
    jne label_19
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L203:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L204:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L205:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L206:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L207:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L208:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rsp+64]
    cmp rsi, 38475
    je label_13
    cmp rsi, 65419
    je label_12
    jmp label_20
# label_L
label_12:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# jump_f
    jmp label_14
# label_L
label_13:
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_f
    call get_default_config/0
# label_L
label_14:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# call_light_bif_be
    align 4
L209:
L210:
    long mov rcx, 9223372036854775807
    mov rax, 94919180014144
    lea rdx, qword ptr [L209]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# line_I
# call_light_bif_be
    align 4
L211:
L212:
    long mov rcx, 9223372036854775807
    mov rax, 94919180014144
    lea rdx, qword ptr [L211]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call check_config/1
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_15
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L213
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L213:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 269963
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [r15+16], rdi
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
    add rsp, 72
# return
    dec r14
    jl L142
    ret
# label_L
label_15:
# is_eq_exact_fss
    cmp qword ptr [rsp+64], 65419
    jne label_16
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+48], rax
    mov qword ptr [rsp+64], rax
# i_move_sd
L214:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L215:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+64], rdi
# jump_f
    jmp label_17
# label_L
label_16:
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+48], rax
    mov qword ptr [rsp+64], rax
# line_I
# i_call_ext_e
L216:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+64], rdi
# label_L
label_17:
# line_I
# i_bif2_ssjbd
    lea rsi, qword ptr [rbx-104]
    mov qword ptr [rsi], 526667
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rsi+8], rdi
    mov rcx, 94919180022976
    call 140320710851304
    mov qword ptr [rsp+48], rax
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+24], 59
# i_move_sd
L217:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L218:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+64], 59
# line_I
# call_light_bif_be
    align 4
L219:
L220:
    long mov rcx, 9223372036854775807
    mov rax, 94919180014144
    lea rdx, qword ptr [L219]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+64], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_ext_e
L221:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_19
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L222
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L222:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 523723
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+48], 59
# line_I
# i_call_ext_e
L223:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+32], 59
# i_move_sd
L224:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L225:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+16], rax
    mov qword ptr [rsp+40], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L226:
L227:
    long mov rcx, 9223372036854775807
    mov rax, 94919180014144
    lea rdx, qword ptr [L226]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+48], 59
# line_I
# call_light_bif_be
    align 4
L228:
L229:
    long mov rcx, 9223372036854775807
    mov rax, 94919180014144
    lea rdx, qword ptr [L228]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+64], 59
# line_I
# call_light_bif_be
    align 4
L230:
L231:
    long mov rcx, 9223372036854775807
    mov rax, 94919180014144
    lea rdx, qword ptr [L230]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_map_fs
    mov rax, qword ptr [rsp+56]
    test al, 1
    jne label_18
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_18
# update_map_assoc_sdtI
.section .rodata {#1}
L232:
    align 8
.db 0x4B, 0x53, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L232]
.db 0x66, 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L233
    mov ecx, 1
.db 0x90
    call 140320710850576
L233:
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
    add rsp, 72
# return
    dec r14
    jl L142
    ret
# label_L
label_18:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L234
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L234:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 5131
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L235:
L236:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L235]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 72
# return
    dec r14
    jl L142
    ret
# label_L
label_19:
# deallocate_t
    add rsp, 72
# return
    dec r14
    jl L142
    ret
# label_L
label_20:
# line_I
# case_end_s
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_21:
# i_func_info_IaaI
# logger_h_common:log/2
    call L140
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xD5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
log/2:
# i_breakpoint_trampoline
    short jmp L237
.db 0x00
    call L143
    align 8
L237:
# i_test_yield
    lea rdx, qword ptr [log/2+24]
    dec r14
    jle L141
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    short jne label_21
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    short jne label_21
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 86859
    mov edx, 3343306727
    call 140320710852224
    short jne label_21
    mov qword ptr [rbx+16], rax
# is_map_fs
    mov rax, qword ptr [rbx+16]
    test al, 1
    short jne label_21
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    short jne label_21
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+16]
    mov esi, 526667
    mov edx, 1487398549
    call 140320710852224
    jne label_21
    mov qword ptr [rbx+16], rax
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L238
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L238:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L239:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# call_light_bif_be
    align 4
L240:
L241:
    long mov rcx, 9223372036854775807
    mov rax, 94919178883904
    lea rdx, qword ptr [L240]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_23
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
    call log_to_binary/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 8
L242:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_23:
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
label_24:
# i_func_info_IaaI
# logger_h_common:filter_config/1
    call L140
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x04, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
filter_config/1:
# i_breakpoint_trampoline
    short jmp L243
.db 0x00
    call L143
    align 8
L243:
# i_test_yield
    lea rdx, qword ptr [filter_config/1+24]
    dec r14
    jle L141
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    short jne label_24
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    short jne label_24
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx]
    mov esi, 86859
    mov edx, 3343306727
    call 140320710852224
    short jne label_24
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L244
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L244:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
L245:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L246:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# update_map_assoc_sdtI
.section .rodata {#1}
L247:
    align 8
.db 0x4B, 0x53, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L247]
.db 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L142
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_26:
# i_func_info_IaaI
# logger_h_common:start/2
    call L140
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x9F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
start/2:
# i_breakpoint_trampoline
    short jmp L248
.db 0x00
    call L143
    align 8
L248:
# i_test_yield
    lea rdx, qword ptr [start/2+24]
    dec r14
    jle L141
# i_get_map_elements_fsI
.section .rodata {#1}
L251:
    align 8
.db 0x4B, 0x53, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xE7, 0xCF, 0x46, 0xC7, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0x4F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x93, 0x63, 0xB2, 0x67, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x57, 0xAB, 0xAC, 0x39, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+8]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L249
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L252:
    dec eax
    short jl label_26
    cmp qword ptr [rsi+rax*8+6], 26251
    short jne L252
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+32], rdx
L253:
    dec eax
    short jl label_26
    cmp qword ptr [rsi+rax*8+6], 20427
    short jne L253
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+24], rdx
L254:
    dec eax
    jl label_26
    cmp qword ptr [rsi+rax*8+6], 86859
    short jne L254
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+16], rdx
    short jmp L250
L249:
    mov ecx, 3
    lea r8, qword ptr [L251]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_26
L250:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L255
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L255:
    sub rsp, 32
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+16], xmm0
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
L256:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# line_I
# i_call_ext_e
L257:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# call_light_bif_be
    align 4
L258:
L259:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100768
    lea rdx, qword ptr [L258]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+128]
    cmp rdx, rsp
    short jbe L260
    mov ecx, 1
.db 0x90
    call 140320710850576
L260:
# put_cons_ss
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov qword ptr [r15+32], 197707
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx+8], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 197835
    mov qword ptr [r15+16], 202891
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# i_new_small_map_lit_dtqI
.section .rodata {#1}
L261:
    align 8
.db 0x27, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L262:
.db 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F
    align 8
.db 0x0B, 0x23, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0F, 0x7D, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0xA8, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L263:
    long mov rdx, 9223372036854775807
    mov ecx, 1
    lea r8, qword ptr [L261]
    call 140320710852992
    mov qword ptr [rbx+8], rax
# init_yregs_I
    mov qword ptr [rsp+24], 59
# i_move_sd
    mov qword ptr [rbx], 198027
# line_I
# i_call_ext_e
L264:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_30
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_30
    cmp esi, 128
    je label_29
    cmp esi, 192
    je label_28
    jne label_30
# label_L
label_28:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rsp+24], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 30603
    jne label_30
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
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
L265:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_31
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L266:
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
# call_light_bif_be
    align 4
L267:
L268:
    long mov rcx, 9223372036854775807
    mov rax, 94919180014144
    lea rdx, qword ptr [L267]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# update_map_assoc_sdtI
.section .rodata {#1}
L269:
    align 8
.db 0x4B, 0x09, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x27, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L269]
.db 0x66, 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# update_map_assoc_sdtI
.section .rodata {#1}
L270:
    align 8
.db 0x4B, 0x53, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L270]
.db 0x66, 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L271
    mov ecx, 1
.db 0x90
    call 140320710850576
L271:
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
    jl L142
    ret
# label_L
label_29:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 779
    jne label_30
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_30
    cmp dword ptr [rsi-2], 128
    jne label_30
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_is_tuple_fs
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_30
    test byte ptr [rsi-2], 63
    jne label_30
# bif_element_jssd
    mov rsi, qword ptr [rbx+16]
# skipped tuple test since source is always a tuple
    cmp dword ptr [rsi-2], 64
    jb label_30
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 208203
    jne label_30
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L272
    mov ecx, 2
.db 0x90
    call 140320710850576
L272:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
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
    add rsp, 32
# return
    dec r14
    jl L142
    ret
# label_L
label_30:
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L142
    ret
# label_L
label_31:
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
label_32:
# i_func_info_IaaI
# logger_h_common:init/1
    call L140
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
init/1:
# i_breakpoint_trampoline
    short jmp L273
.db 0x00
    call L143
    align 8
L273:
# i_test_yield
    lea rdx, qword ptr [init/1+24]
    dec r14
    jle L141
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    short jne label_32
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    short jne label_32
# i_get_map_elements_fsI
.section .rodata {#1}
L276:
    align 8
.db 0x4B, 0x53, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xE7, 0xCF, 0x46, 0xC7, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0x4F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x93, 0x63, 0xB2, 0x67, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x57, 0xAB, 0xAC, 0x39, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L274
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L277:
    dec eax
    short jl label_32
    cmp qword ptr [rsi+rax*8+6], 26251
    short jne L277
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+24], rdx
L278:
    dec eax
    jl label_32
    cmp qword ptr [rsi+rax*8+6], 20427
    short jne L278
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+16], rdx
L279:
    dec eax
    jl label_32
    cmp qword ptr [rsi+rax*8+6], 86859
    short jne L279
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+8], rdx
    short jmp L275
L274:
    mov ecx, 3
    lea r8, qword ptr [L276]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_32
L275:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L280
    mov ecx, 4
    call 140320710850576
L280:
    sub rsp, 32
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov qword ptr [rbx+8], 75
# i_move_sd
    mov qword ptr [rbx], 43339
# line_I
# call_light_bif_be
    align 4
L281:
L282:
    long mov rcx, 9223372036854775807
    mov rax, 94919179091664
    lea rdx, qword ptr [L281]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+24], 21259
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# apply_t
    align 4
L284:
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
    short jne L283
    lea rsi, qword ptr [L284]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L283:
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_34
    cmp dword ptr [rsi-2], 128
    jne label_34
    cmp qword ptr [rsi+6], 30603
    jne label_34
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+8], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
L285:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L286:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# update_map_assoc_sdtI
.section .rodata {#1}
L287:
    align 8
.db 0x8B, 0x09, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0x09, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0x4F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x27, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0x0A, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0xBD, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x37, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
    mov edx, 2
    mov ecx, 10
    lea r8, qword ptr [L287]
.db 0x66, 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
    call set_repeated_filesync/1
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L288
    mov ecx, 1
    call 140320710850576
L288:
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
    jl L142
    ret
# label_L
label_34:
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L142
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_35:
# i_func_info_IaaI
# logger_h_common:handle_load/2
    call L140
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x38, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
handle_load/2:
# i_breakpoint_trampoline
    short jmp L289
.db 0x00
    call L143
    align 8
L289:
# i_test_yield
    lea rdx, qword ptr [handle_load/2+24]
    dec r14
    jle L141
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    short jne label_35
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    short jne label_35
# i_get_map_elements_fsI
.section .rodata {#1}
L292:
    align 8
.db 0x8B, 0x09, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xF7, 0xB7, 0x1B, 0xAE, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0x09, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x5B, 0xCC, 0x17, 0xDE, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0x4F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x93, 0x63, 0xB2, 0x67, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x57, 0xAB, 0xAC, 0x39, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+8]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L290
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L293:
    dec eax
    short jl label_35
    cmp qword ptr [rsi+rax*8+6], 26251
    short jne L293
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+40], rdx
L294:
    dec eax
    jl label_35
    cmp qword ptr [rsi+rax*8+6], 20427
    short jne L294
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+32], rdx
L295:
    dec eax
    jl label_35
    cmp qword ptr [rsi+rax*8+6], 526795
    short jne L295
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+24], rdx
L296:
    dec eax
    jl label_35
    cmp qword ptr [rsi+rax*8+6], 526731
    short jne L296
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+16], rdx
    short jmp L291
L290:
    mov ecx, 4
    lea r8, qword ptr [L292]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_35
L291:
# is_eq_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L297
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_37
    call 140320710848744
    jne label_37
L297:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L298
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L298:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx+8], 114123
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+40], 97483
# line_I
# apply_t
    align 4
L300:
    mov edx, 4
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
    short jne L299
    lea rsi, qword ptr [L300]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L299:
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_38
    cmp dword ptr [rsi-2], 128
    jne label_38
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# update_map_assoc_sdtI
.section .rodata {#1}
L301:
    align 8
.db 0x8B, 0x09, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0x09, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0x0A, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0x7C, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 6
    lea r8, qword ptr [L301]
    call 140320710854704
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L142
    ret
# label_L
label_37:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L302
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L302:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov qword ptr [rbx+8], 3723
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+40], 97483
# line_I
# apply_t
    align 4
L304:
    mov edx, 4
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
    short jne L303
    lea rsi, qword ptr [L304]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L303:
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_39
    cmp dword ptr [rsi-2], 128
    jne label_39
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L305
    mov rax, rsi
    add rax, rdx
    short jno L306
L305:
    call 140320710853080
L306:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# update_map_assoc_sdtI
.section .rodata {#1}
L307:
    align 8
.db 0x8B, 0x09, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0x09, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0x0A, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0x7C, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
    mov edx, 2
    mov ecx, 6
    lea r8, qword ptr [L307]
.db 0x0F, 0x1F, 0x00
    call 140320710854704
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L142
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
# logger_h_common:handle_call/3
    call L140
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x58, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
handle_call/3:
# i_breakpoint_trampoline
    short jmp L308
.db 0x00
    call L143
    align 8
L308:
# i_test_yield
    lea rdx, qword ptr [handle_call/3+24]
    dec r14
    jle L141
# is_eq_exact_fss
    cmp qword ptr [rbx], 522763
    short jne label_40
# is_map_fs
    mov rax, qword ptr [rbx+16]
    test al, 1
    short jne label_40
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    short jne label_40
# i_get_map_elements_fsI
.section .rodata {#1}
L311:
    align 8
.db 0xCB, 0x09, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x5B, 0xCC, 0x17, 0xDE, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0x4F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x93, 0x63, 0xB2, 0x67, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x57, 0xAB, 0xAC, 0x39, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+16]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L309
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L312:
    dec eax
    short jl label_40
    cmp qword ptr [rsi+rax*8+6], 26251
    short jne L312
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+40], rdx
L313:
    dec eax
    jl label_40
    cmp qword ptr [rsi+rax*8+6], 20427
    short jne L313
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+32], rdx
L314:
    dec eax
    jl label_40
    cmp qword ptr [rsi+rax*8+6], 526795
    short jne L314
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+24], rdx
    short jmp L310
L309:
    mov ecx, 3
    lea r8, qword ptr [L311]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_40
L310:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L315
    mov ecx, 6
.db 0x90
    call 140320710850576
L315:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 114123
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+32], 522763
# line_I
# apply_t
    align 4
L317:
    mov edx, 3
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
    short jne L316
    lea rsi, qword ptr [L317]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L316:
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_42
    cmp dword ptr [rsi-2], 128
    jne label_42
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# update_map_assoc_sdtI
.section .rodata {#1}
L318:
    align 8
.db 0xCB, 0x09, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0x0A, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0xBD, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
    mov edx, 2
    mov ecx, 4
    lea r8, qword ptr [L318]
    call 140320710854704
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L319
    mov ecx, 2
.db 0x90
    call 140320710850576
L319:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
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
    jl L142
    ret
# label_L
label_42:
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
label_43:
# i_func_info_IaaI
# logger_h_common:handle_cast/2
    call L140
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x7C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
handle_cast/2:
# i_breakpoint_trampoline
    short jmp L320
.db 0x00
    call L143
    align 8
L320:
# i_test_yield
    lea rdx, qword ptr [handle_cast/2+24]
    dec r14
    jle L141
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_43
    cmp dword ptr [rsi-2], 192
    short jne label_43
    cmp qword ptr [rsi+6], 523723
    short jne label_43
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+16], rdi
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    short jne label_43
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    short jne label_43
# i_get_map_elements_fsI
.section .rodata {#1}
L323:
    align 8
.db 0xCB, 0xFC, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xB2, 0xCE, 0x94, 0xE0, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0x09, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x5B, 0xCC, 0x17, 0xDE, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0x4F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x93, 0x63, 0xB2, 0x67, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x63, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x57, 0xAB, 0xAC, 0x39, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+8]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L321
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L324:
    dec eax
    jl label_43
    cmp qword ptr [rsi+rax*8+6], 26251
    short jne L324
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+48], rdx
L325:
    dec eax
    jl label_43
    cmp qword ptr [rsi+rax*8+6], 20427
    short jne L325
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+40], rdx
L326:
    dec eax
    jl label_43
    cmp qword ptr [rsi+rax*8+6], 526795
    short jne L326
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+32], rdx
L327:
    dec eax
    jl label_43
    cmp qword ptr [rsi+rax*8+6], 523467
    short jne L327
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+24], rdx
    short jmp L322
L321:
    mov ecx, 4
    lea r8, qword ptr [L323]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_43
L322:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_bif2_ssjbd
    lea rsi, qword ptr [rbx-104]
    mov qword ptr [rsi], 523467
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsi+8], rdi
    mov rcx, 94919180022976
    call 140320710851304
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L328
    mov ecx, 7
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L328:
    sub rsp, 48
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rsp+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+32], xmm0
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L329
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_45
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_45
L329:
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rsp], rdi
# jump_f
    jmp label_46
# label_L
label_45:
# update_map_assoc_sdtI
.section .rodata {#1}
L330:
    align 8
.db 0xCB, 0xFC, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
    mov edx, 2
    mov ecx, 2
    lea r8, qword ptr [L330]
.db 0x66, 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# init_yregs_I
    mov qword ptr [rsp+40], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call cancel_repeated_filesync/1
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call set_repeated_filesync/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# label_L
label_46:
# catch_yf
    inc qword ptr [r13+264]
L331:
    mov eax, 2147483647
    mov qword ptr [rsp+40], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+32], 523723
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+16]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# apply_t
    align 4
L333:
    mov edx, 3
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
    short jne L332
    lea rsi, qword ptr [L333]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L332:
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+40], 59
# jump_f
    jmp label_48
# label_L
label_47:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_49
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 43851
    jne label_49
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# label_L
label_48:
# update_map_assoc_sdtI
.section .rodata {#1}
L334:
    align 8
.db 0xCB, 0x09, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L334]
.db 0x0F, 0x1F, 0x00
    call 140320710854704
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L335
    mov ecx, 1
.db 0x90
    call 140320710850576
L335:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 219467
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
    jl L142
    ret
# label_L
label_49:
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
label_50:
# i_func_info_IaaI
# logger_h_common:handle_info/2
    call L140
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x7D, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
handle_info/2:
# i_breakpoint_trampoline
    short jmp L336
.db 0x00
    call L143
    align 8
L336:
# i_test_yield
    lea rdx, qword ptr [handle_info/2+24]
    dec r14
    jle L141
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_55
    cmp dword ptr [rsi-2], 192
    jne label_55
    cmp qword ptr [rsi+6], 459
    jne label_55
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+16], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 526923
    jne label_55
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_50
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_50
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 526987
    mov edx, 207204838
    call 140320710852224
    jne label_55
    mov qword ptr [rbx+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 523467
    mov edx, 3767848626
    call 140320710852224
    jne label_52
    mov qword ptr [rbx+32], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 523531
    jne label_52
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L337
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_55
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_55
L337:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L338
    mov ecx, 2
.db 0x90
    call 140320710850576
L338:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 219467
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L142
    ret
# label_L
label_52:
# i_get_map_elements_fsI
.section .rodata {#1}
L341:
    align 8
.db 0xCB, 0x09, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x5B, 0xCC, 0x17, 0xDE, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0x4F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x93, 0x63, 0xB2, 0x67, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0x0A, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x63, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xED, 0x82, 0x26, 0x92, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x73, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x57, 0xAB, 0xAC, 0x39, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+8]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L339
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L342:
    dec eax
    jl label_55
    cmp qword ptr [rsi+rax*8+6], 26251
    short jne L342
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+56], rdx
L343:
    dec eax
    jl label_55
    cmp qword ptr [rsi+rax*8+6], 526859
    short jne L343
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+48], rdx
L344:
    dec eax
    jl label_55
    cmp qword ptr [rsi+rax*8+6], 20427
    short jne L344
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+40], rdx
L345:
    dec eax
    jl label_55
    cmp qword ptr [rsi+rax*8+6], 526795
    short jne L345
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+32], rdx
    short jmp L340
L339:
    mov ecx, 4
    lea r8, qword ptr [L341]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_55
L340:
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L346
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_55
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_55
L346:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L347
    mov ecx, 8
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L347:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+48], 114123
    jne label_53
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# jump_f
    jmp label_54
# label_L
label_53:
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+8], 3723
# i_move_sd
    mov qword ptr [rbx+32], 522763
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# line_I
# apply_t
    align 4
L349:
    mov edx, 3
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
    short jne L348
    lea rsi, qword ptr [L349]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L348:
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_56
    cmp dword ptr [rsi-2], 128
    jne label_56
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# update_map_assoc_sdtI
.section .rodata {#1}
L350:
    align 8
.db 0xCB, 0x09, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0x0A, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0xBD, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 4
    lea r8, qword ptr [L350]
    call 140320710854704
    mov qword ptr [rbx], rax
# label_L
label_54:
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
    call set_repeated_filesync/1
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L351
    mov ecx, 1
    call 140320710850576
L351:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 219467
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L142
    ret
# label_L
label_55:
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_50
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_50
# i_get_map_elements_fsI
.section .rodata {#1}
L354:
    align 8
.db 0xCB, 0x09, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x5B, 0xCC, 0x17, 0xDE, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0x4F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x93, 0x63, 0xB2, 0x67, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x57, 0xAB, 0xAC, 0x39, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+8]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L352
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L355:
    dec eax
    jl label_50
    cmp qword ptr [rsi+rax*8+6], 26251
    short jne L355
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+32], rdx
L356:
    dec eax
    jl label_50
    cmp qword ptr [rsi+rax*8+6], 20427
    short jne L356
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+24], rdx
L357:
    dec eax
    jl label_50
    cmp qword ptr [rsi+rax*8+6], 526795
    short jne L357
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+16], rdx
    short jmp L353
L352:
    mov ecx, 3
    lea r8, qword ptr [L354]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_50
L353:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L358
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L358:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+32], 228683
# line_I
# apply_t
    align 4
L360:
    mov edx, 3
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
    short jne L359
    lea rsi, qword ptr [L360]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L359:
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# update_map_assoc_sdtI
.section .rodata {#1}
L361:
    align 8
.db 0xCB, 0x09, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L361]
.db 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L362
    mov ecx, 1
.db 0x90
    call 140320710850576
L362:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 219467
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
    jl L142
    ret
# label_L
label_56:
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
label_57:
# i_func_info_IaaI
# logger_h_common:terminate/2
    call L140
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x5A, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
terminate/2:
# i_breakpoint_trampoline
    short jmp L363
.db 0x00
    call L143
    align 8
L363:
# i_test_yield
    lea rdx, qword ptr [terminate/2+24]
    dec r14
    jle L141
# is_eq_exact_fss
    cmp qword ptr [rbx], 407691
    jne label_62
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_62
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_62
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 20427
    mov edx, 1739744147
    call 140320710852224
    jne label_62
    mov qword ptr [rbx+16], rax
# allocate_heap_tIt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L364
    mov ecx, 3
    call 140320710850576
L364:
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
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
L365:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call log_handler_info/4
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+24], 59
# i_move_sd
    mov qword ptr [rbx], 407691
# line_I
# i_call_f
.db 0x66, 0x90
    call do_terminate/2
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L366:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_61
    cmp dword ptr [rsi-2], 128
    jne label_61
    cmp qword ptr [rsi+6], 30603
    jne label_61
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+8], rdi
# is_map_fs
    mov rax, qword ptr [rsp+8]
    test al, 1
    jne label_61
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_61
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rsp+8]
    mov esi, 26251
    mov edx, 967617367
    call 140320710852224
    jne label_61
    mov qword ptr [rsp], rax
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L367
    xor ecx, ecx
.db 0x90
    call 140320710850576
L367:
# i_make_fun3_FStt
L368:
    long mov rsi, 9223372036854775807
    xor edx, edx
    mov ecx, 1
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
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx], rax
# init_yregs_I
    mov qword ptr [rsp+24], 59
# line_I
# i_call_ext_e
L369:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# catch_yf
    inc qword ptr [r13+264]
L370:
    mov eax, 2147483647
    mov qword ptr [rsp+24], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 263243
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# apply_t
    align 4
L372:
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
    short jne L371
    lea rsi, qword ptr [L372]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L371:
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+24], 59
# jump_f
    jmp label_60
# label_L
label_59:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# label_L
label_60:
# test_heap_It
    lea rdx, qword ptr [r15+120]
    cmp rdx, rsp
    short jbe L373
    mov ecx, 1
.db 0x90
    call 140320710850576
L373:
# i_make_fun3_FStt
L374:
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
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rax+48], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [rax+56], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx], rax
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
    jl L142
    ret
# label_L
label_61:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L375
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L375:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 527051
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
.db 0x66, 0x90
    call error_notify/1
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L142
    ret
# label_L
label_62:
# i_call_only_f
    jmp do_terminate/2
# func_line_I
# aligned_label_Lt
    align 8
label_63:
# i_func_info_IaaI
# logger_h_common:do_terminate/2
    call L140
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x24, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_terminate/2:
# i_breakpoint_trampoline
    short jmp L376
.db 0x00
    call L143
    align 8
L376:
# i_test_yield
    lea rdx, qword ptr [do_terminate/2+24]
    dec r14
    jle L141
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    short jne label_63
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    short jne label_63
# i_get_map_elements_fsI
.section .rodata {#1}
L379:
    align 8
.db 0xCB, 0x09, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x5B, 0xCC, 0x17, 0xDE, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0x4F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x93, 0x63, 0xB2, 0x67, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x57, 0xAB, 0xAC, 0x39, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+8]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L377
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L380:
    dec eax
    short jl label_63
    cmp qword ptr [rsi+rax*8+6], 26251
    short jne L380
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+32], rdx
L381:
    dec eax
    jl label_63
    cmp qword ptr [rsi+rax*8+6], 20427
    short jne L381
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+24], rdx
L382:
    dec eax
    jl label_63
    cmp qword ptr [rsi+rax*8+6], 526795
    short jne L382
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+16], rdx
    short jmp L378
L377:
    mov ecx, 3
    lea r8, qword ptr [L379]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_63
L378:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L383
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L383:
    sub rsp, 32
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call cancel_repeated_filesync/1
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+32], 88587
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 32
# line_I
# apply_t
    align 4
L385:
    mov edx, 3
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
    short jne L384
    lea rsi, qword ptr [L385]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L384:
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L142
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_65:
# i_func_info_IaaI
# logger_h_common:code_change/3
    call L140
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x80, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
code_change/3:
# i_breakpoint_trampoline
    short jmp L386
.db 0x00
    call L143
    align 8
L386:
# i_test_yield
    lea rdx, qword ptr [code_change/3+24]
    dec r14
    jle L141
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L387
    mov ecx, 2
    call 140320710850576
L387:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 30603
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L142
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_67:
# i_func_info_IaaI
# logger_h_common:reset_state/1
    call L140
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x3C, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
reset_state/1:
# i_breakpoint_trampoline
    short jmp L388
.db 0x00
    call L143
    align 8
L388:
# i_test_yield
    lea rdx, qword ptr [reset_state/1+24]
    dec r14
    jle L141
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    short jne label_67
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    short jne label_67
# i_get_map_elements_fsI
.section .rodata {#1}
L391:
    align 8
.db 0xCB, 0x09, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x5B, 0xCC, 0x17, 0xDE, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0x4F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x93, 0x63, 0xB2, 0x67, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x57, 0xAB, 0xAC, 0x39, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L389
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L392:
    dec eax
    short jl label_67
    cmp qword ptr [rsi+rax*8+6], 26251
    short jne L392
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+24], rdx
L393:
    dec eax
    jl label_67
    cmp qword ptr [rsi+rax*8+6], 20427
    short jne L393
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+16], rdx
L394:
    dec eax
    jl label_67
    cmp qword ptr [rsi+rax*8+6], 526795
    short jne L394
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+8], rdx
    short jmp L390
L389:
    mov ecx, 3
    lea r8, qword ptr [L391]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_67
L390:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L395
    mov ecx, 4
    call 140320710850576
L395:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+24], 408779
# line_I
# apply_t
    align 4
L397:
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
    short jne L396
    lea rsi, qword ptr [L397]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L396:
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# update_map_assoc_sdtI
.section .rodata {#1}
L398:
    align 8
.db 0xCB, 0x09, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L398]
.db 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L142
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_69:
# i_func_info_IaaI
# logger_h_common:call/3
    call L140
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
call/3:
# i_breakpoint_trampoline
    short jmp L399
.db 0x00
    call L143
    align 8
L399:
# i_test_yield
    lea rdx, qword ptr [call/3+24]
    dec r14
    jle L141
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    jne label_72
# allocate_heap_tIt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L400
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L400:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
L401:
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
# i_call_ext_e
L402:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# call_light_bif_be
    align 4
L403:
L404:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100768
    lea rdx, qword ptr [L403]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx+8], 522763
# i_call_ext_e
L405:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_eq_exact_literal_fscI
L406:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_71
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_71
# i_move_sd
L407:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L142
    ret
# label_L
label_71:
# deallocate_t
# return
    dec r14
    jl L142
    ret
# label_L
label_72:
# test_heap_It
    lea rdx, qword ptr [r15+120]
    cmp rdx, rsp
    short jbe L408
    mov ecx, 2
    call 140320710850576
L408:
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
    mov qword ptr [r15+8], 522763
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
    mov qword ptr [r15+8], 4747
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
# return
    dec r14
    jl L142
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_73:
# i_func_info_IaaI
# logger_h_common:notify/2
    call L140
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x76, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
notify/2:
# i_breakpoint_trampoline
    short jmp L409
.db 0x00
    call L143
    align 8
L409:
# i_test_yield
    lea rdx, qword ptr [notify/2+24]
    dec r14
    jle L141
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_77
    test byte ptr [rsi-2], 63
    jne label_77
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 128
    je label_76
    cmp esi, 192
    je label_75
    short jne label_73
# label_L
label_75:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 407755
    jne label_73
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_73
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_73
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 20427
    mov edx, 1739744147
    call 140320710852224
    jne label_73
    mov qword ptr [rbx+16], rax
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L410
    mov ecx, 3
.db 0x90
    call 140320710850576
L410:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
L411:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp log_handler_info/4
# label_L
label_76:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 407883
    jne label_73
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_73
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_73
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 20427
    mov edx, 1739744147
    call 140320710852224
    jne label_73
    mov qword ptr [rbx+16], rax
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L412
    mov ecx, 3
    call 140320710850576
L412:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
L413:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp log_handler_info/4
# label_L
label_77:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 36107
    je label_78
    cmp rsi, 157003
    je label_79
    jmp label_73
# label_L
label_78:
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_73
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_73
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 20427
    mov edx, 1739744147
    call 140320710852224
    jne label_73
    mov qword ptr [rbx+16], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L414
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L414:
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
L415:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp log_handler_info/4
# label_L
label_79:
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_73
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_73
# i_get_map_elements_fsI
.section .rodata {#1}
L418:
    align 8
.db 0xCB, 0x09, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x5B, 0xCC, 0x17, 0xDE, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0x4F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x93, 0x63, 0xB2, 0x67, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x57, 0xAB, 0xAC, 0x39, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+8]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L416
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L419:
    dec eax
    jl label_73
    cmp qword ptr [rsi+rax*8+6], 26251
    short jne L419
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+32], rdx
L420:
    dec eax
    jl label_73
    cmp qword ptr [rsi+rax*8+6], 20427
    short jne L420
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+24], rdx
L421:
    dec eax
    jl label_73
    cmp qword ptr [rsi+rax*8+6], 526795
    short jne L421
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+16], rdx
    short jmp L417
L416:
    mov ecx, 3
    lea r8, qword ptr [L418]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_73
L417:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L422
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L422:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx+8], 3723
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+32], 522763
# line_I
# apply_t
    align 4
L424:
    mov edx, 3
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
    short jne L423
    lea rsi, qword ptr [L424]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L423:
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_80
    cmp dword ptr [rsi-2], 128
    jne label_80
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# update_map_assoc_sdtI
.section .rodata {#1}
L425:
    align 8
.db 0xCB, 0x09, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0x0A, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0xBD, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 4
    lea r8, qword ptr [L425]
    call 140320710854704
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L142
    ret
# label_L
label_80:
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
label_81:
# i_func_info_IaaI
# logger_h_common:log_handler_info/4
    call L140
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x0B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
log_handler_info/4:
# i_breakpoint_trampoline
    short jmp L426
.db 0x00
    call L143
    align 8
L426:
# i_test_yield
    lea rdx, qword ptr [log_handler_info/4+24]
    dec r14
    jle L141
# i_get_map_elements_fsI
.section .rodata {#1}
L429:
    align 8
.db 0xCB, 0x09, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x5B, 0xCC, 0x17, 0xDE, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x57, 0xAB, 0xAC, 0x39, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+24]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L427
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L430:
    dec eax
    short jl label_81
    cmp qword ptr [rsi+rax*8+6], 26251
    short jne L430
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+40], rdx
L431:
    dec eax
    short jl label_81
    cmp qword ptr [rsi+rax*8+6], 526795
    short jne L431
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+32], rdx
    short jmp L428
L427:
    mov ecx, 2
    lea r8, qword ptr [L429]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_81
L428:
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L432
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L432:
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
# line_I
# i_call_ext_e
L433:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_83
    cmp dword ptr [rsi-2], 128
    jne label_83
    cmp qword ptr [rsi+6], 30603
    jne label_83
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# jump_f
    jmp label_84
# label_L
label_83:
# i_move_sd
L434:
    long mov rdi, 9223372036854775807
    mov qword ptr [rsp], rdi
# label_L
label_84:
# line_I
# i_call_ext_e
L435:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_new_small_map_lit_dtqI
.section .rodata {#1}
L436:
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L437:
    long mov rdx, 9223372036854775807
    mov ecx, 1
    lea r8, qword ptr [L436]
    call 140320710852992
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L438
    mov ecx, 1
.db 0x90
    call 140320710850576
L438:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# update_map_assoc_sdtI
.section .rodata {#1}
L439:
    align 8
.db 0x0B, 0x63, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0xFD, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L440:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
    mov edx, 2
    mov ecx, 4
    lea r8, qword ptr [L439]
.db 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rsp+32], xmm0
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
.db 0x66, 0x90
    call log_to_binary/2
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+8], 3723
# i_move_sd
    mov qword ptr [rbx+40], 97483
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+24], rdi
# i_trim_t
    add rsp, 24
# line_I
# apply_t
    align 4
L442:
    mov edx, 4
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
    short jne L441
    lea rsi, qword ptr [L442]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L441:
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_85
    cmp dword ptr [rsi-2], 128
    jne label_85
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# update_map_assoc_sdtI
.section .rodata {#1}
L443:
    align 8
.db 0xCB, 0x09, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0x0A, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0x7C, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 4
    lea r8, qword ptr [L443]
    call 140320710854704
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L142
    ret
# label_L
label_85:
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
label_86:
# i_func_info_IaaI
# logger_h_common:log_to_binary/2
    call L140
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x0B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
log_to_binary/2:
# i_breakpoint_trampoline
    short jmp L444
.db 0x00
    call L143
    align 8
L444:
# i_test_yield
    lea rdx, qword ptr [log_to_binary/2+24]
    dec r14
    jle L141
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_90
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_90
# i_get_map_elements_fsI
.section .rodata {#1}
L447:
    align 8
.db 0x0B, 0x63, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x30, 0xD7, 0xD9, 0xEA, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0xFD, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x60, 0x51, 0xB5, 0x2E, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L445
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L448:
    dec eax
    jl label_90
    cmp qword ptr [rsi+rax*8+6], 130443
    short jne L448
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+24], rdx
L449:
    dec eax
    jl label_90
    cmp qword ptr [rsi+rax*8+6], 25355
    short jne L449
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+16], rdx
    short jmp L446
L445:
    mov ecx, 2
    lea r8, qword ptr [L447]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_90
L446:
# is_map_fs
    mov rax, qword ptr [rbx+16]
    test al, 1
    jne label_88
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_88
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+16]
    mov esi, 237387
    mov edx, 3889914292
    call 140320710852224
    jne label_88
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+24]
    rex test sil, 1
    jne label_90
    cmp dword ptr [rsi-2], 128
    jne label_90
    cmp qword ptr [rsi+6], 142667
    jne label_90
# i_call_only_f
    jmp do_log_to_binary/2
# label_L
label_88:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+24]
    rex test sil, 1
    jne label_90
    cmp dword ptr [rsi-2], 128
    jne label_90
    cmp qword ptr [rsi+6], 142667
    jne label_90
# is_map_fs
    mov rax, qword ptr [rbx+16]
    test al, 1
    jne label_89
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_89
# update_map_assoc_sdtI
.section .rodata {#1}
L450:
    align 8
.db 0x4B, 0x9F, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L451:
.db 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F
.section .text {#0}
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+24], rdi
    mov edx, 3
    mov ecx, 2
    lea r8, qword ptr [L450]
.db 0x66, 0x90
    call 140320710854704
    mov qword ptr [rbx+16], rax
# update_map_assoc_sdtI
.section .rodata {#1}
L452:
    align 8
.db 0x0B, 0x63, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
    mov edx, 3
    mov ecx, 2
    lea r8, qword ptr [L452]
.db 0x66, 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# i_call_only_f
    jmp do_log_to_binary/2
# label_L
label_89:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L453
    mov ecx, 3
    call 140320710850576
L453:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 5131
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
    short jbe L454
    mov ecx, 1
.db 0x90
    call 140320710850576
L454:
# call_light_bif_be
    align 4
L455:
L456:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L455]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L142
    ret
# label_L
label_90:
# i_call_only_f
    jmp do_log_to_binary/2
# func_line_I
# aligned_label_Lt
    align 8
label_91:
# i_func_info_IaaI
# logger_h_common:do_log_to_binary/2
    call L140
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x0B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_log_to_binary/2:
# i_breakpoint_trampoline
    short jmp L457
.db 0x00
    call L143
    align 8
L457:
# i_test_yield
    lea rdx, qword ptr [do_log_to_binary/2+24]
    dec r14
    jle L141
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L458
    mov ecx, 2
    call 140320710850576
L458:
    sub rsp, 56
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    mov ecx, 5
    rep stos qword ptr [rdi], rax
    mov qword ptr [rsp+48], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+40], rdi
# i_move_sd
L459:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 240459
# line_I
# i_call_ext_e
L460:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_97
    cmp dword ptr [rsi-2], 128
    jne label_97
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rsp+24], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call try_format/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# catch_yf
    inc qword ptr [r13+264]
L461:
    mov eax, 2147483647
    mov qword ptr [rsp+48], rax
# line_I
# i_call_f
.db 0x66, 0x90
    call string_to_binary/1
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+48], 59
# deallocate_t
    add rsp, 56
# return
    dec r14
    jl L142
    ret
# label_L
label_93:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
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
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# i_move_sd
    mov qword ptr [rbx+8], 197707
# i_move_sd
    mov qword ptr [rbx], 83147
# line_I
# i_call_ext_e
L462:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_95
    cmp rsi, 75
    je label_94
    jmp label_96
# label_L
label_94:
# test_heap_It
    lea rdx, qword ptr [r15+280]
    cmp rdx, rsp
    short jbe L463
    xor ecx, ecx
    call 140320710850576
L463:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rsp+48]
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
    mov qword ptr [r15+8], 527307
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
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
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 272843
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
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
    mov qword ptr [r15+8], 272651
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
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
    mov qword ptr [r15+8], 86859
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
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
    mov qword ptr [r15+8], 527371
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
L464:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    mov ecx, 7
    rep stos qword ptr [rdi], rax
# i_move_sd
    mov qword ptr [rbx], 83147
# line_I
# i_call_ext_e
L465:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# label_L
label_95:
# i_move_sd
L466:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 56
# return
    dec r14
    jl L142
    ret
# label_L
label_96:
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
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
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_98:
# i_func_info_IaaI
# logger_h_common:try_format/3
    call L140
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x0C, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
try_format/3:
# i_breakpoint_trampoline
    short jmp L467
.db 0x00
    call L143
    align 8
L467:
# i_test_yield
    lea rdx, qword ptr [try_format/3+24]
    dec r14
    jle L141
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L468
    mov ecx, 3
    call 140320710850576
L468:
    sub rsp, 48
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
# catch_yf
    inc qword ptr [r13+264]
L469:
    mov eax, 2147483647
    mov qword ptr [rsp+40], rax
# i_move_sd
    mov qword ptr [rbx+24], 95947
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# line_I
# apply_t
    align 4
L471:
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
    short jne L470
    lea rsi, qword ptr [L471]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L470:
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+40], 59
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L142
    ret
# label_L
label_100:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
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
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+40], rdi
# i_move_sd
    mov qword ptr [rbx+8], 197707
# i_move_sd
    mov qword ptr [rbx], 83147
# line_I
# i_call_ext_e
L472:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_102
    cmp rsi, 75
    je label_101
    jmp label_104
# label_L
label_101:
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+40], 59
# i_move_sd
    mov qword ptr [rbx], 197707
# line_I
# i_call_ext_e
L473:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+240]
    cmp rdx, rsp
    short jbe L474
    mov ecx, 1
.db 0x90
    call 140320710850576
L474:
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
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35147
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
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
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 272651
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
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
    mov qword ptr [r15+8], 86859
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
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
    mov qword ptr [r15+8], 527499
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
L475:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov qword ptr [rbx], 83147
# line_I
# i_call_ext_e
L476:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# label_L
label_102:
# is_eq_exact_fss
    cmp qword ptr [rsp+24], 197643
    jne label_103
# i_is_eq_exact_literal_fscI
L477:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rsp+16]
    rex test dil, 1
    jne label_103
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_103
# i_move_sd
L478:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L142
    ret
# label_L
label_103:
# line_I
# i_bif2_ssjbd
    lea rsi, qword ptr [rbx-104]
    mov qword ptr [rsi], 130443
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rsi+8], rdi
    mov rcx, 94919180022976
    call 140320710851304
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L479
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L479:
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
L480:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# update_map_assoc_sdtI
.section .rodata {#1}
L481:
    align 8
.db 0x8B, 0xFD, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L481]
.db 0x0F, 0x1F, 0x00
    call 140320710854704
    mov qword ptr [rbx], rax
# i_move_sd
L482:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 197643
# i_call_last_ft
    add rsp, 48
    jmp try_format/3
# label_L
label_104:
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
label_105:
# i_func_info_IaaI
# logger_h_common:string_to_binary/1
    call L140
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x0C, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
string_to_binary/1:
# i_breakpoint_trampoline
    short jmp L483
.db 0x00
    call L143
    align 8
L483:
# i_test_yield
    lea rdx, qword ptr [string_to_binary/1+24]
    dec r14
    jle L141
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L484
    mov ecx, 1
    call 140320710850576
L484:
# line_I
# i_call_ext_e
L485:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_107
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L487
    and al, -5
    cmp al, 32
    jne label_107
    short jmp L486
L487:
    cmp byte ptr [rdi+22], 0
    jne label_107
L486:
# deallocate_t
# return
    dec r14
    jl L142
    ret
# label_L
label_107:
# line_I
# call_light_bif_be
    align 4
L488:
L489:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L488]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L142
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_108:
# i_func_info_IaaI
# logger_h_common:check_config/1
    call L140
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x1F, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
check_config/1:
# i_breakpoint_trampoline
    short jmp L490
.db 0x00
    call L143
    align 8
L490:
# i_test_yield
    lea rdx, qword ptr [check_config/1+24]
    dec r14
    jle L141
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L491
    mov ecx, 1
    call 140320710850576
L491:
# line_I
# i_call_ext_e
L492:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_call_last_ft
    jmp check_common_config/1
# func_line_I
# aligned_label_Lt
    align 8
label_110:
# i_func_info_IaaI
# logger_h_common:check_common_config/1
    call L140
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x0D, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
check_common_config/1:
# i_breakpoint_trampoline
    short jmp L493
.db 0x00
    call L143
    align 8
L493:
# i_test_yield
    lea rdx, qword ptr [check_common_config/1+24]
    dec r14
    jle L141
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_115
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx+8], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 523467
    jne label_114
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L494
    test al, 1
    jne label_112
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_112
L494:
# jump_f
    jmp label_113
# label_L
label_112:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 523531
    jne label_114
# label_L
label_113:
# i_call_only_f
    jmp check_common_config/1
# label_L
label_114:
# new_map_dtI
.section .rodata {#1}
L495:
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov edx, 3
    mov ecx, 2
    lea r8, qword ptr [L495]
    call 140320710853672
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L496
    mov ecx, 1
.db 0x90
    call 140320710850576
L496:
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
    jl L142
    ret
# label_L
label_115:
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L142
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_116:
# i_func_info_IaaI
# logger_h_common:get_default_config/0
    call L140
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x1B, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_default_config/0:
# i_breakpoint_trampoline
    short jmp L497
.db 0x00
    call L143
    align 8
L497:
# i_test_yield
    lea rdx, qword ptr [get_default_config/0+24]
    dec r14
    jle L141
# i_move_sd
L498:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L142
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_118:
# i_func_info_IaaI
# logger_h_common:set_repeated_filesync/1
    call L140
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x0D, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_repeated_filesync/1:
# i_breakpoint_trampoline
    short jmp L499
.db 0x00
    call L143
    align 8
L499:
# i_test_yield
    lea rdx, qword ptr [set_repeated_filesync/1+24]
    dec r14
    jle L141
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx]
    mov esi, 523467
    mov edx, 3767848626
    call 140320710852224
    jne label_120
    mov qword ptr [rbx+8], rax
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L500
    test al, 1
    jne label_120
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_120
L500:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L501
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L501:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+16], 526923
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L502:
L503:
    long mov rcx, 9223372036854775807
    mov rax, 94919179831456
    lea rdx, qword ptr [L502]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# update_map_assoc_sdtI
.section .rodata {#1}
L504:
    align 8
.db 0x8B, 0x0A, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L504]
.db 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L142
    ret
# label_L
label_120:
# return
    dec r14
    jl L142
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_121:
# i_func_info_IaaI
# logger_h_common:cancel_repeated_filesync/1
    call L140
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x0D, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
cancel_repeated_filesync/1:
# i_breakpoint_trampoline
    short jmp L505
.db 0x00
    call L143
    align 8
L505:
# i_test_yield
    lea rdx, qword ptr [cancel_repeated_filesync/1+24]
    dec r14
    jle L141
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L506
    mov ecx, 1
    call 140320710850576
L506:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 526987
# line_I
# call_light_bif_be
    align 4
L507:
L508:
    long mov rcx, 9223372036854775807
    mov rax, 94919180038848
    lea rdx, qword ptr [L507]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_127
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L509:
L510:
    long mov rcx, 9223372036854775807
    mov rax, 94919179832256
    lea rdx, qword ptr [L509]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 11
    jne label_126
# aligned_label_Lt
    align 4
label_123:
# i_loop_rec_f
    align 4
L511:
    lea rdi, qword ptr [L511]
    lea rsi, qword ptr [label_125]
    call 140320710852712
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_124
    cmp dword ptr [rsi-2], 192
    jne label_124
    cmp qword ptr [rsi+6], 459
    jne label_124
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L512
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_124
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_124
L512:
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
# jump_f
    jmp label_126
# label_L
label_124:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_123
# aligned_label_Lt
    align 4
label_125:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_123]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# label_L
label_126:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L142
    ret
# label_L
label_127:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L142
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_128:
# i_func_info_IaaI
# logger_h_common:error_notify/1
    call L140
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x08, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
error_notify/1:
# i_breakpoint_trampoline
    short jmp L513
.db 0x00
    call L143
    align 8
L513:
# i_test_yield
    lea rdx, qword ptr [error_notify/1+24]
    dec r14
    jle L141
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 779
# i_call_ext_only_e
L514:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_130:
# i_func_info_IaaI
# logger_h_common:module_info/0
    call L140
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/0:
# i_breakpoint_trampoline
    short jmp L515
.db 0x00
    call L143
    align 8
L515:
# i_test_yield
    lea rdx, qword ptr [module_info/0+24]
    dec r14
    jle L141
# i_move_sd
    mov qword ptr [rbx], 197707
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L516
    mov ecx, 1
.db 0x90
    call 140320710850576
L516:
# call_light_bif_be
    align 4
L517:
L518:
    long mov rcx, 9223372036854775807
    mov rax, 94919178912304
    lea rdx, qword ptr [L517]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L142
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_132:
# i_func_info_IaaI
# logger_h_common:module_info/1
    call L140
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/1:
# i_breakpoint_trampoline
    short jmp L519
.db 0x00
    call L143
    align 8
L519:
# i_test_yield
    lea rdx, qword ptr [module_info/1+24]
    dec r14
    jle L141
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 197707
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L520
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L520:
# call_light_bif_be
    align 4
L521:
L522:
    long mov rcx, 9223372036854775807
    mov rax, 94919178913216
    lea rdx, qword ptr [L521]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L142
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_134:
# i_func_info_IaaI
# logger_h_common:'-terminate/2-fun-1-'/3
    call L140
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xAB, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-terminate/2-fun-1-'/3:
# i_breakpoint_trampoline
    short jmp L523
.db 0x00
    call L143
    align 8
L523:
# i_test_yield
    lea rdx, qword ptr ['-terminate/2-fun-1-'/3+24]
    dec r14
    jle L141
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# i_call_ext_only_e
L524:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# i_lambda_trampoline_FfWW
L138:
    movups xmm0, xmmword ptr [rcx+38]
    movups xmmword ptr [rbx], xmm0
    mov rax, qword ptr [rcx+54]
    mov qword ptr [rbx+16], rax
    short jmp '-terminate/2-fun-1-'/3
# func_line_I
# aligned_label_Lt
    align 8
label_136:
# i_func_info_IaaI
# logger_h_common:'-terminate/2-fun-0-'/1
    call L140
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-terminate/2-fun-0-'/1:
# i_breakpoint_trampoline
    short jmp L525
.db 0x00
    call L143
    align 8
L525:
# i_test_yield
    lea rdx, qword ptr ['-terminate/2-fun-0-'/1+24]
    dec r14
    jle L141
# i_call_ext_only_e
L526:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# i_lambda_trampoline_FfWW
L137:
    mov rax, qword ptr [rcx+38]
    mov qword ptr [rbx], rax
    short jmp '-terminate/2-fun-0-'/1
# int_code_end
L527:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, 94919180896308
    call 94919178184336
.section .rodata {#1}
line:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
.section .rodata {#1}
attr:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x02, 0x68, 0x02, 0x64, 0x00, 0x03, 0x76, 0x73, 0x6E, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x6E, 0x10, 0x00, 0x19, 0x61, 0x1B, 0xC5, 0x96, 0x5B, 0xE9, 0x68, 0x9B, 0x86, 0xAD, 0x66, 0x73, 0xF1, 0x2D, 0x2D, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x09, 0x62, 0x65, 0x68, 0x61, 0x76, 0x69, 0x6F, 0x75, 0x72, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x64, 0x00, 0x0A, 0x67, 0x65, 0x6E, 0x5F, 0x73, 0x65, 0x72, 0x76, 0x65, 0x72, 0x6A, 0x6A
.section .text {#0}
.section .rodata {#1}
compile:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x68, 0x02, 0x64, 0x00, 0x07, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6F, 0x6E, 0x6B, 0x00, 0x03, 0x38, 0x2E, 0x32, 0x68, 0x02, 0x64, 0x00, 0x07, 0x6F, 0x70, 0x74, 0x69, 0x6F, 0x6E, 0x73, 0x6C, 0x00, 0x00, 0x00, 0x02, 0x64, 0x00, 0x0A, 0x64, 0x65, 0x62, 0x75, 0x67, 0x5F, 0x69, 0x6E, 0x66, 0x6F, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x45, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x06, 0x73, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x6B, 0x00, 0x4E, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x6C, 0x6F, 0x67, 0x67, 0x65, 0x72, 0x5F, 0x68, 0x5F, 0x63, 0x6F, 0x6D, 0x6D, 0x6F, 0x6E, 0x2E, 0x65, 0x72, 0x6C, 0x6A
.section .text {#0}
.section .rodata {#1}
md5:
.db 0x2D, 0x2D, 0xF1, 0x73, 0x66, 0xAD, 0x86, 0x9B, 0x68, 0xE9, 0x5B, 0x96, 0xC5, 0x1B, 0x61, 0x19
.section .text {#0}
