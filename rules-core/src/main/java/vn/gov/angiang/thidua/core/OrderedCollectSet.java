package vn.gov.angiang.thidua.core;

import org.drools.core.base.accumulators.CollectSetAccumulateFunction;

/**
 * {@code collectSet} whose set keeps the order its elements were accumulated in. Drools' own is a
 * {@link java.util.HashMap}'s keys: for values hashed by identity (enums), an order that changes with every
 * run of the JVM, and a rule that reads the first element would answer differently each time. The compiler
 * puts this class wherever generated code makes Drools' (see {@link Kjar}). Public only because generated
 * code makes it.
 */
public final class OrderedCollectSet extends CollectSetAccumulateFunction {

    @Override
    public CollectListData createContext() {
        CollectListData data = super.createContext();
        data.map = new java.util.LinkedHashMap<>();
        return data;
    }
}
