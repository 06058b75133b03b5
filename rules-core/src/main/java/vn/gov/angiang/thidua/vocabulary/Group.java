package vn.gov.angiang.thidua.vocabulary;

import java.math.BigDecimal;

/** A group of criteria (nhóm tiêu chí: TT1…TT5, CN1…CN5) and its maximum; its title is the name of the rule that declares it. */
public record Group(String code, BigDecimal max) {

    public static Group of(String code, String max) {
        return new Group(code, Functions.points(max));
    }
}
