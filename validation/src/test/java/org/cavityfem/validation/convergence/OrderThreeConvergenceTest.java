package org.cavityfem.validation.convergence;

/** Order-3 elements: eigenvalue error ~ h^6. */
class OrderThreeConvergenceTest extends ConvergenceRateTest {

    @Override
    int order() {
        return 3;
    }

    @Override
    double[] sizes() {
        return new double[] {0.5, 0.35, 0.25, 0.18, 0.125};
    }
}
