package se.integration.policy.core.internal.engine;

/** Test access to {@link DroolsVersions}' comparison. */
public final class DroolsVersionsAccess {
    private DroolsVersionsAccess() {}

    public static boolean check(String who, String generated, String runtime) { return DroolsVersions.check(who, generated, runtime); }
}
