/** Accuracy and speed ladder against closed-form modes of the pillbox and the sphere. */
package org.cavityfem.app.bench;
