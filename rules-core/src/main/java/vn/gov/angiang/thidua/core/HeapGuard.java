package vn.gov.angiang.thidua.core;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * Whether the heap as a whole runs low, whichever thread filled it: the per-thread allocation budget
 * cannot see what the other evaluating threads hold. Read from what the heap held after the last
 * garbage collection (live data, not garbage awaiting collection) and from what it holds now; asked only
 * by an evaluation that already allocates far more than a dossier needs (see {@link Budget}).
 */
final class HeapGuard {

    private static final List<MemoryPoolMXBean> HEAP = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null).toList();
    /** Live data above this percentage of the heap after a collection: the next allocations may not fit. */
    private static final long LIVE_PERCENT = 60;
    /** Used (garbage included) above this percentage now. */
    private static final long USED_PERCENT = 90;

    private HeapGuard() {
    }

    static boolean low() {
        Runtime rt = Runtime.getRuntime();
        long max = rt.maxMemory();
        if (rt.totalMemory() - rt.freeMemory() > max / 100 * USED_PERCENT) {
            return true;
        }
        long live = 0;
        for (MemoryPoolMXBean p : HEAP) {
            MemoryUsage after = p.getCollectionUsage();
            live += after == null ? 0 : after.getUsed();
        }
        return live > max / 100 * LIVE_PERCENT;
    }
}
