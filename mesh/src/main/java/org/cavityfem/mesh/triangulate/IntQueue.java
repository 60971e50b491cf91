package org.cavityfem.mesh.triangulate;

import java.util.Arrays;

/** First-in first-out queue of ints; processing order is part of what makes meshes reproducible. */
final class IntQueue {

    private int[] items = new int[256];
    private int head;
    private int tail;

    void add(int value) {
        if (tail == items.length) {
            if (head > items.length / 2) {
                System.arraycopy(items, head, items, 0, tail - head);
                tail -= head;
                head = 0;
            } else {
                items = Arrays.copyOf(items, 2 * items.length);
            }
        }
        items[tail++] = value;
    }

    boolean isEmpty() {
        return head == tail;
    }

    int poll() {
        int value = items[head++];
        if (head == tail) {
            head = 0;
            tail = 0;
        }
        return value;
    }
}
