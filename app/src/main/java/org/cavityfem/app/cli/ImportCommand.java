package org.cavityfem.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.cavityfem.casefile.CaseWriter;
import org.cavityfem.casefile.superfish.AutomeshImport;
import org.cavityfem.casefile.superfish.ImportedCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code cavity import FILE.AF [-o CASE.json]}: a Superfish Automesh file as a case file. */
@Command(name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Read a Poisson Superfish Automesh input file (.AF or .AM) and write the equivalent case file "
                    + "(see docs/superfish.md). Without -o the case is printed on standard output.",
            "What has no counterpart (hyperbolas, materials, Poisson problems) is an error naming its line; "
                    + "what has no effect here (the drive point, mesh lines) is noted on standard error."
        })
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    CavityCli cli;

    @Parameters(index = "0", paramLabel = "FILE.AF", description = "The Automesh input file.")
    Path input;

    @Option(names = {"-o", "--out"}, paramLabel = "CASE.json", description = "Write the case file here.")
    Path out;

    @Override
    public Integer call() {
        PrintStream stderr = cli.err();
        try {
            ImportedCase imported = AutomeshImport.read(input);
            imported.notes().forEach(n -> stderr.println("note: " + n));
            // The same checks as a case file read from disk (a contour crossing itself, say).
            ImportedCases.prepare(imported);
            String json = CaseWriter.toJson(imported.definition());
            if (out == null) {
                cli.out().print(json);
                return ExitCodes.OK;
            }
            write(json, out);
            stderr.println(input + ": written as " + out);
            return ExitCodes.OK;
        } catch (Exception e) {
            return Failures.report(e, new Failures.Context(input.toString(), "the import failed",
                    "cannot write the case file"), cli);
        }
    }

    /** Written beside the target and moved into place, so that a failure leaves nothing half written. */
    static void write(String text, Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".import", ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
