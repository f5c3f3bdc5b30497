package jp.tsunagu.sharing.internal.handover;

import static java.util.Comparator.comparing;
import static java.util.Comparator.comparingInt;
import static java.util.Comparator.nullsLast;
import static java.util.Comparator.reverseOrder;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the genogram's symbols and lines go: pure geometry, in pixels of the picture (drawn at twice the size it is
 * shown, for print), painted by {@link HandoverDrawings}. One row per generation: grandparents at the top, then the
 * parents, the person (本人) with siblings, spouse and others, then children. Siblings and the person stand oldest
 * first (left), siblings of unknown age last (the person first if theirs is unknown); a spouse stands at the
 * person's right, others ({@link Relation#OTHER}) at the right end with no line. A couple (father and mother, a
 * grandfather and a grandmother, the person and a spouse) is joined by a marriage line at mid-height; their children
 * hang from a horizontal sibship line by verticals. With one parent recorded, the line starts from that parent's
 * symbol; siblings without a parent still share a sibship line.
 *
 * <p>Simplifications: the handover does not say which side a grandparent is on, so every grandparent (couple)
 * descends to the midpoint of the parents' marriage line; extra fathers, mothers or spouses stand beside the first
 * couple with no line. The household enclosure (同居の囲み) is given as rectangles whose union is drawn: one around
 * each run of adjacent household members in a row, joined by bands in the free space between rows, so that a member
 * living apart who stands between household members stays outside (a single bounding box would take them in). It is
 * empty when nobody lives with the person.
 */
record GenogramLayout(int width, int height, List<Symbol> symbols, List<Segment> lines, List<Rect> household) {
    static final int SYMBOL = 80, HALF = SYMBOL / 2, PITCH = 220, ROW = 250, LABEL_WIDTH = PITCH - 20, LEGEND = 80;
    private static final int TOP = 130, MARGIN_X = 130, MIN_WIDTH = 1200, BAR = HALF + 40;
    private static final int HOUSE_X = 100, HOUSE_TOP = 64, HOUSE_BOTTOM = 148, JOIN = 80;

    /** A symbol: the person ({@code member} null) or a family member, centred at (x, y), with the label under it. */
    record Symbol(FamilyMember member, boolean person, Sex sex, Integer age, int x, int y, String label) {
        boolean deceased() {
            return member != null && member.deceased();
        }

        boolean keyPerson() {
            return member != null && member.keyPerson();
        }

        boolean inHousehold() {
            return person || member.livesWith();
        }
    }

    /** A straight line to draw. */
    record Segment(int x1, int y1, int x2, int y2) {}

    /** A rectangle: (x, y) its top left corner. */
    record Rect(int x, int y, int width, int height) {
        boolean contains(int px, int py) {
            return px >= x && px <= x + width && py >= y && py <= y + height;
        }
    }

    /** The symbol of the person. */
    Symbol person() {
        return symbols.stream().filter(Symbol::person).findFirst().orElseThrow();
    }

    /** Whether (x, y) is inside the household enclosure. */
    boolean inHousehold(int x, int y) {
        return household.stream().anyMatch(r -> r.contains(x, y));
    }

    static GenogramLayout of(Sex personSex, Integer personAge, List<FamilyMember> family) {
        return new Builder(family).build(personSex == null ? Sex.UNKNOWN : personSex, personAge);
    }

    /** Where a descent line starts (bottom) or arrives (top): a marriage line's midpoint or one symbol's edges. */
    private record Anchor(int x, int top, int bottom) {}

    private static final class Builder {
        private final Map<Relation, List<FamilyMember>> byRelation = new EnumMap<>(Relation.class);
        private final List<Symbol> symbols = new ArrayList<>();
        private final List<Segment> lines = new ArrayList<>();
        private final int firstGeneration, lastGeneration;

        Builder(List<FamilyMember> family) {
            family.forEach(m -> byRelation.computeIfAbsent(m.relation(), r -> new ArrayList<>()).add(m));
            firstGeneration = Math.min(0, family.stream().mapToInt(m -> m.relation().generation()).min().orElse(0));
            lastGeneration = Math.max(0, family.stream().mapToInt(m -> m.relation().generation()).max().orElse(0));
        }

        GenogramLayout build(Sex personSex, Integer personAge) {
            int y0 = y(0), column = 0;
            List<FamilyMember> siblings = oldestFirst(members(Relation.SIBLING));
            int older = (int) siblings.stream()
                    .takeWhile(s -> personAge != null && s.age() != null && s.age() > personAge).count();
            List<Symbol> sibship = new ArrayList<>();
            for (FamilyMember s : siblings.subList(0, older)) {
                sibship.add(place(s, column++ * PITCH, y0));
            }
            Symbol person = add(new Symbol(null, true, personSex, personAge, column++ * PITCH, y0, "本人"));
            sibship.add(person);
            List<Symbol> spouses = new ArrayList<>();
            for (FamilyMember s : members(Relation.SPOUSE)) {
                spouses.add(place(s, column++ * PITCH, y0));
            }
            for (FamilyMember s : siblings.subList(older, siblings.size())) {
                sibship.add(place(s, column++ * PITCH, y0));
            }
            for (FamilyMember o : members(Relation.OTHER)) {
                place(o, column++ * PITCH, y0);
            }

            List<Integer> sibshipXs = sibship.stream().map(Symbol::x).toList();
            int centre = (sibshipXs.getFirst() + sibshipXs.getLast()) / 2;
            List<Anchor> parentCouples = row(members(Relation.FATHER), members(Relation.MOTHER), centre, y(-1));
            boolean grandparents = firstGeneration == -2;
            Anchor parents = !parentCouples.isEmpty() ? parentCouples.getFirst()
                    : grandparents ? new Anchor(centre, y(-1), y(-1)) : null;
            if (parents != null || sibship.size() > 1) {
                descend(parents, sibshipXs, y0, y0 - HALF);
            }
            for (Anchor couple : row(members(Relation.GRANDFATHER), members(Relation.GRANDMOTHER),
                    parents == null ? centre : parents.x(), y(-2))) {
                descend(couple, List.of(parents.x()), y(-1), parents.top());
            }

            List<FamilyMember> children = oldestFirst(members(Relation.CHILD));
            if (!children.isEmpty()) {
                Anchor union = spouses.isEmpty() ? new Anchor(person.x(), y0 - HALF, y0 + HALF)
                        : couple(person, spouses.getFirst());
                int left = union.x() - (children.size() - 1) * PITCH / 2;
                List<Integer> xs = new ArrayList<>();
                for (int i = 0; i < children.size(); i++) {
                    xs.add(place(children.get(i), left + i * PITCH, y(1)).x());
                }
                descend(union, xs, y(1), y(1) - HALF);
            } else if (!spouses.isEmpty()) {
                couple(person, spouses.getFirst());
            }
            return shifted(household());
        }

        private int y(int generation) {
            return TOP + (generation - firstGeneration) * ROW;
        }

        private List<FamilyMember> members(Relation relation) {
            return byRelation.getOrDefault(relation, List.of());
        }

        private static List<FamilyMember> oldestFirst(List<FamilyMember> members) {
            return members.stream().sorted(comparing(FamilyMember::age, nullsLast(reverseOrder()))).toList();
        }

        private Symbol add(Symbol symbol) {
            symbols.add(symbol);
            return symbol;
        }

        private Symbol place(FamilyMember m, int x, int y) {
            String name = m.name() == null ? "" : m.name().strip();
            String label = name.isEmpty() || name.equals(m.relation().label()) ? m.relation().label()
                    : m.relation().label() + " " + name;
            return add(new Symbol(m, false, m.sex(), m.age(), x, y, label));
        }

        /** Places men and women centred on {@code centre} as couples (man left), returns each couple or lone one. */
        private List<Anchor> row(List<FamilyMember> men, List<FamilyMember> women, int centre, int y) {
            List<FamilyMember> order = new ArrayList<>();
            for (int i = 0; i < Math.max(men.size(), women.size()); i++) {
                if (i < men.size()) order.add(men.get(i));
                if (i < women.size()) order.add(women.get(i));
            }
            int left = centre - (order.size() - 1) * PITCH / 2, couples = Math.min(men.size(), women.size());
            List<Symbol> placed = new ArrayList<>();
            for (int i = 0; i < order.size(); i++) {
                placed.add(place(order.get(i), left + i * PITCH, y));
            }
            List<Anchor> anchors = new ArrayList<>();
            for (int i = 0; i < couples; i++) {
                anchors.add(couple(placed.get(2 * i), placed.get(2 * i + 1)));
            }
            placed.subList(2 * couples, placed.size()).forEach(s -> anchors.add(new Anchor(s.x(), y - HALF, y + HALF)));
            return anchors;
        }

        private Anchor couple(Symbol left, Symbol right) {
            lines.add(new Segment(left.x() + HALF, left.y(), right.x() - HALF, right.y()));
            return new Anchor((left.x() + right.x()) / 2, left.y(), left.y());
        }

        /** A stem down from {@code from} (if any) to a sibship line above the row, and a vertical to each child. */
        private void descend(Anchor from, List<Integer> childXs, int rowY, int childTop) {
            int bar = rowY - BAR;
            int left = childXs.stream().min(Integer::compare).orElseThrow();
            int right = childXs.stream().max(Integer::compare).orElseThrow();
            if (from != null) {
                lines.add(new Segment(from.x(), from.bottom(), from.x(), bar));
                left = Math.min(left, from.x());
                right = Math.max(right, from.x());
            }
            if (right > left) lines.add(new Segment(left, bar, right, bar));
            childXs.forEach(x -> lines.add(new Segment(x, bar, x, childTop)));
        }

        /**
         * A box per run of adjacent household members in a row, and a band in the free space above the row joining
         * its runs to each other and to one run of the row above (the nearest, widened to reach it if none is over it).
         */
        private List<Rect> household() {
            List<Rect> pieces = new ArrayList<>();
            if (symbols.stream().filter(Symbol::inHousehold).count() < 2) return pieces;
            Map<Integer, List<Symbol>> rows = new TreeMap<>();
            symbols.forEach(s -> rows.computeIfAbsent(s.y(), y -> new ArrayList<>()).add(s));
            List<Rect> previous = List.of();
            for (var row : rows.entrySet()) {
                List<Rect> runs = runs(row.getKey(), row.getValue());
                if (runs.isEmpty()) continue;
                int left = runs.getFirst().x(), right = runs.getLast().x() + runs.getLast().width();
                int top = runs.getFirst().y();
                if (!previous.isEmpty()) {
                    int l = left, r = right; // the previous run most over this row's, or the nearest
                    Rect above = previous.stream().min(comparingInt(p -> Math.max(p.x() - r, l - p.x() - p.width()))).orElseThrow();
                    left = Math.min(left, above.x() + above.width() - JOIN);
                    right = Math.max(right, above.x() + JOIN);
                    int bottom = above.y() + above.height();
                    pieces.add(new Rect(left, bottom - 2, right - left, top - bottom + 4)); // overlaps: one outline
                } else if (runs.size() > 1) {
                    pieces.add(new Rect(left, top - 42, right - left, 44));
                }
                pieces.addAll(runs);
                previous = runs;
            }
            return pieces;
        }

        private static List<Rect> runs(int y, List<Symbol> row) {
            List<Symbol> inRow = row.stream().sorted(comparingInt(Symbol::x)).toList();
            List<Rect> runs = new ArrayList<>();
            for (int i = 0, start = -1; i <= inRow.size(); i++) {
                boolean in = i < inRow.size() && inRow.get(i).inHousehold();
                if (in && start < 0) start = i;
                if (!in && start >= 0) {
                    int left = inRow.get(start).x() - HOUSE_X, right = inRow.get(i - 1).x() + HOUSE_X;
                    runs.add(new Rect(left, y - HOUSE_TOP, right - left, HOUSE_TOP + HOUSE_BOTTOM));
                    start = -1;
                }
            }
            return runs;
        }

        /** The layout moved right of the margin (centred when narrower than the legend needs), with its size. */
        private GenogramLayout shifted(List<Rect> household) {
            int min = symbols.stream().mapToInt(Symbol::x).min().orElseThrow();
            int max = symbols.stream().mapToInt(Symbol::x).max().orElseThrow();
            int content = max - min + 2 * MARGIN_X, width = Math.max(content, MIN_WIDTH);
            int dx = MARGIN_X - min + (width - content) / 2;
            return new GenogramLayout(width, y(lastGeneration) + HOUSE_BOTTOM + 20 + LEGEND,
                    symbols.stream().map(s -> new Symbol(s.member(), s.person(), s.sex(), s.age(), s.x() + dx, s.y(),
                            s.label())).toList(),
                    lines.stream().map(l -> new Segment(l.x1() + dx, l.y1(), l.x2() + dx, l.y2())).toList(),
                    household.stream().map(r -> new Rect(r.x() + dx, r.y(), r.width(), r.height())).toList());
        }
    }
}
