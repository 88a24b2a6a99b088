package org.hoctap.shared.login;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id hashes of passwords and PINs (the kiosk's staff, the central web's officers), in the PHC string format that other tools read:
 * {@code $argon2id$v=19$m=7168,t=5,p=1$<salt>$<hash>}. The cost is one of OWASP's equivalent minimums
 * for Argon2id (7 MiB, five passes), the one with the least memory: a kiosk's heap is small and a
 * login's 19 MiB would stay committed in it. About a tenth of a second here, under a second on a
 * Raspberry Pi 3. A hash keeps its own parameters, so changing them later leaves older hashes readable.
 */
public final class SecretHash {
    private static final int MEMORY_KIB = 7 * 1024;
    private static final int ITERATIONS = 5;
    private static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretHash() {
    }

    /** A new hash of {@code secret} with a fresh salt. */
    public static String of(String secret) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = argon2(secret, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$"
                + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(hash);
    }

    /**
     * Whether {@code secret} is the one {@code stored} was made from, compared in constant time.
     *
     * @throws IllegalArgumentException if {@code stored} is not an Argon2id hash in PHC format
     */
    public static boolean matches(String secret, String stored) {
        Matcher phc = PHC.matcher(stored);
        if (!phc.matches()) {
            throw new IllegalArgumentException("not an Argon2id hash in PHC format");
        }
        byte[] expected = DECODER.decode(phc.group(5));
        byte[] actual = argon2(secret == null ? "" : secret, DECODER.decode(phc.group(4)),
                Integer.parseInt(phc.group(1)), Integer.parseInt(phc.group(2)), Integer.parseInt(phc.group(3)),
                expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] argon2(String secret, byte[] salt, int memoryKib, int iterations, int parallelism,
            int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build());
        byte[] out = new byte[length];
        generator.generateBytes(secret.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
