package org.cavityfem.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How the points of a sweep are chosen from its variables. Every design gives the same points in
 * the same order for the same study file: point i is always the same design.
 */
public sealed interface Design {

    /** The points, one value (m) per variable in the study's order. */
    List<double[]> points(List<Variable> variables);

    /** Study-file name of the design. */
    String key();

    /** Every combination of the variables' grid values; the first variable changes slowest. */
    record Grid() implements Design {
        @Override
        public List<double[]> points(List<Variable> variables) {
            List<double[]> points = new ArrayList<>();
            points.add(new double[0]);
            for (Variable v : variables) {
                List<double[]> next = new ArrayList<>();
                for (double[] p : points) {
                    for (double value : v.gridValues()) {
                        double[] q = Arrays.copyOf(p, p.length + 1);
                        q[p.length] = value;
                        next.add(q);
                    }
                }
                points = next;
            }
            return points;
        }

        @Override
        public String key() {
            return "grid";
        }
    }

    /** Point i takes the i-th value of every variable (the lists have one length). */
    record ListDesign() implements Design {
        @Override
        public List<double[]> points(List<Variable> variables) {
            int n = variables.get(0).values().size();
            List<double[]> points = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                double[] p = new double[variables.size()];
                for (int j = 0; j < p.length; j++) {
                    p[j] = variables.get(j).values().get(i);
                }
                points.add(p);
            }
            return points;
        }

        @Override
        public String key() {
            return "list";
        }
    }

    /**
     * A Latin hypercube of {@code points} points between the variables' bounds: each variable's range
     * cut into as many equal strata, each stratum used once, at a random place inside it; the
     * strata are paired at random. The generator is seeded, so the sample is reproducible.
     */
    record LatinHypercube(int count, long seed) implements Design {
        @Override
        public List<double[]> points(List<Variable> variables) {
            SplittableRandom random = new SplittableRandom(seed);
            double[][] columns = new double[variables.size()][count];
            for (int j = 0; j < variables.size(); j++) {
                Variable v = variables.get(j);
                int[] order = new int[count];
                for (int i = 0; i < count; i++) {
                    order[i] = i;
                }
                for (int i = count - 1; i > 0; i--) {
                    int k = random.nextInt(i + 1);
                    int t = order[i];
                    order[i] = order[k];
                    order[k] = t;
                }
                for (int i = 0; i < count; i++) {
                    double u = (order[i] + random.nextDouble()) / count;
                    columns[j][i] = v.lower() + (v.upper() - v.lower()) * u;
                }
            }
            List<double[]> points = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                double[] p = new double[variables.size()];
                for (int j = 0; j < p.length; j++) {
                    p[j] = columns[j][i];
                }
                points.add(p);
            }
            return points;
        }

        @Override
        public String key() {
            return "latinHypercube";
        }
    }
}
