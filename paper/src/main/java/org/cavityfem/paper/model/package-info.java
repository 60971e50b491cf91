/**
 * The pillbox model of M. Egi, "The consistency of the surface impedance for superconducting
 * accelerating cavities" (KEK), recomputed from its equations and compared with its printed values.
 */
package org.cavityfem.paper.model;
