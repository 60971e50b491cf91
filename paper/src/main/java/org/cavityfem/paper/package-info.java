/** {@code cavity paper}: the paper's pillbox values beside the exact and finite-element cavities, as CSV, Markdown and JSON. */
package org.cavityfem.paper;
