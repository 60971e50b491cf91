/**
 * Design studies on Apache Spark: the driver reads the study file and keeps the journal and the
 * table; each point of the study is one Spark task that studies it on an executor with the local
 * sweep's own code, so the result formats and numbers are the local run's.
 */
package org.cavityfem.spark;
