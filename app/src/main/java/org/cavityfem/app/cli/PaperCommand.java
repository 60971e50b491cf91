package org.cavityfem.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.cavityfem.analysis.material.Materials;
import org.cavityfem.analysis.material.Superconductor;
import org.cavityfem.output.OutputFolder;
import org.cavityfem.paper.ComparisonFiles;
import org.cavityfem.paper.PaperColumns;
import org.cavityfem.paper.model.PaperComparison;
import org.cavityfem.paper.model.PaperTable;
import org.cavityfem.study.Study;
import org.cavityfem.units.Units;
import org.cavityfem.units.Units.Dimension;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code cavity paper [--out DIR] [--temperature K]}. */
@Command(name = "paper",
        mixinStandardHelpOptions = true,
        description = {
            "The superconducting-surface analysis of M. Egi (KEK), \"The consistency of the surface impedance "
                    + "for superconducting accelerating cavities\": every printed value beside the value "
                    + "recomputed from the paper's equations, the exact TM010 pillbox and the finite-element "
                    + "cavities, with a note on each difference.",
            "Prints the table and writes DIR/paper.csv, DIR/paper.md and DIR/summary.json."
        })
final class PaperCommand implements Callable<Integer> {

    @ParentCommand
    CavityCli cli;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out/paper",
            description = "Result folder (default: ${DEFAULT-VALUE}).")
    Path out;

    /** A number without a unit, which --temperature takes as kelvin (the option's older form). */
    private static final Pattern BARE_NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

    @Option(names = "--temperature", paramLabel = "T", defaultValue = "2 K",
            description = "Operating temperature for H_c1(T) and the Debye heat capacity, written as in case "
                    + "files (\"2 K\", \"1800 mK\"; a bare number is kelvin) (default: ${DEFAULT-VALUE}).")
    String temperatureText;

    @Override
    public Integer call() {
        try {
            Superconductor nb = Materials.niobium();
            double temperature = temperature();
            if (!(temperature > 0) || temperature >= nb.criticalTemperature()) {
                throw new UsageException("--temperature must be above 0 K and below T_c = " + nb.criticalTemperature()
                        + " K, got " + temperature);
            }
            try {
                OutputFolder.checkTarget(out);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            cli.err().println("paper: exact pillbox, finite-element pillbox and TESLA mid-cell (a few seconds)");
            PaperComparison comparison = PaperComparison.of(PaperTable.of(nb, temperature),
                    PaperColumns.all(new Study(cli.modeSolver()), nb, temperature));
            try (OutputFolder folder = OutputFolder.create(out)) {
                folder.writeText(ComparisonFiles.CSV, ComparisonFiles.csv(comparison));
                folder.writeText(ComparisonFiles.MARKDOWN, ComparisonFiles.markdown(comparison));
                folder.writeText(OutputFolder.MARKER, ComparisonFiles.json(comparison));
                Path written = folder.commit();
                cli.out().print(ComparisonFiles.console(comparison));
                cli.out().println("results: " + written);
                return ExitCodes.OK;
            }
        } catch (Exception e) {
            return Failures.report(e, new Failures.Context("paper", "the modes could not be found",
                    "cannot write the result folder"), cli);
        }
    }

    /** The --temperature value in kelvin: a quantity with its unit, as in case files, or a bare number of kelvin. */
    private double temperature() {
        String text = temperatureText.strip();
        try {
            return Units.parse(BARE_NUMBER.matcher(text).matches() ? text + " K" : text, Dimension.TEMPERATURE);
        } catch (Units.QuantityFormatException e) {
            throw new UsageException("--temperature: " + e.getMessage());
        }
    }
}
