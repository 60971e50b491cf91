package org.cavityfem.sweep;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.cavityfem.casefile.CaseDefinition;
import org.cavityfem.casefile.CaseException;
import org.cavityfem.casefile.EllipticalGeometry;
import org.cavityfem.casefile.Geometry;
import org.cavityfem.solver.ModeSolver;
import org.cavityfem.study.PreparedCase;
import org.cavityfem.study.Study;
import org.cavityfem.study.StudyException;
import org.cavityfem.study.StudyListener;
import org.cavityfem.study.StudyResult;
import org.cavityfem.study.tune.TuneException;
import org.cavityfem.study.tune.Tuning;

/**
 * Studies one point of a study: the base case with the point's parameters, tuned when the study
 * asks, then run in full exactly as {@code cavity solve} runs the point's case file (the case is
 * prepared through {@link PreparedCase#of}, the same checks and resolution as a file). A point
 * that cannot be studied is a failed row with its reason, never an exception. Safe to call from
 * many threads: each thread has its own mode solver.
 */
public final class PointEvaluator {

    private static final PrintStream SILENT = new PrintStream(OutputStream.nullOutputStream());

    private final StudySpec spec;
    private final ThreadLocal<Study> studies;

    /**
     * @param spec the study
     * @param solvers makes a mode solver for each worker thread
     */
    public PointEvaluator(StudySpec spec, Supplier<ModeSolver> solvers) {
        this.spec = spec;
        this.studies = ThreadLocal.withInitial(() -> new Study(solvers.get(), StudyListener.none()));
    }

    /**
     * A point's outcome.
     *
     * @param row its row of the table
     * @param definition its case (tuned), when its geometry was valid
     * @param result its study, when it succeeded
     */
    public record Outcome(PointRow row, Optional<CaseDefinition> definition, Optional<StudyResult> result) {
    }

    /** The case of a point, before tuning. */
    public CaseDefinition caseOf(int index, double[] values) {
        CaseDefinition base = spec.base();
        Geometry g = base.geometry();
        for (int j = 0; j < values.length; j++) {
            g = g.withParameter(spec.variables().get(j).name(), values[j]);
        }
        String name = String.format(Locale.ROOT, "%s-%06d", spec.name(), index);
        if (name.length() > 100) {
            name = String.format(Locale.ROOT, "point-%06d", index);
        }
        return new CaseDefinition(name, base.description(), g, base.mesh(), base.solver(), base.rf(), base.output(),
                base.superconductor());
    }

    /** Studies point {@code index} with the variables at {@code values} (m). */
    public Outcome evaluate(int index, double[] values) {
        double tuned = Double.NaN;
        CaseDefinition c = null;
        try {
            c = caseOf(index, values);
            if (spec.tune().isPresent()) {
                TuneSpec t = spec.tune().get();
                CaseDefinition resolved = PreparedCase.of(c.name(), c).resolved();
                Geometry g = new Tuning(resolved, studies.get(), SILENT, t.maxIterations())
                        .frequency(resolved.geometry(), t.parameter(), t.frequency(), t.tolerance());
                tuned = g.parameter(t.parameter());
                c = c.withGeometry(c.geometry().withParameter(t.parameter(), tuned));
            }
            StudyResult result = studies.get().run(PreparedCase.of(c.name(), c));
            double coupling = Double.NaN;
            if (spec.cellCoupling() && result.passband().isEmpty()
                    && result.resolved().geometry() instanceof EllipticalGeometry e) {
                coupling = studies.get().periodicCell(e.halfCell("midCell"), result.resolved().mesh().settings())
                        .coupling();
            }
            PointRow row = new PointRow(index, values, tuned, PointRow.OK, "", Figures.of(result, coupling));
            return new Outcome(row, Optional.of(c), Optional.of(result));
        } catch (CaseException e) {
            return failed(index, values, tuned, "invalid case: " + e.problem(), c);
        } catch (TuneException e) {
            return failed(index, values, tuned, "tuning failed: " + e.getMessage(), c);
        } catch (StudyException e) {
            return failed(index, values, tuned, "modes not found: " + e.getMessage(), c);
        } catch (IllegalArgumentException e) {
            return failed(index, values, tuned, "invalid geometry: " + e.getMessage(), c);
        } catch (RuntimeException e) {
            return failed(index, values, tuned, "unexpected error: " + e, c);
        }
    }

    private static Outcome failed(int index, double[] values, double tuned, String reason, CaseDefinition c) {
        double[] nan = new double[Figures.columns().size()];
        Arrays.fill(nan, Double.NaN);
        return new Outcome(new PointRow(index, values, tuned, PointRow.FAILED, reason.replace('\n', ' '), nan),
                Optional.ofNullable(c), Optional.empty());
    }
}
