/**
 * {@code cavity daemon}: an opt-in warm server that runs {@code cavity solve} requests of the
 * {@code cavity} launcher in a JVM that has already started and compiled the program, one request
 * at a time, over a line-framed protocol on the loopback interface (docs/design.md, "The warm
 * server").
 */
package org.cavityfem.app.daemon;
