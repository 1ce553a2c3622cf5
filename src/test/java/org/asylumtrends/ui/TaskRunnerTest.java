package org.asylumtrends.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** No single worker that one blocked read can hold: a task that hangs never stops the next one. */
class TaskRunnerTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aHangingTaskDoesNotHoldUpTheNext() throws Exception {
        TaskRunner runner = TaskRunner.background();
        CountDownLatch never = new CountDownLatch(1);
        Task<Void> hanging = new Task<>() {
            @Override
            protected Void call() throws Exception {
                never.await(); // as a read from a named pipe nobody writes to
                return null;
            }
        };
        CountDownLatch ran = new CountDownLatch(1);
        Task<String> next = new Task<>() {
            @Override
            protected String call() {
                ran.countDown();
                return "exported";
            }
        };
        try {
            runner.run(hanging);
            runner.run(next);
            assertThat(ran.await(10, TimeUnit.SECONDS)).as("the next task ran").isTrue();
            assertThat(next.get(10, TimeUnit.SECONDS)).isEqualTo("exported");
        } finally {
            never.countDown();
        }
    }

    @Test
    void atOnceRunsTheTaskBeforeReturning() throws Exception {
        Task<String> task = new Task<>() {
            @Override
            protected String call() {
                return "done";
            }
        };
        TaskRunner.atOnce().run(task);
        assertThat(task.get(0, TimeUnit.SECONDS)).isEqualTo("done");
    }
}
