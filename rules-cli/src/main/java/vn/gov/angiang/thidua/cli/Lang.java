package vn.gov.angiang.thidua.cli;

import vn.gov.angiang.thidua.api.Award;
import vn.gov.angiang.thidua.api.Message;

import java.math.BigDecimal;

/** The language a person reads an explanation or a report in: Vietnamese, or English. */
enum Lang {
    vi, en;

    String pick(Message m) {
        if (m == null) {
            return "";
        }
        return this == vi ? m.vi() : m.en();
    }

    String pick(String vi, String en) {
        return this == Lang.vi ? vi : en;
    }

    /** The award in the words of the one table every output uses ({@link Award#inWords()}). */
    String award(Award a) {
        return pick(a.inWords());
    }

    /** Points as people write them: 89,5 in Vietnamese, 89.5 in English; a dash for none. */
    String number(BigDecimal v) {
        String s = v == null ? "—" : Explainer.plain(v).toPlainString();
        return this == vi ? s.replace('.', ',') : s;
    }
}
