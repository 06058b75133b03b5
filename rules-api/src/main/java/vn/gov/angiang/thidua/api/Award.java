package vn.gov.angiang.thidua.api;

/** The award a score earns: nothing, the Commission's Giấy khen, or the Provincial Party Committee's Bằng khen. */
public enum Award {
    NONE("Không xét khen thưởng", "No award"),
    GIAY_KHEN("Giấy khen của Trưởng Ban Nội chính Tỉnh ủy",
            "Certificate of Commendation of the Head of the Internal Affairs Commission"),
    BANG_KHEN("Bằng khen của Tỉnh ủy", "Certificate of Merit of the Provincial Party Committee");

    private final String vi;
    private final String en;

    Award(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    /** The award in words, in Vietnamese and English. */
    public Message inWords() {
        return new Message(vi, en);
    }
}
