    align 8
L157:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L158:
    jmp 140320710851944
    align 8
L159:
    jmp 140320710853048
    align 8
L160:
    jmp 140320710850344
    align 16
L161:
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
# os:env/0
    call L158
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x36, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
env/0:
# i_breakpoint_trampoline
    short jmp L162
.db 0x00
    call L161
    align 8
L162:
# call_bif_mfa_aaI
L163:
    lea rsi, qword ptr [env/0-24]
    lea rdx, qword ptr [L163]
    mov rcx, 94919178917824
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L164
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L164:
# call_light_bif_be
    align 4
L165:
L166:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L165]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L160
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_3:
# i_func_info_IaaI
# os:getenv/1
    call L158
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
getenv/1:
# i_breakpoint_trampoline
    short jmp L167
.db 0x00
    call L161
    align 8
L167:
# call_bif_mfa_aaI
L168:
    lea rsi, qword ptr [getenv/1-24]
    lea rdx, qword ptr [L168]
    mov rcx, 94919178917888
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L169
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L169:
# call_light_bif_be
    align 4
L170:
L171:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L170]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L160
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_5:
# i_func_info_IaaI
# os:getpid/0
    call L158
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xE6, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
getpid/0:
# i_breakpoint_trampoline
    short jmp L172
.db 0x00
    call L161
    align 8
L172:
# call_bif_mfa_aaI
L173:
    lea rsi, qword ptr [getpid/0-24]
    lea rdx, qword ptr [L173]
    mov rcx, 94919178917632
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L174
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L174:
# call_light_bif_be
    align 4
L175:
L176:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L175]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L160
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_7:
# i_func_info_IaaI
# os:perf_counter/0
    call L158
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xE6, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
perf_counter/0:
# i_breakpoint_trampoline
    short jmp L177
.db 0x00
    call L161
    align 8
L177:
# call_bif_mfa_aaI
L178:
    lea rsi, qword ptr [perf_counter/0-24]
    lea rdx, qword ptr [L178]
    mov rcx, 94919179335616
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L179
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L179:
# call_light_bif_be
    align 4
L180:
L181:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L180]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L160
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_9:
# i_func_info_IaaI
# os:perf_counter/1
    call L158
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xE6, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
perf_counter/1:
# i_breakpoint_trampoline
    short jmp L182
.db 0x00
    call L161
    align 8
L182:
# i_test_yield
    lea rdx, qword ptr [perf_counter/1+24]
    dec r14
    jle L159
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L183
    mov ecx, 1
    call 140320710850576
L183:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L184:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# line_I
# i_perf_counter
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919180134784
    mov rsp, rbp
    mov rdi, rax
    sar rdi, 59
    add rdi, 1
    cmp rdi, 1
    jbe L186
    mov qword ptr [rbx-120], rax
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L187
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L187:
    mov rdi, qword ptr [rbx-120]
    mov qword ptr [r15], 72
    mov qword ptr [r15+8], rdi
    lea rax, qword ptr [r15+2]
    add r15, 16
    short jmp L185
L186:
    shl rax, 4
    or rax, 15
L185:
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 58955
# i_call_ext_e
L188:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L160
    ret
# label_L
label_11:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_12
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L189
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L189:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L190:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L191:
L192:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L191]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L160
    ret
# label_L
label_12:
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
label_13:
# i_func_info_IaaI
# os:putenv/2
    call L158
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
putenv/2:
# i_breakpoint_trampoline
    short jmp L193
.db 0x00
    call L161
    align 8
L193:
# call_bif_mfa_aaI
L194:
    lea rsi, qword ptr [putenv/2-24]
    lea rdx, qword ptr [L194]
    mov rcx, 94919178917984
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L195
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L195:
# call_light_bif_be
    align 4
L196:
L197:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L196]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L160
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_15:
# i_func_info_IaaI
# os:system_time/0
    call L158
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
system_time/0:
# i_breakpoint_trampoline
    short jmp L198
.db 0x00
    call L161
    align 8
L198:
# call_bif_mfa_aaI
L199:
    lea rsi, qword ptr [system_time/0-24]
    lea rdx, qword ptr [L199]
    mov rcx, 94919179334544
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L200
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L200:
# call_light_bif_be
    align 4
L201:
L202:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L201]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L160
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_17:
# i_func_info_IaaI
# os:system_time/1
    call L158
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
system_time/1:
# i_breakpoint_trampoline
    short jmp L203
.db 0x00
    call L161
    align 8
L203:
# call_bif_mfa_aaI
L204:
    lea rsi, qword ptr [system_time/1-24]
    lea rdx, qword ptr [L204]
    mov rcx, 94919179334704
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L205
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L205:
# call_light_bif_be
    align 4
L206:
L207:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L206]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L160
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_19:
# i_func_info_IaaI
# os:timestamp/0
    call L158
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA6, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
timestamp/0:
# i_breakpoint_trampoline
    short jmp L208
.db 0x00
    call L161
    align 8
L208:
# call_bif_mfa_aaI
L209:
    lea rsi, qword ptr [timestamp/0-24]
    lea rdx, qword ptr [L209]
    mov rcx, 94919178917440
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L210
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L210:
# call_light_bif_be
    align 4
L211:
L212:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L211]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L160
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_21:
# i_func_info_IaaI
# os:unsetenv/1
    call L158
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
unsetenv/1:
# i_breakpoint_trampoline
    short jmp L213
.db 0x00
    call L161
    align 8
L213:
# call_bif_mfa_aaI
L214:
    lea rsi, qword ptr [unsetenv/1-24]
    lea rdx, qword ptr [L214]
    mov rcx, 94919178918064
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L215
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L215:
# call_light_bif_be
    align 4
L216:
L217:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L216]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L160
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_23:
# i_func_info_IaaI
# os:set_signal/2
    call L158
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x03, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_signal/2:
# i_breakpoint_trampoline
    short jmp L218
.db 0x00
    call L161
    align 8
L218:
# call_bif_mfa_aaI
L219:
    lea rsi, qword ptr [set_signal/2-24]
    lea rdx, qword ptr [L219]
    mov rcx, 94919178918128
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L220
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L220:
# call_light_bif_be
    align 4
L221:
L222:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L221]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L160
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_25:
# i_func_info_IaaI
# os:getenv/0
    call L158
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
getenv/0:
# i_breakpoint_trampoline
    short jmp L223
.db 0x00
    call L161
    align 8
L223:
# i_test_yield
    lea rdx, qword ptr [getenv/0+24]
    dec r14
    jle L159
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L224
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L224:
# line_I
# call_light_bif_be
    align 4
L225:
L226:
    long mov rcx, 9223372036854775807
    mov rax, 94919178917824
    lea rdx, qword ptr [L225]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_call_last_ft
    jmp '-getenv/0-lc$^0/1-0-'/1
# func_line_I
# aligned_label_Lt
    align 8
label_27:
# i_func_info_IaaI
# os:getenv/2
    call L158
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
getenv/2:
# i_breakpoint_trampoline
    short jmp L227
.db 0x00
    call L161
    align 8
L227:
# i_test_yield
    lea rdx, qword ptr [getenv/2+24]
    dec r14
    jle L159
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L228
    mov ecx, 2
    call 140320710850576
L228:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# catch_yf
    inc qword ptr [r13+264]
L229:
    mov eax, 2147483647
    mov qword ptr [rsp+16], rax
# line_I
# call_light_bif_be
    align 4
L230:
L231:
    long mov rcx, 9223372036854775807
    mov rax, 94919178917888
    lea rdx, qword ptr [L230]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+16], 59
# is_eq_exact_fss
    cmp qword ptr [rbx], 11
    jne label_29
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L160
    ret
# label_L
label_29:
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L160
    ret
# label_L
label_30:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_31
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L232
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L232:
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
    mov qword ptr [rbx+8], rsi
# i_move_sd
L233:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L234:
L235:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L234]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L160
    ret
# label_L
label_31:
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
label_32:
# i_func_info_IaaI
# os:type/0
    call L158
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xAA, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
type/0:
# i_breakpoint_trampoline
    short jmp L236
.db 0x00
    call L161
    align 8
L236:
# i_test_yield
    lea rdx, qword ptr [type/0+24]
    dec r14
    jle L159
# i_move_sd
    mov qword ptr [rbx], 31371
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L237
    mov ecx, 1
.db 0x90
    call 140320710850576
L237:
# call_light_bif_be
    align 4
L238:
L239:
    long mov rcx, 9223372036854775807
    mov rax, 94919178901248
    lea rdx, qword ptr [L238]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L160
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_34:
# i_func_info_IaaI
# os:version/0
    call L158
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xB0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
version/0:
# i_breakpoint_trampoline
    short jmp L240
.db 0x00
    call L161
    align 8
L240:
# i_test_yield
    lea rdx, qword ptr [version/0+24]
    dec r14
    jle L159
# i_move_sd
    mov qword ptr [rbx], 31435
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L241
    mov ecx, 1
.db 0x90
    call 140320710850576
L241:
# call_light_bif_be
    align 4
L242:
L243:
    long mov rcx, 9223372036854775807
    mov rax, 94919178901248
    lea rdx, qword ptr [L242]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L160
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_36:
# i_func_info_IaaI
# os:find_executable/1
    call L158
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x59, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
find_executable/1:
# i_breakpoint_trampoline
    short jmp L244
.db 0x00
    call L161
    align 8
L244:
# i_test_yield
    lea rdx, qword ptr [find_executable/1+24]
    dec r14
    jle L159
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L245
    mov ecx, 1
    call 140320710850576
L245:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
L246:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L247:
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
# i_call_last_ft
    add rsp, 8
    jmp find_executable/2
# func_line_I
# aligned_label_Lt
    align 8
label_38:
# i_func_info_IaaI
# os:find_executable/2
    call L158
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x59, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
find_executable/2:
# i_breakpoint_trampoline
    short jmp L248
.db 0x00
    call L161
    align 8
L248:
# i_test_yield
    lea rdx, qword ptr [find_executable/2+24]
    dec r14
    jle L159
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L249
    mov ecx, 2
    call 140320710850576
L249:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call extensions/0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L250:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# is_eq_exact_fss
    cmp qword ptr [rbx], 148875
    jne label_40
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
    call split_path/1
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
    jmp find_executable1/3
# label_L
label_40:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
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
.db 0x90
    call verify_executable/3
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_41
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L160
    ret
# label_L
label_41:
# i_move_sd
    mov qword ptr [rbx], 11
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L160
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_42:
# i_func_info_IaaI
# os:find_executable1/3
    call L158
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x92, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
find_executable1/3:
# i_breakpoint_trampoline
    short jmp L251
.db 0x00
    call L161
    align 8
L251:
# i_test_yield
    lea rdx, qword ptr [find_executable1/3+24]
    dec r14
    jle L159
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_45
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L252
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L252:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_ext_e
L253:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# line_I
# i_call_f
.db 0x90
    call verify_executable/3
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_44
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L160
    ret
# label_L
label_44:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp find_executable1/3
# label_L
label_45:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_42
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L160
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_46:
# i_func_info_IaaI
# os:verify_executable/3
    call L158
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x93, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
verify_executable/3:
# i_breakpoint_trampoline
    short jmp L254
.db 0x00
    call L161
    align 8
L254:
# i_test_yield
    lea rdx, qword ptr [verify_executable/3+24]
    dec r14
    jle L159
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_49
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L255
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L255:
    sub rsp, 32
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx+8], rsi
    mov qword ptr [rsp+8], rdx
# line_I
# call_light_bif_be
    align 4
L256:
L257:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L256]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_ext_e
L258:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_48
    cmp dword ptr [rsi-2], 128
    jne label_48
    cmp qword ptr [rsi+6], 30603
    jne label_48
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_48
    cmp dword ptr [rsi-2], 896
    jne label_48
    cmp qword ptr [rsi+6], 91723
    jne label_48
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 140363
    jne label_48
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+62]
    mov qword ptr [rbx], rdi
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov eax, 1183
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L259
    and rax, rsi
    short jmp L260
L259:
    call 140320710851272
    je label_48
L260:
    mov qword ptr [rbx], rax
# is_ne_exact_fss
    cmp qword ptr [rbx], 15
    je label_48
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L261
    xor ecx, ecx
    call 140320710850576
L261:
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
    add rsp, 32
# return
    dec r14
    jl L160
    ret
# label_L
label_48:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp verify_executable/3
# label_L
label_49:
# i_is_eq_exact_literal_fscI
L262:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+16]
    rex test dil, 2
    jne label_50
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_50
# i_move_sd
    mov qword ptr [rbx], 779
# return
    dec r14
    jl L160
    ret
# label_L
label_50:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L263
    mov ecx, 3
    call 140320710850576
L263:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# line_I
# i_call_ext_e
L264:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_call_f
.db 0x0F, 0x1F, 0x00
    call can_be_full_name/2
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_51
# i_move_sd
L265:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
L266:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp verify_executable/3
# label_L
label_51:
# i_move_sd
    mov qword ptr [rbx], 779
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L160
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_52:
# i_func_info_IaaI
# os:can_be_full_name/2
    call L158
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x93, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
can_be_full_name/2:
# i_breakpoint_trampoline
    short jmp L267
.db 0x00
    call L161
    align 8
L267:
# i_test_yield
    lea rdx, qword ptr [can_be_full_name/2+24]
    dec r14
    jle L159
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_55
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L268
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L268:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_ext_e
L269:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_54
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L160
    ret
# label_L
label_54:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 16
    jmp can_be_full_name/2
# label_L
label_55:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L160
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_56:
# i_func_info_IaaI
# os:split_path/1
    call L158
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x93, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
split_path/1:
# i_breakpoint_trampoline
    short jmp L270
.db 0x00
    call L161
    align 8
L270:
# i_test_yield
    lea rdx, qword ptr [split_path/1+24]
    dec r14
    jle L159
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L271
    mov ecx, 1
    call 140320710850576
L271:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call type/0
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_58
    cmp dword ptr [rsi-2], 128
    jne label_58
    cmp qword ptr [rsi+6], 147659
    jne label_58
# line_I
# i_call_ext_e
L272:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_59
    cmp dword ptr [rsi-2], 128
    jne label_59
    cmp qword ptr [rsi+6], 30603
    jne label_59
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L273
    mov ecx, 1
    call 140320710850576
L273:
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
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
    mov qword ptr [rbx+8], 959
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp split_path/4
# label_L
label_58:
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx+8], 943
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp split_path/4
# label_L
label_59:
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
label_60:
# i_func_info_IaaI
# os:split_path/4
    call L158
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x93, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
split_path/4:
# i_breakpoint_trampoline
    short jmp L274
.db 0x00
    call L161
    align 8
L274:
# i_test_yield
    lea rdx, qword ptr [split_path/4+24]
    dec r14
    jle L159
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_63
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
    mov qword ptr [rbx], rdx
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx+32]
    cmp qword ptr [rbx+8], rdi
    jne label_62
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L275
    mov ecx, 5
    call 140320710850576
L275:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call reverse_element/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L276
    mov ecx, 1
    call 140320710850576
L276:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp split_path/4
# label_L
label_62:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L277
    mov ecx, 5
    call 140320710850576
L277:
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_call_only_f
    jmp split_path/4
# label_L
label_63:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_60
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L278
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L278:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call reverse_element/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L279
    mov ecx, 1
    call 140320710850576
L279:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L280:
L281:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L280]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L160
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_64:
# i_func_info_IaaI
# os:reverse_element/1
    call L158
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x94, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
reverse_element/1:
# i_breakpoint_trampoline
    short jmp L282
.db 0x00
    call L161
    align 8
L282:
# i_test_yield
    lea rdx, qword ptr [reverse_element/1+24]
    dec r14
    jle L159
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_68
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 559
    jne label_67
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L283
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L283:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L284:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_66
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 559
    jne label_66
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L160
    ret
# label_L
label_66:
# i_move_sd
L285:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# call_light_bif_be
    align 4
L286:
L287:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L286]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L160
    ret
# label_L
label_67:
# line_I
# i_call_ext_only_e
L288:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_68:
# i_move_sd
L289:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L160
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_69:
# i_func_info_IaaI
# os:extensions/0
    call L158
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x94, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
extensions/0:
# i_breakpoint_trampoline
    short jmp L290
.db 0x00
    call L161
    align 8
L290:
# i_test_yield
    lea rdx, qword ptr [extensions/0+24]
    dec r14
    jle L159
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L291
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L291:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call type/0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_73
    cmp dword ptr [rsi-2], 128
    jne label_73
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 68747
    je label_72
    cmp rsi, 147659
    je label_71
    jmp label_73
# label_L
label_71:
# i_move_sd
L292:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L160
    ret
# label_L
label_72:
# i_move_sd
L293:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L160
    ret
# label_L
label_73:
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
label_74:
# i_func_info_IaaI
# os:cmd/1
    call L158
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x94, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
cmd/1:
# i_breakpoint_trampoline
    short jmp L294
.db 0x00
    call L161
    align 8
L294:
# i_test_yield
    lea rdx, qword ptr [cmd/1+24]
    dec r14
    jle L159
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L295
    mov ecx, 1
    call 140320710850576
L295:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L296:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# i_move_sd
L297:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x90
    call do_cmd/2
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L160
    ret
# label_L
label_76:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 715
    jne label_78
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_77
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_77
    cmp edi, 128
    jne label_78
    cmp qword ptr [rsi+6], 49419
    jne label_78
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L298
    mov ecx, 2
.db 0x90
    call 140320710850576
L298:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# update_map_assoc_sdtI
.section .rodata {#1}
L299:
    align 8
.db 0x4B, 0x20, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L300:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
    mov edx, 2
    mov ecx, 2
    lea r8, qword ptr [L299]
.db 0x90
    call 140320710854704
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L301
    mov ecx, 2
    call 140320710850576
L301:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 14859
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
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L302:
L303:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L302]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L160
    ret
# label_L
label_77:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 4747
    jne label_78
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L304
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L304:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L305:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L306:
L307:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L306]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L160
    ret
# label_L
label_78:
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
label_79:
# i_func_info_IaaI
# os:cmd/2
    call L158
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x94, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
cmd/2:
# i_breakpoint_trampoline
    short jmp L308
.db 0x00
    call L161
    align 8
L308:
# i_test_yield
    lea rdx, qword ptr [cmd/2+24]
    dec r14
    jle L159
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L309
    mov ecx, 2
    call 140320710850576
L309:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# catch_yf
    inc qword ptr [r13+264]
L310:
    mov eax, 2147483647
    mov qword ptr [rsp+16], rax
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call do_cmd/2
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+16], 59
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L160
    ret
# label_L
label_81:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 715
    jne label_85
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_82
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_82
    cmp edi, 128
    jne label_85
    cmp qword ptr [rsi+6], 49419
    jne label_85
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L311
    mov ecx, 2
.db 0x90
    call 140320710850576
L311:
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
# update_map_assoc_sdtI
.section .rodata {#1}
L312:
    align 8
.db 0x4B, 0x20, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L313:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
    mov edx, 2
    mov ecx, 2
    lea r8, qword ptr [L312]
    call 140320710854704
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L314
    mov ecx, 2
    call 140320710850576
L314:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 14859
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
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L315:
L316:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L315]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L160
    ret
# label_L
label_82:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 4747
    je label_84
    cmp rsi, 5387
    je label_83
    jmp label_85
# label_L
label_83:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L317
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L317:
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
    mov qword ptr [rbx+8], rsi
# i_move_sd
L318:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# call_light_bif_be
    align 4
L319:
L320:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L319]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L160
    ret
# label_L
label_84:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L321
    xor ecx, ecx
.db 0x90
    call 140320710850576
L321:
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
    mov qword ptr [rbx+8], rsi
# i_move_sd
L322:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L323:
L324:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L323]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L160
    ret
# label_L
label_85:
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
label_86:
# i_func_info_IaaI
# os:do_cmd/2
    call L158
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x94, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_cmd/2:
# i_breakpoint_trampoline
    short jmp L325
.db 0x00
    call L161
    align 8
L325:
# i_test_yield
    lea rdx, qword ptr [do_cmd/2+24]
    dec r14
    jle L159
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L326
    mov ecx, 2
    call 140320710850576
L326:
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
    mov qword ptr [rbx+16], 395
# i_move_sd
    mov qword ptr [rbx], 431371
# line_I
# i_call_f
.db 0x66, 0x90
    call get_option/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# line_I
# i_call_ext_e
L327:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# swap_dd
    mov rdi, qword ptr [rsp+24]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+24], rsi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call validate/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+24], 59
# i_call_f
.db 0x0F, 0x1F, 0x00
    call mk_cmd/2
# test_heap_It
    lea rdx, qword ptr [r15+136]
    cmp rdx, rsp
    short jbe L328
    mov ecx, 1
.db 0x90
    call 140320710850576
L328:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 50059
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# put_cons_ss
    mov qword ptr [r15], 19659
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 20619
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov qword ptr [r15+32], 41035
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov qword ptr [r15+48], 40907
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# append_cons_Is
    mov qword ptr [r15+64], 5899
    mov qword ptr [r15+72], rsi
    lea rsi, qword ptr [r15+65]
# store_cons_Id
    add r15, 80
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# catch_yf
    inc qword ptr [r13+264]
L329:
    mov eax, 2147483647
    mov qword ptr [rsp+24], rax
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_call_ext_e
L330:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+24], 59
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
    mov qword ptr [rsp+24], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 32843
# line_I
# call_light_bif_be
    align 4
L331:
L332:
    long mov rcx, 9223372036854775807
    mov rax, 94919179086448
    lea rdx, qword ptr [L331]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# recv_marker_bind_SS
    mov rsi, qword ptr [rsp+24]
    mov rdx, qword ptr [rbx]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178492288
    mov rsp, rbp
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L333:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_89
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_move_sd
    mov qword ptr [rbx+32], 15
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
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
    call get_data/6
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_move_sd
L334:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# call_light_bif_be
    align 4
L335:
L336:
    long mov rcx, 9223372036854775807
    mov rax, 94919179085664
    lea rdx, qword ptr [L335]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# recv_marker_clear_S
    mov rsi, qword ptr [rsp+24]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491968
    mov rsp, rbp
# init_yregs_I
    mov qword ptr [rsp+24], 59
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L337:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L338
    test al, 2
    jne label_88
L338:
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L160
    ret
# label_L
label_88:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L339:
L340:
    long mov rcx, 9223372036854775807
    mov rax, 94919179445984
    lea rdx, qword ptr [L339]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L160
    ret
# label_L
label_89:
# recv_marker_clear_S
    mov rsi, qword ptr [rsp+24]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491968
    mov rsp, rbp
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_90:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_91
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L341
    mov ecx, 2
    call 140320710850576
L341:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 49419
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# call_light_bif_be
    align 4
L342:
L343:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L342]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L160
    ret
# label_L
label_91:
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
label_92:
# i_func_info_IaaI
# os:get_option/3
    call L158
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x95, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_option/3:
# i_breakpoint_trampoline
    short jmp L344
.db 0x00
    call L161
    align 8
L344:
# i_test_yield
    lea rdx, qword ptr [get_option/3+24]
    dec r14
    jle L159
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_95
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_95
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 431371
    mov edx, 2902640540
    call 140320710852224
    jne label_94
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L160
    ret
# label_L
label_94:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L160
    ret
# label_L
label_95:
# i_move_sd
    mov qword ptr [rbx], 5387
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L345
    mov ecx, 1
    call 140320710850576
L345:
# call_light_bif_be
    align 4
L346:
L347:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L346]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L160
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_96:
# i_func_info_IaaI
# os:mk_cmd/2
    call L158
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x95, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
mk_cmd/2:
# i_breakpoint_trampoline
    short jmp L348
.db 0x00
    call L161
    align 8
L348:
# i_test_yield
    lea rdx, qword ptr [mk_cmd/2+24]
    dec r14
    jle L159
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_101
    cmp dword ptr [rsi-2], 128
    jne label_101
    cmp qword ptr [rsi+6], 147659
    jne label_101
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L349
    mov ecx, 2
    call 140320710850576
L349:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
L350:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L351:
L352:
    long mov rcx, 9223372036854775807
    mov rax, 94919178917888
    lea rdx, qword ptr [L351]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 11
    jne label_99
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 405067
    jne label_98
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L353
    xor ecx, ecx
    call 140320710850576
L353:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
L354:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_ext_e
L355:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_100
# label_L
label_98:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L356
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L356:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
L357:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_ext_e
L358:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_100
# label_L
label_99:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L359
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L359:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
L360:
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
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_ext_e
L361:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# label_L
label_100:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L362
    mov ecx, 1
    call 140320710850576
L362:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 59
    mov qword ptr [r15+24], 59
L363:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L160
    ret
# label_L
label_101:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L364
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L364:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
L365:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
L366:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L367:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_102
    cmp dword ptr [rsi-2], 128
    jne label_102
    cmp qword ptr [rsi+6], 30603
    jne label_102
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_102
    cmp dword ptr [rsi-2], 896
    jne label_102
    cmp qword ptr [rsi+6], 91723
    jne label_102
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_ne_exact_fss
    cmp qword ptr [rbx], 140363
    je label_103
# label_L
label_102:
# i_move_sd
L368:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
L369:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L370:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_103
    cmp dword ptr [rsi-2], 128
    jne label_103
    cmp qword ptr [rsi+6], 30603
    jne label_103
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_103
    cmp dword ptr [rsi-2], 896
    jne label_103
    cmp qword ptr [rsi+6], 91723
    jne label_103
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 140363
    jne label_103
# i_move_sd
L371:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# jump_f
    jmp label_104
# label_L
label_103:
# i_move_sd
L372:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# label_L
label_104:
# i_move_sd
L373:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# call_light_bif_be
    align 4
L374:
L375:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L374]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# line_I
# i_call_ext_e
L376:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L377
    mov ecx, 1
    call 140320710850576
L377:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
L378:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
L379:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
L380:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
L381:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L160
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_105:
# i_func_info_IaaI
# os:validate/1
    call L158
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x32, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
validate/1:
# i_breakpoint_trampoline
    short jmp L382
.db 0x00
    call L161
    align 8
L382:
# i_test_yield
    lea rdx, qword ptr [validate/1+24]
    dec r14
    jle L159
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L383
    mov ecx, 1
    call 140320710850576
L383:
    sub rsp, 8
# catch_yf
    inc qword ptr [r13+264]
L384:
    mov eax, 2147483647
    mov qword ptr [rsp], rax
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call validate1/1
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp], 59
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L160
    ret
# label_L
label_107:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_108
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L385:
L386:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L385]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L160
    ret
# label_L
label_108:
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
label_109:
# i_func_info_IaaI
# os:validate1/1
    call L158
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x95, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
validate1/1:
# i_breakpoint_trampoline
    short jmp L387
.db 0x00
    call L161
    align 8
L387:
# i_test_yield
    lea rdx, qword ptr [validate1/1+24]
    dec r14
    jle L159
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_111
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L388
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L388:
# line_I
# call_light_bif_be
    align 4
L389:
L390:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100592
    lea rdx, qword ptr [L389]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_call_last_ft
    short jmp validate1/1
# label_L
label_111:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L391
    test al, 2
    jne label_109
L391:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L392
    mov ecx, 1
.db 0x90
    call 140320710850576
L392:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call validate2/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_112
# i_move_sd
    mov qword ptr [rbx+8], 400523
# i_move_sd
L393:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 8
L394:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_112:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L160
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_113:
# i_func_info_IaaI
# os:validate2/1
    call L158
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x96, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
validate2/1:
# i_breakpoint_trampoline
    short jmp L395
.db 0x00
    call L161
    align 8
L395:
# i_test_yield
    lea rdx, qword ptr [validate2/1+24]
    dec r14
    jle L159
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_117
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_115
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp validate3/1
# label_L
label_115:
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L396
    test al, 1
    jne label_116
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_116
L396:
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L397
    cmp rdi, rsi
    short jmp L398
L397:
    call 140320710848608
L398:
    jge label_116
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp validate2/1
# label_L
label_116:
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L399
    test al, 2
    jne label_113
L399:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L400
    mov ecx, 3
.db 0x90
    call 140320710850576
L400:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call validate2/1
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_f
.db 0x90
    call validate2/1
# i_bif2_ssjbd
    lea rsi, qword ptr [rbx-104]
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsi], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsi+8], rdi
    mov rcx, 94919178915424
    call 140320710851304
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L160
    ret
# label_L
label_117:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_113
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L160
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_118:
# i_func_info_IaaI
# os:validate3/1
    call L158
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x96, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
validate3/1:
# i_breakpoint_trampoline
    short jmp L401
.db 0x00
    call L161
    align 8
L401:
# i_test_yield
    lea rdx, qword ptr [validate3/1+24]
    dec r14
    jle L159
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_121
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_120
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_only_f
    short jmp validate3/1
# label_L
label_120:
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L402
    test al, 2
    short jne label_118
L402:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L403
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L403:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call validate3/1
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp validate3/1
# label_L
label_121:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_118
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L160
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_122:
# i_func_info_IaaI
# os:get_data/6
    call L158
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x71, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_data/6:
# i_breakpoint_trampoline
    short jmp L404
.db 0x00
    call L161
    align 8
L404:
# i_test_yield
    lea rdx, qword ptr [get_data/6+24]
    dec r14
    jle L159
# allocate_tt
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L405
    mov ecx, 6
    call 140320710850576
L405:
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
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+32], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+56], rdi
# aligned_label_Lt
    align 4
label_124:
# i_loop_rec_f
    align 4
L406:
    lea rdi, qword ptr [L406]
    lea rsi, qword ptr [label_131]
    call 140320710852712
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_130
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_130
    cmp esi, 128
    je label_126
    cmp esi, 320
    je label_125
    jne label_130
# label_L
label_125:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 1227
    jne label_130
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+40]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L407
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_130
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_130
L407:
# recv_marker_clear_S
    mov rsi, qword ptr [rsp+40]
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
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rsp+56], rdi
# i_trim_t
    add rsp, 56
# line_I
# i_call_f
    call flush_exit/1
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L408:
L409:
    long mov rcx, 9223372036854775807
    mov rax, 94919179448912
    lea rdx, qword ptr [L408]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L160
    ret
# label_L
label_126:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_130
    cmp dword ptr [rsi-2], 128
    jne label_130
    cmp qword ptr [rsi+6], 10955
    jne label_130
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+48]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L410
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_130
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_130
L410:
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
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call eot/4
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 26763
    jne label_127
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+8]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# i_plus_ssjd
    mov rsi, qword ptr [rsp+24]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    test esi, 1
    short je L412
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L411
L412:
    call 140320710853728
L411:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L413
    mov ecx, 1
    call 140320710850576
L413:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+40], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+40], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 64
    jmp get_data/6
# label_L
label_127:
# recv_marker_clear_S
    mov rsi, qword ptr [rsp+40]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491968
    mov rsp, rbp
# catch_yf
    inc qword ptr [r13+264]
L414:
    mov eax, 2147483647
    mov qword ptr [rsp+56], rax
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L415:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+56], 59
# jump_f
    jmp label_129
# label_L
label_128:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# label_L
label_129:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+40], 1
    vmovups xmmword ptr [rbx], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+56], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rsp+48], rdi
# i_trim_t
    add rsp, 48
# line_I
# i_call_f
.db 0x90
    call flush_until_down/2
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L416
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L416:
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
# line_I
# call_light_bif_be
    align 4
L417:
L418:
    long mov rcx, 9223372036854775807
    mov rax, 94919179448912
    lea rdx, qword ptr [L417]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L160
    ret
# label_L
label_130:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_124
# aligned_label_Lt
    align 4
label_131:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_124]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# func_line_I
# aligned_label_Lt
    align 8
label_132:
# i_func_info_IaaI
# os:eot/4
    call L158
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x1B, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
eot/4:
# i_breakpoint_trampoline
    short jmp L419
.db 0x00
    call L161
    align 8
L419:
# i_test_yield
    lea rdx, qword ptr [eot/4+24]
    dec r14
    jle L159
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx+8]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L421
L420:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L422
    mov qword ptr [rbx+32], rsi
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rsi, qword ptr [rbx+32]
L422:
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
L421:
    mov qword ptr [rbx+8], rsi
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_135
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178859104
    call 140320710851400
    je label_134
    mov qword ptr [rbx+8], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rdx, qword ptr [rbx+8]
# simplified test for small operands since both are numbers
    test esi, 1
    short je L424
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L423
L424:
    call 140320710853792
    je label_134
L423:
    mov qword ptr [rbx+8], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L425
    cmp rdi, rsi
    short jmp L426
L425:
    call 140320710848608
L426:
    jge label_134
# i_move_sd
    mov qword ptr [rbx], 26763
# return
    dec r14
    jl L160
    ret
# label_L
label_134:
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rdx, qword ptr [rbx+16]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L428
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L427
L428:
    call 140320710853584
L427:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L429
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L429:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 15
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L430
    mov ecx, 2
    call 140320710850576
L430:
# call_light_bif_be
    align 4
L431:
L432:
    long mov rcx, 9223372036854775807
    mov rax, 94919179963792
    lea rdx, qword ptr [L431]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L160
    ret
# label_L
label_135:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L433
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L433:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+8]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L434
    mov qword ptr [rbx+16], rdi
    mov ecx, 3
    call 140320710850576
    mov rdi, qword ptr [rbx+16]
L434:
    call 140320710849224
    mov qword ptr [rbx+8], rax
# line_I
# call_light_bif_be
    align 4
L435:
L436:
    long mov rcx, 9223372036854775807
    mov rax, 94919179963216
    lea rdx, qword ptr [L435]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_136
    cmp dword ptr [rsi-2], 128
    jne label_136
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_plus_ssjd
    mov rsi, qword ptr [rsp+8]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L438
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L437
L438:
    call 140320710853792
    je label_136
L437:
    mov qword ptr [rbx+8], rax
# is_lt_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L439
    cmp rdi, rsi
    short jmp L440
L439:
    call 140320710848608
L440:
    jge label_136
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L441
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L441:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 15
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L442:
L443:
    long mov rcx, 9223372036854775807
    mov rax, 94919179963792
    lea rdx, qword ptr [L442]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L160
    ret
# label_L
label_136:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
L444:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp eot/4
# func_line_I
# aligned_label_Lt
    align 8
label_137:
# i_func_info_IaaI
# os:flush_until_down/2
    call L158
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x96, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
flush_until_down/2:
# i_breakpoint_trampoline
    short jmp L445
.db 0x00
    call L161
    align 8
L445:
# i_test_yield
    lea rdx, qword ptr [flush_until_down/2+24]
    dec r14
    jle L159
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L446
    mov ecx, 2
    call 140320710850576
L446:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# aligned_label_Lt
    align 4
label_139:
# i_loop_rec_f
    align 4
L447:
    lea rdi, qword ptr [L447]
    lea rsi, qword ptr [label_143]
    call 140320710852712
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_142
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_142
    cmp esi, 128
    je label_141
    cmp esi, 320
    je label_140
    jne label_142
# label_L
label_140:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 1227
    jne label_142
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L448
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_142
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_142
L448:
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
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp flush_exit/1
# label_L
label_141:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_142
    cmp dword ptr [rsi-2], 128
    jne label_142
    cmp qword ptr [rsi+6], 10955
    jne label_142
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L449
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_142
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_142
L449:
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
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 16
    jmp flush_until_down/2
# label_L
label_142:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_139
# aligned_label_Lt
    align 4
label_143:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_139]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# func_line_I
# aligned_label_Lt
    align 8
label_144:
# i_func_info_IaaI
# os:flush_exit/1
    call L158
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x96, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
flush_exit/1:
# i_breakpoint_trampoline
    short jmp L450
.db 0x00
    call L161
    align 8
L450:
# i_test_yield
    lea rdx, qword ptr [flush_exit/1+24]
    dec r14
    jle L159
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L451
    mov ecx, 1
    call 140320710850576
L451:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# aligned_label_Lt
    align 4
label_146:
# i_loop_rec_f
    align 4
L452:
    lea rdi, qword ptr [L452]
    lea rsi, qword ptr [label_148]
    call 140320710852712
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_147
    cmp dword ptr [rsi-2], 192
    jne label_147
    cmp qword ptr [rsi+6], 1355
    jne label_147
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L453
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
L453:
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
    add rsp, 8
# return
    dec r14
    jl L160
    ret
# label_L
label_147:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_146
# aligned_label_Lt
    align 4
label_148:
# timeout_locked
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178214400
    mov rsp, rbp
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L160
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_149:
# i_func_info_IaaI
# os:module_info/0
    call L158
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/0:
# i_breakpoint_trampoline
    short jmp L454
.db 0x00
    call L161
    align 8
L454:
# i_test_yield
    lea rdx, qword ptr [module_info/0+24]
    dec r14
    jle L159
# i_move_sd
    mov qword ptr [rbx], 58635
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L455
    mov ecx, 1
.db 0x90
    call 140320710850576
L455:
# call_light_bif_be
    align 4
L456:
L457:
    long mov rcx, 9223372036854775807
    mov rax, 94919178912304
    lea rdx, qword ptr [L456]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L160
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_151:
# i_func_info_IaaI
# os:module_info/1
    call L158
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/1:
# i_breakpoint_trampoline
    short jmp L458
.db 0x00
    call L161
    align 8
L458:
# i_test_yield
    lea rdx, qword ptr [module_info/1+24]
    dec r14
    jle L159
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 58635
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L459
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L459:
# call_light_bif_be
    align 4
L460:
L461:
    long mov rcx, 9223372036854775807
    mov rax, 94919178913216
    lea rdx, qword ptr [L460]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L160
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_153:
# i_func_info_IaaI
# os:'-getenv/0-lc$^0/1-0-'/1
    call L158
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xE5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x97, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-getenv/0-lc$^0/1-0-'/1:
# i_breakpoint_trampoline
    short jmp L462
.db 0x00
    call L161
    align 8
L462:
# i_test_yield
    lea rdx, qword ptr ['-getenv/0-lc$^0/1-0-'/1+24]
    dec r14
    jle L159
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_156
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_155
    cmp dword ptr [rsi-2], 128
    jne label_155
# allocate_heap_tIt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L463
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L463:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx], xmm0
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 991
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
# i_call_ext_e
L464:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_f
.db 0x90
    call '-getenv/0-lc$^0/1-0-'/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L465
    mov ecx, 1
    call 140320710850576
L465:
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
    jl L160
    ret
# label_L
label_155:
# i_call_only_f
    jmp '-getenv/0-lc$^0/1-0-'/1
# label_L
label_156:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_157
# return
    dec r14
    jl L160
    ret
# label_L
label_157:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L466
    mov ecx, 1
    call 140320710850576
L466:
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
    short jbe L467
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L467:
# call_light_bif_be
    align 4
L468:
L469:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L468]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L160
    ret
# int_code_end
L470:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, 94919180896308
    call 94919178184336
.section .rodata {#1}
line:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
.section .rodata {#1}
attr:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x68, 0x02, 0x64, 0x00, 0x03, 0x76, 0x73, 0x6E, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x6E, 0x10, 0x00, 0x21, 0x59, 0x71, 0x17, 0xD5, 0x3E, 0x71, 0xFE, 0x33, 0x8E, 0xC4, 0xF7, 0xFB, 0x61, 0x60, 0x0D, 0x6A, 0x6A
.section .text {#0}
.section .rodata {#1}
compile:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x68, 0x02, 0x64, 0x00, 0x07, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6F, 0x6E, 0x6B, 0x00, 0x03, 0x38, 0x2E, 0x32, 0x68, 0x02, 0x64, 0x00, 0x07, 0x6F, 0x70, 0x74, 0x69, 0x6F, 0x6E, 0x73, 0x6C, 0x00, 0x00, 0x00, 0x02, 0x64, 0x00, 0x0A, 0x64, 0x65, 0x62, 0x75, 0x67, 0x5F, 0x69, 0x6E, 0x66, 0x6F, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x45, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x06, 0x73, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x6B, 0x00, 0x41, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x6F, 0x73, 0x2E, 0x65, 0x72, 0x6C, 0x6A
.section .text {#0}
.section .rodata {#1}
md5:
.db 0x0D, 0x60, 0x61, 0xFB, 0xF7, 0xC4, 0x8E, 0x33, 0xFE, 0x71, 0x3E, 0xD5, 0x17, 0x71, 0x59, 0x21
.section .text {#0}
