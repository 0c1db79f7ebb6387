    align 8
L145:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L146:
    jmp 140320710851944
    align 8
L147:
    jmp 140320710853048
    align 8
L148:
    jmp 140320710850344
    align 16
L149:
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
# erl_anno:to_term/1
    call L146
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xD3, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
to_term/1:
# i_breakpoint_trampoline
    short jmp L150
.db 0x00
    call L149
    align 8
L150:
# i_test_yield
    lea rdx, qword ptr [to_term/1+24]
    dec r14
    jle L147
# return
    dec r14
    jl L148
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_3:
# i_func_info_IaaI
# erl_anno:from_term/1
    call L146
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x06, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
from_term/1:
# i_breakpoint_trampoline
    short jmp L151
.db 0x00
    call L149
    align 8
L151:
# i_test_yield
    lea rdx, qword ptr [from_term/1+24]
    dec r14
    jle L147
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L152
    test al, 1
    jne label_5
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_5
L152:
# is_lt_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L153
    cmp rdi, rsi
    short jmp L154
L153:
    call 140320710848608
L154:
    jge label_5
# line_I
# i_unary_minus_sjd
    mov rsi, qword ptr [rbx]
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L156
# negation with overflow test
    movzx rax, al
    mov rdx, rsi
    and rdx, -16
    sub rax, rdx
    short jno L155
L156:
    call 140320710854520
L155:
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L157
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L157:
# i_call_f
.db 0x0F, 0x1F, 0x00
    call new/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 75
# i_call_last_ft
    jmp set_generated/2
# label_L
label_5:
# return
    dec r14
    jl L148
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_6:
# i_func_info_IaaI
# erl_anno:new/1
    call L146
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x6C, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
new/1:
# i_breakpoint_trampoline
    short jmp L158
.db 0x00
    call L149
    align 8
L158:
# i_test_yield
    lea rdx, qword ptr [new/1+24]
    dec r14
    jle L147
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L159
    test al, 1
    jne label_8
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_8
L159:
# is_lt_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L160
    cmp rdi, rsi
    short jmp L161
L160:
    call 140320710848608
L161:
    jge label_9
# label_L
label_8:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_10
    cmp dword ptr [rsi-2], 128
    jne label_10
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L162
    test al, 1
    jne label_10
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_10
L162:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L163
    cmp rdi, rsi
    short jmp L164
L163:
    call 140320710848608
L164:
    jl label_10
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L165
    test al, 1
    jne label_10
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_10
L165:
# is_ge_fss
    mov esi, 31
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L166
    cmp rdi, rsi
    short jmp L167
L166:
    call 140320710848608
L167:
    jl label_10
# label_L
label_9:
# i_call_only_f
    jmp new_location/1
# label_L
label_10:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L168
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L168:
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
    short jbe L169
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L169:
# call_light_bif_be
    align 4
L170:
L171:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L170]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L148
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_11:
# i_func_info_IaaI
# erl_anno:new_location/1
    call L146
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x3C, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
new_location/1:
# i_breakpoint_trampoline
    short jmp L172
.db 0x00
    call L149
    align 8
L172:
# i_test_yield
    lea rdx, qword ptr [new_location/1+24]
    dec r14
    jle L147
# return
    dec r14
    jl L148
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_13:
# i_func_info_IaaI
# erl_anno:is_anno/1
    call L146
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xE2, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_anno/1:
# i_breakpoint_trampoline
    short jmp L173
.db 0x00
    call L149
    align 8
L173:
# i_test_yield
    lea rdx, qword ptr [is_anno/1+24]
    dec r14
    jle L147
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L174
    test al, 1
    jne label_15
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_15
L174:
# is_lt_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L175
    cmp rdi, rsi
    short jmp L176
L175:
    call 140320710848608
L176:
    jge label_16
# label_L
label_15:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_17
    cmp dword ptr [rsi-2], 128
    jne label_17
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L177
    test al, 1
    jne label_17
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_17
L177:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L178
    cmp rdi, rsi
    short jmp L179
L178:
    call 140320710848608
L179:
    jl label_17
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L180
    test al, 1
    jne label_17
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_17
L180:
# is_ge_fss
    mov esi, 31
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L181
    cmp rdi, rsi
    short jmp L182
L181:
    call 140320710848608
L182:
    jl label_17
# label_L
label_16:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L148
    ret
# label_L
label_17:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_18
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L148
    ret
# label_L
label_18:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L183
    mov ecx, 1
    call 140320710850576
L183:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call is_anno1/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_19
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 244683
# line_I
# call_light_bif_be
    align 4
L184:
L185:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928928
    lea rdx, qword ptr [L184]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L148
    ret
# label_L
label_19:
# i_move_sd
    mov qword ptr [rbx], 11
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L148
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_20:
# i_func_info_IaaI
# erl_anno:is_anno1/1
    call L146
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x3C, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_anno1/1:
# i_breakpoint_trampoline
    short jmp L186
.db 0x00
    call L149
    align 8
L186:
# i_test_yield
    lea rdx, qword ptr [is_anno1/1+24]
    dec r14
    jle L147
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_23
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_23
    cmp dword ptr [rsi-2], 128
    jne label_23
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L187
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L187:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
    call is_anno2/2
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_22
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp is_anno1/1
# label_L
label_22:
# i_move_sd
    mov qword ptr [rbx], 11
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L148
    ret
# label_L
label_23:
# bif_is_eq_exact_Ssd
    mov eax, 75
    cmp qword ptr [rbx], 59
    mov edi, 11
    cmovne rax, rdi
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L148
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_24:
# i_func_info_IaaI
# erl_anno:is_anno2/2
    call L146
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x3D, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_anno2/2:
# i_breakpoint_trampoline
    short jmp L188
.db 0x00
    call L149
    align 8
L188:
# i_test_yield
    lea rdx, qword ptr [is_anno2/2+24]
    dec r14
    jle L147
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 63499
    je label_30
    cmp rsi, 105739
    je label_29
    cmp rsi, 218379
    je label_29
    cmp rsi, 244683
    je label_27
    cmp rsi, 251595
    je label_26
    jmp label_31
# label_L
label_26:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp is_string/1
# label_L
label_27:
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L189
    test al, 1
    jne label_28
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_28
L189:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L190
    cmp rdi, rsi
    short jmp L191
L190:
    call 140320710848608
L191:
    jl label_28
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L148
    ret
# label_L
label_28:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_31
    cmp dword ptr [rsi-2], 128
    jne label_31
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L192
    test al, 1
    jne label_31
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_31
L192:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L193
    cmp rdi, rsi
    short jmp L194
L193:
    call 140320710848608
L194:
    jl label_31
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L195
    test al, 1
    jne label_31
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_31
L195:
# nofail_bif2_ssbd
    lea rsi, qword ptr [rbx-104]
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsi], rdi
    mov qword ptr [rsi+8], 31
    mov rcx, 94919178915712
    call 140320710851400
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L148
    ret
# label_L
label_29:
# bif_is_eq_exact_Ssd
    mov eax, 75
    cmp qword ptr [rbx+8], 75
    mov edi, 11
    cmovne rax, rdi
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L148
    ret
# label_L
label_30:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp is_filename/1
# label_L
label_31:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L148
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_32:
# i_func_info_IaaI
# erl_anno:is_filename/1
    call L146
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x3D, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_filename/1:
# i_breakpoint_trampoline
    short jmp L196
.db 0x00
    call L149
    align 8
L196:
# i_test_yield
    lea rdx, qword ptr [is_filename/1+24]
    dec r14
    jle L147
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L197
    test al, 2
    jne label_34
L197:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L148
    ret
# label_L
label_34:
# nofail_bif1_sbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178916608
    call 140320710851400
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L148
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_35:
# i_func_info_IaaI
# erl_anno:is_string/1
    call L146
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x3D, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_string/1:
# i_breakpoint_trampoline
    short jmp L198
.db 0x00
    call L149
    align 8
L198:
# i_test_yield
    lea rdx, qword ptr [is_string/1+24]
    dec r14
    jle L147
# nofail_bif1_sbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178916256
    call 140320710851400
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L148
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_37:
# i_func_info_IaaI
# erl_anno:column/1
    call L146
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x2A, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
column/1:
# i_breakpoint_trampoline
    short jmp L199
.db 0x00
    call L149
    align 8
L199:
# i_test_yield
    lea rdx, qword ptr [column/1+24]
    dec r14
    jle L147
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_39
    cmp dword ptr [rsi-2], 128
    jne label_39
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L200
    test al, 1
    jne label_39
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_39
L200:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L201
    cmp rdi, rsi
    short jmp L202
L201:
    call 140320710848608
L202:
    jl label_39
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L203
    test al, 1
    jne label_39
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_39
L203:
# is_ge_fss
    mov esi, 31
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L204
    cmp rdi, rsi
    short jmp L205
L204:
    call 140320710848608
L205:
    jl label_39
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L148
    ret
# label_L
label_39:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L206
    test al, 1
    jne label_40
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_40
L206:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L207
    cmp rdi, rsi
    short jmp L208
L207:
    call 140320710848608
L208:
    jl label_40
# i_move_sd
    mov qword ptr [rbx], 907
# return
    dec r14
    jl L148
    ret
# label_L
label_40:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L209
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L209:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call location/1
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_41
    cmp dword ptr [rsi-2], 128
    jne label_41
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L148
    ret
# label_L
label_41:
# i_move_sd
    mov qword ptr [rbx], 907
# deallocate_t
# return
    dec r14
    jl L148
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_42:
# i_func_info_IaaI
# erl_anno:end_location/1
    call L146
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x6F, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
end_location/1:
# i_breakpoint_trampoline
    short jmp L210
.db 0x00
    call L149
    align 8
L210:
# i_test_yield
    lea rdx, qword ptr [end_location/1+24]
    dec r14
    jle L147
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L211
    mov ecx, 1
    call 140320710850576
L211:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call text/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_44
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L148
    ret
# label_L
label_44:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_f
    call location/1
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_45
    cmp dword ptr [rsi-2], 128
    jne label_45
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp end_location/3
# label_L
label_45:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp end_location/2
# func_line_I
# aligned_label_Lt
    align 8
label_46:
# i_func_info_IaaI
# erl_anno:file/1
    call L146
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xF8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
file/1:
# i_breakpoint_trampoline
    short jmp L212
.db 0x00
    call L149
    align 8
L212:
# i_test_yield
    lea rdx, qword ptr [file/1+24]
    dec r14
    jle L147
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L213
    test al, 1
    jne label_48
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_48
L213:
# is_lt_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L214
    cmp rdi, rsi
    short jmp L215
L214:
    call 140320710848608
L215:
    jge label_49
# label_L
label_48:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_50
    cmp dword ptr [rsi-2], 128
    jne label_50
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L216
    test al, 1
    jne label_50
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_50
L216:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L217
    cmp rdi, rsi
    short jmp L218
L217:
    call 140320710848608
L218:
    jl label_50
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L219
    test al, 1
    jne label_50
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_50
L219:
# is_ge_fss
    mov esi, 31
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L220
    cmp rdi, rsi
    short jmp L221
L220:
    call 140320710848608
L221:
    jl label_50
# label_L
label_49:
# i_move_sd
    mov qword ptr [rbx], 907
# return
    dec r14
    jl L148
    ret
# label_L
label_50:
# i_move_sd
    mov qword ptr [rbx+8], 63499
# i_call_only_f
    jmp anno_info/2
# func_line_I
# aligned_label_Lt
    align 8
label_51:
# i_func_info_IaaI
# erl_anno:generated/1
    call L146
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x55, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
generated/1:
# i_breakpoint_trampoline
    short jmp L222
.db 0x00
    call L149
    align 8
L222:
# i_test_yield
    lea rdx, qword ptr [generated/1+24]
    dec r14
    jle L147
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L223
    test al, 1
    jne label_53
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_53
L223:
# is_lt_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L224
    cmp rdi, rsi
    short jmp L225
L224:
    call 140320710848608
L225:
    jge label_54
# label_L
label_53:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_55
    cmp dword ptr [rsi-2], 128
    jne label_55
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L226
    test al, 1
    jne label_55
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_55
L226:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L227
    cmp rdi, rsi
    short jmp L228
L227:
    call 140320710848608
L228:
    jl label_55
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L229
    test al, 1
    jne label_55
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_55
L229:
# is_ge_fss
    mov esi, 31
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L230
    cmp rdi, rsi
    short jmp L231
L230:
    call 140320710848608
L231:
    jl label_55
# label_L
label_54:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L148
    ret
# label_L
label_55:
# i_move_sd
    mov qword ptr [rbx+16], 11
# i_move_sd
    mov qword ptr [rbx+8], 218379
# i_call_only_f
    jmp anno_info/3
# func_line_I
# aligned_label_Lt
    align 8
label_56:
# i_func_info_IaaI
# erl_anno:line/1
    call L146
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x59, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
line/1:
# i_breakpoint_trampoline
    short jmp L232
.db 0x00
    call L149
    align 8
L232:
# i_test_yield
    lea rdx, qword ptr [line/1+24]
    dec r14
    jle L147
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L233
    mov ecx, 1
    call 140320710850576
L233:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call location/1
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_58
    cmp dword ptr [rsi-2], 128
    jne label_58
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L148
    ret
# label_L
label_58:
# deallocate_t
# return
    dec r14
    jl L148
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_59:
# i_func_info_IaaI
# erl_anno:location/1
    call L146
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xBB, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
location/1:
# i_breakpoint_trampoline
    short jmp L234
.db 0x00
    call L149
    align 8
L234:
# i_test_yield
    lea rdx, qword ptr [location/1+24]
    dec r14
    jle L147
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L235
    test al, 1
    jne label_61
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_61
L235:
# is_lt_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L236
    cmp rdi, rsi
    short jmp L237
L236:
    call 140320710848608
L237:
    jge label_62
# label_L
label_61:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_63
    cmp dword ptr [rsi-2], 128
    jne label_63
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L238
    test al, 1
    jne label_63
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_63
L238:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L239
    cmp rdi, rsi
    short jmp L240
L239:
    call 140320710848608
L240:
    jl label_63
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L241
    test al, 1
    jne label_63
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_63
L241:
# is_ge_fss
    mov esi, 31
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L242
    cmp rdi, rsi
    short jmp L243
L242:
    call 140320710848608
L243:
    jl label_63
# label_L
label_62:
# return
    dec r14
    jl L148
    ret
# label_L
label_63:
# i_move_sd
    mov qword ptr [rbx+8], 244683
# i_call_only_f
    jmp anno_info/2
# func_line_I
# aligned_label_Lt
    align 8
label_64:
# i_func_info_IaaI
# erl_anno:record/1
    call L146
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x9D, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
record/1:
# i_breakpoint_trampoline
    short jmp L244
.db 0x00
    call L149
    align 8
L244:
# i_test_yield
    lea rdx, qword ptr [record/1+24]
    dec r14
    jle L147
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L245
    test al, 1
    jne label_66
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_66
L245:
# is_lt_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L246
    cmp rdi, rsi
    short jmp L247
L246:
    call 140320710848608
L247:
    jge label_67
# label_L
label_66:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_68
    cmp dword ptr [rsi-2], 128
    jne label_68
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L248
    test al, 1
    jne label_68
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_68
L248:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L249
    cmp rdi, rsi
    short jmp L250
L249:
    call 140320710848608
L250:
    jl label_68
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L251
    test al, 1
    jne label_68
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_68
L251:
# is_ge_fss
    mov esi, 31
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L252
    cmp rdi, rsi
    short jmp L253
L252:
    call 140320710848608
L253:
    jl label_68
# label_L
label_67:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L148
    ret
# label_L
label_68:
# i_move_sd
    mov qword ptr [rbx+16], 11
# i_move_sd
    mov qword ptr [rbx+8], 105739
# i_call_only_f
    jmp anno_info/3
# func_line_I
# aligned_label_Lt
    align 8
label_69:
# i_func_info_IaaI
# erl_anno:text/1
    call L146
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xD6, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
text/1:
# i_breakpoint_trampoline
    short jmp L254
.db 0x00
    call L149
    align 8
L254:
# i_test_yield
    lea rdx, qword ptr [text/1+24]
    dec r14
    jle L147
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L255
    test al, 1
    jne label_71
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_71
L255:
# is_lt_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L256
    cmp rdi, rsi
    short jmp L257
L256:
    call 140320710848608
L257:
    jge label_72
# label_L
label_71:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_73
    cmp dword ptr [rsi-2], 128
    jne label_73
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L258
    test al, 1
    jne label_73
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_73
L258:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L259
    cmp rdi, rsi
    short jmp L260
L259:
    call 140320710848608
L260:
    jl label_73
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L261
    test al, 1
    jne label_73
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_73
L261:
# is_ge_fss
    mov esi, 31
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L262
    cmp rdi, rsi
    short jmp L263
L262:
    call 140320710848608
L263:
    jl label_73
# label_L
label_72:
# i_move_sd
    mov qword ptr [rbx], 907
# return
    dec r14
    jl L148
    ret
# label_L
label_73:
# i_move_sd
    mov qword ptr [rbx+8], 251595
# i_call_only_f
    jmp anno_info/2
# func_line_I
# aligned_label_Lt
    align 8
label_74:
# i_func_info_IaaI
# erl_anno:set_file/2
    call L146
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x6A, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_file/2:
# i_breakpoint_trampoline
    short jmp L264
.db 0x00
    call L149
    align 8
L264:
# i_test_yield
    lea rdx, qword ptr [set_file/2+24]
    dec r14
    jle L147
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov qword ptr [rbx], 63499
# i_call_only_f
    jmp set/3
# func_line_I
# aligned_label_Lt
    align 8
label_76:
# i_func_info_IaaI
# erl_anno:set_generated/2
    call L146
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x91, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_generated/2:
# i_breakpoint_trampoline
    short jmp L265
.db 0x00
    call L149
    align 8
L265:
# i_test_yield
    lea rdx, qword ptr [set_generated/2+24]
    dec r14
    jle L147
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov qword ptr [rbx], 218379
# i_call_only_f
    jmp set/3
# func_line_I
# aligned_label_Lt
    align 8
label_78:
# i_func_info_IaaI
# erl_anno:set_line/2
    call L146
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x3D, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_line/2:
# i_breakpoint_trampoline
    short jmp L266
.db 0x00
    call L149
    align 8
L266:
# i_test_yield
    lea rdx, qword ptr [set_line/2+24]
    dec r14
    jle L147
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L267
    mov ecx, 2
    call 140320710850576
L267:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call location/1
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_80
    cmp dword ptr [rsi-2], 128
    jne label_80
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L268
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L268:
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
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 16
    jmp set_location/2
# label_L
label_80:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 16
    jmp set_location/2
# func_line_I
# aligned_label_Lt
    align 8
label_81:
# i_func_info_IaaI
# erl_anno:set_location/2
    call L146
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x6F, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_location/2:
# i_breakpoint_trampoline
    short jmp L269
.db 0x00
    call L149
    align 8
L269:
# i_test_yield
    lea rdx, qword ptr [set_location/2+24]
    dec r14
    jle L147
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L270
    test al, 1
    jne label_83
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_83
L270:
# is_lt_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L271
    cmp rdi, rsi
    short jmp L272
L271:
    call 140320710848608
L272:
    jge label_84
# label_L
label_83:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_85
    cmp dword ptr [rsi-2], 128
    jne label_85
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L273
    test al, 1
    jne label_85
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_85
L273:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+16]
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
    jl label_85
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L276
    test al, 1
    jne label_85
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_85
L276:
# is_ge_fss
    mov esi, 31
    mov rdi, qword ptr [rbx+16]
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
    jl label_85
# label_L
label_84:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L279
    test al, 1
    jne label_85
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_85
L279:
# is_lt_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L280
    cmp rdi, rsi
    short jmp L281
L280:
    call 140320710848608
L281:
    jge label_88
# label_L
label_85:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_89
    cmp dword ptr [rsi-2], 128
    jne label_89
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+16], xmm0
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L282
    test al, 1
    jne label_86
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_86
L282:
# is_lt_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L283
    cmp rdi, rsi
    short jmp L284
L283:
    call 140320710848608
L284:
    jge label_87
# label_L
label_86:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_89
    cmp dword ptr [rsi-2], 128
    jne label_89
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+32], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L285
    test al, 1
    jne label_89
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_89
L285:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+32]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L286
    cmp rdi, rsi
    short jmp L287
L286:
    call 140320710848608
L287:
    jl label_89
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+32], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L288
    test al, 1
    jne label_89
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_89
L288:
# is_ge_fss
    mov esi, 31
    mov rdi, qword ptr [rbx+32]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L289
    cmp rdi, rsi
    short jmp L290
L289:
    call 140320710848608
L290:
    jl label_89
# label_L
label_87:
# is_integer_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L291
    test al, 1
    jne label_89
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_89
L291:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+16]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L292
    cmp rdi, rsi
    short jmp L293
L292:
    call 140320710848608
L293:
    jl label_89
# is_integer_fs
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L294
    test al, 1
    jne label_89
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_89
L294:
# is_ge_fss
    mov esi, 31
    mov rdi, qword ptr [rbx+24]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L295
    cmp rdi, rsi
    short jmp L296
L295:
    call 140320710848608
L296:
    jl label_89
# label_L
label_88:
# i_call_only_f
    jmp new_location/1
# label_L
label_89:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov qword ptr [rbx], 244683
# i_call_only_f
    jmp set/3
# func_line_I
# aligned_label_Lt
    align 8
label_90:
# i_func_info_IaaI
# erl_anno:set_record/2
    call L146
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x3E, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_record/2:
# i_breakpoint_trampoline
    short jmp L297
.db 0x00
    call L149
    align 8
L297:
# i_test_yield
    lea rdx, qword ptr [set_record/2+24]
    dec r14
    jle L147
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov qword ptr [rbx], 105739
# i_call_only_f
    jmp set/3
# func_line_I
# aligned_label_Lt
    align 8
label_92:
# i_func_info_IaaI
# erl_anno:set_text/2
    call L146
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xD4, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_text/2:
# i_breakpoint_trampoline
    short jmp L298
.db 0x00
    call L149
    align 8
L298:
# i_test_yield
    lea rdx, qword ptr [set_text/2+24]
    dec r14
    jle L147
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov qword ptr [rbx], 251595
# i_call_only_f
    jmp set/3
# func_line_I
# aligned_label_Lt
    align 8
label_94:
# i_func_info_IaaI
# erl_anno:set/3
    call L146
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x96, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set/3:
# i_breakpoint_trampoline
    short jmp L299
.db 0x00
    call L149
    align 8
L299:
# i_test_yield
    lea rdx, qword ptr [set/3+24]
    dec r14
    jle L147
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L300
    mov ecx, 3
    call 140320710850576
L300:
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
    call is_settable/2
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_99
# is_integer_fs
    mov rdi, qword ptr [rsp]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L301
    test al, 1
    jne label_96
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_96
L301:
# is_lt_fss
    mov esi, 15
    mov rdi, qword ptr [rsp]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L302
    cmp rdi, rsi
    short jmp L303
L302:
    call 140320710848608
L303:
    jge label_97
# label_L
label_96:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rsp]
    rex test sil, 1
    jne label_98
    cmp dword ptr [rsi-2], 128
    jne label_98
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L304
    test al, 1
    jne label_98
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_98
L304:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L305
    cmp rdi, rsi
    short jmp L306
L305:
    call 140320710848608
L306:
    jl label_98
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L307
    test al, 1
    jne label_98
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_98
L307:
# is_ge_fss
    mov esi, 31
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L308
    cmp rdi, rsi
    short jmp L309
L308:
    call 140320710848608
L309:
    jl label_98
# label_L
label_97:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L310
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L310:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 244683
    mov rdi, qword ptr [rsp]
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
    mov qword ptr [rbx+16], rsi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 24
    jmp set_anno/3
# label_L
label_98:
# is_list_fs
    mov rax, qword ptr [rsp]
    cmp rax, 59
    short je L311
    test al, 2
    jne label_99
L311:
# is_ne_exact_fss
    cmp qword ptr [rsp], 59
    je label_99
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp set_anno/3
# label_L
label_99:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L312
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L312:
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
# append_cons_Is
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L313:
L314:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L313]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L148
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_100:
# i_func_info_IaaI
# erl_anno:set_anno/3
    call L146
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x3E, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_anno/3:
# i_breakpoint_trampoline
    short jmp L315
.db 0x00
    call L149
    align 8
L315:
# i_test_yield
    lea rdx, qword ptr [set_anno/3+24]
    dec r14
    jle L147
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L316
    mov ecx, 3
    call 140320710850576
L316:
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
    call default/2
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_102
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp reset/2
# label_L
label_102:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call anno_info/2
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_103
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L317
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L317:
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
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# jump_f
    jmp label_104
# label_L
label_103:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L318
    xor ecx, ecx
    call 140320710850576
L318:
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
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
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
# i_call_ext_e
L319:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# label_L
label_104:
# i_call_last_ft
    add rsp, 24
    jmp reset_simplify/1
# func_line_I
# aligned_label_Lt
    align 8
label_105:
# i_func_info_IaaI
# erl_anno:reset/2
    call L146
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x8C, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
reset/2:
# i_breakpoint_trampoline
    short jmp L320
.db 0x00
    call L149
    align 8
L320:
# i_test_yield
    lea rdx, qword ptr [reset/2+24]
    dec r14
    jle L147
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L321
    mov ecx, 2
    call 140320710850576
L321:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 31
# line_I
# i_call_ext_e
L322:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_call_last_ft
    jmp reset_simplify/1
# func_line_I
# aligned_label_Lt
    align 8
label_107:
# i_func_info_IaaI
# erl_anno:reset_simplify/1
    call L146
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x3E, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
reset_simplify/1:
# i_breakpoint_trampoline
    short jmp L323
.db 0x00
    call L149
    align 8
L323:
# i_test_yield
    lea rdx, qword ptr [reset_simplify/1+24]
    dec r14
    jle L147
# i_call_only_f
    jmp simplify/1
# func_line_I
# aligned_label_Lt
    align 8
label_109:
# i_func_info_IaaI
# erl_anno:simplify/1
    call L146
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x3E, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
simplify/1:
# i_breakpoint_trampoline
    short jmp L324
.db 0x00
    call L149
    align 8
L324:
# i_test_yield
    lea rdx, qword ptr [simplify/1+24]
    dec r14
    jle L147
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_111
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_111
    cmp dword ptr [rsi-2], 128
    jne label_111
    cmp qword ptr [rsi+6], 244683
    jne label_111
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_111
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L148
    ret
# label_L
label_111:
# return
    dec r14
    jl L148
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_112:
# i_func_info_IaaI
# erl_anno:anno_info/3
    call L146
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x3F, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
anno_info/3:
# i_breakpoint_trampoline
    short jmp L325
.db 0x00
    call L149
    align 8
L325:
# i_test_yield
    lea rdx, qword ptr [anno_info/3+24]
    dec r14
    jle L147
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L326
    mov ecx, 3
    call 140320710850576
L326:
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
L327:
    mov eax, 2147483647
    mov qword ptr [rsp+24], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 31
# line_I
# call_light_bif_be
    align 4
L328:
L329:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L328]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+24], 59
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_114
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 128
    jne label_116
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rsp+8]
    cmp qword ptr [rbx+8], rdi
    jne label_116
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L148
    ret
# label_L
label_114:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L148
    ret
# label_L
label_115:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L330
    xor ecx, ecx
    call 140320710850576
L330:
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L331:
L332:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L331]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L148
    ret
# label_L
label_116:
# line_I
# try_case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 16464
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_117:
# i_func_info_IaaI
# erl_anno:anno_info/2
    call L146
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x3F, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
anno_info/2:
# i_breakpoint_trampoline
    short jmp L333
.db 0x00
    call L149
    align 8
L333:
# i_test_yield
    lea rdx, qword ptr [anno_info/2+24]
    dec r14
    jle L147
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L334
    mov ecx, 2
    call 140320710850576
L334:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# catch_yf
    inc qword ptr [r13+264]
L335:
    mov eax, 2147483647
    mov qword ptr [rsp+16], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 31
# line_I
# call_light_bif_be
    align 4
L336:
L337:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L336]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+16], 59
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_119
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 128
    jne label_121
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rsp]
    cmp qword ptr [rbx+8], rdi
    jne label_121
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L148
    ret
# label_L
label_119:
# i_move_sd
    mov qword ptr [rbx], 907
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L148
    ret
# label_L
label_120:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L338
    xor ecx, ecx
.db 0x90
    call 140320710850576
L338:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L339:
L340:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L339]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L148
    ret
# label_L
label_121:
# line_I
# try_case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 16464
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_122:
# i_func_info_IaaI
# erl_anno:end_location/3
    call L146
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x6F, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
end_location/3:
# i_breakpoint_trampoline
    short jmp L341
.db 0x00
    call L149
    align 8
L341:
# i_test_yield
    lea rdx, qword ptr [end_location/3+24]
    dec r14
    jle L147
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_125
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 175
    jne label_124
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L342
    mov rax, rsi
    add rax, rdx
    short jno L343
L342:
    call 140320710853080
L343:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov qword ptr [rbx+16], 31
# i_call_only_f
    short jmp end_location/3
# label_L
label_124:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L344
    mov rax, rsi
    add rax, rdx
    short jno L345
L344:
    call 140320710853080
L345:
    mov qword ptr [rbx+16], rax
# i_call_only_f
    jmp end_location/3
# label_L
label_125:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_122
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L346
    mov ecx, 3
.db 0x90
    call 140320710850576
L346:
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
    jl L148
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_126:
# i_func_info_IaaI
# erl_anno:end_location/2
    call L146
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x6F, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
end_location/2:
# i_breakpoint_trampoline
    short jmp L347
.db 0x00
    call L149
    align 8
L347:
# i_test_yield
    lea rdx, qword ptr [end_location/2+24]
    dec r14
    jle L147
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_129
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 175
    jne label_128
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L348
    mov rax, rsi
    add rax, rdx
    short jno L349
L348:
    call 140320710853080
L349:
    mov qword ptr [rbx+8], rax
# i_call_only_f
    short jmp end_location/2
# label_L
label_128:
# i_call_only_f
    short jmp end_location/2
# label_L
label_129:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_126
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L148
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_130:
# i_func_info_IaaI
# erl_anno:is_settable/2
    call L146
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x3F, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_settable/2:
# i_breakpoint_trampoline
    short jmp L350
.db 0x00
    call L149
    align 8
L350:
# i_test_yield
    lea rdx, qword ptr [is_settable/2+24]
    dec r14
    jle L147
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 105739
    je label_136
    cmp rsi, 218379
    je label_136
    cmp rsi, 244683
    je label_133
    cmp rsi, 251595
    je label_132
    jmp label_137
# label_L
label_132:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp is_string/1
# label_L
label_133:
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L351
    test al, 1
    jne label_134
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_134
L351:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L352
    cmp rdi, rsi
    short jmp L353
L352:
    call 140320710848608
L353:
    jl label_134
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L148
    ret
# label_L
label_134:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_135
    cmp dword ptr [rsi-2], 128
    jne label_135
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L354
    test al, 1
    jne label_135
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_135
L354:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L355
    cmp rdi, rsi
    short jmp L356
L355:
    call 140320710848608
L356:
    jl label_135
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L357
    test al, 1
    jne label_135
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_135
L357:
# nofail_bif2_ssbd
    lea rsi, qword ptr [rbx-104]
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsi], rdi
    mov qword ptr [rsi+8], 31
    mov rcx, 94919178915712
    call 140320710851400
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L148
    ret
# label_L
label_135:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L148
    ret
# label_L
label_136:
# nofail_bif1_sbd
    lea rsi, qword ptr [rbx+8]
    mov rcx, 94919178917024
    call 140320710851400
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L148
    ret
# label_L
label_137:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp is_filename/1
# func_line_I
# aligned_label_Lt
    align 8
label_138:
# i_func_info_IaaI
# erl_anno:default/2
    call L146
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x2B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
default/2:
# i_breakpoint_trampoline
    short jmp L358
.db 0x00
    call L149
    align 8
L358:
# i_test_yield
    lea rdx, qword ptr [default/2+24]
    dec r14
    jle L147
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 105739
    je label_140
    cmp rsi, 218379
    je label_140
    jmp label_141
# label_L
label_140:
# bif_is_eq_exact_Ssd
    mov eax, 75
    cmp qword ptr [rbx+8], 11
    mov edi, 11
    cmovne rax, rdi
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L148
    ret
# label_L
label_141:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L148
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_142:
# i_func_info_IaaI
# erl_anno:module_info/0
    call L146
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/0:
# i_breakpoint_trampoline
    short jmp L359
.db 0x00
    call L149
    align 8
L359:
# i_test_yield
    lea rdx, qword ptr [module_info/0+24]
    dec r14
    jle L147
# i_move_sd
    mov qword ptr [rbx], 92299
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L360
    mov ecx, 1
.db 0x90
    call 140320710850576
L360:
# call_light_bif_be
    align 4
L361:
L362:
    long mov rcx, 9223372036854775807
    mov rax, 94919178912304
    lea rdx, qword ptr [L361]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L148
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_144:
# i_func_info_IaaI
# erl_anno:module_info/1
    call L146
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/1:
# i_breakpoint_trampoline
    short jmp L363
.db 0x00
    call L149
    align 8
L363:
# i_test_yield
    lea rdx, qword ptr [module_info/1+24]
    dec r14
    jle L147
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 92299
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L364
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L364:
# call_light_bif_be
    align 4
L365:
L366:
    long mov rcx, 9223372036854775807
    mov rax, 94919178913216
    lea rdx, qword ptr [L365]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L148
    ret
# int_code_end
L367:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, 94919180896308
    call 94919178184336
.section .rodata {#1}
line:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
.section .rodata {#1}
attr:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x68, 0x02, 0x64, 0x00, 0x03, 0x76, 0x73, 0x6E, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x6E, 0x10, 0x00, 0x3B, 0xAB, 0xFA, 0x7C, 0x25, 0x7C, 0xD6, 0xD2, 0xC1, 0x14, 0xB3, 0x1F, 0x36, 0x88, 0x33, 0x6F, 0x6A, 0x6A
.section .text {#0}
.section .rodata {#1}
compile:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x68, 0x02, 0x64, 0x00, 0x07, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6F, 0x6E, 0x6B, 0x00, 0x03, 0x38, 0x2E, 0x32, 0x68, 0x02, 0x64, 0x00, 0x07, 0x6F, 0x70, 0x74, 0x69, 0x6F, 0x6E, 0x73, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x64, 0x00, 0x0A, 0x64, 0x65, 0x62, 0x75, 0x67, 0x5F, 0x69, 0x6E, 0x66, 0x6F, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x45, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x4F, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x2E, 0x2E, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x06, 0x73, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x6B, 0x00, 0x47, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x65, 0x72, 0x6C, 0x5F, 0x61, 0x6E, 0x6E, 0x6F, 0x2E, 0x65, 0x72, 0x6C, 0x6A
.section .text {#0}
.section .rodata {#1}
md5:
.db 0x6F, 0x33, 0x88, 0x36, 0x1F, 0xB3, 0x14, 0xC1, 0xD2, 0xD6, 0x7C, 0x25, 0x7C, 0xFA, 0xAB, 0x3B
.section .text {#0}
