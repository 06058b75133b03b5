package vn.gov.angiang.thidua.cli;

import org.junit.jupiter.api.Test;
import vn.gov.angiang.thidua.api.Award;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

class SummaryOrderTest {

    private static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    @Test
    void dStrokeComesAfterDAndBeforeE() {
        List<String> names = new ArrayList<>(List.of("Em", "Đào", "Dương", "Đặng", "Da"));
        names.sort(SummaryOrder.NAMES);
        assertEquals(List.of("Da", "Dương", "Đào", "Đặng", "Em"), names);
        assertTrue(SummaryOrder.NAMES.compare("Đinh", "Duy") > 0, "Đ after every D");
        assertTrue(SummaryOrder.NAMES.compare("Đinh", "Em") < 0, "Đ before E (code points would put it after Z)");
    }

    @Test
    void lettersWithMarksFollowTheVietnameseAlphabet() {
        List<String> names = new ArrayList<>(List.of("Bình", "Âu", "Ánh", "Ăn", "Anh", "Ơn", "Ông", "Oanh"));
        names.sort(SummaryOrder.NAMES);
        assertEquals(List.of("Anh", "Ánh", "Ăn", "Âu", "Bình", "Oanh", "Ông", "Ơn"), names);
    }

    @Test
    void nfdAndNfcSortAlike() {
        qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 6),
                        strings().betweenCodePoints(0x00C0, 0x1EF9).ofLengthBetween(1, 6))
                .checkAssert((a, b) -> assertEquals(Integer.signum(SummaryOrder.NAMES.compare(a + b, "Nguyễn")),
                        Integer.signum(SummaryOrder.NAMES.compare(nfd(a + b), nfd("Nguyễn")))));
    }

    private static OfficeSummary.Row row(long index, String name, Award award, String score) {
        return new OfficeSummary.Row(index, "f", "ID-" + index, name, "INDIVIDUAL", "VP",
                score == null ? null : new BigDecimal(score), award, award, List.of(), 0, null, null);
    }

    @Test
    void rowsGoByAwardThenScoreThenNameAndTheUnreadableLast() {
        List<OfficeSummary.Row> rows = new ArrayList<>(List.of(
                row(0, null, null, null),
                row(1, "Em", Award.GIAY_KHEN, "85"),
                row(2, nfd("Đặng"), Award.GIAY_KHEN, "85"),
                row(3, "Dương", Award.GIAY_KHEN, "85"),
                row(4, "An", Award.NONE, "97"),
                row(5, "Zô", Award.BANG_KHEN, "90"),
                row(6, "Ba", Award.GIAY_KHEN, "89.5")));
        rows.sort(SummaryOrder.ROWS);
        assertEquals(List.of(5L, 6L, 3L, 2L, 1L, 4L, 0L), rows.stream().map(OfficeSummary.Row::index).toList());
    }
}
