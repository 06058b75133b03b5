/**
 * The vocabulary of the DRL files: the facts the engine inserts for a dossier, the facts rules
 * derive, and a few functions. A rule file imports this package and nothing else; see
 * {@code rules-drl/README.md} for the same list in Vietnamese and English.
 */
package vn.gov.angiang.thidua.vocabulary;
