package org.cavityfem.casefile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cavityfem.analysis.merit.MeritSettings;
import org.cavityfem.analysis.merit.Normalization;
import org.cavityfem.analysis.resistance.NormalConductor;
import org.cavityfem.analysis.resistance.SurfaceResistance;

/**
 * The {@code rf} section of a case: what the figures of merit are computed for.
 *
 * @param acceleratingField E_acc the fields are scaled to (V/m), positive
 * @param activeLength L_active (m); empty until {@link CaseResolver} fills in the geometry's default
 * @param beta particle velocity over c, in (0, 1]
 * @param surfaceResistance the wall's surface resistance model
 * @param voltageRange where along the axis the accelerating voltage is integrated; empty for the whole axis
 * @param betaTable the β values of the transit-time tables (transit/); empty for none
 * @param normalization how the fields are scaled: E_acc (default), stored energy or peak surface field
 * @param span where the voltage is integrated: {@link Span#RANGE} for {@code voltageRange}, the whole
 *     axis, the cells of an elliptical cavity, or {@link Span#DEFAULT} until {@link CaseResolver} picks
 *     the geometry's default
 */
public record RfSpec(double acceleratingField, OptionalDouble activeLength, double beta,
        SurfaceResistance surfaceResistance, Optional<VoltageRange> voltageRange, List<Double> betaTable,
        Normalization normalization, Span span) {

    /**
     * Where along the axis V_acc is integrated ({@code rf.voltageRange}): the geometry's default, the
     * whole axis ({@code "axis"}), the cells of an elliptical cavity from the first to the last iris
     * plane ({@code "cells"}, the default of an elliptical cavity with beam pipes: the convention of
     * published multi-cell figures) or a given range.
     */
    public enum Span {
        /**
         * Not given: the cells when {@link Geometry#voltageOverCells()} (the resolved case then says
         * {@code "cells"}), the whole axis otherwise.
         */
        DEFAULT(""),
        /** The whole axis of the domain, beam pipes included. */
        AXIS("axis"),
        /** From the first to the last iris plane of an elliptical cavity. */
        CELLS("cells"),
        /** {@code voltageRange}'s from and to. */
        RANGE("");

        private final String key;

        Span(String key) {
            this.key = key;
        }

        /** The case-file word, {@code axis} or {@code cells}; empty for the others. */
        public String key() {
            return key;
        }
    }

    /**
     * A stretch of the axis, z_from ≤ z ≤ z_to.
     *
     * @param from start (m)
     * @param to end (m), above from
     */
    public record VoltageRange(double from, double to) {

        public VoltageRange {
            if (!(from < to)) {
                throw new IllegalArgumentException("the voltage range needs from < to");
            }
        }
    }

    /** Conductivity of the default wall, copper at room temperature (S/m). */
    public static final double COPPER_CONDUCTIVITY = 5.8e7;

    public RfSpec {
        Objects.requireNonNull(activeLength, "activeLength");
        Objects.requireNonNull(surfaceResistance, "surfaceResistance");
        Objects.requireNonNull(voltageRange, "voltageRange");
        Objects.requireNonNull(normalization, "normalization");
        Objects.requireNonNull(span, "span");
        if (voltageRange.isPresent() != (span == Span.RANGE)) {
            throw new IllegalArgumentException("a voltage range goes with span RANGE and only with it");
        }
        betaTable = List.copyOf(betaTable);
    }

    /** An rf section with a normalization, the voltage over the given range or the geometry's default. */
    public RfSpec(double acceleratingField, OptionalDouble activeLength, double beta,
            SurfaceResistance surfaceResistance, Optional<VoltageRange> voltageRange, List<Double> betaTable,
            Normalization normalization) {
        this(acceleratingField, activeLength, beta, surfaceResistance, voltageRange, betaTable, normalization,
                voltageRange.isPresent() ? Span.RANGE : Span.DEFAULT);
    }

    /** An rf section scaled to E_acc. */
    public RfSpec(double acceleratingField, OptionalDouble activeLength, double beta,
            SurfaceResistance surfaceResistance, Optional<VoltageRange> voltageRange, List<Double> betaTable) {
        this(acceleratingField, activeLength, beta, surfaceResistance, voltageRange, betaTable,
                Normalization.acceleratingField());
    }

    /** An rf section without transit-time tables. */
    public RfSpec(double acceleratingField, OptionalDouble activeLength, double beta,
            SurfaceResistance surfaceResistance, Optional<VoltageRange> voltageRange) {
        this(acceleratingField, activeLength, beta, surfaceResistance, voltageRange, List.of());
    }

    /** An rf section with the voltage integrated along the whole axis. */
    public RfSpec(double acceleratingField, OptionalDouble activeLength, double beta,
            SurfaceResistance surfaceResistance) {
        this(acceleratingField, activeLength, beta, surfaceResistance, Optional.empty());
    }

    /** The defaults: 1 MV/m, the geometry's active length, β = 1, copper walls. */
    public static RfSpec defaults() {
        return new RfSpec(MeritSettings.DEFAULT_ACCELERATING_FIELD, OptionalDouble.empty(), 1,
                new NormalConductor(COPPER_CONDUCTIVITY));
    }

    /** A copy with the active length given. */
    public RfSpec withActiveLength(double length) {
        return new RfSpec(acceleratingField, OptionalDouble.of(length), beta, surfaceResistance, voltageRange,
                betaTable, normalization, span);
    }

    /** A copy integrating the voltage over the whole axis or the cells (not {@link Span#RANGE}). */
    public RfSpec withSpan(Span s) {
        if (s == Span.RANGE) {
            throw new IllegalArgumentException("give the range itself");
        }
        return new RfSpec(acceleratingField, activeLength, beta, surfaceResistance, Optional.empty(), betaTable,
                normalization, s);
    }

    /**
     * The stretch of the axis V_acc is integrated over for a geometry: the given range, the cells
     * (first to last iris plane), or empty for the whole axis.
     */
    public Optional<VoltageRange> range(Geometry geometry) {
        return switch (span) {
            case RANGE -> voltageRange;
            case CELLS -> geometry.cellsRange();
            case AXIS -> Optional.empty();
            case DEFAULT -> geometry.voltageOverCells() ? geometry.cellsRange() : Optional.empty();
        };
    }

    /**
     * The settings of the figures of merit for a geometry ({@link #range(Geometry)}).
     *
     * @param defaultActiveLength the active length to use when the case gives none (m)
     */
    public MeritSettings settings(double defaultActiveLength, Geometry geometry) {
        return withRange(range(geometry)).settings(defaultActiveLength);
    }

    private RfSpec withRange(Optional<VoltageRange> range) {
        return new RfSpec(acceleratingField, activeLength, beta, surfaceResistance, range, betaTable, normalization);
    }

    /**
     * The settings of the figures of merit.
     *
     * @param defaultActiveLength the active length to use when the case gives none (m)
     */
    public MeritSettings settings(double defaultActiveLength) {
        double length = activeLength.orElse(defaultActiveLength);
        double from = voltageRange.map(VoltageRange::from).orElse(Double.NEGATIVE_INFINITY);
        double to = voltageRange.map(VoltageRange::to).orElse(Double.POSITIVE_INFINITY);
        return new MeritSettings(acceleratingField, length, beta, surfaceResistance, from, to, normalization);
    }
}
