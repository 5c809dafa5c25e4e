<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Cli</name>
    <message>
        <source>vramscope summary: unexpected argument &apos;%1&apos;
</source>
        <translation>vramscope summary: unerwartetes Argument „%1“
</translation>
    </message>
    <message>
        <source>vramscope summary: no file given
</source>
        <translation>vramscope summary: keine Datei angegeben
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
        <translation>vramscope compare: unerwartetes Argument „%1“
</translation>
    </message>
    <message>
        <source>vramscope compare: two files needed (A = before, B = after)
</source>
        <translation>vramscope compare: zwei Dateien erforderlich (A = vorher, B = nachher)
</translation>
    </message>
    <message>
        <source>vramscope ranks: --threshold needs a percentage
</source>
        <translation>vramscope ranks: --threshold erwartet einen Prozentwert
</translation>
    </message>
    <message>
        <source>vramscope ranks: unexpected argument &apos;%1&apos;
</source>
        <translation>vramscope ranks: unerwartetes Argument „%1“
</translation>
    </message>
    <message>
        <source>vramscope: %1: no snapshot files in this folder
</source>
        <translation>vramscope: %1: keine Snapshot-Dateien in diesem Ordner
</translation>
    </message>
    <message>
        <source>vramscope ranks: no folder or files given
</source>
        <translation>vramscope ranks: kein Ordner und keine Dateien angegeben
</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>, frees about %1</source>
        <translation>, gibt etwa %1 frei</translation>
    </message>
    <message>
        <source> (covers the shortfall)</source>
        <translation> (deckt den Fehlbetrag)</translation>
    </message>
    <message>
        <source> [changes the science]</source>
        <translation> [verändert das Experiment]</translation>
    </message>
    <message>
        <source>vramscope diagnose: cannot read standard input
</source>
        <translation>vramscope diagnose: Standardeingabe kann nicht gelesen werden
</translation>
    </message>
    <message>
        <source>Not recognised as an out-of-memory message.
</source>
        <translation>Nicht als Out-of-Memory-Meldung erkannt.
</translation>
    </message>
    <message>
        <source>Host memory, not a GPU OOM: %1
</source>
        <translation>Hauptspeicher, kein GPU-OOM: %1
</translation>
    </message>
    <message>
        <source>GPU out of memory (%1, device %2)
</source>
        <translation>GPU-Speicher erschöpft (%1, Gerät %2)
</translation>
    </message>
    <message>
        <source>  requested %1, capacity %2, allocated %3, reserved %4, free %5
</source>
        <translation>  angefordert %1, Kapazität %2, belegt %3, reserviert %4, frei %5
</translation>
    </message>
    <message>
        <source>Verdict: %1. %2
</source>
        <translation>Befund: %1. %2
</translation>
    </message>
    <message>
        <source>vramscope diagnose: unexpected or invalid argument &apos;%1&apos;
</source>
        <translation>vramscope diagnose: unerwartetes oder ungültiges Argument „%1“
</translation>
    </message>
    <message>
        <source>vramscope diagnose: no file given (or --message TEXT)
</source>
        <translation>vramscope diagnose: keine Datei angegeben (oder --message TEXT)
</translation>
    </message>
    <message>
        <source>vramscope: %1: device %2 has no trace entries or segments
</source>
        <translation>vramscope: %1: Gerät %2 hat keine Trace-Einträge und keine Segmente
</translation>
    </message>
    <message>
        <source>%1, device %2: %3 at event %4
</source>
        <translation>%1, Gerät %2: %3 bei Ereignis %4
</translation>
    </message>
    <message>
        <source>Allocated %1, reserved %2, requested %3, device free %4
</source>
        <translation>Belegt %1, reserviert %2, angefordert %3, frei auf dem Gerät %4
</translation>
    </message>
    <message>
        <source>Bands at the moment:
</source>
        <translation>Bänder in diesem Moment:
</translation>
    </message>
    <message>
        <source>Hint: %1
</source>
        <translation>Hinweis: %1
</translation>
    </message>
    <message>
        <source>Capture: %1
  next time: %2
</source>
        <translation>Aufzeichnung: %1
  beim nächsten Mal: %2
</translation>
    </message>
    <message>
        <source>vramscope report: unexpected or invalid argument &apos;%1&apos;
</source>
        <translation>vramscope report: unerwartetes oder ungültiges Argument „%1“
</translation>
    </message>
    <message>
        <source>vramscope report: the image size must be 200x120 to 8000x8000 and the scale 0.5 to 4
</source>
        <translation>vramscope report: die Bildgröße muss zwischen 200x120 und 8000x8000 liegen und der Maßstab zwischen 0,5 und 4
</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1: could not render the report</source>
        <translation>%1: Der Bericht konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>vramscope: %1: could not render the report
</source>
        <translation>vramscope: %1: Der Bericht konnte nicht erstellt werden
</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 KiB)
</source>
        <translation>%1 geschrieben (%2 KiB)
</translation>
    </message>
    <message>
        <source>%1: device %2 has no trace entries or segments</source>
        <translation>%1: Gerät %2 hat keine Trace-Einträge und keine Segmente</translation>
    </message>
    <message>
        <source>%1, %2: could not render the comparison report</source>
        <translation>%1, %2: Der Vergleichsbericht konnte nicht erstellt werden</translation>
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
        <translation>Aufruf: vramscope [--lang LANG] [--allocations] [--screenshot PNG] [FILE...]
                                            Dateien in der Desktop-App öffnen
        vramscope summary FILE [--json]     was der Snapshot enthält, je Gerät
        vramscope diagnose FILE [--device N] [--capacity BYTES] [--rules FILE] [--json]
        vramscope diagnose --message TEXT|- [--json]
        vramscope compare A B [--rules FILE] [--json]
                                            was sich von A (vorher) zu B (nachher) geändert hat
        vramscope ranks DIR|FILES... [--threshold PERCENT] [--rules FILE] [--json]
        vramscope report FILE [--compare B] -o OUT.html [--png OUT.png] [--device N] [--rules FILE] [--capacity BYTES] [--width W --height H] [--scale S]
Exit-Codes: 0 OK, 1 falscher Aufruf, 2 ungültige Eingabe, 3 E/A-Fehler, 4 abgebrochen, 5 interner Fehler
</translation>
    </message>
    <message>
        <source>vramscope report: usage: vramscope report FILE [--compare B] -o OUT.html [--png OUT.png] [--device N] [--rules FILE] [--capacity BYTES] [--width W --height H] [--scale S]
</source>
        <translation>vramscope report: Aufruf: vramscope report FILE [--compare B] -o OUT.html [--png OUT.png] [--device N] [--rules FILE] [--capacity BYTES] [--width W --height H] [--scale S]
</translation>
    </message>
</context>
<context>
    <name>VramScope</name>
    <message>
        <source>No allocation history was recorded for this device: only the state at the dump is known, so there is no timeline, no OOM entry and no phases. Start recording before the model is built.</source>
        <translation>Für dieses Gerät wurde kein Allokationsverlauf aufgezeichnet: Bekannt ist nur der Zustand beim Dump, daher gibt es keinen Zeitverlauf, keinen OOM-Eintrag und keine Phasen. Starten Sie die Aufzeichnung, bevor das Modell erstellt wird.</translation>
    </message>
    <message numerus="yes">
        <source>The history holds %n entry(ies): recorded with enabled=&quot;state&quot;, which keeps only the stacks of live blocks.</source>
        <translation>
            <numerusform>Der Verlauf enthält %n Eintrag: aufgezeichnet mit enabled=&quot;state&quot;, das nur die Stacks lebender Blöcke behält.</numerusform>
            <numerusform>Der Verlauf enthält %n Einträge: aufgezeichnet mit enabled=&quot;state&quot;, das nur die Stacks lebender Blöcke behält.</numerusform>
        </translation>
    </message>
    <message>
        <source>No allocation carries a stack: recorded with context=None or &quot;state&quot;. Categories then rest on lifetimes alone.</source>
        <translation>Keine Allokation hat einen Stack: aufgezeichnet mit context=None oder &quot;state&quot;. Die Kategorien beruhen dann allein auf den Lebensdauern.</translation>
    </message>
    <message>
        <source>The stacks hold only C++ frames, so the Python code that allocated is unknown. Record Python frames too.</source>
        <translation>Die Stacks enthalten nur C++-Frames, daher ist der Python-Code, der allokiert hat, unbekannt. Zeichnen Sie auch Python-Frames auf.</translation>
    </message>
    <message>
        <source>%1% of the allocations have no stack (typically backward allocations recorded with Python-only stacks).</source>
        <translation>%1 % der Allokationen haben keinen Stack (typischerweise Backward-Allokationen, aufgezeichnet mit reinen Python-Stacks).</translation>
    </message>
    <message numerus="yes">
        <source>%n free(s) of allocations made before the trace window: the ring buffer overflowed (or recording started late), so the beginning is missing.</source>
        <translation>
            <numerusform>%n Freigabe von Allokationen, die vor dem Trace-Fenster erfolgten: Der Ringpuffer ist übergelaufen (oder die Aufzeichnung begann spät), daher fehlt der Anfang.</numerusform>
            <numerusform>%n Freigaben von Allokationen, die vor dem Trace-Fenster erfolgten: Der Ringpuffer ist übergelaufen (oder die Aufzeichnung begann spät), daher fehlt der Anfang.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% of the memory live at the moment was allocated before recording started, so its category and stack are largely unknown. Call _record_memory_history before the model is created.</source>
        <translation>%1 % des in diesem Moment belegten Speichers wurde vor Beginn der Aufzeichnung allokiert, daher sind Kategorie und Stack weitgehend unbekannt. Rufen Sie _record_memory_history auf, bevor das Modell erstellt wird.</translation>
    </message>
    <message>
        <source>The trace ends %1 s before the last annotation: recording stopped (or was disabled) long before the end of the run, so the OOM may not be in it.</source>
        <translation>Der Trace endet %1 s vor der letzten Annotation: Die Aufzeichnung wurde lange vor dem Ende des Laufs gestoppt (oder deaktiviert), daher ist der OOM möglicherweise nicht enthalten.</translation>
    </message>
    <message numerus="yes">
        <source>The snapshot was dumped %n allocator event(s) after the OOM (in an exception handler?): the segments show the dump, not the OOM, so the free blocks at the OOM are reconstructed. Dump from an OOM observer.</source>
        <translation>
            <numerusform>Der Snapshot wurde %n Allokator-Ereignis nach dem OOM erstellt (in einem Exception-Handler?): Die Segmente zeigen den Dump, nicht den OOM, daher werden die freien Blöcke beim OOM rekonstruiert. Erstellen Sie den Dump aus einem OOM-Observer.</numerusform>
            <numerusform>Der Snapshot wurde %n Allokator-Ereignisse nach dem OOM erstellt (in einem Exception-Handler?): Die Segmente zeigen den Dump, nicht den OOM, daher werden die freien Blöcke beim OOM rekonstruiert. Erstellen Sie den Dump aus einem OOM-Observer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Optimizer state</source>
        <translation>Optimizer-Zustand</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradienten</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Aktivierungen</translation>
    </message>
    <message>
        <source>Temporaries</source>
        <translation>Temporäre Daten</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1: more than %2 rules</source>
        <translation>%1: mehr als %2 Regeln</translation>
    </message>
    <message>
        <source>%1: invalid regular expression &quot;%2&quot;: %3</source>
        <translation>%1: ungültiger regulärer Ausdruck &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>%1: unknown category &quot;%2&quot; (expected parameter, optimizer_state, gradient, activation, temporary, input or unknown)</source>
        <translation>%1: unbekannte Kategorie &quot;%2&quot; (erwartet: parameter, optimizer_state, gradient, activation, temporary, input oder unknown)</translation>
    </message>
    <message>
        <source>%1: a rule needs a pattern after the category</source>
        <translation>%1: Eine Regel benötigt nach der Kategorie ein Muster</translation>
    </message>
    <message>
        <source>Cannot read the rules file %1: %2</source>
        <translation>Die Regeldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Unknown bytes (%1) exceed the tallest known band (%2); see the capture health notes.</source>
        <translation>Unbekannte Bytes (%1) übersteigen das höchste bekannte Band (%2); siehe die Hinweise zur Aufzeichnungsqualität.</translation>
    </message>
    <message>
        <source>No OOM in the trace: this is the peak of allocated memory.</source>
        <translation>Kein OOM im Trace: Dies ist die Spitze des belegten Speichers.</translation>
    </message>
    <message>
        <source>No history: this is the state at the dump.</source>
        <translation>Kein Verlauf: Dies ist der Zustand beim Dump.</translation>
    </message>
    <message>
        <source>%1 reserved but unallocated, at least the %2 request, and no free block that large: fragmentation.</source>
        <translation>%1 reserviert, aber nicht belegt, mindestens die Anforderung von %2, und kein freier Block dieser Größe: Fragmentierung.</translation>
    </message>
    <message>
        <source>The reconstructed free blocks show one of %1 in the request&apos;s pool and stream; the reconstruction is approximate.</source>
        <translation>Die rekonstruierten freien Blöcke zeigen einen Block von %1 im Pool und Stream der Anforderung; die Rekonstruktion ist ungefähr.</translation>
    </message>
    <message>
        <source>Free blocks at the moment are reconstructed from the trace (sizes rounded to 512 bytes): approximate.</source>
        <translation>Die freien Blöcke in diesem Moment werden aus dem Trace rekonstruiert (Größen auf 512 Bytes gerundet): ungefähr.</translation>
    </message>
    <message>
        <source>No single rung covers the shortfall: combine the rungs in order.</source>
        <translation>Keine einzelne Stufe deckt den Fehlbetrag: Kombinieren Sie die Stufen der Reihe nach.</translation>
    </message>
    <message>
        <source>not categorized</source>
        <translation>nicht kategorisiert</translation>
    </message>
    <message>
        <source>the file names the category (profiler-derived snapshot)</source>
        <translation>die Datei nennt die Kategorie (aus dem Profiler abgeleiteter Snapshot)</translation>
    </message>
    <message>
        <source>a user rule matched a frame</source>
        <translation>eine Benutzerregel passte auf einen Frame</translation>
    </message>
    <message>
        <source>created by the optimizer&apos;s lazy state initialization</source>
        <translation>erstellt durch die verzögerte Zustandsinitialisierung des Optimizers</translation>
    </message>
    <message>
        <source>created in optimizer.step() and kept across steps</source>
        <translation>erstellt in optimizer.step() und über Schritte hinweg behalten</translation>
    </message>
    <message>
        <source>created and freed inside optimizer.step()</source>
        <translation>erstellt und freigegeben innerhalb von optimizer.step()</translation>
    </message>
    <message>
        <source>created by AccumulateGrad (a parameter&apos;s gradient)</source>
        <translation>erstellt durch AccumulateGrad (der Gradient eines Parameters)</translation>
    </message>
    <message>
        <source>created in backward and kept until zero_grad or the next step</source>
        <translation>erstellt im Backward und bis zu zero_grad oder zum nächsten Schritt behalten</translation>
    </message>
    <message>
        <source>created and freed inside backward</source>
        <translation>erstellt und freigegeben innerhalb des Backward</translation>
    </message>
    <message>
        <source>created by model construction, .to()/.cuda() or checkpoint loading and kept to the end</source>
        <translation>erstellt beim Modellaufbau, durch .to()/.cuda() oder beim Laden eines Checkpoints und bis zum Ende behalten</translation>
    </message>
    <message>
        <source>created during setup and freed soon after</source>
        <translation>erstellt während der Einrichtung und bald danach freigegeben</translation>
    </message>
    <message>
        <source>created in forward and freed in backward</source>
        <translation>erstellt im Forward und freigegeben im Backward</translation>
    </message>
    <message>
        <source>created and freed inside forward</source>
        <translation>erstellt und freigegeben innerhalb des Forward</translation>
    </message>
    <message>
        <source>created in forward and not freed by backward (outputs, caches or a leak)</source>
        <translation>erstellt im Forward und nicht durch den Backward freigegeben (Ausgaben, Caches oder ein Leck)</translation>
    </message>
    <message>
        <source>created and freed inside evaluation</source>
        <translation>erstellt und freigegeben innerhalb der Evaluierung</translation>
    </message>
    <message>
        <source>created in evaluation and kept (outputs piling up)</source>
        <translation>erstellt in der Evaluierung und behalten (Ausgaben häufen sich an)</translation>
    </message>
    <message>
        <source>a batch moved to the device</source>
        <translation>ein auf das Gerät verschobener Batch</translation>
    </message>
    <message>
        <source>no frames: created before the step&apos;s forward and freed after it</source>
        <translation>keine Frames: erstellt vor dem Forward des Schritts und danach freigegeben</translation>
    </message>
    <message>
        <source>no frames: created before training started and alive to the end</source>
        <translation>keine Frames: erstellt vor Trainingsbeginn und bis zum Ende lebend</translation>
    </message>
    <message>
        <source>no frames: decided by the surrounding phase and the lifetime</source>
        <translation>keine Frames: bestimmt durch die umgebende Phase und die Lebensdauer</translation>
    </message>
    <message>
        <source>allocated before the trace window (recording started late or the ring buffer dropped it) and no stack was kept</source>
        <translation>allokiert vor dem Trace-Fenster (die Aufzeichnung begann spät oder der Ringpuffer hat sie verworfen), und es wurde kein Stack behalten</translation>
    </message>
    <message>
        <source>no frames were recorded and no phase is known around it</source>
        <translation>es wurden keine Frames aufgezeichnet, und keine umgebende Phase ist bekannt</translation>
    </message>
    <message>
        <source>its frames and lifetime match no rule</source>
        <translation>ihre Frames und ihre Lebensdauer passen auf keine Regel</translation>
    </message>
    <message>
        <source>%1 (confidence %2%): %3</source>
        <translation>%1 (Konfidenz %2 %): %3</translation>
    </message>
    <message>
        <source>; frame %1</source>
        <translation>; Frame %1</translation>
    </message>
    <message>
        <source>before the trace</source>
        <translation>vor dem Trace</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>zum Ende</translation>
    </message>
    <message>
        <source>; lives from event %1 to %2</source>
        <translation>; lebt von Ereignis %1 bis %2</translation>
    </message>
    <message>
        <source> (steps %1-%2)</source>
        <translation> (Schritte %1–%2)</translation>
    </message>
    <message>
        <source>, created in %1</source>
        <translation>, erstellt in %1</translation>
    </message>
    <message>
        <source>Smaller micro-batch + gradient accumulation</source>
        <translation>Kleinerer Micro-Batch + Gradientenakkumulation</translation>
    </message>
    <message>
        <source>bf16 autocast</source>
        <translation>bf16-Autocast</translation>
    </message>
    <message>
        <source>Activation checkpointing</source>
        <translation>Activation Checkpointing</translation>
    </message>
    <message>
        <source>Expandable segments</source>
        <translation>Erweiterbare Segmente</translation>
    </message>
    <message>
        <source>SDPA / FlashAttention</source>
        <translation>SDPA / FlashAttention</translation>
    </message>
    <message>
        <source>Shorter sequences / lower resolution</source>
        <translation>Kürzere Sequenzen / geringere Auflösung</translation>
    </message>
    <message>
        <source>8-bit or paged optimizer</source>
        <translation>8-Bit- oder Paged-Optimizer</translation>
    </message>
    <message>
        <source>FSDP / ZeRO sharding</source>
        <translation>FSDP- / ZeRO-Sharding</translation>
    </message>
    <message>
        <source>CPU / NVMe offload</source>
        <translation>CPU- / NVMe-Offload</translation>
    </message>
    <message>
        <source>LoRA / QLoRA</source>
        <translation>LoRA / QLoRA</translation>
    </message>
    <message>
        <source>Halve the micro-batch and double the gradient-accumulation steps: the effective batch and the math stay the same; activations, temporaries and inputs shrink with the micro-batch.</source>
        <translation>Halbieren Sie den Micro-Batch und verdoppeln Sie die Schritte der Gradientenakkumulation: Der effektive Batch und die Mathematik bleiben gleich; Aktivierungen, temporäre Daten und Eingaben schrumpfen mit dem Micro-Batch.</translation>
    </message>
    <message>
        <source>Run the forward pass under torch.autocast(dtype=torch.bfloat16): activations take half the bytes; usually faster, numerics change slightly.</source>
        <translation>Führen Sie den Forward-Pass unter torch.autocast(dtype=torch.bfloat16) aus: Aktivierungen belegen die Hälfte der Bytes; meist schneller, die Numerik ändert sich leicht.</translation>
    </message>
    <message>
        <source>Recompute activations in backward instead of keeping them (torch.utils.checkpoint with use_reentrant=False): about 20-30% more compute.</source>
        <translation>Aktivierungen im Backward neu berechnen, statt sie zu behalten (torch.utils.checkpoint mit use_reentrant=False): etwa 20–30 % mehr Rechenaufwand.</translation>
    </message>
    <message>
        <source>Set PYTORCH_ALLOC_CONF=expandable_segments:True (older releases: PYTORCH_CUDA_ALLOC_CONF) so cached memory can be reused for large requests; then try max_split_size_mb. Only fixes fragmentation.</source>
        <translation>Setzen Sie PYTORCH_ALLOC_CONF=expandable_segments:True (ältere Versionen: PYTORCH_CUDA_ALLOC_CONF), damit zwischengespeicherter Speicher für große Anforderungen wiederverwendet werden kann; versuchen Sie danach max_split_size_mb. Behebt nur Fragmentierung.</translation>
    </message>
    <message>
        <source>Use torch.nn.functional.scaled_dot_product_attention or FlashAttention so the seq x seq attention score matrix is never materialized.</source>
        <translation>Verwenden Sie torch.nn.functional.scaled_dot_product_attention oder FlashAttention, damit die Attention-Score-Matrix der Größe seq x seq nie materialisiert wird.</translation>
    </message>
    <message>
        <source>Use shorter sequences, a lower resolution or length bucketing. This CHANGES THE SCIENCE: declare it and re-verify the results.</source>
        <translation>Verwenden Sie kürzere Sequenzen, eine geringere Auflösung oder Längen-Bucketing. Dies VERÄNDERT DAS EXPERIMENT: Geben Sie es an und prüfen Sie die Ergebnisse erneut.</translation>
    </message>
    <message>
        <source>Use an 8-bit or paged optimizer (e.g. bitsandbytes): optimizer state drops from about 8 to about 2 bytes per parameter, with almost no accuracy change.</source>
        <translation>Verwenden Sie einen 8-Bit- oder Paged-Optimizer (z. B. bitsandbytes): Der Optimizer-Zustand sinkt von etwa 8 auf etwa 2 Bytes pro Parameter, nahezu ohne Genauigkeitsverlust.</translation>
    </message>
    <message>
        <source>Shard optimizer state (ZeRO-1), gradients (ZeRO-2) and parameters (ZeRO-3 / FSDP) over N GPUs; needs at least two GPUs and a fast interconnect.</source>
        <translation>Verteilen Sie Optimizer-Zustand (ZeRO-1), Gradienten (ZeRO-2) und Parameter (ZeRO-3 / FSDP) auf N GPUs; erfordert mindestens zwei GPUs und eine schnelle Verbindung zwischen ihnen.</translation>
    </message>
    <message>
        <source>Offload optimizer state (and parameters) to CPU or NVMe memory: frees the device at a multi-x slowdown.</source>
        <translation>Lagern Sie den Optimizer-Zustand (und die Parameter) in CPU- oder NVMe-Speicher aus: Das entlastet das Gerät bei einer Verlangsamung um ein Mehrfaches.</translation>
    </message>
    <message>
        <source>Fine-tune adapters only (LoRA / QLoRA with a 4-bit frozen base). A different capacity: this CHANGES THE SCIENCE.</source>
        <translation>Nur Adapter feinabstimmen (LoRA / QLoRA mit eingefrorenem 4-Bit-Basismodell). Eine andere Modellkapazität: Dies VERÄNDERT DAS EXPERIMENT.</translation>
    </message>
    <message>
        <source>No out-of-memory</source>
        <translation>Kein Speichermangel</translation>
    </message>
    <message>
        <source>True OOM: the working set does not fit</source>
        <translation>Echter OOM: Der Arbeitsspeicherbedarf passt nicht</translation>
    </message>
    <message>
        <source>Fragmentation</source>
        <translation>Fragmentierung</translation>
    </message>
    <message>
        <source>Memory held outside PyTorch</source>
        <translation>Speicher außerhalb von PyTorch belegt</translation>
    </message>
    <message>
        <source>Out of memory (cause unknown)</source>
        <translation>Speicher erschöpft (Ursache unbekannt)</translation>
    </message>
    <message>
        <source>makes the reserved-but-unallocated bytes usable</source>
        <translation>macht die reservierten, aber nicht belegten Bytes nutzbar</translation>
    </message>
    <message>
        <source>no band measurements: open a snapshot for an estimate</source>
        <translation>keine Bandmessungen: Öffnen Sie einen Snapshot für eine Schätzung</translation>
    </message>
    <message>
        <source>half of the activation, temporary and input bands</source>
        <translation>die Hälfte der Bänder Aktivierungen, temporäre Daten und Eingaben</translation>
    </message>
    <message>
        <source>half of the activation band (no autocast seen)</source>
        <translation>die Hälfte des Aktivierungsbands (kein Autocast erkannt)</translation>
    </message>
    <message>
        <source>half of the activation band, if it is fp32 (precision unknown)</source>
        <translation>die Hälfte des Aktivierungsbands, falls es fp32 ist (Genauigkeit unbekannt)</translation>
    </message>
    <message>
        <source>about 70% of the activation band (layer inputs stay)</source>
        <translation>etwa 70 % des Aktivierungsbands (Layer-Eingaben bleiben)</translation>
    </message>
    <message>
        <source>the attention score temporaries (and the failing request when it is one)</source>
        <translation>die temporären Attention-Scores (und die fehlgeschlagene Anforderung, falls sie eine ist)</translation>
    </message>
    <message>
        <source>halved length: half the activations, three quarters of the attention temporaries</source>
        <translation>halbe Länge: die Hälfte der Aktivierungen, drei Viertel der temporären Attention-Daten</translation>
    </message>
    <message>
        <source>three quarters of the optimizer-state band</source>
        <translation>drei Viertel des Bands Optimizer-Zustand</translation>
    </message>
    <message>
        <source>ZeRO-3 over %1 GPUs</source>
        <translation>ZeRO-3 über %1 GPUs</translation>
    </message>
    <message>
        <source>ZeRO-2 over %1 GPUs</source>
        <translation>ZeRO-2 über %1 GPUs</translation>
    </message>
    <message>
        <source>ZeRO-1 over %1 GPUs</source>
        <translation>ZeRO-1 über %1 GPUs</translation>
    </message>
    <message>
        <source>the optimizer-state and parameter bands move to the host</source>
        <translation>die Bänder Optimizer-Zustand und Parameter wandern auf den Host</translation>
    </message>
    <message>
        <source>the optimizer-state band moves to the host</source>
        <translation>das Band Optimizer-Zustand wandert auf den Host</translation>
    </message>
    <message>
        <source>gradients and optimizer state of the frozen base, three quarters of the parameters (4-bit base)</source>
        <translation>Gradienten und Optimizer-Zustand des eingefrorenen Basismodells, drei Viertel der Parameter (4-Bit-Basis)</translation>
    </message>
    <message>
        <source>unknown phase</source>
        <translation>unbekannte Phase</translation>
    </message>
    <message>
        <source>setup</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>batch transfer</source>
        <translation>Batch-Übertragung</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>Backward</translation>
    </message>
    <message>
        <source>optimizer step</source>
        <translation>Optimizer-Schritt</translation>
    </message>
    <message>
        <source>zero_grad</source>
        <translation>zero_grad</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>Evaluierung</translation>
    </message>
    <message>
        <source>The OOM hit the first backward pass of the run: activations and the new gradient buffers peak together. Activation checkpointing is the targeted fix.</source>
        <translation>Der OOM trat im ersten Backward-Pass des Laufs auf: Aktivierungen und die neuen Gradientenpuffer erreichen gleichzeitig ihre Spitze. Activation Checkpointing ist die gezielte Abhilfe.</translation>
    </message>
    <message>
        <source>The OOM hit at the first optimizer step: Adam-style optimizers create their state lazily at the first step(), so step 1 fits and step 2 does not. Budget for the post-step peak; an 8-bit optimizer or ZeRO sharding shrinks it.</source>
        <translation>Der OOM trat beim ersten Optimizer-Schritt auf: Optimizer nach Art von Adam legen ihren Zustand erst beim ersten step() an, daher passt Schritt 1 noch, Schritt 2 aber nicht. Planen Sie für die Spitze nach dem Schritt; ein 8-Bit-Optimizer oder ZeRO-Sharding verkleinert sie.</translation>
    </message>
    <message>
        <source>The OOM hit inside evaluation / no_grad code: the eval batch may be larger than the train batch, or predictions pile up on the GPU. Set the eval batch size explicitly and move outputs to the CPU as they come.</source>
        <translation>Der OOM trat in Evaluierungs- bzw. no_grad-Code auf: Der Eval-Batch ist möglicherweise größer als der Trainings-Batch, oder Vorhersagen häufen sich auf der GPU an. Legen Sie die Eval-Batchgröße explizit fest und verschieben Sie Ausgaben sofort auf die CPU.</translation>
    </message>
    <message>
        <source>The OOM hit at step %1 after many good steps: most likely the longest batch of variable-length data. Cap or bucket the length; expandable segments help because variable shapes fragment the cache.</source>
        <translation>Der OOM trat bei Schritt %1 nach vielen erfolgreichen Schritten auf: höchstwahrscheinlich der längste Batch bei Daten variabler Länge. Begrenzen oder bucketen Sie die Länge; erweiterbare Segmente helfen, weil variable Formen den Cache fragmentieren.</translation>
    </message>
    <message>
        <source>Allocated bytes rise step after step: a leak (a tensor kept alive, e.g. a loss appended without .item()). empty_cache() is not a fix.</source>
        <translation>Die belegten Bytes steigen von Schritt zu Schritt: ein Leck (ein Tensor wird am Leben gehalten, z. B. ein Loss, der ohne .item() angehängt wird). empty_cache() ist keine Lösung.</translation>
    </message>
    <message>
        <source>A: %1 (device %2), %3 at event %4, allocated %5
</source>
        <translation>A: %1 (Gerät %2), %3 bei Ereignis %4, belegt %5
</translation>
    </message>
    <message>
        <source>B: %1 (device %2), %3 at event %4, allocated %5
</source>
        <translation>B: %1 (Gerät %2), %3 bei Ereignis %4, belegt %5
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
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>B - A</source>
        <translation>B - A</translation>
    </message>
    <message>
        <source>By location (top user frame):
</source>
        <translation>Nach Ort (oberster Benutzer-Frame):
</translation>
    </message>
    <message>
        <source>(no frames)</source>
        <translation>(keine Frames)</translation>
    </message>
    <message>
        <source>Allocator settings that differ:
</source>
        <translation>Abweichende Allokator-Einstellungen:
</translation>
    </message>
    <message>
        <source>Verdict: %1
</source>
        <translation>Befund: %1
</translation>
    </message>
    <message>
        <source>Loading %1 ranks (%2 done)</source>
        <translation>%1 Ranks werden geladen (%2 fertig)</translation>
    </message>
    <message>
        <source>%1 ranks, median peak allocated %2
</source>
        <translation>%1 Ranks, Median der belegten Spitze %2
</translation>
    </message>
    <message>
        <source>  OOM at event %1 (%2 requested)</source>
        <translation>  OOM bei Ereignis %1 (%2 angefordert)</translation>
    </message>
    <message>
        <source>  imbalanced</source>
        <translation>  unausgewogen</translation>
    </message>
    <message>
        <source>%1  device %2  peak allocated %3  reserved %4  tallest %5%6
</source>
        <translation>%1  Gerät %2  Spitze belegt %3  reserviert %4  höchstes %5%6
</translation>
    </message>
    <message>
        <source>Ran out of memory first: %1
</source>
        <translation>Zuerst ohne Speicher: %1
</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>the OOM</source>
        <translation>der OOM</translation>
    </message>
    <message>
        <source>the peak</source>
        <translation>die Spitze</translation>
    </message>
    <message>
        <source>the dump</source>
        <translation>der Dump</translation>
    </message>
    <message>
        <source>no moment</source>
        <translation>kein Zeitpunkt</translation>
    </message>
    <message>
        <source>No category changed at the moment (A at %1, B at %2)</source>
        <translation>Keine Kategorie hat sich in diesem Moment geändert (A: %1, B: %2)</translation>
    </message>
    <message>
        <source>%1 %2 at the moment (A at %3, B at %4), total %5</source>
        <translation>%1 %2 in diesem Moment (A: %3, B: %4), insgesamt %5</translation>
    </message>
    <message>
        <source>: the fix took effect, B no longer runs out of memory</source>
        <translation>: Die Abhilfe hat gewirkt, B hat keinen Speichermangel mehr</translation>
    </message>
    <message>
        <source>: B runs out of memory, A did not</source>
        <translation>: B hat keinen Speicher mehr, A hatte genug</translation>
    </message>
    <message>
        <source>: both still run out of memory</source>
        <translation>: Beiden geht weiterhin der Speicher aus</translation>
    </message>
    <message>
        <source>: peak allocated %1</source>
        <translation>: Spitze belegt %1</translation>
    </message>
    <message>
        <source>; allocator settings differ (%1)</source>
        <translation>; Allokator-Einstellungen unterscheiden sich (%1)</translation>
    </message>
    <message>
        <source>HTML file has no embedded snapshot (expected PyTorch _memory_viz.py output)</source>
        <translation>Die HTML-Datei enthält keinen eingebetteten Snapshot (erwartet wird eine Ausgabe von PyTorchs _memory_viz.py)</translation>
    </message>
    <message>
        <source>unexpected escape sequence in the embedded base64 snapshot at byte %1</source>
        <translation>unerwartete Escape-Sequenz im eingebetteten Base64-Snapshot bei Byte %1</translation>
    </message>
    <message>
        <source>truncated base64 in the embedded snapshot at byte %1</source>
        <translation>abgeschnittenes Base64 im eingebetteten Snapshot bei Byte %1</translation>
    </message>
    <message>
        <source>invalid character 0x%1 in the embedded base64 snapshot at byte %2</source>
        <translation>ungültiges Zeichen 0x%1 im eingebetteten Base64-Snapshot bei Byte %2</translation>
    </message>
    <message>
        <source>base64 data continues after &apos;=&apos; padding at byte %1</source>
        <translation>Base64-Daten gehen nach dem Füllzeichen &apos;=&apos; bei Byte %1 weiter</translation>
    </message>
    <message>
        <source>truncated embedded snapshot: the HTML ends at byte %1 inside the base64 data</source>
        <translation>abgeschnittener eingebetteter Snapshot: Das HTML endet bei Byte %1 innerhalb der Base64-Daten</translation>
    </message>
    <message>
        <source>file is not open</source>
        <translation>Datei ist nicht geöffnet</translation>
    </message>
    <message>
        <source>read error at byte %1: %2</source>
        <translation>Lesefehler bei Byte %1: %2</translation>
    </message>
    <message>
        <source>cannot initialise zlib: %1</source>
        <translation>zlib kann nicht initialisiert werden: %1</translation>
    </message>
    <message>
        <source>truncated gzip stream: the data ends at compressed byte %1 before the end of the stream</source>
        <translation>abgeschnittener gzip-Datenstrom: Die Daten enden bei komprimiertem Byte %1 vor dem Ende des Datenstroms</translation>
    </message>
    <message>
        <source>corrupt gzip data at compressed byte %1: %2</source>
        <translation>beschädigte gzip-Daten bei komprimiertem Byte %1: %2</translation>
    </message>
    <message>
        <source>gzip: %1</source>
        <translation>gzip: %1</translation>
    </message>
    <message>
        <source>unbounded</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>%1:1</source>
        <translation>%1:1</translation>
    </message>
    <message>
        <source>decompressed size exceeds the limit of %1 bytes (ratio %2); see docs/limits.md</source>
        <translation>die dekomprimierte Größe überschreitet die Grenze von %1 Bytes (Verhältnis %2); siehe docs/limits.md</translation>
    </message>
    <message>
        <source>decompression ratio exceeds the limit of %1:1 (%2 bytes from %3 compressed bytes, ratio %4); see docs/limits.md</source>
        <translation>das Dekompressionsverhältnis überschreitet die Grenze von %1:1 (%2 Bytes aus %3 komprimierten Bytes, Verhältnis %4); siehe docs/limits.md</translation>
    </message>
    <message>
        <source>xz-compressed files are not supported; decompress the file first (gzip and zstd are read directly)</source>
        <translation>xz-komprimierte Dateien werden nicht unterstützt; dekomprimieren Sie die Datei zuerst (gzip und zstd werden direkt gelesen)</translation>
    </message>
    <message>
        <source>bzip2-compressed files are not supported; decompress the file first (gzip and zstd are read directly)</source>
        <translation>bzip2-komprimierte Dateien werden nicht unterstützt; dekomprimieren Sie die Datei zuerst (gzip und zstd werden direkt gelesen)</translation>
    </message>
    <message>
        <source>lz4-compressed files are not supported; decompress the file first (gzip and zstd are read directly)</source>
        <translation>lz4-komprimierte Dateien werden nicht unterstützt; dekomprimieren Sie die Datei zuerst (gzip und zstd werden direkt gelesen)</translation>
    </message>
    <message>
        <source>this is a ZIP archive (torch.save output?), not a memory snapshot; extract the snapshot first</source>
        <translation>dies ist ein ZIP-Archiv (Ausgabe von torch.save?), kein Speicher-Snapshot; entpacken Sie zuerst den Snapshot</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>is a directory, not a snapshot file</source>
        <translation>ist ein Ordner, keine Snapshot-Datei</translation>
    </message>
    <message>
        <source>cannot open the file for reading: %1</source>
        <translation>die Datei kann nicht zum Lesen geöffnet werden: %1</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>Datei ist leer</translation>
    </message>
    <message>
        <source> (after gzip decompression)</source>
        <translation> (nach gzip-Dekompression)</translation>
    </message>
    <message>
        <source> (after zstd decompression)</source>
        <translation> (nach zstd-Dekompression)</translation>
    </message>
    <message>
        <source>file is empty%1</source>
        <translation>Datei ist leer%1</translation>
    </message>
    <message>
        <source>not a PyTorch memory snapshot: unrecognised leading bytes %1%2</source>
        <translation>kein PyTorch-Speicher-Snapshot: unbekannte Anfangsbytes %1%2</translation>
    </message>
    <message>
        <source>the HTML file&apos;s embedded snapshot is empty</source>
        <translation>der eingebettete Snapshot der HTML-Datei ist leer</translation>
    </message>
    <message>
        <source>the HTML file&apos;s embedded data is not a snapshot (leading bytes %1)</source>
        <translation>die eingebetteten Daten der HTML-Datei sind kein Snapshot (Anfangsbytes %1)</translation>
    </message>
    <message>
        <source>cannot initialise zstd</source>
        <translation>zstd kann nicht initialisiert werden</translation>
    </message>
    <message>
        <source>corrupt zstd data at compressed byte %1: %2</source>
        <translation>beschädigte zstd-Daten bei komprimiertem Byte %1: %2</translation>
    </message>
    <message>
        <source>truncated zstd stream: the data ends at compressed byte %1 before the end of the frame</source>
        <translation>abgeschnittener zstd-Datenstrom: Die Daten enden bei komprimiertem Byte %1 vor dem Ende des Frames</translation>
    </message>
    <message>
        <source>zstd: %1</source>
        <translation>zstd: %1</translation>
    </message>
    <message>
        <source>at byte %1, key &apos;%2&apos;</source>
        <translation>bei Byte %1, Schlüssel &apos;%2&apos;</translation>
    </message>
    <message>
        <source>at byte %1</source>
        <translation>bei Byte %1</translation>
    </message>
    <message>
        <source>key &apos;%1&apos;</source>
        <translation>Schlüssel &apos;%1&apos;</translation>
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
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Not a GPU out-of-memory: the process was killed (&quot;%1&quot;), most often by the kernel&apos;s OOM killer because HOST RAM ran out (exit code 137 = 128 + SIGKILL). Check dmesg or the job scheduler&apos;s log; reduce DataLoader workers and prefetching, avoid loading the dataset or checkpoints into RAM at once, or give the job more host memory.</source>
        <translation>Kein GPU-Speichermangel: Der Prozess wurde beendet (&quot;%1&quot;), meist durch den OOM-Killer des Kernels, weil der HAUPTSPEICHER (RAM) ausging (Exit-Code 137 = 128 + SIGKILL). Prüfen Sie dmesg oder das Log des Job-Schedulers; verringern Sie die Anzahl der DataLoader-Worker und das Prefetching, laden Sie den Datensatz oder Checkpoints nicht auf einmal in den RAM, oder geben Sie dem Job mehr Hauptspeicher.</translation>
    </message>
    <message>
        <source>Not a GPU out-of-memory: a HOST (CPU) allocation failed (&quot;%1&quot;). The tensor or buffer lives in system RAM; reduce what is materialized on the CPU, or give the job more host memory.</source>
        <translation>Kein GPU-Speichermangel: Eine Allokation im HOST-Speicher (CPU) ist fehlgeschlagen (&quot;%1&quot;). Der Tensor oder Puffer liegt im System-RAM; verringern Sie, was auf der CPU materialisiert wird, oder geben Sie dem Job mehr Hauptspeicher.</translation>
    </message>
    <message>
        <source>A CUDA runtime call failed with out of memory outside the caching allocator&apos;s message (CUDA context creation, a library workspace, or PyTorch before 1.0); often the allocator&apos;s cache already filled the device.</source>
        <translation>Ein Aufruf der CUDA-Laufzeit schlug mit „out of memory“ außerhalb der Meldung des Caching-Allokators fehl (Erstellung des CUDA-Kontexts, ein Bibliotheks-Workspace oder PyTorch vor 1.0); oft hatte der Cache des Allokators das Gerät bereits gefüllt.</translation>
    </message>
    <message>
        <source>cuBLAS/cuDNN could not allocate its workspace: the device was full when the library needed scratch memory.</source>
        <translation>cuBLAS/cuDNN konnte seinen Workspace nicht allokieren: Das Gerät war voll, als die Bibliothek Arbeitsspeicher benötigte.</translation>
    </message>
    <message>
        <source>&quot;Tried to allocate&quot; reports the segment the allocator asked the driver for; the tensor itself may be smaller.</source>
        <translation>„Tried to allocate“ nennt das Segment, das der Allokator beim Treiber angefordert hat; der Tensor selbst kann kleiner sein.</translation>
    </message>
    <message>
        <source>PyTorch holds more than the device&apos;s capacity: on Windows the driver spills into shared system memory (WDDM).</source>
        <translation>PyTorch belegt mehr als die Kapazität des Geräts: Unter Windows lagert der Treiber in gemeinsam genutzten Systemspeicher aus (WDDM).</translation>
    </message>
    <message>
        <source>The message does not carry the numbers needed for a verdict (the request and what was free).</source>
        <translation>Die Meldung enthält nicht die für einen Befund nötigen Zahlen (die Anforderung und den freien Speicher).</translation>
    </message>
    <message>
        <source>%1 of the device is held outside PyTorch (capacity minus reserved minus free), more than PyTorch itself reserved (%2): another process or a zombie holds the memory.</source>
        <translation>%1 des Geräts sind außerhalb von PyTorch belegt (Kapazität minus reserviert minus frei), mehr als PyTorch selbst reserviert hat (%2): Ein anderer Prozess oder ein Zombie-Prozess belegt den Speicher.</translation>
    </message>
    <message>
        <source>%1 was free for a %2 request, yet the allocation failed: memory is held or was taken outside PyTorch (another process, a private memory pool, or a racing allocation).</source>
        <translation>%1 waren für eine Anforderung von %2 frei, dennoch schlug die Allokation fehl: Speicher ist außerhalb von PyTorch belegt oder wurde dort genommen (ein anderer Prozess, ein privater Speicherpool oder eine konkurrierende Allokation).</translation>
    </message>
    <message>
        <source>%1 is reserved by PyTorch but unallocated, at least the %2 request, yet no cached block was large enough: fragmentation. Cutting the batch only hides it.</source>
        <translation>%1 sind von PyTorch reserviert, aber nicht belegt, mindestens die Anforderung von %2, dennoch war kein Block im Cache groß genug: Fragmentierung. Ein kleinerer Batch verdeckt das nur.</translation>
    </message>
    <message>
        <source>The message is cut before the reserved numbers: fragmentation cannot be excluded.</source>
        <translation>Die Meldung ist vor den Angaben zum reservierten Speicher abgeschnitten: Fragmentierung kann nicht ausgeschlossen werden.</translation>
    </message>
    <message>
        <source>Other processes hold %1 on this device, more than the %2 shortfall: free them (or a zombie process) first.</source>
        <translation>Andere Prozesse belegen %1 auf diesem Gerät, mehr als der Fehlbetrag von %2: Geben Sie diese (oder einen Zombie-Prozess) zuerst frei.</translation>
    </message>
    <message>
        <source>%1 is allocated outside the MPS allocator (other allocations), more than the %2 shortfall.</source>
        <translation>%1 sind außerhalb des MPS-Allokators belegt (andere Allokationen), mehr als der Fehlbetrag von %2.</translation>
    </message>
    <message>
        <source>%1 of the device is held outside PyTorch (capacity minus reserved minus free), beyond a CUDA context and more than the %2 shortfall: another process or a zombie holds it.</source>
        <translation>%1 des Geräts sind außerhalb von PyTorch belegt (Kapazität minus reserviert minus frei), mehr als ein CUDA-Kontext und mehr als der Fehlbetrag von %2: Ein anderer Prozess oder ein Zombie-Prozess belegt ihn.</translation>
    </message>
    <message>
        <source>The %1 request did not fit in the %2 left free, and the cache held only %3 unallocated: the working set does not fit (shortfall %4).</source>
        <translation>Die Anforderung von %1 passte nicht in die freien %2, und der Cache hielt nur %3 nicht belegt: Der Arbeitsspeicherbedarf passt nicht (Fehlbetrag %4).</translation>
    </message>
    <message>
        <source>an unknown amount</source>
        <translation>eine unbekannte Menge</translation>
    </message>
    <message>
        <source>This single request is larger than the whole device.</source>
        <translation>Diese einzelne Anforderung ist größer als das gesamte Gerät.</translation>
    </message>
    <message>
        <source>The free bytes were not reported; capacity minus reserved is used as an upper bound, so the shortfall is a lower bound.</source>
        <translation>Die freien Bytes wurden nicht gemeldet; Kapazität minus reserviert dient als Obergrenze, daher ist der Fehlbetrag eine Untergrenze.</translation>
    </message>
    <message>
        <source>A per-process limit (torch.cuda.set_per_process_memory_fraction or the MPS high watermark) is below what the device has free.</source>
        <translation>Eine Grenze pro Prozess (torch.cuda.set_per_process_memory_fraction oder die MPS High Watermark) liegt unter dem, was das Gerät frei hat.</translation>
    </message>
    <message>
        <source>No process is named as this one; the process holding at least what PyTorch reserved is taken as this process (PIDs differ inside containers).</source>
        <translation>Kein Prozess ist als dieser benannt; der Prozess, der mindestens so viel belegt, wie PyTorch reserviert hat, gilt als dieser Prozess (PIDs unterscheiden sich in Containern).</translation>
    </message>
    <message>
        <source>cudaMallocAsync backend: it keeps no reserved-but-unallocated cache, so fragmentation cannot be read from this message.</source>
        <translation>Backend cudaMallocAsync: Es führt keinen Cache aus reserviertem, aber nicht belegtem Speicher, daher lässt sich Fragmentierung aus dieser Meldung nicht ablesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n OOM message(s) in the text; the most complete one is read.</source>
        <translation>
            <numerusform>%n OOM-Meldung im Text; die vollständigste wird ausgewertet.</numerusform>
            <numerusform>%n OOM-Meldungen im Text; die vollständigste wird ausgewertet.</numerusform>
        </translation>
    </message>
    <message>
        <source>This wording carries no numbers: the verdict needs the allocator&apos;s message or a memory snapshot.</source>
        <translation>Dieser Wortlaut enthält keine Zahlen: Für einen Befund werden die Meldung des Allokators oder ein Speicher-Snapshot benötigt.</translation>
    </message>
    <message>
        <source>The log also shows the process being killed (%1); the GPU OOM above came first.</source>
        <translation>Das Log zeigt außerdem, dass der Prozess beendet wurde (%1); der obige GPU-OOM trat zuerst auf.</translation>
    </message>
    <message>
        <source>The message looks cut off: only the numbers present were read.</source>
        <translation>Die Meldung scheint abgeschnitten: Nur die vorhandenen Zahlen wurden ausgewertet.</translation>
    </message>
    <message>
        <source>unexpected end of data (the file is truncated)</source>
        <translation>unerwartetes Ende der Daten (die Datei ist abgeschnitten)</translation>
    </message>
    <message>
        <source>string of %1 bytes exceeds the limit of %2 bytes</source>
        <translation>Zeichenkette von %1 Bytes überschreitet die Grenze von %2 Bytes</translation>
    </message>
    <message>
        <source>more than %1 values on the pickle stack</source>
        <translation>mehr als %1 Werte auf dem Pickle-Stack</translation>
    </message>
    <message>
        <source>stack underflow</source>
        <translation>Stack-Unterlauf</translation>
    </message>
    <message>
        <source>MARK expected but none is open</source>
        <translation>MARK erwartet, aber keiner ist offen</translation>
    </message>
    <message>
        <source>a container that contains itself (snapshots have no cycles)</source>
        <translation>ein Container, der sich selbst enthält (Snapshots haben keine Zyklen)</translation>
    </message>
    <message>
        <source>containers nested deeper than %1 levels</source>
        <translation>Container tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>memo store with an empty stack</source>
        <translation>Memo-Speicherung bei leerem Stack</translation>
    </message>
    <message>
        <source>memo index %1 out of range</source>
        <translation>Memo-Index %1 außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>memo index %1 was never stored</source>
        <translation>Memo-Index %1 wurde nie gespeichert</translation>
    </message>
    <message>
        <source>empty pickle</source>
        <translation>leeres Pickle</translation>
    </message>
    <message>
        <source>unexpected end of data before STOP (the file is truncated)</source>
        <translation>unerwartetes Ende der Daten vor STOP (die Datei ist abgeschnitten)</translation>
    </message>
    <message>
        <source>text line longer than 64 KiB</source>
        <translation>Textzeile länger als 64 KiB</translation>
    </message>
    <message>
        <source>opcode 0x%1 needs a container on the stack</source>
        <translation>Opcode 0x%1 benötigt einen Container auf dem Stack</translation>
    </message>
    <message>
        <source>unsupported pickle protocol %1</source>
        <translation>nicht unterstütztes Pickle-Protokoll %1</translation>
    </message>
    <message>
        <source>more than %1 open MARKs</source>
        <translation>mehr als %1 offene MARKs</translation>
    </message>
    <message>
        <source>integer of %1 bytes is beyond any snapshot value</source>
        <translation>Ganzzahl mit %1 Bytes liegt jenseits jedes Snapshot-Werts</translation>
    </message>
    <message>
        <source>bad float text</source>
        <translation>ungültiger Gleitkommatext</translation>
    </message>
    <message>
        <source>out-of-band buffer (protocol 5 NEXT_BUFFER): not a memory snapshot</source>
        <translation>Out-of-Band-Puffer (Protokoll 5 NEXT_BUFFER): kein Speicher-Snapshot</translation>
    </message>
    <message>
        <source>DICT with an odd number of items</source>
        <translation>DICT mit ungerader Anzahl von Elementen</translation>
    </message>
    <message>
        <source>APPENDS without a list</source>
        <translation>APPENDS ohne Liste</translation>
    </message>
    <message>
        <source>SETITEM on a non-dict</source>
        <translation>SETITEM auf etwas anderem als einem Dict</translation>
    </message>
    <message>
        <source>SETITEMS without a dict</source>
        <translation>SETITEMS ohne Dict</translation>
    </message>
    <message>
        <source>SETITEMS with an odd number of items</source>
        <translation>SETITEMS mit ungerader Anzahl von Elementen</translation>
    </message>
    <message>
        <source>bad memo index text</source>
        <translation>ungültiger Memo-Index-Text</translation>
    </message>
    <message>
        <source>STACK_GLOBAL needs two strings</source>
        <translation>STACK_GLOBAL benötigt zwei Zeichenketten</translation>
    </message>
    <message>
        <source>OBJ without a class</source>
        <translation>OBJ ohne Klasse</translation>
    </message>
    <message>
        <source>persistent id opcode: not a memory snapshot</source>
        <translation>Opcode für persistente ID: kein Speicher-Snapshot</translation>
    </message>
    <message>
        <source>extension registry opcode: not a memory snapshot</source>
        <translation>Opcode der Erweiterungsregistrierung: kein Speicher-Snapshot</translation>
    </message>
    <message>
        <source>unknown opcode 0x%1</source>
        <translation>unbekannter Opcode 0x%1</translation>
    </message>
    <message>
        <source>Reading profiler JSON</source>
        <translation>Profiler-JSON wird gelesen</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>not JSON: expected &apos;{&apos; or &apos;[&apos;</source>
        <translation>kein JSON: &apos;{&apos; oder &apos;[&apos; erwartet</translation>
    </message>
    <message>
        <source>a string, number or run of spaces longer than %1 bytes</source>
        <translation>eine Zeichenkette, Zahl oder Folge von Leerzeichen länger als %1 Bytes</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>Lesefehler: %1</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <source>The trace frees %1 bytes more than its Total Allocated accounts for.</source>
        <translation>Der Trace gibt %1 Bytes mehr frei, als sein Total Allocated ausweist.</translation>
    </message>
    <message>
        <source>the trace has memory events, but none of a CUDA device</source>
        <translation>der Trace enthält Speicherereignisse, aber keines eines CUDA-Geräts</translation>
    </message>
    <message>
        <source>the trace has no memory events (record it with torch.profiler.profile(profile_memory=True))</source>
        <translation>der Trace enthält keine Speicherereignisse (zeichnen Sie ihn mit torch.profiler.profile(profile_memory=True) auf)</translation>
    </message>
    <message>
        <source>Device %1: the replayed allocated bytes differ from the trace&apos;s Total Allocated at %2 of %3 events (first at ts %4 µs).</source>
        <translation>Gerät %1: Die nachgespielten belegten Bytes weichen bei %2 von %3 Ereignissen vom Total Allocated des Traces ab (erstmals bei ts %4 µs).</translation>
    </message>
    <message>
        <source>more than %1 trace entries</source>
        <translation>mehr als %1 Trace-Einträge</translation>
    </message>
    <message>
        <source>not a Chrome/Kineto trace: the object has no &quot;traceEvents&quot; list</source>
        <translation>kein Chrome-/Kineto-Trace: Das Objekt hat keine Liste &quot;traceEvents&quot;</translation>
    </message>
    <message>
        <source>more than %1 memory events and annotations</source>
        <translation>mehr als %1 Speicherereignisse und Annotationen</translation>
    </message>
    <message>
        <source>Memory events without &quot;Bytes&quot; were skipped.</source>
        <translation>Speicherereignisse ohne &quot;Bytes&quot; wurden übersprungen.</translation>
    </message>
    <message>
        <source>Memory events of device %1 were skipped.</source>
        <translation>Speicherereignisse von Gerät %1 wurden übersprungen.</translation>
    </message>
    <message>
        <source>Memory events without &quot;ts&quot; got the previous event&apos;s time.</source>
        <translation>Speicherereignisse ohne &quot;ts&quot; erhielten die Zeit des vorherigen Ereignisses.</translation>
    </message>
    <message>
        <source>Reading Kineto trace</source>
        <translation>Kineto-Trace wird gelesen</translation>
    </message>
    <message>
        <source>found an object</source>
        <translation>ein Objekt gefunden</translation>
    </message>
    <message>
        <source>found a string</source>
        <translation>eine Zeichenkette gefunden</translation>
    </message>
    <message>
        <source>found %1</source>
        <translation>%1 gefunden</translation>
    </message>
    <message>
        <source>more than two lists</source>
        <translation>mehr als zwei Listen</translation>
    </message>
    <message>
        <source>a list inside the first list</source>
        <translation>eine Liste innerhalb der ersten Liste</translation>
    </message>
    <message>
        <source>memory timeline record %1 must be 4 numbers</source>
        <translation>Eintrag %1 der Speicherzeitleiste muss aus 4 Zahlen bestehen</translation>
    </message>
    <message>
        <source>lists nested too deep</source>
        <translation>Listen zu tief verschachtelt</translation>
    </message>
    <message>
        <source>memory timeline has %1 times but %2 rows of sizes</source>
        <translation>die Speicherzeitleiste hat %1 Zeitpunkte, aber %2 Zeilen mit Größen</translation>
    </message>
    <message>
        <source>memory timeline holds a number that is not finite</source>
        <translation>die Speicherzeitleiste enthält eine nicht endliche Zahl</translation>
    </message>
    <message>
        <source>found a number outside the lists</source>
        <translation>eine Zahl außerhalb der Listen gefunden</translation>
    </message>
    <message>
        <source>row %1 of sizes has more than %2 numbers</source>
        <translation>Zeile %1 der Größen hat mehr als %2 Zahlen</translation>
    </message>
    <message>
        <source>row %1 of sizes holds %2 bytes, more than 1 PiB</source>
        <translation>Zeile %1 der Größen enthält %2 Bytes, mehr als 1 PiB</translation>
    </message>
    <message>
        <source>more than %1 times</source>
        <translation>mehr als %1 Zeitpunkte</translation>
    </message>
    <message>
        <source>sizes must be lists of %1 numbers</source>
        <translation>Größen müssen Listen von %1 Zahlen sein</translation>
    </message>
    <message>
        <source>the memory timeline is empty (exported for another device?)</source>
        <translation>die Speicherzeitleiste ist leer (für ein anderes Gerät exportiert?)</translation>
    </message>
    <message>
        <source>only one list</source>
        <translation>nur eine Liste</translation>
    </message>
    <message>
        <source>memory timeline has %1 times but no sizes</source>
        <translation>die Speicherzeitleiste hat %1 Zeitpunkte, aber keine Größen</translation>
    </message>
    <message>
        <source>not a memory timeline export: expected [times, sizes] or a list of [time, action, bytes, category] (%1)</source>
        <translation>kein Export einer Speicherzeitleiste: erwartet wird [times, sizes] oder eine Liste von [time, action, bytes, category] (%1)</translation>
    </message>
    <message>
        <source>memory timeline record 0 must be 4 numbers</source>
        <translation>Eintrag 0 der Speicherzeitleiste muss aus 4 Zahlen bestehen</translation>
    </message>
    <message>
        <source>Unknown memory timeline action %1; its bytes were applied.</source>
        <translation>Unbekannte Aktion %1 in der Speicherzeitleiste; ihre Bytes wurden angewendet.</translation>
    </message>
    <message>
        <source>Unknown profiler category %1, counted as unknown.</source>
        <translation>Unbekannte Profiler-Kategorie %1, als unbekannt gezählt.</translation>
    </message>
    <message>
        <source>memory timeline record %1 holds %2 bytes, more than 1 PiB</source>
        <translation>Eintrag %1 der Speicherzeitleiste enthält %2 Bytes, mehr als 1 PiB</translation>
    </message>
    <message>
        <source>The memory timeline frees more bytes of a category than it holds; clamped at 0.</source>
        <translation>Die Speicherzeitleiste gibt von einer Kategorie mehr Bytes frei, als sie enthält; auf 0 begrenzt.</translation>
    </message>
    <message>
        <source>row %1 of sizes has %2 numbers, expected %3</source>
        <translation>Zeile %1 der Größen hat %2 Zahlen, erwartet wurden %3</translation>
    </message>
    <message>
        <source>memory timeline has more rows of sizes than times (%1)</source>
        <translation>die Speicherzeitleiste hat mehr Zeilen mit Größen als Zeitpunkte (%1)</translation>
    </message>
    <message>
        <source>The memory timeline&apos;s first size column is not 0; ignored.</source>
        <translation>Die erste Größenspalte der Speicherzeitleiste ist nicht 0; ignoriert.</translation>
    </message>
    <message>
        <source>The memory timeline has negative sizes; clamped at 0.</source>
        <translation>Die Speicherzeitleiste enthält negative Größen; auf 0 begrenzt.</translation>
    </message>
    <message>
        <source>Reading memory timeline</source>
        <translation>Speicherzeitleiste wird gelesen</translation>
    </message>
    <message>
        <source>Events from %1</source>
        <translation>Ereignisse aus %1</translation>
    </message>
    <message>
        <source>Allocated (max)</source>
        <translation>Belegt (max.)</translation>
    </message>
    <message>
        <source>Reserved (max)</source>
        <translation>Reserviert (max.)</translation>
    </message>
    <message>
        <source>Memory timeline</source>
        <translation>Speicherverlauf</translation>
    </message>
    <message>
        <source>Memory timeline by category, with the allocated and reserved lines and the moment</source>
        <translation>Speicherverlauf nach Kategorie, mit den Linien für belegten und reservierten Speicher und dem Zeitpunkt</translation>
    </message>
    <message>
        <source>Move the mouse over the plot to read the values.</source>
        <translation>Bewegen Sie die Maus über das Diagramm, um die Werte abzulesen.</translation>
    </message>
    <message>
        <source>Made by VRAMScope %1 on %2. This file is self-contained: it makes no network requests and holds no copy of the snapshot.</source>
        <translation>Erstellt von VRAMScope %1 am %2. Diese Datei ist eigenständig: Sie stellt keine Netzwerkanfragen und enthält keine Kopie des Snapshots.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>VRAMScope report: %1, cuda:%2</source>
        <translation>VRAMScope-Bericht: %1, cuda:%2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Dateigröße</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>pickle protocol %1</source>
        <translation>Pickle-Protokoll %1</translation>
    </message>
    <message>
        <source>PyTorch layout</source>
        <translation>PyTorch-Layout</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 (%2 to %3 UTC)</source>
        <translation>, %1 (%2 bis %3 UTC)</translation>
    </message>
    <message>
        <source>Capture span</source>
        <translation>Aufzeichnungszeitraum</translation>
    </message>
    <message>
        <source>GPU capacity</source>
        <translation>GPU-Kapazität</translation>
    </message>
    <message>
        <source>unknown (pass --capacity to diagnose)</source>
        <translation>unbekannt (für diagnose --capacity angeben)</translation>
    </message>
    <message>
        <source>Peak allocated / reserved</source>
        <translation>Spitze belegt / reserviert</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>the OOM at event %1</source>
        <translation>der OOM bei Ereignis %1</translation>
    </message>
    <message>
        <source>the peak at event %1</source>
        <translation>die Spitze bei Ereignis %1</translation>
    </message>
    <message>
        <source>the snapshot dump</source>
        <translation>der Snapshot-Dump</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>Device free</source>
        <translation>Frei auf dem Gerät</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>Fehlbetrag</translation>
    </message>
    <message>
        <source>Largest free cached block</source>
        <translation>Größter freier Cache-Block</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Reserved but unallocated</source>
        <translation>Reserviert, aber nicht belegt</translation>
    </message>
    <message>
        <source>Outside PyTorch</source>
        <translation>Außerhalb von PyTorch</translation>
    </message>
    <message>
        <source>Bands at the moment</source>
        <translation>Bänder in diesem Moment</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>tallest</source>
        <translation>höchstes</translation>
    </message>
    <message>
        <source>What the memory was at the moment</source>
        <translation>Wie der Speicher in diesem Moment belegt war</translation>
    </message>
    <message>
        <source>The ladder: fixes in cost order</source>
        <translation>Die Leiter: Abhilfen nach Aufwand geordnet</translation>
    </message>
    <message>
        <source>No fix is needed: there was no OOM and no band to attack.</source>
        <translation>Keine Abhilfe nötig: Es gab keinen OOM und kein Band, bei dem anzusetzen wäre.</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Abhilfe</translation>
    </message>
    <message>
        <source>Estimated savings</source>
        <translation>Geschätzte Einsparung</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Was das bedeutet</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>empfohlen</translation>
    </message>
    <message>
        <source>changes the science</source>
        <translation>verändert das Experiment</translation>
    </message>
    <message>
        <source>covers the shortfall</source>
        <translation>deckt den Fehlbetrag</translation>
    </message>
    <message>
        <source>No single rung covers the shortfall: combine them.</source>
        <translation>Keine einzelne Stufe deckt den Fehlbetrag: Kombinieren Sie sie.</translation>
    </message>
    <message>
        <source>Largest allocations live at the moment</source>
        <translation>Größte in diesem Moment lebende Allokationen</translation>
    </message>
    <message>
        <source>Nothing was live.</source>
        <translation>Nichts war belegt.</translation>
    </message>
    <message>
        <source>%1 of %2 live allocations, largest first. Open one for its stack (innermost frame first).</source>
        <translation>%1 von %2 lebenden Allokationen, die größten zuerst. Öffnen Sie eine, um ihren Stack zu sehen (innerster Frame zuerst).</translation>
    </message>
    <message>
        <source>… %1 more frames</source>
        <translation>… %1 weitere Frames</translation>
    </message>
    <message>
        <source>(no stack recorded)</source>
        <translation>(kein Stack aufgezeichnet)</translation>
    </message>
    <message>
        <source>Capture health</source>
        <translation>Aufzeichnungsqualität</translation>
    </message>
    <message>
        <source>The capture had what the diagnosis needs. To record the same next time:</source>
        <translation>Die Aufzeichnung enthielt alles, was die Diagnose braucht. So zeichnen Sie beim nächsten Mal genauso auf:</translation>
    </message>
    <message>
        <source>Next time record with:</source>
        <translation>Zeichnen Sie beim nächsten Mal so auf:</translation>
    </message>
    <message>
        <source>%1: cannot read the report template: %2</source>
        <translation>%1: Die Berichtsvorlage kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>trace entry %1 of device %2</source>
        <translation>Trace-Eintrag %1 von Gerät %2</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>Block %1</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <source>trace entry is not a dict</source>
        <translation>Trace-Eintrag ist kein Dict</translation>
    </message>
    <message>
        <source>block is not a dict</source>
        <translation>Block ist kein Dict</translation>
    </message>
    <message>
        <source>segment is not a dict</source>
        <translation>Segment ist kein Dict</translation>
    </message>
    <message>
        <source>more than 4096 device traces</source>
        <translation>mehr als 4096 Geräte-Traces</translation>
    </message>
    <message>
        <source>key &apos;action&apos; is not a string</source>
        <translation>Schlüssel &apos;action&apos; ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>unknown trace action &apos;%1&apos; kept and counted</source>
        <translation>unbekannte Trace-Aktion &apos;%1&apos; behalten und gezählt</translation>
    </message>
    <message>
        <source>unknown trace entry key &apos;%1&apos; ignored</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; im Trace-Eintrag ignoriert</translation>
    </message>
    <message>
        <source>key &apos;state&apos; is not a string</source>
        <translation>Schlüssel &apos;state&apos; ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>unknown block state &apos;%1&apos;</source>
        <translation>unbekannter Blockzustand &apos;%1&apos;</translation>
    </message>
    <message>
        <source>device ordinal %1 out of range</source>
        <translation>Geräteordinalzahl %1 außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>device trace %1 is not a list</source>
        <translation>Geräte-Trace %1 ist keine Liste</translation>
    </message>
    <message>
        <source>the pickle is a reference to &apos;%1&apos;, not a memory snapshot (nothing was executed)</source>
        <translation>das Pickle ist ein Verweis auf &apos;%1&apos;, kein Speicher-Snapshot (es wurde nichts ausgeführt)</translation>
    </message>
    <message>
        <source>the pickle holds a single value, not a memory snapshot</source>
        <translation>das Pickle enthält einen einzelnen Wert, keinen Speicher-Snapshot</translation>
    </message>
    <message>
        <source>the pickle calls &apos;%1&apos; instead of holding data; it is not a memory snapshot and nothing was executed</source>
        <translation>das Pickle ruft &apos;%1&apos; auf, statt Daten zu enthalten; es ist kein Speicher-Snapshot, und es wurde nichts ausgeführt</translation>
    </message>
    <message>
        <source>top-level list holds a non-dict; not a segment list</source>
        <translation>die Liste auf oberster Ebene enthält etwas anderes als ein Dict; keine Segmentliste</translation>
    </message>
    <message>
        <source>the top level is a tuple or set, not a memory snapshot</source>
        <translation>die oberste Ebene ist ein Tupel oder Set, kein Speicher-Snapshot</translation>
    </message>
    <message>
        <source>key &apos;segments&apos; is not a list</source>
        <translation>Schlüssel &apos;segments&apos; ist keine Liste</translation>
    </message>
    <message>
        <source>key &apos;device_traces&apos; is not a list</source>
        <translation>Schlüssel &apos;device_traces&apos; ist keine Liste</translation>
    </message>
    <message>
        <source>pinned host memory data (host_segments/host_traces) is not shown</source>
        <translation>Daten zum gepinnten Host-Speicher (host_segments/host_traces) werden nicht angezeigt</translation>
    </message>
    <message>
        <source>unknown top-level key &apos;%1&apos; ignored</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; auf oberster Ebene ignoriert</translation>
    </message>
    <message>
        <source>neither &apos;segments&apos; nor &apos;device_traces&apos; found: not a memory snapshot</source>
        <translation>weder &apos;segments&apos; noch &apos;device_traces&apos; gefunden: kein Speicher-Snapshot</translation>
    </message>
    <message>
        <source>int over 64 bits</source>
        <translation>int über 64 Bit</translation>
    </message>
    <message>
        <source>key &apos;%1&apos;: value exceeds 2^63</source>
        <translation>Schlüssel &apos;%1&apos;: Wert überschreitet 2^63</translation>
    </message>
    <message>
        <source>key &apos;%1&apos;: expected an int, found %2</source>
        <translation>Schlüssel &apos;%1&apos;: int erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>key &apos;%1&apos;: negative size %2</source>
        <translation>Schlüssel &apos;%1&apos;: negative Größe %2</translation>
    </message>
    <message>
        <source>key &apos;%1&apos;: size %2 exceeds 1 PiB</source>
        <translation>Schlüssel &apos;%1&apos;: Größe %2 überschreitet 1 PiB</translation>
    </message>
    <message>
        <source>key &apos;%1&apos;: expected a pair of ints</source>
        <translation>Schlüssel &apos;%1&apos;: Paar von ints erwartet</translation>
    </message>
    <message>
        <source>more than 65535 streams; the rest are shown as one</source>
        <translation>mehr als 65535 Streams; der Rest wird als einer angezeigt</translation>
    </message>
    <message>
        <source>frame key &apos;%1&apos; has a %2</source>
        <translation>Frame-Schlüssel &apos;%1&apos; hat den Typ %2</translation>
    </message>
    <message>
        <source>a frame is a %1, not a dict</source>
        <translation>ein Frame ist vom Typ %1, kein Dict</translation>
    </message>
    <message>
        <source>key &apos;frames&apos; is a %1, not a list</source>
        <translation>Schlüssel &apos;frames&apos; ist vom Typ %1, keine Liste</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message>
        <source>Reading snapshot</source>
        <translation>Snapshot wird gelesen</translation>
    </message>
    <message>
        <source>Decompressing and reading snapshot</source>
        <translation>Snapshot wird dekomprimiert und gelesen</translation>
    </message>
    <message>
        <source>not a PyTorch memory snapshot</source>
        <translation>kein PyTorch-Speicher-Snapshot</translation>
    </message>
    <message>
        <source>Replaying device %1</source>
        <translation>Gerät %1 wird nachgespielt</translation>
    </message>
    <message>
        <source>the snapshot holds no segments and no trace entries (was memory history recorded?)</source>
        <translation>der Snapshot enthält keine Segmente und keine Trace-Einträge (wurde der Speicherverlauf aufgezeichnet?)</translation>
    </message>
    <message>
        <source>Analysing</source>
        <translation>Analyse läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>File: %1
</source>
        <translation>Datei: %1
</translation>
    </message>
    <message>
        <source>Format: %1, compression %2, pickle protocol %3
</source>
        <translation>Format: %1, Kompression %2, Pickle-Protokoll %3
</translation>
    </message>
    <message>
        <source>
Device %1: %2 trace entries, %3 segments, %4 blocks
</source>
        <translation>
Gerät %1: %2 Trace-Einträge, %3 Segmente, %4 Blöcke
</translation>
    </message>
    <message>
        <source>  actions: %1
</source>
        <translation>  Aktionen: %1
</translation>
    </message>
    <message>
        <source>  allocated: baseline %1, end %2, peak %3 at event %4
</source>
        <translation>  belegt:     Basis %1, Ende %2, Spitze %3 bei Ereignis %4
</translation>
    </message>
    <message>
        <source>  reserved:  baseline %1, end %2, peak %3 at event %4
</source>
        <translation>  reserviert: Basis %1, Ende %2, Spitze %3 bei Ereignis %4
</translation>
    </message>
    <message>
        <source>  OOM at event %1: requested %2, device free %3
</source>
        <translation>  OOM bei Ereignis %1: angefordert %2, frei auf dem Gerät %3
</translation>
    </message>
    <message>
        <source>  warning: %1
</source>
        <translation>  Warnung: %1
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
    <message>
        <source>device %1: no free_completed entries; memory is released at free_requested</source>
        <translation>Gerät %1: keine free_completed-Einträge; Speicher wird bei free_requested freigegeben</translation>
    </message>
    <message>
        <source>device %1: negative baseline of allocated bytes (%2): the trace and the segments disagree</source>
        <translation>Gerät %1: negative Basis der belegten Bytes (%2): Trace und Segmente widersprechen sich</translation>
    </message>
    <message>
        <source>device %1: negative baseline of reserved bytes (%2): the trace and the segments disagree</source>
        <translation>Gerät %1: negative Basis der reservierten Bytes (%2): Trace und Segmente widersprechen sich</translation>
    </message>
    <message>
        <source>device %1: %2 allocations at an address that was still allocated (closed at the new alloc)</source>
        <translation>Gerät %1: %2 Allokationen an einer Adresse, die noch belegt war (beim neuen Alloc geschlossen)</translation>
    </message>
    <message>
        <source>key &quot;%1&quot;: negative size %2</source>
        <translation>Schlüssel &quot;%1&quot;: negative Größe %2</translation>
    </message>
    <message>
        <source>key &quot;%1&quot;: %2 bytes is more than 1 PiB</source>
        <translation>Schlüssel &quot;%1&quot;: %2 Bytes sind mehr als 1 PiB</translation>
    </message>
    <message>
        <source>A and B on one axis</source>
        <translation>A und B auf einer Achse</translation>
    </message>
    <message>
        <source>Allocated bytes of A and B on the aligned axis, with both moments</source>
        <translation>Belegte Bytes von A und B auf der ausgerichteten Achse, mit beiden Zeitpunkten</translation>
    </message>
    <message>
        <source>Memory timelines by category</source>
        <translation>Speicherverläufe nach Kategorie</translation>
    </message>
    <message>
        <source>A (before): %1</source>
        <translation>A (vorher): %1</translation>
    </message>
    <message>
        <source>Memory timeline of A by category</source>
        <translation>Speicherverlauf von A nach Kategorie</translation>
    </message>
    <message>
        <source>B (after): %1</source>
        <translation>B (nachher): %1</translation>
    </message>
    <message>
        <source>Memory timeline of B by category</source>
        <translation>Speicherverlauf von B nach Kategorie</translation>
    </message>
    <message>
        <source>, step %1</source>
        <translation>, Schritt %1</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>by training step (both files have detected steps)</source>
        <translation>nach Trainingsschritt (beide Dateien haben erkannte Schritte)</translation>
    </message>
    <message>
        <source>by seconds since the first event (at least one file has no detected steps)</source>
        <translation>nach Sekunden seit dem ersten Ereignis (mindestens eine Datei hat keine erkannten Schritte)</translation>
    </message>
    <message>
        <source>by event index (the files have neither steps nor times in common)</source>
        <translation>nach Ereignisindex (die Dateien haben weder Schritte noch Zeiten gemeinsam)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>VRAMScope comparison: %1 → %2</source>
        <translation>VRAMScope-Vergleich: %1 → %2</translation>
    </message>
    <message>
        <source>A (before)</source>
        <translation>A (vorher)</translation>
    </message>
    <message>
        <source>B (after)</source>
        <translation>B (nachher)</translation>
    </message>
    <message>
        <source>Allocated at the moment</source>
        <translation>Belegt in diesem Moment</translation>
    </message>
    <message>
        <source>Reserved at the moment</source>
        <translation>Reserviert in diesem Moment</translation>
    </message>
    <message>
        <source>Ran out of memory</source>
        <translation>Speicher erschöpft</translation>
    </message>
    <message>
        <source>Both allocated curves on one axis, aligned %1. The dashed lines are the moments compared below.</source>
        <translation>Beide Kurven des belegten Speichers auf einer Achse, ausgerichtet %1. Die gestrichelten Linien sind die unten verglichenen Zeitpunkte.</translation>
    </message>
    <message>
        <source>What changed at the moment, by category</source>
        <translation>Was sich in diesem Moment geändert hat, nach Kategorie</translation>
    </message>
    <message>
        <source>Bands of A at its moment</source>
        <translation>Bänder von A zu seinem Zeitpunkt</translation>
    </message>
    <message>
        <source>Bands of B at its moment</source>
        <translation>Bänder von B zu seinem Zeitpunkt</translation>
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
        <translation>Was gewachsen und was geschrumpft ist, nach Ort</translation>
    </message>
    <message>
        <source>No source location holds a different number of bytes at the two moments.</source>
        <translation>Kein Quellort hält zu den beiden Zeitpunkten eine unterschiedliche Anzahl von Bytes.</translation>
    </message>
    <message>
        <source>Live bytes at each moment by the top user frame of the allocation stack, largest change first.</source>
        <translation>Lebende Bytes zu jedem Zeitpunkt nach dem obersten Benutzer-Frame des Allokations-Stacks, die größte Änderung zuerst.</translation>
    </message>
    <message>
        <source>Location (top user frame)</source>
        <translation>Ort (oberster Benutzer-Frame)</translation>
    </message>
    <message>
        <source>… and %1 more locations with smaller changes (all of them are in `vramscope compare --json`).</source>
        <translation>… und %1 weitere Orte mit kleineren Änderungen (alle stehen in `vramscope compare --json`).</translation>
    </message>
    <message>
        <source>Allocator settings</source>
        <translation>Allokator-Einstellungen</translation>
    </message>
    <message>
        <source>A and B recorded the same allocator settings.</source>
        <translation>A und B haben dieselben Allokator-Einstellungen aufgezeichnet.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>more than %1 entries in one device trace</source>
        <translation>mehr als %1 Einträge in einem Geräte-Trace</translation>
    </message>
    <message>
        <source>device %1: more than %2 trace entries</source>
        <translation>Gerät %1: mehr als %2 Trace-Einträge</translation>
    </message>
</context>
<context>
    <name>VramScope::AboutDialog</name>
    <message>
        <source>&lt;h3&gt;VRAMScope %1&lt;/h3&gt;&lt;p&gt;Opens PyTorch CUDA memory snapshots, rebuilds the memory timeline and shows what the memory was at the peak and at an out-of-memory error.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2 (built with %3)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;QCustomPlot&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;System&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;License: MIT.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;VRAMScope %1&lt;/h3&gt;&lt;p&gt;Öffnet PyTorch-CUDA-Speicher-Snapshots, rekonstruiert den Speicherverlauf und zeigt, wie der Speicher zur Spitze und bei einem Out-of-Memory-Fehler belegt war.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2 (erstellt mit %3)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;QCustomPlot&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;System&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Lizenz: MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About VRAMScope</source>
        <translation>Über VRAMScope</translation>
    </message>
</context>
<context>
    <name>VramScope::AllocationsPanel</name>
    <message>
        <source>Filter by size, category or stack frame…</source>
        <translation>Nach Größe, Kategorie oder Stack-Frame filtern…</translation>
    </message>
    <message>
        <source>Click the timeline to list the allocations live at that moment.</source>
        <translation>Klicken Sie in den Zeitverlauf, um die zu diesem Zeitpunkt lebenden Allokationen aufzulisten.</translation>
    </message>
    <message>
        <source>Live after event %1</source>
        <translation>Lebend nach Ereignis %1</translation>
    </message>
    <message>
        <source>Live before the first event</source>
        <translation>Lebend vor dem ersten Ereignis</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>wird berechnet…</translation>
    </message>
    <message numerus="yes">
        <source>%n allocation(s)</source>
        <translation>
            <numerusform>%n Allokation</numerusform>
            <numerusform>%n Allokationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n angezeigt</numerusform>
            <numerusform>%n angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VramScope::AllocationsTableModel</name>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Top user frame</source>
        <translation>Oberster Benutzer-Frame</translation>
    </message>
    <message>
        <source>Alloc event</source>
        <translation>Alloc-Ereignis</translation>
    </message>
    <message>
        <source>Alloc time</source>
        <translation>Alloc-Zeit</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Lebensdauer</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>(no frames)</source>
        <translation>(keine Frames)</translation>
    </message>
    <message>
        <source>(before recording)</source>
        <translation>(vor der Aufzeichnung)</translation>
    </message>
    <message>
        <source>before trace</source>
        <translation>vor dem Trace</translation>
    </message>
    <message>
        <source>still live</source>
        <translation>noch lebend</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VramScope::AllocatorStatePanel</name>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Free cached</source>
        <translation>Frei im Cache</translation>
    </message>
    <message>
        <source>Largest free block</source>
        <translation>Größter freier Block</translation>
    </message>
    <message>
        <source>Open a snapshot to see the allocator&apos;s segments.</source>
        <translation>Öffnen Sie einen Snapshot, um die Segmente des Allokators zu sehen.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>replayed back from the dump (block sizes approximate)</source>
        <translation>aus dem Dump zurückgerechnet (Blockgrößen ungefähr)</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>wird berechnet…</translation>
    </message>
    <message>
        <source>Allocator state before the first event</source>
        <translation>Allokator-Zustand vor dem ersten Ereignis</translation>
    </message>
    <message>
        <source>Allocator state after event %1</source>
        <translation>Allokator-Zustand nach Ereignis %1</translation>
    </message>
    <message>
        <source>%1 into the trace</source>
        <translation>%1 nach Beginn des Trace</translation>
    </message>
    <message>
        <source>the dump holds no segments for this device, so the allocator state is unknown</source>
        <translation>der Dump enthält keine Segmente für dieses Gerät, daher ist der Allokator-Zustand unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s), %1 reserved, %2 free cached, largest free block %3</source>
        <translation>
            <numerusform>%n Segment, %1 reserviert, %2 frei im Cache, größter freier Block %3</numerusform>
            <numerusform>%n Segmente, %1 reserviert, %2 frei im Cache, größter freier Block %3</numerusform>
        </translation>
    </message>
    <message>
        <source>the dump&apos;s blocks (exact)</source>
        <translation>die Blöcke des Dumps (exakt)</translation>
    </message>
    <message numerus="yes">
        <source>%n live allocation(s) outside every segment: the trace and the dump disagree</source>
        <translation>
            <numerusform>%n lebende Allokation außerhalb aller Segmente: Trace und Dump widersprechen sich</numerusform>
            <numerusform>%n lebende Allokationen außerhalb aller Segmente: Trace und Dump widersprechen sich</numerusform>
        </translation>
    </message>
    <message>
        <source>Row &amp;width:</source>
        <translation>Zeilen&amp;breite:</translation>
    </message>
    <message>
        <source>Fit each row</source>
        <translation>Jede Zeile einpassen</translation>
    </message>
    <message>
        <source>Shared scale</source>
        <translation>Gemeinsamer Maßstab</translation>
    </message>
    <message>
        <source>Fit each row: every segment&apos;s bar fills the width, so the blocks inside a small segment are as readable as in a large one; the label gives the segment&apos;s size.
Shared scale: one scale for all rows, so bar lengths compare segment sizes.</source>
        <translation>Jede Zeile einpassen: Der Balken jedes Segments füllt die Breite, sodass die Blöcke eines kleinen Segments so gut lesbar sind wie die eines großen; die Beschriftung nennt die Größe des Segments.
Gemeinsamer Maßstab: ein Maßstab für alle Zeilen, sodass die Balkenlängen die Segmentgrößen vergleichen.</translation>
    </message>
    <message>
        <source>O&amp;rder:</source>
        <translation>&amp;Reihenfolge:</translation>
    </message>
    <message>
        <source>Largest first</source>
        <translation>Größte zuerst</translation>
    </message>
    <message>
        <source>Most free first</source>
        <translation>Meiste freie zuerst</translation>
    </message>
    <message>
        <source>By address</source>
        <translation>Nach Adresse</translation>
    </message>
    <message>
        <source>Order of the segments inside each pool and stream.
Most free first puts the segments with the most cached free bytes, where fragmentation shows, at the top.</source>
        <translation>Reihenfolge der Segmente innerhalb jedes Pools und Streams.
„Meiste freie zuerst“ stellt die Segmente mit den meisten zwischengespeicherten freien Bytes, an denen sich Fragmentierung zeigt, nach oben.</translation>
    </message>
    <message>
        <source>One row per segment. Filled = allocated, hatched = pending free, empty = free.</source>
        <translation>Eine Zeile je Segment. Gefüllt = belegt, schraffiert = Freigabe ausstehend, leer = frei.</translation>
    </message>
    <message>
        <source>Pale = small allocations and free gaps too dense to draw apart. Thin blocks are widened so that they show. Click a block to select its allocation; hover for details.</source>
        <translation>Blass = kleine Belegungen und freie Lücken, zu dicht, um sie getrennt zu zeichnen. Dünne Blöcke werden verbreitert, damit sie sichtbar sind. Ein Klick auf einen Block wählt seine Belegung aus; Details beim Darüberfahren.</translation>
    </message>
</context>
<context>
    <name>VramScope::CompareOpener</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Memory snapshots (*.pickle *.pkl *.gz *.zst *.html *.json);;All files (*)</source>
        <translation>Speicher-Snapshots (*.pickle *.pkl *.gz *.zst *.html *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Compare: A (before)</source>
        <translation>Vergleichen: A (vorher)</translation>
    </message>
    <message>
        <source>Compare: B (after)</source>
        <translation>Vergleichen: B (nachher)</translation>
    </message>
    <message>
        <source>Open a folder of per-rank snapshots</source>
        <translation>Ordner mit Snapshots je Rank öffnen</translation>
    </message>
    <message>
        <source>Loading %1 and %2…</source>
        <translation>%1 und %2 werden geladen…</translation>
    </message>
    <message>
        <source>Compare %1 → %2</source>
        <translation>Vergleich %1 → %2</translation>
    </message>
    <message>
        <source>No snapshot files in %1</source>
        <translation>Keine Snapshot-Dateien in %1</translation>
    </message>
    <message numerus="yes">
        <source>Loading %n rank(s)…</source>
        <translation>
            <numerusform>%n Rank wird geladen…</numerusform>
            <numerusform>%n Ranks werden geladen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ranks: %n file(s)</source>
        <translation>
            <numerusform>Ranks: %n Datei</numerusform>
            <numerusform>Ranks: %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>--compare needs two files: A (before) and B (after)</source>
        <translation>--compare benötigt zwei Dateien: A (vorher) und B (nachher)</translation>
    </message>
    <message numerus="yes">
        <source>Re-analysing %n rank(s)…</source>
        <translation>
            <numerusform>%n Rank wird neu analysiert…</numerusform>
            <numerusform>%n Ranks werden neu analysiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-analysing %1 and %2…</source>
        <translation>%1 und %2 werden neu analysiert…</translation>
    </message>
</context>
<context>
    <name>VramScope::ComparisonView</name>
    <message>
        <source>training step</source>
        <translation>Trainingsschritt</translation>
    </message>
    <message>
        <source>seconds since the first event</source>
        <translation>Sekunden seit dem ersten Ereignis</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
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
        <translation>Ort (oberster Benutzer-Frame)</translation>
    </message>
    <message>
        <source>Allocator setting</source>
        <translation>Allokator-Einstellung</translation>
    </message>
    <message>
        <source>allocated (GiB)</source>
        <translation>belegt (GiB)</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>Allocated at the moment</source>
        <translation>Belegt in diesem Moment</translation>
    </message>
    <message>
        <source>(no frames)</source>
        <translation>(keine Frames)</translation>
    </message>
    <message>
        <source>at %1: %2</source>
        <translation>bei %1: %2</translation>
    </message>
</context>
<context>
    <name>VramScope::DiagnosisHtml</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>out of memory at event %1</source>
        <translation>Speicher erschöpft bei Ereignis %1</translation>
    </message>
    <message>
        <source>peak at event %1</source>
        <translation>Spitze bei Ereignis %1</translation>
    </message>
    <message>
        <source>snapshot dump (event %1)</source>
        <translation>Snapshot-Dump (Ereignis %1)</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Requested / free</source>
        <translation>Angefordert / frei</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Largest free cached block</source>
        <translation>Größter freier Cache-Block</translation>
    </message>
    <message>
        <source>Allocated / reserved</source>
        <translation>Belegt / reserviert</translation>
    </message>
    <message>
        <source>Tallest band</source>
        <translation>Höchstes Band</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>saves about %1</source>
        <translation>spart etwa %1</translation>
    </message>
    <message>
        <source>Recommended fix</source>
        <translation>Empfohlene Abhilfe</translation>
    </message>
    <message>
        <source>Capture health</source>
        <translation>Aufzeichnungsqualität</translation>
    </message>
</context>
<context>
    <name>VramScope::DiagnosisPanel</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Bands at the moment</source>
        <translation>Bänder in diesem Moment</translation>
    </message>
    <message>
        <source>The ladder: what to change, cheapest first</source>
        <translation>Die Leiter: Änderungen, günstigste zuerst</translation>
    </message>
    <message>
        <source>Hints and capture health</source>
        <translation>Hinweise und Aufzeichnungsqualität</translation>
    </message>
    <message>
        <source>Copy recapture call</source>
        <translation>Aufzeichnungsaufruf kopieren</translation>
    </message>
    <message>
        <source>Copy the torch.cuda.memory._record_memory_history(...) call to use next time</source>
        <translation>Den Aufruf torch.cuda.memory._record_memory_history(...) für das nächste Mal kopieren</translation>
    </message>
    <message>
        <source>Open a snapshot to see what filled the GPU and what to change.</source>
        <translation>Öffnen Sie einen Snapshot, um zu sehen, was die GPU gefüllt hat und was zu ändern ist.</translation>
    </message>
    <message>
        <source>Nothing to diagnose: this device has no allocations.</source>
        <translation>Nichts zu diagnostizieren: Dieses Gerät hat keine Allokationen.</translation>
    </message>
    <message>
        <source>Out of memory at event %1</source>
        <translation>Speicher erschöpft bei Ereignis %1</translation>
    </message>
    <message>
        <source>No OOM: the peak at event %1</source>
        <translation>Kein OOM: die Spitze bei Ereignis %1</translation>
    </message>
    <message>
        <source>The snapshot&apos;s dump (event %1)</source>
        <translation>Der Dump des Snapshots (Ereignis %1)</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Befund: %1</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>Free on the device</source>
        <translation>Frei auf dem Gerät</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>Fehlbetrag</translation>
    </message>
    <message>
        <source>Allocated / reserved</source>
        <translation>Belegt / reserviert</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Largest free cached block</source>
        <translation>Größter freier Cache-Block</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Held outside PyTorch</source>
        <translation>Außerhalb von PyTorch belegt</translation>
    </message>
    <message>
        <source>The request would have been</source>
        <translation>Die Anforderung wäre gewesen</translation>
    </message>
    <message>
        <source>%1 (tallest)</source>
        <translation>%1 (höchstes)</translation>
    </message>
    <message>
        <source>Shortfall: %1 (the request minus what was free). The first rung that covers it is recommended.</source>
        <translation>Fehlbetrag: %1 (die Anforderung abzüglich des freien Speichers). Die erste Stufe, die ihn deckt, wird empfohlen.</translation>
    </message>
    <message>
        <source>The shortfall is unknown: estimates are shown without a target.</source>
        <translation>Der Fehlbetrag ist unbekannt: Schätzungen werden ohne Zielwert angezeigt.</translation>
    </message>
    <message>
        <source>No OOM here: the rungs that would lower the %1 band at the peak.</source>
        <translation>Hier kein OOM: die Stufen, die das Band %1 an der Spitze senken würden.</translation>
    </message>
    <message>
        <source>No rung applies: nothing is live at this moment.</source>
        <translation>Keine Stufe greift: In diesem Moment ist nichts belegt.</translation>
    </message>
    <message>
        <source>Where it hit</source>
        <translation>Wo es auftrat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Capture health</source>
        <translation>Aufzeichnungsqualität</translation>
    </message>
    <message>
        <source>The capture looks complete.</source>
        <translation>Die Aufzeichnung sieht vollständig aus.</translation>
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
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>VramScope::DocumentController</name>
    <message>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message>
        <source>%1: the loader returned no document</source>
        <translation>%1: Der Lader hat kein Dokument geliefert</translation>
    </message>
</context>
<context>
    <name>VramScope::DocumentView</name>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>Allokationen</translation>
    </message>
    <message>
        <source>Categories: bytes by what they are. Allocations: the largest allocations each as a band, the rest summed.</source>
        <translation>Kategorien: Bytes nach ihrer Art. Allokationen: die größten Allokationen jeweils als eigenes Band, der Rest zusammengefasst.</translation>
    </message>
    <message>
        <source>&amp;Largest:</source>
        <translation>G&amp;rößte:</translation>
    </message>
    <message>
        <source>How many of the largest allocations get their own band</source>
        <translation>Wie viele der größten Allokationen ein eigenes Band erhalten</translation>
    </message>
    <message>
        <source>&amp;X axis:</source>
        <translation>&amp;X-Achse:</translation>
    </message>
    <message>
        <source>Event index</source>
        <translation>Ereignisindex</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Show the whole trace (Home). Wheel zooms, drag pans, right-drag or Shift-drag zooms to a range.</source>
        <translation>Den gesamten Trace anzeigen (Pos1). Mausrad zoomt, Ziehen verschiebt, Ziehen mit rechter Maustaste oder mit Umschalt zoomt auf einen Bereich.</translation>
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
        <translation>Dieser Snapshot enthält für kein Gerät Trace-Einträge oder Segmente: Wurde der Speicherverlauf aufgezeichnet?</translation>
    </message>
    <message numerus="yes">
        <source>%n capture warning(s): see the Summary panel. First: %1</source>
        <translation>
            <numerusform>%n Aufzeichnungswarnung: siehe Bereich „Übersicht“. Erste: %1</numerusform>
            <numerusform>%n Aufzeichnungswarnungen: siehe Bereich „Übersicht“. Erste: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cursor</source>
        <translation>Cursor</translation>
    </message>
    <message>
        <source>the out-of-memory moment</source>
        <translation>der Out-of-Memory-Moment</translation>
    </message>
    <message>
        <source>the snapshot dump</source>
        <translation>der Snapshot-Dump</translation>
    </message>
    <message>
        <source>the peak of allocated memory</source>
        <translation>die Spitze des belegten Speichers</translation>
    </message>
</context>
<context>
    <name>VramScope::ExampleSnapshot</name>
    <message>
        <source>The example snapshot is not built into this copy of VRAMScope.</source>
        <translation>Der Beispiel-Snapshot ist in diese VRAMScope-Version nicht eingebaut.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the example snapshot.</source>
        <translation>Der Ordner %1 für den Beispiel-Snapshot kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the example snapshot to %1: %2</source>
        <translation>Der Beispiel-Snapshot kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>VramScope::ExportController</name>
    <message>
        <source>&amp;PNG Image…</source>
        <translation>&amp;PNG-Bild…</translation>
    </message>
    <message>
        <source>&amp;HTML Report…</source>
        <translation>&amp;HTML-Bericht…</translation>
    </message>
    <message>
        <source>&amp;Copy Image to Clipboard</source>
        <translation>Bild in die Zwischenablage &amp;kopieren</translation>
    </message>
    <message>
        <source>Open a snapshot first.</source>
        <translation>Öffnen Sie zuerst einen Snapshot.</translation>
    </message>
    <message>
        <source>%1: could not render the timeline</source>
        <translation>%1: Der Zeitverlauf konnte nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 × %2 at %3x (%4 × %5 pixels)</source>
        <translation>%1 × %2 bei %3x (%4 × %5 Pixel)</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>PNG exportieren</translation>
    </message>
    <message>
        <source>Image size:</source>
        <translation>Bildgröße:</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Export HTML Report</source>
        <translation>HTML-Bericht exportieren</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <source>Timeline image copied</source>
        <translation>Bild des Zeitverlaufs kopiert</translation>
    </message>
    <message>
        <source>The comparison has not finished loading.</source>
        <translation>Der Vergleich ist noch nicht fertig geladen.</translation>
    </message>
</context>
<context>
    <name>VramScope::LadderView</name>
    <message>
        <source>Rung</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Frees about</source>
        <translation>Spart etwa</translation>
    </message>
    <message>
        <source>vs shortfall</source>
        <translation>Deckung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>nicht geschätzt</translation>
    </message>
    <message>
        <source>covers it</source>
        <translation>deckt ihn</translation>
    </message>
    <message>
        <source>%1% of it</source>
        <translation>%1 % davon</translation>
    </message>
    <message>
        <source>★ recommended</source>
        <translation>★ empfohlen</translation>
    </message>
    <message>
        <source>⚠ changes the science</source>
        <translation>⚠ verändert das Experiment</translation>
    </message>
    <message>
        <source>How the estimate was made:</source>
        <translation>So wurde geschätzt:</translation>
    </message>
    <message>
        <source>This rung changes the science: declare it and verify the results again.</source>
        <translation>Diese Stufe verändert das Experiment: Geben Sie sie an und prüfen Sie die Ergebnisse erneut.</translation>
    </message>
</context>
<context>
    <name>VramScope::LoadStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop loading (Esc)</source>
        <translation>Laden abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
</context>
<context>
    <name>VramScope::MainActions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>Beis&amp;piel öffnen</translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>&amp;Vergleichen…</translation>
    </message>
    <message>
        <source>Compare two snapshots: what changed from A (before) to B (after)</source>
        <translation>Zwei Snapshots vergleichen: was sich von A (vorher) zu B (nachher) geändert hat</translation>
    </message>
    <message>
        <source>Open Ran&amp;ks Folder…</source>
        <translation>&amp;Rank-Ordner öffnen…</translation>
    </message>
    <message>
        <source>Which rank ran out of memory first, and which are imbalanced</source>
        <translation>Welcher Rank zuerst keinen Speicher mehr hatte und welche unausgewogen sind</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Clear &amp;Recent Files</source>
        <translation>&amp;Zuletzt geöffnete Dateien leeren</translation>
    </message>
    <message>
        <source>&amp;Cancel Loading</source>
        <translation>Laden &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Zoom zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>By &amp;Category</source>
        <translation>Nach &amp;Kategorie</translation>
    </message>
    <message>
        <source>By &amp;Allocation</source>
        <translation>Nach &amp;Allokation</translation>
    </message>
    <message>
        <source>&amp;Time Axis</source>
        <translation>&amp;Zeitachse</translation>
    </message>
    <message>
        <source>&amp;Go to OOM / Peak</source>
        <translation>Zu OOM / &amp;Spitze springen</translation>
    </message>
    <message>
        <source>Next &amp;Device</source>
        <translation>Nächstes &amp;Gerät</translation>
    </message>
    <message>
        <source>&amp;Paste OOM Message…</source>
        <translation>OOM-Meldung &amp;einfügen…</translation>
    </message>
    <message>
        <source>Explain a pasted out-of-memory error: its numbers, verdict and fixes</source>
        <translation>Einen eingefügten Out-of-Memory-Fehler erklären: seine Zahlen, Befund und Abhilfen</translation>
    </message>
    <message>
        <source>&amp;About VRAMScope</source>
        <translation>&amp;Über VRAMScope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Put the cursor on the OOM (or the peak) and list what was live</source>
        <translation>Den Cursor auf den OOM (oder die Spitze) setzen und auflisten, was belegt war</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Category &amp;Rules…</source>
        <translation>Kategorie&amp;regeln…</translation>
    </message>
    <message>
        <source>Your own frame pattern → category rules, applied to the open snapshots</source>
        <translation>Eigene Regeln der Form Frame-Muster → Kategorie, angewendet auf die geöffneten Snapshots</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
</context>
<context>
    <name>VramScope::MainWindow</name>
    <message>
        <source>Stopped loading %1</source>
        <translation>Laden von %1 abgebrochen</translation>
    </message>
    <message>
        <source>PyTorch memory snapshots (*.pickle *.pkl *.pickle.zst *.zst *.gz *.html *.json)</source>
        <translation>PyTorch-Speicher-Snapshots (*.pickle *.pkl *.pickle.zst *.zst *.gz *.html *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Snapshot</source>
        <translation>Snapshot öffnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not open %1.&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1 konnte nicht geöffnet werden.&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; changed on disk.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wurde auf dem Datenträger geändert.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Re-analysing %n snapshot(s) with the category rules</source>
        <translation>
            <numerusform>%n Snapshot wird mit den Kategorieregeln neu analysiert</numerusform>
            <numerusform>%n Snapshots werden mit den Kategorieregeln neu analysiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-analysing %n snapshot(s) and the comparison and ranks windows with the category rules</source>
        <translation>
            <numerusform>%n Snapshot sowie die Vergleichs- und Rank-Fenster werden mit den Kategorieregeln neu analysiert</numerusform>
            <numerusform>%n Snapshots sowie die Vergleichs- und Rank-Fenster werden mit den Kategorieregeln neu analysiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VramScope::MessageBanner</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>VramScope::OomArrow</name>
    <message>
        <source>Tallest: %1, %2</source>
        <translation>Höchstes Band: %1, %2</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>(changes the science)</source>
        <translation>(verändert das Experiment)</translation>
    </message>
    <message>
        <source>No single rung covers it: start with %1</source>
        <translation>Keine einzelne Stufe deckt ihn: beginnen Sie mit %1</translation>
    </message>
    <message>
        <source>First rung: %1</source>
        <translation>Erste Stufe: %1</translation>
    </message>
</context>
<context>
    <name>VramScope::PanelDocks</name>
    <message>
        <source>Allocations</source>
        <translation>Allokationen</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>Stack</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Allocator State</source>
        <translation>Allokator-Zustand</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
</context>
<context>
    <name>VramScope::PasteMessageDialog</name>
    <message>
        <source>not in the text</source>
        <translation>nicht im Text</translation>
    </message>
    <message>
        <source>Paste OOM Message</source>
        <translation>OOM-Meldung einfügen</translation>
    </message>
    <message>
        <source>Paste the out-of-memory error (the exception text or a log excerpt). It is read as you type; nothing is sent anywhere.</source>
        <translation>Fügen Sie den Out-of-Memory-Fehler ein (den Text der Exception oder einen Log-Auszug). Er wird beim Tippen ausgewertet; nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>torch.OutOfMemoryError: CUDA out of memory. Tried to allocate …</source>
        <translation>torch.OutOfMemoryError: CUDA out of memory. Tried to allocate …</translation>
    </message>
    <message>
        <source>&amp;Paste from Clipboard</source>
        <translation>Aus der Zwischenablage &amp;einfügen</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>Als &amp;JSON kopieren</translation>
    </message>
    <message>
        <source>Waiting for a message.</source>
        <translation>Warte auf eine Meldung.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not recognised:&lt;/b&gt; this text does not look like an out-of-memory error, so no numbers are shown.</source>
        <translation>&lt;b&gt;Nicht erkannt:&lt;/b&gt; Dieser Text sieht nicht nach einem Out-of-Memory-Fehler aus, daher werden keine Zahlen angezeigt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Host RAM, not the GPU:&lt;/b&gt; the process ran out of system memory (the kernel&apos;s OOM killer, exit code 137). Nothing on the GPU needs to change.</source>
        <translation>&lt;b&gt;Hauptspeicher, nicht die GPU:&lt;/b&gt; Dem Prozess ist der Systemspeicher ausgegangen (OOM-Killer des Kernels, Exit-Code 137). Auf der GPU muss nichts geändert werden.</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Befund: %1</translation>
    </message>
    <message>
        <source>(rank %1)</source>
        <translation>(Rank %1)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Allocated by PyTorch</source>
        <translation>Von PyTorch belegt</translation>
    </message>
    <message>
        <source>Reserved by PyTorch</source>
        <translation>Von PyTorch reserviert</translation>
    </message>
    <message>
        <source>Reserved but unallocated</source>
        <translation>Reserviert, aber nicht belegt</translation>
    </message>
    <message>
        <source>Allowed (memory fraction)</source>
        <translation>Erlaubt (Speicheranteil)</translation>
    </message>
    <message>
        <source>In private pools</source>
        <translation>In privaten Pools</translation>
    </message>
    <message>
        <source>This process in total</source>
        <translation>Dieser Prozess insgesamt</translation>
    </message>
    <message>
        <source>Other processes</source>
        <translation>Andere Prozesse</translation>
    </message>
    <message>
        <source>Outside PyTorch</source>
        <translation>Außerhalb von PyTorch</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>Fehlbetrag</translation>
    </message>
</context>
<context>
    <name>VramScope::PlotExport</name>
    <message>
        <source>%1 · cuda:%2 · %3 events</source>
        <translation>%1 · cuda:%2 · %3 Ereignisse</translation>
    </message>
    <message>
        <source> over %1</source>
        <translation> über %1</translation>
    </message>
</context>
<context>
    <name>VramScope::RanksView</name>
    <message>
        <source>Rank file</source>
        <translation>Rank-Datei</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Peak allocated</source>
        <translation>Spitze belegt</translation>
    </message>
    <message>
        <source>Peak reserved</source>
        <translation>Spitze reserviert</translation>
    </message>
    <message>
        <source>vs median</source>
        <translation>ggü. Median</translation>
    </message>
    <message>
        <source>Tallest band</source>
        <translation>Höchstes Band</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message numerus="yes">
        <source>%n rank(s), median peak allocated %1.</source>
        <translation>
            <numerusform>%n Rank, Median der belegten Spitze %1.</numerusform>
            <numerusform>%n Ranks, Median der belegten Spitze %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ran out of memory first (device %2, %3 requested).</source>
        <translation>%1 hatte zuerst keinen Speicher mehr (Gerät %2, %3 angefordert).</translation>
    </message>
    <message numerus="yes">
        <source>%n rank(s) more than %1% away from the median.</source>
        <translation>
            <numerusform>%n Rank liegt mehr als %1 % vom Median entfernt.</numerusform>
            <numerusform>%n Ranks liegen mehr als %1 % vom Median entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>peak reserved</source>
        <translation>Spitze reserviert</translation>
    </message>
    <message>
        <source>peak allocated</source>
        <translation>Spitze belegt</translation>
    </message>
    <message>
        <source>OOM first, at event %1 (%2 requested)</source>
        <translation>OOM als Erstes, bei Ereignis %1 (%2 angefordert)</translation>
    </message>
    <message>
        <source>OOM at event %1 (%2 requested)</source>
        <translation>OOM bei Ereignis %1 (%2 angefordert)</translation>
    </message>
    <message>
        <source>imbalanced</source>
        <translation>unausgewogen</translation>
    </message>
</context>
<context>
    <name>VramScope::RulesController</name>
    <message>
        <source>Could not apply the rules: no temporary folder (%1)</source>
        <translation>Die Regeln konnten nicht angewendet werden: kein temporärer Ordner (%1)</translation>
    </message>
    <message>
        <source>unsaved-rules.txt</source>
        <translation>unsaved-rules.txt</translation>
    </message>
    <message>
        <source>Could not apply the rules: %1: %2</source>
        <translation>Die Regeln konnten nicht angewendet werden: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Re-analysing %n open snapshot(s).</source>
        <translation>
            <numerusform>%n geöffneter Snapshot wird neu analysiert.</numerusform>
            <numerusform>%n geöffnete Snapshots werden neu analysiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-analysing %n open snapshot(s) and the open comparison and ranks windows.</source>
        <translation>
            <numerusform>%n geöffneter Snapshot sowie die offenen Vergleichs- und Rank-Fenster werden neu analysiert.</numerusform>
            <numerusform>%n geöffnete Snapshots sowie die offenen Vergleichs- und Rank-Fenster werden neu analysiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VramScope::RulesEditor</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>One rule per line: a category (parameter, optimizer_state, gradient, activation, temporary, input, unknown), then a regular expression matched against every stack frame written &lt;tt&gt;file:line:function&lt;/tt&gt;. The first matching rule wins over the built-in inference. Lines starting with # are comments.</source>
        <translation>Eine Regel pro Zeile: eine Kategorie (parameter, optimizer_state, gradient, activation, temporary, input, unknown), dann ein regulärer Ausdruck, der mit jedem Stack-Frame in der Schreibweise &lt;tt&gt;file:line:function&lt;/tt&gt; abgeglichen wird. Die erste passende Regel hat Vorrang vor der eingebauten Zuordnung. Zeilen, die mit # beginnen, sind Kommentare.</translation>
    </message>
    <message>
        <source>activation      kv_cache\.py:\d+:(allocate|grow)</source>
        <translation>activation      kv_cache\.py:\d+:(allocate|grow)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>S&amp;peichern</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Re-analyse the open snapshots with these rules (%1)</source>
        <translation>Die geöffneten Snapshots mit diesen Regeln neu analysieren (%1)</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>No rules: the built-in inference alone decides.</source>
        <translation>Keine Regeln: Es entscheidet allein die eingebaute Zuordnung.</translation>
    </message>
    <message numerus="yes">
        <source>%n valid rule(s).</source>
        <translation>
            <numerusform>%n gültige Regel.</numerusform>
            <numerusform>%n gültige Regeln.</numerusform>
        </translation>
    </message>
    <message>
        <source>unsaved</source>
        <translation>ungespeichert</translation>
    </message>
    <message>
        <source>Category Rules — %1[*]</source>
        <translation>Kategorieregeln — %1[*]</translation>
    </message>
    <message>
        <source>%1 bytes; a rules file is at most %2 bytes</source>
        <translation>%1 Bytes; eine Regeldatei hat höchstens %2 Bytes</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Save Category Rules</source>
        <translation>Kategorieregeln speichern</translation>
    </message>
    <message>
        <source>Rules files (*.txt *.rules)</source>
        <translation>Regeldateien (*.txt *.rules)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Category Rules</source>
        <translation>Kategorieregeln öffnen</translation>
    </message>
    <message>
        <source>Unsaved Category Rules</source>
        <translation>Ungespeicherte Kategorieregeln</translation>
    </message>
    <message>
        <source>Save the changes to the category rules (%1)?</source>
        <translation>Die Änderungen an den Kategorieregeln (%1) speichern?</translation>
    </message>
    <message>
        <source>Without saving, they are gone when VRAMScope quits; snapshots opened later use the saved rules.</source>
        <translation>Ohne Speichern gehen sie verloren, wenn VRAMScope beendet wird; später geöffnete Snapshots verwenden die gespeicherten Regeln.</translation>
    </message>
    <message>
        <source>Sa&amp;ve As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
</context>
<context>
    <name>VramScope::SegmentMapView</name>
    <message>
        <source> · pool (%1,%2)</source>
        <translation> · Pool (%1,%2)</translation>
    </message>
    <message>
        <source>, expandable</source>
        <translation>, erweiterbar</translation>
    </message>
    <message>
        <source>No segments for this device at this moment.</source>
        <translation>Keine Segmente für dieses Gerät in diesem Moment.</translation>
    </message>
    <message>
        <source>Segment at 0x%1: %2, %3 free in %4 block(s), largest free block %5%6</source>
        <translation>Segment bei 0x%1: %2, davon %3 frei (Blöcke: %4), größter freier Block %5%6</translation>
    </message>
    <message>
        <source>Free block at 0x%1: %2</source>
        <translation>Freier Block bei 0x%1: %2</translation>
    </message>
    <message>
        <source>Pending free (%1) at 0x%2: %3 block, %4 requested</source>
        <translation>Freigabe ausstehend (%1) bei 0x%2: Block %3, %4 angefordert</translation>
    </message>
    <message>
        <source>Allocated (%1) at 0x%2: %3 block, %4 requested</source>
        <translation>Belegt (%1) bei 0x%2: Block %3, %4 angefordert</translation>
    </message>
    <message>
        <source>%1 · stream %2</source>
        <translation>%1 · Stream %2</translation>
    </message>
    <message>
        <source> · expandable</source>
        <translation> · erweiterbar</translation>
    </message>
</context>
<context>
    <name>VramScope::StackPanel</name>
    <message>
        <source>Copy stack</source>
        <translation>Stack kopieren</translation>
    </message>
    <message>
        <source>Copy the allocation stack as file:line lines</source>
        <translation>Den Allokations-Stack als Zeilen der Form Datei:Zeile kopieren</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Select an allocation in the table or the timeline to see its stack.</source>
        <translation>Wählen Sie eine Allokation in der Tabelle oder im Zeitverlauf aus, um ihren Stack zu sehen.</translation>
    </message>
    <message>
        <source>This file has no stack frames at all: memory history was recorded without stacks. Record with torch.cuda.memory._record_memory_history(stacks=&quot;python&quot;) (or &quot;all&quot; for C++ frames too).</source>
        <translation>Diese Datei enthält überhaupt keine Stack-Frames: Der Speicherverlauf wurde ohne Stacks aufgezeichnet. Zeichnen Sie mit torch.cuda.memory._record_memory_history(stacks=&quot;python&quot;) auf (oder &quot;all&quot;, um auch C++-Frames zu erhalten).</translation>
    </message>
    <message>
        <source>No stack: this block was allocated before history recording started, so only the final snapshot knows it.</source>
        <translation>Kein Stack: Dieser Block wurde belegt, bevor die Aufzeichnung des Verlaufs begann, daher kennt ihn nur der abschließende Snapshot.</translation>
    </message>
    <message>
        <source>No stack: this allocation happened before the trace window (recording started later, or the ring buffer dropped the oldest entries; raise max_entries).</source>
        <translation>Kein Stack: Diese Allokation erfolgte vor dem Trace-Fenster (die Aufzeichnung begann später, oder der Ringpuffer hat die ältesten Einträge verworfen; erhöhen Sie max_entries).</translation>
    </message>
    <message>
        <source>No stack was recorded for this allocation.</source>
        <translation>Für diese Allokation wurde kein Stack aufgezeichnet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 at 0x%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 bei 0x%3</translation>
    </message>
    <message>
        <source>allocated at event %1</source>
        <translation>belegt bei Ereignis %1</translation>
    </message>
    <message>
        <source>freed at event %1</source>
        <translation>freigegeben bei Ereignis %1</translation>
    </message>
    <message>
        <source>Allocated at</source>
        <translation>Belegt bei</translation>
    </message>
    <message>
        <source>Freed at</source>
        <translation>Freigegeben bei</translation>
    </message>
    <message numerus="yes">
        <source>%n native (C++) frame(s)</source>
        <translation>
            <numerusform>%n nativer (C++-)Frame</numerusform>
            <numerusform>%n native (C++-)Frames</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VramScope::StartPage</name>
    <message>
        <source>Open &amp;example</source>
        <translation>&amp;Beispiel öffnen</translation>
    </message>
    <message>
        <source>&lt;h1&gt;VRAMScope&lt;/h1&gt;&lt;p&gt;See where your GPU memory went: open a PyTorch CUDA memory snapshot.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;VRAMScope&lt;/h1&gt;&lt;p&gt;Sehen Sie, wohin Ihr GPU-Speicher gegangen ist: Öffnen Sie einen PyTorch-CUDA-Speicher-Snapshot.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Drop a snapshot here</source>
        <translation>Snapshot hier ablegen</translation>
    </message>
    <message>
        <source>torch.cuda.memory._dump_snapshot() pickles, also .zst or .gz compressed; memory_viz HTML; profiler memory timeline JSON</source>
        <translation>Pickles von torch.cuda.memory._dump_snapshot(), auch mit .zst oder .gz komprimiert; memory_viz-HTML; JSON der Profiler-Speicherzeitleiste</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent files&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zuletzt geöffnete Dateien&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Open a small snapshot of a run that ran out of memory</source>
        <translation>Einen kleinen Snapshot eines Laufs öffnen, dem der Speicher ausging</translation>
    </message>
    <message>
        <source>This build has no example snapshot</source>
        <translation>Dieser Build enthält keinen Beispiel-Snapshot</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>No recent files yet.</source>
        <translation>Noch keine zuletzt geöffneten Dateien.</translation>
    </message>
    <message>
        <source>Hold &lt;b&gt;Ctrl&lt;/b&gt; while dropping two files to compare them (the older file is A, before).</source>
        <translation>Halten Sie beim Ablegen zweier Dateien &lt;b&gt;Strg&lt;/b&gt; gedrückt, um sie zu vergleichen (die ältere Datei ist A, vorher).</translation>
    </message>
</context>
<context>
    <name>VramScope::SummaryPanel</name>
    <message>
        <source>HTML (embedded pickle)</source>
        <translation>HTML (eingebettetes Pickle)</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Dateigröße</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>Kompression</translation>
    </message>
    <message>
        <source>Pickle protocol</source>
        <translation>Pickle-Protokoll</translation>
    </message>
    <message>
        <source>Segments / blocks</source>
        <translation>Segmente / Blöcke</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Distinct frames / stacks</source>
        <translation>Verschiedene Frames / Stacks</translation>
    </message>
    <message>
        <source>Trace recorded</source>
        <translation>Trace aufgezeichnet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no (no device_traces)</source>
        <translation>nein (keine device_traces)</translation>
    </message>
    <message>
        <source>Device cuda:%1</source>
        <translation>Gerät cuda:%1</translation>
    </message>
    <message>
        <source>Trace entries</source>
        <translation>Trace-Einträge</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>Allokationen</translation>
    </message>
    <message>
        <source>Time span</source>
        <translation>Zeitspanne</translation>
    </message>
    <message>
        <source>Peak allocated</source>
        <translation>Spitze belegt</translation>
    </message>
    <message>
        <source>Peak reserved</source>
        <translation>Spitze reserviert</translation>
    </message>
    <message>
        <source>At window start</source>
        <translation>Zu Beginn des Fensters</translation>
    </message>
    <message>
        <source>%1 allocated, %2 reserved</source>
        <translation>%1 belegt, %2 reserviert</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>Am Ende</translation>
    </message>
    <message>
        <source>Segments / blocks in the dump</source>
        <translation>Segmente / Blöcke im Dump</translation>
    </message>
    <message>
        <source>Out-of-memory events</source>
        <translation>Out-of-Memory-Ereignisse</translation>
    </message>
    <message>
        <source>event %1: %2 requested</source>
        <translation>Ereignis %1: %2 angefordert</translation>
    </message>
    <message>
        <source>, %1 free on the device</source>
        <translation>, %1 frei auf dem Gerät</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
</context>
<context>
    <name>VramScope::TimelineHoverText</name>
    <message>
        <source>Before the first event</source>
        <translation>Vor dem ersten Ereignis</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Ereignis %1</translation>
    </message>
    <message>
        <source>Event %1 · %2</source>
        <translation>Ereignis %1 · %2</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>%1, step %2</source>
        <translation>%1, Schritt %2</translation>
    </message>
    <message>
        <source>&lt;i&gt;%1 of %2&lt;/i&gt;</source>
        <translation>&lt;i&gt;%1 von %2&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Allokation</translation>
    </message>
</context>
<context>
    <name>VramScope::TimelineLayers</name>
    <message>
        <source>Other allocations</source>
        <translation>Andere Allokationen</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Belegt</translation>
    </message>
</context>
<context>
    <name>VramScope::TimelineMarkers</name>
    <message>
        <source>Peak %1</source>
        <translation>Spitze %1</translation>
    </message>
    <message>
        <source>OOM: %1 requested</source>
        <translation>OOM: %1 angefordert</translation>
    </message>
    <message>
        <source>, %1 free</source>
        <translation>, %1 frei</translation>
    </message>
</context>
<context>
    <name>VramScope::TimelinePlot</name>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Time since the first event</source>
        <translation>Zeit seit dem ersten Ereignis</translation>
    </message>
    <message>
        <source>Event index</source>
        <translation>Ereignisindex</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>User interface language, e.g. de.</source>
        <translation>Sprache der Benutzeroberfläche, z. B. de.</translation>
    </message>
    <message>
        <source>Save the window to FILE once the first snapshot is shown, then quit.</source>
        <translation>Das Fenster in FILE speichern, sobald der erste Snapshot angezeigt wird, dann beenden.</translation>
    </message>
    <message>
        <source>Start in the allocations mode.</source>
        <translation>Im Allokationsmodus starten.</translation>
    </message>
    <message>
        <source>Compare two snapshots: A (before) and B (after).</source>
        <translation>Zwei Snapshots vergleichen: A (vorher) und B (nachher).</translation>
    </message>
    <message>
        <source>Open a folder (or files) of per-rank snapshots.</source>
        <translation>Einen Ordner (oder Dateien) mit Snapshots je Rank öffnen.</translation>
    </message>
    <message>
        <source>Snapshots to open.</source>
        <translation>Zu öffnende Snapshots.</translation>
    </message>
</context>
</TS>
