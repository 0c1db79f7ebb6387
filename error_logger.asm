    align 8
L160:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L161:
    jmp 140320710851944
    align 8
L162:
    jmp 140320710853048
    align 8
L163:
    jmp 140320710850344
    align 16
L164:
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
# error_logger:warning_map/0
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xEC, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
warning_map/0:
# i_breakpoint_trampoline
    short jmp L165
.db 0x00
    call L164
    align 8
L165:
# call_bif_mfa_aaI
L166:
    lea rsi, qword ptr [warning_map/0-24]
    lea rdx, qword ptr [L166]
    mov rcx, 94919178887216
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L167
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L167:
# call_light_bif_be
    align 4
L168:
L169:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L168]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L163
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_3:
# i_func_info_IaaI
# error_logger:start/0
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x9F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
start/0:
# i_breakpoint_trampoline
    short jmp L170
.db 0x00
    call L164
    align 8
L170:
# i_test_yield
    lea rdx, qword ptr [start/0+24]
    dec r14
    jle L162
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L171
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L171:
# i_move_sd
    mov qword ptr [rbx], 14923
# line_I
# call_light_bif_be
    align 4
L172:
L173:
    long mov rcx, 9223372036854775807
    mov rax, 94919179093904
    lea rdx, qword ptr [L172]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_6
# i_move_sd
L174:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 198027
# line_I
# i_call_ext_e
L175:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_5
    cmp dword ptr [rsi-2], 128
    jne label_5
    cmp qword ptr [rsi+6], 30603
    jne label_5
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 14923
# line_I
# i_call_ext_e
L176:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_7
# label_L
label_5:
# deallocate_t
# return
    dec r14
    jl L163
    ret
# label_L
label_6:
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L163
    ret
# label_L
label_7:
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
label_8:
# i_func_info_IaaI
# error_logger:start_link/0
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x18, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
start_link/0:
# i_breakpoint_trampoline
    short jmp L177
.db 0x00
    call L164
    align 8
L177:
# i_test_yield
    lea rdx, qword ptr [start_link/0+24]
    dec r14
    jle L162
# i_move_sd
L178:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
L179:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_ext_only_e
L180:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_10:
# i_func_info_IaaI
# error_logger:stop/0
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
stop/0:
# i_breakpoint_trampoline
    short jmp L181
.db 0x00
    call L164
    align 8
L181:
# i_test_yield
    lea rdx, qword ptr [stop/0+24]
    dec r14
    jle L162
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L182
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L182:
# i_move_sd
    mov qword ptr [rbx], 14923
# line_I
# call_light_bif_be
    align 4
L183:
L184:
    long mov rcx, 9223372036854775807
    mov rax, 94919179093904
    lea rdx, qword ptr [L183]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_12
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L163
    ret
# label_L
label_12:
# i_move_sd
L185:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 395
# i_move_sd
    mov qword ptr [rbx], 14923
# line_I
# i_call_ext_e
L186:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx+8], 14923
# i_move_sd
    mov qword ptr [rbx], 198027
# line_I
# i_call_ext_e
L187:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L163
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_13:
# i_func_info_IaaI
# error_logger:adding_handler/1
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA1, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
adding_handler/1:
# i_breakpoint_trampoline
    short jmp L188
.db 0x00
    call L164
    align 8
L188:
# i_test_yield
    lea rdx, qword ptr [adding_handler/1+24]
    dec r14
    jle L162
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    short jne label_13
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    short jne label_13
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx]
    mov esi, 20427
    mov edx, 1739744147
    call 140320710852224
    short jne label_13
    mov qword ptr [rbx+8], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 14923
    short jne label_13
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L189
    mov ecx, 1
.db 0x90
    call 140320710850576
L189:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call start/0
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_15
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L190
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L190:
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
    jl L163
    ret
# label_L
label_15:
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L163
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_16:
# i_func_info_IaaI
# error_logger:removing_handler/1
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xA1, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
removing_handler/1:
# i_breakpoint_trampoline
    short jmp L191
.db 0x00
    call L164
    align 8
L191:
# i_test_yield
    lea rdx, qword ptr [removing_handler/1+24]
    dec r14
    jle L162
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    short jne label_16
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    short jne label_16
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx]
    mov esi, 20427
    mov edx, 1739744147
    call 140320710852224
    short jne label_16
    mov qword ptr [rbx+8], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 14923
    short jne label_16
# i_call_only_f
    jmp stop/0
# func_line_I
# aligned_label_Lt
    align 8
label_18:
# i_func_info_IaaI
# error_logger:log/2
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xD5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
log/2:
# i_breakpoint_trampoline
    short jmp L192
.db 0x00
    call L164
    align 8
L192:
# i_test_yield
    lea rdx, qword ptr [log/2+24]
    dec r14
    jle L162
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    short jne label_18
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    short jne label_18
# i_get_map_elements_fsI
.section .rodata {#1}
L195:
    align 8
.db 0xCB, 0x0D, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x54, 0xD5, 0xAC, 0xE8, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0x63, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x30, 0xD7, 0xD9, 0xEA, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0xFD, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x60, 0x51, 0xB5, 0x2E, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L193
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L196:
    dec eax
    short jl label_18
    cmp qword ptr [rsi+rax*8+6], 130443
    short jne L196
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+32], rdx
L197:
    dec eax
    jl label_18
    cmp qword ptr [rsi+rax*8+6], 25355
    short jne L197
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+24], rdx
L198:
    dec eax
    jl label_18
    cmp qword ptr [rsi+rax*8+6], 134603
    short jne L198
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+16], rdx
    short jmp L194
L193:
    mov ecx, 3
    lea r8, qword ptr [L195]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_18
L194:
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+16], rdi
# i_call_only_f
    jmp do_log/3
# func_line_I
# aligned_label_Lt
    align 8
label_20:
# i_func_info_IaaI
# error_logger:do_log/3
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xA1, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_log/3:
# i_breakpoint_trampoline
    short jmp L199
.db 0x00
    call L164
    align 8
L199:
# i_test_yield
    lea rdx, qword ptr [do_log/3+24]
    dec r14
    jle L162
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_33
    cmp dword ptr [rsi-2], 128
    jne label_33
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 142667
    jne label_32
# is_map_fs
    mov rax, qword ptr [rbx+16]
    test al, 1
    jne label_33
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_33
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+16]
    mov esi, 14923
    mov edx, 2089174864
    call 140320710852224
    jne label_32
    mov qword ptr [rbx+32], rax
# is_map_fs
    mov rax, qword ptr [rbx+32]
    test al, 1
    jne label_32
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_32
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+32]
    mov esi, 41995
    mov edx, 1870248823
    call 140320710852224
    jne label_32
    mov qword ptr [rbx+40], rax
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+32]
    mov esi, 43595
    mov edx, 249920315
    call 140320710852224
    jne label_23
    mov qword ptr [rbx+24], rax
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_22
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_22
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 22475
    mov edx, 2164284235
    call 140320710852224
    jne label_22
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 142667
    mov edx, 881712418
    call 140320710852224
    jne label_22
    mov qword ptr [rbx+32], rax
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# label_L
label_22:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp notify/5
# label_L
label_23:
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L200
    mov ecx, 6
.db 0x90
    call 140320710850576
L200:
    sub rsp, 56
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    mov qword ptr [rsp+48], rax
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+40], rdi
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_24
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_24
# i_get_map_elements_fsI
.section .rodata {#1}
L203:
    align 8
.db 0x8B, 0x0D, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x42, 0xC3, 0xE8, 0xF8, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xB9, 0xB1, 0x91, 0x69, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+8]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L201
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L204:
    dec eax
    jl label_24
    cmp qword ptr [rsi+rax*8+6], 95947
    short jne L204
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+8], rdx
L205:
    dec eax
    jl label_24
    cmp qword ptr [rsi+rax*8+6], 3467
    short jne L205
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx], rdx
    short jmp L202
L201:
    mov ecx, 2
    lea r8, qword ptr [L203]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_24
L202:
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rsp+24]
    mov esi, 22475
    mov edx, 2164284235
    call 140320710852224
    jne label_24
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L206
    mov ecx, 2
.db 0x90
    call 140320710850576
L206:
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
    jmp label_31
# label_L
label_24:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call get_report_cb/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_26
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    jne label_26
    cmp byte ptr [rdi+22], 1
    jne label_26
# catch_yf
    inc qword ptr [r13+264]
L207:
    mov eax, 2147483647
    mov qword ptr [rsp+48], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L208]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L208:
    call rdi
    call rdi
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+48], 59
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_29
    cmp dword ptr [rsi-2], 128
    jne label_29
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L209
    test al, 2
    jne label_29
L209:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L210
    test al, 2
    jne label_29
L210:
# jump_f
    jmp label_31
# label_L
label_25:
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
# test_heap_It
    lea rdx, qword ptr [r15+120]
    cmp rdx, rsp
    short jbe L211
    mov ecx, 1
    call 140320710850576
L211:
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
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
L212:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# jump_f
    jmp label_31
# label_L
label_26:
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_34
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    jne label_34
    cmp byte ptr [rdi+22], 2
    jne label_34
# catch_yf
    inc qword ptr [r13+264]
L213:
    mov eax, 2147483647
    mov qword ptr [rsp+48], rax
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_format_depth/0
# i_new_small_map_lit_dtqI
.section .rodata {#1}
L214:
    align 8
.db 0x0B, 0x94, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L215:
    long mov rdx, 9223372036854775807
    mov ecx, 1
    lea r8, qword ptr [L214]
    call 140320710852992
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L216]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L216:
    call rdi
    call rdi
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+48], 59
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L217
    test al, 2
    jne label_27
L217:
# jump_f
    jmp label_28
# label_L
label_27:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_29
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L219
    and al, -5
    cmp al, 32
    jne label_29
    short jmp L218
L219:
    cmp byte ptr [rdi+22], 0
    jne label_29
L218:
# label_L
label_28:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L220
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L220:
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
L221:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# jump_f
    jmp label_31
# label_L
label_29:
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L222
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L222:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
L223:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# jump_f
    jmp label_31
# label_L
label_30:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L224
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L224:
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
# append_cons_Is
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
L225:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# label_L
label_31:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp notify/5
# label_L
label_32:
# is_map_fs
    mov rax, qword ptr [rbx+16]
    test al, 1
    jne label_33
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_33
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+16]
    mov esi, 14923
    mov edx, 2089174864
    call 140320710852224
    jne label_33
    mov qword ptr [rbx+32], rax
# is_map_fs
    mov rax, qword ptr [rbx+32]
    test al, 1
    jne label_33
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_33
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+32]
    mov esi, 41995
    mov edx, 1870248823
    call 140320710852224
    jne label_33
    mov qword ptr [rbx+32], rax
# is_list_fs
    mov rax, qword ptr [rbx+24]
    cmp rax, 59
    short je L226
    test al, 2
    jne label_33
L226:
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L227
    test al, 2
    jne label_33
L227:
# swap_dd
    mov rdi, qword ptr [rbx+16]
    mov rsi, qword ptr [rbx+32]
    mov qword ptr [rbx+32], rdi
    mov qword ptr [rbx+16], rsi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# swap_dd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+24]
    mov qword ptr [rbx+24], rdi
    mov qword ptr [rbx+8], rsi
# i_call_only_f
    jmp notify/5
# label_L
label_33:
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L163
    ret
# label_L
label_34:
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
label_35:
# i_func_info_IaaI
# error_logger:notify/5
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x76, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
notify/5:
# i_breakpoint_trampoline
    short jmp L228
.db 0x00
    call L164
    align 8
L228:
# i_test_yield
    lea rdx, qword ptr [notify/5+24]
    dec r14
    jle L162
# i_get_map_elements_fsI
.section .rodata {#1}
L231:
    align 8
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x50, 0x47, 0x86, 0x7C, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0xC9, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x63, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xF2, 0xC5, 0x88, 0x4C, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x73, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x9B, 0x5D, 0x00, 0x18, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+32]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L229
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L232:
    dec eax
    short jl label_35
    cmp qword ptr [rsi+rax*8+6], 32779
    short jne L232
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+56], rdx
L233:
    dec eax
    short jl label_35
    cmp qword ptr [rsi+rax*8+6], 117131
    short jne L233
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+48], rdx
L234:
    dec eax
    jl label_35
    cmp qword ptr [rsi+rax*8+6], 14923
    short jne L234
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+40], rdx
    short jmp L230
L229:
    mov ecx, 3
    lea r8, qword ptr [L231]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_35
L230:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L235
    mov ecx, 8
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L235:
    sub rsp, 32
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+40]
    movups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+24], rdi
# line_I
# i_call_f
.db 0x90
    call maybe_map_warnings/3
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx+16], 11
# i_move_sd
    mov qword ptr [rbx], 13771
# line_I
# i_call_ext_e
L236:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_37
# i_move_sd
    mov qword ptr [rbx], 13771
# jump_f
    jmp label_38
# label_L
label_37:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# label_L
label_38:
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L237
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L237:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 14923
# i_call_ext_last_et
    add rsp, 32
L238:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_39:
# i_func_info_IaaI
# error_logger:maybe_map_warnings/3
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xA1, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
maybe_map_warnings/3:
# i_breakpoint_trampoline
    short jmp L239
.db 0x00
    call L164
    align 8
L239:
# i_test_yield
    lea rdx, qword ptr [maybe_map_warnings/3+24]
    dec r14
    jle L162
# is_eq_exact_fss
    cmp qword ptr [rbx], 45451
    jne label_42
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L240
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L240:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+8], xmm0
# line_I
# call_light_bif_be
    align 4
L241:
L242:
    long mov rcx, 9223372036854775807
    mov rax, 94919178887216
    lea rdx, qword ptr [L241]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 45451
    jne label_41
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L243
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L243:
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
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L163
    ret
# label_L
label_41:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# line_I
# i_call_f
.db 0x66, 0x90
    call fix_warning_tag/2
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call fix_warning_type/2
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L244
    mov ecx, 1
    call 140320710850576
L244:
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
    jl L163
    ret
# label_L
label_42:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L245
    mov ecx, 3
    call 140320710850576
L245:
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
    jl L163
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_43:
# i_func_info_IaaI
# error_logger:fix_warning_tag/2
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA2, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
fix_warning_tag/2:
# i_breakpoint_trampoline
    short jmp L246
.db 0x00
    call L164
    align 8
L246:
# i_test_yield
    lea rdx, qword ptr [fix_warning_tag/2+24]
    dec r14
    jle L162
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 779
    je label_48
    cmp rsi, 21003
    je label_45
    jmp label_51
# label_L
label_45:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 45515
    je label_47
    cmp rsi, 216203
    je label_46
    jmp label_51
# label_L
label_46:
# i_move_sd
    mov qword ptr [rbx], 237451
# return
    dec r14
    jl L163
    ret
# label_L
label_47:
# i_move_sd
    mov qword ptr [rbx], 21067
# return
    dec r14
    jl L163
    ret
# label_L
label_48:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 45515
    je label_50
    cmp rsi, 216203
    je label_49
    jmp label_51
# label_L
label_49:
# i_move_sd
    mov qword ptr [rbx], 150603
# return
    dec r14
    jl L163
    ret
# label_L
label_50:
# i_move_sd
    mov qword ptr [rbx], 779
# return
    dec r14
    jl L163
    ret
# label_L
label_51:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L163
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_52:
# i_func_info_IaaI
# error_logger:fix_warning_type/2
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xA2, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
fix_warning_type/2:
# i_breakpoint_trampoline
    short jmp L247
.db 0x00
    call L164
    align 8
L247:
# i_test_yield
    lea rdx, qword ptr [fix_warning_type/2+24]
    dec r14
    jle L162
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 779
    je label_55
    cmp rsi, 21003
    je label_54
    jmp label_56
# label_L
label_54:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 238219
    jne label_56
# i_move_sd
    mov qword ptr [rbx], 237579
# return
    dec r14
    jl L163
    ret
# label_L
label_55:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 238219
    jne label_56
# i_move_sd
    mov qword ptr [rbx], 150667
# return
    dec r14
    jl L163
    ret
# label_L
label_56:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L163
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_57:
# i_func_info_IaaI
# error_logger:get_report_cb/1
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xA2, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_report_cb/1:
# i_breakpoint_trampoline
    short jmp L248
.db 0x00
    call L164
    align 8
L248:
# i_test_yield
    lea rdx, qword ptr [get_report_cb/1+24]
    dec r14
    jle L162
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx]
    mov esi, 14923
    mov edx, 2089174864
    call 140320710852224
    jne label_59
    mov qword ptr [rbx+8], rax
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_59
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_59
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 237387
    mov edx, 3889914292
    call 140320710852224
    jne label_59
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L163
    ret
# label_L
label_59:
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx]
    mov esi, 237387
    mov edx, 3889914292
    call 140320710852224
    jne label_60
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L163
    ret
# label_L
label_60:
# i_move_sd
L249:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L163
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_61:
# i_func_info_IaaI
# error_logger:error_msg/1
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xEF, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
error_msg/1:
# i_breakpoint_trampoline
    short jmp L250
.db 0x00
    call L164
    align 8
L250:
# i_test_yield
    lea rdx, qword ptr [error_msg/1+24]
    dec r14
    jle L162
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp error_msg/2
# func_line_I
# aligned_label_Lt
    align 8
label_63:
# i_func_info_IaaI
# error_logger:error_msg/2
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xEF, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
error_msg/2:
# i_breakpoint_trampoline
    short jmp L251
.db 0x00
    call L164
    align 8
L251:
# i_test_yield
    lea rdx, qword ptr [error_msg/2+24]
    dec r14
    jle L162
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L252
    mov ecx, 2
    call 140320710850576
L252:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# update_map_assoc_sdtI
.section .rodata {#1}
L253:
    align 8
.db 0x8B, 0x0D, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L254:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
    mov edx, 2
    mov ecx, 4
    lea r8, qword ptr [L253]
.db 0x0F, 0x1F, 0x00
    call 140320710854704
    mov qword ptr [rsp], rax
# i_move_sd
    mov qword ptr [rbx], 779
# line_I
# i_call_f
    call meta/1
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 779
# i_call_ext_last_et
    add rsp, 8
L255:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_65:
# i_func_info_IaaI
# error_logger:format/2
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
format/2:
# i_breakpoint_trampoline
    short jmp L256
.db 0x00
    call L164
    align 8
L256:
# i_test_yield
    lea rdx, qword ptr [format/2+24]
    dec r14
    jle L162
# i_call_only_f
    jmp error_msg/2
# func_line_I
# aligned_label_Lt
    align 8
label_67:
# i_func_info_IaaI
# error_logger:error_report/1
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x4C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
error_report/1:
# i_breakpoint_trampoline
    short jmp L257
.db 0x00
    call L164
    align 8
L257:
# i_test_yield
    lea rdx, qword ptr [error_report/1+24]
    dec r14
    jle L162
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 150667
# i_call_only_f
    jmp error_report/2
# func_line_I
# aligned_label_Lt
    align 8
label_69:
# i_func_info_IaaI
# error_logger:error_report/2
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x4C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
error_report/2:
# i_breakpoint_trampoline
    short jmp L258
.db 0x00
    call L164
    align 8
L258:
# i_test_yield
    lea rdx, qword ptr [error_report/2+24]
    dec r14
    jle L162
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L259
    mov ecx, 2
    call 140320710850576
L259:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# update_map_assoc_sdtI
.section .rodata {#1}
L260:
    align 8
.db 0x4B, 0x2D, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L261:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
    mov edx, 2
    mov ecx, 2
    lea r8, qword ptr [L260]
.db 0x0F, 0x1F, 0x00
    call 140320710854704
    mov qword ptr [rsp], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 150603
# line_I
# i_call_f
.db 0x90
    call meta/2
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 779
# i_call_ext_last_et
    add rsp, 8
L262:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_71:
# i_func_info_IaaI
# error_logger:warning_report/1
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x4C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
warning_report/1:
# i_breakpoint_trampoline
    short jmp L263
.db 0x00
    call L164
    align 8
L263:
# i_test_yield
    lea rdx, qword ptr [warning_report/1+24]
    dec r14
    jle L162
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 238219
# i_call_only_f
    jmp warning_report/2
# func_line_I
# aligned_label_Lt
    align 8
label_73:
# i_func_info_IaaI
# error_logger:warning_report/2
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x4C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
warning_report/2:
# i_breakpoint_trampoline
    short jmp L264
.db 0x00
    call L164
    align 8
L264:
# i_test_yield
    lea rdx, qword ptr [warning_report/2+24]
    dec r14
    jle L162
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L265
    mov ecx, 2
    call 140320710850576
L265:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# update_map_assoc_sdtI
.section .rodata {#1}
L266:
    align 8
.db 0x4B, 0x2D, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L267:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
    mov edx, 2
    mov ecx, 2
    lea r8, qword ptr [L266]
.db 0x0F, 0x1F, 0x00
    call 140320710854704
    mov qword ptr [rsp], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 216203
# line_I
# i_call_f
.db 0x90
    call meta/2
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 45451
# i_call_ext_last_et
    add rsp, 8
L268:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_75:
# i_func_info_IaaI
# error_logger:warning_msg/1
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xB1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
warning_msg/1:
# i_breakpoint_trampoline
    short jmp L269
.db 0x00
    call L164
    align 8
L269:
# i_test_yield
    lea rdx, qword ptr [warning_msg/1+24]
    dec r14
    jle L162
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp warning_msg/2
# func_line_I
# aligned_label_Lt
    align 8
label_77:
# i_func_info_IaaI
# error_logger:warning_msg/2
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xB1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
warning_msg/2:
# i_breakpoint_trampoline
    short jmp L270
.db 0x00
    call L164
    align 8
L270:
# i_test_yield
    lea rdx, qword ptr [warning_msg/2+24]
    dec r14
    jle L162
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L271
    mov ecx, 2
    call 140320710850576
L271:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# update_map_assoc_sdtI
.section .rodata {#1}
L272:
    align 8
.db 0x8B, 0x0D, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L273:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
    mov edx, 2
    mov ecx, 4
    lea r8, qword ptr [L272]
.db 0x0F, 0x1F, 0x00
    call 140320710854704
    mov qword ptr [rsp], rax
# i_move_sd
    mov qword ptr [rbx], 45515
# line_I
# i_call_f
    call meta/1
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 45451
# i_call_ext_last_et
    add rsp, 8
L274:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_79:
# i_func_info_IaaI
# error_logger:info_report/1
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x9F, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
info_report/1:
# i_breakpoint_trampoline
    short jmp L275
.db 0x00
    call L164
    align 8
L275:
# i_test_yield
    lea rdx, qword ptr [info_report/1+24]
    dec r14
    jle L162
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 237579
# i_call_only_f
    jmp info_report/2
# func_line_I
# aligned_label_Lt
    align 8
label_81:
# i_func_info_IaaI
# error_logger:info_report/2
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x9F, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
info_report/2:
# i_breakpoint_trampoline
    short jmp L276
.db 0x00
    call L164
    align 8
L276:
# i_test_yield
    lea rdx, qword ptr [info_report/2+24]
    dec r14
    jle L162
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L277
    mov ecx, 2
    call 140320710850576
L277:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# update_map_assoc_sdtI
.section .rodata {#1}
L278:
    align 8
.db 0x4B, 0x2D, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L279:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
    mov edx, 2
    mov ecx, 2
    lea r8, qword ptr [L278]
.db 0x0F, 0x1F, 0x00
    call 140320710854704
    mov qword ptr [rsp], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 237451
# line_I
# i_call_f
.db 0x90
    call meta/2
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 203851
# i_call_ext_last_et
    add rsp, 8
L280:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_83:
# i_func_info_IaaI
# error_logger:info_msg/1
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x52, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
info_msg/1:
# i_breakpoint_trampoline
    short jmp L281
.db 0x00
    call L164
    align 8
L281:
# i_test_yield
    lea rdx, qword ptr [info_msg/1+24]
    dec r14
    jle L162
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp info_msg/2
# func_line_I
# aligned_label_Lt
    align 8
label_85:
# i_func_info_IaaI
# error_logger:info_msg/2
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x52, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
info_msg/2:
# i_breakpoint_trampoline
    short jmp L282
.db 0x00
    call L164
    align 8
L282:
# i_test_yield
    lea rdx, qword ptr [info_msg/2+24]
    dec r14
    jle L162
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L283
    mov ecx, 2
    call 140320710850576
L283:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# update_map_assoc_sdtI
.section .rodata {#1}
L284:
    align 8
.db 0x8B, 0x0D, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L285:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
    mov edx, 2
    mov ecx, 4
    lea r8, qword ptr [L284]
.db 0x0F, 0x1F, 0x00
    call 140320710854704
    mov qword ptr [rsp], rax
# i_move_sd
    mov qword ptr [rbx], 21067
# line_I
# i_call_f
    call meta/1
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 203851
# i_call_ext_last_et
    add rsp, 8
L286:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_87:
# i_func_info_IaaI
# error_logger:error_info/1
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
error_info/1:
# i_breakpoint_trampoline
    short jmp L287
.db 0x00
    call L164
    align 8
L287:
# i_test_yield
    lea rdx, qword ptr [error_info/1+24]
    dec r14
    jle L162
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L288
    mov ecx, 1
    call 140320710850576
L288:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call string_p/1
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_90
    cmp rsi, 75
    je label_89
    jmp label_92
# label_L
label_89:
# i_move_sd
    mov qword ptr [rbx], 59
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# jump_f
    jmp label_91
# label_L
label_90:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L289
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L289:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
L290:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# label_L
label_91:
# update_map_assoc_sdtI
.section .rodata {#1}
L291:
    align 8
.db 0x4B, 0xAA, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L292:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
    mov edx, 2
    mov ecx, 2
    lea r8, qword ptr [L291]
.db 0x0F, 0x1F, 0x00
    call 140320710854704
    mov qword ptr [rbx+16], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L293
    mov ecx, 3
    call 140320710850576
L293:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_new_small_map_lit_dtqI
.section .rodata {#1}
L294:
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L295:
    long mov rdx, 9223372036854775807
    mov ecx, 4
    lea r8, qword ptr [L294]
.db 0x90
    call 140320710852992
    mov qword ptr [rbx+24], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 203851
# i_call_ext_last_et
    add rsp, 8
L296:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_92:
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
label_93:
# i_func_info_IaaI
# error_logger:meta/1
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x63, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
meta/1:
# i_breakpoint_trampoline
    short jmp L297
.db 0x00
    call L164
    align 8
L297:
# i_test_yield
    lea rdx, qword ptr [meta/1+24]
    dec r14
    jle L162
# i_move_sd
    mov qword ptr [rbx+8], 907
# i_call_only_f
    jmp meta/2
# func_line_I
# aligned_label_Lt
    align 8
label_95:
# i_func_info_IaaI
# error_logger:meta/2
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x63, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
meta/2:
# i_breakpoint_trampoline
    short jmp L298
.db 0x00
    call L164
    align 8
L298:
# i_test_yield
    lea rdx, qword ptr [meta/2+24]
    dec r14
    jle L162
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L299
    mov ecx, 2
    call 140320710850576
L299:
# i_make_fun3_FStt
L300:
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
    mov qword ptr [rbx+16], rax
# i_new_small_map_lit_dtqI
.section .rodata {#1}
L301:
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L302:
    long mov rdx, 9223372036854775807
    mov ecx, 3
    lea r8, qword ptr [L301]
.db 0x66, 0x90
    call 140320710852992
    mov qword ptr [rbx+16], rax
# i_call_only_f
    jmp meta/3
# func_line_I
# aligned_label_Lt
    align 8
label_97:
# i_func_info_IaaI
# error_logger:meta/3
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x63, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
meta/3:
# i_breakpoint_trampoline
    short jmp L303
.db 0x00
    call L164
    align 8
L303:
# i_test_yield
    lea rdx, qword ptr [meta/3+24]
    dec r14
    jle L162
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 907
    jne label_99
# i_new_small_map_lit_dtqI
.section .rodata {#1}
L304:
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L305:
    long mov rdx, 9223372036854775807
    mov ecx, 3
    lea r8, qword ptr [L304]
.db 0x66, 0x90
    call 140320710852992
    mov qword ptr [rbx], rax
# update_map_assoc_sdtI
.section .rodata {#1}
L306:
    align 8
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+24], rdi
    mov edx, 3
    mov ecx, 2
    lea r8, qword ptr [L306]
.db 0x66, 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L163
    ret
# label_L
label_99:
# i_new_small_map_lit_dtqI
.section .rodata {#1}
L307:
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L308:
    long mov rdx, 9223372036854775807
    mov ecx, 3
    lea r8, qword ptr [L307]
.db 0x0F, 0x1F, 0x00
    call 140320710852992
    mov qword ptr [rbx+24], rax
# update_map_assoc_sdtI
.section .rodata {#1}
L309:
    align 8
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+32], rdi
    mov edx, 4
    mov ecx, 2
    lea r8, qword ptr [L309]
.db 0x90
    call 140320710854704
    mov qword ptr [rbx+16], rax
# i_call_only_f
    jmp maybe_add_domain/3
# func_line_I
# aligned_label_Lt
    align 8
label_100:
# i_func_info_IaaI
# error_logger:maybe_add_domain/3
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA3, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
maybe_add_domain/3:
# i_breakpoint_trampoline
    short jmp L310
.db 0x00
    call L164
    align 8
L310:
# i_test_yield
    lea rdx, qword ptr [maybe_add_domain/3+24]
    dec r14
    jle L162
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 150603
    je label_104
    cmp rsi, 216203
    je label_102
    cmp rsi, 237451
    je label_103
    jmp label_106
# label_L
label_102:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 238219
    jne label_106
# jump_f
    jmp label_105
# label_L
label_103:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 237579
    jne label_106
# jump_f
    jmp label_105
# label_L
label_104:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 150667
    jne label_106
# label_L
label_105:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L163
    ret
# label_L
label_106:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L311
    mov ecx, 3
    call 140320710850576
L311:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# update_map_assoc_sdtI
.section .rodata {#1}
L312:
    align 8
.db 0xCB, 0xFB, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+24], rdi
    mov edx, 3
    mov ecx, 2
    lea r8, qword ptr [L312]
.db 0x0F, 0x1F, 0x00
    call 140320710854704
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L163
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_107:
# i_func_info_IaaI
# error_logger:report_to_format/1
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xA3, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
report_to_format/1:
# i_breakpoint_trampoline
    short jmp L313
.db 0x00
    call L164
    align 8
L313:
# i_test_yield
    lea rdx, qword ptr [report_to_format/1+24]
    dec r14
    jle L162
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_111
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_111
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx]
    mov esi, 22475
    mov edx, 2164284235
    call 140320710852224
    jne label_111
    mov qword ptr [rbx+8], rax
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_111
    cmp dword ptr [rsi-2], 128
    jne label_111
    cmp qword ptr [rsi+6], 14923
    jne label_111
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx]
    mov esi, 142667
    mov edx, 881712418
    call 140320710852224
    jne label_109
    mov qword ptr [rbx+8], rax
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_109
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_109
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L314
    mov ecx, 2
    call 140320710850576
L314:
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
L315:
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
    jl L163
    ret
# label_L
label_109:
# i_get_map_elements_fsI
.section .rodata {#1}
L318:
    align 8
.db 0x8B, 0x0D, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x42, 0xC3, 0xE8, 0xF8, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xCB, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xB9, 0xB1, 0x91, 0x69, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L316
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L319:
    dec eax
    jl label_111
    cmp qword ptr [rsi+rax*8+6], 95947
    short jne L319
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+16], rdx
L320:
    dec eax
    jl label_111
    cmp qword ptr [rsi+rax*8+6], 3467
    short jne L320
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+8], rdx
    short jmp L317
L316:
    mov ecx, 2
    lea r8, qword ptr [L318]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_111
L317:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L321
    mov ecx, 3
    call 140320710850576
L321:
    sub rsp, 24
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rsp], xmm0
# catch_yf
    inc qword ptr [r13+264]
L322:
    mov eax, 2147483647
    mov qword ptr [rsp+16], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L323:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+16], 59
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L324
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L324:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L163
    ret
# label_L
label_110:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L325
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L325:
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
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
L326:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
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
    jl L163
    ret
# label_L
label_111:
# line_I
# i_call_ext_only_e
L327:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_112:
# i_func_info_IaaI
# error_logger:string_p/1
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA4, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
string_p/1:
# i_breakpoint_trampoline
    short jmp L328
.db 0x00
    call L164
    align 8
L328:
# i_test_yield
    lea rdx, qword ptr [string_p/1+24]
    dec r14
    jle L162
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L329
    test al, 2
    jne label_114
L329:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L330
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L330:
# line_I
# i_call_ext_e
L331:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_call_last_ft
    jmp string_p1/1
# label_L
label_114:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L163
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_115:
# i_func_info_IaaI
# error_logger:string_p1/1
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xA4, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
string_p1/1:
# i_breakpoint_trampoline
    short jmp L332
.db 0x00
    call L164
    align 8
L332:
# i_test_yield
    lea rdx, qword ptr [string_p1/1+24]
    dec r14
    jle L162
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_117
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L163
    ret
# label_L
label_117:
# line_I
# i_call_ext_only_e
L333:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_118:
# i_func_info_IaaI
# error_logger:add_report_handler/1
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xA4, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
add_report_handler/1:
# i_breakpoint_trampoline
    short jmp L334
.db 0x00
    call L164
    align 8
L334:
# i_test_yield
    lea rdx, qword ptr [add_report_handler/1+24]
    dec r14
    jle L162
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    short jne label_118
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp add_report_handler/2
# func_line_I
# aligned_label_Lt
    align 8
label_120:
# i_func_info_IaaI
# error_logger:add_report_handler/2
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xA4, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
add_report_handler/2:
# i_breakpoint_trampoline
    short jmp L335
.db 0x00
    call L164
    align 8
L335:
# i_test_yield
    lea rdx, qword ptr [add_report_handler/2+24]
    dec r14
    jle L162
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    short jne label_120
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L336
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L336:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov qword ptr [rbx+8], 14923
# i_move_sd
L337:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 14923
# line_I
# i_call_ext_e
L338:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov qword ptr [rbx], 14923
# i_call_ext_last_et
    add rsp, 16
L339:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_122:
# i_func_info_IaaI
# error_logger:delete_report_handler/1
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA5, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
delete_report_handler/1:
# i_breakpoint_trampoline
    short jmp L340
.db 0x00
    call L164
    align 8
L340:
# i_test_yield
    lea rdx, qword ptr [delete_report_handler/1+24]
    dec r14
    jle L162
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    short jne label_122
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L341
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L341:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx], 14923
# line_I
# call_light_bif_be
    align 4
L342:
L343:
    long mov rcx, 9223372036854775807
    mov rax, 94919179093904
    lea rdx, qword ptr [L342]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_pid_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L344
    test al, 1
    jne label_125
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 48
    jne label_125
L344:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov qword ptr [rbx], 14923
# line_I
# i_call_ext_e
L345:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx], 14923
# line_I
# i_call_ext_e
L346:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_124
# i_move_sd
    mov qword ptr [rbx], 14923
# line_I
# i_call_ext_e
L347:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# label_L
label_124:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L163
    ret
# label_L
label_125:
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L163
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_126:
# i_func_info_IaaI
# error_logger:which_report_handlers/0
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA6, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
which_report_handlers/0:
# i_breakpoint_trampoline
    short jmp L348
.db 0x00
    call L164
    align 8
L348:
# i_test_yield
    lea rdx, qword ptr [which_report_handlers/0+24]
    dec r14
    jle L162
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L349
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L349:
# i_move_sd
    mov qword ptr [rbx], 14923
# line_I
# call_light_bif_be
    align 4
L350:
L351:
    long mov rcx, 9223372036854775807
    mov rax, 94919179093904
    lea rdx, qword ptr [L350]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_pid_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L352
    test al, 1
    jne label_128
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 48
    jne label_128
L352:
# i_move_sd
    mov qword ptr [rbx], 14923
# i_call_ext_last_et
L353:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_128:
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_129
# i_move_sd
    mov qword ptr [rbx], 59
# deallocate_t
# return
    dec r14
    jl L163
    ret
# label_L
label_129:
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
label_130:
# i_func_info_IaaI
# error_logger:logfile/1
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xA6, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
logfile/1:
# i_breakpoint_trampoline
    short jmp L354
.db 0x00
    call L164
    align 8
L354:
# i_test_yield
    lea rdx, qword ptr [logfile/1+24]
    dec r14
    jle L162
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_133
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_133
    cmp edi, 128
    short jne label_130
    cmp qword ptr [rsi+6], 30923
    short jne label_130
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L355
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L355:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call which_report_handlers/0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 200587
# call_light_bif_be
    align 4
L356:
L357:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L356]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_132
# i_move_sd
L358:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L163
    ret
# label_L
label_132:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 200587
# i_call_last_ft
    add rsp, 8
    jmp add_report_handler/2
# label_L
label_133:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 8907
    je label_137
    cmp rsi, 83723
    je label_134
    jmp label_130
# label_L
label_134:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L359
    xor ecx, ecx
    call 140320710850576
L359:
# i_move_sd
    mov qword ptr [rbx], 14923
# line_I
# call_light_bif_be
    align 4
L360:
L361:
    long mov rcx, 9223372036854775807
    mov rax, 94919179093904
    lea rdx, qword ptr [L360]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_pid_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L362
    test al, 1
    jne label_136
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 48
    jne label_136
L362:
# i_move_sd
    mov qword ptr [rbx+8], 200587
# i_move_sd
    mov qword ptr [rbx+16], 83723
# i_move_sd
    mov qword ptr [rbx], 14923
# line_I
# i_call_ext_e
L363:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_135
    cmp dword ptr [rsi-2], 128
    jne label_135
    cmp qword ptr [rsi+6], 779
    jne label_135
# i_move_sd
L364:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L163
    ret
# label_L
label_135:
# deallocate_t
# return
    dec r14
    jl L163
    ret
# label_L
label_136:
# i_move_sd
L365:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L163
    ret
# label_L
label_137:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L366
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L366:
# i_move_sd
    mov qword ptr [rbx], 14923
# line_I
# call_light_bif_be
    align 4
L367:
L368:
    long mov rcx, 9223372036854775807
    mov rax, 94919179093904
    lea rdx, qword ptr [L367]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_pid_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L369
    test al, 1
    jne label_139
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 48
    jne label_139
L369:
# i_move_sd
    mov qword ptr [rbx+8], 200587
# i_move_sd
    mov qword ptr [rbx+16], 523
# i_move_sd
    mov qword ptr [rbx], 14923
# line_I
# i_call_ext_e
L370:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_138
    cmp dword ptr [rsi-2], 128
    jne label_138
    cmp qword ptr [rsi+6], 779
    jne label_138
# deallocate_t
# return
    dec r14
    jl L163
    ret
# label_L
label_138:
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L163
    ret
# label_L
label_139:
# i_move_sd
L371:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L163
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_140:
# i_func_info_IaaI
# error_logger:tty/1
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xA6, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
tty/1:
# i_breakpoint_trampoline
    short jmp L372
.db 0x00
    call L164
    align 8
L372:
# i_test_yield
    lea rdx, qword ptr [tty/1+24]
    dec r14
    jle L162
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_144
    cmp rsi, 75
    je label_142
    short jmp label_140
# label_L
label_142:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L373
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L373:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call which_report_handlers/0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 200651
# call_light_bif_be
    align 4
L374:
L375:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L374]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_ne_exact_fss
    cmp qword ptr [rbx], 75
    je label_145
# i_move_sd
    mov qword ptr [rbx], 11211
# line_I
# i_call_ext_e
L376:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_143
    cmp dword ptr [rsi-2], 128
    jne label_143
    cmp qword ptr [rsi+6], 30603
    jne label_143
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_143
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_143
# i_get_map_elements_fsI
.section .rodata {#1}
L379:
    align 8
.db 0x4B, 0x53, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xE7, 0xCF, 0x46, 0xC7, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x57, 0xAB, 0xAC, 0x39, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L377
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L380:
    dec eax
    jl label_143
    cmp qword ptr [rsi+rax*8+6], 26251
    short jne L380
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx], rdx
L381:
    dec eax
    jl label_143
    cmp qword ptr [rsi+rax*8+6], 86859
    short jne L381
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+8], rdx
    short jmp L378
L377:
    mov ecx, 2
    lea r8, qword ptr [L379]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_143
L378:
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_143
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_143
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 43595
    mov edx, 249920315
    call 140320710852224
    jne label_143
    mov qword ptr [rbx+8], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 239371
    jne label_143
# is_eq_exact_fss
    cmp qword ptr [rbx], 197963
    jne label_143
# i_move_sd
    mov qword ptr [rbx+8], 239435
# i_move_sd
    mov qword ptr [rbx], 11211
# line_I
# i_call_ext_e
L382:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_145
# label_L
label_143:
# i_move_sd
    mov qword ptr [rbx+8], 197963
# i_move_sd
L383:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 239563
# line_I
# i_call_ext_e
L384:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_145
# label_L
label_144:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L385
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L385:
# i_move_sd
    mov qword ptr [rbx], 200651
# line_I
# i_call_f
    call delete_report_handler/1
# i_move_sd
    mov qword ptr [rbx], 239563
# line_I
# i_call_ext_e
L386:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx], 11211
# line_I
# i_call_ext_e
L387:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_145
    cmp dword ptr [rsi-2], 128
    jne label_145
    cmp qword ptr [rsi+6], 30603
    jne label_145
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_145
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_145
# i_get_map_elements_fsI
.section .rodata {#1}
L390:
    align 8
.db 0x4B, 0x53, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xE7, 0xCF, 0x46, 0xC7, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x57, 0xAB, 0xAC, 0x39, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L388
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L391:
    dec eax
    jl label_145
    cmp qword ptr [rsi+rax*8+6], 26251
    short jne L391
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx], rdx
L392:
    dec eax
    jl label_145
    cmp qword ptr [rsi+rax*8+6], 86859
    short jne L392
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+8], rdx
    short jmp L389
L388:
    mov ecx, 2
    lea r8, qword ptr [L390]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_145
L389:
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_145
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_145
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 43595
    mov edx, 249920315
    call 140320710852224
    jne label_145
    mov qword ptr [rbx+8], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 239371
    jne label_145
# is_eq_exact_fss
    cmp qword ptr [rbx], 197963
    jne label_145
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L393
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L393:
# i_make_fun3_FStt
L394:
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
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 239435
# i_move_sd
    mov qword ptr [rbx], 11211
# line_I
# i_call_ext_e
L395:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# label_L
label_145:
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L163
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_146:
# i_func_info_IaaI
# error_logger:limit_term/1
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x94, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
limit_term/1:
# i_breakpoint_trampoline
    short jmp L396
.db 0x00
    call L164
    align 8
L396:
# i_test_yield
    lea rdx, qword ptr [limit_term/1+24]
    dec r14
    jle L162
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L397
    mov ecx, 1
    call 140320710850576
L397:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call get_format_depth/0
# is_eq_exact_fss
    cmp qword ptr [rbx], 234507
    jne label_148
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L163
    ret
# label_L
label_148:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 8
L398:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_149:
# i_func_info_IaaI
# error_logger:get_format_depth/0
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x92, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_format_depth/0:
# i_breakpoint_trampoline
    short jmp L399
.db 0x00
    call L164
    align 8
L399:
# i_test_yield
    lea rdx, qword ptr [get_format_depth/0+24]
    dec r14
    jle L162
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L400
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L400:
# i_move_sd
    mov qword ptr [rbx+8], 239691
# i_move_sd
    mov qword ptr [rbx], 173579
# line_I
# i_call_ext_e
L401:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_152
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_152
    cmp edi, 128
    jne label_154
    cmp qword ptr [rsi+6], 30603
    jne label_154
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L402
    test al, 1
    jne label_151
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_151
L402:
# i_move_sd
    mov qword ptr [rbx], 175
# i_call_ext_last_et
L403:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_151:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 234507
    jne label_154
# jump_f
    jmp label_153
# label_L
label_152:
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_154
# label_L
label_153:
# i_move_sd
    mov qword ptr [rbx], 234507
# deallocate_t
# return
    dec r14
    jl L163
    ret
# label_L
label_154:
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
label_155:
# i_func_info_IaaI
# error_logger:module_info/0
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/0:
# i_breakpoint_trampoline
    short jmp L404
.db 0x00
    call L164
    align 8
L404:
# i_test_yield
    lea rdx, qword ptr [module_info/0+24]
    dec r14
    jle L162
# i_move_sd
    mov qword ptr [rbx], 14923
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L405
    mov ecx, 1
.db 0x90
    call 140320710850576
L405:
# call_light_bif_be
    align 4
L406:
L407:
    long mov rcx, 9223372036854775807
    mov rax, 94919178912304
    lea rdx, qword ptr [L406]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L163
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_157:
# i_func_info_IaaI
# error_logger:module_info/1
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/1:
# i_breakpoint_trampoline
    short jmp L408
.db 0x00
    call L164
    align 8
L408:
# i_test_yield
    lea rdx, qword ptr [module_info/1+24]
    dec r14
    jle L162
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 14923
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L409
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L409:
# call_light_bif_be
    align 4
L410:
L411:
    long mov rcx, 9223372036854775807
    mov rax, 94919178913216
    lea rdx, qword ptr [L410]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L163
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_159:
# i_func_info_IaaI
# error_logger:'-tty/1-fun-0-'/2
    call L161
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x3A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xA8, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-tty/1-fun-0-'/2:
# i_breakpoint_trampoline
    short jmp L412
.db 0x00
    call L164
    align 8
L412:
# i_test_yield
    lea rdx, qword ptr ['-tty/1-fun-0-'/2+24]
    dec r14
    jle L162
# i_move_sd
    mov qword ptr [rbx], 40971
# return
    dec r14
    jl L163
    ret
# int_code_end
L413:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, 94919180896308
    call 94919178184336
.section .rodata {#1}
line:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
.section .rodata {#1}
attr:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x68, 0x02, 0x64, 0x00, 0x03, 0x76, 0x73, 0x6E, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x6E, 0x10, 0x00, 0x66, 0x1E, 0x19, 0x57, 0x92, 0x8D, 0x7A, 0xE4, 0xC1, 0x78, 0x67, 0xD6, 0x04, 0xEA, 0x5C, 0x97, 0x6A, 0x6A
.section .text {#0}
.section .rodata {#1}
compile:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x68, 0x02, 0x64, 0x00, 0x07, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6F, 0x6E, 0x6B, 0x00, 0x03, 0x38, 0x2E, 0x32, 0x68, 0x02, 0x64, 0x00, 0x07, 0x6F, 0x70, 0x74, 0x69, 0x6F, 0x6E, 0x73, 0x6C, 0x00, 0x00, 0x00, 0x02, 0x64, 0x00, 0x0A, 0x64, 0x65, 0x62, 0x75, 0x67, 0x5F, 0x69, 0x6E, 0x66, 0x6F, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x45, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x06, 0x73, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x6B, 0x00, 0x4B, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x65, 0x72, 0x72, 0x6F, 0x72, 0x5F, 0x6C, 0x6F, 0x67, 0x67, 0x65, 0x72, 0x2E, 0x65, 0x72, 0x6C, 0x6A
.section .text {#0}
.section .rodata {#1}
md5:
.db 0x97, 0x5C, 0xEA, 0x04, 0xD6, 0x67, 0x78, 0xC1, 0xE4, 0x7A, 0x8D, 0x92, 0x57, 0x19, 0x1E, 0x66
.section .text {#0}
