package org.cavityfem.output.vtk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One element of a VTK XML file under construction: a tag, its attributes in order, and children
 * that are further elements or {@link DataArray}s.
 */
final class XmlElement {

    private final String tag;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<Object> children = new ArrayList<>();

    XmlElement(String tag) {
        this.tag = tag;
    }

    String tag() {
        return tag;
    }

    /** Sets an attribute; returns this element. */
    XmlElement attribute(String name, Object value) {
        attributes.put(name, String.valueOf(value));
        return this;
    }

    /** Appends and returns a new child element. */
    XmlElement child(String childTag) {
        XmlElement e = new XmlElement(childTag);
        children.add(e);
        return e;
    }

    /** Appends data arrays; returns this element. */
    XmlElement arrays(List<? extends DataArray> arrays) {
        children.addAll(arrays);
        return this;
    }

    /** Appends a data array; returns this element. */
    XmlElement array(DataArray array) {
        children.add(array);
        return this;
    }

    Map<String, String> attributes() {
        return Collections.unmodifiableMap(attributes);
    }

    /** Child elements and data arrays, in order. */
    List<Object> children() {
        return Collections.unmodifiableList(children);
    }
}
