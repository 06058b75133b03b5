/**
 * The engine of Thi Đua Rules: where a host gets an {@link vn.gov.angiang.thidua.api.Evaluator}.
 * Everything a host needs is {@link vn.gov.angiang.thidua.core.RuleSets}; the engine itself (Drools,
 * the sandbox, the compiler) stays package-private.
 * <pre>{@code
 * Evaluator evaluator = RuleSets.defaults();        // once per host (about a second), then shared: thread-safe
 * Dossier dossier = DossierJson.readDossier(json);  // strict: a typo or a bad date names the field
 * Evaluation e = evaluator.evaluate(dossier, LocalDate.of(2026, 11, 25));
 * if (e.award() == Award.BANG_KHEN) {
 *     System.out.println("Bằng khen!");
 * }
 * String out = DossierJson.write(e);                // the evaluation JSON of formats.md
 * }</pre>
 * A folder of DRL edited by policy staff:
 * <pre>{@code
 * try (ReloadableEvaluator edited = RuleSets.watch(Path.of("rules-copy"), listener)) {
 *     edited.evaluate(dossier, day);                // swaps in the folder's rules when they change and pass
 * }
 * }</pre>
 * <ul>
 *   <li>{@link vn.gov.angiang.thidua.core.RuleSets}: the embedded default rule set, a folder, a followed
 *       folder, DRL text; export, validate;</li>
 *   <li>{@link vn.gov.angiang.thidua.core.RuleSource}: the DRL text of a rule set, with its sha256;</li>
 *   <li>{@link vn.gov.angiang.thidua.core.RuleFolderListener}: what a followed folder tells its host;</li>
 *   <li>{@link vn.gov.angiang.thidua.core.InspectableEvaluator}: rule names, coverage and time limit, for
 *       the tools of policy staff;</li>
 *   <li>{@link vn.gov.angiang.thidua.core.KieBaseEvaluator}: the benchmarks' door to other Drools builds;</li>
 *   <li>{@link vn.gov.angiang.thidua.core.Budget}: public only because code compiled from rule files calls it.</li>
 * </ul>
 * Logging is SLF4J only, with no binding shipped: nothing at INFO per dossier, the rules that fire at DEBUG,
 * the dossier's id in the MDC under {@value vn.gov.angiang.thidua.core.RuleSets#MDC_DOSSIER_ID}.
 */
package vn.gov.angiang.thidua.core;
