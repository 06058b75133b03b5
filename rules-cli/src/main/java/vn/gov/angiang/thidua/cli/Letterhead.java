package vn.gov.angiang.thidua.cli;

import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.util.List;

/**
 * What a Vietnamese administrative document (Decree 30/2020/NĐ-CP) says of who issues and signs it: the
 * agency and the agency above it, the place of the date line, the signer's title and name, the recipients.
 * The Board's own by default; each an option of {@code thidua report}.
 */
final class Letterhead {

    @Option(names = "--parent-agency", paramLabel = "TEXT", defaultValue = "ỦY BAN NHÂN DÂN TỈNH AN GIANG",
            description = "Cơ quan chủ quản ở đầu văn bản / the agency above the issuer (default: ${DEFAULT-VALUE}).")
    String parentAgency;

    @Option(names = "--agency", paramLabel = "TEXT", defaultValue = "BAN QUẢN LÝ KHU KINH TẾ",
            description = "Cơ quan ban hành / the issuing agency (default: ${DEFAULT-VALUE}).")
    String agency;

    @Option(names = "--place", paramLabel = "TEXT", defaultValue = "An Giang",
            description = "Địa danh của dòng ngày tháng / the place of the date line (default: ${DEFAULT-VALUE}).")
    String place;

    @Option(names = "--document-number", paramLabel = "TEXT", defaultValue = "Số:      /BC-BQLKKT",
            description = "Số, ký hiệu văn bản / the document's number (default: '${DEFAULT-VALUE}', filled in by hand).")
    String documentNumber;

    @Option(names = "--signer-title", paramLabel = "TEXT", defaultValue = "TRƯỞNG BAN",
            description = "Chức vụ người ký / the signer's title (default: ${DEFAULT-VALUE}).")
    String signerTitle;

    @Option(names = "--signer-name", paramLabel = "TEXT", defaultValue = "",
            description = "Họ tên người ký (mặc định để trống, ký tay) / the signer's name (default: blank).")
    String signerName;

    @Option(names = "--recipient", paramLabel = "TEXT",
            description = "Nơi nhận, lặp lại được / a recipient, repeatable (default: Hội đồng Thi đua - Khen thưởng;"
                    + " Lưu: VT).")
    List<String> recipients = List.of("Hội đồng Thi đua - Khen thưởng Ban", "Lưu: VT, VP");

    /** "An Giang, ngày 25 tháng 11 năm 2026": day and month on two digits below 10 and 3 (Decree 30, appendix I). */
    String placeAndDate(LocalDate day) {
        return place + ", ngày " + (day.getDayOfMonth() < 10 ? "0" : "") + day.getDayOfMonth() + " tháng "
                + (day.getMonthValue() < 3 ? "0" : "") + day.getMonthValue() + " năm " + day.getYear();
    }
}
