package jp.tsunagu.sharing.internal.handover;

import static jp.tsunagu.sharing.internal.handover.Families.member;
import static jp.tsunagu.sharing.internal.handover.GenogramLayout.HALF;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.tsunagu.sharing.internal.handover.GenogramLayout.Segment;
import jp.tsunagu.sharing.internal.handover.GenogramLayout.Symbol;
import org.junit.jupiter.api.Test;

class GenogramLayoutTest {

    @Test
    void parentsAreAboveThePersonAndChildrenBelow() {
        FamilyMember father = member(Relation.FATHER, Sex.MALE, 70, false);
        FamilyMember child = member(Relation.CHILD, Sex.FEMALE, 5, true);
        FamilyMember grandmother = member(Relation.GRANDMOTHER, Sex.FEMALE, 92, false);
        GenogramLayout layout = GenogramLayout.of(Sex.FEMALE, 34, List.of(child, father, grandmother));

        assertThat(symbol(layout, grandmother).y()).isLessThan(symbol(layout, father).y());
        assertThat(symbol(layout, father).y()).isLessThan(layout.person().y());
        assertThat(symbol(layout, child).y()).isGreaterThan(layout.person().y());
        assertThat(layout.height()).isGreaterThan(symbol(layout, child).y() + HALF);
    }

    @Test
    void fatherAndMotherShareAMarriageLine() {
        GenogramLayout layout = GenogramLayout.of(Sex.FEMALE, 34, Families.FAMILY);
        Symbol father = symbol(layout, Families.FATHER), mother = symbol(layout, Families.MOTHER);

        assertThat(father.y()).isEqualTo(mother.y());
        assertThat(father.x()).isLessThan(mother.x());
        assertThat(layout.lines()).contains(new Segment(father.x() + HALF, father.y(), mother.x() - HALF, mother.y()));
    }

    @Test
    void siblingsHangFromTheSameSibshipLineAsThePersonOldestFirst() {
        FamilyMember older = member(Relation.SIBLING, Sex.MALE, 38, false);
        FamilyMember younger = member(Relation.SIBLING, Sex.FEMALE, 30, false);
        FamilyMember unknownAge = member(Relation.SIBLING, Sex.UNKNOWN, null, false);
        GenogramLayout layout = GenogramLayout.of(Sex.FEMALE, 34,
                List.of(Families.FATHER, Families.MOTHER, unknownAge, younger, older));
        List<Symbol> sibship = List.of(symbol(layout, older), layout.person(), symbol(layout, younger),
                symbol(layout, unknownAge));

        assertThat(sibship).extracting(Symbol::x).isSorted().doesNotHaveDuplicates();
        Segment bar = horizontalAbove(layout, layout.person().y());
        assertThat(bar.x1()).isEqualTo(sibship.getFirst().x());
        assertThat(bar.x2()).isEqualTo(sibship.getLast().x());
        for (Symbol s : sibship) {
            assertThat(layout.lines()).contains(new Segment(s.x(), bar.y1(), s.x(), s.y() - HALF));
        }
        // the parents' descent: from the middle of their marriage line down to the same bar
        int middle = (symbol(layout, Families.FATHER).x() + symbol(layout, Families.MOTHER).x()) / 2;
        assertThat(layout.lines()).contains(new Segment(middle, symbol(layout, Families.FATHER).y(), middle, bar.y1()));
    }

    @Test
    void withOnlyAMotherTheDescentStartsFromHerSymbol() {
        FamilyMember mother = member(Relation.MOTHER, Sex.FEMALE, 60, true);
        GenogramLayout layout = GenogramLayout.of(Sex.MALE, 30, List.of(mother));
        Symbol her = symbol(layout, mother), person = layout.person();

        assertThat(her.x()).isEqualTo(person.x());
        assertThat(layout.lines()).anySatisfy(l -> {
            assertThat(l.x1()).isEqualTo(her.x());
            assertThat(l.y1()).isEqualTo(her.y() + HALF);
        });
        assertThat(layout.lines()).noneMatch(l -> l.y1() == l.y2() && l.y1() == her.y()); // no marriage line
    }

    @Test
    void thePersonMarriesTheSpouseAndTheirChildrenHangFromThatLine() {
        FamilyMember spouse = member(Relation.SPOUSE, Sex.MALE, 36, true);
        FamilyMember son = member(Relation.CHILD, Sex.MALE, 8, true), daughter = member(Relation.CHILD, Sex.FEMALE, 5, true);
        GenogramLayout layout = GenogramLayout.of(Sex.FEMALE, 34, List.of(daughter, spouse, son));
        Symbol person = layout.person(), husband = symbol(layout, spouse);
        int middle = (person.x() + husband.x()) / 2;

        assertThat(layout.lines()).contains(new Segment(person.x() + HALF, person.y(), husband.x() - HALF, husband.y()));
        Segment bar = horizontalAbove(layout, symbol(layout, son).y());
        assertThat(layout.lines()).contains(new Segment(middle, person.y(), middle, bar.y1()));
        assertThat(symbol(layout, son).x()).isLessThan(symbol(layout, daughter).x());
        for (FamilyMember child : List.of(son, daughter)) {
            Symbol s = symbol(layout, child);
            assertThat(layout.lines()).contains(new Segment(s.x(), bar.y1(), s.x(), s.y() - HALF));
        }
    }

    @Test
    void theHouseholdEnclosesExactlyThoseWhoLiveWithThePerson() {
        GenogramLayout layout = GenogramLayout.of(Sex.FEMALE, 34, Families.FAMILY);

        assertThat(layout.household()).isNotEmpty();
        for (Symbol s : layout.symbols()) {
            boolean expected = s.person() || s.member().livesWith();
            assertThat(layout.inHousehold(s.x(), s.y())).as(s.label()).isEqualTo(expected);
        }
    }

    @Test
    void aSiblingLivingApartBetweenTheHouseholdIsLeftOutside() {
        // the person is the oldest: the younger sibling living apart stands under the mother who lives with her
        FamilyMember father = member(Relation.FATHER, Sex.MALE, 66, false);
        FamilyMember mother = member(Relation.MOTHER, Sex.FEMALE, 62, true);
        FamilyMember middle = member(Relation.SIBLING, Sex.MALE, 30, false);
        FamilyMember youngest = member(Relation.SIBLING, Sex.FEMALE, 25, true);
        GenogramLayout layout = GenogramLayout.of(Sex.FEMALE, 34, List.of(father, mother, middle, youngest));

        for (Symbol s : layout.symbols()) {
            assertThat(layout.inHousehold(s.x(), s.y())).as(s.label()).isEqualTo(s.person() || s.member().livesWith());
        }
    }

    @Test
    void withNoFamilyOnlyThePersonIsDrawn() {
        GenogramLayout layout = GenogramLayout.of(Sex.MALE, 40, List.of());

        assertThat(layout.symbols()).singleElement().satisfies(s -> {
            assertThat(s.person()).isTrue();
            assertThat(s.label()).isEqualTo("本人");
            assertThat(s.x()).isBetween(0, layout.width());
        });
        assertThat(layout.lines()).isEmpty();
        assertThat(layout.household()).isEmpty();
    }

    @Test
    void manySiblingsWidenTheRowAndOthersStandAtItsEndWithNoLine() {
        List<FamilyMember> family = new java.util.ArrayList<>();
        for (int i = 0; i < 9; i++) {
            family.add(member(Relation.SIBLING, Sex.FEMALE, 20 + i, false));
        }
        FamilyMember uncle = new FamilyMember(Relation.OTHER, Sex.MALE, "叔父", 70, false, false, false, null);
        family.add(uncle);
        GenogramLayout layout = GenogramLayout.of(Sex.MALE, 25, family);

        List<Integer> xs = layout.symbols().stream().map(Symbol::x).sorted().toList();
        for (int i = 1; i < xs.size(); i++) {
            assertThat(xs.get(i) - xs.get(i - 1)).isGreaterThanOrEqualTo(GenogramLayout.PITCH);
        }
        assertThat(xs.getFirst() - GenogramLayout.PITCH / 2).isPositive();
        assertThat(xs.getLast() + GenogramLayout.PITCH / 2).isLessThan(layout.width());
        Symbol other = symbol(layout, uncle);
        assertThat(other.x()).isEqualTo(xs.getLast());
        assertThat(other.label()).isEqualTo("その他 叔父");
        assertThat(layout.lines()).noneMatch(l -> l.x1() == other.x() || l.x2() == other.x());
    }

    private static Symbol symbol(GenogramLayout layout, FamilyMember member) {
        return layout.symbols().stream().filter(s -> s.member() == member).findFirst().orElseThrow();
    }

    /** The horizontal line just above the row at {@code y}. */
    private static Segment horizontalAbove(GenogramLayout layout, int y) {
        return layout.lines().stream()
                .filter(l -> l.y1() == l.y2() && l.y1() < y - HALF && l.y1() > y - GenogramLayout.ROW / 2)
                .findFirst().orElseThrow();
    }
}
