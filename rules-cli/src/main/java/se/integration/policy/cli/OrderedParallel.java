package se.integration.policy.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Works on a stream of inputs with several threads and hands the results on in input order, holding
 * at most two batches in memory (one being worked on, one being filled): constant memory for a file
 * of any length.
 */
final class OrderedParallel<I, R> implements Consumer<I>, AutoCloseable {
    static final int BATCH = 512;

    private final Function<I, R> work;
    private final BiConsumer<I, R> sink;
    private final ExecutorService pool;
    private final int threads;
    private List<I> filling = new ArrayList<>(BATCH);
    private List<I> inFlightInputs = List.of();
    private List<Future<R>> inFlight = List.of();

    OrderedParallel(int threads, Function<I, R> work, BiConsumer<I, R> sink) {
        this.threads = Math.max(1, threads);
        this.work = work;
        this.sink = sink;
        this.pool = this.threads == 1 ? null : Executors.newFixedThreadPool(this.threads, r -> {
            Thread t = new Thread(r, "policy-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** The number of threads for this machine: its processors. */
    static int defaultThreads() { return Runtime.getRuntime().availableProcessors(); }

    @Override public void accept(I input) {
        if (pool == null) {
            sink.accept(input, work.apply(input));
            return;
        }
        filling.add(input);
        if (filling.size() >= BATCH) flip();
    }

    private void flip() {
        drain();
        inFlightInputs = filling;
        List<Future<R>> futures = new ArrayList<>(filling.size());
        for (I i : filling) futures.add(pool.submit(() -> work.apply(i)));
        inFlight = futures;
        filling = new ArrayList<>(BATCH);
    }

    private void drain() {
        for (int k = 0; k < inFlight.size(); k++) {
            R r;
            try {
                r = inFlight.get(k).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) throw re;
                throw new IllegalStateException(e.getCause());
            }
            sink.accept(inFlightInputs.get(k), r);
        }
        inFlight = List.of();
        inFlightInputs = List.of();
    }

    /** Finishes the work and hands on the last results. */
    void finish() {
        if (pool == null) return;
        flip();
        drain();
    }

    @Override public void close() {
        if (pool != null) pool.shutdownNow();
    }
}
