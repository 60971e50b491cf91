/**
 * The bottom of the tree: physical constants, each with its value, unit and source
 * ({@link org.cavityfem.units.PhysicalConstants}), and the units a quantity may be written in, the
 * one place where quantities cross between text and SI ({@link org.cavityfem.units.Units}).
 */
package org.cavityfem.units;
