package vn.gov.angiang.thidua.vocabulary;

import vn.gov.angiang.thidua.api.Message;

/** An evidence item that earns nothing (chứng cứ không hợp lệ), with the code of the first check it failed. */
public record RejectedEvidence(EvidenceItem item, String code, Message message) {

    public static RejectedEvidence of(EvidenceItem item, String code, String vi, String en) {
        return new RejectedEvidence(item, code, new Message(vi, en));
    }
}
