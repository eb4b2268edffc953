package dev.earshot.store;

import dev.earshot.event.WireEnum;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampMicroVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.complex.ListVector;

/**
 * Sets one value of an Arrow column, or leaves it null (a freshly allocated column is all null). Wire names of
 * enums are encoded once per value, not once per row: they are most of an event's strings.
 */
final class ArrowVectors {
    private static final ClassValue<byte[][]> WIRE_BYTES = new ClassValue<>() {
        @Override
        protected byte[][] computeValue(Class<?> type) {
            Object[] constants = type.isEnum() ? type.getEnumConstants() : type.getSuperclass().getEnumConstants();
            byte[][] bytes = new byte[constants.length][];
            for (int i = 0; i < constants.length; i++) {
                bytes[i] = ((WireEnum) constants[i]).wire().getBytes(StandardCharsets.UTF_8);
            }
            return bytes;
        }
    };

    private ArrowVectors() {
    }

    static void string(VarCharVector v, int row, String value) {
        if (value != null) {
            v.setSafe(row, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    static void bytes(VarCharVector v, int row, byte[] utf8) {
        if (utf8 != null) {
            v.setSafe(row, utf8);
        }
    }

    static void wire(VarCharVector v, int row, WireEnum value) {
        if (value != null) {
            v.setSafe(row, WIRE_BYTES.get(value.getClass())[value.ordinal()]);
        }
    }

    static void number(BigIntVector v, int row, Long value) {
        if (value != null) {
            v.setSafe(row, value);
        }
    }

    static void number(Float8Vector v, int row, Double value) {
        if (value != null) {
            v.setSafe(row, value);
        }
    }

    static void flag(BitVector v, int row, Boolean value) {
        if (value != null) {
            v.setSafe(row, value ? 1 : 0);
        }
    }

    static void micros(TimeStampMicroVector v, int row, Long micros) {
        if (micros != null) {
            v.setSafe(row, micros);
        }
    }

    static void strings(ListVector v, int row, List<String> values) {
        if (values == null) {
            return;
        }
        int offset = v.startNewValue(row);
        VarCharVector items = (VarCharVector) v.getDataVector();
        for (int i = 0; i < values.size(); i++) {
            string(items, offset + i, values.get(i));
        }
        v.endValue(row, values.size());
    }

    static void numbers(ListVector v, int row, double[] values) {
        if (values == null) {
            return;
        }
        int offset = v.startNewValue(row);
        Float8Vector items = (Float8Vector) v.getDataVector();
        for (int i = 0; i < values.length; i++) {
            items.setSafe(offset + i, values[i]);
        }
        v.endValue(row, values.length);
    }
}
