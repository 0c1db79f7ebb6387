    align 8
L141:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L142:
    jmp 140320710851944
    align 8
L143:
    jmp 140320710853048
    align 8
L144:
    jmp 140320710850344
    align 16
L145:
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
# logger_config:new/1
    call L142
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x6C, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
new/1:
# i_breakpoint_trampoline
    short jmp L146
.db 0x00
    call L145
    align 8
L146:
# i_test_yield
    lea rdx, qword ptr [new/1+24]
    dec r14
    jle L143
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L147
    mov ecx, 1
    call 140320710850576
L147:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
L148:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# call_light_bif_be
    align 4
L149:
L150:
    long mov rcx, 9223372036854775807
    mov rax, 94919179491024
    lea rdx, qword ptr [L149]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L151:
L152:
    long mov rcx, 9223372036854775807
    mov rax, 94919179494464
    lea rdx, qword ptr [L151]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L144
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_3:
# i_func_info_IaaI
# logger_config:delete/2
    call L142
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xDF, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
delete/2:
# i_breakpoint_trampoline
    short jmp L153
.db 0x00
    call L145
    align 8
L153:
# i_test_yield
    lea rdx, qword ptr [delete/2+24]
    dec r14
    jle L143
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L154
    mov ecx, 2
    call 140320710850576
L154:
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
    call table_key/1
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L155
    mov ecx, 1
    call 140320710850576
L155:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 194699
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 907
# call_light_bif_be
    align 4
L156:
L157:
    long mov rcx, 9223372036854775807
    mov rax, 94919178934320
    lea rdx, qword ptr [L156]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
    call table_key/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L158:
L159:
    long mov rcx, 9223372036854775807
    mov rax, 94919179499520
    lea rdx, qword ptr [L158]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L144
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_5:
# i_func_info_IaaI
# logger_config:allow/2
    call L142
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x45, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
allow/2:
# i_breakpoint_trampoline
    short jmp L160
.db 0x00
    call L145
    align 8
L160:
# i_test_yield
    lea rdx, qword ptr [allow/2+24]
    dec r14
    jle L143
# allocate_heap_tIt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L161
    mov ecx, 2
    call 140320710850576
L161:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 194699
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 907
# line_I
# call_light_bif_be
    align 4
L162:
L163:
    long mov rcx, 9223372036854775807
    mov rax, 94919178936704
    lea rdx, qword ptr [L162]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_7
# i_move_sd
    mov qword ptr [rbx+8], 95
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
L164:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L165:
L166:
    long mov rcx, 9223372036854775807
    mov rax, 94919178936704
    lea rdx, qword ptr [L165]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L167
    mov ecx, 1
    call 140320710850576
L167:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 194699
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L168:
L169:
    long mov rcx, 9223372036854775807
    mov rax, 94919178934320
    lea rdx, qword ptr [L168]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# jump_f
    jmp label_9
# label_L
label_7:
# is_ge_fss
    mov rsi, qword ptr [rbx]
    mov edi, 175
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L170
    cmp rdi, rsi
    short jmp L171
L170:
    call 140320710848608
L171:
    jl label_8
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# jump_f
    jmp label_9
# label_L
label_8:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov rdx, -256
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L172
    mov rax, rsi
    add rax, rdx
    short jno L173
L172:
    call 140320710853080
L173:
    mov qword ptr [rbx+8], rax
# label_L
label_9:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp less_or_equal_level/2
# func_line_I
# aligned_label_Lt
    align 8
label_10:
# i_func_info_IaaI
# logger_config:allow/1
    call L142
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x45, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
allow/1:
# i_breakpoint_trampoline
    short jmp L174
.db 0x00
    call L145
    align 8
L174:
# i_test_yield
    lea rdx, qword ptr [allow/1+24]
    dec r14
    jle L143
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L175
    mov ecx, 1
    call 140320710850576
L175:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx+8], 95
# i_move_sd
L176:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L177:
L178:
    long mov rcx, 9223372036854775807
    mov rax, 94919178936704
    lea rdx, qword ptr [L177]
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
    jmp less_or_equal_level/2
# func_line_I
# aligned_label_Lt
    align 8
label_12:
# i_func_info_IaaI
# logger_config:less_or_equal_level/2
    call L142
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x2A, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
less_or_equal_level/2:
# i_breakpoint_trampoline
    short jmp L179
.db 0x00
    call L145
    align 8
L179:
# i_test_yield
    lea rdx, qword ptr [less_or_equal_level/2+24]
    dec r14
    jle L143
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 779
    je label_17
    cmp rsi, 21003
    je label_16
    cmp rsi, 45451
    je label_14
    cmp rsi, 83147
    je label_19
    cmp rsi, 203851
    je label_15
    cmp rsi, 261899
    je label_18
    cmp rsi, 261963
    je label_21
    cmp rsi, 262027
    je label_20
    jmp label_12
# label_L
label_14:
# nofail_bif2_ssbd
    lea rsi, qword ptr [rbx-104]
    mov qword ptr [rsi], 79
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsi+8], rdi
    mov rcx, 94919178915840
    call 140320710851400
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L144
    ret
# label_L
label_15:
# nofail_bif2_ssbd
    lea rsi, qword ptr [rbx-104]
    mov qword ptr [rsi], 95
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsi+8], rdi
    mov rcx, 94919178915840
    call 140320710851400
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L144
    ret
# label_L
label_16:
# nofail_bif2_ssbd
    lea rsi, qword ptr [rbx-104]
    mov qword ptr [rsi], 111
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsi+8], rdi
    mov rcx, 94919178915840
    call 140320710851400
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L144
    ret
# label_L
label_17:
# nofail_bif2_ssbd
    lea rsi, qword ptr [rbx-104]
    mov qword ptr [rsi], 63
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsi+8], rdi
    mov rcx, 94919178915840
    call 140320710851400
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L144
    ret
# label_L
label_18:
# nofail_bif2_ssbd
    lea rsi, qword ptr [rbx-104]
    mov qword ptr [rsi], 15
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsi+8], rdi
    mov rcx, 94919178915840
    call 140320710851400
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L144
    ret
# label_L
label_19:
# nofail_bif2_ssbd
    lea rsi, qword ptr [rbx-104]
    mov qword ptr [rsi], 127
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsi+8], rdi
    mov rcx, 94919178915840
    call 140320710851400
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L144
    ret
# label_L
label_20:
# nofail_bif2_ssbd
    lea rsi, qword ptr [rbx-104]
    mov qword ptr [rsi], 47
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsi+8], rdi
    mov rcx, 94919178915840
    call 140320710851400
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L144
    ret
# label_L
label_21:
# nofail_bif2_ssbd
    lea rsi, qword ptr [rbx-104]
    mov qword ptr [rsi], 31
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsi+8], rdi
    mov rcx, 94919178915840
    call 140320710851400
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L144
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_22:
# i_func_info_IaaI
# logger_config:exist/2
    call L142
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x1C, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
exist/2:
# i_breakpoint_trampoline
    short jmp L180
.db 0x00
    call L145
    align 8
L180:
# i_test_yield
    lea rdx, qword ptr [exist/2+24]
    dec r14
    jle L143
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L181
    mov ecx, 2
    call 140320710850576
L181:
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
    call table_key/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L182:
L183:
    long mov rcx, 9223372036854775807
    mov rax, 94919179495056
    lea rdx, qword ptr [L182]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L144
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_24:
# i_func_info_IaaI
# logger_config:get/2
    call L142
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xB9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get/2:
# i_breakpoint_trampoline
    short jmp L184
.db 0x00
    call L145
    align 8
L184:
# i_test_yield
    lea rdx, qword ptr [get/2+24]
    dec r14
    jle L143
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L185
    mov ecx, 2
    call 140320710850576
L185:
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
    call table_key/1
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
L186:
L187:
    long mov rcx, 9223372036854775807
    mov rax, 94919179494816
    lea rdx, qword ptr [L186]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_26
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_27
    cmp dword ptr [rsi-2], 128
    jne label_27
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_27
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L188
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L188:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
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
    jl L144
    ret
# label_L
label_26:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_27
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L189
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L189:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 90251
    mov rdi, qword ptr [rsp]
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
    add rsp, 16
# return
    dec r14
    jl L144
    ret
# label_L
label_27:
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
label_28:
# i_func_info_IaaI
# logger_config:get/3
    call L142
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xB9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get/3:
# i_breakpoint_trampoline
    short jmp L190
.db 0x00
    call L145
    align 8
L190:
# i_test_yield
    lea rdx, qword ptr [get/3+24]
    dec r14
    jle L143
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L191
    mov ecx, 3
    call 140320710850576
L191:
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
    call table_key/1
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L192
    mov ecx, 1
    call 140320710850576
L192:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 194699
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 907
# line_I
# call_light_bif_be
    align 4
L193:
L194:
    long mov rcx, 9223372036854775807
    mov rax, 94919178936704
    lea rdx, qword ptr [L193]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_30
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L195
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L195:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 90251
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
    jl L144
    ret
# label_L
label_30:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_f
.db 0x90
    call less_or_equal_level/2
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_31
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 24
    jmp get/2
# label_L
label_31:
# i_move_sd
    mov qword ptr [rbx], 779
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L144
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_32:
# i_func_info_IaaI
# logger_config:create/3
    call L142
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x1B, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
create/3:
# i_breakpoint_trampoline
    short jmp L196
.db 0x00
    call L145
    align 8
L196:
# i_test_yield
    lea rdx, qword ptr [create/3+24]
    dec r14
    jle L143
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 262795
    jne label_34
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L197
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L197:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov qword ptr [rbx], 262795
# line_I
# i_call_f
    call table_key/1
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L198
    mov ecx, 1
    call 140320710850576
L198:
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
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L199:
L200:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L199]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L144
    ret
# label_L
label_34:
# line_I
# i_bif2_ssjbd
    lea rsi, qword ptr [rbx-104]
    mov qword ptr [rsi], 134603
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsi+8], rdi
    mov rcx, 94919180022976
    call 140320710851304
    mov qword ptr [rbx+24], rax
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L201
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L201:
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
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+24]
    cmp rsi, 779
    je label_39
    cmp rsi, 2123
    je label_43
    cmp rsi, 21003
    je label_38
    cmp rsi, 28299
    je label_37
    cmp rsi, 45451
    je label_35
    cmp rsi, 83147
    je label_41
    cmp rsi, 203851
    je label_36
    cmp rsi, 261899
    je label_40
    cmp rsi, 261963
    je label_44
    cmp rsi, 262027
    je label_42
    jmp label_46
# label_L
label_35:
# i_move_sd
    mov qword ptr [rsp], 79
# jump_f
    jmp label_45
# label_L
label_36:
# i_move_sd
    mov qword ptr [rsp], 95
# jump_f
    jmp label_45
# label_L
label_37:
# i_move_sd
    mov qword ptr [rsp], -1
# jump_f
    jmp label_45
# label_L
label_38:
# i_move_sd
    mov qword ptr [rsp], 111
# jump_f
    jmp label_45
# label_L
label_39:
# i_move_sd
    mov qword ptr [rsp], 63
# jump_f
    jmp label_45
# label_L
label_40:
# i_move_sd
    mov qword ptr [rsp], 15
# jump_f
    jmp label_45
# label_L
label_41:
# i_move_sd
    mov qword ptr [rsp], 127
# jump_f
    jmp label_45
# label_L
label_42:
# i_move_sd
    mov qword ptr [rsp], 47
# jump_f
    jmp label_45
# label_L
label_43:
# i_move_sd
    mov qword ptr [rsp], 175
# jump_f
    jmp label_45
# label_L
label_44:
# i_move_sd
    mov qword ptr [rsp], 31
# label_L
label_45:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call table_key/1
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L202
    mov ecx, 1
    call 140320710850576
L202:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 194699
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# call_light_bif_be
    align 4
L203:
L204:
    long mov rcx, 9223372036854775807
    mov rax, 94919178934320
    lea rdx, qword ptr [L203]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_47
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
.db 0x90
    call table_key/1
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L205
    mov ecx, 1
    call 140320710850576
L205:
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
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L206:
L207:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L206]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L144
    ret
# label_L
label_46:
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp '-inlined-level_to_int/1-'/1
# label_L
label_47:
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
label_48:
# i_func_info_IaaI
# logger_config:set/3
    call L142
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x96, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set/3:
# i_breakpoint_trampoline
    short jmp L208
.db 0x00
    call L145
    align 8
L208:
# i_test_yield
    lea rdx, qword ptr [set/3+24]
    dec r14
    jle L143
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 262795
    jne label_50
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L209
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L209:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov qword ptr [rbx], 262795
# line_I
# i_call_f
    call table_key/1
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L210
    mov ecx, 1
    call 140320710850576
L210:
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
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 16
# call_light_bif_be
    align 4
L211:
L212:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L211]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L144
    ret
# label_L
label_50:
# line_I
# i_bif2_ssjbd
    lea rsi, qword ptr [rbx-104]
    mov qword ptr [rsi], 134603
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsi+8], rdi
    mov rcx, 94919180022976
    call 140320710851304
    mov qword ptr [rbx+24], rax
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L213
    mov ecx, 4
    call 140320710850576
L213:
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
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+24]
    cmp rsi, 779
    je label_55
    cmp rsi, 2123
    je label_59
    cmp rsi, 21003
    je label_54
    cmp rsi, 28299
    je label_53
    cmp rsi, 45451
    je label_51
    cmp rsi, 83147
    je label_57
    cmp rsi, 203851
    je label_52
    cmp rsi, 261899
    je label_56
    cmp rsi, 261963
    je label_60
    cmp rsi, 262027
    je label_58
    jmp label_63
# label_L
label_51:
# i_move_sd
    mov qword ptr [rsp], 79
# jump_f
    jmp label_61
# label_L
label_52:
# i_move_sd
    mov qword ptr [rsp], 95
# jump_f
    jmp label_61
# label_L
label_53:
# i_move_sd
    mov qword ptr [rsp], -1
# jump_f
    jmp label_61
# label_L
label_54:
# i_move_sd
    mov qword ptr [rsp], 111
# jump_f
    jmp label_61
# label_L
label_55:
# i_move_sd
    mov qword ptr [rsp], 63
# jump_f
    jmp label_61
# label_L
label_56:
# i_move_sd
    mov qword ptr [rsp], 15
# jump_f
    jmp label_61
# label_L
label_57:
# i_move_sd
    mov qword ptr [rsp], 127
# jump_f
    jmp label_61
# label_L
label_58:
# i_move_sd
    mov qword ptr [rsp], 47
# jump_f
    jmp label_61
# label_L
label_59:
# i_move_sd
    mov qword ptr [rsp], 175
# jump_f
    jmp label_61
# label_L
label_60:
# i_move_sd
    mov qword ptr [rsp], 31
# label_L
label_61:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call table_key/1
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L214
    mov ecx, 1
    call 140320710850576
L214:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 194699
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# call_light_bif_be
    align 4
L215:
L216:
    long mov rcx, 9223372036854775807
    mov rax, 94919178934320
    lea rdx, qword ptr [L215]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_64
# is_eq_exact_fss
    cmp qword ptr [rsp+16], 146635
    jne label_62
# line_I
# call_light_bif_be
    align 4
L217:
L218:
    long mov rcx, 9223372036854775807
    mov rax, 94919178936176
    lea rdx, qword ptr [L217]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-set/3-lc$^0/1-0-'/2
# label_L
label_62:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x90
    call table_key/1
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L219
    mov ecx, 1
    call 140320710850576
L219:
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
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 16
# call_light_bif_be
    align 4
L220:
L221:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L220]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L144
    ret
# label_L
label_63:
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp '-inlined-level_to_int/1-'/1
# label_L
label_64:
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
label_65:
# i_func_info_IaaI
# logger_config:set_module_level/2
    call L142
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x05, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_module_level/2:
# i_breakpoint_trampoline
    short jmp L222
.db 0x00
    call L145
    align 8
L222:
# i_test_yield
    lea rdx, qword ptr [set_module_level/2+24]
    dec r14
    jle L143
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L223
    mov ecx, 2
    call 140320710850576
L223:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 779
    je label_71
    cmp rsi, 2123
    je label_75
    cmp rsi, 21003
    je label_70
    cmp rsi, 28299
    je label_69
    cmp rsi, 45451
    je label_67
    cmp rsi, 83147
    je label_73
    cmp rsi, 203851
    je label_68
    cmp rsi, 261899
    je label_72
    cmp rsi, 261963
    je label_76
    cmp rsi, 262027
    je label_74
    jmp label_78
# label_L
label_67:
# i_move_sd
    mov qword ptr [rbx+8], 79
# jump_f
    jmp label_77
# label_L
label_68:
# i_move_sd
    mov qword ptr [rbx+8], 95
# jump_f
    jmp label_77
# label_L
label_69:
# i_move_sd
    mov qword ptr [rbx+8], -1
# jump_f
    jmp label_77
# label_L
label_70:
# i_move_sd
    mov qword ptr [rbx+8], 111
# jump_f
    jmp label_77
# label_L
label_71:
# i_move_sd
    mov qword ptr [rbx+8], 63
# jump_f
    jmp label_77
# label_L
label_72:
# i_move_sd
    mov qword ptr [rbx+8], 15
# jump_f
    jmp label_77
# label_L
label_73:
# i_move_sd
    mov qword ptr [rbx+8], 127
# jump_f
    jmp label_77
# label_L
label_74:
# i_move_sd
    mov qword ptr [rbx+8], 47
# jump_f
    jmp label_77
# label_L
label_75:
# i_move_sd
    mov qword ptr [rbx+8], 175
# jump_f
    jmp label_77
# label_L
label_76:
# i_move_sd
    mov qword ptr [rbx+8], 31
# label_L
label_77:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-set_module_level/2-lc$^0/1-0-'/2
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L144
    ret
# label_L
label_78:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    jmp '-inlined-level_to_int/1-'/1
# func_line_I
# aligned_label_Lt
    align 8
label_79:
# i_func_info_IaaI
# logger_config:unset_module_level/1
    call L142
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x05, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
unset_module_level/1:
# i_breakpoint_trampoline
    short jmp L224
.db 0x00
    call L145
    align 8
L224:
# i_test_yield
    lea rdx, qword ptr [unset_module_level/1+24]
    dec r14
    jle L143
# is_eq_exact_fss
    cmp qword ptr [rbx], 2123
    jne label_81
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L225
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L225:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov qword ptr [rbx+8], 95
# i_move_sd
L226:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L227:
L228:
    long mov rcx, 9223372036854775807
    mov rax, 94919178936704
    lea rdx, qword ptr [L227]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# call_light_bif_be
    align 4
L229:
L230:
    long mov rcx, 9223372036854775807
    mov rax, 94919178936176
    lea rdx, qword ptr [L229]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-unset_module_level/1-lc$^0/1-1-'/2
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L144
    ret
# label_L
label_81:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L231
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L231:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx+8], 95
# i_move_sd
L232:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L233:
L234:
    long mov rcx, 9223372036854775807
    mov rax, 94919178936704
    lea rdx, qword ptr [L233]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x90
    call '-unset_module_level/1-lc$^1/1-0-'/2
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L144
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_82:
# i_func_info_IaaI
# logger_config:get_module_level/0
    call L142
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x06, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_module_level/0:
# i_breakpoint_trampoline
    short jmp L235
.db 0x00
    call L145
    align 8
L235:
# i_test_yield
    lea rdx, qword ptr [get_module_level/0+24]
    dec r14
    jle L143
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L236
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L236:
# line_I
# call_light_bif_be
    align 4
L237:
L238:
    long mov rcx, 9223372036854775807
    mov rax, 94919178936176
    lea rdx, qword ptr [L237]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-get_module_level/0-lc$^0/1-0-'/1
# line_I
# i_call_ext_last_et
L239:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_84:
# i_func_info_IaaI
# logger_config:level_to_int/1
    call L142
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x07, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
level_to_int/1:
# i_breakpoint_trampoline
    short jmp L240
.db 0x00
    call L145
    align 8
L240:
# i_test_yield
    lea rdx, qword ptr [level_to_int/1+24]
    dec r14
    jle L143
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 779
    je label_90
    cmp rsi, 2123
    je label_94
    cmp rsi, 21003
    je label_89
    cmp rsi, 28299
    je label_88
    cmp rsi, 45451
    je label_86
    cmp rsi, 83147
    je label_92
    cmp rsi, 203851
    je label_87
    cmp rsi, 261899
    je label_91
    cmp rsi, 261963
    je label_95
    cmp rsi, 262027
    je label_93
    jmp label_84
# label_L
label_86:
# i_move_sd
    mov qword ptr [rbx], 79
# return
    dec r14
    jl L144
    ret
# label_L
label_87:
# i_move_sd
    mov qword ptr [rbx], 95
# return
    dec r14
    jl L144
    ret
# label_L
label_88:
# i_move_sd
    mov qword ptr [rbx], -1
# return
    dec r14
    jl L144
    ret
# label_L
label_89:
# i_move_sd
    mov qword ptr [rbx], 111
# return
    dec r14
    jl L144
    ret
# label_L
label_90:
# i_move_sd
    mov qword ptr [rbx], 63
# return
    dec r14
    jl L144
    ret
# label_L
label_91:
# i_move_sd
    mov qword ptr [rbx], 15
# return
    dec r14
    jl L144
    ret
# label_L
label_92:
# i_move_sd
    mov qword ptr [rbx], 127
# return
    dec r14
    jl L144
    ret
# label_L
label_93:
# i_move_sd
    mov qword ptr [rbx], 47
# return
    dec r14
    jl L144
    ret
# label_L
label_94:
# i_move_sd
    mov qword ptr [rbx], 175
# return
    dec r14
    jl L144
    ret
# label_L
label_95:
# i_move_sd
    mov qword ptr [rbx], 31
# return
    dec r14
    jl L144
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_96:
# i_func_info_IaaI
# logger_config:int_to_level/1
    call L142
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x2B, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
int_to_level/1:
# i_breakpoint_trampoline
    short jmp L241
.db 0x00
    call L145
    align 8
L241:
# i_test_yield
    lea rdx, qword ptr [int_to_level/1+24]
    dec r14
    jle L143
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 15
    je label_106
    cmp rsi, 31
    je label_105
    cmp rsi, 47
    je label_104
    cmp rsi, 63
    je label_103
    cmp rsi, 79
    je label_102
    cmp rsi, 95
    je label_101
    cmp rsi, 111
    je label_100
    cmp rsi, 127
    je label_99
    cmp rsi, 175
    je label_98
    cmp rsi, -1
    je label_107
    jmp label_96
# label_L
label_98:
# i_move_sd
    mov qword ptr [rbx], 2123
# return
    dec r14
    jl L144
    ret
# label_L
label_99:
# i_move_sd
    mov qword ptr [rbx], 83147
# return
    dec r14
    jl L144
    ret
# label_L
label_100:
# i_move_sd
    mov qword ptr [rbx], 21003
# return
    dec r14
    jl L144
    ret
# label_L
label_101:
# i_move_sd
    mov qword ptr [rbx], 203851
# return
    dec r14
    jl L144
    ret
# label_L
label_102:
# i_move_sd
    mov qword ptr [rbx], 45451
# return
    dec r14
    jl L144
    ret
# label_L
label_103:
# i_move_sd
    mov qword ptr [rbx], 779
# return
    dec r14
    jl L144
    ret
# label_L
label_104:
# i_move_sd
    mov qword ptr [rbx], 262027
# return
    dec r14
    jl L144
    ret
# label_L
label_105:
# i_move_sd
    mov qword ptr [rbx], 261963
# return
    dec r14
    jl L144
    ret
# label_L
label_106:
# i_move_sd
    mov qword ptr [rbx], 261899
# return
    dec r14
    jl L144
    ret
# label_L
label_107:
# i_move_sd
    mov qword ptr [rbx], 28299
# return
    dec r14
    jl L144
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_108:
# i_func_info_IaaI
# logger_config:table_key/1
    call L142
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x2B, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
table_key/1:
# i_breakpoint_trampoline
    short jmp L242
.db 0x00
    call L145
    align 8
L242:
# i_test_yield
    lea rdx, qword ptr [table_key/1+24]
    dec r14
    jle L143
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 146635
    je label_111
    cmp rsi, 262795
    je label_110
    jmp label_112
# label_L
label_110:
# i_move_sd
    mov qword ptr [rbx], 273291
# return
    dec r14
    jl L144
    ret
# label_L
label_111:
# i_move_sd
    mov qword ptr [rbx], 273355
# return
    dec r14
    jl L144
    ret
# label_L
label_112:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L243
    mov ecx, 1
    call 140320710850576
L243:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 273419
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L144
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_113:
# i_func_info_IaaI
# logger_config:module_info/0
    call L142
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/0:
# i_breakpoint_trampoline
    short jmp L244
.db 0x00
    call L145
    align 8
L244:
# i_test_yield
    lea rdx, qword ptr [module_info/0+24]
    dec r14
    jle L143
# i_move_sd
    mov qword ptr [rbx], 194699
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L245
    mov ecx, 1
.db 0x90
    call 140320710850576
L245:
# call_light_bif_be
    align 4
L246:
L247:
    long mov rcx, 9223372036854775807
    mov rax, 94919178912304
    lea rdx, qword ptr [L246]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L144
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_115:
# i_func_info_IaaI
# logger_config:module_info/1
    call L142
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/1:
# i_breakpoint_trampoline
    short jmp L248
.db 0x00
    call L145
    align 8
L248:
# i_test_yield
    lea rdx, qword ptr [module_info/1+24]
    dec r14
    jle L143
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 194699
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L249
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L249:
# call_light_bif_be
    align 4
L250:
L251:
    long mov rcx, 9223372036854775807
    mov rax, 94919178913216
    lea rdx, qword ptr [L250]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L144
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_117:
# i_func_info_IaaI
# logger_config:'-get_module_level/0-lc$^0/1-0-'/1
    call L142
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x2C, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-get_module_level/0-lc$^0/1-0-'/1:
# i_breakpoint_trampoline
    short jmp L252
.db 0x00
    call L145
    align 8
L252:
# i_test_yield
    lea rdx, qword ptr ['-get_module_level/0-lc$^0/1-0-'/1+24]
    dec r14
    jle L143
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_120
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_119
    cmp dword ptr [rsi-2], 128
    jne label_119
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_119
    cmp dword ptr [rsi-2], 128
    jne label_119
    cmp qword ptr [rsi+6], 194699
    jne label_119
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    jne label_119
# is_ne_exact_fss
    cmp qword ptr [rbx+16], 273355
    je label_119
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 175
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L253
    cmp rdi, rsi
    short jmp L254
L253:
    call 140320710848608
L254:
    jge label_119
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -256
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L255
    mov rax, rsi
    add rax, rdx
    short jno L256
L255:
    call 140320710853080
L256:
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L257
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L257:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_call_f
    call int_to_level/1
# swap_dd
    mov rdi, qword ptr [rsp+8]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+8], rsi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-get_module_level/0-lc$^0/1-0-'/1
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L258
    mov ecx, 1
    call 140320710850576
L258:
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
    mov qword ptr [rbx+8], rdi
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L144
    ret
# label_L
label_119:
# i_call_only_f
    jmp '-get_module_level/0-lc$^0/1-0-'/1
# label_L
label_120:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_121
# return
    dec r14
    jl L144
    ret
# label_L
label_121:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L259
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L259:
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
    short jbe L260
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L260:
# call_light_bif_be
    align 4
L261:
L262:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L261]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L144
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_122:
# i_func_info_IaaI
# logger_config:'-unset_module_level/1-lc$^1/1-0-'/2
    call L142
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x2C, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-unset_module_level/1-lc$^1/1-0-'/2:
# i_breakpoint_trampoline
    short jmp L263
.db 0x00
    call L145
    align 8
L263:
# i_test_yield
    lea rdx, qword ptr ['-unset_module_level/1-lc$^1/1-0-'/2+24]
    dec r14
    jle L143
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_124
# allocate_heap_tIt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L264
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L264:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 194699
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L265:
L266:
    long mov rcx, 9223372036854775807
    mov rax, 94919178934320
    lea rdx, qword ptr [L265]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 16
    jmp '-unset_module_level/1-lc$^1/1-0-'/2
# label_L
label_124:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_125
# return
    dec r14
    jl L144
    ret
# label_L
label_125:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L267
    mov ecx, 1
    call 140320710850576
L267:
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
    short jbe L268
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L268:
# call_light_bif_be
    align 4
L269:
L270:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L269]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L144
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_126:
# i_func_info_IaaI
# logger_config:'-unset_module_level/1-lc$^0/1-1-'/2
    call L142
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x2C, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-unset_module_level/1-lc$^0/1-1-'/2:
# i_breakpoint_trampoline
    short jmp L271
.db 0x00
    call L145
    align 8
L271:
# i_test_yield
    lea rdx, qword ptr ['-unset_module_level/1-lc$^0/1-1-'/2+24]
    dec r14
    jle L143
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_129
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_128
    cmp dword ptr [rsi-2], 128
    jne label_128
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_128
    cmp dword ptr [rsi-2], 128
    jne label_128
    cmp qword ptr [rsi+6], 194699
    jne label_128
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# is_atom_fs
    mov rax, qword ptr [rbx+24]
    and al, 63
    cmp al, 11
    jne label_128
# is_ne_exact_fss
    cmp qword ptr [rbx+24], 273355
    je label_128
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L272
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L272:
    sub rsp, 16
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L273:
L274:
    long mov rcx, 9223372036854775807
    mov rax, 94919178934320
    lea rdx, qword ptr [L273]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 16
    jmp '-unset_module_level/1-lc$^0/1-1-'/2
# label_L
label_128:
# i_call_only_f
    jmp '-unset_module_level/1-lc$^0/1-1-'/2
# label_L
label_129:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_130
# return
    dec r14
    jl L144
    ret
# label_L
label_130:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L275
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L275:
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
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L276
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L276:
# call_light_bif_be
    align 4
L277:
L278:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L277]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L144
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_131:
# i_func_info_IaaI
# logger_config:'-set_module_level/2-lc$^0/1-0-'/2
    call L142
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x2D, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-set_module_level/2-lc$^0/1-0-'/2:
# i_breakpoint_trampoline
    short jmp L279
.db 0x00
    call L145
    align 8
L279:
# i_test_yield
    lea rdx, qword ptr ['-set_module_level/2-lc$^0/1-0-'/2+24]
    dec r14
    jle L143
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_133
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L280
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L280:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+8]
    add rax, 256
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L281
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L281:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 194699
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L282:
L283:
    long mov rcx, 9223372036854775807
    mov rax, 94919178934320
    lea rdx, qword ptr [L282]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 16
    jmp '-set_module_level/2-lc$^0/1-0-'/2
# label_L
label_133:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_134
# return
    dec r14
    jl L144
    ret
# label_L
label_134:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L284
    mov ecx, 1
    call 140320710850576
L284:
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
    short jbe L285
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L285:
# call_light_bif_be
    align 4
L286:
L287:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L286]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L144
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_135:
# i_func_info_IaaI
# logger_config:'-set/3-lc$^0/1-0-'/2
    call L142
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x2D, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-set/3-lc$^0/1-0-'/2:
# i_breakpoint_trampoline
    short jmp L288
.db 0x00
    call L145
    align 8
L288:
# i_test_yield
    lea rdx, qword ptr ['-set/3-lc$^0/1-0-'/2+24]
    dec r14
    jle L143
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_138
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_137
    cmp dword ptr [rsi-2], 128
    jne label_137
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+24]
    rex test sil, 1
    jne label_137
    cmp dword ptr [rsi-2], 128
    jne label_137
    cmp qword ptr [rsi+6], 194699
    jne label_137
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+32], rdi
# is_atom_fs
    mov rax, qword ptr [rbx+32]
    and al, 63
    cmp al, 11
    jne label_137
# is_ne_exact_fss
    cmp qword ptr [rbx+32], 273355
    je label_137
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 175
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L289
    cmp rdi, rsi
    short jmp L290
L289:
    call 140320710848608
L290:
    jl label_137
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L291
    mov ecx, 4
    call 140320710850576
L291:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L292:
L293:
    long mov rcx, 9223372036854775807
    mov rax, 94919178934320
    lea rdx, qword ptr [L292]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 16
    jmp '-set/3-lc$^0/1-0-'/2
# label_L
label_137:
# i_call_only_f
    jmp '-set/3-lc$^0/1-0-'/2
# label_L
label_138:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_139
# return
    dec r14
    jl L144
    ret
# label_L
label_139:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L294
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L294:
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
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L295
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L295:
# call_light_bif_be
    align 4
L296:
L297:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L296]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L144
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_140:
# i_func_info_IaaI
# logger_config:'-inlined-level_to_int/1-'/1
    call L142
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0xF8, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x2D, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-inlined-level_to_int/1-'/1:
# i_breakpoint_trampoline
    short jmp L298
.db 0x00
    call L145
    align 8
L298:
# i_test_yield
    lea rdx, qword ptr ['-inlined-level_to_int/1-'/1+24]
    dec r14
    jle L143
# jump_f
    short jmp label_140
# int_code_end
L299:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, 94919180896308
    call 94919178184336
.section .rodata {#1}
line:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
.section .rodata {#1}
attr:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x68, 0x02, 0x64, 0x00, 0x03, 0x76, 0x73, 0x6E, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x6E, 0x10, 0x00, 0x06, 0x33, 0xB0, 0xE0, 0x27, 0x48, 0x0D, 0xD3, 0x52, 0xB8, 0xA6, 0x64, 0xDC, 0x95, 0x21, 0x26, 0x6A, 0x6A
.section .text {#0}
.section .rodata {#1}
compile:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x68, 0x02, 0x64, 0x00, 0x07, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6F, 0x6E, 0x6B, 0x00, 0x03, 0x38, 0x2E, 0x32, 0x68, 0x02, 0x64, 0x00, 0x07, 0x6F, 0x70, 0x74, 0x69, 0x6F, 0x6E, 0x73, 0x6C, 0x00, 0x00, 0x00, 0x02, 0x64, 0x00, 0x0A, 0x64, 0x65, 0x62, 0x75, 0x67, 0x5F, 0x69, 0x6E, 0x66, 0x6F, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x45, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x06, 0x73, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x6B, 0x00, 0x4C, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x6C, 0x6F, 0x67, 0x67, 0x65, 0x72, 0x5F, 0x63, 0x6F, 0x6E, 0x66, 0x69, 0x67, 0x2E, 0x65, 0x72, 0x6C, 0x6A
.section .text {#0}
.section .rodata {#1}
md5:
.db 0x26, 0x21, 0x95, 0xDC, 0x64, 0xA6, 0xB8, 0x52, 0xD3, 0x0D, 0x48, 0x27, 0xE0, 0xB0, 0x33, 0x06
.section .text {#0}
