/**
 * {@code cavity daemon}: the warm server that the {@code cavity} launcher starts by itself (or
 * {@code cavity daemon start} by hand) and that runs its {@code cavity solve} and {@code cavity tune}
 * requests in a JVM that has already started and compiled the program, one request at a time, over
 * a line-framed protocol on the loopback interface (docs/design.md, "The warm server").
 */
package org.cavityfem.app.daemon;
