/**
 * Reading dossiers and writing evaluations in the JSON of formats.md, strictly and within limits:
 * {@link vn.gov.angiang.thidua.api.json.DossierReader} reads one dossier or a batch of any length (a JSON
 * array or JSON Lines), every record yielding exactly one outcome;
 * {@link vn.gov.angiang.thidua.api.json.DossierJson} writes evaluations and error records; the JSON
 * Schemas of both formats are in {@link vn.gov.angiang.thidua.api.json.Schemas}. Jackson does the parsing,
 * and none of its types or exceptions reaches a host.
 */
package vn.gov.angiang.thidua.api.json;
