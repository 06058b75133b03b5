package vn.gov.angiang.thidua.api;

/** The award a score earns: nothing, the Commission's Giấy khen, or the Provincial Party Committee's Bằng khen. */
public enum Award {
    /** No award (không xét khen thưởng). */
    NONE("Không xét khen thưởng", "No award"),
    /** The Giấy khen of the Head of the Internal Affairs Commission, from 80 points. */
    GIAY_KHEN("Giấy khen của Trưởng Ban Nội chính Tỉnh ủy",
            "Certificate of Commendation of the Head of the Internal Affairs Commission"),
    /** The Bằng khen of the Provincial Party Committee, from 90 points. */
    BANG_KHEN("Bằng khen của Tỉnh ủy", "Certificate of Merit of the Provincial Party Committee");

    private final String vi;
    private final String en;

    Award(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    /**
     * The award in words.
     *
     * @return its name in Vietnamese and English
     */
    public Message inWords() {
        return new Message(vi, en);
    }
}
