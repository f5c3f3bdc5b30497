package jp.tsunagu.sharing.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A set of categories as a column holds it: names in declared order, comma-separated (also a check constraint). */
public final class Categories {
    private Categories() {
    }

    public static String column(Set<Category> categories) {
        return categories.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public static Set<Category> of(String column) {
        EnumSet<Category> set = EnumSet.noneOf(Category.class);
        if (column != null && !column.isEmpty()) {
            Arrays.stream(column.split(",")).map(Category::valueOf).forEach(set::add);
        }
        return set;
    }
}
