package dev.earshot.event;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An enum whose wire form is its lower-case name (snake_case), as in the JSON contract. Each enum keeps its
 * wire names in a field: they are written for every stored and every returned event.
 */
public interface WireEnum {
    String name();

    int ordinal();

    default String wire() {
        return WireNames.NAMES.get(getClass())[ordinal()];
    }

    /** Each enum's wire names by ordinal, computed once per enum class. */
    final class WireNames {
        private static final ClassValue<String[]> NAMES = new ClassValue<>() {
            @Override
            protected String[] computeValue(Class<?> type) {
                Object[] constants = type.isEnum() ? type.getEnumConstants() : type.getSuperclass().getEnumConstants();
                String[] names = new String[constants.length];
                for (int i = 0; i < constants.length; i++) {
                    names[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT);
                }
                return names;
            }
        };

        private WireNames() {
        }
    }

    /** Exact, case-sensitive lookup of wire names; the contract spells every value in lower case. */
    final class Lookup<E extends Enum<E> & WireEnum> {
        private final Map<String, E> byWire;
        private final String allowed;

        public Lookup(E[] values) {
            this.byWire = Arrays.stream(values).collect(Collectors.toUnmodifiableMap(WireEnum::wire, Function.identity()));
            this.allowed = Arrays.stream(values).map(WireEnum::wire).collect(Collectors.joining(", "));
        }

        public Optional<E> find(String wire) {
            return Optional.ofNullable(byWire.get(wire));
        }

        /** The accepted values, for error messages. */
        public String allowed() {
            return allowed;
        }
    }
}
