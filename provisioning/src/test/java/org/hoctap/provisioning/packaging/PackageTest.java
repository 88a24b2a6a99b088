package org.hoctap.provisioning.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Debian package as build-deb makes it (from small stand-in jars: the layout is what matters),
 * and every shell script of the project, maintainer scripts included, clean for shellcheck.
 */
class PackageTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    /** Runs a command; its exit code and everything it printed. */
    private record Ran(int code, String output) {
    }

    private static Ran run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), command + " did not end");
        return new Ran(process.exitValue(), output.strip());
    }

    private Path buildDeb() throws Exception {
        Path jars = Files.createDirectories(dir.resolve("jars/lib"));
        Files.writeString(jars.resolve("../hoctap.jar"), "stand-in");
        Files.writeString(jars.resolve("a.jar"), "stand-in");
        Ran built = run(List.of(ROOT.resolve("provisioning/package/build-deb").toString(), "--version", "1.2.3",
                "--jars", dir.resolve("jars").toString(), "--out", dir.resolve("out").toString()));
        assertEquals(0, built.code(), built.output());
        Path deb = dir.resolve("out/hoctap_1.2.3_all.deb");
        assertEquals(deb.toString(), built.output());
        return deb;
    }

    @Test
    void thePackageHoldsTheLauncherTheJarsTheUnitsAndTheConfiguration() throws Exception {
        Path deb = buildDeb();
        String contents = run(List.of("dpkg-deb", "-c", deb.toString())).output();
        for (String expected : List.of(
                "-rwxr-xr-x root/root .* ./usr/lib/hoctap/hoctap",
                "-rw-r--r-- root/root .* ./usr/lib/hoctap/provisioning/target/hoctap.jar",
                "-rw-r--r-- root/root .* ./usr/lib/hoctap/provisioning/target/lib/a.jar",
                "lrwxrwxrwx root/root .* ./usr/bin/hoctap -> ../lib/hoctap/hoctap",
                "-rw-r--r-- root/root .* ./lib/systemd/system/hoctap-kiosk.service",
                "-rw-r--r-- root/root .* ./lib/systemd/system/hoctap-gateway.service",
                "-rw-r--r-- root/root .* ./lib/systemd/system/hoctap-backup@.timer",
                "-rw------- root/root .* ./etc/hoctap/gateway.env",
                "-rw------- root/root .* ./etc/hoctap/kiosk.env",
                "-rw-r--r-- root/root .* ./usr/share/doc/hoctap/README.md",
                "-rwxr-xr-x root/root .* ./usr/sbin/hoctap-setup",
                "drwxr-xr-x root/root .* ./")) {
            assertTrue(contents.lines().anyMatch(l -> l.matches(expected)), "no line like '" + expected + "' in:\n"
                    + contents);
        }
        Ran fields = run(List.of("dpkg-deb", "-f", deb.toString(), "Package", "Version", "Architecture", "Depends"));
        assertEquals("Package: hoctap\nVersion: 1.2.3\nArchitecture: all\nDepends: adduser, systemd, sqlite3, "
                + "fonts-dejavu-core, openssl", fields.output());
        Path control = Files.createDirectories(dir.resolve("control"));
        assertEquals(0, run(List.of("dpkg-deb", "-e", deb.toString(), control.toString())).code());
        assertEquals("/etc/hoctap/kiosk.env\n/etc/hoctap/gateway.env", Files.readString(control.resolve("conffiles"))
                .strip(), "the configuration survives an upgrade");
        for (String script : List.of("postinst", "prerm", "postrm")) {
            assertTrue(Files.isExecutable(control.resolve(script)), script);
            assertEquals(0, run(List.of("sh", "-n", control.resolve(script).toString())).code(), script);
        }
        String postinst = Files.readString(control.resolve("postinst"));
        assertTrue(postinst.contains("if ! getent passwd hoctap"), "the user is made once");
        assertTrue(postinst.contains("chmod 0600 /etc/hoctap/gateway.env"), "the SMSC password stays root's");
        String postrm = Files.readString(control.resolve("postrm"));
        assertTrue(postrm.contains("rm -rf /var/cache/hoctap") && !postrm.contains("rm -rf /var/lib/hoctap"),
                "a purge drops the kiosk's class archive and keeps the records");
    }

    @Test
    void everyShellScriptIsCleanForShellcheck() throws Exception {
        List<String> bash = new ArrayList<>(List.of("hoctap", ".ci/run", "provisioning/dev/install-test-tools",
                "provisioning/package/build-deb", "provisioning/setup/hoctap-setup",
                "provisioning/dev/setup-in-debootstrap"));
        List<String> sh = List.of("provisioning/package/debian/postinst", "provisioning/package/debian/prerm",
                "provisioning/package/debian/postrm");
        assertTrue(Files.isExecutable(Path.of("/usr/bin/shellcheck")),
                "shellcheck is missing: provisioning/dev/install-test-tools installs it");
        List<String> command = new ArrayList<>(List.of("/usr/bin/shellcheck"));
        bash.forEach(f -> command.add(ROOT.resolve(f).toString()));
        Ran bashCheck = run(command);
        assertEquals(0, bashCheck.code(), bashCheck.output());
        List<String> posix = new ArrayList<>(List.of("/usr/bin/shellcheck", "-s", "sh"));
        sh.forEach(f -> posix.add(ROOT.resolve(f).toString()));
        Ran shCheck = run(posix);
        assertEquals(0, shCheck.code(), shCheck.output());
    }
}
