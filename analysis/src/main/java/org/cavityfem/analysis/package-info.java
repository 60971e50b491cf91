/** The physics of computed modes: fields, wall tables, figures of merit, passbands, surface physics, and the tables of named result quantities. */
package org.cavityfem.analysis;
