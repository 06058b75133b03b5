package vn.gov.angiang.thidua.testing.mutation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The order mutants run in, and the sample when there are more than a limit. First one mutant of each
 * operator, then one of each line not yet reached (taking operators in turn), then the rest spread evenly
 * over the files (bit-reversed order): so a sample — or a run cut short by its time limit — keeps every
 * operator and every mutated line, and any prefix of the order is spread over the whole folder. The
 * guarantee comes first: a folder with more mutated lines than the limit gets one mutant per line.
 */
final class MutantSample {

    private MutantSample() {
    }

    /** All mutants, in the order to run them. */
    static List<Mutant> ordered(List<Mutant> all) {
        return order(all).mutants();
    }

    /** At most {@code limit} mutants, in the order to run them (more when the folder has more mutated lines). */
    static List<Mutant> sample(List<Mutant> all, int limit) {
        Order order = order(all);
        return order.mutants().subList(0, Math.min(order.mutants().size(), Math.max(limit, order.required())));
    }

    /** The mutants in order, the first {@code required} of them covering every operator and every line. */
    private record Order(List<Mutant> mutants, int required) {
    }

    private static Order order(List<Mutant> all) {
        Set<Mutant> first = new LinkedHashSet<>();
        for (MutationOperator op : MutationOperator.values()) {
            all.stream().filter(m -> m.operator() == op).skip(count(all, op) / 2).findFirst().ifPresent(first::add);
        }
        Set<String> lines = new LinkedHashSet<>();
        first.forEach(m -> lines.add(m.position()));
        MutationOperator[] ops = MutationOperator.values();
        int turn = 0;
        for (Mutant m : all) {
            if (lines.contains(m.position())) {
                continue;
            }
            List<Mutant> onLine = all.stream().filter(x -> x.position().equals(m.position())).toList();
            Mutant pick = onLine.get(0);
            for (int k = 0; k < ops.length; k++) { // the next operator in turn that this line has
                MutationOperator op = ops[(turn + k) % ops.length];
                Mutant withOp = onLine.stream().filter(x -> x.operator() == op).findFirst().orElse(null);
                if (withOp != null) {
                    pick = withOp;
                    turn = (turn + k + 1) % ops.length;
                    break;
                }
            }
            first.add(pick);
            lines.add(m.position());
        }
        List<Mutant> rest = all.stream().filter(m -> !first.contains(m)).toList();
        List<Mutant> out = new ArrayList<>(first);
        out.addAll(spread(rest));
        return new Order(out, first.size());
    }

    private static long count(List<Mutant> all, MutationOperator op) {
        return all.stream().filter(m -> m.operator() == op).count();
    }

    /** The list in bit-reversed index order: each prefix is spread evenly over the list. */
    private static List<Mutant> spread(List<Mutant> list) {
        int bits = 1;
        while ((1 << bits) < list.size()) {
            bits++;
        }
        List<Mutant> out = new ArrayList<>(list.size());
        for (int i = 0; i < (1 << bits); i++) {
            int j = Integer.reverse(i) >>> (Integer.SIZE - bits);
            if (j < list.size()) {
                out.add(list.get(j));
            }
        }
        return out;
    }
}
