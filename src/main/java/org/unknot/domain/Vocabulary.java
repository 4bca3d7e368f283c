package org.unknot.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A closed set of values that files and the database spell as kebab-case ids, and the UI shows as labels. */
public interface Vocabulary {

    /** The enum constant's name; an enum provides it. */
    String name();

    /** The id used in files and the database: the constant's name in kebab-case ({@code FOAM_ROLLER} → foam-roller). */
    default String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    String label();

    static <E extends Enum<E> & Vocabulary> Optional<E> byId(Class<E> type, String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(type.cast(Ids.BY_TYPE.get(type).get(id)));
    }

    /** Each vocabulary's constants by id, worked out once: reading 100,000 sessions looks ids up millions of times. */
    final class Ids {
        private static final ClassValue<Map<String, Object>> BY_TYPE = new ClassValue<>() {
            @Override
            protected Map<String, Object> computeValue(Class<?> type) {
                return Arrays.stream(type.getEnumConstants())
                        .collect(Collectors.toUnmodifiableMap(value -> ((Vocabulary) value).id(), value -> value));
            }
        };

        private Ids() {
        }
    }

    /** "foam-roller, handheld-massager, cold-ball or rest": for messages that say what is allowed. */
    static <E extends Enum<E> & Vocabulary> String allowedIds(Class<E> type) {
        String[] ids = Arrays.stream(type.getEnumConstants()).map(Vocabulary::id).toArray(String[]::new);
        if (ids.length == 1) {
            return ids[0];
        }
        return Arrays.stream(ids, 0, ids.length - 1).collect(Collectors.joining(", ")) + " or " + ids[ids.length - 1];
    }
}
