/**
 * Short programs with numbered steps that use the library as a user would. The build compiles
 * them and the tests run them, so they cannot go stale.
 */
package org.cavityfem.examples;
