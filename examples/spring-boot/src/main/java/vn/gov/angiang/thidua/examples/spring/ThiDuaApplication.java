package vn.gov.angiang.thidua.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A web service that evaluates dossiers on the embedded 2026 rule set (or on a folder of edited DRL). */
@SpringBootApplication
public class ThiDuaApplication {

    public static void main(String[] args) {
        SpringApplication.run(ThiDuaApplication.class, args);
    }
}
