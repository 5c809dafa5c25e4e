<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cli</name>
    <message>
        <source>vramscope summary: unexpected argument &apos;%1&apos;
</source>
        <translation>vramscope summary: 意外的参数“%1”
</translation>
    </message>
    <message>
        <source>vramscope summary: no file given
</source>
        <translation>vramscope summary: 未指定文件
</translation>
    </message>
    <message>
        <source>vramscope: %1
</source>
        <translation>vramscope: %1
</translation>
    </message>
    <message>
        <source>vramscope compare: unexpected argument &apos;%1&apos;
</source>
        <translation>vramscope compare: 意外的参数“%1”
</translation>
    </message>
    <message>
        <source>vramscope compare: two files needed (A = before, B = after)
</source>
        <translation>vramscope compare: 需要两个文件（A = 之前，B = 之后）
</translation>
    </message>
    <message>
        <source>vramscope ranks: --threshold needs a percentage
</source>
        <translation>vramscope ranks: --threshold 需要一个百分比
</translation>
    </message>
    <message>
        <source>vramscope ranks: unexpected argument &apos;%1&apos;
</source>
        <translation>vramscope ranks: 意外的参数“%1”
</translation>
    </message>
    <message>
        <source>vramscope: %1: no snapshot files in this folder
</source>
        <translation>vramscope: %1: 此文件夹中没有快照文件
</translation>
    </message>
    <message>
        <source>vramscope ranks: no folder or files given
</source>
        <translation>vramscope ranks: 未指定文件夹或文件
</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>, frees about %1</source>
        <translation>，约可释放 %1</translation>
    </message>
    <message>
        <source> (covers the shortfall)</source>
        <translation>（可弥补缺口）</translation>
    </message>
    <message>
        <source> [changes the science]</source>
        <translation> [改变实验设定]</translation>
    </message>
    <message>
        <source>vramscope diagnose: cannot read standard input
</source>
        <translation>vramscope diagnose: 无法读取标准输入
</translation>
    </message>
    <message>
        <source>Not recognised as an out-of-memory message.
</source>
        <translation>无法识别为显存不足（out-of-memory）消息。
</translation>
    </message>
    <message>
        <source>Host memory, not a GPU OOM: %1
</source>
        <translation>主机内存不足，并非 GPU OOM: %1
</translation>
    </message>
    <message>
        <source>GPU out of memory (%1, device %2)
</source>
        <translation>GPU 显存不足（%1，设备 %2）
</translation>
    </message>
    <message>
        <source>  requested %1, capacity %2, allocated %3, reserved %4, free %5
</source>
        <translation>  请求 %1，容量 %2，已分配 %3，已预留 %4，空闲 %5
</translation>
    </message>
    <message>
        <source>Verdict: %1. %2
</source>
        <translation>结论: %1。%2
</translation>
    </message>
    <message>
        <source>vramscope diagnose: unexpected or invalid argument &apos;%1&apos;
</source>
        <translation>vramscope diagnose: 意外或无效的参数“%1”
</translation>
    </message>
    <message>
        <source>vramscope diagnose: no file given (or --message TEXT)
</source>
        <translation>vramscope diagnose: 未指定文件（或 --message TEXT）
</translation>
    </message>
    <message>
        <source>vramscope: %1: device %2 has no trace entries or segments
</source>
        <translation>vramscope: %1: 设备 %2 没有跟踪条目，也没有段
</translation>
    </message>
    <message>
        <source>%1, device %2: %3 at event %4
</source>
        <translation>%1，设备 %2: %3（事件 %4）
</translation>
    </message>
    <message>
        <source>Allocated %1, reserved %2, requested %3, device free %4
</source>
        <translation>已分配 %1，已预留 %2，请求 %3，设备空闲 %4
</translation>
    </message>
    <message>
        <source>Bands at the moment:
</source>
        <translation>该时刻的各区带:
</translation>
    </message>
    <message>
        <source>Hint: %1
</source>
        <translation>提示: %1
</translation>
    </message>
    <message>
        <source>Capture: %1
  next time: %2
</source>
        <translation>采集: %1
  下次: %2
</translation>
    </message>
    <message>
        <source>vramscope report: unexpected or invalid argument &apos;%1&apos;
</source>
        <translation>vramscope report: 意外或无效的参数“%1”
</translation>
    </message>
    <message>
        <source>vramscope report: the image size must be 200x120 to 8000x8000 and the scale 0.5 to 4
</source>
        <translation>vramscope report: 图像尺寸必须在 200x120 到 8000x8000 之间，缩放比例必须在 0.5 到 4 之间
</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 无法写入: %2</translation>
    </message>
    <message>
        <source>%1: could not render the report</source>
        <translation>%1: 无法生成报告</translation>
    </message>
    <message>
        <source>vramscope: %1: could not render the report
</source>
        <translation>vramscope: %1: 无法生成报告
</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 KiB)
</source>
        <translation>已写入 %1（%2 KiB）
</translation>
    </message>
    <message>
        <source>%1: device %2 has no trace entries or segments</source>
        <translation>%1: 设备 %2 没有跟踪条目，也没有段</translation>
    </message>
    <message>
        <source>%1, %2: could not render the comparison report</source>
        <translation>%1, %2: 无法生成比较报告</translation>
    </message>
    <message>
        <source>usage: vramscope [--lang LANG] [--allocations] [--screenshot PNG] [FILE...]
                                           open files in the desktop app
       vramscope summary FILE [--json]     what the snapshot holds, per device
       vramscope diagnose FILE [--device N] [--capacity BYTES] [--rules FILE] [--json]
       vramscope diagnose --message TEXT|- [--json]
       vramscope compare A B [--rules FILE] [--json]
                                           what changed from A (before) to B (after)
       vramscope ranks DIR|FILES... [--threshold PERCENT] [--rules FILE] [--json]
       vramscope report FILE [--compare B] -o OUT.html [--png OUT.png] [--device N] [--rules FILE] [--capacity BYTES] [--width W --height H] [--scale S]
exit codes: 0 ok, 1 usage, 2 bad input, 3 I/O error, 4 cancelled, 5 internal error
</source>
        <translation>用法: vramscope [--lang LANG] [--allocations] [--screenshot PNG] [FILE...]
                                          在桌面应用中打开文件
      vramscope summary FILE [--json]     快照的内容，按设备列出
      vramscope diagnose FILE [--device N] [--capacity BYTES] [--rules FILE] [--json]
      vramscope diagnose --message TEXT|- [--json]
      vramscope compare A B [--rules FILE] [--json]
                                          从 A（之前）到 B（之后）发生了什么变化
      vramscope ranks DIR|FILES... [--threshold PERCENT] [--rules FILE] [--json]
      vramscope report FILE [--compare B] -o OUT.html [--png OUT.png] [--device N] [--rules FILE] [--capacity BYTES] [--width W --height H] [--scale S]
退出码: 0 成功，1 用法错误，2 输入无效，3 I/O 错误，4 已取消，5 内部错误
</translation>
    </message>
    <message>
        <source>vramscope report: usage: vramscope report FILE [--compare B] -o OUT.html [--png OUT.png] [--device N] [--rules FILE] [--capacity BYTES] [--width W --height H] [--scale S]
</source>
        <translation>vramscope report: 用法: vramscope report FILE [--compare B] -o OUT.html [--png OUT.png] [--device N] [--rules FILE] [--capacity BYTES] [--width W --height H] [--scale S]
</translation>
    </message>
</context>
<context>
    <name>VramScope</name>
    <message>
        <source>No allocation history was recorded for this device: only the state at the dump is known, so there is no timeline, no OOM entry and no phases. Start recording before the model is built.</source>
        <translation>此设备没有记录分配历史：只知道转储时的状态，因此没有时间线、没有 OOM 条目，也没有阶段信息。请在构建模型之前开始记录。</translation>
    </message>
    <message numerus="yes">
        <source>The history holds %n entry(ies): recorded with enabled=&quot;state&quot;, which keeps only the stacks of live blocks.</source>
        <translation>
            <numerusform>历史中有 %n 个条目：记录时使用了 enabled=&quot;state&quot;，它只保留存活块的调用栈。</numerusform>
        </translation>
    </message>
    <message>
        <source>No allocation carries a stack: recorded with context=None or &quot;state&quot;. Categories then rest on lifetimes alone.</source>
        <translation>没有任何分配带有调用栈：记录时使用了 context=None 或 &quot;state&quot;。此时类别只能依据生命周期判断。</translation>
    </message>
    <message>
        <source>The stacks hold only C++ frames, so the Python code that allocated is unknown. Record Python frames too.</source>
        <translation>调用栈中只有 C++ 帧，因此无法得知是哪段 Python 代码进行了分配。请同时记录 Python 帧。</translation>
    </message>
    <message>
        <source>%1% of the allocations have no stack (typically backward allocations recorded with Python-only stacks).</source>
        <translation>%1% 的分配没有调用栈（通常是以仅 Python 调用栈方式记录的反向传播分配）。</translation>
    </message>
    <message numerus="yes">
        <source>%n free(s) of allocations made before the trace window: the ring buffer overflowed (or recording started late), so the beginning is missing.</source>
        <translation>
            <numerusform>有 %n 次释放针对的是跟踪窗口之前的分配：环形缓冲区已溢出（或记录开始得太晚），因此开头部分缺失。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% of the memory live at the moment was allocated before recording started, so its category and stack are largely unknown. Call _record_memory_history before the model is created.</source>
        <translation>该时刻存活的内存中有 %1% 是在开始记录之前分配的，因此其类别和调用栈大多未知。请在创建模型之前调用 _record_memory_history。</translation>
    </message>
    <message>
        <source>The trace ends %1 s before the last annotation: recording stopped (or was disabled) long before the end of the run, so the OOM may not be in it.</source>
        <translation>跟踪在最后一个标注之前 %1 秒就结束了：记录在运行结束前很久就已停止（或被禁用），因此其中可能不包含 OOM。</translation>
    </message>
    <message numerus="yes">
        <source>The snapshot was dumped %n allocator event(s) after the OOM (in an exception handler?): the segments show the dump, not the OOM, so the free blocks at the OOM are reconstructed. Dump from an OOM observer.</source>
        <translation>
            <numerusform>快照是在 OOM 之后 %n 个分配器事件才转储的（在异常处理程序中？）：段显示的是转储时的状态而非 OOM 时，因此 OOM 时的空闲块是重建出来的。请在 OOM 观察器中转储。</numerusform>
        </translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Optimizer state</source>
        <translation>优化器状态</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <source>Temporaries</source>
        <translation>临时张量</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1: more than %2 rules</source>
        <translation>%1: 规则超过 %2 条</translation>
    </message>
    <message>
        <source>%1: invalid regular expression &quot;%2&quot;: %3</source>
        <translation>%1: 无效的正则表达式“%2”: %3</translation>
    </message>
    <message>
        <source>%1: unknown category &quot;%2&quot; (expected parameter, optimizer_state, gradient, activation, temporary, input or unknown)</source>
        <translation>%1: 未知类别“%2”（应为 parameter、optimizer_state、gradient、activation、temporary、input 或 unknown）</translation>
    </message>
    <message>
        <source>%1: a rule needs a pattern after the category</source>
        <translation>%1: 规则在类别之后需要一个模式</translation>
    </message>
    <message>
        <source>Cannot read the rules file %1: %2</source>
        <translation>无法读取规则文件 %1: %2</translation>
    </message>
    <message>
        <source>Unknown bytes (%1) exceed the tallest known band (%2); see the capture health notes.</source>
        <translation>未知字节数（%1）超过了已知的最高区带（%2）；请参阅采集质量说明。</translation>
    </message>
    <message>
        <source>No OOM in the trace: this is the peak of allocated memory.</source>
        <translation>跟踪中没有 OOM：这是已分配内存的峰值。</translation>
    </message>
    <message>
        <source>No history: this is the state at the dump.</source>
        <translation>没有历史记录：这是转储时的状态。</translation>
    </message>
    <message>
        <source>%1 reserved but unallocated, at least the %2 request, and no free block that large: fragmentation.</source>
        <translation>%1 已预留但未分配，不小于 %2 的请求，却没有这么大的空闲块：碎片化。</translation>
    </message>
    <message>
        <source>The reconstructed free blocks show one of %1 in the request&apos;s pool and stream; the reconstruction is approximate.</source>
        <translation>重建的空闲块显示，在该请求的内存池和流中有一个 %1 的块；重建结果是近似的。</translation>
    </message>
    <message>
        <source>Free blocks at the moment are reconstructed from the trace (sizes rounded to 512 bytes): approximate.</source>
        <translation>该时刻的空闲块是根据跟踪重建的（大小按 512 字节取整）：近似值。</translation>
    </message>
    <message>
        <source>No single rung covers the shortfall: combine the rungs in order.</source>
        <translation>没有任何单个梯级能弥补缺口：请按顺序组合使用各梯级。</translation>
    </message>
    <message>
        <source>not categorized</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>the file names the category (profiler-derived snapshot)</source>
        <translation>文件中已注明类别（由 profiler 导出的快照）</translation>
    </message>
    <message>
        <source>a user rule matched a frame</source>
        <translation>某条用户规则匹配了一个帧</translation>
    </message>
    <message>
        <source>created by the optimizer&apos;s lazy state initialization</source>
        <translation>由优化器的惰性状态初始化创建</translation>
    </message>
    <message>
        <source>created in optimizer.step() and kept across steps</source>
        <translation>在 optimizer.step() 中创建并跨步保留</translation>
    </message>
    <message>
        <source>created and freed inside optimizer.step()</source>
        <translation>在 optimizer.step() 内部创建并释放</translation>
    </message>
    <message>
        <source>created by AccumulateGrad (a parameter&apos;s gradient)</source>
        <translation>由 AccumulateGrad 创建（参数的梯度）</translation>
    </message>
    <message>
        <source>created in backward and kept until zero_grad or the next step</source>
        <translation>在反向传播中创建，保留到 zero_grad 或下一步</translation>
    </message>
    <message>
        <source>created and freed inside backward</source>
        <translation>在反向传播内部创建并释放</translation>
    </message>
    <message>
        <source>created by model construction, .to()/.cuda() or checkpoint loading and kept to the end</source>
        <translation>由模型构建、.to()/.cuda() 或加载检查点创建，并一直保留到结束</translation>
    </message>
    <message>
        <source>created during setup and freed soon after</source>
        <translation>在初始化阶段创建，随后很快释放</translation>
    </message>
    <message>
        <source>created in forward and freed in backward</source>
        <translation>在前向传播中创建，在反向传播中释放</translation>
    </message>
    <message>
        <source>created and freed inside forward</source>
        <translation>在前向传播内部创建并释放</translation>
    </message>
    <message>
        <source>created in forward and not freed by backward (outputs, caches or a leak)</source>
        <translation>在前向传播中创建，且未被反向传播释放（输出、缓存或泄漏）</translation>
    </message>
    <message>
        <source>created and freed inside evaluation</source>
        <translation>在评估内部创建并释放</translation>
    </message>
    <message>
        <source>created in evaluation and kept (outputs piling up)</source>
        <translation>在评估中创建并保留（输出不断堆积）</translation>
    </message>
    <message>
        <source>a batch moved to the device</source>
        <translation>移动到设备上的一个批次</translation>
    </message>
    <message>
        <source>no frames: created before the step&apos;s forward and freed after it</source>
        <translation>无帧：在该步的前向传播之前创建，之后释放</translation>
    </message>
    <message>
        <source>no frames: created before training started and alive to the end</source>
        <translation>无帧：在训练开始前创建，并一直存活到结束</translation>
    </message>
    <message>
        <source>no frames: decided by the surrounding phase and the lifetime</source>
        <translation>无帧：根据所在阶段和生命周期判断</translation>
    </message>
    <message>
        <source>allocated before the trace window (recording started late or the ring buffer dropped it) and no stack was kept</source>
        <translation>在跟踪窗口之前分配（记录开始得晚，或被环形缓冲区丢弃），且未保留调用栈</translation>
    </message>
    <message>
        <source>no frames were recorded and no phase is known around it</source>
        <translation>未记录任何帧，且其前后的阶段未知</translation>
    </message>
    <message>
        <source>its frames and lifetime match no rule</source>
        <translation>其帧和生命周期不匹配任何规则</translation>
    </message>
    <message>
        <source>%1 (confidence %2%): %3</source>
        <translation>%1（置信度 %2%）：%3</translation>
    </message>
    <message>
        <source>; frame %1</source>
        <translation>；帧 %1</translation>
    </message>
    <message>
        <source>before the trace</source>
        <translation>跟踪开始前</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>; lives from event %1 to %2</source>
        <translation>；存活于事件 %1 至 %2</translation>
    </message>
    <message>
        <source> (steps %1-%2)</source>
        <translation>（第 %1-%2 步）</translation>
    </message>
    <message>
        <source>, created in %1</source>
        <translation>，创建于%1</translation>
    </message>
    <message>
        <source>Smaller micro-batch + gradient accumulation</source>
        <translation>更小的微批次 + 梯度累积</translation>
    </message>
    <message>
        <source>bf16 autocast</source>
        <translation>bf16 autocast</translation>
    </message>
    <message>
        <source>Activation checkpointing</source>
        <translation>激活检查点</translation>
    </message>
    <message>
        <source>Expandable segments</source>
        <translation>可扩展段（expandable segments）</translation>
    </message>
    <message>
        <source>SDPA / FlashAttention</source>
        <translation>SDPA / FlashAttention</translation>
    </message>
    <message>
        <source>Shorter sequences / lower resolution</source>
        <translation>更短的序列 / 更低的分辨率</translation>
    </message>
    <message>
        <source>8-bit or paged optimizer</source>
        <translation>8 位或分页优化器</translation>
    </message>
    <message>
        <source>FSDP / ZeRO sharding</source>
        <translation>FSDP / ZeRO 分片</translation>
    </message>
    <message>
        <source>CPU / NVMe offload</source>
        <translation>CPU / NVMe 卸载</translation>
    </message>
    <message>
        <source>LoRA / QLoRA</source>
        <translation>LoRA / QLoRA</translation>
    </message>
    <message>
        <source>Halve the micro-batch and double the gradient-accumulation steps: the effective batch and the math stay the same; activations, temporaries and inputs shrink with the micro-batch.</source>
        <translation>将微批次减半，并将梯度累积步数加倍：有效批次大小和计算结果保持不变；激活值、临时张量和输入随微批次一起减小。</translation>
    </message>
    <message>
        <source>Run the forward pass under torch.autocast(dtype=torch.bfloat16): activations take half the bytes; usually faster, numerics change slightly.</source>
        <translation>在 torch.autocast(dtype=torch.bfloat16) 下运行前向传播：激活值占用的字节减半；通常更快，数值会略有变化。</translation>
    </message>
    <message>
        <source>Recompute activations in backward instead of keeping them (torch.utils.checkpoint with use_reentrant=False): about 20-30% more compute.</source>
        <translation>在反向传播中重新计算激活值而不是保留它们（torch.utils.checkpoint，use_reentrant=False）：计算量增加约 20-30%。</translation>
    </message>
    <message>
        <source>Set PYTORCH_ALLOC_CONF=expandable_segments:True (older releases: PYTORCH_CUDA_ALLOC_CONF) so cached memory can be reused for large requests; then try max_split_size_mb. Only fixes fragmentation.</source>
        <translation>设置 PYTORCH_ALLOC_CONF=expandable_segments:True（旧版本：PYTORCH_CUDA_ALLOC_CONF），使缓存的内存可以被大请求重新利用；然后再尝试 max_split_size_mb。只能解决碎片化问题。</translation>
    </message>
    <message>
        <source>Use torch.nn.functional.scaled_dot_product_attention or FlashAttention so the seq x seq attention score matrix is never materialized.</source>
        <translation>使用 torch.nn.functional.scaled_dot_product_attention 或 FlashAttention，使 seq x seq 的注意力分数矩阵永远不会被实际生成。</translation>
    </message>
    <message>
        <source>Use shorter sequences, a lower resolution or length bucketing. This CHANGES THE SCIENCE: declare it and re-verify the results.</source>
        <translation>使用更短的序列、更低的分辨率或按长度分桶。这会改变实验设定（CHANGES THE SCIENCE）：必须声明这一点并重新验证结果。</translation>
    </message>
    <message>
        <source>Use an 8-bit or paged optimizer (e.g. bitsandbytes): optimizer state drops from about 8 to about 2 bytes per parameter, with almost no accuracy change.</source>
        <translation>使用 8 位或分页优化器（例如 bitsandbytes）：优化器状态从每个参数约 8 字节降到约 2 字节，精度几乎不受影响。</translation>
    </message>
    <message>
        <source>Shard optimizer state (ZeRO-1), gradients (ZeRO-2) and parameters (ZeRO-3 / FSDP) over N GPUs; needs at least two GPUs and a fast interconnect.</source>
        <translation>在 N 个 GPU 上对优化器状态（ZeRO-1）、梯度（ZeRO-2）和参数（ZeRO-3 / FSDP）进行分片；至少需要两个 GPU 和高速互连。</translation>
    </message>
    <message>
        <source>Offload optimizer state (and parameters) to CPU or NVMe memory: frees the device at a multi-x slowdown.</source>
        <translation>将优化器状态（以及参数）卸载到 CPU 或 NVMe 内存：腾出设备显存，但速度会慢数倍。</translation>
    </message>
    <message>
        <source>Fine-tune adapters only (LoRA / QLoRA with a 4-bit frozen base). A different capacity: this CHANGES THE SCIENCE.</source>
        <translation>只微调适配器（LoRA / QLoRA，基座模型以 4 位冻结）。模型容量不同：这会改变实验设定（CHANGES THE SCIENCE）。</translation>
    </message>
    <message>
        <source>No out-of-memory</source>
        <translation>没有显存不足</translation>
    </message>
    <message>
        <source>True OOM: the working set does not fit</source>
        <translation>真正的 OOM：工作集放不下</translation>
    </message>
    <message>
        <source>Fragmentation</source>
        <translation>碎片化</translation>
    </message>
    <message>
        <source>Memory held outside PyTorch</source>
        <translation>被 PyTorch 之外占用的显存</translation>
    </message>
    <message>
        <source>Out of memory (cause unknown)</source>
        <translation>显存不足（原因未知）</translation>
    </message>
    <message>
        <source>makes the reserved-but-unallocated bytes usable</source>
        <translation>使已预留但未分配的字节可被利用</translation>
    </message>
    <message>
        <source>no band measurements: open a snapshot for an estimate</source>
        <translation>没有区带测量数据：请打开快照以获得估算</translation>
    </message>
    <message>
        <source>half of the activation, temporary and input bands</source>
        <translation>激活值、临时张量和输入区带的一半</translation>
    </message>
    <message>
        <source>half of the activation band (no autocast seen)</source>
        <translation>激活值区带的一半（未发现 autocast）</translation>
    </message>
    <message>
        <source>half of the activation band, if it is fp32 (precision unknown)</source>
        <translation>若激活值为 fp32，则为激活值区带的一半（精度未知）</translation>
    </message>
    <message>
        <source>about 70% of the activation band (layer inputs stay)</source>
        <translation>激活值区带的约 70%（各层输入仍保留）</translation>
    </message>
    <message>
        <source>the attention score temporaries (and the failing request when it is one)</source>
        <translation>注意力分数临时张量（若失败的请求也是其中之一，则包括它）</translation>
    </message>
    <message>
        <source>halved length: half the activations, three quarters of the attention temporaries</source>
        <translation>长度减半：激活值减半，注意力临时张量减少四分之三</translation>
    </message>
    <message>
        <source>three quarters of the optimizer-state band</source>
        <translation>优化器状态区带的四分之三</translation>
    </message>
    <message>
        <source>ZeRO-3 over %1 GPUs</source>
        <translation>在 %1 个 GPU 上使用 ZeRO-3</translation>
    </message>
    <message>
        <source>ZeRO-2 over %1 GPUs</source>
        <translation>在 %1 个 GPU 上使用 ZeRO-2</translation>
    </message>
    <message>
        <source>ZeRO-1 over %1 GPUs</source>
        <translation>在 %1 个 GPU 上使用 ZeRO-1</translation>
    </message>
    <message>
        <source>the optimizer-state and parameter bands move to the host</source>
        <translation>优化器状态和参数区带移到主机内存</translation>
    </message>
    <message>
        <source>the optimizer-state band moves to the host</source>
        <translation>优化器状态区带移到主机内存</translation>
    </message>
    <message>
        <source>gradients and optimizer state of the frozen base, three quarters of the parameters (4-bit base)</source>
        <translation>冻结基座的梯度和优化器状态，以及四分之三的参数（4 位基座）</translation>
    </message>
    <message>
        <source>unknown phase</source>
        <translation>未知阶段</translation>
    </message>
    <message>
        <source>setup</source>
        <translation>初始化</translation>
    </message>
    <message>
        <source>batch transfer</source>
        <translation>批次传输</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>前向传播</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>反向传播</translation>
    </message>
    <message>
        <source>optimizer step</source>
        <translation>优化器步</translation>
    </message>
    <message>
        <source>zero_grad</source>
        <translation>zero_grad</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>The OOM hit the first backward pass of the run: activations and the new gradient buffers peak together. Activation checkpointing is the targeted fix.</source>
        <translation>OOM 发生在本次运行的第一次反向传播中：激活值和新建的梯度缓冲区同时达到峰值。激活检查点是有针对性的解决办法。</translation>
    </message>
    <message>
        <source>The OOM hit at the first optimizer step: Adam-style optimizers create their state lazily at the first step(), so step 1 fits and step 2 does not. Budget for the post-step peak; an 8-bit optimizer or ZeRO sharding shrinks it.</source>
        <translation>OOM 发生在第一次优化器步：Adam 类优化器在第一次 step() 时才惰性创建其状态，因此第 1 步能放下而第 2 步放不下。请为优化器步之后的峰值预留显存；8 位优化器或 ZeRO 分片可以减小它。</translation>
    </message>
    <message>
        <source>The OOM hit inside evaluation / no_grad code: the eval batch may be larger than the train batch, or predictions pile up on the GPU. Set the eval batch size explicitly and move outputs to the CPU as they come.</source>
        <translation>OOM 发生在评估 / no_grad 代码中：评估批次可能比训练批次更大，或者预测结果在 GPU 上不断堆积。请显式设置评估批次大小，并在输出产生时就将其移到 CPU。</translation>
    </message>
    <message>
        <source>The OOM hit at step %1 after many good steps: most likely the longest batch of variable-length data. Cap or bucket the length; expandable segments help because variable shapes fragment the cache.</source>
        <translation>OOM 在经过许多正常的步之后发生于第 %1 步：最可能的原因是变长数据中最长的那个批次。请限制长度或按长度分桶；可扩展段也有帮助，因为变化的形状会使缓存碎片化。</translation>
    </message>
    <message>
        <source>Allocated bytes rise step after step: a leak (a tensor kept alive, e.g. a loss appended without .item()). empty_cache() is not a fix.</source>
        <translation>已分配字节数逐步上升：存在泄漏（某个张量一直存活，例如 loss 被追加到列表时未调用 .item()）。empty_cache() 不能解决这个问题。</translation>
    </message>
    <message>
        <source>A: %1 (device %2), %3 at event %4, allocated %5
</source>
        <translation>A: %1（设备 %2），%3（事件 %4），已分配 %5
</translation>
    </message>
    <message>
        <source>B: %1 (device %2), %3 at event %4, allocated %5
</source>
        <translation>B: %1（设备 %2），%3（事件 %4），已分配 %5
</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4
</source>
        <translation>%1 %2 %3 %4
</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>B - A</source>
        <translation>B - A</translation>
    </message>
    <message>
        <source>By location (top user frame):
</source>
        <translation>按位置（最顶层的用户帧）:
</translation>
    </message>
    <message>
        <source>(no frames)</source>
        <translation>（无帧）</translation>
    </message>
    <message>
        <source>Allocator settings that differ:
</source>
        <translation>不同的分配器设置:
</translation>
    </message>
    <message>
        <source>Verdict: %1
</source>
        <translation>结论: %1
</translation>
    </message>
    <message>
        <source>Loading %1 ranks (%2 done)</source>
        <translation>正在加载 %1 个 rank（已完成 %2 个）</translation>
    </message>
    <message>
        <source>%1 ranks, median peak allocated %2
</source>
        <translation>%1 个 rank，已分配峰值的中位数为 %2
</translation>
    </message>
    <message>
        <source>  OOM at event %1 (%2 requested)</source>
        <translation>  OOM 于事件 %1（请求 %2）</translation>
    </message>
    <message>
        <source>  imbalanced</source>
        <translation>  不均衡</translation>
    </message>
    <message>
        <source>%1  device %2  peak allocated %3  reserved %4  tallest %5%6
</source>
        <translation>%1  设备 %2  已分配峰值 %3  已预留 %4  最高 %5%6
</translation>
    </message>
    <message>
        <source>Ran out of memory first: %1
</source>
        <translation>最先耗尽显存: %1
</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>（不存在）</translation>
    </message>
    <message>
        <source>the OOM</source>
        <translation>OOM 时刻</translation>
    </message>
    <message>
        <source>the peak</source>
        <translation>峰值</translation>
    </message>
    <message>
        <source>the dump</source>
        <translation>转储时</translation>
    </message>
    <message>
        <source>no moment</source>
        <translation>无时刻</translation>
    </message>
    <message>
        <source>No category changed at the moment (A at %1, B at %2)</source>
        <translation>该时刻没有类别发生变化（A：%1，B：%2）</translation>
    </message>
    <message>
        <source>%1 %2 at the moment (A at %3, B at %4), total %5</source>
        <translation>%1 在该时刻变化 %2（A：%3，B：%4），总计 %5</translation>
    </message>
    <message>
        <source>: the fix took effect, B no longer runs out of memory</source>
        <translation>：修复已生效，B 不再耗尽显存</translation>
    </message>
    <message>
        <source>: B runs out of memory, A did not</source>
        <translation>：B 耗尽显存，A 没有</translation>
    </message>
    <message>
        <source>: both still run out of memory</source>
        <translation>：两者仍然耗尽显存</translation>
    </message>
    <message>
        <source>: peak allocated %1</source>
        <translation>：已分配峰值 %1</translation>
    </message>
    <message>
        <source>; allocator settings differ (%1)</source>
        <translation>；分配器设置不同（%1）</translation>
    </message>
    <message>
        <source>HTML file has no embedded snapshot (expected PyTorch _memory_viz.py output)</source>
        <translation>HTML 文件中没有嵌入的快照（应为 PyTorch _memory_viz.py 的输出）</translation>
    </message>
    <message>
        <source>unexpected escape sequence in the embedded base64 snapshot at byte %1</source>
        <translation>嵌入的 base64 快照中第 %1 字节处有意外的转义序列</translation>
    </message>
    <message>
        <source>truncated base64 in the embedded snapshot at byte %1</source>
        <translation>嵌入的快照中第 %1 字节处 base64 被截断</translation>
    </message>
    <message>
        <source>invalid character 0x%1 in the embedded base64 snapshot at byte %2</source>
        <translation>嵌入的 base64 快照中第 %2 字节处有无效字符 0x%1</translation>
    </message>
    <message>
        <source>base64 data continues after &apos;=&apos; padding at byte %1</source>
        <translation>第 %1 字节处的“=”填充之后仍有 base64 数据</translation>
    </message>
    <message>
        <source>truncated embedded snapshot: the HTML ends at byte %1 inside the base64 data</source>
        <translation>嵌入的快照被截断：HTML 在 base64 数据内部的第 %1 字节处结束</translation>
    </message>
    <message>
        <source>file is not open</source>
        <translation>文件未打开</translation>
    </message>
    <message>
        <source>read error at byte %1: %2</source>
        <translation>第 %1 字节处读取错误: %2</translation>
    </message>
    <message>
        <source>cannot initialise zlib: %1</source>
        <translation>无法初始化 zlib: %1</translation>
    </message>
    <message>
        <source>truncated gzip stream: the data ends at compressed byte %1 before the end of the stream</source>
        <translation>gzip 流被截断：数据在压缩字节 %1 处结束，未到达流的末尾</translation>
    </message>
    <message>
        <source>corrupt gzip data at compressed byte %1: %2</source>
        <translation>压缩字节 %1 处的 gzip 数据已损坏: %2</translation>
    </message>
    <message>
        <source>gzip: %1</source>
        <translation>gzip: %1</translation>
    </message>
    <message>
        <source>unbounded</source>
        <translation>无上限</translation>
    </message>
    <message>
        <source>%1:1</source>
        <translation>%1:1</translation>
    </message>
    <message>
        <source>decompressed size exceeds the limit of %1 bytes (ratio %2); see docs/limits.md</source>
        <translation>解压后的大小超过了 %1 字节的限制（压缩比 %2）；参见 docs/limits.md</translation>
    </message>
    <message>
        <source>decompression ratio exceeds the limit of %1:1 (%2 bytes from %3 compressed bytes, ratio %4); see docs/limits.md</source>
        <translation>解压比超过了 %1:1 的限制（由 %3 个压缩字节得到 %2 字节，压缩比 %4）；参见 docs/limits.md</translation>
    </message>
    <message>
        <source>xz-compressed files are not supported; decompress the file first (gzip and zstd are read directly)</source>
        <translation>不支持 xz 压缩的文件；请先解压该文件（gzip 和 zstd 可直接读取）</translation>
    </message>
    <message>
        <source>bzip2-compressed files are not supported; decompress the file first (gzip and zstd are read directly)</source>
        <translation>不支持 bzip2 压缩的文件；请先解压该文件（gzip 和 zstd 可直接读取）</translation>
    </message>
    <message>
        <source>lz4-compressed files are not supported; decompress the file first (gzip and zstd are read directly)</source>
        <translation>不支持 lz4 压缩的文件；请先解压该文件（gzip 和 zstd 可直接读取）</translation>
    </message>
    <message>
        <source>this is a ZIP archive (torch.save output?), not a memory snapshot; extract the snapshot first</source>
        <translation>这是一个 ZIP 归档（torch.save 的输出？），而不是内存快照；请先从中提取快照</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <source>is a directory, not a snapshot file</source>
        <translation>是一个目录，而不是快照文件</translation>
    </message>
    <message>
        <source>cannot open the file for reading: %1</source>
        <translation>无法打开文件进行读取: %1</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source> (after gzip decompression)</source>
        <translation>（gzip 解压后）</translation>
    </message>
    <message>
        <source> (after zstd decompression)</source>
        <translation>（zstd 解压后）</translation>
    </message>
    <message>
        <source>file is empty%1</source>
        <translation>文件为空%1</translation>
    </message>
    <message>
        <source>not a PyTorch memory snapshot: unrecognised leading bytes %1%2</source>
        <translation>不是 PyTorch 内存快照：无法识别的起始字节 %1%2</translation>
    </message>
    <message>
        <source>the HTML file&apos;s embedded snapshot is empty</source>
        <translation>HTML 文件中嵌入的快照为空</translation>
    </message>
    <message>
        <source>the HTML file&apos;s embedded data is not a snapshot (leading bytes %1)</source>
        <translation>HTML 文件中嵌入的数据不是快照（起始字节 %1）</translation>
    </message>
    <message>
        <source>cannot initialise zstd</source>
        <translation>无法初始化 zstd</translation>
    </message>
    <message>
        <source>corrupt zstd data at compressed byte %1: %2</source>
        <translation>压缩字节 %1 处的 zstd 数据已损坏: %2</translation>
    </message>
    <message>
        <source>truncated zstd stream: the data ends at compressed byte %1 before the end of the frame</source>
        <translation>zstd 流被截断：数据在压缩字节 %1 处结束，未到达帧的末尾</translation>
    </message>
    <message>
        <source>zstd: %1</source>
        <translation>zstd: %1</translation>
    </message>
    <message>
        <source>at byte %1, key &apos;%2&apos;</source>
        <translation>第 %1 字节处，键“%2”</translation>
    </message>
    <message>
        <source>at byte %1</source>
        <translation>第 %1 字节处</translation>
    </message>
    <message>
        <source>key &apos;%1&apos;</source>
        <translation>键“%1”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Not a GPU out-of-memory: the process was killed (&quot;%1&quot;), most often by the kernel&apos;s OOM killer because HOST RAM ran out (exit code 137 = 128 + SIGKILL). Check dmesg or the job scheduler&apos;s log; reduce DataLoader workers and prefetching, avoid loading the dataset or checkpoints into RAM at once, or give the job more host memory.</source>
        <translation>不是 GPU 显存不足：进程被终止（“%1”），最常见的原因是主机内存（HOST RAM）耗尽，被内核的 OOM killer 杀死（退出码 137 = 128 + SIGKILL）。请检查 dmesg 或作业调度器的日志；减少 DataLoader 的 worker 数和预取量，避免一次性将数据集或检查点全部加载到内存中，或者为作业分配更多主机内存。</translation>
    </message>
    <message>
        <source>Not a GPU out-of-memory: a HOST (CPU) allocation failed (&quot;%1&quot;). The tensor or buffer lives in system RAM; reduce what is materialized on the CPU, or give the job more host memory.</source>
        <translation>不是 GPU 显存不足：一次主机（CPU）内存分配失败（“%1”）。该张量或缓冲区位于系统内存中；请减少在 CPU 上实际生成的数据，或者为作业分配更多主机内存。</translation>
    </message>
    <message>
        <source>A CUDA runtime call failed with out of memory outside the caching allocator&apos;s message (CUDA context creation, a library workspace, or PyTorch before 1.0); often the allocator&apos;s cache already filled the device.</source>
        <translation>某个 CUDA 运行时调用因显存不足而失败，但不是缓存分配器给出的消息（CUDA 上下文创建、某个库的工作区，或 1.0 之前的 PyTorch）；通常是分配器的缓存已经占满了设备。</translation>
    </message>
    <message>
        <source>cuBLAS/cuDNN could not allocate its workspace: the device was full when the library needed scratch memory.</source>
        <translation>cuBLAS/cuDNN 无法分配其工作区：库需要临时内存时设备已满。</translation>
    </message>
    <message>
        <source>&quot;Tried to allocate&quot; reports the segment the allocator asked the driver for; the tensor itself may be smaller.</source>
        <translation>“Tried to allocate”报告的是分配器向驱动申请的段大小；张量本身可能更小。</translation>
    </message>
    <message>
        <source>PyTorch holds more than the device&apos;s capacity: on Windows the driver spills into shared system memory (WDDM).</source>
        <translation>PyTorch 占用的显存超过了设备容量：在 Windows 上，驱动会溢出到共享系统内存（WDDM）。</translation>
    </message>
    <message>
        <source>The message does not carry the numbers needed for a verdict (the request and what was free).</source>
        <translation>该消息不包含得出结论所需的数字（请求大小和空闲量）。</translation>
    </message>
    <message>
        <source>%1 of the device is held outside PyTorch (capacity minus reserved minus free), more than PyTorch itself reserved (%2): another process or a zombie holds the memory.</source>
        <translation>设备上有 %1 被 PyTorch 之外占用（容量减去已预留再减去空闲），超过了 PyTorch 自身预留的量（%2）：另一个进程或僵尸进程占用了这部分显存。</translation>
    </message>
    <message>
        <source>%1 was free for a %2 request, yet the allocation failed: memory is held or was taken outside PyTorch (another process, a private memory pool, or a racing allocation).</source>
        <translation>对于 %2 的请求，当时有 %1 空闲，但分配仍然失败：显存被 PyTorch 之外占用或抢占（另一个进程、私有内存池，或并发的分配）。</translation>
    </message>
    <message>
        <source>%1 is reserved by PyTorch but unallocated, at least the %2 request, yet no cached block was large enough: fragmentation. Cutting the batch only hides it.</source>
        <translation>%1 已被 PyTorch 预留但未分配，不小于 %2 的请求，却没有足够大的缓存块：碎片化。减小批次只会掩盖这个问题。</translation>
    </message>
    <message>
        <source>The message is cut before the reserved numbers: fragmentation cannot be excluded.</source>
        <translation>消息在预留数字之前就被截断了：无法排除碎片化。</translation>
    </message>
    <message>
        <source>Other processes hold %1 on this device, more than the %2 shortfall: free them (or a zombie process) first.</source>
        <translation>其他进程在此设备上占用了 %1，超过了 %2 的缺口：请先释放它们（或僵尸进程）。</translation>
    </message>
    <message>
        <source>%1 is allocated outside the MPS allocator (other allocations), more than the %2 shortfall.</source>
        <translation>%1 是在 MPS 分配器之外分配的（其他分配），超过了 %2 的缺口。</translation>
    </message>
    <message>
        <source>%1 of the device is held outside PyTorch (capacity minus reserved minus free), beyond a CUDA context and more than the %2 shortfall: another process or a zombie holds it.</source>
        <translation>设备上有 %1 被 PyTorch 之外占用（容量减去已预留再减去空闲），超出一个 CUDA 上下文的大小，且超过了 %2 的缺口：另一个进程或僵尸进程占用了它。</translation>
    </message>
    <message>
        <source>The %1 request did not fit in the %2 left free, and the cache held only %3 unallocated: the working set does not fit (shortfall %4).</source>
        <translation>%1 的请求放不进剩余的 %2 空闲显存，而缓存中只有 %3 未分配：工作集放不下（缺口 %4）。</translation>
    </message>
    <message>
        <source>an unknown amount</source>
        <translation>未知数量</translation>
    </message>
    <message>
        <source>This single request is larger than the whole device.</source>
        <translation>这一个请求就比整个设备还大。</translation>
    </message>
    <message>
        <source>The free bytes were not reported; capacity minus reserved is used as an upper bound, so the shortfall is a lower bound.</source>
        <translation>未报告空闲字节数；改用容量减去已预留作为上限，因此缺口是一个下限。</translation>
    </message>
    <message>
        <source>A per-process limit (torch.cuda.set_per_process_memory_fraction or the MPS high watermark) is below what the device has free.</source>
        <translation>单进程限制（torch.cuda.set_per_process_memory_fraction 或 MPS 高水位线）低于设备的空闲量。</translation>
    </message>
    <message>
        <source>No process is named as this one; the process holding at least what PyTorch reserved is taken as this process (PIDs differ inside containers).</source>
        <translation>没有进程被标明为当前进程；将占用量不小于 PyTorch 预留量的那个进程视为当前进程（在容器中 PID 会不同）。</translation>
    </message>
    <message>
        <source>cudaMallocAsync backend: it keeps no reserved-but-unallocated cache, so fragmentation cannot be read from this message.</source>
        <translation>cudaMallocAsync 后端：它不保留已预留但未分配的缓存，因此无法从这条消息判断碎片化。</translation>
    </message>
    <message numerus="yes">
        <source>%n OOM message(s) in the text; the most complete one is read.</source>
        <translation>
            <numerusform>文本中有 %n 条 OOM 消息；将读取其中最完整的一条。</numerusform>
        </translation>
    </message>
    <message>
        <source>This wording carries no numbers: the verdict needs the allocator&apos;s message or a memory snapshot.</source>
        <translation>这种措辞不包含任何数字：得出结论需要分配器的消息或内存快照。</translation>
    </message>
    <message>
        <source>The log also shows the process being killed (%1); the GPU OOM above came first.</source>
        <translation>日志中还显示进程被终止（%1）；上面的 GPU OOM 发生在此之前。</translation>
    </message>
    <message>
        <source>The message looks cut off: only the numbers present were read.</source>
        <translation>该消息似乎被截断了：只读取了其中出现的数字。</translation>
    </message>
    <message>
        <source>unexpected end of data (the file is truncated)</source>
        <translation>数据意外结束（文件被截断）</translation>
    </message>
    <message>
        <source>string of %1 bytes exceeds the limit of %2 bytes</source>
        <translation>%1 字节的字符串超过了 %2 字节的限制</translation>
    </message>
    <message>
        <source>more than %1 values on the pickle stack</source>
        <translation>pickle 栈上的值超过 %1 个</translation>
    </message>
    <message>
        <source>stack underflow</source>
        <translation>栈下溢</translation>
    </message>
    <message>
        <source>MARK expected but none is open</source>
        <translation>需要 MARK，但没有已打开的 MARK</translation>
    </message>
    <message>
        <source>a container that contains itself (snapshots have no cycles)</source>
        <translation>容器包含自身（快照中没有循环）</translation>
    </message>
    <message>
        <source>containers nested deeper than %1 levels</source>
        <translation>容器嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>memo store with an empty stack</source>
        <translation>在栈为空时执行 memo 存储</translation>
    </message>
    <message>
        <source>memo index %1 out of range</source>
        <translation>memo 索引 %1 超出范围</translation>
    </message>
    <message>
        <source>memo index %1 was never stored</source>
        <translation>memo 索引 %1 从未被存储</translation>
    </message>
    <message>
        <source>empty pickle</source>
        <translation>空的 pickle</translation>
    </message>
    <message>
        <source>unexpected end of data before STOP (the file is truncated)</source>
        <translation>在 STOP 之前数据意外结束（文件被截断）</translation>
    </message>
    <message>
        <source>text line longer than 64 KiB</source>
        <translation>文本行长度超过 64 KiB</translation>
    </message>
    <message>
        <source>opcode 0x%1 needs a container on the stack</source>
        <translation>操作码 0x%1 需要栈上有一个容器</translation>
    </message>
    <message>
        <source>unsupported pickle protocol %1</source>
        <translation>不支持的 pickle 协议 %1</translation>
    </message>
    <message>
        <source>more than %1 open MARKs</source>
        <translation>打开的 MARK 超过 %1 个</translation>
    </message>
    <message>
        <source>integer of %1 bytes is beyond any snapshot value</source>
        <translation>%1 字节的整数超出了任何快照值的范围</translation>
    </message>
    <message>
        <source>bad float text</source>
        <translation>无效的浮点数文本</translation>
    </message>
    <message>
        <source>out-of-band buffer (protocol 5 NEXT_BUFFER): not a memory snapshot</source>
        <translation>带外缓冲区（协议 5 NEXT_BUFFER）：不是内存快照</translation>
    </message>
    <message>
        <source>DICT with an odd number of items</source>
        <translation>DICT 的项数为奇数</translation>
    </message>
    <message>
        <source>APPENDS without a list</source>
        <translation>APPENDS 没有对应的列表</translation>
    </message>
    <message>
        <source>SETITEM on a non-dict</source>
        <translation>SETITEM 作用于非字典对象</translation>
    </message>
    <message>
        <source>SETITEMS without a dict</source>
        <translation>SETITEMS 没有对应的字典</translation>
    </message>
    <message>
        <source>SETITEMS with an odd number of items</source>
        <translation>SETITEMS 的项数为奇数</translation>
    </message>
    <message>
        <source>bad memo index text</source>
        <translation>无效的 memo 索引文本</translation>
    </message>
    <message>
        <source>STACK_GLOBAL needs two strings</source>
        <translation>STACK_GLOBAL 需要两个字符串</translation>
    </message>
    <message>
        <source>OBJ without a class</source>
        <translation>OBJ 没有类</translation>
    </message>
    <message>
        <source>persistent id opcode: not a memory snapshot</source>
        <translation>持久化 ID 操作码：不是内存快照</translation>
    </message>
    <message>
        <source>extension registry opcode: not a memory snapshot</source>
        <translation>扩展注册表操作码：不是内存快照</translation>
    </message>
    <message>
        <source>unknown opcode 0x%1</source>
        <translation>未知操作码 0x%1</translation>
    </message>
    <message>
        <source>Reading profiler JSON</source>
        <translation>正在读取 profiler JSON</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>not JSON: expected &apos;{&apos; or &apos;[&apos;</source>
        <translation>不是 JSON：应为“{”或“[”</translation>
    </message>
    <message>
        <source>a string, number or run of spaces longer than %1 bytes</source>
        <translation>字符串、数字或连续空白的长度超过 %1 字节</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>读取错误: %1</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>无效的 JSON: %1</translation>
    </message>
    <message>
        <source>The trace frees %1 bytes more than its Total Allocated accounts for.</source>
        <translation>跟踪中释放的字节数比其 Total Allocated 所记录的多 %1 字节。</translation>
    </message>
    <message>
        <source>the trace has memory events, but none of a CUDA device</source>
        <translation>跟踪中有内存事件，但没有任何一个属于 CUDA 设备</translation>
    </message>
    <message>
        <source>the trace has no memory events (record it with torch.profiler.profile(profile_memory=True))</source>
        <translation>跟踪中没有内存事件（请使用 torch.profiler.profile(profile_memory=True) 记录）</translation>
    </message>
    <message>
        <source>Device %1: the replayed allocated bytes differ from the trace&apos;s Total Allocated at %2 of %3 events (first at ts %4 µs).</source>
        <translation>设备 %1：重放得到的已分配字节数与跟踪中的 Total Allocated 在 %3 个事件中的 %2 个上不一致（首次出现在 ts %4 µs）。</translation>
    </message>
    <message>
        <source>more than %1 trace entries</source>
        <translation>跟踪条目超过 %1 个</translation>
    </message>
    <message>
        <source>not a Chrome/Kineto trace: the object has no &quot;traceEvents&quot; list</source>
        <translation>不是 Chrome/Kineto 跟踪：该对象没有“traceEvents”列表</translation>
    </message>
    <message>
        <source>more than %1 memory events and annotations</source>
        <translation>内存事件和标注超过 %1 个</translation>
    </message>
    <message>
        <source>Memory events without &quot;Bytes&quot; were skipped.</source>
        <translation>已跳过没有“Bytes”的内存事件。</translation>
    </message>
    <message>
        <source>Memory events of device %1 were skipped.</source>
        <translation>已跳过设备 %1 的内存事件。</translation>
    </message>
    <message>
        <source>Memory events without &quot;ts&quot; got the previous event&apos;s time.</source>
        <translation>没有“ts”的内存事件沿用了前一个事件的时间。</translation>
    </message>
    <message>
        <source>Reading Kineto trace</source>
        <translation>正在读取 Kineto 跟踪</translation>
    </message>
    <message>
        <source>found an object</source>
        <translation>发现一个对象</translation>
    </message>
    <message>
        <source>found a string</source>
        <translation>发现一个字符串</translation>
    </message>
    <message>
        <source>found %1</source>
        <translation>发现 %1</translation>
    </message>
    <message>
        <source>more than two lists</source>
        <translation>列表超过两个</translation>
    </message>
    <message>
        <source>a list inside the first list</source>
        <translation>第一个列表中嵌套了列表</translation>
    </message>
    <message>
        <source>memory timeline record %1 must be 4 numbers</source>
        <translation>内存时间线记录 %1 必须是 4 个数字</translation>
    </message>
    <message>
        <source>lists nested too deep</source>
        <translation>列表嵌套过深</translation>
    </message>
    <message>
        <source>memory timeline has %1 times but %2 rows of sizes</source>
        <translation>内存时间线有 %1 个时间点，但有 %2 行大小数据</translation>
    </message>
    <message>
        <source>memory timeline holds a number that is not finite</source>
        <translation>内存时间线中包含非有限的数字</translation>
    </message>
    <message>
        <source>found a number outside the lists</source>
        <translation>在列表之外发现数字</translation>
    </message>
    <message>
        <source>row %1 of sizes has more than %2 numbers</source>
        <translation>大小数据第 %1 行的数字超过 %2 个</translation>
    </message>
    <message>
        <source>row %1 of sizes holds %2 bytes, more than 1 PiB</source>
        <translation>大小数据第 %1 行为 %2 字节，超过 1 PiB</translation>
    </message>
    <message>
        <source>more than %1 times</source>
        <translation>时间点超过 %1 个</translation>
    </message>
    <message>
        <source>sizes must be lists of %1 numbers</source>
        <translation>大小数据必须是由 %1 个数字组成的列表</translation>
    </message>
    <message>
        <source>the memory timeline is empty (exported for another device?)</source>
        <translation>内存时间线为空（是为另一个设备导出的吗？）</translation>
    </message>
    <message>
        <source>only one list</source>
        <translation>只有一个列表</translation>
    </message>
    <message>
        <source>memory timeline has %1 times but no sizes</source>
        <translation>内存时间线有 %1 个时间点，但没有大小数据</translation>
    </message>
    <message>
        <source>not a memory timeline export: expected [times, sizes] or a list of [time, action, bytes, category] (%1)</source>
        <translation>不是内存时间线导出文件：应为 [times, sizes] 或由 [time, action, bytes, category] 组成的列表（%1）</translation>
    </message>
    <message>
        <source>memory timeline record 0 must be 4 numbers</source>
        <translation>内存时间线记录 0 必须是 4 个数字</translation>
    </message>
    <message>
        <source>Unknown memory timeline action %1; its bytes were applied.</source>
        <translation>未知的内存时间线操作 %1；其字节数已照常计入。</translation>
    </message>
    <message>
        <source>Unknown profiler category %1, counted as unknown.</source>
        <translation>未知的 profiler 类别 %1，按未知计算。</translation>
    </message>
    <message>
        <source>memory timeline record %1 holds %2 bytes, more than 1 PiB</source>
        <translation>内存时间线记录 %1 为 %2 字节，超过 1 PiB</translation>
    </message>
    <message>
        <source>The memory timeline frees more bytes of a category than it holds; clamped at 0.</source>
        <translation>内存时间线中某个类别释放的字节数多于其持有量；已截断为 0。</translation>
    </message>
    <message>
        <source>row %1 of sizes has %2 numbers, expected %3</source>
        <translation>大小数据第 %1 行有 %2 个数字，应为 %3 个</translation>
    </message>
    <message>
        <source>memory timeline has more rows of sizes than times (%1)</source>
        <translation>内存时间线中大小数据的行数多于时间点数（%1）</translation>
    </message>
    <message>
        <source>The memory timeline&apos;s first size column is not 0; ignored.</source>
        <translation>内存时间线的第一个大小列不为 0；已忽略。</translation>
    </message>
    <message>
        <source>The memory timeline has negative sizes; clamped at 0.</source>
        <translation>内存时间线中有负的大小；已截断为 0。</translation>
    </message>
    <message>
        <source>Reading memory timeline</source>
        <translation>正在读取内存时间线</translation>
    </message>
    <message>
        <source>Events from %1</source>
        <translation>从事件 %1 起</translation>
    </message>
    <message>
        <source>Allocated (max)</source>
        <translation>已分配（最大值）</translation>
    </message>
    <message>
        <source>Reserved (max)</source>
        <translation>已预留（最大值）</translation>
    </message>
    <message>
        <source>Memory timeline</source>
        <translation>显存时间线</translation>
    </message>
    <message>
        <source>Memory timeline by category, with the allocated and reserved lines and the moment</source>
        <translation>按类别划分的显存时间线，含已分配线、已预留线以及所选时刻</translation>
    </message>
    <message>
        <source>Move the mouse over the plot to read the values.</source>
        <translation>将鼠标移到图表上以读取数值。</translation>
    </message>
    <message>
        <source>Made by VRAMScope %1 on %2. This file is self-contained: it makes no network requests and holds no copy of the snapshot.</source>
        <translation>由 VRAMScope %1 于 %2 生成。此文件是自包含的：不发出任何网络请求，也不包含快照的副本。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 微秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>VRAMScope report: %1, cuda:%2</source>
        <translation>VRAMScope 报告：%1，cuda:%2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>文件大小</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>pickle protocol %1</source>
        <translation>pickle 协议 %1</translation>
    </message>
    <message>
        <source>PyTorch layout</source>
        <translation>PyTorch 布局</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 (%2 to %3 UTC)</source>
        <translation>，%1（%2 至 %3 UTC）</translation>
    </message>
    <message>
        <source>Capture span</source>
        <translation>采集时间范围</translation>
    </message>
    <message>
        <source>GPU capacity</source>
        <translation>GPU 容量</translation>
    </message>
    <message>
        <source>unknown (pass --capacity to diagnose)</source>
        <translation>未知（诊断时请传入 --capacity）</translation>
    </message>
    <message>
        <source>Peak allocated / reserved</source>
        <translation>已分配 / 已预留峰值</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>the OOM at event %1</source>
        <translation>事件 %1 处的 OOM</translation>
    </message>
    <message>
        <source>the peak at event %1</source>
        <translation>事件 %1 处的峰值</translation>
    </message>
    <message>
        <source>the snapshot dump</source>
        <translation>快照转储时</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>时刻</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Device free</source>
        <translation>设备空闲</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>缺口</translation>
    </message>
    <message>
        <source>Largest free cached block</source>
        <translation>最大空闲缓存块</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>已预留</translation>
    </message>
    <message>
        <source>Reserved but unallocated</source>
        <translation>已预留但未分配</translation>
    </message>
    <message>
        <source>Outside PyTorch</source>
        <translation>PyTorch 之外占用</translation>
    </message>
    <message>
        <source>Bands at the moment</source>
        <translation>该时刻的各区带</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>tallest</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>What the memory was at the moment</source>
        <translation>该时刻显存的构成</translation>
    </message>
    <message>
        <source>The ladder: fixes in cost order</source>
        <translation>阶梯：按代价排序的修复方案</translation>
    </message>
    <message>
        <source>No fix is needed: there was no OOM and no band to attack.</source>
        <translation>无需修复：没有发生 OOM，也没有需要处理的区带。</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修复方案</translation>
    </message>
    <message>
        <source>Estimated savings</source>
        <translation>预计节省</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>changes the science</source>
        <translation>改变实验设定</translation>
    </message>
    <message>
        <source>covers the shortfall</source>
        <translation>可弥补缺口</translation>
    </message>
    <message>
        <source>No single rung covers the shortfall: combine them.</source>
        <translation>没有任何单个梯级能弥补缺口：请组合使用。</translation>
    </message>
    <message>
        <source>Largest allocations live at the moment</source>
        <translation>该时刻存活的最大分配</translation>
    </message>
    <message>
        <source>Nothing was live.</source>
        <translation>没有任何存活的分配。</translation>
    </message>
    <message>
        <source>%1 of %2 live allocations, largest first. Open one for its stack (innermost frame first).</source>
        <translation>%2 个存活分配中的 %1 个，按大小降序排列。展开其中一个可查看其调用栈（最内层的帧在前）。</translation>
    </message>
    <message>
        <source>… %1 more frames</source>
        <translation>…… 另有 %1 帧</translation>
    </message>
    <message>
        <source>(no stack recorded)</source>
        <translation>（未记录调用栈）</translation>
    </message>
    <message>
        <source>Capture health</source>
        <translation>采集质量</translation>
    </message>
    <message>
        <source>The capture had what the diagnosis needs. To record the same next time:</source>
        <translation>此次采集包含了诊断所需的全部信息。下次如需以相同方式记录：</translation>
    </message>
    <message>
        <source>Next time record with:</source>
        <translation>下次请这样记录：</translation>
    </message>
    <message>
        <source>%1: cannot read the report template: %2</source>
        <translation>%1: 无法读取报告模板: %2</translation>
    </message>
    <message>
        <source>trace entry %1 of device %2</source>
        <translation>设备 %2 的跟踪条目 %1</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>块 %1</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>段 %1</translation>
    </message>
    <message>
        <source>trace entry is not a dict</source>
        <translation>跟踪条目不是字典</translation>
    </message>
    <message>
        <source>block is not a dict</source>
        <translation>块不是字典</translation>
    </message>
    <message>
        <source>segment is not a dict</source>
        <translation>段不是字典</translation>
    </message>
    <message>
        <source>more than 4096 device traces</source>
        <translation>设备跟踪超过 4096 个</translation>
    </message>
    <message>
        <source>key &apos;action&apos; is not a string</source>
        <translation>键“action”不是字符串</translation>
    </message>
    <message>
        <source>unknown trace action &apos;%1&apos; kept and counted</source>
        <translation>未知的跟踪操作“%1”，已保留并计数</translation>
    </message>
    <message>
        <source>unknown trace entry key &apos;%1&apos; ignored</source>
        <translation>已忽略未知的跟踪条目键“%1”</translation>
    </message>
    <message>
        <source>key &apos;state&apos; is not a string</source>
        <translation>键“state”不是字符串</translation>
    </message>
    <message>
        <source>unknown block state &apos;%1&apos;</source>
        <translation>未知的块状态“%1”</translation>
    </message>
    <message>
        <source>device ordinal %1 out of range</source>
        <translation>设备序号 %1 超出范围</translation>
    </message>
    <message>
        <source>device trace %1 is not a list</source>
        <translation>设备跟踪 %1 不是列表</translation>
    </message>
    <message>
        <source>the pickle is a reference to &apos;%1&apos;, not a memory snapshot (nothing was executed)</source>
        <translation>该 pickle 是对“%1”的引用，而不是内存快照（未执行任何代码）</translation>
    </message>
    <message>
        <source>the pickle holds a single value, not a memory snapshot</source>
        <translation>该 pickle 只包含单个值，而不是内存快照</translation>
    </message>
    <message>
        <source>the pickle calls &apos;%1&apos; instead of holding data; it is not a memory snapshot and nothing was executed</source>
        <translation>该 pickle 调用了“%1”而不是只包含数据；它不是内存快照，且未执行任何代码</translation>
    </message>
    <message>
        <source>top-level list holds a non-dict; not a segment list</source>
        <translation>顶层列表中包含非字典元素；不是段列表</translation>
    </message>
    <message>
        <source>the top level is a tuple or set, not a memory snapshot</source>
        <translation>顶层是元组或集合，而不是内存快照</translation>
    </message>
    <message>
        <source>key &apos;segments&apos; is not a list</source>
        <translation>键“segments”不是列表</translation>
    </message>
    <message>
        <source>key &apos;device_traces&apos; is not a list</source>
        <translation>键“device_traces”不是列表</translation>
    </message>
    <message>
        <source>pinned host memory data (host_segments/host_traces) is not shown</source>
        <translation>不显示锁页主机内存数据（host_segments/host_traces）</translation>
    </message>
    <message>
        <source>unknown top-level key &apos;%1&apos; ignored</source>
        <translation>已忽略未知的顶层键“%1”</translation>
    </message>
    <message>
        <source>neither &apos;segments&apos; nor &apos;device_traces&apos; found: not a memory snapshot</source>
        <translation>未找到“segments”或“device_traces”：不是内存快照</translation>
    </message>
    <message>
        <source>int over 64 bits</source>
        <translation>超过 64 位的 int</translation>
    </message>
    <message>
        <source>key &apos;%1&apos;: value exceeds 2^63</source>
        <translation>键“%1”：值超过 2^63</translation>
    </message>
    <message>
        <source>key &apos;%1&apos;: expected an int, found %2</source>
        <translation>键“%1”：应为整数，实际为 %2</translation>
    </message>
    <message>
        <source>key &apos;%1&apos;: negative size %2</source>
        <translation>键“%1”：负的大小 %2</translation>
    </message>
    <message>
        <source>key &apos;%1&apos;: size %2 exceeds 1 PiB</source>
        <translation>键“%1”：大小 %2 超过 1 PiB</translation>
    </message>
    <message>
        <source>key &apos;%1&apos;: expected a pair of ints</source>
        <translation>键“%1”：应为一对整数</translation>
    </message>
    <message>
        <source>more than 65535 streams; the rest are shown as one</source>
        <translation>流超过 65535 个；其余的合并显示为一个</translation>
    </message>
    <message>
        <source>frame key &apos;%1&apos; has a %2</source>
        <translation>帧键“%1”的值类型为 %2</translation>
    </message>
    <message>
        <source>a frame is a %1, not a dict</source>
        <translation>帧是 %1，而不是字典</translation>
    </message>
    <message>
        <source>key &apos;frames&apos; is a %1, not a list</source>
        <translation>键“frames”是 %1，而不是列表</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>正在打开 %1</translation>
    </message>
    <message>
        <source>Reading snapshot</source>
        <translation>正在读取快照</translation>
    </message>
    <message>
        <source>Decompressing and reading snapshot</source>
        <translation>正在解压并读取快照</translation>
    </message>
    <message>
        <source>not a PyTorch memory snapshot</source>
        <translation>不是 PyTorch 内存快照</translation>
    </message>
    <message>
        <source>Replaying device %1</source>
        <translation>正在重放设备 %1</translation>
    </message>
    <message>
        <source>the snapshot holds no segments and no trace entries (was memory history recorded?)</source>
        <translation>快照中既没有段也没有跟踪条目（是否记录了内存历史？）</translation>
    </message>
    <message>
        <source>Analysing</source>
        <translation>正在分析</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>File: %1
</source>
        <translation>文件: %1
</translation>
    </message>
    <message>
        <source>Format: %1, compression %2, pickle protocol %3
</source>
        <translation>格式: %1，压缩 %2，pickle 协议 %3
</translation>
    </message>
    <message>
        <source>
Device %1: %2 trace entries, %3 segments, %4 blocks
</source>
        <translation>
设备 %1: %2 个跟踪条目，%3 个段，%4 个块
</translation>
    </message>
    <message>
        <source>  actions: %1
</source>
        <translation>  操作: %1
</translation>
    </message>
    <message>
        <source>  allocated: baseline %1, end %2, peak %3 at event %4
</source>
        <translation>  已分配: 基线 %1，结束时 %2，峰值 %3（事件 %4）
</translation>
    </message>
    <message>
        <source>  reserved:  baseline %1, end %2, peak %3 at event %4
</source>
        <translation>  已预留: 基线 %1，结束时 %2，峰值 %3（事件 %4）
</translation>
    </message>
    <message>
        <source>  OOM at event %1: requested %2, device free %3
</source>
        <translation>  OOM 于事件 %1: 请求 %2，设备空闲 %3
</translation>
    </message>
    <message>
        <source>  warning: %1
</source>
        <translation>  警告: %1
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>警告: %1
</translation>
    </message>
    <message>
        <source>device %1: no free_completed entries; memory is released at free_requested</source>
        <translation>设备 %1：没有 free_completed 条目；内存在 free_requested 时释放</translation>
    </message>
    <message>
        <source>device %1: negative baseline of allocated bytes (%2): the trace and the segments disagree</source>
        <translation>设备 %1：已分配字节数的基线为负（%2）：跟踪与段不一致</translation>
    </message>
    <message>
        <source>device %1: negative baseline of reserved bytes (%2): the trace and the segments disagree</source>
        <translation>设备 %1：已预留字节数的基线为负（%2）：跟踪与段不一致</translation>
    </message>
    <message>
        <source>device %1: %2 allocations at an address that was still allocated (closed at the new alloc)</source>
        <translation>设备 %1：有 %2 次分配发生在仍处于已分配状态的地址上（旧分配在新分配发生时视为结束）</translation>
    </message>
    <message>
        <source>key &quot;%1&quot;: negative size %2</source>
        <translation>键“%1”：大小为负（%2）</translation>
    </message>
    <message>
        <source>key &quot;%1&quot;: %2 bytes is more than 1 PiB</source>
        <translation>键“%1”：%2 字节，超过 1 PiB</translation>
    </message>
    <message>
        <source>A and B on one axis</source>
        <translation>A 与 B 在同一坐标轴上</translation>
    </message>
    <message>
        <source>Allocated bytes of A and B on the aligned axis, with both moments</source>
        <translation>A 和 B 的已分配字节数，位于对齐后的坐标轴上，并标出两个时刻</translation>
    </message>
    <message>
        <source>Memory timelines by category</source>
        <translation>按类别划分的显存时间线</translation>
    </message>
    <message>
        <source>A (before): %1</source>
        <translation>A（之前）：%1</translation>
    </message>
    <message>
        <source>Memory timeline of A by category</source>
        <translation>A 的显存时间线（按类别）</translation>
    </message>
    <message>
        <source>B (after): %1</source>
        <translation>B（之后）：%1</translation>
    </message>
    <message>
        <source>Memory timeline of B by category</source>
        <translation>B 的显存时间线（按类别）</translation>
    </message>
    <message>
        <source>, step %1</source>
        <translation>，第 %1 步</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>，%1</translation>
    </message>
    <message>
        <source>by training step (both files have detected steps)</source>
        <translation>按训练步对齐（两个文件都检测到了训练步）</translation>
    </message>
    <message>
        <source>by seconds since the first event (at least one file has no detected steps)</source>
        <translation>按自第一个事件起的秒数对齐（至少有一个文件未检测到训练步）</translation>
    </message>
    <message>
        <source>by event index (the files have neither steps nor times in common)</source>
        <translation>按事件序号对齐（两个文件既没有共同的训练步，也没有共同的时间）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>VRAMScope comparison: %1 → %2</source>
        <translation>VRAMScope 比较：%1 → %2</translation>
    </message>
    <message>
        <source>A (before)</source>
        <translation>A（之前）</translation>
    </message>
    <message>
        <source>B (after)</source>
        <translation>B（之后）</translation>
    </message>
    <message>
        <source>Allocated at the moment</source>
        <translation>该时刻已分配</translation>
    </message>
    <message>
        <source>Reserved at the moment</source>
        <translation>该时刻已预留</translation>
    </message>
    <message>
        <source>Ran out of memory</source>
        <translation>显存耗尽</translation>
    </message>
    <message>
        <source>Both allocated curves on one axis, aligned %1. The dashed lines are the moments compared below.</source>
        <translation>两条已分配曲线画在同一坐标轴上，%1。虚线即下文所比较的两个时刻。</translation>
    </message>
    <message>
        <source>What changed at the moment, by category</source>
        <translation>该时刻发生的变化（按类别）</translation>
    </message>
    <message>
        <source>Bands of A at its moment</source>
        <translation>A 在其时刻的各区带</translation>
    </message>
    <message>
        <source>Bands of B at its moment</source>
        <translation>B 在其时刻的各区带</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <source>What grew and what shrank, by location</source>
        <translation>哪些增长了、哪些减少了（按位置）</translation>
    </message>
    <message>
        <source>No source location holds a different number of bytes at the two moments.</source>
        <translation>在这两个时刻，没有任何源代码位置持有的字节数不同。</translation>
    </message>
    <message>
        <source>Live bytes at each moment by the top user frame of the allocation stack, largest change first.</source>
        <translation>各时刻的存活字节数，按分配调用栈中最顶层的用户帧划分，变化最大的在前。</translation>
    </message>
    <message>
        <source>Location (top user frame)</source>
        <translation>位置（最顶层的用户帧）</translation>
    </message>
    <message>
        <source>… and %1 more locations with smaller changes (all of them are in `vramscope compare --json`).</source>
        <translation>… 以及另外 %1 个变化较小的位置（全部列于 `vramscope compare --json` 中）。</translation>
    </message>
    <message>
        <source>Allocator settings</source>
        <translation>分配器设置</translation>
    </message>
    <message>
        <source>A and B recorded the same allocator settings.</source>
        <translation>A 和 B 记录的分配器设置相同。</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>more than %1 entries in one device trace</source>
        <translation>单个设备跟踪中超过 %1 个条目</translation>
    </message>
    <message>
        <source>device %1: more than %2 trace entries</source>
        <translation>设备 %1：超过 %2 个跟踪条目</translation>
    </message>
</context>
<context>
    <name>VramScope::AboutDialog</name>
    <message>
        <source>&lt;h3&gt;VRAMScope %1&lt;/h3&gt;&lt;p&gt;Opens PyTorch CUDA memory snapshots, rebuilds the memory timeline and shows what the memory was at the peak and at an out-of-memory error.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2 (built with %3)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;QCustomPlot&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;System&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;License: MIT.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;VRAMScope %1&lt;/h3&gt;&lt;p&gt;打开 PyTorch CUDA 内存快照，重建显存时间线，并显示峰值时刻和显存不足（out-of-memory）错误时刻的显存构成。&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2（构建时版本 %3）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;QCustomPlot&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;系统&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;许可证：MIT。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About VRAMScope</source>
        <translation>关于 VRAMScope</translation>
    </message>
</context>
<context>
    <name>VramScope::AllocationsPanel</name>
    <message>
        <source>Filter by size, category or stack frame…</source>
        <translation>按大小、类别或栈帧筛选…</translation>
    </message>
    <message>
        <source>Click the timeline to list the allocations live at that moment.</source>
        <translation>单击时间线，列出该时刻存活的分配。</translation>
    </message>
    <message>
        <source>Live after event %1</source>
        <translation>事件 %1 之后存活</translation>
    </message>
    <message>
        <source>Live before the first event</source>
        <translation>第一个事件之前存活</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message numerus="yes">
        <source>%n allocation(s)</source>
        <translation>
            <numerusform>%n 个分配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>显示 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VramScope::AllocationsTableModel</name>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Top user frame</source>
        <translation>最顶层的用户帧</translation>
    </message>
    <message>
        <source>Alloc event</source>
        <translation>分配事件</translation>
    </message>
    <message>
        <source>Alloc time</source>
        <translation>分配时间</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>流</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>(no frames)</source>
        <translation>（无帧）</translation>
    </message>
    <message>
        <source>(before recording)</source>
        <translation>（记录开始之前）</translation>
    </message>
    <message>
        <source>before trace</source>
        <translation>跟踪开始之前</translation>
    </message>
    <message>
        <source>still live</source>
        <translation>仍存活</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VramScope::AllocatorStatePanel</name>
    <message>
        <source>Pool</source>
        <translation>内存池</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>流</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>已预留</translation>
    </message>
    <message>
        <source>Free cached</source>
        <translation>空闲缓存</translation>
    </message>
    <message>
        <source>Largest free block</source>
        <translation>最大空闲块</translation>
    </message>
    <message>
        <source>Open a snapshot to see the allocator&apos;s segments.</source>
        <translation>打开快照以查看分配器的段。</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>replayed back from the dump (block sizes approximate)</source>
        <translation>从转储反向重放得到（块大小为近似值）</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Allocator state before the first event</source>
        <translation>第一个事件之前的分配器状态</translation>
    </message>
    <message>
        <source>Allocator state after event %1</source>
        <translation>事件 %1 之后的分配器状态</translation>
    </message>
    <message>
        <source>%1 into the trace</source>
        <translation>跟踪开始后 %1</translation>
    </message>
    <message>
        <source>the dump holds no segments for this device, so the allocator state is unknown</source>
        <translation>转储中没有此设备的段，因此分配器状态未知</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s), %1 reserved, %2 free cached, largest free block %3</source>
        <translation>
            <numerusform>%n 个段，已预留 %1，空闲缓存 %2，最大空闲块 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>the dump&apos;s blocks (exact)</source>
        <translation>转储中的块（精确）</translation>
    </message>
    <message numerus="yes">
        <source>%n live allocation(s) outside every segment: the trace and the dump disagree</source>
        <translation>
            <numerusform>有 %n 个存活分配不在任何段内：跟踪与转储不一致</numerusform>
        </translation>
    </message>
    <message>
        <source>Row &amp;width:</source>
        <translation>行宽(&amp;W)：</translation>
    </message>
    <message>
        <source>Fit each row</source>
        <translation>每行适应宽度</translation>
    </message>
    <message>
        <source>Shared scale</source>
        <translation>统一比例</translation>
    </message>
    <message>
        <source>Fit each row: every segment&apos;s bar fills the width, so the blocks inside a small segment are as readable as in a large one; the label gives the segment&apos;s size.
Shared scale: one scale for all rows, so bar lengths compare segment sizes.</source>
        <translation>每行适应宽度：每个段的条形都占满整个宽度，因此小段内的块与大段内的块一样清晰可读；标签给出段的实际大小。
统一比例：所有行使用同一比例，因此条形长度可用于比较段的大小。</translation>
    </message>
    <message>
        <source>O&amp;rder:</source>
        <translation>排序(&amp;R)：</translation>
    </message>
    <message>
        <source>Largest first</source>
        <translation>最大优先</translation>
    </message>
    <message>
        <source>Most free first</source>
        <translation>空闲最多优先</translation>
    </message>
    <message>
        <source>By address</source>
        <translation>按地址</translation>
    </message>
    <message>
        <source>Order of the segments inside each pool and stream.
Most free first puts the segments with the most cached free bytes, where fragmentation shows, at the top.</source>
        <translation>每个内存池和流内段的排列顺序。
“空闲最多优先”把缓存空闲字节最多（即碎片化所在）的段放在最上面。</translation>
    </message>
    <message>
        <source>One row per segment. Filled = allocated, hatched = pending free, empty = free.</source>
        <translation>每段一行。实心 = 已分配，斜线 = 等待释放，空白 = 空闲。</translation>
    </message>
    <message>
        <source>Pale = small allocations and free gaps too dense to draw apart. Thin blocks are widened so that they show. Click a block to select its allocation; hover for details.</source>
        <translation>浅色 = 过于密集、无法分开绘制的小分配和空闲间隙。过窄的块会被加宽以便显示。点击块可选中其分配；悬停可查看详情。</translation>
    </message>
</context>
<context>
    <name>VramScope::CompareOpener</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Memory snapshots (*.pickle *.pkl *.gz *.zst *.html *.json);;All files (*)</source>
        <translation>内存快照 (*.pickle *.pkl *.gz *.zst *.html *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Compare: A (before)</source>
        <translation>比较：A（之前）</translation>
    </message>
    <message>
        <source>Compare: B (after)</source>
        <translation>比较：B（之后）</translation>
    </message>
    <message>
        <source>Open a folder of per-rank snapshots</source>
        <translation>打开包含各 rank 快照的文件夹</translation>
    </message>
    <message>
        <source>Loading %1 and %2…</source>
        <translation>正在加载 %1 和 %2…</translation>
    </message>
    <message>
        <source>Compare %1 → %2</source>
        <translation>比较 %1 → %2</translation>
    </message>
    <message>
        <source>No snapshot files in %1</source>
        <translation>%1 中没有快照文件</translation>
    </message>
    <message numerus="yes">
        <source>Loading %n rank(s)…</source>
        <translation>
            <numerusform>正在加载 %n 个 rank…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ranks: %n file(s)</source>
        <translation>
            <numerusform>Rank：%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>--compare needs two files: A (before) and B (after)</source>
        <translation>--compare 需要两个文件：A（之前）和 B（之后）</translation>
    </message>
    <message numerus="yes">
        <source>Re-analysing %n rank(s)…</source>
        <translation>
            <numerusform>正在重新分析 %n 个 rank…</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-analysing %1 and %2…</source>
        <translation>正在重新分析 %1 和 %2…</translation>
    </message>
</context>
<context>
    <name>VramScope::ComparisonView</name>
    <message>
        <source>training step</source>
        <translation>训练步</translation>
    </message>
    <message>
        <source>seconds since the first event</source>
        <translation>自第一个事件起的秒数</translation>
    </message>
    <message>
        <source>event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>B - A</source>
        <translation>B - A</translation>
    </message>
    <message>
        <source>Location (top user frame)</source>
        <translation>位置（最顶层的用户帧）</translation>
    </message>
    <message>
        <source>Allocator setting</source>
        <translation>分配器设置</translation>
    </message>
    <message>
        <source>allocated (GiB)</source>
        <translation>已分配 (GiB)</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A：%1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B：%1</translation>
    </message>
    <message>
        <source>Allocated at the moment</source>
        <translation>该时刻已分配</translation>
    </message>
    <message>
        <source>(no frames)</source>
        <translation>（无帧）</translation>
    </message>
    <message>
        <source>at %1: %2</source>
        <translation>%1 处：%2</translation>
    </message>
</context>
<context>
    <name>VramScope::DiagnosisHtml</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>out of memory at event %1</source>
        <translation>事件 %1 处显存不足</translation>
    </message>
    <message>
        <source>peak at event %1</source>
        <translation>事件 %1 处的峰值</translation>
    </message>
    <message>
        <source>snapshot dump (event %1)</source>
        <translation>快照转储（事件 %1）</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>时刻</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Requested / free</source>
        <translation>请求 / 空闲</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Largest free cached block</source>
        <translation>最大空闲缓存块</translation>
    </message>
    <message>
        <source>Allocated / reserved</source>
        <translation>已分配 / 已预留</translation>
    </message>
    <message>
        <source>Tallest band</source>
        <translation>最高区带</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>saves about %1</source>
        <translation>约可节省 %1</translation>
    </message>
    <message>
        <source>Recommended fix</source>
        <translation>推荐的修复方案</translation>
    </message>
    <message>
        <source>Capture health</source>
        <translation>采集质量</translation>
    </message>
</context>
<context>
    <name>VramScope::DiagnosisPanel</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>区带</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Bands at the moment</source>
        <translation>该时刻的各区带</translation>
    </message>
    <message>
        <source>The ladder: what to change, cheapest first</source>
        <translation>阶梯：需要改什么，代价最低的在前</translation>
    </message>
    <message>
        <source>Hints and capture health</source>
        <translation>提示与采集质量</translation>
    </message>
    <message>
        <source>Copy recapture call</source>
        <translation>复制重新采集的调用</translation>
    </message>
    <message>
        <source>Copy the torch.cuda.memory._record_memory_history(...) call to use next time</source>
        <translation>复制下次要使用的 torch.cuda.memory._record_memory_history(...) 调用</translation>
    </message>
    <message>
        <source>Open a snapshot to see what filled the GPU and what to change.</source>
        <translation>打开快照，查看是什么占满了 GPU 以及需要改什么。</translation>
    </message>
    <message>
        <source>Nothing to diagnose: this device has no allocations.</source>
        <translation>没有可诊断的内容：此设备没有任何分配。</translation>
    </message>
    <message>
        <source>Out of memory at event %1</source>
        <translation>事件 %1 处显存不足</translation>
    </message>
    <message>
        <source>No OOM: the peak at event %1</source>
        <translation>没有 OOM：事件 %1 处的峰值</translation>
    </message>
    <message>
        <source>The snapshot&apos;s dump (event %1)</source>
        <translation>快照转储时（事件 %1）</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>结论：%1</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Free on the device</source>
        <translation>设备上的空闲显存</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>缺口</translation>
    </message>
    <message>
        <source>Allocated / reserved</source>
        <translation>已分配 / 已预留</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Largest free cached block</source>
        <translation>最大空闲缓存块</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Held outside PyTorch</source>
        <translation>被 PyTorch 之外占用</translation>
    </message>
    <message>
        <source>The request would have been</source>
        <translation>该请求本应属于</translation>
    </message>
    <message>
        <source>%1 (tallest)</source>
        <translation>%1（最高）</translation>
    </message>
    <message>
        <source>Shortfall: %1 (the request minus what was free). The first rung that covers it is recommended.</source>
        <translation>缺口：%1（请求量减去空闲量）。推荐能弥补缺口的第一个梯级。</translation>
    </message>
    <message>
        <source>The shortfall is unknown: estimates are shown without a target.</source>
        <translation>缺口未知：显示的估算值没有对照目标。</translation>
    </message>
    <message>
        <source>No OOM here: the rungs that would lower the %1 band at the peak.</source>
        <translation>这里没有 OOM：以下是能降低峰值时%1区带的梯级。</translation>
    </message>
    <message>
        <source>No rung applies: nothing is live at this moment.</source>
        <translation>没有适用的梯级：该时刻没有任何存活的分配。</translation>
    </message>
    <message>
        <source>Where it hit</source>
        <translation>发生位置</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Capture health</source>
        <translation>采集质量</translation>
    </message>
    <message>
        <source>The capture looks complete.</source>
        <translation>采集看起来是完整的。</translation>
    </message>
</context>
<context>
    <name>VramScope::DisplayFormat</name>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>TiB</source>
        <translation>TiB</translation>
    </message>
    <message>
        <source>PiB</source>
        <translation>PiB</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 微秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
</context>
<context>
    <name>VramScope::DocumentController</name>
    <message>
        <source>Opening %1</source>
        <translation>正在打开 %1</translation>
    </message>
    <message>
        <source>%1: the loader returned no document</source>
        <translation>%1：加载器未返回任何文档</translation>
    </message>
</context>
<context>
    <name>VramScope::DocumentView</name>
    <message>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Categories: bytes by what they are. Allocations: the largest allocations each as a band, the rest summed.</source>
        <translation>类别：按用途统计的字节数。分配：最大的若干分配各占一个区带，其余的合计为一个。</translation>
    </message>
    <message>
        <source>&amp;Largest:</source>
        <translation>最大的(&amp;L)：</translation>
    </message>
    <message>
        <source>How many of the largest allocations get their own band</source>
        <translation>有多少个最大的分配拥有各自的区带</translation>
    </message>
    <message>
        <source>&amp;X axis:</source>
        <translation>X 轴(&amp;X)：</translation>
    </message>
    <message>
        <source>Event index</source>
        <translation>事件序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <source>Show the whole trace (Home). Wheel zooms, drag pans, right-drag or Shift-drag zooms to a range.</source>
        <translation>显示整个跟踪（Home）。滚轮缩放，拖动平移，右键拖动或 Shift+拖动可缩放到某一范围。</translation>
    </message>
    <message>
        <source>cuda:%1</source>
        <translation>cuda:%1</translation>
    </message>
    <message>
        <source>OOM</source>
        <translation>OOM</translation>
    </message>
    <message>
        <source>This snapshot holds no trace entries and no segments for any device: was memory history recorded?</source>
        <translation>此快照中没有任何设备的跟踪条目或段：是否记录了内存历史？</translation>
    </message>
    <message numerus="yes">
        <source>%n capture warning(s): see the Summary panel. First: %1</source>
        <translation>
            <numerusform>%n 条采集警告：请查看“摘要”面板。第一条：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>cursor</source>
        <translation>光标处</translation>
    </message>
    <message>
        <source>the out-of-memory moment</source>
        <translation>显存不足时刻</translation>
    </message>
    <message>
        <source>the snapshot dump</source>
        <translation>快照转储时</translation>
    </message>
    <message>
        <source>the peak of allocated memory</source>
        <translation>已分配内存的峰值</translation>
    </message>
</context>
<context>
    <name>VramScope::ExampleSnapshot</name>
    <message>
        <source>The example snapshot is not built into this copy of VRAMScope.</source>
        <translation>此版本的 VRAMScope 没有内置示例快照。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the example snapshot.</source>
        <translation>无法为示例快照创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write the example snapshot to %1: %2</source>
        <translation>无法将示例快照写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>VramScope::ExportController</name>
    <message>
        <source>&amp;PNG Image…</source>
        <translation>PNG 图像(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;HTML Report…</source>
        <translation>HTML 报告(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Copy Image to Clipboard</source>
        <translation>复制图像到剪贴板(&amp;C)</translation>
    </message>
    <message>
        <source>Open a snapshot first.</source>
        <translation>请先打开快照。</translation>
    </message>
    <message>
        <source>%1: could not render the timeline</source>
        <translation>%1：无法渲染时间线</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>%1 × %2 at %3x (%4 × %5 pixels)</source>
        <translation>%1 × %2，%3 倍（%4 × %5 像素）</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <source>Image size:</source>
        <translation>图像尺寸：</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Export HTML Report</source>
        <translation>导出 HTML 报告</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
        <source>Timeline image copied</source>
        <translation>已复制时间线图像</translation>
    </message>
    <message>
        <source>The comparison has not finished loading.</source>
        <translation>比较尚未加载完成。</translation>
    </message>
</context>
<context>
    <name>VramScope::LadderView</name>
    <message>
        <source>Rung</source>
        <translation>梯级</translation>
    </message>
    <message>
        <source>Frees about</source>
        <translation>约可释放</translation>
    </message>
    <message>
        <source>vs shortfall</source>
        <translation>相对缺口</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>未估算</translation>
    </message>
    <message>
        <source>covers it</source>
        <translation>可弥补</translation>
    </message>
    <message>
        <source>%1% of it</source>
        <translation>缺口的 %1%</translation>
    </message>
    <message>
        <source>★ recommended</source>
        <translation>★ 推荐</translation>
    </message>
    <message>
        <source>⚠ changes the science</source>
        <translation>⚠ 改变实验设定</translation>
    </message>
    <message>
        <source>How the estimate was made:</source>
        <translation>估算方法：</translation>
    </message>
    <message>
        <source>This rung changes the science: declare it and verify the results again.</source>
        <translation>此梯级会改变实验设定：必须声明这一点并重新验证结果。</translation>
    </message>
</context>
<context>
    <name>VramScope::LoadStatus</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop loading (Esc)</source>
        <translation>停止加载（Esc）</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>正在打开 %1</translation>
    </message>
</context>
<context>
    <name>VramScope::MainActions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>打开示例(&amp;E)</translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>比较(&amp;M)…</translation>
    </message>
    <message>
        <source>Compare two snapshots: what changed from A (before) to B (after)</source>
        <translation>比较两个快照：从 A（之前）到 B（之后）发生了什么变化</translation>
    </message>
    <message>
        <source>Open Ran&amp;ks Folder…</source>
        <translation>打开 Rank 文件夹(&amp;K)…</translation>
    </message>
    <message>
        <source>Which rank ran out of memory first, and which are imbalanced</source>
        <translation>哪个 rank 最先耗尽显存，哪些 rank 不均衡</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Clear &amp;Recent Files</source>
        <translation>清除最近的文件(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel Loading</source>
        <translation>取消加载(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <source>By &amp;Category</source>
        <translation>按类别(&amp;C)</translation>
    </message>
    <message>
        <source>By &amp;Allocation</source>
        <translation>按分配(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Time Axis</source>
        <translation>时间轴(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Go to OOM / Peak</source>
        <translation>转到 OOM / 峰值(&amp;G)</translation>
    </message>
    <message>
        <source>Next &amp;Device</source>
        <translation>下一个设备(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Paste OOM Message…</source>
        <translation>粘贴 OOM 消息(&amp;P)…</translation>
    </message>
    <message>
        <source>Explain a pasted out-of-memory error: its numbers, verdict and fixes</source>
        <translation>解释粘贴的显存不足错误：其中的数字、结论和修复方案</translation>
    </message>
    <message>
        <source>&amp;About VRAMScope</source>
        <translation>关于 VRAMScope(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Put the cursor on the OOM (or the peak) and list what was live</source>
        <translation>将光标置于 OOM（或峰值）处，并列出当时存活的分配</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Category &amp;Rules…</source>
        <translation>类别规则(&amp;R)…</translation>
    </message>
    <message>
        <source>Your own frame pattern → category rules, applied to the open snapshots</source>
        <translation>自定义的“帧模式 → 类别”规则，应用于已打开的快照</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
</context>
<context>
    <name>VramScope::MainWindow</name>
    <message>
        <source>Stopped loading %1</source>
        <translation>已停止加载 %1</translation>
    </message>
    <message>
        <source>PyTorch memory snapshots (*.pickle *.pkl *.pickle.zst *.zst *.gz *.html *.json)</source>
        <translation>PyTorch 内存快照 (*.pickle *.pkl *.pickle.zst *.zst *.gz *.html *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Open Snapshot</source>
        <translation>打开快照</translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not open %1.&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;无法打开 %1。&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; changed on disk.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 已在磁盘上被修改。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Re-analysing %n snapshot(s) with the category rules</source>
        <translation>
            <numerusform>正在使用类别规则重新分析 %n 个快照</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-analysing %n snapshot(s) and the comparison and ranks windows with the category rules</source>
        <translation>
            <numerusform>正在使用类别规则重新分析 %n 个快照以及比较和 rank 窗口</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VramScope::MessageBanner</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>VramScope::OomArrow</name>
    <message>
        <source>Tallest: %1, %2</source>
        <translation>最高：%1，%2</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>修复：%1</translation>
    </message>
    <message>
        <source>(changes the science)</source>
        <translation>（改变实验设定）</translation>
    </message>
    <message>
        <source>No single rung covers it: start with %1</source>
        <translation>没有任何单个梯级能弥补：先尝试 %1</translation>
    </message>
    <message>
        <source>First rung: %1</source>
        <translation>第一个梯级：%1</translation>
    </message>
</context>
<context>
    <name>VramScope::PanelDocks</name>
    <message>
        <source>Allocations</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>调用栈</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Allocator State</source>
        <translation>分配器状态</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
</context>
<context>
    <name>VramScope::PasteMessageDialog</name>
    <message>
        <source>not in the text</source>
        <translation>文本中没有</translation>
    </message>
    <message>
        <source>Paste OOM Message</source>
        <translation>粘贴 OOM 消息</translation>
    </message>
    <message>
        <source>Paste the out-of-memory error (the exception text or a log excerpt). It is read as you type; nothing is sent anywhere.</source>
        <translation>粘贴显存不足错误（异常文本或日志片段）。输入时即进行解析；不会向任何地方发送数据。</translation>
    </message>
    <message>
        <source>torch.OutOfMemoryError: CUDA out of memory. Tried to allocate …</source>
        <translation>torch.OutOfMemoryError: CUDA out of memory. Tried to allocate …</translation>
    </message>
    <message>
        <source>&amp;Paste from Clipboard</source>
        <translation>从剪贴板粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>复制为 JSON(&amp;J)</translation>
    </message>
    <message>
        <source>Waiting for a message.</source>
        <translation>等待输入消息。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not recognised:&lt;/b&gt; this text does not look like an out-of-memory error, so no numbers are shown.</source>
        <translation>&lt;b&gt;无法识别：&lt;/b&gt;这段文本看起来不像显存不足错误，因此不显示任何数字。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Host RAM, not the GPU:&lt;/b&gt; the process ran out of system memory (the kernel&apos;s OOM killer, exit code 137). Nothing on the GPU needs to change.</source>
        <translation>&lt;b&gt;是主机内存，而不是 GPU：&lt;/b&gt;进程耗尽了系统内存（内核的 OOM killer，退出码 137）。GPU 方面无需任何改动。</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>结论：%1</translation>
    </message>
    <message>
        <source>(rank %1)</source>
        <translation>（rank %1）</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Allocated by PyTorch</source>
        <translation>PyTorch 已分配</translation>
    </message>
    <message>
        <source>Reserved by PyTorch</source>
        <translation>PyTorch 已预留</translation>
    </message>
    <message>
        <source>Reserved but unallocated</source>
        <translation>已预留但未分配</translation>
    </message>
    <message>
        <source>Allowed (memory fraction)</source>
        <translation>允许使用（内存比例）</translation>
    </message>
    <message>
        <source>In private pools</source>
        <translation>私有内存池中</translation>
    </message>
    <message>
        <source>This process in total</source>
        <translation>本进程合计</translation>
    </message>
    <message>
        <source>Other processes</source>
        <translation>其他进程</translation>
    </message>
    <message>
        <source>Outside PyTorch</source>
        <translation>PyTorch 之外占用</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>缺口</translation>
    </message>
</context>
<context>
    <name>VramScope::PlotExport</name>
    <message>
        <source>%1 · cuda:%2 · %3 events</source>
        <translation>%1 · cuda:%2 · %3 个事件</translation>
    </message>
    <message>
        <source> over %1</source>
        <translation>，历时 %1</translation>
    </message>
</context>
<context>
    <name>VramScope::RanksView</name>
    <message>
        <source>Rank file</source>
        <translation>Rank 文件</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Peak allocated</source>
        <translation>已分配峰值</translation>
    </message>
    <message>
        <source>Peak reserved</source>
        <translation>已预留峰值</translation>
    </message>
    <message>
        <source>vs median</source>
        <translation>相对中位数</translation>
    </message>
    <message>
        <source>Tallest band</source>
        <translation>最高区带</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message numerus="yes">
        <source>%n rank(s), median peak allocated %1.</source>
        <translation>
            <numerusform>%n 个 rank，已分配峰值的中位数为 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ran out of memory first (device %2, %3 requested).</source>
        <translation>%1 最先耗尽显存（设备 %2，请求 %3）。</translation>
    </message>
    <message numerus="yes">
        <source>%n rank(s) more than %1% away from the median.</source>
        <translation>
            <numerusform>%n 个 rank 偏离中位数超过 %1%。</numerusform>
        </translation>
    </message>
    <message>
        <source>peak reserved</source>
        <translation>已预留峰值</translation>
    </message>
    <message>
        <source>peak allocated</source>
        <translation>已分配峰值</translation>
    </message>
    <message>
        <source>OOM first, at event %1 (%2 requested)</source>
        <translation>最先 OOM，于事件 %1（请求 %2）</translation>
    </message>
    <message>
        <source>OOM at event %1 (%2 requested)</source>
        <translation>OOM 于事件 %1（请求 %2）</translation>
    </message>
    <message>
        <source>imbalanced</source>
        <translation>不均衡</translation>
    </message>
</context>
<context>
    <name>VramScope::RulesController</name>
    <message>
        <source>Could not apply the rules: no temporary folder (%1)</source>
        <translation>无法应用规则：没有临时文件夹（%1）</translation>
    </message>
    <message>
        <source>unsaved-rules.txt</source>
        <translation>unsaved-rules.txt</translation>
    </message>
    <message>
        <source>Could not apply the rules: %1: %2</source>
        <translation>无法应用规则：%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Re-analysing %n open snapshot(s).</source>
        <translation>
            <numerusform>正在重新分析 %n 个已打开的快照。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-analysing %n open snapshot(s) and the open comparison and ranks windows.</source>
        <translation>
            <numerusform>正在重新分析 %n 个已打开的快照以及已打开的比较和 rank 窗口。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VramScope::RulesEditor</name>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>One rule per line: a category (parameter, optimizer_state, gradient, activation, temporary, input, unknown), then a regular expression matched against every stack frame written &lt;tt&gt;file:line:function&lt;/tt&gt;. The first matching rule wins over the built-in inference. Lines starting with # are comments.</source>
        <translation>每行一条规则：先写类别（parameter、optimizer_state、gradient、activation、temporary、input、unknown），再写一个正则表达式，它会与每个以 &lt;tt&gt;file:line:function&lt;/tt&gt; 形式书写的栈帧进行匹配。第一条匹配的规则优先于内置推断。以 # 开头的行是注释。</translation>
    </message>
    <message>
        <source>activation      kv_cache\.py:\d+:(allocate|grow)</source>
        <translation>activation      kv_cache\.py:\d+:(allocate|grow)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Re-analyse the open snapshots with these rules (%1)</source>
        <translation>使用这些规则重新分析已打开的快照（%1）</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>No rules: the built-in inference alone decides.</source>
        <translation>没有规则：仅由内置推断决定。</translation>
    </message>
    <message numerus="yes">
        <source>%n valid rule(s).</source>
        <translation>
            <numerusform>%n 条有效规则。</numerusform>
        </translation>
    </message>
    <message>
        <source>unsaved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Category Rules — %1[*]</source>
        <translation>类别规则 — %1[*]</translation>
    </message>
    <message>
        <source>%1 bytes; a rules file is at most %2 bytes</source>
        <translation>%1 字节；规则文件最多 %2 字节</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Save Category Rules</source>
        <translation>保存类别规则</translation>
    </message>
    <message>
        <source>Rules files (*.txt *.rules)</source>
        <translation>规则文件 (*.txt *.rules)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Open Category Rules</source>
        <translation>打开类别规则</translation>
    </message>
    <message>
        <source>Unsaved Category Rules</source>
        <translation>未保存的类别规则</translation>
    </message>
    <message>
        <source>Save the changes to the category rules (%1)?</source>
        <translation>是否保存对类别规则（%1）的更改？</translation>
    </message>
    <message>
        <source>Without saving, they are gone when VRAMScope quits; snapshots opened later use the saved rules.</source>
        <translation>如果不保存，这些更改会在 VRAMScope 退出时丢失；之后打开的快照将使用已保存的规则。</translation>
    </message>
    <message>
        <source>Sa&amp;ve As…</source>
        <translation>另存为(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>VramScope::SegmentMapView</name>
    <message>
        <source> · pool (%1,%2)</source>
        <translation> · 内存池 (%1,%2)</translation>
    </message>
    <message>
        <source>, expandable</source>
        <translation>，可扩展</translation>
    </message>
    <message>
        <source>No segments for this device at this moment.</source>
        <translation>该时刻此设备没有段。</translation>
    </message>
    <message>
        <source>Segment at 0x%1: %2, %3 free in %4 block(s), largest free block %5%6</source>
        <translation>位于 0x%1 的段：%2，其中 %3 空闲（共 %4 个块），最大空闲块 %5%6</translation>
    </message>
    <message>
        <source>Free block at 0x%1: %2</source>
        <translation>位于 0x%1 的空闲块：%2</translation>
    </message>
    <message>
        <source>Pending free (%1) at 0x%2: %3 block, %4 requested</source>
        <translation>待释放（%1），位于 0x%2：块大小 %3，请求 %4</translation>
    </message>
    <message>
        <source>Allocated (%1) at 0x%2: %3 block, %4 requested</source>
        <translation>已分配（%1），位于 0x%2：块大小 %3，请求 %4</translation>
    </message>
    <message>
        <source>%1 · stream %2</source>
        <translation>%1 · 流 %2</translation>
    </message>
    <message>
        <source> · expandable</source>
        <translation> · 可扩展</translation>
    </message>
</context>
<context>
    <name>VramScope::StackPanel</name>
    <message>
        <source>Copy stack</source>
        <translation>复制调用栈</translation>
    </message>
    <message>
        <source>Copy the allocation stack as file:line lines</source>
        <translation>以 file:line 行的形式复制分配的调用栈</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Select an allocation in the table or the timeline to see its stack.</source>
        <translation>在表格或时间线中选择一个分配以查看其调用栈。</translation>
    </message>
    <message>
        <source>This file has no stack frames at all: memory history was recorded without stacks. Record with torch.cuda.memory._record_memory_history(stacks=&quot;python&quot;) (or &quot;all&quot; for C++ frames too).</source>
        <translation>此文件完全没有栈帧：记录内存历史时未记录调用栈。请使用 torch.cuda.memory._record_memory_history(stacks=&quot;python&quot;) 记录（或使用 &quot;all&quot; 同时记录 C++ 帧）。</translation>
    </message>
    <message>
        <source>No stack: this block was allocated before history recording started, so only the final snapshot knows it.</source>
        <translation>无调用栈：此块是在开始记录历史之前分配的，因此只有最终快照知道它。</translation>
    </message>
    <message>
        <source>No stack: this allocation happened before the trace window (recording started later, or the ring buffer dropped the oldest entries; raise max_entries).</source>
        <translation>无调用栈：此分配发生在跟踪窗口之前（记录开始得较晚，或者环形缓冲区丢弃了最早的条目；请增大 max_entries）。</translation>
    </message>
    <message>
        <source>No stack was recorded for this allocation.</source>
        <translation>未为此分配记录调用栈。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 at 0x%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2，位于 0x%3</translation>
    </message>
    <message>
        <source>allocated at event %1</source>
        <translation>分配于事件 %1</translation>
    </message>
    <message>
        <source>freed at event %1</source>
        <translation>释放于事件 %1</translation>
    </message>
    <message>
        <source>Allocated at</source>
        <translation>分配位置</translation>
    </message>
    <message>
        <source>Freed at</source>
        <translation>释放位置</translation>
    </message>
    <message numerus="yes">
        <source>%n native (C++) frame(s)</source>
        <translation>
            <numerusform>%n 个原生（C++）帧</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VramScope::StartPage</name>
    <message>
        <source>Open &amp;example</source>
        <translation>打开示例(&amp;E)</translation>
    </message>
    <message>
        <source>&lt;h1&gt;VRAMScope&lt;/h1&gt;&lt;p&gt;See where your GPU memory went: open a PyTorch CUDA memory snapshot.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;VRAMScope&lt;/h1&gt;&lt;p&gt;看清你的 GPU 显存都去哪儿了：打开一个 PyTorch CUDA 内存快照。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Drop a snapshot here</source>
        <translation>将快照拖放到此处</translation>
    </message>
    <message>
        <source>torch.cuda.memory._dump_snapshot() pickles, also .zst or .gz compressed; memory_viz HTML; profiler memory timeline JSON</source>
        <translation>torch.cuda.memory._dump_snapshot() 生成的 pickle 文件，也可以是 .zst 或 .gz 压缩文件；memory_viz HTML；profiler 内存时间线 JSON</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent files&lt;/b&gt;</source>
        <translation>&lt;b&gt;最近的文件&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Open a small snapshot of a run that ran out of memory</source>
        <translation>打开一个来自显存不足运行的小型快照</translation>
    </message>
    <message>
        <source>This build has no example snapshot</source>
        <translation>此版本没有示例快照</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1（缺失）</translation>
    </message>
    <message>
        <source>No recent files yet.</source>
        <translation>还没有最近的文件。</translation>
    </message>
    <message>
        <source>Hold &lt;b&gt;Ctrl&lt;/b&gt; while dropping two files to compare them (the older file is A, before).</source>
        <translation>拖放两个文件时按住 &lt;b&gt;Ctrl&lt;/b&gt; 可对它们进行比较（较旧的文件为 A，即之前）。</translation>
    </message>
</context>
<context>
    <name>VramScope::SummaryPanel</name>
    <message>
        <source>HTML (embedded pickle)</source>
        <translation>HTML（嵌入的 pickle）</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>文件大小</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>压缩</translation>
    </message>
    <message>
        <source>Pickle protocol</source>
        <translation>Pickle 协议</translation>
    </message>
    <message>
        <source>Segments / blocks</source>
        <translation>段 / 块</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Distinct frames / stacks</source>
        <translation>不同的帧 / 调用栈</translation>
    </message>
    <message>
        <source>Trace recorded</source>
        <translation>已记录跟踪</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no (no device_traces)</source>
        <translation>否（没有 device_traces）</translation>
    </message>
    <message>
        <source>Device cuda:%1</source>
        <translation>设备 cuda:%1</translation>
    </message>
    <message>
        <source>Trace entries</source>
        <translation>跟踪条目</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Time span</source>
        <translation>时间跨度</translation>
    </message>
    <message>
        <source>Peak allocated</source>
        <translation>已分配峰值</translation>
    </message>
    <message>
        <source>Peak reserved</source>
        <translation>已预留峰值</translation>
    </message>
    <message>
        <source>At window start</source>
        <translation>窗口开始时</translation>
    </message>
    <message>
        <source>%1 allocated, %2 reserved</source>
        <translation>已分配 %1，已预留 %2</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>结束时</translation>
    </message>
    <message>
        <source>Segments / blocks in the dump</source>
        <translation>转储中的段 / 块</translation>
    </message>
    <message>
        <source>Out-of-memory events</source>
        <translation>显存不足事件</translation>
    </message>
    <message>
        <source>event %1: %2 requested</source>
        <translation>事件 %1：请求 %2</translation>
    </message>
    <message>
        <source>, %1 free on the device</source>
        <translation>，设备空闲 %1</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>VramScope::TimelineHoverText</name>
    <message>
        <source>Before the first event</source>
        <translation>第一个事件之前</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>事件 %1</translation>
    </message>
    <message>
        <source>Event %1 · %2</source>
        <translation>事件 %1 · %2</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>已预留</translation>
    </message>
    <message>
        <source>%1, step %2</source>
        <translation>%1，第 %2 步</translation>
    </message>
    <message>
        <source>&lt;i&gt;%1 of %2&lt;/i&gt;</source>
        <translation>&lt;i&gt;%1 %2&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>分配</translation>
    </message>
</context>
<context>
    <name>VramScope::TimelineLayers</name>
    <message>
        <source>Other allocations</source>
        <translation>其他分配</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>已预留</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>已分配</translation>
    </message>
</context>
<context>
    <name>VramScope::TimelineMarkers</name>
    <message>
        <source>Peak %1</source>
        <translation>峰值 %1</translation>
    </message>
    <message>
        <source>OOM: %1 requested</source>
        <translation>OOM：请求 %1</translation>
    </message>
    <message>
        <source>, %1 free</source>
        <translation>，空闲 %1</translation>
    </message>
</context>
<context>
    <name>VramScope::TimelinePlot</name>
    <message>
        <source>Memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <source>Time since the first event</source>
        <translation>自第一个事件起的时间</translation>
    </message>
    <message>
        <source>Event index</source>
        <translation>事件序号</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>User interface language, e.g. de.</source>
        <translation>界面语言，例如 de。</translation>
    </message>
    <message>
        <source>Save the window to FILE once the first snapshot is shown, then quit.</source>
        <translation>显示第一个快照后将窗口保存为 FILE，然后退出。</translation>
    </message>
    <message>
        <source>Start in the allocations mode.</source>
        <translation>以分配模式启动。</translation>
    </message>
    <message>
        <source>Compare two snapshots: A (before) and B (after).</source>
        <translation>比较两个快照：A（之前）和 B（之后）。</translation>
    </message>
    <message>
        <source>Open a folder (or files) of per-rank snapshots.</source>
        <translation>打开包含各 rank 快照的文件夹（或文件）。</translation>
    </message>
    <message>
        <source>Snapshots to open.</source>
        <translation>要打开的快照。</translation>
    </message>
</context>
</TS>
