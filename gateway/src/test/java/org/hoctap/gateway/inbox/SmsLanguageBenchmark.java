package org.hoctap.gateway.inbox;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.hoctap.shared.grammar.SmsCommand;
import org.hoctap.shared.grammar.SmsGrammar;
import org.hoctap.shared.text.Folding;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.SmsText;
import org.hoctap.shared.text.Templates;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parse + reply rendering of a typical household SMS, without the database: the grammar, the
 * activity names, the template and the choice of encoding (what the processor does besides SQL).
 * Run with {@code ./hoctap bench sms}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SmsLanguageBenchmark {
    @Param({"12", "12x3 13", "ht 12 3, 13#2", "Đăng ký QC0042", "kết quả"})
    public String text;

    private Templates templates;

    @Setup
    public void load() {
        templates = Templates.load(Optional.empty());
    }

    @Benchmark
    public SmsText parseAndRenderTheReply() {
        SmsCommand command = SmsGrammar.parse(text);
        String reply = switch (command) {
            case SmsCommand.Report report -> templates.render(InboundProcessor.RECORDED, Language.VI, Map.of(
                    "activities", ActivityNames.list(templates, Language.VI, report.activities()),
                    "household", "QC0042", "total", 14));
            case SmsCommand.Register register -> templates.render(Registration.REGISTERED, Language.VI,
                    Map.of("household", register.householdCode()));
            case SmsCommand.Progress progress -> templates.render(HouseholdCommands.PROGRESS, Language.VI,
                    Map.of("year", 2026, "household", "QC0042", "count", 14));
            default -> templates.render(InboundProcessor.HELP, Language.VI, Map.of());
        };
        return SmsText.cheapest(reply, Folding.WHEN_CHEAPER);
    }
}
