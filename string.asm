    align 8
L1154:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L1155:
    jmp 140320710851944
    align 8
L1156:
    jmp 140320710853048
    align 8
L1157:
    jmp 140320710850344
    align 16
L1158:
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
# string:list_to_float/1
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xBC, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
list_to_float/1:
# i_breakpoint_trampoline
    short jmp L1159
.db 0x00
    call L1158
    align 8
L1159:
# call_bif_mfa_aaI
L1160:
    lea rsi, qword ptr [list_to_float/1-24]
    lea rdx, qword ptr [L1160]
    mov rcx, 94919179102064
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1161
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1161:
# call_light_bif_be
    align 4
L1162:
L1163:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1162]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1157
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_3:
# i_func_info_IaaI
# string:list_to_integer/1
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xBC, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
list_to_integer/1:
# i_breakpoint_trampoline
    short jmp L1164
.db 0x00
    call L1158
    align 8
L1164:
# call_bif_mfa_aaI
L1165:
    lea rsi, qword ptr [list_to_integer/1-24]
    lea rdx, qword ptr [L1165]
    mov rcx, 94919179101200
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1166
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1166:
# call_light_bif_be
    align 4
L1167:
L1168:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1167]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1157
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_5:
# i_func_info_IaaI
# string:is_empty/1
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x43, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_empty/1:
# i_breakpoint_trampoline
    short jmp L1169
.db 0x00
    call L1158
    align 8
L1169:
# i_test_yield
    lea rdx, qword ptr [is_empty/1+24]
    dec r14
    jle L1156
# i_is_eq_exact_literal_fscI
L1170:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_7
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_7
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L1157
    ret
# label_L
label_7:
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_9
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1171
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1171:
    sub rsp, 8
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# line_I
# i_call_f
.db 0x90
    call is_empty/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_8
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp is_empty/1
# label_L
label_8:
# i_move_sd
    mov qword ptr [rbx], 11
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1157
    ret
# label_L
label_9:
# bif_is_eq_exact_Ssd
    mov eax, 75
    cmp qword ptr [rbx], 59
    mov edi, 11
    cmovne rax, rdi
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L1157
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_10:
# i_func_info_IaaI
# string:length/1
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xBB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
length/1:
# i_breakpoint_trampoline
    short jmp L1172
.db 0x00
    call L1158
    align 8
L1172:
# i_test_yield
    lea rdx, qword ptr [length/1+24]
    dec r14
    jle L1156
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_13
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L1174
# is_binary_header
    cmp al, 40
    short je L1173
    and al, -5
    cmp al, 32
    jne label_13
L1173:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1175
    mov qword ptr [rbx+8], rsi
    mov ecx, 2
    call 140320710850576
    mov rsi, qword ptr [rbx+8]
L1175:
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
L1174:
    mov qword ptr [rbx+8], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx], rdi
# i_bs_get_utf8_Sfd
    mov rdi, qword ptr [rbx+8]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rdi, qword ptr [rdi+6]
    call 94919179750352
    mov rsp, rbp
    test eax, eax
    je label_12
    mov qword ptr [rbx+16], rax
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx+8]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_12
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# i_move_sd
    mov qword ptr [rbx+16], 15
# i_call_only_f
    jmp length_b/3
# label_L
label_12:
# bs_set_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+8]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1176
    mov qword ptr [rbx+16], rdi
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+16]
L1176:
    call 140320710849224
    mov qword ptr [rbx], rax
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_call_only_f
    jmp length_1/2
# label_L
label_13:
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_call_only_f
    jmp length_1/2
# func_line_I
# aligned_label_Lt
    align 8
label_14:
# i_func_info_IaaI
# string:to_graphemes/1
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x53, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
to_graphemes/1:
# i_breakpoint_trampoline
    short jmp L1177
.db 0x00
    call L1158
    align 8
L1177:
# i_test_yield
    lea rdx, qword ptr [to_graphemes/1+24]
    dec r14
    jle L1156
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1178
    mov ecx, 1
    call 140320710850576
L1178:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_ext_e
L1179:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_16
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp], rsi
    mov qword ptr [rbx], rdx
# line_I
# i_call_f
.db 0x90
    call to_graphemes/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1180
    mov ecx, 1
    call 140320710850576
L1180:
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
    jl L1157
    ret
# label_L
label_16:
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_17
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_17
    cmp edi, 128
    jne label_18
    cmp qword ptr [rsi+6], 779
    jne label_18
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1181
    mov ecx, 1
    call 140320710850576
L1181:
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
    mov qword ptr [r15+8], 4747
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1182:
L1183:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1182]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1157
    ret
# label_L
label_17:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_18
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1157
    ret
# label_L
label_18:
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
label_19:
# i_func_info_IaaI
# string:equal/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x17, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
equal/2:
# i_breakpoint_trampoline
    short jmp L1184
.db 0x00
    call L1158
    align 8
L1184:
# i_test_yield
    lea rdx, qword ptr [equal/2+24]
    dec r14
    jle L1156
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_21
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1186
    and al, -5
    cmp al, 32
    jne label_21
    short jmp L1185
L1186:
    cmp byte ptr [rdi+22], 0
    jne label_21
L1185:
# is_binary_fs
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_21
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1188
    and al, -5
    cmp al, 32
    jne label_21
    short jmp L1187
L1188:
    cmp byte ptr [rdi+22], 0
    jne label_21
L1187:
# bif_is_eq_exact_Ssd
    mov eax, 75
    mov rdi, qword ptr [rbx+8]
    cmp qword ptr [rbx], rdi
    je L1189
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+8]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test rax, rax
    mov eax, 75
    mov edi, 11
    cmove rax, rdi
L1189:
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L1157
    ret
# label_L
label_21:
# i_call_only_f
    jmp equal_1/2
# func_line_I
# aligned_label_Lt
    align 8
label_22:
# i_func_info_IaaI
# string:equal/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x17, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
equal/3:
# i_breakpoint_trampoline
    short jmp L1190
.db 0x00
    call L1158
    align 8
L1190:
# i_test_yield
    lea rdx, qword ptr [equal/3+24]
    dec r14
    jle L1156
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 11
    je label_25
    cmp rsi, 75
    je label_24
    short jmp label_22
# label_L
label_24:
# i_call_only_f
    jmp equal_nocase/2
# label_L
label_25:
# i_call_only_f
    jmp equal/2
# func_line_I
# aligned_label_Lt
    align 8
label_26:
# i_func_info_IaaI
# string:equal/4
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x17, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
equal/4:
# i_breakpoint_trampoline
    short jmp L1191
.db 0x00
    call L1158
    align 8
L1191:
# i_test_yield
    lea rdx, qword ptr [equal/4+24]
    dec r14
    jle L1156
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 28299
    jne label_28
# i_call_only_f
    jmp equal/3
# label_L
label_28:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 11
    je label_30
    cmp rsi, 75
    je label_29
    short jmp label_26
# label_L
label_29:
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+16], rdi
# i_call_only_f
    jmp equal_norm_nocase/3
# label_L
label_30:
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+16], rdi
# i_call_only_f
    jmp equal_norm/3
# func_line_I
# aligned_label_Lt
    align 8
label_31:
# i_func_info_IaaI
# string:reverse/1
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
reverse/1:
# i_breakpoint_trampoline
    short jmp L1192
.db 0x00
    call L1158
    align 8
L1192:
# i_test_yield
    lea rdx, qword ptr [reverse/1+24]
    dec r14
    jle L1156
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_34
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L1194
# is_binary_header
    cmp al, 40
    short je L1193
    and al, -5
    cmp al, 32
    jne label_34
L1193:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1195
    mov qword ptr [rbx+8], rsi
    mov ecx, 2
    call 140320710850576
    mov rsi, qword ptr [rbx+8]
L1195:
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
L1194:
    mov qword ptr [rbx+8], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx], rdi
# i_bs_get_utf8_Sfd
    mov rdi, qword ptr [rbx+8]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rdi, qword ptr [rdi+6]
    call 94919179750352
    mov rsp, rbp
    test eax, eax
    je label_33
    mov qword ptr [rbx+16], rax
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx+8]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_33
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_call_only_f
    jmp reverse_b/3
# label_L
label_33:
# bs_set_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+8]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1196
    mov qword ptr [rbx+16], rdi
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+16]
L1196:
    call 140320710849224
    mov qword ptr [rbx], rax
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp reverse_1/2
# label_L
label_34:
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp reverse_1/2
# func_line_I
# aligned_label_Lt
    align 8
label_35:
# i_func_info_IaaI
# string:slice/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x1D, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
slice/2:
# i_breakpoint_trampoline
    short jmp L1197
.db 0x00
    call L1158
    align 8
L1197:
# i_test_yield
    lea rdx, qword ptr [slice/2+24]
    dec r14
    jle L1156
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1198
    test al, 1
    short jne label_35
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_35
L1198:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1199
    cmp rdi, rsi
    short jmp L1200
L1199:
    call 140320710848608
L1200:
    short jl label_35
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1201
    mov ecx, 2
.db 0x90
    call 140320710850576
L1201:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call slice_l0/2
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_37
# is_binary_fs
    mov rdi, qword ptr [rsp]
    rex test dil, 1
    jne label_37
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1203
    and al, -5
    cmp al, 32
    jne label_37
    short jmp L1202
L1203:
    cmp byte ptr [rdi+22], 0
    jne label_37
L1202:
# i_move_sd
L1204:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1157
    ret
# label_L
label_37:
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1157
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_38:
# i_func_info_IaaI
# string:slice/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x1D, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
slice/3:
# i_breakpoint_trampoline
    short jmp L1205
.db 0x00
    call L1158
    align 8
L1205:
# i_test_yield
    lea rdx, qword ptr [slice/3+24]
    dec r14
    jle L1156
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1206
    test al, 1
    jne label_41
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_41
L1206:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1207
    cmp rdi, rsi
    short jmp L1208
L1207:
    call 140320710848608
L1208:
    jl label_41
# is_integer_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1209
    test al, 1
    jne label_41
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_41
L1209:
# is_lt_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1210
    cmp rdi, rsi
    short jmp L1211
L1210:
    call 140320710848608
L1211:
    jge label_41
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1212
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1212:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call slice_l0/2
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_40
# is_binary_fs
    mov rdi, qword ptr [rsp+8]
    rex test dil, 1
    jne label_40
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1214
    and al, -5
    cmp al, 32
    jne label_40
    short jmp L1213
L1214:
    cmp byte ptr [rdi+22], 0
    jne label_40
L1213:
# i_move_sd
L1215:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1157
    ret
# label_L
label_40:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 16
    jmp slice_trail/2
# label_L
label_41:
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    jne label_43
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 395
    jne label_38
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1216
    mov ecx, 2
    call 140320710850576
L1216:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call slice_l0/2
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_42
# is_binary_fs
    mov rdi, qword ptr [rsp]
    rex test dil, 1
    jne label_42
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1218
    and al, -5
    cmp al, 32
    jne label_42
    short jmp L1217
L1218:
    cmp byte ptr [rdi+22], 0
    jne label_42
L1217:
# i_move_sd
L1219:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1157
    ret
# label_L
label_42:
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1157
    ret
# label_L
label_43:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 15
    jne label_38
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_44
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1221
    and al, -5
    cmp al, 32
    jne label_44
    short jmp L1220
L1221:
    cmp byte ptr [rdi+22], 0
    jne label_44
L1220:
# i_move_sd
L1222:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1157
    ret
# label_L
label_44:
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L1157
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_45:
# i_func_info_IaaI
# string:pad/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x2F, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
pad/2:
# i_breakpoint_trampoline
    short jmp L1223
.db 0x00
    call L1158
    align 8
L1223:
# i_test_yield
    lea rdx, qword ptr [pad/2+24]
    dec r14
    jle L1156
# i_move_sd
    mov qword ptr [rbx+24], 527
# i_move_sd
    mov qword ptr [rbx+16], 400523
# i_call_only_f
    jmp pad/4
# func_line_I
# aligned_label_Lt
    align 8
label_47:
# i_func_info_IaaI
# string:pad/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x2F, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
pad/3:
# i_breakpoint_trampoline
    short jmp L1224
.db 0x00
    call L1158
    align 8
L1224:
# i_test_yield
    lea rdx, qword ptr [pad/3+24]
    dec r14
    jle L1156
# i_move_sd
    mov qword ptr [rbx+24], 527
# i_call_only_f
    jmp pad/4
# func_line_I
# aligned_label_Lt
    align 8
label_49:
# i_func_info_IaaI
# string:pad/4
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x2F, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
pad/4:
# i_breakpoint_trampoline
    short jmp L1225
.db 0x00
    call L1158
    align 8
L1225:
# i_test_yield
    lea rdx, qword ptr [pad/4+24]
    dec r14
    jle L1156
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 400523
    je label_51
    cmp rsi, 545611
    je label_53
    cmp rsi, 545675
    je label_52
    short jmp label_49
# label_L
label_51:
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1226
    test al, 1
    short jne label_49
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_49
L1226:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1227
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1227:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call length/1
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rsp+8]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1229
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1228
L1229:
    call 140320710853584
L1228:
    mov qword ptr [rbx+8], rax
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
    mov qword ptr [rbx], 15
# i_call_ext_e
L1230:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 16
# i_call_ext_e
L1231:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1232
    mov ecx, 1
    call 140320710850576
L1232:
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
    jl L1157
    ret
# label_L
label_52:
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1233
    test al, 1
    jne label_49
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_49
L1233:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1234
    mov ecx, 4
    call 140320710850576
L1234:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call length/1
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rsp+8]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1236
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1235
L1236:
    call 140320710853584
L1235:
    mov qword ptr [rbx+8], rax
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
    mov qword ptr [rbx], 15
# i_call_ext_e
L1237:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 16
# i_call_ext_e
L1238:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1239
    mov ecx, 1
    call 140320710850576
L1239:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1157
    ret
# label_L
label_53:
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1240
    test al, 1
    jne label_49
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_49
L1240:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1241
    mov ecx, 4
.db 0x90
    call 140320710850576
L1241:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call length/1
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rsp+8]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1243
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1242
L1243:
    call 140320710853584
L1242:
    mov qword ptr [rbx+8], rax
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
    mov qword ptr [rbx], 15
# i_call_ext_e
L1244:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# line_I
# i_int_div_jssd
    mov r9, 2
    mov rax, qword ptr [rbx]
# testing for a small dividend
    mov esi, eax
    and esi, 15
    cmp esi, 15
    short jne L1245
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rax, 4
    or rax, 15
    short jmp L1246
L1245:
    mov ecx, 47
    mov rdi, qword ptr [rbx]
    mov r8, 94919180917712
    call 140320710853120
L1246:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# i_call_ext_e
L1247:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# line_I
# i_rem_ssjd
    mov r9, 2
    mov rax, qword ptr [rsp+8]
# simplified test for small dividend since it is an integer
    mov esi, eax
    test esi, 1
    short je L1248
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rdx, 4
    or rdx, 15
    short jmp L1249
L1248:
    mov ecx, 47
    mov rdi, qword ptr [rsp+8]
    mov r8, 94919180917680
    call 140320710853120
L1249:
    mov qword ptr [rbx+8], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 31
    jne label_54
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1250
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1250:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx]
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
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_54:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1251
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1251:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+16]
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
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_55:
# i_func_info_IaaI
# string:trim/1
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xA9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
trim/1:
# i_breakpoint_trampoline
    short jmp L1252
.db 0x00
    call L1158
    align 8
L1252:
# i_test_yield
    lea rdx, qword ptr [trim/1+24]
    dec r14
    jle L1156
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1253
    mov ecx, 1
    call 140320710850576
L1253:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_ext_e
L1254:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx+8], 545611
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp trim/3
# func_line_I
# aligned_label_Lt
    align 8
label_57:
# i_func_info_IaaI
# string:trim/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xA9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
trim/2:
# i_breakpoint_trampoline
    short jmp L1255
.db 0x00
    call L1158
    align 8
L1255:
# i_test_yield
    lea rdx, qword ptr [trim/2+24]
    dec r14
    jle L1156
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1256
    mov ecx, 2
    call 140320710850576
L1256:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# line_I
# i_call_ext_e
L1257:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp trim/3
# func_line_I
# aligned_label_Lt
    align 8
label_59:
# i_func_info_IaaI
# string:trim/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xA9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
trim/3:
# i_breakpoint_trampoline
    short jmp L1258
.db 0x00
    call L1158
    align 8
L1258:
# i_test_yield
    lea rdx, qword ptr [trim/3+24]
    dec r14
    jle L1156
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_61
# return
    dec r14
    jl L1157
    ret
# label_L
label_61:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 400523
    je label_62
    cmp rsi, 545611
    je label_66
    cmp rsi, 545675
    je label_64
    jmp label_59
# label_L
label_62:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_63
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_nil_fS
    cmp qword ptr [rbx+32], 59
    jne label_63
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L1259
    test al, 2
    jne label_63
L1259:
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1260
    cmp rdi, rsi
    short jmp L1261
L1260:
    call 140320710848608
L1261:
    jge label_63
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp trim_ts/2
# label_L
label_63:
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L1262
    test al, 2
    jne label_59
L1262:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1263
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1263:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call search_pattern/1
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp trim_t/3
# label_L
label_64:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_65
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_nil_fS
    cmp qword ptr [rbx+32], 59
    jne label_65
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L1264
    test al, 2
    jne label_65
L1264:
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1265
    cmp rdi, rsi
    short jmp L1266
L1265:
    call 140320710848608
L1266:
    jge label_65
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp trim_ls/2
# label_L
label_65:
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L1267
    test al, 2
    jne label_59
L1267:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp trim_l/2
# label_L
label_66:
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L1268
    test al, 2
    jne label_59
L1268:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1269
    mov ecx, 3
.db 0x90
    call 140320710850576
L1269:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx+8], 545675
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call trim/3
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 400523
# i_call_last_ft
    add rsp, 8
    jmp trim/3
# func_line_I
# aligned_label_Lt
    align 8
label_67:
# i_func_info_IaaI
# string:chomp/1
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x54, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
chomp/1:
# i_breakpoint_trampoline
    short jmp L1270
.db 0x00
    call L1158
    align 8
L1270:
# i_test_yield
    lea rdx, qword ptr [chomp/1+24]
    dec r14
    jle L1156
# i_move_sd
L1271:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 400523
# i_call_only_f
    jmp trim/3
# func_line_I
# aligned_label_Lt
    align 8
label_69:
# i_func_info_IaaI
# string:take/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
take/2:
# i_breakpoint_trampoline
    short jmp L1272
.db 0x00
    call L1158
    align 8
L1272:
# i_test_yield
    lea rdx, qword ptr [take/2+24]
    dec r14
    jle L1156
# i_move_sd
    mov qword ptr [rbx+24], 545675
# i_move_sd
    mov qword ptr [rbx+16], 11
# i_call_only_f
    jmp take/4
# func_line_I
# aligned_label_Lt
    align 8
label_71:
# i_func_info_IaaI
# string:take/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
take/3:
# i_breakpoint_trampoline
    short jmp L1273
.db 0x00
    call L1158
    align 8
L1273:
# i_test_yield
    lea rdx, qword ptr [take/3+24]
    dec r14
    jle L1156
# i_move_sd
    mov qword ptr [rbx+24], 545675
# i_call_only_f
    jmp take/4
# func_line_I
# aligned_label_Lt
    align 8
label_73:
# i_func_info_IaaI
# string:take/4
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
take/4:
# i_breakpoint_trampoline
    short jmp L1274
.db 0x00
    call L1158
    align 8
L1274:
# i_test_yield
    lea rdx, qword ptr [take/4+24]
    dec r14
    jle L1156
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_81
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_75
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1276
    and al, -5
    cmp al, 32
    jne label_75
    short jmp L1275
L1276:
    cmp byte ptr [rdi+22], 0
    jne label_75
L1275:
# i_move_sd
L1277:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# jump_f
    jmp label_76
# label_L
label_75:
# i_move_sd
    mov qword ptr [rbx+8], 59
# label_L
label_76:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 11
    je label_78
    cmp rsi, 75
    je label_77
    jmp label_88
# label_L
label_77:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+24]
    cmp rsi, 400523
    je label_80
    cmp rsi, 545675
    je label_79
    jmp label_88
# label_L
label_78:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+24]
    cmp rsi, 400523
    je label_79
    cmp rsi, 545675
    je label_80
    jmp label_88
# label_L
label_79:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1278
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1278:
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
    jl L1157
    ret
# label_L
label_80:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1279
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1279:
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
    jl L1157
    ret
# label_L
label_81:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 11
    je label_85
    cmp rsi, 75
    je label_82
    jmp label_73
# label_L
label_82:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+24]
    cmp rsi, 400523
    je label_83
    cmp rsi, 545675
    je label_84
    jmp label_73
# label_L
label_83:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1280
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1280:
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
    call search_pattern/1
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp take_tc/3
# label_L
label_84:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1281
    mov ecx, 2
.db 0x90
    call 140320710850576
L1281:
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
    call search_pattern/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp take_lc/3
# label_L
label_85:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+24]
    cmp rsi, 400523
    je label_86
    cmp rsi, 545675
    je label_87
    jmp label_73
# label_L
label_86:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1282
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1282:
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
    call search_pattern/1
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp take_t/3
# label_L
label_87:
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_call_only_f
    jmp take_l/3
# label_L
label_88:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1283
    mov ecx, 4
    call 140320710850576
L1283:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [r15+8], xmm0
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
label_89:
# i_func_info_IaaI
# string:uppercase/1
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x1C, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
uppercase/1:
# i_breakpoint_trampoline
    short jmp L1284
.db 0x00
    call L1158
    align 8
L1284:
# i_test_yield
    lea rdx, qword ptr [uppercase/1+24]
    dec r14
    jle L1156
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L1285
    test al, 2
    jne label_92
L1285:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1286
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1286:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L1287:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# i_move_sd
    mov qword ptr [rbx+8], 11
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call uppercase_list/2
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1157
    ret
# label_L
label_91:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 715
    jne label_95
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 191499
    jne label_95
# jump_f
    jmp label_94
# label_L
label_92:
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_97
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L1289
# is_binary_header
    cmp al, 40
    short je L1288
    and al, -5
    cmp al, 32
    jne label_97
L1288:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1290
    mov qword ptr [rbx+8], rsi
    mov ecx, 2
    call 140320710850576
    mov rsi, qword ptr [rbx+8]
L1290:
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
L1289:
    mov qword ptr [rbx+8], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx+16], rdi
# i_bs_get_utf8_Sfd
    mov rdi, qword ptr [rbx+8]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rdi, qword ptr [rdi+6]
    call 94919179750352
    mov rsp, rbp
    test eax, eax
    je label_96
    mov qword ptr [rbx+24], rax
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx+8]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_96
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1291
    mov ecx, 4
    call 140320710850576
L1291:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L1292:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# i_move_sd
    mov qword ptr [rbx+16], 11
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call uppercase_bin/3
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
# line_I
# i_call_ext_last_et
    add rsp, 16
L1293:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_93:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 715
    jne label_95
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 191499
    jne label_95
# label_L
label_94:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1157
    ret
# label_L
label_95:
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
label_96:
# bs_set_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+16]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_97
# i_move_sd
L1294:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1157
    ret
# label_L
label_97:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1295
    mov ecx, 1
.db 0x90
    call 140320710850576
L1295:
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
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1296
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1296:
# call_light_bif_be
    align 4
L1297:
L1298:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1297]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1157
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_98:
# i_func_info_IaaI
# string:lowercase/1
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x93, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
lowercase/1:
# i_breakpoint_trampoline
    short jmp L1299
.db 0x00
    call L1158
    align 8
L1299:
# i_test_yield
    lea rdx, qword ptr [lowercase/1+24]
    dec r14
    jle L1156
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L1300
    test al, 2
    jne label_101
L1300:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1301
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1301:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L1302:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# i_move_sd
    mov qword ptr [rbx+8], 11
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call lowercase_list/2
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1157
    ret
# label_L
label_100:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 715
    jne label_104
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 191499
    jne label_104
# jump_f
    jmp label_103
# label_L
label_101:
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_106
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L1304
# is_binary_header
    cmp al, 40
    short je L1303
    and al, -5
    cmp al, 32
    jne label_106
L1303:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1305
    mov qword ptr [rbx+8], rsi
    mov ecx, 2
    call 140320710850576
    mov rsi, qword ptr [rbx+8]
L1305:
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
L1304:
    mov qword ptr [rbx+8], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx+16], rdi
# i_bs_get_utf8_Sfd
    mov rdi, qword ptr [rbx+8]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rdi, qword ptr [rdi+6]
    call 94919179750352
    mov rsp, rbp
    test eax, eax
    je label_105
    mov qword ptr [rbx+24], rax
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx+8]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_105
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1306
    mov ecx, 4
    call 140320710850576
L1306:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L1307:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# i_move_sd
    mov qword ptr [rbx+16], 11
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call lowercase_bin/3
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
# line_I
# i_call_ext_last_et
    add rsp, 16
L1308:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_102:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 715
    jne label_104
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 191499
    jne label_104
# label_L
label_103:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1157
    ret
# label_L
label_104:
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
label_105:
# bs_set_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+16]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_106
# i_move_sd
L1309:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1157
    ret
# label_L
label_106:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1310
    mov ecx, 1
.db 0x90
    call 140320710850576
L1310:
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
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1311
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1311:
# call_light_bif_be
    align 4
L1312:
L1313:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1312]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1157
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_107:
# i_func_info_IaaI
# string:titlecase/1
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x54, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
titlecase/1:
# i_breakpoint_trampoline
    short jmp L1314
.db 0x00
    call L1158
    align 8
L1314:
# i_test_yield
    lea rdx, qword ptr [titlecase/1+24]
    dec r14
    jle L1156
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L1315
    test al, 2
    jne label_115
L1315:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1316
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1316:
# line_I
# i_call_ext_e
L1317:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_114
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_110
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L1319
# is_binary_header
    cmp al, 40
    short je L1318
    and al, -5
    cmp al, 32
    jne label_110
L1318:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1320
    mov qword ptr [rbx+16], rsi
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
    mov rsi, qword ptr [rbx+16]
L1320:
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
L1319:
    mov qword ptr [rbx+16], rsi
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+16]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_110
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1321
    test al, 1
    jne label_109
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_109
L1321:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1322
    mov ecx, 2
.db 0x90
    call 140320710850576
L1322:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L1157
    ret
# label_L
label_109:
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L1323
    test al, 2
    jne label_110
L1323:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L1157
    ret
# label_L
label_110:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_111
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1325
    and al, -5
    cmp al, 32
    jne label_111
    short jmp L1324
L1325:
    cmp byte ptr [rdi+22], 0
    jne label_111
L1324:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1326
    mov ecx, 2
.db 0x90
    call 140320710850576
L1326:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L1157
    ret
# label_L
label_111:
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1327
    test al, 1
    jne label_112
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_112
L1327:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1328
    mov ecx, 2
    call 140320710850576
L1328:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L1157
    ret
# label_L
label_112:
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L1329
    test al, 2
    jne label_113
L1329:
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L1330:
L1331:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1330]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1157
    ret
# label_L
label_113:
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    jmp '-inlined-append/2-'/2
# label_L
label_114:
# deallocate_t
# return
    dec r14
    jl L1157
    ret
# label_L
label_115:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_107
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1333
    and al, -5
    cmp al, 32
    jne label_107
    short jmp L1332
L1333:
    cmp byte ptr [rdi+22], 0
    jne label_107
L1332:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1334
    mov ecx, 1
.db 0x90
    call 140320710850576
L1334:
    sub rsp, 16
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_ext_e
L1335:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_117
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rsp], xmm0
# is_integer_fs
    mov rdi, qword ptr [rsp+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1336
    test al, 1
    jne label_116
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_116
L1336:
# line_I
# i_bs_create_bin_jItd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L1338
L1337:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L1338:
# calculate sizes
    xor r14d, r14d
# size utf8
    mov rdi, qword ptr [rbx]
    xor eax, eax
    mov al, 8
    cmp rdi, 2063
    short jl L1339
    mov al, 16
    cmp rdi, 32783
    short jl L1339
    mov al, 24
    cmp rdi, 1048591
    short jl L1339
    mov al, 32
L1339:
    add r14, rax
# size of an entire binary
    mov rdi, qword ptr [rbx+8]
    call 94919178212384
    mov rdi, qword ptr [rbx+8]
    mov ecx, 2064
    test rax, rax
    short js L1337
    add r14, rax
# allocate binary
    xor r8d, r8d
    mov r9d, 2
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
    je L1337
# construct a binary segment
    mov rdx, 8
    mov rsi, qword ptr [rbx+8]
    mov rdi, r13
    call 94919179743696
    mov ecx, 2104
    test eax, eax
    je L1337
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
    jl L1157
    ret
# label_L
label_116:
# i_move_sd
    mov qword ptr [rbx], 4111
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
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+8], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
    call '-titlecase/1-lbc$^0/2-0-'/2
# i_bs_create_bin_jItd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L1341
L1340:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L1341:
# calculate sizes
    xor r14d, r14d
# size of an entire binary
    mov rdi, qword ptr [rbx+8]
    call 94919178212384
    mov rdi, qword ptr [rbx+8]
    mov ecx, 2064
    test rax, rax
    short js L1340
    add r14, rax
# append to binary
    mov edx, 2
    mov rcx, r14
    xor r8d, r8d
    mov r9d, 8
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
    mov rdi, r13
    mov rsi, rbx
    call 94919179746000
    mov rdi, qword ptr [rbx+16]
    mov ecx, 1024
    test eax, eax
    short je L1340
    mov qword ptr [rbx-120], rax
# construct a binary segment
    mov rdx, 8
    mov rsi, qword ptr [rbx+8]
    mov rdi, r13
    call 94919179743696
    mov ecx, 2104
    test eax, eax
    short je L1340
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
    jl L1157
    ret
# label_L
label_117:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_118
# i_move_sd
L1342:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1157
    ret
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
# string:casefold/1
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x54, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
casefold/1:
# i_breakpoint_trampoline
    short jmp L1343
.db 0x00
    call L1158
    align 8
L1343:
# i_test_yield
    lea rdx, qword ptr [casefold/1+24]
    dec r14
    jle L1156
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L1344
    test al, 2
    jne label_122
L1344:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1345
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1345:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L1346:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# i_move_sd
    mov qword ptr [rbx+8], 11
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call casefold_list/2
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1157
    ret
# label_L
label_121:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 715
    jne label_125
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 191499
    jne label_125
# jump_f
    jmp label_124
# label_L
label_122:
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_127
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L1348
# is_binary_header
    cmp al, 40
    short je L1347
    and al, -5
    cmp al, 32
    jne label_127
L1347:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1349
    mov qword ptr [rbx+8], rsi
    mov ecx, 2
    call 140320710850576
    mov rsi, qword ptr [rbx+8]
L1349:
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
L1348:
    mov qword ptr [rbx+8], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx+16], rdi
# i_bs_get_utf8_Sfd
    mov rdi, qword ptr [rbx+8]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rdi, qword ptr [rdi+6]
    call 94919179750352
    mov rsp, rbp
    test eax, eax
    je label_126
    mov qword ptr [rbx+24], rax
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx+8]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_126
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1350
    mov ecx, 4
    call 140320710850576
L1350:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L1351:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# i_move_sd
    mov qword ptr [rbx+16], 11
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call casefold_bin/3
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
# line_I
# i_call_ext_last_et
    add rsp, 16
L1352:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_123:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 715
    jne label_125
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 191499
    jne label_125
# label_L
label_124:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1157
    ret
# label_L
label_125:
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
label_126:
# bs_set_position_SS
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+16]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_127
# i_move_sd
L1353:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1157
    ret
# label_L
label_127:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1354
    mov ecx, 1
.db 0x90
    call 140320710850576
L1354:
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
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1355
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1355:
# call_light_bif_be
    align 4
L1356:
L1357:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1356]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1157
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_128:
# i_func_info_IaaI
# string:to_integer/1
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x54, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
to_integer/1:
# i_breakpoint_trampoline
    short jmp L1358
.db 0x00
    call L1158
    align 8
L1358:
# i_test_yield
    lea rdx, qword ptr [to_integer/1+24]
    dec r14
    jle L1156
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1359
    mov ecx, 1
    call 140320710850576
L1359:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# catch_yf
    inc qword ptr [r13+264]
L1360:
    mov eax, 2147483647
    mov qword ptr [rsp+16], rax
# i_move_sd
L1361:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
    call take/2
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+16], 59
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp+16], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call is_empty/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_130
# i_move_sd
L1362:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_130:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# line_I
# i_call_ext_e
L1363:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# line_I
# call_light_bif_be
    align 4
L1364:
L1365:
    long mov rcx, 9223372036854775807
    mov rax, 94919179101200
    lea rdx, qword ptr [L1364]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_133
    cmp dword ptr [rsi-2], 128
    jne label_133
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 779
    jne label_131
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_131:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp to_number/5
# label_L
label_132:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_move_sd
L1366:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_133:
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
label_134:
# i_func_info_IaaI
# string:to_float/1
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x55, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
to_float/1:
# i_breakpoint_trampoline
    short jmp L1367
.db 0x00
    call L1158
    align 8
L1367:
# i_test_yield
    lea rdx, qword ptr [to_float/1+24]
    dec r14
    jle L1156
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1368
    mov ecx, 1
    call 140320710850576
L1368:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# catch_yf
    inc qword ptr [r13+264]
L1369:
    mov eax, 2147483647
    mov qword ptr [rsp+16], rax
# i_move_sd
L1370:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
    call take/2
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+16], 59
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp+16], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call is_empty/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_136
# i_move_sd
L1371:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_136:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# line_I
# i_call_ext_e
L1372:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# line_I
# call_light_bif_be
    align 4
L1373:
L1374:
    long mov rcx, 9223372036854775807
    mov rax, 94919179102064
    lea rdx, qword ptr [L1373]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_139
    cmp dword ptr [rsi-2], 128
    jne label_139
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 779
    jne label_137
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_137:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp to_number/5
# label_L
label_138:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_move_sd
L1375:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_139:
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
label_140:
# i_func_info_IaaI
# string:to_number/5
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x55, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
to_number/5:
# i_breakpoint_trampoline
    short jmp L1376
.db 0x00
    call L1158
    align 8
L1376:
# i_test_yield
    lea rdx, qword ptr [to_number/5+24]
    dec r14
    jle L1156
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_142
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1378
    and al, -5
    cmp al, 32
    jne label_142
    short jmp L1377
L1378:
    cmp byte ptr [rdi+22], 0
    jne label_142
L1377:
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+32], rdi
    mov qword ptr [rbx+40], 15
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+48], rdi
# i_length_jtd
    align 4
L1379:
    mov esi, 4
    lea rdx, qword ptr [L1379]
    call 140320710852592
    mov qword ptr [rbx+24], rax
# i_length_setup_jts
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+32], rdi
    mov qword ptr [rbx+40], 15
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+48], rdi
# i_length_jtd
    align 4
L1380:
    mov esi, 4
    lea rdx, qword ptr [L1380]
    call 140320710852592
    mov qword ptr [rbx+16], rax
# i_minus_ssjd
# subtract without overflow check
    mov rax, qword ptr [rbx+24]
    mov rsi, qword ptr [rbx+16]
    and rsi, -16
    sub rax, rsi
    mov qword ptr [rbx+16], rax
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L1382
L1381:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1383
    mov qword ptr [rbx+24], rsi
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rsi, qword ptr [rbx+24]
L1383:
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
L1382:
    mov qword ptr [rbx+24], rsi
# i_bs_skip_bits2_SSft
    mov rax, qword ptr [rbx+16]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_143
    and rax, -16
    js label_143
    mov edx, 8
    mul rdx
    jo label_143
    sar rax, 4
    mov rdi, qword ptr [rbx+24]
    add rax, qword ptr [rdi+22]
    cmp rax, qword ptr [rdi+30]
    ja label_143
    mov qword ptr [rdi+22], rax
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+24]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1384
    mov qword ptr [rbx+32], rdi
    mov ecx, 5
    call 140320710850576
    mov rdi, qword ptr [rbx+32]
L1384:
    call 140320710849224
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1385
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1385:
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
    jl L1157
    ret
# label_L
label_142:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1386
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1386:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call concat/2
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1387
    mov ecx, 1
    call 140320710850576
L1387:
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
    jl L1157
    ret
# label_L
label_143:
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
label_144:
# i_func_info_IaaI
# string:prefix/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x19, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
prefix/2:
# i_breakpoint_trampoline
    short jmp L1388
.db 0x00
    call L1158
    align 8
L1388:
# i_test_yield
    lea rdx, qword ptr [prefix/2+24]
    dec r14
    jle L1156
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1389
    mov ecx, 2
    call 140320710850576
L1389:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1390:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_146
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# jump_f
    jmp label_147
# label_L
label_146:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call prefix_1/2
# label_L
label_147:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_148
# is_binary_fs
    mov rdi, qword ptr [rsp]
    rex test dil, 1
    jne label_148
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1392
    and al, -5
    cmp al, 32
    jne label_148
    short jmp L1391
L1392:
    cmp byte ptr [rdi+22], 0
    jne label_148
L1391:
# i_move_sd
L1393:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1157
    ret
# label_L
label_148:
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1157
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_149:
# i_func_info_IaaI
# string:split/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
split/2:
# i_breakpoint_trampoline
    short jmp L1394
.db 0x00
    call L1158
    align 8
L1394:
# i_test_yield
    lea rdx, qword ptr [split/2+24]
    dec r14
    jle L1156
# i_move_sd
    mov qword ptr [rbx+16], 545675
# i_call_only_f
    jmp split/3
# func_line_I
# aligned_label_Lt
    align 8
label_151:
# i_func_info_IaaI
# string:split/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
split/3:
# i_breakpoint_trampoline
    short jmp L1395
.db 0x00
    call L1158
    align 8
L1395:
# i_test_yield
    lea rdx, qword ptr [split/3+24]
    dec r14
    jle L1156
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1396
    mov ecx, 3
    call 140320710850576
L1396:
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
# line_I
# i_call_f
    call is_empty/1
# is_ne_exact_fss
    cmp qword ptr [rbx], 75
    je label_153
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_ext_e
L1397:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+16], 15
# i_move_sd
    mov qword ptr [rbx+32], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+40], 59
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call split_1/6
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_157
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_154
# label_L
label_153:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1398
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1398:
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_154:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rsp]
    cmp rsi, 2123
    je label_156
    cmp rsi, 400523
    je label_155
    jmp label_157
# label_L
label_155:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_156:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1399
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1399:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# line_I
# i_call_ext_last_et
    add rsp, 24
L1400:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_157:
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_158
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_158:
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
label_159:
# i_func_info_IaaI
# string:replace/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xF8, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
replace/3:
# i_breakpoint_trampoline
    short jmp L1401
.db 0x00
    call L1158
    align 8
L1401:
# i_test_yield
    lea rdx, qword ptr [replace/3+24]
    dec r14
    jle L1156
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1402
    mov ecx, 3
    call 140320710850576
L1402:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call split/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 8
L1403:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_161:
# i_func_info_IaaI
# string:replace/4
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xF8, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
replace/4:
# i_breakpoint_trampoline
    short jmp L1404
.db 0x00
    call L1158
    align 8
L1404:
# i_test_yield
    lea rdx, qword ptr [replace/4+24]
    dec r14
    jle L1156
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1405
    mov ecx, 4
    call 140320710850576
L1405:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+16], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call split/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 8
L1406:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_163:
# i_func_info_IaaI
# string:lexemes/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x31, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
lexemes/2:
# i_breakpoint_trampoline
    short jmp L1407
.db 0x00
    call L1158
    align 8
L1407:
# i_test_yield
    lea rdx, qword ptr [lexemes/2+24]
    dec r14
    jle L1156
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_165
# return
    dec r14
    jl L1157
    ret
# label_L
label_165:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_166
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1408
    mov ecx, 1
.db 0x90
    call 140320710850576
L1408:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1157
    ret
# label_L
label_166:
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L1409
    test al, 2
    jne label_163
L1409:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1410
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1410:
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
    call search_pattern/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp lexemes_m/3
# func_line_I
# aligned_label_Lt
    align 8
label_167:
# i_func_info_IaaI
# string:nth_lexeme/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x55, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
nth_lexeme/3:
# i_breakpoint_trampoline
    short jmp L1411
.db 0x00
    call L1158
    align 8
L1411:
# i_test_yield
    lea rdx, qword ptr [nth_lexeme/3+24]
    dec r14
    jle L1156
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 31
    jne label_169
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_169
# return
    dec r14
    jl L1157
    ret
# label_L
label_169:
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L1412
    test al, 2
    short jne label_167
L1412:
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1413
    test al, 1
    short jne label_167
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_167
L1413:
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1414
    cmp rdi, rsi
    short jmp L1415
L1414:
    call 140320710848608
L1415:
    jge label_167
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1416
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1416:
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
    call search_pattern/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp nth_lexeme_m/3
# func_line_I
# aligned_label_Lt
    align 8
label_170:
# i_func_info_IaaI
# string:find/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xFE, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
find/2:
# i_breakpoint_trampoline
    short jmp L1417
.db 0x00
    call L1158
    align 8
L1417:
# i_test_yield
    lea rdx, qword ptr [find/2+24]
    dec r14
    jle L1156
# i_move_sd
    mov qword ptr [rbx+16], 545675
# i_call_only_f
    jmp find/3
# func_line_I
# aligned_label_Lt
    align 8
label_172:
# i_func_info_IaaI
# string:find/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xFE, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
find/3:
# i_breakpoint_trampoline
    short jmp L1418
.db 0x00
    call L1158
    align 8
L1418:
# i_test_yield
    lea rdx, qword ptr [find/3+24]
    dec r14
    jle L1156
# i_is_ne_exact_literal_fsc
L1420:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L1419
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jnz label_174
L1419:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_175
# label_L
label_174:
# return
    dec r14
    jl L1157
    ret
# label_L
label_175:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 400523
    je label_176
    cmp rsi, 545675
    je label_177
    jmp label_172
# label_L
label_176:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1421
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1421:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1422:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 28235
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp find_r/3
# label_L
label_177:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1423
    mov ecx, 2
.db 0x90
    call 140320710850576
L1423:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1424:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp find_l/2
# func_line_I
# aligned_label_Lt
    align 8
label_178:
# i_func_info_IaaI
# string:next_grapheme/1
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x55, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
next_grapheme/1:
# i_breakpoint_trampoline
    short jmp L1425
.db 0x00
    call L1158
    align 8
L1425:
# i_test_yield
    lea rdx, qword ptr [next_grapheme/1+24]
    dec r14
    jle L1156
# i_call_ext_only_e
L1426:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_180:
# i_func_info_IaaI
# string:next_codepoint/1
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x56, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
next_codepoint/1:
# i_breakpoint_trampoline
    short jmp L1427
.db 0x00
    call L1158
    align 8
L1427:
# i_test_yield
    lea rdx, qword ptr [next_codepoint/1+24]
    dec r14
    jle L1156
# i_call_ext_only_e
L1428:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_182:
# i_func_info_IaaI
# string:length_1/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x56, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
length_1/2:
# i_breakpoint_trampoline
    short jmp L1429
.db 0x00
    call L1158
    align 8
L1429:
# i_test_yield
    lea rdx, qword ptr [length_1/2+24]
    dec r14
    jle L1156
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_184
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_184
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+32], rsi
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1430
    cmp rdi, rsi
    short jmp L1431
L1430:
    call 140320710848608
L1431:
    jge label_184
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1432
    cmp rdi, rsi
    short jmp L1433
L1432:
    call 140320710848608
L1433:
    jge label_184
# is_ne_exact_fss
    cmp qword ptr [rbx+16], 223
    je label_184
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1434
    add rax, rdx
    short jno L1435
L1434:
    call 140320710853080
L1435:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp length_1/2
# label_L
label_184:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1436
    mov ecx, 2
    call 140320710850576
L1436:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_ext_e
L1437:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_185
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1438
    add rax, rdx
    short jno L1439
L1438:
    call 140320710853080
L1439:
    mov qword ptr [rbx+8], rax
# i_call_last_ft
    add rsp, 8
    jmp length_1/2
# label_L
label_185:
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_186
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_186
    cmp edi, 128
    jne label_187
    cmp qword ptr [rsi+6], 779
    jne label_187
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1440
    mov ecx, 1
.db 0x90
    call 140320710850576
L1440:
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
    mov qword ptr [r15+8], 4747
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1441:
L1442:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1441]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1157
    ret
# label_L
label_186:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_187
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1157
    ret
# label_L
label_187:
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
label_188:
# i_func_info_IaaI
# string:length_b/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x56, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
length_b/3:
# i_breakpoint_trampoline
    short jmp L1443
.db 0x00
    call L1158
    align 8
L1443:
# i_test_yield
    lea rdx, qword ptr [length_b/3+24]
    dec r14
    jle L1156
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_191
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L1445
# is_binary_header
    cmp al, 40
    short je L1444
    and al, -5
    cmp al, 32
    jne label_191
L1444:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1446
    mov qword ptr [rbx+24], rsi
    mov ecx, 4
    call 140320710850576
    mov rsi, qword ptr [rbx+24]
L1446:
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
L1445:
    mov qword ptr [rbx+24], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+24]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx], rdi
# i_bs_get_utf8_Sfd
    mov rdi, qword ptr [rbx+24]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rdi, qword ptr [rdi+6]
    call 94919179750352
    mov rsp, rbp
    test eax, eax
    je label_190
    mov qword ptr [rbx+32], rax
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx+24]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_190
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1447
    cmp rdi, rsi
    short jmp L1448
L1447:
    call 140320710848608
L1448:
    jge label_190
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+32]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L1449:
L1450:
    jge label_190
# is_ne_exact_fss
    cmp qword ptr [rbx+8], 223
    je label_190
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1451
    add rax, rdx
    short jno L1452
L1451:
    call 140320710853080
L1452:
    mov qword ptr [rbx+16], rax
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp length_b/3
# label_L
label_190:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1453
    mov ecx, 4
    call 140320710850576
L1453:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# bs_set_position_SS
    mov rdi, qword ptr [rbx+24]
    mov rsi, qword ptr [rbx]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+24]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1454
    mov qword ptr [rbx+32], rdi
    mov ecx, 5
.db 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+32]
L1454:
    call 140320710849224
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1455
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1455:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# line_I
# i_call_ext_e
L1456:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_195
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
# line_I
# i_call_ext_e
L1457:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_192
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1458
    add rax, rdx
    short jno L1459
L1458:
    call 140320710853080
L1459:
    mov qword ptr [rbx+16], rax
# i_call_last_ft
    add rsp, 8
    jmp length_b/3
# label_L
label_191:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1460
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1460:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# line_I
# i_call_ext_e
L1461:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_195
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
# line_I
# i_call_ext_e
L1462:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_192
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1463
    add rax, rdx
    short jno L1464
L1463:
    call 140320710853080
L1464:
    mov qword ptr [rbx+16], rax
# i_call_last_ft
    add rsp, 8
    jmp length_b/3
# label_L
label_192:
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_193
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_193
    cmp edi, 128
    jne label_194
    cmp qword ptr [rsi+6], 779
    jne label_194
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1465
    mov ecx, 1
.db 0x90
    call 140320710850576
L1465:
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
    mov qword ptr [r15+8], 4747
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1466:
L1467:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1466]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1157
    ret
# label_L
label_193:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_194
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1468
    add rax, rdx
    short jno L1469
L1468:
    call 140320710853080
L1469:
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1157
    ret
# label_L
label_194:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
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
# string:equal_1/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x57, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
equal_1/2:
# i_breakpoint_trampoline
    short jmp L1470
.db 0x00
    call L1158
    align 8
L1470:
# i_test_yield
    lea rdx, qword ptr [equal_1/2+24]
    dec r14
    jle L1156
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_199
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_200
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+32], xmm0
# is_integer_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1471
    test al, 1
    jne label_200
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_200
L1471:
# is_integer_fs
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1472
    test al, 1
    jne label_200
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_200
L1472:
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L1473
# skipped test of tags since they are always equal
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_198
L1473:
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp equal_1/2
# label_L
label_198:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L1157
    ret
# label_L
label_199:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_200
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp is_empty/1
# label_L
label_200:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1474
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1474:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_ext_e
L1475:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_ext_e
L1476:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp]
    test al, 2
    jne label_201
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_202
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+24]
    cmp rdi, rsi
    short je L1477
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_202
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_202
L1477:
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp equal_1/2
# label_L
label_201:
# is_nil_fS
    cmp qword ptr [rsp], 59
    jne label_202
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_202
# i_move_sd
    mov qword ptr [rbx], 75
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1157
    ret
# label_L
label_202:
# is_list_fs
    mov rax, qword ptr [rsp]
    cmp rax, 59
    short je L1478
    test al, 2
    jne label_203
L1478:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L1479
    test al, 2
    jne label_203
L1479:
# i_move_sd
    mov qword ptr [rbx], 11
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1157
    ret
# label_L
label_203:
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
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
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
label_204:
# i_func_info_IaaI
# string:equal_nocase/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x57, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
equal_nocase/2:
# i_breakpoint_trampoline
    short jmp L1481
.db 0x00
    call L1158
    align 8
L1481:
# i_test_yield
    lea rdx, qword ptr [equal_nocase/2+24]
    dec r14
    jle L1156
# is_eq_exact_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L1482
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_206
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_206
L1482:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L1157
    ret
# label_L
label_206:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1483
    mov ecx, 2
.db 0x90
    call 140320710850576
L1483:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_ext_e
L1484:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_call_ext_e
L1485:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# line_I
# i_call_ext_e
L1486:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_call_ext_e
L1487:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp]
    test al, 2
    jne label_207
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_208
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+24]
    cmp rdi, rsi
    short je L1488
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_208
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_208
L1488:
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp equal_nocase/2
# label_L
label_207:
# is_nil_fS
    cmp qword ptr [rsp], 59
    jne label_208
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_208
# i_move_sd
    mov qword ptr [rbx], 75
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1157
    ret
# label_L
label_208:
# is_list_fs
    mov rax, qword ptr [rsp]
    cmp rax, 59
    short je L1489
    test al, 2
    jne label_209
L1489:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L1490
    test al, 2
    jne label_209
L1490:
# i_move_sd
    mov qword ptr [rbx], 11
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1157
    ret
# label_L
label_209:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1491
    mov ecx, 1
    call 140320710850576
L1491:
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
label_210:
# i_func_info_IaaI
# string:equal_norm/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x57, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
equal_norm/3:
# i_breakpoint_trampoline
    short jmp L1492
.db 0x00
    call L1158
    align 8
L1492:
# i_test_yield
    lea rdx, qword ptr [equal_norm/3+24]
    dec r14
    jle L1156
# is_eq_exact_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L1493
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_212
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_212
L1493:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L1157
    ret
# label_L
label_212:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1494
    mov ecx, 3
.db 0x90
    call 140320710850576
L1494:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov qword ptr [rbx+8], 202635
# line_I
# apply_t
    align 4
L1496:
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
    short jne L1495
    lea rsi, qword ptr [L1496]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L1495:
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_call_ext_e
L1497:
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
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 202635
# line_I
# apply_t
    align 4
L1499:
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
    short jne L1498
    lea rsi, qword ptr [L1499]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L1498:
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_call_ext_e
L1500:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp+8]
    test al, 2
    jne label_213
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_214
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+24]
    cmp rdi, rsi
    short je L1501
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_214
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_214
L1501:
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_call_last_ft
    add rsp, 16
    jmp equal_norm/3
# label_L
label_213:
# is_nil_fS
    cmp qword ptr [rsp+8], 59
    jne label_214
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_214
# i_move_sd
    mov qword ptr [rbx], 75
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1157
    ret
# label_L
label_214:
# is_list_fs
    mov rax, qword ptr [rsp+8]
    cmp rax, 59
    short je L1502
    test al, 2
    jne label_215
L1502:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L1503
    test al, 2
    jne label_215
L1503:
# i_move_sd
    mov qword ptr [rbx], 11
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1157
    ret
# label_L
label_215:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1504
    mov ecx, 1
.db 0x90
    call 140320710850576
L1504:
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
label_216:
# i_func_info_IaaI
# string:equal_norm_nocase/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x57, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
equal_norm_nocase/3:
# i_breakpoint_trampoline
    short jmp L1505
.db 0x00
    call L1158
    align 8
L1505:
# i_test_yield
    lea rdx, qword ptr [equal_norm_nocase/3+24]
    dec r14
    jle L1156
# is_eq_exact_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L1506
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_218
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_218
L1506:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L1157
    ret
# label_L
label_218:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1507
    mov ecx, 3
.db 0x90
    call 140320710850576
L1507:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov qword ptr [rbx+8], 202635
# line_I
# apply_t
    align 4
L1509:
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
    short jne L1508
    lea rsi, qword ptr [L1509]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L1508:
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_call_ext_e
L1510:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_call_ext_e
L1511:
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
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 202635
# line_I
# apply_t
    align 4
L1513:
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
    short jne L1512
    lea rsi, qword ptr [L1513]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L1512:
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_call_ext_e
L1514:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_call_ext_e
L1515:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp+8]
    test al, 2
    jne label_219
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_220
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+24]
    cmp rdi, rsi
    short je L1516
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_220
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_220
L1516:
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_call_last_ft
    add rsp, 16
    jmp equal_norm_nocase/3
# label_L
label_219:
# is_nil_fS
    cmp qword ptr [rsp+8], 59
    jne label_220
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_220
# i_move_sd
    mov qword ptr [rbx], 75
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1157
    ret
# label_L
label_220:
# is_list_fs
    mov rax, qword ptr [rsp+8]
    cmp rax, 59
    short je L1517
    test al, 2
    jne label_221
L1517:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L1518
    test al, 2
    jne label_221
L1518:
# i_move_sd
    mov qword ptr [rbx], 11
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1157
    ret
# label_L
label_221:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1519
    mov ecx, 1
.db 0x90
    call 140320710850576
L1519:
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
label_222:
# i_func_info_IaaI
# string:reverse_1/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x58, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
reverse_1/2:
# i_breakpoint_trampoline
    short jmp L1520
.db 0x00
    call L1158
    align 8
L1520:
# i_test_yield
    lea rdx, qword ptr [reverse_1/2+24]
    dec r14
    jle L1156
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_224
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_224
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+32], rsi
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1521
    cmp rdi, rsi
    short jmp L1522
L1521:
    call 140320710848608
L1522:
    jge label_224
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1523
    cmp rdi, rsi
    short jmp L1524
L1523:
    call 140320710848608
L1524:
    jge label_224
# is_ne_exact_fss
    cmp qword ptr [rbx+16], 223
    je label_224
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1525
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1525:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp reverse_1/2
# label_L
label_224:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1526
    mov ecx, 2
    call 140320710850576
L1526:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_ext_e
L1527:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_225
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1528
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1528:
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rbx], xmm0
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_call_last_ft
    add rsp, 8
    jmp reverse_1/2
# label_L
label_225:
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_226
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_226
    cmp edi, 128
    jne label_227
    cmp qword ptr [rsi+6], 779
    jne label_227
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1529
    mov ecx, 1
.db 0x90
    call 140320710850576
L1529:
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
    mov qword ptr [r15+8], 4747
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1530:
L1531:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1530]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1157
    ret
# label_L
label_226:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_227
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1157
    ret
# label_L
label_227:
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
label_228:
# i_func_info_IaaI
# string:reverse_b/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x58, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
reverse_b/3:
# i_breakpoint_trampoline
    short jmp L1532
.db 0x00
    call L1158
    align 8
L1532:
# i_test_yield
    lea rdx, qword ptr [reverse_b/3+24]
    dec r14
    jle L1156
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_231
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L1534
# is_binary_header
    cmp al, 40
    short je L1533
    and al, -5
    cmp al, 32
    jne label_231
L1533:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1535
    mov qword ptr [rbx+24], rsi
    mov ecx, 4
    call 140320710850576
    mov rsi, qword ptr [rbx+24]
L1535:
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
L1534:
    mov qword ptr [rbx+24], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+24]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx], rdi
# i_bs_get_utf8_Sfd
    mov rdi, qword ptr [rbx+24]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rdi, qword ptr [rdi+6]
    call 94919179750352
    mov rsp, rbp
    test eax, eax
    je label_230
    mov qword ptr [rbx+32], rax
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx+24]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_230
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1536
    cmp rdi, rsi
    short jmp L1537
L1536:
    call 140320710848608
L1537:
    jge label_230
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+32]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L1538:
L1539:
    jge label_230
# is_ne_exact_fss
    cmp qword ptr [rbx+8], 223
    je label_230
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1540
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1540:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp reverse_b/3
# label_L
label_230:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1541
    mov ecx, 4
    call 140320710850576
L1541:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# bs_set_position_SS
    mov rdi, qword ptr [rbx+24]
    mov rsi, qword ptr [rbx]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+24]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1542
    mov qword ptr [rbx+32], rdi
    mov ecx, 5
    call 140320710850576
    mov rdi, qword ptr [rbx+32]
L1542:
    call 140320710849224
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1543
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1543:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# line_I
# i_call_ext_e
L1544:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_235
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp], rsi
    mov qword ptr [rbx], rdx
# line_I
# i_call_ext_e
L1545:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_232
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1546
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1546:
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rbx], xmm0
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_call_last_ft
    add rsp, 16
    jmp reverse_b/3
# label_L
label_231:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1547
    mov ecx, 3
.db 0x90
    call 140320710850576
L1547:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# line_I
# i_call_ext_e
L1548:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_235
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp], rsi
    mov qword ptr [rbx], rdx
# line_I
# i_call_ext_e
L1549:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_232
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1550
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1550:
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rbx], xmm0
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_call_last_ft
    add rsp, 16
    jmp reverse_b/3
# label_L
label_232:
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_233
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_233
    cmp edi, 128
    jne label_234
    cmp qword ptr [rsi+6], 779
    jne label_234
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1551
    mov ecx, 1
    call 140320710850576
L1551:
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
    mov qword ptr [r15+8], 4747
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1552:
L1553:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1552]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1157
    ret
# label_L
label_233:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_234
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1554
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1554:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1157
    ret
# label_L
label_234:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_235:
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
label_236:
# i_func_info_IaaI
# string:slice_l0/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x58, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
slice_l0/2:
# i_breakpoint_trampoline
    short jmp L1555
.db 0x00
    call L1158
    align 8
L1555:
# i_test_yield
    lea rdx, qword ptr [slice_l0/2+24]
    dec r14
    jle L1156
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_239
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L1557
# is_binary_header
    cmp al, 40
    short je L1556
    and al, -5
    cmp al, 32
    jne label_239
L1556:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1558
    mov qword ptr [rbx+16], rsi
    mov ecx, 3
    call 140320710850576
    mov rsi, qword ptr [rbx+16]
L1558:
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
L1557:
    mov qword ptr [rbx+16], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+16]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx], rdi
# i_bs_get_utf8_Sfd
    mov rdi, qword ptr [rbx+16]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rdi, qword ptr [rdi+6]
    call 94919179750352
    mov rsp, rbp
    test eax, eax
    je label_238
    mov qword ptr [rbx+24], rax
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx+16]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_238
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 15
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1559
    cmp rdi, rsi
    short jmp L1560
L1559:
    call 140320710848608
L1560:
    jge label_238
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp slice_lb/3
# label_L
label_238:
# bs_set_position_SS
    mov rdi, qword ptr [rbx+16]
    mov rsi, qword ptr [rbx]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+16]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1561
    mov qword ptr [rbx+24], rdi
    mov ecx, 4
    call 140320710850576
    mov rdi, qword ptr [rbx+24]
L1561:
    call 140320710849224
    mov qword ptr [rbx], rax
# i_call_only_f
    jmp slice_l/2
# label_L
label_239:
# i_call_only_f
    jmp slice_l/2
# func_line_I
# aligned_label_Lt
    align 8
label_240:
# i_func_info_IaaI
# string:slice_l/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x58, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
slice_l/2:
# i_breakpoint_trampoline
    short jmp L1562
.db 0x00
    call L1158
    align 8
L1562:
# i_test_yield
    lea rdx, qword ptr [slice_l/2+24]
    dec r14
    jle L1156
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_242
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_242
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+32], rsi
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1563
    cmp rdi, rsi
    short jmp L1564
L1563:
    call 140320710848608
L1564:
    jge label_242
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1565
    cmp rdi, rsi
    short jmp L1566
L1565:
    call 140320710848608
L1566:
    jge label_242
# is_ne_exact_fss
    cmp qword ptr [rbx+16], 223
    je label_242
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 15
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1567
    cmp rdi, rsi
    short jmp L1568
L1567:
    call 140320710848608
L1568:
    jge label_245
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1569
    mov rax, rsi
    add rax, rdx
    short jno L1570
L1569:
    call 140320710853080
L1570:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp slice_l/2
# label_L
label_242:
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 15
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1571
    cmp rdi, rsi
    short jmp L1572
L1571:
    call 140320710848608
L1572:
    jge label_245
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1573
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1573:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_ext_e
L1574:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_243
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1575
    mov rax, rsi
    add rax, rdx
    short jno L1576
L1575:
    call 140320710853080
L1576:
    mov qword ptr [rbx+8], rax
# i_call_last_ft
    add rsp, 8
    jmp slice_l/2
# label_L
label_243:
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_244
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_244
    cmp edi, 128
    jne label_246
    cmp qword ptr [rsi+6], 779
    jne label_246
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1577
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1577:
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
    mov qword ptr [r15+8], 4747
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1578:
L1579:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1578]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1157
    ret
# label_L
label_244:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_246
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1157
    ret
# label_L
label_245:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_240
# return
    dec r14
    jl L1157
    ret
# label_L
label_246:
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
label_247:
# i_func_info_IaaI
# string:slice_lb/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x59, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
slice_lb/3:
# i_breakpoint_trampoline
    short jmp L1580
.db 0x00
    call L1158
    align 8
L1580:
# i_test_yield
    lea rdx, qword ptr [slice_lb/3+24]
    dec r14
    jle L1156
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_250
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L1582
# is_binary_header
    cmp al, 40
    short je L1581
    and al, -5
    cmp al, 32
    jne label_250
L1581:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1583
    mov qword ptr [rbx+24], rsi
    mov ecx, 4
    call 140320710850576
    mov rsi, qword ptr [rbx+24]
L1583:
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
L1582:
    mov qword ptr [rbx+24], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+24]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx], rdi
# i_bs_get_utf8_Sfd
    mov rdi, qword ptr [rbx+24]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rdi, qword ptr [rdi+6]
    call 94919179750352
    mov rsp, rbp
    test eax, eax
    je label_249
    mov qword ptr [rbx+32], rax
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx+24]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_249
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1584
    cmp rdi, rsi
    short jmp L1585
L1584:
    call 140320710848608
L1585:
    jge label_249
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+32]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L1586:
L1587:
    jge label_249
# is_ne_exact_fss
    cmp qword ptr [rbx+8], 223
    je label_249
# is_lt_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 31
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1588
    cmp rdi, rsi
    short jmp L1589
L1588:
    call 140320710848608
L1589:
    jge label_249
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1590
    mov rax, rsi
    add rax, rdx
    short jno L1591
L1590:
    call 140320710853080
L1591:
    mov qword ptr [rbx+16], rax
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp slice_lb/3
# label_L
label_249:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1592
    mov ecx, 4
    call 140320710850576
L1592:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# bs_set_position_SS
    mov rdi, qword ptr [rbx+24]
    mov rsi, qword ptr [rbx]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+24]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1593
    mov qword ptr [rbx+32], rdi
    mov ecx, 5
.db 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+32]
L1593:
    call 140320710849224
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1594
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1594:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# line_I
# i_call_ext_e
L1595:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_256
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
# is_lt_fss
    mov rsi, qword ptr [rsp]
    mov edi, 31
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1596
    cmp rdi, rsi
    short jmp L1597
L1596:
    call 140320710848608
L1597:
    jge label_253
# line_I
# i_call_ext_e
L1598:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_251
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1599
    mov rax, rsi
    add rax, rdx
    short jno L1600
L1599:
    call 140320710853080
L1600:
    mov qword ptr [rbx+16], rax
# i_call_last_ft
    add rsp, 8
    jmp slice_lb/3
# label_L
label_250:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1601
    mov ecx, 3
    call 140320710850576
L1601:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# line_I
# i_call_ext_e
L1602:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_256
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
# is_lt_fss
    mov rsi, qword ptr [rsp]
    mov edi, 31
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1603
    cmp rdi, rsi
    short jmp L1604
L1603:
    call 140320710848608
L1604:
    jge label_253
# line_I
# i_call_ext_e
L1605:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_251
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1606
    mov rax, rsi
    add rax, rdx
    short jno L1607
L1606:
    call 140320710853080
L1607:
    mov qword ptr [rbx+16], rax
# i_call_last_ft
    add rsp, 8
    jmp slice_lb/3
# label_L
label_251:
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_252
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_252
    cmp edi, 128
    jne label_254
    cmp qword ptr [rsi+6], 779
    jne label_254
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1608
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1608:
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
    mov qword ptr [r15+8], 4747
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1609:
L1610:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1609]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1157
    ret
# label_L
label_252:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_254
# i_move_sd
L1611:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1157
    ret
# label_L
label_253:
# is_eq_exact_fss
    cmp qword ptr [rsp], 31
    jne label_255
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1157
    ret
# label_L
label_254:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_255:
# line_I
    nop
# if_end
    mov qword ptr [r13+112], 8272
    xor ecx, ecx
    call 140320710854352
# label_L
label_256:
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
label_257:
# i_func_info_IaaI
# string:slice_trail/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x59, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
slice_trail/2:
# i_breakpoint_trampoline
    short jmp L1612
.db 0x00
    call L1158
    align 8
L1612:
# i_test_yield
    lea rdx, qword ptr [slice_trail/2+24]
    dec r14
    jle L1156
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_261
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1614
    and al, -5
    cmp al, 32
    jne label_261
    short jmp L1613
L1614:
    cmp byte ptr [rdi+22], 0
    jne label_261
L1613:
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L1616
L1615:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1617
    mov qword ptr [rbx+16], rsi
    mov ecx, 3
    call 140320710850576
    mov rsi, qword ptr [rbx+16]
L1617:
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
L1616:
    mov qword ptr [rbx+16], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+16]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx+24], rdi
# i_bs_get_utf8_Sfd
    mov rdi, qword ptr [rbx+16]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rdi, qword ptr [rdi+6]
    call 94919179750352
    mov rsp, rbp
    test eax, eax
    je label_259
    mov qword ptr [rbx+32], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1618
    cmp rdi, rsi
    short jmp L1619
L1618:
    call 140320710848608
L1619:
    jge label_260
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1620
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L1620:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
    call slice_bin/3
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+16]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+8], rax
# i_minus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    test edx, 1
    short je L1622
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1621
L1622:
    call 140320710853584
L1621:
    mov qword ptr [rbx], rax
# bs_set_position_SS
    mov rdi, qword ptr [rsp+8]
    mov rsi, qword ptr [rsp]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# i_bs_get_binary2_Sftstd
    mov rax, qword ptr [rbx]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_262
    and rax, -16
    js label_262
    mov edx, 8
    mul rdx
    jo label_262
    sar rax, 4
    mov rsi, rax
    mov qword ptr [rbx-120], rsi
    mov rcx, qword ptr [rsp+8]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1623
    mov qword ptr [rbx+8], rcx
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
    mov rcx, qword ptr [rbx+8]
L1623:
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
    je label_262
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_259:
# i_bs_skip_bits_imm2_fSW
    mov eax, 8
    mov rdi, qword ptr [rbx+16]
    add rax, qword ptr [rdi+22]
    cmp rax, qword ptr [rdi+30]
    ja label_260
    mov qword ptr [rdi+22], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1624
    cmp rdi, rsi
    short jmp L1625
L1624:
    call 140320710848608
L1625:
    jge label_260
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1626
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1626:
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
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1627
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1627:
# call_light_bif_be
    align 4
L1628:
L1629:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1628]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1157
    ret
# label_L
label_260:
# i_move_sd
L1630:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1157
    ret
# label_L
label_261:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L1631
    test al, 2
    jne label_257
L1631:
# i_call_only_f
    jmp slice_list/2
# label_L
label_262:
# line_I
# badmatch_s
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_263:
# i_func_info_IaaI
# string:slice_list/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x59, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
slice_list/2:
# i_breakpoint_trampoline
    short jmp L1632
.db 0x00
    call L1158
    align 8
L1632:
# i_test_yield
    lea rdx, qword ptr [slice_list/2+24]
    dec r14
    jle L1156
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_265
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_265
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+32], rsi
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1633
    cmp rdi, rsi
    short jmp L1634
L1633:
    call 140320710848608
L1634:
    jge label_265
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1635
    cmp rdi, rsi
    short jmp L1636
L1635:
    call 140320710848608
L1636:
    jge label_265
# is_ne_exact_fss
    cmp qword ptr [rbx+16], 223
    je label_265
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1637
    cmp rdi, rsi
    short jmp L1638
L1637:
    call 140320710848608
L1638:
    jge label_270
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1639
    add rax, rdx
    short jno L1640
L1639:
    call 140320710853080
L1640:
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1641
    mov ecx, 4
    call 140320710850576
L1641:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_f
    call slice_list/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1642
    mov ecx, 1
    call 140320710850576
L1642:
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
    jl L1157
    ret
# label_L
label_265:
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1643
    cmp rdi, rsi
    short jmp L1644
L1643:
    call 140320710848608
L1644:
    jge label_270
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1645
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1645:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# line_I
# i_call_ext_e
L1646:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_268
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp], rsi
    mov qword ptr [rbx], rdx
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1647
    add rax, rdx
    short jno L1648
L1647:
    call 140320710853080
L1648:
    mov qword ptr [rbx+8], rax
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_call_f
.db 0x66, 0x90
    call slice_list/2
# is_integer_fs
    mov rdi, qword ptr [rsp]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1649
    test al, 1
    jne label_266
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_266
L1649:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1650
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1650:
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
    add rsp, 16
# return
    dec r14
    jl L1157
    ret
# label_L
label_266:
# is_list_fs
    mov rax, qword ptr [rsp]
    cmp rax, 59
    short je L1651
    test al, 2
    jne label_267
L1651:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1652:
L1653:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1652]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1157
    ret
# label_L
label_267:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp '-inlined-append/2-'/2
# label_L
label_268:
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_269
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_269
    cmp edi, 128
    jne label_271
    cmp qword ptr [rsi+6], 779
    jne label_271
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1654
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1654:
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
    mov qword ptr [r15+8], 4747
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1655:
L1656:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1655]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1157
    ret
# label_L
label_269:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_271
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1157
    ret
# label_L
label_270:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_263
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L1157
    ret
# label_L
label_271:
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
label_272:
# i_func_info_IaaI
# string:slice_bin/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x59, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
slice_bin/3:
# i_breakpoint_trampoline
    short jmp L1657
.db 0x00
    call L1158
    align 8
L1657:
# i_test_yield
    lea rdx, qword ptr [slice_bin/3+24]
    dec r14
    jle L1156
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_277
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L1659
# is_binary_header
    cmp al, 40
    short je L1658
    and al, -5
    cmp al, 32
    jne label_277
L1658:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1660
    mov qword ptr [rbx+24], rsi
    mov ecx, 4
    call 140320710850576
    mov rsi, qword ptr [rbx+24]
L1660:
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
L1659:
    mov qword ptr [rbx+24], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+24]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx], rdi
# i_bs_get_utf8_Sfd
    mov rdi, qword ptr [rbx+24]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rdi, qword ptr [rdi+6]
    call 94919179750352
    mov rsp, rbp
    test eax, eax
    je label_274
    mov qword ptr [rbx+32], rax
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx+24]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_274
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1661
    cmp rdi, rsi
    short jmp L1662
L1661:
    call 140320710848608
L1662:
    jge label_274
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+32]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L1663:
L1664:
    jge label_274
# is_ne_exact_fss
    cmp qword ptr [rbx+8], 223
    je label_274
# is_lt_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1665
    cmp rdi, rsi
    short jmp L1666
L1665:
    call 140320710848608
L1666:
    jge label_275
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1667
    add rax, rdx
    short jno L1668
L1667:
    call 140320710853080
L1668:
    mov qword ptr [rbx+16], rax
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp slice_bin/3
# label_L
label_274:
# is_lt_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1669
    cmp rdi, rsi
    short jmp L1670
L1669:
    call 140320710848608
L1670:
    jge label_275
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1671
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1671:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# bs_set_position_SS
    mov rdi, qword ptr [rbx+24]
    mov rsi, qword ptr [rbx]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+24]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1672
    mov qword ptr [rbx+32], rdi
    mov ecx, 5
.db 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+32]
L1672:
    call 140320710849224
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1673
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1673:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# line_I
# i_call_ext_e
L1674:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_282
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
# line_I
# i_call_ext_e
L1675:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_278
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1676
    add rax, rdx
    short jno L1677
L1676:
    call 140320710853080
L1677:
    mov qword ptr [rbx+16], rax
# i_call_last_ft
    add rsp, 8
    jmp slice_bin/3
# label_L
label_275:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 15
    jne label_276
# bs_set_position_SS
    mov rdi, qword ptr [rbx+24]
    mov rsi, qword ptr [rbx]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+24]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1678
    mov qword ptr [rbx+32], rdi
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+32]
L1678:
    call 140320710849224
    mov qword ptr [rbx], rax
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# i_bs_create_bin_jItd
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L1680
L1679:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L1680:
# calculate sizes
    xor r14d, r14d
# size utf8
    mov rdi, qword ptr [rbx+8]
    xor eax, eax
    mov al, 8
    cmp rdi, 2063
    short jl L1681
    mov al, 16
    cmp rdi, 32783
    short jl L1681
    mov al, 24
    cmp rdi, 1048591
    short jl L1681
    mov al, 32
L1681:
    add r14, rax
# allocate binary
    xor r8d, r8d
    mov r9d, 2
    lea rdx, qword ptr [rbx-80]
    mov rsi, rbx
    mov rdi, r13
# (size in bits)
    mov rcx, r14
    call 94919178211120
    mov qword ptr [rbx-120], rax
    mov rsi, qword ptr [rbx+8]
    lea rdi, qword ptr [rbx-80]
    call 94919179742624
    mov rdi, qword ptr [rbx+8]
    mov ecx, 1424
    test eax, eax
    short je L1679
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx+8], rax
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+8]
    mov rcx, 94919178859104
    call 140320710851304
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
    jl L1157
    ret
# label_L
label_276:
# bs_set_position_SS
    mov rdi, qword ptr [rbx+24]
    mov rsi, qword ptr [rbx]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+24]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1682
    mov qword ptr [rbx+32], rdi
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+32]
L1682:
    call 140320710849224
    mov qword ptr [rbx], rax
# jump_f
    jmp label_272
# label_L
label_277:
# is_lt_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1683
    cmp rdi, rsi
    short jmp L1684
L1683:
    call 140320710848608
L1684:
    jge label_280
# allocate_heap_tIt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1685
    mov ecx, 3
    call 140320710850576
L1685:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# line_I
# i_call_ext_e
L1686:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_282
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
# line_I
# i_call_ext_e
L1687:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_278
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1688
    add rax, rdx
    short jno L1689
L1688:
    call 140320710853080
L1689:
    mov qword ptr [rbx+16], rax
# i_call_last_ft
    add rsp, 8
    jmp slice_bin/3
# label_L
label_278:
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_279
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_279
    cmp edi, 128
    jne label_281
    cmp qword ptr [rsi+6], 779
    jne label_281
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1690
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1690:
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
    mov qword ptr [r15+8], 4747
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1691:
L1692:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1691]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1157
    ret
# label_L
label_279:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_281
# i_move_sd
    mov qword ptr [rbx], 15
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1157
    ret
# label_L
label_280:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 15
    jne label_272
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# i_bs_create_bin_jItd
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L1694
L1693:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L1694:
# calculate sizes
    xor r14d, r14d
# size utf8
    mov rdi, qword ptr [rbx+8]
    xor eax, eax
    mov al, 8
    cmp rdi, 2063
    short jl L1695
    mov al, 16
    cmp rdi, 32783
    short jl L1695
    mov al, 24
    cmp rdi, 1048591
    short jl L1695
    mov al, 32
L1695:
    add r14, rax
# allocate binary
    xor r8d, r8d
    mov r9d, 2
    lea rdx, qword ptr [rbx-80]
    mov rsi, rbx
    mov rdi, r13
# (size in bits)
    mov rcx, r14
    call 94919178211120
    mov qword ptr [rbx-120], rax
    mov rsi, qword ptr [rbx+8]
    lea rdi, qword ptr [rbx-80]
    call 94919179742624
    mov rdi, qword ptr [rbx+8]
    mov ecx, 1424
    test eax, eax
    short je L1693
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx+8], rax
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+8]
    mov rcx, 94919178859104
    call 140320710851304
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
    jl L1157
    ret
# label_L
label_281:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_282:
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
label_283:
# i_func_info_IaaI
# string:uppercase_list/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x5A, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
uppercase_list/2:
# i_breakpoint_trampoline
    short jmp L1696
.db 0x00
    call L1158
    align 8
L1696:
# i_test_yield
    lea rdx, qword ptr [uppercase_list/2+24]
    dec r14
    jle L1156
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_287
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_289
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+32], rsi
# is_ge_fss
    mov esi, 1567
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1697
    cmp rdi, rsi
    short jmp L1698
L1697:
    call 140320710848608
L1698:
    jl label_286
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 1967
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1699
    cmp rdi, rsi
    short jmp L1700
L1699:
    call 140320710848608
L1700:
    jl label_285
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1701
    cmp rdi, rsi
    short jmp L1702
L1701:
    call 140320710848608
L1702:
    jge label_289
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov rdx, -512
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1703
    mov rax, rsi
    add rax, rdx
    short jno L1704
L1703:
    call 140320710853080
L1704:
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1705
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1705:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx+8], 75
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x90
    call uppercase_list/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1706
    mov ecx, 1
    call 140320710850576
L1706:
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
    jl L1157
    ret
# label_L
label_285:
# is_lt_fss
    mov esi, 2063
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1707
    cmp rdi, rsi
    short jmp L1708
L1707:
    call 140320710848608
L1708:
    jge label_289
# label_L
label_286:
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1709
    cmp rdi, rsi
    short jmp L1710
L1709:
    call 140320710848608
L1710:
    jge label_289
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1711
    mov ecx, 4
.db 0x90
    call 140320710850576
L1711:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call uppercase_list/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1712
    mov ecx, 1
    call 140320710850576
L1712:
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
    jl L1157
    ret
# label_L
label_287:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_289
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 75
    jne label_288
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L1157
    ret
# label_L
label_288:
# i_move_sd
    mov qword ptr [rbx+8], 191499
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1713
    mov ecx, 3
    call 140320710850576
L1713:
# call_light_bif_be
    align 4
L1714:
L1715:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L1714]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1157
    ret
# label_L
label_289:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1716
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1716:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# line_I
# i_call_ext_e
L1717:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_293
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp], rsi
    mov qword ptr [rbx], rdx
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rsp+16]
    test al, 2
    jne label_290
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+8], rsi
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rsp]
    cmp rdi, rsi
    short je L1718
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_290
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_290
L1718:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call uppercase_list/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1719
    mov ecx, 1
    call 140320710850576
L1719:
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
    jl L1157
    ret
# label_L
label_290:
# i_move_sd
    mov qword ptr [rbx+8], 75
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_f
.db 0x66, 0x90
    call uppercase_list/2
# is_integer_fs
    mov rdi, qword ptr [rsp]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1720
    test al, 1
    jne label_291
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_291
L1720:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1721
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1721:
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
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_291:
# is_list_fs
    mov rax, qword ptr [rsp]
    cmp rax, 59
    short je L1722
    test al, 2
    jne label_292
L1722:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1723:
L1724:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1723]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_292:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp '-inlined-append/2-'/2
# label_L
label_293:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_294
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 24
    jmp uppercase_list/2
# label_L
label_294:
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
label_295:
# i_func_info_IaaI
# string:uppercase_bin/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x5A, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
uppercase_bin/3:
# i_breakpoint_trampoline
    short jmp L1725
.db 0x00
    call L1158
    align 8
L1725:
# i_test_yield
    lea rdx, qword ptr [uppercase_bin/3+24]
    dec r14
    jle L1156
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_301
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L1727
# is_binary_header
    cmp al, 40
    short je L1726
    and al, -5
    cmp al, 32
    jne label_301
L1726:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1728
    mov qword ptr [rbx+24], rsi
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rsi, qword ptr [rbx+24]
L1728:
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
L1727:
    mov qword ptr [rbx+24], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+24]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx+8], rdi
# i_bs_get_utf8_Sfd
    mov rdi, qword ptr [rbx+24]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rdi, qword ptr [rdi+6]
    call 94919179750352
    mov rsp, rbp
    test eax, eax
    je label_299
    mov qword ptr [rbx+32], rax
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx+24]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_299
# is_ge_fss
    mov esi, 1567
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1729
    cmp rdi, rsi
    short jmp L1730
L1729:
    call 140320710848608
L1730:
    jl label_298
# is_ge_fss
    mov rsi, qword ptr [rbx]
    mov edi, 1967
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1731
    cmp rdi, rsi
    short jmp L1732
L1731:
    call 140320710848608
L1732:
    jl label_297
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+32]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L1733:
L1734:
    jge label_299
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov rdx, -512
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1735
    mov rax, rsi
    add rax, rdx
    short jno L1736
L1735:
    call 140320710853080
L1736:
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1737
    mov ecx, 5
.db 0x90
    call 140320710850576
L1737:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 75
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x90
    call uppercase_bin/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1738
    mov ecx, 1
    call 140320710850576
L1738:
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
    jl L1157
    ret
# label_L
label_297:
# is_lt_fss
    mov esi, 2063
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1739
    cmp rdi, rsi
    short jmp L1740
L1739:
    call 140320710848608
L1740:
    jge label_299
# label_L
label_298:
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+32]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L1741:
L1742:
    jge label_299
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1743
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L1743:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x90
    call uppercase_bin/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1744
    mov ecx, 1
    call 140320710850576
L1744:
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
    jl L1157
    ret
# label_L
label_299:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1745
    mov ecx, 4
.db 0x90
    call 140320710850576
L1745:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# bs_set_position_SS
    mov rdi, qword ptr [rbx+24]
    mov rsi, qword ptr [rbx+8]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+24]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1746
    mov qword ptr [rbx+32], rdi
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rdi, qword ptr [rbx+32]
L1746:
    call 140320710849224
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1747
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1747:
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# line_I
# i_call_ext_e
L1748:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_310
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp], rsi
    mov qword ptr [rbx], rdx
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rsp]
    cmp rdi, rsi
    short je L1749
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_300
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_300
L1749:
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_ext_e
L1750:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_302
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x66, 0x90
    call uppercase_bin/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1751
    mov ecx, 1
    call 140320710850576
L1751:
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
    jl L1157
    ret
# label_L
label_300:
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_ext_e
L1752:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_306
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_move_sd
    mov qword ptr [rbx+16], 75
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call uppercase_bin/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1753
    mov ecx, 1
    call 140320710850576
L1753:
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
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_301:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1754
    mov ecx, 3
.db 0x90
    call 140320710850576
L1754:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# line_I
# i_call_ext_e
L1755:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_310
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp], rsi
    mov qword ptr [rbx], rdx
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rsp]
    cmp rdi, rsi
    short je L1756
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_305
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_305
L1756:
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_ext_e
L1757:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_302
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x66, 0x90
    call uppercase_bin/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1758
    mov ecx, 1
    call 140320710850576
L1758:
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
    jl L1157
    ret
# label_L
label_302:
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_303
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_303
    cmp edi, 128
    jne label_308
    cmp qword ptr [rsi+6], 779
    jne label_308
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1759
    mov ecx, 1
    call 140320710850576
L1759:
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
    mov qword ptr [r15+8], 4747
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1760:
L1761:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1760]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_303:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_308
# is_eq_exact_fss
    cmp qword ptr [rsp+8], 75
    jne label_304
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1762
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1762:
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_304:
# i_move_sd
    mov qword ptr [rbx+8], 191499
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# call_light_bif_be
    align 4
L1763:
L1764:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L1763]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_305:
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_ext_e
L1765:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_306
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_move_sd
    mov qword ptr [rbx+16], 75
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call uppercase_bin/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1766
    mov ecx, 1
    call 140320710850576
L1766:
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
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_306:
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_307
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_307
    cmp edi, 128
    jne label_309
    cmp qword ptr [rsi+6], 779
    jne label_309
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1767
    mov ecx, 1
    call 140320710850576
L1767:
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
    mov qword ptr [r15+8], 4747
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1768:
L1769:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1768]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_307:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_309
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1770
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1770:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_308:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_309:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_310:
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
label_311:
# i_func_info_IaaI
# string:lowercase_list/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x5A, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
lowercase_list/2:
# i_breakpoint_trampoline
    short jmp L1771
.db 0x00
    call L1158
    align 8
L1771:
# i_test_yield
    lea rdx, qword ptr [lowercase_list/2+24]
    dec r14
    jle L1156
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_315
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_317
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+32], rsi
# is_ge_fss
    mov esi, 1055
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1772
    cmp rdi, rsi
    short jmp L1773
L1772:
    call 140320710848608
L1773:
    jl label_314
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 1455
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1774
    cmp rdi, rsi
    short jmp L1775
L1774:
    call 140320710848608
L1775:
    jl label_313
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1776
    cmp rdi, rsi
    short jmp L1777
L1776:
    call 140320710848608
L1777:
    jge label_317
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov edx, 512
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1778
    mov rax, rsi
    add rax, rdx
    short jno L1779
L1778:
    call 140320710853080
L1779:
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1780
    mov ecx, 4
.db 0x90
    call 140320710850576
L1780:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx+8], 75
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x90
    call lowercase_list/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1781
    mov ecx, 1
    call 140320710850576
L1781:
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
    jl L1157
    ret
# label_L
label_313:
# is_lt_fss
    mov esi, 2063
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1782
    cmp rdi, rsi
    short jmp L1783
L1782:
    call 140320710848608
L1783:
    jge label_317
# label_L
label_314:
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1784
    cmp rdi, rsi
    short jmp L1785
L1784:
    call 140320710848608
L1785:
    jge label_317
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1786
    mov ecx, 4
.db 0x90
    call 140320710850576
L1786:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call lowercase_list/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1787
    mov ecx, 1
    call 140320710850576
L1787:
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
    jl L1157
    ret
# label_L
label_315:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_317
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 75
    jne label_316
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L1157
    ret
# label_L
label_316:
# i_move_sd
    mov qword ptr [rbx+8], 191499
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1788
    mov ecx, 3
    call 140320710850576
L1788:
# call_light_bif_be
    align 4
L1789:
L1790:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L1789]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1157
    ret
# label_L
label_317:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1791
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1791:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# line_I
# i_call_ext_e
L1792:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_321
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp], rsi
    mov qword ptr [rbx], rdx
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rsp+16]
    test al, 2
    jne label_318
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+8], rsi
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rsp]
    cmp rdi, rsi
    short je L1793
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_318
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_318
L1793:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call lowercase_list/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1794
    mov ecx, 1
    call 140320710850576
L1794:
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
    jl L1157
    ret
# label_L
label_318:
# i_move_sd
    mov qword ptr [rbx+8], 75
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_f
.db 0x66, 0x90
    call lowercase_list/2
# is_integer_fs
    mov rdi, qword ptr [rsp]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1795
    test al, 1
    jne label_319
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_319
L1795:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1796
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1796:
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
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_319:
# is_list_fs
    mov rax, qword ptr [rsp]
    cmp rax, 59
    short je L1797
    test al, 2
    jne label_320
L1797:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1798:
L1799:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1798]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_320:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp '-inlined-append/2-'/2
# label_L
label_321:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_322
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 24
    jmp lowercase_list/2
# label_L
label_322:
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
label_323:
# i_func_info_IaaI
# string:lowercase_bin/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x5A, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
lowercase_bin/3:
# i_breakpoint_trampoline
    short jmp L1800
.db 0x00
    call L1158
    align 8
L1800:
# i_test_yield
    lea rdx, qword ptr [lowercase_bin/3+24]
    dec r14
    jle L1156
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_329
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L1802
# is_binary_header
    cmp al, 40
    short je L1801
    and al, -5
    cmp al, 32
    jne label_329
L1801:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1803
    mov qword ptr [rbx+24], rsi
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rsi, qword ptr [rbx+24]
L1803:
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
L1802:
    mov qword ptr [rbx+24], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+24]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx+8], rdi
# i_bs_get_utf8_Sfd
    mov rdi, qword ptr [rbx+24]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rdi, qword ptr [rdi+6]
    call 94919179750352
    mov rsp, rbp
    test eax, eax
    je label_327
    mov qword ptr [rbx+32], rax
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx+24]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_327
# is_ge_fss
    mov esi, 1055
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1804
    cmp rdi, rsi
    short jmp L1805
L1804:
    call 140320710848608
L1805:
    jl label_326
# is_ge_fss
    mov rsi, qword ptr [rbx]
    mov edi, 1455
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1806
    cmp rdi, rsi
    short jmp L1807
L1806:
    call 140320710848608
L1807:
    jl label_325
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+32]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L1808:
L1809:
    jge label_327
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov edx, 512
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1810
    mov rax, rsi
    add rax, rdx
    short jno L1811
L1810:
    call 140320710853080
L1811:
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1812
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1812:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 75
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x90
    call lowercase_bin/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1813
    mov ecx, 1
    call 140320710850576
L1813:
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
    jl L1157
    ret
# label_L
label_325:
# is_lt_fss
    mov esi, 2063
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1814
    cmp rdi, rsi
    short jmp L1815
L1814:
    call 140320710848608
L1815:
    jge label_327
# label_L
label_326:
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+32]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L1816:
L1817:
    jge label_327
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1818
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L1818:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x90
    call lowercase_bin/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1819
    mov ecx, 1
    call 140320710850576
L1819:
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
    jl L1157
    ret
# label_L
label_327:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1820
    mov ecx, 4
.db 0x90
    call 140320710850576
L1820:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# bs_set_position_SS
    mov rdi, qword ptr [rbx+24]
    mov rsi, qword ptr [rbx+8]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+24]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1821
    mov qword ptr [rbx+32], rdi
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rdi, qword ptr [rbx+32]
L1821:
    call 140320710849224
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1822
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1822:
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# line_I
# i_call_ext_e
L1823:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_338
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp], rsi
    mov qword ptr [rbx], rdx
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rsp]
    cmp rdi, rsi
    short je L1824
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_328
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_328
L1824:
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_ext_e
L1825:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_330
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x66, 0x90
    call lowercase_bin/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1826
    mov ecx, 1
    call 140320710850576
L1826:
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
    jl L1157
    ret
# label_L
label_328:
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_ext_e
L1827:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_334
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_move_sd
    mov qword ptr [rbx+16], 75
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call lowercase_bin/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1828
    mov ecx, 1
    call 140320710850576
L1828:
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
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_329:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1829
    mov ecx, 3
.db 0x90
    call 140320710850576
L1829:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# line_I
# i_call_ext_e
L1830:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_338
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp], rsi
    mov qword ptr [rbx], rdx
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rsp]
    cmp rdi, rsi
    short je L1831
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_333
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_333
L1831:
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_ext_e
L1832:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_330
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x66, 0x90
    call lowercase_bin/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1833
    mov ecx, 1
    call 140320710850576
L1833:
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
    jl L1157
    ret
# label_L
label_330:
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_331
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_331
    cmp edi, 128
    jne label_336
    cmp qword ptr [rsi+6], 779
    jne label_336
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1834
    mov ecx, 1
    call 140320710850576
L1834:
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
    mov qword ptr [r15+8], 4747
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1835:
L1836:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1835]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_331:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_336
# is_eq_exact_fss
    cmp qword ptr [rsp+8], 75
    jne label_332
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1837
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1837:
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_332:
# i_move_sd
    mov qword ptr [rbx+8], 191499
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# call_light_bif_be
    align 4
L1838:
L1839:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L1838]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_333:
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_ext_e
L1840:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_334
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_move_sd
    mov qword ptr [rbx+16], 75
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call lowercase_bin/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1841
    mov ecx, 1
    call 140320710850576
L1841:
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
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_334:
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_335
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_335
    cmp edi, 128
    jne label_337
    cmp qword ptr [rsi+6], 779
    jne label_337
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1842
    mov ecx, 1
    call 140320710850576
L1842:
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
    mov qword ptr [r15+8], 4747
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1843:
L1844:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1843]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_335:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_337
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1845
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1845:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_336:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_337:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_338:
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
label_339:
# i_func_info_IaaI
# string:casefold_list/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x5B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
casefold_list/2:
# i_breakpoint_trampoline
    short jmp L1846
.db 0x00
    call L1158
    align 8
L1846:
# i_test_yield
    lea rdx, qword ptr [casefold_list/2+24]
    dec r14
    jle L1156
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_343
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_345
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+32], rsi
# is_ge_fss
    mov esi, 1055
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1847
    cmp rdi, rsi
    short jmp L1848
L1847:
    call 140320710848608
L1848:
    jl label_342
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 1455
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1849
    cmp rdi, rsi
    short jmp L1850
L1849:
    call 140320710848608
L1850:
    jl label_341
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1851
    cmp rdi, rsi
    short jmp L1852
L1851:
    call 140320710848608
L1852:
    jge label_345
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov edx, 512
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1853
    mov rax, rsi
    add rax, rdx
    short jno L1854
L1853:
    call 140320710853080
L1854:
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1855
    mov ecx, 4
.db 0x90
    call 140320710850576
L1855:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx+8], 75
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x90
    call casefold_list/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1856
    mov ecx, 1
    call 140320710850576
L1856:
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
    jl L1157
    ret
# label_L
label_341:
# is_lt_fss
    mov esi, 2063
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1857
    cmp rdi, rsi
    short jmp L1858
L1857:
    call 140320710848608
L1858:
    jge label_345
# label_L
label_342:
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1859
    cmp rdi, rsi
    short jmp L1860
L1859:
    call 140320710848608
L1860:
    jge label_345
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1861
    mov ecx, 4
.db 0x90
    call 140320710850576
L1861:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call casefold_list/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1862
    mov ecx, 1
    call 140320710850576
L1862:
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
    jl L1157
    ret
# label_L
label_343:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_345
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 75
    jne label_344
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L1157
    ret
# label_L
label_344:
# i_move_sd
    mov qword ptr [rbx+8], 191499
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1863
    mov ecx, 3
    call 140320710850576
L1863:
# call_light_bif_be
    align 4
L1864:
L1865:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L1864]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1157
    ret
# label_L
label_345:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1866
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1866:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# line_I
# i_call_ext_e
L1867:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_349
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp], rsi
    mov qword ptr [rbx], rdx
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rsp+16]
    test al, 2
    jne label_346
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+8], rsi
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rsp]
    cmp rdi, rsi
    short je L1868
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_346
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_346
L1868:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call casefold_list/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1869
    mov ecx, 1
    call 140320710850576
L1869:
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
    jl L1157
    ret
# label_L
label_346:
# i_move_sd
    mov qword ptr [rbx+8], 75
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_f
.db 0x66, 0x90
    call casefold_list/2
# is_integer_fs
    mov rdi, qword ptr [rsp]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1870
    test al, 1
    jne label_347
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_347
L1870:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1871
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1871:
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
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_347:
# is_list_fs
    mov rax, qword ptr [rsp]
    cmp rax, 59
    short je L1872
    test al, 2
    jne label_348
L1872:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1873:
L1874:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1873]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_348:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp '-inlined-append/2-'/2
# label_L
label_349:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_350
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 24
    jmp casefold_list/2
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
# string:casefold_bin/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x5B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
casefold_bin/3:
# i_breakpoint_trampoline
    short jmp L1875
.db 0x00
    call L1158
    align 8
L1875:
# i_test_yield
    lea rdx, qword ptr [casefold_bin/3+24]
    dec r14
    jle L1156
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_357
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L1877
# is_binary_header
    cmp al, 40
    short je L1876
    and al, -5
    cmp al, 32
    jne label_357
L1876:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1878
    mov qword ptr [rbx+24], rsi
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rsi, qword ptr [rbx+24]
L1878:
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
L1877:
    mov qword ptr [rbx+24], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+24]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx+8], rdi
# i_bs_get_utf8_Sfd
    mov rdi, qword ptr [rbx+24]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rdi, qword ptr [rdi+6]
    call 94919179750352
    mov rsp, rbp
    test eax, eax
    je label_355
    mov qword ptr [rbx+32], rax
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx+24]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_355
# is_ge_fss
    mov esi, 1055
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1879
    cmp rdi, rsi
    short jmp L1880
L1879:
    call 140320710848608
L1880:
    jl label_354
# is_ge_fss
    mov rsi, qword ptr [rbx]
    mov edi, 1455
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1881
    cmp rdi, rsi
    short jmp L1882
L1881:
    call 140320710848608
L1882:
    jl label_353
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+32]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L1883:
L1884:
    jge label_355
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov edx, 512
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1885
    mov rax, rsi
    add rax, rdx
    short jno L1886
L1885:
    call 140320710853080
L1886:
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1887
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1887:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 75
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x90
    call casefold_bin/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1888
    mov ecx, 1
    call 140320710850576
L1888:
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
    jl L1157
    ret
# label_L
label_353:
# is_lt_fss
    mov esi, 2063
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1889
    cmp rdi, rsi
    short jmp L1890
L1889:
    call 140320710848608
L1890:
    jge label_355
# label_L
label_354:
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+32]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L1891:
L1892:
    jge label_355
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1893
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L1893:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x90
    call casefold_bin/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1894
    mov ecx, 1
    call 140320710850576
L1894:
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
    jl L1157
    ret
# label_L
label_355:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1895
    mov ecx, 4
.db 0x90
    call 140320710850576
L1895:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# bs_set_position_SS
    mov rdi, qword ptr [rbx+24]
    mov rsi, qword ptr [rbx+8]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+24]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1896
    mov qword ptr [rbx+32], rdi
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rdi, qword ptr [rbx+32]
L1896:
    call 140320710849224
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1897
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1897:
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# line_I
# i_call_ext_e
L1898:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_366
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp], rsi
    mov qword ptr [rbx], rdx
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rsp]
    cmp rdi, rsi
    short je L1899
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_356
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_356
L1899:
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_ext_e
L1900:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_358
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x66, 0x90
    call casefold_bin/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1901
    mov ecx, 1
    call 140320710850576
L1901:
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
    jl L1157
    ret
# label_L
label_356:
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_ext_e
L1902:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_362
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_move_sd
    mov qword ptr [rbx+16], 75
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call casefold_bin/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1903
    mov ecx, 1
    call 140320710850576
L1903:
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
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_357:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1904
    mov ecx, 3
.db 0x90
    call 140320710850576
L1904:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# line_I
# i_call_ext_e
L1905:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_366
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp], rsi
    mov qword ptr [rbx], rdx
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rsp]
    cmp rdi, rsi
    short je L1906
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_361
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_361
L1906:
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_ext_e
L1907:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_358
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x66, 0x90
    call casefold_bin/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1908
    mov ecx, 1
    call 140320710850576
L1908:
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
    jl L1157
    ret
# label_L
label_358:
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_359
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_359
    cmp edi, 128
    jne label_364
    cmp qword ptr [rsi+6], 779
    jne label_364
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1909
    mov ecx, 1
    call 140320710850576
L1909:
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
    mov qword ptr [r15+8], 4747
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1910:
L1911:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1910]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_359:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_364
# is_eq_exact_fss
    cmp qword ptr [rsp+8], 75
    jne label_360
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1912
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1912:
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_360:
# i_move_sd
    mov qword ptr [rbx+8], 191499
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# call_light_bif_be
    align 4
L1913:
L1914:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L1913]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_361:
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_ext_e
L1915:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_362
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_move_sd
    mov qword ptr [rbx+16], 75
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call casefold_bin/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1916
    mov ecx, 1
    call 140320710850576
L1916:
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
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_362:
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_363
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_363
    cmp edi, 128
    jne label_365
    cmp qword ptr [rsi+6], 779
    jne label_365
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1917
    mov ecx, 1
    call 140320710850576
L1917:
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
    mov qword ptr [r15+8], 4747
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1918:
L1919:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1918]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_363:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_365
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1920
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1920:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_364:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_365:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_366:
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
label_367:
# i_func_info_IaaI
# string:trim_ls/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x5B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
trim_ls/2:
# i_breakpoint_trampoline
    short jmp L1921
.db 0x00
    call L1158
    align 8
L1921:
# i_test_yield
    lea rdx, qword ptr [trim_ls/2+24]
    dec r14
    jle L1156
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_370
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_370
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+32], rsi
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1922
    cmp rdi, rsi
    short jmp L1923
L1922:
    call 140320710848608
L1923:
    jge label_370
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1924
    cmp rdi, rsi
    short jmp L1925
L1924:
    call 140320710848608
L1925:
    jge label_370
# is_ne_exact_fss
    cmp qword ptr [rbx+16], 223
    je label_370
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L1926
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_369
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_369
L1926:
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp trim_ls/2
# label_L
label_369:
# return
    dec r14
    jl L1157
    ret
# label_L
label_370:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1927
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1927:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_call_only_f
    jmp trim_l/2
# func_line_I
# aligned_label_Lt
    align 8
label_371:
# i_func_info_IaaI
# string:trim_l/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x5B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
trim_l/2:
# i_breakpoint_trampoline
    short jmp L1928
.db 0x00
    call L1158
    align 8
L1928:
# i_test_yield
    lea rdx, qword ptr [trim_l/2+24]
    dec r14
    jle L1156
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_375
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_373
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+32], rsi
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1929
    cmp rdi, rsi
    short jmp L1930
L1929:
    call 140320710848608
L1930:
    jge label_373
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1931
    cmp rdi, rsi
    short jmp L1932
L1931:
    call 140320710848608
L1932:
    jge label_373
# is_ne_exact_fss
    cmp qword ptr [rbx+16], 223
    je label_375
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1933
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1933:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1934:
L1935:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L1934]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_377
# jump_f
    jmp label_376
# label_L
label_373:
# is_binary_fs
    mov rdi, qword ptr [rbx+16]
    rex test dil, 1
    jne label_375
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1937
    and al, -5
    cmp al, 32
    jne label_375
    short jmp L1936
L1937:
    cmp byte ptr [rdi+22], 0
    jne label_375
L1936:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1938
    mov ecx, 4
    call 140320710850576
L1938:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
    call bin_search_inv/3
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_374
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp trim_l/2
# label_L
label_374:
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1157
    ret
# label_L
label_375:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L1939
    test al, 2
    jne label_379
L1939:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1940
    mov ecx, 2
    call 140320710850576
L1940:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# line_I
# i_call_ext_e
L1941:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_378
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# line_I
# call_light_bif_be
    align 4
L1942:
L1943:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L1942]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_377
# label_L
label_376:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 24
    jmp trim_l/2
# label_L
label_377:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_378:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_381
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_379:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_371
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1945
    and al, -5
    cmp al, 32
    jne label_371
    short jmp L1944
L1945:
    cmp byte ptr [rdi+22], 0
    jne label_371
L1944:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1946
    mov ecx, 2
    call 140320710850576
L1946:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call bin_search_inv/3
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_380
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_382
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L1157
    ret
# label_L
label_380:
# i_move_sd
L1947:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L1157
    ret
# label_L
label_381:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_382:
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
label_383:
# i_func_info_IaaI
# string:trim_ts/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x5C, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
trim_ts/2:
# i_breakpoint_trampoline
    short jmp L1948
.db 0x00
    call L1158
    align 8
L1948:
# i_test_yield
    lea rdx, qword ptr [trim_ts/2+24]
    dec r14
    jle L1156
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_389
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L1949
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_388
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_388
L1949:
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_386
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+8], rsi
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1950
    cmp rdi, rsi
    short jmp L1951
L1950:
    call 140320710848608
L1951:
    jge label_387
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1952
    cmp rdi, rsi
    short jmp L1953
L1952:
    call 140320710848608
L1953:
    jge label_387
# is_ne_exact_fss
    cmp qword ptr [rbx+16], 223
    je label_387
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1954
    mov ecx, 4
    call 140320710850576
L1954:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call trim_ts/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call is_empty/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_385
# i_move_sd
    mov qword ptr [rbx], 59
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1157
    ret
# label_L
label_385:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1955
    xor ecx, ecx
    call 140320710850576
L1955:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1157
    ret
# label_L
label_386:
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_387
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L1157
    ret
# label_L
label_387:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1956
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1956:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# line_I
# i_call_f
.db 0x66, 0x90
    call search_pattern/1
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp trim_t/3
# label_L
label_388:
# is_integer_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1957
    test al, 1
    jne label_389
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_389
L1957:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1958
    mov ecx, 4
    call 140320710850576
L1958:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call trim_ts/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1959
    mov ecx, 1
    call 140320710850576
L1959:
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
    jl L1157
    ret
# label_L
label_389:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1960
    mov ecx, 2
.db 0x90
    call 140320710850576
L1960:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# line_I
# i_call_f
.db 0x66, 0x90
    call search_pattern/1
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp trim_t/3
# func_line_I
# aligned_label_Lt
    align 8
label_390:
# i_func_info_IaaI
# string:trim_t/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x5C, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
trim_t/3:
# i_breakpoint_trampoline
    short jmp L1961
.db 0x00
    call L1158
    align 8
L1961:
# i_test_yield
    lea rdx, qword ptr [trim_t/3+24]
    dec r14
    jle L1156
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_416
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+40], xmm0
# is_integer_fs
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1962
    test al, 1
    jne label_405
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_405
L1962:
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1963
    mov ecx, 7
    call 140320710850576
L1963:
    sub rsp, 40
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1964:
L1965:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L1964]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_404
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    mov qword ptr [rsp+32], rax
# line_I
# i_call_ext_e
L1966:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_434
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp+32], rsi
    mov qword ptr [rsp+16], rdx
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1967:
L1968:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L1967]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_398
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+16]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_f
.db 0x66, 0x90
    call trim_t/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call is_empty/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_392
# i_move_sd
    mov qword ptr [rbx], 59
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1157
    ret
# label_L
label_392:
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rsp+24]
    rex test sil, 1
    jne label_394
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L1970
# is_binary_header
    cmp al, 40
    short je L1969
    and al, -5
    cmp al, 32
    jne label_394
L1969:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1971
    mov qword ptr [rbx], rsi
    mov ecx, 1
    call 140320710850576
    mov rsi, qword ptr [rbx]
L1971:
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
L1970:
    mov qword ptr [rbx], rsi
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_394
# is_integer_fs
    mov rdi, qword ptr [rsp+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1972
    test al, 1
    jne label_393
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_393
L1972:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1973
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1973:
# put_cons_ss
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1157
    ret
# label_L
label_393:
# is_list_fs
    mov rax, qword ptr [rsp+32]
    cmp rax, 59
    short je L1974
    test al, 2
    jne label_394
L1974:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1157
    ret
# label_L
label_394:
# is_binary_fs
    mov rdi, qword ptr [rsp+24]
    rex test dil, 1
    jne label_395
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1976
    and al, -5
    cmp al, 32
    jne label_395
    short jmp L1975
L1976:
    cmp byte ptr [rdi+22], 0
    jne label_395
L1975:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1977
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1977:
# put_cons_ss
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1157
    ret
# label_L
label_395:
# is_integer_fs
    mov rdi, qword ptr [rsp+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1978
    test al, 1
    jne label_396
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_396
L1978:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1979
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1979:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1157
    ret
# label_L
label_396:
# is_list_fs
    mov rax, qword ptr [rsp+32]
    cmp rax, 59
    short je L1980
    test al, 2
    jne label_397
L1980:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L1981:
L1982:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1981]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1157
    ret
# label_L
label_397:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 40
    jmp '-inlined-append/2-'/2
# label_L
label_398:
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+16]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_f
.db 0x90
    call trim_t/3
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_400
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L1984
# is_binary_header
    cmp al, 40
    short je L1983
    and al, -5
    cmp al, 32
    jne label_400
L1983:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1985
    mov qword ptr [rbx+8], rsi
    mov ecx, 2
    call 140320710850576
    mov rsi, qword ptr [rbx+8]
L1985:
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
L1984:
    mov qword ptr [rbx+8], rsi
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_400
# is_integer_fs
    mov rdi, qword ptr [rsp+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1986
    test al, 1
    jne label_399
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_399
L1986:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1987
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1987:
# put_cons_ss
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1157
    ret
# label_L
label_399:
# is_list_fs
    mov rax, qword ptr [rsp+32]
    cmp rax, 59
    short je L1988
    test al, 2
    jne label_400
L1988:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1157
    ret
# label_L
label_400:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_401
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1990
    and al, -5
    cmp al, 32
    jne label_401
    short jmp L1989
L1990:
    cmp byte ptr [rdi+22], 0
    jne label_401
L1989:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1991
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1991:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1157
    ret
# label_L
label_401:
# is_integer_fs
    mov rdi, qword ptr [rsp+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1992
    test al, 1
    jne label_402
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_402
L1992:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1993
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1993:
# put_cons_ss
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1157
    ret
# label_L
label_402:
# is_list_fs
    mov rax, qword ptr [rsp+32]
    cmp rax, 59
    short je L1994
    test al, 2
    jne label_403
L1994:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1995:
L1996:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1995]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1157
    ret
# label_L
label_403:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp '-inlined-append/2-'/2
# label_L
label_404:
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+32], rdi
# i_trim_t
    add rsp, 32
# line_I
# i_call_f
.db 0x66, 0x90
    call trim_t/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1997
    mov ecx, 1
    call 140320710850576
L1997:
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
    jl L1157
    ret
# label_L
label_405:
# is_binary_fs
    mov rdi, qword ptr [rbx+24]
    rex test dil, 1
    jne label_416
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1999
    and al, -5
    cmp al, 32
    jne label_416
    short jmp L1998
L1999:
    cmp byte ptr [rdi+22], 0
    jne label_416
L1998:
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx+24]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L2001
L2000:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2002
    mov qword ptr [rbx+56], rsi
    mov ecx, 8
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rsi, qword ptr [rbx+56]
L2002:
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
L2001:
    mov qword ptr [rbx], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx+56], rdi
# i_bs_skip_bits2_SSft
    mov rax, qword ptr [rbx+8]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_437
    and rax, -16
    js label_437
    mov edx, 8
    mul rdx
    jo label_437
    sar rax, 4
    mov rdi, qword ptr [rbx]
    add rax, qword ptr [rdi+22]
    cmp rax, qword ptr [rdi+30]
    ja label_437
    mov qword ptr [rdi+22], rax
# allocate_tt
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L2003
    mov ecx, 8
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2003:
    sub rsp, 64
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+40]
    movups xmmword ptr [rsp+24], xmm0
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [rsp+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+56], rdi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2004
    mov qword ptr [rbx+56], rdi
    mov ecx, 8
.db 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+56]
L2004:
    call 140320710849224
    mov qword ptr [rsp], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_406
# init_yregs_I
    mov qword ptr [rsp+56], 59
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call bin_pattern/1
# call_light_bif_be
    align 4
L2005:
L2006:
    long mov rcx, 9223372036854775807
    mov rax, 94919179962992
    lea rdx, qword ptr [L2005]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2007
    mov ecx, 1
    call 140320710850576
L2007:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rsp+24]
    movups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+56], rdi
# label_L
label_406:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+48]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+32], rax
# line_I
# i_call_f
.db 0x90
    call bin_search/3
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_412
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp+32], rsi
    mov qword ptr [rbx+8], rdx
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov qword ptr [rsp+24], 59
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call bin_search_inv/3
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_407
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_binary_fs
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_435
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2009
    and al, -5
    cmp al, 32
    jne label_435
    short jmp L2008
L2009:
    cmp byte ptr [rdi+22], 0
    jne label_435
L2008:
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+40]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+8]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+8], rax
# i_minus_ssjd
# subtract without overflow check
    mov rax, qword ptr [rbx]
    mov rsi, qword ptr [rbx+8]
    and rsi, -16
    sub rax, rsi
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2010
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L2010:
# put_cons_ss
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+16], rdi
# i_call_last_ft
    add rsp, 64
    jmp trim_t/3
# label_L
label_407:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov qword ptr [rsp+56], 59
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call trim_t/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+56], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call is_empty/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_408
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+40]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+32]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+8], rax
# i_minus_ssjd
# subtract without overflow check
    mov rax, qword ptr [rbx]
    mov rsi, qword ptr [rbx+8]
    and rsi, -16
    sub rax, rsi
    mov qword ptr [rbx], rax
# bs_set_position_SS
    mov rdi, qword ptr [rsp+16]
    mov rsi, qword ptr [rsp+8]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# i_bs_get_binary2_Sftstd
    mov rax, qword ptr [rbx]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_436
    and rax, -16
    js label_436
    mov edx, 8
    mul rdx
    jo label_436
    sar rax, 4
    mov rsi, rax
    mov qword ptr [rbx-120], rsi
    mov rcx, qword ptr [rsp+16]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2011
    mov qword ptr [rbx+8], rcx
    mov ecx, 2
.db 0x90
    call 140320710850576
    mov rcx, qword ptr [rbx+8]
L2011:
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
    je label_436
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 64
# return
    dec r14
    jl L1157
    ret
# label_L
label_408:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    mov qword ptr [rsp+48], rax
# line_I
# i_call_f
.db 0x66, 0x90
    call cp_prefix/2
# is_ne_exact_fss
    cmp qword ptr [rsp+56], 59
    je label_411
# i_is_ne_exact_literal_fsc
L2013:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L2012
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jnz label_409
L2012:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_410
# label_L
label_409:
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx], rdi
# jump_f
    jmp label_411
# label_L
label_410:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2014
    mov ecx, 1
    call 140320710850576
L2014:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# label_L
label_411:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_414
# jump_f
    jmp label_413
# label_L
label_412:
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    add rdi, 16
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_f
.db 0x90
    call trim_t/3
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_414
# label_L
label_413:
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 64
# return
    dec r14
    jl L1157
    ret
# label_L
label_414:
# i_is_eq_exact_literal_fscI
L2015:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rsp+40]
    rex test dil, 1
    jne label_415
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_415
# deallocate_t
    add rsp, 64
# return
    dec r14
    jl L1157
    ret
# label_L
label_415:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2016
    mov ecx, 1
.db 0x90
    call 140320710850576
L2016:
# put_cons_ss
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 64
# return
    dec r14
    jl L1157
    ret
# label_L
label_416:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_430
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L2017
    test al, 2
    jne label_430
L2017:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2018
    mov ecx, 3
    call 140320710850576
L2018:
    sub rsp, 24
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+16], rdi
# line_I
# i_call_ext_e
L2019:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_429
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rsp], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2020:
L2021:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L2020]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_423
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+16], rax
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call trim_t/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call is_empty/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_417
# i_move_sd
    mov qword ptr [rbx], 59
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_417:
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rsp+16]
    rex test sil, 1
    jne label_419
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L2023
# is_binary_header
    cmp al, 40
    short je L2022
    and al, -5
    cmp al, 32
    jne label_419
L2022:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2024
    mov qword ptr [rbx], rsi
    mov ecx, 1
    call 140320710850576
    mov rsi, qword ptr [rbx]
L2024:
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
L2023:
    mov qword ptr [rbx], rsi
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_419
# is_integer_fs
    mov rdi, qword ptr [rsp+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2025
    test al, 1
    jne label_418
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_418
L2025:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2026
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2026:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_418:
# is_list_fs
    mov rax, qword ptr [rsp+8]
    cmp rax, 59
    short je L2027
    test al, 2
    jne label_419
L2027:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_419:
# is_binary_fs
    mov rdi, qword ptr [rsp+16]
    rex test dil, 1
    jne label_420
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2029
    and al, -5
    cmp al, 32
    jne label_420
    short jmp L2028
L2029:
    cmp byte ptr [rdi+22], 0
    jne label_420
L2028:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2030
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2030:
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
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
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_420:
# is_integer_fs
    mov rdi, qword ptr [rsp+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2031
    test al, 1
    jne label_421
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_421
L2031:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2032
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2032:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_421:
# is_list_fs
    mov rax, qword ptr [rsp+8]
    cmp rax, 59
    short je L2033
    test al, 2
    jne label_422
L2033:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L2034:
L2035:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L2034]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_422:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 24
    jmp '-inlined-append/2-'/2
# label_L
label_423:
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+16], rax
# line_I
# i_call_f
.db 0x66, 0x90
    call trim_t/3
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_425
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L2037
# is_binary_header
    cmp al, 40
    short je L2036
    and al, -5
    cmp al, 32
    jne label_425
L2036:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2038
    mov qword ptr [rbx+8], rsi
    mov ecx, 2
    call 140320710850576
    mov rsi, qword ptr [rbx+8]
L2038:
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
L2037:
    mov qword ptr [rbx+8], rsi
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_425
# is_integer_fs
    mov rdi, qword ptr [rsp+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2039
    test al, 1
    jne label_424
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_424
L2039:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2040
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2040:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_424:
# is_list_fs
    mov rax, qword ptr [rsp+8]
    cmp rax, 59
    short je L2041
    test al, 2
    jne label_425
L2041:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_425:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_426
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2043
    and al, -5
    cmp al, 32
    jne label_426
    short jmp L2042
L2043:
    cmp byte ptr [rdi+22], 0
    jne label_426
L2042:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2044
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L2044:
# put_cons_ss
    mov rdi, qword ptr [rbx]
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
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_426:
# is_integer_fs
    mov rdi, qword ptr [rsp+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2045
    test al, 1
    jne label_427
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_427
L2045:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2046
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L2046:
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
    jl L1157
    ret
# label_L
label_427:
# is_list_fs
    mov rax, qword ptr [rsp+8]
    cmp rax, 59
    short je L2047
    test al, 2
    jne label_428
L2047:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2048:
L2049:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L2048]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_428:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp '-inlined-append/2-'/2
# label_L
label_429:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_438
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_430:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_390
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2051
    and al, -5
    cmp al, 32
    jne label_390
    short jmp L2050
L2051:
    cmp byte ptr [rdi+22], 0
    jne label_390
L2050:
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L2053
L2052:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2054
    mov qword ptr [rbx+24], rsi
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
    mov rsi, qword ptr [rbx+24]
L2054:
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
L2053:
    mov qword ptr [rbx+24], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+24]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx+32], rdi
# i_bs_skip_bits2_SSft
    mov rax, qword ptr [rbx+8]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_442
    and rax, -16
    js label_442
    mov edx, 8
    mul rdx
    jo label_442
    sar rax, 4
    mov rdi, qword ptr [rbx+24]
    add rax, qword ptr [rdi+22]
    cmp rax, qword ptr [rdi+30]
    ja label_442
    mov qword ptr [rdi+22], rax
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2055
    mov ecx, 5
    call 140320710850576
L2055:
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
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+24]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2056
    mov qword ptr [rbx+32], rdi
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+32]
L2056:
    call 140320710849224
    mov qword ptr [rsp+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_431
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call bin_pattern/1
# call_light_bif_be
    align 4
L2057:
L2058:
    long mov rcx, 9223372036854775807
    mov rax, 94919179962992
    lea rdx, qword ptr [L2057]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2059
    mov ecx, 1
    call 140320710850576
L2059:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# label_L
label_431:
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_f
.db 0x66, 0x90
    call bin_search/3
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_433
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp+8], rsi
    mov qword ptr [rbx+8], rdx
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_441
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call bin_search_inv/3
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_432
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_439
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+40]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+8]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+8], rax
# i_minus_ssjd
# subtract without overflow check
    mov rax, qword ptr [rbx]
    mov rsi, qword ptr [rbx+8]
    and rsi, -16
    sub rax, rsi
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp trim_t/3
# label_L
label_432:
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+40]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+8]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+8], rax
# i_minus_ssjd
# subtract without overflow check
    mov rax, qword ptr [rbx]
    mov rsi, qword ptr [rbx+8]
    and rsi, -16
    sub rax, rsi
    mov qword ptr [rbx], rax
# bs_set_position_SS
    mov rdi, qword ptr [rsp+24]
    mov rsi, qword ptr [rsp+16]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# i_bs_get_binary2_Sftstd
    mov rax, qword ptr [rbx]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_440
    and rax, -16
    js label_440
    mov edx, 8
    mul rdx
    jo label_440
    sar rax, 4
    mov rsi, rax
    mov qword ptr [rbx-120], rsi
    mov rcx, qword ptr [rsp+24]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2060
    mov qword ptr [rbx+8], rcx
    mov ecx, 2
.db 0x90
    call 140320710850576
    mov rcx, qword ptr [rbx+8]
L2060:
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
    je label_440
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L1157
    ret
# label_L
label_433:
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L1157
    ret
# label_L
label_434:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_435:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_436:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_437:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_438:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_439:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_440:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_441:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_442:
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
label_443:
# i_func_info_IaaI
# string:take_l/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x5C, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
take_l/3:
# i_breakpoint_trampoline
    short jmp L2061
.db 0x00
    call L1158
    align 8
L2061:
# i_test_yield
    lea rdx, qword ptr [take_l/3+24]
    dec r14
    jle L1156
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_450
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_445
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+40], rsi
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L2062
    cmp rdi, rsi
    short jmp L2063
L2062:
    call 140320710848608
L2063:
    jge label_445
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L2064
    cmp rdi, rsi
    short jmp L2065
L2064:
    call 140320710848608
L2065:
    jge label_445
# is_ne_exact_fss
    cmp qword ptr [rbx+24], 223
    je label_450
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2066
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2066:
    sub rsp, 40
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2067:
L2068:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L2067]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_458
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2069
    xor ecx, ecx
.db 0x90
    call 140320710850576
L2069:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp take_l/3
# label_L
label_445:
# is_binary_fs
    mov rdi, qword ptr [rbx+24]
    rex test dil, 1
    jne label_450
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2071
    and al, -5
    cmp al, 32
    jne label_450
    short jmp L2070
L2071:
    cmp byte ptr [rdi+22], 0
    jne label_450
L2070:
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2072
    mov ecx, 5
.db 0x90
    call 140320710850576
L2072:
    sub rsp, 40
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x66, 0x90
    call bin_search_inv/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_449
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx], rsi
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_471
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2074
    and al, -5
    cmp al, 32
    jne label_471
    short jmp L2073
L2074:
    cmp byte ptr [rdi+22], 0
    jne label_471
L2073:
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+8]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+8], rax
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# i_minus_ssjd
# subtract without overflow check
    mov rax, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx]
    and rsi, -16
    sub rax, rsi
    mov qword ptr [rbx], rax
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rsp+8]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L2076
L2075:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2077
    mov qword ptr [rbx+8], rsi
    mov ecx, 2
.db 0x90
    call 140320710850576
    mov rsi, qword ptr [rbx+8]
L2077:
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
L2076:
    mov qword ptr [rbx+8], rsi
# i_bs_get_binary2_Sftstd
    mov rax, qword ptr [rbx]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_470
    and rax, -16
    js label_470
    mov edx, 8
    mul rdx
    jo label_470
    sar rax, 4
    mov rsi, rax
    mov qword ptr [rbx-120], rsi
    mov rcx, qword ptr [rbx+8]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2078
    mov qword ptr [rbx+16], rcx
    mov ecx, 3
    call 140320710850576
    mov rcx, qword ptr [rbx+16]
L2078:
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
    je label_470
    mov qword ptr [rsp+32], rax
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp+24]
    test al, 2
    jne label_448
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_446
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2079
    test al, 1
    jne label_446
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_446
L2079:
# line_I
# i_bs_create_bin_jItd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L2081
L2080:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L2081:
# calculate sizes
    xor r14d, r14d
# size utf8
    mov rdi, qword ptr [rbx]
    xor eax, eax
    mov al, 8
    cmp rdi, 2063
    short jl L2082
    mov al, 16
    cmp rdi, 32783
    short jl L2082
    mov al, 24
    cmp rdi, 1048591
    short jl L2082
    mov al, 32
L2082:
    add r14, rax
# size of an entire binary
    mov rdi, qword ptr [rbx+8]
    call 94919178212384
    mov rdi, qword ptr [rbx+8]
    mov ecx, 2064
    test rax, rax
    short js L2080
    add r14, rax
# allocate binary
    mov r8d, 3
    mov r9d, 2
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
    je L2080
# construct a binary segment
    mov rdx, 8
    mov rsi, qword ptr [rbx+8]
    mov rdi, r13
    call 94919179743696
    mov ecx, 2104
    test eax, eax
    je L2080
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx], rax
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
    add rsp, 40
# return
    dec r14
    jl L1157
    ret
# label_L
label_446:
# i_is_eq_exact_literal_fscI
L2083:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rsp+32]
    rex test dil, 1
    jne label_447
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_447
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+32], rdi
# i_trim_t
    add rsp, 32
# line_I
# i_call_ext_e
L2084:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2085
    mov ecx, 1
    call 140320710850576
L2085:
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
    jl L1157
    ret
# label_L
label_447:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+24], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_ext_e
L2086:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L2087
    mov ecx, 1
    call 140320710850576
L2087:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
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
    add rsp, 16
# return
    dec r14
    jl L1157
    ret
# label_L
label_448:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2088
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2088:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+32]
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
    jl L1157
    ret
# label_L
label_449:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x90
    call cp_prefix/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2089
    mov ecx, 1
    call 140320710850576
L2089:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_trim_t
    add rsp, 8
# line_I
# i_call_ext_e
L2090:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2091
    mov ecx, 1
    call 140320710850576
L2091:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp take_l/3
# label_L
label_450:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L2092
    test al, 2
    jne label_462
L2092:
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2093
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2093:
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
# line_I
# i_call_ext_e
L2094:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_460
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2095:
L2096:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L2095]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_458
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp+8]
    test al, 2
    jne label_451
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_451
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_451
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2098
    and al, -5
    cmp al, 32
    jne label_451
    short jmp L2097
L2098:
    cmp byte ptr [rdi+22], 0
    jne label_451
L2097:
# jump_f
    jmp label_453
# label_L
label_451:
# is_list_fs
    mov rax, qword ptr [rsp+8]
    cmp rax, 59
    short je L2099
    test al, 2
    jne label_452
L2099:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+8], rax
    mov qword ptr [rsp+32], rax
# line_I
# i_call_ext_e
L2100:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_453
# label_L
label_452:
# is_integer_fs
    mov rdi, qword ptr [rsp+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2101
    test al, 1
    jne label_457
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_457
L2101:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# label_L
label_453:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2102
    test al, 1
    jne label_454
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_454
L2102:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2103
    mov ecx, 1
.db 0x90
    call 140320710850576
L2103:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# jump_f
    jmp label_455
# label_L
label_454:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L2104
    test al, 2
    jne label_456
L2104:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# line_I
# call_light_bif_be
    align 4
L2105:
L2106:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L2105]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# label_L
label_455:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp take_l/3
# label_L
label_456:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 40
    jmp '-inlined-append/2-'/2
# label_L
label_457:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp '-inlined-rev/1-'/1
# label_L
label_458:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp+16]
    test al, 2
    jne label_459
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_459
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_459
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2108
    and al, -5
    cmp al, 32
    jne label_459
    short jmp L2107
L2108:
    cmp byte ptr [rdi+22], 0
    jne label_459
L2107:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2109
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L2109:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1157
    ret
# label_L
label_459:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 32
# line_I
# i_call_ext_e
L2110:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2111
    mov ecx, 1
    call 140320710850576
L2111:
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
    jl L1157
    ret
# label_L
label_460:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_472
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp+16]
    test al, 2
    jne label_461
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_461
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_461
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2113
    and al, -5
    cmp al, 32
    jne label_461
    short jmp L2112
L2113:
    cmp byte ptr [rdi+22], 0
    jne label_461
L2112:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2114
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2114:
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
    add rsp, 40
# return
    dec r14
    jl L1157
    ret
# label_L
label_461:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 40
# i_call_ext_e
L2115:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2116
    mov ecx, 1
    call 140320710850576
L2116:
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
    jl L1157
    ret
# label_L
label_462:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_443
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2118
    and al, -5
    cmp al, 32
    jne label_443
    short jmp L2117
L2118:
    cmp byte ptr [rdi+22], 0
    jne label_443
L2117:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2119
    mov ecx, 3
    call 140320710850576
L2119:
    sub rsp, 32
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# i_call_f
.db 0x66, 0x90
    call bin_search_inv/3
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_466
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp+8], rsi
    mov qword ptr [rbx+8], rdx
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_474
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+24]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+8]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+8], rax
# i_minus_ssjd
# subtract without overflow check
    mov rax, qword ptr [rbx]
    mov rsi, qword ptr [rbx+8]
    and rsi, -16
    sub rax, rsi
    mov qword ptr [rbx], rax
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rsp+24]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L2121
L2120:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2122
    mov qword ptr [rbx+8], rsi
    mov ecx, 2
.db 0x90
    call 140320710850576
    mov rsi, qword ptr [rbx+8]
L2122:
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
L2121:
    mov qword ptr [rbx+8], rsi
# i_bs_get_binary2_Sftstd
    mov rax, qword ptr [rbx]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_473
    and rax, -16
    js label_473
    mov edx, 8
    mul rdx
    jo label_473
    sar rax, 4
    mov rsi, rax
    mov qword ptr [rbx-120], rsi
    mov rcx, qword ptr [rbx+8]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2123
    mov qword ptr [rbx+16], rcx
    mov ecx, 3
    call 140320710850576
    mov rcx, qword ptr [rbx+16]
L2123:
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
    je label_473
    mov qword ptr [rsp], rax
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp+16]
    test al, 2
    jne label_465
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_463
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2124
    test al, 1
    jne label_463
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_463
L2124:
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
    short jmp L2126
L2125:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L2126:
# calculate sizes
    xor r14d, r14d
# size utf8
    mov rdi, qword ptr [rbx]
    xor eax, eax
    mov al, 8
    cmp rdi, 2063
    short jl L2127
    mov al, 16
    cmp rdi, 32783
    short jl L2127
    mov al, 24
    cmp rdi, 1048591
    short jl L2127
    mov al, 32
L2127:
    add r14, rax
# size of an entire binary
    mov rdi, qword ptr [rbx+8]
    call 94919178212384
    mov rdi, qword ptr [rbx+8]
    mov ecx, 2064
    test rax, rax
    short js L2125
    add r14, rax
# allocate binary
    mov r8d, 3
    mov r9d, 2
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
    je L2125
# construct a binary segment
    mov rdx, 8
    mov rsi, qword ptr [rbx+8]
    mov rdi, r13
    call 94919179743696
    mov ecx, 2104
    test eax, eax
    je L2125
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx], rax
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
    jl L1157
    ret
# label_L
label_463:
# i_is_eq_exact_literal_fscI
L2128:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rsp]
    rex test dil, 1
    jne label_464
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_464
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+24], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_ext_e
L2129:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2130
    mov ecx, 1
    call 140320710850576
L2130:
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
    jl L1157
    ret
# label_L
label_464:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_trim_t
    add rsp, 16
# line_I
# i_call_ext_e
L2131:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L2132
    mov ecx, 1
    call 140320710850576
L2132:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
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
    add rsp, 16
# return
    dec r14
    jl L1157
    ret
# label_L
label_465:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2133
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2133:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1157
    ret
# label_L
label_466:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp+16]
    test al, 2
    jne label_469
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_467
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2134
    test al, 1
    jne label_467
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_467
L2134:
# line_I
# i_bs_create_bin_jItd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L2136
L2135:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L2136:
# calculate sizes
    xor r14d, r14d
# size utf8
    mov rdi, qword ptr [rbx]
    xor eax, eax
    mov al, 8
    cmp rdi, 2063
    short jl L2137
    mov al, 16
    cmp rdi, 32783
    short jl L2137
    mov al, 24
    cmp rdi, 1048591
    short jl L2137
    mov al, 32
L2137:
    add r14, rax
# size of an entire binary
    mov rdi, qword ptr [rbx+8]
    call 94919178212384
    mov rdi, qword ptr [rbx+8]
    mov ecx, 2064
    test rax, rax
    short js L2135
    add r14, rax
# allocate binary
    mov r8d, 3
    mov r9d, 2
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
    je L2135
# construct a binary segment
    mov rdx, 8
    mov rsi, qword ptr [rbx+8]
    mov rdi, r13
    call 94919179743696
    mov ecx, 2104
    test eax, eax
    je L2135
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx], rax
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
L2138:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1157
    ret
# label_L
label_467:
# i_is_eq_exact_literal_fscI
L2139:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rsp+24]
    rex test dil, 1
    jne label_468
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_468
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 32
# line_I
# i_call_ext_e
L2140:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2141
    mov ecx, 1
    call 140320710850576
L2141:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
L2142:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L1157
    ret
# label_L
label_468:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_ext_e
L2143:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L2144
    mov ecx, 1
    call 140320710850576
L2144:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
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
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
L2145:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1157
    ret
# label_L
label_469:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2146
    xor ecx, ecx
.db 0x90
    call 140320710850576
L2146:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
L2147:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1157
    ret
# label_L
label_470:
# line_I
# badmatch_s
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_471:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rsp]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_472:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_473:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_474:
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
label_475:
# i_func_info_IaaI
# string:take_lc/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x5C, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
take_lc/3:
# i_breakpoint_trampoline
    short jmp L2148
.db 0x00
    call L1158
    align 8
L2148:
# i_test_yield
    lea rdx, qword ptr [take_lc/3+24]
    dec r14
    jle L1156
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_492
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+40], xmm0
# is_integer_fs
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2149
    test al, 1
    jne label_486
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_486
L2149:
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2150
    mov ecx, 7
    call 140320710850576
L2150:
    sub rsp, 48
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2151:
L2152:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L2151]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_485
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L2153:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_514
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2154:
L2155:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L2154]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_478
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp+24]
    test al, 2
    jne label_477
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_477
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_477
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2157
    and al, -5
    cmp al, 32
    jne label_477
    short jmp L2156
L2157:
    cmp byte ptr [rdi+22], 0
    jne label_477
L2156:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2158
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2158:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L1157
    ret
# label_L
label_477:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 40
# line_I
# i_call_ext_e
L2159:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2160
    mov ecx, 1
    call 140320710850576
L2160:
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
    jl L1157
    ret
# label_L
label_478:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp+16]
    test al, 2
    jne label_479
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_479
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_479
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2162
    and al, -5
    cmp al, 32
    jne label_479
    short jmp L2161
L2162:
    cmp byte ptr [rdi+22], 0
    jne label_479
L2161:
# jump_f
    jmp label_481
# label_L
label_479:
# is_list_fs
    mov rax, qword ptr [rsp+16]
    cmp rax, 59
    short je L2163
    test al, 2
    jne label_480
L2163:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+16], rax
    mov qword ptr [rsp+40], rax
# i_call_ext_e
L2164:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_481
# label_L
label_480:
# is_integer_fs
    mov rdi, qword ptr [rsp+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2165
    test al, 1
    jne label_484
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_484
L2165:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# label_L
label_481:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2166
    test al, 1
    jne label_482
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_482
L2166:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2167
    mov ecx, 1
.db 0x90
    call 140320710850576
L2167:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# jump_f
    jmp label_483
# label_L
label_482:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L2168
    test al, 2
    jne label_500
L2168:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+24], 59
# line_I
# call_light_bif_be
    align 4
L2169:
L2170:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L2169]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# label_L
label_483:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp take_lc/3
# label_L
label_484:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp '-inlined-rev/1-'/1
# label_L
label_485:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2171
    xor ecx, ecx
.db 0x90
    call 140320710850576
L2171:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp take_lc/3
# label_L
label_486:
# is_binary_fs
    mov rdi, qword ptr [rbx+24]
    rex test dil, 1
    jne label_492
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2173
    and al, -5
    cmp al, 32
    jne label_492
    short jmp L2172
L2173:
    cmp byte ptr [rdi+22], 0
    jne label_492
L2172:
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2174
    mov ecx, 7
    call 140320710850576
L2174:
    sub rsp, 48
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+40]
    movups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+32], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_487
# init_yregs_I
    mov qword ptr [rsp+40], 59
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call bin_pattern/1
# call_light_bif_be
    align 4
L2175:
L2176:
    long mov rcx, 9223372036854775807
    mov rax, 94919179962992
    lea rdx, qword ptr [L2175]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2177
    mov ecx, 1
    call 140320710850576
L2177:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+40], rdi
# label_L
label_487:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call bin_search/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_491
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx], rsi
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_516
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2179
    and al, -5
    cmp al, 32
    jne label_516
    short jmp L2178
L2179:
    cmp byte ptr [rdi+22], 0
    jne label_516
L2178:
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+16]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+8], rax
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# i_minus_ssjd
# subtract without overflow check
    mov rax, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx]
    and rsi, -16
    sub rax, rsi
    mov qword ptr [rbx], rax
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rsp+16]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L2181
L2180:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2182
    mov qword ptr [rbx+8], rsi
    mov ecx, 2
    call 140320710850576
    mov rsi, qword ptr [rbx+8]
L2182:
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
L2181:
    mov qword ptr [rbx+8], rsi
# i_bs_get_binary2_Sftstd
    mov rax, qword ptr [rbx]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_515
    and rax, -16
    js label_515
    mov edx, 8
    mul rdx
    jo label_515
    sar rax, 4
    mov rsi, rax
    mov qword ptr [rbx-120], rsi
    mov rcx, qword ptr [rbx+8]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2183
    mov qword ptr [rbx+16], rcx
    mov ecx, 3
    call 140320710850576
    mov rcx, qword ptr [rbx+16]
L2183:
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
    je label_515
    mov qword ptr [rsp+40], rax
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp+32]
    test al, 2
    jne label_490
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_488
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2184
    test al, 1
    jne label_488
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_488
L2184:
# line_I
# i_bs_create_bin_jItd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+8], rdi
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L2186
L2185:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L2186:
# calculate sizes
    xor r14d, r14d
# size utf8
    mov rdi, qword ptr [rbx]
    xor eax, eax
    mov al, 8
    cmp rdi, 2063
    short jl L2187
    mov al, 16
    cmp rdi, 32783
    short jl L2187
    mov al, 24
    cmp rdi, 1048591
    short jl L2187
    mov al, 32
L2187:
    add r14, rax
# size of an entire binary
    mov rdi, qword ptr [rbx+8]
    call 94919178212384
    mov rdi, qword ptr [rbx+8]
    mov ecx, 2064
    test rax, rax
    short js L2185
    add r14, rax
# allocate binary
    mov r8d, 3
    mov r9d, 2
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
    je L2185
# construct a binary segment
    mov rdx, 8
    mov rsi, qword ptr [rbx+8]
    mov rdi, r13
    call 94919179743696
    mov ecx, 2104
    test eax, eax
    je L2185
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx], rax
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
    add rsp, 48
# return
    dec r14
    jl L1157
    ret
# label_L
label_488:
# i_is_eq_exact_literal_fscI
L2188:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rsp+40]
    rex test dil, 1
    jne label_489
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_489
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+40], rdi
# i_trim_t
    add rsp, 40
# line_I
# i_call_ext_e
L2189:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2190
    mov ecx, 1
    call 140320710850576
L2190:
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
    jl L1157
    ret
# label_L
label_489:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+32], rdi
# i_trim_t
    add rsp, 32
# line_I
# i_call_ext_e
L2191:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L2192
    mov ecx, 1
    call 140320710850576
L2192:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
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
    add rsp, 16
# return
    dec r14
    jl L1157
    ret
# label_L
label_490:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2193
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2193:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L1157
    ret
# label_L
label_491:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+24], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x90
    call cp_prefix/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2194
    mov ecx, 1
    call 140320710850576
L2194:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_trim_t
    add rsp, 8
# line_I
# i_call_ext_e
L2195:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2196
    mov ecx, 1
    call 140320710850576
L2196:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp take_lc/3
# label_L
label_492:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L2197
    test al, 2
    jne label_504
L2197:
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2198
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2198:
    sub rsp, 48
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
# line_I
# i_call_ext_e
L2199:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_502
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2200:
L2201:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L2200]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_494
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp+24]
    test al, 2
    jne label_493
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_493
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_493
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2203
    and al, -5
    cmp al, 32
    jne label_493
    short jmp L2202
L2203:
    cmp byte ptr [rdi+22], 0
    jne label_493
L2202:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2204
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2204:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L1157
    ret
# label_L
label_493:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 40
# line_I
# i_call_ext_e
L2205:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2206
    mov ecx, 1
    call 140320710850576
L2206:
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
    jl L1157
    ret
# label_L
label_494:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp+8]
    test al, 2
    jne label_495
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_495
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_495
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2208
    and al, -5
    cmp al, 32
    jne label_495
    short jmp L2207
L2208:
    cmp byte ptr [rdi+22], 0
    jne label_495
L2207:
# jump_f
    jmp label_497
# label_L
label_495:
# is_list_fs
    mov rax, qword ptr [rsp+8]
    cmp rax, 59
    short je L2209
    test al, 2
    jne label_496
L2209:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+8], rax
    mov qword ptr [rsp+40], rax
# i_call_ext_e
L2210:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_497
# label_L
label_496:
# is_integer_fs
    mov rdi, qword ptr [rsp+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2211
    test al, 1
    jne label_501
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_501
L2211:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# label_L
label_497:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2212
    test al, 1
    jne label_498
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_498
L2212:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2213
    mov ecx, 1
.db 0x90
    call 140320710850576
L2213:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# jump_f
    jmp label_499
# label_L
label_498:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L2214
    test al, 2
    jne label_500
L2214:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+24], 59
# line_I
# call_light_bif_be
    align 4
L2215:
L2216:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L2215]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# label_L
label_499:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp take_lc/3
# label_L
label_500:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 48
    jmp '-inlined-append/2-'/2
# label_L
label_501:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp '-inlined-rev/1-'/1
# label_L
label_502:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_517
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp+24]
    test al, 2
    jne label_503
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_503
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_503
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2218
    and al, -5
    cmp al, 32
    jne label_503
    short jmp L2217
L2218:
    cmp byte ptr [rdi+22], 0
    jne label_503
L2217:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2219
    mov ecx, 1
    call 140320710850576
L2219:
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
    add rsp, 48
# return
    dec r14
    jl L1157
    ret
# label_L
label_503:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 48
# line_I
# i_call_ext_e
L2220:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2221
    mov ecx, 1
    call 140320710850576
L2221:
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
    jl L1157
    ret
# label_L
label_504:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_475
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2223
    and al, -5
    cmp al, 32
    jne label_475
    short jmp L2222
L2223:
    cmp byte ptr [rdi+22], 0
    jne label_475
L2222:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2224
    mov ecx, 4
    call 140320710850576
L2224:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+16], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_505
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call bin_pattern/1
# call_light_bif_be
    align 4
L2225:
L2226:
    long mov rcx, 9223372036854775807
    mov rax, 94919179962992
    lea rdx, qword ptr [L2225]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2227
    mov ecx, 1
    call 140320710850576
L2227:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+16], rdi
# jump_f
    jmp label_506
# label_L
label_505:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# label_L
label_506:
# i_move_sd
    mov qword ptr [rbx+8], 59
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+16], rax
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call bin_search/3
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_510
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp+16], rsi
    mov qword ptr [rbx+8], rdx
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_519
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+24]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+16]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+8], rax
# i_minus_ssjd
# subtract without overflow check
    mov rax, qword ptr [rbx]
    mov rsi, qword ptr [rbx+8]
    and rsi, -16
    sub rax, rsi
    mov qword ptr [rbx], rax
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rsp+24]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L2229
L2228:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2230
    mov qword ptr [rbx+8], rsi
    mov ecx, 2
.db 0x90
    call 140320710850576
    mov rsi, qword ptr [rbx+8]
L2230:
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
L2229:
    mov qword ptr [rbx+8], rsi
# i_bs_get_binary2_Sftstd
    mov rax, qword ptr [rbx]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_518
    and rax, -16
    js label_518
    mov edx, 8
    mul rdx
    jo label_518
    sar rax, 4
    mov rsi, rax
    mov qword ptr [rbx-120], rsi
    mov rcx, qword ptr [rbx+8]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2231
    mov qword ptr [rbx+16], rcx
    mov ecx, 3
    call 140320710850576
    mov rcx, qword ptr [rbx+16]
L2231:
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
    je label_518
    mov qword ptr [rsp], rax
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp+8]
    test al, 2
    jne label_509
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_507
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2232
    test al, 1
    jne label_507
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_507
L2232:
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
    short jmp L2234
L2233:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L2234:
# calculate sizes
    xor r14d, r14d
# size utf8
    mov rdi, qword ptr [rbx]
    xor eax, eax
    mov al, 8
    cmp rdi, 2063
    short jl L2235
    mov al, 16
    cmp rdi, 32783
    short jl L2235
    mov al, 24
    cmp rdi, 1048591
    short jl L2235
    mov al, 32
L2235:
    add r14, rax
# size of an entire binary
    mov rdi, qword ptr [rbx+8]
    call 94919178212384
    mov rdi, qword ptr [rbx+8]
    mov ecx, 2064
    test rax, rax
    short js L2233
    add r14, rax
# allocate binary
    mov r8d, 3
    mov r9d, 2
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
    je L2233
# construct a binary segment
    mov rdx, 8
    mov rsi, qword ptr [rbx+8]
    mov rdi, r13
    call 94919179743696
    mov ecx, 2104
    test eax, eax
    je L2233
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx], rax
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1157
    ret
# label_L
label_507:
# i_is_eq_exact_literal_fscI
L2236:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rsp]
    rex test dil, 1
    jne label_508
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_508
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsp+24], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_ext_e
L2237:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2238
    mov ecx, 1
    call 140320710850576
L2238:
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
    jl L1157
    ret
# label_L
label_508:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+24], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_ext_e
L2239:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L2240
    mov ecx, 1
    call 140320710850576
L2240:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
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
    add rsp, 16
# return
    dec r14
    jl L1157
    ret
# label_L
label_509:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2241
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2241:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1157
    ret
# label_L
label_510:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp+8]
    test al, 2
    jne label_513
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_511
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2242
    test al, 1
    jne label_511
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_511
L2242:
# line_I
# i_bs_create_bin_jItd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L2244
L2243:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L2244:
# calculate sizes
    xor r14d, r14d
# size utf8
    mov rdi, qword ptr [rbx]
    xor eax, eax
    mov al, 8
    cmp rdi, 2063
    short jl L2245
    mov al, 16
    cmp rdi, 32783
    short jl L2245
    mov al, 24
    cmp rdi, 1048591
    short jl L2245
    mov al, 32
L2245:
    add r14, rax
# size of an entire binary
    mov rdi, qword ptr [rbx+8]
    call 94919178212384
    mov rdi, qword ptr [rbx+8]
    mov ecx, 2064
    test rax, rax
    short js L2243
    add r14, rax
# allocate binary
    mov r8d, 3
    mov r9d, 2
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
    je L2243
# construct a binary segment
    mov rdx, 8
    mov rsi, qword ptr [rbx+8]
    mov rdi, r13
    call 94919179743696
    mov ecx, 2104
    test eax, eax
    je L2243
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx], rax
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
L2246:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1157
    ret
# label_L
label_511:
# i_is_eq_exact_literal_fscI
L2247:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rsp+24]
    rex test dil, 1
    jne label_512
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_512
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 32
# line_I
# i_call_ext_e
L2248:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2249
    mov ecx, 1
    call 140320710850576
L2249:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
L2250:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L1157
    ret
# label_L
label_512:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_ext_e
L2251:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L2252
    mov ecx, 1
    call 140320710850576
L2252:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
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
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
L2253:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1157
    ret
# label_L
label_513:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2254
    xor ecx, ecx
.db 0x90
    call 140320710850576
L2254:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
L2255:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1157
    ret
# label_L
label_514:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_515:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_516:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_517:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_518:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_519:
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
label_520:
# i_func_info_IaaI
# string:take_t/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x5D, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
take_t/3:
# i_breakpoint_trampoline
    short jmp L2256
.db 0x00
    call L1158
    align 8
L2256:
# i_test_yield
    lea rdx, qword ptr [take_t/3+24]
    dec r14
    jle L1156
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_555
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+40], xmm0
# is_integer_fs
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2257
    test al, 1
    jne label_540
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_540
L2257:
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2258
    mov ecx, 7
    call 140320710850576
L2258:
    sub rsp, 40
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2259:
L2260:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L2259]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_539
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    mov qword ptr [rsp+32], rax
# line_I
# i_call_ext_e
L2261:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_578
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp+32], rsi
    mov qword ptr [rsp+16], rdx
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2262:
L2263:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L2262]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_533
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+16]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_f
.db 0x66, 0x90
    call take_t/3
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call is_empty/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_527
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rsp+16]
    rex test sil, 1
    jne label_523
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L2265
# is_binary_header
    cmp al, 40
    short je L2264
    and al, -5
    cmp al, 32
    jne label_523
L2264:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2266
    mov qword ptr [rbx], rsi
    mov ecx, 1
.db 0x90
    call 140320710850576
    mov rsi, qword ptr [rbx]
L2266:
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
L2265:
    mov qword ptr [rbx], rsi
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_523
# is_integer_fs
    mov rdi, qword ptr [rsp+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2267
    test al, 1
    jne label_522
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_522
L2267:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2268
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2268:
# put_cons_ss
    mov rdi, qword ptr [rsp+32]
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
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
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
    jl L1157
    ret
# label_L
label_522:
# is_list_fs
    mov rax, qword ptr [rsp+32]
    cmp rax, 59
    short je L2269
    test al, 2
    jne label_523
L2269:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2270
    xor ecx, ecx
    call 140320710850576
L2270:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rsp+24]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1157
    ret
# label_L
label_523:
# is_binary_fs
    mov rdi, qword ptr [rsp+16]
    rex test dil, 1
    jne label_524
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2272
    and al, -5
    cmp al, 32
    jne label_524
    short jmp L2271
L2272:
    cmp byte ptr [rdi+22], 0
    jne label_524
L2271:
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L2273
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2273:
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+32]
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
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
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
    jl L1157
    ret
# label_L
label_524:
# is_integer_fs
    mov rdi, qword ptr [rsp+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2274
    test al, 1
    jne label_525
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_525
L2274:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2275
    xor ecx, ecx
    call 140320710850576
L2275:
# put_cons_ss
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
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
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
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
    jl L1157
    ret
# label_L
label_525:
# is_list_fs
    mov rax, qword ptr [rsp+32]
    cmp rax, 59
    short je L2276
    test al, 2
    jne label_526
L2276:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+32], 59
# i_trim_t
    add rsp, 24
# line_I
# call_light_bif_be
    align 4
L2277:
L2278:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L2277]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2279
    mov ecx, 1
    call 140320710850576
L2279:
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
    jl L1157
    ret
# label_L
label_526:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp '-inlined-append/2-'/2
# label_L
label_527:
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rsp+24]
    rex test sil, 1
    jne label_529
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L2281
# is_binary_header
    cmp al, 40
    short je L2280
    and al, -5
    cmp al, 32
    jne label_529
L2280:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2282
    mov qword ptr [rbx], rsi
    mov ecx, 1
.db 0x90
    call 140320710850576
    mov rsi, qword ptr [rbx]
L2282:
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
L2281:
    mov qword ptr [rbx], rsi
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_529
# is_integer_fs
    mov rdi, qword ptr [rsp+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2283
    test al, 1
    jne label_528
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_528
L2283:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2284
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2284:
# put_cons_ss
    mov rdi, qword ptr [rsp+32]
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
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1157
    ret
# label_L
label_528:
# is_list_fs
    mov rax, qword ptr [rsp+32]
    cmp rax, 59
    short je L2285
    test al, 2
    jne label_529
L2285:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2286
    xor ecx, ecx
    call 140320710850576
L2286:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1157
    ret
# label_L
label_529:
# is_binary_fs
    mov rdi, qword ptr [rsp+24]
    rex test dil, 1
    jne label_530
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2288
    and al, -5
    cmp al, 32
    jne label_530
    short jmp L2287
L2288:
    cmp byte ptr [rdi+22], 0
    jne label_530
L2287:
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L2289
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2289:
# put_cons_ss
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+32]
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1157
    ret
# label_L
label_530:
# is_integer_fs
    mov rdi, qword ptr [rsp+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2290
    test al, 1
    jne label_531
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_531
L2290:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2291
    xor ecx, ecx
    call 140320710850576
L2291:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1157
    ret
# label_L
label_531:
# is_list_fs
    mov rax, qword ptr [rsp+32]
    cmp rax, 59
    short je L2292
    test al, 2
    jne label_532
L2292:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx], xmm0
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+24]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# call_light_bif_be
    align 4
L2293:
L2294:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L2293]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2295
    mov ecx, 1
    call 140320710850576
L2295:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1157
    ret
# label_L
label_532:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 40
    jmp '-inlined-append/2-'/2
# label_L
label_533:
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+16]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_f
.db 0x66, 0x90
    call take_t/3
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+24], rdi
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_535
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L2297
# is_binary_header
    cmp al, 40
    short je L2296
    and al, -5
    cmp al, 32
    jne label_535
L2296:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2298
    mov qword ptr [rbx+16], rsi
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rsi, qword ptr [rbx+16]
L2298:
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
L2297:
    mov qword ptr [rbx], rsi
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_535
# is_integer_fs
    mov rdi, qword ptr [rsp+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2299
    test al, 1
    jne label_534
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_534
L2299:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2300
    xor ecx, ecx
.db 0x90
    call 140320710850576
L2300:
# put_cons_ss
    mov rdi, qword ptr [rsp+32]
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
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1157
    ret
# label_L
label_534:
# is_list_fs
    mov rax, qword ptr [rsp+32]
    cmp rax, 59
    short je L2301
    test al, 2
    jne label_535
L2301:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2302
    xor ecx, ecx
    call 140320710850576
L2302:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1157
    ret
# label_L
label_535:
# is_binary_fs
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_536
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2304
    and al, -5
    cmp al, 32
    jne label_536
    short jmp L2303
L2304:
    cmp byte ptr [rdi+22], 0
    jne label_536
L2303:
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L2305
    mov ecx, 2
    call 140320710850576
L2305:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+32]
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1157
    ret
# label_L
label_536:
# is_integer_fs
    mov rdi, qword ptr [rsp+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2306
    test al, 1
    jne label_537
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_537
L2306:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2307
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L2307:
# put_cons_ss
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
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
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1157
    ret
# label_L
label_537:
# is_list_fs
    mov rax, qword ptr [rsp+32]
    cmp rax, 59
    short je L2308
    test al, 2
    jne label_538
L2308:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+32], 59
# line_I
# call_light_bif_be
    align 4
L2309:
L2310:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L2309]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2311
    mov ecx, 1
    call 140320710850576
L2311:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1157
    ret
# label_L
label_538:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp '-inlined-append/2-'/2
# label_L
label_539:
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+32], rdi
# i_trim_t
    add rsp, 32
# line_I
# i_call_f
.db 0x66, 0x90
    call take_t/3
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2312
    mov ecx, 1
    call 140320710850576
L2312:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
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
    jl L1157
    ret
# label_L
label_540:
# is_binary_fs
    mov rdi, qword ptr [rbx+24]
    rex test dil, 1
    jne label_555
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2314
    and al, -5
    cmp al, 32
    jne label_555
    short jmp L2313
L2314:
    cmp byte ptr [rdi+22], 0
    jne label_555
L2313:
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx+24]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L2316
L2315:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2317
    mov qword ptr [rbx+56], rsi
    mov ecx, 8
    call 140320710850576
    mov rsi, qword ptr [rbx+56]
L2317:
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
L2316:
    mov qword ptr [rbx], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx+56], rdi
# i_bs_skip_bits2_SSft
    mov rax, qword ptr [rbx+8]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_581
    and rax, -16
    js label_581
    mov edx, 8
    mul rdx
    jo label_581
    sar rax, 4
    mov rdi, qword ptr [rbx]
    add rax, qword ptr [rdi+22]
    cmp rax, qword ptr [rdi+30]
    ja label_581
    mov qword ptr [rdi+22], rax
# allocate_tt
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L2318
    mov ecx, 8
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2318:
    sub rsp, 64
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+40]
    movups xmmword ptr [rsp+24], xmm0
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [rsp+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+56], rdi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2319
    mov qword ptr [rbx+56], rdi
    mov ecx, 8
.db 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+56]
L2319:
    call 140320710849224
    mov qword ptr [rsp], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_541
# init_yregs_I
    mov qword ptr [rsp+56], 59
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call bin_pattern/1
# call_light_bif_be
    align 4
L2320:
L2321:
    long mov rcx, 9223372036854775807
    mov rax, 94919179962992
    lea rdx, qword ptr [L2320]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2322
    mov ecx, 1
    call 140320710850576
L2322:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rsp+24]
    movups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+56], rdi
# label_L
label_541:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+48]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+32], rax
# line_I
# i_call_f
.db 0x90
    call bin_search/3
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_551
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp+32], rsi
    mov qword ptr [rbx+8], rdx
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov qword ptr [rsp+24], 59
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call bin_search_inv/3
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_542
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_binary_fs
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_579
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2324
    and al, -5
    cmp al, 32
    jne label_579
    short jmp L2323
L2324:
    cmp byte ptr [rdi+22], 0
    jne label_579
L2323:
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+40]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+8]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+8], rax
# i_minus_ssjd
# subtract without overflow check
    mov rax, qword ptr [rbx]
    mov rsi, qword ptr [rbx+8]
    and rsi, -16
    sub rax, rsi
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2325
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L2325:
# put_cons_ss
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+16], rdi
# i_call_last_ft
    add rsp, 64
    jmp take_t/3
# label_L
label_542:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov qword ptr [rsp+56], 59
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call take_t/3
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+56], rdi
# swap_dd
    mov rdi, qword ptr [rsp+48]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+48], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+24], 59
# line_I
# i_call_f
.db 0x90
    call cp_prefix/2
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+48]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call is_empty/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_546
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+40]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+32]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+8], rax
# i_minus_ssjd
# subtract without overflow check
    mov rax, qword ptr [rbx]
    mov rsi, qword ptr [rbx+8]
    and rsi, -16
    sub rax, rsi
    mov qword ptr [rbx], rax
# bs_set_position_SS
    mov rdi, qword ptr [rsp+16]
    mov rsi, qword ptr [rsp+8]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# i_bs_get_binary2_Sftstd
    mov rax, qword ptr [rbx]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_580
    and rax, -16
    js label_580
    mov edx, 8
    mul rdx
    jo label_580
    sar rax, 4
    mov rsi, rax
    mov qword ptr [rbx-120], rsi
    mov rcx, qword ptr [rsp+16]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2326
    mov qword ptr [rbx+8], rcx
    mov ecx, 2
.db 0x90
    call 140320710850576
    mov rcx, qword ptr [rbx+8]
L2326:
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
    je label_580
    mov qword ptr [rbx], rax
# bs_get_tail_Sdt
    mov rdi, qword ptr [rsp+16]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2327
    mov qword ptr [rbx+8], rdi
    mov ecx, 2
    call 140320710850576
    mov rdi, qword ptr [rbx+8]
L2327:
    call 140320710849224
    mov qword ptr [rbx+8], rax
# is_ne_exact_fss
    cmp qword ptr [rsp+24], 59
    je label_544
# i_is_eq_exact_literal_fscI
L2328:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_543
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_543
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# jump_f
    jmp label_544
# label_L
label_543:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2329
    mov ecx, 2
    call 140320710850576
L2329:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# label_L
label_544:
# is_nil_fS
    cmp qword ptr [rsp+56], 59
    jne label_545
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2330
    mov ecx, 2
    call 140320710850576
L2330:
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
    add rsp, 64
# return
    dec r14
    jl L1157
    ret
# label_L
label_545:
# i_is_ne_exact_literal_fsc
L2332:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L2331
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jnz label_547
L2331:
# is_ne_exact_fss
    cmp qword ptr [rbx+8], 59
    je label_547
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2333
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L2333:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [r15+8], rdi
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
    add rsp, 64
# return
    dec r14
    jl L1157
    ret
# label_L
label_546:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2334
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2334:
# put_cons_ss
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    mov ecx, 5
    rep stos qword ptr [rdi], rax
# line_I
# i_call_ext_e
L2335:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# is_nil_fS
    cmp qword ptr [rsp+48], 59
    jne label_548
# label_L
label_547:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2336
    mov ecx, 1
    call 140320710850576
L2336:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 64
# return
    dec r14
    jl L1157
    ret
# label_L
label_548:
# i_is_ne_exact_literal_fsc
L2338:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L2337
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jnz label_549
L2337:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_550
# label_L
label_549:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2339
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2339:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rsp+48]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 64
# return
    dec r14
    jl L1157
    ret
# label_L
label_550:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2340
    mov ecx, 1
.db 0x90
    call 140320710850576
L2340:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+48]
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
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 64
# return
    dec r14
    jl L1157
    ret
# label_L
label_551:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    mov qword ptr [rsp+48], rax
# line_I
# i_call_f
.db 0x66, 0x90
    call cp_prefix/2
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+56], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 15
# init_yregs_I
    mov qword ptr [rsp+32], 59
# line_I
# i_call_f
.db 0x90
    call take_t/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2341
    mov ecx, 1
    call 140320710850576
L2341:
# put_cons_ss
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+56], rdi
# init_yregs_I
    mov qword ptr [rsp+40], 59
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L2342:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+56]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_552
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2343
    mov ecx, 3
    call 140320710850576
L2343:
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
    add rsp, 64
# return
    dec r14
    jl L1157
    ret
# label_L
label_552:
# i_is_ne_exact_literal_fsc
L2345:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L2344
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jnz label_553
L2344:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_554
# label_L
label_553:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2346
    mov ecx, 3
.db 0x90
    call 140320710850576
L2346:
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
# deallocate_t
    add rsp, 64
# return
    dec r14
    jl L1157
    ret
# label_L
label_554:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2347
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L2347:
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 64
# return
    dec r14
    jl L1157
    ret
# label_L
label_555:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_574
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L2348
    test al, 2
    jne label_574
L2348:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2349
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L2349:
    sub rsp, 24
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+16], rdi
# line_I
# i_call_ext_e
L2350:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_573
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rsp], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2351:
L2352:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L2351]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_567
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+16], rax
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call take_t/3
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp+16], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call is_empty/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_561
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rsp]
    rex test sil, 1
    jne label_557
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L2354
# is_binary_header
    cmp al, 40
    short je L2353
    and al, -5
    cmp al, 32
    jne label_557
L2353:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2355
    mov qword ptr [rbx], rsi
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
    mov rsi, qword ptr [rbx]
L2355:
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
L2354:
    mov qword ptr [rbx], rsi
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_557
# is_integer_fs
    mov rdi, qword ptr [rsp+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2356
    test al, 1
    jne label_556
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_556
L2356:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2357
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2357:
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
    mov rdi, qword ptr [rsp+16]
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
    jl L1157
    ret
# label_L
label_556:
# is_list_fs
    mov rax, qword ptr [rsp+8]
    cmp rax, 59
    short je L2358
    test al, 2
    jne label_557
L2358:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2359
    xor ecx, ecx
    call 140320710850576
L2359:
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
    jl L1157
    ret
# label_L
label_557:
# is_binary_fs
    mov rdi, qword ptr [rsp]
    rex test dil, 1
    jne label_558
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2361
    and al, -5
    cmp al, 32
    jne label_558
    short jmp L2360
L2361:
    cmp byte ptr [rdi+22], 0
    jne label_558
L2360:
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L2362
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2362:
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
    mov rdi, qword ptr [rsp+16]
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
    jl L1157
    ret
# label_L
label_558:
# is_integer_fs
    mov rdi, qword ptr [rsp+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2363
    test al, 1
    jne label_559
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_559
L2363:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2364
    xor ecx, ecx
.db 0x90
    call 140320710850576
L2364:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rsp], 1
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
    mov rdi, qword ptr [rsp+16]
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
    jl L1157
    ret
# label_L
label_559:
# is_list_fs
    mov rax, qword ptr [rsp+8]
    cmp rax, 59
    short je L2365
    test al, 2
    jne label_560
L2365:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# i_trim_t
    add rsp, 16
# line_I
# call_light_bif_be
    align 4
L2366:
L2367:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L2366]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2368
    mov ecx, 1
    call 140320710850576
L2368:
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
    jl L1157
    ret
# label_L
label_560:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 24
    jmp '-inlined-append/2-'/2
# label_L
label_561:
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rsp+16]
    rex test sil, 1
    jne label_563
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L2370
# is_binary_header
    cmp al, 40
    short je L2369
    and al, -5
    cmp al, 32
    jne label_563
L2369:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2371
    mov qword ptr [rbx], rsi
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rsi, qword ptr [rbx]
L2371:
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
L2370:
    mov qword ptr [rbx], rsi
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_563
# is_integer_fs
    mov rdi, qword ptr [rsp+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2372
    test al, 1
    jne label_562
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_562
L2372:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2373
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2373:
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
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_562:
# is_list_fs
    mov rax, qword ptr [rsp+8]
    cmp rax, 59
    short je L2374
    test al, 2
    jne label_563
L2374:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2375
    xor ecx, ecx
.db 0x90
    call 140320710850576
L2375:
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
    jl L1157
    ret
# label_L
label_563:
# is_binary_fs
    mov rdi, qword ptr [rsp+16]
    rex test dil, 1
    jne label_564
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2377
    and al, -5
    cmp al, 32
    jne label_564
    short jmp L2376
L2377:
    cmp byte ptr [rdi+22], 0
    jne label_564
L2376:
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L2378
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2378:
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_564:
# is_integer_fs
    mov rdi, qword ptr [rsp+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2379
    test al, 1
    jne label_565
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_565
L2379:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2380
    xor ecx, ecx
.db 0x90
    call 140320710850576
L2380:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rsp+8]
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_565:
# is_list_fs
    mov rax, qword ptr [rsp+8]
    cmp rax, 59
    short je L2381
    test al, 2
    jne label_566
L2381:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [rbx], xmm0
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# call_light_bif_be
    align 4
L2382:
L2383:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L2382]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2384
    mov ecx, 1
    call 140320710850576
L2384:
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
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_566:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 24
    jmp '-inlined-append/2-'/2
# label_L
label_567:
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+16], rax
# line_I
# i_call_f
    call take_t/3
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+16], rdi
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_569
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L2386
# is_binary_header
    cmp al, 40
    short je L2385
    and al, -5
    cmp al, 32
    jne label_569
L2385:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2387
    mov qword ptr [rbx+16], rsi
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rsi, qword ptr [rbx+16]
L2387:
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
L2386:
    mov qword ptr [rbx], rsi
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_569
# is_integer_fs
    mov rdi, qword ptr [rsp+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2388
    test al, 1
    jne label_568
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_568
L2388:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2389
    xor ecx, ecx
.db 0x90
    call 140320710850576
L2389:
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
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_568:
# is_list_fs
    mov rax, qword ptr [rsp+8]
    cmp rax, 59
    short je L2390
    test al, 2
    jne label_569
L2390:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2391
    xor ecx, ecx
    call 140320710850576
L2391:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_569:
# is_binary_fs
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_570
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2393
    and al, -5
    cmp al, 32
    jne label_570
    short jmp L2392
L2393:
    cmp byte ptr [rdi+22], 0
    jne label_570
L2392:
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L2394
    mov ecx, 2
    call 140320710850576
L2394:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_570:
# is_integer_fs
    mov rdi, qword ptr [rsp+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2395
    test al, 1
    jne label_571
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_571
L2395:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2396
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L2396:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
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
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_571:
# is_list_fs
    mov rax, qword ptr [rsp+8]
    cmp rax, 59
    short je L2397
    test al, 2
    jne label_572
L2397:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 16
# line_I
# call_light_bif_be
    align 4
L2398:
L2399:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L2398]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2400
    mov ecx, 1
    call 140320710850576
L2400:
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
    jl L1157
    ret
# label_L
label_572:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp '-inlined-append/2-'/2
# label_L
label_573:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_582
# i_move_sd
L2401:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_574:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_520
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2403
    and al, -5
    cmp al, 32
    jne label_520
    short jmp L2402
L2403:
    cmp byte ptr [rdi+22], 0
    jne label_520
L2402:
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L2405
L2404:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2406
    mov qword ptr [rbx+24], rsi
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
    mov rsi, qword ptr [rbx+24]
L2406:
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
L2405:
    mov qword ptr [rbx+24], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+24]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx+32], rdi
# i_bs_skip_bits2_SSft
    mov rax, qword ptr [rbx+8]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_586
    and rax, -16
    js label_586
    mov edx, 8
    mul rdx
    jo label_586
    sar rax, 4
    mov rdi, qword ptr [rbx+24]
    add rax, qword ptr [rdi+22]
    cmp rax, qword ptr [rdi+30]
    ja label_586
    mov qword ptr [rdi+22], rax
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2407
    mov ecx, 5
    call 140320710850576
L2407:
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
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+24]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2408
    mov qword ptr [rbx+32], rdi
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+32]
L2408:
    call 140320710849224
    mov qword ptr [rsp+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_575
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call bin_pattern/1
# call_light_bif_be
    align 4
L2409:
L2410:
    long mov rcx, 9223372036854775807
    mov rax, 94919179962992
    lea rdx, qword ptr [L2409]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2411
    mov ecx, 1
    call 140320710850576
L2411:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# label_L
label_575:
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_f
.db 0x66, 0x90
    call bin_search/3
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_577
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp+8], rsi
    mov qword ptr [rbx+8], rdx
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_585
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call bin_search_inv/3
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_576
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_583
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+40]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+8]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+8], rax
# i_minus_ssjd
# subtract without overflow check
    mov rax, qword ptr [rbx]
    mov rsi, qword ptr [rbx+8]
    and rsi, -16
    sub rax, rsi
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp take_t/3
# label_L
label_576:
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+40]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+8]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+8], rax
# i_minus_ssjd
# subtract without overflow check
    mov rax, qword ptr [rbx]
    mov rsi, qword ptr [rbx+8]
    and rsi, -16
    sub rax, rsi
    mov qword ptr [rbx], rax
# bs_set_position_SS
    mov rdi, qword ptr [rsp+24]
    mov rsi, qword ptr [rsp+16]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# i_bs_get_binary2_Sftstd
    mov rax, qword ptr [rbx]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_584
    and rax, -16
    js label_584
    mov edx, 8
    mul rdx
    jo label_584
    sar rax, 4
    mov rsi, rax
    mov qword ptr [rbx-120], rsi
    mov rcx, qword ptr [rsp+24]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2412
    mov qword ptr [rbx+8], rcx
    mov ecx, 2
.db 0x90
    call 140320710850576
    mov rcx, qword ptr [rbx+8]
L2412:
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
    je label_584
    mov qword ptr [rbx], rax
# bs_get_tail_Sdt
    mov rdi, qword ptr [rsp+24]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2413
    mov qword ptr [rbx+8], rdi
    mov ecx, 2
    call 140320710850576
    mov rdi, qword ptr [rbx+8]
L2413:
    call 140320710849224
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2414
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L2414:
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
    add rsp, 48
# return
    dec r14
    jl L1157
    ret
# label_L
label_577:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2415
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2415:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15+8], rdi
L2416:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L1157
    ret
# label_L
label_578:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_579:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_580:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_581:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_582:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_583:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_584:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_585:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_586:
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
label_587:
# i_func_info_IaaI
# string:take_tc/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x5D, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
take_tc/3:
# i_breakpoint_trampoline
    short jmp L2417
.db 0x00
    call L1158
    align 8
L2417:
# i_test_yield
    lea rdx, qword ptr [take_tc/3+24]
    dec r14
    jle L1156
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_621
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_606
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+40], rsi
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L2418
    cmp rdi, rsi
    short jmp L2419
L2418:
    call 140320710848608
L2419:
    jge label_606
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L2420
    cmp rdi, rsi
    short jmp L2421
L2420:
    call 140320710848608
L2421:
    jge label_606
# is_ne_exact_fss
    cmp qword ptr [rbx+24], 223
    je label_621
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2422
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2422:
    sub rsp, 24
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+16], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2423:
L2424:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L2423]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_594
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_f
.db 0x66, 0x90
    call take_tc/3
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+16], rdi
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_590
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L2426
# is_binary_header
    cmp al, 40
    short je L2425
    and al, -5
    cmp al, 32
    jne label_590
L2425:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2427
    mov qword ptr [rbx+16], rsi
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rsi, qword ptr [rbx+16]
L2427:
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
L2426:
    mov qword ptr [rbx], rsi
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_590
# is_integer_fs
    mov rdi, qword ptr [rsp]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2428
    test al, 1
    jne label_589
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_589
L2428:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2429
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2429:
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
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_589:
# is_list_fs
    mov rax, qword ptr [rsp]
    cmp rax, 59
    short je L2430
    test al, 2
    jne label_590
L2430:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2431
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2431:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_590:
# is_binary_fs
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_591
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2433
    and al, -5
    cmp al, 32
    jne label_591
    short jmp L2432
L2433:
    cmp byte ptr [rdi+22], 0
    jne label_591
L2432:
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L2434
    mov ecx, 2
.db 0x90
    call 140320710850576
L2434:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp]
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_591:
# is_integer_fs
    mov rdi, qword ptr [rsp]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2435
    test al, 1
    jne label_592
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_592
L2435:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2436
    mov ecx, 2
    call 140320710850576
L2436:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
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
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_592:
# is_list_fs
    mov rax, qword ptr [rsp]
    cmp rax, 59
    short je L2437
    test al, 2
    jne label_593
L2437:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 16
# line_I
# call_light_bif_be
    align 4
L2438:
L2439:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L2438]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2440
    mov ecx, 1
    call 140320710850576
L2440:
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
    jl L1157
    ret
# label_L
label_593:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp '-inlined-append/2-'/2
# label_L
label_594:
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_f
    call take_tc/3
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call is_empty/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_600
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rsp+8]
    rex test sil, 1
    jne label_596
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L2442
# is_binary_header
    cmp al, 40
    short je L2441
    and al, -5
    cmp al, 32
    jne label_596
L2441:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2443
    mov qword ptr [rbx], rsi
    mov ecx, 1
.db 0x90
    call 140320710850576
    mov rsi, qword ptr [rbx]
L2443:
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
L2442:
    mov qword ptr [rbx], rsi
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_596
# is_integer_fs
    mov rdi, qword ptr [rsp]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2444
    test al, 1
    jne label_595
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_595
L2444:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2445
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2445:
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
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_595:
# is_list_fs
    mov rax, qword ptr [rsp]
    cmp rax, 59
    short je L2446
    test al, 2
    jne label_596
L2446:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2447
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2447:
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
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_596:
# is_binary_fs
    mov rdi, qword ptr [rsp+8]
    rex test dil, 1
    jne label_597
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2449
    and al, -5
    cmp al, 32
    jne label_597
    short jmp L2448
L2449:
    cmp byte ptr [rdi+22], 0
    jne label_597
L2448:
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L2450
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2450:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp]
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
    mov rdi, qword ptr [rsp+16]
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
    jl L1157
    ret
# label_L
label_597:
# is_integer_fs
    mov rdi, qword ptr [rsp]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2451
    test al, 1
    jne label_598
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_598
L2451:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2452
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2452:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rsp]
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
    mov rdi, qword ptr [rsp+16]
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
    jl L1157
    ret
# label_L
label_598:
# is_list_fs
    mov rax, qword ptr [rsp]
    cmp rax, 59
    short je L2453
    test al, 2
    jne label_599
L2453:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [rbx], xmm0
# i_trim_t
    add rsp, 16
# line_I
# call_light_bif_be
    align 4
L2454:
L2455:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L2454]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2456
    mov ecx, 1
    call 140320710850576
L2456:
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
    jl L1157
    ret
# label_L
label_599:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 24
    jmp '-inlined-append/2-'/2
# label_L
label_600:
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rsp+16]
    rex test sil, 1
    jne label_602
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L2458
# is_binary_header
    cmp al, 40
    short je L2457
    and al, -5
    cmp al, 32
    jne label_602
L2457:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2459
    mov qword ptr [rbx], rsi
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rsi, qword ptr [rbx]
L2459:
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
L2458:
    mov qword ptr [rbx], rsi
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_602
# is_integer_fs
    mov rdi, qword ptr [rsp]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2460
    test al, 1
    jne label_601
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_601
L2460:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2461
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2461:
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
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_601:
# is_list_fs
    mov rax, qword ptr [rsp]
    cmp rax, 59
    short je L2462
    test al, 2
    jne label_602
L2462:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2463
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2463:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_602:
# is_binary_fs
    mov rdi, qword ptr [rsp+16]
    rex test dil, 1
    jne label_603
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2465
    and al, -5
    cmp al, 32
    jne label_603
    short jmp L2464
L2465:
    cmp byte ptr [rdi+22], 0
    jne label_603
L2464:
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L2466
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2466:
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp]
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_603:
# is_integer_fs
    mov rdi, qword ptr [rsp]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2467
    test al, 1
    jne label_604
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_604
L2467:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2468
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2468:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
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
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_604:
# is_list_fs
    mov rax, qword ptr [rsp]
    cmp rax, 59
    short je L2469
    test al, 2
    jne label_605
L2469:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# i_trim_t
    add rsp, 8
# call_light_bif_be
    align 4
L2470:
L2471:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L2470]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2472
    mov ecx, 1
    call 140320710850576
L2472:
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
    add rsp, 16
# return
    dec r14
    jl L1157
    ret
# label_L
label_605:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp '-inlined-append/2-'/2
# label_L
label_606:
# is_binary_fs
    mov rdi, qword ptr [rbx+24]
    rex test dil, 1
    jne label_621
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2474
    and al, -5
    cmp al, 32
    jne label_621
    short jmp L2473
L2474:
    cmp byte ptr [rdi+22], 0
    jne label_621
L2473:
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx+24]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L2476
L2475:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2477
    mov qword ptr [rbx+40], rsi
    mov ecx, 6
.db 0x90
    call 140320710850576
    mov rsi, qword ptr [rbx+40]
L2477:
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
L2476:
    mov qword ptr [rbx], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx+40], rdi
# i_bs_skip_bits2_SSft
    mov rax, qword ptr [rbx+8]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_646
    and rax, -16
    js label_646
    mov edx, 8
    mul rdx
    jo label_646
    sar rax, 4
    mov rdi, qword ptr [rbx]
    add rax, qword ptr [rdi+22]
    cmp rax, qword ptr [rdi+30]
    ja label_646
    mov qword ptr [rdi+22], rax
# allocate_tt
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L2478
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2478:
    sub rsp, 64
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [rsp+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+56], rdi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2479
    mov qword ptr [rbx+40], rdi
    mov ecx, 6
    call 140320710850576
    mov rdi, qword ptr [rbx+40]
L2479:
    call 140320710849224
    mov qword ptr [rbx], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call bin_search_inv/3
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_617
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rsp+8], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+56]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_607
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+56]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call bin_pattern/1
# call_light_bif_be
    align 4
L2480:
L2481:
    long mov rcx, 9223372036854775807
    mov rax, 94919179962992
    lea rdx, qword ptr [L2480]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2482
    mov ecx, 1
    call 140320710850576
L2482:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+56]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+56], rdi
# label_L
label_607:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call bin_search/3
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_608
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_binary_fs
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_644
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2484
    and al, -5
    cmp al, 32
    jne label_644
    short jmp L2483
L2484:
    cmp byte ptr [rdi+22], 0
    jne label_644
L2483:
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+40]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+8]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+8], rax
# i_minus_ssjd
# subtract without overflow check
    mov rax, qword ptr [rbx]
    mov rsi, qword ptr [rbx+8]
    and rsi, -16
    sub rax, rsi
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2485
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L2485:
# put_cons_ss
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+16], rdi
# i_call_last_ft
    add rsp, 64
    jmp take_tc/3
# label_L
label_608:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov qword ptr [rsp+56], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call take_tc/3
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+56], rdi
# swap_dd
    mov rdi, qword ptr [rsp+48]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+48], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_f
.db 0x90
    call cp_prefix/2
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+48]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call is_empty/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_612
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+40]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+16]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+8], rax
# i_minus_ssjd
# subtract without overflow check
    mov rax, qword ptr [rbx]
    mov rsi, qword ptr [rbx+8]
    and rsi, -16
    sub rax, rsi
    mov qword ptr [rbx], rax
# bs_set_position_SS
    mov rdi, qword ptr [rsp+32]
    mov rsi, qword ptr [rsp+24]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# i_bs_get_binary2_Sftstd
    mov rax, qword ptr [rbx]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_645
    and rax, -16
    js label_645
    mov edx, 8
    mul rdx
    jo label_645
    sar rax, 4
    mov rsi, rax
    mov qword ptr [rbx-120], rsi
    mov rcx, qword ptr [rsp+32]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2486
    mov qword ptr [rbx+8], rcx
    mov ecx, 2
.db 0x90
    call 140320710850576
    mov rcx, qword ptr [rbx+8]
L2486:
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
    je label_645
    mov qword ptr [rbx], rax
# bs_get_tail_Sdt
    mov rdi, qword ptr [rsp+32]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2487
    mov qword ptr [rbx+8], rdi
    mov ecx, 2
    call 140320710850576
    mov rdi, qword ptr [rbx+8]
L2487:
    call 140320710849224
    mov qword ptr [rbx+8], rax
# is_ne_exact_fss
    cmp qword ptr [rsp+8], 59
    je label_610
# i_is_eq_exact_literal_fscI
L2488:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_609
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_609
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# jump_f
    jmp label_610
# label_L
label_609:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2489
    mov ecx, 2
    call 140320710850576
L2489:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# label_L
label_610:
# is_nil_fS
    cmp qword ptr [rsp+56], 59
    jne label_611
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2490
    mov ecx, 2
    call 140320710850576
L2490:
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
    add rsp, 64
# return
    dec r14
    jl L1157
    ret
# label_L
label_611:
# i_is_ne_exact_literal_fsc
L2492:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L2491
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jnz label_613
L2491:
# is_ne_exact_fss
    cmp qword ptr [rbx+8], 59
    je label_613
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2493
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L2493:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [r15+8], rdi
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
    add rsp, 64
# return
    dec r14
    jl L1157
    ret
# label_L
label_612:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2494
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2494:
# put_cons_ss
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    mov ecx, 5
    rep stos qword ptr [rdi], rax
# line_I
# i_call_ext_e
L2495:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# is_nil_fS
    cmp qword ptr [rsp+48], 59
    jne label_614
# label_L
label_613:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2496
    mov ecx, 1
    call 140320710850576
L2496:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 64
# return
    dec r14
    jl L1157
    ret
# label_L
label_614:
# i_is_ne_exact_literal_fsc
L2498:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L2497
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jnz label_615
L2497:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_616
# label_L
label_615:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2499
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2499:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rsp+48]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 64
# return
    dec r14
    jl L1157
    ret
# label_L
label_616:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2500
    mov ecx, 1
.db 0x90
    call 140320710850576
L2500:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+48]
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
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 64
# return
    dec r14
    jl L1157
    ret
# label_L
label_617:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+24], rax
    mov qword ptr [rsp+48], rax
# line_I
# i_call_f
    call cp_prefix/2
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+56], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 15
# init_yregs_I
    mov qword ptr [rsp+32], 59
# line_I
# i_call_f
.db 0x90
    call take_tc/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2501
    mov ecx, 1
    call 140320710850576
L2501:
# put_cons_ss
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+56], rdi
# init_yregs_I
    mov qword ptr [rsp+40], 59
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L2502:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+56]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_618
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2503
    mov ecx, 3
    call 140320710850576
L2503:
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
    add rsp, 64
# return
    dec r14
    jl L1157
    ret
# label_L
label_618:
# i_is_ne_exact_literal_fsc
L2505:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L2504
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jnz label_619
L2504:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_620
# label_L
label_619:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2506
    mov ecx, 3
.db 0x90
    call 140320710850576
L2506:
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
# deallocate_t
    add rsp, 64
# return
    dec r14
    jl L1157
    ret
# label_L
label_620:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2507
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L2507:
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 64
# return
    dec r14
    jl L1157
    ret
# label_L
label_621:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_640
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L2508
    test al, 2
    jne label_640
L2508:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2509
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L2509:
    sub rsp, 24
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+16], rdi
# line_I
# i_call_ext_e
L2510:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_639
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rsp], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2511:
L2512:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L2511]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_627
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+16], rax
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call take_tc/3
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+16], rdi
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_623
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L2514
# is_binary_header
    cmp al, 40
    short je L2513
    and al, -5
    cmp al, 32
    jne label_623
L2513:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2515
    mov qword ptr [rbx+16], rsi
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rsi, qword ptr [rbx+16]
L2515:
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
L2514:
    mov qword ptr [rbx], rsi
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_623
# is_integer_fs
    mov rdi, qword ptr [rsp+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2516
    test al, 1
    jne label_622
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_622
L2516:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2517
    xor ecx, ecx
.db 0x90
    call 140320710850576
L2517:
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
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_622:
# is_list_fs
    mov rax, qword ptr [rsp+8]
    cmp rax, 59
    short je L2518
    test al, 2
    jne label_623
L2518:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2519
    xor ecx, ecx
    call 140320710850576
L2519:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_623:
# is_binary_fs
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_624
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2521
    and al, -5
    cmp al, 32
    jne label_624
    short jmp L2520
L2521:
    cmp byte ptr [rdi+22], 0
    jne label_624
L2520:
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L2522
    mov ecx, 2
    call 140320710850576
L2522:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_624:
# is_integer_fs
    mov rdi, qword ptr [rsp+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2523
    test al, 1
    jne label_625
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_625
L2523:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2524
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L2524:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
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
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_625:
# is_list_fs
    mov rax, qword ptr [rsp+8]
    cmp rax, 59
    short je L2525
    test al, 2
    jne label_626
L2525:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 16
# line_I
# call_light_bif_be
    align 4
L2526:
L2527:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L2526]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2528
    mov ecx, 1
    call 140320710850576
L2528:
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
    jl L1157
    ret
# label_L
label_626:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp '-inlined-append/2-'/2
# label_L
label_627:
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+16], rax
# line_I
# i_call_f
    call take_tc/3
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp+16], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call is_empty/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_633
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rsp]
    rex test sil, 1
    jne label_629
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L2530
# is_binary_header
    cmp al, 40
    short je L2529
    and al, -5
    cmp al, 32
    jne label_629
L2529:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2531
    mov qword ptr [rbx], rsi
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
    mov rsi, qword ptr [rbx]
L2531:
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
L2530:
    mov qword ptr [rbx], rsi
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_629
# is_integer_fs
    mov rdi, qword ptr [rsp+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2532
    test al, 1
    jne label_628
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_628
L2532:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2533
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2533:
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
    mov rdi, qword ptr [rsp+16]
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
    jl L1157
    ret
# label_L
label_628:
# is_list_fs
    mov rax, qword ptr [rsp+8]
    cmp rax, 59
    short je L2534
    test al, 2
    jne label_629
L2534:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2535
    xor ecx, ecx
    call 140320710850576
L2535:
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
    jl L1157
    ret
# label_L
label_629:
# is_binary_fs
    mov rdi, qword ptr [rsp]
    rex test dil, 1
    jne label_630
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2537
    and al, -5
    cmp al, 32
    jne label_630
    short jmp L2536
L2537:
    cmp byte ptr [rdi+22], 0
    jne label_630
L2536:
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L2538
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2538:
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
    mov rdi, qword ptr [rsp+16]
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
    jl L1157
    ret
# label_L
label_630:
# is_integer_fs
    mov rdi, qword ptr [rsp+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2539
    test al, 1
    jne label_631
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_631
L2539:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2540
    xor ecx, ecx
.db 0x90
    call 140320710850576
L2540:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rsp], 1
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
    mov rdi, qword ptr [rsp+16]
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
    jl L1157
    ret
# label_L
label_631:
# is_list_fs
    mov rax, qword ptr [rsp+8]
    cmp rax, 59
    short je L2541
    test al, 2
    jne label_632
L2541:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# i_trim_t
    add rsp, 16
# line_I
# call_light_bif_be
    align 4
L2542:
L2543:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L2542]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2544
    mov ecx, 1
    call 140320710850576
L2544:
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
    jl L1157
    ret
# label_L
label_632:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 24
    jmp '-inlined-append/2-'/2
# label_L
label_633:
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rsp+16]
    rex test sil, 1
    jne label_635
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L2546
# is_binary_header
    cmp al, 40
    short je L2545
    and al, -5
    cmp al, 32
    jne label_635
L2545:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2547
    mov qword ptr [rbx], rsi
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rsi, qword ptr [rbx]
L2547:
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
L2546:
    mov qword ptr [rbx], rsi
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_635
# is_integer_fs
    mov rdi, qword ptr [rsp+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2548
    test al, 1
    jne label_634
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_634
L2548:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2549
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2549:
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
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_634:
# is_list_fs
    mov rax, qword ptr [rsp+8]
    cmp rax, 59
    short je L2550
    test al, 2
    jne label_635
L2550:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2551
    xor ecx, ecx
.db 0x90
    call 140320710850576
L2551:
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
    jl L1157
    ret
# label_L
label_635:
# is_binary_fs
    mov rdi, qword ptr [rsp+16]
    rex test dil, 1
    jne label_636
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2553
    and al, -5
    cmp al, 32
    jne label_636
    short jmp L2552
L2553:
    cmp byte ptr [rdi+22], 0
    jne label_636
L2552:
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L2554
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2554:
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_636:
# is_integer_fs
    mov rdi, qword ptr [rsp+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2555
    test al, 1
    jne label_637
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_637
L2555:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2556
    xor ecx, ecx
.db 0x90
    call 140320710850576
L2556:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rsp+8]
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_637:
# is_list_fs
    mov rax, qword ptr [rsp+8]
    cmp rax, 59
    short je L2557
    test al, 2
    jne label_638
L2557:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [rbx], xmm0
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# call_light_bif_be
    align 4
L2558:
L2559:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L2558]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2560
    mov ecx, 1
    call 140320710850576
L2560:
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
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_638:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 24
    jmp '-inlined-append/2-'/2
# label_L
label_639:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_647
# i_move_sd
L2561:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_640:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_587
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2563
    and al, -5
    cmp al, 32
    jne label_587
    short jmp L2562
L2563:
    cmp byte ptr [rdi+22], 0
    jne label_587
L2562:
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L2565
L2564:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2566
    mov qword ptr [rbx+24], rsi
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
    mov rsi, qword ptr [rbx+24]
L2566:
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
L2565:
    mov qword ptr [rbx+24], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+24]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx+32], rdi
# i_bs_skip_bits2_SSft
    mov rax, qword ptr [rbx+8]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_651
    and rax, -16
    js label_651
    mov edx, 8
    mul rdx
    jo label_651
    sar rax, 4
    mov rdi, qword ptr [rbx+24]
    add rax, qword ptr [rdi+22]
    cmp rax, qword ptr [rdi+30]
    ja label_651
    mov qword ptr [rdi+22], rax
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2567
    mov ecx, 5
    call 140320710850576
L2567:
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
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+24]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2568
    mov qword ptr [rbx+32], rdi
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+32]
L2568:
    call 140320710849224
    mov qword ptr [rbx], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# i_call_f
.db 0x66, 0x90
    call bin_search_inv/3
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_643
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp+8], rsi
    mov qword ptr [rbx+8], rdx
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_650
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_641
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call bin_pattern/1
# call_light_bif_be
    align 4
L2569:
L2570:
    long mov rcx, 9223372036854775807
    mov rax, 94919179962992
    lea rdx, qword ptr [L2569]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2571
    mov ecx, 1
    call 140320710850576
L2571:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# label_L
label_641:
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call bin_search/3
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_642
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_648
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+40]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+8]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+8], rax
# i_minus_ssjd
# subtract without overflow check
    mov rax, qword ptr [rbx]
    mov rsi, qword ptr [rbx+8]
    and rsi, -16
    sub rax, rsi
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp take_tc/3
# label_L
label_642:
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+40]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+8]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+8], rax
# i_minus_ssjd
# subtract without overflow check
    mov rax, qword ptr [rbx]
    mov rsi, qword ptr [rbx+8]
    and rsi, -16
    sub rax, rsi
    mov qword ptr [rbx], rax
# bs_set_position_SS
    mov rdi, qword ptr [rsp+24]
    mov rsi, qword ptr [rsp+16]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# i_bs_get_binary2_Sftstd
    mov rax, qword ptr [rbx]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_649
    and rax, -16
    js label_649
    mov edx, 8
    mul rdx
    jo label_649
    sar rax, 4
    mov rsi, rax
    mov qword ptr [rbx-120], rsi
    mov rcx, qword ptr [rsp+24]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2572
    mov qword ptr [rbx+8], rcx
    mov ecx, 2
.db 0x90
    call 140320710850576
    mov rcx, qword ptr [rbx+8]
L2572:
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
    je label_649
    mov qword ptr [rbx], rax
# bs_get_tail_Sdt
    mov rdi, qword ptr [rsp+24]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2573
    mov qword ptr [rbx+8], rdi
    mov ecx, 2
    call 140320710850576
    mov rdi, qword ptr [rbx+8]
L2573:
    call 140320710849224
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2574
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L2574:
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
    add rsp, 48
# return
    dec r14
    jl L1157
    ret
# label_L
label_643:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2575
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2575:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15+8], rdi
L2576:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L1157
    ret
# label_L
label_644:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_645:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_646:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_647:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_648:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_649:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_650:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_651:
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
label_652:
# i_func_info_IaaI
# string:prefix_1/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x5D, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
prefix_1/2:
# i_breakpoint_trampoline
    short jmp L2577
.db 0x00
    call L1158
    align 8
L2577:
# i_test_yield
    lea rdx, qword ptr [prefix_1/2+24]
    dec r14
    jle L1156
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_655
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_655
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L2578
    mov ecx, 3
.db 0x90
    call 140320710850576
L2578:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# line_I
# i_call_ext_e
L2579:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_654
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L2580
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_654
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_654
L2580:
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1157
    ret
# label_L
label_654:
# i_move_sd
    mov qword ptr [rbx], 28235
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1157
    ret
# label_L
label_655:
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_656
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L2582
# is_binary_header
    cmp al, 40
    short je L2581
    and al, -5
    cmp al, 32
    jne label_656
L2581:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2583
    mov qword ptr [rbx+16], rsi
    mov ecx, 3
    call 140320710850576
    mov rsi, qword ptr [rbx+16]
L2583:
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
L2582:
    mov qword ptr [rbx+16], rsi
# i_bs_get_utf8_Sfd
    mov rdi, qword ptr [rbx+16]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rdi, qword ptr [rdi+6]
    call 94919179750352
    mov rsp, rbp
    test eax, eax
    je label_658
    mov qword ptr [rbx+24], rax
# i_bs_get_binary_all2_Sfttd
    mov rdi, qword ptr [rbx+16]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2584
    mov qword ptr [rbx+32], rdi
    mov ecx, 5
    call 140320710850576
    mov rdi, qword ptr [rbx+32]
L2584:
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jne label_658
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rsi, qword ptr [rdi+6]
    mov rdi, r13
    call 94919179752144
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
    mov qword ptr [rbx+16], rax
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_652
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx]
    cmp qword ptr [rbx+24], rdi
    jne label_657
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp prefix_1/2
# label_L
label_656:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_658
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_652
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+32], xmm0
# is_integer_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2585
    test al, 1
    jne label_658
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_658
L2585:
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L2586
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_657
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_657
L2586:
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp prefix_1/2
# label_L
label_657:
# i_move_sd
    mov qword ptr [rbx], 28235
# return
    dec r14
    jl L1157
    ret
# label_L
label_658:
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_652
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2587
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2587:
    sub rsp, 16
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# line_I
# i_call_ext_e
L2588:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_659
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L2589
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_659
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_659
L2589:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 16
    jmp prefix_1/2
# label_L
label_659:
# i_move_sd
    mov qword ptr [rbx], 28235
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1157
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_660:
# i_func_info_IaaI
# string:split_1/6
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x3F, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
split_1/6:
# i_breakpoint_trampoline
    short jmp L2590
.db 0x00
    call L1158
    align 8
L2590:
# i_test_yield
    lea rdx, qword ptr [split_1/6+24]
    dec r14
    jle L1156
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_682
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+48], xmm0
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_672
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+64], rsi
# is_integer_fs
    mov rdi, qword ptr [rbx+48]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2591
    test al, 1
    jne label_672
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_672
L2591:
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+64]
    mov rdi, qword ptr [rbx+48]
    cmp rdi, rsi
    short je L2592
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_671
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_671
L2592:
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L2593
    mov ecx, 9
.db 0x90
    call 140320710850576
L2593:
    sub rsp, 56
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+56], 1
    vmovups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+48], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call prefix_1/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 28235
    jne label_662
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2594
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2594:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov qword ptr [rbx+16], 15
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp split_1/6
# label_L
label_662:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rsp+40]
    cmp rsi, 2123
    je label_668
    cmp rsi, 400523
    je label_663
    cmp rsi, 545675
    je label_666
    jmp label_713
# label_L
label_663:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp+32]
    test al, 2
    jne label_664
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_664
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_664
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2596
    and al, -5
    cmp al, 32
    jne label_664
    short jmp L2595
L2596:
    cmp byte ptr [rdi+22], 0
    jne label_664
L2595:
# jump_f
    jmp label_665
# label_L
label_664:
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+24], rax
    mov qword ptr [rsp+40], rax
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L2597:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# label_L
label_665:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2598
    mov ecx, 1
    call 140320710850576
L2598:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov qword ptr [rbx+24], 400523
# i_move_sd
    mov qword ptr [rbx+16], 15
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp split_1/6
# label_L
label_666:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp+32]
    test al, 2
    jne label_667
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_667
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_667
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2600
    and al, -5
    cmp al, 32
    jne label_667
    short jmp L2599
L2600:
    cmp byte ptr [rdi+22], 0
    jne label_667
L2599:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2601
    mov ecx, 1
.db 0x90
    call 140320710850576
L2601:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 56
# return
    dec r14
    jl L1157
    ret
# label_L
label_667:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+48], rdi
# i_trim_t
    add rsp, 48
# i_call_ext_e
L2602:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2603
    mov ecx, 1
    call 140320710850576
L2603:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1157
    ret
# label_L
label_668:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp+32]
    test al, 2
    jne label_669
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_669
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_669
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2605
    and al, -5
    cmp al, 32
    jne label_669
    short jmp L2604
L2605:
    cmp byte ptr [rdi+22], 0
    jne label_669
L2604:
# jump_f
    jmp label_670
# label_L
label_669:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    add rdi, 8
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_call_ext_e
L2606:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# label_L
label_670:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2607
    mov ecx, 1
    call 140320710850576
L2607:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov qword ptr [rbx+16], 15
# i_move_sd
    mov qword ptr [rbx+24], 2123
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+32], 59
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp split_1/6
# label_L
label_671:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2608
    mov ecx, 8
    call 140320710850576
L2608:
# put_cons_ss
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov qword ptr [rbx+16], 15
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp split_1/6
# label_L
label_672:
# is_binary_fs
    mov rdi, qword ptr [rbx+48]
    rex test dil, 1
    jne label_682
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2610
    and al, -5
    cmp al, 32
    jne label_682
    short jmp L2609
L2610:
    cmp byte ptr [rdi+22], 0
    jne label_682
L2609:
# allocate_tt
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L2611
    mov ecx, 8
    call 140320710850576
L2611:
    sub rsp, 64
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rsp+24], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+56], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call bin_search_str/4
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rsp+16], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 28235
    jne label_673
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rsp+24]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L2613
L2612:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2614
    mov qword ptr [rbx+24], rsi
    mov ecx, 4
    call 140320710850576
    mov rsi, qword ptr [rbx+24]
L2614:
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
L2613:
    mov qword ptr [rbx], rsi
# i_bs_get_binary2_Sftstd
    mov rax, qword ptr [rbx+16]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_714
    and rax, -16
    js label_714
    mov edx, 8
    mul rdx
    jo label_714
    sar rax, 4
    mov rsi, rax
    mov qword ptr [rbx-120], rsi
    mov rcx, qword ptr [rbx]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2615
    mov qword ptr [rbx+24], rcx
    mov ecx, 4
.db 0x90
    call 140320710850576
    mov rcx, qword ptr [rbx+24]
L2615:
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
    je label_714
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2616
    mov ecx, 1
.db 0x90
    call 140320710850576
L2616:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov qword ptr [rbx+16], 15
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 64
    jmp split_1/6
# label_L
label_673:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_717
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
    call add_non_empty/2
# i_select_val_lins_sfI
    mov rsi, qword ptr [rsp+48]
    cmp rsi, 2123
    je label_679
    cmp rsi, 400523
    je label_674
    cmp rsi, 545675
    je label_677
    jmp label_716
# label_L
label_674:
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rsp+8]
    rex test sil, 1
    jne label_715
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L2618
# is_binary_header
    cmp al, 40
    short je L2617
    and al, -5
    cmp al, 32
    jne label_715
L2617:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2619
    mov qword ptr [rbx+8], rsi
    mov ecx, 2
.db 0x90
    call 140320710850576
    mov rsi, qword ptr [rbx+8]
L2619:
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
L2618:
    mov qword ptr [rbx+8], rsi
# i_bs_skip_utf8_Sf
    mov rdi, qword ptr [rbx+8]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rdi, qword ptr [rdi+6]
    call 94919179750352
    mov rsp, rbp
    test eax, eax
    je label_715
# i_bs_get_binary_all2_Sfttd
    mov rdi, qword ptr [rbx+8]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2620
    mov qword ptr [rbx+16], rdi
    mov ecx, 3
    call 140320710850576
    mov rdi, qword ptr [rbx+16]
L2620:
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jne label_715
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rsi, qword ptr [rdi+6]
    mov rdi, r13
    call 94919179752144
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
    mov qword ptr [rbx+8], rax
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+24]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+16], rax
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+8]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+8], rax
# i_minus_ssjd
# subtract without overflow check
    mov rax, qword ptr [rbx+16]
    mov rsi, qword ptr [rbx+8]
    and rsi, -16
    sub rax, rsi
    mov qword ptr [rsp+48], rax
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_675
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_675
# is_binary_fs
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_675
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2622
    and al, -5
    cmp al, 32
    jne label_675
    short jmp L2621
L2622:
    cmp byte ptr [rdi+22], 0
    jne label_675
L2621:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# jump_f
    jmp label_676
# label_L
label_675:
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+8], rax
    mov qword ptr [rsp+32], rax
# line_I
# i_call_ext_e
L2623:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# label_L
label_676:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2624
    mov ecx, 1
    call 140320710850576
L2624:
# put_cons_ss
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov qword ptr [rbx+24], 400523
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 64
    jmp split_1/6
# label_L
label_677:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_678
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_678
# is_binary_fs
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_678
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2626
    and al, -5
    cmp al, 32
    jne label_678
    short jmp L2625
L2626:
    cmp byte ptr [rdi+22], 0
    jne label_678
L2625:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2627
    mov ecx, 2
    call 140320710850576
L2627:
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 64
# return
    dec r14
    jl L1157
    ret
# label_L
label_678:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsp+56], rdi
# i_trim_t
    add rsp, 56
# i_call_ext_e
L2628:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2629
    mov ecx, 1
    call 140320710850576
L2629:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1157
    ret
# label_L
label_679:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_680
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_680
# is_binary_fs
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_680
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2631
    and al, -5
    cmp al, 32
    jne label_680
    short jmp L2630
L2631:
    cmp byte ptr [rdi+22], 0
    jne label_680
L2630:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# jump_f
    jmp label_681
# label_L
label_680:
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    mov qword ptr [rsp+24], rax
    add rdi, 24
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_call_ext_e
L2632:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# label_L
label_681:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2633
    mov ecx, 1
    call 140320710850576
L2633:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov qword ptr [rbx+16], 15
# i_move_sd
    mov qword ptr [rbx+24], 2123
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+32], 59
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 64
    jmp split_1/6
# label_L
label_682:
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_660
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+48], rsi
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L2634
    test al, 2
    jne label_700
L2634:
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L2635
    mov ecx, 7
.db 0x66, 0x90
    call 140320710850576
L2635:
    sub rsp, 56
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+24], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+40], xmm0
# line_I
# i_call_ext_e
L2636:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_698
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L2637
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_694
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_694
L2637:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+40], 1
    vmovups xmmword ptr [rbx], xmm0
# init_yregs_I
    mov qword ptr [rsp+48], 59
# line_I
# i_call_f
.db 0x90
    call prefix_1/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 28235
    jne label_685
# is_integer_fs
    mov rdi, qword ptr [rsp+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2638
    test al, 1
    jne label_683
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_683
L2638:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2639
    xor ecx, ecx
    call 140320710850576
L2639:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# jump_f
    jmp label_696
# label_L
label_683:
# is_list_fs
    mov rax, qword ptr [rsp+8]
    cmp rax, 59
    short je L2640
    test al, 2
    jne label_684
L2640:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+8], rax
    mov qword ptr [rsp+24], rax
    mov qword ptr [rsp+48], rax
# line_I
# call_light_bif_be
    align 4
L2641:
L2642:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L2641]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+32], rdi
# jump_f
    jmp label_696
# label_L
label_684:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp '-inlined-append/2-'/2
# label_L
label_685:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rsp+32]
    cmp rsi, 2123
    je label_691
    cmp rsi, 400523
    je label_686
    cmp rsi, 545675
    je label_689
    jmp label_718
# label_L
label_686:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp+24]
    test al, 2
    jne label_687
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_687
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_687
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2644
    and al, -5
    cmp al, 32
    jne label_687
    short jmp L2643
L2644:
    cmp byte ptr [rdi+22], 0
    jne label_687
L2643:
# jump_f
    jmp label_688
# label_L
label_687:
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+16], rax
    mov qword ptr [rsp+32], rax
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L2645:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# label_L
label_688:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2646
    mov ecx, 1
    call 140320710850576
L2646:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_cons_ss
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov qword ptr [rbx+24], 400523
# i_move_sd
    mov qword ptr [rbx+16], 15
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp split_1/6
# label_L
label_689:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp+24]
    test al, 2
    jne label_690
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_690
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_690
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2648
    and al, -5
    cmp al, 32
    jne label_690
    short jmp L2647
L2648:
    cmp byte ptr [rdi+22], 0
    jne label_690
L2647:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2649
    mov ecx, 1
.db 0x90
    call 140320710850576
L2649:
# put_cons_ss
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 56
# return
    dec r14
    jl L1157
    ret
# label_L
label_690:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 48
# i_call_ext_e
L2650:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2651
    mov ecx, 1
    call 140320710850576
L2651:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1157
    ret
# label_L
label_691:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp+24]
    test al, 2
    jne label_692
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_692
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_692
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2653
    and al, -5
    cmp al, 32
    jne label_692
    short jmp L2652
L2653:
    cmp byte ptr [rdi+22], 0
    jne label_692
L2652:
# jump_f
    jmp label_693
# label_L
label_692:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    add rdi, 8
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_call_ext_e
L2654:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# label_L
label_693:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2655
    mov ecx, 1
    call 140320710850576
L2655:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov qword ptr [rbx+16], 15
# i_move_sd
    mov qword ptr [rbx+24], 2123
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+32], 59
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp split_1/6
# label_L
label_694:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2656
    test al, 1
    jne label_695
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_695
L2656:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2657
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2657:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# jump_f
    jmp label_696
# label_L
label_695:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L2658
    test al, 2
    jne label_697
L2658:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+8], rax
    mov qword ptr [rsp+24], rax
    mov qword ptr [rsp+48], rax
# line_I
# call_light_bif_be
    align 4
L2659:
L2660:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L2659]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+32], rdi
# label_L
label_696:
# i_move_sd
    mov qword ptr [rbx+16], 15
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp split_1/6
# label_L
label_697:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 56
    jmp '-inlined-append/2-'/2
# label_L
label_698:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_719
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp+24]
    test al, 2
    jne label_699
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_699
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_699
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2662
    and al, -5
    cmp al, 32
    jne label_699
    short jmp L2661
L2662:
    cmp byte ptr [rdi+22], 0
    jne label_699
L2661:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2663
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2663:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 56
# return
    dec r14
    jl L1157
    ret
# label_L
label_699:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsp+48], rdi
# i_trim_t
    add rsp, 48
# line_I
# i_call_ext_e
L2664:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2665
    mov ecx, 1
    call 140320710850576
L2665:
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
    jl L1157
    ret
# label_L
label_700:
# allocate_tt
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L2666
    mov ecx, 6
    call 140320710850576
L2666:
    sub rsp, 64
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
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+48], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# line_I
# i_call_f
.db 0x90
    call bin_search_str/4
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rsp+8], 28235
    jne label_702
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rsp+56]
    rex test sil, 1
    jne label_720
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L2668
# is_binary_header
    cmp al, 40
    short je L2667
    and al, -5
    cmp al, 32
    jne label_720
L2667:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2669
    mov qword ptr [rbx], rsi
    mov ecx, 1
    call 140320710850576
    mov rsi, qword ptr [rbx]
L2669:
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
L2668:
    mov qword ptr [rbx], rsi
# i_bs_skip_bits2_SSft
    mov rax, qword ptr [rsp+40]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_720
    and rax, -16
    js label_720
    mov edx, 8
    mul rdx
    jo label_720
    sar rax, 4
    mov rdi, qword ptr [rbx]
    add rax, qword ptr [rdi+22]
    cmp rax, qword ptr [rdi+30]
    ja label_720
    mov qword ptr [rdi+22], rax
# i_bs_get_binary_all2_Sfttd
    mov rdi, qword ptr [rbx]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2670
    mov qword ptr [rbx+8], rdi
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rdi, qword ptr [rbx+8]
L2670:
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jne label_720
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rsi, qword ptr [rdi+6]
    mov rdi, r13
    call 94919179752144
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2671
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L2671:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# is_nil_fS
    cmp qword ptr [rsp+24], 59
    jne label_701
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2672
    mov ecx, 1
.db 0x90
    call 140320710850576
L2672:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 64
# return
    dec r14
    jl L1157
    ret
# label_L
label_701:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsp+56], rdi
# i_trim_t
    add rsp, 56
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L2673:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2674
    mov ecx, 1
    call 140320710850576
L2674:
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
    jl L1157
    ret
# label_L
label_702:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_724
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_724
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rsp], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rsp+32]
    cmp rsi, 2123
    je label_710
    cmp rsi, 400523
    je label_703
    cmp rsi, 545675
    je label_708
    jmp label_723
# label_L
label_703:
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_721
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L2676
# is_binary_header
    cmp al, 40
    short je L2675
    and al, -5
    cmp al, 32
    jne label_721
L2675:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2677
    mov qword ptr [rbx+24], rsi
    mov ecx, 4
.db 0x90
    call 140320710850576
    mov rsi, qword ptr [rbx+24]
L2677:
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
L2676:
    mov qword ptr [rbx], rsi
# i_bs_skip_utf8_Sf
    mov rdi, qword ptr [rbx]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rdi, qword ptr [rdi+6]
    call 94919179750352
    mov rsp, rbp
    test eax, eax
    je label_721
# i_bs_get_binary_all2_Sfttd
    mov rdi, qword ptr [rbx]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2678
    mov qword ptr [rbx+24], rdi
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rdi, qword ptr [rbx+24]
L2678:
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jne label_721
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rsi, qword ptr [rdi+6]
    mov rdi, r13
    call 94919179752144
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
    mov qword ptr [rbx], rax
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+56]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+8], rax
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# i_minus_ssjd
# subtract without overflow check
    mov rax, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx]
    and rsi, -16
    sub rax, rsi
    mov qword ptr [rsp+40], rax
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp+24]
    test al, 2
    jne label_706
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_704
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2679
    test al, 1
    jne label_704
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_704
L2679:
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
    short jmp L2681
L2680:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L2681:
# calculate sizes
    xor r14d, r14d
# size utf8
    mov rdi, qword ptr [rbx]
    xor eax, eax
    mov al, 8
    cmp rdi, 2063
    short jl L2682
    mov al, 16
    cmp rdi, 32783
    short jl L2682
    mov al, 24
    cmp rdi, 1048591
    short jl L2682
    mov al, 32
L2682:
    add r14, rax
# size of an entire binary
    mov rdi, qword ptr [rbx+8]
    call 94919178212384
    mov rdi, qword ptr [rbx+8]
    mov ecx, 2064
    test rax, rax
    short js L2680
    add r14, rax
# allocate binary
    xor r8d, r8d
    mov r9d, 2
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
    je L2680
# construct a binary segment
    mov rdx, 8
    mov rsi, qword ptr [rbx+8]
    mov rdi, r13
    call 94919179743696
    mov ecx, 2104
    test eax, eax
    je L2680
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx], rax
# jump_f
    jmp label_707
# label_L
label_704:
# i_is_eq_exact_literal_fscI
L2683:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rsp+8]
    rex test dil, 1
    jne label_705
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_705
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    mov qword ptr [rsp+32], rax
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L2684:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_707
# label_L
label_705:
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+16], rax
    mov qword ptr [rsp+32], rax
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L2685:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2686
    mov ecx, 1
    call 140320710850576
L2686:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# jump_f
    jmp label_707
# label_L
label_706:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# label_L
label_707:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2687
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L2687:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+24], 400523
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+32], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+48], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 64
    jmp split_1/6
# label_L
label_708:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2688
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2688:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# is_nil_fS
    cmp qword ptr [rsp+24], 59
    jne label_709
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2689
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2689:
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
# deallocate_t
    add rsp, 64
# return
    dec r14
    jl L1157
    ret
# label_L
label_709:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+56], rdi
# i_trim_t
    add rsp, 56
# line_I
# i_call_ext_e
L2690:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2691
    mov ecx, 1
    call 140320710850576
L2691:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1157
    ret
# label_L
label_710:
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+56]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# i_bif1_sjbd
    lea rsi, qword ptr [rsp]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+8], rax
# i_minus_ssjd
# subtract without overflow check
    mov rax, qword ptr [rbx]
    mov rsi, qword ptr [rbx+8]
    and rsi, -16
    sub rax, rsi
    mov qword ptr [rsp+32], rax
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rsp+8]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L2693
L2692:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2694
    mov qword ptr [rbx], rsi
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
    mov rsi, qword ptr [rbx]
L2694:
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
L2693:
    mov qword ptr [rbx], rsi
# i_bs_skip_bits2_SSft
    mov rax, qword ptr [rsp+40]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_722
    and rax, -16
    js label_722
    mov edx, 8
    mul rdx
    jo label_722
    sar rax, 4
    mov rdi, qword ptr [rbx]
    add rax, qword ptr [rdi+22]
    cmp rax, qword ptr [rdi+30]
    ja label_722
    mov qword ptr [rdi+22], rax
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2695
    mov qword ptr [rbx+8], rdi
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rdi, qword ptr [rbx+8]
L2695:
    call 140320710849224
    mov qword ptr [rsp+40], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2696
    xor ecx, ecx
    call 140320710850576
L2696:
# put_cons_ss
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# is_nil_fS
    cmp qword ptr [rsp+24], 59
    jne label_711
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# jump_f
    jmp label_712
# label_L
label_711:
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    mov qword ptr [rsp+24], rax
    mov qword ptr [rsp+40], rax
# line_I
# i_call_ext_e
L2697:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# label_L
label_712:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2698
    mov ecx, 1
    call 140320710850576
L2698:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+24], 2123
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+32], 59
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 64
    jmp split_1/6
# label_L
label_713:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_714:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_715:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_716:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_717:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_718:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_719:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_720:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_721:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_722:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_723:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_724:
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
label_725:
# i_func_info_IaaI
# string:lexemes_m/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x5D, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
lexemes_m/3:
# i_breakpoint_trampoline
    short jmp L2699
.db 0x00
    call L1158
    align 8
L2699:
# i_test_yield
    lea rdx, qword ptr [lexemes_m/3+24]
    dec r14
    jle L1156
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_733
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+40], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2700
    test al, 1
    jne label_730
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_730
L2700:
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2701
    mov ecx, 6
    call 140320710850576
L2701:
    sub rsp, 40
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2702:
L2703:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L2702]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_728
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L2704:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_741
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# call_light_bif_be
    align 4
L2705:
L2706:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L2705]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_ne_exact_fss
    cmp qword ptr [rbx], 75
    je label_734
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_727
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+8], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call bin_pattern/1
# call_light_bif_be
    align 4
L2707:
L2708:
    long mov rcx, 9223372036854775807
    mov rax, 94919179962992
    lea rdx, qword ptr [L2707]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2709
    mov ecx, 1
    call 140320710850576
L2709:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
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
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# label_L
label_727:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsp+32], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
    call lexeme_pick/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2710
    mov ecx, 1
    call 140320710850576
L2710:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 16
    jmp lexemes_m/3
# label_L
label_728:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_729
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call bin_pattern/1
# call_light_bif_be
    align 4
L2711:
L2712:
    long mov rcx, 9223372036854775807
    mov rax, 94919179962992
    lea rdx, qword ptr [L2711]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2713
    mov ecx, 1
    call 140320710850576
L2713:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
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
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# label_L
label_729:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsp+32], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
    call lexeme_pick/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2714
    mov ecx, 1
    call 140320710850576
L2714:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 16
    jmp lexemes_m/3
# label_L
label_730:
# is_binary_fs
    mov rdi, qword ptr [rbx+24]
    rex test dil, 1
    jne label_733
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2716
    and al, -5
    cmp al, 32
    jne label_733
    short jmp L2715
L2716:
    cmp byte ptr [rdi+22], 0
    jne label_733
L2715:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2717
    mov ecx, 6
.db 0x90
    call 140320710850576
L2717:
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
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call bin_search_inv/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_731
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_last_ft
    add rsp, 32
    jmp lexemes_m/3
# label_L
label_731:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_732
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call bin_pattern/1
# call_light_bif_be
    align 4
L2718:
L2719:
    long mov rcx, 9223372036854775807
    mov rax, 94919179962992
    lea rdx, qword ptr [L2718]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2720
    mov ecx, 1
    call 140320710850576
L2720:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# label_L
label_732:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call lexeme_pick/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2721
    mov ecx, 1
    call 140320710850576
L2721:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 16
    jmp lexemes_m/3
# label_L
label_733:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L2722
    test al, 2
    jne label_738
L2722:
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2723
    mov ecx, 4
.db 0x90
    call 140320710850576
L2723:
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
# line_I
# i_call_ext_e
L2724:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_737
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# call_light_bif_be
    align 4
L2725:
L2726:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L2725]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_735
# label_L
label_734:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp lexemes_m/3
# label_L
label_735:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_736
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+8], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call bin_pattern/1
# call_light_bif_be
    align 4
L2727:
L2728:
    long mov rcx, 9223372036854775807
    mov rax, 94919179962992
    lea rdx, qword ptr [L2727]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2729
    mov ecx, 1
    call 140320710850576
L2729:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
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
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# label_L
label_736:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsp+32], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
    call lexeme_pick/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2730
    mov ecx, 1
    call 140320710850576
L2730:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 16
    jmp lexemes_m/3
# label_L
label_737:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_742
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 40
L2731:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_738:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_725
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2733
    and al, -5
    cmp al, 32
    jne label_725
    short jmp L2732
L2733:
    cmp byte ptr [rdi+22], 0
    jne label_725
L2732:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2734
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L2734:
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
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# i_call_f
.db 0x66, 0x90
    call bin_search_inv/3
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_740
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp+8], rsi
    mov qword ptr [rbx+8], rdx
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_743
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_739
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call bin_pattern/1
# call_light_bif_be
    align 4
L2735:
L2736:
    long mov rcx, 9223372036854775807
    mov rax, 94919179962992
    lea rdx, qword ptr [L2735]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2737
    mov ecx, 1
    call 140320710850576
L2737:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# label_L
label_739:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x66, 0x90
    call lexeme_pick/3
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+8], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call add_non_empty/2
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
    jmp lexemes_m/3
# label_L
label_740:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 32
L2738:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_741:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_742:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_743:
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
label_744:
# i_func_info_IaaI
# string:lexeme_pick/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x5E, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
lexeme_pick/3:
# i_breakpoint_trampoline
    short jmp L2739
.db 0x00
    call L1158
    align 8
L2739:
# i_test_yield
    lea rdx, qword ptr [lexeme_pick/3+24]
    dec r14
    jle L1156
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_756
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_integer_fs
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2740
    test al, 1
    jne label_751
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_751
L2740:
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2741
    mov ecx, 5
    call 140320710850576
L2741:
    sub rsp, 40
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2742:
L2743:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L2742]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_750
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    mov qword ptr [rsp+32], rax
# line_I
# i_call_ext_e
L2744:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_781
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp+32], rsi
    mov qword ptr [rsp+8], rdx
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2745:
L2746:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L2745]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_ne_exact_fss
    cmp qword ptr [rbx], 75
    je label_757
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp+32]
    test al, 2
    jne label_746
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_746
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_746
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2748
    and al, -5
    cmp al, 32
    jne label_746
    short jmp L2747
L2748:
    cmp byte ptr [rdi+22], 0
    jne label_746
L2747:
# jump_f
    jmp label_748
# label_L
label_746:
# is_list_fs
    mov rax, qword ptr [rsp+32]
    cmp rax, 59
    short je L2749
    test al, 2
    jne label_747
L2749:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+32], 59
# line_I
# i_call_ext_e
L2750:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_748
# label_L
label_747:
# is_integer_fs
    mov rdi, qword ptr [rsp+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2751
    test al, 1
    jne label_766
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_766
L2751:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# label_L
label_748:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2752
    test al, 1
    jne label_749
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_749
L2752:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2753
    mov ecx, 1
.db 0x90
    call 140320710850576
L2753:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# jump_f
    jmp label_764
# label_L
label_749:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L2754
    test al, 2
    jne label_765
L2754:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# line_I
# call_light_bif_be
    align 4
L2755:
L2756:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L2755]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# jump_f
    jmp label_764
# label_L
label_750:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2757
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2757:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp lexeme_pick/3
# label_L
label_751:
# is_binary_fs
    mov rdi, qword ptr [rbx+24]
    rex test dil, 1
    jne label_756
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2759
    and al, -5
    cmp al, 32
    jne label_756
    short jmp L2758
L2759:
    cmp byte ptr [rdi+22], 0
    jne label_756
L2758:
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2760
    mov ecx, 5
.db 0x90
    call 140320710850576
L2760:
    sub rsp, 40
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x66, 0x90
    call bin_search/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_755
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx], rsi
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+8]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+8], rax
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# i_minus_ssjd
# subtract without overflow check
    mov rax, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx]
    and rsi, -16
    sub rax, rsi
    mov qword ptr [rbx], rax
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rsp+8]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L2762
L2761:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2763
    mov qword ptr [rbx+8], rsi
    mov ecx, 2
.db 0x90
    call 140320710850576
    mov rsi, qword ptr [rbx+8]
L2763:
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
L2762:
    mov qword ptr [rbx+8], rsi
# i_bs_get_binary2_Sftstd
    mov rax, qword ptr [rbx]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_782
    and rax, -16
    js label_782
    mov edx, 8
    mul rdx
    jo label_782
    sar rax, 4
    mov rsi, rax
    mov qword ptr [rbx-120], rsi
    mov rcx, qword ptr [rbx+8]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2764
    mov qword ptr [rbx+16], rcx
    mov ecx, 3
    call 140320710850576
    mov rcx, qword ptr [rbx+16]
L2764:
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
    je label_782
    mov qword ptr [rsp+32], rax
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp+24]
    test al, 2
    jne label_754
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_752
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2765
    test al, 1
    jne label_752
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_752
L2765:
# line_I
# i_bs_create_bin_jItd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L2767
L2766:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L2767:
# calculate sizes
    xor r14d, r14d
# size utf8
    mov rdi, qword ptr [rbx]
    xor eax, eax
    mov al, 8
    cmp rdi, 2063
    short jl L2768
    mov al, 16
    cmp rdi, 32783
    short jl L2768
    mov al, 24
    cmp rdi, 1048591
    short jl L2768
    mov al, 32
L2768:
    add r14, rax
# size of an entire binary
    mov rdi, qword ptr [rbx+8]
    call 94919178212384
    mov rdi, qword ptr [rbx+8]
    mov ecx, 2064
    test rax, rax
    short js L2766
    add r14, rax
# allocate binary
    mov r8d, 3
    mov r9d, 2
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
    je L2766
# construct a binary segment
    mov rdx, 8
    mov rsi, qword ptr [rbx+8]
    mov rdi, r13
    call 94919179743696
    mov ecx, 2104
    test eax, eax
    je L2766
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx], rax
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
    add rsp, 40
# return
    dec r14
    jl L1157
    ret
# label_L
label_752:
# i_is_eq_exact_literal_fscI
L2769:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rsp+32]
    rex test dil, 1
    jne label_753
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_753
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+32], rdi
# i_trim_t
    add rsp, 32
# line_I
# i_call_ext_e
L2770:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2771
    mov ecx, 1
    call 140320710850576
L2771:
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
    jl L1157
    ret
# label_L
label_753:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+24], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_ext_e
L2772:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L2773
    mov ecx, 1
    call 140320710850576
L2773:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
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
    add rsp, 16
# return
    dec r14
    jl L1157
    ret
# label_L
label_754:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2774
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2774:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+32]
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
    jl L1157
    ret
# label_L
label_755:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2775
    xor ecx, ecx
.db 0x90
    call 140320710850576
L2775:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp lexeme_pick/3
# label_L
label_756:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L2776
    test al, 2
    jne label_773
L2776:
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2777
    mov ecx, 3
    call 140320710850576
L2777:
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
# line_I
# i_call_ext_e
L2778:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_771
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rsp], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2779:
L2780:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L2779]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_767
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    mov qword ptr [rsp+32], rax
# line_I
# i_call_ext_e
L2781:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_783
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp+32], rsi
    mov qword ptr [rsp+8], rdx
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2782:
L2783:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L2782]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_759
# label_L
label_757:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp+16]
    test al, 2
    jne label_758
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_758
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_758
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2785
    and al, -5
    cmp al, 32
    jne label_758
    short jmp L2784
L2785:
    cmp byte ptr [rdi+22], 0
    jne label_758
L2784:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2786
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2786:
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
    add rsp, 40
# return
    dec r14
    jl L1157
    ret
# label_L
label_758:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+32], rdi
# i_trim_t
    add rsp, 32
# line_I
# i_call_ext_e
L2787:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2788
    mov ecx, 1
    call 140320710850576
L2788:
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
    jl L1157
    ret
# label_L
label_759:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp+32]
    test al, 2
    jne label_760
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_760
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_760
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2790
    and al, -5
    cmp al, 32
    jne label_760
    short jmp L2789
L2790:
    cmp byte ptr [rdi+22], 0
    jne label_760
L2789:
# jump_f
    jmp label_762
# label_L
label_760:
# is_list_fs
    mov rax, qword ptr [rsp+32]
    cmp rax, 59
    short je L2791
    test al, 2
    jne label_761
L2791:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+32], 59
# i_call_ext_e
L2792:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_762
# label_L
label_761:
# is_integer_fs
    mov rdi, qword ptr [rsp+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2793
    test al, 1
    jne label_766
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_766
L2793:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# label_L
label_762:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2794
    test al, 1
    jne label_763
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_763
L2794:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2795
    mov ecx, 1
.db 0x90
    call 140320710850576
L2795:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# jump_f
    jmp label_764
# label_L
label_763:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L2796
    test al, 2
    jne label_765
L2796:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# line_I
# call_light_bif_be
    align 4
L2797:
L2798:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L2797]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# label_L
label_764:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp lexeme_pick/3
# label_L
label_765:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 40
    jmp '-inlined-append/2-'/2
# label_L
label_766:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp '-inlined-rev/1-'/1
# label_L
label_767:
# is_integer_fs
    mov rdi, qword ptr [rsp+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2799
    test al, 1
    jne label_768
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_768
L2799:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2800
    xor ecx, ecx
.db 0x90
    call 140320710850576
L2800:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# jump_f
    jmp label_769
# label_L
label_768:
# is_list_fs
    mov rax, qword ptr [rsp+8]
    cmp rax, 59
    short je L2801
    test al, 2
    jne label_770
L2801:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [rbx], xmm0
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    mov qword ptr [rsp+32], rax
# call_light_bif_be
    align 4
L2802:
L2803:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L2802]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# label_L
label_769:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp lexeme_pick/3
# label_L
label_770:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 40
    jmp '-inlined-append/2-'/2
# label_L
label_771:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_784
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp+16]
    test al, 2
    jne label_772
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_772
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_772
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2805
    and al, -5
    cmp al, 32
    jne label_772
    short jmp L2804
L2805:
    cmp byte ptr [rdi+22], 0
    jne label_772
L2804:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2806
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L2806:
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
    add rsp, 40
# return
    dec r14
    jl L1157
    ret
# label_L
label_772:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 40
# line_I
# i_call_ext_e
L2807:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2808
    mov ecx, 1
    call 140320710850576
L2808:
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
    jl L1157
    ret
# label_L
label_773:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_744
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2810
    and al, -5
    cmp al, 32
    jne label_744
    short jmp L2809
L2810:
    cmp byte ptr [rdi+22], 0
    jne label_744
L2809:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2811
    mov ecx, 3
    call 140320710850576
L2811:
    sub rsp, 32
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# i_call_f
.db 0x66, 0x90
    call bin_search/3
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_777
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp+8], rsi
    mov qword ptr [rbx+8], rdx
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_786
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+24]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+8]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+8], rax
# i_minus_ssjd
# subtract without overflow check
    mov rax, qword ptr [rbx]
    mov rsi, qword ptr [rbx+8]
    and rsi, -16
    sub rax, rsi
    mov qword ptr [rbx], rax
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rsp+24]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L2813
L2812:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2814
    mov qword ptr [rbx+8], rsi
    mov ecx, 2
.db 0x90
    call 140320710850576
    mov rsi, qword ptr [rbx+8]
L2814:
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
L2813:
    mov qword ptr [rbx+8], rsi
# i_bs_get_binary2_Sftstd
    mov rax, qword ptr [rbx]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_785
    and rax, -16
    js label_785
    mov edx, 8
    mul rdx
    jo label_785
    sar rax, 4
    mov rsi, rax
    mov qword ptr [rbx-120], rsi
    mov rcx, qword ptr [rbx+8]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2815
    mov qword ptr [rbx+16], rcx
    mov ecx, 3
    call 140320710850576
    mov rcx, qword ptr [rbx+16]
L2815:
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
    je label_785
    mov qword ptr [rsp], rax
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp+16]
    test al, 2
    jne label_776
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_774
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2816
    test al, 1
    jne label_774
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_774
L2816:
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
    short jmp L2818
L2817:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L2818:
# calculate sizes
    xor r14d, r14d
# size utf8
    mov rdi, qword ptr [rbx]
    xor eax, eax
    mov al, 8
    cmp rdi, 2063
    short jl L2819
    mov al, 16
    cmp rdi, 32783
    short jl L2819
    mov al, 24
    cmp rdi, 1048591
    short jl L2819
    mov al, 32
L2819:
    add r14, rax
# size of an entire binary
    mov rdi, qword ptr [rbx+8]
    call 94919178212384
    mov rdi, qword ptr [rbx+8]
    mov ecx, 2064
    test rax, rax
    short js L2817
    add r14, rax
# allocate binary
    mov r8d, 3
    mov r9d, 2
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
    je L2817
# construct a binary segment
    mov rdx, 8
    mov rsi, qword ptr [rbx+8]
    mov rdi, r13
    call 94919179743696
    mov ecx, 2104
    test eax, eax
    je L2817
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx], rax
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
    jl L1157
    ret
# label_L
label_774:
# i_is_eq_exact_literal_fscI
L2820:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rsp]
    rex test dil, 1
    jne label_775
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_775
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+24], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_ext_e
L2821:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2822
    mov ecx, 1
    call 140320710850576
L2822:
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
    jl L1157
    ret
# label_L
label_775:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_trim_t
    add rsp, 16
# line_I
# i_call_ext_e
L2823:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L2824
    mov ecx, 1
    call 140320710850576
L2824:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
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
    add rsp, 16
# return
    dec r14
    jl L1157
    ret
# label_L
label_776:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2825
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2825:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1157
    ret
# label_L
label_777:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp+16]
    test al, 2
    jne label_780
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_778
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2826
    test al, 1
    jne label_778
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_778
L2826:
# line_I
# i_bs_create_bin_jItd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L2828
L2827:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L2828:
# calculate sizes
    xor r14d, r14d
# size utf8
    mov rdi, qword ptr [rbx]
    xor eax, eax
    mov al, 8
    cmp rdi, 2063
    short jl L2829
    mov al, 16
    cmp rdi, 32783
    short jl L2829
    mov al, 24
    cmp rdi, 1048591
    short jl L2829
    mov al, 32
L2829:
    add r14, rax
# size of an entire binary
    mov rdi, qword ptr [rbx+8]
    call 94919178212384
    mov rdi, qword ptr [rbx+8]
    mov ecx, 2064
    test rax, rax
    short js L2827
    add r14, rax
# allocate binary
    mov r8d, 3
    mov r9d, 2
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
    je L2827
# construct a binary segment
    mov rdx, 8
    mov rsi, qword ptr [rbx+8]
    mov rdi, r13
    call 94919179743696
    mov ecx, 2104
    test eax, eax
    je L2827
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx], rax
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
    add rsp, 32
# return
    dec r14
    jl L1157
    ret
# label_L
label_778:
# i_is_eq_exact_literal_fscI
L2830:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rsp+24]
    rex test dil, 1
    jne label_779
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_779
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 32
# line_I
# i_call_ext_e
L2831:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2832
    mov ecx, 1
    call 140320710850576
L2832:
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
    jl L1157
    ret
# label_L
label_779:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_ext_e
L2833:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L2834
    mov ecx, 1
    call 140320710850576
L2834:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
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
    add rsp, 8
# return
    dec r14
    jl L1157
    ret
# label_L
label_780:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2835
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2835:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+24]
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
    jl L1157
    ret
# label_L
label_781:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_782:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_783:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_784:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_785:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_786:
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
label_787:
# i_func_info_IaaI
# string:nth_lexeme_m/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x5E, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
nth_lexeme_m/3:
# i_breakpoint_trampoline
    short jmp L2836
.db 0x00
    call L1158
    align 8
L2836:
# i_test_yield
    lea rdx, qword ptr [nth_lexeme_m/3+24]
    dec r14
    jle L1156
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_793
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_binary_fs
    mov rdi, qword ptr [rbx+24]
    rex test dil, 1
    jne label_793
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2838
    and al, -5
    cmp al, 32
    jne label_793
    short jmp L2837
L2838:
    cmp byte ptr [rdi+22], 0
    jne label_793
L2837:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2839
    mov ecx, 5
    call 140320710850576
L2839:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+8], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call bin_search_inv/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_789
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_last_ft
    add rsp, 24
    jmp nth_lexeme_m/3
# label_L
label_789:
# is_lt_fss
    mov rsi, qword ptr [rsp+8]
    mov edi, 31
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L2840
    cmp rdi, rsi
    short jmp L2841
L2840:
    call 140320710848608
L2841:
    jge label_790
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x66, 0x90
    call lexeme_skip/2
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L2842
    add rax, rdx
    short jno L2843
L2842:
    call 140320710853080
L2843:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 16
    jmp nth_lexeme_m/3
# label_L
label_790:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_791
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call bin_pattern/1
# call_light_bif_be
    align 4
L2844:
L2845:
    long mov rcx, 9223372036854775807
    mov rax, 94919179962992
    lea rdx, qword ptr [L2844]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2846
    mov ecx, 1
    call 140320710850576
L2846:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
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
# jump_f
    jmp label_792
# label_L
label_791:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# label_L
label_792:
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
.db 0x90
    call lexeme_pick/3
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L1157
    ret
# label_L
label_793:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L2847
    test al, 2
    jne label_799
L2847:
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2848
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2848:
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
# line_I
# i_call_ext_e
L2849:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_798
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# call_light_bif_be
    align 4
L2850:
L2851:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L2850]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_794
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp nth_lexeme_m/3
# label_L
label_794:
# is_lt_fss
    mov rsi, qword ptr [rsp+16]
    mov edi, 31
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L2852
    cmp rdi, rsi
    short jmp L2853
L2852:
    call 140320710848608
L2853:
    jge label_795
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsp+32], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call lexeme_skip/2
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L2854
    add rax, rdx
    short jno L2855
L2854:
    call 140320710853080
L2855:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 16
    jmp nth_lexeme_m/3
# label_L
label_795:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_796
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+16], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call bin_pattern/1
# call_light_bif_be
    align 4
L2856:
L2857:
    long mov rcx, 9223372036854775807
    mov rax, 94919179962992
    lea rdx, qword ptr [L2856]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2858
    mov ecx, 1
    call 140320710850576
L2858:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+8], rdi
# jump_f
    jmp label_797
# label_L
label_796:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# label_L
label_797:
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 40
# line_I
# i_call_f
    call lexeme_pick/3
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L1157
    ret
# label_L
label_798:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_803
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1157
    ret
# label_L
label_799:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_787
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2860
    and al, -5
    cmp al, 32
    jne label_787
    short jmp L2859
L2860:
    cmp byte ptr [rdi+22], 0
    jne label_787
L2859:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2861
    mov ecx, 4
    call 140320710850576
L2861:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+16], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_800
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call bin_pattern/1
# call_light_bif_be
    align 4
L2862:
L2863:
    long mov rcx, 9223372036854775807
    mov rax, 94919179962992
    lea rdx, qword ptr [L2862]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2864
    mov ecx, 1
    call 140320710850576
L2864:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# label_L
label_800:
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
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
    call bin_search_inv/3
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_802
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_804
# is_lt_fss
    mov rsi, qword ptr [rsp+8]
    mov edi, 31
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L2865
    cmp rdi, rsi
    short jmp L2866
L2865:
    call 140320710848608
L2866:
    jge label_801
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call lexeme_skip/2
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L2867
    add rax, rdx
    short jno L2868
L2867:
    call 140320710853080
L2868:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 32
    jmp nth_lexeme_m/3
# label_L
label_801:
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 32
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call lexeme_pick/3
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L1157
    ret
# label_L
label_802:
# i_move_sd
L2869:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1157
    ret
# label_L
label_803:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_804:
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
label_805:
# i_func_info_IaaI
# string:lexeme_skip/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x5E, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
lexeme_skip/2:
# i_breakpoint_trampoline
    short jmp L2870
.db 0x00
    call L1158
    align 8
L2870:
# i_test_yield
    lea rdx, qword ptr [lexeme_skip/2+24]
    dec r14
    jle L1156
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_812
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+32], xmm0
# is_integer_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2871
    test al, 1
    jne label_809
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_809
L2871:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2872
    mov ecx, 6
    call 140320710850576
L2872:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2873:
L2874:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L2873]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_808
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+8], rax
    mov qword ptr [rsp+24], rax
# line_I
# i_call_ext_e
L2875:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_820
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp+24], rdx
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# call_light_bif_be
    align 4
L2876:
L2877:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L2876]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_807
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1157
    ret
# label_L
label_807:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 32
    jmp lexeme_skip/2
# label_L
label_808:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 32
    jmp lexeme_skip/2
# label_L
label_809:
# is_binary_fs
    mov rdi, qword ptr [rbx+16]
    rex test dil, 1
    jne label_812
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2879
    and al, -5
    cmp al, 32
    jne label_812
    short jmp L2878
L2879:
    cmp byte ptr [rdi+22], 0
    jne label_812
L2878:
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2880
    mov ecx, 6
.db 0x90
    call 140320710850576
L2880:
    sub rsp, 40
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+32], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_810
# init_yregs_I
    mov qword ptr [rsp+32], 59
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call bin_pattern/1
# call_light_bif_be
    align 4
L2881:
L2882:
    long mov rcx, 9223372036854775807
    mov rax, 94919179962992
    lea rdx, qword ptr [L2881]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2883
    mov ecx, 1
    call 140320710850576
L2883:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# label_L
label_810:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+24]
    movups xmmword ptr [rbx+8], xmm0
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
.db 0x90
    call bin_search/3
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_811
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+24]
    movups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 40
    jmp lexeme_skip/2
# label_L
label_811:
# i_trim_t
    add rsp, 40
# line_I
# i_call_ext_e
L2884:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919179095792
    call 140320710851304
    mov qword ptr [rbx], rax
# deallocate_t
# return
    dec r14
    jl L1157
    ret
# label_L
label_812:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+16], xmm0
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L2885
    test al, 2
    jne label_816
L2885:
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2886
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2886:
    sub rsp, 40
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+24], xmm0
# line_I
# i_call_ext_e
L2887:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_815
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# line_I
# call_light_bif_be
    align 4
L2888:
L2889:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L2888]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_814
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+32], rax
# line_I
# i_call_ext_e
L2890:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_821
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp+32], rdx
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# call_light_bif_be
    align 4
L2891:
L2892:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L2891]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_813
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1157
    ret
# label_L
label_813:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 40
    jmp lexeme_skip/2
# label_L
label_814:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp lexeme_skip/2
# label_L
label_815:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_822
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1157
    ret
# label_L
label_816:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_805
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2894
    and al, -5
    cmp al, 32
    jne label_805
    short jmp L2893
L2894:
    cmp byte ptr [rdi+22], 0
    jne label_805
L2893:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2895
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L2895:
    sub rsp, 32
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+16], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_817
# init_yregs_I
    mov qword ptr [rsp+16], 59
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call bin_pattern/1
# call_light_bif_be
    align 4
L2896:
L2897:
    long mov rcx, 9223372036854775807
    mov rax, 94919179962992
    lea rdx, qword ptr [L2896]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2898
    mov ecx, 1
    call 140320710850576
L2898:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+16], rdi
# jump_f
    jmp label_818
# label_L
label_817:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# label_L
label_818:
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    mov qword ptr [rsp+24], rax
# line_I
# i_call_f
    call bin_search/3
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_819
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_823
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L2899:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919179095792
    call 140320710851304
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1157
    ret
# label_L
label_819:
# i_move_sd
L2900:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1157
    ret
# label_L
label_820:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_821:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_822:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_823:
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
label_824:
# i_func_info_IaaI
# string:find_l/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x5E, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
find_l/2:
# i_breakpoint_trampoline
    short jmp L2901
.db 0x00
    call L1158
    align 8
L2901:
# i_test_yield
    lea rdx, qword ptr [find_l/2+24]
    dec r14
    jle L1156
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_830
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_828
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+32], rsi
# is_integer_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2902
    test al, 1
    jne label_828
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_828
L2902:
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L2903
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_827
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_827
L2903:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2904
    mov ecx, 4
.db 0x90
    call 140320710850576
L2904:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call prefix_1/2
# is_eq_exact_fss
    cmp qword ptr [rbx], 28235
    jne label_826
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 24
    jmp find_l/2
# label_L
label_826:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_827:
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp find_l/2
# label_L
label_828:
# is_binary_fs
    mov rdi, qword ptr [rbx+16]
    rex test dil, 1
    jne label_830
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2906
    and al, -5
    cmp al, 32
    jne label_830
    short jmp L2905
L2906:
    cmp byte ptr [rdi+22], 0
    jne label_830
L2905:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L2907
    mov ecx, 4
    call 140320710850576
L2907:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+8], 15
# line_I
# i_call_f
    call bin_search_str/4
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 28235
    jne label_829
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp find_l/2
# label_L
label_829:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1157
    ret
# label_L
label_830:
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_833
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+16], rsi
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L2908
    test al, 2
    jne label_833
L2908:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2909
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2909:
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
# line_I
# i_call_ext_e
L2910:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_832
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L2911
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_831
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_831
L2911:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call prefix_1/2
# is_ne_exact_fss
    cmp qword ptr [rbx], 28235
    je label_831
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1157
    ret
# label_L
label_831:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp find_l/2
# label_L
label_832:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_835
# i_move_sd
    mov qword ptr [rbx], 28235
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1157
    ret
# label_L
label_833:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2912
    mov ecx, 2
.db 0x90
    call 140320710850576
L2912:
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+8], 15
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call bin_search_str/4
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 28235
    jne label_834
# i_move_sd
    mov qword ptr [rbx], 28235
# deallocate_t
# return
    dec r14
    jl L1157
    ret
# label_L
label_834:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_836
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_836
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L1157
    ret
# label_L
label_835:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_836:
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
label_837:
# i_func_info_IaaI
# string:find_r/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x5F, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
find_r/3:
# i_breakpoint_trampoline
    short jmp L2913
.db 0x00
    call L1158
    align 8
L2913:
# i_test_yield
    lea rdx, qword ptr [find_r/3+24]
    dec r14
    jle L1156
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_843
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_841
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+40], rsi
# is_integer_fs
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2914
    test al, 1
    jne label_841
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_841
L2914:
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+40]
    mov rdi, qword ptr [rbx+24]
    cmp rdi, rsi
    short je L2915
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_840
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_840
L2915:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2916
    mov ecx, 5
.db 0x90
    call 140320710850576
L2916:
    sub rsp, 32
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call prefix_1/2
# is_eq_exact_fss
    cmp qword ptr [rbx], 28235
    jne label_839
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp find_r/3
# label_L
label_839:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+16]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp find_r/3
# label_L
label_840:
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp find_r/3
# label_L
label_841:
# is_binary_fs
    mov rdi, qword ptr [rbx+24]
    rex test dil, 1
    jne label_843
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2918
    and al, -5
    cmp al, 32
    jne label_843
    short jmp L2917
L2918:
    cmp byte ptr [rdi+22], 0
    jne label_843
L2917:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2919
    mov ecx, 5
    call 140320710850576
L2919:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+8], 15
# line_I
# i_call_f
    call bin_search_str/4
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 28235
    jne label_842
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_last_ft
    add rsp, 16
    jmp find_r/3
# label_L
label_842:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L2920:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_848
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_last_ft
    add rsp, 16
    jmp find_r/3
# label_L
label_843:
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_846
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+24], rsi
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L2921
    test al, 2
    jne label_846
L2921:
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2922
    mov ecx, 4
    call 140320710850576
L2922:
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
# line_I
# i_call_ext_e
L2923:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_845
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L2924
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_844
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_844
L2924:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call prefix_1/2
# is_ne_exact_fss
    cmp qword ptr [rbx], 28235
    je label_844
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+24]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp find_r/3
# label_L
label_844:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp find_r/3
# label_L
label_845:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_849
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1157
    ret
# label_L
label_846:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2925
    mov ecx, 3
.db 0x90
    call 140320710850576
L2925:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+8], 15
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call bin_search_str/4
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 28235
    jne label_847
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1157
    ret
# label_L
label_847:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_851
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_851
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_850
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L2927
# is_binary_header
    cmp al, 40
    short je L2926
    and al, -5
    cmp al, 32
    jne label_850
L2926:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2928
    mov qword ptr [rbx+24], rsi
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rsi, qword ptr [rbx+24]
L2928:
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
L2927:
    mov qword ptr [rbx], rsi
# i_bs_skip_utf8_Sf
    mov rdi, qword ptr [rbx]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rdi, qword ptr [rdi+6]
    call 94919179750352
    mov rsp, rbp
    test eax, eax
    je label_850
# i_bs_get_binary_all2_Sfttd
    mov rdi, qword ptr [rbx]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2929
    mov qword ptr [rbx+24], rdi
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rdi, qword ptr [rbx+24]
L2929:
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jne label_850
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rsi, qword ptr [rdi+6]
    mov rdi, r13
    call 94919179752144
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 16
    jmp find_r/3
# label_L
label_848:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_849:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_850:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_851:
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
label_852:
# i_func_info_IaaI
# string:add_non_empty/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x5F, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
add_non_empty/2:
# i_breakpoint_trampoline
    short jmp L2930
.db 0x00
    call L1158
    align 8
L2930:
# i_test_yield
    lea rdx, qword ptr [add_non_empty/2+24]
    dec r14
    jle L1156
# i_is_eq_exact_literal_fscI
L2931:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_854
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_854
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1157
    ret
# label_L
label_854:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2932
    mov ecx, 2
    call 140320710850576
L2932:
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
    jl L1157
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_855:
# i_func_info_IaaI
# string:cp_prefix/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x5F, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
cp_prefix/2:
# i_breakpoint_trampoline
    short jmp L2933
.db 0x00
    call L1158
    align 8
L2933:
# i_test_yield
    lea rdx, qword ptr [cp_prefix/2+24]
    dec r14
    jle L1156
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L2934
    mov ecx, 2
    call 140320710850576
L2934:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L2935:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_857
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp cp_prefix_1/3
# label_L
label_857:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_858
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1157
    ret
# label_L
label_858:
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
label_859:
# i_func_info_IaaI
# string:cp_prefix_1/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x5F, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
cp_prefix_1/3:
# i_breakpoint_trampoline
    short jmp L2936
.db 0x00
    call L1158
    align 8
L2936:
# i_test_yield
    lea rdx, qword ptr [cp_prefix_1/3+24]
    dec r14
    jle L1156
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2937
    mov ecx, 3
    call 140320710850576
L2937:
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
# line_I
# i_call_ext_e
L2938:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_863
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rsp], xmm0
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+24]
    mov rdi, qword ptr [rsp+8]
    cmp rdi, rsi
    short je L2939
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_862
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_862
L2939:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call equal/2
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_861
# i_move_sd
    mov qword ptr [rbx], 59
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1157
    ret
# label_L
label_861:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
    call cp_prefix_1/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2940
    mov ecx, 1
    call 140320710850576
L2940:
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
    jl L1157
    ret
# label_L
label_862:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+24], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
.db 0x66, 0x90
    call cp_prefix_1/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2941
    mov ecx, 1
    call 140320710850576
L2941:
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
    jl L1157
    ret
# label_L
label_863:
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
label_864:
# i_func_info_IaaI
# string:bin_search/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x60, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
bin_search/3:
# i_breakpoint_trampoline
    short jmp L2942
.db 0x00
    call L1158
    align 8
L2942:
# i_test_yield
    lea rdx, qword ptr [bin_search/3+24]
    dec r14
    jle L1156
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+32], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_call_only_f
    jmp bin_search_loop/5
# func_line_I
# aligned_label_Lt
    align 8
label_866:
# i_func_info_IaaI
# string:search_pattern/1
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x60, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
search_pattern/1:
# i_breakpoint_trampoline
    short jmp L2943
.db 0x00
    call L1158
    align 8
L2943:
# i_test_yield
    lea rdx, qword ptr [search_pattern/1+24]
    dec r14
    jle L1156
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_868
    cmp dword ptr [rsi-2], 192
    jne label_868
# return
    dec r14
    jl L1157
    ret
# label_L
label_868:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L2944
    mov ecx, 1
    call 140320710850576
L2944:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call search_cp/1
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2945
    mov ecx, 1
    call 140320710850576
L2945:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], 907
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1157
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_869:
# i_func_info_IaaI
# string:search_cp/1
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x60, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
search_cp/1:
# i_breakpoint_trampoline
    short jmp L2946
.db 0x00
    call L1158
    align 8
L2946:
# i_test_yield
    lea rdx, qword ptr [search_cp/1+24]
    dec r14
    jle L1156
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_872
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2947
    test al, 1
    jne label_871
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_871
L2947:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L2948
    mov ecx, 2
.db 0x90
    call 140320710850576
L2948:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call search_cp/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2949
    mov ecx, 1
    call 140320710850576
L2949:
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
    jl L1157
    ret
# label_L
label_871:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2950
    mov ecx, 2
.db 0x90
    call 140320710850576
L2950:
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
# i_call_ext_e
L2951:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_873
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rsp], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+8], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call search_cp/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2952
    mov ecx, 1
    call 140320710850576
L2952:
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
    jl L1157
    ret
# label_L
label_872:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_869
# return
    dec r14
    jl L1157
    ret
# label_L
label_873:
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
label_874:
# i_func_info_IaaI
# string:bin_pattern/1
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x60, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
bin_pattern/1:
# i_breakpoint_trampoline
    short jmp L2953
.db 0x00
    call L1158
    align 8
L2953:
# i_test_yield
    lea rdx, qword ptr [bin_pattern/1+24]
    dec r14
    jle L1156
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_876
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_bs_create_bin_jItd
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L2955
L2954:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L2955:
# calculate sizes
    xor r14d, r14d
# size utf8
    mov rdi, qword ptr [rbx+8]
    xor eax, eax
    mov al, 8
    cmp rdi, 2063
    short jl L2956
    mov al, 16
    cmp rdi, 32783
    short jl L2956
    mov al, 24
    cmp rdi, 1048591
    short jl L2956
    mov al, 32
L2956:
    add r14, rax
# allocate binary
    xor r8d, r8d
    mov r9d, 2
    lea rdx, qword ptr [rbx-80]
    mov rsi, rbx
    mov rdi, r13
# (size in bits)
    mov rcx, r14
    call 94919178211120
    mov qword ptr [rbx-120], rax
    mov rsi, qword ptr [rbx+8]
    lea rdi, qword ptr [rbx-80]
    call 94919179742624
    mov rdi, qword ptr [rbx+8]
    mov ecx, 1424
    test eax, eax
    short je L2954
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L2957
    mov ecx, 2
.db 0x90
    call 140320710850576
L2957:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call bin_pattern/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2958
    mov ecx, 1
    call 140320710850576
L2958:
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
    jl L1157
    ret
# label_L
label_876:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_874
# return
    dec r14
    jl L1157
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_877:
# i_func_info_IaaI
# string:bin_search_loop/5
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x61, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
bin_search_loop/5:
# i_breakpoint_trampoline
    short jmp L2959
.db 0x00
    call L1158
    align 8
L2959:
# i_test_yield
    lea rdx, qword ptr [bin_search_loop/5+24]
    dec r14
    jle L1156
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178859104
    call 140320710851400
    je label_879
    mov qword ptr [rbx+40], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+40]
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L2960
    cmp rdi, rsi
    short jmp L2961
L2960:
    call 140320710848608
L2961:
    jge label_880
# label_L
label_879:
# is_lt_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L2962
    cmp rdi, rsi
    short jmp L2963
L2962:
    call 140320710848608
L2963:
    jge label_881
# label_L
label_880:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2964
    mov ecx, 4
    call 140320710850576
L2964:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 28235
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1157
    ret
# label_L
label_881:
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_893
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L2966
# is_binary_header
    cmp al, 40
    short je L2965
    and al, -5
    cmp al, 32
    jne label_893
L2965:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2967
    mov qword ptr [rbx+40], rsi
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rsi, qword ptr [rbx+40]
L2967:
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
L2966:
    mov qword ptr [rbx+40], rsi
# i_bs_skip_bits2_SSft
    mov rax, qword ptr [rbx+8]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_893
    and rax, -16
    js label_893
    mov edx, 8
    mul rdx
    jo label_893
    sar rax, 4
    mov rdi, qword ptr [rbx+40]
    add rax, qword ptr [rdi+22]
    cmp rax, qword ptr [rdi+30]
    ja label_893
    mov qword ptr [rdi+22], rax
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx+40]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_893
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2968
    mov ecx, 6
    call 140320710850576
L2968:
    sub rsp, 48
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+40], rdi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+40]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2969
    mov qword ptr [rbx+48], rdi
    mov ecx, 7
.db 0x66, 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+48]
L2969:
    call 140320710849224
    mov qword ptr [rsp], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2970:
L2971:
    long mov rcx, 9223372036854775807
    mov rax, 94919179963216
    lea rdx, qword ptr [L2970]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_887
    test byte ptr [rsi-2], 63
    jne label_887
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 128
    jne label_892
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# is_nil_fS
    cmp qword ptr [rsp+24], 59
    jne label_884
# i_bs_skip_bits2_SSft
    mov rax, qword ptr [rbx]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_889
    and rax, -16
    js label_889
    mov edx, 8
    mul rdx
    jo label_889
    sar rax, 4
    mov rdi, qword ptr [rsp+8]
    add rax, qword ptr [rdi+22]
    cmp rax, qword ptr [rdi+30]
    ja label_889
    mov qword ptr [rdi+22], rax
# bs_get_tail_Sdt
    mov rdi, qword ptr [rsp+8]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2972
    mov qword ptr [rbx], rdi
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx]
L2972:
    call 140320710849224
    mov qword ptr [rsp+24], rax
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L2973:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_888
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp+8], rdx
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# line_I
# call_light_bif_be
    align 4
L2974:
L2975:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L2974]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_882
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2976
    xor ecx, ecx
.db 0x90
    call 140320710850576
L2976:
# put_cons_ss
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L1157
    ret
# label_L
label_882:
# is_nil_fS
    cmp qword ptr [rsp+8], 59
    jne label_883
# i_move_sd
L2977:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L1157
    ret
# label_L
label_883:
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+40]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+8]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+8], rax
# i_minus_ssjd
# subtract without overflow check
    mov rax, qword ptr [rbx]
    mov rsi, qword ptr [rbx+8]
    and rsi, -16
    sub rax, rsi
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp bin_search_loop/5
# label_L
label_884:
# i_bs_skip_bits2_SSft
    mov rax, qword ptr [rbx]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_891
    and rax, -16
    js label_891
    mov edx, 8
    mul rdx
    jo label_891
    sar rax, 4
    mov rdi, qword ptr [rsp+8]
    add rax, qword ptr [rdi+22]
    cmp rax, qword ptr [rdi+30]
    ja label_891
    mov qword ptr [rdi+22], rax
# bs_get_tail_Sdt
    mov rdi, qword ptr [rsp+8]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2978
    mov qword ptr [rbx], rdi
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx]
L2978:
    call 140320710849224
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2979
    mov ecx, 1
    call 140320710850576
L2979:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rsp+8], rsi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L2980:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_890
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# line_I
# call_light_bif_be
    align 4
L2981:
L2982:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L2981]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_885
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L1157
    ret
# label_L
label_885:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp]
    test al, 2
    jne label_886
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+24]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L2983
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_886
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_886
L2983:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_886
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2985
    and al, -5
    cmp al, 32
    jne label_886
    short jmp L2984
L2985:
    cmp byte ptr [rdi+22], 0
    jne label_886
L2984:
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+40]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+8], rax
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# i_minus_ssjd
# subtract without overflow check
    mov rax, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx]
    and rsi, -16
    sub rax, rsi
    mov qword ptr [rbx+8], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp bin_search_loop/5
# label_L
label_886:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2986
    xor ecx, ecx
    call 140320710850576
L2986:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 28235
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L1157
    ret
# label_L
label_887:
# is_eq_exact_fss
    cmp qword ptr [rbx], 28235
    jne label_892
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2987
    xor ecx, ecx
.db 0x90
    call 140320710850576
L2987:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 28235
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L1157
    ret
# label_L
label_888:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_889:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rsp]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_890:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_891:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rsp]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_892:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_893:
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
label_894:
# i_func_info_IaaI
# string:bin_search_inv/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x61, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
bin_search_inv/3:
# i_breakpoint_trampoline
    short jmp L2988
.db 0x00
    call L1158
    align 8
L2988:
# i_test_yield
    lea rdx, qword ptr [bin_search_inv/3+24]
    dec r14
    jle L1156
# i_is_eq_exact_literal_fscI
L2989:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_896
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_896
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2990
    mov ecx, 2
.db 0x90
    call 140320710850576
L2990:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 28235
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1157
    ret
# label_L
label_896:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_897
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_nil_fS
    cmp qword ptr [rbx+32], 59
    jne label_897
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+16], rdi
# i_call_only_f
    jmp bin_search_inv_1/3
# label_L
label_897:
# i_call_only_f
    jmp bin_search_inv_n/3
# func_line_I
# aligned_label_Lt
    align 8
label_898:
# i_func_info_IaaI
# string:bin_search_inv_1/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x61, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
bin_search_inv_1/3:
# i_breakpoint_trampoline
    short jmp L2991
.db 0x00
    call L1158
    align 8
L2991:
# i_test_yield
    lea rdx, qword ptr [bin_search_inv_1/3+24]
    dec r14
    jle L1156
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_908
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L2993
# is_binary_header
    cmp al, 40
    short je L2992
    and al, -5
    cmp al, 32
    jne label_908
L2992:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2994
    mov qword ptr [rbx+24], rsi
    mov ecx, 4
    call 140320710850576
    mov rsi, qword ptr [rbx+24]
L2994:
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
L2993:
    mov qword ptr [rbx+24], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+24]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx], rdi
# i_bs_get_utf8_Sfd
    mov rdi, qword ptr [rbx+24]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rdi, qword ptr [rdi+6]
    call 94919179750352
    mov rsp, rbp
    test eax, eax
    je label_906
    mov qword ptr [rbx+32], rax
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+24]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx+40], rdi
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx+24]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_906
# i_bs_get_utf8_Sfd
    mov rdi, qword ptr [rbx+24]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rdi, qword ptr [rdi+6]
    call 94919179750352
    mov rsp, rbp
    test eax, eax
    je label_901
    mov qword ptr [rbx+48], rax
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+32]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L2995:
L2996:
    jge label_901
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+48]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L2997:
L2998:
    jge label_901
# is_ne_exact_fss
    cmp qword ptr [rbx+32], 223
    je label_901
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx+16]
    cmp qword ptr [rbx+32], rdi
    jne label_900
# bs_set_position_SS
    mov rdi, qword ptr [rbx+24]
    mov rsi, qword ptr [rbx+40]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp bin_search_inv_1/3
# label_L
label_900:
# bs_set_position_SS
    mov rdi, qword ptr [rbx+24]
    mov rsi, qword ptr [rbx]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+24]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2999
    mov qword ptr [rbx+32], rdi
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+32]
L2999:
    call 140320710849224
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3000
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3000:
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
    jl L1157
    ret
# label_L
label_901:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_903
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3001
    mov ecx, 4
.db 0x90
    call 140320710850576
L3001:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# bs_set_position_SS
    mov rdi, qword ptr [rbx+24]
    mov rsi, qword ptr [rbx]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+24]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L3002
    mov qword ptr [rbx+32], rdi
    mov ecx, 5
    call 140320710850576
    mov rdi, qword ptr [rbx+32]
L3002:
    call 140320710849224
    mov qword ptr [rsp], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L3003:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_902
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L3004
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_902
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_902
L3004:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_last_ft
    add rsp, 16
    jmp bin_search_inv_1/3
# label_L
label_902:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3005
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3005:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1157
    ret
# label_L
label_903:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3006
    mov ecx, 4
    call 140320710850576
L3006:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+8], xmm0
# bs_set_position_SS
    mov rdi, qword ptr [rbx+24]
    mov rsi, qword ptr [rbx]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+24]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L3007
    mov qword ptr [rbx+32], rdi
    mov ecx, 5
    call 140320710850576
    mov rdi, qword ptr [rbx+32]
L3007:
    call 140320710849224
    mov qword ptr [rsp], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3008
    xor ecx, ecx
.db 0x90
    call 140320710850576
L3008:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# line_I
# i_call_ext_e
L3009:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_905
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_904
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L3010
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_905
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_905
L3010:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rbx+24]
    cmp rdi, rsi
    short je L3011
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_904
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_904
L3011:
# is_binary_fs
    mov rdi, qword ptr [rbx+16]
    rex test dil, 1
    jne label_904
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L3013
    and al, -5
    cmp al, 32
    jne label_904
    short jmp L3012
L3013:
    cmp byte ptr [rdi+22], 0
    jne label_904
L3012:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_call_last_ft
    add rsp, 24
    jmp bin_search_inv_1/3
# label_L
label_904:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L3014
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_905
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_905
L3014:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3015
    mov ecx, 1
    call 140320710850576
L3015:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 28235
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
    jl L1157
    ret
# label_L
label_905:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3016
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3016:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_906:
# bs_set_position_SS
    mov rdi, qword ptr [rbx+24]
    mov rsi, qword ptr [rbx]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+24]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_907
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3017
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L3017:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 28235
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1157
    ret
# label_L
label_907:
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+24]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L3018
    mov qword ptr [rbx+32], rdi
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rdi, qword ptr [rbx+32]
L3018:
    call 140320710849224
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3019
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3019:
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
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3020
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L3020:
# call_light_bif_be
    align 4
L3021:
L3022:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L3021]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1157
    ret
# label_L
label_908:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_909
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3023
    mov ecx, 2
    call 140320710850576
L3023:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 28235
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1157
    ret
# label_L
label_909:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3024
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3024:
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
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3025
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L3025:
# call_light_bif_be
    align 4
L3026:
L3027:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L3026]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1157
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_910:
# i_func_info_IaaI
# string:bin_search_inv_n/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x61, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
bin_search_inv_n/3:
# i_breakpoint_trampoline
    short jmp L3028
.db 0x00
    call L1158
    align 8
L3028:
# i_test_yield
    lea rdx, qword ptr [bin_search_inv_n/3+24]
    dec r14
    jle L1156
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_920
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L3030
# is_binary_header
    cmp al, 40
    short je L3029
    and al, -5
    cmp al, 32
    jne label_920
L3029:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L3031
    mov qword ptr [rbx+24], rsi
    mov ecx, 4
    call 140320710850576
    mov rsi, qword ptr [rbx+24]
L3031:
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
L3030:
    mov qword ptr [rbx+24], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+24]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx], rdi
# i_bs_get_utf8_Sfd
    mov rdi, qword ptr [rbx+24]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rdi, qword ptr [rdi+6]
    call 94919179750352
    mov rsp, rbp
    test eax, eax
    je label_918
    mov qword ptr [rbx+32], rax
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+24]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx+40], rdi
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx+24]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_918
# i_bs_get_utf8_Sfd
    mov rdi, qword ptr [rbx+24]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rdi, qword ptr [rdi+6]
    call 94919179750352
    mov rsp, rbp
    test eax, eax
    je label_913
    mov qword ptr [rbx+48], rax
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+32]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L3032:
L3033:
    jge label_913
# is_lt_fss
    mov esi, 4111
    mov rdi, qword ptr [rbx+48]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L3034:
L3035:
    jge label_913
# is_ne_exact_fss
    cmp qword ptr [rbx+32], 223
    je label_913
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L3036
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3036:
    sub rsp, 40
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L3037:
L3038:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L3037]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_912
# bs_set_position_SS
    mov rdi, qword ptr [rsp+16]
    mov rsi, qword ptr [rsp]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp bin_search_inv_n/3
# label_L
label_912:
# bs_set_position_SS
    mov rdi, qword ptr [rsp+16]
    mov rsi, qword ptr [rsp+8]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rsp+16]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L3039
    mov qword ptr [rbx], rdi
    mov ecx, 1
.db 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx]
L3039:
    call 140320710849224
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3040
    mov ecx, 1
    call 140320710850576
L3040:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1157
    ret
# label_L
label_913:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_915
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3041
    mov ecx, 4
.db 0x90
    call 140320710850576
L3041:
    sub rsp, 24
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+16], rdi
# bs_set_position_SS
    mov rdi, qword ptr [rbx+24]
    mov rsi, qword ptr [rbx]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+24]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L3042
    mov qword ptr [rbx+32], rdi
    mov ecx, 5
    call 140320710850576
    mov rdi, qword ptr [rbx+32]
L3042:
    call 140320710849224
    mov qword ptr [rsp+8], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L3043:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_922
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# line_I
# call_light_bif_be
    align 4
L3044:
L3045:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L3044]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_914
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp bin_search_inv_n/3
# label_L
label_914:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3046
    xor ecx, ecx
    call 140320710850576
L3046:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_915:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L3047
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3047:
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
# bs_set_position_SS
    mov rdi, qword ptr [rbx+24]
    mov rsi, qword ptr [rbx]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+24]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L3048
    mov qword ptr [rbx+32], rdi
    mov ecx, 5
    call 140320710850576
    mov rdi, qword ptr [rbx+32]
L3048:
    call 140320710849224
    mov qword ptr [rsp+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3049
    xor ecx, ecx
    call 140320710850576
L3049:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# line_I
# i_call_ext_e
L3050:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_923
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# line_I
# call_light_bif_be
    align 4
L3051:
L3052:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L3051]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_917
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp]
    test al, 2
    jne label_916
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+24]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L3053
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_916
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_916
L3053:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_916
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L3055
    and al, -5
    cmp al, 32
    jne label_916
    short jmp L3054
L3055:
    cmp byte ptr [rdi+22], 0
    jne label_916
L3054:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_last_ft
    add rsp, 32
    jmp bin_search_inv_n/3
# label_L
label_916:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3056
    xor ecx, ecx
    call 140320710850576
L3056:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 28235
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
    jl L1157
    ret
# label_L
label_917:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3057
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L3057:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1157
    ret
# label_L
label_918:
# bs_set_position_SS
    mov rdi, qword ptr [rbx+24]
    mov rsi, qword ptr [rbx]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+24]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_919
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3058
    mov ecx, 2
.db 0x90
    call 140320710850576
L3058:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 28235
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1157
    ret
# label_L
label_919:
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+24]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L3059
    mov qword ptr [rbx+32], rdi
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rdi, qword ptr [rbx+32]
L3059:
    call 140320710849224
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3060
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3060:
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
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3061
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L3061:
# call_light_bif_be
    align 4
L3062:
L3063:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L3062]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1157
    ret
# label_L
label_920:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_921
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3064
    mov ecx, 2
    call 140320710850576
L3064:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 28235
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1157
    ret
# label_L
label_921:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3065
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3065:
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
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3066
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L3066:
# call_light_bif_be
    align 4
L3067:
L3068:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L3067]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1157
    ret
# label_L
label_922:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_923:
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
label_924:
# i_func_info_IaaI
# string:bin_search_str/4
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x62, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
bin_search_str/4:
# i_breakpoint_trampoline
    short jmp L3069
.db 0x00
    call L1158
    align 8
L3069:
# i_test_yield
    lea rdx, qword ptr [bin_search_str/4+24]
    dec r14
    jle L1156
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_926
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3070
    mov ecx, 4
.db 0x90
    call 140320710850576
L3070:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L3071:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# call_light_bif_be
    align 4
L3072:
L3073:
    long mov rcx, 9223372036854775807
    mov rax, 94919179962992
    lea rdx, qword ptr [L3072]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 24
    jmp bin_search_str_1/4
# label_L
label_926:
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_924
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+32], rsi
# line_I
# i_bs_create_bin_jItd
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L3075
L3074:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L3075:
# calculate sizes
    xor r14d, r14d
# size utf8
    mov rdi, qword ptr [rbx+32]
    xor eax, eax
    mov al, 8
    cmp rdi, 2063
    short jl L3076
    mov al, 16
    cmp rdi, 32783
    short jl L3076
    mov al, 24
    cmp rdi, 1048591
    short jl L3076
    mov al, 32
L3076:
    add r14, rax
# allocate binary
    xor r8d, r8d
    mov r9d, 5
    lea rdx, qword ptr [rbx-80]
    mov rsi, rbx
    mov rdi, r13
# (size in bits)
    mov rcx, r14
    call 94919178211120
    mov qword ptr [rbx-120], rax
    mov rsi, qword ptr [rbx+32]
    lea rdi, qword ptr [rbx-80]
    call 94919179742624
    mov rdi, qword ptr [rbx+32]
    mov ecx, 1424
    test eax, eax
    short je L3074
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx+32], rax
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L3077
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3077:
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
# call_light_bif_be
    align 4
L3078:
L3079:
    long mov rcx, 9223372036854775807
    mov rax, 94919179962992
    lea rdx, qword ptr [L3078]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+32], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 32
    jmp bin_search_str_2/5
# func_line_I
# aligned_label_Lt
    align 8
label_927:
# i_func_info_IaaI
# string:bin_search_str_1/4
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x62, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
bin_search_str_1/4:
# i_breakpoint_trampoline
    short jmp L3080
.db 0x00
    call L1158
    align 8
L3080:
# i_test_yield
    lea rdx, qword ptr [bin_search_str_1/4+24]
    dec r14
    jle L1156
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_936
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L3082
# is_binary_header
    cmp al, 40
    short je L3081
    and al, -5
    cmp al, 32
    jne label_936
L3081:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L3083
    mov qword ptr [rbx+32], rsi
    mov ecx, 5
    call 140320710850576
    mov rsi, qword ptr [rbx+32]
L3083:
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
L3082:
    mov qword ptr [rbx+32], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+32]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx], rdi
# i_bs_skip_bits2_SSft
    mov rax, qword ptr [rbx+8]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_933
    and rax, -16
    js label_933
    mov edx, 8
    mul rdx
    jo label_933
    sar rax, 4
    mov rdi, qword ptr [rbx+32]
    add rax, qword ptr [rdi+22]
    cmp rax, qword ptr [rdi+30]
    ja label_933
    mov qword ptr [rdi+22], rax
# i_bs_get_binary_all2_Sfttd
    mov rdi, qword ptr [rbx+32]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L3084
    mov qword ptr [rbx+40], rdi
    mov ecx, 6
.db 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+40]
L3084:
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jne label_933
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rsi, qword ptr [rdi+6]
    mov rdi, r13
    call 94919179752144
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
    mov qword ptr [rbx+40], rax
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L3085
    mov ecx, 6
.db 0x90
    call 140320710850576
L3085:
    sub rsp, 48
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L3086:
L3087:
    long mov rcx, 9223372036854775807
    mov rax, 94919179963216
    lea rdx, qword ptr [L3086]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_932
    test byte ptr [rsi-2], 63
    jne label_932
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 128
    jne label_935
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp+40]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L3089
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L3088
L3089:
    call 140320710853728
L3088:
    mov qword ptr [rbx], rax
# bs_set_position_SS
    mov rdi, qword ptr [rsp+16]
    mov rsi, qword ptr [rsp+8]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# i_bs_get_binary2_Sftstd
    mov rax, qword ptr [rbx]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_931
    and rax, -16
    js label_931
    mov edx, 8
    mul rdx
    jo label_931
    sar rax, 4
    mov rsi, rax
    mov qword ptr [rbx-120], rsi
    mov rcx, qword ptr [rsp+16]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L3090
    mov qword ptr [rbx+8], rcx
    mov ecx, 2
.db 0x90
    call 140320710850576
    mov rcx, qword ptr [rbx+8]
L3090:
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
    je label_931
    mov qword ptr [rsp+40], rax
# bs_test_unit_fSt
    mov rdi, qword ptr [rsp+16]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_931
# bs_get_tail_Sdt
    mov rdi, qword ptr [rsp+16]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L3091
    mov qword ptr [rbx], rdi
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx]
L3091:
    call 140320710849224
    mov qword ptr [rsp], rax
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call prefix_1/2
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_929
# is_eq_exact_fss
    cmp qword ptr [rbx], 28235
    jne label_930
# i_bs_skip_utf8_Sf
    mov rdi, qword ptr [rsp+16]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rdi, qword ptr [rdi+6]
    call 94919179750352
    mov rsp, rbp
    test eax, eax
    je label_934
# bs_get_tail_Sdt
    mov rdi, qword ptr [rsp+16]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L3092
    mov qword ptr [rbx], rdi
    mov ecx, 1
.db 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx]
L3092:
    call 140320710849224
    mov qword ptr [rbx], rax
# bs_set_position_SS
    mov rdi, qword ptr [rsp+16]
    mov rsi, qword ptr [rsp+8]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rsp+16]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L3093
    mov qword ptr [rbx+8], rdi
    mov ecx, 2
.db 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+8]
L3093:
    call 140320710849224
    mov qword ptr [rbx+8], rax
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+8]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+8], rax
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# i_minus_ssjd
# subtract without overflow check
    mov rax, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx]
    and rsi, -16
    sub rax, rsi
    mov qword ptr [rbx+8], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp bin_search_str_1/4
# label_L
label_929:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_930
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L3094
    xor ecx, ecx
.db 0x90
    call 140320710850576
L3094:
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
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
L3095:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L1157
    ret
# label_L
label_930:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L3096
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3096:
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
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15+8], rdi
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L1157
    ret
# label_L
label_931:
# bs_set_position_SS
    mov rdi, qword ptr [rsp+16]
    mov rsi, qword ptr [rsp+8]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rsp+16]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L3097
    mov qword ptr [rbx], rdi
    mov ecx, 1
.db 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx]
L3097:
    call 140320710849224
    mov qword ptr [rbx], rax
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_932:
# is_eq_exact_fss
    cmp qword ptr [rbx], 28235
    jne label_935
# bs_set_position_SS
    mov rdi, qword ptr [rsp+16]
    mov rsi, qword ptr [rsp+8]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rsp+16]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L3098
    mov qword ptr [rbx], rdi
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx]
L3098:
    call 140320710849224
    mov qword ptr [rbx], rax
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L3099
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L3099:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 28235
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], 59
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L1157
    ret
# label_L
label_933:
# bs_set_position_SS
    mov rdi, qword ptr [rbx+32]
    mov rsi, qword ptr [rbx]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+32]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L3100
    mov qword ptr [rbx+40], rdi
    mov ecx, 6
.db 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+40]
L3100:
    call 140320710849224
    mov qword ptr [rbx], rax
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_934:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rsp]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_935:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_936:
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
label_937:
# i_func_info_IaaI
# string:bin_search_str_2/5
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x62, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
bin_search_str_2/5:
# i_breakpoint_trampoline
    short jmp L3101
.db 0x00
    call L1158
    align 8
L3101:
# i_test_yield
    lea rdx, qword ptr [bin_search_str_2/5+24]
    dec r14
    jle L1156
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_951
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L3103
# is_binary_header
    cmp al, 40
    short je L3102
    and al, -5
    cmp al, 32
    jne label_951
L3102:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L3104
    mov qword ptr [rbx+40], rsi
    mov ecx, 6
    call 140320710850576
    mov rsi, qword ptr [rbx+40]
L3104:
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
L3103:
    mov qword ptr [rbx+40], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+40]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx], rdi
# i_bs_skip_bits2_SSft
    mov rax, qword ptr [rbx+8]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_948
    and rax, -16
    js label_948
    mov edx, 8
    mul rdx
    jo label_948
    sar rax, 4
    mov rdi, qword ptr [rbx+40]
    add rax, qword ptr [rdi+22]
    cmp rax, qword ptr [rdi+30]
    ja label_948
    mov qword ptr [rdi+22], rax
# i_bs_get_binary_all2_Sfttd
    mov rdi, qword ptr [rbx+40]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L3105
    mov qword ptr [rbx+48], rdi
    mov ecx, 7
.db 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+48]
L3105:
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jne label_948
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rsi, qword ptr [rdi+6]
    mov rdi, r13
    call 94919179752144
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
    mov qword ptr [rbx+48], rax
# allocate_tt
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L3106
    mov ecx, 7
.db 0x90
    call 140320710850576
L3106:
    sub rsp, 80
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+40], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+56], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+72], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L3107:
L3108:
    long mov rcx, 9223372036854775807
    mov rax, 94919179963216
    lea rdx, qword ptr [L3107]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_947
    test byte ptr [rsi-2], 63
    jne label_947
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 128
    jne label_950
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp+72]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L3110
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L3109
L3110:
    call 140320710853728
L3109:
    mov qword ptr [rsp+72], rax
# bs_set_position_SS
    mov rdi, qword ptr [rsp+40]
    mov rsi, qword ptr [rsp+32]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# i_bs_get_binary2_Sftstd
    mov rax, qword ptr [rsp+72]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_946
    and rax, -16
    js label_946
    mov edx, 8
    mul rdx
    jo label_946
    sar rax, 4
    mov rsi, rax
    mov qword ptr [rbx-120], rsi
    mov rcx, qword ptr [rsp+40]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L3111
    mov qword ptr [rbx], rcx
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
    mov rcx, qword ptr [rbx]
L3111:
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
    je label_946
    mov qword ptr [rsp+24], rax
# i_bs_get_binary_all2_Sfttd
    mov rdi, qword ptr [rsp+40]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L3112
    mov qword ptr [rbx], rdi
    mov ecx, 1
    call 140320710850576
    mov rdi, qword ptr [rbx]
L3112:
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jne label_946
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rsi, qword ptr [rdi+6]
    mov rdi, r13
    call 94919179752144
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
    mov qword ptr [rsp+16], rax
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L3113:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_949
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rsp], rsi
# is_nil_fS
    cmp qword ptr [rsp+64], 59
    jne label_939
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# jump_f
    jmp label_941
# label_L
label_939:
# i_is_eq_exact_literal_fscI
L3114:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rsp+16]
    rex test dil, 1
    jne label_940
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_940
# i_move_sd
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [rbx], rdi
# jump_f
    jmp label_941
# label_L
label_940:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3115
    xor ecx, ecx
.db 0x90
    call 140320710850576
L3115:
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# label_L
label_941:
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call prefix_1/2
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_944
# is_eq_exact_fss
    cmp qword ptr [rbx], 28235
    jne label_945
# is_binary_fs
    mov rdi, qword ptr [rsp]
    rex test dil, 1
    jne label_942
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L3117
    and al, -5
    cmp al, 32
    jne label_942
    short jmp L3116
L3117:
    cmp byte ptr [rdi+22], 0
    jne label_942
L3116:
# bs_set_position_SS
    mov rdi, qword ptr [rsp+40]
    mov rsi, qword ptr [rsp+32]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rsp+40]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L3118
    mov qword ptr [rbx], rdi
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rdi, qword ptr [rbx]
L3118:
    call 140320710849224
    mov qword ptr [rbx], rax
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# i_bif1_sjbd
    lea rsi, qword ptr [rsp]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+8], rax
# i_minus_ssjd
# subtract without overflow check
    mov rax, qword ptr [rbx]
    mov rsi, qword ptr [rbx+8]
    and rsi, -16
    sub rax, rsi
    mov qword ptr [rbx+8], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+48], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 80
    jmp bin_search_str_2/5
# label_L
label_942:
# is_nil_fS
    cmp qword ptr [rsp+64], 59
    jne label_943
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L3119
    xor ecx, ecx
    call 140320710850576
L3119:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 28235
    mov rdi, qword ptr [rsp+72]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 80
# return
    dec r14
    jl L1157
    ret
# label_L
label_943:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L3120
    xor ecx, ecx
    call 140320710850576
L3120:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+64]
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
    mov qword ptr [r15+8], 28235
    mov rdi, qword ptr [rsp+72]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 80
# return
    dec r14
    jl L1157
    ret
# label_L
label_944:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_945
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L3121
    xor ecx, ecx
    call 140320710850576
L3121:
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+64]
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
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
L3122:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 80
# return
    dec r14
    jl L1157
    ret
# label_L
label_945:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L3123
    mov ecx, 1
.db 0x90
    call 140320710850576
L3123:
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+64]
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
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 80
# return
    dec r14
    jl L1157
    ret
# label_L
label_946:
# bs_set_position_SS
    mov rdi, qword ptr [rsp+40]
    mov rsi, qword ptr [rsp+32]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rsp+40]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L3124
    mov qword ptr [rbx], rdi
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rdi, qword ptr [rbx]
L3124:
    call 140320710849224
    mov qword ptr [rbx], rax
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_947:
# is_eq_exact_fss
    cmp qword ptr [rbx], 28235
    jne label_950
# bs_set_position_SS
    mov rdi, qword ptr [rsp+40]
    mov rsi, qword ptr [rsp+32]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rsp+40]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L3125
    mov qword ptr [rbx], rdi
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx]
L3125:
    call 140320710849224
    mov qword ptr [rbx], rax
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L3126
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L3126:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 28235
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 80
# return
    dec r14
    jl L1157
    ret
# label_L
label_948:
# bs_set_position_SS
    mov rdi, qword ptr [rbx+40]
    mov rsi, qword ptr [rbx]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+40]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L3127
    mov qword ptr [rbx+48], rdi
    mov ecx, 7
    call 140320710850576
    mov rdi, qword ptr [rbx+48]
L3127:
    call 140320710849224
    mov qword ptr [rbx], rax
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_949:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_950:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_951:
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
label_952:
# i_func_info_IaaI
# string:len/1
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB0, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
len/1:
# i_breakpoint_trampoline
    short jmp L3128
.db 0x00
    call L1158
    align 8
L3128:
# i_test_yield
    lea rdx, qword ptr [len/1+24]
    dec r14
    jle L1156
# i_length_setup_jts
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
    mov qword ptr [rbx+16], 15
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_length_jtd
    align 4
L3129:
    mov esi, 1
    lea rdx, qword ptr [L3129]
    call 140320710852592
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L1157
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_954:
# i_func_info_IaaI
# string:concat/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x66, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
concat/2:
# i_breakpoint_trampoline
    short jmp L3130
.db 0x00
    call L1158
    align 8
L3130:
# i_test_yield
    lea rdx, qword ptr [concat/2+24]
    dec r14
    jle L1156
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3131
    mov ecx, 2
    call 140320710850576
L3131:
# call_light_bif_be
    align 4
L3132:
L3133:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L3132]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1157
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_956:
# i_func_info_IaaI
# string:chr/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x62, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
chr/2:
# i_breakpoint_trampoline
    short jmp L3134
.db 0x00
    call L1158
    align 8
L3134:
# i_test_yield
    lea rdx, qword ptr [chr/2+24]
    dec r14
    jle L1156
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L3135
    test al, 1
    short jne label_956
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_956
L3135:
# i_move_sd
    mov qword ptr [rbx+16], 31
# i_call_only_f
    jmp chr/3
# func_line_I
# aligned_label_Lt
    align 8
label_958:
# i_func_info_IaaI
# string:chr/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x62, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
chr/3:
# i_breakpoint_trampoline
    short jmp L3136
.db 0x00
    call L1158
    align 8
L3136:
# i_test_yield
    lea rdx, qword ptr [chr/3+24]
    dec r14
    jle L1156
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_961
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx], rdx
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L3137
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_960
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_960
L3137:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1157
    ret
# label_L
label_960:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L3138
    add rax, rdx
    short jno L3139
L3138:
    call 140320710853080
L3139:
    mov qword ptr [rbx+16], rax
# i_call_only_f
    jmp chr/3
# label_L
label_961:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_958
# i_move_sd
    mov qword ptr [rbx], 15
# return
    dec r14
    jl L1157
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_962:
# i_func_info_IaaI
# string:rchr/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x63, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rchr/2:
# i_breakpoint_trampoline
    short jmp L3140
.db 0x00
    call L1158
    align 8
L3140:
# i_test_yield
    lea rdx, qword ptr [rchr/2+24]
    dec r14
    jle L1156
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L3141
    test al, 1
    short jne label_962
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_962
L3141:
# i_move_sd
    mov qword ptr [rbx+24], 15
# i_move_sd
    mov qword ptr [rbx+16], 31
# i_call_only_f
    jmp rchr/4
# func_line_I
# aligned_label_Lt
    align 8
label_964:
# i_func_info_IaaI
# string:rchr/4
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x63, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rchr/4:
# i_breakpoint_trampoline
    short jmp L3142
.db 0x00
    call L1158
    align 8
L3142:
# i_test_yield
    lea rdx, qword ptr [rchr/4+24]
    dec r14
    jle L1156
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_967
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
    mov qword ptr [rbx], rdx
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L3143
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_966
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_966
L3143:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L3144
    add rax, rdx
    short jno L3145
L3144:
    call 140320710853080
L3145:
    mov qword ptr [rbx+8], rax
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp rchr/4
# label_L
label_966:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L3146
    add rax, rdx
    short jno L3147
L3146:
    call 140320710853080
L3147:
    mov qword ptr [rbx+16], rax
# i_call_only_f
    jmp rchr/4
# label_L
label_967:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_964
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1157
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_968:
# i_func_info_IaaI
# string:str/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x63, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
str/2:
# i_breakpoint_trampoline
    short jmp L3148
.db 0x00
    call L1158
    align 8
L3148:
# i_test_yield
    lea rdx, qword ptr [str/2+24]
    dec r14
    jle L1156
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L3149
    test al, 2
    short jne label_968
L3149:
# i_move_sd
    mov qword ptr [rbx+16], 31
# i_call_only_f
    jmp str/3
# func_line_I
# aligned_label_Lt
    align 8
label_970:
# i_func_info_IaaI
# string:str/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x63, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
str/3:
# i_breakpoint_trampoline
    short jmp L3150
.db 0x00
    call L1158
    align 8
L3150:
# i_test_yield
    lea rdx, qword ptr [str/3+24]
    dec r14
    jle L1156
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_974
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_973
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+32], xmm0
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+32]
    cmp rdi, rsi
    short je L3151
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_973
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_973
L3151:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L3152
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3152:
    sub rsp, 32
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call l_prefix/2
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_972
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1157
    ret
# label_L
label_972:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+24]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L3153
    add rax, rdx
    short jno L3154
L3153:
    call 140320710853080
L3154:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3155
    mov ecx, 1
.db 0x90
    call 140320710850576
L3155:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp str/3
# label_L
label_973:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L3156
    add rax, rdx
    short jno L3157
L3156:
    call 140320710853080
L3157:
    mov qword ptr [rbx+16], rax
# i_call_only_f
    jmp str/3
# label_L
label_974:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_970
# i_move_sd
    mov qword ptr [rbx], 15
# return
    dec r14
    jl L1157
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_975:
# i_func_info_IaaI
# string:rstr/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x63, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rstr/2:
# i_breakpoint_trampoline
    short jmp L3158
.db 0x00
    call L1158
    align 8
L3158:
# i_test_yield
    lea rdx, qword ptr [rstr/2+24]
    dec r14
    jle L1156
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L3159
    test al, 2
    short jne label_975
L3159:
# i_move_sd
    mov qword ptr [rbx+24], 15
# i_move_sd
    mov qword ptr [rbx+16], 31
# i_call_only_f
    jmp rstr/4
# func_line_I
# aligned_label_Lt
    align 8
label_977:
# i_func_info_IaaI
# string:rstr/4
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x63, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rstr/4:
# i_breakpoint_trampoline
    short jmp L3160
.db 0x00
    call L1158
    align 8
L3160:
# i_test_yield
    lea rdx, qword ptr [rstr/4+24]
    dec r14
    jle L1156
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_981
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
    mov qword ptr [rbx], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_980
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+40], xmm0
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+40]
    cmp rdi, rsi
    short je L3161
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_980
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_980
L3161:
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L3162
    mov ecx, 7
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3162:
    sub rsp, 40
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call l_prefix/2
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_979
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+32]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L3163
    add rax, rdx
    short jno L3164
L3163:
    call 140320710853080
L3164:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3165
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3165:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp rstr/4
# label_L
label_979:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+32]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L3166
    add rax, rdx
    short jno L3167
L3166:
    call 140320710853080
L3167:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3168
    mov ecx, 1
    call 140320710850576
L3168:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp rstr/4
# label_L
label_980:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L3169
    add rax, rdx
    short jno L3170
L3169:
    call 140320710853080
L3170:
    mov qword ptr [rbx+16], rax
# i_call_only_f
    jmp rstr/4
# label_L
label_981:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_977
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1157
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_982:
# i_func_info_IaaI
# string:l_prefix/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x63, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
l_prefix/2:
# i_breakpoint_trampoline
    short jmp L3171
.db 0x00
    call L1158
    align 8
L3171:
# i_test_yield
    lea rdx, qword ptr [l_prefix/2+24]
    dec r14
    jle L1156
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_984
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_985
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+32], xmm0
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+32]
    cmp rdi, rsi
    short je L3172
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_985
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_985
L3172:
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp l_prefix/2
# label_L
label_984:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_985
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L3173
    test al, 2
    jne label_982
L3173:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L1157
    ret
# label_L
label_985:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L3174
    test al, 2
    jne label_982
L3174:
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L3175
    test al, 2
    jne label_982
L3175:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L1157
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_986:
# i_func_info_IaaI
# string:span/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x64, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
span/2:
# i_breakpoint_trampoline
    short jmp L3176
.db 0x00
    call L1158
    align 8
L3176:
# i_test_yield
    lea rdx, qword ptr [span/2+24]
    dec r14
    jle L1156
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L3177
    test al, 2
    short jne label_986
L3177:
# i_move_sd
    mov qword ptr [rbx+16], 15
# i_call_only_f
    jmp span/3
# func_line_I
# aligned_label_Lt
    align 8
label_988:
# i_func_info_IaaI
# string:span/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x64, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
span/3:
# i_breakpoint_trampoline
    short jmp L3178
.db 0x00
    call L1158
    align 8
L3178:
# i_test_yield
    lea rdx, qword ptr [span/3+24]
    dec r14
    jle L1156
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_991
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3179
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3179:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+8], xmm0
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# line_I
# call_light_bif_be
    align 4
L3180:
L3181:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L3180]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_990
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L3182
    add rax, rdx
    short jno L3183
L3182:
    call 140320710853080
L3183:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp span/3
# label_L
label_990:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_991:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_988
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1157
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_992:
# i_func_info_IaaI
# string:cspan/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x64, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
cspan/2:
# i_breakpoint_trampoline
    short jmp L3184
.db 0x00
    call L1158
    align 8
L3184:
# i_test_yield
    lea rdx, qword ptr [cspan/2+24]
    dec r14
    jle L1156
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L3185
    test al, 2
    short jne label_992
L3185:
# i_move_sd
    mov qword ptr [rbx+16], 15
# i_call_only_f
    jmp cspan/3
# func_line_I
# aligned_label_Lt
    align 8
label_994:
# i_func_info_IaaI
# string:cspan/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x64, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
cspan/3:
# i_breakpoint_trampoline
    short jmp L3186
.db 0x00
    call L1158
    align 8
L3186:
# i_test_yield
    lea rdx, qword ptr [cspan/3+24]
    dec r14
    jle L1156
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_997
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3187
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3187:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+8], xmm0
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# line_I
# call_light_bif_be
    align 4
L3188:
L3189:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L3188]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_996
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_996:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L3190
    add rax, rdx
    short jno L3191
L3190:
    call 140320710853080
L3191:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp cspan/3
# label_L
label_997:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_994
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1157
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_998:
# i_func_info_IaaI
# string:substr/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x64, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
substr/2:
# i_breakpoint_trampoline
    short jmp L3192
.db 0x00
    call L1158
    align 8
L3192:
# i_test_yield
    lea rdx, qword ptr [substr/2+24]
    dec r14
    jle L1156
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 31
    jne label_1000
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L3193
    test al, 2
    jne label_1000
L3193:
# return
    dec r14
    jl L1157
    ret
# label_L
label_1000:
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L3194
    test al, 1
    short jne label_998
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_998
L3194:
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 31
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L3195
    cmp rdi, rsi
    short jmp L3196
L3195:
    call 140320710848608
L3196:
    jge label_998
# i_call_only_f
    jmp substr2/2
# func_line_I
# aligned_label_Lt
    align 8
label_1001:
# i_func_info_IaaI
# string:substr/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x64, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
substr/3:
# i_breakpoint_trampoline
    short jmp L3197
.db 0x00
    call L1158
    align 8
L3197:
# i_test_yield
    lea rdx, qword ptr [substr/3+24]
    dec r14
    jle L1156
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L3198
    test al, 1
    short jne label_1001
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_1001
L3198:
# is_ge_fss
    mov esi, 31
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L3199
    cmp rdi, rsi
    short jmp L3200
L3199:
    call 140320710848608
L3200:
    short jl label_1001
# is_integer_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L3201
    test al, 1
    jne label_1001
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_1001
L3201:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+16]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L3202
    cmp rdi, rsi
    short jmp L3203
L3202:
    call 140320710848608
L3203:
    jl label_1001
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3204
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L3204:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call substr2/2
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp substr1/2
# func_line_I
# aligned_label_Lt
    align 8
label_1003:
# i_func_info_IaaI
# string:substr1/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x64, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
substr1/2:
# i_breakpoint_trampoline
    short jmp L3205
.db 0x00
    call L1158
    align 8
L3205:
# i_test_yield
    lea rdx, qword ptr [substr1/2+24]
    dec r14
    jle L1156
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_1005
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L3206
    cmp rdi, rsi
    short jmp L3207
L3206:
    call 140320710848608
L3207:
    jge label_1005
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L3208
    add rax, rdx
    short jno L3209
L3208:
    call 140320710853080
L3209:
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3210
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L3210:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_f
    call substr1/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3211
    mov ecx, 1
    call 140320710850576
L3211:
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
    jl L1157
    ret
# label_L
label_1005:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L3212
    test al, 2
    jne label_1003
L3212:
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L1157
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1006:
# i_func_info_IaaI
# string:substr2/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x65, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
substr2/2:
# i_breakpoint_trampoline
    short jmp L3213
.db 0x00
    call L1158
    align 8
L3213:
# i_test_yield
    lea rdx, qword ptr [substr2/2+24]
    dec r14
    jle L1156
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 31
    jne label_1008
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L3214
    test al, 2
    jne label_1008
L3214:
# return
    dec r14
    jl L1157
    ret
# label_L
label_1008:
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    short jne label_1006
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L3215
    add rax, rdx
    short jno L3216
L3215:
    call 140320710853080
L3216:
    mov qword ptr [rbx+8], rax
# i_call_only_f
    short jmp substr2/2
# func_line_I
# aligned_label_Lt
    align 8
label_1009:
# i_func_info_IaaI
# string:tokens/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x90, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
tokens/2:
# i_breakpoint_trampoline
    short jmp L3217
.db 0x00
    call L1158
    align 8
L3217:
# i_test_yield
    lea rdx, qword ptr [tokens/2+24]
    dec r14
    jle L1156
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_1012
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_1011
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3218
    mov ecx, 3
.db 0x90
    call 140320710850576
L3218:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# line_I
# i_call_ext_e
L3219:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp tokens_single_1/3
# label_L
label_1011:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3220
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3220:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_ext_e
L3221:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp tokens_multiple_1/3
# label_L
label_1012:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_1015
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_1013
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3222
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3222:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1157
    ret
# label_L
label_1013:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_1014
# return
    dec r14
    jl L1157
    ret
# label_L
label_1014:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_1015:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_1016:
# i_func_info_IaaI
# string:tokens_single_1/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x65, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
tokens_single_1/3:
# i_breakpoint_trampoline
    short jmp L3223
.db 0x00
    call L1158
    align 8
L3223:
# i_test_yield
    lea rdx, qword ptr [tokens_single_1/3+24]
    dec r14
    jle L1156
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_1019
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx], rdx
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L3224
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_1018
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_1018
L3224:
# i_call_only_f
    short jmp tokens_single_1/3
# label_L
label_1018:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3225
    mov ecx, 4
.db 0x90
    call 140320710850576
L3225:
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_call_only_f
    jmp tokens_single_2/4
# label_L
label_1019:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1157
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1020:
# i_func_info_IaaI
# string:tokens_single_2/4
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x65, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
tokens_single_2/4:
# i_breakpoint_trampoline
    short jmp L3226
.db 0x00
    call L1158
    align 8
L3226:
# i_test_yield
    lea rdx, qword ptr [tokens_single_2/4+24]
    dec r14
    jle L1156
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_1023
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
    mov qword ptr [rbx], rdx
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L3227
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_1022
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_1022
L3227:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3228
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3228:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp tokens_single_1/3
# label_L
label_1022:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3229
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3229:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_call_only_f
    jmp tokens_single_2/4
# label_L
label_1023:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3230
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3230:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1157
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1024:
# i_func_info_IaaI
# string:tokens_multiple_1/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x65, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
tokens_multiple_1/3:
# i_breakpoint_trampoline
    short jmp L3231
.db 0x00
    call L1158
    align 8
L3231:
# i_test_yield
    lea rdx, qword ptr [tokens_multiple_1/3+24]
    dec r14
    jle L1156
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_1027
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L3232
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3232:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+16], xmm0
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L3233:
L3234:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L3233]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_1026
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp tokens_multiple_1/3
# label_L
label_1026:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3235
    xor ecx, ecx
    call 140320710850576
L3235:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp tokens_multiple_2/4
# label_L
label_1027:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1157
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1028:
# i_func_info_IaaI
# string:tokens_multiple_2/4
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x66, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
tokens_multiple_2/4:
# i_breakpoint_trampoline
    short jmp L3236
.db 0x00
    call L1158
    align 8
L3236:
# i_test_yield
    lea rdx, qword ptr [tokens_multiple_2/4+24]
    dec r14
    jle L1156
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_1031
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L3237
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3237:
    sub rsp, 40
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+32], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L3238:
L3239:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L3238]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_1030
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3240
    xor ecx, ecx
.db 0x90
    call 140320710850576
L3240:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rsp+16]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp tokens_multiple_1/3
# label_L
label_1030:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3241
    xor ecx, ecx
.db 0x90
    call 140320710850576
L3241:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp tokens_multiple_2/4
# label_L
label_1031:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3242
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L3242:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1157
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1032:
# i_func_info_IaaI
# string:chars/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xF8, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
chars/2:
# i_breakpoint_trampoline
    short jmp L3243
.db 0x00
    call L1158
    align 8
L3243:
# i_test_yield
    lea rdx, qword ptr [chars/2+24]
    dec r14
    jle L1156
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_call_only_f
    jmp chars/3
# func_line_I
# aligned_label_Lt
    align 8
label_1034:
# i_func_info_IaaI
# string:chars/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xF8, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
chars/3:
# i_breakpoint_trampoline
    short jmp L3244
.db 0x00
    call L1158
    align 8
L3244:
# i_test_yield
    lea rdx, qword ptr [chars/3+24]
    dec r14
    jle L1156
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 15
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L3245
    cmp rdi, rsi
    short jmp L3246
L3245:
    call 140320710848608
L3246:
    jge label_1036
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L3247
    mov rax, rsi
    add rax, rdx
    short jno L3248
L3247:
    call 140320710853080
L3248:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3249
    mov ecx, 3
.db 0x90
    call 140320710850576
L3249:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_call_only_f
    jmp chars/3
# label_L
label_1036:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_1034
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L3250
    test al, 1
    jne label_1034
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_1034
L3250:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1157
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1037:
# i_func_info_IaaI
# string:copies/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x66, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
copies/2:
# i_breakpoint_trampoline
    short jmp L3251
.db 0x00
    call L1158
    align 8
L3251:
# i_test_yield
    lea rdx, qword ptr [copies/2+24]
    dec r14
    jle L1156
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L3252
    test al, 2
    short jne label_1037
L3252:
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L3253
    test al, 1
    short jne label_1037
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_1037
L3253:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L3254
    cmp rdi, rsi
    short jmp L3255
L3254:
    call 140320710848608
L3255:
    jl label_1037
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_call_only_f
    jmp copies/3
# func_line_I
# aligned_label_Lt
    align 8
label_1039:
# i_func_info_IaaI
# string:copies/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x66, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
copies/3:
# i_breakpoint_trampoline
    short jmp L3256
.db 0x00
    call L1158
    align 8
L3256:
# i_test_yield
    lea rdx, qword ptr [copies/3+24]
    dec r14
    jle L1156
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_1041
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1157
    ret
# label_L
label_1041:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L3257
    add rax, rdx
    short jno L3258
L3257:
    call 140320710853080
L3258:
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3259
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3259:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# call_light_bif_be
    align 4
L3260:
L3261:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L3260]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp copies/3
# func_line_I
# aligned_label_Lt
    align 8
label_1042:
# i_func_info_IaaI
# string:words/1
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x66, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
words/1:
# i_breakpoint_trampoline
    short jmp L3262
.db 0x00
    call L1158
    align 8
L3262:
# i_test_yield
    lea rdx, qword ptr [words/1+24]
    dec r14
    jle L1156
# i_move_sd
    mov qword ptr [rbx+8], 527
# i_call_only_f
    jmp words/2
# func_line_I
# aligned_label_Lt
    align 8
label_1044:
# i_func_info_IaaI
# string:words/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x66, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
words/2:
# i_breakpoint_trampoline
    short jmp L3263
.db 0x00
    call L1158
    align 8
L3263:
# i_test_yield
    lea rdx, qword ptr [words/2+24]
    dec r14
    jle L1156
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L3264
    test al, 1
    short jne label_1044
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_1044
L3264:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3265
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3265:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 545611
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call strip/3
# i_move_sd
    mov qword ptr [rbx+16], 15
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp w_count/3
# func_line_I
# aligned_label_Lt
    align 8
label_1046:
# i_func_info_IaaI
# string:w_count/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
w_count/3:
# i_breakpoint_trampoline
    short jmp L3266
.db 0x00
    call L1158
    align 8
L3266:
# i_test_yield
    lea rdx, qword ptr [w_count/3+24]
    dec r14
    jle L1156
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_1049
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx], rdx
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L3267
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_1048
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_1048
L3267:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3268
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3268:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 550667
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call strip/3
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L3269
    add rax, rdx
    short jno L3270
L3269:
    call 140320710853080
L3270:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 16
    jmp w_count/3
# label_L
label_1048:
# i_call_only_f
    jmp w_count/3
# label_L
label_1049:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_1046
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L3271
    add rax, rdx
    short jno L3272
L3271:
    call 140320710853080
L3272:
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L1157
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1050:
# i_func_info_IaaI
# string:sub_word/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x67, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
sub_word/2:
# i_breakpoint_trampoline
    short jmp L3273
.db 0x00
    call L1158
    align 8
L3273:
# i_test_yield
    lea rdx, qword ptr [sub_word/2+24]
    dec r14
    jle L1156
# i_move_sd
    mov qword ptr [rbx+16], 527
# i_call_only_f
    jmp sub_word/3
# func_line_I
# aligned_label_Lt
    align 8
label_1052:
# i_func_info_IaaI
# string:sub_word/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x67, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
sub_word/3:
# i_breakpoint_trampoline
    short jmp L3274
.db 0x00
    call L1158
    align 8
L3274:
# i_test_yield
    lea rdx, qword ptr [sub_word/3+24]
    dec r14
    jle L1156
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L3275
    test al, 1
    short jne label_1052
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_1052
L3275:
# is_integer_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L3276
    test al, 1
    short jne label_1052
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_1052
L3276:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3277
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L3277:
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
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call words/2
# is_lt_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L3278
    cmp rdi, rsi
    short jmp L3279
L3278:
    call 140320710848608
L3279:
    jge label_1054
# i_move_sd
    mov qword ptr [rbx], 59
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1157
    ret
# label_L
label_1054:
# i_move_sd
    mov qword ptr [rbx+8], 550667
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
    call strip/3
# i_move_sd
    mov qword ptr [rbx+24], 31
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+32], 59
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 16
    jmp s_word/5
# func_line_I
# aligned_label_Lt
    align 8
label_1055:
# i_func_info_IaaI
# string:s_word/5
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x67, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
s_word/5:
# i_breakpoint_trampoline
    short jmp L3280
.db 0x00
    call L1158
    align 8
L3280:
# i_test_yield
    lea rdx, qword ptr [s_word/5+24]
    dec r14
    jle L1156
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_1060
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+40], xmm0
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+40]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L3281
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_1057
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_1057
L3281:
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+24]
    cmp rdi, rsi
    short je L3282
# skipped test of tags since they are always equal
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_1058
L3282:
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_ext_only_e
L3283:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_1057:
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+24]
    cmp rdi, rsi
    short je L3284
# skipped test of tags since they are always equal
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_1058
L3284:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3285
    mov ecx, 7
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3285:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp s_word/5
# label_L
label_1058:
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+40]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L3286
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_1059
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_1059
L3286:
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+24]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L3287
    cmp rdi, rsi
    short jmp L3288
L3287:
    call 140320710848608
L3288:
    jge label_1059
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L3289
    mov ecx, 7
    call 140320710850576
L3289:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov qword ptr [rbx+8], 550667
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call strip/3
# i_increment_SWd
    mov rsi, qword ptr [rsp+16]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L3290
    add rax, rdx
    short jno L3291
L3290:
    call 140320710853080
L3291:
    mov qword ptr [rbx+24], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 32
    jmp s_word/5
# label_L
label_1059:
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+24]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L3292
    cmp rdi, rsi
    short jmp L3293
L3292:
    call 140320710848608
L3293:
    jge label_1055
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp s_word/5
# label_L
label_1060:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_1055
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_ext_only_e
L3294:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_1061:
# i_func_info_IaaI
# string:strip/1
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x64, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
strip/1:
# i_breakpoint_trampoline
    short jmp L3295
.db 0x00
    call L1158
    align 8
L3295:
# i_test_yield
    lea rdx, qword ptr [strip/1+24]
    dec r14
    jle L1156
# i_move_sd
    mov qword ptr [rbx+8], 545611
# i_call_only_f
    jmp strip/2
# func_line_I
# aligned_label_Lt
    align 8
label_1063:
# i_func_info_IaaI
# string:strip/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x64, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
strip/2:
# i_breakpoint_trampoline
    short jmp L3296
.db 0x00
    call L1158
    align 8
L3296:
# i_test_yield
    lea rdx, qword ptr [strip/2+24]
    dec r14
    jle L1156
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 545611
    je label_1067
    cmp rsi, 550667
    je label_1066
    cmp rsi, 550859
    je label_1065
    short jmp label_1063
# label_L
label_1065:
# i_move_sd
    mov qword ptr [rbx+8], 527
# i_call_only_f
    jmp strip_right/2
# label_L
label_1066:
# i_move_sd
    mov qword ptr [rbx+8], 527
# i_call_only_f
    jmp strip_left/2
# label_L
label_1067:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3297
    mov ecx, 1
.db 0x90
    call 140320710850576
L3297:
# i_move_sd
    mov qword ptr [rbx+8], 527
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call strip_left/2
# i_move_sd
    mov qword ptr [rbx+8], 527
# i_call_last_ft
    jmp strip_right/2
# func_line_I
# aligned_label_Lt
    align 8
label_1068:
# i_func_info_IaaI
# string:strip/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x64, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
strip/3:
# i_breakpoint_trampoline
    short jmp L3298
.db 0x00
    call L1158
    align 8
L3298:
# i_test_yield
    lea rdx, qword ptr [strip/3+24]
    dec r14
    jle L1156
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 545611
    je label_1072
    cmp rsi, 550667
    je label_1071
    cmp rsi, 550859
    je label_1070
    short jmp label_1068
# label_L
label_1070:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp strip_right/2
# label_L
label_1071:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp strip_left/2
# label_L
label_1072:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3299
    mov ecx, 3
.db 0x90
    call 140320710850576
L3299:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call strip_left/2
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp strip_right/2
# func_line_I
# aligned_label_Lt
    align 8
label_1073:
# i_func_info_IaaI
# string:strip_left/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x68, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
strip_left/2:
# i_breakpoint_trampoline
    short jmp L3300
.db 0x00
    call L1158
    align 8
L3300:
# i_test_yield
    lea rdx, qword ptr [strip_left/2+24]
    dec r14
    jle L1156
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_1076
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L3301
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_1075
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_1075
L3301:
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    short jmp strip_left/2
# label_L
label_1075:
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L3302
    test al, 1
    jne label_1073
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_1073
L3302:
# return
    dec r14
    jl L1157
    ret
# label_L
label_1076:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_1073
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L3303
    test al, 1
    jne label_1073
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_1073
L3303:
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L1157
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1077:
# i_func_info_IaaI
# string:strip_right/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x68, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
strip_right/2:
# i_breakpoint_trampoline
    short jmp L3304
.db 0x00
    call L1158
    align 8
L3304:
# i_test_yield
    lea rdx, qword ptr [strip_right/2+24]
    dec r14
    jle L1156
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_1081
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L3305
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_1080
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_1080
L3305:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3306
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3306:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call strip_right/2
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_1079
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1157
    ret
# label_L
label_1079:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3307
    mov ecx, 1
    call 140320710850576
L3307:
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
    jl L1157
    ret
# label_L
label_1080:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3308
    mov ecx, 3
.db 0x90
    call 140320710850576
L3308:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call strip_right/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3309
    mov ecx, 1
    call 140320710850576
L3309:
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
    jl L1157
    ret
# label_L
label_1081:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_1077
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L3310
    test al, 1
    jne label_1077
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_1077
L3310:
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L1157
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1082:
# i_func_info_IaaI
# string:left/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x67, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
left/2:
# i_breakpoint_trampoline
    short jmp L3311
.db 0x00
    call L1158
    align 8
L3311:
# i_test_yield
    lea rdx, qword ptr [left/2+24]
    dec r14
    jle L1156
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L3312
    test al, 1
    short jne label_1082
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_1082
L3312:
# i_move_sd
    mov qword ptr [rbx+16], 527
# i_call_only_f
    jmp left/3
# func_line_I
# aligned_label_Lt
    align 8
label_1084:
# i_func_info_IaaI
# string:left/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x67, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
left/3:
# i_breakpoint_trampoline
    short jmp L3313
.db 0x00
    call L1158
    align 8
L3313:
# i_test_yield
    lea rdx, qword ptr [left/3+24]
    dec r14
    jle L1156
# is_integer_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L3314
    test al, 1
    short jne label_1084
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_1084
L3314:
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
    mov qword ptr [rbx+32], 15
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+40], rdi
# i_length_jtd
    align 4
L3315:
    mov esi, 3
    lea rdx, qword ptr [L3315]
    call 140320710852592
    mov qword ptr [rbx+24], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L3316
    cmp rdi, rsi
    short jmp L3317
L3316:
    call 140320710848608
L3317:
    jge label_1086
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_call_only_f
    jmp substr/3
# label_L
label_1086:
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L3318
    cmp rdi, rsi
    short jmp L3319
L3318:
    call 140320710848608
L3319:
    jge label_1087
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx+24]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L3321
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L3320
L3321:
    call 140320710853584
L3320:
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp l_pad/3
# label_L
label_1087:
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx+8]
    cmp qword ptr [rbx+24], rdi
    jne label_1088
# return
    dec r14
    jl L1157
    ret
# label_L
label_1088:
# line_I
# if_end
    mov qword ptr [r13+112], 8272
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_1089:
# i_func_info_IaaI
# string:l_pad/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x68, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
l_pad/3:
# i_breakpoint_trampoline
    short jmp L3322
.db 0x00
    call L1158
    align 8
L3322:
# i_test_yield
    lea rdx, qword ptr [l_pad/3+24]
    dec r14
    jle L1156
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3323
    mov ecx, 3
    call 140320710850576
L3323:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x90
    call chars/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L3324:
L3325:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L3324]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1157
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1091:
# i_func_info_IaaI
# string:right/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x67, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
right/2:
# i_breakpoint_trampoline
    short jmp L3326
.db 0x00
    call L1158
    align 8
L3326:
# i_test_yield
    lea rdx, qword ptr [right/2+24]
    dec r14
    jle L1156
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L3327
    test al, 1
    short jne label_1091
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_1091
L3327:
# i_move_sd
    mov qword ptr [rbx+16], 527
# i_call_only_f
    jmp right/3
# func_line_I
# aligned_label_Lt
    align 8
label_1093:
# i_func_info_IaaI
# string:right/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x67, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
right/3:
# i_breakpoint_trampoline
    short jmp L3328
.db 0x00
    call L1158
    align 8
L3328:
# i_test_yield
    lea rdx, qword ptr [right/3+24]
    dec r14
    jle L1156
# is_integer_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L3329
    test al, 1
    short jne label_1093
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_1093
L3329:
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
    mov qword ptr [rbx+32], 15
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+40], rdi
# i_length_jtd
    align 4
L3330:
    mov esi, 3
    lea rdx, qword ptr [L3330]
    call 140320710852592
    mov qword ptr [rbx+24], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L3331
    cmp rdi, rsi
    short jmp L3332
L3331:
    call 140320710848608
L3332:
    jge label_1095
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rdx, qword ptr [rbx+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L3334
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L3333
L3334:
    call 140320710853584
L3333:
    mov qword ptr [rbx+8], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L3335
    add rax, rdx
    short jno L3336
L3335:
    call 140320710853080
L3336:
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp substr/2
# label_L
label_1095:
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L3337
    cmp rdi, rsi
    short jmp L3338
L3337:
    call 140320710848608
L3338:
    jge label_1096
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx+24]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L3340
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L3339
L3340:
    call 140320710853584
L3339:
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp r_pad/3
# label_L
label_1096:
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx+8]
    cmp qword ptr [rbx+24], rdi
    jne label_1097
# return
    dec r14
    jl L1157
    ret
# label_L
label_1097:
# line_I
# if_end
    mov qword ptr [r13+112], 8272
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_1098:
# i_func_info_IaaI
# string:r_pad/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x68, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
r_pad/3:
# i_breakpoint_trampoline
    short jmp L3341
.db 0x00
    call L1158
    align 8
L3341:
# i_test_yield
    lea rdx, qword ptr [r_pad/3+24]
    dec r14
    jle L1156
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp chars/3
# func_line_I
# aligned_label_Lt
    align 8
label_1100:
# i_func_info_IaaI
# string:centre/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x69, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
centre/2:
# i_breakpoint_trampoline
    short jmp L3342
.db 0x00
    call L1158
    align 8
L3342:
# i_test_yield
    lea rdx, qword ptr [centre/2+24]
    dec r14
    jle L1156
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L3343
    test al, 1
    short jne label_1100
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_1100
L3343:
# i_move_sd
    mov qword ptr [rbx+16], 527
# i_call_only_f
    jmp centre/3
# func_line_I
# aligned_label_Lt
    align 8
label_1102:
# i_func_info_IaaI
# string:centre/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x69, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
centre/3:
# i_breakpoint_trampoline
    short jmp L3344
.db 0x00
    call L1158
    align 8
L3344:
# i_test_yield
    lea rdx, qword ptr [centre/3+24]
    dec r14
    jle L1156
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_1104
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L3345
    test al, 2
    jne label_1104
L3345:
# is_integer_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L3346
    test al, 1
    short jne label_1102
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_1102
L3346:
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L1157
    ret
# label_L
label_1104:
# is_integer_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L3347
    test al, 1
    jne label_1102
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_1102
L3347:
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
    mov qword ptr [rbx+32], 15
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+40], rdi
# i_length_jtd
    align 4
L3348:
    mov esi, 3
    lea rdx, qword ptr [L3348]
    call 140320710852592
    mov qword ptr [rbx+24], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L3349
    cmp rdi, rsi
    short jmp L3350
L3349:
    call 140320710848608
L3350:
    jge label_1105
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rdx, qword ptr [rbx+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L3352
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L3351
L3352:
    call 140320710853584
L3351:
    mov qword ptr [rbx+16], rax
# i_int_div_jssd
    mov r9, 2
    mov rax, qword ptr [rbx+16]
# simplified test for small dividend since it is an integer
    mov esi, eax
    test esi, 1
    short je L3353
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rax, 4
    or rax, 15
    short jmp L3354
L3353:
    mov ecx, 47
    mov rdi, qword ptr [rbx+16]
    mov r8, 94919180917712
    call 140320710853120
L3354:
    mov qword ptr [rbx+16], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L3355
    add rax, rdx
    short jno L3356
L3355:
    call 140320710853080
L3356:
    mov qword ptr [rbx+16], rax
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_only_f
    jmp substr/3
# label_L
label_1105:
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L3357
    cmp rdi, rsi
    short jmp L3358
L3357:
    call 140320710848608
L3358:
    jge label_1106
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx+24]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L3360
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L3359
L3360:
    call 140320710853584
L3359:
    mov qword ptr [rbx+32], rax
# i_int_div_jssd
    mov r9, 2
    mov rax, qword ptr [rbx+32]
# simplified test for small dividend since it is an integer
    mov esi, eax
    test esi, 1
    short je L3361
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rax, 4
    or rax, 15
    short jmp L3362
L3361:
    mov ecx, 47
    mov rdi, qword ptr [rbx+32]
    mov r8, 94919180917712
    call 140320710853120
L3362:
    mov qword ptr [rbx+32], rax
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rdx, qword ptr [rbx+32]
# simplified test for small operands since both are numbers
    test edx, 1
    short je L3364
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L3363
L3364:
    call 140320710853728
L3363:
    mov qword ptr [rbx+24], rax
# i_minus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx+24]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L3366
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L3365
L3366:
    call 140320710853584
L3365:
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3367
    mov ecx, 5
    call 140320710850576
L3367:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_call_f
.db 0x66, 0x90
    call l_pad/3
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [rbx+8], xmm0
# i_call_last_ft
    add rsp, 16
    jmp r_pad/3
# label_L
label_1106:
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx+8]
    cmp qword ptr [rbx+24], rdi
    jne label_1107
# return
    dec r14
    jl L1157
    ret
# label_L
label_1107:
# line_I
# if_end
    mov qword ptr [r13+112], 8272
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_1108:
# i_func_info_IaaI
# string:sub_string/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x69, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
sub_string/2:
# i_breakpoint_trampoline
    short jmp L3368
.db 0x00
    call L1158
    align 8
L3368:
# i_test_yield
    lea rdx, qword ptr [sub_string/2+24]
    dec r14
    jle L1156
# i_call_only_f
    jmp substr/2
# func_line_I
# aligned_label_Lt
    align 8
label_1110:
# i_func_info_IaaI
# string:sub_string/3
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x69, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
sub_string/3:
# i_breakpoint_trampoline
    short jmp L3369
.db 0x00
    call L1158
    align 8
L3369:
# i_test_yield
    lea rdx, qword ptr [sub_string/3+24]
    dec r14
    jle L1156
# i_minus_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rdx, qword ptr [rbx+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L3371
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L3370
L3371:
    call 140320710853584
L3370:
    mov qword ptr [rbx+16], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L3372
    add rax, rdx
    short jno L3373
L3372:
    call 140320710853080
L3373:
    mov qword ptr [rbx+16], rax
# i_call_only_f
    jmp substr/3
# func_line_I
# aligned_label_Lt
    align 8
label_1112:
# i_func_info_IaaI
# string:to_lower_char/1
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x69, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
to_lower_char/1:
# i_breakpoint_trampoline
    short jmp L3374
.db 0x00
    call L1158
    align 8
L3374:
# i_test_yield
    lea rdx, qword ptr [to_lower_char/1+24]
    dec r14
    jle L1156
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L3375
    test al, 1
    jne label_1116
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_1116
L3375:
# is_ge_fss
    mov esi, 1055
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L3376
    cmp rdi, rsi
    short jmp L3377
L3376:
    call 140320710848608
L3377:
    jl label_1116
# is_ge_fss
    mov rsi, qword ptr [rbx]
    mov edi, 1455
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L3378
    cmp rdi, rsi
    short jmp L3379
L3378:
    call 140320710848608
L3379:
    jl label_1114
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov edx, 512
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L3380
    add rax, rdx
    short jno L3381
L3380:
    call 140320710853080
L3381:
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L1157
    ret
# label_L
label_1114:
# is_ge_fss
    mov esi, 3087
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L3382
    cmp rdi, rsi
    short jmp L3383
L3382:
    call 140320710848608
L3383:
    jl label_1116
# is_ge_fss
    mov rsi, qword ptr [rbx]
    mov edi, 3439
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L3384
    cmp rdi, rsi
    short jmp L3385
L3384:
    call 140320710848608
L3385:
    jl label_1115
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov edx, 512
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L3386
    add rax, rdx
    short jno L3387
L3386:
    call 140320710853080
L3387:
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L1157
    ret
# label_L
label_1115:
# is_ge_fss
    mov esi, 3471
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L3388
    cmp rdi, rsi
    short jmp L3389
L3388:
    call 140320710848608
L3389:
    jl label_1116
# is_ge_fss
    mov rsi, qword ptr [rbx]
    mov edi, 3567
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L3390
    cmp rdi, rsi
    short jmp L3391
L3390:
    call 140320710848608
L3391:
    jl label_1116
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov edx, 512
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L3392
    add rax, rdx
    short jno L3393
L3392:
    call 140320710853080
L3393:
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L1157
    ret
# label_L
label_1116:
# return
    dec r14
    jl L1157
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1117:
# i_func_info_IaaI
# string:to_upper_char/1
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x69, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
to_upper_char/1:
# i_breakpoint_trampoline
    short jmp L3394
.db 0x00
    call L1158
    align 8
L3394:
# i_test_yield
    lea rdx, qword ptr [to_upper_char/1+24]
    dec r14
    jle L1156
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L3395
    test al, 1
    jne label_1121
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_1121
L3395:
# is_ge_fss
    mov esi, 1567
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L3396
    cmp rdi, rsi
    short jmp L3397
L3396:
    call 140320710848608
L3397:
    jl label_1121
# is_ge_fss
    mov rsi, qword ptr [rbx]
    mov edi, 1967
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L3398
    cmp rdi, rsi
    short jmp L3399
L3398:
    call 140320710848608
L3399:
    jl label_1119
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov rdx, -512
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L3400
    add rax, rdx
    short jno L3401
L3400:
    call 140320710853080
L3401:
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L1157
    ret
# label_L
label_1119:
# is_ge_fss
    mov esi, 3599
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L3402
    cmp rdi, rsi
    short jmp L3403
L3402:
    call 140320710848608
L3403:
    jl label_1121
# is_ge_fss
    mov rsi, qword ptr [rbx]
    mov edi, 3951
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L3404
    cmp rdi, rsi
    short jmp L3405
L3404:
    call 140320710848608
L3405:
    jl label_1120
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov rdx, -512
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L3406
    add rax, rdx
    short jno L3407
L3406:
    call 140320710853080
L3407:
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L1157
    ret
# label_L
label_1120:
# is_ge_fss
    mov esi, 3983
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L3408
    cmp rdi, rsi
    short jmp L3409
L3408:
    call 140320710848608
L3409:
    jl label_1121
# is_ge_fss
    mov rsi, qword ptr [rbx]
    mov edi, 4079
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L3410
    cmp rdi, rsi
    short jmp L3411
L3410:
    call 140320710848608
L3411:
    jl label_1121
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov rdx, -512
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L3412
    add rax, rdx
    short jno L3413
L3412:
    call 140320710853080
L3413:
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L1157
    ret
# label_L
label_1121:
# return
    dec r14
    jl L1157
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1122:
# i_func_info_IaaI
# string:to_lower/1
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x6A, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
to_lower/1:
# i_breakpoint_trampoline
    short jmp L3414
.db 0x00
    call L1158
    align 8
L3414:
# i_test_yield
    lea rdx, qword ptr [to_lower/1+24]
    dec r14
    jle L1156
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L3415
    test al, 2
    jne label_1124
L3415:
# i_call_only_f
    jmp '-to_lower/1-lc$^0/1-0-'/1
# label_L
label_1124:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L3416
    test al, 1
    short jne label_1122
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_1122
L3416:
# i_call_only_f
    jmp to_lower_char/1
# func_line_I
# aligned_label_Lt
    align 8
label_1125:
# i_func_info_IaaI
# string:to_upper/1
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x6A, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
to_upper/1:
# i_breakpoint_trampoline
    short jmp L3417
.db 0x00
    call L1158
    align 8
L3417:
# i_test_yield
    lea rdx, qword ptr [to_upper/1+24]
    dec r14
    jle L1156
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L3418
    test al, 2
    jne label_1127
L3418:
# i_call_only_f
    jmp '-to_upper/1-lc$^0/1-0-'/1
# label_L
label_1127:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L3419
    test al, 1
    short jne label_1125
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_1125
L3419:
# i_call_only_f
    jmp to_upper_char/1
# func_line_I
# aligned_label_Lt
    align 8
label_1128:
# i_func_info_IaaI
# string:join/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x4E, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
join/2:
# i_breakpoint_trampoline
    short jmp L3420
.db 0x00
    call L1158
    align 8
L3420:
# i_test_yield
    lea rdx, qword ptr [join/2+24]
    dec r14
    jle L1156
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_1130
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3421
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3421:
    sub rsp, 8
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rsp], rsi
    mov qword ptr [rbx], rdx
# line_I
# i_call_f
.db 0x90
    call '-join/2-lc$^0/1-0-'/2
# i_call_ext_e
L3422:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L3423:
L3424:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L3423]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1157
    ret
# label_L
label_1130:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_1128
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L3425
    test al, 2
    jne label_1128
L3425:
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L1157
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1131:
# i_func_info_IaaI
# string:module_info/0
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/0:
# i_breakpoint_trampoline
    short jmp L3426
.db 0x00
    call L1158
    align 8
L3426:
# i_test_yield
    lea rdx, qword ptr [module_info/0+24]
    dec r14
    jle L1156
# i_move_sd
    mov qword ptr [rbx], 60811
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3427
    mov ecx, 1
.db 0x90
    call 140320710850576
L3427:
# call_light_bif_be
    align 4
L3428:
L3429:
    long mov rcx, 9223372036854775807
    mov rax, 94919178912304
    lea rdx, qword ptr [L3428]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1157
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1133:
# i_func_info_IaaI
# string:module_info/1
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/1:
# i_breakpoint_trampoline
    short jmp L3430
.db 0x00
    call L1158
    align 8
L3430:
# i_test_yield
    lea rdx, qword ptr [module_info/1+24]
    dec r14
    jle L1156
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 60811
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3431
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L3431:
# call_light_bif_be
    align 4
L3432:
L3433:
    long mov rcx, 9223372036854775807
    mov rax, 94919178913216
    lea rdx, qword ptr [L3432]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1157
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1135:
# i_func_info_IaaI
# string:'-join/2-lc$^0/1-0-'/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x6A, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-join/2-lc$^0/1-0-'/2:
# i_breakpoint_trampoline
    short jmp L3434
.db 0x00
    call L1158
    align 8
L3434:
# i_test_yield
    lea rdx, qword ptr ['-join/2-lc$^0/1-0-'/2+24]
    dec r14
    jle L1156
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_1137
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3435
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3435:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx+8], rsi
    mov qword ptr [rsp], rdx
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L3436:
L3437:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L3436]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_f
    call '-join/2-lc$^0/1-0-'/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3438
    mov ecx, 1
    call 140320710850576
L3438:
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
    jl L1157
    ret
# label_L
label_1137:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_1138
# return
    dec r14
    jl L1157
    ret
# label_L
label_1138:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3439
    mov ecx, 1
.db 0x90
    call 140320710850576
L3439:
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
    short jbe L3440
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L3440:
# call_light_bif_be
    align 4
L3441:
L3442:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L3441]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1157
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1139:
# i_func_info_IaaI
# string:'-to_upper/1-lc$^0/1-0-'/1
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x6A, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-to_upper/1-lc$^0/1-0-'/1:
# i_breakpoint_trampoline
    short jmp L3443
.db 0x00
    call L1158
    align 8
L3443:
# i_test_yield
    lea rdx, qword ptr ['-to_upper/1-lc$^0/1-0-'/1+24]
    dec r14
    jle L1156
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_1141
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3444
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3444:
    sub rsp, 8
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# i_call_f
.db 0x90
    call to_upper_char/1
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_f
.db 0x90
    call '-to_upper/1-lc$^0/1-0-'/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3445
    mov ecx, 1
    call 140320710850576
L3445:
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
    jl L1157
    ret
# label_L
label_1141:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_1142
# return
    dec r14
    jl L1157
    ret
# label_L
label_1142:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3446
    mov ecx, 1
.db 0x90
    call 140320710850576
L3446:
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
    short jbe L3447
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L3447:
# call_light_bif_be
    align 4
L3448:
L3449:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L3448]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1157
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1143:
# i_func_info_IaaI
# string:'-to_lower/1-lc$^0/1-0-'/1
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x6B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-to_lower/1-lc$^0/1-0-'/1:
# i_breakpoint_trampoline
    short jmp L3450
.db 0x00
    call L1158
    align 8
L3450:
# i_test_yield
    lea rdx, qword ptr ['-to_lower/1-lc$^0/1-0-'/1+24]
    dec r14
    jle L1156
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_1145
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3451
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3451:
    sub rsp, 8
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# i_call_f
.db 0x90
    call to_lower_char/1
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_f
.db 0x90
    call '-to_lower/1-lc$^0/1-0-'/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3452
    mov ecx, 1
    call 140320710850576
L3452:
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
    jl L1157
    ret
# label_L
label_1145:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_1146
# return
    dec r14
    jl L1157
    ret
# label_L
label_1146:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3453
    mov ecx, 1
.db 0x90
    call 140320710850576
L3453:
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
    short jbe L3454
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L3454:
# call_light_bif_be
    align 4
L3455:
L3456:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L3455]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1157
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1147:
# i_func_info_IaaI
# string:'-titlecase/1-lbc$^0/2-0-'/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x6B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-titlecase/1-lbc$^0/2-0-'/2:
# i_breakpoint_trampoline
    short jmp L3457
.db 0x00
    call L1158
    align 8
L3457:
# i_test_yield
    lea rdx, qword ptr ['-titlecase/1-lbc$^0/2-0-'/2+24]
    dec r14
    jle L1156
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_1149
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# i_bs_create_bin_jItd
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L3459
L3458:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L3459:
# calculate sizes
    xor r14d, r14d
# size utf8
    mov rdi, qword ptr [rbx+16]
    xor eax, eax
    mov al, 8
    cmp rdi, 2063
    short jl L3460
    mov al, 16
    cmp rdi, 32783
    short jl L3460
    mov al, 24
    cmp rdi, 1048591
    short jl L3460
    mov al, 32
L3460:
    add r14, rax
# private append to binary
    mov rsi, qword ptr [rbx+8]
    mov rdx, r14
    mov rcx, 1
    mov rdi, r13
    call 94919179748080
    mov qword ptr [rbx-120], rax
    mov rsi, qword ptr [rbx+16]
    lea rdi, qword ptr [rbx-80]
    call 94919179742624
    mov rdi, qword ptr [rbx+16]
    mov ecx, 2448
    test eax, eax
    short je L3458
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp '-titlecase/1-lbc$^0/2-0-'/2
# label_L
label_1149:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_1150
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1157
    ret
# label_L
label_1150:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3461
    mov ecx, 1
    call 140320710850576
L3461:
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
    short jbe L3462
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L3462:
# call_light_bif_be
    align 4
L3463:
L3464:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L3463]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1157
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1151:
# i_func_info_IaaI
# string:'-inlined-append/2-'/2
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x6B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-inlined-append/2-'/2:
# i_breakpoint_trampoline
    short jmp L3465
.db 0x00
    call L1158
    align 8
L3465:
# i_test_yield
    lea rdx, qword ptr ['-inlined-append/2-'/2+24]
    dec r14
    jle L1156
# jump_f
    short jmp label_1151
# func_line_I
# aligned_label_Lt
    align 8
label_1153:
# i_func_info_IaaI
# string:'-inlined-rev/1-'/1
    call L1155
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x6B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-inlined-rev/1-'/1:
# i_breakpoint_trampoline
    short jmp L3466
.db 0x00
    call L1158
    align 8
L3466:
# i_test_yield
    lea rdx, qword ptr ['-inlined-rev/1-'/1+24]
    dec r14
    jle L1156
# jump_f
    short jmp label_1153
# int_code_end
L3467:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, 94919180896308
    call 94919178184336
.section .rodata {#1}
line:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
.section .rodata {#1}
attr:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x02, 0x68, 0x02, 0x64, 0x00, 0x03, 0x76, 0x73, 0x6E, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x6E, 0x10, 0x00, 0xF7, 0x02, 0x3B, 0xFC, 0xC1, 0x2D, 0xF2, 0xF8, 0xDD, 0x12, 0xDD, 0x26, 0xA0, 0x02, 0x34, 0xB5, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x08, 0x64, 0x69, 0x61, 0x6C, 0x79, 0x7A, 0x65, 0x72, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x68, 0x02, 0x64, 0x00, 0x11, 0x6E, 0x6F, 0x5F, 0x69, 0x6D, 0x70, 0x72, 0x6F, 0x70, 0x65, 0x72, 0x5F, 0x6C, 0x69, 0x73, 0x74, 0x73, 0x6C, 0x00, 0x00, 0x00, 0x02, 0x68, 0x02, 0x64, 0x00, 0x05, 0x73, 0x74, 0x61, 0x63, 0x6B, 0x61, 0x02, 0x68, 0x02, 0x64, 0x00, 0x08, 0x6C, 0x65, 0x6E, 0x67, 0x74, 0x68, 0x5F, 0x62, 0x61, 0x03, 0x6A, 0x6A, 0x6A
.section .text {#0}
.section .rodata {#1}
compile:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x68, 0x02, 0x64, 0x00, 0x07, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6F, 0x6E, 0x6B, 0x00, 0x03, 0x38, 0x2E, 0x32, 0x68, 0x02, 0x64, 0x00, 0x07, 0x6F, 0x70, 0x74, 0x69, 0x6F, 0x6E, 0x73, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x64, 0x00, 0x0A, 0x64, 0x65, 0x62, 0x75, 0x67, 0x5F, 0x69, 0x6E, 0x66, 0x6F, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x45, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x4F, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x2E, 0x2E, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x06, 0x73, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x6B, 0x00, 0x45, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x73, 0x74, 0x72, 0x69, 0x6E, 0x67, 0x2E, 0x65, 0x72, 0x6C, 0x6A
.section .text {#0}
.section .rodata {#1}
md5:
.db 0xB5, 0x34, 0x02, 0xA0, 0x26, 0xDD, 0x12, 0xDD, 0xF8, 0xF2, 0x2D, 0xC1, 0xFC, 0x3B, 0x02, 0xF7
.section .text {#0}
