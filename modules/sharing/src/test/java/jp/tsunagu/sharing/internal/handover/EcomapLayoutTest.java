package jp.tsunagu.sharing.internal.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import jp.tsunagu.sharing.internal.handover.EcomapLayout.Node;
import org.junit.jupiter.api.Test;

class EcomapLayoutTest {

    @Test
    void resourcesStandAtEqualAnglesAndDistanceStartingAtTheTopClockwise() {
        EcomapLayout layout = EcomapLayout.of(Families.RESOURCES);
        List<Node> nodes = layout.nodes();

        assertThat(nodes).hasSize(6).extracting(Node::resource).containsExactlyElementsOf(Families.RESOURCES);
        double distance = Math.hypot(nodes.getFirst().x() - layout.cx(), nodes.getFirst().y() - layout.cy());
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            assertThat(Math.hypot(node.x() - layout.cx(), node.y() - layout.cy())).isCloseTo(distance, within(1e-6));
            double clockwiseFromTop = Math.toDegrees(Math.atan2(node.x() - layout.cx(), layout.cy() - node.y()));
            assertThat((clockwiseFromTop + 360) % 360).isCloseTo(60.0 * i, within(1e-6));
        }
        assertThat(nodes.get(1).x()).isGreaterThan(layout.cx()); // clockwise: the second to the right
        // the circles do not overlap each other nor the person's, and fit the picture
        double gap = Math.hypot(nodes.get(0).x() - nodes.get(1).x(), nodes.get(0).y() - nodes.get(1).y());
        assertThat(gap).isGreaterThan(2 * layout.resourceRadius());
        assertThat(distance).isGreaterThan(layout.personRadius() + layout.resourceRadius());
        assertThat(distance + layout.resourceRadius()).isLessThan(layout.width() / 2.0);
    }

    @Test
    void connectorsRunFromCircleEdgeToCircleEdgeWithTheirTie() {
        EcomapLayout layout = EcomapLayout.of(Families.RESOURCES);

        for (Node node : layout.nodes()) {
            var c = node.connector();
            assertThat(Math.hypot(c.x1() - layout.cx(), c.y1() - layout.cy())).isCloseTo(layout.personRadius(), within(1e-6));
            assertThat(Math.hypot(c.x2() - node.x(), c.y2() - node.y())).isCloseTo(layout.resourceRadius(), within(1e-6));
            assertThat(c.tie()).isEqualTo(node.resource().tie());
        }
        assertThat(layout.nodes().get(2).connector().tie()).isEqualTo(Tie.WEAK); // 市役所 障害福祉課
    }

    @Test
    void manyResourcesStillDoNotOverlap() {
        List<SocialResource> many = java.util.stream.IntStream.range(0, 20)
                .mapToObj(i -> new SocialResource("資源" + i, null, Tie.NORMAL, null)).toList();
        EcomapLayout layout = EcomapLayout.of(many);
        Node a = layout.nodes().get(0), b = layout.nodes().get(1);

        assertThat(Math.hypot(a.x() - b.x(), a.y() - b.y())).isGreaterThan(2 * layout.resourceRadius());
        assertThat(layout.resourceRadius()).isGreaterThanOrEqualTo(70);
    }

    @Test
    void withNoResourcesOnlyThePersonStands() {
        EcomapLayout layout = EcomapLayout.of(List.of());

        assertThat(layout.nodes()).isEmpty();
        assertThat(layout.cx()).isEqualTo(layout.width() / 2.0);
    }
}
