package jp.tsunagu.sharing.internal.handover;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the ecomap's circles and connectors go: pure geometry, in pixels of the picture (drawn at twice the size it is
 * shown, for print), painted by {@link HandoverDrawings}. The person stands in a circle at the centre; the resources
 * stand evenly on a larger circle around it, the first at the top, then clockwise, each joined to the person by a
 * connector from circle edge to circle edge. With many resources their circles shrink, then the orbit grows.
 */
record EcomapLayout(int width, int height, double cx, double cy, double personRadius, double resourceRadius,
                    List<Node> nodes) {
    static final int LEGEND = 80;
    private static final double ORBIT = 330, PERSON = 95, MAX_RADIUS = 95, MIN_RADIUS = 70, GAP = 12, MARGIN = 40;

    /** A resource's circle, centred at (x, y), and its connector to the person. */
    record Node(SocialResource resource, double x, double y, Connector connector) {}

    /** A line from the edge of the person's circle (x1, y1) to the edge of a resource's circle (x2, y2). */
    record Connector(double x1, double y1, double x2, double y2, Tie tie) {}

    static EcomapLayout of(List<SocialResource> resources) {
        int n = resources.size();
        double halfAngleSine = n < 3 ? 1 : Math.sin(Math.PI / n); // half the chord between neighbours, over the orbit
        double orbit = Math.max(ORBIT, (MIN_RADIUS + GAP) / halfAngleSine);
        double radius = Math.min(MAX_RADIUS, orbit * halfAngleSine - GAP);
        int side = (int) Math.ceil(2 * (orbit + radius + MARGIN));
        double c = side / 2.0;
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * i / n, dx = Math.sin(angle), dy = -Math.cos(angle);
            double x = c + orbit * dx, y = c + orbit * dy;
            Tie tie = resources.get(i).tie();
            nodes.add(new Node(resources.get(i), x, y,
                    new Connector(c + PERSON * dx, c + PERSON * dy, x - radius * dx, y - radius * dy, tie)));
        }
        return new EcomapLayout(side, side + LEGEND, c, c, PERSON, radius, List.copyOf(nodes));
    }
}
