package vn.gov.angiang.thidua.core;

import vn.gov.angiang.thidua.api.RuleSetException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How much a rule folder may hold, and how long compiling it may take. A folder over a limit is refused
 * before anything of it is compiled (the bytes and the number of files before they are read), with a
 * problem at the file that crossed it, in Vietnamese and English; so that a hostile folder answers
 * within seconds instead of filling the memory of the host or of {@code thidua validate}.
 * <p>
 * The defaults are ten times what the Board's 2026 rule set needs (11 files, 40 KB, 91 rules and
 * functions, compiled in about 5 seconds) and stay below what Drools compiles without trouble (more
 * than about 500 rules in one package, and its generated code changes shape).
 *
 * @param maxFiles      rule files a folder may list (default 64)
 * @param maxFileBytes  bytes one rule file may have (default 512 KiB)
 * @param maxTotalBytes bytes all rule files together may have (default 2 MiB)
 * @param maxRules      rules, queries and functions all files together may declare (default 500)
 * @param compileTime   how long compiling and checking the folder may take (default 30 s)
 */
public record LoadLimits(int maxFiles, long maxFileBytes, long maxTotalBytes, int maxRules, Duration compileTime) {

    private static final LoadLimits DEFAULTS = new LoadLimits(64, 512L * 1024, 2L * 1024 * 1024, 500,
            Duration.ofSeconds(30));

    /**
     * Checks that every limit is positive.
     *
     * @param maxFiles      rule files a folder may list
     * @param maxFileBytes  bytes one rule file may have
     * @param maxTotalBytes bytes all rule files together may have
     * @param maxRules      rules, queries and functions all files together may declare
     * @param compileTime   how long compiling and checking the folder may take
     */
    public LoadLimits {
        if (maxFiles < 1 || maxFileBytes < 1 || maxTotalBytes < 1 || maxRules < 1 || compileTime == null
                || compileTime.isNegative() || compileTime.isZero()) {
            throw new IllegalArgumentException("every load limit must be positive");
        }
    }

    /**
     * The limits every loader uses unless told otherwise.
     *
     * @return 64 files, 512 KiB a file, 2 MiB in all, 500 rules, 30 seconds
     */
    public static LoadLimits defaults() {
        return DEFAULTS;
    }

    /**
     * These limits with another compile time.
     *
     * @param limit how long compiling and checking may take
     * @return the new limits
     */
    public LoadLimits withCompileTime(Duration limit) {
        return new LoadLimits(maxFiles, maxFileBytes, maxTotalBytes, maxRules, limit);
    }

    /** The problems of files already read (text in memory): too many, too large, too many rules. */
    List<RuleSetException.Problem> check(Map<String, String> files) {
        List<RuleSetException.Problem> problems = new ArrayList<>();
        if (files.size() > maxFiles) {
            problems.add(tooManyFiles(files.keySet().stream().skip(maxFiles).findFirst().orElse("?"), files.size()));
        }
        long total = 0;
        int rules = 0;
        for (Map.Entry<String, String> f : files.entrySet()) {
            long bytes = utf8Length(f.getValue());
            total += bytes;
            if (bytes > maxFileBytes) {
                problems.add(fileTooLarge(f.getKey(), bytes));
            } else if (total > maxTotalBytes) {
                problems.add(folderTooLarge(f.getKey(), total));
                break;
            }
            int[] over = DrlUnits.countUntil(f.getValue(), maxRules - rules);
            rules += over[0];
            if (rules > maxRules) {
                problems.add(new RuleSetException.Problem(f.getKey(), over[1], 0, "bộ quy tắc có hơn " + maxRules
                        + " quy tắc và hàm (giới hạn maxRules) / the rule set declares more than " + maxRules
                        + " rules and functions (limit maxRules)"));
                break;
            }
        }
        return problems;
    }

    RuleSetException.Problem tooManyFiles(String file, int count) {
        return new RuleSetException.Problem(file, 0, 0, "thư mục có " + count + " tệp quy tắc, nhiều hơn " + maxFiles
                + " (giới hạn maxFiles) / the folder lists " + count + " rule files, more than " + maxFiles
                + " (limit maxFiles)");
    }

    RuleSetException.Problem fileTooLarge(String file, long bytes) {
        return new RuleSetException.Problem(file, 0, 0, "tệp lớn " + kib(bytes) + " KiB, quá " + kib(maxFileBytes)
                + " KiB (giới hạn maxFileBytes) / the file has " + kib(bytes) + " KiB, more than " + kib(maxFileBytes)
                + " KiB (limit maxFileBytes)");
    }

    RuleSetException.Problem folderTooLarge(String file, long total) {
        return new RuleSetException.Problem(file, 0, 0, "đến tệp này, các tệp quy tắc đã lớn " + kib(total)
                + " KiB, quá " + kib(maxTotalBytes) + " KiB (giới hạn maxTotalBytes) / with this file the rule files"
                + " reach " + kib(total) + " KiB, more than " + kib(maxTotalBytes) + " KiB (limit maxTotalBytes)");
    }

    RuleSetException.Problem compiledTooLong(String file) {
        return new RuleSetException.Problem(file, 0, 0, "biên dịch bộ quy tắc quá " + compileTime.toSeconds()
                + " giây (giới hạn compileTime): hãy chia nhỏ hoặc rút gọn quy tắc / compiling the rule set took more"
                + " than " + compileTime.toSeconds() + " s (limit compileTime): make the rules smaller or fewer");
    }

    private static long kib(long bytes) {
        return (bytes + 1023) / 1024;
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }
}
