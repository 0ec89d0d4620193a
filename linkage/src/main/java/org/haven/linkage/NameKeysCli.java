package org.haven.linkage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Reads one name a line on standard input and prints "script<TAB>key<TAB>name" for each. */
public final class NameKeysCli {

    private NameKeysCli() {
    }

    public static void main(String[] args) throws IOException {
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        var out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            out.println(NameKeys.scriptOf(line) + "\t" + NameKeys.searchKey(line) + "\t" + line);
        }
    }
}
