package dev.earshot.enrich;

/**
 * Keeps the {@code k} best (score, item) candidates with a bounded min-heap. Ties go to the smaller item
 * index, so the result does not depend on the order candidates are offered in.
 */
public final class ItemItemTopK {
    private final int[] items;
    private final float[] scores;
    private int size;

    public ItemItemTopK(int k) {
        items = new int[k];
        scores = new float[k];
    }

    public void clear() {
        size = 0;
    }

    public void offer(int item, float score) {
        if (size < items.length) {
            items[size] = item;
            scores[size] = score;
            siftUp(size++);
        } else if (items.length > 0 && worse(items[0], scores[0], item, score)) {
            items[0] = item;
            scores[0] = score;
            siftDown(0);
        }
    }

    /** Drains the heap, best first, into the two arrays (each of length {@link #size}). */
    public void drainBestFirst(int[] outItems, float[] outScores) {
        for (int i = size - 1; i >= 0; i--) {
            outItems[i] = items[0];
            outScores[i] = scores[0];
            size--;
            items[0] = items[size];
            scores[0] = scores[size];
            siftDown(0);
        }
    }

    public int size() {
        return size;
    }

    /** Whether (a, sa) ranks below (b, sb). */
    private static boolean worse(int a, float sa, int b, float sb) {
        return sa < sb || (sa == sb && a > b);
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!worse(items[i], scores[i], items[parent], scores[parent])) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int worst = i;
            for (int child = 2 * i + 1; child <= 2 * i + 2 && child < size; child++) {
                if (worse(items[child], scores[child], items[worst], scores[worst])) {
                    worst = child;
                }
            }
            if (worst == i) {
                return;
            }
            swap(i, worst);
            i = worst;
        }
    }

    private void swap(int a, int b) {
        int item = items[a];
        items[a] = items[b];
        items[b] = item;
        float score = scores[a];
        scores[a] = scores[b];
        scores[b] = score;
    }
}
