package org.cavityfem.validation.convergence;

/** Order-4 elements: eigenvalue error ~ h^8. */
class OrderFourConvergenceTest extends ConvergenceRateTest {

    @Override
    int order() {
        return 4;
    }

    @Override
    double[] sizes() {
        return new double[] {0.5, 0.35, 0.25, 0.18};
    }
}
