package vn.gov.angiang.thidua.examples.spring;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.angiang.thidua.api.Evaluator;
import vn.gov.angiang.thidua.api.json.DossierReader;
import vn.gov.angiang.thidua.api.json.ReadLimits;
import vn.gov.angiang.thidua.core.RuleSets;

import java.nio.file.Path;

/**
 * One evaluator for the whole service: it is thread-safe, and loading it takes about a second. With
 * {@code thidua.rules-folder} set, it follows that folder of edited DRL (and Spring closes it on shutdown).
 */
@Configuration(proxyBeanMethods = false)
class EvaluatorConfiguration {

    @Bean
    Evaluator evaluator(@Value("${thidua.rules-folder:}") String rulesFolder) {
        return rulesFolder.isBlank() ? RuleSets.defaults() : RuleSets.watch(Path.of(rulesFolder), null);
    }

    @Bean
    DossierReader dossierReader() {
        return new DossierReader(ReadLimits.defaults());
    }
}
