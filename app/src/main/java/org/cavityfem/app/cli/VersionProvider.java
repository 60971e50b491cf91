package org.cavityfem.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code cavity --version}: the Maven project version, filtered in at build time. */
public final class VersionProvider implements IVersionProvider {

    private static final String RESOURCE = "version.properties";

    /** The project version, e.g. {@code 0.1.0}. */
    public static String projectVersion() {
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "cavity " + projectVersion(),
            // The same text as Runtime.version(), which the JDK builds from the same parts; its
            // toString() joins them through streams whose lambdas are spun at run time, outside the
            // class-data archive.
            "Java " + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor") + ")"
        };
    }
}
