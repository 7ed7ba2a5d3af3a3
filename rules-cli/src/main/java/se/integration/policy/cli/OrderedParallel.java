package se.integration.policy.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Works on a stream of inputs with several threads and hands the results on in input order, in
 * constant memory for a stream of any length. Inputs are grouped in chunks (at most {@link #CHUNK}
 * inputs or {@link #CHUNK_WEIGHT} characters); a window of at most {@code 4 × threads} chunks is in
 * flight, and never more than {@link #MAX_WEIGHT_IN_FLIGHT} characters of input. The caller's thread
 * reads the inputs and hands on the results of the oldest chunk once it is done, while the workers go
 * on with the chunks behind it, so that they never wait for the reading or the writing.
 */
final class OrderedParallel<I, R> implements Consumer<I>, AutoCloseable {
    static final int CHUNK = 64;
    static final long CHUNK_WEIGHT = 1 << 20;
    static final long MAX_WEIGHT_IN_FLIGHT = 16L << 20;

    private record Pending<I, R>(List<I> inputs, Future<List<R>> results, long weight) {}

    private final Function<I, R> work;
    private final BiConsumer<I, R> sink;
    private final ToLongFunction<I> weight;
    private final ExecutorService pool;
    private final int window;
    private final ArrayDeque<Pending<I, R>> inFlight = new ArrayDeque<>();
    private long weightInFlight;
    private List<I> filling = new ArrayList<>(CHUNK);
    private long fillingWeight;

    OrderedParallel(int threads, Function<I, R> work, BiConsumer<I, R> sink) { this(threads, work, sink, i -> 0); }

    /** @param weight the size of an input (characters), which bounds the memory held */
    OrderedParallel(int threads, Function<I, R> work, BiConsumer<I, R> sink, ToLongFunction<I> weight) {
        int n = Math.max(1, threads);
        this.work = work;
        this.sink = sink;
        this.weight = weight;
        this.window = 4 * n;
        this.pool = n == 1 ? null : Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "policy-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** The number of threads for this machine: its processors. */
    static int defaultThreads() { return Runtime.getRuntime().availableProcessors(); }

    /** The most worker threads {@code --threads} accepts (each holds a session and a window of chunks). */
    static final int MAX_THREADS = 256;

    /** The number of threads {@code --threads N} asks for (the machine's processors without it), or a UserError naming the range. */
    static int threads(Integer option) {
        if (option == null) return Math.min(defaultThreads(), MAX_THREADS);
        if (option < 1 || option > MAX_THREADS) {
            throw new UserError("--threads ska vara mellan 1 och " + MAX_THREADS + " / must be between 1 and " + MAX_THREADS + ", inte / not " + option);
        }
        return option;
    }

    @Override public void accept(I input) {
        if (pool == null) {
            sink.accept(input, work.apply(input));
            return;
        }
        filling.add(input);
        fillingWeight += weight.applyAsLong(input);
        if (filling.size() >= CHUNK || fillingWeight >= CHUNK_WEIGHT) submit();
    }

    private void submit() {
        List<I> chunk = filling;
        Future<List<R>> results = pool.submit(() -> {
            List<R> out = new ArrayList<>(chunk.size());
            for (I i : chunk) out.add(work.apply(i));
            return out;
        });
        inFlight.add(new Pending<>(chunk, results, fillingWeight));
        weightInFlight += fillingWeight;
        filling = new ArrayList<>(CHUNK);
        fillingWeight = 0;
        // the oldest chunk is handed on as soon as it is done (a reader such as `head -1` sees the first results
        // early, and a closed pipe is noticed early), and must be when the window or the weight is full
        while (inFlight.size() >= window || weightInFlight > MAX_WEIGHT_IN_FLIGHT
                || (!inFlight.isEmpty() && inFlight.peek().results().isDone())) {
            handOnOldest();
        }
    }

    private void handOnOldest() {
        Pending<I, R> p = inFlight.poll();
        List<R> results;
        try {
            results = p.results().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
        weightInFlight -= p.weight();
        for (int k = 0; k < results.size(); k++) sink.accept(p.inputs().get(k), results.get(k));
    }

    /** Finishes the work and hands on the last results. */
    void finish() {
        if (pool == null) return;
        if (!filling.isEmpty()) submit();
        while (!inFlight.isEmpty()) handOnOldest();
    }

    @Override public void close() {
        if (pool != null) pool.shutdownNow();
    }
}
