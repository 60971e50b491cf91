/** {@code cavity tune}: one geometric parameter adjusted until the cavity meets a target. */
package org.cavityfem.study.tune;
