    align 8
L914:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L915:
    jmp 140320710851944
    align 8
L916:
    jmp 140320710853048
    align 8
L917:
    jmp 140320710850344
    align 16
L918:
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
# erl_scan:format_error/1
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x86, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
format_error/1:
# i_breakpoint_trampoline
    short jmp L919
.db 0x00
    call L918
    align 8
L919:
# i_test_yield
    lea rdx, qword ptr [format_error/1+24]
    dec r14
    jle L916
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_7
    test byte ptr [rsi-2], 63
    jne label_7
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 128
    je label_4
    cmp esi, 192
    je label_3
    jne label_8
# label_L
label_3:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+16], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 60811
    jne label_8
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L920
    mov ecx, 3
    call 140320710850576
L920:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
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
    call string_thing/1
# swap_dd
    mov rdi, qword ptr [rsp+8]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_ext_e
L921:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L922:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L923:
L924:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L923]
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
# call_light_bif_be
    align 4
L925:
L926:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L925]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L927:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L928:
L929:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L928]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L930
    mov ecx, 1
    call 140320710850576
L930:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_call_ext_last_et
L931:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_4:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 534987
    je label_6
    cmp rsi, 535051
    je label_5
    jmp label_8
# label_L
label_5:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L932
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L932:
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L933:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L934:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_call_ext_last_et
L935:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_6:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L936
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L936:
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L937:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L938:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_call_ext_last_et
L939:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_7:
# is_eq_exact_fss
    cmp qword ptr [rbx], 245451
    jne label_8
# i_move_sd
L940:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_8:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L941
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L941:
# line_I
# i_call_ext_e
L942:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_call_ext_last_et
L943:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_9:
# i_func_info_IaaI
# erl_scan:string/1
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
string/1:
# i_breakpoint_trampoline
    short jmp L944
.db 0x00
    call L918
    align 8
L944:
# i_test_yield
    lea rdx, qword ptr [string/1+24]
    dec r14
    jle L916
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_call_only_f
    jmp string/3
# func_line_I
# aligned_label_Lt
    align 8
label_11:
# i_func_info_IaaI
# erl_scan:string/2
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
string/2:
# i_breakpoint_trampoline
    short jmp L945
.db 0x00
    call L918
    align 8
L945:
# i_test_yield
    lea rdx, qword ptr [string/2+24]
    dec r14
    jle L916
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_call_only_f
    jmp string/3
# func_line_I
# aligned_label_Lt
    align 8
label_13:
# i_func_info_IaaI
# erl_scan:string/3
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
string/3:
# i_breakpoint_trampoline
    short jmp L946
.db 0x00
    call L918
    align 8
L946:
# i_test_yield
    lea rdx, qword ptr [string/3+24]
    dec r14
    jle L916
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L947
    test al, 2
    short jne label_13
L947:
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L948
    test al, 1
    jne label_15
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_15
L948:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L949
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L949:
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
    call options/1
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+24], 535115
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+32], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp string1/5
# label_L
label_15:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_13
    cmp dword ptr [rsi-2], 128
    jne label_13
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L950
    test al, 1
    jne label_13
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_13
L950:
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
    short je L951
    test al, 1
    jne label_13
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_13
L951:
# is_ge_fss
    mov esi, 31
    mov rdi, qword ptr [rbx+32]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L952
    cmp rdi, rsi
    short jmp L953
L952:
    call 140320710848608
L953:
    jl label_13
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L954
    mov ecx, 5
.db 0x90
    call 140320710850576
L954:
    sub rsp, 24
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call options/1
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+32], 59
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp string1/5
# func_line_I
# aligned_label_Lt
    align 8
label_16:
# i_func_info_IaaI
# erl_scan:tokens/3
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x90, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
tokens/3:
# i_breakpoint_trampoline
    short jmp L955
.db 0x00
    call L918
    align 8
L955:
# i_test_yield
    lea rdx, qword ptr [tokens/3+24]
    dec r14
    jle L916
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_call_only_f
    jmp tokens/4
# func_line_I
# aligned_label_Lt
    align 8
label_18:
# i_func_info_IaaI
# erl_scan:tokens/4
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x90, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
tokens/4:
# i_breakpoint_trampoline
    short jmp L956
.db 0x00
    call L918
    align 8
L956:
# i_test_yield
    lea rdx, qword ptr [tokens/4+24]
    dec r14
    jle L916
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_20
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_20
    cmp edi, 512
    short jne label_18
    cmp qword ptr [rsi+6], 535179
    short jne label_18
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L957
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L957:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L958:
L959:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L958]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+22]
    movups xmmword ptr [rbx+24], xmm0
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+38], 1
    vmovups xmmword ptr [rbx+8], xmm0
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+54], 1
    vmovups xmmword ptr [rbx+40], xmm0
# i_call_last_ft
    add rsp, 8
    jmp tokens1/7
# label_L
label_20:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_18
# is_integer_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L960
    test al, 1
    jne label_21
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_21
L960:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L961
    mov ecx, 4
    call 140320710850576
L961:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call options/1
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L962
    mov ecx, 1
    call 140320710850576
L962:
# i_make_fun3_FStt
L963:
    long mov rsi, 9223372036854775807
    mov edx, 6
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
    mov qword ptr [rbx+40], rax
# i_move_sd
    mov qword ptr [rbx+24], 535115
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+32], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+48], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp tokens1/7
# label_L
label_21:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_18
    cmp dword ptr [rsi-2], 128
    jne label_18
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+32], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L964
    test al, 1
    jne label_18
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_18
L964:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+40], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L965
    test al, 1
    jne label_18
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_18
L965:
# is_ge_fss
    mov esi, 31
    mov rdi, qword ptr [rbx+40]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L966
    cmp rdi, rsi
    short jmp L967
L966:
    call 140320710848608
L967:
    jl label_18
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L968
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L968:
    sub rsp, 24
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call options/1
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L969
    mov ecx, 1
    call 140320710850576
L969:
# i_make_fun3_FStt
L970:
    long mov rsi, 9223372036854775807
    mov edx, 6
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
    mov qword ptr [rbx+40], rax
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov qword ptr [rbx+32], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+48], 59
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp tokens1/7
# func_line_I
# aligned_label_Lt
    align 8
label_22:
# i_func_info_IaaI
# erl_scan:continuation_location/1
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xB3, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
continuation_location/1:
# i_breakpoint_trampoline
    short jmp L971
.db 0x00
    call L918
    align 8
L971:
# i_test_yield
    lea rdx, qword ptr [continuation_location/1+24]
    dec r14
    jle L916
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_22
    cmp dword ptr [rsi-2], 512
    short jne label_22
    cmp qword ptr [rsi+6], 535179
    short jne label_22
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 535115
    jne label_24
# return
    dec r14
    jl L917
    ret
# label_L
label_24:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L972
    mov ecx, 2
.db 0x90
    call 140320710850576
L972:
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
    jl L917
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_25:
# i_func_info_IaaI
# erl_scan:column/1
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x2A, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
column/1:
# i_breakpoint_trampoline
    short jmp L973
.db 0x00
    call L918
    align 8
L973:
# line_I
# i_test_yield
    lea rdx, qword ptr [column/1+24]
    dec r14
    jle L916
# bif_element_jssd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne L974
    mov eax, dword ptr [rsi-2]
    cmp eax, 128
    short jb L974
    and al, 63
    short je L975
L974:
    mov edi, 47
    call 140320710851136
L975:
    mov rax, qword ptr [rsi+14]
    mov qword ptr [rbx], rax
# i_call_ext_only_e
L976:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_27:
# i_func_info_IaaI
# erl_scan:end_location/1
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x6F, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
end_location/1:
# i_breakpoint_trampoline
    short jmp L977
.db 0x00
    call L918
    align 8
L977:
# line_I
# i_test_yield
    lea rdx, qword ptr [end_location/1+24]
    dec r14
    jle L916
# bif_element_jssd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne L978
    mov eax, dword ptr [rsi-2]
    cmp eax, 128
    short jb L978
    and al, 63
    short je L979
L978:
    mov edi, 47
    call 140320710851136
L979:
    mov rax, qword ptr [rsi+14]
    mov qword ptr [rbx], rax
# i_call_ext_only_e
L980:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_29:
# i_func_info_IaaI
# erl_scan:line/1
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x59, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
line/1:
# i_breakpoint_trampoline
    short jmp L981
.db 0x00
    call L918
    align 8
L981:
# line_I
# i_test_yield
    lea rdx, qword ptr [line/1+24]
    dec r14
    jle L916
# bif_element_jssd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne L982
    mov eax, dword ptr [rsi-2]
    cmp eax, 128
    short jb L982
    and al, 63
    short je L983
L982:
    mov edi, 47
    call 140320710851136
L983:
    mov rax, qword ptr [rsi+14]
    mov qword ptr [rbx], rax
# i_call_ext_only_e
L984:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_31:
# i_func_info_IaaI
# erl_scan:location/1
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xBB, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
location/1:
# i_breakpoint_trampoline
    short jmp L985
.db 0x00
    call L918
    align 8
L985:
# line_I
# i_test_yield
    lea rdx, qword ptr [location/1+24]
    dec r14
    jle L916
# bif_element_jssd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne L986
    mov eax, dword ptr [rsi-2]
    cmp eax, 128
    short jb L986
    and al, 63
    short je L987
L986:
    mov edi, 47
    call 140320710851136
L987:
    mov rax, qword ptr [rsi+14]
    mov qword ptr [rbx], rax
# i_call_ext_only_e
L988:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_33:
# i_func_info_IaaI
# erl_scan:text/1
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xD6, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
text/1:
# i_breakpoint_trampoline
    short jmp L989
.db 0x00
    call L918
    align 8
L989:
# line_I
# i_test_yield
    lea rdx, qword ptr [text/1+24]
    dec r14
    jle L916
# bif_element_jssd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne L990
    mov eax, dword ptr [rsi-2]
    cmp eax, 128
    short jb L990
    and al, 63
    short je L991
L990:
    mov edi, 47
    call 140320710851136
L991:
    mov rax, qword ptr [rsi+14]
    mov qword ptr [rbx], rax
# i_call_ext_only_e
L992:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_35:
# i_func_info_IaaI
# erl_scan:category/1
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x2B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
category/1:
# i_breakpoint_trampoline
    short jmp L993
.db 0x00
    call L918
    align 8
L993:
# i_test_yield
    lea rdx, qword ptr [category/1+24]
    dec r14
    jle L916
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_38
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_38
    cmp esi, 128
    je label_37
    cmp esi, 192
    je label_37
    jne label_38
# label_L
label_37:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_38:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L994
    mov ecx, 1
    call 140320710850576
L994:
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
    short jbe L995
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L995:
# call_light_bif_be
    align 4
L996:
L997:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L996]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L917
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_39:
# i_func_info_IaaI
# erl_scan:symbol/1
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x76, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
symbol/1:
# i_breakpoint_trampoline
    short jmp L998
.db 0x00
    call L918
    align 8
L998:
# i_test_yield
    lea rdx, qword ptr [symbol/1+24]
    dec r14
    jle L916
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_43
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_43
    cmp esi, 128
    je label_42
    cmp esi, 192
    je label_41
    jne label_43
# label_L
label_41:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_42:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_43:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L999
    mov ecx, 1
    call 140320710850576
L999:
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
    short jbe L1000
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1000:
# call_light_bif_be
    align 4
L1001:
L1002:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L1001]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L917
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_44:
# i_func_info_IaaI
# erl_scan:string_thing/1
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x2B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
string_thing/1:
# i_breakpoint_trampoline
    short jmp L1003
.db 0x00
    call L918
    align 8
L1003:
# i_test_yield
    lea rdx, qword ptr [string_thing/1+24]
    dec r14
    jle L916
# is_eq_exact_fss
    cmp qword ptr [rbx], 639
    jne label_46
# i_move_sd
L1004:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_46:
# i_move_sd
L1005:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_47:
# i_func_info_IaaI
# erl_scan:options/1
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xF8, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
options/1:
# i_breakpoint_trampoline
    short jmp L1006
.db 0x00
    call L918
    align 8
L1006:
# i_test_yield
    lea rdx, qword ptr [options/1+24]
    dec r14
    jle L916
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L1007
    test al, 2
    jne label_53
L1007:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L1008
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1008:
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
# i_make_fun3_FStt
L1009:
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
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# i_call_ext_e
L1010:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
L1011:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x90
    call opts/3
# is_eq_exact_fss
    cmp qword ptr [rbx], 4747
    jne label_49
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1012
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1012:
# put_cons_ss
    mov rdi, qword ptr [rsp+24]
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
L1013:
L1014:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L1013]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L917
    ret
# label_L
label_49:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_54
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp+24], rsi
    mov qword ptr [rbx+8], rdx
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_54
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 535435
# line_I
# i_call_ext_e
L1015:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 535499
# line_I
# i_call_ext_e
L1016:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 251595
# line_I
# i_call_ext_e
L1017:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov qword ptr [rbx+16], 28299
# i_move_sd
    mov qword ptr [rbx], 535563
# line_I
# i_call_ext_e
L1018:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1019
    mov ecx, 1
    call 140320710850576
L1019:
# i_make_fun3_FStt
L1020:
    long mov rsi, 9223372036854775807
    mov edx, 2
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
    mov qword ptr [rbx+8], rax
# is_eq_exact_fss
    cmp qword ptr [rsp+16], 75
    jne label_50
# i_move_sd
    mov qword ptr [rbx], 75
# jump_f
    jmp label_52
# label_L
label_50:
# is_eq_exact_fss
    cmp qword ptr [rbx], 28299
    jne label_51
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# jump_f
    jmp label_52
# label_L
label_51:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 75
# label_L
label_52:
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1021
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1021:
# put_tuple2_SA
# Move arity word
    mov edi, 384
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 92171
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+24], rdi
# (moving two elements at once)
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [r15+32], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+48], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 56
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L917
    ret
# label_L
label_53:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1022
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1022:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp options/1
# label_L
label_54:
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
label_55:
# i_func_info_IaaI
# erl_scan:opts/3
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x9B, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
opts/3:
# i_breakpoint_trampoline
    short jmp L1023
.db 0x00
    call L918
    align 8
L1023:
# i_test_yield
    lea rdx, qword ptr [opts/3+24]
    dec r14
    jle L916
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_60
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1024
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1024:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# get_tl_Sd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+7]
    mov qword ptr [rsp], rsi
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 535627
# line_I
# call_light_bif_be
    align 4
L1025:
L1026:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L1025]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_58
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 128
    jne label_61
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_57
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    jne label_57
    cmp byte ptr [rdi+22], 1
    jne label_57
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1027
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1027:
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
    jmp label_59
# label_L
label_57:
# i_move_sd
    mov qword ptr [rbx], 4747
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L917
    ret
# label_L
label_58:
# i_move_sd
    mov qword ptr [rbx], 535627
# line_I
# i_call_f
    call default_option/1
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1028
    mov ecx, 1
    call 140320710850576
L1028:
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
# label_L
label_59:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1029
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1029:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
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
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp opts/3
# label_L
label_60:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_ext_only_e
L1030:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_61:
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
label_62:
# i_func_info_IaaI
# erl_scan:default_option/1
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x18, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
default_option/1:
# i_breakpoint_trampoline
    short jmp L1031
.db 0x00
    call L918
    align 8
L1031:
# i_test_yield
    lea rdx, qword ptr [default_option/1+24]
    dec r14
    jle L916
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1032
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1032:
# i_make_fun3_FStt
L1033:
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
# return
    dec r14
    jl L917
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_64:
# i_func_info_IaaI
# erl_scan:expand_opt/2
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x2C, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
expand_opt/2:
# i_breakpoint_trampoline
    short jmp L1034
.db 0x00
    call L918
    align 8
L1034:
# i_test_yield
    lea rdx, qword ptr [expand_opt/2+24]
    dec r14
    jle L916
# is_eq_exact_fss
    cmp qword ptr [rbx], 651
    jne label_66
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1035
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1035:
# put_cons_ss
    mov qword ptr [r15], 535499
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 535435
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L917
    ret
# label_L
label_66:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1036
    mov ecx, 2
    call 140320710850576
L1036:
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
    jl L917
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_67:
# i_func_info_IaaI
# erl_scan:tokens1/7
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x2C, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
tokens1/7:
# i_breakpoint_trampoline
    short jmp L1037
.db 0x00
    call L918
    align 8
L1037:
# i_test_yield
    lea rdx, qword ptr [tokens1/7+24]
    dec r14
    jle L916
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L1038
    test al, 2
    jne label_69
L1038:
# jump_f
    jmp label_70
# label_L
label_69:
# is_eq_exact_fss
    cmp qword ptr [rbx], 14091
    short jne label_67
# label_L
label_70:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1039
    mov ecx, 7
.db 0x90
    call 140320710850576
L1039:
    sub rsp, 24
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rbx+40], xmm0
# line_I
# i_call_fun_t
    mov rcx, qword ptr [rbx+48]
    mov edx, 6
    mov rsi, 140320710850960
    lea r8, qword ptr [L1040]
    test ecx, 1
    short jne L1040
    cmp qword ptr [rcx-2], 212
    short jne L1040
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1040:
    cmovne rdi, rsi
    call rdi
.db 0x66, 0x90
    call rdi
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_76
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_76
    cmp esi, 128
    je label_74
    cmp esi, 320
    je label_71
    jne label_76
# label_L
label_71:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 30603
    jne label_76
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+22], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rsp], rdi
# is_eq_exact_fss
    cmp qword ptr [rsp+16], 14091
    jne label_73
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_72
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
.db 0x90
    call location/2
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1041
    mov ecx, 1
    call 140320710850576
L1041:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 14091
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
    mov qword ptr [r15+8], 157515
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], 14091
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L917
    ret
# label_L
label_72:
# init_yregs_I
    mov qword ptr [rsp+16], 59
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1042:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call location/2
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1043
    mov ecx, 1
    call 140320710850576
L1043:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 30603
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx]
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
    mov qword ptr [r15+8], 157515
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], 14091
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L917
    ret
# label_L
label_73:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1044:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# swap_dd
    mov rdi, qword ptr [rsp+8]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# i_call_f
.db 0x0F, 0x1F, 0x00
    call location/2
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1045
    mov ecx, 1
    call 140320710850576
L1045:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 30603
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx]
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
    mov qword ptr [r15+8], 157515
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L917
    ret
# label_L
label_74:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_75
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_75
    cmp edi, 192
    jne label_76
    cmp qword ptr [rsi+6], 779
    jne label_76
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1046
    mov ecx, 3
    call 140320710850576
L1046:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 157515
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L917
    ret
# label_L
label_75:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 26763
    jne label_76
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_76
    cmp dword ptr [rsi-2], 384
    jne label_76
# test_heap_It
    lea rdx, qword ptr [r15+128]
    cmp rdx, rsp
    short jbe L1047
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1047:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx], xmm0
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+22]
    movups xmmword ptr [rbx+24], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx+40], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx+16], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 512
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 535179
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+16], xmm0
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [r15+32], xmm0
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+48], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+56], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+64], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 72
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 26763
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
    jl L917
    ret
# label_L
label_76:
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
label_77:
# i_func_info_IaaI
# erl_scan:string1/5
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x2D, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
string1/5:
# i_breakpoint_trampoline
    short jmp L1048
.db 0x00
    call L918
    align 8
L1048:
# i_test_yield
    lea rdx, qword ptr [string1/5+24]
    dec r14
    jle L916
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1049
    mov ecx, 5
    call 140320710850576
L1049:
    sub rsp, 24
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call scan1/5
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 128
    je label_81
    cmp esi, 320
    je label_79
    jne label_86
# label_L
label_79:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 30603
    jne label_86
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+14]
    movups xmmword ptr [rbx+8], xmm0
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+30], 1
    vmovups xmmword ptr [rsp], xmm0
# is_nonempty_list_fS
    test byte ptr [rbx+16], 2
    jne label_80
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
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
    jmp string1/5
# label_L
label_80:
# init_yregs_I
    mov qword ptr [rsp+16], 59
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1050:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call location/2
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1051
    mov ecx, 1
    call 140320710850576
L1051:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 30603
    mov rdi, qword ptr [rsp]
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
    jl L917
    ret
# label_L
label_81:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_is_tuple_fs
    mov rsi, qword ptr [rbx+8]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_82
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L917
    ret
# label_L
label_82:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 26763
    jne label_86
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+8], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rsp+8]
    rex test sil, 1
    jne label_86
    cmp dword ptr [rsi-2], 384
    jne label_86
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 14091
# line_I
# call_light_bif_be
    align 4
L1052:
L1053:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1052]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+14]
    movups xmmword ptr [rbx+24], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+16], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx+40], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_call_fun_t
    mov rcx, qword ptr [rbx+48]
    mov edx, 6
    mov rsi, 140320710850960
    lea r8, qword ptr [L1054]
    test ecx, 1
    short jne L1054
    cmp qword ptr [rcx-2], 212
    short jne L1054
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1054:
    cmovne rdi, rsi
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_85
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_85
    cmp esi, 128
    je label_84
    cmp esi, 320
    je label_83
    jne label_85
# label_L
label_83:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_85
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1055:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+30]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# i_call_f
.db 0x0F, 0x1F, 0x00
    call location/2
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1056
    mov ecx, 1
    call 140320710850576
L1056:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 30603
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L917
    ret
# label_L
label_84:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_85
    cmp dword ptr [rsi-2], 192
    jne label_85
    cmp qword ptr [rsi+6], 779
    jne label_85
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L917
    ret
# label_L
label_85:
# line_I
# case_end_s
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_86:
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
label_87:
# i_func_info_IaaI
# erl_scan:scan/6
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x2D, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
scan/6:
# i_breakpoint_trampoline
    short jmp L1057
.db 0x00
    call L918
    align 8
L1057:
# i_test_yield
    lea rdx, qword ptr [scan/6+24]
    dec r14
    jle L916
# i_call_only_f
    jmp scan1/5
# func_line_I
# aligned_label_Lt
    align 8
label_89:
# i_func_info_IaaI
# erl_scan:scan1/5
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x2D, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
scan1/5:
# i_breakpoint_trampoline
    short jmp L1058
.db 0x00
    call L918
    align 8
L1058:
# i_test_yield
    lea rdx, qword ptr [scan1/5+24]
    dec r14
    jle L916
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_191
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+40], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+40]
    cmp rsi, 175
    je label_92
    cmp rsi, 527
    je label_91
    jmp label_96
# label_L
label_91:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_130
    cmp dword ptr [rsi-2], 384
    jne label_130
    cmp qword ptr [rsi+6], 92171
    jne label_130
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_130
# i_move_sd
    mov qword ptr [rbx+40], 31
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_spcs/6
# label_L
label_92:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_93
    cmp dword ptr [rsi-2], 384
    jne label_93
    cmp qword ptr [rsi+6], 92171
    jne label_93
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_93
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_newline/5
# label_L
label_93:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1059
    mov rax, rsi
    add rax, rdx
    short jno L1060
L1059:
    call 140320710853080
L1060:
    mov qword ptr [rbx], rax
# is_ne_exact_fss
    cmp qword ptr [rbx+24], 535115
    je label_94
# is_integer_fs
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1061
    test al, 1
    jne label_95
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_95
L1061:
# i_move_sd
    mov qword ptr [rbx+24], 31
# label_L
label_94:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+40], 15
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp skip_white_space/6
# label_L
label_95:
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp '-inlined-new_column/2-'/2
# label_L
label_96:
# is_ge_fss
    mov esi, 1055
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1062
    cmp rdi, rsi
    short jmp L1063
L1062:
    call 140320710848608
L1063:
    jl label_97
# is_lt_fss
    mov rsi, qword ptr [rbx+40]
    mov edi, 1455
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1064
    cmp rdi, rsi
    short jmp L1065
L1064:
    call 140320710848608
L1065:
    jge label_125
# is_ge_fss
    mov esi, 1567
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1066
    cmp rdi, rsi
    short jmp L1067
L1066:
    call 140320710848608
L1067:
    jl label_97
# is_lt_fss
    mov rsi, qword ptr [rbx+40]
    mov edi, 1967
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1068
    cmp rdi, rsi
    short jmp L1069
L1068:
    call 140320710848608
L1069:
    jge label_123
# label_L
label_97:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+40]
    cmp rsi, 607
    je label_107
    cmp rsi, 655
    je label_106
    cmp rsi, 671
    je label_105
    cmp rsi, 719
    je label_104
    cmp rsi, 959
    je label_103
    cmp rsi, 1471
    je label_102
    cmp rsi, 1503
    je label_101
    cmp rsi, 1535
    je label_100
    cmp rsi, 1983
    je label_99
    cmp rsi, 2015
    je label_98
    jmp label_109
# label_L
label_98:
# i_move_sd
L1070:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov qword ptr [rbx+56], 31
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+48], 291531
# i_call_only_f
    jmp tok2/8
# label_L
label_99:
# i_move_sd
L1071:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov qword ptr [rbx+56], 31
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+48], 291467
# i_call_only_f
    jmp tok2/8
# label_L
label_100:
# i_move_sd
L1072:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_variable/6
# label_L
label_101:
# i_move_sd
L1073:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov qword ptr [rbx+56], 31
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+48], 291595
# i_call_only_f
    jmp tok2/8
# label_L
label_102:
# i_move_sd
L1074:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov qword ptr [rbx+56], 31
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+48], 291403
# i_call_only_f
    jmp tok2/8
# label_L
label_103:
# i_move_sd
L1075:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov qword ptr [rbx+56], 31
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+48], 294667
# i_call_only_f
    jmp tok2/8
# label_L
label_104:
# i_move_sd
L1076:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov qword ptr [rbx+56], 31
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+48], 291723
# i_call_only_f
    jmp tok2/8
# label_L
label_105:
# i_move_sd
L1077:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov qword ptr [rbx+56], 31
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+48], 287755
# i_call_only_f
    jmp tok2/8
# label_L
label_106:
# i_move_sd
L1078:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov qword ptr [rbx+56], 31
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+48], 287819
# i_call_only_f
    jmp tok2/8
# label_L
label_107:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_108
    cmp dword ptr [rsi-2], 384
    jne label_108
    cmp qword ptr [rsi+6], 92171
    jne label_108
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 11
    jne label_108
# i_move_sd
    mov qword ptr [rbx+40], 31
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp skip_comment/6
# label_L
label_108:
# i_move_sd
L1079:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_comment/6
# label_L
label_109:
# is_ge_fss
    mov esi, 783
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1080
    cmp rdi, rsi
    short jmp L1081
L1080:
    call 140320710848608
L1081:
    jl label_110
# is_ge_fss
    mov rsi, qword ptr [rbx+40]
    mov edi, 927
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1082
    cmp rdi, rsi
    short jmp L1083
L1082:
    call 140320710848608
L1083:
    jl label_122
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1084
    mov ecx, 7
.db 0x90
    call 140320710850576
L1084:
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+48], 536011
# i_call_only_f
    jmp scan_number/7
# label_L
label_110:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+40]
    cmp rsi, 223
    je label_121
    cmp rsi, 559
    je label_119
    cmp rsi, 591
    je label_118
    cmp rsi, 639
    je label_116
    cmp rsi, 751
    je label_111
    jmp label_122
# label_L
label_111:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+48]
    test al, 2
    jne label_114
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+40], rsi
    mov qword ptr [rbx+56], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+40], 751
    jne label_115
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+56]
    test al, 2
    jne label_112
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rbx+40], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx], 751
    jne label_113
# i_move_sd
    mov qword ptr [rbx+48], 314571
# i_move_sd
    mov qword ptr [rbx+56], 63
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# i_move_sd
L1085:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_call_only_f
    jmp tok2/8
# label_L
label_112:
# is_ne_exact_fss
    cmp qword ptr [rbx+56], 59
    je label_178
# label_L
label_113:
# i_move_sd
L1086:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov qword ptr [rbx+48], 292299
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+56], 47
# i_call_only_f
    jmp tok2/8
# label_L
label_114:
# is_ne_exact_fss
    cmp qword ptr [rbx+48], 59
    je label_178
# label_L
label_115:
# i_move_sd
L1087:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_dot/6
# label_L
label_116:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1088
    mov ecx, 7
.db 0x90
    call 140320710850576
L1088:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 59
    mov qword ptr [r15+16], 59
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [r15+24], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# is_ne_exact_fss
    cmp qword ptr [rbx+24], 535115
    je label_117
# is_integer_fs
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1089
    test al, 1
    jne label_190
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_190
L1089:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+24]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1090
    add rax, rdx
    short jno L1091
L1090:
    call 140320710853080
L1091:
    mov qword ptr [rbx+24], rax
# label_L
label_117:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_qatom/6
# label_L
label_118:
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_char/5
# label_L
label_119:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1092
    mov ecx, 7
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1092:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 59
    mov qword ptr [r15+16], 59
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [r15+24], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# is_ne_exact_fss
    cmp qword ptr [rbx+24], 535115
    je label_120
# is_integer_fs
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1093
    test al, 1
    jne label_190
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_190
L1093:
# i_increment_SWd
    mov rsi, qword ptr [rbx+24]
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
    mov qword ptr [rbx+24], rax
# label_L
label_120:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_string/6
# label_L
label_121:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_122
    cmp dword ptr [rsi-2], 384
    jne label_122
    cmp qword ptr [rsi+6], 92171
    jne label_122
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+56], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+56], 75
    jne label_122
# i_move_sd
L1096:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov qword ptr [rbx+40], 536075
# i_move_sd
    mov qword ptr [rbx+64], 31
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_move_sd
L1097:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+48], rdi
# i_call_only_f
    jmp tok3/9
# label_L
label_122:
# is_ge_fss
    mov esi, 3583
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1098
    cmp rdi, rsi
    short jmp L1099
L1098:
    call 140320710848608
L1099:
    jl label_124
# is_ge_fss
    mov rsi, qword ptr [rbx+40]
    mov edi, 4095
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1100
    cmp rdi, rsi
    short jmp L1101
L1100:
    call 140320710848608
L1101:
    jl label_187
# is_ne_exact_fss
    cmp qword ptr [rbx+40], 3967
    je label_186
# label_L
label_123:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1102
    mov ecx, 7
.db 0x90
    call 140320710850576
L1102:
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_atom/6
# label_L
label_124:
# is_ge_fss
    mov esi, 3087
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1103
    cmp rdi, rsi
    short jmp L1104
L1103:
    call 140320710848608
L1104:
    jl label_126
# is_ge_fss
    mov rsi, qword ptr [rbx+40]
    mov edi, 3567
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1105
    cmp rdi, rsi
    short jmp L1106
L1105:
    call 140320710848608
L1106:
    jl label_185
# is_ne_fss
    mov esi, 3455
    mov rdi, qword ptr [rbx+40]
    cmp rdi, rsi
    je label_126
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    short je L1107
    call 140320710848744
    je label_126
L1107:
# label_L
label_125:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1108
    mov ecx, 7
.db 0x90
    call 140320710850576
L1108:
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_variable/6
# label_L
label_126:
# is_eq_exact_fss
    cmp qword ptr [rbx+40], 159
    jne label_127
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_130
    cmp dword ptr [rsi-2], 384
    jne label_130
    cmp qword ptr [rsi+6], 92171
    jne label_130
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_130
# i_move_sd
    mov qword ptr [rbx+40], 31
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_tabs/6
# label_L
label_127:
# is_integer_fs
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1109
    test al, 1
    jne label_131
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_131
L1109:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+40]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1110
    cmp rdi, rsi
    short jmp L1111
L1110:
    call 140320710848608
L1111:
    jl label_89
# is_lt_fss
    mov rsi, qword ptr [rbx+40]
    mov edi, 527
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1112
    cmp rdi, rsi
    short jmp L1113
L1112:
    call 140320710848608
L1113:
    jge label_128
# is_ge_fss
    mov esi, 2063
    mov rdi, qword ptr [rbx+40]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1114
    cmp rdi, rsi
    short jmp L1115
L1114:
    call 140320710848608
L1115:
    jl label_131
# is_ge_fss
    mov rsi, qword ptr [rbx+40]
    mov edi, 2575
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1116
    cmp rdi, rsi
    short jmp L1117
L1116:
    call 140320710848608
L1117:
    jl label_185
# label_L
label_128:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_194
    cmp dword ptr [rsi-2], 384
    jne label_194
    cmp qword ptr [rsi+6], 92171
    jne label_194
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_130
    cmp rsi, 75
    je label_129
    jmp label_193
# label_L
label_129:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1118
    mov ecx, 7
    call 140320710850576
L1118:
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_white_space/6
# label_L
label_130:
# i_move_sd
    mov qword ptr [rbx+40], 31
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp skip_white_space/6
# label_L
label_131:
# i_select_val_bins_sfI
    mov rsi, qword ptr [rbx+40]
# Binary search in table of 18 elements
# Subtree [0..17], pivot 8
    cmp rsi, 975
    je label_157
    ja L1119
# Linear search in [0..7], 8 elements
    cmp rsi, 543
    je label_183
    cmp rsi, 575
    je label_182
    cmp rsi, 623
    je label_181
    cmp rsi, 687
    je label_180
    cmp rsi, 703
    je label_176
    cmp rsi, 735
    je label_171
    cmp rsi, 767
    je label_168
    cmp rsi, 943
    je label_163
    jmp label_184
L1119:
# Linear search in [9..17], 9 elements
    cmp rsi, 991
    je label_148
    cmp rsi, 1007
    je label_143
    cmp rsi, 1023
    je label_140
    cmp rsi, 1039
    je label_139
    cmp rsi, 1487
    je label_138
    cmp rsi, 1519
    je label_137
    cmp rsi, 1551
    je label_136
    cmp rsi, 1999
    je label_133
    cmp rsi, 2031
    je label_132
    jmp label_184
# label_L
label_132:
# i_move_sd
L1120:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov qword ptr [rbx+56], 31
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+48], 536139
# i_call_only_f
    jmp tok2/8
# label_L
label_133:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+48]
    test al, 2
    jne label_134
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rbx+40], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx], 1999
    jne label_135
# i_move_sd
    mov qword ptr [rbx+48], 302091
# i_move_sd
    mov qword ptr [rbx+56], 47
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# i_move_sd
L1121:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_call_only_f
    jmp tok2/8
# label_L
label_134:
# is_ne_exact_fss
    cmp qword ptr [rbx+48], 59
    je label_178
# label_L
label_135:
# i_move_sd
L1122:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov qword ptr [rbx+56], 31
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+48], 291787
# i_call_only_f
    jmp tok2/8
# label_L
label_136:
# i_move_sd
L1123:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov qword ptr [rbx+56], 31
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+48], 536203
# i_call_only_f
    jmp tok2/8
# label_L
label_137:
# i_move_sd
L1124:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov qword ptr [rbx+56], 31
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+48], 536267
# i_call_only_f
    jmp tok2/8
# label_L
label_138:
# i_move_sd
L1125:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov qword ptr [rbx+56], 31
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+48], 536331
# i_call_only_f
    jmp tok2/8
# label_L
label_139:
# i_move_sd
L1126:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov qword ptr [rbx+56], 31
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+48], 536395
# i_call_only_f
    jmp tok2/8
# label_L
label_140:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+48]
    test al, 2
    jne label_141
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rbx+40], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx], 991
    jne label_142
# i_move_sd
    mov qword ptr [rbx+48], 301963
# i_move_sd
    mov qword ptr [rbx+56], 47
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# i_move_sd
L1127:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_call_only_f
    jmp tok2/8
# label_L
label_141:
# is_ne_exact_fss
    cmp qword ptr [rbx+48], 59
    je label_178
# label_L
label_142:
# i_move_sd
L1128:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov qword ptr [rbx+56], 31
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+48], 536459
# i_call_only_f
    jmp tok2/8
# label_L
label_143:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+48]
    test al, 2
    jne label_146
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rbx+40], rdx
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 991
    je label_145
    cmp rsi, 1007
    je label_144
    jmp label_147
# label_L
label_144:
# i_move_sd
    mov qword ptr [rbx+48], 296459
# i_move_sd
    mov qword ptr [rbx+56], 47
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# i_move_sd
L1129:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_call_only_f
    jmp tok2/8
# label_L
label_145:
# i_move_sd
    mov qword ptr [rbx+48], 17931
# i_move_sd
    mov qword ptr [rbx+56], 47
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# i_move_sd
L1130:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_call_only_f
    jmp tok2/8
# label_L
label_146:
# is_ne_exact_fss
    cmp qword ptr [rbx+48], 59
    je label_178
# label_L
label_147:
# i_move_sd
L1131:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov qword ptr [rbx+56], 31
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+48], 18891
# i_call_only_f
    jmp tok2/8
# label_L
label_148:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+48]
    test al, 2
    jne label_155
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+40], rsi
    mov qword ptr [rbx+56], rdx
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+40]
    cmp rsi, 767
    je label_153
    cmp rsi, 943
    je label_152
    cmp rsi, 975
    je label_151
    cmp rsi, 991
    je label_150
    cmp rsi, 1007
    je label_149
    jmp label_156
# label_L
label_149:
# i_move_sd
L1132:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov qword ptr [rbx+48], 291339
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+56], 47
# i_call_only_f
    jmp tok2/8
# label_L
label_150:
# i_move_sd
L1133:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov qword ptr [rbx+48], 14283
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+56], 47
# i_call_only_f
    jmp tok2/8
# label_L
label_151:
# i_move_sd
L1134:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov qword ptr [rbx+48], 22795
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+56], 47
# i_call_only_f
    jmp tok2/8
# label_L
label_152:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+56]
    test al, 2
    jne label_154
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rbx+40], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx], 991
    jne label_156
# i_move_sd
    mov qword ptr [rbx+48], 14219
# i_move_sd
    mov qword ptr [rbx+56], 63
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# i_move_sd
L1135:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_call_only_f
    jmp tok2/8
# label_L
label_153:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+56]
    test al, 2
    jne label_154
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rbx+40], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx], 991
    jne label_156
# i_move_sd
    mov qword ptr [rbx+48], 27467
# i_move_sd
    mov qword ptr [rbx+56], 63
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# i_move_sd
L1136:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_call_only_f
    jmp tok2/8
# label_L
label_154:
# is_nil_fS
    cmp qword ptr [rbx+56], 59
    jne label_156
# jump_f
    jmp label_178
# label_L
label_155:
# is_ne_exact_fss
    cmp qword ptr [rbx+48], 59
    je label_178
# label_L
label_156:
# i_move_sd
L1137:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov qword ptr [rbx+56], 31
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+48], 291979
# i_call_only_f
    jmp tok2/8
# label_L
label_157:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+48]
    test al, 2
    jne label_161
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rbx+40], rdx
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 735
    je label_160
    cmp rsi, 975
    je label_159
    cmp rsi, 991
    je label_158
    jmp label_162
# label_L
label_158:
# i_move_sd
    mov qword ptr [rbx+48], 307595
# i_move_sd
    mov qword ptr [rbx+56], 47
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# i_move_sd
L1138:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_call_only_f
    jmp tok2/8
# label_L
label_159:
# i_move_sd
    mov qword ptr [rbx+48], 295307
# i_move_sd
    mov qword ptr [rbx+56], 47
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# i_move_sd
L1139:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_call_only_f
    jmp tok2/8
# label_L
label_160:
# i_move_sd
    mov qword ptr [rbx+48], 301899
# i_move_sd
    mov qword ptr [rbx+56], 47
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# i_move_sd
L1140:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_call_only_f
    jmp tok2/8
# label_L
label_161:
# is_ne_exact_fss
    cmp qword ptr [rbx+48], 59
    je label_178
# label_L
label_162:
# i_move_sd
L1141:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov qword ptr [rbx+56], 31
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+48], 23947
# i_call_only_f
    jmp tok2/8
# label_L
label_163:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+48]
    test al, 2
    jne label_166
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rbx+40], rdx
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 943
    je label_165
    cmp rsi, 991
    je label_164
    jmp label_167
# label_L
label_164:
# i_move_sd
    mov qword ptr [rbx+48], 301835
# i_move_sd
    mov qword ptr [rbx+56], 47
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# i_move_sd
L1142:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_call_only_f
    jmp tok2/8
# label_L
label_165:
# i_move_sd
    mov qword ptr [rbx+48], 292363
# i_move_sd
    mov qword ptr [rbx+56], 47
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# i_move_sd
L1143:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_call_only_f
    jmp tok2/8
# label_L
label_166:
# is_ne_exact_fss
    cmp qword ptr [rbx+48], 59
    je label_178
# label_L
label_167:
# i_move_sd
L1144:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov qword ptr [rbx+56], 31
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+48], 257867
# i_call_only_f
    jmp tok2/8
# label_L
label_168:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+48]
    test al, 2
    jne label_169
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rbx+40], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx], 991
    jne label_170
# i_move_sd
    mov qword ptr [rbx+48], 27531
# i_move_sd
    mov qword ptr [rbx+56], 47
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# i_move_sd
L1145:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_call_only_f
    jmp tok2/8
# label_L
label_169:
# is_ne_exact_fss
    cmp qword ptr [rbx+48], 59
    je label_178
# label_L
label_170:
# i_move_sd
L1146:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov qword ptr [rbx+56], 31
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+48], 12683
# i_call_only_f
    jmp tok2/8
# label_L
label_171:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+48]
    test al, 2
    jne label_174
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rbx+40], rdx
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 735
    je label_173
    cmp rsi, 1007
    je label_172
    jmp label_175
# label_L
label_172:
# i_move_sd
    mov qword ptr [rbx+48], 287691
# i_move_sd
    mov qword ptr [rbx+56], 47
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# i_move_sd
L1147:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_call_only_f
    jmp tok2/8
# label_L
label_173:
# i_move_sd
    mov qword ptr [rbx+48], 26187
# i_move_sd
    mov qword ptr [rbx+56], 47
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# i_move_sd
L1148:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_call_only_f
    jmp tok2/8
# label_L
label_174:
# is_ne_exact_fss
    cmp qword ptr [rbx+48], 59
    je label_178
# label_L
label_175:
# i_move_sd
L1149:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov qword ptr [rbx+56], 31
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+48], 26123
# i_call_only_f
    jmp tok2/8
# label_L
label_176:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+48]
    test al, 2
    jne label_177
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rbx+40], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx], 703
    jne label_179
# i_move_sd
    mov qword ptr [rbx+48], 32267
# i_move_sd
    mov qword ptr [rbx+56], 47
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# i_move_sd
L1150:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_call_only_f
    jmp tok2/8
# label_L
label_177:
# is_nil_fS
    cmp qword ptr [rbx+48], 59
    jne label_179
# label_L
label_178:
# test_heap_It
    lea rdx, qword ptr [r15+152]
    cmp rdx, rsp
    short jbe L1151
    mov ecx, 5
    call 140320710850576
L1151:
# i_make_fun3_FStt
L1152:
    long mov rsi, 9223372036854775807
    mov edx, 6
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
    mov edi, 384
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], 59
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+48], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 56
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 26763
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_179:
# i_move_sd
L1153:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov qword ptr [rbx+56], 31
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+48], 32203
# i_call_only_f
    jmp tok2/8
# label_L
label_180:
# i_move_sd
L1154:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov qword ptr [rbx+56], 31
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+48], 42443
# i_call_only_f
    jmp tok2/8
# label_L
label_181:
# i_move_sd
L1155:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov qword ptr [rbx+56], 31
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+48], 536523
# i_call_only_f
    jmp tok2/8
# label_L
label_182:
# i_move_sd
L1156:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov qword ptr [rbx+56], 31
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+48], 251147
# i_call_only_f
    jmp tok2/8
# label_L
label_183:
# i_move_sd
L1157:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov qword ptr [rbx+56], 31
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+48], 56139
# i_call_only_f
    jmp tok2/8
# label_L
label_184:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1158
    cmp rdi, rsi
    short jmp L1159
L1158:
    call 140320710848608
L1159:
    jl label_89
# label_L
label_185:
# is_ge_fss
    mov rsi, qword ptr [rbx+40]
    mov edi, 4095
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1160
    cmp rdi, rsi
    short jmp L1161
L1160:
    call 140320710848608
L1161:
    jl label_187
# label_L
label_186:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1162
    mov ecx, 7
.db 0x90
    call 140320710850576
L1162:
    sub rsp, 48
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rsp+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+32], xmm0
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rsp], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1163:
L1164:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100768
    lea rdx, qword ptr [L1163]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+40], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+56], 31
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp tok2/8
# label_L
label_187:
# is_integer_fs
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1165
    test al, 1
    jne label_89
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_89
L1165:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+40]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1166
    cmp rdi, rsi
    short jmp L1167
L1166:
    call 140320710848608
L1167:
    jl label_89
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 535115
    jne label_188
# i_move_sd
    mov qword ptr [rbx+32], 535115
# jump_f
    jmp label_189
# label_L
label_188:
# is_integer_fs
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1168
    test al, 1
    jne label_190
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_190
L1168:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+24]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1169
    add rax, rdx
    short jno L1170
L1169:
    call 140320710853080
L1170:
    mov qword ptr [rbx+32], rax
# label_L
label_189:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+40], rdi
# i_move_sd
L1171:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_error/6
# label_L
label_190:
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp '-inlined-incr_column/2-'/2
# label_L
label_191:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_192
# is_eq_exact_fss
    cmp qword ptr [rbx], 14091
    jne label_89
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1172
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1172:
# put_tuple2_SA
# Move arity word
    mov edi, 320
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 30603
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], 14091
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [r15+32], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 48
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_192:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_89
# test_heap_It
    lea rdx, qword ptr [r15+152]
    cmp rdx, rsp
    short jbe L1173
    mov ecx, 5
.db 0x90
    call 140320710850576
L1173:
# i_make_fun3_FStt
L1174:
    long mov rsi, 9223372036854775807
    mov edx, 6
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
    mov edi, 384
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 59
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], 59
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+48], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 56
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 26763
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_193:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_194:
# badrecord_s
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_195:
# i_func_info_IaaI
# erl_scan:scan_atom/6
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x30, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
scan_atom/6:
# i_breakpoint_trampoline
    short jmp L1175
.db 0x00
    call L918
    align 8
L1175:
# i_test_yield
    lea rdx, qword ptr [scan_atom/6+24]
    dec r14
    jle L916
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1176
    mov ecx, 6
    call 140320710850576
L1176:
    sub rsp, 56
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    mov qword ptr [rsp+48], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
    call scan_name/2
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rsp], xmm0
# is_eq_exact_fss
    cmp qword ptr [rsp+8], 26763
    jne label_197
# test_heap_It
    lea rdx, qword ptr [r15+152]
    cmp rdx, rsp
    short jbe L1177
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1177:
# i_make_fun3_FStt
L1178:
    long mov rsi, 9223372036854775807
    mov edx, 6
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
    mov edi, 384
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 59
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+32], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+40], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+48], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 56
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 26763
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
    jl L917
    ret
# label_L
label_197:
# catch_yf
    inc qword ptr [r13+264]
L1179:
    mov eax, 2147483647
    mov qword ptr [rsp+48], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1180:
L1181:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100768
    lea rdx, qword ptr [L1180]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# label_L
label_198:
# catch_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+48], 59
    cmp qword ptr [rbx], 0
    short jne L1182
    call 140320710850088
L1182:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# is_atom_fs
    mov rax, qword ptr [rsp+48]
    and al, 63
    cmp al, 11
    jne label_201
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp+40]
    rex test sil, 1
    jne label_206
    cmp dword ptr [rsi-2], 384
    jne label_206
    cmp qword ptr [rsi+6], 92171
    jne label_206
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun_t
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    mov rsi, 140320710850960
    lea r8, qword ptr [L1183]
    test ecx, 1
    short jne L1183
    cmp qword ptr [rcx-2], 212
    short jne L1183
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1183:
    cmovne rdi, rsi
    call rdi
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_200
    cmp rsi, 75
    je label_199
    jmp label_205
# label_L
label_199:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp tok2/7
# label_L
label_200:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov qword ptr [rbx+40], 3851
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+48], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp tok3/8
# label_L
label_201:
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
    mov qword ptr [rbx+8], 15
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_length_jtd
    align 4
L1184:
    xor esi, esi
    lea rdx, qword ptr [L1184]
    call 140320710852592
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rsp+24], 535115
    jne label_202
# i_move_sd
    mov qword ptr [rbx+32], 535115
# jump_f
    jmp label_203
# label_L
label_202:
# is_integer_fs
    mov rdi, qword ptr [rsp+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1185
    test al, 1
    jne label_204
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_204
L1185:
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp+24]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    test esi, 1
    short je L1187
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1186
L1187:
    call 140320710853728
L1186:
    mov qword ptr [rbx+32], rax
# label_L
label_203:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+40], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+24], rdi
# i_move_sd
L1188:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp scan_error/6
# label_L
label_204:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp '-inlined-incr_column/2-'/2
# label_L
label_205:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_206:
# badrecord_s
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_207:
# i_func_info_IaaI
# erl_scan:scan_variable/6
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x30, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
scan_variable/6:
# i_breakpoint_trampoline
    short jmp L1189
.db 0x00
    call L918
    align 8
L1189:
# i_test_yield
    lea rdx, qword ptr [scan_variable/6+24]
    dec r14
    jle L916
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1190
    mov ecx, 6
    call 140320710850576
L1190:
    sub rsp, 56
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    mov qword ptr [rsp+48], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
    call scan_name/2
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rsp], xmm0
# is_eq_exact_fss
    cmp qword ptr [rsp+8], 26763
    jne label_209
# test_heap_It
    lea rdx, qword ptr [r15+152]
    cmp rdx, rsp
    short jbe L1191
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1191:
# i_make_fun3_FStt
L1192:
    long mov rsi, 9223372036854775807
    mov edx, 6
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
    mov edi, 384
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 59
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+32], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+40], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+48], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 56
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 26763
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
    jl L917
    ret
# label_L
label_209:
# catch_yf
    inc qword ptr [r13+264]
L1193:
    mov eax, 2147483647
    mov qword ptr [rsp+48], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1194:
L1195:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100768
    lea rdx, qword ptr [L1194]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# label_L
label_210:
# catch_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+48], 59
    cmp qword ptr [rbx], 0
    short jne L1196
    call 140320710850088
L1196:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_211
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov qword ptr [rbx+40], 245707
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+48], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp tok3/8
# label_L
label_211:
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
    mov qword ptr [rbx+8], 15
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_length_jtd
    align 4
L1197:
    xor esi, esi
    lea rdx, qword ptr [L1197]
    call 140320710852592
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rsp+24], 535115
    jne label_212
# i_move_sd
    mov qword ptr [rbx+32], 535115
# jump_f
    jmp label_213
# label_L
label_212:
# is_integer_fs
    mov rdi, qword ptr [rsp+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1198
    test al, 1
    jne label_214
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_214
L1198:
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp+24]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    test esi, 1
    short je L1200
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1199
L1200:
    call 140320710853728
L1199:
    mov qword ptr [rbx+32], rax
# label_L
label_213:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+40], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+24], rdi
# i_move_sd
L1201:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp scan_error/6
# label_L
label_214:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp '-inlined-incr_column/2-'/2
# func_line_I
# aligned_label_Lt
    align 8
label_215:
# i_func_info_IaaI
# erl_scan:scan_name/2
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x30, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
scan_name/2:
# i_breakpoint_trampoline
    short jmp L1202
.db 0x00
    call L918
    align 8
L1202:
# i_test_yield
    lea rdx, qword ptr [scan_name/2+24]
    dec r14
    jle L916
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_222
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_ge_fss
    mov esi, 1567
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1203
    cmp rdi, rsi
    short jmp L1204
L1203:
    call 140320710848608
L1204:
    jl label_217
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 1967
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1205
    cmp rdi, rsi
    short jmp L1206
L1205:
    call 140320710848608
L1206:
    jl label_219
# jump_f
    jmp label_221
# label_L
label_217:
# is_ge_fss
    mov esi, 1055
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1207
    cmp rdi, rsi
    short jmp L1208
L1207:
    call 140320710848608
L1208:
    jl label_218
# is_lt_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 1455
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1209
    cmp rdi, rsi
    short jmp L1210
L1209:
    call 140320710848608
L1210:
    jge label_221
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 1535
    jne label_218
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1211
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1211:
# put_cons_ss
    mov qword ptr [r15], 1535
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_name/2
# label_L
label_218:
# is_ge_fss
    mov esi, 783
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1212
    cmp rdi, rsi
    short jmp L1213
L1212:
    call 140320710848608
L1213:
    jl label_223
# is_lt_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 927
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1214
    cmp rdi, rsi
    short jmp L1215
L1214:
    call 140320710848608
L1215:
    jge label_221
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 1039
    jne label_219
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1216
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1216:
# put_cons_ss
    mov qword ptr [r15], 1039
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_name/2
# label_L
label_219:
# is_ge_fss
    mov esi, 3583
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1217
    cmp rdi, rsi
    short jmp L1218
L1217:
    call 140320710848608
L1218:
    jl label_220
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 4095
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1219
    cmp rdi, rsi
    short jmp L1220
L1219:
    call 140320710848608
L1220:
    jl label_223
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 3967
    jne label_221
# jump_f
    jmp label_223
# label_L
label_220:
# is_ge_fss
    mov esi, 3087
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1221
    cmp rdi, rsi
    short jmp L1222
L1221:
    call 140320710848608
L1222:
    jl label_223
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 3567
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1223
    cmp rdi, rsi
    short jmp L1224
L1223:
    call 140320710848608
L1224:
    jl label_223
# is_ne_exact_fss
    cmp qword ptr [rbx+16], 3455
    je label_223
# label_L
label_221:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1225
    mov ecx, 4
    call 140320710850576
L1225:
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
    jmp scan_name/2
# label_L
label_222:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_223
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1226
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1226:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 26763
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_223:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1227
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1227:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1228:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1229
    mov ecx, 1
    call 140320710850576
L1229:
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
    jl L917
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_224:
# i_func_info_IaaI
# erl_scan:scan_dot/6
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x30, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
scan_dot/6:
# i_breakpoint_trampoline
    short jmp L1230
.db 0x00
    call L918
    align 8
L1230:
# i_test_yield
    lea rdx, qword ptr [scan_dot/6+24]
    dec r14
    jle L916
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_271
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+48], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+48]
    cmp rsi, 175
    je label_240
    cmp rsi, 607
    je label_226
    jmp label_255
# label_L
label_226:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_287
    cmp dword ptr [rsi-2], 384
    jne label_287
    cmp qword ptr [rsi+6], 92171
    jne label_287
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1231
    mov ecx, 6
.db 0x90
    call 140320710850576
L1231:
    sub rsp, 48
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+32], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_228
    cmp rsi, 75
    je label_227
    jmp label_239
# label_L
label_227:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 92235
# line_I
# i_call_fun_t
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    mov rsi, 140320710850960
    lea r8, qword ptr [L1232]
    test ecx, 1
    short jne L1232
    cmp qword ptr [rcx-2], 212
    short jne L1232
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1232:
    cmovne rdi, rsi
    call rdi
.db 0x66, 0x90
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_228
    cmp rsi, 75
    je label_229
    jmp label_286
# label_L
label_228:
# i_move_sd
    mov qword ptr [rsp], 59
# label_L
label_229:
# is_eq_exact_fss
    cmp qword ptr [rsp+16], 535115
    jne label_232
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_231
# is_nil_fS
    cmp qword ptr [rsp], 59
    jne label_230
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+32], rax
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1233:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_235
# label_L
label_230:
# init_yregs_I
    mov qword ptr [rsp+32], 59
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_ext_e
L1234:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_ext_e
L1235:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_235
# label_L
label_231:
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+32], rax
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1236:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_235
# label_L
label_232:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_234
# is_nil_fS
    cmp qword ptr [rsp], 59
    jne label_233
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1237
    xor ecx, ecx
.db 0x90
    call 140320710850576
L1237:
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
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+32], rax
# i_call_ext_e
L1238:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_235
# label_L
label_233:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1239
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1239:
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
# init_yregs_I
    mov qword ptr [rsp+32], 59
# i_call_ext_e
L1240:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_ext_e
L1241:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_235
# label_L
label_234:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1242
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1242:
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
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+32], rax
# line_I
# i_call_ext_e
L1243:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# label_L
label_235:
# is_eq_exact_fss
    cmp qword ptr [rsp+16], 535115
    jne label_236
# i_move_sd
    mov qword ptr [rbx+8], 535115
# jump_f
    jmp label_237
# label_L
label_236:
# is_integer_fs
    mov rdi, qword ptr [rsp+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1244
    test al, 1
    jne label_238
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_238
L1244:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+16]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1245
    add rax, rdx
    short jno L1246
L1245:
    call 140320710853080
L1246:
    mov qword ptr [rbx+8], rax
# label_L
label_237:
# test_heap_It
    lea rdx, qword ptr [r15+120]
    cmp rdx, rsp
    short jbe L1247
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1247:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 92235
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 320
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 30603
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+32], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+40], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 48
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L917
    ret
# label_L
label_238:
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp '-inlined-incr_column/2-'/2
# label_L
label_239:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1248
    mov ecx, 1
.db 0x90
    call 140320710850576
L1248:
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
L1249:
L1250:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1249]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L917
    ret
# label_L
label_240:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_289
    cmp dword ptr [rsi-2], 384
    jne label_289
    cmp qword ptr [rsi+6], 92171
    jne label_289
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1251
    mov ecx, 8
.db 0x90
    call 140320710850576
L1251:
    sub rsp, 48
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+40], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_243
    cmp rsi, 75
    je label_241
    jmp label_254
# label_L
label_241:
# i_move_sd
L1252:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1253:
L1254:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1253]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+40]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+8], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov qword ptr [rbx], 92235
# i_call_fun_t
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    mov rsi, 140320710850960
    lea r8, qword ptr [L1255]
    test ecx, 1
    short jne L1255
    cmp qword ptr [rcx-2], 212
    short jne L1255
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1255:
    cmovne rdi, rsi
    call rdi
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_243
    cmp rsi, 75
    je label_242
    jmp label_288
# label_L
label_242:
# i_move_sd
L1256:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# call_light_bif_be
    align 4
L1257:
L1258:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1257]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# jump_f
    jmp label_244
# label_L
label_243:
# i_move_sd
    mov qword ptr [rsp+8], 59
# label_L
label_244:
# is_eq_exact_fss
    cmp qword ptr [rsp+24], 535115
    jne label_247
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+40]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_246
# is_nil_fS
    cmp qword ptr [rsp+8], 59
    jne label_245
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+8], rax
    mov qword ptr [rsp+40], rax
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1259:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_250
# label_L
label_245:
# init_yregs_I
    mov qword ptr [rsp+40], 59
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_ext_e
L1260:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_ext_e
L1261:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_250
# label_L
label_246:
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+8], rax
    mov qword ptr [rsp+40], rax
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1262:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_250
# label_L
label_247:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+40]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_249
# is_nil_fS
    cmp qword ptr [rsp+8], 59
    jne label_248
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1263
    xor ecx, ecx
    call 140320710850576
L1263:
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
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+8], rax
    mov qword ptr [rsp+40], rax
# i_call_ext_e
L1264:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_250
# label_L
label_248:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1265
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1265:
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
# init_yregs_I
    mov qword ptr [rsp+40], 59
# i_call_ext_e
L1266:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_ext_e
L1267:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_250
# label_L
label_249:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1268
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1268:
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
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+8], rax
    mov qword ptr [rsp+40], rax
# line_I
# i_call_ext_e
L1269:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# label_L
label_250:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+32]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1270
    mov rax, rsi
    add rax, rdx
    short jno L1271
L1270:
    call 140320710853080
L1271:
    mov qword ptr [rbx+8], rax
# is_eq_exact_fss
    cmp qword ptr [rsp+24], 535115
    jne label_251
# i_move_sd
    mov qword ptr [rbx+16], 535115
# jump_f
    jmp label_252
# label_L
label_251:
# is_integer_fs
    mov rdi, qword ptr [rsp+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1272
    test al, 1
    jne label_253
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_253
L1272:
# i_move_sd
    mov qword ptr [rbx+16], 31
# label_L
label_252:
# test_heap_It
    lea rdx, qword ptr [r15+120]
    cmp rdx, rsp
    short jbe L1273
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1273:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 92235
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 320
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 30603
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+32], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 48
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L917
    ret
# label_L
label_253:
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp '-inlined-new_column/2-'/2
# label_L
label_254:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1274
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1274:
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
L1275:
L1276:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1275]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L917
    ret
# label_L
label_255:
# is_integer_fs
    mov rdi, qword ptr [rbx+48]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1277
    test al, 1
    jne label_285
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_285
L1277:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+48]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1278
    cmp rdi, rsi
    short jmp L1279
L1278:
    call 140320710848608
L1279:
    jl label_285
# is_lt_fss
    mov rsi, qword ptr [rbx+48]
    mov edi, 527
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1280
    cmp rdi, rsi
    short jmp L1281
L1280:
    call 140320710848608
L1281:
    jge label_256
# is_ge_fss
    mov esi, 2063
    mov rdi, qword ptr [rbx+48]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1282
    cmp rdi, rsi
    short jmp L1283
L1282:
    call 140320710848608
L1283:
    jl label_285
# is_ge_fss
    mov rsi, qword ptr [rbx+48]
    mov edi, 2575
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1284
    cmp rdi, rsi
    short jmp L1285
L1284:
    call 140320710848608
L1285:
    jl label_285
# label_L
label_256:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_291
    cmp dword ptr [rsi-2], 384
    jne label_291
    cmp qword ptr [rsi+6], 92171
    jne label_291
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1286
    mov ecx, 8
    call 140320710850576
L1286:
    sub rsp, 56
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+48]
    movups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+48], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_259
    cmp rsi, 75
    je label_257
    jmp label_270
# label_L
label_257:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1287
    xor ecx, ecx
.db 0x90
    call 140320710850576
L1287:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1288:
L1289:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1288]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+48]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+8], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov qword ptr [rbx], 92235
# i_call_fun_t
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    mov rsi, 140320710850960
    lea r8, qword ptr [L1290]
    test ecx, 1
    short jne L1290
    cmp qword ptr [rcx-2], 212
    short jne L1290
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1290:
    cmovne rdi, rsi
    call rdi
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_259
    cmp rsi, 75
    je label_258
    jmp label_290
# label_L
label_258:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1291
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1291:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+16], rax
# call_light_bif_be
    align 4
L1292:
L1293:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1292]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# jump_f
    jmp label_260
# label_L
label_259:
# i_move_sd
    mov qword ptr [rsp+16], 59
# label_L
label_260:
# is_eq_exact_fss
    cmp qword ptr [rsp+32], 535115
    jne label_263
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+48]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_262
# is_nil_fS
    cmp qword ptr [rsp+16], 59
    jne label_261
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+16], rax
    mov qword ptr [rsp+48], rax
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1294:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_266
# label_L
label_261:
# init_yregs_I
    mov qword ptr [rsp+48], 59
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# i_call_ext_e
L1295:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# line_I
# i_call_ext_e
L1296:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_266
# label_L
label_262:
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+16], rax
    mov qword ptr [rsp+48], rax
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1297:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_266
# label_L
label_263:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+48]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_265
# is_nil_fS
    cmp qword ptr [rsp+16], 59
    jne label_264
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1298
    xor ecx, ecx
    call 140320710850576
L1298:
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
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+16], rax
    mov qword ptr [rsp+48], rax
# i_call_ext_e
L1299:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_266
# label_L
label_264:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1300
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1300:
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
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+48], 59
# i_call_ext_e
L1301:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# line_I
# i_call_ext_e
L1302:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_266
# label_L
label_265:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1303
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1303:
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
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+16], rax
    mov qword ptr [rsp+48], rax
# line_I
# i_call_ext_e
L1304:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# label_L
label_266:
# is_eq_exact_fss
    cmp qword ptr [rsp+32], 535115
    jne label_267
# i_move_sd
    mov qword ptr [rbx+8], 535115
# jump_f
    jmp label_268
# label_L
label_267:
# is_integer_fs
    mov rdi, qword ptr [rsp+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1305
    test al, 1
    jne label_269
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_269
L1305:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+32]
    mov edx, 32
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1306
    add rax, rdx
    short jno L1307
L1306:
    call 140320710853080
L1307:
    mov qword ptr [rbx+8], rax
# label_L
label_268:
# test_heap_It
    lea rdx, qword ptr [r15+120]
    cmp rdx, rsp
    short jbe L1308
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1308:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 92235
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 320
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 30603
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15+32], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+40], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 48
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 56
# return
    dec r14
    jl L917
    ret
# label_L
label_269:
# i_move_sd
    mov qword ptr [rbx+8], 47
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp '-inlined-incr_column/2-'/2
# label_L
label_270:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1309
    mov ecx, 1
.db 0x90
    call 140320710850576
L1309:
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
L1310:
L1311:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1310]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 56
# return
    dec r14
    jl L917
    ret
# label_L
label_271:
# is_eq_exact_fss
    cmp qword ptr [rbx], 14091
    jne label_285
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_293
    cmp dword ptr [rsi-2], 384
    jne label_293
    cmp qword ptr [rsi+6], 92171
    jne label_293
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1312
    mov ecx, 6
    call 140320710850576
L1312:
    sub rsp, 40
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+32], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_273
    cmp rsi, 75
    je label_272
    jmp label_284
# label_L
label_272:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 92235
# line_I
# i_call_fun_t
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    mov rsi, 140320710850960
    lea r8, qword ptr [L1313]
    test ecx, 1
    short jne L1313
    cmp qword ptr [rcx-2], 212
    short jne L1313
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1313:
    cmovne rdi, rsi
    call rdi
.db 0x90
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_273
    cmp rsi, 75
    je label_274
    jmp label_292
# label_L
label_273:
# i_move_sd
    mov qword ptr [rsp], 59
# label_L
label_274:
# is_eq_exact_fss
    cmp qword ptr [rsp+16], 535115
    jne label_277
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_276
# is_nil_fS
    cmp qword ptr [rsp], 59
    jne label_275
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+32], rax
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1314:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_280
# label_L
label_275:
# init_yregs_I
    mov qword ptr [rsp+32], 59
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_ext_e
L1315:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_ext_e
L1316:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_280
# label_L
label_276:
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+32], rax
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1317:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_280
# label_L
label_277:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_279
# is_nil_fS
    cmp qword ptr [rsp], 59
    jne label_278
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1318
    xor ecx, ecx
.db 0x90
    call 140320710850576
L1318:
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
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+32], rax
# i_call_ext_e
L1319:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_280
# label_L
label_278:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1320
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1320:
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
# init_yregs_I
    mov qword ptr [rsp+32], 59
# i_call_ext_e
L1321:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_ext_e
L1322:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_280
# label_L
label_279:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1323
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1323:
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
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+32], rax
# line_I
# i_call_ext_e
L1324:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# label_L
label_280:
# is_eq_exact_fss
    cmp qword ptr [rsp+16], 535115
    jne label_281
# i_move_sd
    mov qword ptr [rbx+8], 535115
# jump_f
    jmp label_282
# label_L
label_281:
# is_integer_fs
    mov rdi, qword ptr [rsp+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1325
    test al, 1
    jne label_283
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_283
L1325:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+16]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1326
    add rax, rdx
    short jno L1327
L1326:
    call 140320710853080
L1327:
    mov qword ptr [rbx+8], rax
# label_L
label_282:
# test_heap_It
    lea rdx, qword ptr [r15+120]
    cmp rdx, rsp
    short jbe L1328
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1328:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 92235
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 320
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 30603
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], 14091
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+32], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+40], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 48
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L917
    ret
# label_L
label_283:
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp '-inlined-incr_column/2-'/2
# label_L
label_284:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1329
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1329:
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
L1330:
L1331:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1330]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L917
    ret
# label_L
label_285:
# i_move_sd
    mov qword ptr [rbx+56], 31
# i_move_sd
    mov qword ptr [rbx+48], 251211
# i_call_only_f
    jmp tok2/8
# label_L
label_286:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_287:
# badrecord_s
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# label_L
label_288:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_289:
# badrecord_s
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# label_L
label_290:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_291:
# badrecord_s
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# label_L
label_292:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_293:
# badrecord_s
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_294:
# i_func_info_IaaI
# erl_scan:scan_newline/5
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x31, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
scan_newline/5:
# i_breakpoint_trampoline
    short jmp L1332
.db 0x00
    call L918
    align 8
L1332:
# i_test_yield
    lea rdx, qword ptr [scan_newline/5+24]
    dec r14
    jle L916
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_300
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+40], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+40]
    cmp rsi, 159
    je label_299
    cmp rsi, 207
    je label_298
    cmp rsi, 223
    je label_297
    cmp rsi, 527
    je label_296
    jmp label_301
# label_L
label_296:
# i_move_sd
    mov qword ptr [rbx+40], 47
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_nl_spcs/6
# label_L
label_297:
# i_move_sd
    mov qword ptr [rbx+40], 47
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_move_sd
L1333:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+48], rdi
# i_call_only_f
    jmp newline_end/7
# label_L
label_298:
# i_move_sd
    mov qword ptr [rbx+40], 47
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_move_sd
L1334:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+48], rdi
# i_call_only_f
    jmp newline_end/7
# label_L
label_299:
# i_move_sd
    mov qword ptr [rbx+40], 47
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_nl_tabs/6
# label_L
label_300:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_301
# test_heap_It
    lea rdx, qword ptr [r15+152]
    cmp rdx, rsp
    short jbe L1335
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1335:
# i_make_fun3_FStt
L1336:
    long mov rsi, 9223372036854775807
    mov edx, 6
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
    mov edi, 384
    mov qword ptr [r15], rdi
# Move tuple data
L1337:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], 59
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+48], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 56
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 26763
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_301:
# i_move_sd
L1338:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_call_only_f
    jmp scan_nl_white_space/6
# func_line_I
# aligned_label_Lt
    align 8
label_302:
# i_func_info_IaaI
# erl_scan:scan_nl_spcs/6
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x31, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
scan_nl_spcs/6:
# i_breakpoint_trampoline
    short jmp L1339
.db 0x00
    call L918
    align 8
L1339:
# i_test_yield
    lea rdx, qword ptr [scan_nl_spcs/6+24]
    dec r14
    jle L916
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_304
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+48], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+48], 527
    jne label_305
# is_lt_fss
    mov esi, 287
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1340
    cmp rdi, rsi
    short jmp L1341
L1340:
    call 140320710848608
L1341:
    jge label_305
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+40]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1342
    mov rax, rsi
    add rax, rdx
    short jno L1343
L1342:
    call 140320710853080
L1343:
    mov qword ptr [rbx+40], rax
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_nl_spcs/6
# label_L
label_304:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_305
# test_heap_It
    lea rdx, qword ptr [r15+152]
    cmp rdx, rsp
    short jbe L1344
    mov ecx, 6
.db 0x90
    call 140320710850576
L1344:
# i_make_fun3_FStt
L1345:
    long mov rsi, 9223372036854775807
    mov edx, 6
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
    mov edi, 384
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 59
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+32], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+40], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+48], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 56
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 26763
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_305:
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1346
    mov ecx, 6
    call 140320710850576
L1346:
    sub rsp, 48
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call nl_spcs/1
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp newline_end/7
# func_line_I
# aligned_label_Lt
    align 8
label_306:
# i_func_info_IaaI
# erl_scan:scan_nl_tabs/6
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x31, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
scan_nl_tabs/6:
# i_breakpoint_trampoline
    short jmp L1347
.db 0x00
    call L918
    align 8
L1347:
# i_test_yield
    lea rdx, qword ptr [scan_nl_tabs/6+24]
    dec r14
    jle L916
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_308
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+48], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+48], 159
    jne label_309
# is_lt_fss
    mov esi, 191
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1348
    cmp rdi, rsi
    short jmp L1349
L1348:
    call 140320710848608
L1349:
    jge label_309
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+40]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1350
    mov rax, rsi
    add rax, rdx
    short jno L1351
L1350:
    call 140320710853080
L1351:
    mov qword ptr [rbx+40], rax
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_nl_tabs/6
# label_L
label_308:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_309
# test_heap_It
    lea rdx, qword ptr [r15+152]
    cmp rdx, rsp
    short jbe L1352
    mov ecx, 6
.db 0x90
    call 140320710850576
L1352:
# i_make_fun3_FStt
L1353:
    long mov rsi, 9223372036854775807
    mov edx, 6
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
    mov edi, 384
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 59
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+32], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+40], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+48], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 56
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 26763
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_309:
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1354
    mov ecx, 6
    call 140320710850576
L1354:
    sub rsp, 48
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call nl_tabs/1
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp newline_end/7
# func_line_I
# aligned_label_Lt
    align 8
label_310:
# i_func_info_IaaI
# erl_scan:scan_nl_white_space/6
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x31, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
scan_nl_white_space/6:
# i_breakpoint_trampoline
    short jmp L1355
.db 0x00
    call L918
    align 8
L1355:
# i_test_yield
    lea rdx, qword ptr [scan_nl_white_space/6+24]
    dec r14
    jle L916
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_329
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+48], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+48], 175
    jne label_327
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_312
    cmp dword ptr [rsi-2], 384
    jne label_312
    cmp qword ptr [rsi+6], 92171
    jne label_312
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 11
    jne label_312
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 535115
    jne label_312
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1356
    mov ecx, 8
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1356:
    sub rsp, 40
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1357:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# swap_dd
    mov rdi, qword ptr [rsp+8]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+8], rsi
# line_I
# i_call_ext_e
L1358:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1359
    mov ecx, 1
    call 140320710850576
L1359:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 536075
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+24]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1360
    mov rax, rsi
    add rax, rdx
    short jno L1361
L1360:
    call 140320710853080
L1361:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov qword ptr [rbx+24], 535115
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp scan_newline/5
# label_L
label_312:
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1362
    mov ecx, 8
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1362:
    sub rsp, 56
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+24], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1363:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp+48]
    rex test sil, 1
    jne label_347
    cmp dword ptr [rsi-2], 384
    jne label_347
    cmp qword ptr [rsi+6], 92171
    jne label_347
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_315
    cmp rsi, 75
    je label_313
    jmp label_326
# label_L
label_313:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+48]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 536075
# line_I
# i_call_fun_t
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    mov rsi, 140320710850960
    lea r8, qword ptr [L1364]
    test ecx, 1
    short jne L1364
    cmp qword ptr [rcx-2], 212
    short jne L1364
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1364:
    cmovne rdi, rsi
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_315
    cmp rsi, 75
    je label_314
    jmp label_346
# label_L
label_314:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp], rdi
# jump_f
    jmp label_316
# label_L
label_315:
# i_move_sd
    mov qword ptr [rsp], 59
# label_L
label_316:
# is_eq_exact_fss
    cmp qword ptr [rsp+32], 535115
    jne label_319
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+48]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_318
# is_nil_fS
    cmp qword ptr [rsp], 59
    jne label_317
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1365:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_322
# label_L
label_317:
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# i_call_ext_e
L1366:
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
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_ext_e
L1367:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_322
# label_L
label_318:
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1368:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_322
# label_L
label_319:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+48]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_321
# is_nil_fS
    cmp qword ptr [rsp], 59
    jne label_320
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1369
    xor ecx, ecx
.db 0x90
    call 140320710850576
L1369:
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
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_call_ext_e
L1370:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_322
# label_L
label_320:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1371
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1371:
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
    mov qword ptr [rbx], rdi
# i_call_ext_e
L1372:
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
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_ext_e
L1373:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_322
# label_L
label_321:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1374
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1374:
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
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_ext_e
L1375:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# label_L
label_322:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1376
    mov ecx, 1
    call 140320710850576
L1376:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 536075
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+40]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1377
    mov rax, rsi
    add rax, rdx
    short jno L1378
L1377:
    call 140320710853080
L1378:
    mov qword ptr [rbx+8], rax
# i_length_setup_jts
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx+24], 15
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+32], rdi
# i_length_jtd
    align 4
L1379:
    mov esi, 2
    lea rdx, qword ptr [L1379]
    call 140320710852592
    mov qword ptr [rbx+16], rax
# is_eq_exact_fss
    cmp qword ptr [rsp+32], 535115
    jne label_323
# i_move_sd
    mov qword ptr [rbx+16], 535115
# jump_f
    jmp label_324
# label_L
label_323:
# is_integer_fs
    mov rdi, qword ptr [rsp+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1380
    test al, 1
    jne label_325
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_325
L1380:
# label_L
label_324:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1381
    mov ecx, 3
    call 140320710850576
L1381:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp scan_newline/5
# label_L
label_325:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp '-inlined-new_column/2-'/2
# label_L
label_326:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1382
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1382:
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
L1383:
L1384:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1383]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 56
# return
    dec r14
    jl L917
    ret
# label_L
label_327:
# is_integer_fs
    mov rdi, qword ptr [rbx+48]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1385
    test al, 1
    jne label_330
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_330
L1385:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+48]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1386
    cmp rdi, rsi
    short jmp L1387
L1386:
    call 140320710848608
L1387:
    jl label_330
# is_lt_fss
    mov rsi, qword ptr [rbx+48]
    mov edi, 527
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1388
    cmp rdi, rsi
    short jmp L1389
L1388:
    call 140320710848608
L1389:
    jge label_328
# is_ge_fss
    mov esi, 2063
    mov rdi, qword ptr [rbx+48]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1390
    cmp rdi, rsi
    short jmp L1391
L1390:
    call 140320710848608
L1391:
    jl label_330
# is_ge_fss
    mov rsi, qword ptr [rbx+48]
    mov edi, 2575
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1392
    cmp rdi, rsi
    short jmp L1393
L1392:
    call 140320710848608
L1393:
    jl label_330
# label_L
label_328:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1394
    mov ecx, 8
.db 0x90
    call 140320710850576
L1394:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_nl_white_space/6
# label_L
label_329:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_330
# test_heap_It
    lea rdx, qword ptr [r15+152]
    cmp rdx, rsp
    short jbe L1395
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1395:
# i_make_fun3_FStt
L1396:
    long mov rsi, 9223372036854775807
    mov edx, 6
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
    mov edi, 384
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 59
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+32], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+40], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+48], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 56
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 26763
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_330:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_331
    cmp dword ptr [rsi-2], 384
    jne label_331
    cmp qword ptr [rsi+6], 92171
    jne label_331
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx+48], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+48], 11
    jne label_331
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 535115
    jne label_331
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1397
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L1397:
    sub rsp, 40
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1398:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+16]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1399
    mov rax, rsi
    add rax, rdx
    short jno L1400
L1399:
    call 140320710853080
L1400:
    mov qword ptr [rsp+16], rax
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_ext_e
L1401:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1402
    mov ecx, 1
    call 140320710850576
L1402:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 536075
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov qword ptr [rbx+24], 535115
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp scan1/5
# label_L
label_331:
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1403
    mov ecx, 6
.db 0x90
    call 140320710850576
L1403:
    sub rsp, 56
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1404:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp+40]
    rex test sil, 1
    jne label_349
    cmp dword ptr [rsi-2], 384
    jne label_349
    cmp qword ptr [rsi+6], 92171
    jne label_349
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_334
    cmp rsi, 75
    je label_332
    jmp label_345
# label_L
label_332:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+40]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 536075
# line_I
# i_call_fun_t
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    mov rsi, 140320710850960
    lea r8, qword ptr [L1405]
    test ecx, 1
    short jne L1405
    cmp qword ptr [rcx-2], 212
    short jne L1405
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1405:
    cmovne rdi, rsi
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_334
    cmp rsi, 75
    je label_333
    jmp label_348
# label_L
label_333:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp], rdi
# jump_f
    jmp label_335
# label_L
label_334:
# i_move_sd
    mov qword ptr [rsp], 59
# label_L
label_335:
# is_eq_exact_fss
    cmp qword ptr [rsp+24], 535115
    jne label_338
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+40]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_337
# is_nil_fS
    cmp qword ptr [rsp], 59
    jne label_336
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1406:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_341
# label_L
label_336:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_ext_e
L1407:
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
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_ext_e
L1408:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_341
# label_L
label_337:
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1409:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_341
# label_L
label_338:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+40]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_340
# is_nil_fS
    cmp qword ptr [rsp], 59
    jne label_339
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1410
    xor ecx, ecx
.db 0x90
    call 140320710850576
L1410:
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
# init_yregs_I
    mov qword ptr [rsp], 59
# i_call_ext_e
L1411:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_341
# label_L
label_339:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1412
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1412:
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
# i_call_ext_e
L1413:
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
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_ext_e
L1414:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_341
# label_L
label_340:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1415
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1415:
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
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_ext_e
L1416:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# label_L
label_341:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1417
    mov ecx, 1
    call 140320710850576
L1417:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 536075
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+32]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1418
    mov rax, rsi
    add rax, rdx
    short jno L1419
L1418:
    call 140320710853080
L1419:
    mov qword ptr [rbx+8], rax
# i_length_setup_jts
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx+24], 15
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+32], rdi
# i_length_jtd
    align 4
L1420:
    mov esi, 2
    lea rdx, qword ptr [L1420]
    call 140320710852592
    mov qword ptr [rbx+16], rax
# is_eq_exact_fss
    cmp qword ptr [rsp+24], 535115
    jne label_342
# i_move_sd
    mov qword ptr [rbx+16], 535115
# jump_f
    jmp label_343
# label_L
label_342:
# is_integer_fs
    mov rdi, qword ptr [rsp+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1421
    test al, 1
    jne label_344
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_344
L1421:
# label_L
label_343:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1422
    mov ecx, 3
    call 140320710850576
L1422:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+40], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 56
    jmp scan1/5
# label_L
label_344:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp '-inlined-new_column/2-'/2
# label_L
label_345:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1423
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1423:
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
L1424:
L1425:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1424]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 56
# return
    dec r14
    jl L917
    ret
# label_L
label_346:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_347:
# badrecord_s
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# label_L
label_348:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_349:
# badrecord_s
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_350:
# i_func_info_IaaI
# erl_scan:newline_end/7
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x32, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
newline_end/7:
# i_breakpoint_trampoline
    short jmp L1426
.db 0x00
    call L918
    align 8
L1426:
# i_test_yield
    lea rdx, qword ptr [newline_end/7+24]
    dec r14
    jle L916
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_368
    cmp dword ptr [rsi-2], 384
    jne label_368
    cmp qword ptr [rsi+6], 92171
    jne label_368
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx+56], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+56], 11
    jne label_352
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 535115
    jne label_352
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1427
    mov rax, rsi
    add rax, rdx
    short jno L1428
L1427:
    call 140320710853080
L1428:
    mov qword ptr [rbx+24], rax
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1429
    mov ecx, 7
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1429:
    sub rsp, 40
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1430:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1431
    mov ecx, 1
    call 140320710850576
L1431:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 536075
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+24], 535115
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp scan1/5
# label_L
label_352:
# allocate_tt
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1432
    mov ecx, 8
    call 140320710850576
L1432:
    sub rsp, 64
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
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+56], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+56]
    cmp rsi, 11
    je label_355
    cmp rsi, 75
    je label_353
    jmp label_366
# label_L
label_353:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 536075
# line_I
# i_call_fun_t
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    mov rsi, 140320710850960
    lea r8, qword ptr [L1433]
    test ecx, 1
    short jne L1433
    cmp qword ptr [rcx-2], 212
    short jne L1433
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1433:
    cmovne rdi, rsi
    call rdi
.db 0x66, 0x90
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_355
    cmp rsi, 75
    je label_354
    jmp label_367
# label_L
label_354:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp], rdi
# jump_f
    jmp label_356
# label_L
label_355:
# i_move_sd
    mov qword ptr [rsp], 59
# label_L
label_356:
# is_eq_exact_fss
    cmp qword ptr [rsp+32], 535115
    jne label_359
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+48]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_358
# is_nil_fS
    cmp qword ptr [rsp], 59
    jne label_357
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1434:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_362
# label_L
label_357:
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# i_call_ext_e
L1435:
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
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_ext_e
L1436:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_362
# label_L
label_358:
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1437:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_362
# label_L
label_359:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+48]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_361
# is_nil_fS
    cmp qword ptr [rsp], 59
    jne label_360
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1438
    xor ecx, ecx
.db 0x90
    call 140320710850576
L1438:
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
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_call_ext_e
L1439:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_362
# label_L
label_360:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1440
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1440:
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
    mov qword ptr [rbx], rdi
# i_call_ext_e
L1441:
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
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_ext_e
L1442:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_362
# label_L
label_361:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1443
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1443:
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
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_ext_e
L1444:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# label_L
label_362:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+40]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1445
    mov rax, rsi
    add rax, rdx
    short jno L1446
L1445:
    call 140320710853080
L1446:
    mov qword ptr [rbx+8], rax
# is_eq_exact_fss
    cmp qword ptr [rsp+32], 535115
    jne label_363
# i_move_sd
    mov qword ptr [rbx+16], 535115
# jump_f
    jmp label_364
# label_L
label_363:
# is_integer_fs
    mov rdi, qword ptr [rsp+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1447
    test al, 1
    jne label_365
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_365
L1447:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# label_L
label_364:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1448
    mov ecx, 3
.db 0x90
    call 140320710850576
L1448:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 536075
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+48], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 64
    jmp scan1/5
# label_L
label_365:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 64
    jmp '-inlined-new_column/2-'/2
# label_L
label_366:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1449
    mov ecx, 8
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1449:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 4747
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1450:
L1451:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1450]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 64
# return
    dec r14
    jl L917
    ret
# label_L
label_367:
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_368:
# badrecord_s
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_369:
# i_func_info_IaaI
# erl_scan:scan_spcs/6
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x32, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
scan_spcs/6:
# i_breakpoint_trampoline
    short jmp L1452
.db 0x00
    call L918
    align 8
L1452:
# i_test_yield
    lea rdx, qword ptr [scan_spcs/6+24]
    dec r14
    jle L916
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_371
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+48], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+48], 527
    jne label_372
# is_lt_fss
    mov esi, 271
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1453
    cmp rdi, rsi
    short jmp L1454
L1453:
    call 140320710848608
L1454:
    jge label_372
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+40]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1455
    mov rax, rsi
    add rax, rdx
    short jno L1456
L1455:
    call 140320710853080
L1456:
    mov qword ptr [rbx+40], rax
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_spcs/6
# label_L
label_371:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_372
# test_heap_It
    lea rdx, qword ptr [r15+152]
    cmp rdx, rsp
    short jbe L1457
    mov ecx, 6
.db 0x90
    call 140320710850576
L1457:
# i_make_fun3_FStt
L1458:
    long mov rsi, 9223372036854775807
    mov edx, 6
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
    mov edi, 384
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 59
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+32], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+40], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+48], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 56
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 26763
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_372:
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1459
    mov ecx, 6
    call 140320710850576
L1459:
    sub rsp, 48
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call spcs/1
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+40], 536075
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+64], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 48
    jmp tok3/9
# func_line_I
# aligned_label_Lt
    align 8
label_373:
# i_func_info_IaaI
# erl_scan:scan_tabs/6
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x32, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
scan_tabs/6:
# i_breakpoint_trampoline
    short jmp L1460
.db 0x00
    call L918
    align 8
L1460:
# i_test_yield
    lea rdx, qword ptr [scan_tabs/6+24]
    dec r14
    jle L916
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_375
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+48], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+48], 159
    jne label_376
# is_lt_fss
    mov esi, 175
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1461
    cmp rdi, rsi
    short jmp L1462
L1461:
    call 140320710848608
L1462:
    jge label_376
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+40]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1463
    mov rax, rsi
    add rax, rdx
    short jno L1464
L1463:
    call 140320710853080
L1464:
    mov qword ptr [rbx+40], rax
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_tabs/6
# label_L
label_375:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_376
# test_heap_It
    lea rdx, qword ptr [r15+152]
    cmp rdx, rsp
    short jbe L1465
    mov ecx, 6
.db 0x90
    call 140320710850576
L1465:
# i_make_fun3_FStt
L1466:
    long mov rsi, 9223372036854775807
    mov edx, 6
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
    mov edi, 384
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 59
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+32], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+40], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+48], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 56
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 26763
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_376:
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1467
    mov ecx, 6
    call 140320710850576
L1467:
    sub rsp, 48
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call tabs/1
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+40], 536075
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+64], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 48
    jmp tok3/9
# func_line_I
# aligned_label_Lt
    align 8
label_377:
# i_func_info_IaaI
# erl_scan:skip_white_space/6
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x32, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
skip_white_space/6:
# i_breakpoint_trampoline
    short jmp L1468
.db 0x00
    call L918
    align 8
L1468:
# i_test_yield
    lea rdx, qword ptr [skip_white_space/6+24]
    dec r14
    jle L916
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_383
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+48], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+48], 175
    jne label_381
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1469
    mov rax, rsi
    add rax, rdx
    short jno L1470
L1469:
    call 140320710853080
L1470:
    mov qword ptr [rbx], rax
# is_ne_exact_fss
    cmp qword ptr [rbx+24], 535115
    je label_379
# is_integer_fs
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1471
    test al, 1
    jne label_380
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_380
L1471:
# i_move_sd
    mov qword ptr [rbx+24], 31
# label_L
label_379:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+40], 15
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp skip_white_space/6
# label_L
label_380:
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp '-inlined-new_column/2-'/2
# label_L
label_381:
# is_integer_fs
    mov rdi, qword ptr [rbx+48]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1472
    test al, 1
    jne label_384
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_384
L1472:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+48]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1473
    cmp rdi, rsi
    short jmp L1474
L1473:
    call 140320710848608
L1474:
    jl label_384
# is_lt_fss
    mov rsi, qword ptr [rbx+48]
    mov edi, 527
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1475
    cmp rdi, rsi
    short jmp L1476
L1475:
    call 140320710848608
L1476:
    jge label_382
# is_ge_fss
    mov esi, 2063
    mov rdi, qword ptr [rbx+48]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1477
    cmp rdi, rsi
    short jmp L1478
L1477:
    call 140320710848608
L1478:
    jl label_384
# is_ge_fss
    mov rsi, qword ptr [rbx+48]
    mov edi, 2575
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1479
    cmp rdi, rsi
    short jmp L1480
L1479:
    call 140320710848608
L1480:
    jl label_384
# label_L
label_382:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+40]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1481
    mov rax, rsi
    add rax, rdx
    short jno L1482
L1481:
    call 140320710853080
L1482:
    mov qword ptr [rbx+40], rax
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp skip_white_space/6
# label_L
label_383:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_384
# test_heap_It
    lea rdx, qword ptr [r15+152]
    cmp rdx, rsp
    short jbe L1483
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L1483:
# i_make_fun3_FStt
L1484:
    long mov rsi, 9223372036854775807
    mov edx, 6
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
    mov edi, 384
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 59
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+32], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+40], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+48], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 56
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 26763
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_384:
# is_ne_exact_fss
    cmp qword ptr [rbx+24], 535115
    je label_385
# is_integer_fs
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1485
    test al, 1
    jne label_386
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_386
L1485:
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rdx, qword ptr [rbx+40]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1487
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1486
L1487:
    call 140320710853728
L1486:
    mov qword ptr [rbx+24], rax
# label_L
label_385:
# i_call_only_f
    jmp scan1/5
# label_L
label_386:
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp '-inlined-incr_column/2-'/2
# func_line_I
# aligned_label_Lt
    align 8
label_387:
# i_func_info_IaaI
# erl_scan:scan_white_space/6
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x33, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
scan_white_space/6:
# i_breakpoint_trampoline
    short jmp L1488
.db 0x00
    call L918
    align 8
L1488:
# i_test_yield
    lea rdx, qword ptr [scan_white_space/6+24]
    dec r14
    jle L916
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_391
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+48], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+48], 175
    jne label_389
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+48], rdi
    mov qword ptr [rbx+56], 15
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+64], rdi
# i_length_jtd
    align 4
L1489:
    mov esi, 6
    lea rdx, qword ptr [L1489]
    call 140320710852592
    mov qword ptr [rbx+48], rax
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1490
    mov ecx, 7
.db 0x66, 0x90
    call 140320710850576
L1490:
    sub rsp, 48
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rsp], rdi
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
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# i_call_ext_e
L1491:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+40], 536075
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+64], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 48
    jmp tok3/9
# label_L
label_389:
# is_integer_fs
    mov rdi, qword ptr [rbx+48]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1492
    test al, 1
    jne label_392
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_392
L1492:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+48]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1493
    cmp rdi, rsi
    short jmp L1494
L1493:
    call 140320710848608
L1494:
    jl label_392
# is_lt_fss
    mov rsi, qword ptr [rbx+48]
    mov edi, 527
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1495
    cmp rdi, rsi
    short jmp L1496
L1495:
    call 140320710848608
L1496:
    jge label_390
# is_ge_fss
    mov esi, 2063
    mov rdi, qword ptr [rbx+48]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1497
    cmp rdi, rsi
    short jmp L1498
L1497:
    call 140320710848608
L1498:
    jl label_392
# is_ge_fss
    mov rsi, qword ptr [rbx+48]
    mov edi, 2575
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1499
    cmp rdi, rsi
    short jmp L1500
L1499:
    call 140320710848608
L1500:
    jl label_392
# label_L
label_390:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1501
    mov ecx, 8
.db 0x90
    call 140320710850576
L1501:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_white_space/6
# label_L
label_391:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_392
# test_heap_It
    lea rdx, qword ptr [r15+152]
    cmp rdx, rsp
    short jbe L1502
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1502:
# i_make_fun3_FStt
L1503:
    long mov rsi, 9223372036854775807
    mov edx, 6
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
    mov edi, 384
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 59
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+32], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+40], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+48], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 56
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 26763
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_392:
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+48], rdi
    mov qword ptr [rbx+56], 15
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+64], rdi
# i_length_jtd
    align 4
L1504:
    mov esi, 6
    lea rdx, qword ptr [L1504]
    call 140320710852592
    mov qword ptr [rbx+48], rax
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1505
    mov ecx, 7
.db 0x66, 0x90
    call 140320710850576
L1505:
    sub rsp, 48
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rsp], rdi
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
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# i_call_ext_e
L1506:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+40], 536075
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+64], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 48
    jmp tok3/9
# func_line_I
# aligned_label_Lt
    align 8
label_393:
# i_func_info_IaaI
# erl_scan:scan_char/5
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x33, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
scan_char/5:
# i_breakpoint_trampoline
    short jmp L1507
.db 0x00
    call L918
    align 8
L1507:
# i_test_yield
    lea rdx, qword ptr [scan_char/5+24]
    dec r14
    jle L916
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_460
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+40], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+40]
    cmp rsi, 175
    je label_426
    cmp rsi, 1487
    je label_395
    jmp label_441
# label_L
label_395:
# allocate_tt
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1508
    mov ecx, 7
.db 0x66, 0x90
    call 140320710850576
L1508:
    sub rsp, 64
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+24], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+56], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 535115
    jne label_396
# i_move_sd
    mov qword ptr [rbx+8], 535115
# jump_f
    jmp label_397
# label_L
label_396:
# is_integer_fs
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1509
    test al, 1
    jne label_425
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_425
L1509:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+24]
    mov edx, 32
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1510
    add rax, rdx
    short jno L1511
L1510:
    call 140320710853080
L1511:
    mov qword ptr [rbx+8], rax
# label_L
label_397:
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call scan_escape/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_424
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 128
    je label_423
    cmp esi, 256
    je label_410
    cmp esi, 320
    je label_398
    jne label_469
# label_L
label_398:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 334219
    jne label_469
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp+48]
    rex test sil, 1
    jne label_466
    cmp dword ptr [rsi-2], 384
    jne label_466
    cmp qword ptr [rsi+6], 92171
    jne label_466
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_401
    cmp rsi, 75
    je label_399
    jmp label_409
# label_L
label_399:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1512
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1512:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rsp+56], rdi
# put_cons_ss
    mov qword ptr [r15], 1487
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov qword ptr [r15], 591
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+48]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 245451
# line_I
# i_call_fun_t
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    mov rsi, 140320710850960
    lea r8, qword ptr [L1513]
    test ecx, 1
    short jne L1513
    cmp qword ptr [rcx-2], 212
    short jne L1513
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1513:
    cmovne rdi, rsi
    call rdi
.db 0x90
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_401
    cmp rsi, 75
    je label_400
    jmp label_465
# label_L
label_400:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1514
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1514:
# put_cons_ss
    mov qword ptr [r15], 1487
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 591
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+56], rdi
# jump_f
    jmp label_402
# label_L
label_401:
# i_move_sd
    mov qword ptr [rsp+56], 59
# label_L
label_402:
# is_eq_exact_fss
    cmp qword ptr [rsp+32], 535115
    jne label_405
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+48]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_404
# is_nil_fS
    cmp qword ptr [rsp+56], 59
    jne label_403
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+32], rax
    mov qword ptr [rsp+56], rax
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1515:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_408
# label_L
label_403:
# init_yregs_I
    mov qword ptr [rsp+32], 59
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# i_call_ext_e
L1516:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+56], 59
# line_I
# i_call_ext_e
L1517:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_408
# label_L
label_404:
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+32], rax
    mov qword ptr [rsp+56], rax
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1518:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_408
# label_L
label_405:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+48]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_407
# is_nil_fS
    cmp qword ptr [rsp+56], 59
    jne label_406
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1519
    xor ecx, ecx
    call 140320710850576
L1519:
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
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+32], rax
    mov qword ptr [rsp+56], rax
# i_call_ext_e
L1520:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_408
# label_L
label_406:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1521
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1521:
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
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+32], 59
# i_call_ext_e
L1522:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+56], 59
# line_I
# i_call_ext_e
L1523:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_408
# label_L
label_407:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1524
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1524:
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
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+32], rax
    mov qword ptr [rsp+56], rax
# line_I
# i_call_ext_e
L1525:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# label_L
label_408:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1526
    mov ecx, 1
    call 140320710850576
L1526:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 245451
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+40]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1527
    mov rax, rsi
    add rax, rdx
    short jno L1528
L1527:
    call 140320710853080
L1528:
    mov qword ptr [rbx+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 64
    jmp scan1/5
# label_L
label_409:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1529
    mov ecx, 1
.db 0x90
    call 140320710850576
L1529:
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
    add rsp, 64
# return
    dec r14
    jl L917
    ret
# label_L
label_410:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp+56], rdi
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+14], 1
    vmovups xmmword ptr [rsp], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rsp+16], rdi
# is_eq_exact_fss
    cmp qword ptr [rsp+56], 779
    jne label_411
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 64
    jmp scan_error/6
# label_L
label_411:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp+48]
    rex test sil, 1
    jne label_468
    cmp dword ptr [rsi-2], 384
    jne label_468
    cmp qword ptr [rsi+6], 92171
    jne label_468
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_414
    cmp rsi, 75
    je label_412
    jmp label_422
# label_L
label_412:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1532
    xor ecx, ecx
.db 0x90
    call 140320710850576
L1532:
# put_cons_ss
    mov qword ptr [r15], 1487
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov qword ptr [r15], 591
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+48]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 245451
# line_I
# i_call_fun_t
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    mov rsi, 140320710850960
    lea r8, qword ptr [L1533]
    test ecx, 1
    short jne L1533
    cmp qword ptr [rcx-2], 212
    short jne L1533
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1533:
    cmovne rdi, rsi
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_414
    cmp rsi, 75
    je label_413
    jmp label_467
# label_L
label_413:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1534
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1534:
# put_cons_ss
    mov qword ptr [r15], 1487
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 591
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# jump_f
    jmp label_415
# label_L
label_414:
# i_move_sd
    mov qword ptr [rsp+8], 59
# label_L
label_415:
# is_eq_exact_fss
    cmp qword ptr [rsp+32], 535115
    jne label_418
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+48]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_417
# is_nil_fS
    cmp qword ptr [rsp+8], 59
    jne label_416
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+8], rax
    mov qword ptr [rsp+32], rax
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1535:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_421
# label_L
label_416:
# init_yregs_I
    mov qword ptr [rsp+32], 59
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# i_call_ext_e
L1536:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_ext_e
L1537:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_421
# label_L
label_417:
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+8], rax
    mov qword ptr [rsp+32], rax
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1538:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_421
# label_L
label_418:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+48]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_420
# is_nil_fS
    cmp qword ptr [rsp+8], 59
    jne label_419
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1539
    xor ecx, ecx
    call 140320710850576
L1539:
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
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+8], rax
    mov qword ptr [rsp+32], rax
# i_call_ext_e
L1540:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_421
# label_L
label_419:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1541
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1541:
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
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+32], 59
# i_call_ext_e
L1542:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_ext_e
L1543:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_421
# label_L
label_420:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1544
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1544:
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
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+8], rax
    mov qword ptr [rsp+32], rax
# line_I
# i_call_ext_e
L1545:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# label_L
label_421:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1546
    mov ecx, 1
    call 140320710850576
L1546:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 245451
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+40], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 64
    jmp scan1/5
# label_L
label_422:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1547
    mov ecx, 1
    call 140320710850576
L1547:
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
L1548:
L1549:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1548]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 64
# return
    dec r14
    jl L917
    ret
# label_L
label_423:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 14091
    jne label_469
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+32], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+40], 14091
# i_move_sd
    mov qword ptr [rbx], 245451
# i_call_last_ft
    add rsp, 64
    jmp scan_error/6
# label_L
label_424:
# test_heap_It
    lea rdx, qword ptr [r15+168]
    cmp rdx, rsp
    short jbe L1550
    xor ecx, ecx
    call 140320710850576
L1550:
# i_make_fun3_FStt
L1551:
    long mov rsi, 9223372036854775807
    mov edx, 6
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
# put_cons_ss
    mov qword ptr [r15], 591
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 384
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], 59
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+48], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 56
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 26763
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 64
# return
    dec r14
    jl L917
    ret
# label_L
label_425:
# i_move_sd
    mov qword ptr [rbx+8], 47
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 64
    jmp '-inlined-incr_column/2-'/2
# label_L
label_426:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_471
    cmp dword ptr [rsi-2], 384
    jne label_471
    cmp qword ptr [rsi+6], 92171
    jne label_471
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1552
    mov ecx, 7
.db 0x90
    call 140320710850576
L1552:
    sub rsp, 48
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rsp+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+32], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_429
    cmp rsi, 75
    je label_427
    jmp label_440
# label_L
label_427:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# i_move_sd
L1553:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 245451
# line_I
# i_call_fun_t
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    mov rsi, 140320710850960
    lea r8, qword ptr [L1554]
    test ecx, 1
    short jne L1554
    cmp qword ptr [rcx-2], 212
    short jne L1554
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1554:
    cmovne rdi, rsi
    call rdi
.db 0x66, 0x90
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_429
    cmp rsi, 75
    je label_428
    jmp label_470
# label_L
label_428:
# i_move_sd
L1555:
    long mov rdi, 9223372036854775807
    mov qword ptr [rsp], rdi
# jump_f
    jmp label_430
# label_L
label_429:
# i_move_sd
    mov qword ptr [rsp], 59
# label_L
label_430:
# is_eq_exact_fss
    cmp qword ptr [rsp+24], 535115
    jne label_433
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+40]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_432
# is_nil_fS
    cmp qword ptr [rsp], 59
    jne label_431
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1556:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_436
# label_L
label_431:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_ext_e
L1557:
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
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_ext_e
L1558:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_436
# label_L
label_432:
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1559:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_436
# label_L
label_433:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+40]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_435
# is_nil_fS
    cmp qword ptr [rsp], 59
    jne label_434
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1560
    xor ecx, ecx
.db 0x90
    call 140320710850576
L1560:
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
# init_yregs_I
    mov qword ptr [rsp], 59
# i_call_ext_e
L1561:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_436
# label_L
label_434:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1562
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1562:
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
# i_call_ext_e
L1563:
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
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_ext_e
L1564:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_436
# label_L
label_435:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1565
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1565:
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
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_ext_e
L1566:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# label_L
label_436:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+32]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1567
    mov rax, rsi
    add rax, rdx
    short jno L1568
L1567:
    call 140320710853080
L1568:
    mov qword ptr [rbx+8], rax
# is_eq_exact_fss
    cmp qword ptr [rsp+24], 535115
    jne label_437
# i_move_sd
    mov qword ptr [rbx+16], 535115
# jump_f
    jmp label_438
# label_L
label_437:
# is_integer_fs
    mov rdi, qword ptr [rsp+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1569
    test al, 1
    jne label_439
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_439
L1569:
# i_move_sd
    mov qword ptr [rbx+16], 31
# label_L
label_438:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1570
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1570:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 245451
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], 175
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp scan1/5
# label_L
label_439:
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp '-inlined-new_column/2-'/2
# label_L
label_440:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1571
    mov ecx, 1
    call 140320710850576
L1571:
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
L1572:
L1573:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1572]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L917
    ret
# label_L
label_441:
# is_integer_fs
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1574
    test al, 1
    jne label_393
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_393
L1574:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+40]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1575
    cmp rdi, rsi
    short jmp L1576
L1575:
    call 140320710848608
L1576:
    jl label_393
# is_ge_fss
    mov esi, 884751
    mov rdi, qword ptr [rbx+40]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1577
    cmp rdi, rsi
    short jmp L1578
L1577:
    call 140320710848608
L1578:
    jl label_442
# is_lt_fss
    mov rsi, qword ptr [rbx+40]
    mov edi, 917503
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1579
    cmp rdi, rsi
    short jmp L1580
L1579:
    call 140320710848608
L1580:
    jge label_457
# is_ge_fss
    mov esi, 1048559
    mov rdi, qword ptr [rbx+40]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1581
    cmp rdi, rsi
    short jmp L1582
L1581:
    call 140320710848608
L1582:
    jl label_442
# is_lt_fss
    mov rsi, qword ptr [rbx+40]
    mov edi, 1048575
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1583
    cmp rdi, rsi
    short jmp L1584
L1583:
    call 140320710848608
L1584:
    jge label_457
# is_ge_fss
    mov rsi, qword ptr [rbx+40]
    mov edi, 17825791
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1585
    cmp rdi, rsi
    short jmp L1586
L1585:
    call 140320710848608
L1586:
    jl label_457
# label_L
label_442:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_473
    cmp dword ptr [rsi-2], 384
    jne label_473
    cmp qword ptr [rsi+6], 92171
    jne label_473
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1587
    mov ecx, 7
    call 140320710850576
L1587:
    sub rsp, 56
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+40]
    movups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+24], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+40], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_445
    cmp rsi, 75
    je label_443
    jmp label_456
# label_L
label_443:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1588
    xor ecx, ecx
.db 0x90
    call 140320710850576
L1588:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov qword ptr [r15], 591
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+48]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 245451
# line_I
# i_call_fun_t
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    mov rsi, 140320710850960
    lea r8, qword ptr [L1589]
    test ecx, 1
    short jne L1589
    cmp qword ptr [rcx-2], 212
    short jne L1589
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1589:
    cmovne rdi, rsi
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_445
    cmp rsi, 75
    je label_444
    jmp label_472
# label_L
label_444:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1590
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1590:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 591
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# jump_f
    jmp label_446
# label_L
label_445:
# i_move_sd
    mov qword ptr [rsp], 59
# label_L
label_446:
# is_eq_exact_fss
    cmp qword ptr [rsp+32], 535115
    jne label_449
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+48]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_448
# is_nil_fS
    cmp qword ptr [rsp], 59
    jne label_447
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1591:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_452
# label_L
label_447:
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# i_call_ext_e
L1592:
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
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_ext_e
L1593:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_452
# label_L
label_448:
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1594:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_452
# label_L
label_449:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+48]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_451
# is_nil_fS
    cmp qword ptr [rsp], 59
    jne label_450
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1595
    xor ecx, ecx
.db 0x90
    call 140320710850576
L1595:
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
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_call_ext_e
L1596:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_452
# label_L
label_450:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1597
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1597:
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
    mov qword ptr [rbx], rdi
# i_call_ext_e
L1598:
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
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_ext_e
L1599:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_452
# label_L
label_451:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1600
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1600:
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
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_ext_e
L1601:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# label_L
label_452:
# is_eq_exact_fss
    cmp qword ptr [rsp+32], 535115
    jne label_453
# i_move_sd
    mov qword ptr [rbx+8], 535115
# jump_f
    jmp label_454
# label_L
label_453:
# is_integer_fs
    mov rdi, qword ptr [rsp+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1602
    test al, 1
    jne label_455
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_455
L1602:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+32]
    mov edx, 32
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1603
    add rax, rdx
    short jno L1604
L1603:
    call 140320710853080
L1604:
    mov qword ptr [rbx+8], rax
# label_L
label_454:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1605
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1605:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 245451
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp scan1/5
# label_L
label_455:
# i_move_sd
    mov qword ptr [rbx+8], 47
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp '-inlined-incr_column/2-'/2
# label_L
label_456:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1606
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1606:
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
L1607:
L1608:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1607]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 56
# return
    dec r14
    jl L917
    ret
# label_L
label_457:
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 535115
    jne label_458
# i_move_sd
    mov qword ptr [rbx+32], 535115
# jump_f
    jmp label_459
# label_L
label_458:
# is_integer_fs
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1609
    test al, 1
    jne label_463
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_463
L1609:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+24]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1610
    add rax, rdx
    short jno L1611
L1610:
    call 140320710853080
L1611:
    mov qword ptr [rbx+32], rax
# label_L
label_459:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov qword ptr [rbx+40], 14091
# i_move_sd
L1612:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_error/6
# label_L
label_460:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_464
# is_eq_exact_fss
    cmp qword ptr [rbx], 14091
    jne label_393
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 535115
    jne label_461
# i_move_sd
    mov qword ptr [rbx+32], 535115
# jump_f
    jmp label_462
# label_L
label_461:
# is_integer_fs
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1613
    test al, 1
    jne label_463
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_463
L1613:
# i_increment_SWd
    mov rsi, qword ptr [rbx+24]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1614
    add rax, rdx
    short jno L1615
L1614:
    call 140320710853080
L1615:
    mov qword ptr [rbx+32], rax
# label_L
label_462:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov qword ptr [rbx+40], 14091
# i_move_sd
    mov qword ptr [rbx], 245451
# i_call_only_f
    jmp scan_error/6
# label_L
label_463:
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp '-inlined-incr_column/2-'/2
# label_L
label_464:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_393
# test_heap_It
    lea rdx, qword ptr [r15+152]
    cmp rdx, rsp
    short jbe L1616
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1616:
# i_make_fun3_FStt
L1617:
    long mov rsi, 9223372036854775807
    mov edx, 6
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
    mov edi, 384
    mov qword ptr [r15], rdi
# Move tuple data
L1618:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], 59
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+48], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 56
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 26763
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_465:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_466:
# badrecord_s
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# label_L
label_467:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_468:
# badrecord_s
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# label_L
label_469:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_470:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_471:
# badrecord_s
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
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
# badrecord_s
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_474:
# i_func_info_IaaI
# erl_scan:scan_string/6
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x33, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
scan_string/6:
# i_breakpoint_trampoline
    short jmp L1619
.db 0x00
    call L918
    align 8
L1619:
# i_test_yield
    lea rdx, qword ptr [scan_string/6+24]
    dec r14
    jle L916
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+40]
    rex test sil, 1
    short jne label_474
    cmp dword ptr [rsi-2], 256
    short jne label_474
# allocate_tt
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L1620
    mov ecx, 6
.db 0x90
    call 140320710850576
L1620:
    sub rsp, 72
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    mov ecx, 6
    rep stos qword ptr [rdi], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+48], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+64], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+40]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx+40], xmm0
# i_move_sd
    mov qword ptr [rbx+32], 559
# line_I
# i_call_f
.db 0x90
    call scan_string0/7
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+48]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+22]
    movups xmmword ptr [rsp+40], xmm0
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 320
    je label_479
    cmp esi, 384
    je label_476
    jne label_493
# label_L
label_476:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+22]
    movups xmmword ptr [rbx+24], xmm0
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+38]
    movups xmmword ptr [rbx+40], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 26763
    je label_477
    cmp rsi, 537547
    je label_478
    jmp label_493
# label_L
label_477:
# test_heap_It
    lea rdx, qword ptr [r15+192]
    cmp rdx, rsp
    short jbe L1621
    mov ecx, 7
.db 0x90
    call 140320710850576
L1621:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [r15+8], xmm0
# (moving two elements at once)
    movups xmm0, xmmword ptr [rsp+40]
    movups xmmword ptr [r15+24], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# i_make_fun3_FStt
L1622:
    long mov rsi, 9223372036854775807
    mov edx, 6
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
    mov edi, 384
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+32], rdi
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+40], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 56
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 26763
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
    jl L917
    ret
# label_L
label_478:
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# swap_dd
    mov rdi, qword ptr [rbx+40]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+32], rdi
# i_call_last_ft
    add rsp, 72
    jmp scan_error/6
# label_L
label_479:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rsp+24], xmm0
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+22], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rsp], rdi
# is_eq_exact_fss
    cmp qword ptr [rsp+32], 779
    jne label_480
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_move_sd
    mov qword ptr [rbx+16], 271
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+64], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsp+56], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rsp+32], rdi
# i_trim_t
    add rsp, 32
# line_I
# i_call_ext_e
L1623:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1624
    mov ecx, 1
    call 140320710850576
L1624:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 60811
    mov qword ptr [r15+16], 559
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+24]
    movups xmmword ptr [rbx+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [rbx+8], xmm0
# i_call_last_ft
    add rsp, 40
    jmp scan_error/6
# label_L
label_480:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp+64]
    rex test sil, 1
    jne label_492
    cmp dword ptr [rsi-2], 384
    jne label_492
    cmp qword ptr [rsi+6], 92171
    jne label_492
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_482
    cmp rsi, 75
    je label_481
    jmp label_490
# label_L
label_481:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+64]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 60811
# line_I
# i_call_fun_t
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    mov rsi, 140320710850960
    lea r8, qword ptr [L1625]
    test ecx, 1
    short jne L1625
    cmp qword ptr [rcx-2], 212
    short jne L1625
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1625:
    cmovne rdi, rsi
    call rdi
.db 0x66, 0x90
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_482
    cmp rsi, 75
    je label_483
    jmp label_491
# label_L
label_482:
# i_move_sd
    mov qword ptr [rsp+8], 59
# label_L
label_483:
# is_eq_exact_fss
    cmp qword ptr [rsp+48], 535115
    jne label_486
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+64]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_485
# is_nil_fS
    cmp qword ptr [rsp+8], 59
    jne label_484
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+8], rax
    lea rdi, qword ptr [rsp+40]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_ext_e
L1626:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_489
# label_L
label_484:
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+40]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_call_ext_e
L1627:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_ext_e
L1628:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_489
# label_L
label_485:
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+8], rax
    lea rdi, qword ptr [rsp+40]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_ext_e
L1629:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_489
# label_L
label_486:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+64]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_488
# is_nil_fS
    cmp qword ptr [rsp+8], 59
    jne label_487
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1630
    xor ecx, ecx
    call 140320710850576
L1630:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rsp+40]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+8], rax
    lea rdi, qword ptr [rsp+40]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_call_ext_e
L1631:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_489
# label_L
label_487:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1632
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1632:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rsp+40]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+40]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_call_ext_e
L1633:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_ext_e
L1634:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_489
# label_L
label_488:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1635
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1635:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rsp+40]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+8], rax
    lea rdi, qword ptr [rsp+40]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_ext_e
L1636:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# label_L
label_489:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1637
    mov ecx, 1
    call 140320710850576
L1637:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 60811
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 72
    jmp scan1/5
# label_L
label_490:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1638
    mov ecx, 1
    call 140320710850576
L1638:
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
L1639:
L1640:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1639]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 72
# return
    dec r14
    jl L917
    ret
# label_L
label_491:
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_492:
# badrecord_s
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# label_L
label_493:
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
label_494:
# i_func_info_IaaI
# erl_scan:scan_qatom/6
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x34, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
scan_qatom/6:
# i_breakpoint_trampoline
    short jmp L1641
.db 0x00
    call L918
    align 8
L1641:
# i_test_yield
    lea rdx, qword ptr [scan_qatom/6+24]
    dec r14
    jle L916
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+40]
    rex test sil, 1
    short jne label_494
    cmp dword ptr [rsi-2], 256
    short jne label_494
# allocate_tt
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1642
    mov ecx, 6
.db 0x90
    call 140320710850576
L1642:
    sub rsp, 80
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    mov ecx, 7
    rep stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+56], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+64], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp+72], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+40]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx+40], xmm0
# i_move_sd
    mov qword ptr [rbx+32], 639
# line_I
# i_call_f
    call scan_string0/7
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+72]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+22], 1
    vmovups xmmword ptr [rsp+40], xmm0
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 320
    je label_499
    cmp esi, 384
    je label_496
    jne label_515
# label_L
label_496:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+22]
    movups xmmword ptr [rbx+24], xmm0
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+38]
    movups xmmword ptr [rbx+40], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 26763
    je label_497
    cmp rsi, 537547
    je label_498
    jmp label_515
# label_L
label_497:
# test_heap_It
    lea rdx, qword ptr [r15+192]
    cmp rdx, rsp
    short jbe L1643
    mov ecx, 7
.db 0x90
    call 140320710850576
L1643:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [r15+8], xmm0
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+40], 1
    vmovups xmmword ptr [r15+24], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# i_make_fun3_FStt
L1644:
    long mov rsi, 9223372036854775807
    mov edx, 6
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
    mov edi, 384
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+32], rdi
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+40], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 56
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 26763
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 80
# return
    dec r14
    jl L917
    ret
# label_L
label_498:
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# swap_dd
    mov rdi, qword ptr [rbx+40]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+32], rdi
# i_call_last_ft
    add rsp, 80
    jmp scan_error/6
# label_L
label_499:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rsp+24], xmm0
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+22], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rsp], rdi
# is_eq_exact_fss
    cmp qword ptr [rsp+32], 779
    jne label_500
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_move_sd
    mov qword ptr [rbx+16], 271
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+72], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rsp+56], xmm0
# i_trim_t
    add rsp, 40
# line_I
# i_call_ext_e
L1645:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1646
    mov ecx, 1
    call 140320710850576
L1646:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 60811
    mov qword ptr [r15+16], 639
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+24]
    movups xmmword ptr [rbx+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_last_ft
    add rsp, 40
    jmp scan_error/6
# label_L
label_500:
# catch_yf
    inc qword ptr [r13+264]
L1647:
    mov eax, 2147483647
    mov qword ptr [rsp+72], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# call_light_bif_be
    align 4
L1648:
L1649:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100768
    lea rdx, qword ptr [L1648]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# label_L
label_501:
# catch_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+72], 59
    cmp qword ptr [rbx], 0
    short jne L1650
    call 140320710850088
L1650:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+72], rdi
# is_atom_fs
    mov rax, qword ptr [rsp+72]
    and al, 63
    cmp al, 11
    jne label_512
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp+64]
    rex test sil, 1
    jne label_514
    cmp dword ptr [rsi-2], 384
    jne label_514
    cmp qword ptr [rsi+6], 92171
    jne label_514
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_503
    cmp rsi, 75
    je label_502
    jmp label_511
# label_L
label_502:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+64]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 3851
# line_I
# i_call_fun_t
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    mov rsi, 140320710850960
    lea r8, qword ptr [L1651]
    test ecx, 1
    short jne L1651
    cmp qword ptr [rcx-2], 212
    short jne L1651
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1651:
    cmovne rdi, rsi
    call rdi
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_503
    cmp rsi, 75
    je label_504
    jmp label_513
# label_L
label_503:
# i_move_sd
    mov qword ptr [rsp+8], 59
# label_L
label_504:
# is_eq_exact_fss
    cmp qword ptr [rsp+40], 535115
    jne label_507
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+64]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_506
# is_nil_fS
    cmp qword ptr [rsp+8], 59
    jne label_505
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+8], rax
    lea rdi, qword ptr [rsp+40]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_ext_e
L1652:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_510
# label_L
label_505:
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+40]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_call_ext_e
L1653:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_ext_e
L1654:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_510
# label_L
label_506:
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+8], rax
    lea rdi, qword ptr [rsp+40]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_ext_e
L1655:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_510
# label_L
label_507:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+64]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_509
# is_nil_fS
    cmp qword ptr [rsp+8], 59
    jne label_508
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1656
    xor ecx, ecx
    call 140320710850576
L1656:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+40], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+8], rax
    lea rdi, qword ptr [rsp+40]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_call_ext_e
L1657:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_510
# label_L
label_508:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1658
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1658:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+40], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+40]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_call_ext_e
L1659:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_ext_e
L1660:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_510
# label_L
label_509:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1661
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1661:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+40], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+8], rax
    lea rdi, qword ptr [rsp+40]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_ext_e
L1662:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# label_L
label_510:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1663
    mov ecx, 1
    call 140320710850576
L1663:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 3851
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+72]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 80
    jmp scan1/5
# label_L
label_511:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1664
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1664:
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
L1665:
L1666:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1665]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 80
# return
    dec r14
    jl L917
    ret
# label_L
label_512:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+40], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+40], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
L1667:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 80
    jmp scan_error/6
# label_L
label_513:
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_514:
# badrecord_s
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# label_L
label_515:
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
label_516:
# i_func_info_IaaI
# erl_scan:scan_string0/7
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x34, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
scan_string0/7:
# i_breakpoint_trampoline
    short jmp L1668
.db 0x00
    call L918
    align 8
L1668:
# i_test_yield
    lea rdx, qword ptr [scan_string0/7+24]
    dec r14
    jle L916
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_520
    cmp dword ptr [rsi-2], 384
    jne label_520
    cmp qword ptr [rsi+6], 92171
    jne label_520
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx+56], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+56]
    cmp rsi, 11
    je label_519
    cmp rsi, 75
    je label_518
    jmp label_520
# label_L
label_518:
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 535115
    jne label_520
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 535115
# i_call_only_f
    jmp scan_string1/6
# label_L
label_519:
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 535115
    jne label_520
# is_nil_fS
    cmp qword ptr [rbx+40], 59
    jne label_521
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 535115
# i_call_only_f
    jmp scan_string_no_col/5
# label_L
label_520:
# is_nil_fS
    cmp qword ptr [rbx+40], 59
    jne label_521
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+40], rdi
# i_call_only_f
    jmp scan_string_col/6
# label_L
label_521:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rbx+8], xmm0
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+40], rdi
# i_call_only_f
    jmp scan_string1/6
# func_line_I
# aligned_label_Lt
    align 8
label_522:
# i_func_info_IaaI
# erl_scan:scan_string_no_col/5
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x34, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
scan_string_no_col/5:
# i_breakpoint_trampoline
    short jmp L1669
.db 0x00
    call L918
    align 8
L1669:
# i_test_yield
    lea rdx, qword ptr [scan_string_no_col/5+24]
    dec r14
    jle L916
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_528
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+40], xmm0
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx+40]
    cmp qword ptr [rbx+24], rdi
    jne label_524
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1670
    mov ecx, 7
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1670:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1671:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1672
    mov ecx, 1
    call 140320710850576
L1672:
# put_tuple2_SA
# Move arity word
    mov edi, 320
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [r15+8], xmm0
    mov qword ptr [r15+24], 535115
    mov qword ptr [r15+32], 59
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+40], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 48
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L917
    ret
# label_L
label_524:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+40]
    cmp rsi, 175
    je label_525
    cmp rsi, 1487
    je label_528
    jmp label_526
# label_L
label_525:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1673
    mov rax, rsi
    add rax, rdx
    short jno L1674
L1673:
    call 140320710853080
L1674:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1675
    mov ecx, 7
.db 0x90
    call 140320710850576
L1675:
# put_cons_ss
    mov qword ptr [r15], 175
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_string_no_col/5
# label_L
label_526:
# is_integer_fs
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1676
    test al, 1
    jne label_528
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_528
L1676:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+40]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1677
    cmp rdi, rsi
    short jmp L1678
L1677:
    call 140320710848608
L1678:
    jl label_528
# is_ge_fss
    mov esi, 884751
    mov rdi, qword ptr [rbx+40]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1679
    cmp rdi, rsi
    short jmp L1680
L1679:
    call 140320710848608
L1680:
    jl label_527
# is_lt_fss
    mov rsi, qword ptr [rbx+40]
    mov edi, 917503
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1681
    cmp rdi, rsi
    short jmp L1682
L1681:
    call 140320710848608
L1682:
    jge label_528
# is_ge_fss
    mov esi, 1048559
    mov rdi, qword ptr [rbx+40]
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
    jl label_527
# is_lt_fss
    mov rsi, qword ptr [rbx+40]
    mov edi, 1048575
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1685
    cmp rdi, rsi
    short jmp L1686
L1685:
    call 140320710848608
L1686:
    jge label_528
# is_ge_fss
    mov rsi, qword ptr [rbx+40]
    mov edi, 17825791
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1687
    cmp rdi, rsi
    short jmp L1688
L1687:
    call 140320710848608
L1688:
    jl label_528
# label_L
label_527:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1689
    mov ecx, 7
    call 140320710850576
L1689:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_string_no_col/5
# label_L
label_528:
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+40], rdi
# i_call_only_f
    jmp scan_string1/6
# func_line_I
# aligned_label_Lt
    align 8
label_529:
# i_func_info_IaaI
# erl_scan:scan_string_col/6
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x34, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
scan_string_col/6:
# i_breakpoint_trampoline
    short jmp L1690
.db 0x00
    call L918
    align 8
L1690:
# i_test_yield
    lea rdx, qword ptr [scan_string_col/6+24]
    dec r14
    jle L916
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_540
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+48], xmm0
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx+48]
    cmp qword ptr [rbx+32], rdi
    jne label_536
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1691
    mov ecx, 8
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1691:
    sub rsp, 48
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+48]
    movups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1692:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp+40]
    rex test sil, 1
    jne label_542
    cmp dword ptr [rsi-2], 384
    jne label_542
    cmp qword ptr [rsi+6], 92171
    jne label_542
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_533
    cmp rsi, 75
    je label_531
    jmp label_535
# label_L
label_531:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1693
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1693:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1694:
L1695:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1694]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1696
    mov ecx, 1
    call 140320710850576
L1696:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+40]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov qword ptr [rsp+40], 59
# i_move_sd
    mov qword ptr [rbx], 3851
# i_call_fun_t
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    mov rsi, 140320710850960
    lea r8, qword ptr [L1697]
    test ecx, 1
    short jne L1697
    cmp qword ptr [rcx-2], 212
    short jne L1697
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1697:
    cmovne rdi, rsi
    call rdi
.db 0x90
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_533
    cmp rsi, 75
    je label_532
    jmp label_541
# label_L
label_532:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1698
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1698:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
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
L1699:
L1700:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1699]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1701
    mov ecx, 1
    call 140320710850576
L1701:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# jump_f
    jmp label_534
# label_L
label_533:
# i_move_sd
    mov qword ptr [rbx], 59
# label_L
label_534:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+24]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1702
    mov rax, rsi
    add rax, rdx
    short jno L1703
L1702:
    call 140320710853080
L1703:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1704
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1704:
# put_tuple2_SA
# Move arity word
    mov edi, 320
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+16], rdi
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+24], xmm0
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+40], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 48
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L917
    ret
# label_L
label_535:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1705
    mov ecx, 1
.db 0x90
    call 140320710850576
L1705:
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
L1706:
L1707:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1706]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L917
    ret
# label_L
label_536:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+48]
    cmp rsi, 175
    je label_537
    cmp rsi, 1487
    je label_540
    jmp label_538
# label_L
label_537:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1708
    mov rax, rsi
    add rax, rdx
    short jno L1709
L1708:
    call 140320710853080
L1709:
    mov qword ptr [rbx+16], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1710
    mov ecx, 8
    call 140320710850576
L1710:
# put_cons_ss
    mov qword ptr [r15], 175
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov qword ptr [rbx+24], 31
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_string_col/6
# label_L
label_538:
# is_integer_fs
    mov rdi, qword ptr [rbx+48]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1711
    test al, 1
    jne label_540
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_540
L1711:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+48]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1712
    cmp rdi, rsi
    short jmp L1713
L1712:
    call 140320710848608
L1713:
    jl label_540
# is_ge_fss
    mov esi, 884751
    mov rdi, qword ptr [rbx+48]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1714
    cmp rdi, rsi
    short jmp L1715
L1714:
    call 140320710848608
L1715:
    jl label_539
# is_lt_fss
    mov rsi, qword ptr [rbx+48]
    mov edi, 917503
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1716
    cmp rdi, rsi
    short jmp L1717
L1716:
    call 140320710848608
L1717:
    jge label_540
# is_ge_fss
    mov esi, 1048559
    mov rdi, qword ptr [rbx+48]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1718
    cmp rdi, rsi
    short jmp L1719
L1718:
    call 140320710848608
L1719:
    jl label_539
# is_lt_fss
    mov rsi, qword ptr [rbx+48]
    mov edi, 1048575
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1720
    cmp rdi, rsi
    short jmp L1721
L1720:
    call 140320710848608
L1721:
    jge label_540
# is_ge_fss
    mov rsi, qword ptr [rbx+48]
    mov edi, 17825791
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1722
    cmp rdi, rsi
    short jmp L1723
L1722:
    call 140320710848608
L1723:
    jl label_540
# label_L
label_539:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+24]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1724
    mov rax, rsi
    add rax, rdx
    short jno L1725
L1724:
    call 140320710853080
L1725:
    mov qword ptr [rbx+24], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1726
    mov ecx, 8
.db 0x90
    call 140320710850576
L1726:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_string_col/6
# label_L
label_540:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rbx+8], xmm0
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rbx+24], xmm0
# i_call_only_f
    jmp scan_string1/6
# label_L
label_541:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_542:
# badrecord_s
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_543:
# i_func_info_IaaI
# erl_scan:scan_string1/6
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x35, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
scan_string1/6:
# i_breakpoint_trampoline
    short jmp L1727
.db 0x00
    call L918
    align 8
L1727:
# i_test_yield
    lea rdx, qword ptr [scan_string1/6+24]
    dec r14
    jle L916
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_575
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+48], xmm0
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx+48]
    cmp qword ptr [rbx+24], rdi
    jne label_548
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1728
    mov ecx, 8
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1728:
    sub rsp, 40
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+48]
    movups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1729:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1730
    mov ecx, 1
    call 140320710850576
L1730:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# swap_dd
    mov rdi, qword ptr [rsp+16]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+16], rsi
# line_I
# call_light_bif_be
    align 4
L1731:
L1732:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L1731]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1733
    mov ecx, 1
    call 140320710850576
L1733:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# is_eq_exact_fss
    cmp qword ptr [rsp+24], 535115
    jne label_545
# i_move_sd
    mov qword ptr [rbx+8], 535115
# jump_f
    jmp label_546
# label_L
label_545:
# is_integer_fs
    mov rdi, qword ptr [rsp+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1734
    test al, 1
    jne label_547
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_547
L1734:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+24]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1735
    add rax, rdx
    short jno L1736
L1735:
    call 140320710853080
L1736:
    mov qword ptr [rbx+8], rax
# label_L
label_546:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1737
    mov ecx, 2
.db 0x90
    call 140320710850576
L1737:
# put_tuple2_SA
# Move arity word
    mov edi, 320
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+16], rdi
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+24], xmm0
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+40], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 48
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L917
    ret
# label_L
label_547:
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp '-inlined-incr_column/2-'/2
# label_L
label_548:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+48]
    cmp rsi, 175
    je label_563
    cmp rsi, 1487
    je label_549
    jmp label_567
# label_L
label_549:
# allocate_tt
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1738
    mov ecx, 8
    call 140320710850576
L1738:
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
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call scan_escape/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_562
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 128
    je label_558
    cmp esi, 256
    je label_551
    cmp esi, 320
    je label_550
    jne label_577
# label_L
label_550:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 334219
    jne label_577
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1739
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1739:
# put_cons_ss
    mov qword ptr [r15], 1487
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+56], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsp+40], rdi
# i_trim_t
    add rsp, 32
# line_I
# call_light_bif_be
    align 4
L1740:
L1741:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L1740]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1742
    mov ecx, 1
    call 140320710850576
L1742:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+16]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1743
    mov rax, rsi
    add rax, rdx
    short jno L1744
L1743:
    call 140320710853080
L1744:
    mov qword ptr [rbx+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+30]
    movups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_call_last_ft
    add rsp, 32
    jmp scan_string1/6
# label_L
label_551:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp+56], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+22]
    movups xmmword ptr [rsp], xmm0
# is_eq_exact_fss
    cmp qword ptr [rsp+56], 779
    jne label_554
# is_eq_exact_fss
    cmp qword ptr [rsp+8], 535115
    jne label_552
# i_move_sd
    mov qword ptr [rbx+8], 535115
# jump_f
    jmp label_553
# label_L
label_552:
# is_integer_fs
    mov rdi, qword ptr [rsp+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1745
    test al, 1
    jne label_557
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_557
L1745:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1746
    add rax, rdx
    short jno L1747
L1746:
    call 140320710853080
L1747:
    mov qword ptr [rbx+8], rax
# label_L
label_553:
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1748
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1748:
# put_tuple2_SA
# Move arity word
    mov edi, 384
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 537547
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+40], 1
    vmovups xmmword ptr [r15+32], xmm0
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+48], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 56
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 64
# return
    dec r14
    jl L917
    ret
# label_L
label_554:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1749
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1749:
# put_cons_ss
    mov qword ptr [r15], 1487
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+24], rax
    mov qword ptr [rsp+40], rax
# line_I
# call_light_bif_be
    align 4
L1750:
L1751:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L1750]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1752
    mov ecx, 1
    call 140320710850576
L1752:
# put_cons_ss
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# is_eq_exact_fss
    cmp qword ptr [rsp+8], 535115
    jne label_555
# i_move_sd
    mov qword ptr [rbx+16], 535115
# jump_f
    jmp label_556
# label_L
label_555:
# is_integer_fs
    mov rdi, qword ptr [rsp+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1753
    test al, 1
    jne label_557
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_557
L1753:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1754
    add rax, rdx
    short jno L1755
L1754:
    call 140320710853080
L1755:
    mov qword ptr [rbx+16], rax
# label_L
label_556:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 64
    jmp scan_string1/6
# label_L
label_557:
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 64
    jmp '-inlined-incr_column/2-'/2
# label_L
label_558:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 14091
    jne label_577
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 535115
    jne label_559
# i_move_sd
    mov qword ptr [rsp+56], 535115
# jump_f
    jmp label_560
# label_L
label_559:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1756
    test al, 1
    jne label_561
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_561
L1756:
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1757
    add rax, rdx
    short jno L1758
L1757:
    call 140320710853080
L1758:
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+56], rdi
# label_L
label_560:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 48
# line_I
# i_call_ext_e
L1759:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1760
    mov ecx, 1
    call 140320710850576
L1760:
# put_tuple2_SA
# Move arity word
    mov edi, 320
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
# (moving two elements at once)
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], 14091
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 48
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L917
    ret
# label_L
label_561:
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_call_last_ft
    add rsp, 64
    jmp '-inlined-incr_column/2-'/2
# label_L
label_562:
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1761
    xor ecx, ecx
.db 0x90
    call 140320710850576
L1761:
# put_tuple2_SA
# Move arity word
    mov edi, 384
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 26763
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+48], 1
    vmovups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15+32], rdi
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [r15+40], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 56
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 64
# return
    dec r14
    jl L917
    ret
# label_L
label_563:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 535115
    jne label_564
# i_move_sd
    mov qword ptr [rbx], 535115
# jump_f
    jmp label_565
# label_L
label_564:
# is_integer_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1762
    test al, 1
    jne label_566
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_566
L1762:
# i_move_sd
    mov qword ptr [rbx], 31
# label_L
label_565:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1763
    mov rax, rsi
    add rax, rdx
    short jno L1764
L1763:
    call 140320710853080
L1764:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1765
    mov ecx, 8
.db 0x90
    call 140320710850576
L1765:
# put_cons_ss
    mov qword ptr [r15], 175
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# put_cons_ss
    mov qword ptr [r15], 175
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_string1/6
# label_L
label_566:
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp '-inlined-new_column/2-'/2
# label_L
label_567:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 535115
    jne label_569
# is_integer_fs
    mov rdi, qword ptr [rbx+48]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1766
    test al, 1
    jne label_543
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_543
L1766:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+48]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1767
    cmp rdi, rsi
    short jmp L1768
L1767:
    call 140320710848608
L1768:
    jl label_543
# is_ge_fss
    mov esi, 884751
    mov rdi, qword ptr [rbx+48]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1769
    cmp rdi, rsi
    short jmp L1770
L1769:
    call 140320710848608
L1770:
    jl label_568
# is_lt_fss
    mov rsi, qword ptr [rbx+48]
    mov edi, 917503
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1771
    cmp rdi, rsi
    short jmp L1772
L1771:
    call 140320710848608
L1772:
    jge label_569
# is_ge_fss
    mov esi, 1048559
    mov rdi, qword ptr [rbx+48]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1773
    cmp rdi, rsi
    short jmp L1774
L1773:
    call 140320710848608
L1774:
    jl label_568
# is_lt_fss
    mov rsi, qword ptr [rbx+48]
    mov edi, 1048575
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1775
    cmp rdi, rsi
    short jmp L1776
L1775:
    call 140320710848608
L1776:
    jge label_569
# is_ge_fss
    mov rsi, qword ptr [rbx+48]
    mov edi, 17825791
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1777
    cmp rdi, rsi
    short jmp L1778
L1777:
    call 140320710848608
L1778:
    jl label_571
# label_L
label_568:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1779
    mov ecx, 8
    call 140320710850576
L1779:
# put_cons_ss
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov qword ptr [rbx+16], 535115
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_string1/6
# label_L
label_569:
# is_integer_fs
    mov rdi, qword ptr [rbx+48]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1780
    test al, 1
    jne label_543
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_543
L1780:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+48]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1781
    cmp rdi, rsi
    short jmp L1782
L1781:
    call 140320710848608
L1782:
    jl label_543
# is_ge_fss
    mov esi, 884751
    mov rdi, qword ptr [rbx+48]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1783
    cmp rdi, rsi
    short jmp L1784
L1783:
    call 140320710848608
L1784:
    jl label_570
# is_lt_fss
    mov rsi, qword ptr [rbx+48]
    mov edi, 917503
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1785
    cmp rdi, rsi
    short jmp L1786
L1785:
    call 140320710848608
L1786:
    jge label_571
# is_ge_fss
    mov esi, 1048559
    mov rdi, qword ptr [rbx+48]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1787
    cmp rdi, rsi
    short jmp L1788
L1787:
    call 140320710848608
L1788:
    jl label_570
# is_lt_fss
    mov rsi, qword ptr [rbx+48]
    mov edi, 1048575
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1789
    cmp rdi, rsi
    short jmp L1790
L1789:
    call 140320710848608
L1790:
    jge label_571
# is_ge_fss
    mov rsi, qword ptr [rbx+48]
    mov edi, 17825791
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1791
    cmp rdi, rsi
    short jmp L1792
L1791:
    call 140320710848608
L1792:
    jl label_571
# label_L
label_570:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1793
    mov rax, rsi
    add rax, rdx
    short jno L1794
L1793:
    call 140320710853080
L1794:
    mov qword ptr [rbx+16], rax
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1795
    mov ecx, 8
.db 0x90
    call 140320710850576
L1795:
# put_cons_ss
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_string1/6
# label_L
label_571:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 535115
    jne label_572
# i_move_sd
    mov qword ptr [rbx], 535115
# jump_f
    jmp label_573
# label_L
label_572:
# is_integer_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1796
    test al, 1
    jne label_574
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_574
L1796:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1797
    add rax, rdx
    short jno L1798
L1797:
    call 140320710853080
L1798:
    mov qword ptr [rbx], rax
# label_L
label_573:
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1799
    mov ecx, 8
    call 140320710850576
L1799:
# put_tuple2_SA
# Move arity word
    mov edi, 384
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 537547
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+16], rdi
L1800:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+24], rdi
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+32], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+48], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 56
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_574:
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp '-inlined-incr_column/2-'/2
# label_L
label_575:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_576
# is_eq_exact_fss
    cmp qword ptr [rbx], 14091
    jne label_543
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1801
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1801:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1802:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1803
    mov ecx, 1
    call 140320710850576
L1803:
# put_tuple2_SA
# Move arity word
    mov edi, 320
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], 14091
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 48
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L917
    ret
# label_L
label_576:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_543
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1804
    mov ecx, 6
.db 0x90
    call 140320710850576
L1804:
# put_tuple2_SA
# Move arity word
    mov edi, 384
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 26763
    mov qword ptr [r15+16], 59
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+24], xmm0
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [r15+40], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 56
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_577:
# line_I
# case_end_s
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_578:
# i_func_info_IaaI
# erl_scan:scan_escape/2
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x35, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
scan_escape/2:
# i_breakpoint_trampoline
    short jmp L1805
.db 0x00
    call L918
    align 8
L1805:
# i_test_yield
    lea rdx, qword ptr [scan_escape/2+24]
    dec r14
    jle L916
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_623
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_585
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+32], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+40]
    test al, 2
    jne label_582
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+48], xmm0
# is_ge_fss
    mov esi, 783
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1806
    cmp rdi, rsi
    short jmp L1807
L1806:
    call 140320710848608
L1807:
    jl label_588
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 895
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1808
    cmp rdi, rsi
    short jmp L1809
L1808:
    call 140320710848608
L1809:
    jl label_588
# is_ge_fss
    mov esi, 783
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1810
    cmp rdi, rsi
    short jmp L1811
L1810:
    call 140320710848608
L1811:
    jl label_586
# is_ge_fss
    mov rsi, qword ptr [rbx+32]
    mov edi, 895
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1812
    cmp rdi, rsi
    short jmp L1813
L1812:
    call 140320710848608
L1813:
    jl label_586
# is_ge_fss
    mov esi, 783
    mov rdi, qword ptr [rbx+48]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1814
    cmp rdi, rsi
    short jmp L1815
L1814:
    call 140320710848608
L1815:
    jl label_583
# is_ge_fss
    mov rsi, qword ptr [rbx+48]
    mov edi, 895
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1816
    cmp rdi, rsi
    short jmp L1817
L1816:
    call 140320710848608
L1817:
    jl label_583
# line_I
# i_times_jssd
    mov rsi, qword ptr [rbx+16]
    mov edx, 143
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1819
# mul with overflow check, imm RHS
    mov rax, rsi
    mov rcx, 8
    and rax, -16
    imul rax, rcx
    short jo L1819
    or rax, 15
    short jmp L1818
L1819:
    call 140320710854432
L1818:
    mov qword ptr [rbx], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rbx+32]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1821
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1820
L1821:
    call 140320710853728
L1820:
    mov qword ptr [rbx], rax
# i_times_jssd
    mov rsi, qword ptr [rbx]
    mov edx, 143
# simplified test for small operand since it is a number
    test esi, 1
    short je L1823
# mul with overflow check, imm RHS
    mov rax, rsi
    mov rcx, 8
    and rax, -16
    imul rax, rcx
    short jo L1823
    or rax, 15
    short jmp L1822
L1823:
    call 140320710854432
L1822:
    mov qword ptr [rbx], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rbx+48]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1825
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1824
L1825:
    call 140320710853728
L1824:
    mov qword ptr [rbx], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov rdx, -56064
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1826
    add rax, rdx
    short jno L1827
L1826:
    call 140320710853080
L1827:
    mov qword ptr [rbx], rax
# is_ne_exact_fss
    cmp qword ptr [rbx+8], 535115
    je label_580
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1828
    test al, 1
    jne label_581
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_581
L1828:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 48
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1829
    add rax, rdx
    short jno L1830
L1829:
    call 140320710853080
L1830:
    mov qword ptr [rbx+8], rax
# label_L
label_580:
# test_heap_It
    lea rdx, qword ptr [r15+120]
    cmp rdx, rsp
    short jbe L1831
    mov ecx, 8
.db 0x90
    call 140320710850576
L1831:
# put_cons_ss
    mov rdi, qword ptr [rbx+48]
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
    mov qword ptr [rbx+24], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_581:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 63
# i_call_only_f
    jmp '-inlined-incr_column/2-'/2
# label_L
label_582:
# is_nil_fS
    cmp qword ptr [rbx+40], 59
    jne label_583
# is_ge_fss
    mov esi, 783
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1832
    cmp rdi, rsi
    short jmp L1833
L1832:
    call 140320710848608
L1833:
    jl label_588
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 895
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1834
    cmp rdi, rsi
    short jmp L1835
L1834:
    call 140320710848608
L1835:
    jl label_588
# is_ge_fss
    mov esi, 783
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1836
    cmp rdi, rsi
    short jmp L1837
L1836:
    call 140320710848608
L1837:
    jl label_586
# is_ge_fss
    mov rsi, qword ptr [rbx+32]
    mov edi, 895
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1838
    cmp rdi, rsi
    short jmp L1839
L1838:
    call 140320710848608
L1839:
    jl label_586
# jump_f
    jmp label_625
# label_L
label_583:
# is_ge_fss
    mov esi, 783
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1840
    cmp rdi, rsi
    short jmp L1841
L1840:
    call 140320710848608
L1841:
    jl label_588
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 895
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1842
    cmp rdi, rsi
    short jmp L1843
L1842:
    call 140320710848608
L1843:
    jl label_588
# is_ge_fss
    mov esi, 783
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1844
    cmp rdi, rsi
    short jmp L1845
L1844:
    call 140320710848608
L1845:
    jl label_586
# is_ge_fss
    mov rsi, qword ptr [rbx+32]
    mov edi, 895
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1846
    cmp rdi, rsi
    short jmp L1847
L1846:
    call 140320710848608
L1847:
    jl label_586
# line_I
# i_times_jssd
    mov rsi, qword ptr [rbx+16]
    mov edx, 143
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1849
# mul with overflow check, imm RHS
    mov rax, rsi
    mov rcx, 8
    and rax, -16
    imul rax, rcx
    short jo L1849
    or rax, 15
    short jmp L1848
L1849:
    call 140320710854432
L1848:
    mov qword ptr [rbx], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rbx+32]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1851
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1850
L1851:
    call 140320710853728
L1850:
    mov qword ptr [rbx], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov rdx, -6912
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1852
    add rax, rdx
    short jno L1853
L1852:
    call 140320710853080
L1853:
    mov qword ptr [rbx], rax
# is_ne_exact_fss
    cmp qword ptr [rbx+8], 535115
    je label_584
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1854
    test al, 1
    jne label_605
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_605
L1854:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 32
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1855
    add rax, rdx
    short jno L1856
L1855:
    call 140320710853080
L1856:
    mov qword ptr [rbx+8], rax
# label_L
label_584:
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L1857
    mov ecx, 6
    call 140320710850576
L1857:
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_585:
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_586
# is_ge_fss
    mov esi, 783
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1858
    cmp rdi, rsi
    short jmp L1859
L1858:
    call 140320710848608
L1859:
    jl label_588
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 895
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1860
    cmp rdi, rsi
    short jmp L1861
L1860:
    call 140320710848608
L1861:
    jl label_588
# jump_f
    jmp label_625
# label_L
label_586:
# is_ge_fss
    mov esi, 783
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1862
    cmp rdi, rsi
    short jmp L1863
L1862:
    call 140320710848608
L1863:
    jl label_588
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 895
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1864
    cmp rdi, rsi
    short jmp L1865
L1864:
    call 140320710848608
L1865:
    jl label_588
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov rdx, -768
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1866
    mov rax, rsi
    add rax, rdx
    short jno L1867
L1866:
    call 140320710853080
L1867:
    mov qword ptr [rbx], rax
# is_ne_exact_fss
    cmp qword ptr [rbx+8], 535115
    je label_587
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1868
    test al, 1
    jne label_622
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_622
L1868:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1869
    add rax, rdx
    short jno L1870
L1869:
    call 140320710853080
L1870:
    mov qword ptr [rbx+8], rax
# label_L
label_587:
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1871
    mov ecx, 4
    call 140320710850576
L1871:
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_588:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 175
    je label_610
    cmp rsi, 1519
    je label_600
    cmp rsi, 1935
    je label_589
    jmp label_614
# label_L
label_589:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_598
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rbx+16], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx], 1983
    jne label_591
# is_ne_exact_fss
    cmp qword ptr [rbx+8], 535115
    je label_590
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1872
    test al, 1
    jne label_605
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_605
L1872:
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 32
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1873
    add rax, rdx
    short jno L1874
L1873:
    call 140320710853080
L1874:
    mov qword ptr [rbx+8], rax
# label_L
label_590:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_call_only_f
    jmp scan_hex/3
# label_L
label_591:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_597
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
    mov qword ptr [rbx+16], rdx
# is_ge_fss
    mov esi, 783
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1875
    cmp rdi, rsi
    short jmp L1876
L1875:
    call 140320710848608
L1876:
    jl label_619
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov edi, 927
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1877
    cmp rdi, rsi
    short jmp L1878
L1877:
    call 140320710848608
L1878:
    jge label_592
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
    jl label_619
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov edi, 1135
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1881
    cmp rdi, rsi
    short jmp L1882
L1881:
    call 140320710848608
L1882:
    jge label_592
# is_ge_fss
    mov esi, 1567
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1883
    cmp rdi, rsi
    short jmp L1884
L1883:
    call 140320710848608
L1884:
    jl label_619
# is_ge_fss
    mov rsi, qword ptr [rbx]
    mov edi, 1647
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1885
    cmp rdi, rsi
    short jmp L1886
L1885:
    call 140320710848608
L1886:
    jl label_619
# label_L
label_592:
# is_ge_fss
    mov esi, 783
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1887
    cmp rdi, rsi
    short jmp L1888
L1887:
    call 140320710848608
L1888:
    jl label_619
# is_lt_fss
    mov rsi, qword ptr [rbx+32]
    mov edi, 927
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1889
    cmp rdi, rsi
    short jmp L1890
L1889:
    call 140320710848608
L1890:
    jge label_593
# is_ge_fss
    mov esi, 1055
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1891
    cmp rdi, rsi
    short jmp L1892
L1891:
    call 140320710848608
L1892:
    jl label_619
# is_lt_fss
    mov rsi, qword ptr [rbx+32]
    mov edi, 1135
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1893
    cmp rdi, rsi
    short jmp L1894
L1893:
    call 140320710848608
L1894:
    jge label_593
# is_ge_fss
    mov esi, 1567
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1895
    cmp rdi, rsi
    short jmp L1896
L1895:
    call 140320710848608
L1896:
    jl label_619
# is_ge_fss
    mov rsi, qword ptr [rbx+32]
    mov edi, 1647
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1897
    cmp rdi, rsi
    short jmp L1898
L1897:
    call 140320710848608
L1898:
    jl label_619
# label_L
label_593:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1899
    mov ecx, 5
    call 140320710850576
L1899:
    sub rsp, 32
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rsp+16], xmm0
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
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
    mov qword ptr [rbx], rsi
# i_move_sd
    mov qword ptr [rbx+8], 271
# line_I
# call_light_bif_be
    align 4
L1900:
L1901:
    long mov rcx, 9223372036854775807
    mov rax, 94919179101696
    lea rdx, qword ptr [L1900]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rsp+24], 535115
    jne label_594
# i_move_sd
    mov qword ptr [rbx+8], 535115
# jump_f
    jmp label_595
# label_L
label_594:
# is_integer_fs
    mov rdi, qword ptr [rsp+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1902
    test al, 1
    jne label_596
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_596
L1902:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+24]
    mov edx, 48
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1903
    add rax, rdx
    short jno L1904
L1903:
    call 140320710853080
L1904:
    mov qword ptr [rbx+8], rax
# label_L
label_595:
# test_heap_It
    lea rdx, qword ptr [r15+120]
    cmp rdx, rsp
    short jbe L1905
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1905:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov qword ptr [r15+32], 1935
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx+16], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L917
    ret
# label_L
label_596:
# i_move_sd
    mov qword ptr [rbx+8], 63
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp '-inlined-incr_column/2-'/2
# label_L
label_597:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_619
# is_ge_fss
    mov esi, 783
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1906
    cmp rdi, rsi
    short jmp L1907
L1906:
    call 140320710848608
L1907:
    jl label_619
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov edi, 927
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1908
    cmp rdi, rsi
    short jmp L1909
L1908:
    call 140320710848608
L1909:
    jge label_625
# is_ge_fss
    mov esi, 1055
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1910
    cmp rdi, rsi
    short jmp L1911
L1910:
    call 140320710848608
L1911:
    jl label_619
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov edi, 1135
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1912
    cmp rdi, rsi
    short jmp L1913
L1912:
    call 140320710848608
L1913:
    jge label_625
# is_ge_fss
    mov esi, 1567
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1914
    cmp rdi, rsi
    short jmp L1915
L1914:
    call 140320710848608
L1915:
    jl label_619
# is_ge_fss
    mov rsi, qword ptr [rbx]
    mov edi, 1647
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1916
    cmp rdi, rsi
    short jmp L1917
L1916:
    call 140320710848608
L1917:
    jl label_619
# jump_f
    jmp label_625
# label_L
label_598:
# is_atom_fs
    mov rax, qword ptr [rbx+24]
    and al, 63
    cmp al, 11
    jne label_599
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 14091
    jne label_619
# jump_f
    jmp label_607
# label_L
label_599:
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_619
# jump_f
    jmp label_625
# label_L
label_600:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_606
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+32], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 175
    jne label_603
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 535115
    jne label_601
# i_move_sd
    mov qword ptr [rbx], 535115
# jump_f
    jmp label_602
# label_L
label_601:
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1918
    test al, 1
    jne label_613
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_613
L1918:
# i_move_sd
    mov qword ptr [rbx], 31
# label_L
label_602:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1919
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1919:
# put_tuple2_SA
# Move arity word
    mov edi, 320
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 334219
    mov qword ptr [r15+16], 175
L1920:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+32], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+40], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 48
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_603:
# is_integer_fs
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1921
    test al, 1
    jne label_614
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_614
L1921:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+32]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1922
    cmp rdi, rsi
    short jmp L1923
L1922:
    call 140320710848608
L1923:
    jl label_614
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+32]
    mov eax, 511
# simplified test for small operand since it is a number
    test esi, 1
    short je L1924
    and rax, rsi
    short jmp L1925
L1924:
    call 140320710851200
L1925:
    mov qword ptr [rbx], rax
# is_ne_exact_fss
    cmp qword ptr [rbx+8], 535115
    je label_604
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1926
    test al, 1
    jne label_605
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_605
L1926:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 32
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1927
    add rax, rdx
    short jno L1928
L1927:
    call 140320710853080
L1928:
    mov qword ptr [rbx+8], rax
# label_L
label_604:
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L1929
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L1929:
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 1519
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+16], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_605:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 47
# i_call_only_f
    jmp '-inlined-incr_column/2-'/2
# label_L
label_606:
# is_atom_fs
    mov rax, qword ptr [rbx+24]
    and al, 63
    cmp al, 11
    jne label_609
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 14091
    jne label_614
# label_L
label_607:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 535115
    jne label_608
# i_move_sd
L1930:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_608:
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1931
    test al, 1
    jne label_622
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_622
L1931:
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1932
    add rax, rdx
    short jno L1933
L1932:
    call 140320710853080
L1933:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1934
    mov ecx, 1
.db 0x90
    call 140320710850576
L1934:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 14091
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_609:
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_614
# jump_f
    jmp label_625
# label_L
label_610:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 535115
    jne label_611
# i_move_sd
    mov qword ptr [rbx], 535115
# jump_f
    jmp label_612
# label_L
label_611:
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1935
    test al, 1
    jne label_613
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_613
L1935:
# i_move_sd
    mov qword ptr [rbx], 31
# label_L
label_612:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1936
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1936:
# put_tuple2_SA
# Move arity word
    mov edi, 320
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 334219
    mov qword ptr [r15+16], 175
L1937:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+32], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+40], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 48
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_613:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_call_only_f
    jmp '-inlined-new_column/2-'/2
# label_L
label_614:
# is_integer_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1938
    test al, 1
    jne label_578
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_578
L1938:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+16]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1939
    cmp rdi, rsi
    short jmp L1940
L1939:
    call 140320710848608
L1940:
    jl label_578
# is_ge_fss
    mov esi, 884751
    mov rdi, qword ptr [rbx+16]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1941
    cmp rdi, rsi
    short jmp L1942
L1941:
    call 140320710848608
L1942:
    jl label_615
# is_lt_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 917503
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1943
    cmp rdi, rsi
    short jmp L1944
L1943:
    call 140320710848608
L1944:
    jge label_619
# is_ge_fss
    mov esi, 1048559
    mov rdi, qword ptr [rbx+16]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1945
    cmp rdi, rsi
    short jmp L1946
L1945:
    call 140320710848608
L1946:
    jl label_615
# is_lt_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 1048575
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1947
    cmp rdi, rsi
    short jmp L1948
L1947:
    call 140320710848608
L1948:
    jge label_619
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 17825791
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1949
    cmp rdi, rsi
    short jmp L1950
L1949:
    call 140320710848608
L1950:
    jl label_619
# label_L
label_615:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1951
    mov ecx, 4
.db 0x90
    call 140320710850576
L1951:
    sub rsp, 24
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call escape_char/1
# is_eq_exact_fss
    cmp qword ptr [rsp+16], 535115
    jne label_616
# i_move_sd
    mov qword ptr [rbx+8], 535115
# jump_f
    jmp label_617
# label_L
label_616:
# is_integer_fs
    mov rdi, qword ptr [rsp+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1952
    test al, 1
    jne label_618
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_618
L1952:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+16]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1953
    add rax, rdx
    short jno L1954
L1953:
    call 140320710853080
L1954:
    mov qword ptr [rbx+8], rax
# label_L
label_617:
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1955
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1955:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L917
    ret
# label_L
label_618:
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp '-inlined-incr_column/2-'/2
# label_L
label_619:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 535115
    jne label_620
# i_move_sd
    mov qword ptr [rbx], 535115
# jump_f
    jmp label_621
# label_L
label_620:
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1956
    test al, 1
    jne label_622
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_622
L1956:
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1957
    add rax, rdx
    short jno L1958
L1957:
    call 140320710853080
L1958:
    mov qword ptr [rbx], rax
# label_L
label_621:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1959
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1959:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
L1960:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_622:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_call_only_f
    jmp '-inlined-incr_column/2-'/2
# label_L
label_623:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_624
# is_eq_exact_fss
    cmp qword ptr [rbx], 14091
    jne label_578
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1961
    mov ecx, 2
    call 140320710850576
L1961:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 14091
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_624:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_578
# label_L
label_625:
# i_move_sd
    mov qword ptr [rbx], 26763
# return
    dec r14
    jl L917
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_626:
# i_func_info_IaaI
# erl_scan:scan_hex/3
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x35, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
scan_hex/3:
# i_breakpoint_trampoline
    short jmp L1962
.db 0x00
    call L918
    align 8
L1962:
# i_test_yield
    lea rdx, qword ptr [scan_hex/3+24]
    dec r14
    jle L916
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_631
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 535115
    jne label_629
# is_ge_fss
    mov esi, 783
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1963
    cmp rdi, rsi
    short jmp L1964
L1963:
    call 140320710848608
L1964:
    jl label_631
# is_lt_fss
    mov rsi, qword ptr [rbx+24]
    mov edi, 927
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1965
    cmp rdi, rsi
    short jmp L1966
L1965:
    call 140320710848608
L1966:
    jge label_628
# is_ge_fss
    mov esi, 1055
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1967
    cmp rdi, rsi
    short jmp L1968
L1967:
    call 140320710848608
L1968:
    jl label_629
# is_lt_fss
    mov rsi, qword ptr [rbx+24]
    mov edi, 1135
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1969
    cmp rdi, rsi
    short jmp L1970
L1969:
    call 140320710848608
L1970:
    jge label_628
# is_ge_fss
    mov esi, 1567
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1971
    cmp rdi, rsi
    short jmp L1972
L1971:
    call 140320710848608
L1972:
    jl label_629
# is_ge_fss
    mov rsi, qword ptr [rbx+24]
    mov edi, 1647
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1973
    cmp rdi, rsi
    short jmp L1974
L1973:
    call 140320710848608
L1974:
    jl label_631
# label_L
label_628:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1975
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1975:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov qword ptr [rbx+8], 535115
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_hex/3
# label_L
label_629:
# is_ge_fss
    mov esi, 783
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1976
    cmp rdi, rsi
    short jmp L1977
L1976:
    call 140320710848608
L1977:
    jl label_631
# is_lt_fss
    mov rsi, qword ptr [rbx+24]
    mov edi, 927
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1978
    cmp rdi, rsi
    short jmp L1979
L1978:
    call 140320710848608
L1979:
    jge label_630
# is_ge_fss
    mov esi, 1055
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1980
    cmp rdi, rsi
    short jmp L1981
L1980:
    call 140320710848608
L1981:
    jl label_631
# is_lt_fss
    mov rsi, qword ptr [rbx+24]
    mov edi, 1135
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1982
    cmp rdi, rsi
    short jmp L1983
L1982:
    call 140320710848608
L1983:
    jge label_630
# is_ge_fss
    mov esi, 1567
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1984
    cmp rdi, rsi
    short jmp L1985
L1984:
    call 140320710848608
L1985:
    jl label_631
# is_ge_fss
    mov rsi, qword ptr [rbx+24]
    mov edi, 1647
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1986
    cmp rdi, rsi
    short jmp L1987
L1986:
    call 140320710848608
L1987:
    jl label_631
# label_L
label_630:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1988
    mov rax, rsi
    add rax, rdx
    short jno L1989
L1988:
    call 140320710853080
L1989:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1990
    mov ecx, 5
.db 0x90
    call 140320710850576
L1990:
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
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_hex/3
# label_L
label_631:
# i_move_sd
L1991:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+24], 271
# i_call_only_f
    jmp scan_esc_end/5
# func_line_I
# aligned_label_Lt
    align 8
label_632:
# i_func_info_IaaI
# erl_scan:scan_esc_end/5
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x35, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
scan_esc_end/5:
# i_breakpoint_trampoline
    short jmp L1992
.db 0x00
    call L918
    align 8
L1992:
# i_test_yield
    lea rdx, qword ptr [scan_esc_end/5+24]
    dec r14
    jle L916
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_642
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx+40], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 2015
    jne label_644
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1993
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1993:
    sub rsp, 40
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+32], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1994:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L1995:
    mov eax, 2147483647
    mov qword ptr [rsp+32], rax
# i_move_sd
    mov qword ptr [rbx+8], 271
# line_I
# call_light_bif_be
    align 4
L1996:
L1997:
    long mov rcx, 9223372036854775807
    mov rax, 94919179101696
    lea rdx, qword ptr [L1996]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# label_L
label_634:
# catch_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+32], 59
    cmp qword ptr [rbx], 0
    short jne L1998
    call 140320710850088
L1998:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# is_integer_fs
    mov rdi, qword ptr [rsp+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1999
    test al, 1
    jne label_638
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_638
L1999:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rsp+32]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L2000
    cmp rdi, rsi
    short jmp L2001
L2000:
    call 140320710848608
L2001:
    jl label_638
# is_ge_fss
    mov esi, 884751
    mov rdi, qword ptr [rsp+32]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L2002
    cmp rdi, rsi
    short jmp L2003
L2002:
    call 140320710848608
L2003:
    jl label_635
# is_lt_fss
    mov rsi, qword ptr [rsp+32]
    mov edi, 917503
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L2004
    cmp rdi, rsi
    short jmp L2005
L2004:
    call 140320710848608
L2005:
    jge label_638
# is_ge_fss
    mov esi, 1048559
    mov rdi, qword ptr [rsp+32]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L2006
    cmp rdi, rsi
    short jmp L2007
L2006:
    call 140320710848608
L2007:
    jl label_635
# is_lt_fss
    mov rsi, qword ptr [rsp+32]
    mov edi, 1048575
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L2008
    cmp rdi, rsi
    short jmp L2009
L2008:
    call 140320710848608
L2009:
    jge label_638
# is_ge_fss
    mov rsi, qword ptr [rsp+32]
    mov edi, 17825791
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L2010
    cmp rdi, rsi
    short jmp L2011
L2010:
    call 140320710848608
L2011:
    jl label_638
# label_L
label_635:
# i_move_sd
L2012:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# call_light_bif_be
    align 4
L2013:
L2014:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L2013]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
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
L2015:
L2016:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L2015]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rsp+24], 535115
    jne label_636
# i_move_sd
    mov qword ptr [rbx+8], 535115
# jump_f
    jmp label_637
# label_L
label_636:
# is_integer_fs
    mov rdi, qword ptr [rsp+24]
# simplified small test since all other types are boxed
    rex test dil, 1
    jne L2017
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_641
L2017:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+24]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L2018
    add rax, rdx
    short jno L2019
L2018:
    call 140320710853080
L2019:
    mov qword ptr [rbx+8], rax
# label_L
label_637:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2020
    mov ecx, 2
    call 140320710850576
L2020:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L917
    ret
# label_L
label_638:
# is_eq_exact_fss
    cmp qword ptr [rsp+24], 535115
    jne label_639
# i_move_sd
    mov qword ptr [rbx], 535115
# jump_f
    jmp label_640
# label_L
label_639:
# is_integer_fs
    mov rdi, qword ptr [rsp+24]
# simplified small test since all other types are boxed
    rex test dil, 1
    jne L2021
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_641
L2021:
# i_increment_SWd
    mov rsi, qword ptr [rsp+24]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L2022
    add rax, rdx
    short jno L2023
L2022:
    call 140320710853080
L2023:
    mov qword ptr [rbx], rax
# label_L
label_640:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2024
    mov ecx, 1
    call 140320710850576
L2024:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+16], rdi
L2025:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L917
    ret
# label_L
label_641:
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp '-inlined-incr_column/2-'/2
# label_L
label_642:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_643
# is_eq_exact_fss
    cmp qword ptr [rbx], 14091
    jne label_644
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2026
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L2026:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 14091
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_643:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_644
# i_move_sd
    mov qword ptr [rbx], 26763
# return
    dec r14
    jl L917
    ret
# label_L
label_644:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2027
    mov ecx, 2
    call 140320710850576
L2027:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
L2028:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_645:
# i_func_info_IaaI
# erl_scan:escape_char/1
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x36, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
escape_char/1:
# i_breakpoint_trampoline
    short jmp L2029
.db 0x00
    call L918
    align 8
L2029:
# i_test_yield
    lea rdx, qword ptr [escape_char/1+24]
    dec r14
    jle L916
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 1583
    je label_655
    cmp rsi, 1615
    je label_654
    cmp rsi, 1631
    je label_653
    cmp rsi, 1647
    je label_652
    cmp rsi, 1775
    je label_651
    cmp rsi, 1839
    je label_650
    cmp rsi, 1855
    je label_649
    cmp rsi, 1871
    je label_648
    cmp rsi, 1903
    je label_647
    jmp label_656
# label_L
label_647:
# i_move_sd
    mov qword ptr [rbx], 191
# return
    dec r14
    jl L917
    ret
# label_L
label_648:
# i_move_sd
    mov qword ptr [rbx], 159
# return
    dec r14
    jl L917
    ret
# label_L
label_649:
# i_move_sd
    mov qword ptr [rbx], 527
# return
    dec r14
    jl L917
    ret
# label_L
label_650:
# i_move_sd
    mov qword ptr [rbx], 223
# return
    dec r14
    jl L917
    ret
# label_L
label_651:
# i_move_sd
    mov qword ptr [rbx], 175
# return
    dec r14
    jl L917
    ret
# label_L
label_652:
# i_move_sd
    mov qword ptr [rbx], 207
# return
    dec r14
    jl L917
    ret
# label_L
label_653:
# i_move_sd
    mov qword ptr [rbx], 447
# return
    dec r14
    jl L917
    ret
# label_L
label_654:
# i_move_sd
    mov qword ptr [rbx], 2047
# return
    dec r14
    jl L917
    ret
# label_L
label_655:
# i_move_sd
    mov qword ptr [rbx], 143
# return
    dec r14
    jl L917
    ret
# label_L
label_656:
# return
    dec r14
    jl L917
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_657:
# i_func_info_IaaI
# erl_scan:scan_number/6
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x36, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
scan_number/6:
# i_breakpoint_trampoline
    short jmp L2030
.db 0x00
    call L918
    align 8
L2030:
# i_test_yield
    lea rdx, qword ptr [scan_number/6+24]
    dec r14
    jle L916
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+40]
    rex test sil, 1
    short jne label_657
    cmp dword ptr [rsi-2], 128
    short jne label_657
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx+40], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rbx+40], xmm0
# i_call_only_f
    jmp scan_number/7
# func_line_I
# aligned_label_Lt
    align 8
label_659:
# i_func_info_IaaI
# erl_scan:scan_number/7
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x36, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
scan_number/7:
# i_breakpoint_trampoline
    short jmp L2031
.db 0x00
    call L918
    align 8
L2031:
# i_test_yield
    lea rdx, qword ptr [scan_number/7+24]
    dec r14
    jle L916
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_671
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+56], xmm0
# is_ge_fss
    mov esi, 783
    mov rdi, qword ptr [rbx+56]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L2032
    cmp rdi, rsi
    short jmp L2033
L2032:
    call 140320710848608
L2033:
    jl label_661
# is_ge_fss
    mov rsi, qword ptr [rbx+56]
    mov edi, 927
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L2034
    cmp rdi, rsi
    short jmp L2035
L2034:
    call 140320710848608
L2035:
    jl label_661
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2036
    mov ecx, 9
.db 0x90
    call 140320710850576
L2036:
# put_cons_ss
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_number/7
# label_L
label_661:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+56]
    cmp rsi, 575
    je label_665
    cmp rsi, 751
    je label_663
    cmp rsi, 1535
    je label_662
    jmp label_672
# label_L
label_662:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+64]
    test al, 2
    jne label_664
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+56], xmm0
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+40]
    test al, 2
    jne label_672
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+72], rsi
# is_ge_fss
    mov esi, 783
    mov rdi, qword ptr [rbx+56]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L2037
    cmp rdi, rsi
    short jmp L2038
L2037:
    call 140320710848608
L2038:
    jl label_672
# is_ge_fss
    mov rsi, qword ptr [rbx+56]
    mov edi, 927
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L2039
    cmp rdi, rsi
    short jmp L2040
L2039:
    call 140320710848608
L2040:
    jl label_672
# is_ge_fss
    mov esi, 783
    mov rdi, qword ptr [rbx+72]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L2041
    cmp rdi, rsi
    short jmp L2042
L2041:
    call 140320710848608
L2042:
    jl label_672
# is_ge_fss
    mov rsi, qword ptr [rbx+72]
    mov edi, 927
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L2043
    cmp rdi, rsi
    short jmp L2044
L2043:
    call 140320710848608
L2044:
    jl label_672
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2045
    mov ecx, 9
.db 0x90
    call 140320710850576
L2045:
# put_cons_ss
    mov qword ptr [r15], 1535
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov qword ptr [rbx+48], 538251
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_number/7
# label_L
label_663:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+64]
    test al, 2
    jne label_664
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+56], xmm0
# is_ge_fss
    mov esi, 783
    mov rdi, qword ptr [rbx+56]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L2046
    cmp rdi, rsi
    short jmp L2047
L2046:
    call 140320710848608
L2047:
    jl label_672
# is_ge_fss
    mov rsi, qword ptr [rbx+56]
    mov edi, 927
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L2048
    cmp rdi, rsi
    short jmp L2049
L2048:
    call 140320710848608
L2049:
    jl label_672
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2050
    mov ecx, 9
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2050:
# put_cons_ss
    mov qword ptr [r15], 751
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_fraction/7
# label_L
label_664:
# is_nil_fS
    cmp qword ptr [rbx+64], 59
    jne label_672
# test_heap_It
    lea rdx, qword ptr [r15+176]
    cmp rdx, rsp
    short jbe L2051
    mov ecx, 7
.db 0x90
    call 140320710850576
L2051:
# i_make_fun3_FStt
L2052:
    long mov rsi, 9223372036854775807
    mov edx, 6
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
    movups xmm0, xmmword ptr [rbx+40]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+40], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 384
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+32], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+40], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+48], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 56
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 26763
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_665:
# allocate_tt
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L2053
    mov ecx, 9
.db 0x66, 0x90
    call 140320710850576
L2053:
    sub rsp, 72
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+64], rax
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+24], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+56], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L2054:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L2055:
    mov eax, 2147483647
    mov qword ptr [rsp+64], rax
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# line_I
# i_call_f
.db 0x90
    call remove_digit_separators/2
# call_light_bif_be
    align 4
L2056:
L2057:
    long mov rcx, 9223372036854775807
    mov rax, 94919179101616
    lea rdx, qword ptr [L2056]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# label_L
label_666:
# catch_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+64], 59
    cmp qword ptr [rbx], 0
    short jne L2058
    call 140320710850088
L2058:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+64], rdi
# is_ge_fss
    mov esi, 47
    mov rdi, qword ptr [rsp+64]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L2059
    cmp rdi, rsi
    short jmp L2060
L2059:
    call 140320710848608
L2060:
    jl label_667
# is_ge_fss
    mov rsi, qword ptr [rsp+64]
    mov edi, 591
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L2061
    cmp rdi, rsi
    short jmp L2062
L2061:
    call 140320710848608
L2062:
    jl label_667
# i_move_sd
L2063:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+56], 59
# i_trim_t
    add rsp, 8
# line_I
# call_light_bif_be
    align 4
L2064:
L2065:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L2064]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov qword ptr [rbx+48], 59
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+64], 536011
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 64
    jmp scan_based_int/9
# label_L
label_667:
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
    mov qword ptr [rbx+8], 15
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_length_jtd
    align 4
L2066:
    xor esi, esi
    lea rdx, qword ptr [L2066]
    call 140320710852592
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rsp+32], 535115
    jne label_668
# i_move_sd
    mov qword ptr [rbx], 535115
# jump_f
    jmp label_669
# label_L
label_668:
# is_integer_fs
    mov rdi, qword ptr [rsp+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2067
    test al, 1
    jne label_670
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_670
L2067:
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp+32]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    test esi, 1
    short je L2069
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L2068
L2069:
    call 140320710853728
L2068:
    mov qword ptr [rbx], rax
# label_L
label_669:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2070
    mov ecx, 1
.db 0x90
    call 140320710850576
L2070:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 534987
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 72
    jmp scan_error/6
# label_L
label_670:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 72
    jmp '-inlined-incr_column/2-'/2
# label_L
label_671:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_672
# test_heap_It
    lea rdx, qword ptr [r15+176]
    cmp rdx, rsp
    short jbe L2071
    mov ecx, 7
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2071:
# i_make_fun3_FStt
L2072:
    long mov rsi, 9223372036854775807
    mov edx, 6
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
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+40]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 384
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 59
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [r15+16], xmm0
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15+32], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+48], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 56
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 26763
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_672:
# allocate_tt
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L2073
    mov ecx, 7
.db 0x66, 0x90
    call 140320710850576
L2073:
    sub rsp, 64
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+56], rax
# i_move_sd
    mov rdi, qword ptr [rbx+48]
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L2074:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L2075:
    mov eax, 2147483647
    mov qword ptr [rsp+56], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_f
.db 0x90
    call remove_digit_separators/2
# call_light_bif_be
    align 4
L2076:
L2077:
    long mov rcx, 9223372036854775807
    mov rax, 94919179101616
    lea rdx, qword ptr [L2076]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# label_L
label_673:
# catch_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+56], 59
    cmp qword ptr [rbx], 0
    short jne L2078
    call 140320710850088
L2078:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2079
    test al, 1
    jne label_674
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_674
L2079:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov qword ptr [rbx+40], 21451
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+48], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 64
    jmp tok3/8
# label_L
label_674:
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
    mov qword ptr [rbx+8], 15
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_length_jtd
    align 4
L2080:
    xor esi, esi
    lea rdx, qword ptr [L2080]
    call 140320710852592
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rsp+24], 535115
    jne label_675
# i_move_sd
    mov qword ptr [rbx+32], 535115
# jump_f
    jmp label_676
# label_L
label_675:
# is_integer_fs
    mov rdi, qword ptr [rsp+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2081
    test al, 1
    jne label_677
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_677
L2081:
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp+24]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    test esi, 1
    short je L2083
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L2082
L2083:
    call 140320710853728
L2082:
    mov qword ptr [rbx+32], rax
# label_L
label_676:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+40], rdi
# i_move_sd
L2084:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 64
    jmp scan_error/6
# label_L
label_677:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 64
    jmp '-inlined-incr_column/2-'/2
# func_line_I
# aligned_label_Lt
    align 8
label_678:
# i_func_info_IaaI
# erl_scan:remove_digit_separators/2
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x36, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
remove_digit_separators/2:
# i_breakpoint_trampoline
    short jmp L2085
.db 0x00
    call L918
    align 8
L2085:
# i_test_yield
    lea rdx, qword ptr [remove_digit_separators/2+24]
    dec r14
    jle L916
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 536011
    je label_681
    cmp rsi, 538251
    je label_680
    short jmp label_678
# label_L
label_680:
# i_call_only_f
    jmp '-remove_digit_separators/2-lc$^0/1-0-'/1
# label_L
label_681:
# return
    dec r14
    jl L917
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_682:
# i_func_info_IaaI
# erl_scan:scan_based_int/6
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x37, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
scan_based_int/6:
# i_breakpoint_trampoline
    short jmp L2086
.db 0x00
    call L918
    align 8
L2086:
# i_test_yield
    lea rdx, qword ptr [scan_based_int/6+24]
    dec r14
    jle L916
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+40]
    rex test sil, 1
    short jne label_682
    cmp dword ptr [rsi-2], 256
    short jne label_682
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+48], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+64], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+40], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+48], 1
    vmovups xmmword ptr [rbx+48], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+56], 1
    vmovups xmmword ptr [rbx+56], xmm0
# swap_dd
    mov rdi, qword ptr [rbx+40]
    mov rsi, qword ptr [rbx+64]
    mov qword ptr [rbx+64], rdi
    mov qword ptr [rbx+40], rsi
# i_call_only_f
    jmp scan_based_int/9
# func_line_I
# aligned_label_Lt
    align 8
label_684:
# i_func_info_IaaI
# erl_scan:scan_based_int/9
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x37, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x09, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
scan_based_int/9:
# i_breakpoint_trampoline
    short jmp L2087
.db 0x00
    call L918
    align 8
L2087:
# i_test_yield
    lea rdx, qword ptr [scan_based_int/9+24]
    dec r14
    jle L916
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_694
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+72], xmm0
# is_ge_fss
    mov esi, 783
    mov rdi, qword ptr [rbx+72]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L2088
    cmp rdi, rsi
    short jmp L2089
L2088:
    call 140320710848608
L2089:
    jl label_695
# is_ge_fss
    mov rsi, qword ptr [rbx+72]
    mov edi, 927
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L2090
    cmp rdi, rsi
    short jmp L2091
L2090:
    call 140320710848608
L2091:
    jl label_686
# i_plus_ssjd
    mov rsi, qword ptr [rbx+40]
    mov edx, 783
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L2093
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L2092
L2093:
    call 140320710853792
    je label_688
L2092:
    mov qword ptr [rbx+88], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+88]
    mov rdi, qword ptr [rbx+72]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2094
    cmp rdi, rsi
    short jmp L2095
L2094:
    call 140320710848608
L2095:
    jl label_687
# label_L
label_686:
# is_ge_fss
    mov esi, 1055
    mov rdi, qword ptr [rbx+72]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L2096
    cmp rdi, rsi
    short jmp L2097
L2096:
    call 140320710848608
L2097:
    jl label_695
# is_lt_fss
    mov rsi, qword ptr [rbx+40]
    mov edi, 175
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L2098
    cmp rdi, rsi
    short jmp L2099
L2098:
    call 140320710848608
L2099:
    jge label_688
# i_plus_ssjd
    mov rsi, qword ptr [rbx+40]
    mov edx, 1055
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L2101
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L2100
L2101:
    call 140320710853792
    je label_688
L2100:
    mov qword ptr [rbx+88], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx+88]
    mov rdx, -145
# simplified test for small operands since both are numbers
    test esi, 1
    short je L2103
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L2102
L2103:
    call 140320710853792
    je label_688
L2102:
    mov qword ptr [rbx+88], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+88]
    mov rdi, qword ptr [rbx+72]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2104
    cmp rdi, rsi
    short jmp L2105
L2104:
    call 140320710848608
L2105:
    jl label_687
# is_ge_fss
    mov esi, 1567
    mov rdi, qword ptr [rbx+72]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L2106
    cmp rdi, rsi
    short jmp L2107
L2106:
    call 140320710848608
L2107:
    jl label_688
# i_plus_ssjd
    mov rsi, qword ptr [rbx+40]
    mov edx, 1567
# simplified test for small operands since both are numbers
    test esi, 1
    short je L2109
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L2108
L2109:
    call 140320710853792
    je label_688
L2108:
    mov qword ptr [rbx+88], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx+88]
    mov rdx, -145
# simplified test for small operands since both are numbers
    test esi, 1
    short je L2111
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L2110
L2111:
    call 140320710853792
    je label_688
L2110:
    mov qword ptr [rbx+88], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+88]
    mov rdi, qword ptr [rbx+72]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2112
    cmp rdi, rsi
    short jmp L2113
L2112:
    call 140320710848608
L2113:
    jge label_688
# label_L
label_687:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2114
    mov ecx, 11
.db 0x66, 0x90
    call 140320710850576
L2114:
# put_cons_ss
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+48], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_based_int/9
# label_L
label_688:
# is_eq_exact_fss
    cmp qword ptr [rbx+72], 1535
    jne label_695
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+80]
    test al, 2
    jne label_693
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+72], xmm0
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+48]
    test al, 2
    jne label_695
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+88], rsi
# is_ge_fss
    mov esi, 783
    mov rdi, qword ptr [rbx+72]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L2115
    cmp rdi, rsi
    short jmp L2116
L2115:
    call 140320710848608
L2116:
    jl label_695
# is_ge_fss
    mov rsi, qword ptr [rbx+72]
    mov edi, 927
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L2117
    cmp rdi, rsi
    short jmp L2118
L2117:
    call 140320710848608
L2118:
    jl label_689
# i_plus_ssjd
    mov rsi, qword ptr [rbx+40]
    mov edx, 783
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L2120
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L2119
L2120:
    call 140320710853792
    je label_695
L2119:
    mov qword ptr [rbx+96], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+96]
    mov rdi, qword ptr [rbx+72]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2121
    cmp rdi, rsi
    short jmp L2122
L2121:
    call 140320710848608
L2122:
    jl label_690
# label_L
label_689:
# is_ge_fss
    mov esi, 1055
    mov rdi, qword ptr [rbx+72]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L2123
    cmp rdi, rsi
    short jmp L2124
L2123:
    call 140320710848608
L2124:
    jl label_695
# is_lt_fss
    mov rsi, qword ptr [rbx+40]
    mov edi, 175
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L2125
    cmp rdi, rsi
    short jmp L2126
L2125:
    call 140320710848608
L2126:
    jge label_695
# i_plus_ssjd
    mov rsi, qword ptr [rbx+40]
    mov edx, 1055
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L2128
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L2127
L2128:
    call 140320710853792
    je label_695
L2127:
    mov qword ptr [rbx+96], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx+96]
    mov rdx, -145
# simplified test for small operands since both are numbers
    test esi, 1
    short je L2130
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L2129
L2130:
    call 140320710853792
    je label_695
L2129:
    mov qword ptr [rbx+96], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+96]
    mov rdi, qword ptr [rbx+72]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2131
    cmp rdi, rsi
    short jmp L2132
L2131:
    call 140320710848608
L2132:
    jl label_690
# is_ge_fss
    mov esi, 1567
    mov rdi, qword ptr [rbx+72]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L2133
    cmp rdi, rsi
    short jmp L2134
L2133:
    call 140320710848608
L2134:
    jl label_695
# i_plus_ssjd
    mov rsi, qword ptr [rbx+40]
    mov edx, 1567
# simplified test for small operands since both are numbers
    test esi, 1
    short je L2136
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L2135
L2136:
    call 140320710853792
    je label_695
L2135:
    mov qword ptr [rbx+96], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx+96]
    mov rdx, -145
# simplified test for small operands since both are numbers
    test esi, 1
    short je L2138
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L2137
L2138:
    call 140320710853792
    je label_695
L2137:
    mov qword ptr [rbx+96], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+96]
    mov rdi, qword ptr [rbx+72]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2139
    cmp rdi, rsi
    short jmp L2140
L2139:
    call 140320710848608
L2140:
    jge label_695
# label_L
label_690:
# is_ge_fss
    mov esi, 783
    mov rdi, qword ptr [rbx+88]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L2141
    cmp rdi, rsi
    short jmp L2142
L2141:
    call 140320710848608
L2142:
    jl label_695
# is_ge_fss
    mov rsi, qword ptr [rbx+88]
    mov edi, 927
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L2143
    cmp rdi, rsi
    short jmp L2144
L2143:
    call 140320710848608
L2144:
    jl label_691
# i_plus_ssjd
    mov rsi, qword ptr [rbx+40]
    mov edx, 783
# simplified test for small operands since both are numbers
    test esi, 1
    short je L2146
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L2145
L2146:
    call 140320710853792
    je label_695
L2145:
    mov qword ptr [rbx+96], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+96]
    mov rdi, qword ptr [rbx+88]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2147
    cmp rdi, rsi
    short jmp L2148
L2147:
    call 140320710848608
L2148:
    jl label_692
# label_L
label_691:
# is_ge_fss
    mov esi, 1055
    mov rdi, qword ptr [rbx+88]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L2149
    cmp rdi, rsi
    short jmp L2150
L2149:
    call 140320710848608
L2150:
    jl label_695
# is_lt_fss
    mov rsi, qword ptr [rbx+40]
    mov edi, 175
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L2151
    cmp rdi, rsi
    short jmp L2152
L2151:
    call 140320710848608
L2152:
    jge label_695
# i_plus_ssjd
    mov rsi, qword ptr [rbx+40]
    mov edx, 1055
# simplified test for small operands since both are numbers
    test esi, 1
    short je L2154
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L2153
L2154:
    call 140320710853792
    je label_695
L2153:
    mov qword ptr [rbx+96], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx+96]
    mov rdx, -145
# simplified test for small operands since both are numbers
    test esi, 1
    short je L2156
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L2155
L2156:
    call 140320710853792
    je label_695
L2155:
    mov qword ptr [rbx+96], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+96]
    mov rdi, qword ptr [rbx+88]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2157
    cmp rdi, rsi
    short jmp L2158
L2157:
    call 140320710848608
L2158:
    jl label_692
# is_ge_fss
    mov esi, 1567
    mov rdi, qword ptr [rbx+88]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L2159
    cmp rdi, rsi
    short jmp L2160
L2159:
    call 140320710848608
L2160:
    jl label_695
# i_plus_ssjd
    mov rsi, qword ptr [rbx+40]
    mov edx, 1567
# simplified test for small operands since both are numbers
    test esi, 1
    short je L2162
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L2161
L2162:
    call 140320710853792
    je label_695
L2161:
    mov qword ptr [rbx+96], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx+96]
    mov rdx, -145
# simplified test for small operands since both are numbers
    test esi, 1
    short je L2164
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L2163
L2164:
    call 140320710853792
    je label_695
L2163:
    mov qword ptr [rbx+96], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+96]
    mov rdi, qword ptr [rbx+88]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2165
    cmp rdi, rsi
    short jmp L2166
L2165:
    call 140320710848608
L2166:
    jge label_695
# label_L
label_692:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2167
    mov ecx, 11
.db 0x90
    call 140320710850576
L2167:
# put_cons_ss
    mov qword ptr [r15], 1535
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+48], rsi
# i_move_sd
    mov qword ptr [rbx+64], 538251
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_based_int/9
# label_L
label_693:
# is_nil_fS
    cmp qword ptr [rbx+80], 59
    jne label_695
# test_heap_It
    lea rdx, qword ptr [r15+192]
    cmp rdx, rsp
    short jbe L2168
    mov ecx, 9
.db 0x90
    call 140320710850576
L2168:
# i_make_fun3_FStt
L2169:
    long mov rsi, 9223372036854775807
    mov edx, 6
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
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+40]
    movups xmmword ptr [r15+8], xmm0
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+56]
    movups xmmword ptr [r15+24], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx+40], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 384
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+32], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+40], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+48], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 56
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 26763
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_694:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_695
# test_heap_It
    lea rdx, qword ptr [r15+192]
    cmp rdx, rsp
    short jbe L2170
    mov ecx, 9
    call 140320710850576
L2170:
# i_make_fun3_FStt
L2171:
    long mov rsi, 9223372036854775807
    mov edx, 6
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
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+40]
    movups xmmword ptr [r15+8], xmm0
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+56]
    movups xmmword ptr [r15+24], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 384
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 59
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [r15+16], xmm0
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15+32], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+48], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 56
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 26763
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_695:
# allocate_tt
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2172
    mov ecx, 9
.db 0x90
    call 140320710850576
L2172:
    sub rsp, 80
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+72], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+56], 1
    vmovups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+24], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+40], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+56], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L2173:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L2174:
    mov eax, 2147483647
    mov qword ptr [rsp+72], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_f
.db 0x90
    call remove_digit_separators/2
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+24], 59
# call_light_bif_be
    align 4
L2175:
L2176:
    long mov rcx, 9223372036854775807
    mov rax, 94919179101696
    lea rdx, qword ptr [L2175]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# label_L
label_696:
# catch_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+72], 59
    cmp qword ptr [rbx], 0
    short jne L2177
    call 140320710850088
L2177:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+72], rdi
# is_integer_fs
    mov rdi, qword ptr [rsp+72]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2178
    test al, 1
    jne label_697
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_697
L2178:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 32
# line_I
# call_light_bif_be
    align 4
L2179:
L2180:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L2179]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov qword ptr [rbx+40], 21451
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp tok3/8
# label_L
label_697:
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
    mov qword ptr [rbx+8], 15
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_length_jtd
    align 4
L2181:
    xor esi, esi
    lea rdx, qword ptr [L2181]
    call 140320710852592
    mov qword ptr [rbx], rax
# i_length_setup_jts
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
    mov qword ptr [rbx+16], 15
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_length_jtd
    align 4
L2182:
    mov esi, 1
    lea rdx, qword ptr [L2182]
    call 140320710852592
    mov qword ptr [rbx+8], rax
# i_plus_ssjd
# add without overflow check
    mov rax, qword ptr [rbx]
    mov rsi, qword ptr [rbx+8]
    and rax, -16
    add rax, rsi
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rsp+40], 535115
    jne label_698
# i_move_sd
    mov qword ptr [rbx+32], 535115
# jump_f
    jmp label_699
# label_L
label_698:
# is_integer_fs
    mov rdi, qword ptr [rsp+40]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2183
    test al, 1
    jne label_700
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_700
L2183:
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp+40]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    test esi, 1
    short je L2185
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L2184
L2185:
    call 140320710853728
L2184:
    mov qword ptr [rbx+32], rax
# label_L
label_699:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+40], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [rbx+40], rdi
# i_move_sd
L2186:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 80
    jmp scan_error/6
# label_L
label_700:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 80
    jmp '-inlined-incr_column/2-'/2
# func_line_I
# aligned_label_Lt
    align 8
label_701:
# i_func_info_IaaI
# erl_scan:scan_fraction/6
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x37, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
scan_fraction/6:
# i_breakpoint_trampoline
    short jmp L2187
.db 0x00
    call L918
    align 8
L2187:
# i_test_yield
    lea rdx, qword ptr [scan_fraction/6+24]
    dec r14
    jle L916
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+40]
    rex test sil, 1
    short jne label_701
    cmp dword ptr [rsi-2], 128
    short jne label_701
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx+40], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rbx+40], xmm0
# i_call_only_f
    jmp scan_fraction/7
# func_line_I
# aligned_label_Lt
    align 8
label_703:
# i_func_info_IaaI
# erl_scan:scan_fraction/7
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x37, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
scan_fraction/7:
# i_breakpoint_trampoline
    short jmp L2188
.db 0x00
    call L918
    align 8
L2188:
# i_test_yield
    lea rdx, qword ptr [scan_fraction/7+24]
    dec r14
    jle L916
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_709
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+56], xmm0
# is_ge_fss
    mov esi, 783
    mov rdi, qword ptr [rbx+56]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L2189
    cmp rdi, rsi
    short jmp L2190
L2189:
    call 140320710848608
L2190:
    jl label_710
# is_ge_fss
    mov rsi, qword ptr [rbx+56]
    mov edi, 927
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L2191
    cmp rdi, rsi
    short jmp L2192
L2191:
    call 140320710848608
L2192:
    jl label_705
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2193
    mov ecx, 9
.db 0x90
    call 140320710850576
L2193:
# put_cons_ss
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_fraction/7
# label_L
label_705:
# is_eq_exact_fss
    cmp qword ptr [rbx+56], 1535
    jne label_707
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+64]
    test al, 2
    jne label_706
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+72], xmm0
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+40]
    test al, 2
    jne label_707
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+88], rsi
# is_ge_fss
    mov esi, 783
    mov rdi, qword ptr [rbx+72]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L2194
    cmp rdi, rsi
    short jmp L2195
L2194:
    call 140320710848608
L2195:
    jl label_707
# is_ge_fss
    mov rsi, qword ptr [rbx+72]
    mov edi, 927
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L2196
    cmp rdi, rsi
    short jmp L2197
L2196:
    call 140320710848608
L2197:
    jl label_707
# is_ge_fss
    mov esi, 783
    mov rdi, qword ptr [rbx+88]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L2198
    cmp rdi, rsi
    short jmp L2199
L2198:
    call 140320710848608
L2199:
    jl label_707
# is_ge_fss
    mov rsi, qword ptr [rbx+88]
    mov edi, 927
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L2200
    cmp rdi, rsi
    short jmp L2201
L2200:
    call 140320710848608
L2201:
    jl label_707
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2202
    mov ecx, 11
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2202:
# put_cons_ss
    mov qword ptr [r15], 1535
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov qword ptr [rbx+48], 538251
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_fraction/7
# label_L
label_706:
# is_nil_fS
    cmp qword ptr [rbx+64], 59
    jne label_707
# test_heap_It
    lea rdx, qword ptr [r15+176]
    cmp rdx, rsp
    short jbe L2203
    mov ecx, 7
.db 0x90
    call 140320710850576
L2203:
# i_make_fun3_FStt
L2204:
    long mov rsi, 9223372036854775807
    mov edx, 6
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
    movups xmm0, xmmword ptr [rbx+40]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+40], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 384
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+32], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+40], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+48], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 56
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 26763
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_707:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+56]
# (Src == 0x45f || Src == 0x65f) <=> (Src | 0x200) == 0x65f
    or rsi, 512
    cmp rsi, 1631
    je label_708
    jmp label_710
# label_L
label_708:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2205
    mov ecx, 9
.db 0x90
    call 140320710850576
L2205:
# put_cons_ss
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_exponent_sign/7
# label_L
label_709:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_710
# test_heap_It
    lea rdx, qword ptr [r15+176]
    cmp rdx, rsp
    short jbe L2206
    mov ecx, 7
    call 140320710850576
L2206:
# i_make_fun3_FStt
L2207:
    long mov rsi, 9223372036854775807
    mov edx, 6
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
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+40]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 384
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 59
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [r15+16], xmm0
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15+32], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+48], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 56
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 26763
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_710:
# i_call_only_f
    jmp float_end/7
# func_line_I
# aligned_label_Lt
    align 8
label_711:
# i_func_info_IaaI
# erl_scan:scan_exponent_sign/6
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x37, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
scan_exponent_sign/6:
# i_breakpoint_trampoline
    short jmp L2208
.db 0x00
    call L918
    align 8
L2208:
# i_test_yield
    lea rdx, qword ptr [scan_exponent_sign/6+24]
    dec r14
    jle L916
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+40]
    rex test sil, 1
    short jne label_711
    cmp dword ptr [rsi-2], 128
    short jne label_711
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx+40], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rbx+40], xmm0
# i_call_only_f
    jmp scan_exponent_sign/7
# func_line_I
# aligned_label_Lt
    align 8
label_713:
# i_func_info_IaaI
# erl_scan:scan_exponent_sign/7
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x37, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
scan_exponent_sign/7:
# i_breakpoint_trampoline
    short jmp L2209
.db 0x00
    call L918
    align 8
L2209:
# i_test_yield
    lea rdx, qword ptr [scan_exponent_sign/7+24]
    dec r14
    jle L916
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_716
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+56], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+56]
    cmp rsi, 703
    je label_715
    cmp rsi, 735
    je label_715
    jmp label_717
# label_L
label_715:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2210
    mov ecx, 9
.db 0x66, 0x90
    call 140320710850576
L2210:
# put_cons_ss
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_exponent/7
# label_L
label_716:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_717
# test_heap_It
    lea rdx, qword ptr [r15+176]
    cmp rdx, rsp
    short jbe L2211
    mov ecx, 7
    call 140320710850576
L2211:
# i_make_fun3_FStt
L2212:
    long mov rsi, 9223372036854775807
    mov edx, 6
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
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+40]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 384
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 59
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [r15+16], xmm0
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15+32], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+48], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 56
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 26763
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_717:
# i_call_only_f
    jmp scan_exponent/7
# func_line_I
# aligned_label_Lt
    align 8
label_718:
# i_func_info_IaaI
# erl_scan:scan_exponent/6
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x37, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
scan_exponent/6:
# i_breakpoint_trampoline
    short jmp L2213
.db 0x00
    call L918
    align 8
L2213:
# i_test_yield
    lea rdx, qword ptr [scan_exponent/6+24]
    dec r14
    jle L916
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+40]
    rex test sil, 1
    short jne label_718
    cmp dword ptr [rsi-2], 128
    short jne label_718
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx+40], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rbx+40], xmm0
# i_call_only_f
    jmp scan_exponent/7
# func_line_I
# aligned_label_Lt
    align 8
label_720:
# i_func_info_IaaI
# erl_scan:scan_exponent/7
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x37, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
scan_exponent/7:
# i_breakpoint_trampoline
    short jmp L2214
.db 0x00
    call L918
    align 8
L2214:
# i_test_yield
    lea rdx, qword ptr [scan_exponent/7+24]
    dec r14
    jle L916
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_724
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+56], xmm0
# is_ge_fss
    mov esi, 783
    mov rdi, qword ptr [rbx+56]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L2215
    cmp rdi, rsi
    short jmp L2216
L2215:
    call 140320710848608
L2216:
    jl label_725
# is_ge_fss
    mov rsi, qword ptr [rbx+56]
    mov edi, 927
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L2217
    cmp rdi, rsi
    short jmp L2218
L2217:
    call 140320710848608
L2218:
    jl label_722
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2219
    mov ecx, 9
.db 0x90
    call 140320710850576
L2219:
# put_cons_ss
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_exponent/7
# label_L
label_722:
# is_eq_exact_fss
    cmp qword ptr [rbx+56], 1535
    jne label_725
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+64]
    test al, 2
    jne label_723
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+56], xmm0
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+40]
    test al, 2
    jne label_725
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+72], rsi
# is_ge_fss
    mov esi, 783
    mov rdi, qword ptr [rbx+56]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L2220
    cmp rdi, rsi
    short jmp L2221
L2220:
    call 140320710848608
L2221:
    jl label_725
# is_ge_fss
    mov rsi, qword ptr [rbx+56]
    mov edi, 927
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L2222
    cmp rdi, rsi
    short jmp L2223
L2222:
    call 140320710848608
L2223:
    jl label_725
# is_ge_fss
    mov esi, 783
    mov rdi, qword ptr [rbx+72]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L2224
    cmp rdi, rsi
    short jmp L2225
L2224:
    call 140320710848608
L2225:
    jl label_725
# is_ge_fss
    mov rsi, qword ptr [rbx+72]
    mov edi, 927
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L2226
    cmp rdi, rsi
    short jmp L2227
L2226:
    call 140320710848608
L2227:
    jl label_725
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2228
    mov ecx, 9
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2228:
# put_cons_ss
    mov qword ptr [r15], 1535
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov qword ptr [rbx+48], 538251
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_exponent/7
# label_L
label_723:
# is_nil_fS
    cmp qword ptr [rbx+64], 59
    jne label_725
# test_heap_It
    lea rdx, qword ptr [r15+176]
    cmp rdx, rsp
    short jbe L2229
    mov ecx, 7
.db 0x90
    call 140320710850576
L2229:
# i_make_fun3_FStt
L2230:
    long mov rsi, 9223372036854775807
    mov edx, 6
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
    movups xmm0, xmmword ptr [rbx+40]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+40], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 384
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+32], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+40], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+48], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 56
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 26763
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_724:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_725
# test_heap_It
    lea rdx, qword ptr [r15+176]
    cmp rdx, rsp
    short jbe L2231
    mov ecx, 7
.db 0x90
    call 140320710850576
L2231:
# i_make_fun3_FStt
L2232:
    long mov rsi, 9223372036854775807
    mov edx, 6
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
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+40]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 384
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 59
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [r15+16], xmm0
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15+32], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+48], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 56
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 26763
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_725:
# i_call_only_f
    jmp float_end/7
# func_line_I
# aligned_label_Lt
    align 8
label_726:
# i_func_info_IaaI
# erl_scan:float_end/7
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x38, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
float_end/7:
# i_breakpoint_trampoline
    short jmp L2233
.db 0x00
    call L918
    align 8
L2233:
# i_test_yield
    lea rdx, qword ptr [float_end/7+24]
    dec r14
    jle L916
# allocate_tt
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L2234
    mov ecx, 7
    call 140320710850576
L2234:
    sub rsp, 64
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+56], rax
# i_move_sd
    mov rdi, qword ptr [rbx+48]
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L2235:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L2236:
    mov eax, 2147483647
    mov qword ptr [rsp+56], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_f
.db 0x90
    call remove_digit_separators/2
# call_light_bif_be
    align 4
L2237:
L2238:
    long mov rcx, 9223372036854775807
    mov rax, 94919179103040
    lea rdx, qword ptr [L2237]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# label_L
label_728:
# catch_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+56], 59
    cmp qword ptr [rbx], 0
    short jne L2239
    call 140320710850088
L2239:
# is_float_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_729
    cmp qword ptr [rdi-2], 88
    jne label_729
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov qword ptr [rbx+40], 47243
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+48], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 64
    jmp tok3/8
# label_L
label_729:
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
    mov qword ptr [rbx+8], 15
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_length_jtd
    align 4
L2240:
    xor esi, esi
    lea rdx, qword ptr [L2240]
    call 140320710852592
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rsp+24], 535115
    jne label_730
# i_move_sd
    mov qword ptr [rbx+32], 535115
# jump_f
    jmp label_731
# label_L
label_730:
# is_integer_fs
    mov rdi, qword ptr [rsp+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2241
    test al, 1
    jne label_732
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_732
L2241:
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp+24]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    test esi, 1
    short je L2243
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L2242
L2243:
    call 140320710853728
L2242:
    mov qword ptr [rbx+32], rax
# label_L
label_731:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+40], rdi
# i_move_sd
L2244:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 64
    jmp scan_error/6
# label_L
label_732:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 64
    jmp '-inlined-incr_column/2-'/2
# func_line_I
# aligned_label_Lt
    align 8
label_733:
# i_func_info_IaaI
# erl_scan:skip_comment/6
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x38, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
skip_comment/6:
# i_breakpoint_trampoline
    short jmp L2245
.db 0x00
    call L918
    align 8
L2245:
# i_test_yield
    lea rdx, qword ptr [skip_comment/6+24]
    dec r14
    jle L916
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_740
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+48], xmm0
# is_ne_exact_fss
    cmp qword ptr [rbx+48], 175
    je label_741
# is_integer_fs
    mov rdi, qword ptr [rbx+48]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2246
    test al, 1
    jne label_741
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_741
L2246:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+48]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L2247
    cmp rdi, rsi
    short jmp L2248
L2247:
    call 140320710848608
L2248:
    jl label_741
# is_ge_fss
    mov esi, 884751
    mov rdi, qword ptr [rbx+48]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L2249
    cmp rdi, rsi
    short jmp L2250
L2249:
    call 140320710848608
L2250:
    jl label_735
# is_lt_fss
    mov rsi, qword ptr [rbx+48]
    mov edi, 917503
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L2251
    cmp rdi, rsi
    short jmp L2252
L2251:
    call 140320710848608
L2252:
    jge label_736
# is_ge_fss
    mov esi, 1048559
    mov rdi, qword ptr [rbx+48]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L2253
    cmp rdi, rsi
    short jmp L2254
L2253:
    call 140320710848608
L2254:
    jl label_735
# is_lt_fss
    mov rsi, qword ptr [rbx+48]
    mov edi, 1048575
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L2255
    cmp rdi, rsi
    short jmp L2256
L2255:
    call 140320710848608
L2256:
    jge label_736
# is_ge_fss
    mov rsi, qword ptr [rbx+48]
    mov edi, 17825791
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L2257
    cmp rdi, rsi
    short jmp L2258
L2257:
    call 140320710848608
L2258:
    jl label_736
# label_L
label_735:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+40]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L2259
    mov rax, rsi
    add rax, rdx
    short jno L2260
L2259:
    call 140320710853080
L2260:
    mov qword ptr [rbx+40], rax
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp skip_comment/6
# label_L
label_736:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+40]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L2261
    mov rax, rsi
    add rax, rdx
    short jno L2262
L2261:
    call 140320710853080
L2262:
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 535115
    jne label_737
# i_move_sd
    mov qword ptr [rbx+32], 535115
# jump_f
    jmp label_738
# label_L
label_737:
# is_integer_fs
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2263
    test al, 1
    jne label_739
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_739
L2263:
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L2265
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L2264
L2265:
    call 140320710853728
L2264:
    mov qword ptr [rbx+32], rax
# label_L
label_738:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+40], rdi
# i_move_sd
L2266:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_error/6
# label_L
label_739:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp '-inlined-incr_column/2-'/2
# label_L
label_740:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_741
# test_heap_It
    lea rdx, qword ptr [r15+152]
    cmp rdx, rsp
    short jbe L2267
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2267:
# i_make_fun3_FStt
L2268:
    long mov rsi, 9223372036854775807
    mov edx, 6
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
    mov edi, 384
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 59
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+32], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+40], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+48], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 56
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 26763
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_741:
# is_ne_exact_fss
    cmp qword ptr [rbx+24], 535115
    je label_742
# is_integer_fs
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2269
    test al, 1
    jne label_743
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_743
L2269:
# i_plus_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rdx, qword ptr [rbx+40]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L2271
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L2270
L2271:
    call 140320710853728
L2270:
    mov qword ptr [rbx+24], rax
# label_L
label_742:
# i_call_only_f
    jmp scan1/5
# label_L
label_743:
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp '-inlined-incr_column/2-'/2
# func_line_I
# aligned_label_Lt
    align 8
label_744:
# i_func_info_IaaI
# erl_scan:scan_comment/6
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x38, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
scan_comment/6:
# i_breakpoint_trampoline
    short jmp L2272
.db 0x00
    call L918
    align 8
L2272:
# i_test_yield
    lea rdx, qword ptr [scan_comment/6+24]
    dec r14
    jle L916
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_751
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+48], xmm0
# is_ne_exact_fss
    cmp qword ptr [rbx+48], 175
    je label_752
# is_integer_fs
    mov rdi, qword ptr [rbx+48]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2273
    test al, 1
    jne label_752
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_752
L2273:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+48]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L2274
    cmp rdi, rsi
    short jmp L2275
L2274:
    call 140320710848608
L2275:
    jl label_752
# is_ge_fss
    mov esi, 884751
    mov rdi, qword ptr [rbx+48]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L2276
    cmp rdi, rsi
    short jmp L2277
L2276:
    call 140320710848608
L2277:
    jl label_746
# is_lt_fss
    mov rsi, qword ptr [rbx+48]
    mov edi, 917503
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L2278
    cmp rdi, rsi
    short jmp L2279
L2278:
    call 140320710848608
L2279:
    jge label_747
# is_ge_fss
    mov esi, 1048559
    mov rdi, qword ptr [rbx+48]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L2280
    cmp rdi, rsi
    short jmp L2281
L2280:
    call 140320710848608
L2281:
    jl label_746
# is_lt_fss
    mov rsi, qword ptr [rbx+48]
    mov edi, 1048575
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L2282
    cmp rdi, rsi
    short jmp L2283
L2282:
    call 140320710848608
L2283:
    jge label_747
# is_ge_fss
    mov rsi, qword ptr [rbx+48]
    mov edi, 17825791
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L2284
    cmp rdi, rsi
    short jmp L2285
L2284:
    call 140320710848608
L2285:
    jl label_747
# label_L
label_746:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2286
    mov ecx, 8
.db 0x66, 0x90
    call 140320710850576
L2286:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_comment/6
# label_L
label_747:
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+64], rdi
    mov qword ptr [rbx+72], 15
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+80], rdi
# i_length_jtd
    align 4
L2287:
    mov esi, 8
    lea rdx, qword ptr [L2287]
    call 140320710852592
    mov qword ptr [rbx], rax
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx]
    add rax, 16
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 535115
    jne label_748
# i_move_sd
    mov qword ptr [rbx+32], 535115
# jump_f
    jmp label_749
# label_L
label_748:
# is_integer_fs
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2288
    test al, 1
    jne label_750
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_750
L2288:
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    test esi, 1
    short je L2290
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L2289
L2290:
    call 140320710853728
L2289:
    mov qword ptr [rbx+32], rax
# label_L
label_749:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+40], rdi
# i_move_sd
L2291:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp scan_error/6
# label_L
label_750:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp '-inlined-incr_column/2-'/2
# label_L
label_751:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_752
# test_heap_It
    lea rdx, qword ptr [r15+152]
    cmp rdx, rsp
    short jbe L2292
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2292:
# i_make_fun3_FStt
L2293:
    long mov rsi, 9223372036854775807
    mov edx, 6
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
    mov edi, 384
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 59
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+32], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+40], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+48], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 56
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 26763
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_752:
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2294
    mov ecx, 6
    call 140320710850576
L2294:
    sub rsp, 40
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L2295:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov qword ptr [rbx+40], 538827
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp tok3/8
# func_line_I
# aligned_label_Lt
    align 8
label_753:
# i_func_info_IaaI
# erl_scan:tok2/7
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x39, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
tok2/7:
# i_breakpoint_trampoline
    short jmp L2296
.db 0x00
    call L918
    align 8
L2296:
# i_test_yield
    lea rdx, qword ptr [tok2/7+24]
    dec r14
    jle L916
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx+56], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+56], 11
    jne label_755
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 535115
    jne label_755
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2297
    mov ecx, 7
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2297:
    sub rsp, 40
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L2298:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2299
    mov ecx, 1
    call 140320710850576
L2299:
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
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov qword ptr [rbx+24], 535115
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp scan1/5
# label_L
label_755:
# allocate_tt
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L2300
    mov ecx, 8
.db 0x90
    call 140320710850576
L2300:
    sub rsp, 64
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
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+56], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+56]
    cmp rsi, 11
    je label_758
    cmp rsi, 75
    je label_756
    jmp label_769
# label_L
label_756:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun_t
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    mov rsi, 140320710850960
    lea r8, qword ptr [L2301]
    test ecx, 1
    short jne L2301
    cmp qword ptr [rcx-2], 212
    short jne L2301
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L2301:
    cmovne rdi, rsi
    call rdi
.db 0x66, 0x90
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_758
    cmp rsi, 75
    je label_757
    jmp label_770
# label_L
label_757:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsp], rdi
# jump_f
    jmp label_759
# label_L
label_758:
# i_move_sd
    mov qword ptr [rsp], 59
# label_L
label_759:
# is_eq_exact_fss
    cmp qword ptr [rsp+32], 535115
    jne label_762
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+48]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_761
# is_nil_fS
    cmp qword ptr [rsp], 59
    jne label_760
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L2302:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_765
# label_L
label_760:
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# i_call_ext_e
L2303:
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
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_ext_e
L2304:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_765
# label_L
label_761:
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L2305:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_765
# label_L
label_762:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+48]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_764
# is_nil_fS
    cmp qword ptr [rsp], 59
    jne label_763
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2306
    xor ecx, ecx
.db 0x90
    call 140320710850576
L2306:
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
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_call_ext_e
L2307:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_765
# label_L
label_763:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2308
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2308:
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
    mov qword ptr [rbx], rdi
# i_call_ext_e
L2309:
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
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_ext_e
L2310:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_765
# label_L
label_764:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2311
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2311:
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
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_ext_e
L2312:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# label_L
label_765:
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
    mov qword ptr [rbx+16], 15
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+24], rdi
# i_length_jtd
    align 4
L2313:
    mov esi, 1
    lea rdx, qword ptr [L2313]
    call 140320710852592
    mov qword ptr [rbx+8], rax
# is_eq_exact_fss
    cmp qword ptr [rsp+32], 535115
    jne label_766
# i_move_sd
    mov qword ptr [rbx+8], 535115
# jump_f
    jmp label_767
# label_L
label_766:
# is_integer_fs
    mov rdi, qword ptr [rsp+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2314
    test al, 1
    jne label_768
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_768
L2314:
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp+32]
    mov rdx, qword ptr [rbx+8]
# simplified test for small operands since both are numbers
    test esi, 1
    short je L2316
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L2315
L2316:
    call 140320710853728
L2315:
    mov qword ptr [rbx+8], rax
# label_L
label_767:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2317
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L2317:
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
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+48], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 64
    jmp scan1/5
# label_L
label_768:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 64
    jmp '-inlined-incr_column/2-'/2
# label_L
label_769:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2318
    mov ecx, 8
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2318:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 4747
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2319:
L2320:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L2319]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 64
# return
    dec r14
    jl L917
    ret
# label_L
label_770:
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
label_771:
# i_func_info_IaaI
# erl_scan:tok2/8
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x39, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
tok2/8:
# i_breakpoint_trampoline
    short jmp L2321
.db 0x00
    call L918
    align 8
L2321:
# i_test_yield
    lea rdx, qword ptr [tok2/8+24]
    dec r14
    jle L916
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_788
    cmp dword ptr [rsi-2], 384
    jne label_788
    cmp qword ptr [rsi+6], 92171
    jne label_788
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx+64], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+64], 11
    jne label_773
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 535115
    jne label_773
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2322
    mov ecx, 7
.db 0x66, 0x90
    call 140320710850576
L2322:
    sub rsp, 40
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L2323:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2324
    mov ecx, 1
    call 140320710850576
L2324:
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
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov qword ptr [rbx+24], 535115
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp scan1/5
# label_L
label_773:
# allocate_tt
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L2325
    mov ecx, 9
.db 0x90
    call 140320710850576
L2325:
    sub rsp, 64
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
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+48], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+64]
    cmp rsi, 11
    je label_775
    cmp rsi, 75
    je label_774
    jmp label_786
# label_L
label_774:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun_t
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    mov rsi, 140320710850960
    lea r8, qword ptr [L2326]
    test ecx, 1
    short jne L2326
    cmp qword ptr [rcx-2], 212
    short jne L2326
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L2326:
    cmovne rdi, rsi
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_775
    cmp rsi, 75
    je label_776
    jmp label_787
# label_L
label_775:
# i_move_sd
    mov qword ptr [rsp+16], 59
# label_L
label_776:
# is_eq_exact_fss
    cmp qword ptr [rsp+32], 535115
    jne label_779
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+48]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_778
# is_nil_fS
    cmp qword ptr [rsp+16], 59
    jne label_777
# init_yregs_I
    mov qword ptr [rsp+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L2327:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_782
# label_L
label_777:
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# i_call_ext_e
L2328:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# line_I
# i_call_ext_e
L2329:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_782
# label_L
label_778:
# init_yregs_I
    mov qword ptr [rsp+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L2330:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_782
# label_L
label_779:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+48]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_781
# is_nil_fS
    cmp qword ptr [rsp+16], 59
    jne label_780
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2331
    xor ecx, ecx
    call 140320710850576
L2331:
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
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# i_call_ext_e
L2332:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_782
# label_L
label_780:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2333
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2333:
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
    mov qword ptr [rbx], rdi
# i_call_ext_e
L2334:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# line_I
# i_call_ext_e
L2335:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_782
# label_L
label_781:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2336
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2336:
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
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# line_I
# i_call_ext_e
L2337:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# label_L
label_782:
# is_eq_exact_fss
    cmp qword ptr [rsp+32], 535115
    jne label_783
# i_move_sd
    mov qword ptr [rbx+8], 535115
# jump_f
    jmp label_784
# label_L
label_783:
# is_integer_fs
    mov rdi, qword ptr [rsp+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2338
    test al, 1
    jne label_785
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_785
L2338:
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp+32]
    mov rdx, qword ptr [rsp]
# simplified test for small operands since both are numbers
    test esi, 1
    short je L2340
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L2339
L2340:
    call 140320710853728
L2339:
    mov qword ptr [rbx+8], rax
# label_L
label_784:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2341
    mov ecx, 2
    call 140320710850576
L2341:
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
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+48], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 64
    jmp scan1/5
# label_L
label_785:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 64
    jmp '-inlined-incr_column/2-'/2
# label_L
label_786:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2342
    mov ecx, 9
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2342:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 4747
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2343:
L2344:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L2343]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 64
# return
    dec r14
    jl L917
    ret
# label_L
label_787:
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_788:
# badrecord_s
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_789:
# i_func_info_IaaI
# erl_scan:tok3/8
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x39, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
tok3/8:
# i_breakpoint_trampoline
    short jmp L2345
.db 0x00
    call L918
    align 8
L2345:
# i_test_yield
    lea rdx, qword ptr [tok3/8+24]
    dec r14
    jle L916
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_807
    cmp dword ptr [rsi-2], 384
    jne label_807
    cmp qword ptr [rsi+6], 92171
    jne label_807
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx+64], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+64], 11
    jne label_791
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 535115
    jne label_791
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2346
    mov ecx, 8
.db 0x66, 0x90
    call 140320710850576
L2346:
    sub rsp, 48
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L2347:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2348
    mov ecx, 1
    call 140320710850576
L2348:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov qword ptr [rbx+24], 535115
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp scan1/5
# label_L
label_791:
# allocate_tt
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L2349
    mov ecx, 9
    call 140320710850576
L2349:
    sub rsp, 72
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+48], 1
    vmovups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+24], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+40], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+56], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+64]
    cmp rsi, 11
    je label_794
    cmp rsi, 75
    je label_792
    jmp label_805
# label_L
label_792:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun_t
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    mov rsi, 140320710850960
    lea r8, qword ptr [L2350]
    test ecx, 1
    short jne L2350
    cmp qword ptr [rcx-2], 212
    short jne L2350
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L2350:
    cmovne rdi, rsi
    call rdi
.db 0x66, 0x90
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_794
    cmp rsi, 75
    je label_793
    jmp label_806
# label_L
label_793:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsp], rdi
# jump_f
    jmp label_795
# label_L
label_794:
# i_move_sd
    mov qword ptr [rsp], 59
# label_L
label_795:
# is_eq_exact_fss
    cmp qword ptr [rsp+40], 535115
    jne label_798
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+56]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_797
# is_nil_fS
    cmp qword ptr [rsp], 59
    jne label_796
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L2351:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_801
# label_L
label_796:
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# i_call_ext_e
L2352:
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
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_ext_e
L2353:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_801
# label_L
label_797:
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L2354:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_801
# label_L
label_798:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+56]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_800
# is_nil_fS
    cmp qword ptr [rsp], 59
    jne label_799
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2355
    xor ecx, ecx
.db 0x90
    call 140320710850576
L2355:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+40], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_call_ext_e
L2356:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_801
# label_L
label_799:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2357
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2357:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+40], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_call_ext_e
L2358:
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
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_ext_e
L2359:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_801
# label_L
label_800:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2360
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2360:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+40], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_ext_e
L2361:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# label_L
label_801:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2362
    mov ecx, 1
    call 140320710850576
L2362:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
    mov qword ptr [rbx+16], 15
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+24], rdi
# i_length_jtd
    align 4
L2363:
    mov esi, 1
    lea rdx, qword ptr [L2363]
    call 140320710852592
    mov qword ptr [rbx+8], rax
# is_eq_exact_fss
    cmp qword ptr [rsp+40], 535115
    jne label_802
# i_move_sd
    mov qword ptr [rbx+8], 535115
# jump_f
    jmp label_803
# label_L
label_802:
# is_integer_fs
    mov rdi, qword ptr [rsp+40]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2364
    test al, 1
    jne label_804
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_804
L2364:
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp+40]
    mov rdx, qword ptr [rbx+8]
# simplified test for small operands since both are numbers
    test esi, 1
    short je L2366
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L2365
L2366:
    call 140320710853728
L2365:
    mov qword ptr [rbx+8], rax
# label_L
label_803:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2367
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L2367:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+56], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 72
    jmp scan1/5
# label_L
label_804:
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 72
    jmp '-inlined-incr_column/2-'/2
# label_L
label_805:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2368
    mov ecx, 9
.db 0x66, 0x90
    call 140320710850576
L2368:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 4747
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2369:
L2370:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L2369]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 72
# return
    dec r14
    jl L917
    ret
# label_L
label_806:
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_807:
# badrecord_s
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_808:
# i_func_info_IaaI
# erl_scan:tok3/9
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x39, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x09, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
tok3/9:
# i_breakpoint_trampoline
    short jmp L2371
.db 0x00
    call L918
    align 8
L2371:
# i_test_yield
    lea rdx, qword ptr [tok3/9+24]
    dec r14
    jle L916
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_825
    cmp dword ptr [rsi-2], 384
    jne label_825
    cmp qword ptr [rsi+6], 92171
    jne label_825
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx+40], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+40], 11
    jne label_810
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 535115
    jne label_810
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2372
    mov ecx, 8
.db 0x66, 0x90
    call 140320710850576
L2372:
    sub rsp, 40
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L2373:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2374
    mov ecx, 1
    call 140320710850576
L2374:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 536075
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov qword ptr [rbx+24], 535115
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp scan1/5
# label_L
label_810:
# allocate_tt
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L2375
    mov ecx, 9
.db 0x90
    call 140320710850576
L2375:
    sub rsp, 64
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+56], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+24], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+56], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+40]
    cmp rsi, 11
    je label_812
    cmp rsi, 75
    je label_811
    jmp label_823
# label_L
label_811:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 536075
# line_I
# i_call_fun_t
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    mov rsi, 140320710850960
    lea r8, qword ptr [L2376]
    test ecx, 1
    short jne L2376
    cmp qword ptr [rcx-2], 212
    short jne L2376
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L2376:
    cmovne rdi, rsi
    call rdi
.db 0x66, 0x90
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_812
    cmp rsi, 75
    je label_813
    jmp label_824
# label_L
label_812:
# i_move_sd
    mov qword ptr [rsp+16], 59
# label_L
label_813:
# is_eq_exact_fss
    cmp qword ptr [rsp+32], 535115
    jne label_816
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+48]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_815
# is_nil_fS
    cmp qword ptr [rsp+16], 59
    jne label_814
# init_yregs_I
    mov qword ptr [rsp+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L2377:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_819
# label_L
label_814:
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# i_call_ext_e
L2378:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# line_I
# i_call_ext_e
L2379:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_819
# label_L
label_815:
# init_yregs_I
    mov qword ptr [rsp+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L2380:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_819
# label_L
label_816:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+48]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_818
# is_nil_fS
    cmp qword ptr [rsp+16], 59
    jne label_817
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2381
    xor ecx, ecx
    call 140320710850576
L2381:
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
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# i_call_ext_e
L2382:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_819
# label_L
label_817:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2383
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2383:
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
    mov qword ptr [rbx], rdi
# i_call_ext_e
L2384:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# line_I
# i_call_ext_e
L2385:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_819
# label_L
label_818:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2386
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2386:
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
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# line_I
# i_call_ext_e
L2387:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# label_L
label_819:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2388
    mov ecx, 1
    call 140320710850576
L2388:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 536075
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rsp+32], 535115
    jne label_820
# i_move_sd
    mov qword ptr [rbx+8], 535115
# jump_f
    jmp label_821
# label_L
label_820:
# is_integer_fs
    mov rdi, qword ptr [rsp+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2389
    test al, 1
    jne label_822
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_822
L2389:
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp+32]
    mov rdx, qword ptr [rsp]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L2391
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L2390
L2391:
    call 140320710853728
L2390:
    mov qword ptr [rbx+8], rax
# label_L
label_821:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2392
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2392:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+48], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 64
    jmp scan1/5
# label_L
label_822:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 64
    jmp '-inlined-incr_column/2-'/2
# label_L
label_823:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2393
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L2393:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 4747
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2394:
L2395:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L2394]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 64
# return
    dec r14
    jl L917
    ret
# label_L
label_824:
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_825:
# badrecord_s
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_826:
# i_func_info_IaaI
# erl_scan:scan_error/6
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x39, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
scan_error/6:
# i_breakpoint_trampoline
    short jmp L2396
.db 0x00
    call L918
    align 8
L2396:
# i_test_yield
    lea rdx, qword ptr [scan_error/6+24]
    dec r14
    jle L916
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2397
    mov ecx, 6
    call 140320710850576
L2397:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call location/2
# swap_dd
    mov rdi, qword ptr [rsp+16]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+16], rsi
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
.db 0x90
    call location/2
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
    jmp scan_error/4
# func_line_I
# aligned_label_Lt
    align 8
label_828:
# i_func_info_IaaI
# erl_scan:scan_error/4
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x39, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
scan_error/4:
# i_breakpoint_trampoline
    short jmp L2398
.db 0x00
    call L918
    align 8
L2398:
# i_test_yield
    lea rdx, qword ptr [scan_error/4+24]
    dec r14
    jle L916
# test_heap_It
    lea rdx, qword ptr [r15+120]
    cmp rdx, rsp
    short jbe L2399
    mov ecx, 4
    call 140320710850576
L2399:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 92171
    mov rdi, qword ptr [rbx]
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
    mov qword ptr [r15+8], 779
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx+16]
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_830:
# i_func_info_IaaI
# erl_scan:location/2
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xBB, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
location/2:
# i_breakpoint_trampoline
    short jmp L2400
.db 0x00
    call L918
    align 8
L2400:
# i_test_yield
    lea rdx, qword ptr [location/2+24]
    dec r14
    jle L916
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 535115
    jne label_832
# return
    dec r14
    jl L917
    ret
# label_L
label_832:
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2401
    test al, 1
    short jne label_830
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_830
L2401:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2402
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2402:
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
    jl L917
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_833:
# i_func_info_IaaI
# erl_scan:nl_spcs/1
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x39, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
nl_spcs/1:
# i_breakpoint_trampoline
    short jmp L2403
.db 0x00
    call L918
    align 8
L2403:
# i_test_yield
    lea rdx, qword ptr [nl_spcs/1+24]
    dec r14
    jle L916
# i_jump_on_val_sfWI
.section .rodata {#1}
L2404:
    align 8
.dq label_850
    align 8
.dq label_849
    align 8
.dq label_848
    align 8
.dq label_847
    align 8
.dq label_846
    align 8
.dq label_845
    align 8
.dq label_844
    align 8
.dq label_843
    align 8
.dq label_842
    align 8
.dq label_841
    align 8
.dq label_840
    align 8
.dq label_839
    align 8
.dq label_838
    align 8
.dq label_837
    align 8
.dq label_836
    align 8
.dq label_835
.section .text {#0}
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne label_833
    sar rdi, 4
    sub rdi, 2
    cmp rdi, 16
    short jae label_833
    lea rax, qword ptr [L2404]
    jmp qword ptr [rax+rdi*8]
# label_L
label_835:
# i_move_sd
L2405:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_836:
# i_move_sd
L2406:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_837:
# i_move_sd
L2407:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_838:
# i_move_sd
L2408:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_839:
# i_move_sd
L2409:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_840:
# i_move_sd
L2410:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_841:
# i_move_sd
L2411:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_842:
# i_move_sd
L2412:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_843:
# i_move_sd
L2413:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_844:
# i_move_sd
L2414:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_845:
# i_move_sd
L2415:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_846:
# i_move_sd
L2416:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_847:
# i_move_sd
L2417:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_848:
# i_move_sd
L2418:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_849:
# i_move_sd
L2419:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_850:
# i_move_sd
L2420:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_851:
# i_func_info_IaaI
# erl_scan:spcs/1
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x3A, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
spcs/1:
# i_breakpoint_trampoline
    short jmp L2421
.db 0x00
    call L918
    align 8
L2421:
# i_test_yield
    lea rdx, qword ptr [spcs/1+24]
    dec r14
    jle L916
# i_jump_on_val_sfWI
.section .rodata {#1}
L2422:
    align 8
.dq label_868
    align 8
.dq label_867
    align 8
.dq label_866
    align 8
.dq label_865
    align 8
.dq label_864
    align 8
.dq label_863
    align 8
.dq label_862
    align 8
.dq label_861
    align 8
.dq label_860
    align 8
.dq label_859
    align 8
.dq label_858
    align 8
.dq label_857
    align 8
.dq label_856
    align 8
.dq label_855
    align 8
.dq label_854
    align 8
.dq label_853
.section .text {#0}
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne label_851
    sar rdi, 4
    sub rdi, 1
    cmp rdi, 16
    short jae label_851
    lea rax, qword ptr [L2422]
    jmp qword ptr [rax+rdi*8]
# label_L
label_853:
# i_move_sd
L2423:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_854:
# i_move_sd
L2424:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_855:
# i_move_sd
L2425:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_856:
# i_move_sd
L2426:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_857:
# i_move_sd
L2427:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_858:
# i_move_sd
L2428:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_859:
# i_move_sd
L2429:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_860:
# i_move_sd
L2430:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_861:
# i_move_sd
L2431:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_862:
# i_move_sd
L2432:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_863:
# i_move_sd
L2433:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_864:
# i_move_sd
L2434:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_865:
# i_move_sd
L2435:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_866:
# i_move_sd
L2436:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_867:
# i_move_sd
L2437:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_868:
# i_move_sd
L2438:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_869:
# i_func_info_IaaI
# erl_scan:nl_tabs/1
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x3A, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
nl_tabs/1:
# i_breakpoint_trampoline
    short jmp L2439
.db 0x00
    call L918
    align 8
L2439:
# i_test_yield
    lea rdx, qword ptr [nl_tabs/1+24]
    dec r14
    jle L916
# i_jump_on_val_sfWI
.section .rodata {#1}
L2440:
    align 8
.dq label_880
    align 8
.dq label_879
    align 8
.dq label_878
    align 8
.dq label_877
    align 8
.dq label_876
    align 8
.dq label_875
    align 8
.dq label_874
    align 8
.dq label_873
    align 8
.dq label_872
    align 8
.dq label_871
.section .text {#0}
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne label_869
    sar rdi, 4
    sub rdi, 2
    cmp rdi, 10
    short jae label_869
    lea rax, qword ptr [L2440]
    jmp qword ptr [rax+rdi*8]
# label_L
label_871:
# i_move_sd
L2441:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_872:
# i_move_sd
L2442:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_873:
# i_move_sd
L2443:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_874:
# i_move_sd
L2444:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_875:
# i_move_sd
L2445:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_876:
# i_move_sd
L2446:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_877:
# i_move_sd
L2447:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_878:
# i_move_sd
L2448:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_879:
# i_move_sd
L2449:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_880:
# i_move_sd
L2450:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_881:
# i_func_info_IaaI
# erl_scan:tabs/1
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x19, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
tabs/1:
# i_breakpoint_trampoline
    short jmp L2451
.db 0x00
    call L918
    align 8
L2451:
# i_test_yield
    lea rdx, qword ptr [tabs/1+24]
    dec r14
    jle L916
# i_jump_on_val_sfWI
.section .rodata {#1}
L2452:
    align 8
.dq label_892
    align 8
.dq label_891
    align 8
.dq label_890
    align 8
.dq label_889
    align 8
.dq label_888
    align 8
.dq label_887
    align 8
.dq label_886
    align 8
.dq label_885
    align 8
.dq label_884
    align 8
.dq label_883
.section .text {#0}
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne label_881
    sar rdi, 4
    sub rdi, 1
    cmp rdi, 10
    short jae label_881
    lea rax, qword ptr [L2452]
    jmp qword ptr [rax+rdi*8]
# label_L
label_883:
# i_move_sd
L2453:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_884:
# i_move_sd
L2454:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_885:
# i_move_sd
L2455:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_886:
# i_move_sd
L2456:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_887:
# i_move_sd
L2457:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_888:
# i_move_sd
L2458:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_889:
# i_move_sd
L2459:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_890:
# i_move_sd
L2460:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_891:
# i_move_sd
L2461:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# label_L
label_892:
# i_move_sd
L2462:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_893:
# i_func_info_IaaI
# erl_scan:reserved_word/1
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x3A, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
reserved_word/1:
# i_breakpoint_trampoline
    short jmp L2463
.db 0x00
    call L918
    align 8
L2463:
# i_test_yield
    lea rdx, qword ptr [reserved_word/1+24]
    dec r14
    jle L916
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L2464
    mov ecx, 1
    call 140320710850576
L2464:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call f_reserved_word/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_895
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L917
    ret
# label_L
label_895:
# line_I
# i_call_ext_e
L2465:
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
L2466:
L2467:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L2466]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L917
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_896:
# i_func_info_IaaI
# erl_scan:f_reserved_word/1
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x3A, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
f_reserved_word/1:
# i_breakpoint_trampoline
    short jmp L2468
.db 0x00
    call L918
    align 8
L2468:
# i_test_yield
    lea rdx, qword ptr [f_reserved_word/1+24]
    dec r14
    jle L916
# i_select_val_bins_sfI
    mov rsi, qword ptr [rbx]
# Binary search in table of 27 elements
# Subtree [0..26], pivot 13
    cmp rsi, 35659
    je label_898
    ja L2469
# Subtree [0..12], pivot 6
    cmp rsi, 6987
    je label_898
    ja L2470
# Linear search in [0..5], 6 elements
    cmp rsi, 3083
    je label_898
    cmp rsi, 3147
    je label_898
    cmp rsi, 5643
    je label_898
    cmp rsi, 6667
    je label_898
    cmp rsi, 6731
    je label_898
    cmp rsi, 6795
    je label_898
    jmp label_899
L2470:
# Linear search in [7..12], 6 elements
    cmp rsi, 7051
    je label_898
    cmp rsi, 12747
    je label_898
    cmp rsi, 29515
    je label_898
    cmp rsi, 31115
    je label_898
    cmp rsi, 31243
    je label_898
    cmp rsi, 35211
    je label_898
    jmp label_899
L2469:
# Subtree [14..26], pivot 20
    cmp rsi, 295179
    je label_898
    ja L2471
# Linear search in [14..19], 6 elements
    cmp rsi, 45707
    je label_898
    cmp rsi, 243979
    je label_898
    cmp rsi, 244299
    je label_898
    cmp rsi, 245387
    je label_898
    cmp rsi, 245515
    je label_898
    cmp rsi, 245579
    je label_898
    jmp label_899
L2471:
# Linear search in [21..26], 6 elements
    cmp rsi, 296587
    je label_898
    cmp rsi, 298763
    je label_898
    cmp rsi, 299019
    je label_898
    cmp rsi, 302027
    je label_898
    cmp rsi, 539403
    je label_898
    cmp rsi, 539467
    je label_898
    jmp label_899
# label_L
label_898:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L917
    ret
# label_L
label_899:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L917
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_900:
# i_func_info_IaaI
# erl_scan:module_info/0
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/0:
# i_breakpoint_trampoline
    short jmp L2472
.db 0x00
    call L918
    align 8
L2472:
# i_test_yield
    lea rdx, qword ptr [module_info/0+24]
    dec r14
    jle L916
# i_move_sd
    mov qword ptr [rbx], 92171
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2473
    mov ecx, 1
.db 0x90
    call 140320710850576
L2473:
# call_light_bif_be
    align 4
L2474:
L2475:
    long mov rcx, 9223372036854775807
    mov rax, 94919178912304
    lea rdx, qword ptr [L2474]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L917
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_902:
# i_func_info_IaaI
# erl_scan:module_info/1
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/1:
# i_breakpoint_trampoline
    short jmp L2476
.db 0x00
    call L918
    align 8
L2476:
# i_test_yield
    lea rdx, qword ptr [module_info/1+24]
    dec r14
    jle L916
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 92171
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2477
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L2477:
# call_light_bif_be
    align 4
L2478:
L2479:
    long mov rcx, 9223372036854775807
    mov rax, 94919178913216
    lea rdx, qword ptr [L2478]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L917
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_904:
# i_func_info_IaaI
# erl_scan:'-remove_digit_separators/2-lc$^0/1-0-'/1
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x3B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-remove_digit_separators/2-lc$^0/1-0-'/1:
# i_breakpoint_trampoline
    short jmp L2480
.db 0x00
    call L918
    align 8
L2480:
# i_test_yield
    lea rdx, qword ptr ['-remove_digit_separators/2-lc$^0/1-0-'/1+24]
    dec r14
    jle L916
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_907
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 1535
    jne label_906
# i_call_only_f
    short jmp '-remove_digit_separators/2-lc$^0/1-0-'/1
# label_L
label_906:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L2481
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L2481:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-remove_digit_separators/2-lc$^0/1-0-'/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2482
    mov ecx, 1
    call 140320710850576
L2482:
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
    jl L917
    ret
# label_L
label_907:
# return
    dec r14
    jl L917
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_908:
# i_func_info_IaaI
# erl_scan:'-options/1-fun-1-'/3
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x3B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-options/1-fun-1-'/3:
# i_breakpoint_trampoline
    short jmp L2483
.db 0x00
    call L918
    align 8
L2483:
# i_test_yield
    lea rdx, qword ptr ['-options/1-fun-1-'/3+24]
    dec r14
    jle L916
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L917
    ret
# i_lambda_trampoline_FfWW
L913:
    mov rax, qword ptr [rcx+38]
    mov qword ptr [rbx+16], rax
    short jmp '-options/1-fun-1-'/3
# func_line_I
# aligned_label_Lt
    align 8
label_910:
# i_func_info_IaaI
# erl_scan:'-inlined-incr_column/2-'/2
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x3C, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-inlined-incr_column/2-'/2:
# i_breakpoint_trampoline
    short jmp L2484
.db 0x00
    call L918
    align 8
L2484:
# i_test_yield
    lea rdx, qword ptr ['-inlined-incr_column/2-'/2+24]
    dec r14
    jle L916
# jump_f
    short jmp label_910
# func_line_I
# aligned_label_Lt
    align 8
label_912:
# i_func_info_IaaI
# erl_scan:'-inlined-new_column/2-'/2
    call L915
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x68, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x3C, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-inlined-new_column/2-'/2:
# i_breakpoint_trampoline
    short jmp L2485
.db 0x00
    call L918
    align 8
L2485:
# i_test_yield
    lea rdx, qword ptr ['-inlined-new_column/2-'/2+24]
    dec r14
    jle L916
# jump_f
    short jmp label_912
# int_code_end
L2486:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, 94919180896308
    call 94919178184336
.section .rodata {#1}
line:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
.section .rodata {#1}
attr:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x68, 0x02, 0x64, 0x00, 0x03, 0x76, 0x73, 0x6E, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x6E, 0x10, 0x00, 0x8B, 0x4D, 0x94, 0xE6, 0x49, 0xDA, 0x64, 0xC1, 0xD5, 0x75, 0xA7, 0x90, 0x5A, 0x90, 0x92, 0x65, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x07, 0x72, 0x65, 0x6D, 0x6F, 0x76, 0x65, 0x64, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x68, 0x03, 0x64, 0x00, 0x0D, 0x73, 0x65, 0x74, 0x5F, 0x61, 0x74, 0x74, 0x72, 0x69, 0x62, 0x75, 0x74, 0x65, 0x61, 0x03, 0x6B, 0x00, 0x1F, 0x75, 0x73, 0x65, 0x20, 0x65, 0x72, 0x6C, 0x5F, 0x61, 0x6E, 0x6E, 0x6F, 0x3A, 0x73, 0x65, 0x74, 0x5F, 0x6C, 0x69, 0x6E, 0x65, 0x2F, 0x32, 0x20, 0x69, 0x6E, 0x73, 0x74, 0x65, 0x61, 0x64, 0x68, 0x03, 0x64, 0x00, 0x0F, 0x61, 0x74, 0x74, 0x72, 0x69, 0x62, 0x75, 0x74, 0x65, 0x73, 0x5F, 0x69, 0x6E, 0x66, 0x6F, 0x64, 0x00, 0x01, 0x5F, 0x6B, 0x00, 0x32, 0x75, 0x73, 0x65, 0x20, 0x65, 0x72, 0x6C, 0x5F, 0x61, 0x6E, 0x6E, 0x6F, 0x3A, 0x7B, 0x63, 0x6F, 0x6C, 0x75, 0x6D, 0x6E, 0x2C, 0x6C, 0x69, 0x6E, 0x65, 0x2C, 0x6C, 0x6F, 0x63, 0x61, 0x74, 0x69, 0x6F, 0x6E, 0x2C, 0x74, 0x65, 0x78, 0x74, 0x7D, 0x2F, 0x31, 0x20, 0x69, 0x6E, 0x73, 0x74, 0x65, 0x61, 0x64, 0x68, 0x03, 0x64, 0x00, 0x0A, 0x74, 0x6F, 0x6B, 0x65, 0x6E, 0x5F, 0x69, 0x6E, 0x66, 0x6F, 0x64, 0x00, 0x01, 0x5F, 0x6B, 0x00, 0x42, 0x75, 0x73, 0x65, 0x20, 0x65, 0x72, 0x6C, 0x5F, 0x73, 0x63, 0x61, 0x6E, 0x3A, 0x7B, 0x63, 0x61, 0x74, 0x65, 0x67, 0x6F, 0x72, 0x79, 0x2C, 0x63, 0x6F, 0x6C, 0x75, 0x6D, 0x6E, 0x2C, 0x6C, 0x69, 0x6E, 0x65, 0x2C, 0x6C, 0x6F, 0x63, 0x61, 0x74, 0x69, 0x6F, 0x6E, 0x2C, 0x73, 0x79, 0x6D, 0x62, 0x6F, 0x6C, 0x2C, 0x74, 0x65, 0x78, 0x74, 0x7D, 0x2F, 0x31, 0x20, 0x69, 0x6E, 0x73, 0x74, 0x65, 0x61, 0x64, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x0C, 0x72, 0x65, 0x6D, 0x6F, 0x76, 0x65, 0x64, 0x5F, 0x74, 0x79, 0x70, 0x65, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x68, 0x03, 0x64, 0x00, 0x06, 0x63, 0x6F, 0x6C, 0x75, 0x6D, 0x6E, 0x61, 0x00, 0x6B, 0x00, 0x1D, 0x75, 0x73, 0x65, 0x20, 0x65, 0x72, 0x6C, 0x5F, 0x61, 0x6E, 0x6E, 0x6F, 0x3A, 0x63, 0x6F, 0x6C, 0x75, 0x6D, 0x6E, 0x28, 0x29, 0x20, 0x69, 0x6E, 0x73, 0x74, 0x65, 0x61, 0x64, 0x68, 0x03, 0x64, 0x00, 0x04, 0x6C, 0x69, 0x6E, 0x65, 0x61, 0x00, 0x6B, 0x00, 0x1B, 0x75, 0x73, 0x65, 0x20, 0x65, 0x72, 0x6C, 0x5F, 0x61, 0x6E, 0x6E, 0x6F, 0x3A, 0x6C, 0x69, 0x6E, 0x65, 0x28, 0x29, 0x20, 0x69, 0x6E, 0x73, 0x74, 0x65, 0x61, 0x64, 0x68, 0x03, 0x64, 0x00, 0x08, 0x6C, 0x6F, 0x63, 0x61, 0x74, 0x69, 0x6F, 0x6E, 0x61, 0x00, 0x6B, 0x00, 0x1F, 0x75, 0x73, 0x65, 0x20, 0x65, 0x72, 0x6C, 0x5F, 0x61, 0x6E, 0x6E, 0x6F, 0x3A, 0x6C, 0x6F, 0x63, 0x61, 0x74, 0x69, 0x6F, 0x6E, 0x28, 0x29, 0x20, 0x69, 0x6E, 0x73, 0x74, 0x65, 0x61, 0x64, 0x6A, 0x6A
.section .text {#0}
.section .rodata {#1}
compile:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x68, 0x02, 0x64, 0x00, 0x07, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6F, 0x6E, 0x6B, 0x00, 0x03, 0x38, 0x2E, 0x32, 0x68, 0x02, 0x64, 0x00, 0x07, 0x6F, 0x70, 0x74, 0x69, 0x6F, 0x6E, 0x73, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x64, 0x00, 0x0A, 0x64, 0x65, 0x62, 0x75, 0x67, 0x5F, 0x69, 0x6E, 0x66, 0x6F, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x45, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x4F, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x2E, 0x2E, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x06, 0x73, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x6B, 0x00, 0x47, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x65, 0x72, 0x6C, 0x5F, 0x73, 0x63, 0x61, 0x6E, 0x2E, 0x65, 0x72, 0x6C, 0x6A
.section .text {#0}
.section .rodata {#1}
md5:
.db 0x65, 0x92, 0x90, 0x5A, 0x90, 0xA7, 0x75, 0xD5, 0xC1, 0x64, 0xDA, 0x49, 0xE6, 0x94, 0x4D, 0x8B
.section .text {#0}
