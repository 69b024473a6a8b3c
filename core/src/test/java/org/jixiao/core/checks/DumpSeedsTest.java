package org.jixiao.core.checks;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class DumpSeedsTest {
    @Test
    void dump() {
        String[] names = {"yunnan13", "yunnan14", "suzhou", "minhang1", "minhang2", "minhang3", "minhang4"};
        int n = 0;
        for (Tables.Builder b : SeedTables.all()) {
            CheckContext ctx = b.context();
            System.out.println("=== " + names[n++] + " total " + ctx.sheet().total() + " grade " + ctx.sheet().grade());
            for (Finding f : Checks.run(Checks.all(), ctx)) {
                System.out.println(f.severity() + " " + f.key() + " @" + f.place().indicator() + "/" + f.place().row() + "/" + f.place().column());
                System.out.println("   " + f.message(Locale.CHINESE));
                System.out.println("   " + f.message(Locale.ENGLISH));
            }
        }
    }
}
