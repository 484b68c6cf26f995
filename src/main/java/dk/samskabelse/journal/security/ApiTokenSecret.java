package dk.samskabelse.journal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The text of a personal API token: {@code sj_<id>_<secret>}, where the id is 16 hex digits (8 random bytes) that
 * find the stored row by primary key, and the secret is 32 random bytes in base64url (43 characters). The prefix
 * makes a leaked token recognisable (secret scanners, logs). Only the SHA-256 of the whole text is stored: a slow
 * password hash is for guessable passwords, while a 256-bit random secret cannot be guessed, so one fast hash per
 * call is enough, compared in constant time.
 */
public record ApiTokenSecret(String id, String text) {

    public static final String PREFIX = "sj_";
    private static final Pattern FORMAT = Pattern.compile("sj_([0-9a-f]{16})_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    /** A new token from the system's secure random source. */
    static ApiTokenSecret generate() {
        byte[] id = new byte[8];
        byte[] secret = new byte[32];
        RANDOM.nextBytes(id);
        RANDOM.nextBytes(secret);
        String idText = HEX.formatHex(id);
        return new ApiTokenSecret(
                idText,
                PREFIX + idText + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** The token in a bearer credential, or empty when the text is not one in the journal's format. */
    static Optional<ApiTokenSecret> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var matcher = FORMAT.matcher(text);
        return matcher.matches() ? Optional.of(new ApiTokenSecret(matcher.group(1), text)) : Optional.empty();
    }

    /** SHA-256 of the token's text, in hex: what the database keeps. */
    String hash() {
        return HEX.formatHex(sha256(text));
    }

    /** Whether this token's hash is the stored one, in time independent of where they differ. */
    boolean matches(String storedHash) {
        if (storedHash == null || storedHash.length() != 64) {
            return false;
        }
        byte[] stored;
        try {
            stored = HEX.parseHex(storedHash);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(sha256(text), stored);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Never the secret: a token may end up in a log line through its record's toString. */
    @Override
    public String toString() {
        return PREFIX + id + "_…";
    }
}
