/**
 * The contract of Thi Đua Rules that host applications compile against: the dossier a unit submits
 * ({@link vn.gov.angiang.thidua.api.Dossier}), the evaluation the rules return
 * ({@link vn.gov.angiang.thidua.api.Evaluation}), and the {@link vn.gov.angiang.thidua.api.Evaluator}
 * that turns one into the other. Nothing here depends on Drools.
 */
package vn.gov.angiang.thidua.api;
