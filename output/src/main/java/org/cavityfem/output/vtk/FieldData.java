package org.cavityfem.output.vtk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Named single numbers stored with a dataset ({@code FieldData}): the mode's frequency, stored
 * energy, the scale of its fields, and so on. Names carry units, e.g. {@code "frequency_Hz"}.
 */
public final class FieldData {

    private final Map<String, Double> values = new LinkedHashMap<>();

    /** Adds a value; returns this. */
    public FieldData with(String name, double value) {
        values.put(name, value);
        return this;
    }

    /** Adds every value of another set; returns this. */
    public FieldData withAll(FieldData other) {
        values.putAll(other.values);
        return this;
    }

    /** The values, in insertion order. */
    public Map<String, Double> values() {
        return java.util.Collections.unmodifiableMap(values);
    }

    /** One single-tuple array per value. */
    List<DataArray> arrays() {
        List<DataArray> arrays = new ArrayList<>();
        values.forEach((k, v) -> arrays.add(DataArray.Float64.scalar(k, new double[] {v})));
        return arrays;
    }

    /** Adds a {@code FieldData} element to a dataset element when there are values. */
    void addTo(XmlElement dataSet) {
        if (!values.isEmpty()) {
            dataSet.child("FieldData").arrays(arrays());
        }
    }
}
