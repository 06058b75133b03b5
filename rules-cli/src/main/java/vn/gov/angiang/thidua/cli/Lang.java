package vn.gov.angiang.thidua.cli;

import vn.gov.angiang.thidua.api.Message;

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
}
