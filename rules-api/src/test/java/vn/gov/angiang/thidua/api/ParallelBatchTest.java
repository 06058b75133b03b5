package vn.gov.angiang.thidua.api;

import org.junit.jupiter.api.Test;
import vn.gov.angiang.thidua.api.json.DossierRead;
import vn.gov.angiang.thidua.api.json.DossierReader;
import vn.gov.angiang.thidua.api.json.InputFormat;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** On several threads, a batch gives the outcomes one thread gives, in input order, one per record. */
class ParallelBatchTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    /** Evaluates slowly and unevenly (so that later records often finish first); fails on ids ending in 7. */
    private static final Evaluator UNEVEN = new Evaluator() {
        @Override
        public Evaluation evaluate(Dossier d, LocalDate consideredOn) {
            if (ThreadLocalRandom.current().nextInt(4) == 0) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (d.id().endsWith("7")) {
                throw new IllegalStateException("the rules failed on " + d.id());
            }
            return new Evaluation(d.id(), ruleSet(), DAY, BigDecimal.valueOf(d.id().length()), Award.NONE, Award.NONE,
                    List.of(), List.of(), List.of(), BigDecimal.ZERO, BigDecimal.ZERO, List.of(), null, null);
        }

        @Override
        public Evaluation explain(Dossier d, LocalDate consideredOn) {
            return evaluate(d, consideredOn);
        }

        @Override
        public RuleSetInfo ruleSet() {
            return new RuleSetInfo("stub", "0", "0");
        }
    };

    /** 2,000 lines: dossiers (a tenth of them repeating an earlier id), broken lines, a missing field. */
    private static byte[] input() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            String id = i % 10 == 3 ? "D" + (i / 2) : "D" + i;
            s.append(switch (i % 50) {
                case 11 -> "{\"id\":\"" + id + "\",\"nominee\":{\"kind\":\"COLLECTIVE\"";   // broken JSON
                case 23 -> "{\"id\":\"" + id + "\",\"nominee\":{\"kind\":\"COLLECTIVE\"}}"; // no agency
                default -> "{\"id\":\"" + id + "\",\"nominee\":{\"kind\":\"COLLECTIVE\",\"agency\":\"BQLKKT-AG\"}}";
            }).append('\n');
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<Outcome> sequential(byte[] in) {
        BatchEvaluation batch = new BatchEvaluation(UNEVEN, DAY, false);
        List<Outcome> out = new ArrayList<>();
        new DossierReader().read(new ByteArrayInputStream(in), InputFormat.JSON_LINES, r -> out.add(batch.evaluate(r)));
        return out;
    }

    @Test
    void theSameOutcomesInTheSameOrderAsOneThread() {
        byte[] in = input();
        List<Outcome> expected = sequential(in);
        for (int threads : new int[] {1, 3, 8}) {
            List<Outcome> out = new ArrayList<>();
            List<Long> indexes = new ArrayList<>();
            try (ParallelBatch parallel = new ParallelBatch(new BatchEvaluation(UNEVEN, DAY, false), threads)) {
                new DossierReader().split(new ByteArrayInputStream(in), InputFormat.JSON_LINES,
                        pending -> parallel.submit(pending, (read, outcome) -> {
                            indexes.add(read.index());
                            out.add(outcome);
                        }));
            }
            assertEquals(expected, out, threads + " threads");
            for (int i = 0; i < indexes.size(); i++) {
                assertEquals(i, indexes.get(i));
            }
        }
        assertTrue(expected.stream().anyMatch(o -> o instanceof ErrorRecord e
                && e.error().code().equals(ErrorRecord.EVALUATION_FAILED)), "some evaluations failed");
        assertTrue(expected.stream().anyMatch(o -> o instanceof Evaluation e && !e.warnings().isEmpty()),
                "some ids were repeated");
        assertEquals(2_000, expected.size());
    }

    @Test
    void whatTheSinkThrowsIsThrownAndNothingMoreIsHandedOn() {
        UncheckedIOException closed = new UncheckedIOException(new java.io.IOException("broken pipe"));
        List<Long> handed = new ArrayList<>();
        UncheckedIOException thrown = assertThrows(UncheckedIOException.class, () -> {
            try (ParallelBatch parallel = new ParallelBatch(new BatchEvaluation(UNEVEN, DAY, false), 2)) {
                new DossierReader().split(new ByteArrayInputStream(input()), InputFormat.JSON_LINES,
                        pending -> parallel.submit(pending, (DossierRead read, Outcome outcome) -> {
                            if (read.index() == 500) {
                                throw closed;
                            }
                            handed.add(read.index());
                        }));
            }
        });
        assertSame(closed, thrown);
        assertEquals(500, handed.size());
        assertEquals(499L, handed.get(handed.size() - 1));
    }
}
