package org.asylumtrends.bench;

import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;

/**
 * Times changes the way a user experiences them, from inside a pulse: a pre-layout pulse listener makes change
 * number i, the same pulse's CSS and layout pass lays the scene out, and the post-layout listener takes the time.
 * So each figure is "change to both charts laid out", without the wait for the next frame. The next change waits
 * until the renderer has finished the frame of this one and two idle frames have passed, so that rendering one
 * change does not overlap the next: the software renderer takes longer than two frames for the app's window
 * (about 18 ms per change with eight lines), and while it drew the last change on one of the two cores, the next
 * change's layout waited for the CPU. {@code -Dbench.waitForRender=false} gives the old harness, which waited for
 * two frames only. Call on the FX thread.
 */
public final class PulseTimedChanges {
    private static final int IDLE_FRAMES = 2;
    private static final boolean WAIT_FOR_RENDER = !"false".equals(System.getProperty("bench.waitForRender"));
    /** Frames after which a change whose frame was never reported rendered (nothing drawn differs) stops waiting. */
    private static final int MOST_IDLE_FRAMES = 60;
    private final Scene scene;
    private final IntConsumer change;
    private final double[] millis;
    /** The FX thread's CPU time for each change: what the change costs, whatever else the machine runs. */
    private final double[] cpuMillis;
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    /** The bytes the FX thread allocated for each change, in KiB: what fills the young generation. */
    private final double[] allocatedKib;
    /** Whether a collection (any collector's count moved) fell inside each change: a pause the change waited for. */
    private final boolean[] collected;
    private long startedCpu;
    private long startedBytes;
    private long startedCollections;
    /** When the last change was laid out, and when the renderer last finished a frame (its own thread writes it). */
    private long changedAt;
    private volatile long renderedAt;
    private int unrendered;
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
        this.allocatedKib = new double[count];
        this.collected = new boolean[count];
    }

    /** KiB the FX thread allocated per change, in the order of the wall-clock figures; filled when done. */
    public double[] allocatedKib() {
        return allocatedKib;
    }

    /** Whether a garbage collection ran during each change; filled when done. */
    public boolean[] collected() {
        return collected;
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) THREADS).getCurrentThreadAllocatedBytes();
    }

    private static long collections() {
        long n = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            // "G1 Concurrent GC" counts cycles that run beside the application, not pauses it waits for.
            if (!gc.getName().contains("Concurrent")) {
                n += Math.max(0, gc.getCollectionCount());
            }
        }
        return n;
    }

    /** The FX thread's CPU milliseconds per change, in the order of the wall-clock figures; filled when done. */
    public double[] cpuMillis() {
        return cpuMillis;
    }

    /** How many changes went on without their frame reported rendered (after {@code MOST_IDLE_FRAMES} frames). */
    public int unrendered() {
        return unrendered;
    }

    public CompletableFuture<double[]> start() {
        if (WAIT_FOR_RENDER) {
            // Prism's per-scene tracker reports each rendered frame from the render thread (JavaFX's own FPS meters
            // use it); an internal class, fine in a benchmark, which never ships.
            com.sun.javafx.perf.PerformanceTracker.getSceneTracker(scene)
                    .setOnRenderedFrameTask(() -> renderedAt = System.nanoTime());
        }
        scene.addPreLayoutPulseListener(before);
        scene.addPostLayoutPulseListener(after);
        keepPulsing.start();
        return done;
    }

    private void before() {
        if (measuring || idleFrames < IDLE_FRAMES || next >= millis.length) {
            return;
        }
        if (WAIT_FOR_RENDER && next > 0 && renderedAt <= changedAt) {
            if (idleFrames < MOST_IDLE_FRAMES) {
                return;
            }
            unrendered++;
        }
        measuring = true;
        started = System.nanoTime();
        startedCollections = collections();
        startedBytes = allocatedBytes();
        startedCpu = THREADS.getCurrentThreadCpuTime();
        change.accept(next);
    }

    private void after() {
        if (!measuring) {
            idleFrames++;
            return;
        }
        cpuMillis[next] = (THREADS.getCurrentThreadCpuTime() - startedCpu) / 1e6;
        allocatedKib[next] = (allocatedBytes() - startedBytes) / 1024.0;
        collected[next] = collections() != startedCollections;
        changedAt = System.nanoTime();
        millis[next++] = (changedAt - started) / 1e6;
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
