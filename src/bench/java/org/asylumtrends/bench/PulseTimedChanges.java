package org.asylumtrends.bench;

import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;

/**
 * Times changes the way a user experiences them, from inside a pulse: a pre-layout pulse listener makes change
 * number i, the same pulse's CSS and layout pass lays the scene out, and the post-layout listener takes the time.
 * So each figure is "change to both charts laid out", without the wait for the next frame. Two idle frames pass
 * between changes, so that rendering one change does not overlap the next. Call on the FX thread.
 */
public final class PulseTimedChanges {
    private final Scene scene;
    private final IntConsumer change;
    private final double[] millis;
    /** The FX thread's CPU time for each change: what the change costs, whatever else the machine runs. */
    private final double[] cpuMillis;
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private long startedCpu;
    private final CompletableFuture<double[]> done = new CompletableFuture<>();
    private int next;
    private long started;
    private int idleFrames;
    private boolean measuring;
    private final AnimationTimer keepPulsing = new AnimationTimer() {
        @Override
        public void handle(long now) {
            // Requests a pulse every frame; the listeners do the work.
        }
    };
    private final Runnable before = this::before;
    private final Runnable after = this::after;

    public PulseTimedChanges(Scene scene, int count, IntConsumer change) {
        this.scene = scene;
        this.change = change;
        this.millis = new double[count];
        this.cpuMillis = new double[count];
    }

    /** The FX thread's CPU milliseconds per change, in the order of the wall-clock figures; filled when done. */
    public double[] cpuMillis() {
        return cpuMillis;
    }

    public CompletableFuture<double[]> start() {
        scene.addPreLayoutPulseListener(before);
        scene.addPostLayoutPulseListener(after);
        keepPulsing.start();
        return done;
    }

    private void before() {
        if (measuring || idleFrames < 2 || next >= millis.length) {
            return;
        }
        measuring = true;
        started = System.nanoTime();
        startedCpu = THREADS.getCurrentThreadCpuTime();
        change.accept(next);
    }

    private void after() {
        if (!measuring) {
            idleFrames++;
            return;
        }
        cpuMillis[next] = (THREADS.getCurrentThreadCpuTime() - startedCpu) / 1e6;
        millis[next++] = (System.nanoTime() - started) / 1e6;
        measuring = false;
        idleFrames = 0;
        if (next == millis.length) {
            keepPulsing.stop();
            scene.removePreLayoutPulseListener(before);
            scene.removePostLayoutPulseListener(after);
            done.complete(millis);
        }
    }
}
