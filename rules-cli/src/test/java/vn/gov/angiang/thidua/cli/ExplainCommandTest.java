package vn.gov.angiang.thidua.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExplainCommandTest {

    private static final String DAY = "2026-11-25";
    /** A department of the Board at 89.5 points, with a self-score of 92.5 and one advice item without a result. */
    static final Path AT_89_5 = resource("explain/diem-89-5.json");
    static final Path SAMPLES = Path.of("..", "examples", "dossiers");

    @TempDir
    Path dir;

    static Path resource(String name) {
        try {
            return Path.of(ExplainCommandTest.class.getClassLoader().getResource(name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> samples() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().map(Path::toString).toList();
        }
    }

    @Test
    void atEightyNineAndAHalfItSaysHalfAPointIsMissingForTheBangKhenAndWhereItCouldCome() {
        Cli.Result r = Cli.run("explain", "--considered-on", DAY, AT_89_5.toString());

        assertEquals(0, r.status(), r::toString);
        String out = r.out();
        assertTrue(out.contains("Điểm: 89,5/100 — thuộc mức Giấy khen của Trưởng Ban Nội chính Tỉnh ủy (từ 80 đến dưới 90 điểm)"), out);
        assertTrue(out.contains("Còn thiếu 0,5 điểm để đạt Bằng khen của Tỉnh ủy (từ 90 điểm)."), out);
        assertTrue(out.contains("- TT3.2 Tham mưu vụ việc, vấn đề phức tạp: còn 4 điểm — mỗi chứng cứ hợp lệ"), out);
        assertTrue(out.contains("được 4 điểm; cần thêm 1"), out);
        assertTrue(out.contains("- TT4.2 ") && out.contains("còn 2,5 điểm"), out);
        assertTrue(out.contains("TT1.4 ") && out.contains("từ 95% được 6 điểm"), "a rate names the band above:\n" + out);
        assertFalse(out.contains("- TT3.1 "), "a criterion at its maximum has no room:\n" + out);
    }

    @Test
    void inEnglishToo() {
        Cli.Result r = Cli.run("explain", "--considered-on", DAY, "--lang", "en", AT_89_5.toString());

        String out = r.out();
        assertTrue(out.contains("Score: 89.5/100 — in the band Certificate of Commendation of the Head of the Internal Affairs Commission (80 to under 90 points)"), out);
        assertTrue(out.contains("0.5 points short of the Certificate of Merit of the Provincial Party Committee (from 90)."), out);
        assertTrue(out.contains("TT3.2 Tham mưu vụ việc, vấn đề phức tạp: 4 more points — each valid item"), out);
        assertFalse(out.contains("Còn thiếu"), out);
    }

    @Test
    void eachItemThatDidNotCountIsNamedWithItsReasonUnderItsCriterion() {
        String out = Cli.run("explain", "--considered-on", DAY, AT_89_5.toString()).out();
        String tt32 = out.substring(out.indexOf("    TT3.2 "), out.indexOf("    TT3.3 "));

        assertTrue(tt32.contains("được tính: Tờ trình 07/TTr-BQLCK — Tham mưu xử lý ùn tắc"), tt32);
        assertTrue(tt32.contains("không được tính: Tờ trình 19/TTr-BQLCK — "), tt32);
        assertTrue(tt32.contains("kết quả"), "the reason in words:\n" + tt32);
    }

    @Test
    void theGapToTheSelfScoreIsExplainedByTheCriteriaThatLostItems() {
        String out = Cli.run("explain", "--considered-on", DAY, AT_89_5.toString()).out();

        assertTrue(out.contains("Tự chấm: 92,5 — cao hơn kết quả xét 3 điểm."), out);
        assertTrue(out.contains("  - TT3.2 Tham mưu vụ việc, vấn đề phức tạp: 1 chứng cứ không được tính"), out);
    }

    @Test
    void everyBlockingReasonNamesThePlansClauseAndTheDocument() throws IOException {
        String press = Cli.run("explain", "--considered-on", DAY,
                SAMPLES.resolve("06-tap-the-bao-chi-neu-dang-xac-minh.json").toString()).out();
        assertTrue(press.contains("Kết quả: Không xét khen thưởng — điểm đạt mức Bằng khen của Tỉnh ủy nhưng bị chặn"), press);
        assertTrue(press.contains("[Kế hoạch, mục I.2] ") && press.contains("— văn bản: Báo An Giang ngày 05/10/2026"),
                press);
        assertFalse(press.contains("EXCLUSION_PRESS"), "no code in the Vietnamese: " + press);

        String late = Cli.run("explain", "--considered-on", DAY,
                SAMPLES.resolve("16-ca-nhan-gui-tre-han.json").toString()).out();
        assertTrue(late.contains("[Kế hoạch, mục IV.1] ") && !late.contains("DOSSIER_LATE"), late);

        String scope = Cli.run("explain", "--considered-on", DAY, "--lang", "en",
                SAMPLES.resolve("14-ca-nhan-ngoai-pham-vi.json").toString()).out();
        assertTrue(scope.contains("[plan, clause II] "), scope);
    }

    /** The explanation can never contradict evaluate: its every number is the evaluation's, for every sample. */
    @Test
    void theJsonExplanationAgreesWithEvaluateOnEverySample() throws IOException {
        List<String> args = new ArrayList<>(List.of("--considered-on", DAY, "--format", "json"));
        args.addAll(samples());
        args.add(AT_89_5.toString());
        List<String> evaluate = new ArrayList<>(List.of("evaluate"));
        evaluate.addAll(args);
        List<String> explain = new ArrayList<>(List.of("explain"));
        explain.addAll(args);

        JsonNode evaluations = Cli.run(evaluate.toArray(String[]::new)).json();
        JsonNode explanations = Cli.run(explain.toArray(String[]::new)).json();

        assertEquals(evaluations.size(), explanations.size());
        for (int i = 0; i < evaluations.size(); i++) {
            JsonNode e = evaluations.get(i);
            JsonNode x = explanations.get(i);
            String id = e.get("dossierId").asText();
            assertEquals(id, x.get("dossierId").asText());
            assertEquals(e.get("score").decimalValue(), x.get("score").decimalValue(), id);
            assertEquals(e.get("award").asText(), x.get("award").asText(), id);
            assertEquals(e.get("awardByScore").asText(), x.get("awardByScore").asText(), id);
            assertEquals(e.get("reasons").size(), x.get("reasons").size(), id);
            int criteria = 0;
            int notCounted = 0;
            for (JsonNode g : x.get("groups")) {
                for (JsonNode c : g.get("criteria")) {
                    JsonNode ec = find(e.get("criteria"), c.get("code").asText());
                    assertEquals(ec.get("points").decimalValue(), c.get("points").decimalValue(), id + " " + ec);
                    assertEquals(ec.get("evidence").size(), c.get("counted").size(), id + " " + ec);
                    notCounted += c.get("notCounted").size();
                    criteria++;
                }
            }
            assertEquals(e.get("criteria").size(), criteria, id + ": every criterion, in its group");
            assertEquals(e.get("warnings").size(), notCounted + x.get("otherItems").size(),
                    id + ": every warning is told once");
            BigDecimal room = BigDecimal.ZERO;
            for (JsonNode r : x.get("room")) {
                JsonNode ec = find(e.get("criteria"), r.get("code").asText());
                assertEquals(0, ec.get("max").decimalValue().subtract(ec.get("points").decimalValue())
                        .compareTo(r.get("points").decimalValue()), id + ": room is the max less the points " + r);
                room = room.add(r.get("points").decimalValue());
            }
            JsonNode next = x.get("nextAward");
            if (e.get("score").decimalValue().compareTo(new BigDecimal("90")) >= 0) {
                assertTrue(next == null || next.isNull(), id);
            } else {
                assertNotNull(next, id);
                BigDecimal from = e.get("score").decimalValue().compareTo(new BigDecimal("80")) >= 0
                        ? new BigDecimal("90") : new BigDecimal("80");
                assertEquals(0, from.subtract(e.get("score").decimalValue())
                        .compareTo(next.get("pointsShort").decimalValue()), id);
                assertEquals(0, room.compareTo(next.get("pointsAvailable").decimalValue()), id);
            }
        }
    }

    private static JsonNode find(JsonNode criteria, String code) {
        for (JsonNode c : criteria) {
            if (c.get("code").asText().equals(code)) {
                return c;
            }
        }
        throw new AssertionError("no criterion " + code + " in " + criteria);
    }

    @Test
    void theEvidenceThatCountedIsFoundInTheDossierWhenItsReferenceIsWrittenInNfd() throws IOException {
        String nfc = Files.readString(AT_89_5, StandardCharsets.UTF_8);
        String nfd = nfc.replace("\"Kế hoạch 04/KH-BQLCK\"",
                "\"" + Normalizer.normalize("Kế hoạch 04/KH-BQLCK", Normalizer.Form.NFD) + "\"");
        assertFalse(nfd.equals(nfc), "the fixture has the reference");
        Path file = Files.writeString(dir.resolve("nfd.json"), nfd, StandardCharsets.UTF_8);

        String out = Cli.run("explain", "--considered-on", DAY, file.toString()).out();

        assertTrue(out.contains("— Ban hành Kế hoạch phòng, chống tham nhũng, tiêu cực năm 2026 tại khu vực cửa khẩu"),
                out);
    }

    @Test
    void aDossierThatCannotBeReadIsExplainedAsAnErrorNamingTheField() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.json"), Cli.dossierWithUnknownField("HỎNG-1"),
                StandardCharsets.UTF_8);

        Cli.Result r = Cli.run("explain", "--considered-on", DAY, file.toString(), AT_89_5.toString());

        assertEquals(1, r.status(), r::toString);
        assertTrue(r.out().contains("Hồ sơ HỎNG-1") && r.out().contains("Không xét được: INVALID_DOSSIER"), r::toString);
        assertTrue(r.out().contains("bogus"), "the field:\n" + r);
        assertTrue(r.out().contains("Hồ sơ BQLKKT-2026-TT-089"), "the batch goes on:\n" + r);
    }

    @Test
    void theJsonNamesTheNextAwardAndTheRoomWithItsPoints() {
        JsonNode x = Cli.run("explain", "--considered-on", DAY, "--format", "json", AT_89_5.toString()).json().get(0);

        assertEquals("BANG_KHEN", x.at("/nextAward/award").asText());
        assertEquals(new BigDecimal("0.5"), x.at("/nextAward/pointsShort").decimalValue());
        JsonNode tt32 = x.get("room").get(0);
        assertEquals("TT3.2", tt32.get("code").asText());
        assertEquals(4, tt32.get("points").intValue());
        assertEquals(4, tt32.get("perItem").intValue());
        assertEquals(1, tt32.get("itemsNeeded").intValue());
        assertEquals("GIAY_KHEN", x.at("/band/award").asText());
        assertEquals(80, x.at("/band/from").intValue());
        assertEquals(90, x.at("/band/below").intValue());
        assertFalse(x.has("trace"), "the trace only when asked");
    }
}
