/**
 * The contract of Thi Đua Rules that host applications compile against: the dossier a unit submits
 * ({@link vn.gov.angiang.thidua.api.Dossier}), the evaluation the rules return
 * ({@link vn.gov.angiang.thidua.api.Evaluation}), and the {@link vn.gov.angiang.thidua.api.Evaluator}
 * that turns one into the other. Nothing here depends on Drools. One place per concern:
 * <ul>
 *   <li>reading: {@link vn.gov.angiang.thidua.api.json.DossierReader} (and the shortcut
 *       {@link vn.gov.angiang.thidua.api.json.DossierJson#readDossier});</li>
 *   <li>evaluating: {@link vn.gov.angiang.thidua.api.Evaluator}, and
 *       {@link vn.gov.angiang.thidua.api.ReloadableEvaluator} for rules that can change;</li>
 *   <li>writing: {@link vn.gov.angiang.thidua.api.json.DossierJson#write}.</li>
 * </ul>
 * The evaluator comes from {@code RuleSets} in {@code rules-core} (the artifact {@code rules-drl} brings it):
 * <pre>{@code
 * Evaluator evaluator = RuleSets.defaults();        // once per host (about a second), then shared: thread-safe
 * Dossier dossier = DossierJson.readDossier(json);  // strict: a typo or a bad date names the field
 * Evaluation e = evaluator.evaluate(dossier, LocalDate.of(2026, 11, 25));
 * if (e.award() == Award.BANG_KHEN) {
 *     System.out.println("Bằng khen!");
 * }
 * e.score();                                        // a BigDecimal, exact: 89.99 is never a Bằng khen
 * e.reasons();                                      // why the award is blocked, in Vietnamese and English
 * String out = DossierJson.write(e);                // the evaluation JSON of formats.md
 * }</pre>
 * Every exception is a {@link vn.gov.angiang.thidua.api.ThiDuaException}: an
 * {@link vn.gov.angiang.thidua.api.InvalidDossierException} names the dossier and the field.
 */
package vn.gov.angiang.thidua.api;
