package org.cavityfem.validation.convergence;

/** Order-2 elements: eigenvalue error ~ h^4. */
class OrderTwoConvergenceTest extends ConvergenceRateTest {

    @Override
    int order() {
        return 2;
    }

    @Override
    double[] sizes() {
        return new double[] {0.5, 0.25, 0.125, 0.0625};
    }
}
