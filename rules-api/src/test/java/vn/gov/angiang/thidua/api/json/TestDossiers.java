package vn.gov.angiang.thidua.api.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.function.Consumer;

/**
 * The dossier of formats.md as text, and exact textual edits of it: the strict-reading cases need
 * literal JSON (19.5, a duplicate key, "92.5" in quotes) that no tree or record could carry.
 */
final class TestDossiers {

    static final String ID = "BQLKKT-2026-CN-007";

    static final String BASE = """
            {
              "id": "BQLKKT-2026-CN-007",
              "nominee": {
                "kind": "INDIVIDUAL",
                "name": "Nguyễn Thị Thu Hà",
                "agency": "BQLKKT-AG",
                "unit": "VP",
                "unitType": null,
                "employment": "CIVIL_SERVANT"
              },
              "evidence": [
                { "criterion": "CN3.1", "ref": "Vụ việc 05/VV-2026", "date": "2026-04-10",
                  "content": "Phát hiện sai phạm trong hồ sơ đấu thầu gói thầu số 3",
                  "result": "Chuyển cơ quan điều tra; thu hồi 320 triệu đồng" },
                { "criterion": "CN2.2", "ref": "Báo cáo 41/BC-VP", "date": "2026-10-30",
                  "done": 19, "total": 20 }
              ],
              "reports": [
                { "code": "Q1", "ref": "Báo cáo 12/BC-VP", "received": "2026-04-10" }
              ],
              "proceedings": [
                { "type": "COMPLAINT", "subject": "OTHER", "opened": "2026-08-01", "closed": null,
                  "signsOfViolation": false, "ref": "Đơn ngày 01/08/2026" }
              ],
              "sanctions": [
                { "date": "2026-05-02", "form": "REPRIMAND", "subject": "OTHER", "ref": "QĐ 30/QĐ-BQLKKT" }
              ],
              "submission": {
                "confirmation": { "by": "Đảng ủy Ban Quản lý Khu kinh tế", "ref": "XN 15-XN/ĐU", "date": "2026-11-10" },
                "report": { "figures": true, "cases": 3 },
                "copies": 2,
                "received": "2026-11-18"
              },
              "selfScore": 92.5
            }
            """;

    private TestDossiers() {
    }

    /** BASE with one exact edit; the text replaced must occur exactly once, so that an edit never misses. */
    static String with(String from, String to) {
        return edit(BASE, from, to);
    }

    static String edit(String json, String from, String to) {
        int at = json.indexOf(from);
        if (at < 0 || json.indexOf(from, at + 1) >= 0) {
            throw new IllegalArgumentException("'" + from + "' must occur exactly once in the test dossier");
        }
        return json.substring(0, at) + to + json.substring(at + from.length());
    }

    /** BASE with a structural edit (a whole object or list replaced or removed), written back as text. */
    static String edited(Consumer<ObjectNode> edit) {
        ObjectNode root = (ObjectNode) SchemaSupport.tree(BASE);
        edit.accept(root);
        try {
            return SchemaSupport.PLAIN.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A minimal valid dossier on one line (for batches). */
    static String minimal(String id) {
        return "{\"id\":\"" + id + "\",\"nominee\":{\"kind\":\"COLLECTIVE\",\"agency\":\"BQLKKT-AG\"}}";
    }
}
