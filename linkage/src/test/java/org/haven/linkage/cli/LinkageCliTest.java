package org.haven.linkage.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command-line contract outside evaluations rely on: arguments, file formats, exit status. */
class LinkageCliTest {

    private static final String HEADER =
            "id,given_names,family_name,other_names,sex,birth_date,birth_place,nationality,mother_name,father_name\n";

    @TempDir
    Path folder;

    private final ByteArrayOutputStream messages = new ByteArrayOutputStream();

    private int run(String... args) {
        return LinkageCli.run(args, new PrintStream(messages, true, StandardCharsets.UTF_8));
    }

    private String messages() {
        return messages.toString(StandardCharsets.UTF_8);
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }

    private int match(Path records, Path queries) {
        return run("match", "--records", records.toString(), "--queries", queries.toString(),
                "--out", folder.resolve("out.csv").toString());
    }

    private List<String> output() throws IOException {
        return Files.readAllLines(folder.resolve("out.csv"), StandardCharsets.UTF_8);
    }

    @Test
    void writesAtMostFiveRowsPerQueryBestFirstWithTheContractHeaderAndDecisions() throws IOException {
        var records = new StringBuilder(HEADER);
        for (int i = 0; i < 9; i++) {
            records.append("r").append(i).append(",Анна,Ковальчук,,F,2010-03-0").append(i + 1).append(",,,,\n");
        }
        records.append("other,Petro,Bondar,,M,2001-01-01,,,,\n");
        var queries = file("q.csv", HEADER + "q1,Anna,Kovalchuk,,F,2010-03-01,,,,\nq2,Nobody,Known,,,1950,,,,\n");

        assertThat(match(file("r.csv", records.toString()), queries)).isZero();

        var rows = output();
        assertThat(rows.get(0)).isEqualTo("query_id,record_id,score,decision");
        var q1 = rows.stream().skip(1).filter(r -> r.startsWith("q1,")).toList();
        assertThat(q1).hasSizeBetween(1, 5);
        assertThat(q1.get(0)).startsWith("q1,r0,").endsWith(",MATCH");
        assertThat(q1).allMatch(r -> r.matches("q1,r\\d,(0|1)\\.\\d{4},(MATCH|POSSIBLE)"));
        var scores = q1.stream().map(r -> Double.parseDouble(r.split(",")[2])).toList();
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(rows).noneMatch(r -> r.startsWith("q2,"));
    }

    @Test
    void malformedRowsAreReportedWithTheirLineNumbersAndSkippedAndTheRestIsMatched() throws IOException {
        var records = file("r.csv", HEADER
                + "r1,Amina,Benali,,F,2011-05-05,,,,\n"
                + "r2,too,few,fields\n"
                + ",No,Id,,,,,,,\n"
                + "r1,Again,Same,,,,,,,\n"
                + "r5,Omar,Haddad,,M,2011-13-45,,,,\n"
                + "r6,\"Unclosed,Quote,,,,,,,,\n"
                + "r7,Lina,Haddad,,F,2012-02-02,,,,\n");
        var queries = file("q.csv", HEADER + "q1,Amina,Benali,,F,2011-05-05,,,,\nq2,Lina,Haddad,,F,2012-02-02,,,,\n");

        assertThat(match(records, queries)).isZero();

        assertThat(messages()).contains("r.csv line 3: has 4 fields", "r.csv line 4: no id",
                "r.csv line 5: id r1 appears again", "r.csv line 6: birth_date '2011-13-45'", "r.csv line 7:");
        assertThat(output()).anyMatch(r -> r.startsWith("q1,r1,")).anyMatch(r -> r.startsWith("q2,r7,"));
    }

    @Test
    void namesInAnyScriptAndEmptyNamesAreHandled() throws IOException {
        var records = file("r.csv", HEADER + "r1,محمد,الحسن,,M,2008,حلب,SY,,\nr2,,,,,,,,,\nr3,ꦲꦤ꧀ꦢꦶ,𓀀,,,,,,,\n");
        var queries = file("q.csv", HEADER + "q1,Mohammed,Al-Hassan,,M,2008-06-01,Aleppo,SY,,\nq2,,,,,,,,,\n");

        assertThat(match(records, queries)).isZero();

        assertThat(output()).anyMatch(r -> r.startsWith("q1,r1,")).noneMatch(r -> r.startsWith("q2,"));
    }

    @Test
    void unusableInputEndsWithStatusTwoAndSaysWhy() throws IOException {
        var good = file("good.csv", HEADER + "r1,A,B,,,,,,,\n");

        assertThat(run()).isEqualTo(2);
        assertThat(run("merge")).isEqualTo(2);
        assertThat(run("match", "--records", good.toString())).isEqualTo(2);
        assertThat(messages()).contains("usage:", "unknown command 'merge'", "missing --queries");

        assertThat(match(folder.resolve("missing.csv"), good)).isEqualTo(2);
        assertThat(messages()).contains("missing.csv: no such file");

        assertThat(match(file("noid.csv", "name,born\nA,2010\n"), good)).isEqualTo(2);
        assertThat(messages()).contains("no 'id' column");

        var latin1 = folder.resolve("latin1.csv");
        Files.write(latin1, (HEADER + "r1,J\u00fcrgen,M\u00fcller,,,,,,,\n").getBytes(StandardCharsets.ISO_8859_1));
        assertThat(match(latin1, good)).isEqualTo(2);
        assertThat(messages()).contains("not UTF-8");

        assertThat(match(file("empty.csv", ""), good)).isEqualTo(2);
        assertThat(match(file("onlyheader.csv", HEADER), good)).isEqualTo(2);
        assertThat(messages()).contains("no usable records");
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndingsAreAccepted() throws IOException {
        var records = file("r.csv", "\uFEFF" + HEADER.replace("\n", "\r\n") + "r1,Ion,Rusu,,M,2009-09-09,,,,\r\n");
        var queries = file("q.csv", HEADER + "q1,Ion,Rusu,,M,2009-09-09,,,,\n");

        assertThat(match(records, queries)).isZero();
        assertThat(output()).anyMatch(r -> r.startsWith("q1,r1,"));
    }
}
