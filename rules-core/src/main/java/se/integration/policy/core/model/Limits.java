package se.integration.policy.core.model;

/** Limits on what a case may contain. They are part of the documented contract of this library. */
public final class Limits {
    /** The largest amount accepted, in whole kronor (one thousand million). */
    public static final long MAX_AMOUNT = 1_000_000_000L;
    /** The largest count (members, people reached). */
    public static final long MAX_COUNT = 10_000_000L;
    /** Years accepted in {@code year} fields. */
    public static final long MIN_YEAR = 1900, MAX_YEAR = 2200;
    /** The longest string value, in characters. */
    public static final int MAX_STRING_LENGTH = 100_000;
    /** The deepest nesting of JSON arrays and objects. */
    public static final int MAX_NESTING_DEPTH = 32;
    /** The longest number literal, in characters. */
    public static final int MAX_NUMBER_LENGTH = 20;
    /** The largest case document (or one line of a .jsonl file), in bytes. */
    public static final int MAX_DOCUMENT_BYTES = 1 << 20;
    /** The most elements in one JSON array. */
    public static final int MAX_ARRAY_LENGTH = 10_000;

    private Limits() {}
}
