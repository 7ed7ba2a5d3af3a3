package se.integration.policy.bench;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Each benchmark thread's place in the examples: every call takes the next one, round and round. */
@State(Scope.Thread)
public class Cursor {
    private int i;

    public int next(int n) {
        int k = i;
        i = k + 1 == n ? 0 : k + 1;
        return k;
    }
}
