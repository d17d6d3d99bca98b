package io.stancegraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {

    @Test
    void aValueIsWorkedOutOncePerKeyUpToTheLimitAndEachTimePastIt() {
        AtomicInteger made = new AtomicInteger();
        Memo<String, Integer> memo = new Memo<>(1);
        assertEquals(5, memo.get("peace", k -> { made.incrementAndGet(); return k.length(); }));
        assertEquals(5, memo.get("peace", k -> { made.incrementAndGet(); return k.length(); }));
        assertEquals(1, made.get());
        assertEquals(3, memo.get("pact", k -> { made.incrementAndGet(); return 3; }));
        assertEquals(3, memo.get("pact", k -> { made.incrementAndGet(); return 3; }));
        assertEquals(3, made.get());
    }
}
