package org.cavityfem.app.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * Whether this JVM runs with the quick-start compiler only ({@code -XX:TieredStopAtLevel=1}, C1),
 * as the {@code cavity} launcher starts {@code cavity solve}: right for the shipped cases, where the
 * optimising compiler (C2) costs more CPU than it saves, but several times slower in the dense
 * kernels of the factorisation of a large problem (README, "Start-up").
 */
final class QuickStartCompiler {

    /** Unknowns from which a solve is better run with C2 (the 1M pillbox: factorisation about 5x slower with C1). */
    static final int LARGE_UNKNOWNS = 200_000;

    private QuickStartCompiler() {
    }

    /** True when the JVM compiles with C1 only; false when it cannot tell. */
    static boolean only() {
        try {
            String level = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                    .getVMOption("TieredStopAtLevel").getValue();
            return Integer.parseInt(level) < 4;
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
