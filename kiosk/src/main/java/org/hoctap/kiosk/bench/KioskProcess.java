package org.hoctap.kiosk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hoctap.kiosk.KioskCommand;

/**
 * A kiosk in a JVM of its own, as {@code ./hoctap kiosk} runs it: the same Java, class path and JVM
 * options as this process (so {@code HOCTAP_JAVA_OPTS} applies to both), its output in a log file.
 * What it measures (start, memory) is the kiosk's alone, not the benchmark's.
 */
final class KioskProcess implements AutoCloseable {
    private final Process process;
    private final URI base;

    private KioskProcess(Process process, URI base) {
        this.process = process;
        this.base = base;
    }

    /**
     * Starts the kiosk on {@code dataDir} at a free loopback port, with this JVM's options and the class
     * archive {@code classArchive} as the launcher gives the kiosk its own (written when the kiosk stops if
     * missing or out of date, mapped at start if not); returns at once.
     */
    static KioskProcess start(Path dataDir, String staffPassword, Path log, Path classArchive) throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        List<String> inherited = ManagementFactory.getRuntimeMXBean().getInputArguments();
        command.addAll(inherited.stream()
                .filter(option -> !option.startsWith("-agentlib") && !option.startsWith("-javaagent")
                        && !option.startsWith("-XX:SharedArchiveFile") && !option.contains("AutoCreateSharedArchive"))
                .toList());
        // With an agent (a profiler, given in the options or, as the kiosk inherits it too, in JAVA_TOOL_OPTIONS)
        // the JVM refuses to start while it has an archive to write; as the launcher does, leave the archive out.
        if (inherited.stream().noneMatch(option -> option.startsWith("-agent") || option.startsWith("-javaagent"))) {
            command.addAll(List.of("-XX:SharedArchiveFile=" + classArchive, "-XX:+AutoCreateSharedArchive",
                    "-XX:+VerifySharedSpaces", "-Xlog:cds*=off",
                    "-Xlog:cds+dynamic=warning:file=" + classArchive + ".log::filecount=0"));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), KioskCommand.class.getName(),
                "--data-dir", dataDir.toString(), "--host", "127.0.0.1", "--port", Integer.toString(port),
                "--staff-password", staffPassword));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
        return new KioskProcess(process, URI.create("http://127.0.0.1:" + port + "/"));
    }

    URI base() {
        return base;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Its resident memory in MB (Linux), or -1 where that cannot be read. */
    long residentMegabytes() throws IOException {
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return -1;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        // Its first stop writes the class archive: tens of MB, which take a while on a slow machine.
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
