package org.cavityfem.validation.convergence;

/** Order-1 elements: eigenvalue error ~ h^2. */
class OrderOneConvergenceTest extends ConvergenceRateTest {

    @Override
    int order() {
        return 1;
    }

    @Override
    double[] sizes() {
        return new double[] {0.25, 0.125, 0.0625, 0.03125};
    }
}
