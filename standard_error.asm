    align 8
L115:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L116:
    jmp 140320710851944
    align 8
L117:
    jmp 140320710853048
    align 8
L118:
    jmp 140320710850344
    align 16
L119:
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
# standard_error:start_link/0
    call L116
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x77, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x18, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
start_link/0:
# i_breakpoint_trampoline
    short jmp L120
.db 0x00
    call L119
    align 8
L120:
# i_test_yield
    lea rdx, qword ptr [start_link/0+24]
    dec r14
    jle L117
# i_move_sd
    mov qword ptr [rbx+8], 96011
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
L121:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_ext_only_e
L122:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_3:
# i_func_info_IaaI
# standard_error:terminate/2
    call L116
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x77, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x5A, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
terminate/2:
# i_breakpoint_trampoline
    short jmp L123
.db 0x00
    call L119
    align 8
L123:
# i_test_yield
    lea rdx, qword ptr [terminate/2+24]
    dec r14
    jle L117
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L124
    mov ecx, 2
    call 140320710850576
L124:
    sub rsp, 8
# catch_yf
    inc qword ptr [r13+264]
L125:
    mov eax, 2147483647
    mov qword ptr [rsp], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 22219
# line_I
# call_light_bif_be
    align 4
L126:
L127:
    long mov rcx, 9223372036854775807
    mov rax, 94919179091616
    lea rdx, qword ptr [L126]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp], 59
# jump_f
    jmp label_6
# label_L
label_5:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# label_L
label_6:
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L118
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_7:
# i_func_info_IaaI
# standard_error:init/1
    call L116
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x77, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
init/1:
# i_breakpoint_trampoline
    short jmp L128
.db 0x00
    call L119
    align 8
L128:
# i_test_yield
    lea rdx, qword ptr [init/1+24]
    dec r14
    jle L117
# is_nil_fS
    cmp qword ptr [rbx], 59
    short jne label_7
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L129
    xor ecx, ecx
.db 0x90
    call 140320710850576
L129:
    sub rsp, 8
# catch_yf
    inc qword ptr [r13+264]
L130:
    mov eax, 2147483647
    mov qword ptr [rsp], rax
# i_move_sd
L131:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call start_port/1
# label_L
label_9:
# catch_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp], 59
    cmp qword ptr [rbx], 0
    short jne L132
.db 0x90
    call 140320710850088
L132:
# is_pid_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L133
    test al, 1
    jne label_10
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 48
    jne label_10
L133:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L134
    mov ecx, 1
    call 140320710850576
L134:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 30603
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L118
    ret
# label_L
label_10:
# i_move_sd
L135:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L118
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_11:
# i_func_info_IaaI
# standard_error:start_port/1
    call L116
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x77, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xE0, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
start_port/1:
# i_breakpoint_trampoline
    short jmp L136
.db 0x00
    call L119
    align 8
L136:
# i_test_yield
    lea rdx, qword ptr [start_port/1+24]
    dec r14
    jle L117
# allocate_heap_tIt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L137
    mov ecx, 1
    call 140320710850576
L137:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# i_make_fun3_FStt
L138:
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [rax+40], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx], rax
# line_I
# i_call_ext_e
L139:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 96011
# line_I
# call_light_bif_be
    align 4
L140:
L141:
    long mov rcx, 9223372036854775807
    mov rax, 94919179093792
    lea rdx, qword ptr [L140]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L118
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_13:
# i_func_info_IaaI
# standard_error:server/2
    call L116
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x77, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xDE, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
server/2:
# i_breakpoint_trampoline
    short jmp L142
.db 0x00
    call L119
    align 8
L142:
# i_test_yield
    lea rdx, qword ptr [server/2+24]
    dec r14
    jle L117
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L143
    mov ecx, 2
    call 140320710850576
L143:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx+8], 75
# i_move_sd
    mov qword ptr [rbx], 43339
# line_I
# call_light_bif_be
    align 4
L144:
L145:
    long mov rcx, 9223372036854775807
    mov rax, 94919179091664
    lea rdx, qword ptr [L144]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
L146:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L147:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_call_last_ft
    jmp run/1
# func_line_I
# aligned_label_Lt
    align 8
label_15:
# i_func_info_IaaI
# standard_error:run/1
    call L116
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x77, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xE7, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
run/1:
# i_breakpoint_trampoline
    short jmp L148
.db 0x00
    call L119
    align 8
L148:
# i_test_yield
    lea rdx, qword ptr [run/1+24]
    dec r14
    jle L117
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L149
    mov ecx, 1
    call 140320710850576
L149:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx+8], 22667
# i_move_sd
    mov qword ptr [rbx], 234315
# line_I
# i_call_ext_e
L150:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp server_loop/1
# func_line_I
# aligned_label_Lt
    align 8
label_17:
# i_func_info_IaaI
# standard_error:server_loop/1
    call L116
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x77, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xAE, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
server_loop/1:
# i_breakpoint_trampoline
    short jmp L151
.db 0x00
    call L119
    align 8
L151:
# i_test_yield
    lea rdx, qword ptr [server_loop/1+24]
    dec r14
    jle L117
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L152
    mov ecx, 1
    call 140320710850576
L152:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# aligned_label_Lt
    align 4
label_19:
# i_loop_rec_f
    align 4
L153:
    lea rdi, qword ptr [L153]
    lea rsi, qword ptr [label_23]
    call 140320710852712
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_22
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_22
    cmp esi, 192
    je label_21
    cmp esi, 256
    je label_20
    jne label_22
# label_L
label_20:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 86795
    jne label_22
# is_pid_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L154
    test al, 1
    jne label_22
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 48
    jne label_22
L154:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
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
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+16], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# line_I
# i_call_f
.db 0x90
    call do_io_request/4
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp server_loop/1
# label_L
label_21:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 1355
    jne label_22
# is_ne_exact_fss
    cmp qword ptr [rbx], 5323
    je label_22
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L155
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_22
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_22
L155:
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
# line_I
# call_light_bif_be
    align 4
L156:
L157:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L156]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L118
    ret
# label_L
label_22:
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
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp server_loop/1
# aligned_label_Lt
    align 4
label_23:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_19]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# func_line_I
# aligned_label_Lt
    align 8
label_24:
# i_func_info_IaaI
# standard_error:get_fd_geometry/1
    call L116
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x77, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xE0, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_fd_geometry/1:
# i_breakpoint_trampoline
    short jmp L158
.db 0x00
    call L119
    align 8
L158:
# i_test_yield
    lea rdx, qword ptr [get_fd_geometry/1+24]
    dec r14
    jle L117
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L159
    mov ecx, 1
    call 140320710850576
L159:
    sub rsp, 8
# catch_yf
    inc qword ptr [r13+264]
L160:
    mov eax, 2147483647
    mov qword ptr [rsp], rax
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx+8], 414225999
# line_I
# i_call_ext_e
L161:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# label_L
label_26:
# catch_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp], 59
    cmp qword ptr [rbx], 0
    short jne L162
.db 0x90
    call 140320710850088
L162:
# i_length_setup_jts
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
    mov qword ptr [rbx+16], 15
# i_length_jtd
    align 4
L163:
    mov esi, 1
    lea rdx, qword ptr [L163]
    call 140320710852488
    je label_27
    mov qword ptr [rbx+8], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 143
    jne label_27
# line_I
# call_light_bif_be
    align 4
L164:
L165:
    long mov rcx, 9223372036854775807
    mov rax, 94919179448896
    lea rdx, qword ptr [L164]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L167
L166:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L168
    mov qword ptr [rbx+8], rsi
    mov ecx, 2
    call 140320710850576
    mov rsi, qword ptr [rbx+8]
L168:
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
L167:
    mov qword ptr [rbx+8], rsi
# i_bs_get_integer_32_Stfd
    mov rcx, qword ptr [rbx+8]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+32]
    cmp rdx, qword ptr [rcx+30]
    ja label_28
    rex test sil, 7
    short je L170
    mov edx, 258
    call 140320710849168
    short jmp L169
L170:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    mov eax, dword ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L169:
    mov qword ptr [rbx+16], rax
# i_bs_get_integer_32_Stfd
    mov rcx, qword ptr [rbx+8]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+32]
    cmp rdx, qword ptr [rcx+30]
    ja label_28
    rex test sil, 7
    short je L172
    mov edx, 258
    call 140320710849168
    short jmp L171
L172:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    mov eax, dword ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L171:
    mov qword ptr [rbx+24], rax
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_28
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L173
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L173:
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
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L118
    ret
# label_L
label_27:
# i_move_sd
    mov qword ptr [rbx], 779
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L118
    ret
# label_L
label_28:
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
label_29:
# i_func_info_IaaI
# standard_error:do_io_request/4
    call L116
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x77, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xE0, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_io_request/4:
# i_breakpoint_trampoline
    short jmp L174
.db 0x00
    call L119
    align 8
L174:
# i_test_yield
    lea rdx, qword ptr [do_io_request/4+24]
    dec r14
    jle L117
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L175
    mov ecx, 4
    call 140320710850576
L175:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call io_request/2
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 16
    jmp io_reply/3
# func_line_I
# aligned_label_Lt
    align 8
label_31:
# i_func_info_IaaI
# standard_error:io_request/2
    call L116
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x77, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x53, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
io_request/2:
# i_breakpoint_trampoline
    short jmp L176
.db 0x00
    call L119
    align 8
L176:
# i_test_yield
    lea rdx, qword ptr [io_request/2+24]
    dec r14
    jle L117
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_60
    test byte ptr [rsi-2], 63
    jne label_60
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 128
    je label_52
    cmp esi, 192
    je label_46
    cmp esi, 256
    je label_45
    cmp esi, 320
    je label_33
    jne label_61
# label_L
label_33:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 241739
    jne label_61
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+14]
    movups xmmword ptr [rbx+16], xmm0
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+30]
    movups xmmword ptr [rbx+32], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 22667
    je label_39
    cmp rsi, 43979
    je label_34
    jmp label_61
# label_L
label_34:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L177
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L177:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L178:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_apply
    align 4
L180:
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, rbx
    xor edx, edx
    xor ecx, ecx
    call 94919178643168
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    test rax, rax
    short jne L179
    lea rsi, qword ptr [L180]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L179:
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# label_L
label_35:
# catch_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
    cmp qword ptr [rbx], 0
    short jne L181
    call 140320710850088
L181:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L182
    test al, 2
    jne label_36
L182:
# jump_f
    jmp label_37
# label_L
label_36:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_51
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L184
    and al, -5
    cmp al, 32
    jne label_51
    short jmp L183
L184:
    cmp byte ptr [rdi+22], 0
    jne label_51
L183:
# label_L
label_37:
# i_get_hash_cId
    mov esi, 3661
    mov edx, 234315
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179278896
    mov rsp, rbp
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov qword ptr [rbx+8], 43979
# line_I
# i_call_f
    call wrap_characters_to_binary/3
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_38
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L186
    and al, -5
    cmp al, 32
    jne label_38
    short jmp L185
L186:
    cmp byte ptr [rdi+22], 0
    jne label_38
L185:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 16
    jmp put_chars/2
# label_L
label_38:
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_62
# jump_f
    jmp label_51
# label_L
label_39:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L187
    mov ecx, 6
.db 0x90
    call 140320710850576
L187:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L188:
    mov eax, 2147483647
    mov qword ptr [rsp+16], rax
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_apply
    align 4
L190:
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, rbx
    xor edx, edx
    xor ecx, ecx
    call 94919178643168
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    test rax, rax
    short jne L189
    lea rsi, qword ptr [L190]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L189:
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# label_L
label_40:
# catch_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+16], 59
    cmp qword ptr [rbx], 0
    short jne L191
    call 140320710850088
L191:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L192
    test al, 2
    jne label_41
L192:
# jump_f
    jmp label_42
# label_L
label_41:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_44
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L194
    and al, -5
    cmp al, 32
    jne label_44
    short jmp L193
L194:
    cmp byte ptr [rdi+22], 0
    jne label_44
L193:
# label_L
label_42:
# i_get_hash_cId
    mov esi, 3661
    mov edx, 234315
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179278896
    mov rsp, rbp
    mov qword ptr [rbx+16], rax
# catch_yf
    inc qword ptr [r13+264]
L195:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# i_move_sd
    mov qword ptr [rbx+8], 22667
# line_I
# i_call_ext_e
L196:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# label_L
label_43:
# catch_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
    cmp qword ptr [rbx], 0
    short jne L197
    call 140320710850088
L197:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_44
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L199
    and al, -5
    cmp al, 32
    jne label_44
    short jmp L198
L199:
    cmp byte ptr [rdi+22], 0
    jne label_44
L198:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 24
    jmp put_chars/2
# label_L
label_44:
# i_move_sd
L200:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L118
    ret
# label_L
label_45:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 241739
    jne label_61
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L201
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L201:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+14]
    movups xmmword ptr [rbx+16], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 320
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 241739
    mov qword ptr [r15+16], 22667
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [r15+24], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+40], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 48
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp io_request/2
# label_L
label_46:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 241739
    jne label_61
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+14]
    movups xmmword ptr [rbx+16], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 22667
    je label_49
    cmp rsi, 43979
    je label_47
    jmp label_61
# label_L
label_47:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L202
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L202:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_get_hash_cId
    mov esi, 3661
    mov edx, 234315
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179278896
    mov rsp, rbp
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov qword ptr [rbx+8], 43979
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call wrap_characters_to_binary/3
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_48
# i_move_sd
L203:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L118
    ret
# label_L
label_48:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp put_chars/2
# label_L
label_49:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L204
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L204:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_get_hash_cId
    mov esi, 3661
    mov edx, 234315
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179278896
    mov rsp, rbp
    mov qword ptr [rbx+16], rax
# catch_yf
    inc qword ptr [r13+264]
L205:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# i_move_sd
    mov qword ptr [rbx+8], 22667
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L206:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# label_L
label_50:
# catch_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
    cmp qword ptr [rbx], 0
    short jne L207
    call 140320710850088
L207:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_51
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L209
    and al, -5
    cmp al, 32
    jne label_51
    short jmp L208
L209:
    cmp byte ptr [rdi+22], 0
    jne label_51
L208:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 16
    jmp put_chars/2
# label_L
label_51:
# i_move_sd
L210:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L118
    ret
# label_L
label_52:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+16], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 62155
    je label_53
    cmp rsi, 241739
    je label_55
    cmp rsi, 241931
    je label_54
    cmp rsi, 475787
    je label_56
    jmp label_61
# label_L
label_53:
# is_list_fs
    mov rax, qword ptr [rbx+24]
    cmp rax, 59
    short je L211
    test al, 2
    jne label_61
L211:
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp setopts/1
# label_L
label_54:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
L212:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp io_requests/3
# label_L
label_55:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L213
    mov ecx, 4
    call 140320710850576
L213:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 241739
    mov qword ptr [r15+16], 22667
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp io_request/2
# label_L
label_56:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+24]
    cmp rsi, 516299
    je label_58
    cmp rsi, 516363
    je label_57
    jmp label_61
# label_L
label_57:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L214
    mov ecx, 2
.db 0x90
    call 140320710850576
L214:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call get_fd_geometry/1
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_59
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L215
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L215:
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
    jl L118
    ret
# label_L
label_58:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L216
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L216:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call get_fd_geometry/1
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_59
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L217
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L217:
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
    jl L118
    ret
# label_L
label_59:
# i_move_sd
L218:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L118
    ret
# label_L
label_60:
# is_eq_exact_fss
    cmp qword ptr [rbx], 101515
    jne label_61
# i_call_only_f
    jmp getopts/0
# label_L
label_61:
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L219
    mov ecx, 1
.db 0x90
    call 140320710850576
L219:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 84427
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
    jl L118
    ret
# label_L
label_62:
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
label_63:
# i_func_info_IaaI
# standard_error:io_requests/3
    call L116
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x77, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xE1, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
io_requests/3:
# i_breakpoint_trampoline
    short jmp L220
.db 0x00
    call L119
    align 8
L220:
# i_test_yield
    lea rdx, qword ptr [io_requests/3+24]
    dec r14
    jle L117
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_65
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx], rdx
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
# skipped box test since argument is always boxed
    cmp dword ptr [rsi-2], 128
    jne label_66
    cmp qword ptr [rsi+6], 30603
    jne label_66
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L221
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L221:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
    call io_request/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp io_requests/3
# label_L
label_65:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_63
# label_L
label_66:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L118
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_67:
# i_func_info_IaaI
# standard_error:put_port/2
    call L116
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x77, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xE1, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
put_port/2:
# i_breakpoint_trampoline
    short jmp L222
.db 0x00
    call L119
    align 8
L222:
# i_test_yield
    lea rdx, qword ptr [put_port/2+24]
    dec r14
    jle L117
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L223
    mov ecx, 2
    call 140320710850576
L223:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 9099
    mov rdi, qword ptr [rbx]
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
    jmp send_port/2
# func_line_I
# aligned_label_Lt
    align 8
label_69:
# i_func_info_IaaI
# standard_error:send_port/2
    call L116
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x77, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xE1, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
send_port/2:
# i_breakpoint_trampoline
    short jmp L224
.db 0x00
    call L119
    align 8
L224:
# i_test_yield
    lea rdx, qword ptr [send_port/2+24]
    dec r14
    jle L117
# allocate_heap_tIt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L225
    mov ecx, 2
    call 140320710850576
L225:
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+16], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# line_I
# send
    align 4
L226:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L226]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L118
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_71:
# i_func_info_IaaI
# standard_error:io_reply/3
    call L116
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x77, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xAF, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
io_reply/3:
# i_breakpoint_trampoline
    short jmp L227
.db 0x00
    call L119
    align 8
L227:
# i_test_yield
    lea rdx, qword ptr [io_reply/3+24]
    dec r14
    jle L117
# allocate_heap_tIt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L228
    mov ecx, 3
    call 140320710850576
L228:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 241547
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+8], rdi
# line_I
# send
    align 4
L229:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L229]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L118
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_73:
# i_func_info_IaaI
# standard_error:put_chars/2
    call L116
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x77, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xB0, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
put_chars/2:
# i_breakpoint_trampoline
    short jmp L230
.db 0x00
    call L119
    align 8
L230:
# i_test_yield
    lea rdx, qword ptr [put_chars/2+24]
    dec r14
    jle L117
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    short jne label_73
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L232
    and al, -5
    cmp al, 32
    short jne label_73
    short jmp L231
L232:
    cmp byte ptr [rdi+22], 0
    short jne label_73
L231:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L233
    mov ecx, 2
    call 140320710850576
L233:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call put_port/2
# i_move_sd
L234:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L118
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_75:
# i_func_info_IaaI
# standard_error:setopts/1
    call L116
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x77, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xF2, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
setopts/1:
# i_breakpoint_trampoline
    short jmp L235
.db 0x00
    call L119
    align 8
L235:
# i_test_yield
    lea rdx, qword ptr [setopts/1+24]
    dec r14
    jle L117
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L236
    mov ecx, 1
    call 140320710850576
L236:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call expand_encoding/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call check_valid_opts/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_77
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp do_setopts/1
# label_L
label_77:
# i_move_sd
L237:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L118
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_78:
# i_func_info_IaaI
# standard_error:check_valid_opts/1
    call L116
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x77, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xB4, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
check_valid_opts/1:
# i_breakpoint_trampoline
    short jmp L238
.db 0x00
    call L119
    align 8
L238:
# i_test_yield
    lea rdx, qword ptr [check_valid_opts/1+24]
    dec r14
    jle L117
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_82
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_81
    cmp dword ptr [rsi-2], 128
    jne label_81
    cmp qword ptr [rsi+6], 234315
    jne label_81
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 22667
    je label_80
    cmp rsi, 43979
    je label_80
    cmp rsi, 44299
    je label_80
    jmp label_81
# label_L
label_80:
# i_call_only_f
    jmp check_valid_opts/1
# label_L
label_81:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L118
    ret
# label_L
label_82:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L118
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_83:
# i_func_info_IaaI
# standard_error:expand_encoding/1
    call L116
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x77, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xAE, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
expand_encoding/1:
# i_breakpoint_trampoline
    short jmp L239
.db 0x00
    call L119
    align 8
L239:
# i_test_yield
    lea rdx, qword ptr [expand_encoding/1+24]
    dec r14
    jle L117
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_88
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 22667
    je label_86
    cmp rsi, 43979
    je label_85
    jmp label_87
# label_L
label_85:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L240
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L240:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call expand_encoding/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L241
    mov ecx, 1
    call 140320710850576
L241:
# put_cons_ss
L242:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L118
    ret
# label_L
label_86:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L243
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L243:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call expand_encoding/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L244
    mov ecx, 1
    call 140320710850576
L244:
# put_cons_ss
L245:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L118
    ret
# label_L
label_87:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L246
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L246:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call expand_encoding/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L247
    mov ecx, 1
    call 140320710850576
L247:
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
    jl L118
    ret
# label_L
label_88:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_83
# return
    dec r14
    jl L118
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_89:
# i_func_info_IaaI
# standard_error:do_setopts/1
    call L116
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x77, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xB4, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_setopts/1:
# i_breakpoint_trampoline
    short jmp L248
.db 0x00
    call L119
    align 8
L248:
# i_test_yield
    lea rdx, qword ptr [do_setopts/1+24]
    dec r14
    jle L117
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L249
    mov ecx, 1
    call 140320710850576
L249:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 234315
# line_I
# i_call_ext_e
L250:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 907
    je label_93
    cmp rsi, 22667
    je label_92
    cmp rsi, 43979
    je label_91
    cmp rsi, 44299
    je label_91
    jmp label_94
# label_L
label_91:
# i_move_sd
    mov qword ptr [rbx+8], 43979
# i_move_sd
    mov qword ptr [rbx], 234315
# line_I
# i_call_ext_e
L251:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_93
# label_L
label_92:
# i_move_sd
    mov qword ptr [rbx+8], 22667
# i_move_sd
    mov qword ptr [rbx], 234315
# line_I
# i_call_ext_e
L252:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# label_L
label_93:
# i_move_sd
L253:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L118
    ret
# label_L
label_94:
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
label_95:
# i_func_info_IaaI
# standard_error:getopts/0
    call L116
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x77, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x8C, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
getopts/0:
# i_breakpoint_trampoline
    short jmp L254
.db 0x00
    call L119
    align 8
L254:
# i_test_yield
    lea rdx, qword ptr [getopts/0+24]
    dec r14
    jle L117
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L255
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L255:
# i_get_hash_cId
    mov esi, 3661
    mov edx, 234315
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179278896
    mov rsp, rbp
    mov qword ptr [rbx], rax
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 234315
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
    mov qword ptr [r15+8], 30603
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L118
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_97:
# i_func_info_IaaI
# standard_error:wrap_characters_to_binary/3
    call L116
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x77, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xE2, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
wrap_characters_to_binary/3:
# i_breakpoint_trampoline
    short jmp L256
.db 0x00
    call L119
    align 8
L256:
# i_test_yield
    lea rdx, qword ptr [wrap_characters_to_binary/3+24]
    dec r14
    jle L117
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L257
    mov ecx, 3
    call 140320710850576
L257:
    sub rsp, 40
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    mov qword ptr [rsp+32], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov qword ptr [rbx], 198795
# line_I
# call_light_bif_be
    align 4
L258:
L259:
    long mov rcx, 9223372036854775807
    mov rax, 94919179093904
    lea rdx, qword ptr [L258]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# bif_is_ne_exact_Ssd
    mov eax, 11
    cmp qword ptr [rbx], 907
    mov edi, 75
    cmovne rax, rdi
    mov qword ptr [rsp+8], rax
# is_eq_exact_fss
    cmp qword ptr [rsp+16], 22667
    jne label_99
# i_move_sd
    mov qword ptr [rsp], 4095
# jump_f
    jmp label_100
# label_L
label_99:
# i_move_sd
    mov qword ptr [rsp], 17825791
# label_L
label_100:
# catch_yf
    inc qword ptr [r13+264]
L260:
    mov eax, 2147483647
    mov qword ptr [rsp+32], rax
# i_move_sd
    mov qword ptr [rbx+8], 43979
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+24], 59
# line_I
# call_light_bif_be
    align 4
L261:
L262:
    long mov rcx, 9223372036854775807
    mov rax, 94919179892224
    lea rdx, qword ptr [L261]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# label_L
label_101:
# catch_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+32], 59
    cmp qword ptr [rbx], 0
    short jne L263
    call 140320710850088
L263:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L264
    test al, 2
    jne label_102
L264:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsp+32], rdi
# i_trim_t
    add rsp, 32
# line_I
# i_call_f
    call '-wrap_characters_to_binary/3-lc$^0/1-0-'/3
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 43979
# line_I
# i_call_ext_last_et
    add rsp, 8
L265:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_102:
# i_move_sd
    mov qword ptr [rbx], 779
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L118
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_103:
# i_func_info_IaaI
# standard_error:module_info/0
    call L116
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x77, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/0:
# i_breakpoint_trampoline
    short jmp L266
.db 0x00
    call L119
    align 8
L266:
# i_test_yield
    lea rdx, qword ptr [module_info/0+24]
    dec r14
    jle L117
# i_move_sd
    mov qword ptr [rbx], 96011
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L267
    mov ecx, 1
.db 0x90
    call 140320710850576
L267:
# call_light_bif_be
    align 4
L268:
L269:
    long mov rcx, 9223372036854775807
    mov rax, 94919178912304
    lea rdx, qword ptr [L268]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L118
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_105:
# i_func_info_IaaI
# standard_error:module_info/1
    call L116
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x77, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/1:
# i_breakpoint_trampoline
    short jmp L270
.db 0x00
    call L119
    align 8
L270:
# i_test_yield
    lea rdx, qword ptr [module_info/1+24]
    dec r14
    jle L117
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 96011
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L271
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L271:
# call_light_bif_be
    align 4
L272:
L273:
    long mov rcx, 9223372036854775807
    mov rax, 94919178913216
    lea rdx, qword ptr [L272]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L118
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_107:
# i_func_info_IaaI
# standard_error:'-wrap_characters_to_binary/3-lc$^0/1-0-'/3
    call L116
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x77, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xE2, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-wrap_characters_to_binary/3-lc$^0/1-0-'/3:
# i_breakpoint_trampoline
    short jmp L274
.db 0x00
    call L119
    align 8
L274:
# i_test_yield
    lea rdx, qword ptr ['-wrap_characters_to_binary/3-lc$^0/1-0-'/3+24]
    dec r14
    jle L117
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_111
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L275
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L275:
    sub rsp, 32
# init_yregs_I
    mov qword ptr [rsp+8], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+16], xmm0
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# is_eq_exact_fss
    cmp qword ptr [rsp+8], 175
    jne label_109
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 75
    jne label_109
# i_move_sd
L276:
    long mov rdi, 9223372036854775807
    mov qword ptr [rsp+8], rdi
# jump_f
    jmp label_110
# label_L
label_109:
# is_lt_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L277
    cmp rdi, rsi
    short jmp L278
L277:
    call 140320710848608
L278:
    jge label_110
# i_move_sd
    mov qword ptr [rbx+8], 271
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# call_light_bif_be
    align 4
L279:
L280:
    long mov rcx, 9223372036854775807
    mov rax, 94919179120608
    lea rdx, qword ptr [L279]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L281
    mov ecx, 1
    call 140320710850576
L281:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
L282:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
L283:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# label_L
label_110:
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
    call '-wrap_characters_to_binary/3-lc$^0/1-0-'/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L284
    mov ecx, 1
    call 140320710850576
L284:
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
    jl L118
    ret
# label_L
label_111:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_112
# return
    dec r14
    jl L118
    ret
# label_L
label_112:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L285
    mov ecx, 1
.db 0x90
    call 140320710850576
L285:
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
    short jbe L286
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L286:
# call_light_bif_be
    align 4
L287:
L288:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L287]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L118
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_113:
# i_func_info_IaaI
# standard_error:'-start_port/1-fun-0-'/1
    call L116
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x77, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xE2, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-start_port/1-fun-0-'/1:
# i_breakpoint_trampoline
    short jmp L289
.db 0x00
    call L119
    align 8
L289:
# i_test_yield
    lea rdx, qword ptr ['-start_port/1-fun-0-'/1+24]
    dec r14
    jle L117
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L290:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp server/2
# i_lambda_trampoline_FfWW
L114:
    mov rax, qword ptr [rcx+38]
    mov qword ptr [rbx], rax
    short jmp '-start_port/1-fun-0-'/1
# int_code_end
L291:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, 94919180896308
    call 94919178184336
.section .rodata {#1}
line:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
.section .rodata {#1}
attr:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x02, 0x68, 0x02, 0x64, 0x00, 0x03, 0x76, 0x73, 0x6E, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x6E, 0x10, 0x00, 0x58, 0x83, 0x19, 0xEE, 0x93, 0xCD, 0xC2, 0x13, 0x12, 0x8B, 0x3B, 0xF0, 0x65, 0x28, 0x6C, 0xAE, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x09, 0x62, 0x65, 0x68, 0x61, 0x76, 0x69, 0x6F, 0x75, 0x72, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x64, 0x00, 0x11, 0x73, 0x75, 0x70, 0x65, 0x72, 0x76, 0x69, 0x73, 0x6F, 0x72, 0x5F, 0x62, 0x72, 0x69, 0x64, 0x67, 0x65, 0x6A, 0x6A
.section .text {#0}
.section .rodata {#1}
compile:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x68, 0x02, 0x64, 0x00, 0x07, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6F, 0x6E, 0x6B, 0x00, 0x03, 0x38, 0x2E, 0x32, 0x68, 0x02, 0x64, 0x00, 0x07, 0x6F, 0x70, 0x74, 0x69, 0x6F, 0x6E, 0x73, 0x6C, 0x00, 0x00, 0x00, 0x02, 0x64, 0x00, 0x0A, 0x64, 0x65, 0x62, 0x75, 0x67, 0x5F, 0x69, 0x6E, 0x66, 0x6F, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x45, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x06, 0x73, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x6B, 0x00, 0x4D, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x73, 0x74, 0x61, 0x6E, 0x64, 0x61, 0x72, 0x64, 0x5F, 0x65, 0x72, 0x72, 0x6F, 0x72, 0x2E, 0x65, 0x72, 0x6C, 0x6A
.section .text {#0}
.section .rodata {#1}
md5:
.db 0xAE, 0x6C, 0x28, 0x65, 0xF0, 0x3B, 0x8B, 0x12, 0x13, 0xC2, 0xCD, 0x93, 0xEE, 0x19, 0x83, 0x58
.section .text {#0}
