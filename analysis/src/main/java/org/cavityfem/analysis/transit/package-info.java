/**
 * Transit-time factors as Superfish's SFO tabulates them: T, S and their first and second
 * derivatives with respect to the wave number k = ω/(βc), about a cell's geometric centre and about
 * its electrical centre, for a list of β.
 */
package org.cavityfem.analysis.transit;
