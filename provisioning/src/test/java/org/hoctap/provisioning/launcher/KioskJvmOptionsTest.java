package org.hoctap.provisioning.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's JVM options for the kiosk: a class archive of its own (a quicker start) and a cap on the
 * JIT's scratch memory. With this JDK, a copy of the launcher runs a stand-in program in place of the built
 * jar, as it would run the kiosk.
 */
class KioskJvmOptionsTest {
    private static final Path LAUNCHER = Path.of("..", "hoctap").toAbsolutePath().normalize();
    private static final String STAND_IN = """
            package org.hoctap.provisioning.cli;
            public class HoctapCli {
                public static void main(String[] args) {
                    System.out.println("ran: " + String.join(" ", args));
                }
            }
            """;

    @TempDir
    Path root;

    @TempDir
    Path home;

    private record Ran(int code, String output) {
    }

    /** A checkout as the launcher sees it after a build: the launcher, the jar and its lib folder. */
    @BeforeEach
    void aBuiltCheckoutWithAStandInProgram() throws IOException {
        try (var archives = Files.newDirectoryStream(Path.of(System.getProperty("java.home"), "lib"), "*")) {
            boolean based = false;
            for (Path vm : archives) {
                based |= Files.isDirectory(vm) && Files.exists(vm.resolve("classes.jsa"));
            }
            assumeTrue(based, "this JDK has the base class archive a kiosk archive builds on");
        }
        Files.copy(LAUNCHER, root.resolve("hoctap"));
        root.resolve("hoctap").toFile().setExecutable(true);
        Path target = Files.createDirectories(root.resolve("provisioning/target/lib"));
        jar(target.resolve("../hoctap.jar"), "org/hoctap/provisioning/cli/HoctapCli", STAND_IN, new Manifest());
    }

    /** A jar of one class compiled from {@code source}. */
    private void jar(Path file, String className, String source, Manifest manifest) throws IOException {
        Path java = Files.createDirectories(home.resolve("src").resolve(className).getParent())
                .resolve(Path.of(className).getFileName() + ".java");
        Files.writeString(java, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path classes = Files.createDirectories(home.resolve("classes"));
        assertEquals(0, javac.run(null, null, null, "-d", classes.toString(), java.toString()));
        manifest.getMainAttributes().putIfAbsent(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(file), manifest)) {
            jar.putNextEntry(new JarEntry(className + ".class"));
            jar.write(Files.readAllBytes(classes.resolve(className + ".class")));
            jar.closeEntry();
        }
    }

    private Ran launch(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(root.resolve("hoctap").toString());
        builder.command().addAll(List.of(args));
        Map<String, String> env = builder.environment();
        for (String name : List.of("HOCTAP_JAVA_OPTS", "CACHE_DIRECTORY", "XDG_CACHE_HOME", "JAVA_TOOL_OPTIONS",
                "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) {
            env.remove(name);
        }
        env.put("HOME", home.toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.putAll(environment);
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return new Ran(process.exitValue(), output.strip());
    }

    private static Path archiveIn(Path cache) {
        return cache.resolve("hoctap/kiosk-java" + Runtime.version().feature() + ".jsa");
    }

    @Test
    void theKioskWritesItsArchiveInTheUsersCacheAtItsFirstStopAndUsesItSilentlyAfter() throws Exception {
        Ran first = launch(Map.of(), "kiosk", "--port", "8080");
        assertEquals(new Ran(0, "ran: kiosk --port 8080"), first, "the program runs as ever, and no archive noise");
        Path archive = archiveIn(home.resolve(".cache"));
        assertTrue(Files.size(archive) > 0, "written when the kiosk stopped: " + archive);

        FileTime written = Files.getLastModifiedTime(archive);
        Ran second = launch(Map.of(), "kiosk");
        assertEquals(new Ran(0, "ran: kiosk"), second);
        assertEquals(written, Files.getLastModifiedTime(archive), "a valid archive is used, not written again");
    }

    @Test
    void aDamagedArchiveIsLeftUnusedThenWrittenAnew() throws Exception {
        assertEquals(0, launch(Map.of(), "kiosk").code());
        Path archive = archiveIn(home.resolve(".cache"));
        byte[] bytes = Files.readAllBytes(archive);
        // As a power cut while it was written could leave it: garbage in the middle of its classes.
        for (int i = bytes.length / 2; i < bytes.length / 2 + 4096; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        Files.write(archive, bytes);

        assertEquals(new Ran(0, "ran: kiosk"), launch(Map.of(), "kiosk"), "the JVM does not crash on it, nor speak of it");
        Path log = Path.of(archive + ".log");
        assertTrue(Files.readString(log).contains("Unable to use shared archive"), "its log says why");

        assertEquals(new Ran(0, "ran: kiosk"), launch(Map.of(), "kiosk"));
        byte[] anew = Files.readAllBytes(archive);
        assertFalse(java.util.Arrays.equals(bytes, anew), "the damaged one was dropped and a new one written at the stop");
        assertEquals(new Ran(0, "ran: kiosk"), launch(Map.of(), "kiosk"));
        assertEquals("", Files.readString(log), "and the new one is used");
    }

    @Test
    void asAServiceTheArchiveGoesInSystemdsCacheDirectory() throws Exception {
        Path serviceCache = Files.createDirectories(home.resolve("var-cache-hoctap"));
        Ran ran = launch(Map.of("CACHE_DIRECTORY", serviceCache.toString(), "XDG_CACHE_HOME", home.resolve("xdg").toString()),
                "kiosk");
        assertEquals(0, ran.code(), ran.output());
        // systemd's CacheDirectory= is already the service's own folder: the archive goes straight in it.
        assertTrue(Files.exists(serviceCache.resolve("kiosk-java" + Runtime.version().feature() + ".jsa")), ran.output());
        assertFalse(Files.exists(home.resolve("xdg/hoctap")));
    }

    @Test
    void otherCommandsAndOwnJvmOptionsGetNoArchive() throws Exception {
        assertEquals(new Ran(0, "ran: gateway"), launch(Map.of(), "gateway"));
        // An archive made as the help is printed would hold next to none of the kiosk's classes.
        assertEquals(new Ran(0, "ran: kiosk --help"), launch(Map.of(), "kiosk", "--help"));
        assertEquals(new Ran(0, "ran: kiosk"), launch(Map.of("HOCTAP_JAVA_OPTS", "-Xmx64m"), "kiosk"));
        assertFalse(Files.exists(home.resolve(".cache/hoctap")), "no archive for either");
    }

    @Test
    void aDebuggerGivenThroughTheEnvironmentStillRunsTheKioskWithoutAnArchive() throws Exception {
        // The JVM refuses to start with a native agent and an archive to write.
        Ran ran = launch(Map.of("JAVA_TOOL_OPTIONS", "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=127.0.0.1:0"),
                "kiosk");
        assertEquals(0, ran.code(), ran.output());
        assertTrue(ran.output().endsWith("ran: kiosk"), ran.output());
        assertFalse(Files.exists(home.resolve(".cache/hoctap")));
    }

    @Test
    void aJavaAgentGivenThroughTheEnvironmentStillRunsTheKioskWithoutAnArchive() throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Premain-Class", "Agent");
        Path agent = home.resolve("agent.jar");
        jar(agent, "Agent", "public class Agent { public static void premain(String args) { } }", manifest);
        Ran ran = launch(Map.of("JAVA_TOOL_OPTIONS", "-javaagent:" + agent), "kiosk");
        assertEquals(0, ran.code(), ran.output());
        assertTrue(ran.output().endsWith("ran: kiosk"), ran.output());
        assertFalse(Files.exists(home.resolve(".cache/hoctap")));
    }

    @Test
    void anEmptyArchiveIsDroppedAndWrittenAnew() throws Exception {
        // What a power cut as the file was made can leave; the JVM would neither use nor replace it.
        Path archive = Files.createDirectories(home.resolve(".cache/hoctap")).resolve(archiveIn(home.resolve(".cache"))
                .getFileName());
        Files.write(archive, new byte[0]);
        assertEquals(new Ran(0, "ran: kiosk"), launch(Map.of(), "kiosk"));
        assertTrue(Files.size(archive) > 0, "written anew at the stop");
        assertEquals(new Ran(0, "ran: kiosk"), launch(Map.of(), "kiosk"));
        assertEquals("", Files.readString(Path.of(archive + ".log")), "and used");
    }

    @Test
    void eachCompilationOfTheKioskMayTakeAtMost16MegabytesAndTheJvmSaysNothingOfIt() throws Exception {
        assumeTrue(Runtime.version().feature() >= 22, "the cap is for JDK 22 and newer");
        jar(root.resolve("provisioning/target/hoctap.jar"), "org/hoctap/provisioning/cli/HoctapCli", """
                package org.hoctap.provisioning.cli;
                public class HoctapCli {
                    public static void main(String[] args) {
                        System.out.println(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()
                                .stream().filter(option -> option.startsWith("-XX:CompileCommand")).toList());
                    }
                }
                """, new Manifest());
        // The JVM takes the cap (an option it did not know would stop it) and prints no line of its own about it.
        assertEquals(new Ran(0, "[-XX:CompileCommand=quiet, -XX:CompileCommand=MemLimit,*.*,16m]"),
                launch(Map.of(), "kiosk"));
        assertEquals(new Ran(0, "[]"), launch(Map.of(), "gateway"), "the kiosk's alone");
    }

    @Test
    void aCacheThatCannotBeMadeLeavesTheArchiveOutAndTheKioskRuns() throws Exception {
        Path notAFolder = home.resolve("cache-is-a-file");
        Files.writeString(notAFolder, "");
        Ran ran = launch(Map.of("XDG_CACHE_HOME", notAFolder.toString()), "kiosk");
        assertEquals(new Ran(0, "ran: kiosk"), ran);
    }
}
